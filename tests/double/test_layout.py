"""The double's layout stays as its README says: by tag, in layers, without import circles.

* ``_routes/<tag>.py`` (or the package ``_routes/<tag>/``) registers only operations of that tag,
  the tag being the folder the generated client puts the operation in
  (``logto_management_api/api/<tag>/<operation>.py``), so "where does the double answer
  ``PATCH /api/hooks/{id}/signing-key``?" has one answer: ``_routes/hooks.py``;
* imports run one way: ``_http`` (wire types) <- ``_model`` <- ``_app`` <- ``_routes`` <- the
  face (``_double``, ``_logto_server``, ``__init__``, ``__main__``, ``pytest_plugin``); ``_app``
  never imports the routes, and no module imports itself back through others.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import logto_management.testing
from logto_management.testing import _routes
from logto_management.testing._app.router import Router
from logto_management.testing._model.generic import GenericApi

PACKAGE = "logto_management.testing"
ROOT = Path(logto_management.testing.__file__).parent


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _generated_tags() -> dict[str, str]:
    """Generated module name (snake-case operationId) -> tag folder."""
    api = resources.files("logto_management_api").joinpath("api")
    tags: dict[str, str] = {}
    for folder in api.iterdir():
        if not folder.is_dir() or folder.name.startswith("_"):
            continue
        for module in folder.iterdir():
            if module.name.endswith(".py") and module.name != "__init__.py":
                tags[module.name.removesuffix(".py")] = folder.name
    return tags


def test_every_route_module_holds_only_its_tag() -> None:
    tags = _generated_tags()
    generic = GenericApi(lambda _: True)
    wrong: list[str] = []
    for module in _routes.TAGS:
        tag = module.__name__.rsplit(".", 1)[-1]
        assert tag in set(tags.values()), f"{module.__name__} is not named like a tag"
        router = Router()
        module.register(router, generic)
        assert router.routes, f"{module.__name__} registers nothing"
        for route in router.routes:
            found = tags.get(_snake(route.operation_id))
            if found != tag:
                wrong.append(f"{route.operation_id} is tagged {found}, registered by {tag}")
    assert not wrong


def test_no_route_module_outside_the_tags() -> None:
    """A module in ``_routes/`` is a tag module (listed in TAGS) or part of a tag package."""
    listed = {m.__name__.rsplit(".", 1)[-1] for m in _routes.TAGS}
    on_disk = {p.stem for p in (ROOT / "_routes").glob("*.py") if p.stem != "__init__"}
    on_disk |= {p.name for p in (ROOT / "_routes").iterdir() if (p / "__init__.py").exists()}
    assert on_disk == listed


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join([PACKAGE, *parts])


def _imports(path: Path) -> Iterator[str]:
    """The double's modules that ``path`` imports (type-checking imports included)."""
    me = _module_name(path).split(".")
    package = me if path.name == "__init__.py" else me[:-1]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - node.level + 1]
            target = ".".join([*base, *([node.module] if node.module else [])])
            if node.module is None:  # from . import a, b
                yield from (f"{target}.{alias.name}" for alias in node.names)
            else:
                yield target
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
            yield str(node.module)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        graph[_module_name(path)] = set(_imports(path))
    for name, targets in graph.items():
        graph[name] = {t for t in targets if t in graph and t != name}
    return graph


def _layer(module: str) -> int:
    rest = module.removeprefix(PACKAGE).lstrip(".").split(".")[0]
    return {"_http": 0, "_model": 1, "_app": 2, "_routes": 3}.get(rest, 4)


def test_imports_run_one_way_between_layers() -> None:
    """No module imports one of a higher layer (the routes are above the plumbing: the ASGI
    application gets its router filled by the face, it never imports a route module)."""
    upward = [
        f"{source} imports {target}"
        for source, targets in _graph().items()
        for target in targets
        if _layer(target) > _layer(source)
    ]
    assert not upward


def test_no_import_circle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not circles


@pytest.mark.parametrize("path", sorted(ROOT.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_are_read_in_one_sitting(path: Path) -> None:
    """About 400 lines at most, or the module says at its top why it is longer."""
    lines = path.read_text().splitlines()
    if len(lines) > 420:
        head = "\n".join(lines[:15]).lower()
        assert "longer than" in head, f"{path.name}: {len(lines)} lines and no reason at its top"
