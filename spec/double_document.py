"""The Logto test double's copy of the normalized document (``make generate`` writes it).

``logto_management.testing`` answers every Management API operation: the ones it simulates by
hand, plain collections through a generic store, and ``501 double.not_implemented`` for the
rest. To know the operations, their parameters and the shapes of their answers at run time (in
an installed wheel, without ``spec/work`` or ``../shared``), it reads a compact copy of the
normalized document shipped inside the package: prose (descriptions, summaries, examples) is
dropped, everything the double needs is kept. gzip with a fixed mtime keeps it byte-stable, so
``make generate`` twice writes the same bytes.

``make generate`` (``python -m spec generate``) writes it with the rest of what is generated, and
``make check-generated`` (``python -m spec check``) fails when it is stale.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET = REPO_ROOT / "auth" / "logto_management" / "testing" / "management.json.gz"

_PROSE = {"description", "summary", "example", "examples", "externalDocs", "tags", "title"}
_METHODS = {"get", "post", "put", "patch", "delete"}


def _strip(node: Any, *, under_properties: bool = False) -> Any:
    if isinstance(node, dict):
        return {
            key: _strip(value, under_properties=key == "properties" and not under_properties)
            for key, value in node.items()
            # A property may well be called "description": keep property names.
            if under_properties or key not in _PROSE
        }
    if isinstance(node, list):
        return [_strip(item) for item in node]
    return node


def compact(document: dict[str, Any]) -> dict[str, Any]:
    """What the double reads: the Management API paths and the component schemas."""
    paths: dict[str, Any] = {}
    for path, item in document.get("paths", {}).items():
        operations = {m: _strip(op) for m, op in item.items() if m in _METHODS}
        if operations:
            paths[path] = operations
    schemas = document.get("components", {}).get("schemas", {})
    return {"paths": paths, "components": {"schemas": _strip(schemas, under_properties=False)}}


def encode(document: dict[str, Any]) -> bytes:
    raw = json.dumps(compact(document), separators=(",", ":"), sort_keys=True).encode()
    return gzip.compress(raw, compresslevel=9, mtime=0)


def write(document: dict[str, Any], target: Path = TARGET) -> int:
    """Write the compact copy of the normalized ``document``; return its size in bytes."""
    data = encode(document)
    target.write_bytes(data)
    return len(data)
