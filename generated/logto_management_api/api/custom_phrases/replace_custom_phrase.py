from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_phrase import CustomPhrase
from ...models.language_tag import LanguageTag, check_language_tag
from ...models.translation_object import TranslationObject
from ...types import (
    MISFITS,
    UNSET,
    Response,
    answer_misfit_in,
    json_loads,
    path_segment,
)


def _get_kwargs(
    language_tag: LanguageTag,
    *,
    body: TranslationObject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/custom-phrases/{language_tag}".format(
            language_tag=path_segment(language_tag, "replace_custom_phrase", "language_tag"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomPhrase | None:
    if response.status_code == 201:
        response_201 = CustomPhrase.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomPhrase]:
    try:
        parsed = _parse_response(client=client, response=response)
    except MISFITS as _exc:
        raise answer_misfit_in(  # noqa: B904 (its __cause__ is the built-in error)
            "replace_custom_phrase (PUT /api/custom-phrases/{language_tag})",
            "CustomPhrase",
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
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
    body: TranslationObject,
) -> Response[CustomPhrase]:
    """Upsert custom phrases

     Upsert custom phrases for the specified language tag. Upsert means that if the custom phrases
    already exist, they will be updated. Otherwise, they will be created.

    Args:
        language_tag (LanguageTag):
        body (TranslationObject):  Example: {'input': {'username': 'Username', 'password':
            'Password'}, 'action': {'sign_in': 'Sign In', 'continue': 'Continue'}}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CustomPhrase]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
    body: TranslationObject,
) -> CustomPhrase:
    """Upsert custom phrases

     Upsert custom phrases for the specified language tag. Upsert means that if the custom phrases
    already exist, they will be updated. Otherwise, they will be created.

    Args:
        language_tag (LanguageTag):
        body (TranslationObject):  Example: {'input': {'username': 'Username', 'password':
            'Password'}, 'action': {'sign_in': 'Sign In', 'continue': 'Continue'}}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CustomPhrase
    """

    response = sync_detailed(
        language_tag=language_tag,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


async def asyncio_detailed(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
    body: TranslationObject,
) -> Response[CustomPhrase]:
    """Upsert custom phrases

     Upsert custom phrases for the specified language tag. Upsert means that if the custom phrases
    already exist, they will be updated. Otherwise, they will be created.

    Args:
        language_tag (LanguageTag):
        body (TranslationObject):  Example: {'input': {'username': 'Username', 'password':
            'Password'}, 'action': {'sign_in': 'Sign In', 'continue': 'Continue'}}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client(raise_on_unexpected_status=True), for a status
            the document does not describe.

    Returns:
        Response[CustomPhrase]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
    body: TranslationObject,
) -> CustomPhrase:
    """Upsert custom phrases

     Upsert custom phrases for the specified language tag. Upsert means that if the custom phrases
    already exist, they will be updated. Otherwise, they will be created.

    Args:
        language_tag (LanguageTag):
        body (TranslationObject):  Example: {'input': {'username': 'Username', 'password':
            'Password'}, 'action': {'sign_in': 'Sign In', 'continue': 'Continue'}}.

    Raises:
        logto_management.LogtoApiError: with a client from create_management_api, for a 4xx/5xx
            answer (NotFoundError, BadRequestError... by status).
        logto_management.LogtoTimeoutError, logto_management.LogtoConnectionError: with a client
            from create_management_api, when the request times out or the server cannot be reached.
        httpx.TimeoutException, httpx.TransportError: the same, with a plain generated Client.
        errors.UnexpectedStatus: with a plain Client, for a status the document does not describe
            (4xx/5xx included): there is nothing of the declared type to return.

    Returns:
        CustomPhrase
    """

    response = await asyncio_detailed(
        language_tag=language_tag,
        client=client,
        body=body,
    )
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed
