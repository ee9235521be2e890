from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_jwt_customizer_test_request import (
    AccessTokenJwtCustomizerTestRequest,
)
from ...models.client_credentials_jwt_customizer_test_request import (
    ClientCredentialsJwtCustomizerTestRequest,
)
from ...models.json_object import JsonObject
from ...types import MISFITS, UNSET, Response, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    body: AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/configs/jwt-customizer/test",
    }

    if isinstance(body, AccessTokenJwtCustomizerTestRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JsonObject | None:
    if response.status_code == 200:
        response_200 = dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JsonObject]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "test_jwt_customizer (POST /api/configs/jwt-customizer/test)",
            "JsonObject",
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
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest,
) -> Response[JsonObject]:
    """Test JWT customizer

     Test the JWT customizer script with the given sample context and sample token payload.

    Args:
        body (AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[JsonObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest,
) -> JsonObject:
    """Test JWT customizer

     Test the JWT customizer script with the given sample context and sample token payload.

    Args:
        body (AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        JsonObject
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest,
) -> Response[JsonObject]:
    """Test JWT customizer

     Test the JWT customizer script with the given sample context and sample token payload.

    Args:
        body (AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[JsonObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest,
) -> JsonObject:
    """Test JWT customizer

     Test the JWT customizer script with the given sample context and sample token payload.

    Args:
        body (AccessTokenJwtCustomizerTestRequest | ClientCredentialsJwtCustomizerTestRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        JsonObject
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
