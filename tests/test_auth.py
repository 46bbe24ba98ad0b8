"""Optional API keys: off by default; when set, /v1 wants a Bearer key, health stays open."""

from __future__ import annotations

import pytest

from service.auth import parse_keys

KEYS = "alpha-key, beta-key"


@pytest.fixture
def locked(make_app):
    """A client of an app with two keys configured."""
    return make_app(API_KEYS=KEYS).test_client()


@pytest.mark.parametrize("value, keys", [
    ("", ()),
    (None, ()),
    ("one", (b"one",)),
    (" one , two ,, ", (b"one", b"two")),
    (["one", "two"], (b"one", b"two")),
    (12345, (b"12345",)),
])
def test_parse_keys(value, keys):
    """Comma-separated (environment) or a list (test config); blanks dropped."""
    assert parse_keys(value) == keys


def test_off_by_default(client):
    """Without keys nothing asks for one."""
    assert client.post("/v1/quotes", json={"text": "x y z"}).status_code == 200


@pytest.mark.parametrize("header, detail", [
    (None, "Send the API key"),
    ("Bearer wrong-key", "not valid"),
    ("Bearer alpha-ke", "not valid"),
    ("Bearer alpha-key-and-more", "not valid"),
    ("Basic YWxwaGEta2V5", "Send the API key"),
    ("Bearer ", "Send the API key"),
    ("alpha-key", "Send the API key"),
    ("Bearer \u00e9t\u00e9", "not valid"),
])
@pytest.mark.parametrize("method, path", [("post", "/v1/quotes"), ("get", "/v1/version"),
                                          ("get", "/v1/nowhere"), ("get", "/v1/quotes")])
def test_refused(locked, header, detail, method, path):
    """A missing or wrong key on any /v1 path: 401 problem+json with a Bearer challenge."""
    headers = {"Authorization": header} if header else {}
    response = getattr(locked, method)(path, json={"text": "x y z"}, headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["type"] == "https://quotes.example/problems/unauthorized"
    assert detail in response.json["detail"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "alpha" not in response.get_data(as_text=True)


@pytest.mark.parametrize("key", ["alpha-key", "beta-key"])
@pytest.mark.parametrize("scheme", ["Bearer", "bearer"])
def test_accepted(locked, key, scheme):
    """Any configured key opens /v1."""
    headers = {"Authorization": f"{scheme} {key}"}
    assert locked.post("/v1/quotes", json={"text": "x y z"}, headers=headers).status_code == 200
    assert locked.get("/v1/version", headers=headers).status_code == 200


@pytest.mark.parametrize("path", ["/livez", "/readyz", "/metrics", "/openapi.yaml"])
def test_open_routes(locked, path):
    """Health, metrics and the document need no key."""
    assert locked.get(path).status_code == 200


def test_keys_from_environment(make_app, monkeypatch):
    """QUOTES_API_KEYS sets the keys."""
    monkeypatch.setenv("QUOTES_API_KEYS", "env-key")
    client = make_app().test_client()
    assert client.get("/v1/version").status_code == 401
    assert client.get("/v1/version", headers={"Authorization": "Bearer env-key"}).status_code == 200
