"""`ManagementApiClient`: the generated ``Client`` run by the hand-written `ManagedClient`.

Part of the face that ties the two import packages together (with ``_factory`` and
``__init__``): the generated ``logto_management_api.Client`` brings every operation's resource
(``logto.users``, ``logto.sync.users``) and is what every generated function accepts;
`ManagedClient` (the core) brings tokens, retries, typed errors and the shared connection pools.
Both build on the core's `BaseClient`, so neither package imports the other's insides.
"""

from __future__ import annotations

from attrs import define

from logto_management_api import Client

from ._managed_client import ManagedClient

__all__ = ["ManagementApiClient"]


@define
class ManagementApiClient(ManagedClient, Client):
    """A `logto_management_api.Client` whose httpx clients carry Management API tokens.

    Made by `create_management_api`. Copies (``with_headers()``, ``with_timeout()``,
    ``with_cookies()``, ``with_options()``) leave this client unchanged and share its
    credentials (one token), connection pools and rate limiter. Close the client that
    `create_management_api` returned (``async with``, ``aclose()``, ``with``, ``close()``); closing
    a copy closes nothing that the others use.
    """
