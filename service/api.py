"""The routes: read and validate the request, extract, serialise."""

from __future__ import annotations

import json
from functools import cache
from importlib import metadata
from pathlib import Path

from flask import Blueprint, current_app, request
from marshmallow import ValidationError
from werkzeug.exceptions import NotFound, RequestEntityTooLarge

from . import accesslog, metrics
from .budget import BudgetExceeded, deadline
from .errors import Problem
from .pipeline import describe
from .quotes import DETAILS
from .schemas import HealthSchema, QuoteRequestSchema, QuotesResponseSchema, VersionSchema

bp = Blueprint("api", __name__)

SERVICE = "quotes"
JSON, TEXT = "application/json", "text/plain"
# Charsets a body may declare; without one, UTF-8 is assumed.
CHARSETS = {"utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "ascii", "ascii": "ascii"}
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


def _body_text() -> str:
    """The request body as text: checks encoding, media type and charset, then decodes."""
    coding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if coding not in ("", "identity"):
        raise _unsupported(f"Content-Encoding {coding!r} is not supported; send the body "
                           "uncompressed.")
    if request.mimetype not in (JSON, TEXT):
        raise _unsupported("Send the article as application/json ({\"text\": \"...\"}) or "
                           "as text/plain.")
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


def _request_text() -> str:
    """The article text of a POST /v1/quotes, validated by QuoteRequestSchema."""
    body = _body_text()
    if request.mimetype == JSON:
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            raise Problem(400, "malformed-json", "Malformed JSON",
                          "The request body is not valid JSON.") from None
    else:
        payload = {"text": body}
    try:
        text = QuoteRequestSchema().load(payload)["text"]
    except ValidationError as error:
        raise Problem(422, "validation-error", "Invalid request",
                      "The request does not match the QuoteRequest schema.",
                      errors=error.normalized_messages()) from None
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        raise Problem(413, "text-too-long", "Text too long",
                      f"The text has {len(text)} characters; the limit is {limit}.")
    return text


def _include() -> tuple[str, ...]:
    """The optional quote fields named by `?include=kind,rule` (422 for any other name)."""
    names = [name.strip() for value in request.args.getlist("include")
             for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - set(DETAILS))
    if unknown:
        raise Problem(422, "validation-error", "Invalid request",
                      "The include parameter names fields a quote does not have.",
                      errors={"include": [f"Unknown field {name!r}; choose from "
                                          f"{', '.join(DETAILS)}." for name in unknown]})
    return tuple(names)


def _extract(text: str) -> list:
    """The extractor's quotes, within the time budget (503 time-budget-exceeded past it)."""
    budget = current_app.config["TIME_BUDGET"]
    try:
        with deadline(budget):
            return current_app.extensions["quotes"](text)
    except BudgetExceeded:
        raise Problem(503, "time-budget-exceeded", "Time budget exceeded",
                      f"The text could not be processed within {budget:g} s; send a shorter "
                      "text or try again later.", headers={"Retry-After": RETRY_AFTER}) from None


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
