"""Gunicorn settings for `make serve` and the container: PORT, WORKERS and the rest from the environment."""

import multiprocessing
import os
import shutil
import tempfile
from pathlib import Path

# Prometheus multiprocess mode: every worker writes its samples under one directory,
# which must be set before prometheus_client is imported and be fresh at each start.
# Ours unless the operator names one (its old samples are then cleared at start-up).
_METRICS_ENV = "PROMETHEUS_MULTIPROC_DIR"
_OWN_METRICS_DIR = not os.environ.get(_METRICS_ENV)
if _OWN_METRICS_DIR:
    os.environ[_METRICS_ENV] = tempfile.mkdtemp(prefix="quotes-metrics-")

from service.app import DEFAULTS  # noqa: E402  (after the environment above is set)

# Load the spaCy pipeline once in the master; workers share it copy-on-write.
wsgi_app = "service.app:create_app()"
preload_app = True

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS") or multiprocessing.cpu_count())
worker_class = "sync"

# A request's extraction is cut at the time budget (QUOTES_TIME_BUDGET, 503 past it);
# the worker gets 30 s more for reading the body and answering before gunicorn kills it.
_budget = float(os.environ.get("QUOTES_TIME_BUDGET") or DEFAULTS["TIME_BUDGET"])
timeout = int(_budget + 30) if _budget > 0 else 120
# SIGTERM: stop accepting, let requests in flight finish (up to a full budget).
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT") or max(30, _budget + 10))

# Recycle workers now and then so slow growth in memory never accumulates (0: never).
max_requests = int(os.environ.get("MAX_REQUESTS") or 1000)
max_requests_jitter = max_requests // 10

# No runtime control socket (gunicornc): nothing uses it, and it needs a writable home.
control_socket_disable = True

# The app writes the access log itself (service/accesslog.py: one JSON line per request,
# never the body); gunicorn's own log (start-up, workers, errors) goes to stdout too.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")


def on_starting(server):
    """Before the app loads: an operator's metrics directory starts empty."""
    if not _OWN_METRICS_DIR:
        for stale in Path(os.environ[_METRICS_ENV]).glob("*.db"):
            stale.unlink()


def child_exit(server, worker):
    """A worker is gone (recycled, killed): its live gauges no longer count."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    """The service stops: remove the metrics directory it made."""
    if _OWN_METRICS_DIR:
        shutil.rmtree(os.environ[_METRICS_ENV], ignore_errors=True)
