from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.search_params import SearchParams
from ...types import (
    MISFITS,
    UNSET,
    Response,
    Unset,
    answer_misfit_in,
    check_query_names,
    json_loads,
    path_segment,
)


def _get_kwargs(
    id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> dict[str, Any]:

    check_query_names(
        search_params,
        (
            "page",
            "page_size",
        ),
        "list_role_applications",
        "search_params",
    )
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
        "url": "/api/roles/{id}/applications".format(
            id=path_segment(id, "list_role_applications", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Application] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = Application.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Application]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_role_applications (GET /api/roles/{id}/applications)",
            "list[Application]",
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
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> Response[list[Application]]:
    """Get role applications

     Get applications that have the role assigned with pagination.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[Application]]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        search_params=search_params,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> list[Application]:
    """Get role applications

     Get applications that have the role assigned with pagination.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[Application]
    """

    response = sync_detailed(
        id=id,
        client=client,
        page=page,
        page_size=page_size,
        search_params=search_params,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> Response[list[Application]]:
    """Get role applications

     Get applications that have the role assigned with pagination.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[list[Application]]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        search_params=search_params,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    search_params: SearchParams | Unset = UNSET,
) -> list[Application]:
    """Get role applications

     Get applications that have the role assigned with pagination.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        search_params (SearchParams | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        list[Application]
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        page=page,
        page_size=page_size,
        search_params=search_params,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
