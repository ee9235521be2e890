"""Scenario: advanced user search, as Logto's guide describes it, with the typed search.

``UserSearch(any_field=...)`` looks for a value in several fields at once (``%`` is the
wildcard); a field (``username=``, ``primary_email=``) filters one field, a plain string as a
``like`` pattern or ``exact(...)``; ``case_sensitive`` and ``joint`` (``and``/``or``) combine
them. Results are paginated like every list.
Run: ``python -m examples.advanced_user_search`` (LOGTO_* variables set).
"""

from __future__ import annotations

import secrets

from examples.connect import run_scenario
from logto_management import ManagementApiClient
from logto_management.search import UserSearch, exact
from logto_management_api.models import CreateUserBody, User

PEOPLE = [("ada", "Ada Lovelace"), ("alan", "Alan Turing"), ("grace", "Grace Hopper")]


async def find(client: ManagementApiClient, search: UserSearch) -> list[User]:
    """Every user matching the search, across all pages."""
    return [u async for u in client.users.list(search=search)]


async def run(client: ManagementApiClient) -> list[str]:
    tag = secrets.token_hex(3)
    created: list[User] = []
    for username, name in PEOPLE:
        body = CreateUserBody(
            username=f"{username}_{tag}",
            name=name,
            primary_email=f"{username.capitalize()}.{tag}@Example.com",
        )
        user = await client.users.create(body=body)
        created.append(user)
    try:
        fuzzy = await find(client, UserSearch(any_field=f"%_{tag}%"))
        exact_one = await find(client, UserSearch(username=exact(f"alan_{tag}")))
        like = await find(client, UserSearch(primary_email=f"%.{tag}@example.com"))
        case_sensitive = await find(
            client, UserSearch(primary_email=f"%.{tag}@example.com", case_sensitive=True)
        )
        either = await find(
            client,
            UserSearch(username=exact(f"ada_{tag}"), name=exact("Grace Hopper"), joint="or"),
        )
        names = sorted(str(u.name) for u in either)
        return [
            f"fuzzy '%_{tag}%' across fields: {len(fuzzy)} users",
            f"exact username alan_{tag}: {[u.name for u in exact_one]}",
            f"email like '%.{tag}@example.com': {len(like)} (case-insensitive)",
            f"same, case-sensitive: {len(case_sensitive)} (stored emails have capitals)",
            f"username ada_{tag} OR name 'Grace Hopper': {names}",
        ]
    finally:
        for user in created:
            await client.users.delete(user.id)


if __name__ == "__main__":
    run_scenario(run)
