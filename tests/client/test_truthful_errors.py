"""No fault is reported as its opposite (issue 19, points 3, 4, 6, 7 and 8), with the double.

- a query map (search_params) cannot set the paginator's page or page size;
- a DELETE whose answer was lost is not resent, so a delete that worked is never reported as
  "not found";
- a connection error inside ``paginate`` carries its page, and a pass resumes from a page;
- messages show the path as sent (percent-encoded), control characters escaped;
- the token endpoint's 429/503 are retried like API calls and, once retries are exhausted, the
  error says so and carries ``retry_after``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from logto_management import (
    ClientCredentials,
    ClientCredentialsError,
    LogtoConnectionError,
    LogtoTimeoutError,
    ManagementApiClient,
    NotFoundError,
    RetryPolicy,
    create_management_api,
    paginate,
)
from logto_management._request_path import printable, sent_path
from logto_management.testing import LogtoDouble
from logto_management_api.api.users import get_user, list_users
from logto_management_api.models import SearchParams

NO_WAIT = RetryPolicy(max_retries=2, backoff_base=0.0, retry_after_max=0.0)


def make_client(double: LogtoDouble, transport: Any = None, **options: Any) -> ManagementApiClient:
    return create_management_api(
        "default",
        client_id=double.app_id,
        client_secret=double.app_secret,
        base_url="http://logto.test",
        allow_insecure_http=True,
        httpx_args={"transport": transport or double.transport()},
        **options,
    )


@pytest.fixture
def double() -> LogtoDouble:
    double = LogtoDouble(seed=19)
    for number in range(5):
        double.add_user(username=f"user{number}")
    return double


@pytest.fixture
async def client(double: LogtoDouble) -> AsyncIterator[ManagementApiClient]:
    async with make_client(double, retry_policy=NO_WAIT) as client:
        yield client


# --- 3. a query map cannot steer the paginator -------------------------------------------------


@pytest.mark.parametrize(("name", "value"), [("page", "1"), ("page_size", "1000")])
async def test_search_params_cannot_set_the_page_or_its_size(
    double: LogtoDouble, client: ManagementApiClient, name: str, value: str
) -> None:
    search = SearchParams.from_dict({name: value})
    before = double.controls.api_requests
    with pytest.raises(ValueError, match=f"search_params must not set '{name}'"):
        paginate(list_users.asyncio_detailed, client=client, search_params=search)
    with pytest.raises(ValueError, match=f"search_params must not set '{name}'"):
        paginate(list_users.sync_detailed, client=client, search_params=search)
    with pytest.raises(ValueError, match=f"^list_users: search_params must not set '{name}'"):
        await list_users.asyncio(client=client, search_params=search)
    with pytest.raises(ValueError, match=f"search_params must not set '{name}'"):
        client.users.list(search_params=search)
    assert double.controls.api_requests == before  # nothing was sent


async def test_other_search_params_still_page(client: ManagementApiClient) -> None:
    search = SearchParams.from_dict({"search.username": "user%"})
    names = [user.username async for user in client.users.list(search_params=search, page_size=2)]
    assert sorted(str(name) for name in names) == [f"user{number}" for number in range(5)]


# --- 4. a DELETE whose answer was lost ---------------------------------------------------------


class LoseDeleteAnswers(httpx.AsyncBaseTransport):
    """Passes requests to the double; a DELETE is carried out, then its answer is lost."""

    def __init__(self, double: LogtoDouble) -> None:
        self.inner = double.transport()
        self.deletes = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "DELETE":
            self.deletes += 1
            await response.aread()
            raise httpx.ReadTimeout("timed out", request=request)
        return response


async def test_a_delete_whose_answer_was_lost_is_not_reported_as_not_found(
    double: LogtoDouble,
) -> None:
    victim = double.add_user(username="gone")
    transport = LoseDeleteAnswers(double)
    async with make_client(double, transport, retry_policy=NO_WAIT) as client:
        with pytest.raises(LogtoTimeoutError) as raised:
            await client.users.delete(victim.id)
        with pytest.raises(NotFoundError):
            await client.users.get(victim.id)  # Logto did delete it
    assert transport.deletes == 1  # not resent: a resend would have answered 404
    assert not isinstance(raised.value, NotFoundError)
    assert str(raised.value) == (
        f"DELETE http://logto.test/api/users/{victim.id}: no answer within the 10 s read "
        "timeout (1 attempt; ReadTimeout: timed out; not resent: Logto may have acted on this "
        "DELETE)"
    )


# --- 6. connection errors inside paginate carry the page; a pass resumes -----------------------


async def test_a_connection_error_inside_paginate_carries_its_page_and_resumes(
    double: LogtoDouble,
) -> None:
    async with make_client(double, max_retries=0) as client:
        pages = paginate(list_users.asyncio_detailed, client=client, page_size=2)
        seen: list[str] = []

        async def read_until_it_breaks() -> None:
            async for page in pages.pages():
                seen.extend(user.id for user in page.items)
                double.controls.drop_next(1, path="/api/users")  # the next page's request

        with pytest.raises(LogtoConnectionError) as raised:
            await read_until_it_breaks()
        assert raised.value.page == 2
        assert str(raised.value).endswith("(page 2)")
        assert "page=2" in repr(raised.value)
        rest = [user.id async for user in pages.items(start=raised.value.page)]
        everyone = [user.id async for user in pages]
    assert seen + rest == everyone
    assert len(everyone) == 5


def test_the_sync_paginator_carries_the_page_and_resumes(double: LogtoDouble) -> None:
    with double.serve_in_thread() as base_url:
        client = create_management_api(
            "default",
            client_id=double.app_id,
            client_secret=double.app_secret,
            base_url=base_url,
            max_retries=0,
        )
        with client:
            pages = paginate(list_users.sync_detailed, client=client, page_size=4)
            first = next(iter(pages.pages()))
            double.controls.drop_next(1, path="/api/users")
            with pytest.raises(LogtoConnectionError) as raised:
                list(pages.pages(start=2))
            assert raised.value.page == 2
            rest = list(pages.items(start=2))
    assert len(first.items) + len(rest) == 5


@pytest.mark.parametrize("start", [0, -1, True])
def test_start_is_a_page_number(double: LogtoDouble, start: Any) -> None:
    client = make_client(double)
    pages = paginate(list_users.sync_detailed, client=client)
    with pytest.raises(ValueError, match="start must be a page number"):
        pages.pages(start=start)


# --- 7. messages show the path as sent ---------------------------------------------------------


async def test_messages_show_the_path_as_sent(client: ManagementApiClient) -> None:
    with pytest.raises(NotFoundError) as raised:
        await get_user.asyncio("../applications", client=client)
    assert raised.value.path == "/api/users/..%2Fapplications"
    assert str(raised.value) == (
        "404 entity.not_found: The resource does not exist. (GET /api/users/..%2Fapplications)"
    )
    with pytest.raises(NotFoundError) as raised:
        await client.users.get("a\x00b\nc")
    assert str(raised.value).endswith("(GET /api/users/a%00b%0Ac)")


def test_sent_path_and_printable() -> None:
    request = httpx.Request("GET", "http://logto.test/api/users/..%2Fx?search=secret")
    assert request.url.path == "/api/users/../x"  # httpx decodes: not what was sent
    assert sent_path(request) == "/api/users/..%2Fx"
    assert printable("a\x00b\nc\x1b[31m") == "a\\x00b\\nc\\x1b[31m"
    assert printable("Grüße") == "Grüße"


async def test_a_server_message_with_control_characters_prints_on_one_line(
    double: LogtoDouble, client: ManagementApiClient
) -> None:
    body = {"code": "x", "message": "line one\nline two\x1b[2J"}
    double.controls.fail_next(status=400, body=body)
    with pytest.raises(Exception) as raised:  # noqa: PT011 - the message is what is checked
        await client.users.get("u1")
    assert str(raised.value) == "400 x: line one\\nline two\\x1b[2J (GET /api/users/u1)"


# --- 8. the token endpoint's 429 and 503 -------------------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
async def test_a_busy_token_endpoint_is_retried(double: LogtoDouble, status: int) -> None:
    double.controls.fail_next(2, status=status, retry_after=30, where="token")
    async with make_client(double, retry_policy=NO_WAIT) as client:
        users = [user async for user in client.users.list()]
    assert len(users) == 5
    assert double.controls.token_requests == 3


@pytest.mark.parametrize("status", [429, 503])
async def test_a_token_endpoint_busy_after_every_retry_says_so(
    double: LogtoDouble, status: int
) -> None:
    double.controls.fail_next(3, status=status, retry_after=30, where="token")
    async with make_client(double, retry_policy=NO_WAIT) as client:
        with pytest.raises(ClientCredentialsError) as raised:
            await client.users.get("u1")
    error = raised.value
    assert (error.status, error.retry_after, error.attempts) == (status, 30.0, 3)
    assert str(error).endswith("(retries exhausted: 3 attempts, Retry-After 30 s)")
    assert double.controls.token_requests == 3


async def test_a_bare_client_credentials_reports_its_one_attempt(double: LogtoDouble) -> None:
    # No retry transport below a ClientCredentials of its own: it does not claim retries.
    double.controls.fail_next(1, status=503, retry_after=7, where="token")
    credentials = ClientCredentials(
        token_endpoint="http://logto.test/oidc/token",
        client_id=double.app_id,
        client_secret=double.app_secret,
        resource="https://default.logto.app/api",
        allow_insecure_http=True,
        http_client=httpx.AsyncClient(transport=double.transport()),
    )
    with pytest.raises(ClientCredentialsError) as raised:
        await credentials.get_token()
    assert str(raised.value).endswith("(1 attempt, Retry-After 7 s)")
    assert (raised.value.retry_after, raised.value.attempts) == (7.0, 1)
    assert credentials.http_client is not None
    await credentials.http_client.aclose()


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_a_pass_from_a_later_page_gives_the_rest_in_order(
    client: ManagementApiClient, concurrency: int
) -> None:
    pages = paginate(
        list_users.asyncio_detailed, client=client, page_size=1, concurrency=concurrency
    )
    everyone = [user.id async for user in pages]
    assert [user.id async for user in pages.items(start=3)] == everyone[2:]
    assert [page.number async for page in pages.pages(start=5)] == [5]
    assert [user.id async for user in pages.items(start=9)] == []
