from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_scope import OrganizationScope
from ...types import UNSET, Response


def _get_kwargs(
    id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations/{id}/users/{user_id}/scopes".format(
            id=quote(str(id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrganizationScope] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrganizationScope.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OrganizationScope]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[OrganizationScope]]:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrganizationScope]]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[OrganizationScope] | None:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrganizationScope]
    """

    return sync_detailed(
        id=id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[OrganizationScope]]:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OrganizationScope]]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[OrganizationScope] | None:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OrganizationScope]
    """

    return (
        await asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
        )
    ).parsed
