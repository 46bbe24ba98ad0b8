"""POST /v1/quotes/batch: answers in order and equal to the single endpoint's, per-document
errors in place, limits, schema errors, include, the time budget, logs and metrics."""

from __future__ import annotations

import json
import logging
import random
import time

import pytest

from service import batch
from service.batch import pipe_quotes
from tests.conftest import SEED
from tests.test_accesslog import MARKER, access_lines  # noqa: F401  (a fixture)
from tests.test_api import assert_problem
from tests.test_budget import PATHOLOGICAL
from tests.test_cli import TEXTS
from tests.test_metrics import samples

BATCH = "/v1/quotes/batch"
SEED_TEXT = SEED.with_suffix(".txt").read_text(encoding="utf-8")
ARTICLES = TEXTS + [SEED_TEXT]
PEOPLE = ["Annalena Baerbock", "Karine Jean-Pierre", "Olaf Scholz", "Antony Blinken",
          "Emmanuel Macron", "Ursula von der Leyen", "Maria Lopez"]


def documents(texts: list[str], ids: list[str] | None = None) -> dict:
    """A batch body: each text with its id (by default doc-0, doc-1, ...)."""
    ids = ids or [f"doc-{n}" for n in range(len(texts))]
    return {"documents": [{"id": id_, "text": text} for id_, text in zip(ids, texts)]}


def as_json(body) -> dict:
    """Request arguments for a JSON body with non-ASCII escaped (lone surrogates too)."""
    return {"data": json.dumps(body), "content_type": "application/json"}


def single(client, text: str, query: str = "") -> dict:
    """What POST /v1/quotes answers for the text alone (JSON body)."""
    return client.post(f"/v1/quotes{query}", **as_json({"text": text})).json


def article(index: int) -> str:
    """A small article of its own: its speaker, its number, its count of quotes."""
    name = PEOPLE[index % len(PEOPLE)]
    surname = name.split()[-1]
    quotes = " ".join(f'"Point {n} of plan {index} will be settled by the winter," {surname} said.'
                      for n in range(1 + index % 3))
    return f"{name} spoke on Monday in session {index}. {quotes}"


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_order_and_answers_equal_the_single_endpoint(make_app, batch_size):
    """Results come in request order, with their ids, each exactly the lone answer."""
    client = make_app(BATCH_SIZE=batch_size).test_client()
    texts = ARTICLES[::-1]
    ids = ["seed", "z", "a", "10", "é"]
    response = client.post(BATCH, json=documents(texts, ids))
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    results = response.json["results"]
    assert [result["id"] for result in results] == ids
    assert [result["quotes"] for result in results] == [single(client, t)["quotes"] for t in texts]
    meta = single(client, texts[0])["meta"]
    assert response.json["meta"] == {"service": meta["service"], "model": meta["model"]}


def test_seed_article_in_a_batch(client, seed):
    """The seed article gives exactly its expected quotes, wherever it stands in the batch."""
    body, expected = seed
    text = body.decode("utf-8")
    results = client.post(BATCH, json=documents([TEXTS[0], text, TEXTS[2], text])).json["results"]
    assert results[1]["quotes"] == results[3]["quotes"] == expected["quotes"]


def test_never_mixes_up_documents(make_app):
    """Many different articles, shuffled, some twice, over several nlp.pipe batches: every
    result's quotes index its own document and equal that document's lone answer."""
    client = make_app(BATCH_SIZE=4).test_client()
    indexes = list(range(20)) + random.Random(7).sample(range(20), 10)
    random.Random(8).shuffle(indexes)
    texts = [article(index) for index in indexes]
    results = client.post(BATCH, json=documents(texts)).json["results"]
    assert [result["id"] for result in results] == [f"doc-{n}" for n in range(len(texts))]
    for index, text, result in zip(indexes, texts, results):
        assert len(result["quotes"]) == 1 + index % 3, result["id"]
        for quote in result["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            assert f"of plan {index} " in quote["text"]
        assert result["quotes"] == single(client, text)["quotes"]


BAD_TEXTS = [
    # (id, text, status, problem type, errors)
    ("empty", "", 422, "validation-error", {"text": ["text must not be empty."]}),
    ("whitespace", " \n\t\u00a0", 422, "validation-error", {"text": ["text must not be empty."]}),
    ("surrogate", '"Oh \ud800 no," she said.', 422, "validation-error",
     {"text": ["text must not contain unpaired surrogates."]}),
    ("too-long", "x" * 201, 413, "text-too-long", None),
]


@pytest.mark.parametrize("text, status, type_, errors", [case[1:] for case in BAD_TEXTS],
                         ids=[case[0] for case in BAD_TEXTS])
def test_bad_text_gets_its_own_error(make_app, text, status, type_, errors):
    """A bad text gets, in its place, the problem POST /v1/quotes answers for it; the others
    are answered."""
    client = make_app(MAX_TEXT_CHARS=200).test_client()
    good = [TEXTS[0], TEXTS[2]]
    response = client.post(BATCH, **as_json(documents([good[0], text, good[1]])))
    assert response.status_code == 200
    first, bad, last = response.json["results"]
    assert [first["quotes"], last["quotes"]] == [single(client, t)["quotes"] for t in good]
    assert set(bad) == {"id", "error"}
    alone = client.post("/v1/quotes", **as_json({"text": text}))
    assert alone.status_code == status
    assert bad["error"] == {**alone.json, "instance": BATCH}
    assert bad["error"]["type"].endswith(type_) and bad["error"].get("errors") == errors


def test_pipeline_failure_costs_one_document(app, monkeypatch, caplog):
    """A text the pipeline fails on gets a bare 500 in its place (logged without the text);
    the texts before and after it, in the same nlp.pipe batch, are answered."""
    real = batch.extract

    def broken(doc, min_words, text=None):
        if MARKER in doc.text:
            raise RuntimeError(f"cannot handle {doc.text}")
        return real(doc, min_words, text)

    client = app.test_client()
    expected = [single(client, text)["quotes"] for text in TEXTS]
    monkeypatch.setattr(batch, "extract", broken)
    texts = TEXTS[:2] + [f'"{MARKER} is here," she said.'] + TEXTS[2:]
    with caplog.at_level(logging.ERROR):
        results = client.post(BATCH, json=documents(texts)).json["results"]
    assert [r["quotes"] for r in results[:2] + results[3:]] == expected
    assert results[2]["error"] == {
        "type": "about:blank", "title": "Internal Server Error", "status": 500,
        "detail": "The server could not process the request.", "instance": BATCH}
    assert "RuntimeError" in caplog.text and MARKER not in caplog.text


def test_pipe_quotes_redoes_the_rest_one_by_one(nlp, extractor, monkeypatch):
    """The shared helper: a failing text yields its exception in place, the others their quotes."""
    real = batch.extract

    def broken(doc, min_words, text=None):
        if "rain" in doc.text:
            raise ValueError("no rain")
        return real(doc, min_words, text)

    monkeypatch.setattr(batch, "extract", broken)
    texts = [TEXTS[0], '"It will rain all week long," she said.', TEXTS[3]]
    found = list(pipe_quotes(nlp, texts, batch_size=16))
    assert isinstance(found[1], ValueError)
    assert [found[0], found[2]] == [[q.to_dict() for q in extractor(t)]
                                    for t in (texts[0], texts[2])]


@pytest.mark.parametrize("lengths, size, max_chars, groups", [
    ([1, 1, 1, 1, 1], 2, None, [2, 2, 1]),
    ([1, 1, 1], 16, None, [3]),
    ([40, 40, 40, 10], 16, 100, [2, 2]),
    ([150, 10, 10], 16, 100, [1, 2]),
    ([10, 150, 10], 16, 100, [1, 1, 1]),
    ([50, 50, 50, 50, 50], 2, 200, [2, 2, 1]),
])
def test_texts_are_parsed_in_bounded_groups(lengths, size, max_chars, groups):
    """At most `size` texts and `max_chars` characters go to nlp.pipe at once; order kept."""
    texts = ["x" * length for length in lengths]
    found = list(batch._groups(texts, size, max_chars))
    assert [len(group) for group in found] == groups
    assert [text for group in found for text in group] == texts


@pytest.mark.parametrize("count, status", [(3, 200), (4, 413)])
def test_document_count_limit(make_app, count, status):
    """MAX_BATCH_DOCUMENTS documents pass; one more is 413 too-many-documents."""
    client = make_app(MAX_BATCH_DOCUMENTS=3).test_client()
    response = client.post(BATCH, json=documents([TEXTS[1]] * count))
    if status == 200:
        assert len(response.json["results"]) == count
    else:
        body = assert_problem(response, 413, "too-many-documents", BATCH)
        assert body["detail"] == "The batch has 4 documents; the limit is 3."


def test_count_is_checked_before_the_schema(make_app):
    """Too many documents is a 413 even when they are malformed too: no item-by-item 422."""
    client = make_app(MAX_BATCH_DOCUMENTS=3).test_client()
    assert_problem(client.post(BATCH, json={"documents": [5] * 1000}), 413, "too-many-documents",
                   BATCH)


@pytest.mark.parametrize("extra, status", [(0, 200), (1, 413)])
def test_body_limit_is_for_the_whole_batch(make_app, extra, status):
    """MAX_BODY_BYTES holds for the whole body, whatever its documents."""
    body = json.dumps(documents(["x y z"] * 10)).encode()
    client = make_app(MAX_BODY_BYTES=len(body)).test_client()
    response = client.post(BATCH, data=body + b" " * extra, content_type="application/json")
    if status == 200:
        assert len(response.json["results"]) == 10
    else:
        assert_problem(response, 413, "body-too-large", BATCH)


def test_config_from_environment_and_bounds(make_app, monkeypatch):
    """QUOTES_MAX_BATCH_DOCUMENTS and QUOTES_BATCH_SIZE are read; each must be at least 1."""
    monkeypatch.setenv("QUOTES_MAX_BATCH_DOCUMENTS", "7")
    monkeypatch.setenv("QUOTES_BATCH_SIZE", "3")
    app = make_app()
    assert (app.config["MAX_BATCH_DOCUMENTS"], app.config["BATCH_SIZE"]) == (7, 3)
    for key in ("MAX_BATCH_DOCUMENTS", "BATCH_SIZE"):
        with pytest.raises(ValueError, match=key):
            make_app(**{key: 0})


GOOD = {"id": "a", "text": "x y z"}
SCHEMA_ERRORS = [
    # (id, JSON body, expected `errors`)
    ("not-an-object", ["documents"], {"_schema": ["Invalid input type."]}),
    ("no-documents", {}, {"documents": ["Missing data for required field."]}),
    ("null-documents", {"documents": None}, {"documents": ["Field may not be null."]}),
    ("documents-not-a-list", {"documents": GOOD}, {"documents": ["Not a valid list."]}),
    ("empty-list", {"documents": []}, {"documents": ["documents must not be empty."]}),
    ("unknown-field", {"documents": [GOOD], "lang": "en"}, {"lang": ["Unknown field."]}),
    ("document-not-an-object", {"documents": [GOOD, "text"]},
     {"documents.1": ["Invalid input type."]}),
    ("missing-id", {"documents": [{"text": "x y z"}]},
     {"documents.0.id": ["Missing data for required field."]}),
    ("missing-text", {"documents": [GOOD, {"id": "b"}]},
     {"documents.1.text": ["Missing data for required field."]}),
    ("number-id", {"documents": [{"id": 7, "text": "x y z"}]},
     {"documents.0.id": ["Not a valid string."]}),
    ("empty-id", {"documents": [{"id": "", "text": "x y z"}]},
     {"documents.0.id": ["Length must be between 1 and 256."]}),
    ("long-id", {"documents": [{"id": "i" * 257, "text": "x y z"}]},
     {"documents.0.id": ["Length must be between 1 and 256."]}),
    ("surrogate-id", {"documents": [{"id": "a\ud800", "text": "x y z"}]},
     {"documents.0.id": ["id must not contain unpaired surrogates."]}),
    ("null-text", {"documents": [{"id": "a", "text": None}]},
     {"documents.0.text": ["Field may not be null."]}),
    ("number-text", {"documents": [{"id": "a", "text": 42}]},
     {"documents.0.text": ["Not a valid string."]}),
    ("unknown-document-field", {"documents": [{**GOOD, "lang": "en"}]},
     {"documents.0.lang": ["Unknown field."]}),
    ("several", {"documents": [{"id": 1}, GOOD, {"id": "c", "text": []}]},
     {"documents.0.id": ["Not a valid string."],
      "documents.0.text": ["Missing data for required field."],
      "documents.2.text": ["Not a valid string."]}),
    ("duplicate-ids",
     {"documents": [GOOD, {"id": "b", "text": "x"}, GOOD, {"id": "b", "text": ""}, GOOD]},
     {"documents.2.id": ["Duplicate id; documents.0 has it too."],
      "documents.3.id": ["Duplicate id; documents.1 has it too."],
      "documents.4.id": ["Duplicate id; documents.0 has it too."]}),
]


@pytest.mark.parametrize("body, errors", [case[1:] for case in SCHEMA_ERRORS],
                         ids=[case[0] for case in SCHEMA_ERRORS])
def test_schema_errors_fail_the_whole_batch(client, body, errors):
    """Errors of shape are a 422 for the request, messages under dotted paths."""
    problem = assert_problem(client.post(BATCH, **as_json(body)), 422, "validation-error", BATCH)
    assert problem["detail"] == "The request does not match the BatchRequest schema."
    assert problem["errors"] == errors


def test_longest_id_passes(client):
    """An id of 256 characters is fine, and comes back as sent."""
    response = client.post(BATCH, json={"documents": [{"id": "i" * 256, "text": "x y z"}]})
    assert response.json["results"] == [{"id": "i" * 256, "quotes": []}]


REQUEST_ERRORS = [
    # (id, request arguments, status, problem type)
    ("plain-text", {"data": b"some text", "content_type": "text/plain"},
     415, "unsupported-media-type"),
    ("no-content-type", {"data": b"{}"}, 415, "unsupported-media-type"),
    ("gzip", {"data": b"\x1f\x8b", "content_type": "application/json",
              "headers": {"Content-Encoding": "gzip"}}, 415, "unsupported-media-type"),
    ("malformed-json", {"data": b'{"documents": [', "content_type": "application/json"},
     400, "malformed-json"),
    ("bad-utf8", {"data": b'{"documents": [{"id": "a", "text": "caf\xe9"}]}',
                  "content_type": "application/json"}, 400, "invalid-encoding"),
]


@pytest.mark.parametrize("kwargs, status, type_", [case[1:] for case in REQUEST_ERRORS],
                         ids=[case[0] for case in REQUEST_ERRORS])
def test_request_errors(client, kwargs, status, type_):
    """JSON only, well formed and UTF-8, as on POST /v1/quotes."""
    assert_problem(client.post(BATCH, **kwargs), status, type_, BATCH)


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_other_methods(client, method):
    """Only POST: 405 with Allow."""
    response = getattr(client, method)(BATCH)
    assert_problem(response, 405, "about:blank", BATCH)
    assert "POST" in response.headers["Allow"]


@pytest.mark.parametrize("query", ["", "?include=", "?include=kind", "?include=rule",
                                   "?include=kind,rule", "?include=rule&include=kind"])
def test_include_as_on_the_single_endpoint(client, query):
    """`include` adds the same fields to every quote of every document."""
    texts = [TEXTS[0], 'Maria Lopez called the plan "a complete and total failure" on Monday.',
             TEXTS[2]]
    results = client.post(BATCH + query, json=documents(texts)).json["results"]
    assert [r["quotes"] for r in results] == [single(client, t, query)["quotes"] for t in texts]


def test_unknown_include_fails_the_batch(client):
    """An unknown include name is the single endpoint's 422, for the whole batch."""
    response = client.post(BATCH + "?include=kind,speaker", json=documents(TEXTS))
    alone = client.post("/v1/quotes?include=kind,speaker", json={"text": TEXTS[0]})
    problem = assert_problem(response, 422, "validation-error", BATCH)
    assert problem["errors"] == alone.json["errors"]


def test_time_budget_is_for_the_whole_batch(make_app, nlp, seed):
    """Past the budget, documents done keep their quotes and the rest get a 503 in place;
    the interrupted parse leaves nothing behind and the next request is exact."""
    app = make_app(BATCH_SIZE=1)
    client = app.test_client()
    body, expected = seed
    client.post(BATCH, json=documents([body.decode("utf-8")]))
    strings = len(nlp.vocab.strings)
    app.config["TIME_BUDGET"] = 0.5
    started = time.perf_counter()
    response = client.post(BATCH, json=documents([TEXTS[0], PATHOLOGICAL, TEXTS[2]]))
    assert time.perf_counter() - started < 2.5
    assert response.status_code == 200
    done, late, later = response.json["results"]
    assert done["quotes"] == single(client, TEXTS[0])["quotes"]
    assert late["error"] == later["error"]
    assert late["error"]["status"] == 503
    assert late["error"]["type"] == "https://quotes.example/problems/time-budget-exceeded"
    assert "0.5 s" in late["error"]["detail"]
    app.config["TIME_BUDGET"] = 20
    results = client.post(BATCH, json=documents([body.decode("utf-8")])).json["results"]
    assert results[0]["quotes"] == expected["quotes"]
    assert len(nlp.vocab.strings) == strings


def test_access_log_counts_and_never_the_text(client, access_lines, capsys):  # noqa: F811
    """One line: documents, characters, quotes and failed documents; no text."""
    texts = [f'"We will not back down, {MARKER}," a spokesman for the Pentagon said.', "", TEXTS[2]]
    client.post(BATCH, json=documents(texts, ids=["a", MARKER, "c"]))
    assert len(access_lines) == 1
    entry = json.loads(access_lines[0])
    assert entry["path"] == BATCH and entry["status"] == 200
    assert (entry["documents"], entry["text_chars"], entry["quotes"], entry["document_errors"]) \
        == (3, sum(map(len, texts)), 3, 1)
    assert MARKER not in "\n".join(access_lines) + "".join(capsys.readouterr())


def test_metrics_per_answered_document(client):
    """Each answered document is counted as an article; the request once, under its route."""
    texts = [TEXTS[0], "", TEXTS[2]]
    client.post(BATCH, json=documents(texts))
    found = samples(client)
    assert found[("quotes_http_requests_total",
                  (("method", "POST"), ("route", BATCH), ("status", "200")))] == 1
    assert found[("quotes_per_text_count", ())] == 2
    assert found[("quotes_returned_total", ())] == 3
    assert found[("quotes_text_characters_sum", ())] == len(TEXTS[0]) + len(TEXTS[2])
