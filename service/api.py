"""The routes: read and validate the request, extract, serialise."""

from __future__ import annotations

import json
from contextlib import closing
from functools import cache
from importlib import metadata
from pathlib import Path

from flask import Blueprint, current_app, request
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import NotFound, RequestEntityTooLarge

from . import accesslog, metrics
from .batch import pipe_quotes
from .budget import BudgetExceeded, deadline
from .errors import Problem, unexpected_problem
from .pipeline import describe
from .quotes import DETAILS, detail_names
from .schemas import (BatchRequestSchema, BatchResponseSchema, HealthSchema, QuoteRequestSchema,
                      QuotesResponseSchema, VersionSchema)

bp = Blueprint("api", __name__)

SERVICE = "quotes"
JSON, TEXT = "application/json", "text/plain"
# Charsets a body may declare; without one, UTF-8 is assumed.
CHARSETS = {"utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "ascii", "ascii": "ascii"}
# What a 415 advises, per route.
SEND_ARTICLE = 'Send the article as application/json ({"text": "..."}) or as text/plain.'
SEND_BATCH = 'Send the batch as application/json ({"documents": [{"id": "...", "text": "..."}]}).'
# Seconds a client should wait before sending again a text that ran out of time.
RETRY_AFTER = "5"


@cache
def service_version() -> str:
    """The installed version of this package."""
    try:
        return metadata.version(SERVICE)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _versions() -> dict:
    """Service and model names and versions, as answers report them."""
    extractor = current_app.extensions["quotes"]
    return {"service": {"name": SERVICE, "version": service_version()},
            "model": describe(extractor.nlp)}


def _unsupported(detail: str) -> Problem:
    """A 415 problem."""
    return Problem(415, "unsupported-media-type", "Unsupported media type", detail)


def _body_bytes() -> bytes:
    """The raw body, at most MAX_BODY_BYTES (413 beyond, streamed or not)."""
    data = request.get_data(cache=False)  # Werkzeug: 413 when Content-Length is over
    limit = current_app.config["MAX_BODY_BYTES"]
    # A streamed (chunked) body is only cut at the limit, silently: look for more.
    if request.content_length is None and request.environ.get("wsgi.input_terminated") \
            and len(data) >= limit and request.environ["wsgi.input"].read(1):
        raise RequestEntityTooLarge()
    return data


def _body_text(media_types: tuple[str, ...], advice: str) -> str:
    """The request body as text: checks encoding, media type (one of `media_types`, else 415
    with `advice`) and charset, then decodes."""
    coding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if coding not in ("", "identity"):
        raise _unsupported(f"Content-Encoding {coding!r} is not supported; send the body "
                           "uncompressed.")
    if request.mimetype not in media_types:
        raise _unsupported(advice)
    charset = request.mimetype_params.get("charset", "utf-8").strip().lower()
    if charset not in CHARSETS:
        raise _unsupported(f"charset {charset!r} is not supported; send UTF-8.")
    data = _body_bytes()
    codec = "utf-8-sig" if request.mimetype == JSON and CHARSETS[charset] == "utf-8" \
        else CHARSETS[charset]
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise Problem(400, "invalid-encoding", "Invalid encoding",
                      f"The request body is not valid {CHARSETS[charset].upper()}.") from None


def _parse_json(body: str) -> object:
    """A JSON body, parsed (400 malformed-json when it is not JSON)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise Problem(400, "malformed-json", "Malformed JSON",
                      "The request body is not valid JSON.") from None


def _flat(messages: dict, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's messages, nested ones under dotted paths ("documents.2.id"); the
    `_schema` messages of a nested object go under its own path ("documents.0")."""
    flat: dict[str, list[str]] = {}
    for key, value in messages.items():
        if prefix and key == "_schema":
            path = prefix
        else:
            path = f"{prefix}.{key}" if prefix else str(key)
        nested = _flat(value, path) if isinstance(value, dict) else {path: value}
        for name, texts in nested.items():
            flat.setdefault(name, []).extend(texts)
    return flat


def _load(schema: type[Schema], payload: object) -> dict:
    """The payload loaded by `schema` (422 validation-error with the messages per field)."""
    try:
        return schema().load(payload)
    except ValidationError as error:
        name = schema.__name__.removesuffix("Schema")
        raise Problem(422, "validation-error", "Invalid request",
                      f"The request does not match the {name} schema.",
                      errors=_flat(error.normalized_messages())) from None


def _article(payload: object) -> str:
    """The text of a QuoteRequest: its schema (422), then MAX_TEXT_CHARS (413)."""
    text = _load(QuoteRequestSchema, payload)["text"]
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise Problem(413, "text-too-long", "Text too long",
                      f"The text has {len(text)} characters; the limit is {limit}.")
    return text


def _request_text() -> str:
    """The article text of a POST /v1/quotes, JSON or plain."""
    body = _body_text((JSON, TEXT), SEND_ARTICLE)
    return _article(_parse_json(body) if request.mimetype == JSON else {"text": body})


def _include() -> tuple[str, ...]:
    """The optional quote fields named by `?include=kind,rule` (422 for any other name)."""
    names, unknown = detail_names(request.args.getlist("include"))
    if unknown:
        raise Problem(422, "validation-error", "Invalid request",
                      "The include parameter names fields a quote does not have.",
                      errors={"include": [f"Unknown field {name!r}; choose from "
                                          f"{', '.join(DETAILS)}." for name in unknown]})
    return names


def _out_of_time(detail: str) -> Problem:
    """A 503 time-budget-exceeded, with Retry-After."""
    return Problem(503, "time-budget-exceeded", "Time budget exceeded", detail,
                   headers={"Retry-After": RETRY_AFTER})


def _extract(text: str) -> list:
    """The extractor's quotes, within the time budget (503 time-budget-exceeded past it)."""
    budget = current_app.config["TIME_BUDGET"]
    try:
        with deadline(budget):
            return current_app.extensions["quotes"](text)
    except BudgetExceeded:
        raise _out_of_time(f"The text could not be processed within {budget:g} s; send a "
                           "shorter text or try again later.") from None


def _request_documents() -> list[dict]:
    """The documents of a POST /v1/quotes/batch (JSON only): at most MAX_BATCH_DOCUMENTS
    (413, counted first so that a huge batch is not checked item by item), then
    BatchRequestSchema (422)."""
    payload = _parse_json(_body_text((JSON,), SEND_BATCH))
    documents = payload.get("documents") if isinstance(payload, dict) else None
    limit = current_app.config["MAX_BATCH_DOCUMENTS"]
    if isinstance(documents, list) and len(documents) > limit:
        raise Problem(413, "too-many-documents", "Too many documents",
                      f"The batch has {len(documents)} documents; the limit is {limit}.")
    return _load(BatchRequestSchema, payload)["documents"]


def _document_text(text: str) -> str | dict:
    """A batch document's text, or the problem POST /v1/quotes would answer for it alone."""
    try:
        return _article({"text": text})
    except Problem as problem:
        return problem.body()


def _extract_batch(texts: list[str], include: tuple[str, ...]) -> list[list[dict] | dict]:
    """Each text's quotes (dicts), or its problem: 500 for a text the pipeline fails on,
    503 time-budget-exceeded for those not done when the batch's one time budget ran out."""
    extractor = current_app.extensions["quotes"]
    budget = current_app.config["TIME_BUDGET"]
    # Groups parsed together hold at most batch.GROUP_CHARS characters: memory stays near
    # that of one article.
    found = pipe_quotes(extractor.nlp, texts, current_app.config["BATCH_SIZE"], include,
                        extractor.min_words)
    answers: list[list[dict] | dict] = []
    try:
        with closing(found), deadline(budget):
            for quotes in found:
                answers.append(unexpected_problem(quotes) if isinstance(quotes, Exception)
                               else quotes)
    except BudgetExceeded:
        late = _out_of_time(f"The batch's time budget of {budget:g} s ran out before this "
                            "text was done; send it again, alone or in a smaller batch.")
        answers += [late.body()] * (len(texts) - len(answers))
    return answers


def _batch_answers(documents: list[dict], include: tuple[str, ...]) -> list[list[dict] | dict]:
    """Each document's quotes, or its problem; only texts that pass their checks are parsed."""
    answers = [_document_text(document["text"]) for document in documents]
    pending = [index for index, answer in enumerate(answers) if isinstance(answer, str)]
    extracted = _extract_batch([answers[index] for index in pending], include)
    for index, quotes in zip(pending, extracted):
        if isinstance(quotes, list):
            metrics.observe_text(len(answers[index]), len(quotes))
        answers[index] = quotes
    return answers


@bp.post("/v1/quotes")
def quotes():
    """Every direct quotation in one article, with its speaker and cue."""
    include = _include()
    text = _request_text()
    accesslog.note(text_chars=len(text))
    found = _extract(text)
    accesslog.note(quotes=len(found))
    metrics.observe_text(len(text), len(found))
    meta = {**_versions(), "characters": len(text)}
    return QuotesResponseSchema().dump({"quotes": [q.to_dict(include) for q in found],
                                         "meta": meta})


@bp.post("/v1/quotes/batch")
def quotes_batch():
    """The quotes of several articles, in request order; a document that cannot be
    answered gets its problem in its place and the others are answered."""
    include = _include()
    documents = _request_documents()
    accesslog.note(documents=len(documents),
                   text_chars=sum(len(document["text"]) for document in documents))
    results = [{"id": document["id"], "quotes" if isinstance(answer, list) else "error": answer}
               for document, answer in zip(documents, _batch_answers(documents, include))]
    accesslog.note(quotes=sum(len(result.get("quotes", ())) for result in results),
                   document_errors=sum("error" in result for result in results))
    return BatchResponseSchema().dump({"results": results, "meta": _versions()})


@bp.get("/v1/version")
def version():
    """Service and model names and versions."""
    return VersionSchema().dump(_versions())


@bp.get("/livez")
def livez():
    """Alive while the process answers."""
    return HealthSchema().dump({"status": "ok"})


@bp.get("/readyz")
def readyz():
    """Ready once the pipeline is loaded."""
    if current_app.extensions.get("quotes") is None:
        raise Problem(503, "not-ready", "Not ready", "The language model is not loaded.")
    return HealthSchema().dump({"status": "ready"})


@bp.get("/openapi.yaml")
def openapi():
    """The OpenAPI document of this service."""
    path = Path(current_app.config["OPENAPI_PATH"])
    if not path.is_file():
        raise NotFound("The OpenAPI document is not installed with this service.")
    return current_app.response_class(path.read_bytes(), mimetype="application/yaml")
