"""openapi.yaml: a valid document, honoured by the app, mirrored by the marshmallow schemas."""

from __future__ import annotations

import inspect
from importlib import metadata
from pathlib import Path

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from marshmallow import Schema, fields
from openapi_spec_validator import validate
from schemathesis.config import SchemathesisConfig

import scripts.schemathesis_hooks  # noqa: F401  (unique batch ids in generated cases)
from service import schemas

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]["schemas"]
MARSHMALLOW = {name.removesuffix("Schema"): cls for name, cls in vars(schemas).items()
               if inspect.isclass(cls) and issubclass(cls, Schema) and cls is not Schema}

# schemathesis.toml beside the spec, whatever directory pytest runs from.
schema = schemathesis.openapi.from_path(
    SPEC_PATH, config=SchemathesisConfig.from_path(SPEC_PATH.with_name("schemathesis.toml")))


@pytest.fixture(scope="module")
def wsgi_app(make_app):
    """One app for all generated cases."""
    return make_app()


def test_spec_is_valid():
    """The document is valid OpenAPI 3.1."""
    validate(SPEC)


def test_spec_version_is_package_version():
    """info.version follows the package version."""
    assert SPEC["info"]["version"] == metadata.version("quotes")


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_api_honours_spec(case, wsgi_app):
    """Generated requests get answers the document allows, and no 5xx."""
    case.call_and_validate(app=wsgi_app)


def test_spec_batch_limit_is_the_default_limit(make_app):
    """The batch's maxItems is the service's default MAX_BATCH_DOCUMENTS, so a generated
    batch the spec allows is one the default service takes."""
    documents = COMPONENTS["BatchRequest"]["properties"]["documents"]
    assert documents["maxItems"] == make_app().config["MAX_BATCH_DOCUMENTS"]


# --- marshmallow schemas and spec components --------------------------------------

FIELD_KINDS = {fields.String: "string", fields.Integer: "integer", fields.Dict: "object"}


def field_kind(field: fields.Field) -> tuple[str, bool]:
    """A marshmallow field as (kind, nullable); nested schemas by component name."""
    if isinstance(field, fields.Nested):
        return field.nested.__name__.removesuffix("Schema"), field.allow_none
    if isinstance(field, fields.List):
        return f"array<{field_kind(field.inner)[0]}>", field.allow_none
    return FIELD_KINDS[type(field)], field.allow_none


def spec_kind(prop: dict) -> tuple[str, bool]:
    """A spec property as (kind, nullable); $refs by component name."""
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[1], False
    if "oneOf" in prop:
        kinds = [spec_kind(option) for option in prop["oneOf"]]
        named = [kind for kind, _ in kinds if kind != "null"]
        assert len(named) == 1, prop
        return named[0], len(named) < len(kinds)
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    kind = next((t for t in types if t != "null"), "null")
    if kind == "array":
        kind = f"array<{spec_kind(prop['items'])[0]}>"
    return kind, "null" in types


def test_every_schema_has_a_component():
    """Each FooSchema is the component Foo, and each component has its schema."""
    assert set(MARSHMALLOW) == set(COMPONENTS)


@pytest.mark.parametrize("name", sorted(MARSHMALLOW))
def test_schema_matches_component(name):
    """Same property names, required sets, kinds and nullability."""
    declared = MARSHMALLOW[name]().fields
    component = COMPONENTS[name]
    assert set(declared) == set(component["properties"])
    assert {key for key, field in declared.items() if field.required} \
        == set(component.get("required", []))
    assert component.get("additionalProperties") is False
    for key, field in declared.items():
        assert field_kind(field) == spec_kind(component["properties"][key]), key


def test_plain_body_matches_json_text():
    """The text/plain body has the same rules as QuoteRequest.text."""
    content = SPEC["paths"]["/v1/quotes"]["post"]["requestBody"]["content"]
    plain, text = content["text/plain"]["schema"], COMPONENTS["QuoteRequest"]["properties"]["text"]
    assert {k: v for k, v in plain.items() if k != "description"} \
        == {k: v for k, v in text.items() if k != "description"}


def operations():
    """Every (path, method, operation) of the document."""
    return [(path, method, op) for path, item in SPEC["paths"].items()
            for method, op in item.items()]


def resolve(node: dict) -> dict:
    """Follow one local $ref."""
    if "$ref" not in node:
        return node
    target = SPEC
    for part in node["$ref"].removeprefix("#/").split("/"):
        target = target[part]
    return target


@pytest.mark.parametrize("path, method, op", operations(), ids=lambda v: v if isinstance(v, str) else "")
def test_errors_are_problems(path, method, op):
    """Every 4xx and 5xx response is documented as problem+json with the Problem schema."""
    for status, response in op["responses"].items():
        if status.startswith(("4", "5")):
            content = resolve(response)["content"]
            assert list(content) == ["application/problem+json"], (path, status)
            assert content["application/problem+json"]["schema"] == \
                {"$ref": "#/components/schemas/Problem"}


# --- examples run ---------------------------------------------------------------

def example(name: str):
    """The value of a component example."""
    return SPEC["components"]["examples"][name]["value"]


def response_example(name: str, response: str = "ValidationError"):
    """The value of a named example of a response (by default the 422)."""
    return SPEC["components"]["responses"][response]["content"][
        "application/problem+json"]["examples"][name]["value"]


PLAIN = SPEC["paths"]["/v1/quotes"]["post"]["requestBody"]["content"]["text/plain"]
BATCH = "/v1/quotes/batch"


@pytest.mark.parametrize("kwargs, status, expected", [
    ({"json": example("AttributedRequest")}, 200, example("AttributedResponse")),
    ({"json": example("UnattributedRequest")}, 200, example("UnattributedResponse")),
    ({"data": PLAIN["examples"]["attributed"]["value"].encode(), "content_type": "text/plain"},
     200, example("AttributedResponse")),
    ({"json": example("AttributedRequest"), "query_string": {"include": "kind,rule"}},
     200, example("DetailedResponse")),
    ({"json": example("AttributedRequest"), "query_string": {"include": "speaker"}},
     422, response_example("unknownInclude")),
    ({"json": {"text": ""}}, 422, response_example("empty")),
    ({"json": {"text": 42, "lang": "en"}}, 422, response_example("wrongType")),
    ({"json": {"text": "x" * 100_001}}, 413, response_example("textTooLong", "TooLarge")),
    ({"path": BATCH, "json": example("MixedBatchRequest")}, 200, example("MixedBatchResponse")),
    ({"path": BATCH, "json": {"documents": [{"id": str(n), "text": "x"} for n in range(33)]}},
     413, response_example("tooManyDocuments", "TooLarge")),
    ({"path": BATCH, "json": {"documents": [{"id": "", "text": 42}]}},
     422, response_example("batchShape")),
    ({"path": BATCH, "json": {"documents": [{"id": "a", "text": "One."},
                                            {"id": "a", "text": "Two."}]}},
     422, response_example("duplicateId")),
], ids=["attributed", "unattributed", "plain", "detailed", "unknown-include", "empty",
        "wrong-type", "text-too-long", "batch", "too-many-documents", "batch-shape",
        "duplicate-id"])
def test_examples_are_real(client, kwargs, status, expected):
    """The document's examples are what the service answers today."""
    response = client.post(**{"path": "/v1/quotes", **kwargs})
    assert response.status_code == status
    assert response.json == expected


def test_version_example_is_real(client):
    """The version example is what the service answers today."""
    example_ = SPEC["paths"]["/v1/version"]["get"]["responses"]["200"]["content"][
        "application/json"]["example"]
    assert client.get("/v1/version").json == example_
