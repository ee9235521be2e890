from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.username_case_sensitivity_conflicts import (
    UsernameCaseSensitivityConflicts,
)
from ...types import MISFITS, UNSET, Response, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    limit: float = 20.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sign-in-exp/username-policy/case-sensitivity-conflicts",
        "params": params,
    }

    _kwargs["extensions"] = {"logto_management.since": "1.42.0"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UsernameCaseSensitivityConflicts | None:
    if response.status_code == 200:
        response_200 = UsernameCaseSensitivityConflicts.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UsernameCaseSensitivityConflicts]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_username_case_sensitivity_conflicts (GET /api/sign-in-exp/username-policy/case-sensitivity-conflicts)",
            "UsernameCaseSensitivityConflicts",
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
    limit: float = 20.0,
) -> Response[UsernameCaseSensitivityConflicts]:
    """Get username case-sensitivity conflicts

     List groups of usernames that collide when compared case-insensitively (i.e. usernames that would
    clash if the tenant switched to a case-insensitive username policy), with the total group count and
    a capped sample. Useful for surfacing conflicts before disabling case sensitivity.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        limit (float):  Default: 20.0.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UsernameCaseSensitivityConflicts]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: float = 20.0,
) -> UsernameCaseSensitivityConflicts:
    """Get username case-sensitivity conflicts

     List groups of usernames that collide when compared case-insensitively (i.e. usernames that would
    clash if the tenant switched to a case-insensitive username policy), with the total group count and
    a capped sample. Useful for surfacing conflicts before disabling case sensitivity.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        limit (float):  Default: 20.0.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UsernameCaseSensitivityConflicts
    """

    response = sync_detailed(
        client=client,
        limit=limit,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: float = 20.0,
) -> Response[UsernameCaseSensitivityConflicts]:
    """Get username case-sensitivity conflicts

     List groups of usernames that collide when compared case-insensitively (i.e. usernames that would
    clash if the tenant switched to a case-insensitive username policy), with the total group count and
    a capped sample. Useful for surfacing conflicts before disabling case sensitivity.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        limit (float):  Default: 20.0.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[UsernameCaseSensitivityConflicts]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: float = 20.0,
) -> UsernameCaseSensitivityConflicts:
    """Get username case-sensitivity conflicts

     List groups of usernames that collide when compared case-insensitively (i.e. usernames that would
    clash if the tenant switched to a case-insensitive username policy), with the total group count and
    a capped sample. Useful for surfacing conflicts before disabling case sensitivity.

    Logto ≥ 1.42.0: older releases answer 404 (no such route).

    Args:
        limit (float):  Default: 20.0.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        UsernameCaseSensitivityConflicts
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
