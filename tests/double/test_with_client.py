"""The generated client, create_management_api and paginate against the Logto double, for every
resource the double implements: in-process (ASGI) and over loopback (uvicorn), with httpx's
transport and with aiohttp's (``http_backend="aiohttp"``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from logto_management import (
    ManagementApiClient,
    NotFoundError,
    UnprocessableEntityError,
    create_management_api,
    paginate,
)
from logto_management._transports.aiohttp import HttpBackend
from logto_management.testing import LogtoDouble
from logto_management_api.api.applications import (
    create_application,
    delete_application,
    get_application,
    list_applications,
)
from logto_management_api.api.audit_logs import list_logs
from logto_management_api.api.organization_invitations import (
    create_organization_invitation,
    list_organization_invitations,
)
from logto_management_api.api.organization_roles import create_organization_role
from logto_management_api.api.organization_scopes import create_organization_scope
from logto_management_api.api.organizations import (
    add_organization_users,
    assign_organization_roles_to_user,
    create_organization,
    delete_organization,
    list_organization_user_roles,
    list_organization_users,
    list_organizations,
)
from logto_management_api.api.resources import (
    create_resource,
    create_resource_scope,
    delete_resource,
    list_resource_scopes,
    list_resources,
)
from logto_management_api.api.roles import create_role, list_role_users, list_roles
from logto_management_api.api.users import (
    assign_user_roles,
    create_user,
    delete_user,
    get_user,
    list_user_custom_data,
    list_user_roles,
    list_users,
    update_user,
    update_user_custom_data,
    update_user_is_suspended,
)
from logto_management_api.models import (
    Application,
    CreateApplicationBody,
    CreateOrganizationBody,
    CreateOrganizationInvitationBody,
    CreateOrganizationRoleBody,
    CreateOrganizationScopeBody,
    CreateResourceBody,
    CreateResourceScopeBody,
    CreateRoleBody,
    CreateUserBody,
    Organization,
    OrganizationUserRolesRequest,
    RoleIds,
    SearchParams,
    UpdateUserBody,
    UpdateUserCustomDataBody,
    UpdateUserIsSuspendedBody,
    User,
    UserIds,
)


@pytest.fixture(params=["in-process", "loopback", "loopback-aiohttp"])
async def client(
    request: pytest.FixtureRequest, logto: LogtoDouble, double_client: ManagementApiClient
) -> AsyncIterator[ManagementApiClient]:
    if request.param == "in-process":
        yield double_client
        return
    backend: HttpBackend = "aiohttp" if request.param == "loopback-aiohttp" else "httpx"
    async with (
        logto.serve() as base_url,
        create_management_api(
            "default",
            client_id=logto.app_id,
            client_secret=logto.app_secret,
            base_url=base_url,
            http_backend=backend,
        ) as api,
    ):
        yield api


async def make_users(client: ManagementApiClient, prefix: str, count: int) -> list[User]:
    users = []
    for index in range(count):
        body = CreateUserBody(
            username=f"{prefix}{index:03d}",
            primary_email=f"{prefix}{index:03d}@Example.com",
            name=f"Person {index}",
        )
        user = await create_user.asyncio(client=client, body=body)
        assert isinstance(user, User)
        users.append(user)
    return users


async def test_users_crud_search_custom_data_and_suspension(client: ManagementApiClient) -> None:
    users = await make_users(client, "crud", 5)
    first = users[0]
    fetched = await get_user.asyncio(first.id, client=client)
    assert fetched is not None
    assert (fetched.id, fetched.username) == (first.id, "crud000")

    updated = await update_user.asyncio(first.id, client=client, body=UpdateUserBody(name="Ada"))
    assert updated is not None
    assert updated.name == "Ada"

    await update_user_custom_data.asyncio(
        first.id, client=client, body=UpdateUserCustomDataBody(custom_data={"plan": "pro"})
    )
    stored = await list_user_custom_data.asyncio(first.id, client=client)
    assert stored is not None
    assert stored == {"plan": "pro"}

    suspended = await update_user_is_suspended.asyncio(
        first.id, client=client, body=UpdateUserIsSuspendedBody(is_suspended=True)
    )
    assert suspended is not None
    assert suspended.is_suspended is True

    exact = SearchParams.from_dict({"search.username": "crud003", "mode.username": "exact"})
    assert [
        u.username for u in await list_users.asyncio(client=client, search_params=exact) or []
    ] == ["crud003"]
    like = SearchParams.from_dict(
        {"search.primaryEmail": "crud%@example.com", "mode.primaryEmail": "like"}
    )
    assert len(await list_users.asyncio(client=client, search_params=like) or []) == 5

    with pytest.raises(UnprocessableEntityError) as duplicate:
        await create_user.asyncio(client=client, body=CreateUserBody(username="crud001"))
    assert duplicate.value.code == "user.username_already_in_use"

    await delete_user.asyncio_detailed(first.id, client=client)
    with pytest.raises(NotFoundError):
        await get_user.asyncio(first.id, client=client)


async def test_paginate_users_in_order_sequentially_and_concurrently(
    client: ManagementApiClient,
) -> None:
    users = await make_users(client, "page", 23)
    search = SearchParams.from_dict({"search.username": "page%", "mode.username": "like"})
    sequential = [
        u.id
        async for u in paginate(
            list_users.asyncio_detailed, client=client, page_size=5, search_params=search
        )
    ]
    concurrent = [
        u.id
        async for u in paginate(
            list_users.asyncio_detailed,
            client=client,
            page_size=5,
            concurrency=4,
            search_params=search,
        )
    ]
    assert sorted(sequential) == sorted(u.id for u in users)
    assert concurrent == sequential
    pages = [
        p
        async for p in paginate(
            list_users.asyncio_detailed, client=client, page_size=5, search_params=search
        ).pages()
    ]
    assert [(p.number, p.total, p.has_next) for p in pages][-1] == (5, 23, False)


async def test_roles_with_users(client: ManagementApiClient) -> None:
    users = await make_users(client, "role", 3)
    role = await create_role.asyncio(
        client=client, body=CreateRoleBody(name="editor", description="Edits")
    )
    assert role is not None
    for user in users:
        await assign_user_roles.asyncio_detailed(
            user.id, client=client, body=RoleIds(role_ids=[role.id])
        )
    members = [
        u.id async for u in paginate(list_role_users.asyncio_detailed, role.id, client=client)
    ]
    assert sorted(members) == sorted(u.id for u in users)
    roles_of_first = [
        r.name async for r in paginate(list_user_roles.asyncio_detailed, users[0].id, client=client)
    ]
    assert roles_of_first == ["editor"]
    assert "editor" in [r.name async for r in paginate(list_roles.asyncio_detailed, client=client)]


async def test_applications(client: ManagementApiClient) -> None:
    created = await create_application.asyncio(
        client=client, body=CreateApplicationBody(name="worker", type_="MachineToMachine")
    )
    assert isinstance(created, Application)
    fetched = await get_application.asyncio(created.id, client=client)
    assert fetched is not None
    assert fetched.type_ == "MachineToMachine"
    names = [a.name async for a in paginate(list_applications.asyncio_detailed, client=client)]
    assert "worker" in names
    await delete_application.asyncio_detailed(created.id, client=client)
    with pytest.raises(NotFoundError):
        await get_application.asyncio(created.id, client=client)


async def test_api_resources_and_scopes(client: ManagementApiClient) -> None:
    resource = await create_resource.asyncio(
        client=client,
        body=CreateResourceBody(name="Billing", indicator="https://billing.example.com"),
    )
    assert resource is not None
    for name in ("read:invoices", "write:invoices"):
        await create_resource_scope.asyncio(
            resource.id, client=client, body=CreateResourceScopeBody(name=name)
        )
    scopes = [
        s.name
        async for s in paginate(list_resource_scopes.asyncio_detailed, resource.id, client=client)
    ]
    assert sorted(scopes) == ["read:invoices", "write:invoices"]
    assert "Billing" in [
        r.name async for r in paginate(list_resources.asyncio_detailed, client=client)
    ]
    await delete_resource.asyncio_detailed(resource.id, client=client)


async def test_organizations_members_roles_and_invitations(client: ManagementApiClient) -> None:
    users = await make_users(client, "org", 3)
    org = await create_organization.asyncio(client=client, body=CreateOrganizationBody(name="Acme"))
    assert isinstance(org, Organization)
    await create_organization_scope.asyncio(
        client=client, body=CreateOrganizationScopeBody(name="read:data")
    )
    role = await create_organization_role.asyncio(
        client=client,
        body=CreateOrganizationRoleBody(
            name="admin", organization_scope_ids=[], resource_scope_ids=[]
        ),
    )
    assert role is not None
    await add_organization_users.asyncio_detailed(
        org.id, client=client, body=UserIds(user_ids=[u.id for u in users])
    )
    await assign_organization_roles_to_user.asyncio_detailed(
        org.id,
        users[0].id,
        client=client,
        body=OrganizationUserRolesRequest(organization_role_ids=[role.id]),
    )
    members = [
        m.id
        async for m in paginate(list_organization_users.asyncio_detailed, org.id, client=client)
    ]
    assert sorted(members) == sorted(u.id for u in users)
    member_roles = [
        r.name
        async for r in paginate(
            list_organization_user_roles.asyncio_detailed, org.id, users[0].id, client=client
        )
    ]
    assert member_roles == ["admin"]
    invitation = await create_organization_invitation.asyncio(
        client=client,
        body=CreateOrganizationInvitationBody(
            invitee="dave@example.com", organization_id=org.id, expires_at=4_102_444_800_000.0
        ),
    )
    assert invitation is not None
    listed = await list_organization_invitations.asyncio(client=client, organization_id=org.id)
    assert [i.invitee for i in listed or []] == ["dave@example.com"]
    assert "Acme" in [
        o.name async for o in paginate(list_organizations.asyncio_detailed, client=client)
    ]
    await delete_organization.asyncio_detailed(org.id, client=client)


async def test_audit_logs_record_the_token_exchange(client: ManagementApiClient) -> None:
    await list_users.asyncio(client=client)  # the first call fetches a token
    logs = [log async for log in paginate(list_logs.asyncio_detailed, client=client)]
    assert any("token" in log.key.lower() for log in logs)
