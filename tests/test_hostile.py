"""Hostile and odd requests: each gets its documented status as problem+json, quickly, and
the service still answers the seed exactly afterwards.

The catalogue is raw bytes and headers so that tests/test_live.py can send the same
requests to a real gunicorn over HTTP.
"""

from __future__ import annotations

import json
import time

import pytest

from service.app import DEFAULTS

PROBLEM = "application/problem+json"
TYPES = "https://quotes.example/problems/"
J = {"Content-Type": "application/json"}
P = {"Content-Type": "text/plain"}
ARTICLE = '"We will not back down," a spokesman for the Pentagon said on Monday.'
LIMIT = DEFAULTS["MAX_BODY_BYTES"]
MAX_CHARS = DEFAULTS["MAX_TEXT_CHARS"]


def js(value) -> bytes:
    """A JSON body."""
    return json.dumps(value).encode("utf-8")


def padded(size: int) -> bytes:
    """A JSON body of exactly `size` bytes: the article, then JSON whitespace."""
    body = js({"text": ARTICLE})
    return body[:-1] + b" " * (size - len(body)) + b"}"


CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r") + "\x7f"

# (id, body, headers, status, problem type or None for 200)
CATALOGUE = [
    # invalid UTF-8
    ("plain-invalid-utf8", b'caf\xe9 "said"', P, 400, "invalid-encoding"),
    ("json-invalid-utf8", b'{"text": "caf\xe9"}', J, 400, "invalid-encoding"),
    ("plain-truncated-utf8", b"caf\xc3", P, 400, "invalid-encoding"),
    ("plain-overlong-utf8", b"\xc0\xaf etc", P, 400, "invalid-encoding"),
    ("plain-utf8-encoded-surrogate", b"\xed\xa0\x80 text", P, 400, "invalid-encoding"),
    ("ascii-charset-not-ascii", "café".encode(), {"Content-Type": "text/plain; charset=us-ascii"},
     400, "invalid-encoding"),
    # NUL and control characters
    ("plain-nul", f"\x00{ARTICLE}\x00".encode(), P, 200, None),
    ("plain-control-chars", f"{CONTROL}{ARTICLE}{CONTROL}".encode(), P, 200, None),
    ("json-escaped-nul", js({"text": f"\x00{ARTICLE}"}), J, 200, None),
    ("json-raw-control-in-string", b'{"text": "a\x01b said"}', J, 400, "malformed-json"),
    # lone surrogates (only JSON escapes can carry them)
    ("json-lone-high-surrogate", b'{"text": "\\ud800 he said"}', J, 422, "validation-error"),
    ("json-lone-low-surrogate", b'{"text": "he said \\udfff"}', J, 422, "validation-error"),
    # byte-order marks
    ("plain-bom", b"\xef\xbb\xbf" + ARTICLE.encode(), P, 200, None),
    ("json-bom", b"\xef\xbb\xbf" + js({"text": ARTICLE}), J, 200, None),
    ("plain-bom-only", b"\xef\xbb\xbf", P, 422, "validation-error"),
    ("plain-separators-only", b"\x1c\x1d\x1e\x1f", P, 200, None),  # text to JSON Schema
    # wrong JSON types
    ("json-text-array", js({"text": [ARTICLE]}), J, 422, "validation-error"),
    ("json-text-object", js({"text": {"body": ARTICLE}}), J, 422, "validation-error"),
    ("json-text-bool", js({"text": True}), J, 422, "validation-error"),
    ("json-top-string", js(ARTICLE), J, 422, "validation-error"),
    ("json-top-null", b"null", J, 422, "validation-error"),
    ("json-unknown-field", js({"text": ARTICLE, "lang": "en"}), J, 422, "validation-error"),
    ("json-duplicate-key", b'{"text": 1, "text": "' + ARTICLE.replace('"', '\\"').encode() + b'"}',
     J, 200, None),
    # deep nesting and huge numbers
    ("json-deep-arrays", b"[" * 100_000, J, 400, "malformed-json"),
    ("json-deep-objects", b'{"text": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001, J, 400,
     "malformed-json"),
    ("json-huge-int", b'{"text": ' + b"9" * 5000 + b"}", J, 400, "malformed-json"),
    ("json-huge-float", b'{"text": 1e999}', J, 422, "validation-error"),
    ("json-nan", b'{"text": NaN}', J, 422, "validation-error"),
    ("json-trailing-garbage", js({"text": ARTICLE}) + b" x", J, 400, "malformed-json"),
    # empty and whitespace-only
    ("json-empty-body", b"", J, 400, "malformed-json"),
    ("json-empty-text", js({"text": ""}), J, 422, "validation-error"),
    ("json-whitespace-text", js({"text": " \u2028\u00a0\t"}), J, 422, "validation-error"),
    ("plain-empty", b"", P, 422, "validation-error"),
    ("plain-whitespace", " \t\r\n\u3000".encode(), P, 422, "validation-error"),
    # sizes
    ("body-at-limit", padded(LIMIT), J, 200, None),
    ("body-over-limit", padded(LIMIT + 1), J, 413, "body-too-large"),
    ("text-at-limit", ("x" * MAX_CHARS).encode(), P, 200, None),
    ("text-over-limit", ("x" * (MAX_CHARS + 1)).encode(), P, 413, "text-too-long"),
    ("sentence-300kb", b'He said "' + b"word " * 60_000 + b'"', P, 413, "text-too-long"),
    # media types, charsets, encodings
    ("no-content-type", ARTICLE.encode(), {}, 415, "unsupported-media-type"),
    ("html", b"<p>" + ARTICLE.encode() + b"</p>", {"Content-Type": "text/html"}, 415,
     "unsupported-media-type"),
    ("xml", b"<text>x</text>", {"Content-Type": "application/xml"}, 415,
     "unsupported-media-type"),
    ("multipart", b"--b\r\n\r\nx\r\n--b--\r\n", {"Content-Type": "multipart/form-data; boundary=b"},
     415, "unsupported-media-type"),
    ("json-latin1-charset", js({"text": ARTICLE}),
     {"Content-Type": "application/json; charset=iso-8859-1"}, 415, "unsupported-media-type"),
    ("plain-utf16", ARTICLE.encode("utf-16"), {"Content-Type": "text/plain; charset=utf-16"},
     415, "unsupported-media-type"),
    ("gzip", b"\x1f\x8b\x08\x00", {**P, "Content-Encoding": "gzip"}, 415,
     "unsupported-media-type"),
    ("json-type-in-capitals", js({"text": ARTICLE}),
     {"Content-Type": "Application/JSON; Charset=UTF-8"}, 200, None),
    ("plain-quoted-charset", ARTICLE.encode(), {"Content-Type": 'text/plain; charset="utf-8"'},
     200, None),
    # quotation marks gone wrong
    ("only-straight-marks", b'"' * 2000, P, 200, None),
    ("only-curly-marks", "“”‘’«»".encode() * 1000, P, 200, None),
    ("unbalanced-marks", "“ word ".encode() * 5000, P, 200, None),
    ("unbalanced-closing", "word ” ".encode() * 5000, P, 200, None),
    # line ends and odd characters
    ("crlf", ARTICLE.replace(" said", "\r\nsaid").encode() * 3, P, 200, None),
    ("lone-cr", ARTICLE.replace(" ", "\r").encode(), P, 200, None),
    ("many-newlines", b"\n" * 50_000 + ARTICLE.encode(), P, 200, None),
    ("bidi-zero-width-emoji", f"\u202e\u200d{ARTICLE}\U0001f600\u0301".encode(), P, 200, None),
]


@pytest.fixture(scope="module")
def hostile_client(make_app):
    """One app, with the default limits and budget, for the whole catalogue and the seed after."""
    return make_app().test_client()


def check(status: int, mimetype: str, body: dict, expected: int, type_: str | None) -> None:
    """The documented status; problems are problem+json of the documented type."""
    assert status == expected, body
    if type_ is None:
        assert mimetype == "application/json"
        assert set(body) == {"quotes", "meta"}
    else:
        assert mimetype == PROBLEM
        assert body["type"] == TYPES + type_
        assert body["status"] == status


def test_catalogue_is_large_enough():
    """At least thirty hostile or odd requests, each named once."""
    names = [case[0] for case in CATALOGUE]
    assert len(names) >= 30 and len(names) == len(set(names))


@pytest.mark.parametrize("body, headers, status, type_", [c[1:] for c in CATALOGUE],
                         ids=[c[0] for c in CATALOGUE])
def test_hostile_request(hostile_client, body, headers, status, type_):
    """Each answers its documented status, never 5xx, within the time budget."""
    started = time.perf_counter()
    response = hostile_client.post("/v1/quotes", data=body, headers=headers)
    elapsed = time.perf_counter() - started
    assert response.status_code < 500
    check(response.status_code, response.mimetype, response.get_json(), status, type_)
    assert elapsed < DEFAULTS["TIME_BUDGET"]


def test_seed_after_catalogue(hostile_client, seed):
    """After all of that, the same app answers the seed exactly."""
    body, expected = seed
    response = hostile_client.post("/v1/quotes", data=body, content_type="text/plain")
    assert response.status_code == 200
    assert response.json["quotes"] == expected["quotes"]


def test_crlf_offsets(client, seed):
    """The seed with CRLF line ends: the same quotes, offsets into the CRLF text."""
    body, expected = seed
    text = body.decode("utf-8").replace("\n", "\r\n")
    quotes = client.post("/v1/quotes", data=text.encode(), content_type="text/plain").json["quotes"]
    assert [q["text"] for q in quotes] == [q["text"] for q in expected["quotes"]]
    for quote in quotes:
        assert text[quote["start"]:quote["end"]] == quote["text"]
