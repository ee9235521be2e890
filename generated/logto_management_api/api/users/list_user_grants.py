from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_user_grants_app_type import (
    ListUserGrantsAppType,
    check_list_user_grants_app_type,
)
from ...models.user_grants import UserGrants
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
    user_id: str,
    *,
    app_type: ListUserGrantsAppType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_type: str | Unset = UNSET
    if not isinstance(app_type, Unset):
        json_app_type = app_type

    params["appType"] = json_app_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{user_id}/grants".format(
            user_id=path_segment(user_id, "list_user_grants", "user_id"),
        ),
        "params": params,
    }

    _kwargs["extensions"] = {"logto_management.since": "1.42.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserGrants | None:
    if response.status_code == 200:
        response_200 = UserGrants.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserGrants]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "list_user_grants (GET /api/users/{user_id}/grants)",
            "UserGrants",
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
    app_type: ListUserGrantsAppType | Unset = UNSET,
) -> Response[UserGrants]:
    """Get user active grants

     Retrieve all non-expired grants of the user. Optionally filter by application type via `appType`;
    when omitted, grants from all application types are returned.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        app_type (ListUserGrantsAppType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UserGrants]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        app_type=app_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_type: ListUserGrantsAppType | Unset = UNSET,
) -> UserGrants:
    """Get user active grants

     Retrieve all non-expired grants of the user. Optionally filter by application type via `appType`;
    when omitted, grants from all application types are returned.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        app_type (ListUserGrantsAppType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UserGrants
    """

    response = sync_detailed(
        user_id=user_id,
        client=client,
        app_type=app_type,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_type: ListUserGrantsAppType | Unset = UNSET,
) -> Response[UserGrants]:
    """Get user active grants

     Retrieve all non-expired grants of the user. Optionally filter by application type via `appType`;
    when omitted, grants from all application types are returned.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        app_type (ListUserGrantsAppType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UserGrants]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        app_type=app_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    app_type: ListUserGrantsAppType | Unset = UNSET,
) -> UserGrants:
    """Get user active grants

     Retrieve all non-expired grants of the user. Optionally filter by application type via `appType`;
    when omitted, grants from all application types are returned.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        user_id (str):
        app_type (ListUserGrantsAppType | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UserGrants
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        app_type=app_type,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
