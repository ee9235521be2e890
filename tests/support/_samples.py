"""Samples several test modules share: a user as Logto master answers it, and the generated
operations that take path parameters."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Any

from logto_management_api import api as api_package


def user_answer(**fields: Any) -> dict[str, Any]:
    """A ``GET /api/users/{id}`` answer of Logto master (every field it sends), with ``fields``
    (JSON names) set on top."""
    return {
        "id": "u1",
        "username": None,
        "primaryEmail": None,
        "primaryPhone": None,
        "name": None,
        "avatar": None,
        "customData": {},
        "identities": {},
        "lastSignInAt": None,
        "createdAt": 1,
        "updatedAt": 1,
        "profile": {},
        "applicationId": None,
        "cimdClientId": None,
        "isSuspended": False,
        **fields,
    }


def operations_with_path_parameters() -> list[tuple[str, ModuleType, list[str]]]:
    """(operation name, its module, its path parameters) for every generated operation that has
    path parameters (the positional parameters of its ``_get_kwargs``)."""
    found = []
    for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        module = importlib.import_module(info.name)
        builder = getattr(module, "_get_kwargs", None)
        if builder is None:
            continue
        names = [
            name
            for name, parameter in inspect.signature(builder).parameters.items()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        if names:
            found.append((info.name.rsplit(".", 1)[1], module, names))
    return found


class AnyBody(dict[str, Any]):
    """Stands in for any request body where only the route matters: a model (``to_dict``,
    ``to_multipart``) or a JSON object, which is a dict (``update_application_custom_data``
    takes a ``JsonObject``)."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []
