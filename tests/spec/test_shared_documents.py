"""The pipeline on the real documents in ../shared: Logto OSS 1.42.0 and an older Cloud one."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from spec import diff
from spec.generate import generate_package
from spec.normalize import normalize
from spec.source import REPO_ROOT, SpecLock, parse_document, read_bytes

SHARED = REPO_ROOT.parent / "shared" / "spec"
OSS = SHARED / "logto-oss-1.42.0" / "swagger.json"
MANAGEMENT_ONLY = SHARED / "logto-oss-1.42.0" / "management.openapi.json"
CLOUD = SHARED / "logto-cloud-2025-01" / "source.json"

pytestmark = pytest.mark.skipif(not OSS.is_file(), reason="../shared/spec is not on this machine")

ENTITIES = [
    "User", "Application", "Role", "Organization", "Resource", "Scope", "Hook", "Connector",
    "OrganizationRole", "OrganizationScope", "OrganizationInvitation", "Log",
]  # fmt: skip


@cache
def normalized(path: Path) -> tuple[dict[str, Any], Any]:
    return normalize(parse_document(read_bytes(str(path)), str(path)))


def response(doc: dict[str, Any], op_id: str, status: str) -> Any:
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == op_id:
                return operation["responses"][status]["content"]["application/json"]["schema"]
    raise KeyError(op_id)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_oss_keeps_exactly_the_management_api() -> None:
    doc, report = normalized(OSS)
    assert (report.operations_before, report.operations_after) == (359, 284)
    assert report.dropped == {"Experience API": 37, "My account API": 31, "Verifications API": 7}
    management = json.loads(MANAGEMENT_ONLY.read_text())
    assert set(doc["paths"]) == set(management["paths"])


def test_the_lock_names_the_document_generated_from() -> None:
    lock = SpecLock.read()
    assert lock.operations_management == 284
    assert lock.source.endswith("logto-oss-1.42.0/swagger.json")


@pytest.mark.parametrize("name", ENTITIES)
def test_entity_models_exist(name: str) -> None:
    doc, _ = normalized(OSS)
    assert name in doc["components"]["schemas"]


@pytest.mark.parametrize(
    ("entity", "operations"),
    [
        ("User", [("ListUsers", "200"), ("GetUser", "200"), ("CreateUser", "200"),
                  ("UpdateUser", "200"), ("ListRoleUsers", "200")]),
        ("Application", [("ListApplications", "200"), ("GetApplication", "200"),
                         ("CreateApplication", "200"), ("UpdateApplication", "200")]),
        ("Role", [("ListRoles", "200"), ("GetRole", "200"), ("CreateRole", "200"),
                  ("UpdateRole", "200")]),
        ("Organization", [("ListOrganizations", "200"), ("GetOrganization", "200"),
                          ("CreateOrganization", "201"), ("UpdateOrganization", "200")]),
        ("Resource", [("ListResources", "200"), ("GetResource", "200"),
                      ("CreateResource", "201")]),
        ("Scope", [("ListResourceScopes", "200"), ("CreateResourceScope", "201"),
                   ("ListRoleScopes", "200")]),
        ("OrganizationRole", [("ListOrganizationRoles", "200"), ("GetOrganizationRole", "200"),
                              ("CreateOrganizationRole", "201")]),
        ("OrganizationScope", [("ListOrganizationScopes", "200"),
                               ("CreateOrganizationScope", "201")]),
        ("OrganizationInvitation", [("ListOrganizationInvitations", "200"),
                                    ("CreateOrganizationInvitation", "201")]),
        ("Hook", [("ListHooks", "200"), ("GetHook", "200"), ("CreateHook", "201")]),
        ("Connector", [("ListConnectors", "200"), ("GetConnector", "200")]),
        ("Log", [("ListLogs", "200"), ("GetLog", "200"), ("ListHookRecentLogs", "200")]),
        ("OrganizationUser", [("ListOrganizationUsers", "200")]),
    ],
)  # fmt: skip
def test_operations_returning_an_entity_return_its_model(
    entity: str, operations: list[tuple[str, str]]
) -> None:
    doc, _ = normalized(OSS)
    for op_id, status in operations:
        schema = response(doc, op_id, status)
        if schema.get("type") == "array":
            schema = schema["items"]
        assert schema == ref(entity), op_id


def test_cloud_document_generates_without_warnings_and_imports(tmp_path: Path) -> None:
    doc, report = normalized(CLOUD)
    assert report.operations_after == 209
    for name in ENTITIES:
        assert name in doc["components"]["schemas"], name
    package = tmp_path / "logto_management_api"
    generate_package(doc, package)  # raises GenerationFailed on any warning
    walk = (
        "import importlib, pkgutil, logto_management_api as p\n"
        "mods = [m.name for m in pkgutil.walk_packages(p.__path__, 'logto_management_api.')]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "print(len(mods))"
    )
    run = subprocess.run(
        [sys.executable, "-c", walk], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout) > 500


def test_spec_diff_reports_what_changed_between_the_documents() -> None:
    old, _ = normalized(CLOUD)
    new, _ = normalized(OSS)
    lines = diff.report(old, new)
    assert lines[0].startswith("operations: 209 -> 284: 75 added, 0 removed")
    assert any(line.startswith("  + custom-profile-fields (7):") for line in lines)
    changed = "\n".join(lines)
    assert "GET /api/applications/{id} (GetApplication)" in changed
    assert "+appLevelAccessControlEnabled:boolean" in changed
    assert len(lines) <= 80  # a screenful
