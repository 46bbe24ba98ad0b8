"""Shared fixtures: the spaCy pipeline once per session, the extractor, the app and its client."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.app import create_app
from service.pipeline import load_pipeline
from service.quotes import QuoteExtractor

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_86915c4c104c3bba"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once for the whole run."""
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    """A QuoteExtractor over the session's pipeline."""
    return QuoteExtractor(nlp)


@pytest.fixture(scope="session")
def make_app(nlp):
    """Build an app over the session's pipeline, with extra settings."""

    def make(**settings):
        return create_app({"TESTING": True, "NLP": nlp, **settings})

    return make


@pytest.fixture
def app(make_app):
    """The app with default limits."""
    return make_app()


@pytest.fixture
def client(app):
    """A test client of `app`."""
    return app.test_client()


@pytest.fixture(scope="session")
def seed():
    """The seed article's bytes and its expected answer."""
    text = SEED.with_suffix(".txt").read_bytes()
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return text, expected
