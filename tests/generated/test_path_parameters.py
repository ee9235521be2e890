"""Path parameters are data, never routing (issue 19, point 1).

``quote(x, safe="")`` leaves "." and ".." as they are and httpx removes dot segments, so
``users.remove_role(user_id, "..")`` was ``DELETE /api/users/{user_id}``: the user was deleted.
Now "", "." and ".." raise InvalidPathParameterError before anything is sent, and every other
value stays inside its own segment. Checked for every generated operation, through both APIs
(functional and resource), async and sync, and against the double.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

import logto_management_api.api as api_package
from logto_management import LogtoApiError, ManagementApiClient, create_management_api
from logto_management.testing import LogtoDouble
from logto_management_api.api.organizations import delete_organization_user
from logto_management_api.api.roles import delete_role_user
from logto_management_api.api.users import delete_user_role, get_user
from logto_management_api.types import InvalidPathParameterError, path_segment
from _samples import AnyBody, operations_with_path_parameters

ROUTING = ["", ".", ".."]
HOSTILE = [
    "../x",
    "a/b",
    "%2e%2e",
    "%2E%2E%2Fapplications",
    "x?y=1",
    "#",
    "\x00",
    "a" * 10_000,
    "Grüße, 世界 🙂",
    "...",
    " ",
    "\\..\\",
    ";",
    "..;",
]


OPERATIONS = [(module, names) for _, module, names in operations_with_path_parameters()]


BODY = AnyBody()


def url_of(module: ModuleType, values: dict[str, str]) -> str:
    """The URL `_get_kwargs` builds for ``values`` (other arguments take stand-ins)."""
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(module._get_kwargs).parameters.items():
        if name in values:
            kwargs[name] = values[name]
        elif parameter.default is inspect.Parameter.empty:
            kwargs[name] = BODY
    try:
        return str(module._get_kwargs(**kwargs)["url"])
    except InvalidPathParameterError:
        raise
    except Exception:  # a body stand-in the builder did not like: the URL came first
        pytest.fail(f"{module.__name__}: the URL could not be built")


def test_every_path_parameter_of_every_operation_is_checked() -> None:
    assert len(OPERATIONS) > 150  # about 200 in Logto 1.42
    for module, names in OPERATIONS:
        operation = module.__name__.rsplit(".", 1)[1]
        for name in names:
            for bad in ROUTING:
                values = dict.fromkeys(names, "ok") | {name: bad}
                with pytest.raises(InvalidPathParameterError) as raised:
                    url_of(module, values)
                assert (raised.value.operation, raised.value.parameter) == (operation, name)
                assert str(raised.value).startswith(f"{operation}: {name}={bad!r} ")


def test_every_other_value_stays_in_its_own_segment_of_every_operation() -> None:
    for module, names in OPERATIONS:
        template = url_of(module, dict.fromkeys(names, "ok"))
        for name in names:
            for value in HOSTILE:
                url = url_of(module, dict.fromkeys(names, "ok") | {name: value})
                segments, expected = url.split("/"), template.split("/")
                assert len(segments) == len(expected), (module.__name__, value)
                pairs = enumerate(zip(segments, expected, strict=True))
                changed = [i for i, (a, b) in pairs if a != b]
                assert len(changed) == 1, (module.__name__, name, value)
                assert unquote(segments[changed[0]]) == value
                assert not set(url) & set("?#\x00 "), url


def test_path_segment() -> None:
    assert path_segment("u1", "get_user", "user_id") == "u1"
    assert path_segment("../x", "get_user", "user_id") == "..%2Fx"
    assert path_segment("%2e%2e", "get_user", "user_id") == "%252e%252e"
    assert path_segment("x?y=1#", "get_user", "user_id") == "x%3Fy%3D1%23"
    assert path_segment(7, "get_user", "user_id") == "7"
    with pytest.raises(InvalidPathParameterError, match=r"get_user: user_id is not valid text"):
        path_segment("\ud800", "get_user", "user_id")
    error = InvalidPathParameterError("m", operation="o", parameter="p")
    assert isinstance(error, ValueError)


# --- against the double: nothing is sent, nothing is deleted ---------------------------------


class Recorder(httpx.AsyncBaseTransport):
    """The double's transport, recording each request line."""

    def __init__(self, double: LogtoDouble) -> None:
        self.inner = double.transport()
        self.lines: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.lines.append(f"{request.method} {request.url.raw_path.decode()}")
        return await self.inner.handle_async_request(request)


@pytest.fixture
def world() -> tuple[LogtoDouble, dict[str, str]]:
    double = LogtoDouble(seed=19)
    user = double.add_user(username="victim")
    role = double.add_role(name="victim-role", description="kept")
    double.assign_roles(user, role)
    organization = double.add_organization(name="victim-org", members=[user])
    return double, {"user": user.id, "role": role.id, "organization": organization.id}


@pytest.fixture
async def client(
    world: tuple[LogtoDouble, dict[str, str]],
) -> AsyncIterator[tuple[ManagementApiClient, Recorder]]:
    double, _ids = world
    recorder = Recorder(double)
    async with create_management_api(
        "default",
        client_id=double.app_id,
        client_secret=double.app_secret,
        base_url="http://logto.test",
        allow_insecure_http=True,
        httpx_args={"transport": recorder},
    ) as logto:
        yield logto, recorder


def still_there(double: LogtoDouble, ids: dict[str, str]) -> None:
    assert double._call("GET", f"/api/users/{ids['user']}")["username"] == "victim"
    assert double._call("GET", f"/api/roles/{ids['role']}")["name"] == "victim-role"
    organization = double._call("GET", f"/api/organizations/{ids['organization']}")
    assert organization["name"] == "victim-org"


async def test_the_four_destructive_calls_of_the_issue_delete_nothing(
    world: tuple[LogtoDouble, dict[str, str]],
    client: tuple[ManagementApiClient, Recorder],
) -> None:
    double, ids = world
    logto, recorder = client
    calls: list[tuple[Callable[[], Awaitable[None]], str, str]] = [
        (lambda: logto.users.remove_role(ids["user"], ".."), "delete_user_role", "role_id"),
        (lambda: logto.roles.remove_user(ids["role"], ".."), "delete_role_user", "user_id"),
        (lambda: logto.users.remove_role("..", ids["role"]), "delete_user_role", "user_id"),
        (
            lambda: logto.organizations.remove_user("..", ids["user"]),
            "delete_organization_user",
            "id",
        ),
    ]
    for call, operation, parameter in calls:
        with pytest.raises(InvalidPathParameterError) as raised:
            await call()
        assert (raised.value.operation, raised.value.parameter) == (operation, parameter)
    # The functional API, async and sync (the sync one against the same double's rules).
    with pytest.raises(InvalidPathParameterError):
        await delete_user_role.asyncio(ids["user"], "..", client=logto)
    with pytest.raises(InvalidPathParameterError):
        delete_role_user.sync(ids["role"], "..", client=logto)
    with pytest.raises(InvalidPathParameterError):
        delete_organization_user.sync("..", ids["user"], client=logto)
    with pytest.raises(InvalidPathParameterError):
        logto.sync.users.remove_role(ids["user"], "..")
    assert recorder.lines == []  # nothing was sent, not even a token request
    still_there(double, ids)


async def test_get_with_an_empty_or_dot_id_raises_before_sending(
    client: tuple[ManagementApiClient, Recorder],
) -> None:
    logto, recorder = client
    for bad in ROUTING:
        with pytest.raises(ValueError, match=r"^get_user: user_id="):
            await logto.users.get(bad)
        with pytest.raises(ValueError, match=r"^get_user: user_id="):
            await get_user.asyncio(bad, client=logto)
        with pytest.raises(ValueError, match=r"^get_user: user_id="):
            logto.sync.users.get(bad)
    assert recorder.lines == []


@pytest.mark.parametrize("value", HOSTILE)
async def test_hostile_ids_reach_the_operations_own_route(
    world: tuple[LogtoDouble, dict[str, str]],
    client: tuple[ManagementApiClient, Recorder],
    value: str,
) -> None:
    double, ids = world
    logto, recorder = client
    with pytest.raises(LogtoApiError) as raised:
        await logto.users.remove_role(ids["user"], value)
    line = recorder.lines[-1]
    assert line == f"DELETE /api/users/{ids['user']}/roles/{path_segment(value, '', '')}"
    # Logto's JSON error from the operation's own route (not the router's plain "Not Found").
    assert (raised.value.status, raised.value.code) == (404, "entity.not_found")
    assert raised.value.path == line.split(" ", 1)[1]  # the path as sent
    assert double.controls.requests[-1].path == raised.value.path
    still_there(double, ids)
