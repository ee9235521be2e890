"""The one way the integration tests connect to the real Logto under test."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from logto_management import ManagementApiClient, create_management_api


def real_logto(env: Mapping[str, str], **options: Any) -> ManagementApiClient:
    """``create_management_api`` for the Logto that ``env`` (the ``logto_env`` fixture) names,
    over loopback HTTP; ``options`` add to or override the settings (``client_secret``, ...)."""
    settings: dict[str, Any] = {
        "client_id": env["LOGTO_APP_ID"],
        "client_secret": env["LOGTO_APP_SECRET"],
        "base_url": env["LOGTO_ENDPOINT"],
        "api_indicator": env["LOGTO_RESOURCE"],
        "allow_insecure_http": True,
    }
    return create_management_api("default", **{**settings, **options})
