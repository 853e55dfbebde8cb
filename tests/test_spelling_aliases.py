"""US spelling in identifiers (issue 12): each British name of before is the same object.

The old names stay importable, without a warning (the test configuration turns warnings
into errors, so importing them here proves none is raised), and serialized data keep
their spelling.
"""

from __future__ import annotations

import importlib

import pytest

import magnesium as mg
from magnesium import analytes, critical, interop, repletion, serialize, thresholds
from magnesium.cli import main


def test_the_module_alias_gives_the_same_objects() -> None:
    old = importlib.import_module("magnesium.hypermagnesaemia")
    new = importlib.import_module("magnesium.hypermagnesemia")
    assert old.__all__ == new.__all__
    for name in new.__all__:
        assert getattr(old, name) is getattr(new, name), name
    assert mg.hypermagnesaemia is old
    assert mg.hypermagnesemia is new


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (analytes.IonisedMagnesium, analytes.IonizedMagnesium),
        (repletion.HYPERMAGNESAEMIA_ABOVE_MMOL_PER_L, repletion.HYPERMAGNESEMIA_ABOVE_MMOL_PER_L),
        (thresholds.Population.PAEDIATRIC, thresholds.Population.PEDIATRIC),
        (critical.CriticalPopulation.PAEDIATRIC, critical.CriticalPopulation.PEDIATRIC),
        (analytes.Analyte.IONISED_WHOLE_BLOOD, analytes.Analyte.IONIZED_WHOLE_BLOOD),
        (interop.LoincUse.IONISED, interop.LoincUse.IONIZED),
    ],
)
def test_each_old_name_is_the_new_object(old: object, new: object) -> None:
    assert old is new


def test_old_names_stay_in_all() -> None:
    assert "IonisedMagnesium" in analytes.__all__
    assert "HYPERMAGNESAEMIA_ABOVE_MMOL_PER_L" in repletion.__all__


def test_serialized_spellings_are_unchanged() -> None:
    assert thresholds.Population.PEDIATRIC.value == "paediatric"
    assert analytes.Analyte.IONIZED_WHOLE_BLOOD.value == "ionised magnesium, whole blood"
    assert [m.name for m in thresholds.Population] == ["ADULT", "PEDIATRIC", "NEONATAL"]
    data = serialize.to_dict(analytes.IonizedMagnesium(0.5))
    assert data["type"] == "IonisedMagnesium"
    assert serialize.from_dict(data) == analytes.IonizedMagnesium(0.5)


def test_the_british_command_is_an_alias(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hypermagnesemia", "6", "mEq/L"]) == 0
    new = capsys.readouterr().out
    assert main(["hypermagnesaemia", "6", "mEq/L"]) == 0
    assert capsys.readouterr().out == new
    assert "us-label" in new.lower() or "label" in new.lower()
