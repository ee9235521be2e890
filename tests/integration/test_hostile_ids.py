"""Hostile path parameters against a real Logto, every request line recorded on the wire.

The client talks to Logto through a small TCP proxy on loopback that forwards every byte
unchanged and records each HTTP request line as it crossed the wire. For every generated
operation with a path parameter, each parameter gets each of the issue's values ("", ".",
"..", "../x", "a/b", "%2e%2e", "x?y=1", "#", a NUL, 10,000 characters, non-ASCII text) while
the others hold ids that exist nowhere: the routing values must send nothing, every other value
must arrive as one segment of the operation's own path, and Logto must answer from its API
(JSON or no body), never the console page a path outside /api gets.

Then the issue's four destructive calls, against a user, a role and an organization created
for the test: they raise before sending, and everything still exists afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import pytest
from _samples import AnyBody, operations_with_path_parameters

from logto_management import LogtoApiError, ManagementApiClient
from logto_management_api.types import InvalidPathParameterError

from ._connect import real_logto

ROUTING = ["", ".", ".."]
HOSTILE = ["../x", "a/b", "%2e%2e", "x?y=1", "#", "\x00", "a" * 10_000, "Grüße, 世界 🙂"]
ABSENT = "hostile-absent-0"  # an id that exists nowhere: the other parameters of a request


BODY = AnyBody()


@dataclass
class WireLog:
    """The request lines that crossed the proxy, in order (``"GET /api/users/x HTTP/1.1"``)."""

    lines: list[str] = field(default_factory=list)


class RecordingProxy:
    """A loopback TCP proxy to ``upstream`` that records each HTTP/1.1 request line."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.log = WireLog()
        self.server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        upstream = asyncio.ensure_future(self._pipe(up_reader, writer, record=False))
        downstream = asyncio.ensure_future(self._pipe(reader, up_writer, record=True))
        self.tasks |= {upstream, downstream}
        await asyncio.wait({upstream, downstream}, return_when=asyncio.FIRST_COMPLETED)
        for task in (upstream, downstream):
            task.cancel()
        for stream in (writer, up_writer):
            stream.close()
        self.tasks -= {upstream, downstream}

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, record: bool
    ) -> None:
        pending = b""  # request bytes not yet parsed: a head, or the rest of a body to skip
        skip = 0
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
            if not record:
                continue
            pending += chunk
            while True:
                if skip:
                    taken = min(skip, len(pending))
                    pending, skip = pending[taken:], skip - taken
                    if skip:
                        break
                head, found, rest = pending.partition(b"\r\n\r\n")
                if not found:
                    break
                lines = head.split(b"\r\n")
                self.log.lines.append(lines[0].decode("latin-1"))
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        skip = int(value.strip())
                pending = rest


def request_of(module: ModuleType, values: dict[str, str]) -> dict[str, Any]:
    """What the operation's ``asyncio_detailed`` would send (its ``_get_kwargs``)."""
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
        if name in values:
            kwargs[name] = values[name]
        elif parameter.default is inspect.Parameter.empty:
            kwargs[name] = BODY
    request: dict[str, Any] = module._get_kwargs(**kwargs)
    return request


def router_404(response: httpx.Response) -> bool:
    """Koa's own answer when no route takes the request (404, or 405 when another method
    has one): a plain-text body."""
    kind = response.headers.get("content-type", "")
    return response.status_code in (404, 405) and "json" not in kind


@pytest.fixture
async def proxied(logto_env: dict[str, str]) -> AsyncIterator[tuple[ManagementApiClient, WireLog]]:
    proxy = RecordingProxy(logto_env["LOGTO_ENDPOINT"])
    base_url = await proxy.start()
    try:
        # raise_on_error=False: every answer is looked at; no retries: one line per request.
        async with real_logto(
            logto_env, base_url=base_url, raise_on_error=False, max_retries=0
        ) as client:
            yield client, proxy.log
    finally:
        await proxy.close()


async def test_no_hostile_id_reaches_another_route(
    proxied: tuple[ManagementApiClient, WireLog], record_property: Callable[[str, Any], None]
) -> None:
    client, log = proxied
    http = client.get_async_httpx_client()
    operations = operations_with_path_parameters()
    assert len(operations) > 150
    sent = refused = 0
    wrong: list[str] = []
    absent_routes: list[str] = []
    for operation, module, names in operations:
        template = request_of(module, dict.fromkeys(names, ABSENT))
        expected_segments = str(template["url"]).split("/")
        # An operation this release does not have (an older Logto) gets the router's plain
        # 404 for any id: then only the request line is checked, not the answer.
        baseline = await http.request(**template)
        has_route = not router_404(baseline)
        if not has_route:
            absent_routes.append(operation)
        for name in names:
            for value in ROUTING:
                before = len(log.lines)
                with pytest.raises(InvalidPathParameterError):
                    request_of(module, dict.fromkeys(names, ABSENT) | {name: value})
                assert len(log.lines) == before
                refused += 1
            for value in HOSTILE:
                request = request_of(module, dict.fromkeys(names, ABSENT) | {name: value})
                before = len(log.lines)
                response = await http.request(**request)
                sent += 1
                new = [line for line in log.lines[before:] if " /oidc/token " not in line]
                method, target, _version = new[-1].split(" ")
                path = target.split("?", 1)[0]
                segments = path.split("/")
                changed = [
                    i
                    for i, (got, want) in enumerate(zip(segments, expected_segments, strict=False))
                    if got != want
                ]
                kind = response.headers.get("content-type", "")
                ok = (
                    len(new) == 1
                    and method == request["method"].upper()
                    and len(segments) == len(expected_segments)
                    and len(changed) == 1
                    and unquote(segments[changed[0]]) == value
                    and (
                        not has_route
                        or response.status_code == 204
                        or "json" in kind
                        or not response.content
                    )
                )
                if not ok:
                    wrong.append(
                        f"{operation}({name}={value[:20]!r}): {new[-1][:120]} -> "
                        f"{response.status_code} {kind}"
                    )
    record_property(
        "hostile",
        f"{sent} requests sent, {refused} refused before sending; "
        f"{len(absent_routes)} operations this release lacks",
    )
    assert wrong == []
    assert len(absent_routes) < len(operations) / 2  # the check of answers did run


async def test_the_four_destructive_calls_delete_nothing(
    logto_env: dict[str, str], unique: str
) -> None:
    proxy = RecordingProxy(logto_env["LOGTO_ENDPOINT"])
    base_url = await proxy.start()
    # Set up and read back with plain requests: this test is about routing, and must not
    # depend on how a release's answers parse.
    async with real_logto(logto_env, base_url=base_url) as logto:
        http = logto.get_async_httpx_client()

        async def create(path: str, body: dict[str, Any]) -> str:
            answer = (await http.post(path, json=body)).json()
            assert isinstance(answer, dict)
            return str(answer["id"])

        user = await create("/api/users", {"username": f"victim_{unique}"})
        role = await create("/api/roles", {"name": f"victim-{unique}", "description": "issue 19"})
        organization = await create("/api/organizations", {"name": f"victim-{unique}"})
        try:
            await http.post(f"/api/users/{user}/roles", json={"roleIds": [role]})
            await http.post(f"/api/organizations/{organization}/users", json={"userIds": [user]})
            before = len(proxy.log.lines)
            calls: list[Callable[[], Awaitable[None]]] = [
                lambda: logto.users.remove_role(user, ".."),
                lambda: logto.roles.remove_user(role, ".."),
                lambda: logto.users.remove_role("..", role),
                lambda: logto.organizations.remove_user("..", user),
            ]
            for call in calls:
                with pytest.raises(InvalidPathParameterError):
                    await call()
            assert proxy.log.lines[before:] == []  # nothing went on the wire
            for path in (
                f"/api/users/{user}",
                f"/api/roles/{role}",
                f"/api/organizations/{organization}",
            ):
                assert (await http.get(path)).status_code == 200
            roles = (await http.get(f"/api/users/{user}/roles")).json()
            assert [item["id"] for item in roles] == [role]
            members = (await http.get(f"/api/organizations/{organization}/users")).json()
            assert [item["id"] for item in members] == [user]
        finally:
            for path in (
                f"/api/organizations/{organization}",
                f"/api/roles/{role}",
                f"/api/users/{user}",
            ):
                with contextlib.suppress(LogtoApiError):
                    await http.delete(path)
    await proxy.close()
