from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_verification_code_request import EmailVerificationCodeRequest
from ...models.phone_verification_code_request import PhoneVerificationCodeRequest
from ...types import MISFITS, UNSET, Response, answer_misfit_in


def _get_kwargs(
    *,
    body: EmailVerificationCodeRequest | PhoneVerificationCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/verification-codes",
    }

    if isinstance(body, EmailVerificationCodeRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_verification_code (POST /api/verification-codes)",
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
    body: EmailVerificationCodeRequest | PhoneVerificationCodeRequest,
) -> Response[Any]:
    """Request and send a verification code

     Request a verification code for the provided identifier (email/phone).
    if you're using email as the identifier, you need to setup your email connector first.
    if you're using phone as the identifier, you need to setup your SMS connector first.

    Args:
        body (EmailVerificationCodeRequest | PhoneVerificationCodeRequest):

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
    body: EmailVerificationCodeRequest | PhoneVerificationCodeRequest,
) -> None:
    """Request and send a verification code

     Request a verification code for the provided identifier (email/phone).
    if you're using email as the identifier, you need to setup your email connector first.
    if you're using phone as the identifier, you need to setup your SMS connector first.

    Args:
        body (EmailVerificationCodeRequest | PhoneVerificationCodeRequest):

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
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailVerificationCodeRequest | PhoneVerificationCodeRequest,
) -> Response[Any]:
    """Request and send a verification code

     Request a verification code for the provided identifier (email/phone).
    if you're using email as the identifier, you need to setup your email connector first.
    if you're using phone as the identifier, you need to setup your SMS connector first.

    Args:
        body (EmailVerificationCodeRequest | PhoneVerificationCodeRequest):

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
    body: EmailVerificationCodeRequest | PhoneVerificationCodeRequest,
) -> None:
    """Request and send a verification code

     Request a verification code for the provided identifier (email/phone).
    if you're using email as the identifier, you need to setup your email connector first.
    if you're using phone as the identifier, you need to setup your SMS connector first.

    Args:
        body (EmailVerificationCodeRequest | PhoneVerificationCodeRequest):

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
    if not (response.status_code == 204):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None
