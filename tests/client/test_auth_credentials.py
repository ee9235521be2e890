"""ClientCredentials: the token request, its errors, caching and single flight."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
from collections.abc import Callable
from urllib.parse import parse_qsl, unquote_plus

import httpx
import pytest
from _auth_support import (
    CLIENT_ID,
    CLIENT_SECRET,
    OSS_RESOURCE,
    TOKEN_URL,
    FakeClock,
    FakeLogto,
    count_sync_callers,
    leaked,
)
from _traffic import exchange, recorded_response

from logto_management._credentials import ClientCredentials
from logto_management._errors import (
    ClientCredentialsError,
    LogtoConnectionError,
    LogtoError,
    LogtoTimeoutError,
)
from logto_management._tokens import AccessToken

Handler = Callable[[httpx.Request], httpx.Response]


def credentials(
    handler: Handler | httpx.MockTransport,
    *,
    clock: Callable[[], float] | None = None,
    **kwargs: object,
) -> tuple[ClientCredentials, httpx.AsyncClient]:
    if isinstance(handler, httpx.MockTransport):
        transport = handler
    else:
        transport = httpx.MockTransport(handler)
    client = httpx.AsyncClient(transport=transport)
    options: dict[str, object] = {
        "token_endpoint": TOKEN_URL,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "resource": OSS_RESOURCE,
        "http_client": client,
    }
    options.update(kwargs)
    if clock is not None:
        options["clock"] = clock
    return ClientCredentials(**options), client  # type: ignore[arg-type]


class Recorder:
    """A handler answering every request with one recorded response, keeping the requests."""

    def __init__(self, name: str) -> None:
        self.item = exchange(name)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return recorded_response(self.item)


# ------------------------------------------------------------------ recorded exchanges


async def test_replay_token_ok_basic() -> None:
    recorder = Recorder("token_ok_basic")
    creds, _ = credentials(recorder)

    token = await creds.get_token()

    assert token == recorder.item["response"]["body"]["access_token"]
    (sent,) = recorder.requests
    recorded = recorder.item["request"]
    assert sent.method == recorded["method"] == "POST"
    assert sent.url.path == recorded["path"]
    assert sent.headers["Content-Type"] == recorded["headers"]["Content-Type"]
    assert sent.content.decode() == recorded["body"]
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert sent.headers["Authorization"] == f"Basic {expected}"
    assert "client_secret" not in sent.content.decode()


async def test_replay_token_ok_post() -> None:
    recorder = Recorder("token_ok_post")
    creds, _ = credentials(recorder, client_auth="post")

    token = await creds.get_token()

    assert token == recorder.item["response"]["body"]["access_token"]
    (sent,) = recorder.requests
    assert sent.content.decode() == recorder.item["request"]["body"]
    assert "Authorization" not in sent.headers


@pytest.mark.parametrize(
    ("name", "status", "error", "code"),
    [
        ("token_wrong_secret", 401, "invalid_client", "oidc.invalid_client"),
        ("token_unknown_resource", 400, "invalid_target", "oidc.invalid_target"),
        ("token_bad_grant", 400, "unsupported_grant_type", "oidc.unsupported_grant_type"),
    ],
)
async def test_replay_token_errors(name: str, status: int, error: str, code: str) -> None:
    recorder = Recorder(name)
    body = recorder.item["response"]["body"]
    creds, _ = credentials(recorder)

    with pytest.raises(ClientCredentialsError) as caught:
        await creds.get_token()

    exc = caught.value
    assert (exc.status, exc.error, exc.code) == (status, error, code)
    assert exc.error_description == body["error_description"]
    assert error in str(exc)
    assert body["error_description"] in str(exc)
    assert exc.__cause__ is None
    assert len(recorder.requests) == 1
    assert leaked([CLIENT_SECRET], objects=[exc]) == []


async def test_replay_unknown_scope_warns_once_per_granted_scope(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder("token_unknown_scope")
    creds, _ = credentials(recorder, scope="all read:nothing")
    caplog.set_level(logging.WARNING, logger="logto_management")

    token = await creds.get_token()
    creds.invalidate(token)
    await creds.get_token()  # same granted scope again: no second warning

    assert recorder.requests[0].content.decode() == recorder.item["request"]["body"]
    assert len(recorder.requests) == 2
    warnings = [r for r in caplog.records if r.name == "logto_management"]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "read:nothing" in message
    assert "`all` permission" in message
    assert leaked([token, CLIENT_SECRET], records=caplog.records) == []


async def test_missing_scope_means_none_granted_and_warns(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # token_no_scope: Logto leaves scope out of the answer when it grants none.
    recorder = Recorder("token_no_scope")
    creds, _ = credentials(recorder)
    caplog.set_level(logging.WARNING, logger="logto_management")

    await creds.get_token()

    (record,) = caplog.records
    assert "'all'" in record.getMessage()
    assert CLIENT_ID in record.getMessage()


async def test_no_scope_requested_replays_token_no_scope(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder("token_no_scope")
    creds, _ = credentials(recorder, scope=None)
    caplog.set_level(logging.WARNING, logger="logto_management")

    await creds.get_token()

    assert recorder.requests[0].content.decode() == recorder.item["request"]["body"]
    assert caplog.records == []


async def test_a_different_granted_scope_warns_again(caplog: pytest.LogCaptureFixture) -> None:
    server = FakeLogto(scope="read:users")
    creds, _ = credentials(server.transport())
    caplog.set_level(logging.WARNING, logger="logto_management")

    creds.invalidate(await creds.get_token())
    server.scope = "write:users"
    creds.invalidate(await creds.get_token())
    server.scope = "all"
    await creds.get_token()

    assert len(server.token_requests) == 3
    assert len(caplog.records) == 2


# ------------------------------------------------------------------ what is sent


async def test_basic_credentials_are_form_urlencoded_first() -> None:
    client_id, secret = "app:id é", "s3cr+t:/ %x"
    server = FakeLogto()
    creds, _ = credentials(server.transport(), client_id=client_id, client_secret=secret)

    await creds.get_token()

    header = server.token_requests[0].headers["Authorization"]
    raw = base64.b64decode(header.removeprefix("Basic ")).decode()
    assert raw == "app%3Aid+%C3%A9:s3cr%2Bt%3A%2F+%25x"
    encoded_id, encoded_secret = raw.split(":")
    assert (unquote_plus(encoded_id), unquote_plus(encoded_secret)) == (client_id, secret)


async def test_token_request_has_its_own_timeout_and_ignores_client_auth() -> None:
    server = FakeLogto()
    shared = httpx.AsyncClient(
        transport=server.transport(),
        auth=httpx.BasicAuth("someone", "else"),
        timeout=99.0,
        base_url="https://elsewhere.example",
    )
    creds = ClientCredentials(
        token_endpoint=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
        timeout=7.0,
        http_client=shared,
    )

    await creds.get_token()

    (sent,) = server.token_requests
    assert sent.url == TOKEN_URL
    assert sent.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert sent.headers["Authorization"] == f"Basic {expected}"
    assert dict(parse_qsl(sent.content.decode())) == {
        "grant_type": "client_credentials",
        "resource": OSS_RESOURCE,
        "scope": "all",
    }


async def test_redirects_are_not_followed() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(302, headers={"Location": "https://custom.example.com/oidc/token"})

    creds, client = credentials(handler)
    client.follow_redirects = True  # even a client that follows redirects must not, here

    with pytest.raises(ClientCredentialsError, match=r"redirect to https://custom\.example\.com"):
        await creds.get_token()
    assert len(requests) == 1


# ------------------------------------------------------------------ broken answers


def _answer(status: int, content: bytes, content_type: str = "application/json") -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type})

    return handler


@pytest.mark.parametrize(
    ("status", "content", "content_type", "message"),
    [
        (200, b"<html>Sign in</html>", "text/html", "not a JSON object \\(text/html\\)"),
        (502, b"<html>Bad gateway</html>", "text/html", "HTTP 502 with a body that is not a JSON"),
        (200, b"[1, 2]", "application/json", "not a JSON object"),
        (200, b"", "application/json", "not a JSON object"),
        (200, b'{"token_type": "Bearer", "expires_in": 3600}', "application/json",
         "without an access_token \\(missing\\)"),
        (200, b'{"access_token": "", "expires_in": 3600}', "application/json",
         "without an access_token"),
        (200, b'{"access_token": "t"}', "application/json",
         "missing or non-numeric expires_in \\(missing\\)"),
        (200, b'{"access_token": "t", "expires_in": "soon"}', "application/json",
         "non-numeric expires_in \\(the string 'soon'\\)"),
        (200, b'{"access_token": "t", "expires_in": true}', "application/json",
         "non-numeric expires_in \\(a JSON bool\\)"),
        (200, b'{"access_token": "t", "expires_in": -5}', "application/json",
         "non-numeric expires_in"),
        (200, b'{"access_token": "t", "expires_in": 60, "token_type": "DPoP"}',
         "application/json", "type the string 'DPoP', not Bearer"),
        (500, b'{"message": "Internal server error"}', "application/json",
         "HTTP 500: Internal server error"),
    ],
)  # fmt: skip
async def test_broken_answers_give_clear_errors(
    status: int, content: bytes, content_type: str, message: str
) -> None:
    creds, _ = credentials(_answer(status, content, content_type))

    with pytest.raises(ClientCredentialsError, match=message) as caught:
        await creds.get_token()
    assert caught.value.status == status


async def test_numeric_string_expires_in_is_accepted() -> None:
    creds, _ = credentials(_answer(200, b'{"access_token": "t", "expires_in": "3600"}'))
    token = await creds.get_access_token()
    assert token.expires_in == 3600.0


@pytest.mark.parametrize(
    ("error", "error_cls", "message"),
    [
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            LogtoConnectionError,
            "/oidc/token: could not connect (1 attempt; ConnectError: [Errno 111] Connection "
            "refused)",
        ),
        (
            httpx.ReadTimeout("timed out"),
            LogtoTimeoutError,
            "/oidc/token: no answer within the 10 s read timeout (1 attempt; ReadTimeout: "
            "timed out)",
        ),
    ],
)
async def test_network_errors_are_the_cause(
    error: httpx.HTTPError, error_cls: type[LogtoError], message: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    creds, _ = credentials(handler)

    with pytest.raises(error_cls) as caught:
        await creds.get_token()
    assert str(caught.value) == f"POST {TOKEN_URL}: " + message.split(": ", 1)[1]
    assert caught.value.__cause__ is error
    assert not isinstance(caught.value, ClientCredentialsError)


def test_sync_network_error_is_the_cause() -> None:
    error = httpx.ConnectTimeout("timed out")

    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    creds = ClientCredentials(
        token_endpoint=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
        sync_http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(LogtoTimeoutError, match="no connection within the 10 s connect timeout"):
        creds.get_token_sync()
    with pytest.raises(LogtoTimeoutError) as caught:
        creds.get_token_sync()
    assert caught.value.__cause__ is error


# ------------------------------------------------------------------ caching


async def test_50_sequential_calls_make_one_token_request() -> None:
    server = FakeLogto()
    clock = FakeClock()
    creds, _ = credentials(server.transport(), clock=clock)

    tokens = set()
    for _ in range(50):
        tokens.add(await creds.get_token())
        clock.advance(60)  # 50 minutes in all, within the hour minus the leeway

    assert tokens == {"tok-1"}
    assert len(server.token_requests) == 1


async def test_token_is_refreshed_at_expiry_minus_leeway_counted_from_sending() -> None:
    clock = FakeClock(now=0.0)
    server = FakeLogto(expires_in=3600)
    inner = server.transport()

    def slow_handler(request: httpx.Request) -> httpx.Response:
        clock.advance(5)  # the answer takes 5 s: the lifetime counts from the sending
        return inner.handler(request)  # type: ignore[return-value]

    creds, _ = credentials(slow_handler, clock=clock, leeway=60)

    assert await creds.get_token() == "tok-1"
    clock.now = 3539.9
    assert await creds.get_token() == "tok-1"
    clock.now = 3540.0  # 3600 - 60 after the request was sent (not after the answer came)
    assert await creds.get_token() == "tok-2"
    assert len(server.token_requests) == 2


async def test_short_lived_token_uses_half_its_lifetime_as_leeway() -> None:
    clock = FakeClock(now=0.0)
    server = FakeLogto(expires_in=60)
    creds, _ = credentials(server.transport(), clock=clock, leeway=60)

    assert await creds.get_token() == "tok-1"
    clock.now = 29.9
    assert await creds.get_token() == "tok-1"
    clock.now = 30.0
    assert await creds.get_token() == "tok-2"


async def test_invalidate_drops_only_the_current_token() -> None:
    server = FakeLogto()
    creds, _ = credentials(server.transport())

    first = await creds.get_token()
    creds.invalidate(first)
    second = await creds.get_token()
    creds.invalidate(first)  # a late 401 for the old token
    assert await creds.get_token() == second == "tok-2"
    assert len(server.token_requests) == 2


# ------------------------------------------------------------------ single flight


def count_waiters(
    monkeypatch: pytest.MonkeyPatch, creds: ClientCredentials, expected: int
) -> asyncio.Event:
    """An event set once ``expected`` calls have entered `ClientCredentials.get_access_token`."""
    all_waiting = asyncio.Event()
    entered = 0
    original = creds.get_access_token

    async def counting(*, http_client: httpx.AsyncClient | None = None) -> AccessToken:
        nonlocal entered
        entered += 1
        if entered == expected:
            all_waiting.set()
        return await original(http_client=http_client)

    monkeypatch.setattr(creds, "get_access_token", counting)
    return all_waiting


async def test_1000_concurrent_callers_make_one_token_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = FakeLogto()
    creds, _ = credentials(server.async_transport())
    server.token_gate = count_waiters(monkeypatch, creds, 1000)  # answer once all wait

    async with asyncio.timeout(30):
        tokens = await asyncio.gather(*(creds.get_token() for _ in range(1000)))

    assert set(tokens) == {"tok-1"}
    assert len(server.token_requests) == 1


async def test_all_waiters_get_the_error_and_the_next_call_tries_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = FakeLogto()
    server.token_failures = 1
    creds, _ = credentials(server.async_transport())
    server.token_gate = count_waiters(monkeypatch, creds, 20)

    async with asyncio.timeout(30):
        results = await asyncio.gather(
            *(creds.get_token() for _ in range(20)), return_exceptions=True
        )

    assert len(server.token_requests) == 1
    assert all(isinstance(r, ClientCredentialsError) and r.status == 500 for r in results)
    assert await creds.get_token() == "tok-1"
    assert len(server.token_requests) == 2


async def test_a_cancelled_waiter_does_not_cancel_the_request_for_others() -> None:
    server = FakeLogto()
    server.token_gate = asyncio.Event()
    creds, _ = credentials(server.async_transport())

    waiters = [asyncio.create_task(creds.get_token()) for _ in range(3)]
    async with asyncio.timeout(30):
        await server.token_arrived.wait()
        waiters[0].cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiters[0]
        server.token_gate.set()
        assert await asyncio.gather(*waiters[1:]) == ["tok-1", "tok-1"]
    assert len(server.token_requests) == 1


async def test_the_request_completes_even_if_every_waiter_is_cancelled() -> None:
    server = FakeLogto()
    server.token_gate = asyncio.Event()
    creds, _ = credentials(server.async_transport())

    waiter = asyncio.create_task(creds.get_token())
    async with asyncio.timeout(30):
        await server.token_arrived.wait()
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        server.token_gate.set()
        assert await creds.get_token() == "tok-1"  # joins the request still under way
    assert len(server.token_requests) == 1


def test_sync_threads_make_one_token_request(monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeLogto()
    creds = ClientCredentials(
        token_endpoint=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
        sync_http_client=httpx.Client(transport=server.transport()),
    )
    threads_n = 16
    # The token answer waits until every thread has asked for a token.
    server.sync_token_gate = count_sync_callers(monkeypatch, creds, threads_n)
    barrier = threading.Barrier(threads_n)
    results: list[str] = []

    def worker() -> None:
        barrier.wait(timeout=30)
        results.append(creds.get_token_sync())

    threads = [threading.Thread(target=worker) for _ in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert results == ["tok-1"] * threads_n
    assert len(server.token_requests) == 1


def test_sync_failure_is_not_cached() -> None:
    server = FakeLogto()
    server.token_failures = 1
    creds = ClientCredentials(
        token_endpoint=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
        sync_http_client=httpx.Client(transport=server.transport()),
    )
    with pytest.raises(ClientCredentialsError):
        creds.get_token_sync()
    assert creds.get_token_sync() == "tok-1"
    assert creds.get_token_sync() == "tok-1"
    assert len(server.token_requests) == 2


async def test_owns_a_client_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    server = FakeLogto()
    real_init = httpx.AsyncClient.__init__

    def init_with_mock(self: httpx.AsyncClient, **kwargs: object) -> None:
        real_init(self, transport=server.transport(), **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.AsyncClient, "__init__", init_with_mock)
    async with ClientCredentials(
        token_endpoint=TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
    ) as creds:
        assert await creds.get_token() == "tok-1"
        owned = creds._owned_async
        assert owned is not None
        assert not owned.is_closed
    assert owned.is_closed


# ------------------------------------------------------------------ bad input, secrets


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"client_id": ""}, "client_id"),
        ({"client_secret": "  "}, "client_secret"),
        ({"resource": ""}, "resource"),
        ({"token_endpoint": "not a url"}, "token_endpoint"),
        ({"token_endpoint": "ftp://logto.example.com/oidc/token"}, "https://"),
        ({"token_endpoint": "https://"}, "token_endpoint"),
        ({"token_endpoint": "https://logto.example.com/oidc/token?x=1"}, "query"),
        ({"token_endpoint": "http://logto.example.com/oidc/token"}, "plain http://"),
        ({"token_endpoint": "https://user:hunter2@logto.example.com/oidc/token"}, "password"),
        ({"client_auth": "jwt"}, "client_auth"),
        ({"leeway": -1}, "leeway"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_bad_input_fails_at_construction(overrides: dict[str, object], message: str) -> None:
    options: dict[str, object] = {
        "token_endpoint": "https://logto.example.com/oidc/token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "resource": OSS_RESOURCE,
        **overrides,
    }
    with pytest.raises(ValueError, match=message) as caught:
        ClientCredentials(**options)  # type: ignore[arg-type]
    assert leaked([CLIENT_SECRET, "hunter2"], objects=[caught.value]) == []


@pytest.mark.parametrize(
    ("endpoint", "allow"),
    [
        ("http://localhost:3001/oidc/token", False),
        ("http://127.0.0.1:3001/oidc/token", False),
        ("http://[::1]:3001/oidc/token", False),
        ("http://logto.internal:3001/oidc/token", True),
    ],
)
def test_plain_http_is_accepted_for_loopback_or_when_allowed(endpoint: str, allow: bool) -> None:
    creds = ClientCredentials(
        token_endpoint=endpoint,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        resource=OSS_RESOURCE,
        allow_insecure_http=allow,
    )
    assert creds.token_endpoint == endpoint


async def test_secrets_never_reach_logs_repr_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = FakeLogto(scope="read:nothing")  # also triggers the scope warning
    errors: list[BaseException] = []
    for client_auth in ("basic", "post"):
        creds, _ = credentials(server.transport(), client_auth=client_auth)
        token = await creds.get_access_token()
        for handler in (
            Recorder("token_wrong_secret"),
            _answer(200, b"<html>oops</html>", "text/html"),
            _answer(200, b'{"access_token": "t", "expires_in": "soon"}'),
        ):
            failing, _ = credentials(handler, client_auth=client_auth)
            with pytest.raises(ClientCredentialsError) as caught:
                await failing.get_token()
            errors.append(caught.value)
        errors.append(ValueError(repr(creds)))
        errors.append(ValueError(repr(token)))

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    failing, _ = credentials(refuse)
    with pytest.raises(LogtoConnectionError) as refused:
        await failing.get_token()
    errors.append(refused.value)

    assert any(r.name == "logto_management" for r in caplog.records)
    secrets = [CLIENT_SECRET, *server.issued, base64.b64encode(CLIENT_SECRET.encode()).decode()]
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert leaked([*secrets, basic], objects=errors, records=caplog.records) == []
