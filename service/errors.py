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

    def body(self) -> dict:
        """This problem about the current request, as a problem detail."""
        return problem_body(self.status, self.title, self.detail, self.type, self.errors)


def problem_body(status: int, title: str, detail: str, type_: str = "about:blank",
                 errors: dict | None = None) -> dict:
    """A problem detail about the current request (`instance` is its path)."""
    body = {"type": type_, "title": title, "status": status, "detail": detail,
            "instance": request.path}
    if errors is not None:
        body["errors"] = errors
    return body


def problem_response(status: int, title: str, detail: str, type_: str = "about:blank",
                     errors: dict | None = None, headers=None) -> Response:
    """A problem+json response about the current request."""
    return _respond(problem_body(status, title, detail, type_, errors), headers)


def _respond(body: dict, headers=None) -> Response:
    """A problem detail as a problem+json response."""
    response = current_app.json.response(ProblemSchema().dump(body))
    response.status_code = body["status"]
    response.mimetype = MEDIA_TYPE
    response.headers.extend(headers or ())
    return response


def _handle_problem(error: Problem) -> Response:
    """One of ours: its own type, title and detail."""
    return _respond(error.body(), error.headers.items())


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


def unexpected_problem(error: BaseException) -> dict:
    """A bug: log its type and stack (not its message, which may quote the text); the bare
    500 problem detail."""
    stack = "".join(traceback.format_tb(error.__traceback__))
    current_app.logger.error("unhandled %s in %s %s\n%s", type(error).__name__,
                             request.method, request.path, stack)
    return problem_body(500, InternalServerError().name,
                        "The server could not process the request.")


def _handle_unexpected(error: BaseException) -> Response:
    """A bug: a bare 500 problem, logged without the article."""
    return _respond(unexpected_problem(error))


def init_app(app: Flask) -> None:
    """Register the handlers: ours, Werkzeug's, then everything else."""
    app.register_error_handler(Problem, _handle_problem)
    app.register_error_handler(HTTPException, _handle_http)
    app.register_error_handler(Exception, _handle_unexpected)
