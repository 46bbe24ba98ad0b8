"""Score the extraction library against gold quotes (the `quotes-eval` command).

Gold files hold one article per line: {"id", "text", "quotes": [{"start", "end",
"kind", "speaker": {"start", "end", "text"} | null, ...}]}. The matching and
scoring rules are those of the PolNeAR evaluation README: a predicted quote
matches a gold one when their overlap is at least half of the longer span,
one-to-one, greedily by largest overlap; a speaker is right when the predicted
mention overlaps the gold source span, or the last word of the predicted name
occurs among the gold source's words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Callable, Iterable

_WORDS = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass
class Tally:
    """Counts for one slice of the gold quotes (all, or only `full` ones)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0

    def figures(self) -> dict[str, float]:
        """Quote P/R/F1, speaker accuracy over matched quotes, attribution P/R/F1, and
        kind accuracy (full/partial) over matched quotes."""
        qp, qr = _ratio(self.matched, self.predicted), _ratio(self.matched, self.gold)
        ap, ar = _ratio(self.speaker_right, self.predicted), _ratio(self.speaker_right, self.gold)
        return {
            "quote_precision": qp, "quote_recall": qr, "quote_f1": _f1(qp, qr),
            "speaker_accuracy": _ratio(self.speaker_right, self.matched),
            "attribution_precision": ap, "attribution_recall": ar, "attribution_f1": _f1(ap, ar),
            "kind_accuracy": _ratio(self.kind_right, self.matched),
        }


@dataclass
class Report:
    """Tallies for all quotes and for `full` ones, with the misses if asked."""

    all: Tally = field(default_factory=Tally)
    full: Tally = field(default_factory=Tally)
    misses: list[dict] = field(default_factory=list)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedy by largest overlap."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _overlap(p["start"], p["end"], g["start"], g["end"])
            longer = max(p["end"] - p["start"], g["end"] - g["start"])
            if shared and 2 * shared >= longer:
                pairs.append((shared, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_g, result = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            result.append((i, j))
    return result


def speaker_right(predicted: dict, gold: dict) -> bool:
    """The README's rule: mention overlaps the source, or the name's last word is in it."""
    source, speaker = gold.get("speaker"), predicted.get("speaker")
    if not source or not speaker:
        return False
    mention = speaker.get("mention") or {}
    if mention and _overlap(mention["start"], mention["end"], source["start"], source["end"]):
        return True
    name_words = _WORDS.findall(speaker.get("name") or "")
    source_words = {w.lower() for w in _WORDS.findall(source["text"])}
    return bool(name_words) and name_words[-1].lower() in source_words


def score(articles: Iterable[dict], extract: Callable[[str], list[dict]], keep_misses: bool = False) -> Report:
    """Run `extract` over each article's text and tally it against the gold quotes."""
    report = Report()
    for article in articles:
        predicted = extract(article["text"])
        gold = article["quotes"]
        pairs = dict((j, i) for i, j in match(predicted, gold))
        partial_matched = sum(1 for j in pairs if gold[j].get("kind") != "full")
        full = [j for j, g in enumerate(gold) if g.get("kind") == "full"]
        # Restricted to `full`: predictions matched to a partial gold quote drop out;
        # unmatched predictions stay as false positives in both slices.
        for tally, gold_ids, count_predicted in (
            (report.all, range(len(gold)), len(predicted)),
            (report.full, full, len(predicted) - partial_matched),
        ):
            tally.gold += len(gold_ids)
            tally.predicted += count_predicted
            for j in gold_ids:
                if j in pairs:
                    tally.matched += 1
                    tally.speaker_right += speaker_right(predicted[pairs[j]], gold[j])
                    tally.kind_right += predicted[pairs[j]].get("kind") == gold[j].get("kind")
        if keep_misses:
            report.misses.extend(_misses(article, predicted, gold, pairs))
    return report


def _misses(article: dict, predicted: list[dict], gold: list[dict], pairs: dict[int, int]) -> Iterable[dict]:
    matched_predictions = set(pairs.values())
    for j, g in enumerate(gold):
        if j not in pairs:
            yield {"id": article["id"], "miss": "quote not found", "gold": g}
        elif not speaker_right(predicted[pairs[j]], g):
            yield {"id": article["id"], "miss": "wrong speaker", "gold": g, "predicted": predicted[pairs[j]]}
    for i, p in enumerate(predicted):
        if i not in matched_predictions:
            yield {"id": article["id"], "miss": "not a gold quote", "predicted": p}


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president"})


@dataclass
class RoleTally:
    """Name accuracy and role/affiliation precision and recall against hand annotation."""

    named: int = 0
    name_right: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: {"role": [0, 0, 0], "affiliation": [0, 0, 0]})
    # With keep_misses: {"id", "miss": "wrong name" | "wrong role" | "wrong affiliation",
    # "start", "end" (the gold quote), "gold", "predicted" (either may be null)}.
    misses: list[dict] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """name_accuracy, role and affiliation precision/recall."""
        result = {"name_accuracy": _ratio(self.name_right, self.named)}
        for key, (right, predicted, gold) in self.counts.items():
            result[f"{key}_precision"] = _ratio(right, predicted)
            result[f"{key}_recall"] = _ratio(right, gold)
        return result


def _name_words(value: str) -> list[str]:
    return [w for w in _WORDS.findall(value.lower()) if w not in _HONORIFICS]


def _runs_agree(predicted: str, gold: str) -> bool:
    """One value's words are a contiguous run of the other's, case aside."""
    a, b = _WORDS.findall(predicted.lower()), _WORDS.findall(gold.lower())
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def score_roles(records: Iterable[dict], predictions: dict[str, list[dict]], keep_misses: bool = False) -> RoleTally:
    """Score speakers' names, roles and affiliations on a roles file (see the README rules)."""
    tally = RoleTally()
    for record in records:
        predicted = predictions.get(record["id"], [])
        gold = record["quotes"]
        pairs = dict((j, i) for i, j in match(predicted, gold))
        for j, g in enumerate(gold):
            speaker = (predicted[pairs[j]].get("speaker") or {}) if j in pairs else {}
            wrong = []
            if g.get("name"):
                tally.named += 1
                name = speaker.get("name")
                right = bool(name) and any(_name_words(name) == _name_words(alt) for alt in g["name"].split(" | "))
                tally.name_right += right
                if not right:
                    wrong.append("name")
            for key in ("role", "affiliation"):
                counts, value, wanted = tally.counts[key], speaker.get(key), g.get(key)
                counts[1] += bool(value)
                counts[2] += bool(wanted)
                if value and wanted and any(_runs_agree(value, alt) for alt in wanted.split(" | ")):
                    counts[0] += 1
                elif value or wanted:
                    wrong.append(key)
            if keep_misses:
                tally.misses += [{"id": record["id"], "miss": f"wrong {key}", "start": g["start"], "end": g["end"],
                                  "gold": g.get(key), "predicted": speaker.get(key)} for key in wrong]
    return tally


def read_jsonl(path: str) -> list[dict]:
    """The records of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def format_report(report: Report) -> str:
    """A small table of the figures, all quotes and `full` ones."""
    rows = [f"{'figure':<24}{'all':>8}{'full':>8}"]
    every, full = report.all.figures(), report.full.figures()
    for name in every:
        rows.append(f"{name:<24}{every[name]:>8.3f}{full[name]:>8.3f}")
    rows.append(f"{'gold quotes':<24}{report.all.gold:>8}{report.full.gold:>8}")
    rows.append(f"{'predicted quotes':<24}{report.all.predicted:>8}{report.full.predicted:>8}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Entry point: quotes-eval GOLD.jsonl [--roles FILE] [--misses FILE]."""
    parser = argparse.ArgumentParser(prog="quotes-eval", description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold file, JSON Lines, one article per line")
    parser.add_argument("--misses", metavar="FILE", help="write each miss as a JSON line to FILE ('-' for stdout): "
                        "quotes, and with --roles names, roles and affiliations")
    parser.add_argument("--roles", metavar="FILE", help="a roles file: also score speaker names, roles, affiliations")
    parser.add_argument("--model", help="spaCy pipeline to load (default: QUOTES_MODEL or the embedded model)")
    args = parser.parse_args(argv)

    from service.pipeline import load_pipeline
    from service.quotes import DETAILS, QuoteExtractor

    extractor = QuoteExtractor(load_pipeline(args.model))
    articles = read_jsonl(args.gold)
    answers: dict[str, list[dict]] = {}

    def run(text: str) -> list[dict]:
        answers[text] = [q.to_dict(DETAILS) for q in extractor(text)]
        return answers[text]

    report = score(articles, run, bool(args.misses))
    print(format_report(report))
    misses = report.misses
    if args.roles:
        predictions = {a["id"]: answers[a["text"]] for a in articles}
        roles = score_roles(read_jsonl(args.roles), predictions, bool(args.misses))
        for name, value in roles.figures().items():
            print(f"{name:<24}{value:>8.3f}")
        misses = misses + roles.misses
    if args.misses:
        out = nullcontext(sys.stdout) if args.misses == "-" else open(args.misses, "w", encoding="utf-8")
        with out as handle:
            for miss in misses:
                handle.write(json.dumps(miss, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
