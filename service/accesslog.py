"""Request ids and the JSON access log: one line per request, never the article.

Each request gets an id: the client's `X-Request-ID` when it is a plausible id, else a
new one; it is echoed in the response's `X-Request-ID`. After the response is built, one
JSON object goes to the `quotes.access` logger: time, request id, method, path, status,
duration, and, for POST /v1/quotes, the text's length and the number of quotes (for a
batch, their sums and the numbers of documents and of documents answered with an error).
The body, the text and the quotes themselves are never logged.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid

from flask import Flask, Response, current_app, g, request

LOGGER = "quotes.access"
HEADER = "X-Request-ID"
# A client's id is kept if it looks like one (UUIDs, trace ids); anything else is replaced.
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,128}")


def request_id() -> str:
    """The id of the current request (the client's, or one made up for it)."""
    return g.get("request_id") or "-"


def note(**fields) -> None:
    """Add fields (text length, quote count) to this request's access-log line."""
    g.setdefault("access", {}).update(fields)


def _start() -> None:
    """Before each request: its id and its start time."""
    sent = request.headers.get(HEADER, "")
    g.request_id = sent if _CLIENT_ID.fullmatch(sent) else uuid.uuid4().hex
    g.started = time.perf_counter()


def _finish(response: Response) -> Response:
    """After each request: echo the id, write the log line."""
    response.headers[HEADER] = request_id()
    if not current_app.config["ACCESS_LOG"]:
        return response
    started = g.get("started")
    entry = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "request_id": request_id(),
        "method": request.method,
        "path": request.path,
        "status": response.status_code,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1) if started else None,
        "text_chars": None,
        "quotes": None,
        "pid": os.getpid(),
    }
    entry.update(g.get("access", {}))
    logging.getLogger(LOGGER).info(json.dumps(entry, ensure_ascii=True))
    return response


class _Stdout(logging.StreamHandler):
    """A handler writing to whatever sys.stdout is when it writes (test runners swap it)."""

    @property
    def stream(self):
        """The current standard output."""
        return sys.stdout

    @stream.setter
    def stream(self, value):
        """Ignore StreamHandler's own choice of stream."""


def _configure(logger: logging.Logger) -> None:
    """JSON lines on stdout, once per process, unless a handler is already there."""
    if logger.handlers:
        return
    handler = _Stdout()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def init_app(app: Flask) -> None:
    """Give every request an id and an access-log line (ACCESS_LOG false: no lines)."""
    if app.config["ACCESS_LOG"]:
        _configure(logging.getLogger(LOGGER))
    app.before_request(_start)
    app.after_request(_finish)
