"""Every successful JSON answer recorded from a real Logto parses into the documented model."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from typing import Any

import httpx
import pytest
from _traffic import TRAFFIC, exchanges

import logto_management_api.api as api
from logto_management_api import Client

pytestmark = pytest.mark.skipif(not TRAFFIC.is_file(), reason="../shared is not on this machine")

EXPECTED = {
    "users_page1": "list[User]",
    "users_search_exact": "list[User]",
    "users_create_full": "User",
    "users_patch": "User",
    "users_suspend": "User",
    "roles_unpaged": "list[Role]",
    "roles_list_users": "list[User]",
    "applications_get": "Application",
    "applications_list": "list[Application]",
    "organizations_create": "Organization",
    "organizations_list": "list[Organization]",
    "resources_create": "Resource",
    "scopes_list": "list[Scope]",
    "organization_roles_list": "list[OrganizationRole]",
    "organization_scopes_create": "OrganizationScope",
    "organization_invitations_list": "list[OrganizationInvitation]",
    "logs_list": "list[Log]",
}


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def operation_index() -> list[tuple[str, re.Pattern[str], str, str]]:
    from spec.normalize import normalize
    from spec.source import SpecLock, load_locked_document

    document, _ = load_locked_document(SpecLock.read())
    normalized, _ = normalize(document)
    index = []
    for path, item in normalized["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
                index.append((method.upper(), pattern, operation["operationId"], path))
    return index


def type_name(value: Any) -> str:
    if isinstance(value, list):
        return f"list[{type(value[0]).__name__}]" if value else "list[]"
    return type(value).__name__


def recorded_successes() -> list[dict[str, Any]]:
    return [
        e
        for e in exchanges()
        if e["request"]["path"].startswith("/api/")
        and 200 <= e["response"]["status"] < 300
        and e["response"]["body"] not in (None, "")
    ]


def test_recorded_answers_parse_into_models() -> None:
    index = operation_index()
    client = Client(base_url="http://logto.invalid")
    parsed_names: dict[str, str] = {}
    modules = {
        info.name.rsplit(".", 1)[-1]: info.name
        for info in pkgutil.walk_packages(api.__path__, "logto_management_api.api.")
    }
    for exchange in recorded_successes():
        request, answer = exchange["request"], exchange["response"]
        path = request["path"].split("?")[0]
        matches = [op for op in index if op[0] == request["method"] and op[1].match(path)]
        operation_id = min(matches, key=lambda op: op[3].count("{"))[2]
        module = importlib.import_module(modules[snake(operation_id)])
        body = answer["body"] if isinstance(answer["body"], str) else json.dumps(answer["body"])
        response = httpx.Response(answer["status"], content=body.encode())
        parsed = module._parse_response(client=client, response=response)
        assert parsed is not None, exchange["name"]
        parsed_names[exchange["name"]] = type_name(parsed)
    assert len(parsed_names) >= 40
    for name, expected in EXPECTED.items():
        assert parsed_names[name] == expected, name
