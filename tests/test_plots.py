"""Figures (issue 14): magnesium.plots returns matplotlib Figures, never shows them."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys
from typing import Any

import pytest

import magnesium as mg
from magnesium import rda, units
from magnesium.errors import (
    ArgumentTypeError,
    ImplausibleValueError,
    MissingExtraError,
    ParseError,
    UnitError,
)

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402 (after the optional dependency)

from magnesium import plots  # noqa: E402

P: Any = plots  # matplotlib's artists are typed loosely (unions of arrays); tests read them


def _texts(figure: Any) -> str:
    """Every text of the figure: titles, labels, tick labels, legend, caption."""
    found = [t.get_text() for t in figure.findobj(matplotlib.text.Text)]
    return "\n".join(found)


def test_threshold_sets_one_bar_row_per_published_table_in_the_chosen_unit() -> None:
    figure = P.threshold_sets(["iom-1997", "ctcae-v5"], unit="mg/dL")
    assert isinstance(figure, Figure)
    assert isinstance(P.levels_over_time([0], ["0.7 mmol/L"]), Figure)
    (axes,) = figure.axes
    assert axes.get_xlabel() == "serum magnesium (mg/dL)"
    rows = [label.get_text() for label in axes.get_yticklabels()]
    expected = [
        f"{s.name} ({t.unit})"
        for s in map(mg.get_threshold_set, ("iom-1997", "ctcae-v5"))
        for t in s.cutoffs
    ]
    assert rows == expected
    bands = sum(
        len(t.bands) for n in ("iom-1997", "ctcae-v5") for t in mg.get_threshold_set(n).cutoffs
    )
    assert len(axes.patches) == bands
    # the IOM mmol/L table's lower normal edge (0.75 mmol/L) lands where it converts to
    first: Any = axes.patches[1]  # iom-1997 mmol/L: the normal band
    assert first.get_x() == pytest.approx(units.rescale(0.75, "mmol/L", "mg/dL"))
    assert "iom-1997" in _texts(figure)  # the source keys in the caption


def test_threshold_sets_default_draws_every_set() -> None:
    figure = P.threshold_sets()
    rows = figure.axes[0].get_yticklabels()
    assert len(rows) == sum(len(s.cutoffs) for s in mg.THRESHOLD_SETS.values())


def test_levels_over_time_units_on_the_axis_source_in_the_caption() -> None:
    times = [dt.date(2026, 1, day) for day in (1, 2, 3, 5)]
    levels = ["0.45 mmol/L", None, "1.6 mg/dL", mg.SerumMagnesium.of(0.9, "mmol/L")]
    figure = P.levels_over_time(times, levels, "ctcae-v5", unit="mg/dL")
    (axes,) = figure.axes
    assert axes.get_ylabel() == "serum magnesium (mg/dL)"
    (line,) = axes.lines
    ys = list(line.get_ydata())
    assert ys == pytest.approx(
        [units.rescale(0.45, "mmol/L", "mg/dL"), 1.6, units.rescale(0.9, "mmol/L", "mg/dL")]
    )
    assert len(line.get_xdata()) == 3  # the missing level is left out
    table = next(t for t in mg.get_threshold_set("ctcae-v5").cutoffs if t.unit == "mg/dL")
    assert len(axes.patches) == len(table.bands)  # one span per band
    text = _texts(figure)
    assert "nci-ctcae-5" in text
    assert "ctcae-v5" in text


@pytest.mark.parametrize("missing", [None, math.nan, float("nan")])
def test_a_missing_level_is_left_out(missing: Any) -> None:
    figure = P.levels_over_time([0, 1], ["0.7 mmol/L", missing])
    assert len(figure.axes[0].lines[0].get_xdata()) == 1


def test_intake_bars_and_reference_lines_with_the_ul_scope() -> None:
    person = rda.recommended_intake(age_years=40, sex="female")
    figure = P.intake({"diet": 250, "supplement": 100}, person)
    (axes,) = figure.axes
    assert axes.get_ylabel() == "magnesium intake (mg/day)"
    assert [p.get_height() for p in axes.patches] == [250, 100]
    lines = {line.get_label(): line.get_ydata()[0] for line in axes.lines}
    assert lines[f"RDA {person.amount_mg:g} mg/day"] == person.amount_mg
    assert person.ul_supplemental_mg in lines.values()
    text = _texts(figure)
    assert "supplemental magnesium only" in text
    assert person.sources[0].key in text
    assert axes.get_title() == "IOM 31-50 y (female)", "whom the row is for, not 'none'"


def test_the_intake_title_names_pregnancy_or_both_sexes() -> None:
    pregnant = rda.recommended_intake(age_years=25, sex="female", pregnant=True)
    child = rda.recommended_intake(age_years=5, sex="male")
    for reference, who in ((pregnant, "pregnant"), (child, "both sexes")):
        (axes,) = P.intake({"diet": 100}, reference).axes
        assert axes.get_title().endswith(f"({who})")


@pytest.mark.parametrize(
    "draw",
    [
        lambda: P.threshold_sets(["iom-1997", "ctcae-v5"]),
        lambda: P.levels_over_time(
            [dt.date(2024, 1, 1), dt.date(2024, 1, 2)], ["0.6 mmol/L", None]
        ),
        lambda: P.intake({"diet": 250}, rda.recommended_intake(age_years=40, sex="female")),
    ],
)
def test_every_text_is_at_least_12_px_at_the_figures_dpi(draw: Any) -> None:
    figure = draw()
    sizes = [t.get_fontsize() for t in figure.findobj(matplotlib.text.Text) if t.get_text()]
    assert min(sizes) * figure.dpi / 72 >= 12


def test_no_figure_is_shown_and_pyplot_is_never_imported() -> None:
    code = (
        "import sys\nfrom magnesium import plots, rda\n"
        "plots.threshold_sets(['iom-1997'])\n"
        "plots.levels_over_time([0], ['0.7 mmol/L'])\n"
        "plots.intake(300, rda.recommended_intake(age_years=40, sex='M'))\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert run.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: P.threshold_sets(["nope"]), LookupError),
        (lambda: P.threshold_sets(unit="g"), UnitError),
        (lambda: P.threshold_sets("iom-1997"), ArgumentTypeError),
        (lambda: P.levels_over_time([0, 1], ["0.7 mmol/L"]), ArgumentTypeError),
        (lambda: P.levels_over_time([None], ["0.7 mmol/L"]), ArgumentTypeError),
        (lambda: P.levels_over_time([math.inf], ["0.7 mmol/L"]), ArgumentTypeError),
        (lambda: P.levels_over_time([0], ["seven"]), ParseError),
        (lambda: P.levels_over_time([0], [0.7]), ArgumentTypeError),
        (
            lambda: P.intake(-5, rda.recommended_intake(age_years=40, sex="M")),
            ImplausibleValueError,
        ),
        (
            lambda: P.intake(math.nan, rda.recommended_intake(age_years=40, sex="M")),
            ImplausibleValueError,
        ),
        (lambda: P.intake(300, "adult"), ArgumentTypeError),
        (
            lambda: P.intake({1: 300}, rda.recommended_intake(age_years=40, sex="M")),
            ArgumentTypeError,
        ),
    ],
)
def test_bad_input_raises_our_error(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_without_matplotlib_a_figure_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(MissingExtraError, match=r"magnesium-clinical\[plot\]"):
        P.threshold_sets()
