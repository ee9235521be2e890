"""Curated component names: the entities people use, anchored to the operation that defines them.

An anchor is ``"<operationId> <location><path>"`` as hoist.Site prints it; the shape found there
gets the name, and every identical shape anywhere in the document then shares it. Anchoring to an
operation (not to a position in a list) keeps names stable when Logto adds or reorders fields
elsewhere. Several anchors are tried in order, for documents of different Logto versions.
"""

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
