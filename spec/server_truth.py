"""Normalization rules where Logto's document disagrees with what the real server sends.

Logto writes its document from its zod guards (``packages/core/src/utils/zod.ts``). A guard with a
``.refine()`` becomes ``{"type": "object", "description": "Validator function"}``, whatever it
refines; a ``z.date()`` becomes ``date-time`` even where the value is an epoch number; a
``.default()`` keeps the property ``required``. Each rule below names the guard it reads (Logto
commit 1fbc55441f) and was checked against that server (``make integration``).

Rules are keyed on a property's place: the API path of the operation (or the component name) and
the property names leading to it, ``[]`` standing for array items.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Document = dict[str, Any]
Place = tuple[str, ...]  # (where, *property names); where = "/api/..." or "#/components/X"

PLACEHOLDER = "Validator function"
OPENAPI_DOCUMENT_PATHS = (
    "/api/swagger.json",
    "/api/.well-known/management.openapi.json",
    "/api/.well-known/experience.openapi.json",
    "/api/.well-known/user.openapi.json",
)

_I18N_PHRASES: dict[str, Any] = {
    "type": "object",
    "required": ["en"],
    "properties": {"en": {"type": "string"}},
    "additionalProperties": {"type": "string"},
}
_USERNAME_POLICY: dict[str, Any] = {
    "type": "object",
    "required": ["caseSensitive", "minLength", "maxLength", "allowedChars"],
    "properties": {
        "caseSensitive": {"type": "boolean"},
        "minLength": {"type": "integer"},
        "maxLength": {"type": "integer"},
        "allowedChars": {
            "type": "object",
            "required": ["lowercase", "uppercase", "numbers", "underscore"],
            "properties": {
                name: {"type": "boolean"}
                for name in ("lowercase", "uppercase", "numbers", "underscore")
            },
        },
    },
}
_SAML_ENCRYPTION: dict[str, Any] = {
    "type": "object",
    "properties": {
        "encryptAssertion": {"type": "boolean"},
        "encryptThenSign": {"type": "boolean"},
        "certificate": {"type": "string"},
    },
}
_VERIFICATION_FILES: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["path", "content", "contentType"],
        "properties": {
            "path": {"type": "string"},
            "content": {"type": "string"},
            "contentType": {"type": "string", "enum": ["text/plain", "application/json"]},
        },
    },
}


@dataclass(frozen=True)
class PlaceholderRule:
    """What a "Validator function" placeholder really is, where ``matches`` says it applies."""

    name: str
    guard: str  # the zod guard it is written from, for the printed reason
    matches: Callable[[Place], bool]
    schema: dict[str, Any]
    component: str | None = None  # a name for the shape, where the derived one would be vague


def _ends(*tail: str) -> Callable[[Place], bool]:
    return lambda place: place[1:][-len(tail) :] == tail


def _under(prefixes: tuple[str, ...], *tails: tuple[str, ...]) -> Callable[[Place], bool]:
    return lambda place: (
        place[0].startswith(prefixes) and any(place[1:][-len(t) :] == t for t in tails)
    )


PLACEHOLDER_RULES: tuple[PlaceholderRule, ...] = (
    PlaceholderRule(
        "redirect URIs are strings",
        "oidcClientMetadataGuard.redirectUris: z.string().refine(validateRedirectUrl).array()",
        _ends("oidcClientMetadata", "redirectUris", "[]"),
        {"type": "string"},
    ),
    PlaceholderRule(
        "post-logout redirect URIs are strings",
        "oidcClientMetadataGuard.postLogoutRedirectUris: z.string().refine(...).array()",
        _ends("oidcClientMetadata", "postLogoutRedirectUris", "[]"),
        {"type": "string"},
    ),
    PlaceholderRule(
        "a social/SSO sign-in redirect URI is a string",
        "interaction socialAuthorizationUrlPayloadGuard.redirectUri: z.string().refine(...)",
        _ends("redirectUri"),
        {"type": "string"},
    ),
    PlaceholderRule(
        "connector names and descriptions are translation maps",
        "connector-kit i18nPhrasesGuard: z.object({en}).and(z.record(z.string())).refine(...)",
        _under(
            ("/api/connectors", "/api/connector-factories", "/api/.well-known/"),
            ("metadata", "name"),
            ("name",),
            ("description",),
            ("socialConnectors", "[]", "name"),
        ),
        _I18N_PHRASES,
        "I18nPhrases",
    ),
    PlaceholderRule(
        "the username policy is an object",
        "core-kit usernamePolicyGuard: z.object({caseSensitive, minLength, ...}).refine(...)",
        _ends("usernamePolicy"),
        _USERNAME_POLICY,
    ),
    PlaceholderRule(
        "SAML encryption settings are an object",
        "samlEncryptionGuard: z.object({encryptAssertion, encryptThenSign, certificate})",
        _under(("/api/saml-applications",), ("encryption",)),
        _SAML_ENCRYPTION,
        "SamlEncryption",
    ),
    PlaceholderRule(
        "domain verification files are a list of files",
        "domainVerificationFilesGuard: domainVerificationFileGuard.array().superRefine(...)",
        lambda place: place == ("/api/domains/{id}/verification-files",),
        _VERIFICATION_FILES,
    ),
)

# `date-time` properties that Logto sends as epoch milliseconds (checked against the server).
EPOCH_DATE_TIMES: dict[Place, str] = {
    ("/api/saml-applications/{id}/secrets", "[]", "expiresAt"): (
        "samlApplicationSecret.expiresAt: timestamptz column, sent as epoch ms"
    ),
    ("#/components/SamlApplicationResponse", "createdAt"): (
        "SamlApplicationResponse.createdAt: timestamptz column, sent as epoch ms"
    ),
}


def schemas(document: Document) -> Iterator[tuple[Place, dict[str, Any], str]]:
    """Every schema node of the document with its place and a label (method, status, body)."""
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody", {}).get("content", {})
            for media in body.values():
                if "schema" in media:
                    yield from _walk(media["schema"], (path,), f"{method.upper()} {path} body")
            for status, response in operation.get("responses", {}).items():
                for media in response.get("content", {}).values():
                    if "schema" in media:
                        label = f"{method.upper()} {path} {status}"
                        yield from _walk(media["schema"], (path,), label)
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        yield from _walk(schema, (f"#/components/{name}",), f"#/components/schemas/{name}")


def _walk(node: Any, place: Place, label: str) -> Iterator[tuple[Place, dict[str, Any], str]]:
    if not isinstance(node, dict):
        return
    yield place, node, label
    for name, sub in node.get("properties", {}).items():
        yield from _walk(sub, (*place, name), label)
    if isinstance(node.get("items"), dict):
        yield from _walk(node["items"], (*place, "[]"), label)
    if isinstance(node.get("additionalProperties"), dict):
        yield from _walk(node["additionalProperties"], (*place, "{}"), label)
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in node.get(key, []):
            yield from _walk(sub, place, label)


def unresolved_placeholders(document: Document) -> list[str]:
    """Places still holding a "Validator function" placeholder (a test keeps this empty)."""
    return [
        f"{label}: {'.'.join(place[1:]) or '(root)'}"
        for place, node, label in schemas(document)
        if node.get("description") == PLACEHOLDER
    ]


def resolve_validator_placeholders(document: Document) -> list[str]:
    """Give every "Validator function" placeholder its real type: Logto writes any refined zod
    guard as an empty object, whatever it refines (URIs, translation maps, policies)."""
    resolved: dict[str, int] = {}
    unresolved = []
    for place, node, label in list(schemas(document)):
        if node.get("description") != PLACEHOLDER:
            continue
        rule = next((r for r in PLACEHOLDER_RULES if r.matches(place)), None)
        if rule is None:
            unresolved.append(f"UNRESOLVED {label}: {'.'.join(place[1:]) or '(root)'}")
            continue
        nullable = node.get("nullable")
        node.clear()
        if rule.component:
            components = document.setdefault("components", {}).setdefault("schemas", {})
            components.setdefault(rule.component, copy.deepcopy(rule.schema))
            ref = {"$ref": f"#/components/schemas/{rule.component}"}
            node.update({"allOf": [ref], "nullable": True} if nullable else ref)
        else:
            node.update(copy.deepcopy(rule.schema))
            if nullable:
                node["nullable"] = True
        resolved[rule.name] = resolved.get(rule.name, 0) + 1
    notes = [f"{sum(resolved.values())} placeholders resolved, {len(unresolved)} left"]
    for rule in PLACEHOLDER_RULES:
        if rule.name in resolved:
            notes.append(f"{resolved[rule.name]}x {rule.name} ({rule.guard})")
    return notes + unresolved


def epoch_date_times(document: Document) -> list[str]:
    """Type as numbers the `date-time` properties Logto sends as epoch milliseconds: its document
    writes z.date() as date-time, but the values come from timestamptz columns as numbers."""
    notes = []
    for place, node, label in list(schemas(document)):
        if node.get("format") == "date-time" and place in EPOCH_DATE_TIMES:
            node.pop("format")
            node["type"] = "number"
            notes.append(f"{label}: {'.'.join(place[1:])} ({EPOCH_DATE_TIMES[place]})")
    return notes


def optional_defaults(document: Document) -> list[str]:
    """Make optional the request properties that are required but have a default: the zod guard
    is `.default(...)`, so the server fills them in and accepts a body without them."""
    notes: list[str] = []
    for place, node, label in list(schemas(document)):
        if not label.endswith(" body") or "required" not in node:
            continue
        properties = node.get("properties", {})
        defaulted = [n for n in node["required"] if "default" in properties.get(n, {})]
        if defaulted:
            node["required"] = [n for n in node["required"] if n not in defaulted]
            if not node["required"]:
                del node["required"]
            where = ".".join((*place[1:], "")) if len(place) > 1 else ""
            notes.extend(f"{label}: {where}{name}" for name in defaulted)
    return notes


def string_typed_objects(document: Document) -> list[str]:
    """Type as objects the schemas Logto calls strings but gives properties (the SAML `acsUrl` of
    request bodies): the server wants `{binding, url}`, which a `str` field cannot carry."""
    notes = []
    for place, node, label in list(schemas(document)):
        if node.get("type") == "string" and isinstance(node.get("properties"), dict):
            node["type"] = "object"
            notes.append(f"{label}: {'.'.join(place[1:]) or '(root)'}")
    return notes


_JWT_CUSTOMIZER_FIELDS: dict[str, Any] = {
    "script": {"type": "string"},
    "environmentVariables": {"type": "object", "additionalProperties": {"type": "string"}},
    "contextSample": {"type": "object", "additionalProperties": {}},
    "tokenSample": {"type": "object", "additionalProperties": {}},
    "blockIssuanceOnError": {"type": "boolean"},
}


def jwt_customizer_bodies(document: Document) -> list[str]:
    """Type the JWT customizer bodies, which Logto documents with description-only properties:
    jwtCustomizerGuard is z.object({script: z.string(), environmentVariables: z.record(z.string()),
    contextSample, blockIssuanceOnError}), and the server requires `script` on PUT and PATCH."""
    notes = []
    item = document.get("paths", {}).get("/api/configs/jwt-customizer/{tokenTypePath}", {})
    for method in ("put", "patch"):
        body = item.get(method, {}).get("requestBody", {}).get("content", {})
        schema = body.get("application/json", {}).get("schema")
        if not isinstance(schema, dict) or "type" in schema:
            continue
        properties = schema.get("properties", {})
        if set(properties) - set(_JWT_CUSTOMIZER_FIELDS):
            continue  # a newer shape: leave it for a human to look at
        for name, node in properties.items():
            node.update(copy.deepcopy(_JWT_CUSTOMIZER_FIELDS[name]))
        schema["type"] = "object"
        schema["required"] = ["script"]
        notes.append(f"{method.upper()} /api/configs/jwt-customizer/{{tokenTypePath}} body")
    return notes


# A response marked so answers dict[str, Any] (spec/templates/endpoint_module.py.jinja).
JSON_OBJECT = "x-json-object"


def xml_answers(document: Document) -> list[str]:
    """Keep only the XML form of an answer that offers XML beside JSON (SAML metadata): the server
    always sends XML, which the generator then reads as text instead of parsing it as JSON."""
    notes = []
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                xml = [t for t in content if re.fullmatch(r"text/([\w.-]+\+)?xml", t)]
                if xml and len(content) > len(xml):
                    response["content"] = {t: content[t] for t in xml}
                    notes.append(f"{method.upper()} {path} {status}: {', '.join(xml)} read as str")
    return notes


def openapi_document_answers(document: Document) -> list[str]:
    """Mark as a JSON object (``x-json-object``, read by the endpoint template: ``dict[str,
    Any]``) the answers that are Logto's own OpenAPI documents: the document gives them no schema,
    so the generator returned None for a JSON body."""
    notes = []
    for path in OPENAPI_DOCUMENT_PATHS:
        operation = document.get("paths", {}).get(path, {}).get("get")
        if not isinstance(operation, dict):
            continue
        response = operation.get("responses", {}).get("200", {})
        json_media = response.get("content", {}).get("application/json")
        if json_media is not None and "schema" not in json_media:
            json_media["schema"] = {}  # any JSON: the generator parses it, the template types it
            response[JSON_OBJECT] = True
            notes.append(f"GET {path} 200: a JSON object, dict[str, Any]")
    return notes


# Operations whose JSON answer is younger than the operation: older releases answer the same
# status with a text body ("Created", "OK") although their documents say JSON. Checked against
# each release's server (../shared/logto-server, LOGTO_RELEASE): operation -> first release with
# the JSON body. Applied to the releases' documents only (spec/releases.py), never the client's.
ANSWER_BODY_SINCE: dict[str, str] = {
    "POST /api/applications/{}/roles": "1.42.0",  # AssignApplicationRoles: 201 "Created"
    "POST /api/users/{}/roles": "1.36.0",  # AssignUserRoles: 201 "Created"
    "PUT /api/users/{}/roles": "1.36.0",  # ReplaceUserRoles: 200 "OK"
    "POST /api/organizations/{}/users": "1.42.0",  # AddOrganizationUsers: 201 "Created"
    "POST /api/organizations/{}/users/{}/roles": "1.42.0",  # AssignOrganizationRolesToUser
}


def answers_without_body(document: Document, release: tuple[int, ...]) -> list[str]:
    """Drop the JSON answers a release does not send (``ANSWER_BODY_SINCE``): its server
    answers them with a text status line instead."""
    notes = []
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            key = method.upper() + " " + re.sub(r"\{[^}]*\}", "{}", path)
            since = ANSWER_BODY_SINCE.get(key)
            if since is None or release >= tuple(int(p) for p in since.split(".")):
                continue
            for status, response in operation.get("responses", {}).items():
                if status.startswith("2") and response.pop("content", None) is not None:
                    notes.append(f"{key} {status}: no JSON body before Logto {since}")
    return notes
