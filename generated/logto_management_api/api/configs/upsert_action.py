from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action import Action
from ...models.upsert_action_action_type import (
    UpsertActionActionType,
    check_upsert_action_action_type,
)
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    action_type: UpsertActionActionType,
    *,
    body: Action,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/configs/actions/{action_type}".format(
            action_type=path_segment(action_type, "upsert_action", "action_type"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {"logto_management.since": "1.42.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Action | None:
    if response.status_code == 200:
        response_200 = Action.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Action.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Action]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "upsert_action (PUT /api/configs/actions/{action_type})",
            "Action",
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
    action_type: UpsertActionActionType,
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> Response[Action]:
    """Create or update action

     Create or update an action configuration for the given action type.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        action_type (UpsertActionActionType):
        body (Action):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Action]
    """

    kwargs = _get_kwargs(
        action_type=action_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    action_type: UpsertActionActionType,
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> Action:
    """Create or update action

     Create or update an action configuration for the given action type.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        action_type (UpsertActionActionType):
        body (Action):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        Action
    """

    response = sync_detailed(
        action_type=action_type,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    action_type: UpsertActionActionType,
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> Response[Action]:
    """Create or update action

     Create or update an action configuration for the given action type.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        action_type (UpsertActionActionType):
        body (Action):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Action]
    """

    kwargs = _get_kwargs(
        action_type=action_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action_type: UpsertActionActionType,
    *,
    client: AuthenticatedClient | Client,
    body: Action,
) -> Action:
    """Create or update action

     Create or update an action configuration for the given action type.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        action_type (UpsertActionActionType):
        body (Action):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        Action
    """

    response = await asyncio_detailed(
        action_type=action_type,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
