"""One page with its total (``await logto.users.list(page_size=20).page(3)``), async and sync,
for every paginated list method."""

from __future__ import annotations

import json

import httpx
import pytest

from logto_management import ManagementApiClient, Page, Paginator, SyncPaginator
from logto_management_api import Client
from logto_management_api.models import CreateUserBody, User
from spec import resources
from spec.source import REPO_ROOT


async def test_page_three_of_a_list_with_its_total(double_client: ManagementApiClient) -> None:
    logto = double_client
    for index in range(7):
        await logto.users.create(body=CreateUserBody(username=f"user{index}"))
    listing = logto.users.list(page_size=3)
    page: Page[User] = await listing.page(3)
    assert (page.number, page.total, len(page.items), page.has_next) == (3, 7, 1, False)
    second = await listing.page(2)
    assert (len(second.items), second.has_next) == (3, True)
    every = [u.id async for u in listing]
    assert [u.id for u in second.items + page.items] == every[3:]
    beyond = await listing.page(9)
    assert (beyond.items, beyond.total, beyond.has_next) == ([], 7, False)


@pytest.mark.parametrize("number", [0, -1, True, 1.5])
async def test_a_page_number_logto_would_refuse_is_refused_before_asking(
    double_client: ManagementApiClient, number: object
) -> None:
    with pytest.raises(ValueError, match="start at 1"):
        await double_client.users.list().page(number)  # type: ignore[arg-type]


def test_the_sync_twin_asks_for_that_page_alone() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.params))
        body = [{"id": "r1", "tenantId": "t", "name": "n", "description": "d", "type": "User",
                 "isDefault": False}]  # fmt: skip
        headers = {"Total-Number": "41", "Link": '</roles?page=4>; rel="next"'}
        return httpx.Response(200, headers=headers, content=json.dumps(body).encode())

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    page = client.sync.roles.list(page_size=20, exclude_user_id="u9").page(3)
    assert (page.number, page.total, page.has_next, [r.id for r in page.items]) == (
        3, 41, True, ["r1"],
    )  # fmt: skip
    assert seen == ["excludeUserId=u9&page=3&page_size=20"]


def test_every_paginated_method_returns_a_paginator_with_page() -> None:
    """Every paginated list method (async and sync) returns a paginator, which has ``page``."""
    package = REPO_ROOT / "generated" / "logto_management_api"
    paginated = [op for ops in resources.collect(package).values() for op in ops if op.paginated]
    assert len(paginated) >= 28
    for module in ("resources/users.py", "resources/organizations.py"):
        source = (package / module).read_text(encoding="utf-8")
        assert source.count("-> Paginator[") == source.count("-> SyncPaginator[") > 0
    assert callable(Paginator.page)
    assert callable(SyncPaginator.page)
