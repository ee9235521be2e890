"""``create_management_api(http_backend=...)``: the same client over httpx's transport and over
aiohttp's. Auth, errors, retries and the rate limit sit above the transport, so every outcome
here must be the same for both (the Logto double on loopback plays the server)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx
import pytest
from _backends import BACKENDS

from logto_management import (
    InternalServerError,
    LogtoConnectionError,
    ManagementApiClient,
    NotFoundError,
    RetryPolicy,
    create_management_api,
)
from logto_management._transports.aiohttp import HttpBackend, LogtoAiohttpTransport
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import create_user, get_user, list_users
from logto_management_api.models import CreateUserBody, User

pytestmark = [
    pytest.mark.parametrize("backend", BACKENDS),
    pytest.mark.filterwarnings("error::ResourceWarning"),
]

NO_WAIT = RetryPolicy(max_retries=2, backoff_base=0.0)


@asynccontextmanager
async def served_client(
    logto: LogtoDouble, backend: HttpBackend, **kwargs: object
) -> AsyncIterator[ManagementApiClient]:
    async with (
        logto.serve() as base_url,
        create_management_api(
            client_id=logto.app_id,
            client_secret=logto.app_secret,
            base_url=base_url,
            http_backend=backend,
            **kwargs,  # type: ignore[arg-type]
        ) as client,
    ):
        yield client


def inner_transport(client: ManagementApiClient) -> object:
    """The transport below retries and the rate limit, in the client's shared stack."""
    client.get_async_httpx_client()
    return client.runtime.async_stack().transport.transport


async def test_the_backend_is_the_innermost_transport(backend: HttpBackend) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend) as client:
        expected = LogtoAiohttpTransport if backend == "aiohttp" else httpx.AsyncHTTPTransport
        assert isinstance(inner_transport(client), expected)
        users = await list_users.asyncio(client=client)
        assert users == []


async def test_token_once_then_renewed_once_after_a_401(backend: HttpBackend) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend) as client:
        created = await create_user.asyncio(client=client, body=CreateUserBody(username="ada"))
        assert isinstance(created, User)
        await asyncio.gather(*(get_user.asyncio(created.id, client=client) for _ in range(20)))
        assert logto.controls.token_requests == 1
        logto.controls.revoke_tokens()
        again = await get_user.asyncio(created.id, client=client)
        assert again is not None
        assert again.username == "ada"
        assert logto.controls.token_requests == 2


async def test_api_errors_are_logto_api_errors(backend: HttpBackend) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend) as client:
        with pytest.raises(NotFoundError) as error:
            await get_user.asyncio("nobody", client=client)
        assert error.value.code == "entity.not_found"
        assert error.value.path == "/api/users/nobody"
        assert "Bearer" not in str(error.value)


async def test_a_503_is_retried_for_a_get_not_for_a_create(backend: HttpBackend) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend, retry_policy=NO_WAIT) as client:
        await list_users.asyncio(client=client)  # the token, outside the counts below
        logto.controls.reset()
        logto.controls.fail_next(1, status=503)
        assert await list_users.asyncio(client=client) == []
        assert logto.controls.api_requests == 2
        logto.controls.reset()
        logto.controls.fail_next(1, status=503)
        with pytest.raises(InternalServerError) as error:
            await create_user.asyncio(client=client, body=CreateUserBody(username="bob"))
        assert error.value.status == 503
        assert logto.controls.api_requests == 1


async def test_a_dropped_connection_is_retried_for_a_get_not_for_a_create(
    backend: HttpBackend,
) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend, retry_policy=NO_WAIT) as client:
        await list_users.asyncio(client=client)
        logto.controls.reset()
        logto.controls.drop_next(1)
        assert await list_users.asyncio(client=client) == []
        assert logto.controls.api_requests == 2
        logto.controls.reset()
        logto.controls.drop_next(1)
        with pytest.raises(LogtoConnectionError) as error:
            await create_user.asyncio(client=client, body=CreateUserBody(username="bob"))
        # "may have been received": httpx's class for it, whatever the transport
        assert isinstance(error.value.__cause__, httpx.RemoteProtocolError | httpx.ReadError)
        assert error.value.attempts == 1
        assert logto.controls.api_requests == 1


async def test_the_rate_limit_counts_every_request_the_same(backend: HttpBackend) -> None:
    logto = LogtoDouble()
    async with served_client(logto, backend, rate_limit=(2, 3600.0)) as client:
        await list_users.asyncio(client=client)  # two starts: the token and the call
        waiting = asyncio.ensure_future(list_users.asyncio(client=client))
        done, _ = await asyncio.wait({waiting}, timeout=0.05)
        # the third start is an hour away: it is waiting for a slot, and was never sent
        assert done == set()
        assert logto.controls.api_requests == 1
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting


async def test_a_connection_refused_is_a_connect_error(backend: HttpBackend) -> None:
    async with create_management_api(
        client_id="app",
        client_secret="s3cr3t-value",
        base_url="http://127.0.0.1:9",  # discard port: nothing listens
        retry_policy=RetryPolicy(max_retries=0),
        http_backend=backend,
    ) as client:
        with pytest.raises(LogtoConnectionError) as error:
            await list_users.asyncio(client=client)
        assert isinstance(error.value.__cause__, httpx.ConnectError)
        assert "s3cr3t-value" not in str(error.value)


def test_bad_choices_fail_at_construction(backend: HttpBackend) -> None:
    make: Callable[..., ManagementApiClient] = create_management_api
    with pytest.raises(ValueError, match="http_backend"):
        make(client_id="a", client_secret="b", http_backend="curl")
    if backend == "aiohttp":
        with pytest.raises(ValueError, match="either"):
            make(
                client_id="a",
                client_secret="b",
                http_backend=backend,
                httpx_args={"transport": httpx.AsyncHTTPTransport()},
            )
        client = make(
            client_id="a", client_secret="b", http_backend=backend, httpx_args={"http2": True}
        )
        with pytest.raises(ValueError, match=r"HTTP/1\.1"):
            client.get_async_httpx_client()


def test_without_the_extra_the_error_says_what_to_install(
    backend: HttpBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    if backend == "aiohttp":
        with pytest.raises(ImportError, match=r"logto-management\[aiohttp\]"):
            create_management_api(client_id="a", client_secret="b", http_backend=backend)
    else:
        create_management_api(client_id="a", client_secret="b", http_backend=backend)
