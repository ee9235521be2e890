from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_user import OrganizationUser
from ...types import (
    MISFITS,
    UNSET,
    Response,
    Unset,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    id: str,
    *,
    q: str | Unset = UNSET,
    organization_role_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["organizationRoleId"] = organization_role_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations/{id}/users".format(
            id=path_segment(id, "list_organization_users", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrganizationUser] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = OrganizationUser.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OrganizationUser]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_organization_users (GET /api/organizations/{id}/users)",
            "list[OrganizationUser]",
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
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization_role_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[list[OrganizationUser]]:
    """Get organization user members

     Get users that are members of the specified organization for the given query with pagination.

    Args:
        id (str):
        q (str | Unset):
        organization_role_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[OrganizationUser]]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
        organization_role_id=organization_role_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization_role_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> list[OrganizationUser]:
    """Get organization user members

     Get users that are members of the specified organization for the given query with pagination.

    Args:
        id (str):
        q (str | Unset):
        organization_role_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OrganizationUser]
    """

    response = sync_detailed(
        id=id,
        client=client,
        q=q,
        organization_role_id=organization_role_id,
        page=page,
        page_size=page_size,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization_role_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> Response[list[OrganizationUser]]:
    """Get organization user members

     Get users that are members of the specified organization for the given query with pagination.

    Args:
        id (str):
        q (str | Unset):
        organization_role_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[OrganizationUser]]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
        organization_role_id=organization_role_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization_role_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
) -> list[OrganizationUser]:
    """Get organization user members

     Get users that are members of the specified organization for the given query with pagination.

    Args:
        id (str):
        q (str | Unset):
        organization_role_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[OrganizationUser]
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        q=q,
        organization_role_id=organization_role_id,
        page=page,
        page_size=page_size,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
