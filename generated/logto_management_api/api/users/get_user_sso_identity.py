from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_sso_identity import UserSsoIdentity
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
    sso_connector_id: str,
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
        "url": "/api/users/{user_id}/sso-identities/{sso_connector_id}".format(
            user_id=path_segment(user_id, "get_user_sso_identity", "user_id"),
            sso_connector_id=path_segment(
                sso_connector_id, "get_user_sso_identity", "sso_connector_id"
            ),
        ),
        "params": params,
    }

    _kwargs["extensions"] = {"logto_management.since": "1.32.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserSsoIdentity | None:
    if response.status_code == 200:
        response_200 = UserSsoIdentity.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserSsoIdentity]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_user_sso_identity (GET /api/users/{user_id}/sso-identities/{sso_connector_id})",
            "UserSsoIdentity",
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
    sso_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> Response[UserSsoIdentity]:
    """Retrieve a user's enterprise SSO identity and associated token secret (if token storage is enabled).

     This API retrieves the user's enterprise SSO identity and associated token set record from the Logto
    Secret Vault. The token set will only be available if token storage is enabled for the corresponding
    SSO connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        sso_connector_id (str):
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
        Response[UserSsoIdentity]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sso_connector_id=sso_connector_id,
        include_token_secret=include_token_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    sso_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> UserSsoIdentity:
    """Retrieve a user's enterprise SSO identity and associated token secret (if token storage is enabled).

     This API retrieves the user's enterprise SSO identity and associated token set record from the Logto
    Secret Vault. The token set will only be available if token storage is enabled for the corresponding
    SSO connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        sso_connector_id (str):
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
        UserSsoIdentity
    """

    response = sync_detailed(
        user_id=user_id,
        sso_connector_id=sso_connector_id,
        client=client,
        include_token_secret=include_token_secret,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    sso_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> Response[UserSsoIdentity]:
    """Retrieve a user's enterprise SSO identity and associated token secret (if token storage is enabled).

     This API retrieves the user's enterprise SSO identity and associated token set record from the Logto
    Secret Vault. The token set will only be available if token storage is enabled for the corresponding
    SSO connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        sso_connector_id (str):
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
        Response[UserSsoIdentity]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sso_connector_id=sso_connector_id,
        include_token_secret=include_token_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    sso_connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_token_secret: bool | Unset = False,
) -> UserSsoIdentity:
    """Retrieve a user's enterprise SSO identity and associated token secret (if token storage is enabled).

     This API retrieves the user's enterprise SSO identity and associated token set record from the Logto
    Secret Vault. The token set will only be available if token storage is enabled for the corresponding
    SSO connector.

    Logto ≥ 1.32.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        sso_connector_id (str):
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
        UserSsoIdentity
    """

    response = await asyncio_detailed(
        user_id=user_id,
        sso_connector_id=sso_connector_id,
        client=client,
        include_token_secret=include_token_secret,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
