"""The HTTP API: answers, meta, limits, and every error as problem+json."""

from __future__ import annotations

import io
import json
import logging
from importlib import metadata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.pipeline import describe

PROBLEM = "application/problem+json"
TYPES = "https://quotes.example/problems/"


def assert_problem(response, status, type_, path="/v1/quotes"):
    """The response is an RFC 9457 problem with this status and type."""
    assert response.status_code == status
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["type"] == (type_ if type_ == "about:blank" else TYPES + type_)
    assert body["status"] == status
    assert body["instance"] == path
    assert body["title"] and body["detail"]
    return body


def as_json(text):
    """Request arguments for a JSON body."""
    return {"json": {"text": text}}


def as_plain(text):
    """Request arguments for a text/plain body."""
    return {"data": text.encode("utf-8"), "content_type": "text/plain"}


@pytest.mark.parametrize("kwargs", [
    lambda body: {"json": {"text": body.decode("utf-8")}},
    lambda body: {"data": body, "content_type": "text/plain"},
    lambda body: {"data": body, "content_type": "text/plain; charset=utf-8"},
], ids=["json", "plain", "plain-charset"])
def test_seed_article(client, seed, kwargs):
    """Both media types give exactly the expected quotes of the seed article."""
    body, expected = seed
    response = client.post("/v1/quotes", **kwargs(body))
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.json["quotes"] == expected["quotes"]


@pytest.mark.parametrize("query, added", [
    ("", set()),
    ("include=", set()),
    ("include=kind", {"kind"}),
    ("include=rule", {"rule"}),
    ("include=kind,rule", {"kind", "rule"}),
    ("include=rule&include=kind", {"kind", "rule"}),
    ("include=kind,,rule,", {"kind", "rule"}),
])
def test_include_adds_kind_and_rule(client, seed, query, added):
    """The seed quotes stay exactly as expected, plus the fields `include` asks for."""
    body, expected = seed
    quotes = client.post(f"/v1/quotes?{query}", data=body, content_type="text/plain").json["quotes"]
    assert [{k: v for k, v in q.items() if k not in added} for q in quotes] == expected["quotes"]
    for quote in quotes:
        assert set(quote) - set(expected["quotes"][0]) == added
        assert quote.get("kind", "full") == "full" and quote.get("rule", "syntax") == "syntax"


def test_partial_quote_is_marked(client):
    text = 'Maria Lopez called the plan "a complete and total failure" on Monday.'
    quotes = client.post("/v1/quotes?include=kind,rule", json={"text": text}).json["quotes"]
    assert [(q["text"], q["kind"], q["rule"]) for q in quotes] == \
        [("a complete and total failure", "partial", "syntax")]


def test_words_that_name_each_other_get_an_answer(client):
    """'In a statement, it said': the statement is its speaker's and 'it' the statement's;
    resolving one through the other once climbed without end (a 500)."""
    text = 'In a statement, it said the weapons would "help keep the peace in the strait."'
    response = client.post("/v1/quotes", json={"text": text})
    assert response.status_code == 200
    (quote,) = response.json["quotes"]
    assert quote["speaker"]["mention"]["text"] == "it"


def test_meta(client, nlp):
    """Meta names the service, the model and the text's length in code points."""
    text = '"Wir schaffen das," sagte sie. Ça va — “très bien.”'
    response = client.post("/v1/quotes", json={"text": text})
    assert response.json["meta"] == {
        "service": {"name": "quotes", "version": metadata.version("quotes")},
        "model": describe(nlp),
        "characters": len(text),
    }


@pytest.mark.parametrize("text", [
    "No quotation here at all.",
    "A lone “ mark, and nothing after it.",
    'Scare "quotes" only.',
    "\x00\ufeff x",
])
def test_text_without_quotes(client, text):
    """Text without a quotation answers an empty list."""
    response = client.post("/v1/quotes", **as_plain(text))
    assert response.status_code == 200
    assert response.json["quotes"] == []


def test_offsets_index_the_text(client):
    """Every span's text is the article's characters between its offsets."""
    text = 'Émigré “Ça ira, ça ira,” said Mayor Anne Hidalgo of Paris. "Et voilà," she added.'
    quotes = client.post("/v1/quotes", json={"text": text}).json["quotes"]
    assert quotes
    for quote in quotes:
        spans = [quote, quote["cue"], (quote["speaker"] or {}).get("mention")]
        for span in filter(None, spans):
            assert text[span["start"]:span["end"]] == span["text"]


ERRORS = [
    # (id, request arguments, status, problem type, expected `errors` or None)
    ("malformed-json", {"data": b'{"text": ', "content_type": "application/json"},
     400, "malformed-json", None),
    ("json-nested-deep", {"data": b"[" * 100_000, "content_type": "application/json"},
     400, "malformed-json", None),
    ("json-huge-int", {"data": b'{"text": ' + b"9" * 5000 + b"}",
                       "content_type": "application/json"}, 400, "malformed-json", None),
    ("plain-bad-utf8", {"data": b"caf\xe9", "content_type": "text/plain"},
     400, "invalid-encoding", None),
    ("json-bad-utf8", {"data": b'{"text": "caf\xe9"}', "content_type": "application/json"},
     400, "invalid-encoding", None),
    ("ascii-not-ascii", {"data": "café".encode(), "content_type": "text/plain; charset=us-ascii"},
     400, "invalid-encoding", None),
    ("no-content-type", {"data": b"some text"}, 415, "unsupported-media-type", None),
    ("html", {"data": b"<p>hi</p>", "content_type": "text/html"},
     415, "unsupported-media-type", None),
    ("form", {"data": {"text": "hi"}}, 415, "unsupported-media-type", None),
    ("latin-1", {"data": b"caf\xe9", "content_type": "text/plain; charset=iso-8859-1"},
     415, "unsupported-media-type", None),
    ("gzip", {"data": b"\x1f\x8b", "content_type": "text/plain",
              "headers": {"Content-Encoding": "gzip"}}, 415, "unsupported-media-type", None),
    ("missing-text", {"json": {}}, 422, "validation-error",
     {"text": ["Missing data for required field."]}),
    ("null-text", {"json": {"text": None}}, 422, "validation-error",
     {"text": ["Field may not be null."]}),
    ("number-text", {"json": {"text": 42}}, 422, "validation-error",
     {"text": ["Not a valid string."]}),
    ("unknown-field", {"json": {"text": "ok text", "lang": "en"}}, 422, "validation-error",
     {"lang": ["Unknown field."]}),
    ("not-an-object", {"json": ["text"]}, 422, "validation-error",
     {"_schema": ["Invalid input type."]}),
    ("json-empty", {"json": {"text": ""}}, 422, "validation-error",
     {"text": ["text must not be empty."]}),
    ("json-whitespace", {"json": {"text": " \n\t\u00a0"}}, 422, "validation-error",
     {"text": ["text must not be empty."]}),
    ("plain-empty", {"data": b"", "content_type": "text/plain"}, 422, "validation-error",
     {"text": ["text must not be empty."]}),
    ("plain-whitespace", {"data": b"\r\n  \n", "content_type": "text/plain"}, 422,
     "validation-error", {"text": ["text must not be empty."]}),
    ("surrogate", {"data": b'{"text": "\\"Oh \\ud800 no,\\" she said."}',
                   "content_type": "application/json"}, 422, "validation-error",
     {"text": ["text must not contain unpaired surrogates."]}),
    ("unknown-include", {"json": {"text": "ok text"}, "query_string": "include=kind,speaker,x"}, 422,
     "validation-error", {"include": ["Unknown field 'speaker'; choose from kind, rule.",
                                      "Unknown field 'x'; choose from kind, rule."]}),
    ("include-with-spaces", {"json": {"text": "ok text"}, "query_string": "include= kind,rule"}, 422,
     "validation-error", {"include": ["Unknown field ' kind'; choose from kind, rule."]}),
    ("include-form-feed", {"json": {"text": "ok text"}, "query_string": "include=%0C"}, 422,
     "validation-error", {"include": ["Unknown field '\\x0c'; choose from kind, rule."]}),
]


@pytest.mark.parametrize("kwargs, status, type_, errors",
                         [case[1:] for case in ERRORS], ids=[case[0] for case in ERRORS])
def test_post_errors(client, kwargs, status, type_, errors):
    """Each bad request gets its own status and problem type; 422s carry field messages."""
    body = assert_problem(client.post("/v1/quotes", **kwargs), status, type_)
    assert body.get("errors") == errors


@pytest.mark.parametrize("method, path, status, allow", [
    ("get", "/nowhere", 404, None),
    ("post", "/v1/quotes/", 404, None),
    ("get", "/v1/quotes", 405, {"POST"}),
    ("delete", "/v1/quotes", 405, {"POST"}),
    ("post", "/livez", 405, {"GET", "HEAD"}),
    ("put", "/openapi.yaml", 405, {"GET", "HEAD"}),
])
def test_routing_errors(client, method, path, status, allow):
    """Unknown paths and wrong methods are about:blank problems; 405 keeps Allow."""
    response = getattr(client, method)(path)
    assert_problem(response, status, "about:blank", path)
    if allow:
        assert allow <= {m.strip() for m in response.headers["Allow"].split(",")}


@pytest.mark.parametrize("size, status", [(64, 200), (65, 413)])
@pytest.mark.parametrize("media", ["text/plain", "application/json"])
def test_body_limit(make_app, media, size, status):
    """A body of exactly MAX_BODY_BYTES passes; one byte more is 413 body-too-large."""
    client = make_app(MAX_BODY_BYTES=64).test_client()
    body = b"x" * size if media == "text/plain" else b'{"text": "' + b"x" * (size - 12) + b'"}'
    assert len(body) == size
    response = client.post("/v1/quotes", data=body, content_type=media)
    if status == 200:
        assert response.status_code == 200, response.json
    else:
        assert_problem(response, 413, "body-too-large")


@pytest.mark.parametrize("size, status", [(63, 200), (64, 200), (65, 413), (10_000, 413)])
def test_body_limit_chunked(make_app, size, status):
    """A body streamed without Content-Length (chunked) has the same limit."""
    client = make_app(MAX_BODY_BYTES=64).test_client()
    response = client.post("/v1/quotes", input_stream=io.BytesIO(b"x" * size),
                           content_type="text/plain",
                           headers={"Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})
    if status == 200:
        assert response.json["meta"]["characters"] == size
    else:
        assert_problem(response, 413, "body-too-large")


@pytest.mark.parametrize("text, status", [
    ("é" * 10, 200),    # ten characters, twenty bytes: the limit counts characters
    ("x" * 10, 200),
    ("x" * 11, 413),
])
@pytest.mark.parametrize("as_body", [as_json, as_plain], ids=["json", "plain"])
def test_text_limit(make_app, as_body, text, status):
    """A text of exactly MAX_TEXT_CHARS passes; one character more is 413 text-too-long."""
    client = make_app(MAX_TEXT_CHARS=10).test_client()
    response = client.post("/v1/quotes", **as_body(text))
    if status == 200:
        assert response.status_code == 200
        assert response.json["meta"]["characters"] == len(text)
    else:
        assert_problem(response, 413, "text-too-long")


@pytest.mark.parametrize("path, body", [
    ("/livez", {"status": "ok"}),
    ("/readyz", {"status": "ready"}),
])
def test_health(client, path, body):
    """Liveness and readiness answer 200 with a status."""
    response = client.get(path)
    assert response.status_code == 200
    assert response.json == body


def test_not_ready(app):
    """Without a loaded pipeline readiness is a 503 problem, liveness still 200."""
    app.extensions["quotes"] = None
    client = app.test_client()
    assert_problem(client.get("/readyz"), 503, "not-ready", "/readyz")
    assert client.get("/livez").status_code == 200


def test_version(client, nlp):
    """The version route names the package and the pipeline."""
    response = client.get("/v1/version")
    assert response.status_code == 200
    assert response.json == {"service": {"name": "quotes", "version": metadata.version("quotes")},
                             "model": describe(nlp)}


def test_openapi_document(client):
    """The spec is served as application/yaml."""
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.get_data(as_text=True).startswith("openapi: 3.1.0")


def test_openapi_document_missing(make_app, tmp_path):
    """A copy without the document answers 404 problem."""
    client = make_app(OPENAPI_PATH=str(tmp_path / "none.yaml")).test_client()
    assert_problem(client.get("/openapi.yaml"), 404, "about:blank", "/openapi.yaml")


class Broken:
    """An extractor with a bug that quotes its input in the message."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        raise RuntimeError(f"cannot handle {text}")


def test_unexpected_error(app, caplog):
    """A bug answers a bare 500 problem and is logged without the article."""
    app.extensions["quotes"] = Broken(app.extensions["quotes"].nlp)
    with caplog.at_level(logging.ERROR):
        response = app.test_client().post("/v1/quotes", json={"text": "SECRET ARTICLE"})
    body = assert_problem(response, 500, "about:blank")
    assert "SECRET" not in json.dumps(body)
    assert "RuntimeError" in caplog.text
    assert "SECRET" not in caplog.text


@pytest.mark.parametrize("env, config, expected", [
    ({"QUOTES_MAX_BODY_BYTES": "1234"}, {}, 1234),
    ({"QUOTES_MAX_BODY_BYTES": "1234"}, {"MAX_BODY_BYTES": 99}, 99),
    ({}, {}, 1_000_000),
])
def test_settings_order(make_app, monkeypatch, env, config, expected):
    """Defaults, then QUOTES_* environment, then the caller's dict; the body limit follows."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    app = make_app(**config)
    assert app.config["MAX_BODY_BYTES"] == app.config["MAX_CONTENT_LENGTH"] == expected


@pytest.mark.parametrize("limit", [0, 1_000_001])
def test_text_limit_bounds(make_app, limit):
    """MAX_TEXT_CHARS must fit the pipeline's max_length."""
    with pytest.raises(ValueError, match="MAX_TEXT_CHARS"):
        make_app(MAX_TEXT_CHARS=limit)


QUOTE_PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "'", "«", "»", " said", " she said.", ", according to ",
    ": ", "\n", "\n\n", " ", ".", "Mr. Smith", " Annalena Baerbock", " of Germany",
    " told reporters", "We will win the vote",
])
ARTICLES = st.lists(st.one_of(QUOTE_PIECES, st.text(max_size=8)), min_size=1, max_size=40)
# Blank as the contract's `pattern: "\\S"` has it: ECMAScript's white space, not Python's
# (to which U+001C..U+001F and U+0085 are white space too, so `str.strip` is no oracle).
ECMA_WHITE_SPACE = frozenset("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") \
    | {chr(code) for code in range(0x2000, 0x200b)}


@pytest.mark.parametrize(("text", "status"), [
    ("\u3000\u2028\ufeff ", 422),  # white space to ECMAScript: blank
    ("\x1f", 200), ("\x85", 200),  # white space to Python only: text
])
def test_blank_is_the_contracts_blank(client, text, status):
    assert client.post("/v1/quotes", json={"text": text}).status_code == status


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pieces=ARTICLES)
def test_any_text_is_answered(client, pieces):
    """Odd texts full of quote marks get a 200 (or a 422 when blank) with true offsets."""
    text = "".join(pieces)
    response = client.post("/v1/quotes", json={"text": text})
    if all(character in ECMA_WHITE_SPACE for character in text):
        assert response.status_code == 422
        return
    assert response.status_code == 200
    for quote in response.json["quotes"]:
        for span in filter(None, [quote, quote["cue"], (quote["speaker"] or {}).get("mention")]):
            assert text[span["start"]:span["end"]] == span["text"]
