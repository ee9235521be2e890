"""``/api/captcha-provider``: deleting the provider (reading and setting it is the generic store's
singleton); Logto answers 204 whether or not one was set, and turns captcha off in the sign-in
experience (``captchaPolicy`` becomes ``{"enabled": false}``: routes/captcha-provider/index.ts)."""

from __future__ import annotations

from .._app.router import Handler, Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi

_PATH = "/api/captcha-provider"


def _delete(generic: GenericApi) -> Handler:
    def handler(ctx: Context) -> Response:
        generic.reset_singleton(_PATH)
        generic.singleton(ctx, "GetSignInExp")["captchaPolicy"] = {"enabled": False}
        return Response.no_content()

    return handler


def register(router: Router, generic: GenericApi) -> None:
    router.add("DELETE", _PATH, "DeleteCaptchaProvider", _delete(generic))
