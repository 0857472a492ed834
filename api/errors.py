"""One JSON error shape for every failure: {"error": {"code", "message", "detail"}}.

Handlers are found by the exception's class (graph.errors, loaders.errors, HTTP and validation
errors); anything unexpected becomes a 500 with a generic message, and its traceback goes to the
server log only, never to the client.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import InvalidInput, NotFound, PlanlinkError, StoreError, StoreUnavailable
from loaders.errors import UnreadableDocument

log = logging.getLogger("planlink.api")


class ErrorInfo(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


class ApiError(Exception):
    """An error the API raises itself, with its status, a stable code and optional detail."""

    def __init__(self, status: int, code: str, message: str, *, detail: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers


# status and code for each domain error class; the most specific class listed wins (MRO order).
_DOMAIN: dict[type[Exception], tuple[int, str]] = {
    NotFound: (404, "not_found"),
    InvalidInput: (400, "invalid_input"),
    UnreadableDocument: (422, "unreadable_document"),
    StoreUnavailable: (503, "store_unavailable"),
    StoreError: (500, "store_error"),
    PlanlinkError: (500, "planlink_error"),
}

_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
               415: "unsupported_media_type", 422: "invalid_request"}

# Shown in the OpenAPI description of every route that can fail this way.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "Bad input", 404: "Unknown id", 422: "Invalid parameters",
    }.items()
}
WRITE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorBody, "description": "Missing or wrong bearer token"},
    403: {"model": ErrorBody, "description": "Writes disabled: no PLANLINK_API_TOKEN configured"},
}


def error_response(status: int, code: str, message: str, *, detail: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(error=ErrorInfo(code=code, message=message, detail=jsonable_encoder(detail)))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _domain_status(exc: Exception) -> tuple[int, str]:
    for cls in type(exc).__mro__:
        if cls in _DOMAIN:
            return _DOMAIN[cls]
    return 500, "internal_error"


async def _on_api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, detail=exc.detail, headers=exc.headers)


async def _on_domain_error(request: Request, exc: Exception) -> JSONResponse:
    status, code = _domain_status(exc)
    if status >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, exc, exc_info=exc)
        if status == 500:
            return error_response(status, code, "the store failed to answer; see the server log")
    message = exc.problem if isinstance(exc, UnreadableDocument) else str(exc)
    detail = {"file": exc.path} if isinstance(exc, UnreadableDocument) else None
    return error_response(status, code, message, detail=detail)


async def _on_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = "no such route; see /docs for the list of routes"
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


async def _on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"where": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", "")}
        for err in exc.errors()
    ]
    first = problems[0] if problems else {"where": "request", "problem": "invalid"}
    message = f"invalid {first['where']}: {first['problem']}"
    return error_response(422, "invalid_request", message, detail=problems)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(PlanlinkError, _on_domain_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
