"""The module split of issue 12: moved names live in their new module and stay importable."""

from __future__ import annotations

import importlib
import warnings

import pytest

MOVED = {
    ("magnesium.repletion", "magnesium.salts"): (
        "SALTS",
        "SOLUTIONS",
        "ElementalDose",
        "LabelFigure",
        "Route",
        "Salt",
        "Solution",
        "elemental_magnesium",
        "get_salt",
        "get_solution",
        "parse_formula",
        "salt_grams",
    ),
    ("magnesium.causes", "magnesium.workup"): (
        "CREATININE_MOLAR_MASS_G_PER_MOL",
        "DEFAULT_FEMG_CUTOFF",
        "FEMG_CUTOFFS",
        "FEMG_FILTERED_FRACTION",
        "URINE_24H_RENAL_WASTING_MMOL_PER_DAY",
        "WORKUP_TESTS",
        "FemgCutoff",
        "FractionalExcretion",
        "UrineInterpretation",
        "UrineMagnesium24h",
        "WorkupTest",
        "convert_creatinine",
        "fractional_excretion",
        "get_femg_cutoff",
        "urine_magnesium_24h",
    ),
    ("magnesium.rda", "magnesium.foods"): (
        "FOODS",
        "MAX_SERVINGS",
        "Food",
        "FoodGroup",
        "FoodPortion",
        "IntakeEstimate",
        "estimate_intake",
        "get_food",
    ),
}
PAIRS = [(old, new, name) for (old, new), names in MOVED.items() for name in names]


@pytest.mark.parametrize(("old", "new", "name"), PAIRS)
def test_a_moved_name_is_the_same_object_in_its_old_module(old: str, new: str, name: str) -> None:
    """`from magnesium.repletion import get_salt` keeps working, and gives the new object."""
    old_module, new_module = importlib.import_module(old), importlib.import_module(new)
    assert name in new_module.__all__
    assert name in old_module.__all__  # still public there (deprecated in the CHANGELOG)
    assert getattr(old_module, name) is getattr(new_module, name)


@pytest.mark.parametrize(("old", "new", "name"), PAIRS)
def test_a_moved_definition_names_its_new_module(old: str, new: str, name: str) -> None:
    """Classes and functions say where they now live (repr, pickles, docs anchors)."""
    del old
    item = getattr(importlib.import_module(new), name)
    if hasattr(item, "__qualname__") and callable(item):
        assert item.__module__ == new


def test_the_new_modules_load_lazily_from_the_package() -> None:
    import magnesium as mg  # noqa: PLC0415

    assert {"foods", "salts", "workup"} <= set(dir(mg))
    assert mg.foods.get_food("almonds").group is mg.foods.FoodGroup.NUTS_AND_SEEDS
    assert mg.salts.get_salt("Epsom salt").formula == "MgSO4·7H2O"
    assert (
        mg.workup.urine_magnesium_24h(1.5).interpretation
        is mg.workup.UrineInterpretation.RENAL_WASTING
    )


# --- fractional_excretion: urine_mg/plasma_mg became urine_magnesium/plasma_magnesium ---------

_CREATININE: dict[str, float] = {"urine_creatinine": 8000, "plasma_creatinine": 80}


def test_the_old_femg_keywords_still_work_with_a_deprecation_warning() -> None:
    from magnesium.workup import fractional_excretion  # noqa: PLC0415

    new = fractional_excretion(
        urine_magnesium=2.0, plasma_magnesium=0.5, urine_creatinine=8000, plasma_creatinine=80
    )
    with pytest.warns(DeprecationWarning, match=r"urine_mg=.*urine_magnesium="):
        old = fractional_excretion(
            urine_mg=2.0, plasma_magnesium=0.5, urine_creatinine=8000, plasma_creatinine=80
        )
    with pytest.warns(DeprecationWarning, match="is deprecated") as caught:
        both_old = fractional_excretion(
            urine_mg=2.0, plasma_mg=0.5, urine_creatinine=8000, plasma_creatinine=80
        )
    assert len(caught) == 2  # one per deprecated keyword
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert old == new == both_old


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"urine_magnesium": 2.0, "urine_mg": 2.0, "plasma_magnesium": 0.5}, "not both"),
        ({"plasma_magnesium": 0.5}, "urine_magnesium"),
        ({"urine_magnesium": 2.0}, "plasma_magnesium"),
        ({"urine_magnesium": 2.0, "plasma_magnesium": 0.5, "plasma_mag": 0.5}, "keyword"),
    ],
)
def test_a_missing_doubled_or_unknown_femg_keyword_is_a_type_error(
    given: dict[str, float], expected: str
) -> None:
    from magnesium.errors import ArgumentTypeError  # noqa: PLC0415
    from magnesium.workup import fractional_excretion  # noqa: PLC0415

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(ArgumentTypeError, match=expected):
            fractional_excretion(**given, **_CREATININE)  # type: ignore[arg-type]


# --- the two Classification classes have names of their own ----------------------------------


def test_each_classification_has_its_own_name_and_the_old_one_still_works() -> None:
    import magnesium as mg  # noqa: PLC0415
    from magnesium import causes, serialize, thresholds  # noqa: PLC0415

    assert thresholds.Classification is thresholds.LevelClassification is mg.LevelClassification
    assert mg.Classification is mg.LevelClassification
    assert causes.Classification is causes.CauseClassification
    level = mg.classify(mg.SerumMagnesium.parse("0.5 mmol/L"))
    assert isinstance(level, thresholds.Classification)
    assert repr(level).startswith("LevelClassification(")
    # the JSON type names did not change, so data written before the rename still reads
    assert serialize.to_dict(level)["type"] == "Classification"
    cause = causes.CAUSES["alcohol"].alternatives[0]
    assert serialize.to_dict(cause)["type"] == "CauseClassification"
    assert repr(cause).startswith("CauseClassification(")
