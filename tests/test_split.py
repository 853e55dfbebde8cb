"""The module split of issue 12: moved names live in their new module and stay importable."""

from __future__ import annotations

import importlib

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
