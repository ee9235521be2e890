"""Docs where developers look (issue 21, point 5): every resource method's docstring carries the
operation's full summary and description, Args for every parameter, Returns, Raises (the error
classes of the statuses the document lists) and a link to Logto's API reference."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

import logto_management._errors as errors
from logto_management_api.client import Client
from spec import docstrings
from spec.source import REPO_ROOT

DOCUMENT = REPO_ROOT / "spec" / "work" / "management.json"


def methods() -> list[tuple[str, Any]]:
    client = Client(base_url="https://logto.test")
    found: list[tuple[str, Any]] = []
    for holder in (client, client.sync):
        for tag in dir(type(holder)):
            resource = getattr(holder, tag) if not tag.startswith("_") and tag != "sync" else None
            if resource is None or not type(resource).__name__.endswith("Resource"):
                continue
            for name, method in inspect.getmembers(resource, inspect.ismethod):
                if not name.startswith("_"):
                    found.append((f"{type(resource).__name__}.{name}", method))
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_method_documents_its_summary_args_returns_raises_and_reference() -> None:
    found = methods()
    assert len(found) == 2 * 284
    for where, method in found:
        doc = inspect.getdoc(method) or ""
        parameters = [n for n in inspect.signature(method).parameters if n != "self"]
        args = doc.split("Args:", 1)[1].split("Returns:", 1)[0] if parameters else ""
        for name in parameters:
            assert re.search(rf"^    {name}: \S", args, re.M), (where, name)
        assert "\nReturns:\n    " in doc, where
        assert "\nRaises:\n" in doc, where
        assert "LogtoApiError: " in doc, where
        assert "Logto's API reference: https://openapi.logto.io/operation/operation-" in doc, where


def test_summaries_and_descriptions_are_whole() -> None:
    """The document's summary and description, never a first line cut mid-sentence."""
    document = json.loads(DOCUMENT.read_text(encoding="utf-8")) if DOCUMENT.is_file() else None
    by_key = docstrings.collect(document or {})
    users = (REPO_ROOT / "generated/logto_management_api/resources/users.py").read_text("utf-8")
    if by_key:
        identity = by_key[("GET", "/api/users/{}/identities/{}")]
        assert flat(identity.summary).rstrip(". ") + "." in flat(users)
        assert flat(identity.description) in flat(users)
    assert "(if token storage\n" not in users
    assert "token secret (if token storage is enabled)." in flat(users)


def test_raises_names_the_class_the_client_raises_for_each_status() -> None:
    assert {
        status: errors._class_for_status(status).__name__ for status in docstrings.ERROR_CLASSES
    } == docstrings.ERROR_CLASSES
    get = (REPO_ROOT / "generated/logto_management_api/resources/users.py").read_text("utf-8")
    assert "NotFoundError: 404: Not Found" in get


def test_boolean_flags_say_true_not_truthy_strings() -> None:
    users = (REPO_ROOT / "generated/logto_management_api/resources/users.py").read_text("utf-8")
    assert "truthy value" not in users
    assert "include_sso_identities: When True, each user" in users


def test_model_timestamps_say_they_are_epoch_milliseconds() -> None:
    models = REPO_ROOT / "generated" / "logto_management_api" / "models"
    user = (models / "user.py").read_text(encoding="utf-8")
    assert 'created_at: float\n    """ Epoch milliseconds. """' in user
    secret = (models / "application_secret.py").read_text(encoding="utf-8")
    assert "expires_at: float | None\n" in secret
    assert "milliseconds" in secret.split("expires_at: float | None\n", 1)[1].split("\n")[0]
