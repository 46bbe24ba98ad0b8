"""Every marshmallow schema of the API; openapi.yaml's components mirror them one to one.

A schema named `FooSchema` here is the component `Foo` in openapi.yaml, with the same
property names, the same required list and the same nullability (tests/test_contract.py
holds the two together).
"""

from __future__ import annotations

import re

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

# Unpaired surrogates can arrive as JSON escapes ("\ud800") but are not text: spaCy
# cannot encode them, and no client can mean them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Same test as the spec's `pattern: "\\S"`: at least one non-whitespace character, where
# whitespace is JSON Schema's (ECMA-262) `\s`, not Python's: U+001C-U+001F and U+0085
# count as text, U+FEFF (a BOM) as space.
_ECMA_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_VISIBLE = re.compile(f"[^{_ECMA_SPACE}]")
# Longest document id a batch may use, in characters.
MAX_ID_CHARS = 256


def _not_blank(text: str) -> None:
    """Reject empty and whitespace-only text."""
    if not _VISIBLE.search(text):
        raise ValidationError("text must not be empty.")


def _no_surrogates(name: str):
    """A validator rejecting strings that hold unpaired UTF-16 surrogates, for field `name`."""

    def check(value: str) -> None:
        if _SURROGATE.search(value):
            raise ValidationError(f"{name} must not contain unpaired surrogates.")

    return check


class QuoteRequestSchema(Schema):
    """The JSON request body: the article text and nothing else (unknown fields are errors)."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True, validate=[_not_blank, _no_surrogates("text")])


class SpanSchema(Schema):
    """A stretch of the article: its text and code-point offsets, `text == article[start:end]`."""

    text = fields.String(required=True)
    start = fields.Integer(required=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, validate=validate.Range(min=0))


class SpeakerSchema(Schema):
    """Who said a quote: name, role and affiliation when the article gives them."""

    name = fields.String(required=True, allow_none=True)
    role = fields.String(required=True, allow_none=True)
    affiliation = fields.String(required=True, allow_none=True)
    mention = fields.Nested(SpanSchema, required=True)


class QuoteSchema(Schema):
    """One direct quotation (the words between the marks), its speaker and its cue."""

    text = fields.String(required=True)
    start = fields.Integer(required=True, validate=validate.Range(min=0))
    end = fields.Integer(required=True, validate=validate.Range(min=0))
    speaker = fields.Nested(SpeakerSchema, required=True, allow_none=True)
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)
    # Only in answers to requests with ?include=kind / ?include=rule.
    kind = fields.String(validate=validate.OneOf(["full", "partial"]))
    rule = fields.String(allow_none=True)


class NameVersionSchema(Schema):
    """A named, versioned piece of the service: the package or the spaCy pipeline."""

    name = fields.String(required=True)
    version = fields.String(required=True)


class MetaSchema(Schema):
    """What produced an answer, and how long the text was (in code points)."""

    service = fields.Nested(NameVersionSchema, required=True)
    model = fields.Nested(NameVersionSchema, required=True)
    characters = fields.Integer(required=True, validate=validate.Range(min=0))


class QuotesResponseSchema(Schema):
    """The answer to POST /v1/quotes: quotes in text order, and meta."""

    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class VersionSchema(Schema):
    """The answer to GET /v1/version."""

    service = fields.Nested(NameVersionSchema, required=True)
    model = fields.Nested(NameVersionSchema, required=True)


class HealthSchema(Schema):
    """The answer to GET /livez and GET /readyz while healthy."""

    status = fields.String(required=True)


class ProblemSchema(Schema):
    """An RFC 9457 problem detail; `errors` (field -> messages) only on 422."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    instance = fields.String(required=True)
    errors = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))


class BatchDocumentSchema(Schema):
    """One document of a batch: the client's id for it and its text.

    Only the shape is checked here; the text's content (blank, surrogates, too long) is
    checked per document, as QuoteRequest.text, so that one bad text fails alone.
    """

    class Meta:
        unknown = RAISE

    id = fields.String(required=True, validate=[validate.Length(min=1, max=MAX_ID_CHARS),
                                                _no_surrogates("id")])
    text = fields.String(required=True)


class BatchRequestSchema(Schema):
    """The body of POST /v1/quotes/batch: at least one document, ids unique."""

    class Meta:
        unknown = RAISE

    documents = fields.List(fields.Nested(BatchDocumentSchema), required=True,
                            validate=validate.Length(min=1, error="documents must not be empty."))

    @validates_schema
    def _unique_ids(self, data: dict, **kwargs) -> None:
        """Each id once: a repeated one is an error at its later places."""
        first: dict[str, int] = {}
        repeated = {}
        for index, document in enumerate(data["documents"]):
            earlier = first.setdefault(document["id"], index)
            if earlier != index:
                repeated[index] = {"id": [f"Duplicate id; documents.{earlier} has it too."]}
        if repeated:
            raise ValidationError({"documents": repeated})


class BatchResultSchema(Schema):
    """One document's answer, in request order: its quotes, or the problem that stopped it."""

    id = fields.String(required=True)
    quotes = fields.List(fields.Nested(QuoteSchema))
    error = fields.Nested(ProblemSchema)


class BatchResponseSchema(Schema):
    """The answer to POST /v1/quotes/batch: one result per document, and what produced them."""

    results = fields.List(fields.Nested(BatchResultSchema), required=True)
    meta = fields.Nested(VersionSchema, required=True)
