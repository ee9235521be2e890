from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, path_segment


def _get_kwargs(
    id: str,
    *,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["code"] = code

    params["state"] = state

    params["redirectUri"] = redirect_uri

    params["error"] = error

    params["error_description"] = error_description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/saml-applications/{id}/callback".format(
            id=path_segment(id, "get_saml_application_callback", "id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
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
            "get_saml_application_callback (GET /api/saml-applications/{id}/callback)",
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any]:
    """SAML application callback

     Handle the OIDC callback for SAML application and generate SAML response.

    Args:
        id (str):
        code (str | Unset):
        state (str | Unset):
        redirect_uri (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

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
        id=id,
        code=code,
        state=state,
        redirect_uri=redirect_uri,
        error=error,
        error_description=error_description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> None:
    """SAML application callback

     Handle the OIDC callback for SAML application and generate SAML response.

    Args:
        id (str):
        code (str | Unset):
        state (str | Unset):
        redirect_uri (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

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
        id=id,
        client=client,
        code=code,
        state=state,
        redirect_uri=redirect_uri,
        error=error,
        error_description=error_description,
    )
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> Response[Any]:
    """SAML application callback

     Handle the OIDC callback for SAML application and generate SAML response.

    Args:
        id (str):
        code (str | Unset):
        state (str | Unset):
        redirect_uri (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

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
        id=id,
        code=code,
        state=state,
        redirect_uri=redirect_uri,
        error=error,
        error_description=error_description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    code: str | Unset = UNSET,
    state: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    error: str | Unset = UNSET,
    error_description: str | Unset = UNSET,
) -> None:
    """SAML application callback

     Handle the OIDC callback for SAML application and generate SAML response.

    Args:
        id (str):
        code (str | Unset):
        state (str | Unset):
        redirect_uri (str | Unset):
        error (str | Unset):
        error_description (str | Unset):

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
        id=id,
        client=client,
        code=code,
        state=state,
        redirect_uri=redirect_uri,
        error=error,
        error_description=error_description,
    )
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
