"""Hand-written layer over the generated Logto Management API client.

Machine-to-machine authentication, pagination, errors and retries (see README.md)::

    from logto_management import create_management_api, paginate
    from logto_management_api.api.users import list_users

    async with create_management_api("my-tenant", client_id=..., client_secret=...) as client:
        async for user in paginate(list_users.asyncio_detailed, client=client):
            print(user.username)

The face of the package: ``create_management_api``, ``create_management_api_from_env`` and
``ManagementApiClient`` tie the hand-written core to the generated ``logto_management_api``, which
builds on that core (see the README's "Layout"). They are imported on first use (PEP 562
``__getattr__``): Python runs this ``__init__`` before any core module the generated code imports
(``logto_management._paginate``...), so importing it must not import the generated package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._auth import LogtoAuth, TokenCallable
from ._credentials import ClientCredentials
from ._errors import (
    AuthenticationError,
    BadRequestError,
    ClientCredentialsError,
    ConflictError,
    InternalServerError,
    LogtoApiError,
    LogtoConnectionError,
    LogtoError,
    LogtoTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._http import LogtoAsyncHTTPClient, LogtoHTTPClient
from ._logging import configure_from_env as _configure_logging_from_env
from ._paginate import MAX_PAGE_SIZE, Page, Paginator, SyncPaginator, paginate
from ._ratelimit import AsyncLimiter, AsyncRateLimiter, RateLimiter
from ._tokens import AccessToken, SharedToken, TokenCache
from ._transports.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__

if TYPE_CHECKING:
    from ._client import ManagementApiClient
    from ._factory import create_management_api, create_management_api_from_env

__all__ = [
    "MAX_PAGE_SIZE",
    "AccessToken",
    "AsyncLimiter",
    "AsyncRateLimiter",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentials",
    "ClientCredentialsError",
    "ConflictError",
    "InternalServerError",
    "LogtoApiError",
    "LogtoAsyncHTTPClient",
    "LogtoAuth",
    "LogtoConnectionError",
    "LogtoError",
    "LogtoHTTPClient",
    "LogtoTimeoutError",
    "ManagementApiClient",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "RetryTransport",
    "SharedToken",
    "SyncPaginator",
    "TokenCache",
    "TokenCallable",
    "UnprocessableEntityError",
    "__version__",
    "create_management_api",
    "create_management_api_from_env",
    "paginate",
]

# The face, imported on first use: the module each name comes from.
_FACE = {
    "ManagementApiClient": "._client",
    "create_management_api": "._factory",
    "create_management_api_from_env": "._factory",
}


def __getattr__(name: str) -> Any:
    module = _FACE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FACE})


_configure_logging_from_env()  # LOGTO_LOG=debug: see _logging.py
