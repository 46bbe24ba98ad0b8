"""Every error leaves as an RFC 9457 problem (application/problem+json)."""

from __future__ import annotations

import traceback

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from .schemas import ProblemSchema

MEDIA_TYPE = "application/problem+json"
# Problem types this service defines; plain HTTP errors use "about:blank".
TYPE_BASE = "https://quotes.example/problems/"


class Problem(Exception):
    """An error the service raises on purpose, with a problem type of its own."""

    def __init__(self, status: int, slug: str, title: str, detail: str,
                 errors: dict | None = None, headers: dict | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.type = TYPE_BASE + slug
        self.title = title
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


def problem_response(status: int, title: str, detail: str, type_: str = "about:blank",
                     errors: dict | None = None, headers=None) -> Response:
    """A problem+json response about the current request."""
    body = {"type": type_, "title": title, "status": status, "detail": detail,
            "instance": request.path}
    if errors is not None:
        body["errors"] = errors
    response = current_app.json.response(ProblemSchema().dump(body))
    response.status_code = status
    response.mimetype = MEDIA_TYPE
    response.headers.extend(headers or ())
    return response


def _handle_problem(error: Problem) -> Response:
    """One of ours: its own type, title and detail."""
    return problem_response(error.status, error.title, error.detail, error.type, error.errors,
                            headers=error.headers.items())


def _handle_http(error: HTTPException) -> Response:
    """Werkzeug's errors (404, 405, 413, ...): same shape, their headers (Allow) kept."""
    if error.code is None:
        return _handle_unexpected(error)
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    if isinstance(error, RequestEntityTooLarge):
        limit = current_app.config["MAX_BODY_BYTES"]
        return problem_response(413, "Request body too large",
                                f"The request body is larger than {limit} bytes.",
                                TYPE_BASE + "body-too-large", headers=headers)
    return problem_response(error.code, error.name, error.description or error.name,
                            headers=headers)


def _handle_unexpected(error: BaseException) -> Response:
    """A bug: log its type and stack (not its message, which may quote the text); bare 500."""
    stack = "".join(traceback.format_tb(error.__traceback__))
    current_app.logger.error("unhandled %s in %s %s\n%s", type(error).__name__,
                             request.method, request.path, stack)
    plain = InternalServerError()
    return problem_response(500, plain.name, "The server could not process the request.")


def init_app(app: Flask) -> None:
    """Register the handlers: ours, Werkzeug's, then everything else."""
    app.register_error_handler(Problem, _handle_problem)
    app.register_error_handler(HTTPException, _handle_http)
    app.register_error_handler(Exception, _handle_unexpected)
