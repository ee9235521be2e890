"""The ASGI application: request plumbing, authentication, faults and Logto's headers.

:class:`AsgiApp` turns an ASGI request into a :class:`Request`, lets :class:`Controls` delay,
drop, hang or answer it with a fault, authenticates it with the token issuer (except the public
operations), routes it to its handler under the double's lock, and sends the answer with the
headers Logto sends (security headers, request id, gzip from about 1 KiB).
"""

from __future__ import annotations

import gzip
import secrets
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

import httpx

from .._http import ApiError, JSONType, RawError, Request, Response
from .._model.context import Context
from .._model.state import State
from .controls import TOKEN_PATH, Controls, Fault
from .oidc import TokenIssuer, token_endpoint
from .router import Router

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_SECURITY_HEADERS = [
    ("Vary", "Accept-Encoding, Origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Origin-Agent-Cluster", "?1"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Strict-Transport-Security", "max-age=15552000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Download-Options", "noopen"),
    ("X-Frame-Options", "SAMEORIGIN"),
    ("X-Permitted-Cross-Domain-Policies", "none"),
    ("X-XSS-Protection", "0"),
]
_COMPRESS_THRESHOLD = 1024
"""Logto (koa-compress) gzips bodies from about 1 KiB (recorded: 991 bytes plain, longer gzip)."""
_MAX_BODY = 10 * 1024 * 1024
_PUBLIC_OPERATIONS = {
    "GetStatus",
    "GetSwaggerJson",
    "GetWellKnownManagementOpenapiJson",
    # Logto's anonymous routers: /authn and the well-known endpoints the sign-in pages read
    "GetHasuraAuth",
    "GetWellKnownAccountCenter",
    "GetWellKnownExperience",
    "GetSignInExperienceConfig",
    "GetSignInExperiencePhrases",
    "GetWellKnownExperienceOpenapiJson",
    "GetWellKnownUserOpenapiJson",
}


class _ClientGone(Exception):
    pass


class AsgiApp:
    """The double as an ASGI application: ``await app(scope, receive, send)``."""

    def __init__(
        self,
        store: State,
        issuer: TokenIssuer,
        controls: Controls,
        router: Router,
        *,
        compress: bool = True,
    ) -> None:
        self.store = store
        self._issuer = issuer
        self.controls = controls
        self._router = router
        self.compress = compress
        self._lock = threading.Lock()

    # --- ASGI -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"unsupported ASGI scope type {scope['type']!r}")
        try:
            body = await _read_body(receive)
        except _ClientGone:
            return
        request = _request(scope, body)
        controls = self.controls
        fault = controls._record_start(request.method, request.path)
        status: int | None = None
        try:
            if controls.latency > 0:
                await controls.sleep(controls.latency)
            response = None
            if fault is not None:
                if fault.action == "drop":
                    await _drop(send, receive)
                    return
                if fault.action == "hang":
                    await controls._hang(fault)
                else:
                    response = _fault_response(fault)
            if response is None:
                response = self._dispatch(request)
            await self._send(request, response, send)
            status = response.status
        finally:
            controls._record_end(request.method, request.path, request.query_string, status)

    def _dispatch(self, request: Request) -> Response:
        try:
            if request.path == TOKEN_PATH:
                if request.method != "POST":
                    return _text(405, "Method Not Allowed", [("Allow", "POST")])
                with self._lock:
                    ctx = Context(request, {}, self.store)
                    return token_endpoint(ctx, self._issuer)
            found = self._router.match(request.method, request.path)
            if found is None:
                allowed = self._router.allowed_methods(request.path)
                if allowed:
                    return _text(405, "Method Not Allowed", [("Allow", ", ".join(allowed))])
                return _text(404, "Not Found")
            route, params = found
            if route.operation_id not in _PUBLIC_OPERATIONS:
                claims = self._issuer.verify(
                    request.headers.get("authorization"), self.store.api_indicator
                )
                if "all" not in claims.scopes:
                    raise ApiError(
                        403,
                        "auth.forbidden",
                        "Forbidden. Please check your user roles and permissions.",
                    )
            ctx = Context(
                request, params, self.store, self.controls.total_number_cap, self._token_subject
            )
            with self._lock:
                return route.handler(ctx)
        except ApiError as error:
            return error.to_response()
        except RawError as error:
            return error.response

    def _token_subject(self, authorization: str | None, resource: str | None) -> str | None:
        try:
            return self._issuer.verify(authorization, resource).subject
        except ApiError:
            return None

    async def _send(self, request: Request, response: Response, send: Send) -> None:
        body = response.body
        headers = [*_SECURITY_HEADERS, *response.leading_headers]
        if response.content_type:
            headers.append(("Content-Type", response.content_type))
        headers.extend(response.headers)
        compressed = (
            self.compress
            and len(body) >= _COMPRESS_THRESHOLD
            and "gzip" in request.headers.get("accept-encoding", "")
        )
        if compressed:
            body = gzip.compress(body, compresslevel=6)
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Logto-Core-Request-Id", secrets.token_urlsafe(12)))
        if response.status != 204 and not compressed:
            headers.append(("Content-Length", str(len(body))))
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            }
        )
        await send({"type": "http.response.body", "body": body if response.status != 204 else b""})


def _text(status: int, text: str, headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(status, text.encode(), "text/plain; charset=utf-8", headers or [])


def _fault_response(fault: Fault) -> Response:
    body: JSONType = fault.body
    if body is None:
        if fault.status == 429:
            body = {
                "code": "request.rate_limited",
                "message": "Too many requests. Please try again later.",
            }
        else:
            body = {"code": "request.general", "message": "Request error occurred."}
    response = Response.json(body, fault.status)
    if fault.retry_after is not None:
        response.headers.append(("Retry-After", fault.retry_after))
    return response


async def _lifespan(receive: Receive, send: Send) -> None:
    for _ in range(2):
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > _MAX_BODY:
            raise _ClientGone
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _raw_path(scope: Scope) -> str:
    """The path as sent, still percent-encoded, as Logto (Koa) routes it: ``scope["path"]`` is
    decoded, so an id ``a/b`` sent as ``/api/users/a%2Fb`` would read as two segments, and
    ``%252e`` would be decoded twice (once here, once by the router's parameters)."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes):
        return raw.split(b"?", 1)[0].decode("latin-1")
    return quote(scope["path"], safe="/:@!$&'()*+,;=~-._")


def _request(scope: Scope, body: bytes) -> Request:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    client = scope.get("client")
    return Request(
        method=scope["method"],
        path=_raw_path(scope),
        query_string=scope.get("query_string", b"").decode("latin-1"),
        headers=headers,
        body=body,
        scheme=scope.get("scheme", "http"),
        client_host=client[0] if client else "127.0.0.1",
    )


async def _drop(send: Send, receive: Receive) -> None:
    """Close the connection without answering.

    Under uvicorn the ``send`` callable belongs to the request cycle, which owns the transport:
    abort it, then wait for the server to see the disconnect so it does not answer a 500.
    Elsewhere (httpx.ASGITransport) raise what httpx raises when a server hangs up.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.abort()
    for _ in range(1000):
        if (await receive())["type"] == "http.disconnect":
            return
