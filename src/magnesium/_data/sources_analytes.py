"""The sources of the other analytes (ionised, RBC, 24-hour urine) and the prescribing facts.

Each entry quotes the cited numbers as they stand in the copy read. Laboratory
pages are the laboratory's own test catalogue unless ``read_in`` names a client
laboratory's copy of a reference laboratory's entry.
"""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

_ANALYTES: Final[tuple[Source, ...]] = (
    Source(
        key="spectrum-health-lab805",
        title="LAB805 Magnesium Ionized, Whole Blood",
        publisher="Spectrum Health Laboratories (Grand Rapids, MI), test catalog",
        year=None,
        url="https://spectrumhealth.testcatalog.org/show/LAB805-1",
        locator="Reference Range; Performing Department",
        note=(
            "Quoted: 'Reference Range 0.53 - 0.67 mmol/L', method 'ion selective electrode', "
            "specimen 'Green Top Lithium Heparin, non gel', 'Must be analyzed within 30 "
            "minutes'. The page also says: 'This test will be discontinued on July 2, 2018 due "
            "to low volume.' Whole blood, not pH-adjusted as far as the page says."
        ),
    ),
    Source(
        key="greenway-1996",
        authors="Greenway DC, et al.",
        title="Reference interval for whole-blood ionized magnesium in a healthy population "
        "and the stability of ionized magnesium under varied laboratory conditions",
        publisher="Clinical Biochemistry 29(6):515-520",
        year=1996,
        url="https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/22324555",
        locator="Abstract: Results",
        note=(
            "Quoted from the abstract: 'In healthy volunteers, the mean whole blood iMg level "
            "was 0.52 mmol/L with a range of 0.44 to 0.59 mmol/L. The iMg/total serum Mg ratio "
            "was at 0.60 (0.50-0.69).' 125 healthy volunteers, NOVA 8 analyser; the "
            "conclusion calls it 'a reference interval for whole blood iMg in a healthy "
            "Canadian population'. Only the abstract was read, not the paper."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the abstract reproduced by a journal index (acnpsearch.tweb-dev.unibo.it)",
    ),
    Source(
        key="arup-0092079",
        title="Magnesium, RBC (0092079)",
        publisher="ARUP Laboratories, Laboratory Test Directory",
        year=None,
        url="http://ltd.aruplab.com/tests/pub/0092079",
        locator="Reference Interval; Interpretive Data",
        note=(
            "Quoted (current page): 'Reference Interval 3.6-7.5 mg/dL', 'To convert "
            "concentration to millimoles per liter (mmol/L), divide the result by 2.43', method "
            "'Quantitative Inductively Coupled Plasma-Mass Spectrometry', LOINC 26746-8. An "
            "older version of the same page printed 'Reference Interval 1.5-3.1 mmol/L' (LOINC "
            "2597-3), the same interval in mmol/L; the library keeps the current mg/dL figures."
        ),
    ),
    Source(
        key="quest-mgrbc",
        title="Magnesium, Red Blood Cells (MGRBC)",
        publisher="Quest Diagnostics Nichols Institute, Chantilly VA",
        year=None,
        url="https://nslijlab.testcatalog.org/show/MGRBC",
        locator="Reference Values",
        note="Quoted: 'Reference Values 4.0-6.4 mg/dL', method ICP-MS.",
        verification=Verification.VERBATIM_COPY,
        read_in="the Northwell Health laboratories' catalogue entry for the Quest send-out test",
    ),
    Source(
        key="labcorp-080283",
        title="Magnesium, RBC (080283)",
        publisher="LabCorp",
        year=None,
        url="https://www.marshfieldlabs.org/sites/ltrm/Human/Pages/26705.aspx",
        locator="Reference Range Information",
        note=(
            "Quoted: 'Performing Location LabCorp ... 3.7-7.0 mg/dL'. CONFLICT: another "
            "client page (evexiadiagnostics.com) prints '4.2-6.8 mg/dL' for an RBC magnesium "
            "test 'developed ... by LabCorp' (the Baystate figures); the copies may be of "
            "different years. LabCorp's own page was not read."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the Marshfield Labs catalogue entry for the LabCorp send-out test",
    ),
    Source(
        key="baystate-magrbc",
        title="MAGRBC Magnesium, RBC",
        publisher="Baystate Reference Laboratories, test catalog",
        year=None,
        url="https://baystatereferencelaboratories.testcatalog.org/show/MAGRBC-1",
        locator="Reference Ranges",
        note="Quoted: 'Reference Ranges 4.2-6.8 mg/dL' (AAS; ICP/MS); performing lab not named.",
    ),
    Source(
        key="dynacare-mgrb",
        title="Magnesium Rbc (MGRB)",
        publisher="Dynacare (Canada), find a test",
        year=None,
        url="https://www.dynacare.ca/specialpages/secondarynav/find-a-test/nat/magnesium%C2%A0rbc.aspx",
        locator="Reference Interval",
        note=(
            "Quoted: 'M/F 1.56 2.60 Millimole / Litre', '(1) Reference range based on "
            "non-occupationally exposed population.'"
        ),
    ),
    Source(
        key="mayo-magnr",
        title="MAGNR Magnesium, Random, Urine: Interpretation",
        publisher="Mayo Clinic Laboratories",
        year=None,
        url="https://centracarelaboratoryservices.testcatalog.org/show/0205487-1",
        locator="Interpretation",
        note=(
            "Quoted: 'In the presence of hypomagnesemia, a 24-hour urine magnesium >24 mg/day "
            "or fractional excretion >0.5% suggests renal magnesium wasting. Lower values "
            "suggest inadequate magnesium intake and/or gastrointestinal losses.' The FEMg "
            "figure (> 0.5%) differs from the other sources (2-4%) and is not modelled."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="CentraCare Laboratory Services' catalogue copy of the Mayo test (0205487)",
    ),
    Source(
        key="cmdt-hypomagnesemia",
        title="Hypomagnesemia (quick reference; CMDT Part 21-13)",
        publisher="CMDT, McGraw-Hill AccessMedicine",
        year=None,
        url="https://accessmedicine.mhmedical.com/content.aspx?bookid=2986&sectionid=251096478",
        locator="Laboratory findings",
        note=(
            "Quoted: 'Urinary excretion of magnesium exceeding 10-30 mg/day or a fractional "
            "excretion more than 2% indicates renal magnesium wasting'. Edition and year not "
            "shown in the page read."
        ),
    ),
)

_PRESCRIBING: Final[tuple[Source, ...]] = (
    Source(
        key="fda-2013-mgso4-pregnancy",
        title="FDA Drug Safety Podcast: FDA Recommends Against Prolonged Use of Magnesium "
        "Sulfate to Stop Pre-term Labor Due to Bone Changes in Exposed Babies",
        publisher="U.S. Food and Drug Administration, Division of Drug Information",
        year=2013,
        url="http://www.fda.gov/Drugs/DrugSafety/DrugSafetyPodcasts/ucm354762.htm",
        locator="Transcript",
        note=(
            "Quoted: 'On May 30, 2013 the FDA advised health care professionals against using "
            "magnesium sulfate injection for more than 5 to 7 days to stop pre-term labor in "
            "pregnant women. ... Administration of magnesium sulfate injection to pregnant "
            "women longer than 5 to 7 days may lead to low calcium levels and bone problems in "
            "the developing baby or fetus ... The shortest duration of treatment that can "
            "result in harm to the baby is not known.' The podcast restates the Drug Safety "
            "Communication of 30 May 2013, which itself was not read."
        ),
    ),
    Source(
        key="pfizer-mgso4-fetal-harm",
        title="Magnesium Sulfate Injection, USP: Warnings (FETAL HARM)",
        publisher="Hospira (Pfizer); Pfizer Medical Information",
        year=None,
        url="https://www.pfizermedicalinformation.com/magnesium-sulfate-1/warnings",
        locator="WARNINGS: FETAL HARM",
        note=(
            "Quoted: 'FETAL HARM: Continuous administration of magnesium sulfate beyond 5 to 7 "
            "days to pregnant women can lead to hypocalcemia and bone abnormalities in the "
            "developing fetus. These bone abnormalities include skeletal demineralization and "
            "osteopenia. In addition, cases of neonatal fracture have been reported. The "
            "shortest duration of treatment that can lead to fetal harm is not known.' The "
            "FDA's safety-labeling page (May 2013) lists the same warning for the 50%, "
            "dextrose and water-for-injection products."
        ),
    ),
    Source(
        key="skyscape-mgso4",
        title="Magnesium sulfate (drug monograph: adult and pediatric dosing)",
        publisher="Skyscape drug reference (publisher and edition not identified)",
        year=None,
        url="https://download.skyscape.com/download/ota/lonestar/3C52715-7DF0-47C4-BF2A-"
        "379E6E7AC9B5/skyscaperx.edxx/content/HTML/8/tn359.htm",
        locator="Adult Dosing: Hyperalimentation; Pediatric Dosing: Hyperalimentation",
        note=(
            "NOT VERIFIED against the label: 'In TPN, maintenance dose ranges from 1-3 g daily'; "
            "'In TPN, maintenance "
            "dose for infants ranges from 0.25-1.25 g daily'. A drug monograph restating the "
            "US label; the label's own parenteral-nutrition paragraph was not read."
        ),
        verification=Verification.SECONDARY,
        read_in="a Skyscape drug-reference page restating the US label",
    ),
    Source(
        key="dbl-mgso4-mims",
        title="DBL Magnesium Sulfate Concentrated Injection: Dosage/Direction for Use",
        publisher="Pfizer (DBL); MIMS Malaysia",
        year=None,
        url="https://uat.mimsdev.com/malaysia/drug/info/dbl-magnesium-sulfate/dosage",
        locator="Dosage/Direction for Use: Total parenteral nutrition",
        note=(
            "Quoted: 'Total parenteral nutrition: Adults: A dose of 0.5 to 3.0 g magnesium "
            "sulfate heptahydrate (4 to 24 mEq) daily may be administered. Infants: A dose of "
            "0.25 to 1.25 g magnesium sulfate heptahydrate (2 to 10 mEq) daily may be "
            "administered.' A non-US label: its adult lower end (0.5 g) differs from the US "
            "figure (1 g); both are kept."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the MIMS Malaysia product page (a staging copy, uat.mimsdev.com)",
    ),
    Source(
        key="nhs-highland-portal-hypomagnesaemia",
        title="Hypomagnesaemia (therapeutic guidelines: nutrition, fluid and electrolytes)",
        publisher="NHS Highland Therapeutic Portal",
        year=None,
        url="http://therapeuticportal.nhsh.scot/home/therapeutic-guidelines/"
        "nutrition-fluid-and-electrolytes/hypomagnesaemia/",
        locator="Hypomagnesaemia Treatment Regime: Monitor",
        note=(
            "Quoted: 'Check magnesium 6 hours after last infusion ends (t=30hours) unless eGFR "
            "<30ml/min. Following this check magnesium daily until stable and underlying cause "
            "resolved For eGFR< 30ml/min check magnesium levels 6 hours after the end of "
            "second infusion prior to starting the third infusion.' and, for 0.5 to 0.7 mmol/L "
            "on oral treatment: 'Check magnesium levels daily. Continue treatment for 48 hours "
            "after magnesium levels return to normal.' The older portal version of the NHS "
            "Highland guideline (the current Right Decisions page keeps the daily check); year "
            "not shown."
        ),
    ),
)

SOURCES: Final[tuple[Source, ...]] = _ANALYTES + _PRESCRIBING
"""The sources of `magnesium.analytes` and `magnesium.prescribing`."""
