"""``/api/user-assets``: no storage provider is configured, as on a fresh Logto OSS."""

from __future__ import annotations

from .._app.router import Router
from .._http import Response
from .._model.context import Context
from .._model.generic import GenericApi


def user_asset_status(_: Context) -> Response:
    """No storage provider is configured, as on a fresh Logto OSS."""
    return Response.json({"status": "not_configured", "isExperienceAvatarUploadEnabled": True})


def register(router: Router, generic: GenericApi) -> None:
    router.add(
        "GET", "/api/user-assets/service-status", "GetUserAssetServiceStatus", user_asset_status
    )
