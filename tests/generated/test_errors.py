"""Generated operations over the resilience stack, against a FaultServer on 127.0.0.1.

A generated ``asyncio()`` call returns the parsed value after a transient failure, and raises a
LogtoApiError subclass for an error answer instead of returning ``None``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from _resilience_support import (
    FakeSleep,
    FaultServer,
    Reply,
    json_reply,
)
from _traffic import exchange

from logto_management._errors import InternalServerError, NotFoundError
from logto_management._http import LogtoAsyncHTTPClient
from logto_management._transports.retry import AsyncRetryTransport
from logto_management_api import Client
from logto_management_api.api.users import create_user, get_user
from logto_management_api.models import CreateUserBody, User

pytestmark = pytest.mark.filterwarnings("error::ResourceWarning")


def user_json() -> bytes:
    return json.dumps(exchange("users_create_ok")["response"]["body"]).encode()


@asynccontextmanager
async def api_client(server: FaultServer, sleep: FakeSleep) -> AsyncIterator[Client]:
    client = Client(base_url=server.url)
    http = LogtoAsyncHTTPClient(
        transport=AsyncRetryTransport(httpx.AsyncHTTPTransport(), sleep=sleep),
        base_url=server.url,
    )
    client.set_async_httpx_client(http)
    async with client:
        yield client


async def test_get_user_after_a_503_returns_the_user() -> None:
    body = user_json()
    ok = Reply(200, body, [("Content-Type", "application/json")])
    sleep = FakeSleep()
    async with (
        FaultServer([json_reply(503, {"message": "busy"}), ok]) as server,
        api_client(server, sleep) as client,
    ):
        user = await get_user.asyncio("qtswms4zko0e", client=client)
    assert isinstance(user, User)
    assert user.id == "qtswms4zko0e"
    assert len(server.received) == 2
    assert len(sleep.delays) == 1


async def test_get_user_404_raises_not_found() -> None:
    missing = json_reply(
        404, {"code": "entity.not_found", "message": "The resource does not exist."}
    )
    async with (
        FaultServer([missing]) as server,
        api_client(server, FakeSleep()) as client,
    ):
        with pytest.raises(NotFoundError) as caught:
            await get_user.asyncio("nope", client=client)
    assert str(caught.value) == (
        "404 entity.not_found: The resource does not exist. (GET /api/users/nope)"
    )


async def test_create_user_500_is_sent_once_and_raises() -> None:
    failure = json_reply(500, {"code": "unknown", "message": "Internal server error."})
    sleep = FakeSleep()
    async with FaultServer([failure]) as server, api_client(server, sleep) as client:
        with pytest.raises(InternalServerError):
            await create_user.asyncio(client=client, body=CreateUserBody(username="alice"))
    assert [(r.method, r.path) for r in server.received] == [("POST", "/api/users")]
    assert json.loads(server.received[0].body) == {"username": "alice"}
    assert sleep.delays == []
