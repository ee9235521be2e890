"""Test support for errors, retries and rate limits (owner: resilience).

* :func:`exchange` / :func:`replay_transport`: the recorded Logto traffic, replayed by a
  MockTransport.
* :class:`FakeSleep` / :class:`FakeClock`: injected instead of real waiting.
* :class:`FaultServer`: a raw HTTP/1.1 server on 127.0.0.1 (port 0) that misbehaves on cue -- error
  answers, a connection reset in the middle of a body, an answer that never comes until the test
  releases it. Raw asyncio rather than uvicorn so that it can cut a connection mid-body; it runs in
  the test's own event loop, or in a thread of its own (:class:`ThreadedFaultServer`) for the sync
  client. It records every request it receives and counts open connections.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx
from _traffic import recorded_response


def replay_transport(item: dict[str, Any]) -> httpx.MockTransport:
    """A transport that answers exactly the recorded request with the recorded response."""
    method = item["request"]["method"]
    target = item["request"]["path"]

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == method
        assert request.url.raw_path.decode() == target
        return recorded_response(item)

    return httpx.MockTransport(handler)


@dataclass
class FakeClock:
    now: float = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeSleep:
    """Records the delays asked for; advances ``clock`` by them if given. Never waits."""

    clock: FakeClock | None = None
    delays: list[float] = field(default_factory=list)

    def _record(self, delay: float) -> None:
        self.delays.append(delay)
        if self.clock is not None:
            self.clock.now += delay

    async def __call__(self, delay: float) -> None:
        self._record(delay)

    def sync(self, delay: float) -> None:
        self._record(delay)


# --- the fault server -------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Reply:
    """Answer with this status, headers and body."""

    status: int
    body: bytes = b""
    headers: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True)
class ResetMidBody:
    """Send the head and part of a body, then reset the connection (TCP RST)."""

    status: int = 200
    declared_length: int = 1000
    partial: bytes = b'{"id":"u1","user'


@dataclass(frozen=True)
class Hang:
    """Answer nothing until the test sets :attr:`FaultServer.release`, then close."""


@dataclass(frozen=True)
class Stall:
    """Answer nothing; count the request as abandoned when the client closes the connection."""


Action = Reply | ResetMidBody | Hang | Stall


def json_reply(status: int, body: Any, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    return Reply(
        status,
        json.dumps(body).encode(),
        [("Content-Type", "application/json; charset=utf-8"), *headers],
    )


class FaultServer:
    """An HTTP/1.1 server on 127.0.0.1 that plays ``script``: one action per request received,
    the last action repeating. Use ``async with``; it stops itself and its connection handlers."""

    def __init__(self, script: Sequence[Action]) -> None:
        assert script, "a script needs at least one action"
        self.script = list(script)
        self.received: list[Received] = []
        self.connections_opened = 0
        self.open_connections = 0
        self.abandoned = 0  # Stall requests whose connection the client closed
        self._changed: asyncio.Condition | None = None
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._all_closed: asyncio.Event | None = None
        self.release: asyncio.Event | None = None

    @property
    def port(self) -> int:
        assert self._server is not None
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self.release = asyncio.Event()
        self._changed = asyncio.Condition()
        self._all_closed = asyncio.Event()
        self._all_closed.set()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)

    async def stop(self) -> None:
        assert self._server is not None
        assert self.release is not None
        self.release.set()
        self._server.close()
        await self._server.wait_closed()
        for writer in list(self._writers):
            writer.close()
        if self._handlers:
            # A safety bound, not a wait for something to happen: handlers end at once here.
            _done, pending = await asyncio.wait(self._handlers, timeout=5.0)
            for task in pending:
                task.cancel()
            assert not pending, "fault server handlers did not finish"

    async def wait_connections_closed(self) -> None:
        """Return once every connection the client opened has been closed by the client."""
        assert self._all_closed is not None
        # A safety bound so that a leaked connection fails the test instead of hanging it.
        await asyncio.wait_for(self._all_closed.wait(), timeout=5.0)

    async def wait_until(self, predicate: Callable[[], bool]) -> None:
        """Return once ``predicate()`` holds; it is checked whenever a request arrives or a
        stalled one is abandoned."""
        assert self._changed is not None
        async with self._changed:
            # A safety bound so that a broken promise fails the test instead of hanging it.
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout=5.0)

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def __aenter__(self) -> FaultServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def _next_action(self) -> Action:
        index = min(len(self.received) - 1, len(self.script) - 1)
        return self.script[index]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        assert self._all_closed is not None
        self._handlers.add(task)
        self._writers.add(writer)
        self.connections_opened += 1
        self.open_connections += 1
        self._all_closed.clear()
        try:
            for _ in range(1000):  # bounded keep-alive loop
                request = await _read_request(reader)
                if request is None:
                    return
                self.received.append(request)
                await self._notify()
                if not await self._play(self._next_action(), writer, reader):
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()
            self.open_connections -= 1
            if self.open_connections == 0:
                self._all_closed.set()
            self._handlers.discard(task)

    async def _play(
        self, action: Action, writer: asyncio.StreamWriter, reader: asyncio.StreamReader
    ) -> bool:
        """Carry out ``action``; return whether the connection stays open."""
        if isinstance(action, Stall):
            await reader.read()  # b"" once the client has closed the connection
            self.abandoned += 1
            await self._notify()
            return False
        if isinstance(action, Reply):
            head = _head(
                action.status, [*action.headers, ("Content-Length", str(len(action.body)))]
            )
            writer.write(head + action.body)
            await writer.drain()
            return True
        if isinstance(action, ResetMidBody):
            head = _head(
                action.status,
                [
                    ("Content-Type", "application/json"),
                    ("Content-Length", str(action.declared_length)),
                ],
            )
            writer.write(head + action.partial)
            await writer.drain()
            sock = writer.get_extra_info("socket")
            if sock is not None:  # linger 0: close() sends RST instead of FIN
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        assert self.release is not None
        await self.release.wait()
        return False


def _head(status: int, headers: Iterable[tuple[str, str]]) -> bytes:
    reason = httpx.codes.get_reason_phrase(status) or "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed the connection
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return Received(method, target, headers, body)


class ThreadedFaultServer:
    """A :class:`FaultServer` on an event loop of its own thread, for the synchronous client."""

    def __init__(self, script: Sequence[Action]) -> None:
        self.server = FaultServer(script)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def _call(self, coro_factory: Callable[[], Any]) -> Any:
        future = asyncio.run_coroutine_threadsafe(coro_factory(), self._loop)
        return future.result(timeout=10.0)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        self._call(self.server.start)
        return self.server

    def release(self) -> None:
        release = self.server.release
        assert release is not None
        self._loop.call_soon_threadsafe(release.set)

    def wait_connections_closed(self) -> None:
        self._call(self.server.wait_connections_closed)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._call(self.server.stop)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10.0)
            self._loop.close()


def connections_in_use(transport: httpx.AsyncHTTPTransport | httpx.HTTPTransport) -> int:
    """How many pooled connections are neither idle nor closed (an unreleased response)."""
    pool = transport._pool
    return sum(1 for conn in pool.connections if not (conn.is_idle() or conn.is_closed()))


# --- scripted transports (unit tests of the retry rules) --------------------------------------


@dataclass(frozen=True)
class Answer:
    """A response a scripted transport returns."""

    status: int
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""


Step = Answer | type[httpx.TransportError] | type[Exception]


class TrackedStream(httpx.AsyncByteStream, httpx.SyncByteStream):
    """A response body that remembers whether it was closed."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.closed = False

    async def __aiter__(self) -> Any:
        yield self.body

    def __iter__(self) -> Any:
        yield self.body

    async def aclose(self) -> None:
        self.closed = True

    def close(self) -> None:
        self.closed = True


class _Scripted:
    def __init__(self, steps: Sequence[Step]) -> None:
        assert steps
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.streams: list[TrackedStream] = []
        self.closed = False

    def _answer(self, request: httpx.Request) -> httpx.Response:
        step = self.steps[min(len(self.requests) - 1, len(self.steps) - 1)]
        if isinstance(step, Answer):
            stream = TrackedStream(step.body)
            self.streams.append(stream)
            return httpx.Response(step.status, headers=list(step.headers), stream=stream)
        if issubclass(step, httpx.RequestError):
            raise step("simulated failure", request=request)
        raise step("simulated failure")


class ScriptedAsyncTransport(_Scripted, httpx.AsyncBaseTransport):
    """Plays ``steps`` (the last repeating), consuming each request body as a real transport
    does (MockTransport would read it into memory first, making any body replayable)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))
        return self._answer(request)

    async def aclose(self) -> None:
        self.closed = True


class ScriptedTransport(_Scripted, httpx.BaseTransport):
    """The synchronous :class:`ScriptedAsyncTransport`."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))
        return self._answer(request)

    def close(self) -> None:
        self.closed = True
