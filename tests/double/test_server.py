"""The double over loopback: async serve, serve from a thread, faults on a real connection,
and the ``python -m logto_management.testing`` command."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading

import httpx
import pytest

from logto_management.testing import LogtoDouble
from logto_management.testing._app.server import bind


def token_form(double: LogtoDouble) -> dict[str, str]:
    return {"grant_type": "client_credentials", "resource": double.api_indicator, "scope": "all"}


async def test_serve_on_loopback() -> None:
    double = LogtoDouble()
    async with double.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        assert not base_url.endswith(":0")
        async with httpx.AsyncClient(base_url=base_url) as client:
            assert (await client.get("/api/status")).status_code == 204
            token = await client.post(
                "/oidc/token", auth=(double.app_id, double.app_secret), data=token_form(double)
            )
            headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
            created = await client.post("/api/users", json={"username": "ann"}, headers=headers)
            assert created.status_code == 200
            listed = await client.get("/api/users?page_size=1", headers=headers)
            assert listed.headers["Total-Number"] == "1"
            assert listed.headers.get_list("Link")[0] == (
                f'<{base_url}/users?page_size=1&page=1>; rel="first"'
            )
            assert len(listed.headers.get_list("Link")) == 2  # separate lines on the wire


def test_the_listening_socket_says_tcp() -> None:
    """asyncio only disables Nagle on sockets whose proto is TCP; without it every small body
    waited ~40 ms for the client's delayed ACK."""
    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


async def test_a_dropped_connection_is_a_disconnect_for_the_client() -> None:
    double = LogtoDouble()
    async with double.serve() as base_url, httpx.AsyncClient(base_url=base_url) as client:
        double.controls.drop_next(where="any")
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/status")
        assert (await client.get("/api/status")).status_code == 204


async def test_a_hanging_request_over_loopback_is_released() -> None:
    double = LogtoDouble()
    async with double.serve() as base_url, httpx.AsyncClient(base_url=base_url) as client:
        double.controls.hang_next(where="any")
        task = asyncio.create_task(client.get("/api/status"))
        async with asyncio.timeout(10):
            await double.controls.wait_until_hanging()
        double.controls.release()
        async with asyncio.timeout(10):
            assert (await task).status_code == 204


async def test_a_hanging_request_times_the_client_out() -> None:
    double = LogtoDouble()
    async with double.serve() as base_url, httpx.AsyncClient(base_url=base_url) as client:
        double.controls.hang_next(where="any")
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/api/status", timeout=httpx.Timeout(5.0, read=0.05))
        # leaving serve() releases what still hangs, so shutting down does not wait for it


def test_serve_in_thread_for_sync_code() -> None:
    double = LogtoDouble()
    with double.serve_in_thread() as base_url, httpx.Client(base_url=base_url) as client:
        token = client.post(
            "/oidc/token", auth=(double.app_id, double.app_secret), data=token_form(double)
        )
        assert token.status_code == 200
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        assert client.get("/api/users", headers=headers).json() == []

        double.controls.hang_next()
        result: list[int] = []
        worker = threading.Thread(
            target=lambda: result.append(client.get("/api/users", headers=headers).status_code)
        )
        worker.start()
        assert double.controls.wait_until_hanging_sync(timeout=10)
        double.controls.release()
        worker.join(timeout=10)
        assert result == [200]
    assert double.controls.api_requests == 2


def test_the_command_prints_credentials_and_serves() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "logto_management.testing",
            "--port",
            "0",
            "--app-id",
            "demo-app",
            "--app-secret",
            "demo-secret",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        values: dict[str, str] = {}
        for _ in range(10):  # the announcement is five lines
            line = process.stdout.readline()
            if not line or line.startswith("#"):
                break
            key, _, value = line.strip().partition("=")
            values[key] = value
        assert values["LOGTO_APP_ID"] == "demo-app"
        assert values["LOGTO_APP_SECRET"] == "demo-secret"
        assert values["LOGTO_API_INDICATOR"] == "https://default.logto.app/api"
        endpoint = values["LOGTO_ENDPOINT"]
        assert endpoint.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=endpoint) as client:
            assert client.get("/api/status").status_code == 204
            token = client.post(
                "/oidc/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": "demo-app",
                    "client_secret": "demo-secret",
                    "resource": "https://default.logto.app/api",
                    "scope": "all",
                },
            )
            assert token.json()["scope"] == "all"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
