"""Typing check of generated usage: mypy --strict (make typecheck) verifies every assert_type.

Never executed; it exists so that a regeneration that loosens a return type (``Any | User``,
``ListUsersResponse200Item``) fails the build.
"""

from __future__ import annotations

from typing import Any, assert_type

from logto_management import Page, paginate
from logto_management_api import Client
from logto_management_api.api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
    update_application,
)
from logto_management_api.api.organizations import (
    create_organization,
    delete_organization,
    get_organization,
    list_organizations,
    update_organization,
)
from logto_management_api.api.roles import (
    create_role,
    delete_role,
    get_role,
    list_role_users,
    list_roles,
    update_role,
)
from logto_management_api.api.users import (
    create_user,
    delete_user,
    get_user,
    list_users,
    update_user,
)
from logto_management_api.models import (
    Application,
    CreateApplicationBody,
    CreateOrganizationBody,
    CreateRoleBody,
    CreateUserBody,
    Organization,
    Role,
    UpdateApplicationBody,
    UpdateOrganizationBody,
    UpdateRoleBody,
    UpdateUserBody,
    User,
)
from logto_management_api.types import Response


async def users(client: Client) -> None:
    assert_type(await list_users.asyncio(client=client), list[User])
    assert_type(await list_users.asyncio_detailed(client=client), Response[list[User]])
    assert_type(await get_user.asyncio("u1", client=client), User)
    assert_type(await create_user.asyncio(client=client, body=CreateUserBody()), User)
    assert_type(await update_user.asyncio("u1", client=client, body=UpdateUserBody()), User)
    assert_type(await delete_user.asyncio_detailed("u1", client=client), Response[Any])
    assert_type(await delete_user.asyncio("u1", client=client), None)
    assert_type(get_user.sync("u1", client=client), User)


async def roles(client: Client) -> None:
    assert_type(await list_roles.asyncio(client=client), list[Role])
    assert_type(await get_role.asyncio("r1", client=client), Role)
    assert_type(
        await create_role.asyncio(client=client, body=CreateRoleBody(name="n", description="d")),
        Role,
    )
    assert_type(await update_role.asyncio("r1", client=client, body=UpdateRoleBody()), Role)
    assert_type(await delete_role.asyncio_detailed("r1", client=client), Response[Any])
    assert_type(await delete_role.asyncio("r1", client=client), None)


async def applications(client: Client, body: CreateApplicationBody) -> None:
    assert_type(await list_applications.asyncio(client=client), list[Application])
    assert_type(await get_application.asyncio("a1", client=client), Application)
    assert_type(await create_application.asyncio(client=client, body=body), Application)
    assert_type(
        await update_application.asyncio("a1", client=client, body=UpdateApplicationBody()),
        Application,
    )
    assert_type(await delete_application.asyncio_detailed("a1", client=client), Response[Any])
    assert_type(await delete_application.asyncio("a1", client=client), None)


async def organizations(client: Client) -> None:
    assert_type(await list_organizations.asyncio(client=client), list[Organization])
    assert_type(await get_organization.asyncio("o1", client=client), Organization)
    assert_type(
        await create_organization.asyncio(client=client, body=CreateOrganizationBody(name="o")),
        Organization,
    )
    assert_type(
        await update_organization.asyncio("o1", client=client, body=UpdateOrganizationBody()),
        Organization,
    )
    assert_type(await delete_organization.asyncio_detailed("o1", client=client), Response[Any])
    assert_type(await delete_organization.asyncio("o1", client=client), None)


async def pagination(client: Client) -> None:
    async for user in paginate(list_users.asyncio_detailed, client=client, page_size=100):
        assert_type(user, User)
    async for member in paginate(list_role_users.asyncio_detailed, "r1", client=client):
        assert_type(member, User)
    async for role in paginate(list_roles.asyncio_detailed, client=client, concurrency=4):
        assert_type(role, Role)
    async for page in paginate(list_organizations.asyncio_detailed, client=client).pages():
        assert_type(page, Page[Organization])
        assert_type(page.items, list[Organization])
        assert_type(page.total, int | None)
