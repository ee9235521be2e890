"""Hoisting inline shapes into named components.

Logto's document declares almost every schema inline, so a stock generation names the same user
shape ``GetUserResponse200``, ``ListUsersResponse200Item``, ``CreateUserResponse200`` ... and makes
~2,200 model classes. Here every object shape that occurs more than once (compared without
descriptions and examples) becomes one component, named after the entity it is: curated names for
the entities people use (``names.CURATED``), and names derived from where the shape sits (property
name, array item, union variant) for the rest. Names depend only on the document's content, never
on traversal counters, so they are stable across regenerations and small spec changes.

Over 400 lines, on purpose: finding the shapes (``take_census``), naming them (``plan_names``,
``fitting_name``, ``split_by_use``) and merging their variants (``merge_family``) are one pass over
one `Plan`, each step reading what the previous one decided; apart, they would share its insides.
The curated names themselves live in ``spec/names.py``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from spec.names import CURATED, RENAMED, SEPARATE, SHARED

Schema = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(document: Schema) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of a document, in the document's order."""
    return [
        (path, method, item[method])
        for path, item in document.get("paths", {}).items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]


_NOT_SHAPE = ("description", "example", "examples", "title", "nullable")
# Validation the generator does not turn into types: members differing only here are one entity.
_CONSTRAINTS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems")
_VERBS = [
    *("List", "Get", "Create", "Update", "Replace", "Delete", "Add", "Assign", "Remove", "Upsert"),
    *("Patch", "Verify", "Set", "Post", "Put", "Rotate", "Test", "Sync", "Check", "Generate"),
    *("Fetch", "Search", "Reset", "Restore", "Revoke", "Unlink", "Link", "Trigger", "Send"),
]


def shape_key(schema: Schema) -> str:
    """The identity of a shape: its JSON without prose (descriptions, examples) and nullability."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            if node.get("type") == "string" and isinstance(node.get("enum"), list):
                node = {**node, "enum": sorted(map(str, node["enum"]))}  # order carries no meaning
            if _documents_union_fields(node):
                node = {k: v for k, v in node.items() if k != "properties"}
            return {
                # property names are shape, even `description` or `title`: only prose goes
                k: strip_properties(v) if k == "properties" else strip(v)
                for k, v in node.items()
                if k not in _NOT_SHAPE
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    def strip_properties(properties: Any) -> Any:
        if isinstance(properties, dict):
            return {name: strip(prop) for name, prop in properties.items()}
        return strip(properties)

    return json.dumps(strip(schema), sort_keys=True, separators=(",", ":"))


def _documents_union_fields(node: dict[str, Any]) -> bool:
    """Logto documents the fields of a union with description-only ``properties`` beside its
    ``oneOf``; they are prose, not shape."""
    properties = node.get("properties")
    return (
        isinstance(properties, dict)
        and any(k in node for k in ("oneOf", "anyOf", "allOf"))
        and all(isinstance(p, dict) and set(p) <= set(_NOT_SHAPE) for p in properties.values())
    )


def is_shape(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and node.get("type") == "object"
        and bool(node.get("properties"))
        and "$ref" not in node
    )


def is_query_map(node: Any) -> bool:
    """An exploded object query parameter (``search_params``): a map, named like a shape."""
    return (
        isinstance(node, dict)
        and node.get("type") == "object"
        and isinstance(node.get("additionalProperties"), dict)
        and not node.get("properties")
    )


LARGE_ENUM = 5


def is_large_enum(node: Any) -> bool:
    """A string enum of several values (hook events, language tags, application types): named
    once, instead of one Literal module per property that repeats it."""
    return (
        isinstance(node, dict)
        and node.get("type") == "string"
        and isinstance(node.get("enum"), list)
        and len(node["enum"]) >= LARGE_ENUM
    )


def is_candidate(node: Any, site_path: tuple[str, ...], location: str) -> bool:
    return (
        is_shape(node)
        or is_large_enum(node)
        or (not site_path and location.startswith("query.") and is_query_map(node))
    )


@dataclass
class Site:
    """Where a shape occurs: operation, location (``200``, ``body``, ``query.x``), path inside."""

    operation_id: str
    location: str
    path: tuple[str, ...] = ()

    def __str__(self) -> str:
        return " ".join([self.operation_id, self.location + "".join(self.path)])


def operation_roots(document: Schema) -> Iterator[tuple[str, str, Schema, str, Any]]:
    """Every (operationId, location, container, key, schema) that holds a schema of an operation."""
    for _path, _method, operation in operations(document):
        op_id = operation["operationId"]
        for parameter in operation.get("parameters", []):
            if "schema" in parameter:
                where = f"{parameter.get('in')}.{parameter.get('name')}"
                yield op_id, where, parameter, "schema", parameter["schema"]
        body = operation.get("requestBody", {})
        for media in body.get("content", {}).values():
            if "schema" in media:
                yield op_id, "body", media, "schema", media["schema"]
        for status, response in operation.get("responses", {}).items():
            for media in response.get("content", {}).values():
                if "schema" in media:
                    yield op_id, status, media, "schema", media["schema"]


def children(node: Schema) -> Iterator[tuple[str, Any, str | int, Any]]:
    """The (path segment, container, key, child) of a schema's sub-schemas."""
    for name, prop in node.get("properties", {}).items():
        yield "." + name, node["properties"], name, prop
    if isinstance(node.get("items"), dict):
        yield "[]", node, "items", node["items"]
    if isinstance(node.get("additionalProperties"), dict):
        yield "{}", node, "additionalProperties", node["additionalProperties"]
    for combiner in ("oneOf", "anyOf", "allOf"):
        for index, option in enumerate(node.get(combiner, [])):
            yield f"|{combiner}{index}", node[combiner], index, option
    if isinstance(node.get("not"), dict):
        yield "!", node, "not", node["not"]


@dataclass
class Census:
    """Every shape in the operations, how often it occurs, and where."""

    counts: Counter[str] = field(default_factory=Counter)
    sites: dict[str, list[Site]] = field(default_factory=lambda: defaultdict(list))
    shapes: dict[str, Schema] = field(default_factory=dict)

    def visit(self, node: Any, site: Site) -> None:
        if not isinstance(node, dict):
            return
        if is_candidate(node, site.path, site.location):
            key = shape_key(node)
            self.counts[key] += 1
            self.sites[key].append(site)
            self.shapes.setdefault(key, node)
        for segment, _container, _key, child in children(node):
            self.visit(child, Site(site.operation_id, site.location, (*site.path, segment)))


def take_census(document: Schema) -> Census:
    census = Census()
    for op_id, location, _container, _key, schema in operation_roots(document):
        census.visit(schema, Site(op_id, location))
    return census


def pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(word[:1].upper() + word[1:] for word in words)


def singular(name: str) -> str:
    for plural, single in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch")):
        if name.endswith(plural):
            return name[: -len(plural)] + single
    if name.endswith("s") and not name.endswith(("ss", "us", "is")):
        return name[:-1]
    return name


def strip_verb(operation_id: str) -> str:
    for verb in _VERBS:
        rest = operation_id[len(verb) :]
        if operation_id.startswith(verb) and rest[:1].isupper():
            return rest
    return operation_id


def variant_prefix(shape: Schema) -> str:
    """A union variant is named after its constant ``type`` (``PasswordVerificationRecord``)."""
    type_schema = shape.get("properties", {}).get("type", {})
    values = type_schema.get("enum") if isinstance(type_schema, dict) else None
    if isinstance(values, list) and len(values) == 1:
        return pascal(str(values[0]))
    return ""


def candidate(site: Site, shape: Schema) -> str:
    """The name a person would give the shape at this site."""
    segments = list(site.path)
    variant = ""
    while segments and segments[-1].startswith(("|", "{}", "!")):
        if segments[-1].startswith("|") and not variant:
            variant = variant_prefix(shape)
        segments.pop()
    while segments and segments[-1] == "[]":
        segments.pop()
        if segments and segments[-1].startswith("."):
            segments[-1] = segments[-1] + "[]"
    if segments:
        last = segments[-1]
        base = pascal(last.rstrip("[]"))
        if last.endswith("[]"):
            base = singular(base)
    elif site.location.startswith(("query.", "path.", "header.", "cookie.")):
        base = pascal(site.location.split(".", 1)[1])
    elif site.location == "body":
        base = strip_verb(site.operation_id) + "Request"
    else:
        base = strip_verb(site.operation_id)
        if site.operation_id.startswith("List") or site.path[:1] == ("[]",):
            base = singular(base)
    return variant + base if variant and not base.startswith(variant) else base or "Shape"


def site_candidates(site: Site, shape: Schema, owner_name: str | None = None) -> list[str]:
    """Names for the shape at this site, plainest first: ``Branding``, ``SsoConnectorBranding``.

    ``owner_name`` is the component name of the nearest enclosing named shape, if any.
    """
    base = candidate(site, shape)
    names = [base]
    if owner_name and not base.startswith(owner_name):
        names.append(owner_name + base)
    parents = [seg for seg in site.path[:-1] if seg.startswith(".")]
    for parent in reversed(parents):
        prefix = singular(pascal(parent))
        if not names[-1].startswith(prefix):
            names.append(prefix + names[-1])
    owner = singular(strip_verb(site.operation_id))
    if site.path and not names[-1].startswith(owner):
        names.append(owner + names[-1])
    return names


@dataclass
class Plan:
    """Which shapes become components, and why: a whole shape (shape key -> component name), or
    the shape at some sites only (site -> name, checked first) when its uses are different things.
    """

    names: dict[str, str]
    reasons: dict[str, str]
    families: dict[str, list[str]]
    site_names: dict[str, str] = field(default_factory=dict)
    site_reasons: dict[str, str] = field(default_factory=dict)  # component name -> why

    def name_at(self, key: str, site: Site) -> str | None:
        return self.site_names.get(str(site)) or self.names.get(key)


def matches(site: str, pattern: str) -> bool:
    """Whether a site string matches a names.SHARED pattern (``*`` matches anything)."""
    return re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), site) is not None


def plan_names(document: Schema, census: Census) -> Plan:
    components = document.get("components", {}).get("schemas", {})
    taken = set(components)
    names: dict[str, str] = {}
    reasons: dict[str, str] = {}
    families: dict[str, list[str]] = {}
    site_names: dict[str, str] = {}
    site_reasons: dict[str, str] = {}
    by_site = {str(site): key for key, sites in census.sites.items() for site in sites}
    for entity, anchors in CURATED.items():
        keys = list(dict.fromkeys(by_site[a] for a in anchors if a in by_site))
        keys = [k for k in keys if k not in names]
        if not keys or entity in taken:
            continue
        # A member that disagrees with the others about a property is left to automatic naming.
        keys = [
            k
            for i, k in enumerate(keys)
            if merge_family([census.shapes[m] for m in keys[: i + 1]], components)
        ]
        families[entity] = keys
        for key in keys:
            names[key] = entity
            reasons[key] = "curated: " + ", ".join(a for a in anchors if by_site.get(a) == key)
        taken.add(entity)
    all_sites = sorted(by_site)
    separate = {s for s in all_sites if any(matches(s, pattern) for pattern in SEPARATE)}
    for shared, entry in SHARED.items():
        found = [s for p in entry.sites for s in all_sites if matches(s, p)]
        found = [s for s in found if s not in site_names and s not in separate]
        found = [s for s in found if by_site[s] not in names]
        if not found or shared in taken:
            continue
        chosen = [s for s in dict.fromkeys(found) if by_site[s] == by_site[found[0]]]
        site_names.update(dict.fromkeys(chosen, shared))
        uses = f"{len(chosen)} use" + "s" * (len(chosen) != 1)
        site_reasons[shared] = f"{uses}, curated: {entry.reason}"
        taken.add(shared)

    def open_sites(key: str) -> list[Site]:
        return [s for s in census.sites[key] if str(s) not in site_names and str(s) not in separate]

    repeated = [k for k in census.counts if k not in names and len(open_sites(k)) >= 2]

    def order(key: str) -> tuple[int, int, str]:
        depth = min(len(site.path) for site in open_sites(key))
        return depth, -len(open_sites(key)), min(str(site) for site in open_sites(key))

    def owner(site: Site) -> str | None:
        for depth in range(len(site.path) - 1, -1, -1):
            inner = str(Site(site.operation_id, site.location, site.path[:depth]))
            if inner in site_names:
                return site_names[inner]
            key = by_site.get(inner)
            if key in names:
                return names[key]
        return None

    for key in sorted(repeated, key=order):
        shape = census.shapes[key]
        sites = open_sites(key)
        options = [site_candidates(site, shape, owner(site)) for site in sites]
        if is_large_enum(shape):  # a one-word enum name says little: ApplicationType, HookEvent
            options = [
                [o[1], o[0], *o[2:]] if len(o) > 1 and len(re.findall("[A-Z]", o[0])) == 1 else o
                for o in options
            ]
        name = None
        for level in range(max(map(len, options))):
            votes = Counter(o[level] for o in options if len(o) > level)
            ranked = sorted(votes, key=lambda n: (-votes[n], len(n), n))
            name = next((n for n in ranked if n not in taken), None)
            if name is not None:
                break
        if name is None:
            base = options[0][0]
            name = next(f"{base}{i}" for i in range(2, 1000) if f"{base}{i}" not in taken)
        # Names from property names suit every use; a name taken from an operation must suit
        # every operation that takes or returns the shape itself.
        roots = [o for site, o in zip(sites, options, strict=True) if _is_root(site)]
        if is_shape(shape) and not all(fits(name, o) for o in roots):
            name = fitting_name(shape, sites, options, taken)
            if name is None:  # no name suits every use: one model per kind of use
                for group, members in split_by_use(sites, options, taken):
                    site_names.update(dict.fromkeys(map(str, members), group))
                    site_reasons[group] = f"{len(members)} uses, split from a shape used otherwise"
                    taken.add(group)
                continue
        name = RENAMED.get(name, name)
        names[key] = name
        reasons[key] = f"{len(sites)} occurrences, first {min(map(str, sites))}"
        taken.add(name)
    return Plan(names, reasons, families, site_names, site_reasons)


def _words(name: str) -> list[str]:
    """A name's words, singular, without ``Request``: ``OrganizationUsersRequest`` ->
    ``["Organization", "User"]``."""
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name.removesuffix("Request"))
    return [singular(w) for w in words]


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def fits(name: str, site_options: list[str]) -> bool:
    """Whether a name suits one use of a shape: it is part of a name the use itself suggests
    (``Branding`` suits ``SsoConnectorBranding``; ``OrganizationUsersRequest`` does not suit
    ``CreateRoleUser``'s body)."""
    return any(_contains(_words(option), _words(name)) for option in site_options)


def is_id_list(shape: Schema) -> bool:
    """``{userIds: [...]}`` and the like: the one shape a person names after its field."""
    properties = shape.get("properties", {})
    if len(properties) != 1:
        return False
    [(name, schema)] = properties.items()
    return name.endswith("Ids") and isinstance(schema, dict) and schema.get("type") == "array"


def fitting_name(
    shape: Schema, sites: list[Site], options: list[list[str]], taken: set[str]
) -> str | None:
    """A name for a shape whose uses suggest different entities: the longest run of words that
    every use's own name shares (``UserConsentScope`` for the application's and the CIMD's), else
    None. A list of ids is named after its field (``UserIds`` for ``{userIds}``, which roles and
    organizations take and return); no other shape is: ``Enabled`` or ``NameRequest`` say nothing
    of what the shape is for (names.SHARED names such shapes, or split_by_use splits them)."""
    suffix = "Request" if all(_is_root(site) and site.location == "body" for site in sites) else ""
    if is_id_list(shape):
        name = pascal(next(iter(shape["properties"]))) + suffix
        return name if name not in taken else None
    lists = [_words(o[0]) for o in options]
    runs = [lists[0][i:j] for i in range(len(lists[0])) for j in range(i + 1, len(lists[0]) + 1)]
    common = [run for run in runs if all(_contains(words, run) for words in lists)]
    for run in sorted(common, key=len, reverse=True)[:1]:
        name = "".join(run) + suffix
        if name not in taken:
            return name
    return None


def split_by_use(
    sites: list[Site], options: list[list[str]], taken: set[str]
) -> list[tuple[str, list[Site]]]:
    """One model per kind of use of a shape no one name suits: the uses whose own names agree
    (every ``adaptiveMfa`` of ``{enabled}``) share a model; a lone use stays its operation's own."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, option in enumerate(options):
        groups[option[0]].append(index)
    found: list[tuple[str, list[Site]]] = []
    chosen: set[str] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        for level in range(max(len(options[i]) for i in members)):
            votes = Counter(options[i][level] for i in members if len(options[i]) > level)
            ranked = sorted(votes, key=lambda n: (-votes[n], len(n), n))
            name = next((n for n in ranked if n not in taken and n not in chosen), None)
            if name is not None:
                found.append((name, [sites[i] for i in members]))
                chosen.add(name)
                break
    return found


def _is_root(site: Site) -> bool:
    """Whether the site is an operation's body or answer itself (or its items, or a variant)."""
    if site.location.startswith(("query.", "path.", "header.", "cookie.")):
        return False
    return all(segment == "[]" or segment.startswith("|") for segment in site.path)


def merge_family(members: list[Schema], components: Schema | None = None) -> Schema | None:
    """One schema for an entity that operations return with more or fewer fields (GetApplication
    adds ``isAdmin``, ListRoles adds counts): every property, required only where all require it.
    None when two members disagree about a property's type, so they cannot honestly be one model;
    validation alone (a length limit, a ``$ref`` to a plain string component such as
    ``ApplicationLegacySecret`` where another member inlines the string) is no disagreement."""

    def typed(node: Any) -> str:
        if isinstance(node, dict) and set(node) == {"$ref"} and components:
            target = components.get(str(node["$ref"]).rsplit("/", 1)[-1])
            if isinstance(target, dict) and "type" in target and not is_shape(target):
                node = target
        if isinstance(node, dict):
            node = {k: v for k, v in node.items() if k not in (*_CONSTRAINTS, "deprecated")}
        return shape_key(node)

    merged: Schema = {k: v for k, v in members[0].items() if k not in ("properties", "required")}
    properties: Schema = {}
    for member in members:
        for name, prop in member.get("properties", {}).items():
            if name in properties and typed(properties[name]) != typed(prop):
                return None
            properties.setdefault(name, prop)
    required = [
        name for name in properties if all(name in member.get("required", []) for member in members)
    ]
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def shared_prose(component: Schema, uses: list[Schema]) -> Schema:
    """The component with the descriptions its uses agree on: a field documented as "The secret
    name" by one operation and otherwise by another keeps neither."""

    def description(node: Any) -> Any:
        return node.get("description") if isinstance(node, dict) else None

    result = dict(component)
    if len({json.dumps(description(use)) for use in uses}) > 1:
        result.pop("description", None)
    properties = component.get("properties")
    if isinstance(properties, dict):
        result["properties"] = {}
        for name, prop in properties.items():
            said = {json.dumps(description(use.get("properties", {}).get(name))) for use in uses}
            if len(said) > 1 and isinstance(prop, dict):
                prop = {k: v for k, v in prop.items() if k != "description"}
            result["properties"][name] = prop
    return result


def hoist(document: Schema) -> list[str]:
    """Replace every planned shape by a $ref to its component; returns one line per component."""
    census = take_census(document)
    plan = plan_names(document, census)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    rewritten: dict[str, Schema] = {}  # shape key -> its first use, rewritten (families)
    first: dict[str, Schema] = {}  # component name -> its first use, rewritten
    uses: dict[str, list[Schema]] = defaultdict(list)

    def rewrite(node: Any, site: Site) -> Any:
        if not isinstance(node, dict):
            return node
        key = shape_key(node) if is_candidate(node, site.path, site.location) else None
        for segment, container, index, child in list(children(node)):
            inner = Site(site.operation_id, site.location, (*site.path, segment))
            container[index] = rewrite(child, inner)
        name = plan.name_at(key, site) if key is not None else None
        if key is None or name is None:
            return node
        rewritten.setdefault(key, {k: v for k, v in node.items() if k != "nullable"})
        first.setdefault(name, {k: v for k, v in node.items() if k != "nullable"})
        uses[name].append(node)
        ref = {"$ref": f"#/components/schemas/{name}"}
        if node.get("nullable"):
            return {"nullable": True, "allOf": [ref]}
        return ref

    for op_id, location, container, key, schema in list(operation_roots(document)):
        container[key] = rewrite(schema, Site(op_id, location))
    notes = []
    for name in first:
        if name in plan.families or name in schemas:
            continue
        schemas[name] = shared_prose(first[name], uses[name])
    for name, keys in plan.families.items():
        merged = merge_family([rewritten[k] for k in keys], schemas)
        assert merged is not None, f"{name}: members agreed before their sub-shapes were hoisted"
        schemas[name] = merged
    for key in sorted(plan.names, key=lambda k: (plan.names[k], plan.reasons[k])):
        notes.append(f"{plan.names[key]}: {plan.reasons[key]}")
    notes.extend(f"{name}: {reason}" for name, reason in sorted(plan.site_reasons.items()))
    return notes
