"""Typing check of issue 21's forms: JSON objects as dicts, booleans as bool, one page with its
total, typed search, and the names a person would choose. mypy --strict and basedpyright (strict)
verify every assert_type, and that each line marked ``type: ignore`` is an error (mypy's
warn_unused_ignores and basedpyright's reportUnnecessaryTypeIgnoreComment fail the build if one
stops being an error). Never executed.
"""

from __future__ import annotations

from typing import Any, assert_type

from logto_management import ManagementApiClient, Page
from logto_management.search import ApplicationSearch, RoleSearch, UserSearch, exact, posix
from logto_management_api import Client
from logto_management_api.models import (
    CreateOrganizationBody,
    CreateUserBody,
    JsonObject,
    Role,
    SignInExperience,
    TotpMfaVerificationRequest,
    UpdateUserCustomDataBody,
    User,
    UserCountTotal,
    UserGrants,
)


async def json_objects(logto: ManagementApiClient) -> None:
    body = CreateUserBody(username="ada", custom_data={"plan": "pro", "seats": 5})
    user = await logto.users.create(body=body)
    assert_type(user.custom_data, dict[str, Any])
    assert_type(user.custom_data, JsonObject)
    data = await logto.users.update_custom_data(
        user.id, body=UpdateUserCustomDataBody(custom_data={"plan": "team"})
    )
    assert_type(data, dict[str, Any])
    CreateOrganizationBody(name="Acme", custom_data={"crm": "A-17"})
    CreateOrganizationBody(name="Acme", custom_data=["not", "an", "object"])  # type: ignore[arg-type]


async def booleans(logto: ManagementApiClient) -> None:
    await logto.users.get("u1", include_sso_identities=True, include_password_hash=False)
    logto.applications.list(is_third_party=False)
    logto.resources.list(include_scopes=True)
    logto.organizations.list(show_featured=True)
    await logto.users.get("u1", include_sso_identities="true")  # type: ignore[arg-type]


async def one_page(logto: ManagementApiClient) -> None:
    page = await logto.users.list(page_size=20).page(3)
    assert_type(page, Page[User])
    assert_type(page.items, list[User])
    assert_type(page.total, int | None)
    assert_type(page.has_next, bool)
    assert_type(await logto.roles.list_users("r1").page(1), Page[User])


def one_page_sync(client: Client) -> None:
    assert_type(client.sync.users.list(page_size=20).page(3), Page[User])
    assert_type(client.sync.roles.list().page(2), Page[Role])


async def typed_search(logto: ManagementApiClient) -> None:
    logto.users.list(search=UserSearch(primary_email="%@example.com"))
    logto.users.list(search=UserSearch(id=exact("u1", "u2"), username=posix("^ad"), joint="and"))
    logto.users.list(search=UserSearch(name="%Ada%", exclude_role_id="r1", case_sensitive=True))
    logto.roles.list(search=RoleSearch(name="admin%"))
    logto.applications.list(search=ApplicationSearch(description=exact("CLI")))
    UserSearch(primary_emial="%@example.com")  # type: ignore[call-arg]
    UserSearch(joint="xor")  # type: ignore[arg-type]
    logto.roles.list(search=UserSearch(name="x"))  # type: ignore[arg-type]


async def names(logto: ManagementApiClient) -> None:
    assert_type(await logto.users.get_custom_data("u1"), dict[str, Any])
    assert_type(await logto.users.get_grants("u1"), UserGrants)
    assert_type(await logto.sign_in_experience.get_sign_in_experience(), SignInExperience)
    assert_type(await logto.dashboard.get_total_user_count(), UserCountTotal)
    TotpMfaVerificationRequest(type_="Totp", secret="JBSWY3DPEHPK3PXP")
