"""Model names a person would give: never made of the model's own field names, never left to the
generator for a shape that several operations share, and the curated tables kept honest.

The field-made names this guards against are the ones a shape-merging pass falls back on when no
operation's name suits every use: ``Enabled`` for ``{enabled}``, ``NameRequest`` for ``{name}``,
``RoleIdsAndAddedRoleIds``. A list of ids (``UserIds`` for ``{userIds}``) is the one exception.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest

import logto_management_api.models as models
from spec import hoist
from spec.names import SEPARATE, SHARED
from spec.normalize import normalize
from spec.source import REPO_ROOT, parse_document, read_bytes

DOCUMENTS = [
    REPO_ROOT.parent / "shared" / "spec" / "logto-oss-1.42.0" / "swagger.json",
    REPO_ROOT.parent / "shared" / "spec" / "logto-cloud-2025-01" / "source.json",
]
needs_documents = pytest.mark.skipif(
    not all(p.is_file() for p in DOCUMENTS), reason="../shared/spec is not on this machine"
)

# Names issue 11's first pass left, and what they became (checked to be gone, and the new ones
# to exist, so a regression in the hoister shows up by name).
RENAMED = {
    "Enabled": "AdaptiveMfa",
    "Name": "CustomProfileFieldRef",
    "ActiveRequest": "UpdateSamlApplicationSecretBody",
    "NameRequest": "UpdateApplicationSecretBody",
    "NameAndExpiresAtRequest": "CreateApplicationSecretBody",
    "RoleIdsAndAddedRoleIds": "RoleAssignmentResult",
    "OrganizationRoleIdsAndOrganizationRoleNamesRequest": "OrganizationUserRolesRequest",
    "ListRoleApplicationsResponse200Item": "Application",
    "DeleteApplicationLegacySecretResponse200": "Application",
    "ListOrganizationJitSsoConnectorsResponse200Item": "SsoConnectorRecord",
    "CreateSsoConnectorResponse200": "SsoConnectorRecord",
    "ListSsoConnectorSigningKeysResponse200Item": "SsoConnectorSigningKey",
    "CreateSsoConnectorSigningKeyResponse201": "SsoConnectorSigningKey",
    "UpdateSsoConnectorSigningKeyResponse200": "SsoConnectorSigningKey",
    "CreateSamlApplicationSecretResponse201": "SamlApplicationSecret",
    "UpdateSamlApplicationSecretResponse200": "SamlApplicationSecret",
    "OrganizationInvitationOrganizationRole": "OrganizationRoleRef",
    "Dau": "PeriodUserCount",
    "Os": "UserAgentOs",
    "HookTestConfig": "HookConfigInput",
    "ExperienceColor": "SignInExperienceColor",
    "AccessTokenJwtCustomizerOrganization": "UserConsentOrganizationScope",
}


def pascal(snake: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in snake.split("_"))


def field_made(name: str, fields: list[str]) -> bool:
    """Whether a model name only lists its fields: ``Name`` for ``{name}``,
    ``NameAndExpiresAtRequest`` for ``{name, expiresAt}``. (``Domain`` with a ``domain`` field
    among six others is an entity that has a field named like it, not a name made of fields.)"""
    parts = re.sub(r"(Request|Body)$", "", name).split("And")
    own = {pascal(f) for f in fields}
    return all(part in own for part in parts) and (len(own) <= 2 or set(parts) == own)


def is_id_list(fields: list[str]) -> bool:
    return len(fields) == 1 and fields[0].endswith("_ids")


def model_classes() -> dict[str, type]:
    classes = {}
    for name in models.__all__:
        value = getattr(models, name)
        if isinstance(value, type) and attrs.has(value):
            classes[name] = value
    return classes


def fields_of(cls: type) -> list[str]:
    return [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]


def test_no_generated_model_is_named_after_its_fields_alone() -> None:
    classes = model_classes()
    assert len(classes) > 300
    offenders = sorted(
        name
        for name, cls in classes.items()
        if field_made(name, fields_of(cls)) and not is_id_list(fields_of(cls))
    )
    assert offenders == []


def test_the_check_catches_the_names_it_is_for() -> None:
    assert field_made("Enabled", ["enabled"])
    assert field_made("Name", ["name"])
    assert field_made("NameAndExpiresAtRequest", ["name", "expires_at"])
    assert field_made("RoleIdsAndAddedRoleIds", ["role_ids", "added_role_ids"])
    assert field_made("UserIds", ["user_ids"])
    assert is_id_list(["user_ids"])
    assert not field_made("AdaptiveMfa", ["enabled"])
    assert not field_made("RoleAssignmentResult", ["role_ids", "added_role_ids"])
    assert not field_made("Domain", ["id", "domain", "status", "error", "dns_records"])


def test_the_old_names_are_gone_and_the_new_ones_exist() -> None:
    classes = model_classes()
    assert sorted(set(RENAMED) & set(classes)) == []
    assert sorted(set(RENAMED.values()) - set(classes)) == []


@cache
def normalized(path: Path) -> dict[str, Any]:
    document, _report = normalize(parse_document(read_bytes(str(path)), str(path)))
    return document


@needs_documents
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_a_shape_two_operations_share_is_one_model_or_deliberately_not(path: Path) -> None:
    """A shape still inline at two or more places was left to the generator: every such place
    must be a reviewed decision in names.SEPARATE."""
    census = hoist.take_census(normalized(path))
    left = sorted(
        str(site)
        for key, sites in census.sites.items()
        if hoist.is_shape(census.shapes[key]) and len(sites) >= 2
        for site in sites
        if not any(hoist.matches(str(site), pattern) for pattern in SEPARATE)
    )
    assert left == []


@needs_documents
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.parent.name)
def test_no_component_of_either_document_is_named_after_its_fields_alone(path: Path) -> None:
    schemas = normalized(path)["components"]["schemas"]
    offenders = []
    for name, schema in schemas.items():
        fields = [re.sub(r"(?<!^)(?=[A-Z])", "_", p).lower() for p in schema.get("properties", {})]
        if fields and field_made(name, fields) and not is_id_list(fields):
            offenders.append(name)
    assert len(schemas) > 100
    assert offenders == []


@needs_documents
def test_every_curated_entry_is_used_by_the_locked_document() -> None:
    """A stale entry (Logto renamed the operation) would silently stop naming anything."""
    document = normalized(DOCUMENTS[0])
    schemas = document["components"]["schemas"]
    assert sorted(name for name in SHARED if name not in schemas) == []
    sites = [str(s) for s in _all_sites(DOCUMENTS[0])]
    unused = [p for p in SEPARATE if not any(hoist.matches(s, p) for s in sites)]
    assert unused == []


@cache
def _all_sites(path: Path) -> list[hoist.Site]:
    """Every site of the document before hoisting (where SEPARATE's patterns point)."""
    raw = parse_document(read_bytes(str(path)), str(path))
    return [site for sites in hoist.take_census(raw).sites.values() for site in sites]


def _operation(body: dict[str, Any] | None = None, answer: dict[str, Any] | None = None) -> Any:
    operation: dict[str, Any] = {"responses": {}}
    if body is not None:
        operation["requestBody"] = {"content": {"application/json": {"schema": body}}}
    if answer is not None:
        operation["responses"]["200"] = {"content": {"application/json": {"schema": answer}}}
    return operation


def test_a_shape_whose_uses_differ_is_split_by_use_not_named_after_its_field() -> None:
    switch = {"type": "object", "properties": {"enabled": {"type": "boolean"}}}
    settings = {
        "type": "object",
        "properties": {"alarm": switch, "siren": switch, "color": {"type": "string"}},
    }
    paths = {
        f"/{op}": {"get": {"operationId": op, **_operation(answer=settings)}}
        for op in ("GetHouse", "GetShed")
    }
    paths["/toggle"] = {"patch": {"operationId": "UpdateToggle", **_operation(body=switch)}}
    document: dict[str, Any] = {"paths": paths}
    hoist.hoist(document)
    schemas = document["components"]["schemas"]
    assert {"Alarm", "Siren"} <= set(schemas)
    assert "Enabled" not in schemas
    # the lone body stays its operation's own
    body = document["paths"]["/toggle"]["patch"]["requestBody"]["content"]["application/json"]
    assert "$ref" not in body["schema"]


@pytest.mark.parametrize("separate", [False, True])
def test_curated_entries_name_their_sites_and_separate_ones_stay_inline(
    monkeypatch: pytest.MonkeyPatch, separate: bool
) -> None:
    from spec.names import Shared

    key = {"type": "object", "properties": {"active": {"type": "boolean"}}}
    operations = ("UpdateSigningKey", "UpdateCertificate", "UpdateSwitch", "ReplaceSwitch")
    paths = {
        f"/{op}": {"patch": {"operationId": op, **_operation(body=key, answer=key)}}
        for op in operations
    }
    document: dict[str, Any] = {"paths": paths}
    monkeypatch.setattr(hoist, "SHARED", {"Activation": Shared(("* 200",), "why: the answers")})
    monkeypatch.setattr(hoist, "SEPARATE", {"ReplaceSwitch body": "why"} if separate else {})
    notes = hoist.hoist(document)
    assert "Activation: 4 uses, curated: why: the answers" in notes

    def schema(op: str, where: str) -> Any:
        operation = document["paths"][f"/{op}"]["patch"]
        if where == "body":
            return operation["requestBody"]["content"]["application/json"]["schema"]
        return operation["responses"]["200"]["content"]["application/json"]["schema"]

    for op in operations:
        assert schema(op, "200") == {"$ref": "#/components/schemas/Activation"}
    # the bodies share the shape, and no name suits them all: one model per kind of use, and a
    # lone use (or one SEPARATE keeps apart) stays its operation's own
    assert "$ref" not in schema("UpdateSigningKey", "body")
    if separate:
        assert list(document["components"]["schemas"]) == ["Activation"]
        assert "$ref" not in schema("ReplaceSwitch", "body")
    else:
        assert sorted(document["components"]["schemas"]) == ["Activation", "SwitchRequest"]
        assert schema("ReplaceSwitch", "body") == {"$ref": "#/components/schemas/SwitchRequest"}
