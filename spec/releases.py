"""The supported Logto releases, and which answer fields and operations each of them has.

The client is generated from one document (spec/spec.lock: Logto master), but it talks to every
Logto its users run: releases 1.28.0 up to master. An answer field is typed required only if every
supported release sends it; an operation that older releases lack says so. Both facts are derived
here from the releases' own documents, each normalized like the client's own (the same
server-truth rules, spec/normalize.py), and recorded in ``spec/releases.json``:

- ``releases``: name, source and sha256 of each document, oldest first, the client's own last;
- ``operations``: the client's operations that older releases lack, with the first release that
  has them (``"GET /api/users/{} ": {"operation": "GetUser", "since": "1.36.0"}``);
- ``fields``: ``Model.field`` required in the client's document but not sent by some supported
  release where the operation exists, with the first release of the trailing run that sends it
  and every place (``hoist.Site`` notation) where the client's document has it.

Why a derived, committed table rather than reading the documents at each ``make generate``: the
raw documents are not committed (the project keeps only its lock files), and generation must stay
reproducible wherever the locked document is, without ../shared. ``python -m spec releases``
re-derives the table (checking each document's sha256) and prints what changed; a test re-derives
it and fails when the committed one is stale.

Fields are matched across releases by where they sit, not by component name (each release hoists
its own names): from each operation's answer, property by property, through ``$ref``, array items,
maps and union variants (a variant matched by its literal ``type``, else by shared property names).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spec import server_truth, source
from spec.hoist import operations
from spec.normalize import Document, normalize

TABLE_PATH = source.REPO_ROOT / "spec" / "releases.json"
SINCE_EXTENSION = "x-logto-since"  # on an operation's 2xx answers: read by the endpoint template
BODY_SINCE_EXTENSION = "x-logto-body-since"  # the same, for a JSON answer older releases omit
_COMBINERS = ("oneOf", "anyOf")


@dataclass(frozen=True)
class Release:
    name: str
    source: str  # as in spec.lock: relative to the repository when inside its parent folder
    sha256: str


@dataclass
class Table:
    """What spec/releases.json holds (see the module docstring)."""

    releases: list[Release]
    operations: dict[str, dict[str, str]] = field(default_factory=dict)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    answers: dict[str, dict[str, str]] = field(default_factory=dict)  # JSON answer younger

    @property
    def client(self) -> Release:
        """The document the client is generated from: the newest of the range."""
        return self.releases[-1]

    @property
    def names(self) -> list[str]:
        return [release.name for release in self.releases]

    def to_json(self) -> str:
        data = {
            "releases": [vars(release) for release in self.releases],
            "operations": dict(sorted(self.operations.items())),
            "fields": dict(sorted(self.fields.items())),
            "answers": dict(sorted(self.answers.items())),
        }
        return json.dumps(data, indent=1) + "\n"

    def write(self, path: Path = TABLE_PATH) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def read(cls, path: Path = TABLE_PATH) -> Table:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            [Release(**r) for r in data["releases"]],
            data["operations"],
            data["fields"],
            data.get("answers", {}),
        )


def version_key(name: str) -> tuple[int, ...]:
    """``"1.36.0"`` -> (1, 36, 0); names without a version sort last."""
    found = re.match(r"\d+(\.\d+)*", name)
    return tuple(int(p) for p in found.group(0).split(".")) if found else (10**6,)


def operation_key(method: str, path: str) -> str:
    """An operation across releases: parameter names may differ (``{id}``, ``{userId}``)."""
    return method.upper() + " " + re.sub(r"\{[^}]*\}", "{}", path)


def _operations(document: Document) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    for path, method, operation in operations(document):
        yield operation_key(method, path), method, path, operation


def _answers(operation: dict[str, Any]) -> dict[str, Any]:
    """status -> schema of the JSON answers of an operation."""
    found = {}
    for status, response in operation.get("responses", {}).items():
        media = response.get("content", {}).get("application/json", {})
        if status.startswith("2") and isinstance(media.get("schema"), dict):
            found[status] = media["schema"]
    return found


def _resolve(document: Document, node: Any) -> tuple[Any, str | None]:
    """The schema behind ``$ref`` and one-member ``allOf`` wrappers, and its component name."""
    schemas = document.get("components", {}).get("schemas", {})
    name = None
    for _ in range(20):
        if isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            node = schemas.get(name, {})
        elif isinstance(node, dict) and len(node.get("allOf", [])) == 1 and not node.get("type"):
            node = node["allOf"][0]
        else:
            break
    return node, name


def _literal_type(document: Document, node: Any) -> Any:
    schema, _ = _resolve(document, node)
    prop = schema.get("properties", {}).get("type") if isinstance(schema, dict) else None
    values = prop.get("enum") if isinstance(prop, dict) else None
    return values[0] if isinstance(values, list) and len(values) == 1 else None


def _matching_variant(client: Document, variant: Any, other: Document, options: list[Any]) -> Any:
    """The variant of another release's union that is the same as one of the client's."""
    literal = _literal_type(client, variant)
    if literal is not None:
        return next((o for o in options if _literal_type(other, o) == literal), None)
    mine = set(_resolve(client, variant)[0].get("properties", {}))
    best, score = None, 0.0
    for option in options:
        theirs = set(_resolve(other, option)[0].get("properties", {}))
        overlap = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        if overlap > score:
            best, score = option, overlap
    return best if score >= 0.5 else None


@dataclass
class _Walk:
    """Compares one release's answers with the client's, recording required fields it lacks."""

    client: Document
    other: Document
    missing: dict[str, str] = field(default_factory=dict)  # site -> "absent" | "optional"
    models: dict[str, str] = field(default_factory=dict)  # site -> "Model.field"

    def walk(self, mine: Any, theirs: Any, site: str, seen: frozenset[tuple[int, int]]) -> None:
        mine, name = _resolve(self.client, mine)
        theirs, _ = _resolve(self.other, theirs)
        if not isinstance(mine, dict) or not isinstance(theirs, dict):
            return
        if (id(mine), id(theirs)) in seen:
            return
        seen = seen | {(id(mine), id(theirs))}
        their_properties = theirs.get("properties", {})
        their_required = set(theirs.get("required", []))
        for prop, schema in mine.get("properties", {}).items():
            here = f"{site}.{prop}"
            if prop in mine.get("required", []):
                self.models[here] = f"{name or '(inline)'}.{prop}"
                if prop not in their_properties:
                    self.missing[here] = "absent"
                elif prop not in their_required:
                    self.missing[here] = "optional"
            if prop in their_properties:
                self.walk(schema, their_properties[prop], here, seen)
        for key, segment in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(mine.get(key), dict) and isinstance(theirs.get(key), dict):
                self.walk(mine[key], theirs[key], site + segment, seen)
        for combiner in _COMBINERS:
            their_options = [o for c in _COMBINERS for o in theirs.get(c, [])] or [theirs]
            for index, variant in enumerate(mine.get(combiner, [])):
                match = _matching_variant(self.client, variant, self.other, their_options)
                if match is not None:
                    self.walk(variant, match, f"{site}|{combiner}{index}", seen)


def derive(documents: dict[str, Document], releases: list[Release]) -> Table:
    """The table for ``releases`` (oldest first, the client's last), from their normalized
    documents (name -> document)."""
    names = [r.name for r in releases]
    client = documents[names[-1]]
    has: dict[str, list[str]] = {}  # operation -> releases that have it
    states: dict[str, dict[str, str]] = {}  # site -> release -> "absent"/"optional"
    models: dict[str, str] = {}
    op_ids: dict[str, str] = {}
    bodyless: dict[str, list[str]] = {}  # operation -> releases answering it without JSON
    indexed = {
        name: {key: op for key, _m, _p, op in _operations(documents[name])} for name in names
    }
    for key, _method, _path, operation in _operations(client):
        op_ids[key] = str(operation.get("operationId"))
        has[key] = [name for name in names if key in indexed[name]]
        for name in names[:-1]:
            theirs = indexed[name].get(key)
            if theirs is None:
                continue
            their_answers = _answers(theirs)
            if _answers(operation) and not their_answers:
                bodyless.setdefault(key, []).append(name)
            for status, schema in _answers(operation).items():
                other = their_answers.get(status)
                if other is None and len(their_answers) == 1:
                    other = next(iter(their_answers.values()))  # 200 here, 201 there
                if other is None:
                    continue
                walk = _Walk(client, documents[name])
                site = f"{operation.get('operationId')} {status}"
                walk.walk(schema, other, site, frozenset())
                models.update(walk.models)
                for here, state in walk.missing.items():
                    states.setdefault(here, {})[name] = state
    operations = {}
    for key, present in has.items():
        since = _trailing_since(names, present)
        if since != names[0]:
            operations[key] = {"operation": op_ids[key], "since": since}
    fields: dict[str, dict[str, Any]] = {}
    for here, lacking in sorted(states.items()):
        operation_has = has[_key_of_site(client, here)]
        sending = [n for n in operation_has if n not in lacking]
        since = _trailing_since(names, sending)
        if since == _trailing_since(names, operation_has):
            continue  # every release that has the operation sends it
        entry = fields.setdefault(models[here], {"since": since, "sites": []})
        if version_key(since) > version_key(entry["since"]) or since == names[-1]:
            entry["since"] = since
        entry["sites"].append(here)
    answers = {}
    for key, without in bodyless.items():
        sending = [n for n in has[key] if n not in without]
        answers[key] = {"operation": op_ids[key], "since": _trailing_since(names, sending)}
    return Table(releases, operations, fields, answers)


def _trailing_since(names: list[str], present: list[str]) -> str:
    """The first release of the newest run of consecutive releases in ``present``."""
    since = names[-1]
    for name in reversed(names):
        if name not in present:
            break
        since = name
    return since


def _key_of_site(document: Document, site: str) -> str:
    op_id = site.split(" ", 1)[0]
    for key, _m, _p, operation in _operations(document):
        if operation.get("operationId") == op_id:
            return key
    raise KeyError(op_id)


def load_documents(releases: list[Release]) -> dict[str, Document]:
    """Each release's normalized document, checked against its recorded sha256."""
    documents = {}
    for release in releases:
        where = source.resolve_locked_source(release.source)
        data = source.read_bytes(where)
        if source.sha256(data) != release.sha256:
            raise source.SpecUnavailable(
                f"{release.source} no longer has sha256 {release.sha256[:12]}… "
                f"(it has {source.sha256(data)[:12]}…)"
            )
        document, _report = normalize(source.parse_document(data, where))
        if release is not releases[-1]:  # what this release's server sends where its document errs
            server_truth.answers_without_body(document, version_key(release.name))
        documents[release.name] = document
    return documents


def changes(old: Table | None, new: Table) -> list[str]:
    """What a new table changes, in lines a person reads: the range, operations, fields."""
    out = [f"supported range: {' · '.join(new.names)}"]
    if old is None:
        old = Table([])
    for name in new.names:
        if name not in old.names:
            out.append(f"  + release {name}")
    for name in old.names:
        if name not in new.names:
            out.append(f"  - release {name}")

    def since_lines(kind: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        lines = []
        for key in sorted(set(before) | set(after)):
            was = before.get(key, {}).get("since")
            now = after.get(key, {}).get("since")
            if was == now:
                continue
            if now is None:
                lines.append(f"  {kind} {key}: in every supported release now (was since {was})")
            elif was is None:
                lines.append(f"  {kind} {key}: since {now}, older supported releases lack it")
            else:
                lines.append(f"  {kind} {key}: since {now} (was since {was})")
        return lines

    operation_lines = since_lines("operation", old.operations, new.operations)
    operation_lines += since_lines("JSON answer of", old.answers, new.answers)
    field_lines = since_lines("field", old.fields, new.fields)
    optional = [line for line in field_lines if "older supported releases lack it" in line]
    required = [line for line in field_lines if "in every supported release now" in line]
    out.append(
        f"operations older releases lack: {len(new.operations)}, {len(operation_lines)} changed"
    )
    out.extend(operation_lines)
    out.append(
        f"answer fields optional for the range: {len(new.fields)}; {len(optional)} became "
        f"optional, {len(required)} required again, "
        f"{len(field_lines) - len(optional) - len(required)} with another first release"
    )
    out.extend(field_lines)
    return out


_SEGMENT = re.compile(r"\.[^.\[{|]+|\[\]|\{\}|\|(?:oneOf|anyOf)\d+")


def _site_parts(site: str) -> tuple[str, str, list[str]]:
    """``"ListUsers 200[].cimdClientId"`` -> ("ListUsers", "200", ["[]", ".cimdClientId"])."""
    op_id, rest = site.split(" ", 1)
    status = re.match(r"\d+|default", rest)
    if status is None:
        raise ValueError(f"not a site: {site}")
    tail = rest[status.end() :]
    segments = [m.group(0) for m in _SEGMENT.finditer(tail)]
    if "".join(segments) != tail:
        raise ValueError(f"not a site: {site}")
    return op_id, status.group(0), segments


def locate(document: Document, site: str) -> tuple[dict[str, Any], str] | None:
    """The object schema holding a site's last property, and the property's name."""
    op_id, status, segments = _site_parts(site)
    answers = {str(op.get("operationId")): _answers(op) for _k, _m, _p, op in _operations(document)}
    node: Any = answers.get(op_id, {}).get(status)
    if node is None or not segments or not segments[-1].startswith("."):
        return None
    for segment in segments[:-1]:
        node, _ = _resolve(document, node)
        if not isinstance(node, dict):
            return None
        if segment.startswith("."):
            node = node.get("properties", {}).get(segment[1:])
        elif segment == "[]":
            node = node.get("items")
        elif segment == "{}":
            node = node.get("additionalProperties")
        else:
            combiner, index = re.fullmatch(r"\|(oneOf|anyOf)(\d+)", segment).groups()  # type: ignore[union-attr]
            options = node.get(combiner, [])
            node = options[int(index)] if int(index) < len(options) else None
    node, _ = _resolve(document, node)
    if not isinstance(node, dict) or segments[-1][1:] not in node.get("properties", {}):
        return None
    return node, segments[-1][1:]


def since_text(since: str) -> str:
    return f"Sent by Logto {since} and later; older releases omit it (UNSET then)."


def apply(document: Document, table: Table) -> list[str]:
    """Make the document true for the whole range: fields some supported release does not send
    become optional, and say since which release they are sent; operations older releases lack
    say since which release they exist (docstring, and ``x-logto-since`` for the 404 hint)."""
    notes = []
    by_key = {key: op for key, _m, _p, op in _operations(document)}
    for key, entry in sorted(table.operations.items()):
        operation = by_key.get(key)
        if operation is None:
            notes.append(f"UNMATCHED operation {key}")
            continue
        since = entry["since"]
        line = f"Logto ≥ {since}: older releases answer 404 (no such route)."
        described = operation.get("description", "")
        operation["description"] = f"{described}\n\n{line}" if described else line
        for status, response in operation.get("responses", {}).items():
            if status.startswith("2"):
                response[SINCE_EXTENSION] = since
        notes.append(f"{key} ({entry['operation']}): Logto ≥ {since}")
    for key, entry in sorted(table.answers.items()):
        operation = by_key.get(key)
        if operation is None:
            notes.append(f"UNMATCHED answer {key}")
            continue
        since = entry["since"]
        line = (
            f'Logto < {since} answers without a JSON body (text such as "Created"): this '
            "returns None then."
        )
        described = operation.get("description", "")
        operation["description"] = f"{described}\n\n{line}" if described else line
        for status, response in operation.get("responses", {}).items():
            if status.startswith("2") and response.get("content"):
                response[BODY_SINCE_EXTENSION] = since
        notes.append(f"{key} ({entry['operation']}): JSON answer since Logto {since}")
    late: dict[int, tuple[dict[str, Any], list[str]]] = {}  # owner -> fields it may lack
    for model_field, entry in sorted(table.fields.items()):
        places = [locate(document, site) for site in entry["sites"]]
        if not any(places):
            notes.append(f"UNMATCHED field {model_field}")
            continue
        for place in places:
            if place is None:
                continue
            node, name = place
            required = node.get("required", [])
            if name in required:
                required.remove(name)
                if not required:
                    del node["required"]
                prop = node["properties"][name]
                text = since_text(entry["since"])
                if "$ref" in prop:  # a $ref takes no sibling keywords: wrap it to describe it
                    prop = node["properties"][name] = {"allOf": [prop]}
                described = prop.get("description", "")
                prop["description"] = f"{described} {text}" if described else text
                late.setdefault(id(node), (node, []))[1].append(f"{name} (≥ {entry['since']})")
        notes.append(f"{model_field}: optional, sent since Logto {entry['since']}")
    for node, names in late.values():  # the class docstring: a $ref property shows no description
        line = "Older Logto releases omit " + ", ".join(sorted(names)) + "."
        described = node.get("description", "")
        node["description"] = f"{described}\n\n{line}" if described else line
    return notes
