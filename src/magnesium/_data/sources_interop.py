"""The sources of the LOINC table: copies of LOINC's own names, and laboratories' uses of the codes.

LOINC's own site (loinc.org) was not read. A LOINC long name is cited from an HL7
implementation guide or a terminology artefact that reproduces it under LOINC's licence
(``VERBATIM_COPY``, the copy named in ``read_in``), or from a site that restates the LOINC
table (``SECONDARY``); a laboratory catalogue that prints a code beside its test shows how
laboratories use the code, not LOINC's name for it.
"""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

SOURCES: Final[tuple[Source, ...]] = (
    Source(
        key="uz-dhp-lab-loinc-map",
        title="ConceptMap lab-analytes-to-loinc ('Diagnostic Codes to LOINC')",
        publisher="Uzinfocom, Digital Health Platform of Uzbekistan (FHIR terminology)",
        year=None,
        url="https://terminology.dhp.uz/fhir/core/ConceptMap/lab-analytes-to-loinc",
        locator="group.element lab-493, lab-494, lab-495",
        note=(
            "Quoted from the targets: '#19123-9' display 'Magnesium [Mass/volume] in Serum or "
            "Plasma'; '#24447-5' display 'Magnesium [Mass/time] in 24 hour Urine'; '#19124-7' "
            "display 'Magnesium [Mass/volume] in Urine' (also '#2596-5' 'Magnesium "
            "[Moles/volume] in Body fluid', not used here)."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the FHIR Shorthand source of the ConceptMap in a public GitHub repository, as "
            "stored in a code index (draft status; displays copied from LOINC)"
        ),
    ),
    Source(
        key="hl7-pddi-mg-loinc",
        title="ValueSet valueset-magnesium-LOINC, Potential Drug-Drug Interaction (PDDI) CDS "
        "Implementation Guide 1.0.0 (STU1)",
        publisher="HL7 International, Clinical Decision Support Work Group",
        year=None,
        url="https://hl7.org/fhir/uv/pddi/en/ValueSet-valueset-magnesium-LOINC.html",
        locator="Expansion ('Include these codes as defined in http://loinc.org version 2.82')",
        note=(
            "Read as quoted in the project's clinical research notes of 2026-11-30: 19123-9 "
            "'Magnesium [Mass/volume] in Serum or Plasma', 2601-3 'Magnesium [Moles/volume] in "
            "Serum or Plasma', 2597-3 'Magnesium [Moles/volume] in Red Blood Cells'. The page "
            "itself was not re-read for this table; its title is mis-labelled 'LOINC Codes for "
            "Serum Potassium'."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the HL7 IG page (LOINC 2.82 displays), as quoted in the research notes",
    ),
    Source(
        key="hl7-be-lab-obs-magnesium",
        title="Example Observation obsMagnesium, HL7 Belgium Laboratory Implementation Guide",
        publisher="HL7 Belgium / eHealth Platform Belgium",
        year=None,
        url="https://build.fhir.org/ig/hl7-be/lab/Observation-obsMagnesium.json.html",
        locator="Instance obsMagnesium: code",
        note=(
            "Quoted: 'code = $loinc#2598-1 \"Magnesium [Moles/volume] in Urine\"', "
            "'valueQuantity = 1 'mmol/l'', 'referenceRange.low = 1.23 'mmol/l''."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the IG's FHIR Shorthand source (CI build, not an authorised publication)",
    ),
    Source(
        key="healthassure-loinc-73573-8",
        title="LOINC Code 73573-8: Magnesium Ionized adjusted to pH 7.4 ISE (Bld) [Moles/Vol]",
        publisher="HealthAssure, LOINC code browser",
        year=None,
        url="https://www.healthassure.in/codes/"
        "loinc-73573-8-magnesium-ionized-adjusted-to-ph-74-ise-bld-molesvol",
        locator="Key facts; Code details",
        note=(
            "NOT VERIFIED against LOINC's own copy. Quoted: 'Magnesium Ionized [Moles/volume] "
            "adjusted to pH 7.4 in Blood by "
            "Ion-selective membrane electrode (ISE)'; component 'Magnesium.ionized^^adjusted "
            "to pH 7.4'; 'Method: ISE'; 'Status: ACTIVE'. The site restates LOINC version 2.82."
        ),
        verification=Verification.SECONDARY,
        read_in="healthassure.in (a third-party restatement of the LOINC table)",
    ),
    Source(
        key="lis-loinc-map-2599-9",
        title="Laboratory local-code to LOINC mapping (Java source)",
        publisher="A third-party laboratory interface project on GitHub",
        year=None,
        identifier="a mapping file found in a public code index (repository not shown)",
        note=(
            "NOT VERIFIED: no copy of LOINC was read for 2599-9. "
            'Quoted: \'new LoincMapping("2599-9", "Magnesium [Moles/time] in 24 hour Urine", '
            'ONE, "mmol/(24.h)")\' and \'new LoincMapping("2598-1", "Magnesium '
            '[Moles/volume] in Urine", ONE, "mmol/L")\'. One third-party file: the 2599-9 '
            "row rests on it alone."
        ),
        verification=Verification.UNVERIFIED,
        read_in="the mapping file only; no LOINC copy naming 2599-9 was read",
    ),
    Source(
        key="unitypoint-finley-mg",
        title="Test Code MG Magnesium LAB103",
        publisher="UnityPoint Health - Finley Hospital laboratory, test catalog",
        year=None,
        url="https://unitypointfinley.testcatalog.org/show/MG-1",
        locator="LOINC Code Information",
        note="Quoted: '19123-9 Magnesium [Mass/Volume] In Serum Or Plasma'; 'Reference Values "
        "1.6-3.0 mg/dL'.",
    ),
    Source(
        key="nuh-singapore-mg",
        title="Test Code MG Magnesium",
        publisher="National University Hospital Singapore, test catalog",
        year=None,
        url="https://nuhsingapore.testcatalog.org/show/MG",
        locator="LOINC Code Information",
        note="Quoted: 'LOINC Code Information 2601-3', reference interval in mmol/L "
        "('>= 18 yrs 0.70 - 1.10 mmol/L'), serum or plasma.",
    ),
    Source(
        key="mayo-magu-loinc",
        title="Test Code MAGU Magnesium, 24 Hour, Urine (Mayo Clinic Laboratories)",
        publisher="Torrance Memorial Medical Center laboratory, test catalog",
        year=None,
        url="https://tml.testcatalog.org/show/MAGU",
        locator="LOINC Code Information",
        note="Quoted: 'MG24 | Magnesium, 24 HR, U | 24447-5'; 'Reference Values 51-269 mg/24 "
        "hours'; performing laboratory 'Mayo Clinic Laboratories in Rochester'.",
        verification=Verification.VERBATIM_COPY,
        read_in="a client laboratory's copy of the Mayo Clinic Laboratories entry",
    ),
    Source(
        key="mayo-magr-loinc",
        title="Test Code MAGR Magnesium, Random, Urine (Mayo Clinic Laboratories)",
        publisher="Bronson Laboratory Services, test catalog",
        year=None,
        url="https://bronsonlab.testcatalog.org/show/MAGR",
        locator="LOINC Code Information",
        note="Quoted: 'MGCON | Magnesium, Random, U | 19124-7'; the ratio 'MGCTR | "
        "Magnesium/Creatinine Ratio | 13474-2'.",
        verification=Verification.VERBATIM_COPY,
        read_in="a client laboratory's copy of the Mayo Clinic Laboratories entry",
    ),
    Source(
        key="arup-0092079-loinc",
        title="Magnesium, RBC (test 0092079)",
        publisher="ARUP Laboratories, Laboratory Test Directory",
        year=None,
        url="http://ltd.aruplab.com/tests/pub/0092079",
        locator="Components",
        note="NOT VERIFIED on ARUP's page for this table. Quoted in the project's research "
        "notes: 'Component ... Magnesium, RBCs 2597-3'; "
        "'Reference Interval 1.5-3.1 mmol/L'. A newer ARUP page reports RBC magnesium in "
        "mg/dL under 26746-8, a code whose LOINC name was not read (left out of the table).",
        verification=Verification.SECONDARY,
        read_in="the research notes' quotation of the ARUP page",
    ),
)
"""The LOINC table's sources."""
