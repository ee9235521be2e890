"""Boolean query parameters against the real server (spec/booleans.py): ``True`` turns each on,
``False`` means off, including on the routes that read any value, ``false`` too, as true (the raw
``=false`` is shown doing so, which is why a flag that is False is not sent)."""

from __future__ import annotations

import json
from typing import Any

from logto_management import ManagementApiClient
from logto_management_api.api.applications import list_applications
from logto_management_api.api.audit_logs import list_logs
from logto_management_api.api.hooks import get_hook, list_hooks
from logto_management_api.api.organizations import list_organizations
from logto_management_api.api.resources import list_resources
from logto_management_api.api.users import get_user
from logto_management_api.models import (
    CreateApplicationBody,
    CreateHookBody,
    CreateOrganizationBody,
    CreateResourceBody,
    CreateUserBody,
    HookConfigInput,
)
from logto_management_api.types import Response

from . import _release


def body(answer: Response[Any]) -> Any:
    assert answer.status_code == 200, answer.content
    return json.loads(answer.content)


async def test_flags_turn_on_with_true_and_stay_off_with_false(
    real_client: ManagementApiClient, unique: str
) -> None:
    c = real_client
    resource = await c.resources.create(
        body=CreateResourceBody(name=f"bools {unique}", indicator=f"https://bools-{unique}.test")
    )
    user = await c.users.create(
        body=CreateUserBody(username=f"bools_{unique}", password="x1!Yq9#zLm")
    )
    org = await c.organizations.create(body=CreateOrganizationBody(name=f"bools {unique}"))
    hook = await c.hooks.create(
        body=CreateHookBody(
            name=f"bools {unique}",
            events=["PostSignIn"],
            config=HookConfigInput(url=f"https://hooks-{unique}.example.com"),
        )
    )
    try:
        on = body(
            await list_resources.asyncio_detailed(client=c, include_scopes=True, page_size=100)
        )
        off = body(
            await list_resources.asyncio_detailed(client=c, include_scopes=False, page_size=100)
        )
        assert all("scopes" in r for r in on)
        assert not any("scopes" in r for r in off)

        on = body(await get_user.asyncio_detailed(user.id, client=c, include_sso_identities=True))
        off = body(await get_user.asyncio_detailed(user.id, client=c, include_sso_identities=False))
        assert "ssoIdentities" in on
        assert "ssoIdentities" not in off
        on = body(await get_user.asyncio_detailed(user.id, client=c, include_password_hash=True))
        off = body(await get_user.asyncio_detailed(user.id, client=c, include_password_hash=False))
        # includePasswordHash is new in 1.42.0: older releases ignore it (no digest either way)
        assert bool(on.get("passwordDigest")) is not _release.older_than("1.42.0")
        assert not off.get("passwordDigest")

        on = body(await list_organizations.asyncio_detailed(client=c, show_featured=True, q=unique))
        off = body(
            await list_organizations.asyncio_detailed(client=c, show_featured=False, q=unique)
        )
        assert "usersCount" in on[0]
        assert "usersCount" not in off[0]

        on = body(await list_hooks.asyncio_detailed(client=c, include_execution_stats=True))
        off = body(await list_hooks.asyncio_detailed(client=c, include_execution_stats=False))
        assert all("executionStats" in h for h in on)
        assert not any("executionStats" in h for h in off)
        # GetHook reads the flag by presence: "=false" turns the stats on, so False is not sent.
        http = c.get_async_httpx_client()
        raw = await http.get(f"/api/hooks/{hook.id}", params={"includeExecutionStats": "false"})
        assert "executionStats" in raw.json()
        on = body(await get_hook.asyncio_detailed(hook.id, client=c, include_execution_stats=True))
        off = body(
            await get_hook.asyncio_detailed(hook.id, client=c, include_execution_stats=False)
        )
        assert "executionStats" in on
        assert "executionStats" not in off

        # enableCap only shows on a tenant with more than 10,000 logs: both values are accepted.
        for value in (True, False):
            answer = await list_logs.asyncio_detailed(client=c, enable_cap=value, page_size=1)
            assert answer.status_code == 200
    finally:
        await c.hooks.delete(hook.id)
        await c.organizations.delete(org.id)
        await c.users.delete(user.id)
        await c.resources.delete(resource.id)


async def test_is_third_party_false_means_first_party_only(
    real_client: ManagementApiClient, unique: str
) -> None:
    c = real_client
    third = await c.applications.create(
        body=CreateApplicationBody(name=f"third {unique}", type_="Traditional", is_third_party=True)
    )
    first = await c.applications.create(
        body=CreateApplicationBody(name=f"first {unique}", type_="Traditional")
    )
    try:

        async def ids(value: bool | None) -> set[str]:
            kwargs: dict[str, Any] = {} if value is None else {"is_third_party": value}
            found = body(
                await list_applications.asyncio_detailed(client=c, page_size=100, **kwargs)
            )
            return {a["id"] for a in found} & {third.id, first.id}

        assert await ids(True) == {third.id}
        assert await ids(False) == {first.id}
        assert await ids(None) == {third.id, first.id}
    finally:
        await c.applications.delete(third.id)
        await c.applications.delete(first.id)
