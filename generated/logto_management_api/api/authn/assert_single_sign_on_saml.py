from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assert_single_sign_on_saml_body import AssertSingleSignOnSamlBody
from ...types import MISFITS, UNSET, Response, answer_misfit_in, path_segment


def _get_kwargs(
    connector_id: str,
    *,
    body: AssertSingleSignOnSamlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/authn/single-sign-on/saml/{connector_id}".format(
            connector_id=path_segment(connector_id, "assert_single_sign_on_saml", "connector_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
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
            "assert_single_sign_on_saml (POST /api/authn/single-sign-on/saml/{connector_id})",
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
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssertSingleSignOnSamlBody,
) -> Response[Any]:
    """SAML ACS endpoint (SSO)

     The Assertion Consumer Service (ACS) endpoint for Simple Assertion Markup Language (SAML) single
    sign-on (SSO) connectors.

    This endpoint is used to complete the SAML SSO authentication flow. It receives the SAML assertion
    response from the identity provider (IdP) and redirects the user to complete the authentication
    flow.

    Args:
        connector_id (str):
        body (AssertSingleSignOnSamlBody):

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
        connector_id=connector_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssertSingleSignOnSamlBody,
) -> None:
    """SAML ACS endpoint (SSO)

     The Assertion Consumer Service (ACS) endpoint for Simple Assertion Markup Language (SAML) single
    sign-on (SSO) connectors.

    This endpoint is used to complete the SAML SSO authentication flow. It receives the SAML assertion
    response from the identity provider (IdP) and redirects the user to complete the authentication
    flow.

    Args:
        connector_id (str):
        body (AssertSingleSignOnSamlBody):

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
        connector_id=connector_id,
        client=client,
        body=body,
    )
    if not (200 <= response.status_code < 300):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssertSingleSignOnSamlBody,
) -> Response[Any]:
    """SAML ACS endpoint (SSO)

     The Assertion Consumer Service (ACS) endpoint for Simple Assertion Markup Language (SAML) single
    sign-on (SSO) connectors.

    This endpoint is used to complete the SAML SSO authentication flow. It receives the SAML assertion
    response from the identity provider (IdP) and redirects the user to complete the authentication
    flow.

    Args:
        connector_id (str):
        body (AssertSingleSignOnSamlBody):

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
        connector_id=connector_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connector_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssertSingleSignOnSamlBody,
) -> None:
    """SAML ACS endpoint (SSO)

     The Assertion Consumer Service (ACS) endpoint for Simple Assertion Markup Language (SAML) single
    sign-on (SSO) connectors.

    This endpoint is used to complete the SAML SSO authentication flow. It receives the SAML assertion
    response from the identity provider (IdP) and redirects the user to complete the authentication
    flow.

    Args:
        connector_id (str):
        body (AssertSingleSignOnSamlBody):

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
        connector_id=connector_id,
        client=client,
        body=body,
    )
    if not (200 <= response.status_code < 300):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
