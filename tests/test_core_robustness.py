"""Robustness of the core: hostile text, foreign exceptions, value semantics, pickling laws.

No test here is timed: the linear cost of parsing is measured by ``python -m benchmarks``.
"""

from __future__ import annotations

import contextlib
import copy
import enum
import importlib
import inspect
import math
import pickle
import pkgutil
from decimal import Decimal
from typing import Any

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import accessors, arrays, critical, errors, plausibility, rda, thresholds, units
from magnesium import hypermagnesemia as hyper
from tests.hostile_examples import examples

# --- 1. hostile text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        " " * (units.MAX_TEXT_LENGTH + 1),
        " " * 16_000 + "x",
        "1 m" + " " * 64_000 + "x",
        "1" * 1_000_000,
    ],
)
def test_text_longer_than_the_maximum_is_refused_before_parsing(text: str) -> None:
    with pytest.raises(mg.ParseError, match=f"at most {units.MAX_TEXT_LENGTH} characters"):
        mg.SerumMagnesium.parse(text)
    with pytest.raises(mg.ParseError):
        mg.classify(text)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (" " * (units.MAX_TEXT_LENGTH - 1) + "x", mg.ParseError),
        ("1 m" + " " * (units.MAX_TEXT_LENGTH - 4) + "x", mg.UnitError),
        ("1.8 mg/dL\nDROP TABLE", mg.UnitError),  # text after a line break is not ignored
        ("\u0661.8 mg/dL", mg.ParseError),  # Arabic-Indic digits are not read as numbers
        ("1e999 mg/dL", mg.ImplausibleValueError),
    ],
)
def test_hostile_text_at_the_maximum_length_gives_library_errors(
    text: str, error: type[mg.MagnesiumError]
) -> None:
    with pytest.raises(error):
        mg.SerumMagnesium.parse(text)


def test_results_padded_to_the_maximum_length_still_parse() -> None:
    padded = f"{'1.8 mg/dL':^{units.MAX_TEXT_LENGTH}}"
    assert mg.SerumMagnesium.parse(padded) == mg.SerumMagnesium(1.8, "mg/dL")


@given(st.text(max_size=units.MAX_TEXT_LENGTH + 8))
def test_any_text_parses_or_raises_a_library_error(text: str) -> None:
    with contextlib.suppress(mg.MagnesiumError):
        mg.SerumMagnesium.parse(text)


@pytest.mark.parametrize(
    "unit_text",
    [
        *("(", "1 (", "@", "mg/(0)", "9.9^999", "10^10^10", "m**-1e400", "mg^2^2", "mg^0.5"),
        *("(" * 4 + "mg" + ")" * 4, "mg/dL" * 20, "inf", "nan mg", "1e400 mg", "mg)("),
    ],
)
def test_unit_text_that_pint_cannot_read_is_a_unit_error(unit_text: str) -> None:
    with pytest.raises(mg.UnitError):
        units.quantity(1.0, unit_text)


@given(st.text(alphabet="()^*/.0123456789 -+megLdlμ@e", max_size=80))
def test_any_unit_text_gives_a_quantity_or_a_unit_error(unit_text: str) -> None:
    try:
        result = units.quantity(1.0, unit_text)
    except mg.UnitError:
        return
    assert math.isfinite(float(result.to_base_units().magnitude))


def test_quantity_reads_the_units_clinical_code_needs() -> None:
    assert str(units.quantity(1.8, "mg/dL").units) == "milligram / deciliter"
    assert units.quantity(2, "mmol/(L*d)").check("[substance] / [length] ** 3 / [time]")
    assert units.quantity(1, "(milligram) ** 1 * (deciliter) ** -1").check("[mass] / [length] ** 3")
    with pytest.raises(mg.LabUnitError, match="not an accepted unit of creatinine"):
        units.quantity(1.0, "mg/(0)", label="creatinine")
    with pytest.raises(mg.ArgumentTypeError):
        units.quantity("1", "mg/dL")  # type: ignore[arg-type]
    with pytest.raises(mg.ArgumentTypeError):
        units.quantity(1.0, None)  # type: ignore[arg-type]


# --- 2. foreign exceptions ------------------------------------------------------------------

LOW = mg.Status.LOW
M: Any = mg  # untyped handles: these calls break the annotations on purpose
A: Any = arrays
E: Any = attrs.evolve


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: M.SerumMagnesium.from_quantity(1.8), mg.ArgumentTypeError),
        (lambda: M.SerumMagnesium(1.8, []), mg.UnitError),
        (lambda: M.SerumMagnesium(1.8, Decimal("sNaN")), mg.UnitError),
        (lambda: M.Band(lower=0, upper=10**400, status=LOW, label="x"), mg.DefinitionError),
        (lambda: M.Band(lower=0, upper=1, status=LOW, label=None), mg.DefinitionError),
        (lambda: M.Band(lower=0, upper=1, status="low", label="x"), mg.DefinitionError),
        (lambda: M.Band(lower=0, upper=1, status=LOW, label=""), mg.DefinitionError),
        (lambda: M.Band(lower=0, upper=1, status=LOW, label="x", grade=True), mg.DefinitionError),
        (lambda: M.Band(lower=0, upper=1, status=LOW, label="x", severity=1), mg.DefinitionError),
        (
            lambda: M.Band(lower=0, upper=1, status=LOW, label="x", includes_upper=1),
            mg.DefinitionError,
        ),
        (lambda: M.Cutoffs("mmol/L", [None]), mg.DefinitionError),
        (lambda: M.Cutoffs("mmol/L", 5), mg.DefinitionError),
        (lambda: M.Cutoffs("mmol/L", "bands"), mg.DefinitionError),
        (lambda: E(mg.get_threshold_set(), sources=["iom-1997"]), mg.DefinitionError),
        (lambda: E(mg.get_threshold_set(), cutoffs=[None]), mg.DefinitionError),
        (lambda: E(mg.get_threshold_set(), name=None), mg.DefinitionError),
        (lambda: E(mg.get_threshold_set(), population="adult"), mg.DefinitionError),
        (lambda: A.classify([1.8], "mg/dL", detail="grade"), mg.DetailError),
    ],
)
def test_bad_arguments_raise_library_errors(build: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), math.nan])
def test_nan_lies_in_no_band(value: object) -> None:
    band = mg.get_threshold_set().cutoffs[0].bands[0]
    with pytest.raises(mg.ImplausibleValueError, match="NaN lies in no band"):
        band.contains(value)  # type: ignore[arg-type]


def test_band_contains_takes_numbers_of_any_real_type() -> None:
    band = mg.Band(lower=0, upper=0.7, status=LOW, label="low")
    assert band.contains(Decimal("0.69"))  # type: ignore[arg-type]
    assert not band.contains(Decimal("0.7"))  # type: ignore[arg-type]
    assert band.contains(0)
    assert not band.contains(10**400)
    with pytest.raises(mg.ArgumentTypeError):
        band.contains("0.5")  # type: ignore[arg-type]
    with pytest.raises(mg.ArgumentTypeError):
        band.contains(True)  # noqa: FBT003


# --- 3. value semantics and read-only tables ------------------------------------------------


def test_private_tables_cannot_be_edited() -> None:
    chosen = mg.get_threshold_set()
    with pytest.raises(TypeError):
        chosen._table_for_unit["mg/dL"] = chosen.cutoffs[0]  # type: ignore[index]
    for table in (
        units._SCALES,
        units._RATIOS,
        units._TO_MMOL,
        units._CEILINGS,
        thresholds._UNIT_INDEX,
    ):
        with pytest.raises(TypeError):
            table["x"] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        mg.BIBLIOGRAPHY["x"] = mg.cite("iom-1997")  # type: ignore[index]
    with pytest.raises(AttributeError):
        mg.THRESHOLD_SETS._data = {}  # type: ignore[attr-defined]


def test_the_serum_bounds_live_in_one_place_and_are_applied() -> None:
    assert units.PLAUSIBILITY_FLOOR_MMOL_PER_L == 0.0
    assert mg.SerumMagnesium.of(0, "mg/dL").mmol_per_l == units.PLAUSIBILITY_FLOOR_MMOL_PER_L
    assert mg.classify("0 mg/dL").status is LOW
    with pytest.raises(mg.ImplausibleValueError, match="cannot be NaN, infinite or negative"):
        mg.SerumMagnesium.of(-1e-300, "mmol/L")
    ceiling = units.PLAUSIBILITY_CEILING_MMOL_PER_L
    assert mg.SerumMagnesium.of(ceiling, "mmol/L").mmol_per_l == ceiling
    with pytest.raises(mg.ImplausibleValueError, match="at most 20 mmol/L"):
        mg.SerumMagnesium.of(math.nextafter(ceiling, math.inf), "mmol/L")


# --- laws: every public value and error round-trips pickle and deepcopy ----------------------

_LEVEL = mg.SerumMagnesium.of(1.8, "mg/dL")
_EXAMPLES: dict[type, object] = {
    mg.SerumMagnesium: _LEVEL,
    mg.Band: mg.get_threshold_set().cutoffs[0].bands[1],
    mg.Cutoffs: mg.get_threshold_set().cutoffs[0],
    mg.ThresholdSet: mg.get_threshold_set("ctcae-v5"),
    mg.LevelClassification: mg.classify(_LEVEL, "ctcae-v5"),
    mg.Source: mg.cite("iom-1997"),
    mg.Verification: mg.Verification.VERBATIM_COPY,
    mg.Status: mg.Status.HIGH,
    mg.Severity: mg.Severity.MILD,
    mg.Population: mg.Population.NEONATAL,
    arrays.BandCodes: arrays.classify([1.4, np.nan, 2.6], "mg/dL"),
    arrays.ParsedColumn: arrays.parse(["0.7 mmol/L", None, "<0.5 mmol/L"], censored="bound"),
    errors.UnknownEntryError: errors.UnknownEntryError("iom", "threshold set", ["iom-1997"]),
    errors.AmbiguousSaltError: errors.AmbiguousSaltError("citrate", "salt", ["a", "b"]),
    errors.InputError: errors.InputError(-1, "eGFR", "a number >= 0", "Fix it."),
    errors.DetailError: errors.DetailError("grade"),
    errors.LabValueError: errors.LabValueError(0, "a number > 0", "Fix it.", "urine creatinine"),
    errors.LabUnitError: errors.LabUnitError("g", "mg/dL", "Fix it.", "creatinine"),
    errors.SerializationError: errors.SerializationError("x", "$.unit", "a string", "Fix it."),
    errors.ImplausibleInputError: errors.ImplausibleInputError(-1, "egfr", "[0, 250]", "Fix it."),
    critical.CriticalLimits: next(iter(critical.CRITICAL_LIMITS.values())),
    hyper.ToxicityTable: next(iter(hyper.TOXICITY_TABLES.values())),
    hyper.ToxicityBand: next(iter(hyper.TOXICITY_TABLES.values())).bands[0],
    hyper.ToxicityReading: hyper.manifestations(mg.SerumMagnesium.of(6, "mEq/L"))[0],
    plausibility.PlausibleRange: next(iter(plausibility.PLAUSIBLE_RANGES.values())),
    rda.LabellingReference: rda.EU_NRV,
}
_MODULES = tuple(
    importlib.import_module(f"magnesium.{module.name}")
    for module in pkgutil.iter_modules(mg.__path__)
    if not module.name.startswith("_") and module.name not in {"cli", "__main__"}
)
"""Every public module: a new one is covered the day it is added."""


def _public(kind: str) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for module in _MODULES:
        for name in module.__all__:
            item = getattr(module, name)
            if kind == "class" and inspect.isclass(item):
                found.append((f"{module.__name__}.{name}", item))
            if kind == "constant" and not (callable(item) or inspect.ismodule(item)):
                found.append((f"{module.__name__}.{name}", item))
    return found


def _example(cls: type) -> object:
    if cls in _EXAMPLES:
        return _EXAMPLES[cls]
    if cls in examples():
        return examples()[cls]
    if issubclass(cls, enum.Enum):
        return next(iter(cls))
    assert issubclass(cls, errors.MagnesiumError), f"add an example of {cls} to _EXAMPLES"
    return cls("value", "what was expected", "How to fix it.")


def _same(a: object, b: object) -> bool:
    if isinstance(a, BaseException):
        return type(a) is type(b) and str(a) == str(b) and a.args == b.args
    if isinstance(a, arrays.BandCodes):
        assert isinstance(b, arrays.BandCodes)
        assert not b.codes.flags.writeable
        return bool(np.array_equal(a.codes, b.codes)) and (a.categories, a.bands) == (
            b.categories,
            b.bands,
        )
    if isinstance(a, accessors.MagnesiumAccessor):  # a namespace on the caller's Series
        assert isinstance(b, accessors.MagnesiumAccessor)
        return bool(a._series.equals(b._series))
    if isinstance(a, arrays.ParsedColumn):
        assert isinstance(b, arrays.ParsedColumn)
        assert not b.values.flags.writeable
        return repr(a) == repr(b)
    return a == b


@pytest.mark.parametrize(("name", "cls"), _public("class"))
def test_every_public_type_pickles_and_deep_copies(name: str, cls: type) -> None:
    value = _example(cls)
    assert isinstance(value, cls), name
    for clone in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value), copy.copy(value)):  # noqa: S301
        assert _same(value, clone), name


@pytest.mark.parametrize(("name", "value"), _public("constant"))
def test_every_public_constant_pickles_and_deep_copies(name: str, value: object) -> None:
    if name.endswith(".Detail"):  # a typing alias, not a value
        return
    for clone in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value)):  # noqa: S301
        assert clone == value, name


def test_the_built_in_tables_survive_a_round_trip_and_still_classify() -> None:
    sets = pickle.loads(pickle.dumps(mg.THRESHOLD_SETS))  # noqa: S301
    assert dict(sets) == dict(mg.THRESHOLD_SETS)
    assert mg.classify(_LEVEL, sets["ctcae-v5"]) == mg.classify(_LEVEL, "ctcae-v5")
    assert dict(copy.deepcopy(mg.BIBLIOGRAPHY)) == dict(mg.BIBLIOGRAPHY)


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_is_a_library_error_and_a_builtin(name: str) -> None:
    cls = getattr(errors, name)
    assert issubclass(cls, errors.MagnesiumError)
    if cls is not errors.MagnesiumError:
        assert issubclass(cls, ValueError | TypeError | LookupError | ImportError)
    assert cls.__module__ == "magnesium.errors"
    assert ">>>" in (cls.__doc__ or ""), f"{name} needs a runnable example"
    assert getattr(mg, name) is cls


def test_moved_errors_stay_importable_from_their_old_modules() -> None:
    assert mg.rda.IntakeError is errors.IntakeError
    assert mg.rda.NoReferenceValueError is errors.NoReferenceValueError
    assert mg.repletion.InputError is errors.InputError
    assert mg.repletion.AmbiguousSaltError is errors.AmbiguousSaltError
    assert mg.causes.LabValueError is errors.LabValueError
    assert mg.causes.LabUnitError is errors.LabUnitError
    assert arrays._DetailError is errors.DetailError


def test_argument_type_error_is_a_type_error() -> None:
    error = errors.ArgumentTypeError([1], "a number", "Pass a number.")
    assert isinstance(error, TypeError)
    assert str(error) == "[1] has the wrong type: expected a number. Pass a number."


# --- findings of the hostile-input battery in the core -----------------------------------------


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: M.get_threshold_set().cutoffs[0].band_of("0.4 mmol/L"), mg.ArgumentTypeError),
        (lambda: M.get_threshold_set().band_for("0.4 mmol/L"), mg.ArgumentTypeError),
        (lambda: M.LevelClassification(math.nan, math.nan, math.nan, "mmol/L"), mg.DefinitionError),
        (lambda: M.Source(key=math.nan, title="t", publisher="p", year=1), mg.DefinitionError),
        (
            lambda: M.Source(key="a-1\n", title="t", publisher="p", year=1, url="u"),
            mg.DefinitionError,
        ),
        (
            lambda: A.BandCodes(np.array([0]), ("low",), (), mg.get_threshold_set(), "mmol/L"),
            mg.ArgumentTypeError,
        ),
        (
            lambda: A.BandCodes(np.zeros(1, np.int8), -0.0, (), mg.get_threshold_set(), "mmol/L"),
            mg.ArgumentTypeError,
        ),
        (lambda: A.BandCodes(np.zeros(1, np.int8), (), (), None, "mmol/L"), mg.ArgumentTypeError),
        (
            lambda: A.BandCodes(
                np.zeros(1, np.int8), (), (), mg.get_threshold_set(), Decimal("sNaN")
            ),
            mg.UnitError,
        ),
    ],
)
def test_battery_findings_in_the_core(build: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()


def test_unknown_entry_errors_take_any_known_names() -> None:
    assert errors.UnknownEntryError("x", "salt", math.nan).expected == "a known salt"  # type: ignore[arg-type]
    assert "'1'" in errors.UnknownEntryError("x", "salt", [1, "a"]).expected  # type: ignore[list-item]


def test_levels_compare_only_with_levels() -> None:
    level: Any = mg.SerumMagnesium.of(1.8, "mg/dL")
    with pytest.raises(TypeError):
        _ = level < 1.0
    with pytest.raises(TypeError):
        _ = level <= 1.0
    with pytest.raises(TypeError):
        _ = level > 1.0
    with pytest.raises(TypeError):
        _ = level >= 1.0
    assert level != 1.8


def test_read_only_tables_show_their_contents() -> None:
    assert repr(mg.THRESHOLD_SETS).startswith("FrozenMapping({'iom-1997': ThresholdSet(")


@pytest.mark.parametrize("name", errors.__all__)
def test_every_error_message_renders_for_huge_and_unprintable_values(name: str) -> None:
    class Unprintable:
        def __repr__(self) -> str:
            raise RuntimeError

    cls = getattr(errors, name)
    for value in (10**5000, "x" * 1_000_000, Unprintable()):
        error = copy.copy(_example(cls))  # a copy: the shared examples stay as they are
        error.value = value  # type: ignore[attr-defined]
        message = str(error)
        assert len(message) < 2_000, name


def test_messages_keep_short_values_as_written() -> None:
    assert str(mg.UnitError("mg", "mg/dL", "Fix it.")).startswith("'mg' is not")
    with pytest.raises(mg.UnknownEntryError, match="<an int of 16610 bits>"):
        mg.get_threshold_set(10**5000)  # type: ignore[arg-type]


def test_a_volume_so_small_that_the_concentration_overflows_is_refused() -> None:
    """4 g in 5e-324 mL is no solution: an error, not an infinite percentage."""
    with pytest.raises(mg.InputError, match="5e-324"):
        mg.prescribing.infusion_concentration_percent(4, 5e-324)
    with pytest.raises(mg.InputError):
        mg.prescribing.within_iv_concentration(4, 5e-324)
    assert math.isclose(mg.prescribing.infusion_concentration_percent(4, 1e-300), 4e302)


def test_a_long_double_beyond_float64_is_refused_by_the_column_functions() -> None:
    """numpy would cast it to inf with only a warning."""
    huge = np.longdouble("1e4000") if np.finfo(np.longdouble).max > 1e308 else None
    if huge is None:
        pytest.skip("this platform's long double is float64")
    from magnesium import arrays  # noqa: PLC0415 (numpy is known here)

    with pytest.raises(mg.ImplausibleValueError):
        arrays.classify([huge], "mmol/L")
    with pytest.raises(mg.ImplausibleValueError):
        arrays.convert(np.array([huge]), "mmol/L", "mg/dL")
    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn([huge], "mmol/L", [0.5], ["mmol/L"], [None])


def test_complex_numbers_in_a_parsed_column_are_refused_not_truncated() -> None:
    """numpy would keep the real part of 1+1j with only a warning."""
    from magnesium import arrays  # noqa: PLC0415 (numpy is known here)

    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn([np.complex128(1 + 1j)], "mmol/L", [0.5], ["mmol/L"], [None])
    with pytest.raises(mg.ArgumentTypeError):
        arrays.ParsedColumn([0.5], "mmol/L", [1j], ["mmol/L"], [None])


def test_check_protocol_reports_an_unprintable_source_in_one_line() -> None:
    (line,) = mg.protocols.check_protocol((10**5000,))  # type: ignore[arg-type]
    assert line.startswith("<a tuple that cannot be shown>: a path or the text of a protocol")
