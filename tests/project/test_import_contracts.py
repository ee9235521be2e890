"""The import contracts of pyproject.toml ([tool.importlinter]) hold, and break when they should.

`make imports` runs them on the code as it is; here they run on the same import graph with one
import (or module) added, to show that each kind of mistake fails them: the core importing the
generated package or the face, the generated package importing the face, a circle among the
hand-written modules, a module nobody placed in a layer.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter import configuration
from importlinter.api import read_configuration
from importlinter.application.app_config import settings
from importlinter.application.ports.building import GraphBuilder
from importlinter.application.use_cases import lint_imports

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
# The contracts' ids in pyproject.toml.
CORE_TO_GENERATED = "core-not-generated"
GENERATED_TO_FACE = "generated-not-face"
LAYERS = "layers"
NO_CIRCLE = "no-circle"
CONTRACTS = (CORE_TO_GENERATED, GENERATED_TO_FACE, LAYERS, NO_CIRCLE)


class _GivenGraph(GraphBuilder):
    """A graph builder that hands over a graph made beforehand."""

    def __init__(self, graph: grimp.ImportGraph) -> None:
        self.graph = graph

    def build(
        self,
        root_package_names: list[str],
        cache_dir: str | None,
        include_external_packages: bool = False,
        exclude_type_checking_imports: bool = False,
    ) -> grimp.ImportGraph:
        return copy.deepcopy(self.graph)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("logto_management", "logto_management_api", cache_dir=None)


def broken(graph: grimp.ImportGraph) -> set[str]:
    """The ids of the contracts that ``graph`` breaks, each checked as `make imports` does."""
    configuration.configure()
    settings.configure(GRAPH_BUILDER=_GivenGraph(graph))
    try:
        return {
            contract
            for contract in CONTRACTS
            if not lint_imports(
                str(PYPROJECT), limit_to_contracts=(contract,), cache_dir=None, no_logo=True
            )
        }
    finally:
        configuration.configure()


def with_import(graph: grimp.ImportGraph, importer: str, imported: str) -> grimp.ImportGraph:
    changed = copy.deepcopy(graph)
    changed.add_import(importer=importer, imported=imported)
    return changed


def test_the_code_keeps_every_contract(graph: grimp.ImportGraph) -> None:
    assert broken(graph) == set()


def test_every_contract_of_pyproject_is_checked_here() -> None:
    ids = [c.get("id") for c in read_configuration(str(PYPROJECT))["contracts_options"]]
    assert sorted(ids) == sorted(CONTRACTS)


@pytest.mark.parametrize(
    ("importer", "imported", "contract"),
    [
        # The core reaching for the generated package, directly or through the face.
        ("logto_management._pages", "logto_management_api.types", CORE_TO_GENERATED),
        ("logto_management._errors", "logto_management._client", LAYERS),
        # The generated package importing the package's face instead of a core module.
        ("logto_management_api.resources.users", "logto_management", GENERATED_TO_FACE),
        ("logto_management_api.client", "logto_management._factory", GENERATED_TO_FACE),
        # A circle: _errors reads header names from _headers.
        ("logto_management._headers", "logto_management._errors", NO_CIRCLE),
        # A circle through the twins (pagination's old one).
        ("logto_management._pages", "logto_management._pagination", NO_CIRCLE),
    ],
)
def test_a_wrong_import_breaks_its_contract(
    graph: grimp.ImportGraph, importer: str, imported: str, contract: str
) -> None:
    """Each mistake breaks the contract written for it (and sometimes others along the way)."""
    assert imported not in graph.find_modules_directly_imported_by(importer)
    assert contract in broken(with_import(graph, importer, imported))


def test_a_module_placed_in_no_layer_breaks_the_layers(graph: grimp.ImportGraph) -> None:
    changed = copy.deepcopy(graph)
    changed.add_module("logto_management._misc")
    assert broken(changed) == {LAYERS}


def test_a_generated_operation_imports_only_the_client_base() -> None:
    """Python runs ``logto_management/__init__`` before the core module a generated module
    imports: it must import neither the face (which imports the generated package, half
    imported at that moment) nor the rest of the core (importing one operation stays cheap)."""
    code = (
        "import sys\n"
        "from logto_management_api.api.users import list_users\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'logto_management')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "logto_management",
        "logto_management._base_client",
        "logto_management._logging",
        "logto_management._version",
    ]


def test_every_public_name_is_imported_on_first_use() -> None:
    import logto_management

    lazy = logto_management._LAZY  # pyright: ignore[reportPrivateUsage]
    assert sorted([*lazy, "__version__"]) == sorted(logto_management.__all__)
    for name in logto_management.__all__:
        assert getattr(logto_management, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = logto_management.nothing  # type: ignore[attr-defined]
