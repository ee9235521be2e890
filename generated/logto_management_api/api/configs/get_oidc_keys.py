from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_oidc_keys_key_type import (
    GetOidcKeysKeyType,
    check_get_oidc_keys_key_type,
)
from ...models.oidc_key import OidcKey
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    key_type: GetOidcKeysKeyType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/configs/oidc/{key_type}".format(
            key_type=path_segment(key_type, "get_oidc_keys", "key_type"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OidcKey] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = OidcKey.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OidcKey]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_oidc_keys (GET /api/configs/oidc/{key_type})",
            "list[OidcKey]",
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
    key_type: GetOidcKeysKeyType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[OidcKey]]:
    """Get OIDC keys

     Get OIDC signing keys by key type. The actual key will be redacted from the result.

    Args:
        key_type (GetOidcKeysKeyType):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[OidcKey]]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_type: GetOidcKeysKeyType,
    *,
    client: AuthenticatedClient | Client,
) -> list[OidcKey]:
    """Get OIDC keys

     Get OIDC signing keys by key type. The actual key will be redacted from the result.

    Args:
        key_type (GetOidcKeysKeyType):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OidcKey]
    """

    response = sync_detailed(
        key_type=key_type,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    key_type: GetOidcKeysKeyType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[OidcKey]]:
    """Get OIDC keys

     Get OIDC signing keys by key type. The actual key will be redacted from the result.

    Args:
        key_type (GetOidcKeysKeyType):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[OidcKey]]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_type: GetOidcKeysKeyType,
    *,
    client: AuthenticatedClient | Client,
) -> list[OidcKey]:
    """Get OIDC keys

     Get OIDC signing keys by key type. The actual key will be redacted from the result.

    Args:
        key_type (GetOidcKeysKeyType):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OidcKey]
    """

    response = await asyncio_detailed(
        key_type=key_type,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
