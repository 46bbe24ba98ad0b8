"""Optional API keys: with API_KEYS set, every /v1 route wants `Authorization: Bearer <key>`.

Off by default (no keys: local development). Keys are compared in constant time, each
against every configured key, so the answer's timing says nothing about how much of a
guess was right. Health, metrics and the OpenAPI document stay open.
"""

from __future__ import annotations

import hmac

from flask import Flask, current_app, request

from .errors import Problem

PROTECTED = "/v1/"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="quotes"'}


def parse_keys(value) -> tuple[bytes, ...]:
    """API_KEYS as configured (a comma-separated string or a list) -> the keys as bytes."""
    if not value:
        return ()
    # QUOTES_* values are parsed as JSON when they can be: a key of digits arrives as a number.
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return tuple(str(key).strip().encode("utf-8") for key in items if str(key).strip())


def _presented() -> bytes | None:
    """The bearer token of this request, if it sent one."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip().encode("utf-8", "surrogateescape")


def _matches(token: bytes, keys: tuple[bytes, ...]) -> bool:
    """Constant-time comparison against every key (no early exit)."""
    found = False
    for key in keys:
        found |= hmac.compare_digest(token, key)
    return found


def _check() -> None:
    """Before each request: a /v1 route without a valid key is a 401 problem."""
    keys = current_app.config["API_KEYS"]
    if not keys or not request.path.startswith(PROTECTED):
        return
    token = _presented()
    if token is None:
        raise Problem(401, "unauthorized", "Unauthorized",
                      "Send the API key as 'Authorization: Bearer <key>'.", headers=CHALLENGE)
    if not _matches(token, keys):
        raise Problem(401, "unauthorized", "Unauthorized", "The API key is not valid.",
                      headers=CHALLENGE)


def init_app(app: Flask) -> None:
    """Parse the configured keys and check every request against them."""
    app.config["API_KEYS"] = parse_keys(app.config.get("API_KEYS"))
    app.before_request(_check)
