"""Curated component names: the entities people use, anchored to the operation that defines them.

An anchor is ``"<operationId> <location><path>"`` as hoist.Site prints it; the shape found there
gets the name, and every identical shape anywhere in the document then shares it. Anchoring to an
operation (not to a position in a list) keeps names stable when Logto adds or reorders fields
elsewhere. Several anchors are tried in order, for documents of different Logto versions.

``SHARED`` names the smaller shapes that several operations share but whose derived name would read
badly (``Enabled`` for ``{enabled}``, ``NameRequest`` for ``{name}``), and splits a shape whose uses
are different things into one model per thing. Each entry says why, so the table can be reviewed.
"""

from dataclasses import dataclass

CURATED: dict[str, tuple[str, ...]] = {
    "User": (
        "GetUser 200",
        "ListUsers 200[]",
        "CreateUser 200",
        "UpdateUser 200",
        "ListRoleUsers 200[]",
        "DeleteUserIdentity 200",
    ),
    "OrganizationUser": ("ListOrganizationUsers 200[]",),
    "Application": (
        "GetApplication 200",
        "ListApplications 200[]",
        "CreateApplication 200",
        "UpdateApplication 200",
        "ListRoleApplications 200[]",
        "DeleteApplicationLegacySecret 200",
    ),
    "OrganizationApplication": ("ListOrganizationApplications 200[]",),
    "Role": ("GetRole 200", "ListRoles 200[]", "CreateRole 200", "UpdateRole 200"),
    "Organization": (
        "GetOrganization 200",
        "ListOrganizations 200[]",
        "CreateOrganization 201",
        "UpdateOrganization 200",
    ),
    "OrganizationWithRoles": ("ListUserOrganizations 200[]", "ListApplicationOrganizations 200[]"),
    "Resource": ("GetResource 200", "ListResources 200[]", "CreateResource 201"),
    "Scope": (
        "ListResourceScopes 200[]",
        "CreateResourceScope 201",
        "UpdateResourceScope 200",
        "ListRoleScopes 200[]",
    ),
    "Hook": ("GetHook 200", "ListHooks 200[]", "CreateHook 201", "UpdateHook 200"),
    "Connector": ("GetConnector 200", "ListConnectors 200[]", "CreateConnector 200"),
    "ConnectorFactory": ("GetConnectorFactory 200", "ListConnectorFactories 200[]"),
    "OrganizationRole": (
        "GetOrganizationRole 200",
        "ListOrganizationRoles 200[]",
        "CreateOrganizationRole 201",
        "UpdateOrganizationRole 200",
    ),
    "OrganizationScope": (
        "GetOrganizationScope 200",
        "ListOrganizationScopes 200[]",
        "CreateOrganizationScope 201",
    ),
    "OrganizationInvitation": (
        "GetOrganizationInvitation 200",
        "ListOrganizationInvitations 200[]",
        "CreateOrganizationInvitation 201",
    ),
    "Log": ("GetLog 200", "ListLogs 200[]", "ListHookRecentLogs 200[]"),
    "SsoConnector": ("GetSsoConnector 200", "ListSsoConnectors 200[]", "CreateSsoConnector 200"),
    "Domain": ("GetDomain 200", "ListDomains 200[]", "CreateDomain 201"),
    "SignInExperience": ("GetSignInExp 200", "UpdateSignInExp 200"),
    "SearchParams": ("ListUsers query.search_params",),
    "LanguageTag": ("GetSignInExp 200.languageInfo.fallbackLanguage",),
    "AccessTokenJwtCustomizer": ("GetJwtCustomizer 200|oneOf0",),
    "ClientCredentialsJwtCustomizer": ("GetJwtCustomizer 200|oneOf1",),
}

# Derived names that read badly, and what to call them instead.
RENAMED: dict[str, str] = {"Event": "LegacyHookEvent"}  # CreateHook's deprecated `event`


@dataclass(frozen=True)
class Shared:
    """A name for the shape found at ``sites``: hoist.Site strings where ``*`` matches anything.

    The first site matching a pattern picks the shape; the name then covers every matching site
    that holds that same shape, and only those: the shape's other uses are named on their own
    (another entry, or left to their operation). ``reason`` is the one line a reviewer reads.
    """

    sites: tuple[str, ...]
    reason: str


SHARED: dict[str, Shared] = {
    # {enabled} alone is four unrelated switches; one model per switch, UpdateCimdConfig's body
    # stays its operation's own (UpdateCimdConfigBody).
    "AdaptiveMfa": Shared(("* *.adaptiveMfa",), "the sign-in experience's adaptive MFA switch"),
    "CaptchaPolicy": Shared(("* *.captchaPolicy",), "the sign-in experience's CAPTCHA switch"),
    "PasswordExpirationDisabled": Shared(
        ("* *.passwordExpiration|oneOf0",),
        "the `enabled: false` variant of the password expiration policy",
    ),
    # {name} items of two settings lists reference a custom profile field; the same shape as
    # DeletePersonalAccessTokenPost's body, which stays that operation's own.
    "CustomProfileFieldRef": Shared(
        ("* *.signUpProfileFields[]", "* *.profileFields[]"),
        "references a CustomProfileField by name (sign-up fields, account center fields)",
    ),
    "RoleAssignmentResult": Shared(
        ("AssignUserRoles 201", "AssignApplicationRoles 201"),
        "the answer of assigning roles to a user or an application: all and newly added role ids",
    ),
    "OrganizationUserRolesRequest": Shared(
        ("AssignOrganizationRolesToUser body", "ReplaceOrganizationUserRoles body"),
        "assigns or replaces an organization member's roles, by ids or by names",
    ),
    # The same certificate shape belongs to two resources: one model each, named as its API is.
    "SsoConnectorSigningKey": Shared(
        ("ListSsoConnectorSigningKeys 200[]", "*SsoConnectorSigningKey 2*"),
        "a signing key of a SAML SSO connector",
    ),
    "SamlApplicationSecret": Shared(
        ("*SamlApplicationSecret 2*",), "a signing certificate (secret) of a SAML application"
    ),
    # {id, name} is a reference to whatever entity holds it: one model per entity.
    "OrganizationRoleRef": Shared(
        ("* *.organizationRoles[]",),
        "an organization role as listed with a member, an application or an invitation",
    ),
    "OrganizationScopeRef": Shared(
        ("ListOrganizationRoles 200[].scopes[]",), "an organization scope of a listed role"
    ),
    "ResourceRef": Shared(
        ("ListOrganizationRoles 200[].resourceScopes[].resource",),
        "the API resource of a listed role's resource scope",
    ),
    "ApplicationRef": Shared(
        ("ListUserGrants 200.grants[].application",), "the application a user granted access to"
    ),
    # {id, name, description}: a user's organizations in a JWT customizer's context, and the
    # organization scopes a user consents to; two things, one model each.
    "JwtContextOrganization": Shared(
        ("* *.contextSample.user.organizations[]", "* *.context.user.organizations[]"),
        "an organization of the user in a JWT customizer's context",
    ),
    "UserConsentOrganizationScope": Shared(
        ("* *.organizationScopes[]",), "an organization scope a user consents to"
    ),
    "PeriodUserCount": Shared(
        ("GetNewUserCounts 200.*", "GetActiveUserCounts 200.*"),
        "a user count for a period (today, last 7 days, DAU/WAU/MAU) and its change",
    ),
    "UserAgentOs": Shared(("* *.userAgentParsed.os",), "the OS of a log's parsed user agent"),
    "UserAgentEngine": Shared(
        ("* *.userAgentParsed.engine",), "the engine of a log's parsed user agent"
    ),
    "HookConfigInput": Shared(
        ("CreateHook body.config", "UpdateHook body.config", "CreateHookTest body.config"),
        "a hook's config as sent (HookConfig is the one returned)",
    ),
    "SignInExperienceColor": Shared(
        ("GetSignInExp 200.color", "* *.color"), "the sign-in experience's brand colors"
    ),
    "SsoConnectorRecord": Shared(
        ("CreateSsoConnector 200", "ListOrganizationJitSsoConnectors 200[]"),
        "an SSO connector as stored, without the provider details GetSsoConnector adds",
    ),
}

# Uses of a shared shape that are different things: each stays its operation's own model, named
# by the generator like every other body (``UpdateApplicationSecretBody``). Site pattern -> why.
SEPARATE: dict[str, str] = {
    "CreateApplicationSecret body": "creates an application secret (not a personal access token)",
    "CreateUserPersonalAccessToken body": "creates a personal access token (not an app secret)",
    "UpdateApplicationSecret body": "renames an application secret",
    "UpdateUserPersonalAccessToken body": "renames a personal access token",
    "DeletePersonalAccessTokenPost body": "names the token to delete, not a profile field",
    "UpdateSsoConnectorSigningKey body": "(de)activates an SSO connector's signing key",
    "UpdateSamlApplicationSecret body": "(de)activates a SAML application's certificate",
    "UpdateCimdConfig body": "switches CIMD on or off, not a sign-in experience setting",
}
