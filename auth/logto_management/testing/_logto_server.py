"""``LogtoServer``: the ``logto_server`` fixture's value, importable without pytest
(``from logto_management.testing import LogtoServer``) to annotate a test's parameter."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import create_management_api
from .._client import ManagementApiClient
from ._double import LogtoDouble


@dataclass(frozen=True)
class LogtoServer:
    """A double served on loopback: where it listens and how to get a token from it."""

    url: str
    app_id: str
    app_secret: str = field(repr=False)
    api_indicator: str
    double: LogtoDouble

    @property
    def env(self) -> dict[str, str]:
        """``LOGTO_ENDPOINT``, ``LOGTO_APP_ID``, ``LOGTO_APP_SECRET``, ``LOGTO_API_INDICATOR``."""
        return {
            "LOGTO_ENDPOINT": self.url,
            "LOGTO_APP_ID": self.app_id,
            "LOGTO_APP_SECRET": self.app_secret,
            "LOGTO_API_INDICATOR": self.api_indicator,
        }

    def client(self, **options: object) -> ManagementApiClient:
        """A client for this server (``create_management_api`` options may be added)."""
        return create_management_api(
            "default",
            client_id=self.app_id,
            client_secret=self.app_secret,
            base_url=self.url,
            api_indicator=self.api_indicator,
            **options,  # type: ignore[arg-type]
        )
