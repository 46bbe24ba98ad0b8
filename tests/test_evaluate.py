"""The scorer behind `quotes-eval`: matching and figures, on hand-made records."""

import json

import pytest

from service import evaluate

GOLD = [
    {"start": 0, "end": 20, "kind": "full", "speaker": {"start": 30, "end": 35, "text": "Smith"}},
    {"start": 40, "end": 60, "kind": "partial", "speaker": {"start": 70, "end": 72, "text": "he"}},
]


def predicted(start, end, mention=(0, 0), name=None, kind="full"):
    return {"start": start, "end": end, "kind": kind,
            "speaker": {"name": name, "mention": {"start": mention[0], "end": mention[1], "text": ""}}}


@pytest.mark.parametrize(
    ("prediction", "gold", "matched"),
    [
        (predicted(0, 20), GOLD[0], True),
        (predicted(5, 20), GOLD[0], True),  # 15 of 20 shared
        (predicted(10, 20), GOLD[0], True),  # exactly half of the longer
        (predicted(11, 20), GOLD[0], False),
        (predicted(0, 41), GOLD[0], False),  # half of the longer (41) not reached
    ],
)
def test_match_needs_half_of_the_longer_span(prediction, gold, matched):
    assert bool(evaluate.match([prediction], [gold])) is matched


def test_match_is_one_to_one_by_largest_overlap():
    pairs = evaluate.match([predicted(0, 18), predicted(0, 20)], [GOLD[0]])
    assert pairs == [(1, 0)]


@pytest.mark.parametrize(
    ("speaker", "right"),
    [
        ({"name": None, "mention": {"start": 32, "end": 40}}, True),  # overlaps the source
        ({"name": "John Smith", "mention": {"start": 100, "end": 110}}, True),  # last word in source
        ({"name": "Smith Jones", "mention": {"start": 100, "end": 110}}, False),
        (None, False),
    ],
)
def test_speaker_rule(speaker, right):
    assert evaluate.speaker_right({"speaker": speaker}, GOLD[0]) is right


def test_score_all_and_full():
    article = {"id": "a", "text": "", "quotes": GOLD}
    answer = [predicted(0, 20, (30, 35)), predicted(40, 60, (0, 5)), predicted(80, 90)]
    report = evaluate.score([article], lambda _: answer, keep_misses=True)
    every, full = report.all.figures(), report.full.figures()
    assert (report.all.gold, report.all.predicted, report.all.matched, report.all.speaker_right) == (2, 3, 2, 1)
    assert every["quote_recall"] == 1.0 and every["speaker_accuracy"] == 0.5
    assert every["attribution_f1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    # restricted to full: the prediction matched to the partial gold quote drops out
    assert (report.full.gold, report.full.predicted, report.full.matched) == (1, 2, 1)
    assert full["attribution_precision"] == 0.5
    assert sorted(m["miss"] for m in report.misses) == ["not a gold quote", "wrong speaker"]


def test_kind_accuracy_over_matched_quotes():
    article = {"id": "a", "text": "", "quotes": GOLD}
    answer = [predicted(0, 20), predicted(40, 60), predicted(80, 90, kind="partial")]
    assert evaluate.score([article], lambda _: answer).all.figures()["kind_accuracy"] == 0.5


def test_command_prints_figures(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    text = '"We will not back down," Maria Lopez said.'
    record = {"id": "x", "text": text, "quotes": [
        {"start": 1, "end": 23, "kind": "full", "speaker": {"start": 25, "end": 36, "text": "Maria Lopez"}}]}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    misses = tmp_path / "misses.jsonl"
    assert evaluate.main([str(gold), "--misses", str(misses)]) == 0
    out = capsys.readouterr().out
    assert "attribution_f1" in out and "1.000" in out
    assert misses.read_text() == ""


def test_roles_scoring():
    record = {"id": "a", "quotes": [
        {"start": 0, "end": 20, "name": "Karine Jean-Pierre", "role": "press secretary", "affiliation": "White House"},
        {"start": 40, "end": 60, "name": "Tim Kaine", "role": "Senator", "affiliation": "Democratic Party | Virginia"},
        {"start": 80, "end": 90, "name": None, "role": None, "affiliation": None},
    ]}
    answer = [
        {"start": 0, "end": 20, "speaker": {"name": "Karine Jean-Pierre", "role": "White House Press Secretary",
                                            "affiliation": "White House"}},
        {"start": 40, "end": 60, "speaker": {"name": "Sen. Tim Kaine", "role": "Governor", "affiliation": "Virginia"}},
        {"start": 80, "end": 90, "speaker": {"name": None, "role": "spokesman", "affiliation": None}},
    ]
    tally = evaluate.score_roles([record], {"a": answer}, keep_misses=True)
    figures = tally.figures()
    assert figures["name_accuracy"] == 1.0  # honorifics dropped before comparing
    assert figures["role_precision"] == pytest.approx(1 / 3) and figures["role_recall"] == 0.5
    assert figures["affiliation_precision"] == 1.0 and figures["affiliation_recall"] == 1.0
    assert [(m["miss"], m["start"], m["gold"], m["predicted"]) for m in tally.misses] == [
        ("wrong role", 40, "Senator", "Governor"), ("wrong role", 80, None, "spokesman")]


def test_command_lists_the_misses_of_a_roles_file(tmp_path, capsys):
    text = '"We will not back down," Lopez said.'
    gold, roles, misses = (tmp_path / name for name in ("gold.jsonl", "roles.jsonl", "misses.jsonl"))
    gold.write_text(json.dumps({"id": "x", "text": text, "quotes": [
        {"start": 1, "end": 23, "kind": "full", "speaker": {"start": 25, "end": 30, "text": "Lopez"}}]}) + "\n")
    roles.write_text(json.dumps({"id": "x", "quotes": [
        {"start": 1, "end": 23, "name": "Maria Lopez", "role": "mayor", "affiliation": None}]}) + "\n")
    assert evaluate.main([str(gold), "--roles", str(roles), "--misses", str(misses)]) == 0
    assert "name_accuracy" in capsys.readouterr().out
    listed = [json.loads(line) for line in misses.read_text().splitlines()]
    assert [(m["miss"], m["gold"], m["predicted"]) for m in listed] == [
        ("wrong name", "Maria Lopez", "Lopez"), ("wrong role", "mayor", None)]
