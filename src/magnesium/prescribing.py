"""Facts a prescriber tool needs about parenteral magnesium sulfate, each quoted and cited.

The maximum concentration for intravenous infusion, the fetal-harm warning for
use beyond 5 to 7 days in pregnancy, parenteral-nutrition maintenance doses
(read only in secondary or non-US copies: flagged by their
[`verification`][magnesium.prescribing.PrescribingFact.verification]) and when
to recheck serum magnesium. [`plan_repletion`][magnesium.repletion.plan_repletion]
warns with the pregnancy fact when given ``pregnant=True``.

Examples:
    >>> fact = PRESCRIBING_FACTS["max-iv-concentration"]
    >>> fact.upper, fact.unit
    (20.0, '% w/v magnesium sulfate heptahydrate')
    >>> infusion_concentration_percent(4, 20), within_iv_concentration(4, 20)
    (20.0, True)
    >>> within_iv_concentration(5, 10)
    False
    >>> PRESCRIBING_FACTS["pn-maintenance-adult-us"].verification.value
    'secondary'
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Any, Final

import attrs

from magnesium import _knowledge, _show, plausibility
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import ArgumentTypeError, InputError, MagnesiumError
from magnesium.sources import Source, Verification, _cite_all, cite, weakest_verification

__all__ = [
    "MAX_IV_CONCENTRATION_PERCENT",
    "PRESCRIBING_FACTS",
    "FactKind",
    "PrescribingFact",
    "infusion_concentration_percent",
    "within_iv_concentration",
]


class FactKind(enum.Enum):
    """What a prescribing fact is about.

    Examples:
        >>> FactKind("recheck").name
        'RECHECK'
    """

    CONCENTRATION = "concentration"
    PREGNANCY = "pregnancy"
    PARENTERAL_NUTRITION = "parenteral nutrition"
    RECHECK = "recheck"


def _figure(value: float | None) -> float | None:
    return None if value is None else plausibility.real(value, "figure")


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ArgumentTypeError(
            plausibility.shown(value), f"{attribute.name}: text", f"Pass {attribute.name} as text."
        )


def _kind(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, FactKind):
        raise ArgumentTypeError(plausibility.shown(value), "kind: a FactKind", "Pass a FactKind.")


@attrs.frozen(kw_only=True, field_transformer=checked)
class PrescribingFact:
    """One cited fact: a range or limit (``lower``-``upper`` in ``unit``) and its words.

    Examples:
        >>> fact = PRESCRIBING_FACTS["pregnancy-max-continuous-days"]
        >>> fact.lower, fact.upper, fact.unit, [s.key for s in fact.sources]
        (5.0, 7.0, 'days', ['pfizer-mgso4-fetal-harm', 'fda-2013-mgso4-pregnancy'])
    """

    key: str = attrs.field(validator=_text)
    """The key in `PRESCRIBING_FACTS`."""
    kind: FactKind = attrs.field(validator=_kind)
    """What the fact is about."""
    title: str = attrs.field(validator=_text)
    """The fact in a few words."""
    lower: float | None = attrs.field(converter=_figure)
    """The lower end of the published figure, or ``None``."""
    upper: float | None = attrs.field(converter=_figure)
    """The upper end (or the single figure), or ``None``."""
    unit: str = attrs.field(validator=_text)
    """The unit of the figure."""
    quote: str = attrs.field(validator=_text)
    """The source's words."""
    sources: tuple[Source, ...] = attrs.field(converter=_cite_all)
    """Where it is published."""

    @property
    def verification(self) -> Verification:
        """The weakest [`Verification`][magnesium.sources.Verification] of its sources."""
        return weakest_verification(self.sources)

    def __str__(self) -> str:
        return f"{self.title} ({self.verification.label})"

    __repr__ = _show.brief
    _repr_markdown_ = _show.markdown
    _repr_html_ = _show.html


_SULFATE: Final = "% w/v magnesium sulfate heptahydrate"


def _load_facts() -> Mapping[str, PrescribingFact]:
    table: dict[str, PrescribingFact] = {}
    for where, row in _knowledge.rows("prescribing_facts.toml", "fact"):
        built = _knowledge.build(PrescribingFact, row, where, cite)
        if built.key in table:
            raise _knowledge.fail(built.key, where, "a unique key", "Rename one.")
        table[built.key] = built
    return FrozenMapping(table)


PRESCRIBING_FACTS: Final[Mapping[str, PrescribingFact]] = _load_facts()
"""Every prescribing fact, by key (read-only)."""

MAX_IV_CONCENTRATION_PERCENT: Final[float] = PRESCRIBING_FACTS["max-iv-concentration"].upper or 0
"""The highest concentration for intravenous infusion, in % w/v of magnesium sulfate
heptahydrate (g per 100 mL): 20, from the fact ``"max-iv-concentration"``."""


def _input(what: str) -> plausibility.ErrorFactory:
    def build(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
        return InputError(value, what, f"{name}: {expected}", hint)

    return build


def infusion_concentration_percent(grams: float, volume_ml: float) -> float:
    """The concentration in % w/v (g per 100 mL) of *grams* of salt in *volume_ml* in all.

    Args:
        grams: Grams of magnesium sulfate heptahydrate.
        volume_ml: The final volume of the solution, in mL (drug and diluent).

    Raises:
        InputError: If either is not a plausible positive amount.

    Examples:
        >>> infusion_concentration_percent(5, 1000)
        0.5
    """
    salt = plausibility.check(grams, "grams", error=_input("grams of salt"))
    volume = plausibility.check(volume_ml, "volume_ml", "ml", error=_input("volume in mL"))
    if volume <= 0:
        raise InputError(volume_ml, "volume in mL", "volume_ml: a number > 0", "Give the volume.")
    percent = salt * 100 / volume
    if not math.isfinite(percent):  # a volume so small that the quotient overflows
        raise InputError(
            volume_ml,
            "volume in mL",
            "volume_ml: a volume a solution can have",
            "Give the final volume of the solution in mL.",
        )
    return percent


def within_iv_concentration(grams: float, volume_ml: float) -> bool:
    """Whether the solution is at most `MAX_IV_CONCENTRATION_PERCENT` (20%) for IV infusion.

    Examples:
        >>> within_iv_concentration(2, 10)
        True
        >>> within_iv_concentration(2, 4)
        False
    """
    return infusion_concentration_percent(grams, volume_ml) <= MAX_IV_CONCENTRATION_PERCENT
