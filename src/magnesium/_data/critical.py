"""Laboratories' critical (panic) limits for serum or plasma magnesium, as published."""

from __future__ import annotations

from typing import Final

from magnesium.critical import CriticalLimits, CriticalPopulation
from magnesium.sources import cite

_TIDAL: Final = "TidalHealth Peninsula Regional"
_BAYSTATE: Final = "Baystate Reference Laboratories"
_HOMERTON: Final = "Homerton University Hospital NHS FT"

LIMITS: Final[tuple[CriticalLimits, ...]] = (
    CriticalLimits(
        name="tidalhealth-adult",
        laboratory=_TIDAL,
        population=CriticalPopulation.ADULT,
        scope="adult (not labor and delivery), >= 16 years old",
        unit="mg/dL",
        low=1.0,
        high=5.0,
        sources=(cite("tidalhealth-lab103"),),
    ),
    CriticalLimits(
        name="tidalhealth-paediatric",
        laboratory=_TIDAL,
        population=CriticalPopulation.PAEDIATRIC,
        scope="pediatric, < 16 years old",
        unit="mg/dL",
        low=1.0,
        high=4.0,
        sources=(cite("tidalhealth-lab103"),),
    ),
    CriticalLimits(
        name="tidalhealth-labour-delivery",
        laboratory=_TIDAL,
        population=CriticalPopulation.OBSTETRIC,
        scope="adult (labor and delivery), >= 16 years old",
        unit="mg/dL",
        low=1.0,
        high=8.0,
        sources=(cite("tidalhealth-lab103"),),
    ),
    CriticalLimits(
        name="ohsu",
        laboratory="OHSU Lab Services",
        population=CriticalPopulation.ALL,
        scope="no age or ward named",
        unit="mg/dL",
        low=0.9,
        high=5.0,
        low_inclusive=True,
        high_inclusive=True,
        sources=(cite("ohsu-lab00038"),),
    ),
    CriticalLimits(
        name="baystate",
        laboratory=_BAYSTATE,
        population=CriticalPopulation.ALL,
        scope="all patients not from obstetrics",
        unit="mEq/L",
        low=0.8,
        high=4.5,
        sources=(cite("baystate-mg"),),
    ),
    CriticalLimits(
        name="baystate-obstetric",
        laboratory=_BAYSTATE,
        population=CriticalPopulation.OBSTETRIC,
        scope="from Obstetrics OR, Labor and Delivery, or W1 or 2",
        unit="mEq/L",
        low=0.8,
        high=7.0,
        sources=(cite("baystate-mg"),),
    ),
    CriticalLimits(
        name="homerton",
        laboratory=_HOMERTON,
        population=CriticalPopulation.ALL,
        scope="in-patients; GP and out-patients as for in-patients",
        unit="mmol/L",
        low=0.4,
        high=2.0,
        sources=(cite("homerton-critical-limits"),),
    ),
    CriticalLimits(
        name="homerton-pre-eclampsia",
        laboratory=_HOMERTON,
        population=CriticalPopulation.OBSTETRIC,
        scope="pre-eclampsia (the low limit is the in-patient one)",
        unit="mmol/L",
        low=0.4,
        high=3.5,
        sources=(cite("homerton-critical-limits"),),
    ),
    CriticalLimits(
        name="rmh-melbourne",
        laboratory="The Royal Melbourne Hospital Pathology",
        population=CriticalPopulation.ALL,
        scope="samples that exceed critical values (no age or ward named)",
        unit="mmol/L",
        low=0.4,
        high=2.0,
        sources=(cite("rmh-critical-results"),),
    ),
)
"""Each laboratory's limits, grouped by laboratory."""
