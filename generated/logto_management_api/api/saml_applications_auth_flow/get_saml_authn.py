from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import MISFITS, UNSET, Response, Unset, answer_misfit_in, path_segment


def _get_kwargs(
    id: str,
    *,
    saml_request: str,
    signature: str | Unset = UNSET,
    sig_alg: str | Unset = UNSET,
    relay_state: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["SAMLRequest"] = saml_request

    params["Signature"] = signature

    params["SigAlg"] = sig_alg

    json_relay_state: None | str | Unset
    if isinstance(relay_state, Unset):
        json_relay_state = UNSET
    else:
        json_relay_state = relay_state
    params["RelayState"] = json_relay_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/saml/{id}/authn".format(
            id=path_segment(id, "get_saml_authn", "id"),
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
            "get_saml_authn (GET /api/saml/{id}/authn)",
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
    saml_request: str,
    signature: str | Unset = UNSET,
    sig_alg: str | Unset = UNSET,
    relay_state: None | str | Unset = UNSET,
) -> Response[Any]:
    """Handle SAML authentication request (Redirect binding)

     Process SAML authentication request using HTTP Redirect binding.

    Args:
        id (str):
        saml_request (str):
        signature (str | Unset):
        sig_alg (str | Unset):
        relay_state (None | str | Unset):

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
        saml_request=saml_request,
        signature=signature,
        sig_alg=sig_alg,
        relay_state=relay_state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    saml_request: str,
    signature: str | Unset = UNSET,
    sig_alg: str | Unset = UNSET,
    relay_state: None | str | Unset = UNSET,
) -> None:
    """Handle SAML authentication request (Redirect binding)

     Process SAML authentication request using HTTP Redirect binding.

    Args:
        id (str):
        saml_request (str):
        signature (str | Unset):
        sig_alg (str | Unset):
        relay_state (None | str | Unset):

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
        saml_request=saml_request,
        signature=signature,
        sig_alg=sig_alg,
        relay_state=relay_state,
    )
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    saml_request: str,
    signature: str | Unset = UNSET,
    sig_alg: str | Unset = UNSET,
    relay_state: None | str | Unset = UNSET,
) -> Response[Any]:
    """Handle SAML authentication request (Redirect binding)

     Process SAML authentication request using HTTP Redirect binding.

    Args:
        id (str):
        saml_request (str):
        signature (str | Unset):
        sig_alg (str | Unset):
        relay_state (None | str | Unset):

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
        saml_request=saml_request,
        signature=signature,
        sig_alg=sig_alg,
        relay_state=relay_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    saml_request: str,
    signature: str | Unset = UNSET,
    sig_alg: str | Unset = UNSET,
    relay_state: None | str | Unset = UNSET,
) -> None:
    """Handle SAML authentication request (Redirect binding)

     Process SAML authentication request using HTTP Redirect binding.

    Args:
        id (str):
        saml_request (str):
        signature (str | Unset):
        sig_alg (str | Unset):
        relay_state (None | str | Unset):

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
        saml_request=saml_request,
        signature=signature,
        sig_alg=sig_alg,
        relay_state=relay_state,
    )
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
