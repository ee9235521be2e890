"""Boolean query parameters as ``bool``: ``users.get(id, include_sso_identities=True)``.

Logto declares its boolean query parameters as strings, and reads them three ways
(packages/core/src/routes, commit 1fbc55441f): most with ``yes()`` (``true``/``1``/``yes`` is
true), ``isThirdParty`` as exactly ``'true'`` or ``'false'``, and a few by presence alone, where
any value, ``false`` included, is true (``GetHook``'s ``includeExecutionStats``, checked on 1.28.0,
1.36.0 and master; the SSO identities' ``includeTokenSecret``; ``removeUnusedDemoSocialConnector``).

So a *flag* (off unless asked for) becomes ``bool`` defaulting to ``False`` and is sent only when
true (``spec/templates/endpoint_module.py.jinja`` drops it when false): absent means false in
every release and route. A *filter* whose false value means something (``isThirdParty=false``:
first-party applications only) becomes an optional ``bool``, sent as ``true`` or ``false``.
``tests/integration/test_boolean_parameters.py`` checks each against the real server.
"""

from __future__ import annotations

from typing import Any

from spec.hoist import operations

Document = dict[str, Any]

FLAGS = frozenset(
    {
        "enableCap",
        "includeExecutionStats",
        "includePasswordHash",
        "includeScopes",
        "includeSsoIdentities",
        "includeTokenSecret",
        "removeUnusedDemoSocialConnector",
        "showFeatured",
    }
)
FILTERS = frozenset({"isThirdParty"})


def boolean_parameters(document: Document) -> list[str]:
    """Make Logto's boolean query parameters ``bool`` (declared as strings): a flag is sent only
    when true, since some routes read any value, ``false`` too, as true."""
    notes = []
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            name = parameter.get("name")
            if parameter.get("in") != "query" or name not in FLAGS | FILTERS:
                continue
            schema: dict[str, Any] = {"type": "boolean"}
            if name in FLAGS:
                schema["default"] = False
            parameter["schema"] = schema
            if name == "isThirdParty" and not parameter.get("description"):
                parameter["description"] = (
                    "True: third-party applications only; False: first-party applications "
                    "only; omitted: both."
                )
            said = str(parameter.get("description", ""))
            for truthy in ("If it's provided with a truthy value (`true`, `1`, `yes`), ",):
                if said.startswith(truthy):
                    rest = said.removeprefix(truthy)
                    parameter["description"] = "When True, " + rest
            kind = "flag, sent only when true" if name in FLAGS else "sent as true/false"
            notes.append(f"{method.upper()} {path} {name}: {kind}")
    return notes
