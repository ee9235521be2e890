from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_jwt_customizer import AccessTokenJwtCustomizer
from ...models.client_credentials_jwt_customizer import ClientCredentialsJwtCustomizer
from ...models.jwt_customizer_request import JwtCustomizerRequest
from ...models.upsert_jwt_customizer_token_type_path import (
    UpsertJwtCustomizerTokenTypePath,
    check_upsert_jwt_customizer_token_type_path,
)
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    token_type_path: UpsertJwtCustomizerTokenTypePath,
    *,
    body: JwtCustomizerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/configs/jwt-customizer/{token_type_path}".format(
            token_type_path=path_segment(
                token_type_path, "upsert_jwt_customizer", "token_type_path"
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AccessTokenJwtCustomizer.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ClientCredentialsJwtCustomizer.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_loads(response.content))

        return response_200

    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = AccessTokenJwtCustomizer.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = ClientCredentialsJwtCustomizer.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "upsert_jwt_customizer (PUT /api/configs/jwt-customizer/{token_type_path})",
            "AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer",
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
    token_type_path: UpsertJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
    body: JwtCustomizerRequest,
) -> Response[AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer]:
    """Create or update JWT customizer

     Create or update a JWT customizer for the given token type.

    Args:
        token_type_path (UpsertJwtCustomizerTokenTypePath):
        body (JwtCustomizerRequest):  Example: {}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer]
    """

    kwargs = _get_kwargs(
        token_type_path=token_type_path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_type_path: UpsertJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
    body: JwtCustomizerRequest,
) -> AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer:
    """Create or update JWT customizer

     Create or update a JWT customizer for the given token type.

    Args:
        token_type_path (UpsertJwtCustomizerTokenTypePath):
        body (JwtCustomizerRequest):  Example: {}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer
    """

    response = sync_detailed(
        token_type_path=token_type_path,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    token_type_path: UpsertJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
    body: JwtCustomizerRequest,
) -> Response[AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer]:
    """Create or update JWT customizer

     Create or update a JWT customizer for the given token type.

    Args:
        token_type_path (UpsertJwtCustomizerTokenTypePath):
        body (JwtCustomizerRequest):  Example: {}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer]
    """

    kwargs = _get_kwargs(
        token_type_path=token_type_path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_type_path: UpsertJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
    body: JwtCustomizerRequest,
) -> AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer:
    """Create or update JWT customizer

     Create or update a JWT customizer for the given token type.

    Args:
        token_type_path (UpsertJwtCustomizerTokenTypePath):
        body (JwtCustomizerRequest):  Example: {}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        AccessTokenJwtCustomizer | ClientCredentialsJwtCustomizer
    """

    response = await asyncio_detailed(
        token_type_path=token_type_path,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
