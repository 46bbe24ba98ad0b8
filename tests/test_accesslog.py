"""The access log: one JSON line per request with its id and sizes, never the article."""

from __future__ import annotations

import json
import logging

import pytest

from service.accesslog import LOGGER

MARKER = "ZQX-SECRET-MARKER-7731"
ARTICLE = f'"We will not back down, {MARKER}," a spokesman for the Pentagon said on Monday.'


class Lines(logging.Handler):
    """Collects the formatted log lines."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def access_lines():
    """Every line the access logger writes during the test."""
    handler = Lines()
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    try:
        yield handler.lines
    finally:
        logger.removeHandler(handler)


def test_one_json_line_per_request(client, access_lines):
    """Method, path, status, duration, text length, quote count and request id."""
    response = client.post("/v1/quotes", json={"text": ARTICLE})
    assert len(access_lines) == 1
    entry = json.loads(access_lines[0])
    assert entry["method"] == "POST" and entry["path"] == "/v1/quotes"
    assert entry["status"] == 200
    assert entry["duration_ms"] >= 0
    assert entry["text_chars"] == len(ARTICLE)
    assert entry["quotes"] == len(response.json["quotes"]) == 1
    assert entry["request_id"] == response.headers["X-Request-ID"]


@pytest.mark.parametrize("sent, kept", [
    ("3f2a-trace.id:01/x", True),
    ("a" * 128, True),
    ("a" * 129, False),
    ("has space", False),
    ("", False),
    ("line\u00e9break", False),
])
def test_request_id(client, access_lines, sent, kept):
    """A plausible X-Request-ID is kept and echoed; anything else is replaced by a new id."""
    response = client.get("/livez", headers={"X-Request-ID": sent} if sent else {})
    echoed = response.headers["X-Request-ID"]
    assert (echoed == sent) is kept
    assert echoed and len(echoed) <= 128
    assert json.loads(access_lines[0])["request_id"] == echoed


def test_ids_are_fresh(client):
    """Without a client id every request gets its own."""
    ids = {client.get("/livez").headers["X-Request-ID"] for _ in range(5)}
    assert len(ids) == 5


@pytest.mark.parametrize("kwargs", [
    {"json": {"text": ARTICLE}},
    {"data": ARTICLE.encode(), "content_type": "text/plain"},
    {"json": {"text": ARTICLE, "extra": MARKER}},
    {"data": ARTICLE.encode() + b"\xff", "content_type": "text/plain"},
    {"data": ARTICLE.encode(), "content_type": "text/html"},
    {"json": {"text": 5, MARKER: 1}},
])
def test_text_never_logged(client, access_lines, capsys, caplog, kwargs):
    """Neither the text nor any of the body reaches any log, whatever the answer."""
    with caplog.at_level(logging.DEBUG):
        response = client.post("/v1/quotes", **kwargs)
    assert len(access_lines) == 1
    logged = "\n".join(access_lines) + caplog.text + "".join(capsys.readouterr())
    assert MARKER not in logged
    assert MARKER not in response.headers.get("X-Request-ID", "")


def test_errors_are_logged_too(client, access_lines):
    """A 404 and a 401 get their line and their id."""
    client.get("/nowhere")
    assert json.loads(access_lines[0])["status"] == 404


def test_access_log_off(make_app, access_lines):
    """ACCESS_LOG false: no lines; the id is still echoed."""
    response = make_app(ACCESS_LOG=False).test_client().get("/livez")
    assert response.headers["X-Request-ID"]
    assert access_lines == []
