"""Realistic tenant data on a real Logto, written with keyword-built generated models.

``seed()`` creates what a tenant ordinarily holds (applications of every kind, users with custom
data, roles and organization memberships, organizations with roles and invitations, hooks, custom
phrases, email templates, custom profile fields, one-time tokens, a JWT customizer, ...). Every
create and update body is built with the generated model's keyword arguments, as a user writes
it; each is accepted and read back with every field it sent equal. The database is shared, so
names carry a unique suffix, tenant-wide settings are restored, and ``World.close()`` deletes
everything in reverse order.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, get_args

from logto_management_api import Client
from logto_management_api.api.applications import (
    assign_application_roles,
    create_application,
    delete_application,
    get_application,
    get_application_sign_in_experience,
    replace_application_sign_in_experience,
    update_application,
)
from logto_management_api.api.captcha_provider import (
    delete_captcha_provider,
    get_captcha_provider,
    update_captcha_provider,
)
from logto_management_api.api.configs import (
    delete_action,
    delete_jwt_customizer,
    get_action,
    get_jwt_customizer,
    update_jwt_customizer,
    upsert_action,
    upsert_jwt_customizer,
)
from logto_management_api.api.custom_phrases import (
    delete_custom_phrase,
    get_custom_phrase,
    replace_custom_phrase,
)
from logto_management_api.api.custom_profile_fields import (
    create_custom_profile_field,
    delete_custom_profile_field_by_name,
    get_custom_profile_field_by_name,
    update_custom_profile_field_by_name,
)
from logto_management_api.api.email_templates import (
    delete_email_template,
    list_email_templates,
    replace_email_templates,
    update_email_template_details,
)
from logto_management_api.api.hooks import create_hook, delete_hook, get_hook, update_hook
from logto_management_api.api.one_time_tokens import (
    add_one_time_tokens,
    delete_one_time_token,
    get_one_time_token,
    replace_one_time_token_status,
)
from logto_management_api.api.organization_invitations import (
    create_organization_invitation,
    delete_organization_invitation,
    get_organization_invitation,
    replace_organization_invitation_status,
)
from logto_management_api.api.organization_roles import (
    create_organization_role,
    delete_organization_role,
    get_organization_role,
    update_organization_role,
)
from logto_management_api.api.organization_scopes import (
    create_organization_scope,
    delete_organization_scope,
    get_organization_scope,
    update_organization_scope,
)
from logto_management_api.api.organizations import (
    add_organization_applications,
    add_organization_users,
    assign_organization_roles_to_user,
    create_organization,
    delete_organization,
    get_organization,
    update_organization,
)
from logto_management_api.api.resources import (
    create_resource,
    create_resource_scope,
    delete_resource,
    get_resource,
    update_resource,
    update_resource_scope,
)
from logto_management_api.api.roles import (
    create_role,
    create_role_scope,
    delete_role,
    get_role,
    update_role,
)
from logto_management_api.api.saml_applications import (
    create_saml_application,
    create_saml_application_secret,
    delete_saml_application,
    get_saml_application,
    update_saml_application,
)
from logto_management_api.api.sign_in_experience import get_sign_in_exp, update_sign_in_exp
from logto_management_api.api.sso_connectors import (
    create_sso_connector,
    create_sso_connector_signing_key,
    delete_sso_connector,
    get_sso_connector,
    update_sso_connector,
)
from logto_management_api.api.users import (
    assign_user_roles,
    create_user,
    delete_user,
    get_user,
    get_user_identity,
    list_user_custom_data,
    replace_user_identity,
    update_user,
    update_user_custom_data,
)
from logto_management_api.models import (
    AcsUrl,
    Action,
    AddOneTimeTokensBody,
    ApplicationIdsRequest,
    CreateApplicationBody,
    CreateHookBody,
    CreateOrganizationBody,
    CreateOrganizationInvitationBody,
    CreateOrganizationRoleBody,
    CreateOrganizationScopeBody,
    CreateResourceBody,
    CreateResourceScopeBody,
    CreateRoleBody,
    CreateSamlApplicationBody,
    CreateSamlApplicationSecretBody,
    CreateSsoConnectorBody,
    CreateSsoConnectorSigningKeyBody,
    CreateUserBody,
    Details,
    HookConfigInput,
    Identities,
    JwtCustomizerRequest,
    LanguageTag,
    OidcClientMetadata,
    OrganizationUserRolesRequest,
    Profile,
    ReplaceApplicationSignInExperienceBody,
    ReplaceEmailTemplatesBody,
    ReplaceEmailTemplatesBodyTemplatesItem,
    ReplaceOneTimeTokenStatusBody,
    ReplaceOrganizationInvitationStatusBody,
    RoleIds,
    SamlEncryption,
    ScopeIdsRequest,
    TextCustomProfileFieldRequest,
    TextCustomProfileFieldUpdate,
    TranslationObject,
    TurnstileConfig,
    UpdateApplicationBody,
    UpdateCaptchaProviderBody,
    UpdateEmailTemplateDetailsBody,
    UpdateHookBody,
    UpdateOrganizationBody,
    UpdateOrganizationRoleBody,
    UpdateOrganizationScopeBody,
    UpdateResourceBody,
    UpdateResourceScopeBody,
    UpdateRoleBody,
    UpdateSamlApplicationBody,
    UpdateSignInExpBody,
    UpdateSsoConnectorBody,
    UpdateUserBody,
    UpdateUserCustomDataBody,
    UserIds,
)
from logto_management_api.types import UNSET, Response

from . import _release

Cleanup = Callable[[], Awaitable[Any]]
JWT_SCRIPT = "const getCustomJwtClaims = async ({ token, context }) => ({ tier: 'gold' });"


@dataclass
class World:
    """What seed() made: ids by the path parameter they fill, and what it sent."""

    client: Client
    ids: dict[str, str] = field(default_factory=dict)
    writes: list[str] = field(default_factory=list)  # operations sent with keyword-built bodies
    cleanups: list[Cleanup] = field(default_factory=list)
    lacking: dict[str, str] = field(default_factory=dict)  # operation -> why the server lacks it

    async def close(self) -> list[str]:
        """Delete what seed() created, newest first; the failures, as text."""
        failures = []
        for cleanup in reversed(self.cleanups):
            try:
                await cleanup()
            except Exception as exc:  # keep deleting the rest
                failures.append(f"{cleanup}: {type(exc).__name__}: {exc}")
        self.cleanups.clear()
        return failures


def contained(sent: Any, got: Any, where: str = "") -> list[str]:
    """Where the JSON ``sent`` is not found in ``got`` (objects may hold more keys)."""
    if isinstance(sent, dict) and isinstance(got, dict):
        return [d for k, v in sent.items() for d in contained(v, got.get(k), f"{where}.{k}")]
    if isinstance(sent, list) and isinstance(got, list) and len(sent) == len(got):
        return [
            d
            for i, (s, g) in enumerate(zip(sent, got, strict=True))
            for d in contained(s, g, where)
        ]
    return [] if sent == got else [f"{where or '(root)'}: sent {sent!r}, read back {got!r}"]


def ok(response: Response[Any]) -> Any:
    assert 200 <= response.status_code < 300, (response.status_code, response.content[:300])
    return response.parsed


class Seeder:
    def __init__(self, world: World, unique: str) -> None:
        self.world = world
        self.client = world.client
        self.unique = unique
        # Custom phrases and email templates are per language, tenant-wide: a language picked
        # from the suffix keeps runs sharing the server from overwriting each other's.
        tags = [t for t in get_args(LanguageTag) if not t.startswith(("en", "zh", "de", "fr"))]
        if _release.older_than("1.42.0"):  # "cs" is new in 1.42.0: older guards refuse it
            tags.remove("cs")
        self.language: LanguageTag = tags[int(unique, 16) % len(tags)]

    def sent(
        self, operation: str, body: Any, read_back: Any, *, drop: tuple[str, ...] = ()
    ) -> None:
        """Record a keyword-built write and check it reads back equal."""
        sent = body.to_dict() if hasattr(body, "to_dict") else body  # a JsonObject is a dict
        payload = {k: v for k, v in sent.items() if k not in drop}
        got = read_back.to_dict() if hasattr(read_back, "to_dict") else read_back
        differences = contained(payload, got)
        assert not differences, f"{operation} read back differently: {differences}"
        self.world.writes.append(operation)

    def later(self, cleanup: Cleanup) -> None:
        self.world.cleanups.append(cleanup)

    def lacks(self, *operations: str) -> bool:
        """Whether the server's release lacks one of these operations (then noted, not sent)."""
        found = {op: why for op in operations if (why := _release.lacks(op)) is not None}
        self.world.lacking.update(found)
        return bool(found)

    async def resources(self) -> None:
        c, u = self.client, self.unique
        body = CreateResourceBody(name=f"Orders {u}", indicator=f"https://orders-{u}.example.com")
        resource = ok(await create_resource.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_resource.asyncio_detailed(resource.id, client=c))
        self.sent(
            "CreateResource", body, ok(await get_resource.asyncio_detailed(resource.id, client=c))
        )
        update = UpdateResourceBody(name=f"Orders API {u}", access_token_ttl=7200)
        ok(await update_resource.asyncio_detailed(resource.id, client=c, body=update))
        self.sent(
            "UpdateResource", update, ok(await get_resource.asyncio_detailed(resource.id, client=c))
        )
        scope_body = CreateResourceScopeBody(name=f"read:orders-{u}")
        scope = ok(
            await create_resource_scope.asyncio_detailed(resource.id, client=c, body=scope_body)
        )
        self.sent("CreateResourceScope", scope_body, scope)
        scope_update = UpdateResourceScopeBody(description="Read the orders")
        updated = ok(
            await update_resource_scope.asyncio_detailed(
                resource.id, scope.id, client=c, body=scope_update
            )
        )
        self.sent("UpdateResourceScope", scope_update, updated)
        self.world.ids.update(resources=resource.id, scopes=scope.id)

    async def roles(self) -> None:
        c, u, ids = self.client, self.unique, self.world.ids
        body = CreateRoleBody(
            name=f"support-{u}", description="Support agents", scope_ids=[ids["scopes"]]
        )
        role = ok(await create_role.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_role.asyncio_detailed(role.id, client=c))
        self.sent(
            "CreateRole",
            body,
            ok(await get_role.asyncio_detailed(role.id, client=c)),
            drop=("scopeIds",),
        )
        update = UpdateRoleBody(description="Support agents, tier 2")
        ok(await update_role.asyncio_detailed(role.id, client=c, body=update))
        self.sent("UpdateRole", update, ok(await get_role.asyncio_detailed(role.id, client=c)))
        m2m = CreateRoleBody(name=f"m2m-{u}", description="Machines", type_="MachineToMachine")
        m2m_role = ok(await create_role.asyncio_detailed(client=c, body=m2m))
        self.later(lambda: delete_role.asyncio_detailed(m2m_role.id, client=c))
        self.sent("CreateRole", m2m, m2m_role)
        scopes = ScopeIdsRequest(scope_ids=[ids["scopes"]])
        ok(await create_role_scope.asyncio_detailed(m2m_role.id, client=c, body=scopes))
        self.world.writes.append("CreateRoleScope")
        ids.update(roles=role.id, m2m_roles=m2m_role.id)

    async def applications(self) -> None:
        c, u, ids = self.client, self.unique, self.world.ids
        for kind in ("SPA", "Traditional"):
            metadata = OidcClientMetadata(
                redirect_uris=[f"https://{kind.lower()}-{u}.example.com/callback"],
                post_logout_redirect_uris=[f"https://{kind.lower()}-{u}.example.com/"],
            )
            custom = {"team": "web", "tier": 2}
            body = CreateApplicationBody(
                name=f"{kind} app {u}",
                type_=kind,
                oidc_client_metadata=metadata,
                custom_data=custom,
            )
            app = ok(await create_application.asyncio_detailed(client=c, body=body))
            self.later(partial(delete_application.asyncio_detailed, app.id, client=c))
            self.sent(
                "CreateApplication",
                body,
                ok(await get_application.asyncio_detailed(app.id, client=c)),
            )
            ids[kind] = app.id
        update = UpdateApplicationBody(
            description="The storefront",
            oidc_client_metadata=OidcClientMetadata(
                redirect_uris=[
                    f"https://spa-{u}.example.com/callback",
                    "io.example.app://callback",
                ],
                post_logout_redirect_uris=[],
            ),
        )
        ok(await update_application.asyncio_detailed(ids["SPA"], client=c, body=update))
        self.sent(
            "UpdateApplication",
            update,
            ok(await get_application.asyncio_detailed(ids["SPA"], client=c)),
        )
        m2m = CreateApplicationBody(name=f"M2M app {u}", type_="MachineToMachine")
        app = ok(await create_application.asyncio_detailed(client=c, body=m2m))
        self.later(lambda: delete_application.asyncio_detailed(app.id, client=c))
        self.sent("CreateApplication", m2m, app)
        roles = RoleIds(role_ids=[ids["m2m_roles"]])
        ok(await assign_application_roles.asyncio_detailed(app.id, client=c, body=roles))
        self.world.writes.append("AssignApplicationRoles")
        ids["applications"] = ids["MachineToMachine"] = app.id
        await self.third_party_application()

    async def third_party_application(self) -> None:
        """A third-party app (consent screen) with its own sign-in experience."""
        c, u, ids = self.client, self.unique, self.world.ids
        body = CreateApplicationBody(
            name=f"Partner app {u}",
            type_="Traditional",
            is_third_party=True,
            oidc_client_metadata=OidcClientMetadata(
                redirect_uris=[f"https://partner-{u}.example.com/cb"], post_logout_redirect_uris=[]
            ),
        )
        app = ok(await create_application.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_application.asyncio_detailed(app.id, client=c))
        self.sent("CreateApplication", body, app)
        experience = ReplaceApplicationSignInExperienceBody(
            display_name="Partner",
            terms_of_use_url=f"https://partner-{u}.example.com/terms",
            privacy_policy_url=None,
        )
        ok(
            await replace_application_sign_in_experience.asyncio_detailed(
                app.id, client=c, body=experience
            )
        )
        read = ok(await get_application_sign_in_experience.asyncio_detailed(app.id, client=c))
        self.sent("ReplaceApplicationSignInExperience", experience, read)
        ids["third-party"] = app.id

    async def saml(self) -> None:
        c, u, ids = self.client, self.unique, self.world.ids
        body = CreateSamlApplicationBody(
            name=f"SAML app {u}",
            description="Expense tool",
            entity_id=f"https://sp-{u}.example.com/metadata",
            acs_url=AcsUrl(
                binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
                url=f"https://sp-{u}.example.com/acs",
            ),
        )
        app = ok(await create_saml_application.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_saml_application.asyncio_detailed(app.id, client=c))
        self.sent(
            "CreateSamlApplication",
            body,
            ok(await get_saml_application.asyncio_detailed(app.id, client=c)),
        )
        update = UpdateSamlApplicationBody(
            description="Expense tool (EU)", encryption=SamlEncryption(encrypt_assertion=False)
        )
        ok(await update_saml_application.asyncio_detailed(app.id, client=c, body=update))
        self.sent(
            "UpdateSamlApplication",
            update,
            ok(await get_saml_application.asyncio_detailed(app.id, client=c)),
        )
        secret = CreateSamlApplicationSecretBody(life_span_in_years=2)
        ok(await create_saml_application_secret.asyncio_detailed(app.id, client=c, body=secret))
        self.world.writes.append("CreateSamlApplicationSecret")
        ids["saml-applications"] = app.id

    async def users(self) -> None:
        c, u, ids = self.client, self.unique, self.world.ids
        body = CreateUserBody(
            username=f"alice_{u}",
            primary_email=f"alice.{u}@example.com",
            name="Alice Example",
            custom_data={"plan": "pro", "seats": 5},
            profile=Profile(given_name="Alice", family_name="Example", locale="en-GB"),
        )
        user = ok(await create_user.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_user.asyncio_detailed(user.id, client=c))
        self.sent("CreateUser", body, ok(await get_user.asyncio_detailed(user.id, client=c)))
        update = UpdateUserBody(name="Alice B. Example", avatar="https://example.com/alice.png")
        ok(await update_user.asyncio_detailed(user.id, client=c, body=update))
        self.sent("UpdateUser", update, ok(await get_user.asyncio_detailed(user.id, client=c)))
        data = UpdateUserCustomDataBody(custom_data={"plan": "team"})
        ok(await update_user_custom_data.asyncio_detailed(user.id, client=c, body=data))
        read = ok(await list_user_custom_data.asyncio_detailed(user.id, client=c))
        self.sent("UpdateUserCustomData", data.custom_data, read)
        roles = RoleIds(role_ids=[ids["roles"]])
        ok(await assign_user_roles.asyncio_detailed(user.id, client=c, body=roles))
        self.world.writes.append("AssignUserRoles")
        identity = Identities(user_id=f"gh-{u}", details={"name": "Alice", "id": 42})
        ok(await replace_user_identity.asyncio_detailed(user.id, "github", client=c, body=identity))
        if self.lacks("GetUserIdentity"):  # read it back from the user instead
            whole = ok(await get_user.asyncio_detailed(user.id, client=c))
            self.sent("ReplaceUserIdentity", identity, whole.identities["github"])
        else:
            read = ok(await get_user_identity.asyncio_detailed(user.id, "github", client=c))
            self.sent("ReplaceUserIdentity", identity, read.identity)
        ids["target"] = "github"
        bob = CreateUserBody(username=f"bob_{u}", primary_email=f"bob.{u}@example.com")
        second = ok(await create_user.asyncio_detailed(client=c, body=bob))
        self.later(lambda: delete_user.asyncio_detailed(second.id, client=c))
        self.sent("CreateUser", bob, second)
        ids["users"] = user.id

    async def organizations(self) -> None:
        c, u, ids = self.client, self.unique, self.world.ids
        scope_body = CreateOrganizationScopeBody(
            name=f"read:projects-{u}", description="Read projects"
        )
        scope = ok(await create_organization_scope.asyncio_detailed(client=c, body=scope_body))
        self.later(lambda: delete_organization_scope.asyncio_detailed(scope.id, client=c))
        self.sent(
            "CreateOrganizationScope",
            scope_body,
            ok(await get_organization_scope.asyncio_detailed(scope.id, client=c)),
        )
        scope_update = UpdateOrganizationScopeBody(description="Read all projects")
        ok(await update_organization_scope.asyncio_detailed(scope.id, client=c, body=scope_update))
        self.sent(
            "UpdateOrganizationScope",
            scope_update,
            ok(await get_organization_scope.asyncio_detailed(scope.id, client=c)),
        )
        plain = CreateOrganizationRoleBody(name=f"viewer-{u}")  # the defaults apply on the server
        viewer = ok(await create_organization_role.asyncio_detailed(client=c, body=plain))
        self.later(lambda: delete_organization_role.asyncio_detailed(viewer.id, client=c))
        self.sent("CreateOrganizationRole", plain, viewer)
        role_body = CreateOrganizationRoleBody(
            name=f"admin-{u}",
            description="Project admins",
            organization_scope_ids=[scope.id],
            resource_scope_ids=[ids["scopes"]],
        )
        role = ok(await create_organization_role.asyncio_detailed(client=c, body=role_body))
        self.later(lambda: delete_organization_role.asyncio_detailed(role.id, client=c))
        self.sent(
            "CreateOrganizationRole",
            role_body,
            ok(await get_organization_role.asyncio_detailed(role.id, client=c)),
            drop=("organizationScopeIds", "resourceScopeIds"),
        )
        role_update = UpdateOrganizationRoleBody(description="Project administrators")
        ok(await update_organization_role.asyncio_detailed(role.id, client=c, body=role_update))
        self.sent(
            "UpdateOrganizationRole",
            role_update,
            ok(await get_organization_role.asyncio_detailed(role.id, client=c)),
        )

        body = CreateOrganizationBody(
            name=f"Acme {u}",
            description="A customer",
            custom_data={"crm": "A-17"},
        )
        org = ok(await create_organization.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_organization.asyncio_detailed(org.id, client=c))
        self.sent(
            "CreateOrganization",
            body,
            ok(await get_organization.asyncio_detailed(org.id, client=c)),
        )
        update = UpdateOrganizationBody(description="A customer since 2024", is_mfa_required=False)
        ok(await update_organization.asyncio_detailed(org.id, client=c, body=update))
        self.sent(
            "UpdateOrganization",
            update,
            ok(await get_organization.asyncio_detailed(org.id, client=c)),
        )
        members = UserIds(user_ids=[ids["users"]])
        ok(await add_organization_users.asyncio_detailed(org.id, client=c, body=members))
        self.world.writes.append("AddOrganizationUsers")
        roles = OrganizationUserRolesRequest(organization_role_ids=[role.id])
        ok(
            await assign_organization_roles_to_user.asyncio_detailed(
                org.id, ids["users"], client=c, body=roles
            )
        )
        self.world.writes.append("AssignOrganizationRolesToUser")
        apps = ApplicationIdsRequest(application_ids=[ids["MachineToMachine"]])
        ok(await add_organization_applications.asyncio_detailed(org.id, client=c, body=apps))
        self.world.writes.append("AddOrganizationApplications")
        invitation_body = CreateOrganizationInvitationBody(
            invitee=f"carol.{u}@example.com",
            organization_id=org.id,
            expires_at=float(int(time.time() * 1000) + 86_400_000),
            organization_role_ids=[role.id],
        )
        invitation = ok(
            await create_organization_invitation.asyncio_detailed(client=c, body=invitation_body)
        )
        self.later(lambda: delete_organization_invitation.asyncio_detailed(invitation.id, client=c))
        read = ok(await get_organization_invitation.asyncio_detailed(invitation.id, client=c))
        self.sent(
            "CreateOrganizationInvitation",
            invitation_body,
            read,
            drop=("organizationRoleIds", "messagePayload"),
        )
        revoke = ReplaceOrganizationInvitationStatusBody(status="Revoked")
        ok(
            await replace_organization_invitation_status.asyncio_detailed(
                invitation.id, client=c, body=revoke
            )
        )
        read = ok(await get_organization_invitation.asyncio_detailed(invitation.id, client=c))
        self.sent("ReplaceOrganizationInvitationStatus", revoke, read)
        ids.update(
            organizations=org.id,
            **{"organization-roles": role.id, "organization-scopes": scope.id},
            **{"organization-invitations": invitation.id},
        )

    async def hooks(self) -> None:
        c, u = self.client, self.unique
        body = CreateHookBody(
            name=f"CRM sync {u}",
            events=["PostRegister", "User.Created"],
            config=HookConfigInput(url=f"https://hooks-{u}.example.com/logto"),
        )
        hook = ok(await create_hook.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_hook.asyncio_detailed(hook.id, client=c))
        self.sent("CreateHook", body, ok(await get_hook.asyncio_detailed(hook.id, client=c)))
        update = UpdateHookBody(enabled=False, events=["User.Deleted"])
        ok(await update_hook.asyncio_detailed(hook.id, client=c, body=update))
        self.sent("UpdateHook", update, ok(await get_hook.asyncio_detailed(hook.id, client=c)))
        self.world.ids["hooks"] = hook.id

    async def phrases(self) -> None:
        """A custom phrase for this run's language."""
        c = self.client
        tag = self.language
        body = TranslationObject.from_dict({"input": {"username": f"Kullanici {self.unique}"}})
        ok(await replace_custom_phrase.asyncio_detailed(tag, client=c, body=body))
        self.later(lambda: delete_custom_phrase.asyncio_detailed(tag, client=c))
        read = ok(await get_custom_phrase.asyncio_detailed(tag, client=c))
        self.sent("ReplaceCustomPhrase", body, read.translation)
        self.world.ids["custom-phrases"] = tag

    async def email_templates(self) -> None:
        c, u = self.client, self.unique
        item = ReplaceEmailTemplatesBodyTemplatesItem(
            language_tag=self.language,
            template_type="OrganizationInvitation",
            details=Details(
                subject=f"Davet {u}", content="<p>{{link}}</p>", content_type="text/html"
            ),
        )
        body = ReplaceEmailTemplatesBody(templates=[item])
        saved = ok(await replace_email_templates.asyncio_detailed(client=c, body=body))
        for template in saved:
            self.later(partial(delete_email_template.asyncio_detailed, template.id, client=c))
        listed = ok(
            await list_email_templates.asyncio_detailed(client=c, language_tag=self.language)
        )
        mine = [t for t in listed if t.template_type == "OrganizationInvitation"]
        self.sent("ReplaceEmailTemplates", item, mine[0])
        details = UpdateEmailTemplateDetailsBody(
            subject=f"Davetiye {u}", reply_to="help@example.com"
        )
        updated = ok(
            await update_email_template_details.asyncio_detailed(mine[0].id, client=c, body=details)
        )
        self.sent("UpdateEmailTemplateDetails", details, updated.details)
        self.world.ids["email-templates"] = mine[0].id

    async def profile_fields(self) -> None:
        if self.lacks("CreateCustomProfileField", "UpdateCustomProfileFieldByName"):
            return
        c, name = self.client, f"dept{self.unique}"
        body = TextCustomProfileFieldRequest(
            name=name, type_="Text", required=False, label="Department"
        )
        ok(await create_custom_profile_field.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_custom_profile_field_by_name.asyncio_detailed(name, client=c))
        self.sent(
            "CreateCustomProfileField",
            body,
            ok(await get_custom_profile_field_by_name.asyncio_detailed(name, client=c)),
        )
        update = TextCustomProfileFieldUpdate(type_="Text", required=True, label="Team")
        ok(await update_custom_profile_field_by_name.asyncio_detailed(name, client=c, body=update))
        self.sent(
            "UpdateCustomProfileFieldByName",
            update,
            ok(await get_custom_profile_field_by_name.asyncio_detailed(name, client=c)),
        )
        self.world.ids["custom-profile-fields"] = name

    async def one_time_tokens(self) -> None:
        c = self.client
        body = AddOneTimeTokensBody(email=f"dave.{self.unique}@example.com", expires_in=600)
        token = ok(await add_one_time_tokens.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_one_time_token.asyncio_detailed(token.id, client=c))
        self.sent(
            "AddOneTimeTokens",
            body,
            ok(await get_one_time_token.asyncio_detailed(token.id, client=c)),
            drop=("expiresIn",),
        )
        revoke = ReplaceOneTimeTokenStatusBody(status="revoked")
        ok(await replace_one_time_token_status.asyncio_detailed(token.id, client=c, body=revoke))
        read = ok(await get_one_time_token.asyncio_detailed(token.id, client=c))
        self.sent("ReplaceOneTimeTokenStatus", revoke, read)
        self.world.ids["one-time-tokens"] = token.id

    async def jwt_customizer(self) -> None:
        """A client-credentials JWT customizer, unless one is already set (shared tenant)."""
        c = self.client
        existing = await get_jwt_customizer.asyncio_detailed("client-credentials", client=c)
        if existing.status_code == 200:
            return
        body = JwtCustomizerRequest(
            script=JWT_SCRIPT,
            environment_variables={"TIER": "gold"},
            # blockIssuanceOnError is new in 1.42.0: older servers refuse the key
            block_issuance_on_error=UNSET if _release.older_than("1.42.0") else False,
        )
        ok(await upsert_jwt_customizer.asyncio_detailed("client-credentials", client=c, body=body))
        self.later(lambda: delete_jwt_customizer.asyncio_detailed("client-credentials", client=c))
        read = ok(await get_jwt_customizer.asyncio_detailed("client-credentials", client=c))
        self.sent("UpsertJwtCustomizer", body, read)
        tier = {"TIER": "platinum"}
        update = JwtCustomizerRequest(script=JWT_SCRIPT, environment_variables=tier)
        ok(
            await update_jwt_customizer.asyncio_detailed(
                "client-credentials", client=c, body=update
            )
        )
        read = ok(await get_jwt_customizer.asyncio_detailed("client-credentials", client=c))
        self.sent("UpdateJwtCustomizer", update, read)

    async def sso_connector(self) -> None:
        """A SAML enterprise SSO connector (not configured: that needs an outside IdP)."""
        c, u = self.client, self.unique
        body = CreateSsoConnectorBody(
            provider_name="SAML", connector_name=f"Acme SAML {u}", domains=[f"acme-{u}.example.com"]
        )
        connector = ok(await create_sso_connector.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_sso_connector.asyncio_detailed(connector.id, client=c))
        self.sent("CreateSsoConnector", body, connector)
        update = UpdateSsoConnectorBody(sync_profile=True, connector_name=f"Acme SSO {u}")
        ok(await update_sso_connector.asyncio_detailed(connector.id, client=c, body=update))
        read = ok(await get_sso_connector.asyncio_detailed(connector.id, client=c))
        self.sent("UpdateSsoConnector", update, read)
        self.world.ids["sso-connectors"] = connector.id
        if self.lacks("CreateSsoConnectorSigningKey"):
            return
        key = CreateSsoConnectorSigningKeyBody()  # `active` defaults to false on the server
        made = ok(
            await create_sso_connector_signing_key.asyncio_detailed(
                connector.id, client=c, body=key
            )
        )
        self.sent("CreateSsoConnectorSigningKey", key, made)

    async def action(self) -> None:
        """A post-sign-in action, unless one is set (shared tenant)."""
        c = self.client
        if self.lacks("UpsertAction"):
            return
        if (await get_action.asyncio_detailed("action.postSignIn", client=c)).status_code == 200:
            return
        body = Action(script="const handler = async () => {};", enabled=False)
        ok(await upsert_action.asyncio_detailed("action.postSignIn", client=c, body=body))
        self.later(lambda: delete_action.asyncio_detailed("action.postSignIn", client=c))
        read = ok(await get_action.asyncio_detailed("action.postSignIn", client=c))
        self.sent("UpsertAction", body, read)

    async def captcha(self) -> None:
        """A CAPTCHA provider, unless one is set (shared tenant); the policy stays off."""
        c = self.client
        if (await get_captcha_provider.asyncio_detailed(client=c)).status_code == 200:
            return
        body = UpdateCaptchaProviderBody(
            config=TurnstileConfig(
                type_="Turnstile", site_key="site-key", secret_key="not-a-secret"
            )
        )
        ok(await update_captcha_provider.asyncio_detailed(client=c, body=body))
        self.later(lambda: delete_captcha_provider.asyncio_detailed(client=c))
        read = ok(await get_captcha_provider.asyncio_detailed(client=c))
        self.sent("UpdateCaptchaProvider", body, read)

    async def sign_in_experience(self) -> None:
        """Change the support email and put the original back afterwards."""
        c = self.client
        before = ok(await get_sign_in_exp.asyncio_detailed(client=c))
        original = before.support_email
        body = UpdateSignInExpBody(support_email=f"support.{self.unique}@example.com")
        ok(await update_sign_in_exp.asyncio_detailed(client=c, body=body))
        restore = UpdateSignInExpBody(support_email=None if original is UNSET else original)
        self.later(lambda: update_sign_in_exp.asyncio_detailed(client=c, body=restore))
        self.sent("UpdateSignInExp", body, ok(await get_sign_in_exp.asyncio_detailed(client=c)))


async def seed(client: Client, unique: str) -> World:
    """Seed a realistic tenant; on failure, delete what was made and re-raise."""
    world = World(client)
    seeder = Seeder(world, unique)
    steps = (
        seeder.resources,
        seeder.roles,
        seeder.applications,
        seeder.saml,
        seeder.users,
        seeder.organizations,
        seeder.hooks,
        seeder.phrases,
        seeder.email_templates,
        seeder.profile_fields,
        seeder.one_time_tokens,
        seeder.jwt_customizer,
        seeder.captcha,
        seeder.sso_connector,
        seeder.action,
        seeder.sign_in_experience,
    )
    try:
        for step in steps:
            await step()
    except BaseException:
        await world.close()
        raise
    return world
