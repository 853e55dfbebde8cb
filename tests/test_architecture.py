"""The import graph of ``src/magnesium``: no cycles, and the arrows point one way (issue 12).

The graph is read from the source with `ast`, not by importing: every ``import`` and
``from ... import`` anywhere in a module (at the top, in a function, in a method: lazy
imports count), and ``importlib.import_module("magnesium.x")`` with a literal name.
``from magnesium import x`` is an edge to ``magnesium.x`` where ``x`` is a module, else to
``magnesium`` (the package's ``__init__``). Imports under ``if TYPE_CHECKING:`` are left
out: they never run. The layers are written down once, in `LAYERS`, and
``docs/architecture.md`` describes them.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import Final

import magnesium

PACKAGE: Final = Path(magnesium.__file__).parent

LAYERS: Final[dict[str, int]] = {
    # core: below everything; imports only core (and, for now, the data tables: see below)
    "magnesium.errors": 0,
    "magnesium.sources": 0,
    "magnesium.units": 0,
    "magnesium.plausibility": 0,
    "magnesium.serum": 0,
    "magnesium._frozen": 0,
    "magnesium._fields": 0,
    "magnesium._intake_fields": 0,
    "magnesium._show": 0,
    # the knowledge base's loader and the row types of the tables it builds
    "magnesium._knowledge": 0,
    "magnesium._salt_rows": 0,
    "magnesium._regimen_rows": 0,
    "magnesium._atomic_weights": 0,
    # display is generic (its renderers are registered by class name; it imports no value
    # type's module), so the value types reach it through _show for their repr and str
    "magnesium.display": 0,
    # topics: one concept each; import core and the topics they build on
    "magnesium.thresholds": 1,
    "magnesium.critical": 1,
    "magnesium.hypermagnesemia": 1,
    "magnesium.hypermagnesaemia": 1,  # the deprecated spelling: re-exports hypermagnesemia
    "magnesium.analytes": 1,
    "magnesium.rda": 1,
    "magnesium.foods": 1,
    "magnesium.causes": 1,
    "magnesium.workup": 1,
    "magnesium.salts": 1,
    "magnesium.repletion": 1,
    "magnesium.prescribing": 1,
    "magnesium.protocols": 1,
    # edges: columns, presentation, JSON, the command line, adapters; import topics and core
    "magnesium.arrays": 2,
    "magnesium._columns": 2,
    "magnesium.accessors": 2,
    "magnesium.frames": 2,
    "magnesium.plots": 2,
    "magnesium.interop": 2,
    "magnesium.fhir": 2,
    "magnesium.hl7": 2,
    "magnesium.serialize": 2,
    "magnesium._answer": 2,
    "magnesium.mcp_server": 2,
    "magnesium.cli": 2,
    "magnesium.__main__": 2,
    # the public face (re-exports topics and core; edges may import it, topics may not)
    "magnesium": 2,
}
"""The layer of every module: a module imports only modules of its own layer or below.

``magnesium.cli.*`` modules are edges and ``_docs*`` modules generate the documentation (edges).
The knowledge base is data (``data/*.toml``), read by ``_knowledge``: it imports nothing."""


def layer(module: str) -> int:
    """The layer of *module* (`LAYERS`; the private edge and data modules by their prefix)."""
    if module.startswith(("magnesium.cli.", "magnesium._docs")):
        return 2
    return LAYERS[module]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of *tree*, except the bodies of ``if TYPE_CHECKING:``."""
    found: list[ast.AST] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))
    return found


def _resolve(name: str) -> str | None:
    """*name* if it is one of the package's modules, else the package module it lies in."""
    known = modules()
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _from_import(module: str, node: ast.ImportFrom) -> list[str]:
    if node.level:  # relative: from the module's package
        package = module if modules()[module].name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    targets = [f"{base}.{alias.name}" for alias in node.names]
    return [t if t in modules() else base for t in targets]


def _imported(module: str, node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        return _from_import(module, node)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "import_module"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return [node.args[0].value]
    return []


@cache
def graph() -> dict[str, frozenset[str]]:
    """The modules each module imports (the package's own modules only)."""
    edges: dict[str, frozenset[str]] = {}
    for module, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [name for node in _nodes(tree) for name in _imported(module, node)]
        targets = {_resolve(name) for name in names if name.split(".")[0] == "magnesium"}
        edges[module] = frozenset(t for t in targets if t is not None and t != module)
    return edges


def find_cycle(edges: dict[str, frozenset[str]]) -> list[str] | None:
    """One cycle of *edges* as a path that ends where it starts, or None (depth-first)."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_graph_is_read() -> None:
    """The reader sees top-level, lazy, `from magnesium import x` and import_module edges."""
    edges = graph()
    assert "magnesium.thresholds" in edges["magnesium.cli.thresholds"]  # a top-level from-import
    assert "magnesium.cli.rda" in edges["magnesium.cli"]  # from magnesium.cli import rda
    assert "magnesium.display" in edges["magnesium.cli.rda"]  # `from magnesium import display`
    assert "magnesium.mcp_server" in edges["magnesium.cli.mcp"]  # import_module("magnesium.x")
    assert "magnesium.serum" in edges["magnesium.thresholds"]
    assert len(edges) == len(modules()) > 40


def test_the_reader_finds_a_cycle() -> None:
    """A test that cannot fail is a defect: the finder reports a cycle it is given."""
    edges = {"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset()}
    assert find_cycle(edges) == ["a", "b", "c", "a"]
    assert find_cycle({"a": frozenset({"b"}), "b": frozenset()}) is None


def test_no_import_cycles() -> None:
    """No module imports one that imports it back, directly or through others, lazily or not."""
    cycle = find_cycle(graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


def test_every_module_has_a_layer() -> None:
    for module in modules():
        assert layer(module) in {0, 1, 2}, module


def test_the_arrows_point_one_way() -> None:
    """Edges import topics, topics import core, core imports nothing above it."""
    upward = sorted(
        f"{module} (layer {layer(module)}) imports {target} (layer {layer(target)})"
        for module, targets in graph().items()
        for target in targets
        if layer(target) > layer(module)
    )
    assert upward == []
