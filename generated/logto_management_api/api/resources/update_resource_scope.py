from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scope import Scope
from ...models.update_resource_scope_body import UpdateResourceScopeBody
from ...types import UNSET, Response


def _get_kwargs(
    resource_id: str,
    scope_id: str,
    *,
    body: UpdateResourceScopeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/resources/{resource_id}/scopes/{scope_id}".format(
            resource_id=quote(str(resource_id), safe=""),
            scope_id=quote(str(scope_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Scope | None:
    if response.status_code == 200:
        response_200 = Scope.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Scope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResourceScopeBody,
) -> Response[Scope]:
    """Update API resource scope

     Update an API resource scope (permission) for the given resource. This method performs a partial
    update.

    Args:
        resource_id (str):
        scope_id (str):
        body (UpdateResourceScopeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Scope]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        scope_id=scope_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResourceScopeBody,
) -> Scope | None:
    """Update API resource scope

     Update an API resource scope (permission) for the given resource. This method performs a partial
    update.

    Args:
        resource_id (str):
        scope_id (str):
        body (UpdateResourceScopeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Scope
    """

    return sync_detailed(
        resource_id=resource_id,
        scope_id=scope_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResourceScopeBody,
) -> Response[Scope]:
    """Update API resource scope

     Update an API resource scope (permission) for the given resource. This method performs a partial
    update.

    Args:
        resource_id (str):
        scope_id (str):
        body (UpdateResourceScopeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Scope]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        scope_id=scope_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResourceScopeBody,
) -> Scope | None:
    """Update API resource scope

     Update an API resource scope (permission) for the given resource. This method performs a partial
    update.

    Args:
        resource_id (str):
        scope_id (str):
        body (UpdateResourceScopeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Scope
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            scope_id=scope_id,
            client=client,
            body=body,
        )
    ).parsed
