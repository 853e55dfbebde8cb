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
from collections.abc import Mapping
from typing import Any, Final

import attrs

from magnesium import _show, plausibility
from magnesium._fields import checked
from magnesium._frozen import FrozenMapping
from magnesium.errors import ArgumentTypeError, InputError, MagnesiumError
from magnesium.sources import Source, Verification, _cite_all, weakest_verification

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

_FACTS: Final = (
    PrescribingFact(
        key="max-iv-concentration",
        kind=FactKind.CONCENTRATION,
        title="Dilute to 20% or less for intravenous infusion",
        lower=None,
        upper=20,
        unit=_SULFATE,
        quote="US label: 'Solutions for intravenous infusion must be diluted to a "
        "concentration of 20% or less prior to administration. ... Deep intramuscular injection "
        "of the undiluted (50%) solution is appropriate for adults, but the solution should be "
        "diluted to a 20% or less concentration prior to such injection in children.' UK "
        "SmPC: 'For intravenous administration, a concentration of 20% or less should be used'.",
        sources=("fda-label-mgso4-injection", "emc-mgso4-50-smpc"),
    ),
    PrescribingFact(
        key="pregnancy-max-continuous-days",
        kind=FactKind.PREGNANCY,
        title="Fetal harm with continuous use beyond 5 to 7 days in pregnancy",
        lower=5,
        upper=7,
        unit="days",
        quote="'Continuous administration of magnesium sulfate beyond 5 to 7 days to pregnant "
        "women can lead to hypocalcemia and bone abnormalities in the developing fetus ... The "
        "shortest duration of treatment that can lead to fetal harm is not known.' (US label, "
        "WARNINGS); the FDA advised against use for more than 5 to 7 days to stop pre-term "
        "labor (30 May 2013).",
        sources=("pfizer-mgso4-fetal-harm", "fda-2013-mgso4-pregnancy"),
    ),
    PrescribingFact(
        key="pn-maintenance-adult-us",
        kind=FactKind.PARENTERAL_NUTRITION,
        title="Parenteral nutrition maintenance, adults (US figure)",
        lower=1,
        upper=3,
        unit="g magnesium sulfate heptahydrate per day",
        quote="'In TPN, maintenance dose ranges from 1-3 g daily' (a drug monograph restating "
        "the US label; the label's own paragraph was not read).",
        sources=("skyscape-mgso4",),
    ),
    PrescribingFact(
        key="pn-maintenance-infant-us",
        kind=FactKind.PARENTERAL_NUTRITION,
        title="Parenteral nutrition maintenance, infants (US figure)",
        lower=0.25,
        upper=1.25,
        unit="g magnesium sulfate heptahydrate per day",
        quote="'In TPN, maintenance dose for infants ranges from 0.25-1.25 g daily' (a drug "
        "monograph restating the US label).",
        sources=("skyscape-mgso4",),
    ),
    PrescribingFact(
        key="pn-maintenance-adult-dbl",
        kind=FactKind.PARENTERAL_NUTRITION,
        title="Parenteral nutrition maintenance, adults (Pfizer DBL label)",
        lower=0.5,
        upper=3,
        unit="g magnesium sulfate heptahydrate per day",
        quote="'Total parenteral nutrition: Adults: A dose of 0.5 to 3.0 g magnesium sulfate "
        "heptahydrate (4 to 24 mEq) daily may be administered.' (a non-US label; its lower end "
        "differs from the US figure)",
        sources=("dbl-mgso4-mims",),
    ),
    PrescribingFact(
        key="pn-maintenance-infant-dbl",
        kind=FactKind.PARENTERAL_NUTRITION,
        title="Parenteral nutrition maintenance, infants (Pfizer DBL label)",
        lower=0.25,
        upper=1.25,
        unit="g magnesium sulfate heptahydrate per day",
        quote="'Infants: A dose of 0.25 to 1.25 g magnesium sulfate heptahydrate (2 to 10 mEq) "
        "daily may be administered.'",
        sources=("dbl-mgso4-mims",),
    ),
    PrescribingFact(
        key="recheck-after-iv-course",
        kind=FactKind.RECHECK,
        title="Recheck 6 hours after the last infusion of the IV course, then daily",
        lower=None,
        upper=6,
        unit="hours after the last infusion ends",
        quote="'Check magnesium 6 hours after last infusion ends (t=30hours) unless eGFR "
        "<30ml/min. Following this check magnesium daily until stable and underlying cause "
        "resolved'; at eGFR < 30: '6 hours after the end of second infusion prior to starting "
        "the third infusion' (NHS Highland).",
        sources=("nhs-highland-portal-hypomagnesaemia",),
    ),
    PrescribingFact(
        key="recheck-oral-daily",
        kind=FactKind.RECHECK,
        title="On oral treatment (0.5-0.7 mmol/L): check daily; continue 48 hours after normal",
        lower=None,
        upper=24,
        unit="hours between checks",
        quote="'Check magnesium levels daily. Continue treatment for 48 hours after magnesium "
        "levels return to normal.' (NHS Highland)",
        sources=("nhs-highland-hypomagnesaemia", "nhs-highland-portal-hypomagnesaemia"),
    ),
)

PRESCRIBING_FACTS: Final[Mapping[str, PrescribingFact]] = FrozenMapping(
    {fact.key: fact for fact in _FACTS}
)
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
    return salt * 100 / volume


def within_iv_concentration(grams: float, volume_ml: float) -> bool:
    """Whether the solution is at most `MAX_IV_CONCENTRATION_PERCENT` (20%) for IV infusion.

    Examples:
        >>> within_iv_concentration(2, 10)
        True
        >>> within_iv_concentration(2, 4)
        False
    """
    return infusion_concentration_percent(grams, volume_ml) <= MAX_IV_CONCENTRATION_PERCENT
