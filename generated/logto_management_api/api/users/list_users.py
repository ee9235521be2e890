from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_params import SearchParams
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_search_params: dict[str, Any] | Unset = UNSET
    if not isinstance(search_params, Unset):
        json_search_params = search_params.to_dict()
    if not isinstance(json_search_params, Unset):
        params.update(json_search_params)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[User] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = User.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[User]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> Response[list[User]]:
    """Get users

     Get users with filters and pagination.

    Logto provides a very flexible way to query users. You can filter users by almost any fields with
    multiple modes. To learn more about the query syntax, please refer to [Advanced user
    search](https://docs.logto.io/docs/recipes/manage-users/advanced-user-search/).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[User]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search_params=search_params,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> list[User] | None:
    """Get users

     Get users with filters and pagination.

    Logto provides a very flexible way to query users. You can filter users by almost any fields with
    multiple modes. To learn more about the query syntax, please refer to [Advanced user
    search](https://docs.logto.io/docs/recipes/manage-users/advanced-user-search/).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[User]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search_params=search_params,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> Response[list[User]]:
    """Get users

     Get users with filters and pagination.

    Logto provides a very flexible way to query users. You can filter users by almost any fields with
    multiple modes. To learn more about the query syntax, please refer to [Advanced user
    search](https://docs.logto.io/docs/recipes/manage-users/advanced-user-search/).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[User]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search_params=search_params,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> list[User] | None:
    """Get users

     Get users with filters and pagination.

    Logto provides a very flexible way to query users. You can filter users by almost any fields with
    multiple modes. To learn more about the query syntax, please refer to [Advanced user
    search](https://docs.logto.io/docs/recipes/manage-users/advanced-user-search/).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[User]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search_params=search_params,
        )
    ).parsed
