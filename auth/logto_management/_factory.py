"""`create_management_api_from_env`: the client from ``LOGTO_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ._client import ManagementApiClient, create_management_api

__all__ = ["create_management_api_from_env"]


def create_management_api_from_env(
    environ: Mapping[str, str] | None = None, **kwargs: Any
) -> ManagementApiClient:
    """A client configured by environment variables (``environ``, default ``os.environ``).

    ============================ ===========================================================
    ``LOGTO_ENDPOINT``           your Logto: ``https://<tenant>.logto.app`` (Logto Cloud) or
                                 your server (Logto OSS, e.g. ``https://auth.example.com``)
    ``LOGTO_APP_ID``             the machine-to-machine app's id
    ``LOGTO_APP_SECRET``         its secret
    ``LOGTO_TENANT``             optional: the tenant id (Cloud: instead of LOGTO_ENDPOINT;
                                 OSS: ``default``)
    ``LOGTO_API_INDICATOR``      optional: the Management API resource indicator (alias
                                 ``LOGTO_RESOURCE``); Logto OSS uses
                                 ``https://default.logto.app/api``, the default off Cloud
    ============================ ===========================================================

    Keyword arguments go to `create_management_api` and win over the environment
    (``create_management_api_from_env(timeout=30, allow_insecure_http=True)``).

    Raises:
        ValueError: naming the variables that are missing.
    """
    env = os.environ if environ is None else environ

    def get(name: str) -> str:
        return env.get(name, "").strip()

    endpoint, tenant = get("LOGTO_ENDPOINT"), get("LOGTO_TENANT")
    resource = get("LOGTO_API_INDICATOR") or get("LOGTO_RESOURCE")
    missing = [name for name in ("LOGTO_APP_ID", "LOGTO_APP_SECRET") if not get(name)]
    if not endpoint and not tenant:
        missing.insert(0, "LOGTO_ENDPOINT (or LOGTO_TENANT for Logto Cloud)")
    if missing:
        raise ValueError(f"create_management_api_from_env: set {', '.join(missing)}")

    options: dict[str, Any] = {
        "client_id": get("LOGTO_APP_ID"),
        "client_secret": get("LOGTO_APP_SECRET"),
    }
    host = (urlsplit(endpoint).hostname or "") if endpoint else ""
    if endpoint and host.endswith(".logto.app") and not resource:
        options["tenant_id"] = tenant or host.split(".", 1)[0]  # Cloud: its own URLs
    elif endpoint:
        options.update(tenant_id=tenant or "default", base_url=endpoint)
    else:
        options["tenant_id"] = tenant
    if resource:
        options["api_indicator"] = resource
    return create_management_api(**{**options, **kwargs})
