"""Foods and their magnesium content, and the estimate of a day's intake from them.

Every food carries its [`Source`][magnesium.sources.Source]. The intake
references an estimate is compared with are in [`magnesium.rda`][magnesium.rda],
which still re-exports these names (deprecated there: import them from
`magnesium.foods`).

Examples:
    >>> from magnesium import foods
    >>> foods.get_food("almonds").group
    <FoodGroup.NUTS_AND_SEEDS: 'nuts and seeds'>
    >>> estimate = foods.estimate_intake([("almonds", 1), ("spinach", 2)])
    >>> estimate.total_mg > 0
    True
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from magnesium import _show, plausibility
from magnesium._fields import checked, to_tuple
from magnesium._frozen import FrozenMapping
from magnesium._intake_fields import _intake_error, _mg, _sources_tuple
from magnesium.errors import (  # the errors live in errors.py; re-exported here
    ArgumentTypeError,
    IntakeError,
    UnknownEntryError,
)
from magnesium.sources import Source, Verification, weakest_verification

__all__ = [
    "FOODS",
    "MAX_SERVINGS",
    "Food",
    "FoodGroup",
    "FoodPortion",
    "IntakeError",
    "IntakeEstimate",
    "estimate_intake",
    "get_food",
]


# --- foods --------------------------------------------------------------------------


class FoodGroup(enum.Enum):
    """The group a food belongs to.

    Examples:
        >>> get_food("almonds").group
        <FoodGroup.NUTS_AND_SEEDS: 'nuts and seeds'>
    """

    NUTS_AND_SEEDS = "nuts and seeds"
    LEGUMES = "legumes"
    GRAINS = "grains"
    VEGETABLES = "vegetables"
    FRUITS = "fruits"
    DAIRY_AND_ALTERNATIVES = "dairy and alternatives"
    MEAT_AND_FISH = "meat and fish"


@attrs.frozen(kw_only=True, field_transformer=checked)
class Food:
    """A food with its magnesium content per standard serving.

    Args:
        key: A short lower-case name, e.g. ``"pumpkin-seeds"``.
        name: The food as the source prints it.
        serving: The standard serving, e.g. ``"1 ounce"``.
        mg_per_serving: Magnesium in mg per serving.
        group: The food group.
        sources: The documents the value comes from.

    Examples:
        >>> food = get_food("pumpkin-seeds")
        >>> food.mg_per_serving, food.serving
        (156.0, '1 ounce')
        >>> print(food)
        Pumpkin seeds, roasted, 1 ounce: 156 mg
    """

    key: str
    """A short lower-case name."""
    name: str
    """The food as the source prints it."""
    serving: str
    """The standard serving."""
    mg_per_serving: float = attrs.field(converter=_mg)
    """Magnesium in mg per serving."""
    group: FoodGroup
    """The food group."""
    sources: tuple[Source, ...] = attrs.field(converter=_sources_tuple)
    """The documents the value comes from."""

    def __str__(self) -> str:
        return f"{self.name}, {self.serving}: {self.mg_per_serving:g} mg"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _foods() -> Mapping[str, Food]:

    from magnesium._data.foods import FOODS as ROWS  # noqa: PLC0415 (data after the class)

    return FrozenMapping({food.key: food for food in ROWS})


FOODS: Final[Mapping[str, Food]] = _foods()
"""Every food of the table by key, richest first (read-only).

Examples:
    >>> list(FOODS)[:3]
    ['pumpkin-seeds', 'chia-seeds', 'almonds']
"""


def get_food(name: str | Food) -> Food:
    """Return a food by key or printed name (case-insensitive).

    Raises:
        UnknownEntryError: If no food has that key or name, with close matches.

    Examples:
        >>> get_food("Spinach, boiled").key
        'spinach'
        >>> get_food("almond")
        Traceback (most recent call last):
        ...
        magnesium.errors.UnknownEntryError: 'almond' is not a known food: ... \
Did you mean 'almonds' or 'salmon'?
    """
    if isinstance(name, Food):
        return name
    if isinstance(name, str):
        wanted = name.strip().lower()
        for food in FOODS.values():
            if wanted in {food.key, food.name.lower()}:
                return food
    raise UnknownEntryError(plausibility.shown(name), "food", FOODS)


MAX_SERVINGS: Final = int(plausibility.PLAUSIBLE_RANGES["servings"].upper)
"""The largest number of servings of one food accepted per day."""


def _servings_field(value: object) -> float:
    return plausibility.check(value, "servings", error=_intake_error)


@attrs.frozen(kw_only=True, field_transformer=checked)
class FoodPortion:
    """A number of servings of a food and the magnesium they provide.

    Examples:
        >>> estimate_intake([("almonds", 2)]).portions[0].mg
        160.0
    """

    food: Food
    """The food."""
    servings: float = attrs.field(converter=_servings_field)
    """The number of standard servings a day."""

    @property
    def mg(self) -> float:
        """Magnesium in mg/day from these servings."""
        return self.food.mg_per_serving * self.servings

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


@attrs.frozen(kw_only=True, field_transformer=checked)
class IntakeEstimate:
    """A daily intake estimated from foods, from `estimate_intake`.

    Examples:
        >>> estimate = estimate_intake([("banana", 1), ("spinach", 2)])
        >>> estimate.total_mg
        188.0
        >>> [portion.food.key for portion in estimate.richest]
        ['spinach', 'banana']
    """

    portions: tuple[FoodPortion, ...]
    """The foods in the order given."""

    @property
    def total_mg(self) -> float:
        """Magnesium in mg/day from all the foods."""
        return math.fsum(portion.mg for portion in self.portions)

    @property
    def richest(self) -> tuple[FoodPortion, ...]:
        """The portions, largest contribution first (ties in the order given)."""
        return tuple(sorted(self.portions, key=lambda portion: -portion.mg))

    @property
    def sources(self) -> tuple[Source, ...]:
        """The documents behind the food values."""
        return tuple(dict.fromkeys(s for p in self.portions for s in p.food.sources))

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of the food values."""
        return weakest_verification(self.sources)

    __repr__ = _show.brief
    __str__ = _show.text
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


def _pairs(portions: object) -> list[tuple[object, object]]:
    """(food, servings) pairs from a mapping or an iterable of pairs."""
    if isinstance(portions, Mapping):
        return list(portions.items())
    if isinstance(portions, str | bytes) or not isinstance(portions, Iterable):
        raise ArgumentTypeError(
            plausibility.shown(portions),
            "(food, servings) pairs, or a mapping of food to servings",
            "Pass e.g. [('almonds', 2)] or {'almonds': 2}.",
        )
    pairs = []
    for item in to_tuple(portions, "estimate_intake(portions=...)"):
        if isinstance(item, str | bytes) or not isinstance(item, tuple | list) or len(item) != 2:
            raise ArgumentTypeError(
                plausibility.shown(item),
                "a (food, servings) pair",
                "Pass each food with its servings a day.",
            )
        pairs.append((item[0], item[1]))
    return pairs


def estimate_intake(
    portions: Iterable[tuple[str | Food, float]] | Mapping[str, float] | Mapping[Food, float],
) -> IntakeEstimate:
    """Estimate daily magnesium intake from (food, servings a day) pairs.

    Food composition varies, and the table's values are typical, not exact: the
    result is an estimate of intake from food only (pass it to
    [`assess_intake`][magnesium.rda.assess_intake] as ``total_mg``, with any
    supplements added).

    Args:
        portions: (food, servings a day) pairs, or a mapping of food to servings.

    Raises:
        UnknownEntryError: For an unknown food.
        IntakeError: For a negative, non-finite or absurd number of servings
            (over [`MAX_SERVINGS`][magnesium.foods.MAX_SERVINGS]).
        ArgumentTypeError: For portions that are not pairs (a `TypeError`).

    Examples:
        >>> estimate = estimate_intake([("pumpkin-seeds", 1), ("black-beans", 1.5)])
        >>> estimate.total_mg
        246.0
        >>> estimate_intake({"almonds": 2}).total_mg
        160.0
        >>> print(estimate.richest[0].food)
        Pumpkin seeds, roasted, 1 ounce: 156 mg
    """
    chosen = []
    for food, servings in _pairs(portions):
        amount = plausibility.check(servings, "servings", error=_intake_error)
        chosen.append(FoodPortion(food=get_food(food), servings=amount))  # type: ignore[arg-type]
    return IntakeEstimate(portions=tuple(chosen))
