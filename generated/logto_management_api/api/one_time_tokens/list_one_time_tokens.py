from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_one_time_tokens_status import (
    ListOneTimeTokensStatus,
    check_list_one_time_tokens_status,
)
from ...models.one_time_token import OneTimeToken
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    status: ListOneTimeTokensStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/one-time-tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OneTimeToken] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OneTimeToken.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OneTimeToken]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    status: ListOneTimeTokensStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[list[OneTimeToken]]:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OneTimeToken]]
    """

    kwargs = _get_kwargs(
        email=email,
        status=status,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    status: ListOneTimeTokensStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> list[OneTimeToken] | None:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OneTimeToken]
    """

    return sync_detailed(
        client=client,
        email=email,
        status=status,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    status: ListOneTimeTokensStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[list[OneTimeToken]]:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OneTimeToken]]
    """

    kwargs = _get_kwargs(
        email=email,
        status=status,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    status: ListOneTimeTokensStatus | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> list[OneTimeToken] | None:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OneTimeToken]
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            status=status,
            page=page,
            page_size=page_size,
        )
    ).parsed
