"""The magnesium salts: formula (with hydrate), routes, products, ATC codes and label figures.

Nothing here is a molar mass, an elemental fraction or an mEq figure: those are
computed in [`magnesium.repletion`][magnesium.repletion] from the formula and the
cited atomic weights. The only numbers are what product labels *state*, kept as
label data beside the computed value (see `LabelRow`).
"""

from __future__ import annotations

from typing import Final, NamedTuple


class LabelRow(NamedTuple):
    """A figure a product label states for an amount of the salt."""

    product: str
    salt_grams: str  # the amount of salt the figure refers to, decimal text
    stated: str  # the figure as printed, decimal text
    unit: str  # "mg" (elemental Mg), "mEq", "mmol" or "g/mol"
    source: str
    quote: str


class SaltRow(NamedTuple):
    """One salt form."""

    name: str
    formula: str
    group: str  # the generic name shared by all forms, e.g. "magnesium citrate"
    synonyms: tuple[str, ...]
    routes: tuple[str, ...]
    products: tuple[str, ...]
    atc_codes: tuple[str, ...]
    sources: tuple[str, ...]
    note: str = ""
    labels: tuple[LabelRow, ...] = ()


_FORMULAS: Final = "pubchem-magnesium-salts"
_LABEL_50: Final = "dailymed-mgso4-50-fresenius"
_LABEL_DOSAGE: Final = "fda-label-mgso4-injection"
_MGO_LABEL: Final = "dailymed-magnesium-oxide-400"
_ATC: Final = "whocc-atc-a02aa"

SALT_ROWS: Final[tuple[SaltRow, ...]] = (
    SaltRow(
        name="magnesium sulfate heptahydrate",
        formula="MgSO4·7H2O",
        group="magnesium sulfate",
        synonyms=("epsom salt", "epsom salts", "magnesium sulfate 7-hydrate"),
        routes=("IV", "IM"),
        products=("Magnesium Sulfate Injection, USP 50% (500 mg/mL)",),
        atc_codes=(),
        sources=(_LABEL_50, _LABEL_DOSAGE),
        note=(
            "The salt of the US injection labels, whose doses are grams of the heptahydrate. "
            "Epsom salt is the heptahydrate."
        ),
        labels=(
            LabelRow(
                "Magnesium Sulfate Injection, USP 50% (Fresenius Kabi)",
                "1",
                "246.47",
                "g/mol",
                _LABEL_50,
                "MgSO4•7H2O, with a molecular weight of 246.47",
            ),
            LabelRow(
                "Magnesium Sulfate Injection, USP 50%",
                "1",
                "8.12",
                "mEq",
                _LABEL_DOSAGE,
                "the usual adult dose is 1 g, equivalent to 8.12 mEq of magnesium",
            ),
            LabelRow(
                "Magnesium Sulfate Injection, USP 50%",
                "5",
                "40",
                "mEq",
                _LABEL_DOSAGE,
                "5 g (approximately 40 mEq) can be added to one liter",
            ),
            LabelRow(
                "Magnesium Sulfate 50% w/v Solution for Injection (UK SmPC)",
                "40",
                "160",
                "mmol",
                "emc-mgso4-50-smpc",
                "Up to 40g MgSO4 (equivalent to 160mmol Mg2+)",
            ),
        ),
    ),
    SaltRow(
        name="magnesium sulfate anhydrous",
        formula="MgSO4",
        group="magnesium sulfate",
        synonyms=("anhydrous magnesium sulfate", "dried magnesium sulfate"),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
        note=(
            "Twice the magnesium per gram of the heptahydrate: never substitute one for the "
            "other gram for gram."
        ),
    ),
    SaltRow(
        name="magnesium chloride hexahydrate",
        formula="MgCl2·6H2O",
        group="magnesium chloride",
        synonyms=(),
        routes=("oral", "IV"),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
    ),
    SaltRow(
        name="magnesium chloride anhydrous",
        formula="MgCl2",
        group="magnesium chloride",
        synonyms=("anhydrous magnesium chloride",),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
    ),
    SaltRow(
        name="magnesium oxide",
        formula="MgO",
        group="magnesium oxide",
        synonyms=("magnesia",),
        routes=("oral",),
        products=("Magnesium Oxide 400 mg tablets (OTC)",),
        atc_codes=("A02AA02", "A06AD02"),
        sources=(_FORMULAS, _MGO_LABEL, _ATC),
        labels=(
            LabelRow(
                "Magnesium Oxide 400 mg tablet (several DailyMed OTC labels)",
                "0.4",
                "241.3",
                "mg",
                _MGO_LABEL,
                "Magnesium Oxide 400mg (241.3mg elemental magnesium)",
            ),
        ),
    ),
    SaltRow(
        name="magnesium hydroxide",
        formula="Mg(OH)2",
        group="magnesium hydroxide",
        synonyms=("milk of magnesia",),
        routes=("oral",),
        products=(),
        atc_codes=("A02AA04",),
        sources=(_FORMULAS, _ATC),
        note="Milk of magnesia is a suspension of the hydroxide; its strength varies by product.",
    ),
    SaltRow(
        name="magnesium carbonate",
        formula="MgCO3",
        group="magnesium carbonate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=("A02AA01",),
        sources=(_FORMULAS, _ATC),
        note=(
            "The anhydrous normal carbonate. Pharmacopoeial 'heavy' and 'light' magnesium "
            "carbonate are hydrated basic carbonates of variable composition: use the "
            "product's stated magnesium content for those."
        ),
    ),
    SaltRow(
        name="trimagnesium dicitrate anhydrous",
        formula="Mg3(C6H5O7)2",
        group="magnesium citrate",
        synonyms=("magnesium citrate (3:2) anhydrous", "trimagnesium citrate anhydrous"),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("merck-index-magnesium-citrate",),
        note="Three Mg atoms per formula unit.",
    ),
    SaltRow(
        name="trimagnesium dicitrate nonahydrate",
        formula="Mg3(C6H5O7)2·9H2O",
        group="magnesium citrate",
        synonyms=("magnesium citrate (3:2) nonahydrate", "trimagnesium citrate nonahydrate"),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("merck-index-magnesium-citrate",),
        note="Three Mg atoms per formula unit.",
    ),
    SaltRow(
        name="magnesium hydrogen citrate",
        formula="MgC6H6O7",
        group="magnesium citrate",
        synonyms=("magnesium citrate (1:1)", "monomagnesium citrate"),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("merck-index-magnesium-citrate",),
    ),
    SaltRow(
        name="magnesium gluconate anhydrous",
        formula="Mg(C6H11O7)2",
        group="magnesium gluconate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("usp-magnesium-gluconate",),
    ),
    SaltRow(
        name="magnesium gluconate dihydrate",
        formula="Mg(C6H11O7)2·2H2O",
        group="magnesium gluconate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("usp-magnesium-gluconate",),
    ),
    SaltRow(
        name="magnesium lactate anhydrous",
        formula="Mg(C3H5O3)2",
        group="magnesium lactate",
        synonyms=(),
        routes=("oral",),
        products=("Magnesioboi 48.62 mg tablets (Spain)",),
        atc_codes=(),
        sources=(_FORMULAS, "aemps-magnesioboi"),
        labels=(
            LabelRow(
                "Magnesioboi 48,62 mg comprimidos",
                "0.40485",
                "48.62",
                "mg",
                "aemps-magnesioboi",
                "Cada comprimido contiene 48,62 mg de magnesio, aportados por 404,85 mg de "
                "lactato de magnesio",
            ),
        ),
    ),
    SaltRow(
        name="magnesium lactate dihydrate",
        formula="Mg(C3H5O3)2·2H2O",
        group="magnesium lactate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
    ),
    SaltRow(
        name="magnesium bisglycinate",
        formula="Mg(C2H4NO2)2",
        group="magnesium bisglycinate",
        synonyms=("magnesium glycinate", "magnesium diglycinate"),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
        note=(
            "Anhydrous chelate. Many products sold as 'bisglycinate' are buffered with "
            "magnesium oxide and state a different magnesium content: use the label's figure."
        ),
    ),
    SaltRow(
        name="magnesium L-aspartate anhydrous",
        formula="Mg(C4H6NO4)2",
        group="magnesium aspartate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
    ),
    SaltRow(
        name="magnesium L-aspartate dihydrate",
        formula="Mg(C4H6NO4)2·2H2O",
        group="magnesium aspartate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("wbcil-magnesium-aspartate",),
    ),
    SaltRow(
        name="magnesium L-threonate anhydrous",
        formula="Mg(C4H7O5)2",
        group="magnesium L-threonate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("gsrs-magnesium-l-threonate",),
    ),
    SaltRow(
        name="magnesium L-threonate monohydrate",
        formula="Mg(C4H7O5)2·H2O",
        group="magnesium L-threonate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=("gsrs-magnesium-l-threonate", "uk-si-2026-56-threonate"),
        note=(
            "The form authorised as a novel food in Great Britain, specified there with a "
            "magnesium assay of 7.2 to 8.3%."
        ),
    ),
    SaltRow(
        name="magnesium pidolate",
        formula="Mg(C5H6NO3)2",
        group="magnesium pidolate",
        synonyms=("magnesium pyroglutamate",),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
    ),
    SaltRow(
        name="magnesium glycerophosphate",
        formula="MgC3H7O6P",
        group="magnesium glycerophosphate",
        synonyms=(),
        routes=("oral",),
        products=(),
        atc_codes=(),
        sources=(_FORMULAS,),
        note="Anhydrous; commercial material is often hydrated to a variable degree.",
    ),
)
"""Every salt form, in the order the documentation lists them."""


class SolutionRow(NamedTuple):
    """A solution of a salt, with the strength its label states."""

    name: str
    salt: str
    mg_salt_per_ml: str
    synonyms: tuple[str, ...]
    label_meq_per_ml: str
    source: str
    quote: str


SOLUTION_ROWS: Final[tuple[SolutionRow, ...]] = (
    SolutionRow(
        name="magnesium sulfate 50% injection",
        salt="magnesium sulfate heptahydrate",
        mg_salt_per_ml="500",
        synonyms=("magnesium sulfate 50%", "mgso4 50%", "50% magnesium sulfate"),
        label_meq_per_ml="4.06",
        source=_LABEL_50,
        quote="Magnesium sulfate heptahydrate 500 mg ... 4.06 mEq/mL",
    ),
    SolutionRow(
        name="magnesium sulfate 4% in water",
        salt="magnesium sulfate heptahydrate",
        mg_salt_per_ml="40",
        synonyms=("magnesium sulfate 4%", "mgso4 4%"),
        label_meq_per_ml="0.325",
        source="pfizer-mgso4-in-water",
        quote="4 g/100 mL (40 mg/mL) ... 32.5 mEq/100 mL",
    ),
    SolutionRow(
        name="magnesium sulfate 8% in water",
        salt="magnesium sulfate heptahydrate",
        mg_salt_per_ml="80",
        synonyms=("magnesium sulfate 8%", "mgso4 8%"),
        label_meq_per_ml="0.65",
        source="pfizer-mgso4-in-water",
        quote="4 g/50 mL (80 mg/mL) ... 32.5 mEq/50 mL",
    ),
)
"""Solutions whose strength a label states both as salt per mL and as mEq per mL."""
