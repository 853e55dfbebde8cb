"""Magnesium per standard serving of common foods (NIH ODS fact sheet, Table 2, from USDA data).

The order is the fact sheet's: richest first.
"""

from __future__ import annotations

from typing import Final

from magnesium.foods import Food, FoodGroup
from magnesium.sources import cite

_ODS: Final = (cite("nih-ods-magnesium-foods"),)

_NUTS: Final = FoodGroup.NUTS_AND_SEEDS
_LEGUMES: Final = FoodGroup.LEGUMES
_GRAINS: Final = FoodGroup.GRAINS
_VEG: Final = FoodGroup.VEGETABLES
_FRUIT: Final = FoodGroup.FRUITS
_DAIRY: Final = FoodGroup.DAIRY_AND_ALTERNATIVES
_ANIMAL: Final = FoodGroup.MEAT_AND_FISH

# (key, name as printed in Table 2, serving, mg per serving, group)
_ROWS: Final = (
    ("pumpkin-seeds", "Pumpkin seeds, roasted", "1 ounce", 156, _NUTS),
    ("chia-seeds", "Chia seeds", "1 ounce", 111, _NUTS),
    ("almonds", "Almonds, dry roasted", "1 ounce", 80, _NUTS),
    ("spinach", "Spinach, boiled", "1/2 cup", 78, _VEG),
    ("cashews", "Cashews, dry roasted", "1 ounce", 74, _NUTS),
    ("peanuts", "Peanuts, oil roasted", "1/4 cup", 63, _NUTS),
    ("shredded-wheat", "Cereal, shredded wheat", "2 large biscuits", 61, _GRAINS),
    ("soymilk", "Soymilk, plain or vanilla", "1 cup", 61, _DAIRY),
    ("black-beans", "Black beans, cooked", "1/2 cup", 60, _LEGUMES),
    ("edamame", "Edamame, shelled, cooked", "1/2 cup", 50, _LEGUMES),
    ("peanut-butter", "Peanut butter, smooth", "2 tablespoons", 49, _NUTS),
    ("potato", "Potato, baked with skin", "3.5 ounces", 43, _VEG),
    ("brown-rice", "Rice, brown, cooked", "1/2 cup", 42, _GRAINS),
    ("yogurt", "Yogurt, plain, low fat", "8 ounces", 42, _DAIRY),
    ("oatmeal", "Oatmeal, instant", "1 packet", 36, _GRAINS),
    ("kidney-beans", "Kidney beans, canned", "1/2 cup", 35, _LEGUMES),
    ("banana", "Banana", "1 medium", 32, _FRUIT),
    ("salmon", "Salmon, Atlantic, farmed, cooked", "3 ounces", 26, _ANIMAL),
    ("milk", "Milk", "1 cup", 24, _DAIRY),
    ("halibut", "Halibut, cooked", "3 ounces", 24, _ANIMAL),
    ("raisins", "Raisins", "1/2 cup", 23, _FRUIT),
    ("whole-wheat-bread", "Bread, whole wheat", "1 slice", 23, _GRAINS),
    ("avocado", "Avocado, cubed", "1/2 cup", 22, _FRUIT),
    ("chicken-breast", "Chicken breast, roasted", "3 ounces", 22, _ANIMAL),
    ("beef", "Beef, ground, 90% lean, pan broiled", "3 ounces", 20, _ANIMAL),
    ("broccoli", "Broccoli, chopped and cooked", "1/2 cup", 12, _VEG),
    ("white-rice", "Rice, white, cooked", "1/2 cup", 10, _GRAINS),
    ("apple", "Apple", "1 medium", 9, _FRUIT),
    ("carrot", "Carrot, raw", "1 medium", 7, _VEG),
)

FOODS: Final[tuple[Food, ...]] = tuple(
    Food(key=key, name=name, serving=serving, mg_per_serving=mg, group=group, sources=_ODS)
    for key, name, serving, mg, group in _ROWS
)
"""Every food of the table, richest first."""
