"""Unions whose variants the generated parser cannot tell apart.

A generated union parser tries its variants in order and keeps the first whose ``from_dict`` does
not raise. ``from_dict`` raises only for a missing required key, a literal (enum, const) of another
value, or a nested model that raises in turn; any other key lands in ``additional_properties``. So
an earlier variant that accepts every instance of a later one always wins, and the later variant
is never returned: Logto's ``{enabled: false} | {enabled: true, ...}`` parsed an enabled password
expiration as the disabled one until boolean literals became consts (``spec/normalize.py``).

``shadowed_variants(document)`` lists such pairs of object variants, from what the parser checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Document = dict[str, Any]


def _resolve(document: Document, node: Any) -> Any:
    schemas = document.get("components", {}).get("schemas", {})
    while isinstance(node, dict) and "$ref" in node:
        node = schemas[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _literals(node: Any) -> set[Any] | None:
    if not isinstance(node, dict):
        return None
    if "const" in node:
        return {node["const"]}
    if isinstance(node.get("enum"), list):
        return set(node["enum"])
    return None


def _is_object(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "object" and "properties" in node


def rejects(document: Document, first: Any, later: Any, depth: int = 0) -> bool:
    """Whether the parser of ``first`` raises for every instance of ``later``."""
    first, later = _resolve(document, first), _resolve(document, later)
    if not (_is_object(first) and _is_object(later)) or depth > 4:
        return False
    own, other = first["properties"], later["properties"]
    own_required, other_required = set(first.get("required", [])), set(later.get("required", []))
    if any(name not in other for name in own_required):
        return True  # a key the later variant never has
    for name in set(own) & set(other):
        if name not in own_required and name not in other_required:
            continue  # an instance without the key passes
        mine, theirs = _resolve(document, own[name]), _resolve(document, other[name])
        a, b = _literals(mine), _literals(theirs)
        if a is not None and b is not None and not a & b:
            return True
        if name in other_required and rejects(document, mine, theirs, depth + 1):
            return True
    return False


def _unions(node: Any, place: str) -> Iterator[tuple[str, list[Any]]]:
    if isinstance(node, dict):
        for combiner in ("oneOf", "anyOf"):
            if isinstance(node.get(combiner), list):
                yield place, node[combiner]
        for key, value in node.items():
            yield from _unions(value, f"{place}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unions(value, f"{place}/{index}")


def shadowed_variants(document: Document) -> list[str]:
    """``"<place>: variant i hides variant j"`` for every pair the parser cannot tell apart."""
    found = []
    for place, variants in _unions(document, ""):
        resolved = [_resolve(document, v) for v in variants]
        for i, first in enumerate(resolved):
            for j in range(i + 1, len(resolved)):
                later = resolved[j]
                if _is_object(first) and _is_object(later) and not rejects(document, first, later):
                    found.append(f"{place}: variant {i} hides variant {j}")
    return found
