"""The ASGI application: request plumbing, authentication, faults and Logto's headers."""

from __future__ import annotations

import gzip
import json
import secrets
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, MutableMapping, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

import httpx

from logto_management_api.models import (
    Application,
    CreateApplicationBody,
    CreateOrganizationBody,
    CreateOrganizationRoleBody,
    CreateRoleBody,
    CreateUserBody,
    Organization,
    OrganizationRole,
    Role,
    User,
)

from . import (
    _applications,
    _logs,
    _misc,
    _organization_apps,
    _organizations,
    _roles,
    _sign_ins,
    _users,
)
from ._controls import TOKEN_PATH, Controls, Fault
from ._generic import GenericApi, Kind
from ._http import (
    ApiError,
    Context,
    JSONType,
    RawError,
    Request,
    Response,
    Router,
    dump_json,
)
from ._oidc import TokenIssuer, token_endpoint
from ._state import DEFAULT_API_INDICATOR, State
from ._view import StateView

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
_PUBLIC_OPERATIONS = {"GetStatus", "GetSwaggerJson", "GetWellKnownManagementOpenapiJson"}


@dataclass(frozen=True)
class Operation:
    """An implemented Management API operation (as named in Logto's OpenAPI document)."""

    method: str
    path: str
    operation_id: str
    kind: Kind = "stateful"
    """``stateful`` (simulated by hand), ``generic`` (the document-driven store) or
    ``not_implemented`` (answers ``501 double.not_implemented``)."""


@dataclass(frozen=True)
class Credentials:
    """A machine-to-machine application's id and secret (``app_id, secret = credentials``)."""

    app_id: str
    app_secret: str = field(repr=False)

    def __iter__(self) -> Iterator[str]:
        return iter((self.app_id, self.app_secret))


class _ClientGone(Exception):
    pass


class LogtoDouble:
    """An in-memory Logto: the Management API and the client-credentials token endpoint.

    ``LogtoDouble()`` is an ASGI application (also available as ``.app``) with one ready
    machine-to-machine application (``app_id``/``app_secret``) that holds the "Logto Management
    API access" role. Use it in-process with ``httpx.ASGITransport(app=double.app)`` or on
    loopback with :meth:`serve` / :meth:`serve_in_thread`. Drive faults, token expiry and more
    through :attr:`controls`.

    Args:
        app_id: the ready application's id (random by default).
        app_secret: its secret (random by default).
        api_indicator: the Management API resource indicator (Logto OSS:
            ``https://default.logto.app/api``; Cloud: ``https://<tenant>.logto.app/api``).
        tenant_id: the ``tenantId`` of every entity.
        token_ttl: access token lifetime in seconds (``expires_in``).
        clock: seconds since the epoch; tokens expire and timestamps advance on it.
        seed: makes generated ids (and the default credentials) reproducible.
        compress: gzip large bodies when the client accepts it, as Logto does.
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_secret: str | None = None,
        api_indicator: str = DEFAULT_API_INDICATOR,
        tenant_id: str = "default",
        token_ttl: int = 3600,
        clock: Callable[[], float] = time.time,
        seed: int | None = None,
        compress: bool = True,
    ) -> None:
        self.store = State(
            tenant_id=tenant_id,
            api_indicator=api_indicator,
            token_ttl=token_ttl,
            clock=clock,
            seed=seed,
        )
        self._issuer = TokenIssuer(self.store)
        self.controls = Controls(self.store, self._issuer)
        self.compress = compress
        self._lock = threading.Lock()
        self._router = Router()
        for module in (
            _users,
            _roles,
            _applications,
            _organizations,
            _organization_apps,
            _logs,
            _sign_ins,
        ):
            module.register(self._router)
        self._generic = GenericApi(self._exists)
        self.state = StateView(self.store, self._generic)
        """What the double holds, as the client's models (``double.state.users[user_id]``)."""
        _misc.register(self._router, self._generic)
        self._generic.register(self._router, {r.operation_id for r in self._router.routes})
        credentials = self.create_m2m_app(
            "Logto test double M2M app",
            app_id=app_id,
            app_secret=app_secret,
            description="The ready machine-to-machine application of the Logto test double",
        )
        self.app_id: str = credentials.app_id
        self.app_secret: str = credentials.app_secret

    def __repr__(self) -> str:  # never show the secret
        return f"LogtoDouble(app_id={self.app_id!r}, api_indicator={self.api_indicator!r})"

    # --- public helpers ----------------------------------------------------------------------

    @property
    def app(self) -> LogtoDouble:
        """The ASGI application (the double itself)."""
        return self

    @property
    def api_indicator(self) -> str:
        return self.store.api_indicator

    @property
    def token_path(self) -> str:
        return TOKEN_PATH

    @property
    def operations(self) -> list[Operation]:
        """Every Management API operation of the document, each with how the double answers it."""
        kinds = self._generic.kinds
        return [
            Operation(r.method, r.template, r.operation_id, kinds.get(r.operation_id, "stateful"))
            for r in self._router.routes
        ]

    def operation_for(self, method: str, path: str) -> str | None:
        """The ``operationId`` that answers ``method path`` (``/api/...``), if implemented."""
        found = self._router.match(method.upper(), path)
        return found[0].operation_id if found else None

    def transport(self) -> httpx.ASGITransport:
        """An httpx transport that calls the double in-process."""
        return httpx.ASGITransport(app=self)

    def create_m2m_app(
        self,
        name: str,
        *,
        management_api: bool = True,
        app_id: str | None = None,
        app_secret: str | None = None,
        description: str | None = None,
    ) -> Credentials:
        """Add a machine-to-machine application (with the Management API role by default)."""
        with self._lock:
            record = self.store.add_application(
                name,
                "MachineToMachine",
                app_id=app_id,
                secret=app_secret,
                description=description,
            )
            app_id = record.row["id"]
            if management_api:
                self.store.application_roles[app_id] = [self.store.management_role_id]
            return Credentials(app_id, record.secrets[0]["value"])

    # --- seeding, in the client's own models -------------------------------------------------

    def _call(self, method: str, path: str, body: JSONType = None) -> JSONType:
        """Answer one API request without HTTP or a token; Logto's refusals raise ValueError."""
        raw = b"" if body is None else dump_json(body)
        request = Request(method, path, "", {"host": "logto.test"}, raw)
        found = self._router.match(method, path)
        if found is None:
            raise ValueError(f"no route {method} {path}")
        route, params = found
        with self._lock:
            try:
                response = route.handler(Context(request, params, self.store))
            except ApiError as error:
                raise ValueError(f"{error.code}: {error.message}") from None
        if response.content_type and "json" in response.content_type:
            return json.loads(response.body)
        return None

    def add_user(self, user: CreateUserBody | None = None, /, **fields: Any) -> User:
        """Create a user without HTTP: ``add_user(username="ada", primary_email="a@x.test")``
        or ``add_user(CreateUserBody(...))``; same rules and answer as ``POST /users``.

        Keywords are those of :class:`CreateUserBody` (``TypeError`` for any other). Raises
        ``ValueError`` with Logto's error code when Logto would refuse the user.
        """
        body = _model(CreateUserBody, user, fields)
        return User.from_dict(self._call("POST", "/api/users", body))

    def add_role(self, role: CreateRoleBody | None = None, /, **fields: Any) -> Role:
        """Create a role: ``add_role(name="editor", description="Edits")`` (``scope_ids=``,
        ``type_="MachineToMachine"``...); keywords of :class:`CreateRoleBody`."""
        body = _model(CreateRoleBody, role, fields)
        return Role.from_dict(self._call("POST", "/api/roles", body))

    def assign_roles(self, user: str | User, *roles: str | Role) -> None:
        """Give a user roles (ids or models), as ``POST /users/{id}/roles``."""
        role_ids = [_id(r) for r in roles]
        self._call("POST", f"/api/users/{_id(user)}/roles", {"roleIds": role_ids})

    def add_application(
        self, application: CreateApplicationBody | None = None, /, **fields: Any
    ) -> Application:
        """Create an application: ``add_application(name="web", type_="Traditional")``;
        keywords of :class:`CreateApplicationBody`."""
        body = _model(CreateApplicationBody, application, fields)
        return Application.from_dict(self._call("POST", "/api/applications", body))

    def add_organization(
        self,
        organization: CreateOrganizationBody | None = None,
        /,
        *,
        members: Sequence[str | User] = (),
        **fields: Any,
    ) -> Organization:
        """Create an organization (keywords of :class:`CreateOrganizationBody`), optionally
        with ``members`` (user ids or models)."""
        body = _model(CreateOrganizationBody, organization, fields)
        created = Organization.from_dict(self._call("POST", "/api/organizations", body))
        for member in members:
            self.add_organization_member(created, member)
        return created

    def add_organization_role(
        self, role: CreateOrganizationRoleBody | None = None, /, **fields: Any
    ) -> OrganizationRole:
        """Create an organization role (keywords of :class:`CreateOrganizationRoleBody`)."""
        body = _model(CreateOrganizationRoleBody, role, fields)
        return OrganizationRole.from_dict(self._call("POST", "/api/organization-roles", body))

    def add_organization_member(
        self,
        organization: str | Organization,
        user: str | User,
        *,
        roles: Sequence[str | OrganizationRole] = (),
    ) -> None:
        """Make a user a member of an organization, with organization roles (ids or models)."""
        path = f"/api/organizations/{_id(organization)}/users"
        if _id(user) not in self.store.organization_users.get(_id(organization), []):
            self._call("POST", path, {"userIds": [_id(user)]})
        if roles:
            role_ids = [_id(r) for r in roles]
            self._call("POST", f"{path}/{_id(user)}/roles", {"organizationRoleIds": role_ids})

    def _exists(self, path: str) -> bool:
        """Whether ``GET path`` finds an entity (called by handlers, under the lock)."""
        found = self._router.match("GET", path)
        if found is None:
            return False
        route, params = found
        ctx = Context(Request("GET", path, "", {}, b""), params, self.store)
        try:
            route.handler(ctx)
        except ApiError as error:
            return error.status != 404
        return True

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on loopback (uvicorn) in the running event loop; yields the base URL."""
        from ._server import serve

        async with serve(self, host=host, port=port, on_stop=self.controls.release) as url:
            yield url

    @contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve on loopback from a background thread (for sync code); yields the base URL."""
        from ._server import serve_in_thread

        with serve_in_thread(self, host=host, port=port, on_stop=self.controls.release) as url:
            yield url

    # --- ASGI --------------------------------------------------------------------------------

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
            ctx = Context(request, params, self.store, self.controls.total_number_cap)
            with self._lock:
                return route.handler(ctx)
        except ApiError as error:
            return error.to_response()
        except RawError as error:
            return error.response

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


class _Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


B = TypeVar("B", bound=_Body)


def _model(cls: type[B], given: B | None, fields: dict[str, Any]) -> dict[str, Any]:
    """The JSON body of a request model given as an instance or as its keywords."""
    if given is not None and fields:
        raise TypeError(f"pass a {cls.__name__} or keywords, not both")
    if given is None:
        given = cls(**fields)  # unknown or missing keywords raise TypeError here
    elif not isinstance(given, cls):
        raise TypeError(f"expected {cls.__name__}, got {type(given).__name__}")
    return given.to_dict()


def _id(entity: str | Any) -> str:
    return entity if isinstance(entity, str) else str(entity.id)


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
