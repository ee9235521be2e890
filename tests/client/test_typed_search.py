"""Typed search (logto_management.search): the query Logto reads, the refusals Logto would answer
with a 400 made before any request, and the search reaching the server through the resources."""

from __future__ import annotations

import httpx
import pytest

from logto_management import ManagementApiClient
from logto_management.search import (
    ApplicationSearch,
    Match,
    RoleSearch,
    UserSearch,
    exact,
    like,
    posix,
    similar_to,
)
from logto_management_api import Client
from logto_management_api.models import CreateUserBody, SearchParams


def test_a_plain_string_is_a_like_pattern_on_its_field() -> None:
    assert UserSearch(primary_email="%@example.com").to_query() == {
        "search.primaryEmail": "%@example.com",
        "mode.primaryEmail": "like",
    }


def test_modes_joint_case_sensitivity_several_values_and_exclusions() -> None:
    search = UserSearch(
        id=exact("u1", "u2"),
        username=posix("^ad"),
        name=similar_to("(Ada|Bob)%"),
        any_field=like("%x%"),
        joint="and",
        case_sensitive=True,
        exclude_organization_id="o1",
    )
    assert search.to_query() == {
        "search": "%x%",
        "mode": "like",
        "search.id": ["u1", "u2"],
        "mode.id": "exact",
        "search.username": "^ad",
        "mode.username": "posix",
        "search.name": "(Ada|Bob)%",
        "mode.name": "similar_to",
        "joint": "and",
        "isCaseSensitive": "true",
        "excludeOrganizationId": "o1",
    }


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Match(("a", "b"), "like"), "need exact"),
        (lambda: exact(), "non-empty"),
        (lambda: like(""), "non-empty"),
        (lambda: UserSearch(name=similar_to("a%")), "case_sensitive=True"),
        (lambda: UserSearch(exclude_role_id="r", exclude_organization_id="o"), "together"),
    ],
)
def test_what_logto_would_refuse_is_refused_before_a_request(build: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_the_resource_sends_the_typed_search_then_search_params_over_it() -> None:
    seen: list[list[tuple[str, str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(list(request.url.params.multi_items()))
        return httpx.Response(200, headers={"Total-Number": "0"}, content=b"[]")

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    escape = SearchParams.from_dict({"mode.name": "exact"})
    listing = client.sync.roles.list(
        search=RoleSearch(id=exact("r1", "r2"), name="adm%"), search_params=escape
    )
    assert list(listing) == []
    assert seen == [
        [("page", "1"), ("page_size", "100"), ("search.id", "r1"), ("search.id", "r2"),
         ("mode.id", "exact"), ("search.name", "adm%"), ("mode.name", "exact")]
    ]  # fmt: skip
    client.sync.applications.list(search_params=escape).page(1)
    assert seen[-1] == [("page", "1"), ("page_size", "100"), ("mode.name", "exact")]
    client.sync.applications.list(search=ApplicationSearch(name="cli")).page(1)
    assert seen[-1][2:] == [("search.name", "cli"), ("mode.name", "like")]


async def test_searching_users_of_the_double(double_client: ManagementApiClient) -> None:
    logto = double_client
    for name in ("ada", "adam", "bob"):
        await logto.users.create(body=CreateUserBody(username=name, primary_email=f"{name}@x.io"))
    found = logto.users.list(search=UserSearch(username=exact("ada", "bob")))
    assert sorted([str(u.username) async for u in found]) == ["ada", "bob"]
    found = logto.users.list(search=UserSearch(primary_email="ada%"))
    assert sorted([str(u.username) async for u in found]) == ["ada", "adam"]
