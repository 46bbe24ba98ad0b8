"""The quotes-extract command: files, JSON Lines on stdin, bad lines, in-process."""

import io
import json

import pytest

from service import cli
from service.quotes import extract
from tests.conftest import SEED

TEXTS = [
    '"We will not back down," a spokesman for the Pentagon said on Monday.',
    "No quotation here at all.",
    '"We will win this fight," German Foreign Minister Annalena Baerbock said. '
    '"It will take time," she added.',
    '“They started this war and they will end it,” Karine Jean-Pierre said.',
]


def run(monkeypatch, capsys, nlp, argv, stdin=""):
    """main(argv) with stdin as given: (exit code, the JSON lines printed, stderr)."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = cli.main(argv, nlp=nlp)
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_files_mode_gives_the_seed_answer(monkeypatch, capsys, nlp, tmp_path):
    path = str(SEED.with_suffix(".txt"))
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, lines, err = run(monkeypatch, capsys, nlp, [path, str(empty)])
    assert code == 0
    assert lines == [{"file": path, **expected}, {"file": str(empty), "quotes": []}]


@pytest.mark.parametrize("argv", [[], ["-"], ["--batch-size", "1"], ["--batch-size", "3"]])
def test_stdin_jsonl_keeps_order_and_ids(monkeypatch, capsys, nlp, extractor, argv):
    ids = ["a", 7, None, "d"]
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, TEXTS))
    code, lines, err = run(monkeypatch, capsys, nlp, argv, stdin + "\n")  # a blank line is skipped
    assert code == 0
    assert lines == [{"id": i, "quotes": [q.to_dict() for q in extractor(t)]} for i, t in zip(ids, TEXTS)]
    assert [len(line["quotes"]) for line in lines] == [1, 0, 2, 1]


@pytest.mark.parametrize(
    "bad",
    ["not json", '["a list"]', '{"id": "bad"}', '{"id": "bad", "text": 42}'],
)
def test_bad_line_gets_an_error_in_place_and_exit_1(monkeypatch, capsys, nlp, extractor, bad):
    stdin = "\n".join([json.dumps({"id": "first", "text": TEXTS[0]}), bad,
                       json.dumps({"id": "last", "text": TEXTS[3]})]) + "\n"
    code, lines, err = run(monkeypatch, capsys, nlp, [], stdin)
    assert code == 1
    assert lines[0] == {"id": "first", "quotes": [q.to_dict() for q in extractor(TEXTS[0])]}
    assert set(lines[1]) == {"id", "error"} and "line 2" in lines[1]["error"]
    assert lines[1]["id"] == ("bad" if bad.startswith("{") else None)
    assert lines[2] == {"id": "last", "quotes": [q.to_dict() for q in extractor(TEXTS[3])]}


def test_invalid_utf8_and_missing_file_are_errors(monkeypatch, capsys, nlp, tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes('"Ça va très bien," il a dit.'.encode("latin-1"))
    missing = str(tmp_path / "missing.txt")
    code, lines, err = run(monkeypatch, capsys, nlp, [str(latin), missing, str(SEED.with_suffix(".txt"))])
    assert code == 1
    assert [set(line) for line in lines] == [{"file", "error"}, {"file", "error"}, {"file", "quotes"}]
    assert len(lines[2]["quotes"]) == 2


def test_text_over_max_length_is_an_error_not_a_crash(monkeypatch, capsys, nlp):
    stdin = json.dumps({"id": 1, "text": "x" * (nlp.max_length + 1)}) + "\n" + \
        json.dumps({"id": 2, "text": TEXTS[0]}) + "\n"
    code, lines, err = run(monkeypatch, capsys, nlp, [], stdin)
    assert code == 1
    assert "max_length" in lines[0]["error"] and len(lines[1]["quotes"]) == 1


@pytest.mark.parametrize("text", TEXTS + [SEED.with_suffix(".txt").read_text(encoding="utf-8")])
def test_extract_over_pipe_docs_equals_the_extractor(nlp, extractor, text):
    (doc,) = nlp.pipe([text], batch_size=16)
    assert [q.to_dict() for q in extract(doc)] == [q.to_dict() for q in extractor(text)]


def test_no_progress_line_when_stderr_is_not_a_terminal(monkeypatch, capsys, nlp):
    stdin = "".join(json.dumps({"id": n, "text": TEXTS[n % 4]}) + "\n" for n in range(25))
    code, lines, err = run(monkeypatch, capsys, nlp, ["--batch-size", "8"], stdin)
    assert code == 0 and [line["id"] for line in lines] == list(range(25))
    assert err == ""


def test_progress_line_on_a_terminal_past_twenty_items(capsys):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    progress = cli.Progress(stream, large=False)
    progress.update(16)
    assert stream.getvalue() == ""
    progress.update(32)
    progress.close()
    assert stream.getvalue() == "\rquotes-extract: 32 processed\n"


@pytest.mark.parametrize("fields", ["kind,rule", "kind, rule"])
def test_include_adds_kind_and_rule(monkeypatch, capsys, nlp, fields):
    line = json.dumps({"id": "a", "text": TEXTS[0]})
    code, lines, _ = run(monkeypatch, capsys, nlp, ["--include", fields], stdin=line)
    assert code == 0
    assert [(q["kind"], q["rule"]) for q in lines[0]["quotes"]] == [("full", "syntax")]


def test_include_refuses_unknown_fields(monkeypatch, capsys, nlp):
    with pytest.raises(SystemExit) as exit_:
        run(monkeypatch, capsys, nlp, ["--include", "speaker"])
    assert exit_.value.code == 2
    assert "--include takes kind, rule" in capsys.readouterr().err
