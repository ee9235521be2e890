"""Scenario: advanced user search, as Logto's guide describes it.

``search`` looks for a value in several fields at once (``%`` is the wildcard); ``search.<field>``
with ``mode.<field>`` (``exact`` or ``like``) filters one field; ``isCaseSensitive`` and ``joint``
(``and``/``or``) combine them. Results are paginated like every list.
Run: ``python -m examples.advanced_user_search`` (LOGTO_* variables set).
"""

from __future__ import annotations

import secrets

from examples.connect import run_scenario
from logto_management import ManagementApiClient, paginate
from logto_management_api.api.users import create_user, delete_user, list_users
from logto_management_api.models import CreateUserBody, SearchParams, User

PEOPLE = [("ada", "Ada Lovelace"), ("alan", "Alan Turing"), ("grace", "Grace Hopper")]


async def find(client: ManagementApiClient, **params: str) -> list[User]:
    """Every user matching the search parameters, across all pages."""
    search = SearchParams.from_dict(params)
    return [
        u async for u in paginate(list_users.asyncio_detailed, client=client, search_params=search)
    ]


async def run(client: ManagementApiClient) -> list[str]:
    tag = secrets.token_hex(3)
    created: list[User] = []
    for username, name in PEOPLE:
        body = CreateUserBody(
            username=f"{username}_{tag}",
            name=name,
            primary_email=f"{username.capitalize()}.{tag}@Example.com",
        )
        user = await create_user.asyncio(client=client, body=body)
        created.append(user)
    try:
        fuzzy = await find(client, search=f"%_{tag}%")
        exact = await find(client, **{"search.username": f"alan_{tag}", "mode.username": "exact"})
        like = await find(
            client, **{"search.primaryEmail": f"%.{tag}@example.com", "mode.primaryEmail": "like"}
        )
        case_sensitive = await find(
            client,
            **{
                "search.primaryEmail": f"%.{tag}@example.com",
                "mode.primaryEmail": "like",
                "isCaseSensitive": "true",
            },
        )
        either = await find(
            client,
            **{
                "search.username": f"ada_{tag}",
                "search.name": "Grace Hopper",
                "mode.username": "exact",
                "mode.name": "exact",
                "joint": "or",
            },
        )
        names = sorted(str(u.name) for u in either)
        return [
            f"fuzzy '%_{tag}%' across fields: {len(fuzzy)} users",
            f"exact username alan_{tag}: {[u.name for u in exact]}",
            f"email like '%.{tag}@example.com': {len(like)} (case-insensitive)",
            f"same, case-sensitive: {len(case_sensitive)} (stored emails have capitals)",
            f"username ada_{tag} OR name 'Grace Hopper': {names}",
        ]
    finally:
        for user in created:
            await delete_user.asyncio_detailed(user.id, client=client)


if __name__ == "__main__":
    run_scenario(run)
