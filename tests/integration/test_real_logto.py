"""The generated client against a real Logto holding ordinary tenant data.

- every create and update of the seeded entities is sent with a keyword-built body, accepted and
  read back equal (``_world.seed``);
- every GET operation of the generated client is called against that data, path parameters taken
  from the seeded entities and the server's own listings; its answer parses, and
  ``Model.from_dict(raw).to_dict() == raw`` for the parsed answer;
- the operations an OSS server cannot answer are in ``UNREACHABLE``, with the reason.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import re
import uuid
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import _recorded
import pytest
import pytest_asyncio

import logto_management_api.api as api
from logto_management_api.types import Response

from . import _release
from ._connect import real_logto
from ._world import World, seed

IN_MODULE_LOOP = pytest.mark.asyncio(loop_scope="module")

# GET operations a Logto OSS server holding this data cannot answer with a success, and why.
UNREACHABLE: dict[str, str] = {
    "get_user_sso_identity": "needs an enterprise SSO sign-in through an outside identity provider",
    "get_user_session": "needs a user session, which needs an interactive sign-in (no front end)",
    "get_saml_application_callback": "the end of an OIDC sign-in flow (code and state)",
    "get_saml_authn": "the SAML IdP endpoint: needs a signed SAMLRequest from a service provider",
    "list_application_protected_app_metadata_custom_domains": (
        "protected apps (Cloudflare workers) are a Logto Cloud feature"
    ),
    "get_system_application_config": (
        "protected apps (Cloudflare workers) are a Logto Cloud feature: 501 on OSS"
    ),
}

# GET operations whose entity only the server can have (connectors are installed, not created;
# domains are Cloud only): the id is the first of the listing, and an empty listing is the reason.
FROM_LISTING: dict[str, tuple[str, str]] = {
    "get_connector": ("list_connectors", "no connector is installed (none on this OSS build)"),
    "get_connector_factory": (
        "list_connector_factories",
        "no connector factory is installed (none on this OSS build)",
    ),
    "get_domain": ("list_domains", "no custom domain: a Logto Cloud feature"),
    "list_domain_verification_files": ("list_domains", "no custom domain: a Logto Cloud feature"),
}

# LOGTO_RECORD=1 writes the answers to tests/fixtures/ for the offline tests (make test).
RECORD = bool(os.environ.get("LOGTO_RECORD"))
RECORDING: list[_recorded.Exchange] = []

# Tenant-wide settings seed() leaves alone when another run (sharing the server) has set them.
SINGLETONS = {
    "get_jwt_customizer": "UpsertJwtCustomizer",
    "get_captcha_provider": "UpdateCaptchaProvider",
    "get_action": "UpsertAction",
}

_WORD = re.compile(r"(?<!^)(?=[A-Z])")


def snake(name: str) -> str:
    return _WORD.sub("_", name).lower()


def get_operations() -> dict[str, tuple[ModuleType, str]]:
    """Every GET function module of the generated client, with its path template."""
    found = {}
    for package in pkgutil.iter_modules(api.__path__):
        tag = importlib.import_module(f"{api.__name__}.{package.name}")
        for info in pkgutil.iter_modules(tag.__path__):
            module = importlib.import_module(f"{tag.__name__}.{info.name}")
            source = inspect.getsource(module._get_kwargs)
            method = re.search(r'"method": "(\w+)"', source)
            url = re.search(r'"url": "([^"]+)"', source)
            if method and url and method.group(1) == "get":
                found[info.name] = (module, url.group(1))
    return dict(sorted(found.items()))


GETS = get_operations()

# The seeded id a path parameter takes, by the collection it follows ("/api/roles/{id}").
COLLECTION_KEYS = {
    "applications": "SPA",
    "users": "users",
    "roles": "roles",
    "resources": "resources",
    "organizations": "organizations",
    "organization-roles": "organization-roles",
    "organization-scopes": "organization-scopes",
    "organization-invitations": "organization-invitations",
    "hooks": "hooks",
    "custom-phrases": "custom-phrases",
    "email-templates": "email-templates",
    "custom-profile-fields": "custom-profile-fields",
    "one-time-tokens": "one-time-tokens",
    "saml-applications": "saml-applications",
    "logs": "logs",
    "sso-connectors": "sso-connectors",
}
# Other path parameters (snake_case in the generated URLs): a fixed value or a seeded id.
FIXED = {
    "key_type": "private-keys",
    "token_type_path": "client-credentials",
    "action_type": "action.postSignIn",
}
PARAM_KEYS = {
    "user_id": "users",
    "application_id": "SPA",
    "resource_id": "resources",
    "language_tag": "custom-phrases",
    "name": "custom-profile-fields",
    "target": "target",
}
THIRD_PARTY_ONLY = ("/consent-organizations", "/sign-in-experience")
EXTRA_QUERY: dict[str, dict[str, Any]] = {
    "get_username_case_sensitivity_conflicts": {"limit": 10},
}


def arguments(name: str, path: str, world: World) -> dict[str, Any]:
    """Keyword arguments for a GET operation: its path parameters from the seeded tenant."""
    kwargs: dict[str, Any] = dict(EXTRA_QUERY.get(name, {}))
    if name == "get_hasura_auth":  # verifies the caller's own token for that resource
        kwargs["resource"] = world.ids["api-resource"]
    segments = path.split("/")
    for index, segment in enumerate(segments):
        if not segment.startswith("{"):
            continue
        param = segment[1:-1]
        if param in FIXED:
            value = FIXED[param]
        elif param == "application_id" and segments[2] == "organizations":
            value = world.ids["MachineToMachine"]  # the app that is an organization member
        elif param == "application_id" and path == "/api/applications/{application_id}/roles":
            value = world.ids["MachineToMachine"]  # only M2M apps have roles
        elif param in ("id", "application_id") and path.endswith(THIRD_PARTY_ONLY):
            value = world.ids["third-party"]  # third-party apps only
        elif param == "id":
            value = world.ids[COLLECTION_KEYS[segments[index - 1]]]
        else:
            value = world.ids[PARAM_KEYS[param]]
        kwargs[param] = value
    return kwargs


async def listed_id(world: World, name: str) -> dict[str, Any] | None:
    """``{"id": ...}`` of the first entity the server lists for this operation, if any."""
    listing = await GETS[FROM_LISTING[name][0]][0].asyncio_detailed(client=world.client)
    assert listing.status_code == 200
    return {"id": listing.parsed[0].id} if listing.parsed else None


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(logto_env: dict[str, str]) -> AsyncIterator[World]:
    async with real_logto(
        logto_env,
        raise_on_error=False,
        timeout=60,  # the OpenAPI documents take seconds to build on a busy machine
    ) as client:
        seeded = await seed(client, uuid.uuid4().hex[:10])
        logs = await GETS["list_logs"][0].asyncio_detailed(client=client, page_size=1)
        assert logs.status_code == 200
        assert logs.parsed, "the server lists no audit log"
        seeded.ids["logs"] = logs.parsed[0].id  # from the server's own listing
        seeded.ids["api-resource"] = logto_env["LOGTO_RESOURCE"]
        yield seeded
        assert await seeded.close() == []
    if RECORD:
        _recorded.write(RECORDING, logto_env["LOGTO_APP_SECRET"])


# The answers without a schema: Logto's own OpenAPI documents, dict[str, Any].
JSON_OBJECTS = {
    "get_swagger_json",
    *(f"get_well_known_{k}_openapi_json" for k in ("management", "experience", "user")),
}
TENANT_WIDE = {
    "UpsertJwtCustomizer",
    "UpdateJwtCustomizer",
    "UpdateCaptchaProvider",
    "UpsertAction",
}
EXPECTED_WRITES = {
    *("UpdateResourceScope", "ReplaceOrganizationInvitationStatus", "UpdateEmailTemplateDetails"),
    *("ReplaceOneTimeTokenStatus", "ReplaceUserIdentity"),
    *("CreateSsoConnector", "UpdateSsoConnector", "CreateSsoConnectorSigningKey"),
    *("CreateApplication", "UpdateApplication", "AssignApplicationRoles"),
    *("CreateSamlApplication", "UpdateSamlApplication", "CreateSamlApplicationSecret"),
    *(
        "ReplaceApplicationSignInExperience",
        "CreateUser",
        "UpdateUser",
        "UpdateUserCustomData",
        "AssignUserRoles",
    ),
    *("CreateRole", "UpdateRole", "CreateRoleScope", "CreateResource", "UpdateResource"),
    *("CreateResourceScope", "CreateOrganization", "UpdateOrganization", "AddOrganizationUsers"),
    *("AssignOrganizationRolesToUser", "AddOrganizationApplications"),
    *("CreateOrganizationRole", "UpdateOrganizationRole", "CreateOrganizationScope"),
    *("UpdateOrganizationScope", "CreateOrganizationInvitation", "CreateHook", "UpdateHook"),
    *("ReplaceCustomPhrase", "ReplaceEmailTemplates", "CreateCustomProfileField"),
    *("UpdateCustomProfileFieldByName", "AddOneTimeTokens", "UpdateSignInExp"),
}


@IN_MODULE_LOOP
async def test_every_write_is_keyword_built_accepted_and_read_back(
    world: World, record_property: Any
) -> None:
    record_property("writes", world.writes)
    # seed() asserted each read-back; tenant-wide settings someone else set are left alone; what
    # the server's release lacks is not sent
    assert set(world.writes) - TENANT_WIDE == EXPECTED_WRITES - set(world.lacking)


def test_every_unreachable_operation_exists() -> None:
    assert set(UNREACHABLE) | set(FROM_LISTING) | JSON_OBJECTS <= set(GETS)


@IN_MODULE_LOOP
@pytest.mark.parametrize("name", sorted(GETS))
async def test_get_answer_parses_and_round_trips(
    world: World, name: str, record_property: Any
) -> None:
    if name in UNREACHABLE:
        record_property("get", ("unreachable", name, UNREACHABLE[name]))
        pytest.skip(f"unreachable on OSS: {UNREACHABLE[name]}")
    too_old = _release.lacks(name)
    if too_old is not None:
        record_property("get", ("unreachable", name, too_old))
        pytest.skip(f"unreachable on this release: {too_old}")
    module, path = GETS[name]
    kwargs = await listed_id(world, name) if name in FROM_LISTING else arguments(name, path, world)
    if kwargs is None:
        record_property("get", ("unreachable", name, FROM_LISTING[name][1]))
        pytest.skip(f"unreachable here: {FROM_LISTING[name][1]}")
    response: Response[Any] = await module.asyncio_detailed(client=world.client, **kwargs)
    if response.status_code == 404 and SINGLETONS.get(name, "") not in ("", *world.writes):
        pytest.skip("a tenant-wide setting another run made, and removed meanwhile")
    record_property("get", ("called", name, ""))
    assert 200 <= response.status_code < 300, (response.status_code, response.content[:300])
    if not response.content:
        assert response.parsed is None
    elif "json" in response.headers.get("content-type", ""):
        assert response.parsed is not None, "a JSON answer was not parsed"
        if name in JSON_OBJECTS:  # schema-less JSON answers are plain dicts
            assert type(response.parsed) is dict
            assert response.parsed["openapi"].startswith("3.")
        assert _recorded.round_trip_differences(response.parsed, json.loads(response.content)) == []
    else:
        assert response.parsed == response.content.decode()
    record_property("get", ("parsed", name, ""))
    if RECORD:
        content_type = response.headers.get("content-type", "")
        kept = _recorded.exchange(
            name, kwargs, response.status_code, content_type, response.content
        )
        RECORDING.extend([kept] if kept else [])
