"""The double's in-memory tenant: entities, their relations, ids and clock.

Entities are kept as the JSON objects Logto answers (field order as recorded), plus the few
private facts a response never shows (password hashes, application secrets, relation tables).
"""

from __future__ import annotations

import random
import string
import time
from collections.abc import Callable, Iterable, Mapping

from .._http import JSONType
from .consent import Consent
from .records import ApplicationRecord, InvitationRecord, UserRecord

Row = dict[str, JSONType]

DEFAULT_API_INDICATOR = "https://default.logto.app/api"
MANAGEMENT_API_RESOURCE_ID = "management-api"
MANAGEMENT_API_SCOPE_ID = "management-api-all"
MANAGEMENT_ROLE_NAME = "Logto Management API access"
DEFAULT_SECRET_NAME = "Default secret"

_ID_ALPHABET = string.digits + string.ascii_lowercase
_SECRET_ALPHABET = string.digits + string.ascii_letters

USER_PROFILE_KEYS = (
    "familyName",
    "givenName",
    "middleName",
    "nickname",
    "preferredUsername",
    "profile",
    "website",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "address",
)


class State:
    """Everything the double knows. Handlers mutate it under the double's lock."""

    def __init__(
        self,
        *,
        tenant_id: str,
        api_indicator: str,
        token_ttl: int,
        clock: Callable[[], float] = time.time,
        seed: int | None = None,
    ) -> None:
        self.tenant_id = tenant_id
        self.api_indicator = api_indicator
        self.clock = clock
        self.clock_offset = 0.0
        self.rng = random.Random(seed)
        self.users: dict[str, UserRecord] = {}
        self.roles: dict[str, Row] = {}
        self.resources: dict[str, Row] = {}
        self.scopes: dict[str, Row] = {}
        self.applications: dict[str, ApplicationRecord] = {}
        self.organizations: dict[str, Row] = {}
        self.organization_roles: dict[str, Row] = {}
        self.organization_scopes: dict[str, Row] = {}
        self.invitations: dict[str, InvitationRecord] = {}
        self.logs: dict[str, Row] = {}
        self.subject_tokens: dict[str, Row] = {}
        created = int(self.now())
        self.oidc_keys: dict[str, list[Row]] = {
            "private-keys": [
                {
                    "id": self.new_id(),
                    "createdAt": created,
                    "signingKeyAlgorithm": "EC",
                    "status": "Current",
                }
            ],
            "cookie-keys": [{"id": self.new_id(), "createdAt": created}],
        }
        """The OIDC signing and cookie keys as ``GET /configs/oidc/{keyType}`` shows them (the
        double signs its tokens with its own HMAC key: these are for show and rotation)."""
        # Unique user identifiers -> user id (emails lower-cased, as Logto compares them).
        self.user_identifiers: dict[tuple[str, str], str] = {}
        # Relations, each an ordered list of ids per owner.
        self.user_roles: dict[str, list[str]] = {}
        self.application_roles: dict[str, list[str]] = {}
        self.role_scopes: dict[str, list[str]] = {}
        self.organization_users: dict[str, list[str]] = {}
        self.organization_user_roles: dict[tuple[str, str], list[str]] = {}
        self.organization_role_scopes: dict[str, list[str]] = {}
        self.organization_role_resource_scopes: dict[str, list[str]] = {}
        self.organization_applications: dict[str, list[str]] = {}
        self.organization_application_roles: dict[tuple[str, str], list[str]] = {}
        self.organization_jit_roles: dict[str, list[str]] = {}
        self.organization_jit_email_domains: dict[str, list[str]] = {}
        self.organization_jit_sso_connectors: dict[str, list[str]] = {}
        self.consent = Consent()
        self._seed_management_api(token_ttl)

    # --- ids and time ------------------------------------------------------------------------

    def now(self) -> float:
        """Seconds since the epoch on the double's clock (tests may move it forward)."""
        return self.clock() + self.clock_offset

    def now_ms(self) -> int:
        return int(self.now() * 1000)

    def new_id(self, length: int = 21) -> str:
        """Logto's ids: 21 (standard) or 12 (users, organizations) lowercase alphanumerics."""
        return "".join(self.rng.choices(_ID_ALPHABET, k=length))

    def new_secret(self) -> str:
        return "".join(self.rng.choices(_SECRET_ALPHABET, k=32))

    # --- seed --------------------------------------------------------------------------------

    def _seed_management_api(self, token_ttl: int) -> None:
        now = self.now_ms()
        self.resources[MANAGEMENT_API_RESOURCE_ID] = {
            "tenantId": self.tenant_id,
            "id": MANAGEMENT_API_RESOURCE_ID,
            "name": "Logto Management API",
            "indicator": self.api_indicator,
            "isDefault": False,
            "accessTokenTtl": token_ttl,
        }
        self.scopes[MANAGEMENT_API_SCOPE_ID] = {
            "tenantId": self.tenant_id,
            "id": MANAGEMENT_API_SCOPE_ID,
            "resourceId": MANAGEMENT_API_RESOURCE_ID,
            "name": "all",
            "description": "Default scope for Management API, allows all permissions.",
            "createdAt": now,
        }
        role = self.add_role(
            MANAGEMENT_ROLE_NAME,
            "This default role grants access to the Logto management API.",
            "MachineToMachine",
        )
        self.role_scopes[role["id"]] = [MANAGEMENT_API_SCOPE_ID]
        self.management_role_id: str = role["id"]

    # --- constructors ------------------------------------------------------------------------

    def add_role(
        self, name: str, description: str, role_type: str, is_default: bool = False
    ) -> Row:
        role: Row = {
            "tenantId": self.tenant_id,
            "id": self.new_id(),
            "name": name,
            "description": description,
            "type": role_type,
            "isDefault": is_default,
        }
        self.roles[role["id"]] = role
        return role

    def add_application(
        self,
        name: str,
        app_type: str,
        *,
        app_id: str | None = None,
        secret: str | None = None,
        description: str | None = None,
        custom_data: Mapping[str, JSONType] | None = None,
        is_third_party: bool = False,
        oidc_client_metadata: Mapping[str, JSONType] | None = None,
        custom_client_metadata: Mapping[str, JSONType] | None = None,
    ) -> ApplicationRecord:
        now = self.now_ms()
        metadata: Row = {"redirectUris": [], "postLogoutRedirectUris": []}
        metadata.update(oidc_client_metadata or {})
        row: Row = {
            "tenantId": self.tenant_id,
            "id": app_id or self.new_id(),
            "name": name,
            "description": description,
            "type": app_type,
            "oidcClientMetadata": metadata,
            "customClientMetadata": dict(custom_client_metadata or {}),
            "protectedAppMetadata": None,
            "customData": dict(custom_data or {}),
            "isThirdParty": is_third_party,
            "appLevelAccessControlEnabled": False,
            "createdAt": now,
        }
        record = ApplicationRecord(row)
        if app_type not in ("SPA", "Native"):
            record.secrets.append(
                {
                    "tenantId": self.tenant_id,
                    "applicationId": row["id"],
                    "name": DEFAULT_SECRET_NAME,
                    "value": secret or self.new_secret(),
                    "createdAt": now,
                    "expiresAt": None,
                }
            )
        self.applications[row["id"]] = record
        return record

    # --- views -------------------------------------------------------------------------------

    def user_view(self, user: UserRecord) -> Row:
        """A user as ``GET /users/{id}`` shows it (the recorded field set)."""
        return {**user.row, "hasPassword": user.password is not None}

    def role_view(self, role: Row) -> Row:
        return dict(role)

    def scope_with_resource(self, scope: Row) -> Row:
        resource = self.resources.get(scope["resourceId"])
        return {**scope, "resource": dict(resource) if resource else None}

    def organization_role_entity(self, role_id: str) -> Row:
        role = self.organization_roles[role_id]
        return {"id": role["id"], "name": role["name"]}

    def member_roles(self, organization_id: str, user_id: str) -> list[Row]:
        ids = self.organization_user_roles.get((organization_id, user_id), [])
        entities = [self.organization_role_entity(i) for i in ids if i in self.organization_roles]
        return sorted(entities, key=lambda r: r["name"])

    def application_member_roles(self, organization_id: str, app_id: str) -> list[Row]:
        """The organization roles of an application in an organization, by name."""
        ids = self.organization_application_roles.get((organization_id, app_id), [])
        return by_key((self.organization_role_entity(i) for i in ids), "name")

    def invitation_view(self, invitation: InvitationRecord) -> Row:
        row = dict(invitation.row)
        if row["status"] == "Pending" and row["expiresAt"] < self.now_ms():
            row["status"] = "Expired"  # computed on read, as Logto's query does
        roles = [
            self.organization_role_entity(i)
            for i in invitation.role_ids
            if i in self.organization_roles
        ]
        row["organizationRoles"] = sorted(roles, key=lambda r: r["name"])
        return row

    # --- queries -----------------------------------------------------------------------------

    def application_scopes(self, app_id: str, resource_id: str) -> set[str]:
        """Names of the scopes of ``resource_id`` granted to an application through its roles."""
        names = set()
        for role_id in self.application_roles.get(app_id, []):
            for scope_id in self.role_scopes.get(role_id, []):
                scope = self.scopes.get(scope_id)
                if scope is not None and scope["resourceId"] == resource_id:
                    names.add(scope["name"])
        return names

    def resource_by_indicator(self, indicator: str) -> Row | None:
        for resource in self.resources.values():
            if resource["indicator"] == indicator:
                return resource
        return None

    # --- users -------------------------------------------------------------------------------

    @staticmethod
    def _identifiers(row: Row) -> list[tuple[str, str]]:
        keys = []
        if row.get("username"):
            keys.append(("username", str(row["username"])))
        if row.get("primaryEmail"):
            keys.append(("primaryEmail", str(row["primaryEmail"]).lower()))
        if row.get("primaryPhone"):
            keys.append(("primaryPhone", str(row["primaryPhone"])))
        return keys

    def identifier_owner(self, field: str, value: JSONType) -> str | None:
        """The id of the user who has this username / email / phone, if any."""
        if not value:
            return None
        key = str(value).lower() if field == "primaryEmail" else str(value)
        return self.user_identifiers.get((field, key))

    def put_user(self, user: UserRecord) -> None:
        self.users[user.row["id"]] = user
        self.index_user(user.row)

    def index_user(self, row: Row) -> None:
        for key in self._identifiers(row):
            self.user_identifiers[key] = row["id"]

    def unindex_user(self, row: Row) -> None:
        for key in self._identifiers(row):
            self.user_identifiers.pop(key, None)

    # --- deletions (with the cascades the database does) --------------------------------------

    def delete_user(self, user_id: str) -> None:
        self.unindex_user(self.users[user_id].row)
        del self.users[user_id]
        self.user_roles.pop(user_id, None)
        for members in self.organization_users.values():
            _remove(members, user_id)
        for key in [k for k in self.organization_user_roles if k[1] == user_id]:
            del self.organization_user_roles[key]
        self.consent.forget_user(user_id)

    def delete_role(self, role_id: str) -> None:
        del self.roles[role_id]
        self.role_scopes.pop(role_id, None)
        for lists in (self.user_roles, self.application_roles):
            for ids in lists.values():
                _remove(ids, role_id)

    def delete_scope(self, scope_id: str) -> None:
        del self.scopes[scope_id]
        for lists in (self.role_scopes, self.organization_role_resource_scopes):
            for ids in lists.values():
                _remove(ids, scope_id)
        self.consent.forget_scope("resource-scopes", scope_id)
        self.consent.forget_scope("organization-resource-scopes", scope_id)

    def delete_resource(self, resource_id: str) -> None:
        del self.resources[resource_id]
        for scope_id in [s for s, row in self.scopes.items() if row["resourceId"] == resource_id]:
            self.delete_scope(scope_id)

    def delete_application(self, app_id: str) -> None:
        del self.applications[app_id]
        self.application_roles.pop(app_id, None)
        for members in self.organization_applications.values():
            _remove(members, app_id)
        for key in [k for k in self.organization_application_roles if k[1] == app_id]:
            del self.organization_application_roles[key]
        self.consent.forget_application(app_id)

    def delete_organization(self, organization_id: str) -> None:
        del self.organizations[organization_id]
        self.organization_users.pop(organization_id, None)
        for key in [k for k in self.organization_user_roles if k[0] == organization_id]:
            del self.organization_user_roles[key]
        self.organization_applications.pop(organization_id, None)
        for key in [k for k in self.organization_application_roles if k[0] == organization_id]:
            del self.organization_application_roles[key]
        self.organization_jit_roles.pop(organization_id, None)
        self.organization_jit_email_domains.pop(organization_id, None)
        self.organization_jit_sso_connectors.pop(organization_id, None)
        for inv_id in [
            i for i, inv in self.invitations.items() if inv.row["organizationId"] == organization_id
        ]:
            del self.invitations[inv_id]
        self.consent.forget_organization(organization_id)

    def delete_organization_role(self, role_id: str) -> None:
        del self.organization_roles[role_id]
        self.organization_role_scopes.pop(role_id, None)
        self.organization_role_resource_scopes.pop(role_id, None)
        for relation in (self.organization_user_roles, self.organization_application_roles):
            for ids in relation.values():
                _remove(ids, role_id)
        for ids in self.organization_jit_roles.values():
            _remove(ids, role_id)
        for invitation in self.invitations.values():
            _remove(invitation.role_ids, role_id)

    def delete_organization_scope(self, scope_id: str) -> None:
        del self.organization_scopes[scope_id]
        for ids in self.organization_role_scopes.values():
            _remove(ids, scope_id)
        self.consent.forget_scope("organization-scopes", scope_id)


def _remove(ids: list[str], value: str) -> None:
    if value in ids:
        ids.remove(value)


def newest_first(rows: Iterable[Row]) -> list[Row]:
    """Order by ``createdAt`` descending; ties keep the newer insertion first."""
    indexed = list(enumerate(rows))
    indexed.sort(key=lambda pair: (pair[1]["createdAt"], pair[0]), reverse=True)
    return [row for _, row in indexed]


def by_key(rows: Iterable[Row], key: str) -> list[Row]:
    return sorted(rows, key=lambda row: (row[key] is None, row[key] or ""))
