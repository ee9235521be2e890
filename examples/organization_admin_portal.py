"""Scenario: organization management behind a SaaS admin portal.

Each customer of your SaaS is a Logto organization. The portal onboards a customer (organization
and an "admin" organization role), adds their people as members with roles, invites someone by
email, lists members with their roles, and offboards a member.
Run: ``python -m examples.organization_admin_portal`` (LOGTO_* variables set).
"""

from __future__ import annotations

import secrets
import time

from examples.connect import run_scenario
from logto_management import ManagementApiClient, paginate
from logto_management_api.api.organization_invitations import (
    create_organization_invitation,
    list_organization_invitations,
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
    delete_organization_user,
    list_organization_user_roles,
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

WEEK_MS = 7 * 24 * 3600 * 1000


async def run(client: ManagementApiClient) -> list[str]:
    tag = secrets.token_hex(3)
    org = await create_organization.asyncio(
        client=client, body=CreateOrganizationBody(name=f"Acme {tag}", description="A customer")
    )
    admin = await create_organization_role.asyncio(
        client=client,
        body=CreateOrganizationRoleBody(
            name=f"admin_{tag}", organization_scope_ids=[], resource_scope_ids=[]
        ),
    )
    people: list[User] = []
    for name in ("alice", "bob", "carol"):
        user = await create_user.asyncio(
            client=client, body=CreateUserBody(username=f"{name}_{tag}")
        )
        people.append(user)
    try:
        await add_organization_users.asyncio_detailed(
            org.id, client=client, body=UserIds(user_ids=[p.id for p in people])
        )
        await assign_organization_roles_to_user.asyncio_detailed(
            org.id,
            people[0].id,
            client=client,
            body=OrganizationUserRolesRequest(organization_role_ids=[admin.id]),
        )
        await create_organization_invitation.asyncio(
            client=client,
            body=CreateOrganizationInvitationBody(
                invitee=f"dave_{tag}@example.com",
                organization_id=org.id,
                expires_at=time.time() * 1000 + WEEK_MS,
                organization_role_ids=[admin.id],
            ),
        )
        await delete_organization_user.asyncio_detailed(org.id, people[2].id, client=client)

        lines = [f"organization {org.name!r}"]
        async for member in paginate(
            list_organization_users.asyncio_detailed, org.id, client=client
        ):
            roles = [
                r.name
                async for r in paginate(
                    list_organization_user_roles.asyncio_detailed, org.id, member.id, client=client
                )
            ]
            lines.append(f"  member {member.username}: roles {roles}")
        invitations = await list_organization_invitations.asyncio(
            client=client, organization_id=org.id
        )
        lines += [f"  invited {i.invitee} ({i.status})" for i in invitations or []]
        return lines
    finally:
        await delete_organization.asyncio_detailed(org.id, client=client)
        await delete_organization_role.asyncio_detailed(admin.id, client=client)
        for person in people:
            await delete_user.asyncio_detailed(person.id, client=client)


if __name__ == "__main__":
    run_scenario(run)
