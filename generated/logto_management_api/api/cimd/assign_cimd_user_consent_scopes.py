from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_consent_scope_request import UserConsentScopeRequest
from ...types import MISFITS, UNSET, Response, answer_misfit_in


def _get_kwargs(
    *,
    body: UserConsentScopeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/cimd/user-consent-scopes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    _kwargs["extensions"] = {"logto_management.since": "master 1fbc55441f"}
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 201:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "assign_cimd_user_consent_scopes (POST /api/cimd/user-consent-scopes)",
            "Any",
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
    body: UserConsentScopeRequest,
) -> Response[Any]:
    """Assign CIMD user consent scopes

     Add scopes to the tenant-level permission ceiling for CIMD clients. Database-backed scopes are
    referenced by ID; Management API scopes can never be selected.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        body (UserConsentScopeRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserConsentScopeRequest,
) -> None:
    """Assign CIMD user consent scopes

     Add scopes to the tenant-level permission ceiling for CIMD clients. Database-backed scopes are
    referenced by ID; Management API scopes can never be selected.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        body (UserConsentScopeRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    if not (response.status_code == 201):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserConsentScopeRequest,
) -> Response[Any]:
    """Assign CIMD user consent scopes

     Add scopes to the tenant-level permission ceiling for CIMD clients. Database-backed scopes are
    referenced by ID; Management API scopes can never be selected.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        body (UserConsentScopeRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserConsentScopeRequest,
) -> None:
    """Assign CIMD user consent scopes

     Add scopes to the tenant-level permission ceiling for CIMD clients. Database-backed scopes are
    referenced by ID; Management API scopes can never be selected.

    Logto ≥ master 1fbc55441f: older releases answer 404 (no such route).

    Args:
        body (UserConsentScopeRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        None
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    if not (response.status_code == 201):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
