"""The tutorial notebook (docs/tutorial.ipynb) runs, and its stored outputs are current.

The documentation renders the notebook's stored outputs (mkdocs-jupyter, ``execute:
false``); this test executes it afresh with nbclient and compares every text output with
the stored one, so a reader never sees a table the library no longer gives. Figures are
checked to be there (their pixels are not compared).

After changing the notebook or the library, refresh the stored outputs with
``python -m tests.test_tutorial``.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, Final

import pytest

nbformat: Any = pytest.importorskip("nbformat")
nbclient: Any = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK: Final = Path(__file__).parent.parent / "docs" / "tutorial.ipynb"
_ADDRESS: Final = re.compile(r" at 0x[0-9a-f]+")


def execute(notebook: Any) -> Any:
    """Run *notebook* (a copy) in a fresh kernel from the docs folder; return it."""
    ran = copy.deepcopy(notebook)
    client = nbclient.NotebookClient(
        ran,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    return ran


def _texts(notebook: Any) -> list[list[str]]:
    """The text outputs of each code cell (stream text, text/plain, text/html), normalised."""
    found = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.outputs:
            data = output.get("data", {})
            figure = str(data.get("text/plain", "")).startswith("<Figure")
            kinds = ("text/plain", "text/html", "text/markdown")
            outputs += [_ADDRESS.sub("", str(data[k])) for k in kinds if k in data and not figure]
            if output.output_type == "stream":
                outputs.append(str(output.text))
            assert output.output_type != "error", output
        found.append(outputs)
    return found


@pytest.fixture(scope="module")
def stored() -> Any:
    return nbformat.read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def fresh(stored: Any) -> Any:
    return execute(stored)


def test_the_notebook_runs_without_an_error(fresh: Any) -> None:
    errors = [
        o
        for c in fresh.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]
    assert errors == []


def test_the_stored_outputs_are_what_the_library_gives_now(stored: Any, fresh: Any) -> None:
    assert _texts(fresh) == _texts(stored), "refresh them: python -m tests.test_tutorial"


def test_the_figures_are_drawn(stored: Any, fresh: Any) -> None:
    for notebook in (stored, fresh):
        images = [
            o
            for c in notebook.cells
            if c.cell_type == "code"
            for o in c.outputs
            if "image/png" in o.get("data", {})
        ]
        assert len(images) == 2


def test_each_task_takes_a_handful_of_lines(stored: Any) -> None:
    """The issue's acceptance: a few lines per task, data literals aside."""
    lengths = [len(c.source.splitlines()) for c in stored.cells if c.cell_type == "code"]
    assert max(lengths) <= 15  # the lab cell: 9 lines of data, 6 of work
    assert len(lengths) >= 8


def test_the_notebook_names_no_local_path(stored: Any) -> None:
    text = NOTEBOOK.read_text(encoding="utf-8")
    assert "/work/" not in text
    assert "/root/" not in text


if __name__ == "__main__":  # refresh the stored outputs
    nbformat.write(execute(nbformat.read(NOTEBOOK, as_version=4)), NOTEBOOK)
