"""Bands of hypermagnesaemia, each table transcribed from one source as printed."""

from __future__ import annotations

from typing import Final

from magnesium.hypermagnesaemia import ToxicityBand, ToxicityTable
from magnesium.sources import cite

TABLES: Final[tuple[ToxicityTable, ...]] = (
    ToxicityTable(
        name="us-label",
        title="US magnesium sulfate label (in Water for Injection): reflexes and respiration",
        unit="mEq/L",
        bands=(
            ToxicityBand(
                lower=2.5,
                upper=5,
                signs="usually sufficient to control convulsions (3 to 6 mg/100 mL; Warnings)",
            ),
            ToxicityBand(
                lower=2.5,
                upper=7.5,
                signs="effective anticonvulsant serum levels (Clinical Pharmacology)",
            ),
            ToxicityBand(
                lower=4,
                upper=10,
                includes_lower=False,
                includes_upper=False,
                signs="deep tendon reflexes diminish above 4 mEq/L, then disappear as the "
                "level approaches 10 mEq/L",
            ),
            ToxicityBand(
                lower=10,
                signs="reflexes may be absent at 10 mEq/L, where respiratory paralysis is a "
                "potential hazard",
            ),
        ),
        sources=(cite("pfizer-mgso4-in-water-label"),),
        description=(
            "The label's two sentences on reflexes and respiration, and its two anticonvulsant "
            "ranges, which disagree (2.5 to 5 mEq/L under Warnings, 2.5 to 7.5 mEq/L under "
            "Clinical Pharmacology): both are kept. The label adds that heart block 'also may "
            "occur at this or lower serum levels' without a number, so no band is drawn for "
            "it. 'Approaches 10' means reflexes may already be gone below 10 mEq/L."
        ),
    ),
    ToxicityTable(
        name="medscape-2022",
        title="Medscape, Hypermagnesemia in Emergency Medicine (2022): bands in mEq/L",
        unit="mEq/L",
        bands=(
            ToxicityBand(
                lower=2,
                upper=4,
                signs="nausea, vomiting, skin flushing, weakness, lightheadedness",
            ),
            ToxicityBand(
                lower=3.5,
                upper=5,
                signs="disappearance of deep tendon reflexes, muscle weakness",
            ),
            ToxicityBand(lower=5, upper=6, signs="hypotension, vasodilatation"),
            ToxicityBand(
                lower=8,
                upper=10,
                signs="arrhythmia (including atrial fibrillation), intraventricular "
                "conduction delay, flaccid skeletal muscle paralysis",
            ),
            ToxicityBand(
                lower=10,
                includes_lower=False,
                signs="asystole, heart block, ventilatory failure, stupor or coma, death",
            ),
        ),
        sources=(cite("medscape-766604"),),
        description=(
            "Printed as ranges 'of 2-4 mEq/L', '3.5-5', '5-6', '8-10' and 'greater than 10', "
            "read here with both ends included. They overlap (2-4 and 3.5-5) and leave 6-8 "
            "mEq/L without a band; a level there returns no band from this table."
        ),
    ),
    ToxicityTable(
        name="msd-manual",
        title="MSD Manual Professional, Hypermagnesemia: bands in mg/dL",
        unit="mg/dL",
        bands=(
            ToxicityBand(lower=2.6, includes_lower=False, signs="hypermagnesemia (> 2.6 mg/dL)"),
            ToxicityBand(
                lower=6,
                upper=12,
                signs="ECG: prolonged PR interval, widened QRS complex, increased T-wave amplitude",
            ),
            ToxicityBand(
                lower=12,
                signs="deep tendon reflexes disappear as the level approaches 12 mg/dL; "
                "hypotension, respiratory depression and narcosis develop with increasing "
                "hypermagnesemia",
            ),
            ToxicityBand(lower=15, includes_lower=False, signs="cardiac arrest may occur"),
        ),
        sources=(cite("msd-hypermagnesemia"),),
        description=(
            "The manual's mg/dL values; its mmol/L figures (> 1.05, 2.5 to 5, 5.0, 6.0 to 7.5 "
            "mmol/L) are loose pairs and are not used. Its definition of hypermagnesemia, "
            "> 2.6 mg/dL, is the first band."
        ),
    ),
)
"""Each source's bands, in the order the docs list them."""
