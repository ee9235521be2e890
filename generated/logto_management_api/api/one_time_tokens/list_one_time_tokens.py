from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_one_time_tokens_status import (
    ListOneTimeTokensStatus,
    check_list_one_time_tokens_status,
)
from ...models.one_time_token import OneTimeToken
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, json_loads


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
        _response_200 = json_loads(response.content)
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
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_one_time_tokens (GET /api/one-time-tokens)",
            "list[OneTimeToken]",
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
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
) -> list[OneTimeToken]:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
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
        list[OneTimeToken]
    """

    response = sync_detailed(
        client=client,
        email=email,
        status=status,
        page=page,
        page_size=page_size,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


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
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

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
) -> list[OneTimeToken]:
    """Get one-time tokens

     Get a list of one-time tokens, filtering by email and status, with optional pagination.

    Args:
        email (str | Unset):
        status (ListOneTimeTokensStatus | Unset):
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
        list[OneTimeToken]
    """

    response = await asyncio_detailed(
        client=client,
        email=email,
        status=status,
        page=page,
        page_size=page_size,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
