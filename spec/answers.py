"""Names for the shapes hoisting leaves to the generator: one-off answers, union variants, and the
inner shapes of nullable fields.

Hoisting (spec/hoist.py) names the shapes that repeat. A shape used once stays inline, and the
generator names it after where it sits: ``GetTotalUserCountResponse200`` for an answer,
``CreateUserMfaVerificationBodyType0`` for the first variant of a union, ``...Type0Item`` for the
items of a nullable list (the generator turns ``nullable`` into a union with None). Here each such
shape becomes a component with the name a person would give it: ``TotalUserCount``,
``TotpMfaVerificationRequest``, ``ForgotPasswordMethod``. The tables below name them; a shape the
tables do not know (a newer Logto) gets a derived name (``<Operation>Result``, ``<Base><Type>``),
never a generator one. A union whose members are all string enums becomes one enum first.
"""

from __future__ import annotations

from typing import Any

from spec.hoist import operations, pascal, shape_key, singular, strip_verb, variant_prefix

Document = dict[str, Any]
Schema = dict[str, Any]

# "<operationId> <status>" (the answer) or "<operationId> <status>[]" (its items) -> name.
ANSWERS: dict[str, str] = {
    "CheckPasswordWithDefaultSignInExperience 200": "PasswordCheckResult",
    "CleanupDomains 200": "DomainCleanupResult",
    "CreateConnectorAuthorizationUri 200": "ConnectorAuthorizationUri",
    "CreateSubjectToken 201": "IssuedSubjectToken",
    "CreateUserAsset 200": "UserAsset",
    "CreateUserIdentity 200": "IdentitiesByTarget",
    "CreateUserIdentity 201": "IdentitiesByTarget",
    "ReplaceUserIdentity 200": "IdentitiesByTarget",
    "ReplaceUserIdentity 201": "IdentitiesByTarget",
    "DeleteEmailTemplates 200": "DeletedRowCount",
    "GetActiveUserCounts 200": "ActiveUserCounts",
    "GetHasuraAuth 200": "HasuraAuth",
    "GetNewUserCounts 200": "NewUserCounts",
    "GetSignInExperiencePhrases 200": "SignInExperiencePhrases",
    "GetSystemApplicationConfig 200": "SystemApplicationConfig",
    "GetTotalUserCount 200": "UserCountTotal",
    "GetUserAssetServiceStatus 200": "UserAssetServiceStatus",
    "GetUserHasPassword 200": "UserHasPassword",
    "GetUserIdentity 200": "UserSocialIdentity",
    "GetUserSsoIdentity 200": "UserSsoIdentity",
    "GetUsernameCaseSensitivityConflicts 200": "UsernameCaseSensitivityConflicts",
    "ListActions 200[]": "ActionEntry",
    "ListApplicationUserConsentOrganizations 200": "UserConsentOrganizations",
    "ListSamlApplicationSecrets 200[]": "SamlApplicationSecretDetails",
    "ListSsoConnectorProviders 200[]": "SsoConnectorProvider",
    "ListUserAllIdentities 200": "UserAllIdentities",
    "ListUserGrants 200": "UserGrants",
    "ListUserMfaVerifications 200[]": "MfaVerification",
    "ListUserSessions 200": "UserSessions",
    "UploadCustomUiAssets 200": "CustomUiAssetUpload",
}

# "<site of a union>" -> the names of its variants, in order.
VARIANTS: dict[str, tuple[str, ...]] = {
    "CheckPasswordWithDefaultSignInExperience 200": ("PasswordCheckPassed", "PasswordCheckFailed"),
    "CreateUserMfaVerification 200": (
        "TotpMfaVerificationCreated",
        "BackupCodeMfaVerificationCreated",
    ),
    "CreateUserMfaVerification body": (
        "TotpMfaVerificationRequest",
        "BackupCodeMfaVerificationRequest",
        "MfaVerificationSecretRequest",
        "MfaVerificationCodesRequest",
    ),
    "CreateVerificationCode body": ("EmailVerificationCodeRequest", "PhoneVerificationCodeRequest"),
    "VerifyVerificationCode body": ("EmailVerificationCodeCheck", "PhoneVerificationCodeCheck"),
    "ListJwtCustomizers 200[]": (
        "AccessTokenJwtCustomizerEntry",
        "ClientCredentialsJwtCustomizerEntry",
    ),
    "TestJwtCustomizer body": (
        "AccessTokenJwtCustomizerTestRequest",
        "ClientCredentialsJwtCustomizerTestRequest",
    ),
}
# A union site -> the base its variants are named after with their ``type``
# (``Text`` + ``CustomProfileFieldUpdate``).
VARIANT_BASES: dict[str, str] = {
    "UpdateCustomProfileFieldByName body": "CustomProfileFieldUpdate",
}
# The items of a list in a component named above ("<component>.<property>[]") -> name: the
# generator would say ``UserGrantsGrantsItem``.
ITEMS: dict[str, str] = {
    "ActiveUserCounts.dauCurve[]": "DailyActiveUserCount",
    "PasswordCheckFailed.issues[]": "PasswordIssue",
    "UserAllIdentities.socialIdentities[]": "SocialIdentityEntry",
    "UserAllIdentities.ssoIdentities[]": "SsoIdentityEntry",
    "UserAssetServiceStatus.allowUploadMimeTypes[]": "UploadMimeType",
    "UserGrants.grants[]": "UserGrant",
    "UsernameCaseSensitivityConflicts.samples[]": "UsernameConflictSample",
}
# The inline shape inside a nullable field ("<site>" of the field) -> name.
NULLABLE: dict[str, str] = {
    "UpdateApplication body.protectedAppMetadata": "ProtectedAppMetadataUpdate",
}


def _is_enum(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and node.get("type") == "string"
        and isinstance(node.get("enum"), list)
        and not set(node) - {"type", "enum", "description", "example"}
    )


def merge_enum_unions(document: Document) -> list[str]:
    """Make a union of string enums one enum (``'text/html' | 'text/plain'``): the generator
    would make one Literal module per member (``DetailsContentTypeType0``)."""
    notes: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for combiner in ("oneOf", "anyOf"):
                members = node.get(combiner)
                if isinstance(members, list) and len(members) > 1 and all(map(_is_enum, members)):
                    values = [v for m in members for v in m["enum"]]
                    del node[combiner]
                    node["type"] = "string"
                    node["enum"] = list(dict.fromkeys(values))
                    notes.append(f"{where}: {' | '.join(map(str, node['enum']))}")
            for key, child in node.items():
                if key not in ("example", "examples", "default", "enum"):
                    walk(child, f"{where}.{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{where}[{index}]")

    walk(document.get("paths", {}), "paths")
    walk(document.get("components", {}), "components")
    return notes


def _named(schema: Any) -> bool:
    """Whether the generator would make a class or a Literal module of this inline schema."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if schema.get("type") == "object" and (
        "properties" in schema or "additionalProperties" in schema
    ):
        return True
    return isinstance(schema.get("enum"), list) and schema.get("type") == "string"


class _Namer:
    def __init__(self, document: Document) -> None:
        self.schemas: Schema = document.setdefault("components", {}).setdefault("schemas", {})
        self.keys = {shape_key(s): n for n, s in self.schemas.items() if isinstance(s, dict)}
        self.notes: list[str] = []

    def hoist(self, container: Any, key: Any, name: str, site: str) -> None:
        """Replace ``container[key]`` by a reference to a component ``name`` (or to the
        component that already has this shape)."""
        node = container[key]
        shape = {k: v for k, v in node.items() if k != "nullable"}
        found = self.keys.get(shape_key(shape))
        if found is None:
            base, number = name, 2
            while name in self.schemas:
                name, number = f"{base}{number}", number + 1
            self.schemas[name] = shape
            self.keys[shape_key(shape)] = name
            found = name
            self.notes.append(f"{found}: {site}")
        ref = {"$ref": f"#/components/schemas/{found}"}
        container[key] = {"nullable": True, "allOf": [ref]} if node.get("nullable") else ref

    def variants(self, node: Schema, site: str, base: str) -> None:
        for combiner in ("oneOf", "anyOf"):
            members = node.get(combiner)
            if not isinstance(members, list):
                continue
            names = VARIANTS.get(site, ())
            for index, member in enumerate(members):
                target: Any = members
                key: Any = index
                if isinstance(member, dict) and member.get("type") == "array":
                    target, key = member, "items"  # a list variant: name its items
                if not _named(target[key]):
                    continue
                if index < len(names):
                    name = names[index]
                else:
                    prefix = variant_prefix(target[key]) or f"Variant{index + 1}"
                    name = prefix + VARIANT_BASES.get(site, base)
                self.hoist(target, key, name, f"{site}|{combiner}{index}")

    def nullable(self, node: Any, site: str, owner: str) -> None:
        """The inline shape in a nullable field (``nullable`` becomes a union with None)."""
        if not isinstance(node, dict):
            return
        for prop, schema in list(node.get("properties", {}).items()):
            inner = f"{site}.{prop}"
            if isinstance(schema, dict) and schema.get("nullable") and "$ref" not in schema:
                if _named(schema):
                    self.hoist(
                        node["properties"], prop, NULLABLE.get(inner, owner + pascal(prop)), inner
                    )
                elif schema.get("type") == "array" and _named(schema.get("items")):
                    name = NULLABLE.get(inner, singular(pascal(prop)))
                    self.hoist(schema, "items", name, inner + "[]")
                    continue
            self.nullable(schema, inner, owner)


def _answer_name(operation_id: str, status: str, items: bool) -> str:
    site = f"{operation_id} {status}{'[]' if items else ''}"
    if site in ANSWERS:
        return ANSWERS[site]
    rest = strip_verb(operation_id)
    if operation_id.startswith(("Get", "List")) and rest != operation_id:
        return singular(rest) if items else rest
    return operation_id + ("Item" if items else "Result")


def name_the_rest(document: Document) -> list[str]:
    """Name the one-off answers, union variants and nullable fields' shapes that hoisting leaves to
    the generator, which would call them ``...Response200``, ``...Type0``, ``...Type0Item``."""
    namer = _Namer(document)
    for _path, _method, operation in operations(document):
        op_id = operation["operationId"]
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if isinstance(body, dict) and isinstance(body.get("schema"), dict):
            site = f"{op_id} body"
            namer.variants(body["schema"], site, strip_verb(op_id) + "Request")
            namer.nullable(body["schema"], site, strip_verb(op_id) + "Request")
        for status, response in operation.get("responses", {}).items():
            media = response.get("content", {}).get("application/json")
            if not status.startswith("2") or not isinstance(media, dict):
                continue
            schema = media.get("schema")
            if not isinstance(schema, dict):
                continue
            site = f"{op_id} {status}"
            namer.variants(schema, site, _answer_name(op_id, status, False))
            if _named(schema):
                namer.hoist(media, "schema", _answer_name(op_id, status, False), site)
            elif schema.get("type") == "array" and isinstance(schema.get("items"), dict):
                items = schema["items"]
                namer.variants(items, site + "[]", _answer_name(op_id, status, True))
                if _named(items):
                    namer.hoist(schema, "items", _answer_name(op_id, status, True), site + "[]")
    for name in list(namer.schemas):
        namer.nullable(namer.schemas[name], f"#{name}", name)
    for site, name in ITEMS.items():
        component, prop = site.removesuffix("[]").split(".")
        schema = namer.schemas.get(component, {}).get("properties", {}).get(prop)
        if isinstance(schema, dict) and _named(schema.get("items")):
            namer.hoist(schema, "items", name, site)
    return namer.notes
