"""The field checks of the public value types (`magnesium._fields`, issue 10)."""

from __future__ import annotations

import importlib
import math
import pkgutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import attrs
import pytest

import magnesium as mg
from magnesium import (
    _fields,
    accessors,
    analytes,
    arrays,
    causes,
    plausibility,
    repletion,
    salts,
    thresholds,
    workup,
)
from magnesium.errors import ArgumentTypeError, DefinitionError, MagnesiumError

MODULES: Final = tuple(
    f"magnesium.{module.name}"
    for module in pkgutil.iter_modules(mg.__path__)
    if not module.name.startswith("_") and module.name not in {"cli", "__main__"}
)
"""Every public module: a new one is covered the day it is added."""

CHECKED_BY_HAND: Final[dict[type, str]] = {
    mg.SerumMagnesium: "the scalar hot path; its own converters check value and unit",
    thresholds.LevelClassification: "the scalar hot path; classify fills its slots directly",
    thresholds.Band: "validated field by field in thresholds.py (DefinitionError)",
    thresholds.Cutoffs: "validated in thresholds.py; derived private fields",
    salts.ElementalDose: "one field with its own plausibility converter",
    arrays.BandCodes: "a numpy array field, validated in arrays.py",
    arrays.ParsedColumn: "numpy array fields, validated in arrays.py",
    accessors.MagnesiumAccessor: "a namespace on the caller's Series; refuses a non-Series",
    analytes.AnalyteReading: "each field has its own type validator in analytes.py",
    analytes.RbcMagnesium: "its own converters check value (LabValueError) and unit (LabUnitError)",
}
"""Public value types that check their fields without `checked`, each with the reason."""

evolve: Any = attrs.evolve  # untyped: these calls break the annotations on purpose


def _value_types() -> set[type]:
    found: set[type] = set()
    for name in MODULES:
        module = importlib.import_module(name)
        for public in module.__all__:
            obj = getattr(module, public)
            if isinstance(obj, type) and attrs.has(obj):
                found.add(obj)
    return found


def _checks(field: attrs.Attribute[Any]) -> list[_fields._Validator]:
    validator = field.validator
    parts = getattr(validator, "_validators", (validator,))
    return [part for part in parts if isinstance(part, _fields._Validator)]


@pytest.mark.parametrize("cls", sorted(_value_types(), key=repr))
def test_every_public_value_type_checks_every_field(cls: type) -> None:
    """Each init field has the check its annotation implies (or the type is checked by hand)."""
    if cls in CHECKED_BY_HAND:
        return
    for field in attrs.fields(cls):
        if not field.init:
            continue
        if str(field.type) in {"float", "float | None"}:
            assert field.converter is not None, f"{cls.__qualname__}.{field.name} is not checked"
            continue
        checks = _checks(field)
        assert len(checks) == 1, f"{cls.__qualname__}.{field.name} is not checked"
        _fields.resolve(checks[0].annotation, checks[0].module)  # a known annotation


def test_the_types_checked_by_hand_are_public_value_types() -> None:
    assert set(CHECKED_BY_HAND) <= _value_types()


def test_a_wrong_type_is_an_argument_type_error_naming_the_field() -> None:
    with pytest.raises(ArgumentTypeError, match=r"Cause\(id=\.\.\.\)") as caught:
        evolve(causes.CAUSES["alcohol"], id=math.nan)
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize("value", [math.nan, math.inf, Decimal("sNaN"), 10**400])
def test_a_number_field_refuses_non_finite_values(value: object) -> None:
    with pytest.raises(DefinitionError, match=r"FemgCutoff\(percent=\.\.\.\)"):
        evolve(workup.get_femg_cutoff(), percent=value)


def test_a_number_field_stores_a_float() -> None:
    cutoff = evolve(workup.get_femg_cutoff(), percent=Decimal(3))
    assert type(cutoff.percent) is float
    assert cutoff.percent == 3.0


@pytest.mark.parametrize("value", ["drug-ppi", b"x", 5, math.nan, {"drug-ppi": 1}])
def test_a_tuple_field_refuses_text_mappings_and_non_iterables(value: object) -> None:
    with pytest.raises(ArgumentTypeError, match=r"RiskGroup\(causes=\.\.\.\)"):
        evolve(causes.RISK_GROUPS[0], causes=value)


def test_a_tuple_field_takes_any_other_iterable_and_checks_its_items() -> None:
    group = evolve(causes.RISK_GROUPS[0], causes=iter(["drug-ppi"]))
    assert group.causes == ("drug-ppi",)
    with pytest.raises(ArgumentTypeError, match=r"RiskGroup\(causes=\.\.\.\)"):
        evolve(causes.RISK_GROUPS[0], causes=[math.nan])


def test_a_runaway_iterable_is_refused_without_reading_it_all() -> None:
    with pytest.raises(DefinitionError, match="at most 100000 items"):
        _fields.to_tuple(range(10**18), "Row(tags=...)")


def test_a_regimen_refuses_an_implausible_dose() -> None:
    regimen = repletion.plan_repletion("0.4 mmol/L", symptomatic=True).regimens[0]
    with pytest.raises(DefinitionError, match=r"Regimen\(dose_g=\.\.\.\)"):
        evolve(regimen, dose_g=-1.0)
    with pytest.raises(DefinitionError, match=r"Regimen\(infusion_minutes=\.\.\.\)"):
        evolve(regimen, infusion_minutes=5e-324)


def test_an_unknown_annotation_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="cannot check the annotation"):
        _fields.resolve("dict[str, int]", "magnesium.causes")


def test_a_class_named_before_it_is_defined_is_resolved_on_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check = _fields._Validator("tuple[Later, ...] | None", __name__, "Row(later=...)")
    assert check.check is None
    monkeypatch.setattr(sys.modules[__name__], "Later", Decimal, raising=False)
    check(None, None, (Decimal(1), Decimal(2)))
    with pytest.raises(ArgumentTypeError, match=r"expected a Decimal for Row\(later=\.\.\.\)"):
        check(None, None, ("x",))
    assert "Row(later=...)" in repr(check)


def test_an_int_field_refuses_a_magnitude_beyond_1e300() -> None:
    with pytest.raises(DefinitionError, match=r"Source\(year=\.\.\.\)"):
        evolve(mg.cite("iom-1997"), year=10**400)
    with pytest.raises(ArgumentTypeError, match=r"Source\(year=\.\.\.\)"):
        evolve(mg.cite("iom-1997"), year=True)


def test_a_tuple_of_floats_is_checked_item_by_item() -> None:
    check = _fields.resolve("tuple[float, ...]", __name__)
    check((1.0, 2), "Row(values=...)")
    with pytest.raises(DefinitionError, match=r"Row\(values=\.\.\.\)"):
        check((1.0, math.nan), "Row(values=...)")
    with pytest.raises(ArgumentTypeError, match="expected a tuple"):
        check([1.0], "Row(values=...)")


def test_an_iterable_that_fails_is_refused_with_our_error() -> None:
    def failing() -> Iterator[str]:
        yield "x"
        raise RuntimeError

    with pytest.raises(ArgumentTypeError, match="a collection that can be iterated"):
        _fields.to_tuple(failing(), "Row(tags=...)")


def _returns_one(*_args: object) -> object:
    return 1


def _fails(*_args: object) -> object:
    raise ValueError


def _raises_ours(*args: object) -> MagnesiumError:
    raise DefinitionError(args[0], "ours", "Fix it.")


@pytest.mark.parametrize("error", [math.nan, _returns_one, _fails])
def test_an_error_factory_that_builds_no_error_is_refused(error: Any) -> None:
    with pytest.raises(ArgumentTypeError, match="for error"):
        plausibility.check(-1, "weight_kg", error=error)


def test_an_error_factory_may_raise_its_own_error() -> None:
    with pytest.raises(DefinitionError, match="ours"):
        plausibility.check(-1, "weight_kg", error=_raises_ours)
    with pytest.raises(plausibility.ImplausibleInputError):
        plausibility.check(-1, "weight_kg", error=plausibility.ImplausibleInputError)
