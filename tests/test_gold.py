"""Figures on the PolNeAR dev split must not fall below the floor last reached.

Reads ../shared/eval (never copied into the repo); skipped where it is absent.
"""

from pathlib import Path

import pytest

from service import evaluate

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev.jsonl"

# Just under the figures measured when these floors were set (see README).
FLOORS = {"quote_f1": 0.95, "speaker_accuracy": 0.92, "attribution_f1": 0.88}


@pytest.mark.skipif(not DEV.exists(), reason=f"gold data not found at {DEV} (outside this project's CI)")
def test_dev_figures_hold(extractor):
    report = evaluate.score(evaluate.read_jsonl(str(DEV)), lambda text: [q.to_dict() for q in extractor(text)])
    figures = report.all.figures()
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} fell below {floor}"
