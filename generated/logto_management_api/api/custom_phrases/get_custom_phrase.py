from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_phrase import CustomPhrase
from ...models.language_tag import LanguageTag, check_language_tag
from ...types import UNSET, Response


def _get_kwargs(
    language_tag: LanguageTag,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/custom-phrases/{language_tag}".format(
            language_tag=quote(str(language_tag), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomPhrase | None:
    if response.status_code == 200:
        response_200 = CustomPhrase.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomPhrase]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomPhrase]:
    """Get custom phrases

     Get custom phrases for the specified language tag.

    Args:
        language_tag (LanguageTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomPhrase]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
) -> CustomPhrase | None:
    """Get custom phrases

     Get custom phrases for the specified language tag.

    Args:
        language_tag (LanguageTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomPhrase
    """

    return sync_detailed(
        language_tag=language_tag,
        client=client,
    ).parsed


async def asyncio_detailed(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomPhrase]:
    """Get custom phrases

     Get custom phrases for the specified language tag.

    Args:
        language_tag (LanguageTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomPhrase]
    """

    kwargs = _get_kwargs(
        language_tag=language_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    language_tag: LanguageTag,
    *,
    client: AuthenticatedClient | Client,
) -> CustomPhrase | None:
    """Get custom phrases

     Get custom phrases for the specified language tag.

    Args:
        language_tag (LanguageTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomPhrase
    """

    return (
        await asyncio_detailed(
            language_tag=language_tag,
            client=client,
        )
    ).parsed
