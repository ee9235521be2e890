"""Answers recorded from a real Logto 1.42 (tests/fixtures/real_logto_answers.json) parse and
round-trip: the cases the shared traffic lacked (SPA and traditional apps with redirect URIs,
SAML apps, epoch timestamps, XML metadata, translation maps, the username policy, ...)."""

from __future__ import annotations

import importlib
import json
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import pytest
from _recorded import FIXTURE, Exchange, load, round_trip_differences

import logto_management_api.api as api
from logto_management_api import Client
from logto_management_api.models import (
    Application,
    CreateOrganizationRoleBody,
    CreateSsoConnectorSigningKeyBody,
    SignInExperience,
    UsernamePolicy,
)

CLIENT = Client(base_url="http://logto.invalid")
MODULES = {
    info.name.rsplit(".", 1)[-1]: info.name
    for info in pkgutil.walk_packages(api.__path__, "logto_management_api.api.")
}
EXCHANGES = {exchange["operation"]: exchange for exchange in load()}


def parse(exchange: Exchange) -> Any:
    module: ModuleType = importlib.import_module(MODULES[exchange["operation"]])
    headers = {"content-type": exchange["content_type"]}
    response = httpx.Response(
        exchange["status"], headers=headers, content=exchange["body"].encode()
    )
    return module._parse_response(client=CLIENT, response=response)


def test_the_recording_covers_the_reachable_operations() -> None:
    assert FIXTURE.is_file()
    assert len(EXCHANGES) >= 90


@pytest.mark.parametrize("name", sorted(EXCHANGES))
def test_recorded_answer_parses_and_round_trips(name: str) -> None:
    exchange = EXCHANGES[name]
    parsed = parse(exchange)
    if not exchange["body"]:
        assert parsed is None
    elif "json" in exchange["content_type"]:
        assert parsed is not None
        assert round_trip_differences(parsed, json.loads(exchange["body"])) == []
    else:
        assert parsed == exchange["body"]


def test_redirect_uris_of_spa_and_traditional_apps_are_strings() -> None:
    apps: list[Application] = parse(EXCHANGES["list_applications"])
    web = [app for app in apps if app.type_ in ("SPA", "Traditional")]
    assert web
    uris = [uri for app in web for uri in app.oidc_client_metadata.redirect_uris]
    assert uris
    assert all(isinstance(uri, str) and "://" in uri for uri in uris)


def test_saml_secret_expiry_is_an_epoch_number() -> None:
    secrets = parse(EXCHANGES["list_saml_application_secrets"])
    assert secrets
    assert all(isinstance(secret.expires_at, int | float) for secret in secrets)


def test_saml_metadata_is_xml_text() -> None:
    metadata = parse(EXCHANGES["list_saml_application_metadata"])
    assert isinstance(metadata, str)
    assert "EntityDescriptor" in metadata


def test_the_username_policy_is_typed() -> None:
    experience: SignInExperience = parse(EXCHANGES["get_sign_in_exp"])
    assert isinstance(experience.username_policy, UsernamePolicy)
    assert experience.username_policy.max_length >= experience.username_policy.min_length


def test_bodies_with_server_defaults_need_only_what_the_server_needs() -> None:
    assert CreateOrganizationRoleBody(name="viewer").to_dict() == {"name": "viewer"}
    assert CreateSsoConnectorSigningKeyBody().to_dict() == {"active": False}
