"""The README quickstart, verbatim (tests/generated/test_resources.py checks it): never run,
only type checked by mypy --strict and pyright in `make typecheck`."""

import asyncio

from logto_management import create_management_api
from logto_management.search import UserSearch
from logto_management_api.models import CreateUserBody, UpdateUserBody


async def main() -> None:
    async with create_management_api(
        "my-tenant",  # https://my-tenant.logto.app, resource .../api
        client_id="<app id>",
        client_secret="<app secret>",
    ) as logto:
        alice = await logto.users.create(
            body=CreateUserBody(username="alice", custom_data={"plan": "pro"})  # a dict
        )  # a User
        alice = await logto.users.get(alice.id, include_sso_identities=True)
        await logto.users.update(alice.id, body=UpdateUserBody(name="Alice"))
        async for user in logto.users.list(page_size=100):  # every page
            print(user.id, user.username, user.custom_data.get("plan"))
        page = await logto.users.list(page_size=20).page(3)  # page 3 alone, with its total
        print(f"{len(page.items)} users of {page.total}, more: {page.has_next}")
        found = logto.users.list(search=UserSearch(primary_email="%@example.com"))
        print([user.id async for user in found])
        await logto.users.delete(alice.id)  # None


asyncio.run(main())
