"""Stateful behaviour of the double's entities (users, roles, organizations, invitations)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator

import httpx
import pytest
from _testing_support import api_client

from logto_management.testing import LogtoDouble


@pytest.fixture
def double() -> LogtoDouble:
    # Seeded: searches match ids too, so random ids made `?q=BO` find "ann" once in a while.
    return LogtoDouble(seed=11)


@pytest.fixture
async def client(double: LogtoDouble) -> AsyncIterator[httpx.AsyncClient]:
    async with api_client(double) as client:
        yield client


async def create_user(client: httpx.AsyncClient, **fields: object) -> str:
    response = await client.post("/api/users", json=fields)
    assert response.status_code == 200, response.text
    user_id: str = response.json()["id"]
    return user_id


async def test_identifiers_are_unique(client: httpx.AsyncClient) -> None:
    await create_user(client, username="ann", primaryEmail="Ann@Example.com", primaryPhone="31")
    cases = [
        ({"username": "ann"}, "user.username_already_in_use"),
        ({"primaryEmail": "ann@example.COM"}, "user.email_already_in_use"),
        ({"primaryPhone": "31"}, "user.phone_already_in_use"),
    ]
    for body, code in cases:
        response = await client.post("/api/users", json=body)
        assert (response.status_code, response.json()["code"]) == (422, code)
    other = await create_user(client, username="bob")
    clash = await client.patch(f"/api/users/{other}", json={"username": "ann"})
    assert clash.status_code == 422
    renamed = await client.patch(f"/api/users/{other}", json={"username": "robert"})
    assert renamed.status_code == 200
    await create_user(client, username="bob")  # the old name is free again
    await client.delete(f"/api/users/{other}")
    await create_user(client, username="robert")  # and so is a deleted user's


async def test_body_validation(client: httpx.AsyncClient) -> None:
    bad_username = await client.post("/api/users", json={"username": "1abc"})
    assert bad_username.status_code == 400
    issue = bad_username.json()["data"]["issues"][0]
    assert (issue["code"], issue["path"]) == ("invalid_string", ["username"])
    not_object = await client.post("/api/users", json=[1])
    assert not_object.json()["data"]["issues"][0]["expected"] == "object"
    missing = await client.post("/api/roles", json={"name": "x"})
    assert missing.json()["data"]["issues"] == [
        {
            "code": "invalid_type",
            "expected": "string",
            "received": "undefined",
            "path": ["description"],
            "message": "Required",
        }
    ]
    truncated = await client.post("/api/users", content=b'{"username": "a"')
    assert truncated.status_code == 400
    assert truncated.json() == {"message": "Unexpected end of JSON input"}
    empty = await client.post("/api/users", content=b"")
    assert empty.status_code == 200  # an empty body is {} and every field is optional
    assert empty.json()["username"] is None


async def test_custom_data_profile_and_patch(client: httpx.AsyncClient) -> None:
    user = await create_user(client, username="ann", customData={"a": 1}, profile={"nickname": "A"})
    merged = await client.patch(f"/api/users/{user}/custom-data", json={"customData": {"b": 2}})
    assert merged.json() == {"a": 1, "b": 2}
    profile = await client.patch(f"/api/users/{user}/profile", json={"profile": {"locale": "nl"}})
    assert profile.json() == {"nickname": "A", "locale": "nl"}
    replaced = await client.patch(f"/api/users/{user}", json={"customData": {"c": 3}, "name": None})
    assert replaced.json()["customData"] == {"c": 3}
    assert replaced.json()["updatedAt"] >= replaced.json()["createdAt"]


async def test_passwords(client: httpx.AsyncClient) -> None:
    plain = await create_user(client, username="ann", password="pw-1")
    digest = hashlib.sha256(b"legacy").hexdigest()
    imported = await create_user(
        client, username="bob", passwordDigest=digest, passwordAlgorithm="SHA256"
    )
    none = await create_user(client, username="carol")
    verify = "/api/users/{}/password/verify"
    assert (await client.post(verify.format(plain), json={"password": "pw-1"})).status_code == 204
    assert (
        await client.post(verify.format(imported), json={"password": "legacy"})
    ).status_code == 204
    assert (await client.post(verify.format(none), json={"password": "x"})).status_code == 422
    has = await client.get(f"/api/users/{none}/has-password")
    assert has.json() == {"hasPassword": False}
    both = await client.post(
        "/api/users",
        json={"password": "x", "passwordDigest": digest, "passwordAlgorithm": "SHA256"},
    )
    assert both.json()["code"] == "user.password_and_digest"


async def test_deleting_a_user_removes_its_relations(client: httpx.AsyncClient) -> None:
    user = await create_user(client, username="ann")
    role = (await client.post("/api/roles", json={"name": "r", "description": "d"})).json()
    org = (await client.post("/api/organizations", json={"name": "o"})).json()
    await client.post(f"/api/users/{user}/roles", json={"roleIds": [role["id"]]})
    await client.post(f"/api/organizations/{org['id']}/users", json={"userIds": [user]})
    assert (await client.delete(f"/api/users/{user}")).status_code == 204
    assert (await client.get(f"/api/roles/{role['id']}/users")).json() == []
    assert (await client.get(f"/api/organizations/{org['id']}/users")).json() == []
    roles = (await client.get("/api/roles?type=User")).json()
    assert roles[0]["usersCount"] == 0


async def test_role_rules(client: httpx.AsyncClient) -> None:
    user = await create_user(client, username="ann")
    m2m = (await client.get("/api/roles?type=MachineToMachine")).json()[0]
    refused = await client.post(f"/api/users/{user}/roles", json={"roleIds": [m2m["id"]]})
    assert (refused.status_code, refused.json()["code"]) == (422, "user.invalid_role_type")
    role = (await client.post("/api/roles", json={"name": "r", "description": "d"})).json()
    first = await client.post(f"/api/users/{user}/roles", json={"roleIds": [role["id"]]})
    again = await client.post(f"/api/users/{user}/roles", json={"roleIds": [role["id"]]})
    assert first.json()["addedRoleIds"] == [role["id"]]
    assert again.json() == {"roleIds": [role["id"]], "addedRoleIds": []}
    unknown = await client.post(f"/api/users/{user}/roles", json={"roleIds": ["nope"]})
    assert unknown.status_code == 404
    listed = (await client.get("/api/roles?search=r&mode=exact")).json()
    assert listed[0]["featuredUsers"] == [{"id": user, "avatar": None, "name": None}]
    management = await client.delete("/api/resources/management-api")
    assert management.json()["code"] == "resource.cannot_delete_management_api"


async def test_organization_membership_and_roles(client: httpx.AsyncClient) -> None:
    ann = await create_user(client, username="ann")
    bob = await create_user(client, username="bob")
    org = (await client.post("/api/organizations", json={"name": "Acme"})).json()["id"]
    role = (await client.post("/api/organization-roles", json={"name": "admin"})).json()["id"]
    not_member = await client.post(
        f"/api/organizations/{org}/users/{ann}/roles", json={"organizationRoleIds": [role]}
    )
    assert not_member.json()["code"] == "organization.require_membership"
    unknown = await client.post(f"/api/organizations/{org}/users", json={"userIds": ["nobody"]})
    assert unknown.json()["code"] == "entity.relation_foreign_key_not_found"
    await client.post(f"/api/organizations/{org}/users", json={"userIds": [ann, bob]})
    by_name = await client.post(
        f"/api/organizations/{org}/users/{ann}/roles", json={"organizationRoleNames": ["admin"]}
    )
    assert by_name.json() == {"organizationRoleIds": [role]}
    admins = await client.get(f"/api/organizations/{org}/users?organizationRoleId={role}")
    assert [u["id"] for u in admins.json()] == [ann]
    assert admins.json()[0]["organizationRoles"] == [{"id": role, "name": "admin"}]
    assert "hasPassword" not in admins.json()[0]
    searched = await client.get(f"/api/organizations/{org}/users?q=BO")
    assert [u["id"] for u in searched.json()] == [bob]
    mine = (await client.get(f"/api/users/{ann}/organizations")).json()
    assert [(o["id"], o["organizationRoles"]) for o in mine] == [
        (org, [{"id": role, "name": "admin"}])
    ]
    dup = await client.post("/api/organization-roles", json={"name": "admin"})
    assert dup.json()["code"] == "entity.unique_integrity_violation"


async def test_invitations_expire_and_accept(
    double: LogtoDouble, client: httpx.AsyncClient
) -> None:
    ann = await create_user(client, username="ann")
    org = (await client.post("/api/organizations", json={"name": "Acme"})).json()["id"]
    role = (await client.post("/api/organization-roles", json={"name": "member"})).json()["id"]
    soon = double.store.now_ms() + 60_000
    body = {"invitee": "x@example.com", "organizationId": org, "expiresAt": soon}
    expiring = (await client.post("/api/organization-invitations", json=body)).json()
    accepted = (
        await client.post(
            "/api/organization-invitations",
            json={**body, "expiresAt": soon + 3_600_000, "organizationRoleIds": [role]},
        )
    ).json()
    double.controls.advance_time(120)
    listed = (await client.get(f"/api/organization-invitations?organizationId={org}")).json()
    assert {i["id"]: i["status"] for i in listed} == {
        expiring["id"]: "Expired",
        accepted["id"]: "Pending",
    }
    late = await client.put(
        f"/api/organization-invitations/{expiring['id']}/status",
        json={"status": "Accepted", "acceptedUserId": ann},
    )
    assert late.status_code == 422
    ok = await client.put(
        f"/api/organization-invitations/{accepted['id']}/status",
        json={"status": "Accepted", "acceptedUserId": ann},
    )
    assert ok.json()["status"] == "Accepted"
    roles = await client.get(f"/api/organizations/{org}/users/{ann}/roles")
    assert [r["id"] for r in roles.json()] == [role]
    past = await client.post("/api/organization-invitations", json={**body, "expiresAt": 1})
    assert past.status_code == 400


async def test_unknown_routes(client: httpx.AsyncClient) -> None:
    missing = await client.get("/api/nothing-here")
    assert (missing.status_code, missing.text) == (404, "Not Found")
    wrong_method = await client.put("/api/users")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET, POST"
    token_get = await client.get("/oidc/token")
    assert token_get.status_code == 405


async def test_created_without_body_is_koas_text(client: httpx.AsyncClient) -> None:
    user = await create_user(client, username="ann")
    role = (await client.post("/api/roles", json={"name": "r", "description": "d"})).json()
    response = await client.post(f"/api/roles/{role['id']}/users", json={"userIds": [user]})
    assert (response.status_code, response.text) == (201, "Created")
    again = await client.post(f"/api/roles/{role['id']}/users", json={"userIds": [user]})
    assert again.json()["code"] == "role.user_exists"
