"""The LOINC codes for magnesium the library knows, each with what was read to check it.

Property, system and scale are the parts of LOINC's fully specified name that the long
name spells out ("[Mass/volume]" is MCnc, "[Moles/volume]" SCnc, "[Mass/time]" MRat,
"[Moles/time]" SRat; "Serum or Plasma" is Ser/Plas; a number is Qn). Left out, because
no copy of LOINC's name for them was read: 26746-8 (used by ARUP and Medtox for RBC
magnesium in mg/dL), 2593-2 (magnesium in blood: two third-party files disagree on its
property) and 2600-5 (printed by one laboratory for ionised magnesium).
"""

from __future__ import annotations

from typing import Final

from magnesium.interop import LoincCode, LoincUse

CODES: Final[tuple[LoincCode, ...]] = (
    LoincCode(
        code="19123-9",
        long_name="Magnesium [Mass/volume] in Serum or Plasma",
        loinc_property="MCnc",
        system="Ser/Plas",
        scale="Qn",
        ucum="mg/dL",
        use=LoincUse.SERUM,
        sources=("hl7-pddi-mg-loinc", "uz-dhp-lab-loinc-map", "unitypoint-finley-mg"),
    ),
    LoincCode(
        code="2601-3",
        long_name="Magnesium [Moles/volume] in Serum or Plasma",
        loinc_property="SCnc",
        system="Ser/Plas",
        scale="Qn",
        ucum="mmol/L",
        use=LoincUse.SERUM,
        sources=("hl7-pddi-mg-loinc", "nuh-singapore-mg"),
        note="A result in meq/L under this code is read with magnesium's valence, 2.",
    ),
    LoincCode(
        code="73573-8",
        long_name="Magnesium Ionized [Moles/volume] adjusted to pH 7.4 in Blood by "
        "Ion-selective membrane electrode (ISE)",
        loinc_property="SCnc",
        system="Bld",
        scale="Qn",
        ucum="mmol/L",
        use=LoincUse.IONISED,
        sources=("healthassure-loinc-73573-8",),
        note="Read in a secondary restatement of LOINC 2.82 only. No code for ionised "
        "magnesium that is not pH-adjusted was found with its LOINC name.",
    ),
    LoincCode(
        code="2597-3",
        long_name="Magnesium [Moles/volume] in Red Blood Cells",
        loinc_property="SCnc",
        system="RBC",
        scale="Qn",
        ucum="mmol/L",
        use=LoincUse.RBC,
        sources=("hl7-pddi-mg-loinc", "arup-0092079-loinc"),
    ),
    LoincCode(
        code="19124-7",
        long_name="Magnesium [Mass/volume] in Urine",
        loinc_property="MCnc",
        system="Urine",
        scale="Qn",
        ucum="mg/dL",
        use=LoincUse.URINE_SPOT,
        sources=("uz-dhp-lab-loinc-map", "mayo-magr-loinc"),
    ),
    LoincCode(
        code="2598-1",
        long_name="Magnesium [Moles/volume] in Urine",
        loinc_property="SCnc",
        system="Urine",
        scale="Qn",
        ucum="mmol/L",
        use=LoincUse.URINE_SPOT,
        sources=("hl7-be-lab-obs-magnesium",),
    ),
    LoincCode(
        code="24447-5",
        long_name="Magnesium [Mass/time] in 24 hour Urine",
        loinc_property="MRat",
        system="24H^Urine",
        scale="Qn",
        ucum="mg/(24.h)",
        use=LoincUse.URINE_24H,
        sources=("uz-dhp-lab-loinc-map", "mayo-magu-loinc"),
    ),
    LoincCode(
        code="2599-9",
        long_name="Magnesium [Moles/time] in 24 hour Urine",
        loinc_property="SRat",
        system="24H^Urine",
        scale="Qn",
        ucum="mmol/(24.h)",
        use=LoincUse.URINE_24H,
        sources=("lis-loinc-map-2599-9",),
        note="UNVERIFIED: one third-party mapping file names this code; no copy of LOINC's "
        "own name for it was read. Known only so that it is refused by name.",
    ),
)
"""Every known magnesium code; serum or plasma first."""
