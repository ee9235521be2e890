"""Which supported Logto release the server under test runs, and what it lacks.

``LOGTO_VERSION`` (written by ``../shared/logto-server/up.sh`` into its env file, ``1.28.0`` or
``1.42.0+1fbc55441f`` for master) names it; ``spec/releases.json`` says which operations each
release of the supported range has (spec/releases.py derives it from their documents). A server
without ``LOGTO_VERSION`` (a user's own Logto) is taken as the newest: nothing is skipped.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parents[2] / "spec" / "releases.json"


@cache
def table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


def names() -> list[str]:
    return [str(release["name"]) for release in table()["releases"]]


def _key(name: str) -> tuple[int, ...]:
    found = re.match(r"\d+(\.\d+)*", name)
    return tuple(int(p) for p in found.group(0).split(".")) if found else (10**6,)


def server_release(version: str | None = None) -> str:
    """The range's name for the server's ``LOGTO_VERSION``: a release (``1.28.0``), or the
    client's own document (master) for a version with a commit (``1.42.0+1fbc55441f``), an
    unknown one, or none."""
    version = os.environ.get("LOGTO_VERSION", "") if version is None else version
    if version in names()[:-1]:
        return version
    return names()[-1]


def is_client_release(version: str | None = None) -> bool:
    """Whether the server runs the document the client (and the test double) come from."""
    return server_release(version) == names()[-1]


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def lacks(operation: str, version: str | None = None) -> str | None:
    """Why the server cannot have ``operation`` (an operationId or the generated module's
    snake_case name): ``"Logto ≥ 1.36.0 (this server runs 1.28.0)"``, or None when it has it."""
    release = server_release(version)
    for entry in table()["operations"].values():
        if operation in (entry["operation"], _snake(entry["operation"])):
            since = str(entry["since"])
            if _key(release) < _key(since):
                return f"Logto ≥ {since} (this server runs {release})"
    return None


def older_than(release: str, version: str | None = None) -> bool:
    """Whether the server runs a release older than ``release`` (for request fields it rejects:
    Logto's guards are strict, an unknown key is 400 ``guard.invalid_input``)."""
    return _key(server_release(version)) < _key(release)
