"""The generated resource API: logto.users.get(...), logto.sync.users.get(...), the name table."""

from __future__ import annotations

import json

import httpx
import pytest

from logto_management import ManagementApiClient, NotFoundError, Paginator, SyncPaginator
from logto_management_api import Client
from logto_management_api.models import CreateRoleBody, CreateUserBody, UpdateUserBody, UserIds
from logto_management_api.resources.users import SyncUsersResource, UsersResource
from spec import resources
from spec.source import REPO_ROOT


async def test_users_crud_and_every_page(double_client: ManagementApiClient) -> None:
    logto = double_client
    alice = await logto.users.create(body=CreateUserBody(username="alice"))
    assert (await logto.users.get(alice.id)).username == "alice"
    renamed = await logto.users.update(alice.id, body=UpdateUserBody(name="Alice"))
    assert renamed.name == "Alice"
    for index in range(4):
        await logto.users.create(body=CreateUserBody(username=f"user{index}"))
    listed = logto.users.list(page_size=2)
    assert isinstance(listed, Paginator)
    assert sorted([str(u.username) async for u in listed]) == [
        "alice", *(f"user{i}" for i in range(4))
    ]  # fmt: skip
    await logto.users.delete(alice.id)
    with pytest.raises(NotFoundError):
        await logto.users.get(alice.id)


async def test_roles_assign_users_by_the_name_people_say(
    double_client: ManagementApiClient,
) -> None:
    logto = double_client
    user = await logto.users.create(body=CreateUserBody(username="bob"))
    role = await logto.roles.create(body=CreateRoleBody(name="admins", description="Admins"))
    await logto.roles.assign_users(role.id, body=UserIds(user_ids=[user.id]))
    assert [u.id async for u in logto.roles.list_users(role.id)] == [user.id]
    await logto.roles.remove_user(role.id, user.id)
    assert [u.id async for u in logto.roles.list_users(role.id)] == []


def test_a_resource_holds_its_client_and_nothing_else() -> None:
    client = Client(base_url="https://logto.test")
    copy = client.with_headers({"X-Trace": "1"})
    resource = copy.users
    assert isinstance(resource, UsersResource)
    assert vars(resource) == {"_client": copy}
    assert isinstance(copy.sync.users, SyncUsersResource)
    assert vars(copy.sync.users) == {"_client": copy}


def test_sync_twin_calls_and_pages() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.raw_path.decode()}")
        if request.method == "DELETE":
            return httpx.Response(204)
        body = [{"id": "r1", "tenantId": "t", "name": "n", "description": "d", "type": "User",
                 "isDefault": False}]  # fmt: skip
        return httpx.Response(200, headers={"Total-Number": "1"}, content=json.dumps(body).encode())

    client = Client(
        base_url="https://logto.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    roles = client.sync.users.list_roles("u1", page_size=10)
    assert isinstance(roles, SyncPaginator)
    assert [r.id for r in roles] == ["r1"]
    client.sync.users.remove_role("u1", "r1")
    assert seen == ["GET /api/users/u1/roles?page=1&page_size=10", "DELETE /api/users/u1/roles/r1"]


def test_method_names_as_people_say_them() -> None:
    package = REPO_ROOT / "generated" / "logto_management_api"
    names = {
        (tag, op.module): op.name for tag, ops in resources.collect(package).items() for op in ops
    }
    assert names[("users", "assign_user_roles")] == "assign_roles"
    assert names[("users", "delete_user_role")] == "remove_role"
    assert names[("roles", "create_role_user")] == "assign_users"
    assert names[("roles", "delete_role_user")] == "remove_user"
    assert names[("organizations", "add_organization_users")] == "add_users"
    assert names[("applications", "delete_application_secret")] == "delete_secret"
    assert names[("audit_logs", "list_logs")] == "list"
    per_resource: dict[str, list[str]] = {}
    for (tag, _module), name in names.items():
        per_resource.setdefault(tag, []).append(name)
    assert all(len(set(n)) == len(n) for n in per_resource.values())
    assert len(names) == 284


def test_the_name_table_is_generated_and_linked_from_the_readme() -> None:
    table = (REPO_ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    assert (
        "| `roles` | `assign_users` | `POST /api/roles/{id}/users` | `UserIds` | `None` |" in table
    )
    assert table.count("\n| `") == 284
    assert "docs/resources.md" in (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_quickstart_is_the_type_checked_one() -> None:
    checked = (REPO_ROOT / "tests" / "typing" / "readme_quickstart.py").read_text(encoding="utf-8")
    code = checked.split('"""\n\n', 1)[1]
    assert f"```python\n{code}```" in (REPO_ROOT / "README.md").read_text(encoding="utf-8")
