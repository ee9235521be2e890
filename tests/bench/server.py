"""A small Logto stand-in for the benchmarks, served by uvicorn on loopback in a thread.

It answers only what the benchmarks ask, with the recorded bodies and headers:
``POST /oidc/token`` (``token_ok_basic``), ``GET /api/users/{id}`` (a recorded user) and
``GET /api/users?page=&page_size=`` (pages of recorded-format users with Logto's ``Link`` and
``Total-Number`` lines, after a simulated latency). Requests under ``/api`` without an
``Authorization`` header get the recorded 401. It counts token and API requests.

It is a plain ASGI callable rather than a framework app so that the server's own cost, which
every client measured here pays alike, stays small.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs

import uvicorn

from .traffic import Headers, page_body, page_links, recorded

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

TOTAL_USERS = 10_000
PAGE_LATENCY = 0.010  # seconds the server takes per page (simulated database time)


class BenchLogto:
    """The ASGI app. ``token_requests`` counts ``POST /oidc/token``."""

    def __init__(self, *, total_users: int = TOTAL_USERS, page_latency: float = PAGE_LATENCY):
        self.total_users = total_users
        self.page_latency = page_latency
        self.token_requests = 0
        self.api_requests = 0
        self._recorded = recorded()
        self._user_body = json.dumps(self._recorded.user, separators=(",", ":")).encode()
        self._pages: dict[tuple[int, int], bytes] = {}
        for page in range(1, total_users // 100 + 2):
            self._page(page, 100)  # build the pages the benchmarks read before timing starts

    def _page(self, page: int, page_size: int) -> bytes:
        key = (page, page_size)
        if key not in self._pages:
            self._pages[key] = page_body(page, page_size, self.total_users)
        return self._pages[key]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        while (await receive()).get("more_body"):
            pass  # read the request body to its end
        if method == "POST" and path == "/oidc/token":
            self.token_requests += 1
            rec = self._recorded
            await _answer(send, 200, rec.token_headers, rec.token_body)
            return
        if not path.startswith("/api/"):
            await _answer(send, 404, [("Content-Type", "text/plain")], b"Not Found")
            return
        self.api_requests += 1
        if not any(name == b"authorization" for name, _ in scope["headers"]):
            rec = self._recorded
            await _answer(send, 401, rec.no_token_headers, rec.no_token_body)
        elif method == "GET" and path == "/api/users":
            await self._list_users(scope, send)
        elif method == "GET" and path.startswith("/api/users/"):
            await _answer(send, 200, self._recorded.user_headers, self._user_body)
        else:
            await _answer(send, 404, [("Content-Type", "text/plain")], b"Not Found")

    async def _list_users(self, scope: Scope, send: Send) -> None:
        query = parse_qs(scope["query_string"].decode())
        page = int(query.get("page", ["1"])[0])
        page_size = int(query.get("page_size", ["20"])[0])
        await asyncio.sleep(self.page_latency)
        host, port = scope["server"]
        links = page_links(f"http://{host}:{port}", page, page_size, self.total_users)
        body = self._page(page, page_size)
        await _answer(send, 200, self._recorded.user_headers + links, body)


async def _answer(send: Send, status: int, headers: Headers, body: bytes) -> None:
    raw = [(k.encode(), v.encode()) for k, v in headers]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


@contextmanager
def serve(app: BenchLogto) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) in a background thread; yields its base URL.

    The socket listens before the thread starts, so clients may connect at once: the kernel
    queues them until uvicorn accepts.
    """
    # proto=IPPROTO_TCP matters: asyncio disables Nagle's algorithm only on sockets that say
    # they are TCP, and accepted sockets inherit it. With Nagle, uvicorn's separate writes of
    # head and body meet the client's delayed ACK: every answer on a kept-alive connection
    # would take ~40 ms more.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", timeout_keep_alive=120
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="bench-logto", daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
