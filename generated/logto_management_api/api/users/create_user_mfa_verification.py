from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backup_code_mfa_verification_created import (
    BackupCodeMfaVerificationCreated,
)
from ...models.backup_code_mfa_verification_request import (
    BackupCodeMfaVerificationRequest,
)
from ...models.mfa_verification_codes_request import MfaVerificationCodesRequest
from ...models.mfa_verification_secret_request import MfaVerificationSecretRequest
from ...models.totp_mfa_verification_created import TotpMfaVerificationCreated
from ...models.totp_mfa_verification_request import TotpMfaVerificationRequest
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    user_id: str,
    *,
    body: BackupCodeMfaVerificationRequest
    | MfaVerificationCodesRequest
    | MfaVerificationSecretRequest
    | TotpMfaVerificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/users/{user_id}/mfa-verifications".format(
            user_id=path_segment(user_id, "create_user_mfa_verification", "user_id"),
        ),
    }

    if isinstance(body, TotpMfaVerificationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, BackupCodeMfaVerificationRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, MfaVerificationSecretRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TotpMfaVerificationCreated.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BackupCodeMfaVerificationCreated.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "create_user_mfa_verification (POST /api/users/{user_id}/mfa-verifications)",
            "BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated",
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
    body: BackupCodeMfaVerificationRequest
    | MfaVerificationCodesRequest
    | MfaVerificationSecretRequest
    | TotpMfaVerificationRequest,
) -> Response[BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated]:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (BackupCodeMfaVerificationRequest | MfaVerificationCodesRequest |
            MfaVerificationSecretRequest | TotpMfaVerificationRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupCodeMfaVerificationRequest
    | MfaVerificationCodesRequest
    | MfaVerificationSecretRequest
    | TotpMfaVerificationRequest,
) -> BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (BackupCodeMfaVerificationRequest | MfaVerificationCodesRequest |
            MfaVerificationSecretRequest | TotpMfaVerificationRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated
    """

    response = sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupCodeMfaVerificationRequest
    | MfaVerificationCodesRequest
    | MfaVerificationSecretRequest
    | TotpMfaVerificationRequest,
) -> Response[BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated]:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (BackupCodeMfaVerificationRequest | MfaVerificationCodesRequest |
            MfaVerificationSecretRequest | TotpMfaVerificationRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BackupCodeMfaVerificationRequest
    | MfaVerificationCodesRequest
    | MfaVerificationSecretRequest
    | TotpMfaVerificationRequest,
) -> BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated:
    """Create an MFA verification for a user

     Create a new MFA verification for a given user ID.

    Args:
        user_id (str):
        body (BackupCodeMfaVerificationRequest | MfaVerificationCodesRequest |
            MfaVerificationSecretRequest | TotpMfaVerificationRequest):

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        BackupCodeMfaVerificationCreated | TotpMfaVerificationCreated
    """

    response = await asyncio_detailed(
        user_id=user_id,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
