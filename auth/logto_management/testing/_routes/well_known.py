"""``/api/.well-known/*``: what Logto's sign-in pages read without a token, built from the
double's own settings (the generic store's singletons and collections):

* ``account-center``: the Account Center settings (``GET /api/account-center``);
* ``sign-in-exp`` and ``experience``: the sign-in experience without its private settings, with
  what the pages need beside it. Nobody installs connectors in the double, so there are no social
  or SSO connectors to show and no way to reset a forgotten password.

The phrases (Logto's translations, megabytes of language packs) and the Experience and User API
documents are not shipped with the double: those three stay ``501``.
"""

from __future__ import annotations

from .._app.router import Handler, Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.state import Row

_PRIVATE = ("emailBlocklistPolicy", "forgotPasswordMethods", "trustedDevice")


def _account_center(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        return Response.json(generic.singleton(ctx, "GetAccountCenterSettings"))

    return handler


def _sign_in_experience(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        settings: Row = generic.singleton(ctx, "GetSignInExp")
        public = {k: v for k, v in settings.items() if k not in _PRIVATE}
        fields = sorted(
            generic.items("/api/custom-profile-fields").values(),
            key=lambda f: f.get("sieOrder", 0),
        )
        chosen = settings.get("signUpProfileFields")
        sign_up = fields if chosen is None else [f for f in fields if f["name"] in chosen]
        return Response.json(
            {
                **public,
                "socialConnectors": [],
                "ssoConnectors": [],
                "forgotPassword": {"phone": False, "email": False},
                "isDevelopmentTenant": False,
                "customProfileFields": sign_up,
                "customProfileFieldCatalog": fields,
            }
        )

    return handler


def register(router: Router, generic: GenericApi) -> None:
    w = "/api/.well-known"
    router.add("GET", f"{w}/account-center", "GetWellKnownAccountCenter", _account_center(generic))
    sign_in = _sign_in_experience(generic)
    router.add("GET", f"{w}/sign-in-exp", "GetSignInExperienceConfig", sign_in)
    router.add("GET", f"{w}/experience", "GetWellKnownExperience", sign_in)
