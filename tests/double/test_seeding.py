"""Seeding the double in the client's own terms: models or snake_case keywords in, models out."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from _testing_support import api_client

from logto_management.testing import LogtoDouble
from logto_management_api.models import (
    Application,
    CreateRoleBody,
    CreateUserBody,
    Organization,
    Role,
    User,
)


@pytest.fixture
def double() -> LogtoDouble:
    return LogtoDouble(seed=7)


@pytest.fixture
async def client(double: LogtoDouble) -> AsyncIterator[httpx.AsyncClient]:
    async with api_client(double) as client:
        yield client


async def test_add_user_takes_snake_case_keywords_and_returns_a_user(
    double: LogtoDouble, client: httpx.AsyncClient
) -> None:
    user = double.add_user(username="ada", primary_email="Ada@Example.com", password="pw")
    assert isinstance(user, User)
    assert user.primary_email == "Ada@Example.com"
    assert user.has_password is True
    listed = await client.get("/api/users", params={"search.primaryEmail": "ada@example.com"})
    assert [u["id"] for u in listed.json()] == [user.id]
    with pytest.raises(ValueError, match=r"user\.username_already_in_use"):
        double.add_user(username="ada")


def test_add_user_takes_the_model(double: LogtoDouble) -> None:
    user = double.add_user(CreateUserBody(username="bob", name="Bob"))
    assert (user.username, user.name) == ("bob", "Bob")
    assert double.state.users[user.id].name == "Bob"


def test_unknown_or_json_keywords_raise(double: LogtoDouble) -> None:
    with pytest.raises(TypeError, match="primaryEmail"):
        double.add_user(primaryEmail="a@b.test")
    with pytest.raises(TypeError):
        double.add_role(name="x", description="y", colour="red")
    with pytest.raises(TypeError, match="not both"):
        double.add_user(CreateUserBody(username="c"), name="C")
    assert double.state.users == {}


def test_roles_and_assignments(double: LogtoDouble) -> None:
    user = double.add_user(username="ann")
    role = double.add_role(CreateRoleBody(name="editor", description="Edits"))
    assert isinstance(role, Role)
    double.assign_roles(user, role)
    assert [r.name for r in double.state.user_roles(user.id)] == ["editor"]
    assert double.state.roles[role.id].description == "Edits"


def test_applications(double: LogtoDouble) -> None:
    app = double.add_application(name="web", type_="Traditional", description="The site")
    assert isinstance(app, Application)
    assert app.type_ == "Traditional"
    assert double.state.applications[app.id].name == "web"


def test_organizations_with_members_and_roles(double: LogtoDouble) -> None:
    ann, bob = double.add_user(username="ann"), double.add_user(username="bob")
    admin = double.add_organization_role(
        name="admin", organization_scope_ids=[], resource_scope_ids=[]
    )
    org = double.add_organization(name="Acme", members=[ann])
    assert isinstance(org, Organization)
    double.add_organization_member(org, bob, roles=[admin])
    double.add_organization_member(org.id, ann.id, roles=[admin.id])
    members = double.state.organization_members(org.id)
    assert {m.username for m in members} == {"ann", "bob"}
    assert double.state.organization_member_roles(org.id, bob.id) == ["admin"]
    assert double.state.organizations[org.id].name == "Acme"
    assert double.state.organization_roles[admin.id].name == "admin"
    with pytest.raises(ValueError, match="entity"):
        double.add_organization_member("no-such-org", ann)


def test_state_reads_are_snapshots(double: LogtoDouble) -> None:
    user = double.add_user(username="dan")
    snapshot = double.state.users[user.id]
    snapshot.name = "changed"
    assert double.state.users[user.id].name is None
    assert "users=1" in repr(double.state)


async def test_state_reads_the_generic_store(
    double: LogtoDouble, client: httpx.AsyncClient
) -> None:
    created = await client.post(
        "/api/hooks",
        json={"name": "crm", "events": ["User.Created"], "config": {"url": "https://x.test"}},
    )
    hook = double.state.hooks[created.json()["id"]]
    assert (hook.name, hook.enabled) == ("crm", True)
    user = double.add_user(username="eve")
    await client.post(f"/api/users/{user.id}/personal-access-tokens", json={"name": "ci"})
    tokens = double.state.items("/api/users/{userId}/personal-access-tokens", user.id)
    assert [t["name"] for t in tokens] == ["ci"]
