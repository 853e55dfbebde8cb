"""Laws of the presentation layer (`magnesium.display`) over every public value type."""

from __future__ import annotations

import ast
import contextlib
import importlib
import io
import pkgutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium
import magnesium as mg
from magnesium import causes, display, hypermagnesemia, plausibility, rda, repletion, salts
from magnesium.cli import main
from magnesium.errors import MagnesiumError
from tests.hostile_examples import examples

MODULES: Final = (
    "magnesium",
    *(
        f"magnesium.{module.name}"
        for module in pkgutil.iter_modules(magnesium.__path__)
        # the accessor is a namespace on the caller's Series, not a value of ours
        if not module.name.startswith("_") and module.name not in {"cli", "display", "accessors"}
    ),
)
"""Every public module: a new one is covered the day it is added."""
HOSTILE: Final = "<script>alert('x')</script> **bold** [link](javascript:alert(1)) & <b>"
OUR_TAGS: Final = frozenset({"div", "p", "strong", "ul", "li"})


def public_types() -> list[type]:
    """Every attrs value type named in the ``__all__`` of a public module (errors aside)."""
    found: dict[str, type] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for item in (getattr(module, key) for key in module.__all__):
            if isinstance(item, type) and attrs.has(item) and not issubclass(item, BaseException):
                found[f"{item.__module__}.{item.__qualname__}"] = item
    return [found[key] for key in sorted(found)]


def example(kind: type) -> object:
    """A valid instance of *kind*: the battery's, else one built here."""
    if kind in examples():
        return examples()[kind]
    level = mg.SerumMagnesium.parse("3 mEq/L")
    reading = hypermagnesemia.manifestations(level)[0]
    extra: dict[type, object] = {
        mg.CriticalLimits: mg.get_critical_limits("homerton"),
        hypermagnesemia.ToxicityBand: reading.bands[0],
        hypermagnesemia.ToxicityTable: reading.table,
        hypermagnesemia.ToxicityReading: reading,
        rda.LabellingReference: rda.EU_NRV,
        plausibility.PlausibleRange: plausibility.PLAUSIBLE_RANGES["age_years"],
    }
    return extra[kind]


TYPES: Final = public_types()


def test_every_public_type_is_found_and_has_an_example() -> None:
    assert {repletion.RepletionPlan, mg.LevelClassification, mg.Source, causes.ScreenResult} <= set(
        TYPES
    )
    for kind in TYPES:
        assert isinstance(example(kind), kind)


@pytest.mark.parametrize("kind", TYPES, ids=lambda kind: kind.__qualname__)
def test_repr_is_one_short_line_from_display(kind: type) -> None:
    value = example(kind)
    text = repr(value)
    assert len(text.splitlines()) == 1
    assert len(text) <= display.MAX_BRIEF
    assert text.startswith(f"{kind.__name__}(")
    assert text == display.brief(value)  # attrs kept the class's own __repr__


@pytest.mark.parametrize("kind", TYPES, ids=lambda kind: kind.__qualname__)
def test_every_form_is_non_empty_text(kind: type) -> None:
    value = example(kind)
    assert str(value).strip()
    assert display.text(value).strip()
    markdown = value._repr_markdown_()  # type: ignore[attr-defined]
    html = value._repr_html_()  # type: ignore[attr-defined]
    assert markdown == display.markdown(value)
    assert html == display.html(value)
    assert markdown.startswith("**")
    assert html.startswith('<div class="magnesium">')
    assert html.endswith("</div>")


def test_the_reprs_the_issue_asks_for() -> None:
    plan = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    assert repr(plan) == (
        "RepletionPlan(0.4 mmol/L low by iom-1997; 2 regimens; first='label-severe-iv')"
    )
    assert repr(plan.regimens[0]) == (
        "Regimen('label-severe-iv', IV magnesium sulfate heptahydrate 5 g)"
    )
    assert repr(mg.cite("iom-1997")) == "Source('iom-1997')"
    assert len(repr(rda.get_authority())) < 100  # was ~95,000 characters


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        self.tags.add(tag)


def _tags(html: str) -> set[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_html_and_markdown_escape_text_from_the_user() -> None:
    result = causes.screen(medications=[HOSTILE])
    html = display.html(result)
    assert "&lt;script&gt;" in html
    assert "<script" not in html
    assert _tags(html) <= OUR_TAGS
    markdown = display.markdown(result)
    assert "<" not in markdown
    assert "\\*\\*bold\\*\\*" in markdown
    assert "\\[link\\]" in markdown


@given(st.text(min_size=1, max_size=300))
def test_user_text_never_becomes_markup_or_a_long_repr(signs: str) -> None:
    band = hypermagnesemia.ToxicityBand(lower=1, signs=signs)
    assert _tags(display.html(band)) <= OUR_TAGS
    assert "<" not in display.markdown(band)
    assert len(repr(band).splitlines()) == 1
    assert len(repr(band)) <= display.MAX_BRIEF


@given(st.text(min_size=1, max_size=200))
def test_a_screened_name_never_becomes_markup(name: str) -> None:
    try:
        result = causes.screen(medications=[name])
    except MagnesiumError:
        return
    assert _tags(display.html(result)) <= OUR_TAGS
    assert len(repr(result)) <= display.MAX_BRIEF


def test_a_value_built_from_junk_is_still_shown() -> None:
    junk = causes.ScreenResult.__new__(causes.ScreenResult)
    object.__setattr__(junk, "matches", float("nan"))
    object.__setattr__(junk, "unmatched", ())
    assert repr(junk) == "ScreenResult(matches=nan, unmatched=<0 items>)"
    assert display.text(junk) == repr(junk)
    assert display.html(junk).startswith('<div class="magnesium">')


def _stdout(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


def test_the_cli_prints_the_presentation_layer() -> None:
    level = mg.SerumMagnesium.parse("1.4 mg/dL")
    classified = mg.classify(level, "ctcae-v5")
    assert (
        _stdout(["classify", "1.4 mg/dL", "--set", "ctcae-v5"]) == display.text(classified) + "\n"
    )
    plan = repletion.plan_repletion(mg.SerumMagnesium.parse("0.4 mmol/L"), symptomatic=True)
    lines = _stdout(["plan", "0.4 mmol/L", "--symptomatic"]).splitlines()
    assert "\n".join(lines[1:]) == display.text(plan)
    listed = _stdout(["salts"])
    assert display.text(salts.get_salt("magnesium oxide")) in listed


def test_markdown_and_html_say_what_the_text_says() -> None:
    plan = repletion.plan_repletion("0.4 mmol/L", symptomatic=True)
    lines = [line.strip() for line in display.text(plan).splitlines()]
    markdown = display.markdown(plan)
    assert markdown.count("\n- ") + markdown.count("\n  - ") == len(lines) - 1
    assert display.html(plan).count("<li>") == len(lines) - 1


def test_display_imports_without_numpy_or_pandas() -> None:
    code = (
        "import sys; sys.modules['numpy'] = None; sys.modules['pandas'] = None\n"
        "import magnesium.display as d, magnesium as mg\n"
        "print(d.html(mg.classify(mg.SerumMagnesium.parse('0.5 mmol/L')))[:4])"
    )
    done = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout == "<div\n"


def _imports_display_at_top(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "magnesium"
            and any(alias.name == "display" for alias in node.names)
        ):
            return True
        names = node.names if isinstance(node, ast.Import | ast.ImportFrom) else []
        if any(alias.name == "magnesium.display" for alias in names):
            return True
    return False


def test_arrows_point_one_way() -> None:
    """Only the edges (the command line) import display; the value types reach it lazily."""
    package = Path(display.__file__).parent
    importers = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if _imports_display_at_top(path)
    }
    assert importers <= {
        "cli/thresholds.py",
        "cli/alerts.py",
        "cli/analytes.py",
        "cli/causes.py",
        "cli/rda.py",
        "cli/repletion.py",
        "cli/protocol.py",
    }
    assert "cli/thresholds.py" in importers


def test_any_object_is_shown() -> None:
    assert display.text(42) == display.brief(42) == "42"
    assert display.brief("a\nb") == "'a\\nb'"
    assert display.brief(list(range(1000))).endswith(" ...")

    class Broken:
        def __repr__(self) -> str:
            raise ValueError

    assert display.brief(Broken()) == display.text(Broken()) == "Broken(...)"


def test_an_unverified_labelling_reference_says_so() -> None:
    weak = next(s for s in mg.BIBLIOGRAPHY.values() if not s.verified)
    nrv = attrs.evolve(rda.EU_NRV, sources=(weak,))
    assert display.text(rda.EU_NRV).count("warning") == 0
    assert display.text(nrv).endswith(
        "warning: a value here was not verified against its primary source"
    )


@pytest.mark.parametrize("authority", list(rda.AUTHORITIES))
def test_every_intake_table_is_short_in_repr_and_whole_in_text(authority: object) -> None:
    table = rda.get_authority(authority)  # type: ignore[arg-type]
    assert len(repr(table)) <= display.MAX_BRIEF
    text = display.text(table)
    assert len(text.splitlines()) == 2 + len(table.rows) + len(table.upper_levels)
    for row in table.rows:
        assert len(repr(row)) <= display.MAX_BRIEF
        assert f"  {row.life_stage}: " in text


_PLAIN_WORDS: Final = {"_DISCLAIMER", "name"}
"""What the command prints that is not a value: the plan's notice, ``mcp --check``'s tool names."""


def _printed(path: Path) -> list[ast.expr]:
    calls = [node for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Call)]
    printing = [
        c for c in calls if isinstance(c.func, ast.Name) and c.func.id in {"print", "_write"}
    ]
    return [arg for call in printing for arg in call.args if not _is_stream(arg)]


def _is_stream(arg: ast.expr) -> bool:
    return isinstance(arg, ast.Name) and arg.id == "out"


def _from_the_layer(arg: ast.expr) -> bool:
    """A display function's text, the JSON answer, or a plain word."""
    if isinstance(arg, ast.Name):
        return arg.id in _PLAIN_WORDS
    if not isinstance(arg, ast.Call):
        return False
    func = arg.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id == "display"
    return isinstance(func, ast.Name) and func.id == "answer_json"


def test_the_command_renders_nothing_of_its_own() -> None:
    """Every line the CLI prints is `display`'s text or the JSON answer (issue 12)."""
    package = Path(display.__file__).parent
    modules = sorted((package / "cli").glob("*.py"))
    own = [
        f"{path.name}:{arg.lineno}: {ast.unparse(arg)}"
        for path in modules
        for arg in _printed(path)
        if not _from_the_layer(arg)
    ]
    assert own == []
    assert sum(len(_printed(path)) for path in modules) > 30  # the test sees the prints


def test_every_renderer_names_a_class() -> None:
    """Renderers are registered by dotted class name: each name is a class where it lives."""
    registries = (display._brief, display._text, display._row)
    names = [name for registry in registries for name in registry.renderers]
    assert len(names) > 40
    for name in names:
        module_name, _, qualname = name.rpartition(".")
        cls = getattr(importlib.import_module(module_name), qualname)
        assert isinstance(cls, type), name
        assert f"{cls.__module__}.{cls.__qualname__}" == name
