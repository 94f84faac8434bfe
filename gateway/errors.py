"""Errors the gateway raises on purpose, each mapping 1:1 to an OpenAI error body and status.

OpenAI clients branch on the HTTP status (the `openai` SDK raises BadRequestError for 400,
RateLimitError for 429, ...) and on `error.code`; keeping that mapping in one hierarchy means
a handler never invents a status code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class GatewayError(Exception):
    """Base: `status`, OpenAI `type`, optional `code`/`param`, extra response headers."""

    status: int = 500
    type: str = "server_error"
    code: str | None = None

    def __init__(
        self, message: str, *, param: str | None = None, code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return {"error": {"message": _printable(self.message), "type": self.type,
                          "param": None if self.param is None else _printable(self.param), "code": self.code}}

    def response(self, extra_headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers={**self.headers, **(extra_headers or {})})


def _printable(text: str) -> str:
    """Messages and params may quote what a client sent: a lone surrogate there would make the
    error itself unencodable (a 500 while answering a 400), so it is escaped."""
    return text if text.isascii() else text.encode("utf-8", "backslashreplace").decode("utf-8")


class InvalidRequest(GatewayError):
    status, type = 400, "invalid_request_error"


class ContextLengthExceeded(InvalidRequest):
    """The prompt does not fit the route's context (a route's `on_context_overflow` may act on it)."""

    code = "context_length_exceeded"


class AuthenticationFailed(GatewayError):
    status, type, code = 401, "invalid_request_error", "invalid_api_key"

    def __init__(self, message: str = "invalid or missing API key (Authorization: Bearer <key>)") -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class PermissionDenied(GatewayError):
    """Compliance said no: a rule rejected the request, or local-only forbids the route."""

    status, type, code = 403, "permission_error", "policy_rejected"


class NotFound(GatewayError):
    status, type, code = 404, "invalid_request_error", "model_not_found"


class MethodNotAllowed(GatewayError):
    status, type, code = 405, "invalid_request_error", "method_not_allowed"


class RequestTimeout(GatewayError):
    """The client took too long to send its body."""

    status, type, code = 408, "invalid_request_error", "request_timeout"


class PayloadTooLarge(GatewayError):
    status, type, code = 413, "invalid_request_error", "request_too_large"


class RateLimited(GatewayError):
    status, type, code = 429, "rate_limit_error", "rate_limit_exceeded"


class UpstreamRateLimited(RateLimited):
    """The provider kept answering 429 through every retry (the client may retry later)."""

    code = "upstream_rate_limited"

    def __init__(self, message: str, retry_after_s: float = 1.0) -> None:
        super().__init__(message, headers={"Retry-After": str(max(1, round(retry_after_s)))})


class BudgetExceededError(GatewayError):
    status, type, code = 429, "insufficient_quota", "budget_exceeded"


class ServiceUnavailable(GatewayError):
    """Busy or nothing available to serve: always carries Retry-After so clients back off."""

    status, type, code = 503, "server_error", "service_unavailable"

    def __init__(self, message: str, retry_after_s: float = 1.0, code: str | None = None) -> None:
        super().__init__(message, code=code, headers={"Retry-After": str(max(1, round(retry_after_s)))})
        self.retry_after_s = retry_after_s


class InternalError(GatewayError):
    """A bug: something raised that no handler expected. The request still gets its ledger row;
    the message names the request id so an operator can find the logged traceback."""

    status, type, code = 500, "server_error", "internal_error"

    def __init__(self, request_id: str | None = None) -> None:
        where = f" (request id {request_id})" if request_id else ""
        super().__init__(f"internal error{where}; the server logged the details",
                         headers={"x-request-id": request_id} if request_id else None)


class UpstreamError(GatewayError):
    status, type, code = 502, "upstream_error", "bad_gateway"


class UpstreamTimeout(GatewayError):
    status, type, code = 504, "upstream_error", "gateway_timeout"


_STATUS_CLASSES: dict[int, type[GatewayError]] = {
    400: InvalidRequest, 401: AuthenticationFailed, 403: PermissionDenied, 404: NotFound,
    405: MethodNotAllowed, 408: RequestTimeout, 413: PayloadTooLarge, 429: RateLimited, 503: ServiceUnavailable,
}


def from_validation(errors: Sequence[Any]) -> InvalidRequest:
    """400 for the first pydantic error, param named as OpenAI does ("messages.0.role")."""
    if not errors:
        return InvalidRequest("invalid request body")

    def loc_of(err: Any) -> list[str]:
        return [str(p) for p in err.get("loc", ()) if p != "body" and not _union_tag(p)]

    first = max(errors, key=lambda e: len(loc_of(e)))  # of a union's failures, the one that got furthest
    loc = loc_of(first)
    param = ".".join(loc) or None
    msg = first.get("msg", "invalid value")
    if isinstance(msg, str) and msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return InvalidRequest(f"{param}: {msg}" if param else str(msg), param=param)


_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "list", "dict", "none", "json-or-python"})


def _union_tag(part: Any) -> bool:
    """Pydantic names union members in `loc` ("stop.list[str].0"); OpenAI's params never look so."""
    return isinstance(part, str) and (part in _TYPE_TAGS or "[" in part or "-" in part)


def log_unexpected(request_id: str | None, exc: BaseException) -> None:
    """The traceback of a bug, without the exception's message: that may quote the prompt."""
    import traceback

    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unhandled %s in request %s\nTraceback (message withheld: it may quote the request):\n%s",
              type(exc).__name__, request_id or "-", frames)


def install_handlers(app: FastAPI, headers: Callable[[], dict[str, str]] = dict) -> None:
    """Every error leaves as OpenAI error JSON: our own, FastAPI validation, Starlette HTTP, crashes.

    `headers()` adds headers every response carries (the gateway's mode)."""

    @app.exception_handler(GatewayError)
    async def _gateway_error(_: Request, exc: GatewayError) -> JSONResponse:
        return exc.response(headers())

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return from_validation(exc.errors()).response(headers())

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        cls = _STATUS_CLASSES.get(exc.status_code, GatewayError)
        err = GatewayError.__new__(cls)
        GatewayError.__init__(err, str(exc.detail), headers=dict(exc.headers or {}))
        if cls is GatewayError:
            err.status = exc.status_code
        if exc.status_code == 404 and cls is NotFound:
            err.code = "not_found"
        return err.response(headers())

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None)
        log_unexpected(request_id, exc)
        return InternalError(request_id).response(headers())
