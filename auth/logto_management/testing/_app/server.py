"""Serving the double on loopback with uvicorn (the ``testing`` extra).

The listening socket is bound before the server starts, so the URL (with the port the system
picked for port 0) is known at once; the helpers still wait for uvicorn's startup to finish
before handing it out. uvicorn is told to leave logging configuration and (outside the CLI)
signal handlers alone, since it runs inside someone else's program.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any

STARTUP_TIMEOUT = 30.0


def _uvicorn() -> Any:
    try:
        import uvicorn
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise RuntimeError(
            "Serving the Logto test double needs uvicorn: pip install 'logto-management[testing]'"
        ) from error
    return uvicorn


def _server_class() -> type[Any]:
    uvicorn = _uvicorn()

    class DoubleServer(uvicorn.Server):  # type: ignore[misc,name-defined]
        """uvicorn.Server that reports when it is up and may keep its hands off signals."""

        def __init__(
            self, config: Any, on_started: Callable[[], None], handle_signals: bool
        ) -> None:
            super().__init__(config)
            self._on_started = on_started
            self._handle_signals = handle_signals

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                self._on_started()

        @contextlib.contextmanager
        def capture_signals(self) -> Generator[None, None, None]:
            if self._handle_signals:
                with super().capture_signals():
                    yield
            else:
                yield

    return DoubleServer


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio switches Nagle off (TCP_NODELAY) only on sockets whose
    # proto says TCP, and without that a small body written after the headers waits ~40 ms for
    # the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def make_server(app: Any, on_started: Callable[[], None], *, handle_signals: bool = False) -> Any:
    uvicorn = _uvicorn()
    config = uvicorn.Config(
        app,
        log_config=None,
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    return _server_class()(config, on_started, handle_signals)


@contextlib.asynccontextmanager
async def serve(
    app: Any, *, host: str, port: int, on_stop: Callable[[], object]
) -> AsyncIterator[str]:
    sock = bind(host, port)
    started = asyncio.Event()
    server = make_server(app, started.set)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    waiter = asyncio.create_task(started.wait())
    try:
        await asyncio.wait({task, waiter}, timeout=STARTUP_TIMEOUT, return_when="FIRST_COMPLETED")
        if not started.is_set():
            raise RuntimeError("the Logto test double did not start") from _failure(task)
        yield url_of(sock)
    finally:
        waiter.cancel()
        on_stop()
        server.should_exit = True
        if not task.done():
            await task
        sock.close()


def _failure(task: asyncio.Task[None]) -> BaseException | None:
    if not task.done() or task.cancelled():
        return None
    return task.exception()


@contextlib.contextmanager
def serve_in_thread(
    app: Any, *, host: str, port: int, on_stop: Callable[[], object]
) -> Iterator[str]:
    sock = bind(host, port)
    started = threading.Event()
    server = make_server(app, started.set)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as error:  # reported to the caller below
            failures.append(error)
        finally:
            started.set()

    thread = threading.Thread(target=run, name="logto-test-double", daemon=True)
    thread.start()
    try:
        if not started.wait(STARTUP_TIMEOUT) or failures:
            raise RuntimeError("the Logto test double did not start") from (
                failures[0] if failures else None
            )
        yield url_of(sock)
    finally:
        on_stop()
        server.should_exit = True
        thread.join()
        sock.close()
