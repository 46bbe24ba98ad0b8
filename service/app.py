"""The application factory: settings, the pipeline, the routes and the error handlers."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from . import accesslog, api, auth, errors, metrics
from .batch import BATCH_SIZE
from .pipeline import describe, load_pipeline
from .quotes import QuoteExtractor

# The repository's top-level openapi.yaml, next to the `service` package.
OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"

DEFAULTS = {
    "MODEL": None,               # spaCy pipeline; None: QUOTES_MODEL, else the default
    "MAX_BODY_BYTES": 1_000_000,  # larger request bodies: 413 body-too-large
    # Longer texts: 413 text-too-long. spaCy parses 7,000-15,000 characters a second
    # here, so the longest text takes 7-15 s, inside the time budget.
    "MAX_TEXT_CHARS": 100_000,
    # Seconds one extraction may take; past it, 503 time-budget-exceeded (0: no budget).
    # gunicorn.conf.py gives workers this plus 30 s before it kills them.
    "TIME_BUDGET": 20.0,
    # POST /v1/quotes/batch: more documents than this is 413 too-many-documents; the
    # body limit holds for the whole batch, and one time budget for all its documents.
    "MAX_BATCH_DOCUMENTS": 32,
    "BATCH_SIZE": BATCH_SIZE,    # texts per nlp.pipe batch
    "API_KEYS": "",              # comma-separated; empty: no authentication
    "ACCESS_LOG": True,          # one JSON line per request on stdout
    "OPENAPI_PATH": str(OPENAPI_PATH),
}


def create_app(config: dict | None = None) -> Flask:
    """Build the service: defaults, then QUOTES_* environment variables, then `config`.

    `config` may carry a loaded pipeline as NLP (tests load it once per session);
    otherwise the pipeline is loaded here, once, before gunicorn forks its workers.
    """
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("QUOTES")
    if config:
        app.config.from_mapping(config)
    for key in ("MAX_BODY_BYTES", "MAX_TEXT_CHARS", "MAX_BATCH_DOCUMENTS", "BATCH_SIZE"):
        app.config[key] = int(app.config[key])
    for key in ("MAX_BATCH_DOCUMENTS", "BATCH_SIZE"):
        if app.config[key] < 1:
            raise ValueError(f"{key} must be at least 1, not {app.config[key]}")
    app.config["TIME_BUDGET"] = float(app.config["TIME_BUDGET"])
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY_BYTES"]
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    nlp = app.config.pop("NLP", None) or load_pipeline(app.config["MODEL"])
    if not 0 < app.config["MAX_TEXT_CHARS"] <= nlp.max_length:
        raise ValueError(f"MAX_TEXT_CHARS must be between 1 and the pipeline's "
                         f"max_length ({nlp.max_length}), not {app.config['MAX_TEXT_CHARS']}")
    app.extensions["quotes"] = QuoteExtractor(nlp)
    app.logger.info("pipeline %(name)s %(version)s loaded", describe(nlp))

    accesslog.init_app(app)  # first: every later hook and answer has a request id
    metrics.init_app(app)
    auth.init_app(app)
    errors.init_app(app)
    app.register_blueprint(api.bp)
    return app
