from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_application_user_consent_scope_scope_type import (
    DeleteApplicationUserConsentScopeScopeType,
    check_delete_application_user_consent_scope_scope_type,
)
from ...types import UNSET, Response


def _get_kwargs(
    application_id: str,
    scope_type: DeleteApplicationUserConsentScopeScopeType,
    scope_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/applications/{application_id}/user-consent-scopes/{scope_type}/{scope_id}".format(
            application_id=quote(str(application_id), safe=""),
            scope_type=quote(str(scope_type), safe=""),
            scope_id=quote(str(scope_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    scope_type: DeleteApplicationUserConsentScopeScopeType,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove user consent scope from application.

     Remove the user consent scope from an application by application id, scope type and scope id

    Args:
        application_id (str):
        scope_type (DeleteApplicationUserConsentScopeScopeType):
        scope_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        scope_type=scope_type,
        scope_id=scope_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    application_id: str,
    scope_type: DeleteApplicationUserConsentScopeScopeType,
    scope_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove user consent scope from application.

     Remove the user consent scope from an application by application id, scope type and scope id

    Args:
        application_id (str):
        scope_type (DeleteApplicationUserConsentScopeScopeType):
        scope_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        scope_type=scope_type,
        scope_id=scope_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
