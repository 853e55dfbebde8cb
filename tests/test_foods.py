"""The food table and the estimate of intake from foods."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from magnesium import foods, rda
from magnesium.errors import UnknownEntryError
from magnesium.foods import FoodGroup, IntakeError
from magnesium.sources import BIBLIOGRAPHY

# NIH ODS fact sheet, Table 2, as read (food, serving, mg per serving), richest first.
ODS_TABLE_2 = [
    ("Pumpkin seeds, roasted", "1 ounce", 156),
    ("Chia seeds", "1 ounce", 111),
    ("Almonds, dry roasted", "1 ounce", 80),
    ("Spinach, boiled", "1/2 cup", 78),
    ("Cashews, dry roasted", "1 ounce", 74),
    ("Peanuts, oil roasted", "1/4 cup", 63),
    ("Cereal, shredded wheat", "2 large biscuits", 61),
    ("Soymilk, plain or vanilla", "1 cup", 61),
    ("Black beans, cooked", "1/2 cup", 60),
    ("Edamame, shelled, cooked", "1/2 cup", 50),
    ("Peanut butter, smooth", "2 tablespoons", 49),
    ("Potato, baked with skin", "3.5 ounces", 43),
    ("Rice, brown, cooked", "1/2 cup", 42),
    ("Yogurt, plain, low fat", "8 ounces", 42),
    ("Oatmeal, instant", "1 packet", 36),
    ("Kidney beans, canned", "1/2 cup", 35),
    ("Banana", "1 medium", 32),
    ("Salmon, Atlantic, farmed, cooked", "3 ounces", 26),
    ("Milk", "1 cup", 24),
    ("Halibut, cooked", "3 ounces", 24),
    ("Raisins", "1/2 cup", 23),
    ("Bread, whole wheat", "1 slice", 23),
    ("Avocado, cubed", "1/2 cup", 22),
    ("Chicken breast, roasted", "3 ounces", 22),
    ("Beef, ground, 90% lean, pan broiled", "3 ounces", 20),
    ("Broccoli, chopped and cooked", "1/2 cup", 12),
    ("Rice, white, cooked", "1/2 cup", 10),
    ("Apple", "1 medium", 9),
    ("Carrot, raw", "1 medium", 7),
]


def test_every_food_as_published() -> None:
    table = [(f.name, f.serving, f.mg_per_serving) for f in foods.FOODS.values()]
    assert table == ODS_TABLE_2


@pytest.mark.parametrize(("name", "serving", "mg"), ODS_TABLE_2)
def test_lookup_by_printed_name(name: str, serving: str, mg: int) -> None:
    food = foods.get_food(name.upper())
    assert (food.serving, food.mg_per_serving) == (serving, mg)
    assert foods.get_food(food) is food
    assert foods.get_food(f"  {food.key} ") is food


def test_foods_named_in_the_seed_documents_are_covered() -> None:
    groups = {food.group for food in foods.FOODS.values()}
    assert {FoodGroup.NUTS_AND_SEEDS, FoodGroup.LEGUMES, FoodGroup.GRAINS} <= groups
    assert {"almonds", "cashews", "avocado", "brown-rice", "soymilk", "spinach"} <= set(foods.FOODS)


def test_food_values_are_flagged_unverified() -> None:
    for food in foods.FOODS.values():
        assert all(BIBLIOGRAPHY[s.key] is s for s in food.sources)
        assert not any(s.verified for s in food.sources)


def test_estimate_and_richest_sources() -> None:
    estimate = foods.estimate_intake([("banana", 2), ("almonds", 1), ("milk", 0.5)])
    assert estimate.total_mg == 2 * 32 + 80 + 12
    assert [p.food.key for p in estimate.richest] == ["almonds", "banana", "milk"]
    assert [p.food.key for p in estimate.portions] == ["banana", "almonds", "milk"]
    assert [s.key for s in estimate.sources] == ["nih-ods-magnesium-foods"]
    assert foods.estimate_intake([]).total_mg == 0


def test_estimate_feeds_assess_intake() -> None:
    estimate = foods.estimate_intake([("pumpkin-seeds", 1), ("spinach", 2), ("black-beans", 1)])
    result = rda.assess_intake(total_mg=estimate.total_mg, age_years=25, sex="female")
    assert result.meets_reference  # 372 mg >= 310 mg


@pytest.mark.parametrize("servings", [-1, math.nan, math.inf, 101, 10**400])
def test_bad_servings(servings: object) -> None:
    with pytest.raises(IntakeError):
        foods.estimate_intake([("almonds", servings)])  # type: ignore[list-item]


def test_unknown_food() -> None:
    with pytest.raises(UnknownEntryError, match="not a known food"):
        foods.estimate_intake([("kale", 1)])
    with pytest.raises(UnknownEntryError):
        foods.get_food(3)  # type: ignore[arg-type]


@given(
    st.lists(
        st.tuples(st.sampled_from(sorted(foods.FOODS)), st.floats(min_value=0, max_value=10)),
        max_size=8,
    ),
    st.sampled_from(sorted(foods.FOODS)),
    st.floats(min_value=0, max_value=10),
)
def test_adding_a_food_never_lowers_the_estimate(
    portions: list[tuple[str, float]], extra: str, servings: float
) -> None:
    before = foods.estimate_intake(portions)
    after = foods.estimate_intake([*portions, (extra, servings)])
    assert after.total_mg >= before.total_mg
    richest = after.richest
    assert all(a.mg >= b.mg for a, b in itertools.pairwise(richest))
