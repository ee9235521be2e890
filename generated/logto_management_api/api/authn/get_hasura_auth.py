from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hasura_auth import HasuraAuth
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, json_loads


def _get_kwargs(
    *,
    resource: str,
    unauthorized_role: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["resource"] = resource

    params["unauthorizedRole"] = unauthorized_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/authn/hasura",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HasuraAuth | None:
    if response.status_code == 200:
        response_200 = HasuraAuth.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HasuraAuth]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "get_hasura_auth (GET /api/authn/hasura)",
            "HasuraAuth",
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
    resource: str,
    unauthorized_role: str | Unset = UNSET,
) -> Response[HasuraAuth]:
    """Hasura auth hook endpoint

     The `HASURA_GRAPHQL_AUTH_HOOK` endpoint for Hasura auth. Use this endpoint to integrate Hasura's
    [webhook authentication flow](https://hasura.io/docs/latest/auth/authentication/webhook/).

    Args:
        resource (str):
        unauthorized_role (str | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[HasuraAuth]
    """

    kwargs = _get_kwargs(
        resource=resource,
        unauthorized_role=unauthorized_role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resource: str,
    unauthorized_role: str | Unset = UNSET,
) -> HasuraAuth:
    """Hasura auth hook endpoint

     The `HASURA_GRAPHQL_AUTH_HOOK` endpoint for Hasura auth. Use this endpoint to integrate Hasura's
    [webhook authentication flow](https://hasura.io/docs/latest/auth/authentication/webhook/).

    Args:
        resource (str):
        unauthorized_role (str | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        HasuraAuth
    """

    response = sync_detailed(
        client=client,
        resource=resource,
        unauthorized_role=unauthorized_role,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource: str,
    unauthorized_role: str | Unset = UNSET,
) -> Response[HasuraAuth]:
    """Hasura auth hook endpoint

     The `HASURA_GRAPHQL_AUTH_HOOK` endpoint for Hasura auth. Use this endpoint to integrate Hasura's
    [webhook authentication flow](https://hasura.io/docs/latest/auth/authentication/webhook/).

    Args:
        resource (str):
        unauthorized_role (str | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[HasuraAuth]
    """

    kwargs = _get_kwargs(
        resource=resource,
        unauthorized_role=unauthorized_role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource: str,
    unauthorized_role: str | Unset = UNSET,
) -> HasuraAuth:
    """Hasura auth hook endpoint

     The `HASURA_GRAPHQL_AUTH_HOOK` endpoint for Hasura auth. Use this endpoint to integrate Hasura's
    [webhook authentication flow](https://hasura.io/docs/latest/auth/authentication/webhook/).

    Args:
        resource (str):
        unauthorized_role (str | Unset):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        HasuraAuth
    """

    response = await asyncio_detailed(
        client=client,
        resource=resource,
        unauthorized_role=unauthorized_role,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
