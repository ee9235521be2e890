from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_jwt_customizer_token_type_path import (
    DeleteJwtCustomizerTokenTypePath,
    check_delete_jwt_customizer_token_type_path,
)
from ...types import MISFITS, UNSET, Response, answer_misfit_in, path_segment


def _get_kwargs(
    token_type_path: DeleteJwtCustomizerTokenTypePath,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/configs/jwt-customizer/{token_type_path}".format(
            token_type_path=path_segment(
                token_type_path, "delete_jwt_customizer", "token_type_path"
            ),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "delete_jwt_customizer (DELETE /api/configs/jwt-customizer/{token_type_path})",
            "Any",
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
    token_type_path: DeleteJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete JWT customizer

     Delete the JWT customizer for the given token type.

    Args:
        token_type_path (DeleteJwtCustomizerTokenTypePath):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        token_type_path=token_type_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_type_path: DeleteJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete JWT customizer

     Delete the JWT customizer for the given token type.

    Args:
        token_type_path (DeleteJwtCustomizerTokenTypePath):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = sync_detailed(
        token_type_path=token_type_path,
        client=client,
    )
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    token_type_path: DeleteJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete JWT customizer

     Delete the JWT customizer for the given token type.

    Args:
        token_type_path (DeleteJwtCustomizerTokenTypePath):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        token_type_path=token_type_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_type_path: DeleteJwtCustomizerTokenTypePath,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete JWT customizer

     Delete the JWT customizer for the given token type.

    Args:
        token_type_path (DeleteJwtCustomizerTokenTypePath):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = await asyncio_detailed(
        token_type_path=token_type_path,
        client=client,
    )
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
