"""The resource API (``logto.users.get(...)``), generated beside the operation modules.

openapi-python-client writes one module per operation (``api/users/get_user.py``). This step
reads those modules (their signatures, exactly as generated from the document) and writes:

- ``resources/<tag>.py``: per tag of the document a class of methods (``UsersResource``, async) and
  its twin (``SyncUsersResource``), each holding a client and nothing else, so a copy of the client
  (``with_headers``, ``with_options``) gives resources bound to the copy;
- ``_resources.py``: ``ResourcesMixin``, inherited by the generated ``Client`` (one line in
  ``spec/templates/client.py.jinja``): one property per resource, and ``sync`` for the twins;
- the name table (resource, method, HTTP method and path, body, return type) for the docs.

Method names are the operation's name without its resource (``list_user_roles`` ->
``users.list_roles``); a POST that links existing entities by id (``{userIds}``) is ``assign_``
(``create_role_user`` -> ``roles.assign_users``) and the DELETE that unlinks one is ``remove_``.
Paginated list operations return a paginator over every page (``async for``).
"""

from __future__ import annotations

import ast
import keyword
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spec import docstrings

PAGINATION = ("page", "page_size")
RESERVED = {"sync"}  # the mixin's own attribute


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None
    positional: bool


@dataclass
class Operation:
    tag: str
    module: str
    method: str
    path: str
    summary: str
    parameters: list[Parameter]
    returns: str  # of asyncio(): the parsed type, or "None"
    detailed_returns: str
    imports: list[str] = field(default_factory=list)
    name: str = ""
    # "Logto ≥ 1.36.0: ..." (spec/releases.py), from the operation's docstring: the docs site
    # shows it; the method's docstring has it from the description (spec/docstrings.py)
    releases: str = ""
    doc: docstrings.OperationDoc | None = None

    @property
    def paginated(self) -> bool:
        names = {p.name for p in self.parameters}
        return set(PAGINATION) <= names and self.detailed_returns.startswith("Response[list[")

    @property
    def item_type(self) -> str:
        return self.detailed_returns.removeprefix("Response[list[").removesuffix("]]")

    @property
    def body(self) -> str:
        return next((p.annotation for p in self.parameters if p.name == "body"), "")


def _absolute(node: ast.ImportFrom) -> str | None:
    """``from ...models.user import User`` (in api/<tag>/<op>.py) as an absolute import."""
    if node.level != 3 or node.module is None:
        return None
    names = ", ".join(a.name for a in node.names)
    return f"from logto_management_api.{node.module} import {names}"


def read_operation(path: Path, tag: str) -> Operation | None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.AsyncFunctionDef)}
    function = functions.get("asyncio")
    detailed = functions.get("asyncio_detailed")
    if function is None or detailed is None:
        return None
    method = re.search(r'"method": "(\w+)"', source)
    url = re.search(r'"url": "([^"]+)"', source)
    if method is None or url is None:
        raise ValueError(f"{path}: no method or url in _get_kwargs")
    args = function.args
    parameters = []
    defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(args.args, defaults, strict=True):
        parameters.append(Parameter(arg.arg, _annotation(arg), _source(default), True))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg != "client":
            parameters.append(Parameter(arg.arg, _annotation(arg), _source(default), False))
    doc = ast.get_docstring(function) or ""
    summary = doc.strip().splitlines()[0] if doc.strip() else ""
    paragraphs = [" ".join(p.split()) for p in doc.split("\n\n")]
    releases = " ".join(p for p in paragraphs if p.startswith(("Logto ≥", "Logto <")))
    imports = [i for n in tree.body if isinstance(n, ast.ImportFrom) and (i := _absolute(n))]
    return Operation(
        tag=tag,
        module=path.stem,
        method=method.group(1).upper(),
        path=url.group(1),
        summary=summary,
        releases=releases,
        parameters=parameters,
        returns=ast.unparse(function.returns) if function.returns else "None",
        detailed_returns=ast.unparse(detailed.returns) if detailed.returns else "",
        imports=[i for i in imports if ".client import" not in i],
    )


def _annotation(arg: ast.arg) -> str:
    return ast.unparse(arg.annotation) if arg.annotation else "Any"


def _source(node: ast.expr | None) -> str | None:
    return ast.unparse(node) if node is not None else None


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def method_name(operation: Operation, links: set[str]) -> str:
    """``list_user_roles`` in ``users`` -> ``list_roles``; see the module docstring."""
    words = operation.module.split("_")
    verb, rest = words[0], words[1:]
    tag_words = operation.tag.split("_")
    noun = [*tag_words[:-1], singular(tag_words[-1])]
    for candidate in (tag_words, noun, tag_words[-1:], noun[-1:]):
        for i in range(len(rest) - len(candidate) + 1):
            if rest[i : i + len(candidate)] == candidate:
                rest = rest[:i] + rest[i + len(candidate) :]
                break
        else:
            continue
        break
    collection = operation.path.rsplit("/", 1)[0]
    if verb == "create" and operation.method == "POST" and operation.path in links and rest:
        verb, rest = "assign", [*rest[:-1], _plural(rest[-1])]
    elif verb == "delete" and operation.method == "DELETE" and collection in links:
        verb = "remove"
    name = "_".join([verb, *rest])
    return name + "_" if keyword.iskeyword(name) else name


# Abbreviations in operation ids that a method name spells out.
SPELLED_OUT = {
    "get_sign_in_exp": "get_sign_in_experience",
    "update_sign_in_exp": "update_sign_in_experience",
}


def _says_what_it_returns(operation: Operation, name: str) -> str:
    """A ``list_`` operation that answers one object (``{grants: [...]}``, the custom data) is a
    ``get_``: ``users.get_custom_data``, not ``users.list_custom_data``."""
    name = SPELLED_OUT.get(name, name)
    if name.startswith("list_") and not operation.detailed_returns.startswith("Response[list["):
        return "get_" + name.removeprefix("list_")
    return name


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def link_collections(operations: list[Operation], package: Path) -> set[str]:
    """Paths whose POST takes only ids of existing entities (``{userIds}``): links, not
    creations."""
    links = set()
    for op in operations:
        if op.method != "POST" or not op.body:
            continue
        model = re.sub(r"(?<!^)(?=[A-Z])", "_", op.body.split(" |")[0]).lower()
        model_path = package / "models" / f"{model}.py"
        if not model_path.is_file():
            continue
        fields = re.findall(r"^    (\w+): ", model_path.read_text(encoding="utf-8"), re.M)
        fields = [f for f in fields if f != "additional_properties"]
        if fields and all(f.endswith("_ids") for f in fields):
            links.add(op.path)
    return links


def collect(package: Path) -> dict[str, list[Operation]]:
    by_tag: dict[str, list[Operation]] = {}
    for tag_dir in sorted((package / "api").iterdir()):
        if not tag_dir.is_dir() or tag_dir.name.startswith("_"):
            continue
        for module in sorted(tag_dir.glob("*.py")):
            if module.name != "__init__.py":
                operation = read_operation(module, tag_dir.name)
                if operation is not None:
                    by_tag.setdefault(tag_dir.name, []).append(operation)
    every = [op for ops in by_tag.values() for op in ops]
    links = link_collections(every, package)
    for ops in by_tag.values():
        names = [_says_what_it_returns(op, method_name(op, links)) for op in ops]
        for op, name in zip(ops, names, strict=True):
            op.name = name if names.count(name) == 1 else op.module
    return by_tag


def class_name(tag: str) -> str:
    """``UsersResource``: the suffix keeps resource classes apart from models
    (``AccountCenter``)."""
    return "".join(word.capitalize() for word in tag.split("_")) + "Resource"


def _builtin_types(annotation: str) -> str:
    """Inside a class with a method called ``list``, ``list[...]`` would name the method."""
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", annotation)


# The typed search (logto_management.search) of each operation that takes Logto's search
# parameters: by the entity it lists.
SEARCHES = {
    "list_users": "UserSearch",
    "list_role_users": "UserSearch",
    "list_applications": "ApplicationSearch",
    "list_role_applications": "ApplicationSearch",
    "list_roles": "RoleSearch",
    "list_user_roles": "RoleSearch",
    "list_application_roles": "RoleSearch",
    "list_resource_scopes": "ScopeSearch",
    "list_role_scopes": "ScopeSearch",
}
SEARCH_ARG = "Typed search (logto_management.search.{}): fields, modes, joint, case sensitivity."


def search_class(operation: Operation) -> str | None:
    """The typed search class of an operation with ``search_params``, or None without."""
    if not any(p.name == "search_params" for p in operation.parameters):
        return None
    if operation.module not in SEARCHES:
        raise ValueError(f"{operation.module} takes search_params: add it to SEARCHES")
    return SEARCHES[operation.module]


def _signature(operation: Operation, *, sync: bool) -> tuple[list[str], list[str]]:
    """(parameter declarations, call arguments) of a method."""
    declared = ["self"]
    passed = []
    keyword_only = False
    for p in operation.parameters:
        if operation.paginated and p.name in PAGINATION:
            continue
        if not p.positional and not keyword_only:
            declared.append("*")
            keyword_only = True
        default = f" = {p.default}" if p.default is not None else ""
        if p.name == "search_params" and (searching := search_class(operation)):
            declared.append(f"search: {searching} | None = None")
            model = p.annotation.split(" |")[0]
            declared.append(f"{p.name}: {_builtin_types(p.annotation)}{default}")
            passed.append(f"search_params=_search_params(search, search_params, {model})")
            continue
        declared.append(f"{p.name}: {_builtin_types(p.annotation)}{default}")
        passed.append(p.name if p.positional else f"{p.name}={p.name}")
    if operation.paginated:
        if not keyword_only:
            declared.append("*")
        declared.append("page_size: int = MAX_PAGE_SIZE")
        passed.append("page_size=page_size")
        if not sync:
            declared.append("concurrency: int = 1")
            passed.append("concurrency=concurrency")
    return declared, passed


PAGING_ARGS = {
    "page_size": "Items per request, 1 to 100 (Logto's maximum, and the default).",
    "concurrency": "Pages requested at a time after the first (async only; default 1).",
}


def _method(operation: Operation, *, sync: bool) -> str:
    declared, passed = _signature(operation, sync=sync)
    function = f"{operation.module}.{'sync' if sync else 'asyncio'}"
    names = [d.split(":")[0] for d in declared if d not in ("self", "*")]
    detailed = f"{operation.module}.{'sync_detailed' if sync else 'asyncio_detailed'}"
    if operation.paginated:
        kind = "SyncPaginator" if sync else "Paginator"
        item = operation.item_type
        returns = f"{kind}[{_builtin_types(item)}]"
        body = f"return paginate({detailed}, {', '.join([*passed, 'client=self._client'])})"
        loop = "for" if sync else "async for"
        said = operation.doc.returns if operation.doc else ""
        returns_text = (
            f"every {item} of every page, in order ({loop}), one request per page; "
            f"``.page(n)`` gives page n alone with its total. Each page: {said}"
        )
        prefix = "def"
        shown = f"{kind}[{item}]"
    else:
        returns = _builtin_types(operation.returns)
        call = f"{function}({', '.join([*passed, 'client=self._client'])})"
        body = f"return {'' if sync else 'await '}{call}"
        returns_text = operation.doc.returns if operation.doc else ""
        prefix = "def" if sync else "async def"
        shown = operation.returns
    text = docstrings.render(
        operation.doc,
        parameters=names,
        returns=shown,
        returns_text=returns_text or ("nothing: the answer has no body" if shown == "None" else ""),
        extra={
            **PAGING_ARGS,
            "id": f"The ID of the {singular(operation.tag).replace('_', ' ')}.",
            "search": SEARCH_ARG.format(search_class(operation)),
            "search_params": "Search query parameters, sent as they are (the escape hatch).",
        },
        fallback=operation.summary,
    )
    called = detailed if operation.paginated else function
    where = f"``{operation.method} {operation.path}`` (``{called}``)."
    return (
        f"    {prefix} {operation.name}({', '.join(declared)}) -> {returns}:\n"
        f'        """{text}\n\n        {where}\n        """\n'
        f"        {body}\n"
    )


def resource_module(tag: str, operations: list[Operation]) -> str:
    imports = sorted({i for op in operations for i in op.imports})
    searches = sorted({c for op in operations if (c := search_class(op))})
    if searches:
        names = ", ".join([*searches, "search_params as _search_params"])
        imports.append(f"from logto_management.search import {names}")
    modules = ", ".join(sorted(op.module for op in operations))
    name = class_name(tag)
    methods_async = "\n".join(_method(op, sync=False) for op in operations)
    methods_sync = "\n".join(_method(op, sync=True) for op in operations)
    return f'''"""The ``{tag}`` operations as methods: ``logto.{tag}`` and ``logto.sync.{tag}``.

Generated by spec/resources.py from the operation modules; do not edit.
"""

from __future__ import annotations

import builtins
from typing import Any

from logto_management._paginate import MAX_PAGE_SIZE, Paginator, SyncPaginator, paginate
from logto_management_api.api.{tag} import {modules}
from logto_management_api.client import AuthenticatedClient, Client
{chr(10).join(imports)}

__all__ = ["{name}", "Sync{name}"]


class {name}:
    """The ``{tag}`` operations (async). Holds a client and nothing else."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

{methods_async}

class Sync{name}:
    """The ``{tag}`` operations (sync). Holds a client and nothing else."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

{methods_sync}
'''


def mixin_module(tags: list[str]) -> str:
    def properties(sync: bool) -> str:
        out = []
        for tag in tags:
            cls = ("Sync" if sync else "") + class_name(tag)
            client = "self._client" if sync else 'cast("Client", self)'
            out.append(
                f"    @property\n"
                f"    def {tag}(self) -> {cls}:\n"
                f'        """The ``{tag}`` operations{" (sync)" if sync else ""}."""\n'
                f"        from .resources.{tag} import {cls}\n\n"
                f"        return {cls}({client})\n"
            )
        return "\n".join(out)

    checking = "\n".join(
        f"    from .resources.{tag} import {class_name(tag)}, Sync{class_name(tag)}" for tag in tags
    )
    return f'''"""Resources as attributes of the client: ``logto.users``, ``logto.sync.users``.

Generated by spec/resources.py; do not edit. The generated ``Client`` inherits
``ResourcesMixin``. Every access makes a small object that holds the client and nothing else,
so a copy of the client (``with_headers``...) gives resources bound to that copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
{checking}


class ResourcesMixin:
    """The resources of the Management API (async methods); ``sync`` for the sync twins."""

    __slots__ = ()

    @property
    def sync(self) -> SyncResources:
        """The same resources with synchronous methods (``logto.sync.users.get(...)``)."""
        return SyncResources(cast("Client", self))

{properties(False)}

class SyncResources:
    """The resources of the Management API with synchronous methods."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

{properties(True)}'''


def table(by_tag: dict[str, list[Operation]]) -> str:
    lines = [
        "# Resources and methods",
        "",
        "Generated by `make generate` (spec/resources.py) from the operation modules; do not edit.",
        "`logto.<resource>.<method>(...)` is async; `logto.sync.<resource>.<method>(...)` is its",
        "sync twin. Path parameters are positional, the rest keyword-only. *Paginated* methods",
        "return a paginator over every page (`async for` / `for`) and take `page_size`.",
        "",
        "| resource | method | HTTP | body | returns | function |",
        "|---|---|---|---|---|---|",
    ]
    for tag, operations in by_tag.items():
        for op in sorted(operations, key=lambda o: o.name):
            returns = f"every `{op.item_type}` (paginated)" if op.paginated else f"`{op.returns}`"
            body = f"`{op.body.split(' |')[0]}`" if op.body else ""
            lines.append(
                f"| `{tag}` | `{op.name}` | `{op.method} {op.path}` | {body} | {returns} "
                f"| `{tag}.{op.module}` |"
            )
    return "\n".join(lines) + "\n"


def write(package: Path, document: dict[str, Any] | None = None) -> str:
    """Write the resource modules into a generated package; returns the name table. The
    normalized ``document`` gives the methods' docstrings (spec/docstrings.py)."""
    by_tag = collect(package)
    docs = docstrings.collect(document or {})
    for ops in by_tag.values():
        for op in ops:
            op.doc = docs.get(docstrings._key(op.method, op.path))
    tags = [t for t in by_tag if t not in RESERVED]
    resources = package / "resources"
    resources.mkdir(exist_ok=True)
    (resources / "__init__.py").write_text(
        '"""One module per resource; reached through the client (``logto.users``)."""\n',
        encoding="utf-8",
    )
    for tag in tags:
        (resources / f"{tag}.py").write_text(resource_module(tag, by_tag[tag]), encoding="utf-8")
    (package / "_resources.py").write_text(mixin_module(tags), encoding="utf-8")
    ruff = str(Path(sys.executable).parent / "ruff")
    for command in (
        [ruff, "check", "--isolated", "--no-cache", "--fix-only", "--select", "I,F401", "-q"],
        [ruff, "format", "--isolated", "--no-cache", "--line-length", "100", "-q"],
    ):
        subprocess.run([*command, str(resources), str(package / "_resources.py")], check=True)
    return table({t: by_tag[t] for t in tags})
