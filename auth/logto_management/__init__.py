"""Hand-written layer over the generated Logto Management API client.

Machine-to-machine authentication, pagination, errors and retries (see README.md)::

    from logto_management import create_management_api, paginate
    from logto_management_api.api.users import list_users

    async with create_management_api("my-tenant", client_id=..., client_secret=...) as client:
        async for user in paginate(list_users.asyncio_detailed, client=client):
            print(user.username)
"""

from ._auth import LogtoAuth, TokenCallable
from ._client import ManagementApiClient, create_management_api
from ._credentials import (
    AccessToken,
    ClientCredentials,
    ClientCredentialsError,
    SharedToken,
    TokenCache,
)
from ._env import create_management_api_from_env
from ._errors import (
    AnswerMismatchError,
    AuthenticationError,
    BadRequestError,
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
from ._pagination import MAX_PAGE_SIZE, Page, Paginator, paginate
from ._ratelimit import AsyncLimiter, AsyncRateLimiter, RateLimiter
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._sync_pagination import SyncPaginator
from ._version import __version__

__all__ = [
    "MAX_PAGE_SIZE",
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

_configure_logging_from_env()  # LOGTO_LOG=debug: see _logging.py
