"""Typing check of the resource API and of sync paging: mypy --strict and pyright (strict) verify
every assert_type (``make typecheck``). Never executed.
"""

from __future__ import annotations

from typing import assert_type

from logto_management import ManagementApiClient, Paginator, SyncPaginator, paginate
from logto_management_api import Client
from logto_management_api.api.roles import list_role_users
from logto_management_api.api.users import list_users
from logto_management_api.models import (
    Application,
    CreateApplicationBody,
    CreateOrganizationBody,
    CreateRoleBody,
    CreateUserBody,
    Organization,
    OrganizationUser,
    Role,
    RoleAssignmentResult,
    RoleIds,
    UpdateApplicationBody,
    UpdateOrganizationBody,
    UpdateRoleBody,
    UpdateUserBody,
    User,
    UserIds,
)


async def users(logto: ManagementApiClient) -> None:
    alice = await logto.users.create(body=CreateUserBody(username="alice"))
    assert_type(alice, User)
    assert_type(await logto.users.get(alice.id), User)
    assert_type(await logto.users.update(alice.id, body=UpdateUserBody(name="Alice")), User)
    assert_type(logto.users.list(page_size=100), Paginator[User])
    async for user in logto.users.list(page_size=100, concurrency=2):
        assert_type(user, User)
    assigned = await logto.users.assign_roles(alice.id, body=RoleIds(role_ids=["r1"]))
    assert_type(assigned, RoleAssignmentResult | None)  # None from Logto < 1.36 (text "Created")
    async for role in logto.users.list_roles(alice.id):
        assert_type(role, Role)
    assert_type(await logto.users.remove_role(alice.id, "r1"), None)
    assert_type(await logto.users.delete(alice.id), None)


async def roles(logto: ManagementApiClient) -> None:
    role = await logto.roles.create(body=CreateRoleBody(name="admin", description="Admins"))
    assert_type(role, Role)
    assert_type(await logto.roles.get(role.id), Role)
    assert_type(await logto.roles.update(role.id, body=UpdateRoleBody(name="root")), Role)
    assert_type(await logto.roles.assign_users(role.id, body=UserIds(user_ids=["u1"])), None)
    async for member in logto.roles.list_users(role.id):
        assert_type(member, User)
    assert_type(await logto.roles.remove_user(role.id, "u1"), None)
    assert_type(await logto.roles.delete(role.id), None)


async def applications(logto: ManagementApiClient, body: CreateApplicationBody) -> None:
    app = await logto.applications.create(body=body)
    assert_type(app, Application)
    assert_type(await logto.applications.get(app.id), Application)
    changed = await logto.applications.update(app.id, body=UpdateApplicationBody(name="m2m"))
    assert_type(changed, Application)
    async for each in logto.applications.list():
        assert_type(each, Application)
    assert_type(await logto.applications.delete(app.id), None)


async def organizations(logto: ManagementApiClient) -> None:
    org = await logto.organizations.create(body=CreateOrganizationBody(name="Acme"))
    assert_type(org, Organization)
    assert_type(await logto.organizations.get(org.id), Organization)
    renamed = await logto.organizations.update(org.id, body=UpdateOrganizationBody(name="A"))
    assert_type(renamed, Organization)
    added = await logto.organizations.add_users(org.id, body=UserIds(user_ids=["u"]))
    assert_type(added, UserIds | None)  # None from Logto < 1.42
    async for member in logto.organizations.list_users(org.id):
        assert_type(member, OrganizationUser)
    assert_type(await logto.organizations.delete(org.id), None)


def sync_twins(logto: ManagementApiClient) -> None:
    assert_type(logto.sync.users.get("u1"), User)
    assert_type(logto.sync.roles.assign_users("r1", body=UserIds(user_ids=["u1"])), None)
    assert_type(logto.sync.users.list(), SyncPaginator[User])
    for user in logto.sync.users.list(page_size=50):
        assert_type(user, User)
    assert_type(logto.sync.organizations.delete("o1"), None)


def sync_paging(client: Client) -> None:
    assert_type(paginate(list_users.sync_detailed, client=client), SyncPaginator[User])
    for user in paginate(list_users.sync_detailed, client=client, page_size=100):
        assert_type(user, User)
    for member in paginate(list_role_users.sync_detailed, "r1", client=client):
        assert_type(member, User)
    for page in paginate(list_users.sync_detailed, client=client).pages():
        assert_type(page.items, list[User])
    assert_type(paginate(list_users.asyncio_detailed, client=client), Paginator[User])


async def with_a_copy(logto: ManagementApiClient) -> None:
    copy = logto.with_headers({"X-Request-Id": "1"})
    assert_type(await copy.users.get("u1"), User)
