"""Hand-written layer over the generated Logto Management API client.

Machine-to-machine authentication, pagination, errors and retries (see README.md)::

    from logto_management import create_management_api, paginate
    from logto_management_api.api.users import list_users

    async with create_management_api("my-tenant", client_id=..., client_secret=...) as client:
        async for user in paginate(list_users.asyncio_detailed, client=client):
            print(user.username)

Every public name is imported from its module on first use (PEP 562 ``__getattr__``). The
generated ``logto_management_api`` builds on this package's core modules (its ``Client`` on
``logto_management._base_client``), and Python runs this ``__init__`` before any of them: so it
imports nothing itself, neither the face (``create_management_api``, ``ManagementApiClient``,
which import the generated package, half imported at that moment) nor the rest of the core
(importing one generated operation costs what it cost before the core existed). See the README's
"Layout".
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._logging import configure_from_env as _configure_logging_from_env
from ._version import __version__

if TYPE_CHECKING:
    from ._answer_mismatch import AnswerMismatchError
    from ._auth import LogtoAuth, TokenCallable
    from ._client import ManagementApiClient
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
    from ._factory import create_management_api, create_management_api_from_env
    from ._http import LogtoAsyncHTTPClient, LogtoHTTPClient
    from ._paginate import MAX_PAGE_SIZE, Page, Paginator, SyncPaginator, paginate
    from ._ratelimit import AsyncLimiter, AsyncRateLimiter, RateLimiter
    from ._tokens import AccessToken, SharedToken, TokenCache
    from ._transports.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
    from ._version import SUPPORTED_LOGTO, LogtoRange

__all__ = [
    "MAX_PAGE_SIZE",
    "SUPPORTED_LOGTO",
    "AccessToken",
    "AnswerMismatchError",
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
    "LogtoRange",
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

# Where each public name lives, imported on first use.
_LAZY = {
    "LogtoAuth": "._auth",
    "TokenCallable": "._auth",
    "ManagementApiClient": "._client",
    "ClientCredentials": "._credentials",
    "AnswerMismatchError": "._answer_mismatch",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ClientCredentialsError": "._errors",
    "ConflictError": "._errors",
    "InternalServerError": "._errors",
    "LogtoApiError": "._errors",
    "LogtoConnectionError": "._errors",
    "LogtoError": "._errors",
    "LogtoTimeoutError": "._errors",
    "NotFoundError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "UnprocessableEntityError": "._errors",
    "create_management_api": "._factory",
    "create_management_api_from_env": "._factory",
    "LogtoAsyncHTTPClient": "._http",
    "LogtoHTTPClient": "._http",
    "MAX_PAGE_SIZE": "._paginate",
    "Page": "._paginate",
    "Paginator": "._paginate",
    "SyncPaginator": "._paginate",
    "paginate": "._paginate",
    "AsyncLimiter": "._ratelimit",
    "AsyncRateLimiter": "._ratelimit",
    "RateLimiter": "._ratelimit",
    "AccessToken": "._tokens",
    "SharedToken": "._tokens",
    "TokenCache": "._tokens",
    "AsyncRetryTransport": "._transports.retry",
    "RetryPolicy": "._transports.retry",
    "RetryTransport": "._transports.retry",
    "SUPPORTED_LOGTO": "._version",
    "LogtoRange": "._version",
}


if not TYPE_CHECKING:  # type checkers read the imports above: a typo stays an error for them

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


_configure_logging_from_env()  # LOGTO_LOG=debug: see _logging.py
