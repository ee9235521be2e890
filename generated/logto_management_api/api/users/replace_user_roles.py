from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.role_ids import RoleIds
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    user_id: str,
    *,
    body: RoleIds,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/users/{user_id}/roles".format(
            user_id=path_segment(user_id, "replace_user_roles", "user_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RoleIds | None:
    if response.status_code == 200:
        if response.content.lstrip()[:1] not in (b"{", b"["):
            return None  # Logto < 1.36.0: "Created" as text
        response_200 = RoleIds.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RoleIds | None]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "replace_user_roles (PUT /api/users/{user_id}/roles)",
            "RoleIds | None",
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
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleIds,
) -> Response[RoleIds | None]:
    """Update roles for user

     Update API resource roles assigned to the user. This will replace the existing roles.

    Logto < 1.36.0 answers without a JSON body (text such as "Created"): this returns None then.

    Args:
        user_id (str):
        body (RoleIds):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[RoleIds | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleIds,
) -> RoleIds | None:
    """Update roles for user

     Update API resource roles assigned to the user. This will replace the existing roles.

    Logto < 1.36.0 answers without a JSON body (text such as "Created"): this returns None then.

    Args:
        user_id (str):
        body (RoleIds):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        RoleIds | None
    """

    response = sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None and not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleIds,
) -> Response[RoleIds | None]:
    """Update roles for user

     Update API resource roles assigned to the user. This will replace the existing roles.

    Logto < 1.36.0 answers without a JSON body (text such as "Created"): this returns None then.

    Args:
        user_id (str):
        body (RoleIds):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[RoleIds | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RoleIds,
) -> RoleIds | None:
    """Update roles for user

     Update API resource roles assigned to the user. This will replace the existing roles.

    Logto < 1.36.0 answers without a JSON body (text such as "Created"): this returns None then.

    Args:
        user_id (str):
        body (RoleIds):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        RoleIds | None
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None and not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
