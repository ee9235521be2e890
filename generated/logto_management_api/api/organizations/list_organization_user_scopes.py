from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_scope import OrganizationScope
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations/{id}/users/{user_id}/scopes".format(
            id=path_segment(id, "list_organization_user_scopes", "id"),
            user_id=path_segment(user_id, "list_organization_user_scopes", "user_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrganizationScope] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
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
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_organization_user_scopes (GET /api/organizations/{id}/users/{user_id}/scopes)",
            "list[OrganizationScope]",
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
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
) -> list[OrganizationScope]:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OrganizationScope]
    """

    response = sync_detailed(
        id=id,
        user_id=user_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


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
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
) -> list[OrganizationScope]:
    """Get scopes for a user in an organization tailored by the organization roles

     Get scopes assigned to a user in the specified organization tailored by the organization roles. The
    scopes are derived from the organization roles assigned to the user.

    Args:
        id (str):
        user_id (str):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OrganizationScope]
    """

    response = await asyncio_detailed(
        id=id,
        user_id=user_id,
        client=client,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
