"""The public Python API of both import packages, its snapshot, and the breaking-change check.

``python -m spec.public_api check`` (``make api-check``, run by ``make test``) loads
``logto_management`` and ``logto_management_api`` with griffe (static analysis, nothing is
imported), compares them with ``spec/public_api.json`` and fails when a breaking change is not
announced in CHANGELOG.md. ``python -m spec.public_api snapshot`` (``make api-snapshot``) writes
the snapshot; ``python -m spec.public_api diff`` prints breaking changes and additions as Markdown
(the regeneration pull request's body).

What is compared: every public module, class, function, method, attribute and type alias, the
way a user reaches it. A name re-exported from a private module (``logto_management.paginate``,
defined in ``_pagination``) and a model (``logto_management_api.models.User``, defined in
``models/user.py``, a module users never import) are recorded under the name users import, with
the object itself in place of the import. Docstrings and line numbers are left out, annotations
and defaults are kept as source text, so the snapshot changes only when the API does.

Breaking, as docs/version-policy.md says: griffe's findings (an object removed or changed in
kind, a parameter removed, moved, made required or with another default, a required parameter
added, a base class removed) plus what griffe does not compare yet: a changed annotation of a
parameter, a return value or an attribute (a model field). Any change of a field's type breaks
someone (its readers when it widens, its writers when it narrows), so every change counts.

Announced: a breaking change is let through when its dotted path, or the path of the class it
belongs to, appears in the ``## [Unreleased]`` section of CHANGELOG.md, e.g.
``logto_management_api.models.Enabled`` for a renamed model. A field or parameter whose type
changed only because it names that model is covered by the same announcement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "spec" / "public_api.json"
CHANGELOG = ROOT / "CHANGELOG.md"
PACKAGES = ("logto_management", "logto_management_api")
SEARCH_PATHS = [str(ROOT / "auth"), str(ROOT / "generated")]
# Modules users never import: each model is reached as logto_management_api.models.<Name>.
HIDDEN_MODULES = re.compile(r"^\w+\.models\.\w+$")
# Dunder attributes (__all__, __version__) are bookkeeping; dunder methods (__init__) are API.
KEPT_DUNDER_ATTRIBUTES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    """One difference between the snapshot and the code."""

    path: str
    explanation: str
    # For a changed type: the removed objects it named (a renamed model), whose announcement
    # covers this change too.
    causes: tuple[str, ...] = field(default=(), compare=False)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _is_ours(path: str, packages: tuple[str, ...]) -> bool:
    return path.split(".", 1)[0] in packages


def _visible(obj: griffe.Object | griffe.Alias, name: str) -> bool:
    if name.startswith("__") and name.endswith("__"):
        return not obj.is_attribute or name in KEPT_DUNDER_ATTRIBUTES
    return obj.is_public


def _members(obj: griffe.Object, packages: tuple[str, ...]) -> dict[str, Any]:
    members: dict[str, Any] = {}
    # A class's API includes what it inherits from this project's classes (LogtoDouble.controls
    # lives on its base AsgiApp): moving a method to a base class is not a break.
    found = obj.all_members if isinstance(obj, griffe.Class) else obj.members
    for name, member in sorted(found.items()):
        if not _visible(member, name):
            continue
        target: griffe.Object | griffe.Alias = member
        if isinstance(member, griffe.Alias):
            if not _is_ours(member.target_path, packages):
                continue  # typing.Any, httpx: not this project's API
            try:
                target = member.final_target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                continue
        if target.is_module and HIDDEN_MODULES.match(target.path) and target.parent is obj:
            continue  # models/user.py: reached as models.User
        if isinstance(target, griffe.Alias):
            continue
        dumped = _dump(target, name, packages)
        if dumped is not None:
            members[name] = dumped
    return members


def _dump(obj: griffe.Object, name: str, packages: tuple[str, ...]) -> dict[str, Any] | None:
    """The snapshot form of one object, in the shape griffe's JSON decoder reads back."""
    base: dict[str, Any] = {"name": name}
    if obj.labels:
        base["labels"] = sorted(obj.labels)
    if isinstance(obj, griffe.Module):
        return {**base, "kind": "module", "members": _members(obj, packages)}
    if isinstance(obj, griffe.Class):
        return {
            **base,
            "kind": "class",
            "bases": [str(b) for b in obj.bases],
            "members": _members(obj, packages),
        }
    if isinstance(obj, griffe.Function):
        return {
            **base,
            "kind": "function",
            "parameters": [  # compact: [name, kind, annotation, default]
                [
                    p.name,
                    p.kind.value if p.kind else "positional or keyword",
                    _text(p.annotation),
                    _text(p.default),
                ]
                for p in obj.parameters
            ],
            "returns": _text(obj.returns),
        }
    if isinstance(obj, griffe.Attribute):
        return {
            **base,
            "kind": "attribute",
            "annotation": _text(obj.annotation),
            "value": _text(obj.value),
        }
    if isinstance(obj, griffe.TypeAlias):
        return {**base, "kind": "type alias", "value": _text(obj.value), "type_parameters": []}
    return None


def current(
    packages: tuple[str, ...] = PACKAGES, search_paths: list[str] | None = None
) -> dict[str, Any]:
    """The public API of the packages (both of this project's by default) as the source has it."""
    collection = griffe.ModulesCollection()
    loader = griffe.GriffeLoader(
        search_paths=search_paths or SEARCH_PATHS, modules_collection=collection
    )
    for package in packages:
        loader.load(package)
    loader.resolve_aliases(implicit=False, external=False)
    return {package: _dump(collection[package], package, packages) for package in packages}


def _decode(data: dict[str, Any]) -> dict[str, griffe.Module]:
    def complete(record: dict[str, Any]) -> None:
        record.update(lineno=0, public=True)
        if "parameters" in record:
            keys = ("name", "kind", "annotation", "default")
            record["parameters"] = [dict(zip(keys, p, strict=True)) for p in record["parameters"]]
        for member in record.get("members", {}).values():
            complete(member)

    data = json.loads(json.dumps(data))  # a copy to complete
    for record in data.values():
        complete(record)
    modules: dict[str, griffe.Module] = json.loads(
        json.dumps(data), object_hook=griffe.json_decoder
    )
    return modules


def _flatten(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for name, record in data.items():
        path = f"{prefix}{name}"
        yield path, {k: v for k, v in record.items() if k not in ("members", "name")}
        yield from _flatten(record.get("members", {}), f"{path}.")


def _nest(flat: dict[str, dict[str, Any]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for path, record in flat.items():  # parents come before their members
        *parents, name = path.split(".")
        members = root
        for parent in parents:
            members = members[parent].setdefault("members", {})
        members[name] = {**record, "name": name}
    return root


def _walk(obj: griffe.Object | griffe.Alias) -> Iterator[griffe.Object]:
    if isinstance(obj, griffe.Object):
        yield obj
        for member in obj.members.values():
            yield from _walk(member)


def _annotation_changes(old: griffe.Module, new: griffe.Module) -> Iterator[Change]:
    """What griffe does not compare yet: annotations of parameters, returns and attributes."""
    for old_obj in _walk(old):
        path = old_obj.path.split(".", 1)[1] if "." in old_obj.path else ""
        try:
            new_obj = new.get_member(path) if path else new
        except KeyError:
            continue  # removed: griffe reports it
        if isinstance(old_obj, griffe.Attribute) and isinstance(new_obj, griffe.Attribute):
            if old_obj.annotation != new_obj.annotation:
                yield Change(
                    old_obj.path, f"type changed: {old_obj.annotation} -> {new_obj.annotation}"
                )
        elif isinstance(old_obj, griffe.Function) and isinstance(new_obj, griffe.Function):
            if old_obj.returns != new_obj.returns:
                yield Change(
                    old_obj.path, f"return type changed: {old_obj.returns} -> {new_obj.returns}"
                )
            new_parameters = {p.name: p for p in new_obj.parameters}
            for parameter in old_obj.parameters:
                after = new_parameters.get(parameter.name)
                if after is not None and after.annotation != parameter.annotation:
                    yield Change(
                        old_obj.path,
                        f"parameter {parameter.name}: type changed: "
                        f"{parameter.annotation} -> {after.annotation}",
                    )


REMOVED = str(griffe.BreakageKind.OBJECT_REMOVED.value)


def _explain(breakage: griffe.Breakage) -> str:
    """griffe's finding in one line (its own explain() wants the source files' locations)."""
    kind = str(breakage.kind.value)
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter):  # the parameter is the subject
        kind = f"parameter {old.name}: {kind[0].lower()}{kind[1:]}"
        old, new = old.default, getattr(new, "default", None)
        if breakage.kind is not griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
            return kind
    if isinstance(breakage, griffe.ObjectRemovedBreakage) or old is None or new is None:
        return kind
    return f"{kind}: {old} -> {new}"


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Breaking changes from the ``old`` snapshot to ``new``, sorted by path."""
    old_modules, new_modules = _decode(old), _decode(new)
    changes: set[Change] = set()
    for package in old_modules:
        if package not in new_modules:
            changes.add(Change(package, "package removed"))
            continue
        if package not in old_modules:
            continue
        for breakage in griffe.find_breaking_changes(old_modules[package], new_modules[package]):
            changes.add(Change(breakage.obj.path, _explain(breakage)))
        changes.update(_annotation_changes(old_modules[package], new_modules[package]))
    return sorted(_with_causes(changes), key=lambda c: (c.path, c.explanation))


def _with_causes(changes: set[Change]) -> list[Change]:
    """Type changes that only follow a removed (renamed) model name it as their cause."""
    removed = {c.path.rsplit(".", 1)[-1]: c.path for c in changes if c.explanation == REMOVED}
    result = []
    for change in changes:
        named = re.findall(r"\b[A-Za-z_]\w*\b", change.explanation.split(": ", 1)[-1])
        causes = tuple(sorted({removed[n] for n in named if n in removed}))
        if change.explanation.startswith(("type changed", "return type", "parameter")) and causes:
            change = Change(change.path, change.explanation, causes)
        result.append(change)
    return result


def _paths(data: dict[str, Any], prefix: str = "") -> set[str]:
    found: set[str] = set()
    for name, obj in data.items():
        path = f"{prefix}{name}"
        found.add(path)
        found |= _paths(obj.get("members", {}), f"{path}.")
    return found


def additions(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Public paths in ``new`` that ``old`` lacks, without those inside another added object."""
    added = _paths(new) - _paths(old)
    return sorted(p for p in added if p.rsplit(".", 1)[0] not in added)


def unreleased(changelog: str) -> str:
    """The text of the ``## [Unreleased]`` section of a Keep a Changelog file."""
    match = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## \[|\Z)", changelog, re.M | re.S)
    return match.group(1) if match else ""


def announced(change: Change, section: str) -> bool:
    """Whether the changelog section names the change's path or the class it belongs to, or
    (for a type that names a renamed model) that model."""
    if any(announced(Change(cause, REMOVED), section) for cause in change.causes):
        return True
    parts = change.path.split(".")
    candidates = [change.path] + [
        ".".join(parts[: i + 1]) for i in range(len(parts) - 1) if parts[i][:1].isupper()
    ]
    return any(re.search(re.escape(c) + r"(?![\w.])", section) for c in candidates)


def read_snapshot(path: Path = SNAPSHOT) -> dict[str, Any]:
    """The committed snapshot: one line per public object, by dotted path."""
    flat: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return _nest(flat)


def write_snapshot(data: dict[str, Any], path: Path = SNAPSHOT) -> None:
    lines = [
        f"{json.dumps(path)}: {json.dumps(record, sort_keys=True)}"
        for path, record in _flatten(data)
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def check(changelog: str, old: dict[str, Any], new: dict[str, Any]) -> int:
    """Print the breaking changes from ``old`` to ``new``; 1 when one is not announced."""
    changes = breaking_changes(old, new)
    section = unreleased(changelog)
    missing = [c for c in changes if not announced(c, section)]
    for change in changes:
        mark = "announced" if change not in missing else "NOT ANNOUNCED"
        print(f"{mark}: {change.path}: {change.explanation}")
    if missing:
        print(
            f"api-check: {len(missing)} breaking change(s) not announced in CHANGELOG.md. "
            "Name each dotted path (or its class) in the [Unreleased] section, then run "
            "`make api-snapshot`; or undo the change.",
            file=sys.stderr,
        )
        return 1
    state = "matches the snapshot" if not changes else f"{len(changes)} announced break(s)"
    print(f"api-check: public API of {', '.join(new)} {state}")
    return 0


def diff_markdown() -> str:
    """Breaking changes and additions against the snapshot, for a pull request's body."""
    old, new = read_snapshot(), current()
    lines = ["### Python API changes", ""]
    changes = breaking_changes(old, new)
    added = additions(old, new)
    if not changes and not added:
        return "\n".join([*lines, "None."]) + "\n"
    if changes:
        lines += ["Breaking (announce each in CHANGELOG.md):", ""]
        lines += [f"- `{c.path}`: {c.explanation}" for c in changes]
        lines.append("")
    if added:
        lines += ["Added:", ""]
        lines += [f"- `{path}`" for path in added]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spec.public_api", description=__doc__)
    parser.add_argument("command", choices=["check", "snapshot", "diff"])
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        write_snapshot(current())
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}")
        return 0
    if args.command == "diff":
        print(diff_markdown(), end="")
        return 0
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    return check(changelog, read_snapshot(), current())


if __name__ == "__main__":
    sys.exit(main())
