"""The real service under gunicorn, over HTTP on 127.0.0.1: hostile input, concurrency,
batches, metrics across workers, a worker killed mid-load, graceful shutdown.

Each server starts on a free port with two workers, is waited for (bounded) and always
stopped. Marked `live`: `pytest -m "not live"` skips them.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from prometheus_client.parser import text_string_to_metric_families

from scripts.liveserver import LiveServer
from tests.conftest import SEED
from tests.test_hostile import CATALOGUE, check

pytestmark = pytest.mark.live

SEED_TEXT = SEED.with_suffix(".txt").read_text(encoding="utf-8")
MARKER = "ZQX-LIVE-MARKER-4417"
PEOPLE = [("Annalena Baerbock", "Foreign Minister", "Germany"),
          ("Karine Jean-Pierre", "Press Secretary", "the White House"),
          ("Olaf Scholz", "Chancellor", "Germany"),
          ("Antony Blinken", "Secretary of State", "the United States"),
          ("Emmanuel Macron", "President", "France"),
          ("Ursula von der Leyen", "President", "the European Commission")]


def article(index: int) -> str:
    """A small article of its own: its speaker, its words, its length."""
    name, role, place = PEOPLE[index % len(PEOPLE)]
    surname = name.split()[-1]
    lines = [f"{role} {name} of {place} spoke on Monday in session {index}."]
    lines += [f'"We will settle point {n} of plan {index} before the winter," {surname} said.'
              for n in range(1 + index % 4)]
    lines.append(f"{surname} left at {index} o'clock. {MARKER}")
    return "\n\n".join(lines)


ARTICLES = [SEED_TEXT] + [article(i) for i in range(11)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One live service with two workers for the module; its output in a file."""
    log = tmp_path_factory.mktemp("live") / "service.log"
    with LiveServer(workers=2, log_path=log) as live:
        live.log = log
        yield live


def raw_post(server: LiveServer, body: bytes, headers: dict) -> tuple[int, str, dict]:
    """POST /v1/quotes with exactly these bytes and headers: (status, media type, JSON)."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.request("POST", "/v1/quotes", body=body, headers=headers)
        response = connection.getresponse()
        media = response.headers.get("Content-Type", "").split(";")[0]
        return response.status, media, json.loads(response.read())
    finally:
        connection.close()


@pytest.mark.parametrize("body, headers, status, type_", [c[1:] for c in CATALOGUE],
                         ids=[c[0] for c in CATALOGUE])
def test_hostile_request_live(server, body, headers, status, type_):
    """The hostile catalogue over real HTTP: documented status, never 5xx, within budget."""
    started = time.perf_counter()
    got, media, answer = raw_post(server, body, headers)
    assert time.perf_counter() - started < 20
    check(got, media, answer, status, type_)


def test_seed_after_hostile_live(server, seed):
    """After the catalogue, both workers still answer the seed exactly."""
    body, expected = seed
    for _ in range(4):
        status, _, answer = raw_post(server, body, {"Content-Type": "text/plain"})
        assert status == 200 and answer["quotes"] == expected["quotes"]


def test_answers_are_never_mixed_up(server):
    """Different articles at once: each answer is its own article's lone answer."""
    alone = [server.post_text(text)[2]["quotes"] for text in ARTICLES]
    assert all(alone[1:]), "every synthetic article has quotes"
    jobs = [i for _ in range(3) for i in range(len(ARTICLES))]
    jobs = jobs[::2] + jobs[1::2]

    def ask(index):
        status, _, body = server.post_text(ARTICLES[index])
        return index, status, body

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(ask, jobs))
    for index, status, body in results:
        assert status == 200
        assert body["meta"]["characters"] == len(ARTICLES[index])
        assert body["quotes"] == alone[index], index


def test_batches_live(server):
    """Batches in different orders at once: each result is its own article's lone answer."""
    alone = [server.post_text(text)[2]["quotes"] for text in ARTICLES]
    orders = [list(range(len(ARTICLES)))[shift:] + list(range(shift)) for shift in (0, 3, 6, 9)]
    orders = [order[::-1] if n % 2 else order for n, order in enumerate(orders)]

    def ask(order):
        return order, server.post_batch([ARTICLES[index] for index in order])

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(ask, orders))
    for order, (status, _, body) in answers:
        assert status == 200
        assert [r["id"] for r in body["results"]] == [str(n) for n in range(len(order))]
        assert [r["quotes"] for r in body["results"]] == [alone[index] for index in order]


def test_request_id_and_log_live(server):
    """The id is echoed; the JSON access line carries it and never the text."""
    status, headers, _ = server.post_text(ARTICLES[1], headers={"X-Request-ID": "live-id-42"})
    assert status == 200 and headers["X-Request-ID"] == "live-id-42"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and "live-id-42" not in server.log.read_text():
        time.sleep(0.1)
    lines = [json.loads(line) for line in server.log.read_text().splitlines()
             if line.startswith("{")]
    mine = [line for line in lines if line["request_id"] == "live-id-42"]
    assert len(mine) == 1 and mine[0]["text_chars"] == len(ARTICLES[1])
    assert MARKER not in server.log.read_text()


def metric(server: LiveServer, name: str, **labels) -> float:
    """One sample of /metrics (0 when absent)."""
    text = server.get("/metrics")[2].decode()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return 0.0


def test_metrics_add_up_across_workers(server):
    """Whichever worker answers /metrics, it counts every worker's requests."""
    labels = {"route": "/v1/version", "method": "GET", "status": "200"}
    before = metric(server, "quotes_http_requests_total", **labels)
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: server.get("/v1/version"), range(40)))
    readings = {metric(server, "quotes_http_requests_total", **labels) for _ in range(6)}
    assert readings == {before + 40}


def test_killed_worker_is_replaced(server):
    """SIGKILL a worker mid-load: gunicorn replaces it, only its request in flight fails."""
    victim = server.worker_pids()[0]
    outcomes: list[str] = []
    lock = threading.Lock()
    done = threading.Event()

    def client():
        for n in range(15):
            try:
                status = server.post_text(SEED_TEXT, timeout=60)[0]
                outcome = "ok" if status == 200 else f"HTTP {status}"
            except (OSError, http.client.HTTPException, ValueError) as error:
                outcome = type(error).__name__
            with lock:
                outcomes.append(outcome)
                if len(outcomes) == 8:
                    os.kill(victim, signal.SIGKILL)
                    done.set()

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert done.is_set() and len(outcomes) == 60
    failures = [o for o in outcomes if o != "ok"]
    assert len(failures) <= 1, failures  # a sync worker has at most one request in flight
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
            len(server.worker_pids()) == 2 and victim not in server.worker_pids()):
        time.sleep(0.2)
    assert victim not in server.worker_pids() and len(server.worker_pids()) == 2
    assert server.post_text(SEED_TEXT)[0] == 200
    assert metric(server, "quotes_http_requests_total", route="/v1/quotes", status="200") > 0


def test_sigterm_lets_requests_finish(tmp_path):
    """SIGTERM while a long request runs: it completes with 200, then the service exits 0."""
    long_text = "\n\n".join([SEED_TEXT] * 5)
    with LiveServer(workers=1, log_path=tmp_path / "service.log") as live:
        expected = live.post_text(long_text)[2]["quotes"]
        result = {}

        def slow_request():
            started = time.perf_counter()
            result["answer"] = live.post_text(long_text, timeout=60)
            result["seconds"] = time.perf_counter() - started

        thread = threading.Thread(target=slow_request)
        thread.start()
        time.sleep(0.3)
        live.process.send_signal(signal.SIGTERM)
        thread.join(60)
        assert live.process.wait(60) == 0
        status, _, body = result["answer"]
        assert status == 200 and body["quotes"] == expected
        assert result["seconds"] > 0.3  # it really was in flight when the signal came
        with pytest.raises(OSError):
            live.get("/livez", timeout=5)


def test_time_budget_live(tmp_path, seed):
    """Under gunicorn: past QUOTES_TIME_BUDGET a 503 with Retry-After; the same worker goes on."""
    from tests.test_budget import PATHOLOGICAL

    body, expected = seed
    with LiveServer(workers=1, env={"QUOTES_TIME_BUDGET": "2"},
                    log_path=tmp_path / "service.log") as live:
        worker = live.worker_pids()
        started = time.perf_counter()
        status, headers, problem = live.post_text(PATHOLOGICAL)
        assert time.perf_counter() - started < 6
        assert status == 503 and headers["Retry-After"] == "5"
        assert problem["type"] == "https://quotes.example/problems/time-budget-exceeded"
        status, _, answer = raw_post(live, body, {"Content-Type": "text/plain"})
        assert status == 200 and answer["quotes"] == expected["quotes"]
        assert live.worker_pids() == worker  # not killed, not replaced
