from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_social_identity import UserSocialIdentity
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
    target: str,
    *,
    include_token_secret: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeTokenSecret"] = include_token_secret

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    if not include_token_secret:
        params.pop("includeTokenSecret", None)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{user_id}/identities/{target}".format(
            user_id=path_segment(user_id, "get_user_identity", "user_id"),
            target=path_segment(target, "get_user_identity", "target"),
        ),
        "params": params,
    }

    _kwargs["extensions"] = {"logto_management.since": "1.32.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserSocialIdentity | None:
    if response.status_code == 200:
        response_200 = UserSocialIdentity.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserSocialIdentity]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_user_identity (GET /api/users/{user_id}/identities/{target})",
            "UserSocialIdentity",
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
    target: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> Response[UserSocialIdentity]:
    """Retrieve a user's social identity and associated token storage .

     This API retrieves the social identity and its associated token set for the specified user from the
    Logto Secret Vault. The token set will only be available if token storage is enabled for the
    corresponding social connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        target (str):
        include_token_secret (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UserSocialIdentity]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        target=target,
        include_token_secret=include_token_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    target: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> UserSocialIdentity:
    """Retrieve a user's social identity and associated token storage .

     This API retrieves the social identity and its associated token set for the specified user from the
    Logto Secret Vault. The token set will only be available if token storage is enabled for the
    corresponding social connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        target (str):
        include_token_secret (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UserSocialIdentity
    """

    response = sync_detailed(
        user_id=user_id,
        target=target,
        client=client,
        include_token_secret=include_token_secret,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    target: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> Response[UserSocialIdentity]:
    """Retrieve a user's social identity and associated token storage .

     This API retrieves the social identity and its associated token set for the specified user from the
    Logto Secret Vault. The token set will only be available if token storage is enabled for the
    corresponding social connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        target (str):
        include_token_secret (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UserSocialIdentity]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        target=target,
        include_token_secret=include_token_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    target: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> UserSocialIdentity:
    """Retrieve a user's social identity and associated token storage .

     This API retrieves the social identity and its associated token set for the specified user from the
    Logto Secret Vault. The token set will only be available if token storage is enabled for the
    corresponding social connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        target (str):
        include_token_secret (bool | Unset):  Default: False.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UserSocialIdentity
    """

    response = await asyncio_detailed(
        user_id=user_id,
        target=target,
        client=client,
        include_token_secret=include_token_secret,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
