from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user import User
from ...types import (
    MISFITS,
    UNSET,
    Response,
    Unset,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    user_id: str,
    *,
    include_sso_identities: bool | Unset = False,
    include_password_hash: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeSsoIdentities"] = include_sso_identities

    params["includePasswordHash"] = include_password_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if not include_sso_identities:
        params.pop("includeSsoIdentities", None)
    if not include_password_hash:
        params.pop("includePasswordHash", None)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{user_id}".format(
            user_id=path_segment(user_id, "get_user", "user_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[User]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_user (GET /api/users/{user_id})",
            "User",
            response,
            _exc,
        )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_sso_identities: bool | Unset = False,
    include_password_hash: bool | Unset = False,
) -> Response[User]:
    """Get user

     Get user data for the given ID.

    Args:
        user_id (str):
        include_sso_identities (bool | Unset):  Default: False.
        include_password_hash (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        include_sso_identities=include_sso_identities,
        include_password_hash=include_password_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_sso_identities: bool | Unset = False,
    include_password_hash: bool | Unset = False,
) -> User:
    """Get user

     Get user data for the given ID.

    Args:
        user_id (str):
        include_sso_identities (bool | Unset):  Default: False.
        include_password_hash (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        User
    """

    response = sync_detailed(
        user_id=user_id,
        client=client,
        include_sso_identities=include_sso_identities,
        include_password_hash=include_password_hash,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_sso_identities: bool | Unset = False,
    include_password_hash: bool | Unset = False,
) -> Response[User]:
    """Get user

     Get user data for the given ID.

    Args:
        user_id (str):
        include_sso_identities (bool | Unset):  Default: False.
        include_password_hash (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        include_sso_identities=include_sso_identities,
        include_password_hash=include_password_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_sso_identities: bool | Unset = False,
    include_password_hash: bool | Unset = False,
) -> User:
    """Get user

     Get user data for the given ID.

    Args:
        user_id (str):
        include_sso_identities (bool | Unset):  Default: False.
        include_password_hash (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        User
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        include_sso_identities=include_sso_identities,
        include_password_hash=include_password_hash,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
