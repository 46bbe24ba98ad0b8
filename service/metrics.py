"""Prometheus metrics at GET /metrics, correct across gunicorn's workers.

With PROMETHEUS_MULTIPROC_DIR set (gunicorn.conf.py sets it to a fresh directory before
the app is imported), every worker writes its samples to files there and /metrics adds
up all of them, whichever worker answers. Without it (tests, `flask run`), the app
keeps its own registry in memory.
"""

from __future__ import annotations

import os
import time

from flask import Blueprint, Flask, Response, current_app, g, request
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.exposition import CONTENT_TYPE_LATEST

bp = Blueprint("metrics", __name__)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
# Seconds: a short article takes ~0.1 s, a long one several; the budget cuts at 20 s.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60)
# Characters: a news article is a few thousand.
SIZE_BUCKETS = (100, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000,
                500_000, 1_000_000)
QUOTE_BUCKETS = (0, 1, 2, 5, 10, 20, 50, 100, 250)
UNMATCHED = "<unmatched>"  # unknown paths share one label: fuzzers cannot blow up the series


class Metrics:
    """The service's metrics, registered in one registry."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.requests = Counter(
            "quotes_http_requests", "HTTP requests answered, by route, method and status.",
            ["route", "method", "status"], registry=registry)
        self.latency = Histogram(
            "quotes_http_request_duration_seconds", "Time to answer, by route, method and status.",
            ["route", "method", "status"], buckets=LATENCY_BUCKETS, registry=registry)
        self.quotes = Counter(
            "quotes_returned", "Quotes returned by POST /v1/quotes and /v1/quotes/batch.",
            registry=registry)
        self.quotes_per_text = Histogram(
            "quotes_per_text", "Quotes found in one article.", buckets=QUOTE_BUCKETS,
            registry=registry)
        self.text_chars = Histogram(
            "quotes_text_characters", "Length of the articles received, in characters.",
            buckets=SIZE_BUCKETS, registry=registry)


def multiprocess_dir() -> str | None:
    """The shared sample directory, when running under several processes."""
    return os.environ.get(MULTIPROC_ENV) or None


def observe_text(chars: int, quotes: int) -> None:
    """Count one article's size and the quotes found in it."""
    metrics = current_app.extensions["metrics"]
    metrics.text_chars.observe(chars)
    metrics.quotes.inc(quotes)
    metrics.quotes_per_text.observe(quotes)


def _start() -> None:
    """Before each request: its start time."""
    g.metrics_started = time.perf_counter()


def _finish(response: Response) -> Response:
    """After each request: count it and its duration under its route and status."""
    started = g.get("metrics_started")
    if started is None:
        return response
    route = request.url_rule.rule if request.url_rule else UNMATCHED
    labels = (route, request.method, str(response.status_code))
    metrics = current_app.extensions["metrics"]
    metrics.requests.labels(*labels).inc()
    metrics.latency.labels(*labels).observe(time.perf_counter() - started)
    return response


@bp.get("/metrics")
def metrics():
    """Every metric in Prometheus' text format, summed over all workers."""
    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = current_app.extensions["metrics"].registry
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    """Create the metrics, time every request, serve /metrics."""
    app.extensions["metrics"] = Metrics(CollectorRegistry(auto_describe=True))
    app.before_request(_start)
    app.after_request(_finish)
    app.register_blueprint(bp)
