from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_jwt_customizer_token_type_path import (
    DeleteJwtCustomizerTokenTypePath,
    check_delete_jwt_customizer_token_type_path,
)
from ...types import UNSET, Response


def _get_kwargs(
    token_type_path: DeleteJwtCustomizerTokenTypePath,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/configs/jwt-customizer/{token_type_path}".format(
            token_type_path=quote(str(token_type_path), safe=""),
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        token_type_path=token_type_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
