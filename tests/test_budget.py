"""The time budget: a pathological text is cut off with a 503, and the worker carries on."""

from __future__ import annotations

import threading
import time

import pytest

from service.budget import BudgetExceeded, deadline

# Thousands of paired straight quotes a few words long: 40 KB take 6-20 s of rules.
PATHOLOGICAL = '" a b c ' * 5000


def slow(seconds: float) -> None:
    """Busy Python work for about `seconds`."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_deadline_interrupts():
    """Work past the budget is interrupted soon after it."""
    started = time.perf_counter()
    with pytest.raises(BudgetExceeded):
        with deadline(0.2):
            slow(5)
    assert time.perf_counter() - started < 1


def test_deadline_not_reached():
    """Work inside the budget runs to its end; the timer is off afterwards."""
    with deadline(1) as armed:
        slow(0.05)
    assert armed
    slow(1.2)  # no late alarm


@pytest.mark.parametrize("seconds", [0, -1])
def test_no_budget(seconds):
    """0 or less: no budget."""
    with deadline(seconds) as armed:
        slow(0.05)
    assert not armed


def test_off_outside_main_thread():
    """Signals reach only the main thread: elsewhere the budget is off, the work completes."""
    outcome = {}

    def run():
        with deadline(0.05) as armed:
            slow(0.2)
        outcome["armed"] = armed

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(5)
    assert outcome == {"armed": False}


def test_not_caught_by_except_exception():
    """A rule's `except Exception` cannot swallow the budget."""
    with pytest.raises(BudgetExceeded):
        with deadline(0.1):
            try:
                slow(2)
            except Exception:  # noqa: BLE001  (what a careless rule might do)
                pass


def test_pathological_text_gets_503(make_app, seed, nlp):
    """Past the budget: 503 time-budget-exceeded with Retry-After; then the seed, exactly."""
    app = make_app()
    client = app.test_client()
    body, expected = seed
    client.post("/v1/quotes", data=body, content_type="text/plain")
    strings = len(nlp.vocab.strings)
    app.config["TIME_BUDGET"] = 0.5
    for _ in range(2):
        started = time.perf_counter()
        response = client.post("/v1/quotes", data=PATHOLOGICAL.encode(), content_type="text/plain")
        assert time.perf_counter() - started < 2.5
        assert response.status_code == 503
        assert response.mimetype == "application/problem+json"
        assert response.json["type"] == "https://quotes.example/problems/time-budget-exceeded"
        assert int(response.headers["Retry-After"]) > 0
    app.config["TIME_BUDGET"] = 20
    response = client.post("/v1/quotes", data=body, content_type="text/plain")
    assert response.json["quotes"] == expected["quotes"]
    assert len(nlp.vocab.strings) == strings  # the interrupted parses left nothing behind
