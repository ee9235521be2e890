"""Quickstart: what Logto's Management API guide promises, end to end.

Gets a token with client credentials, creates a few hundred users concurrently, pages through
them with a progress bar driven by ``Total-Number``, runs an advanced user search (fuzzy and
exact), builds an organization with members, an organization role and an invitation, then
deletes everything it created.

    make demo                                   # against a local Logto double
    LOGTO_ENDPOINT=https://my-tenant.logto.app LOGTO_APP_ID=... LOGTO_APP_SECRET=... make demo
"""

from __future__ import annotations

import asyncio
import secrets
import sys
import time
from dataclasses import dataclass, field

from examples.connect import connect_from_env
from logto_management import ManagementApiClient, paginate
from logto_management.search import UserSearch, exact
from logto_management_api.api.organization_invitations import (
    create_organization_invitation,
    delete_organization_invitation,
)
from logto_management_api.api.organization_roles import (
    create_organization_role,
    delete_organization_role,
)
from logto_management_api.api.organizations import (
    add_organization_users,
    assign_organization_roles_to_user,
    create_organization,
    delete_organization,
    list_organization_users,
)
from logto_management_api.api.users import create_user, delete_user
from logto_management_api.models import (
    CreateOrganizationBody,
    CreateOrganizationInvitationBody,
    CreateOrganizationRoleBody,
    CreateUserBody,
    OrganizationUserRolesRequest,
    User,
    UserIds,
)

USERS = 300
CONCURRENT_CREATES = 20  # keeps a real tenant well inside Logto Cloud's 200 requests / 10 s


@dataclass
class Summary:
    lines: list[str] = field(default_factory=list)

    def add(self, step: str, detail: str) -> None:
        self.lines.append(f"  {step:<22} {detail}")
        print(self.lines[-1], flush=True)


def progress(done: int, total: int | None, width: int = 30) -> str:
    if not total:
        return f"{done} users"
    filled = min(width, done * width // total)
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"


async def create_users(client: ManagementApiClient, prefix: str) -> list[User]:
    """Create USERS users, CONCURRENT_CREATES at a time."""
    gate = asyncio.Semaphore(CONCURRENT_CREATES)

    async def one(index: int) -> User:
        body = CreateUserBody(
            username=f"{prefix}{index:04d}",
            primary_email=f"{prefix}{index:04d}@example.com",
            name=f"Demo User {index}",
        )
        async with gate:
            user = await create_user.asyncio(client=client, body=body)
        return user

    return list(await asyncio.gather(*(one(i) for i in range(USERS))))


async def page_through(client: ManagementApiClient, prefix: str) -> int:
    """Every user of this run, with a progress bar driven by Total-Number."""
    seen = 0
    tty = sys.stdout.isatty()
    pages = client.users.list(search=UserSearch(username=f"{prefix}%"), page_size=50)
    async for page in pages.pages():
        seen += len(page.items)
        if tty:
            print(f"\r  {'paging':<22} {progress(seen, page.total)}", end="", flush=True)
    if tty:
        print("\r", end="")
    return seen


async def search(client: ManagementApiClient, prefix: str) -> tuple[int, int]:
    """A fuzzy search across fields and an exact search on one field."""
    fuzzy = UserSearch(any_field=f"%{prefix}001%")
    fuzzy_hits = [user async for user in client.users.list(search=fuzzy)]
    first_page = await client.users.list(search=UserSearch(username=exact(f"{prefix}0042"))).page(1)
    return len(fuzzy_hits), len(first_page.items)


async def build_organization(
    client: ManagementApiClient, prefix: str, members: list[User]
) -> tuple[str, str, str]:
    """An organization with members, an organization role and an invitation."""
    organization = await create_organization.asyncio(
        client=client,
        body=CreateOrganizationBody(name=f"{prefix}org", description="Made by the quickstart"),
    )
    role = await create_organization_role.asyncio(
        client=client,
        body=CreateOrganizationRoleBody(
            name=f"{prefix}admin", organization_scope_ids=[], resource_scope_ids=[]
        ),
    )
    member_ids = [user.id for user in members]
    await add_organization_users.asyncio_detailed(
        organization.id, client=client, body=UserIds(user_ids=member_ids)
    )
    await assign_organization_roles_to_user.asyncio_detailed(
        organization.id,
        member_ids[0],
        client=client,
        body=OrganizationUserRolesRequest(organization_role_ids=[role.id]),
    )
    invitation = await create_organization_invitation.asyncio(
        client=client,
        body=CreateOrganizationInvitationBody(
            invitee=f"{prefix}invitee@example.com",
            organization_id=organization.id,
            expires_at=(time.time() + 7 * 86400) * 1000,
            organization_role_ids=[role.id],
        ),
    )
    return organization.id, role.id, invitation.id


async def run(client: ManagementApiClient) -> Summary:
    summary = Summary()
    prefix = f"qs{secrets.token_hex(3)}_"
    started = time.perf_counter()
    credentials = client.credentials
    token = await credentials.get_access_token()
    summary.add("token", f"client credentials, expires in {token.expires_in:.0f} s")

    created = await create_users(client, prefix)
    summary.add("created users", f"{len(created)} ({CONCURRENT_CREATES} at a time)")
    try:
        seen = await page_through(client, prefix)
        summary.add("paged through", f"{progress(seen, len(created))}")
        fuzzy, exact = await search(client, prefix)
        summary.add("searched", f"fuzzy %{prefix}001% -> {fuzzy}, exact {prefix}0042 -> {exact}")

        org_id, role_id, invitation_id = await build_organization(client, prefix, created[:5])
        members = [
            m
            async for m in paginate(list_organization_users.asyncio_detailed, org_id, client=client)
        ]
        summary.add("organization", f"{len(members)} members, 1 role, 1 invitation")
        await delete_organization_invitation.asyncio_detailed(invitation_id, client=client)
        await delete_organization.asyncio_detailed(org_id, client=client)
        await delete_organization_role.asyncio_detailed(role_id, client=client)
    finally:
        gate = asyncio.Semaphore(CONCURRENT_CREATES)

        async def remove(user: User) -> None:
            async with gate:
                await delete_user.asyncio_detailed(user.id, client=client)

        await asyncio.gather(*(remove(user) for user in created))
        summary.add("cleaned up", f"{len(created)} users, the organization, its role")
    summary.add("elapsed", f"{time.perf_counter() - started:.1f} s")
    return summary


async def main() -> None:
    async with connect_from_env() as client:
        print("logto-management quickstart")
        await run(client)


if __name__ == "__main__":
    asyncio.run(main())
