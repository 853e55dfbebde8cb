"""Every document the library cites. Each entry records what was checked and where."""

from __future__ import annotations

from typing import Final

from magnesium._data import (
    sources_analytes,
    sources_causes,
    sources_protocols,
    sources_rda,
    sources_repletion,
    sources_thresholds,
)
from magnesium.sources import Source, Verification

_FOUNDATION: Final[tuple[Source, ...]] = (
    Source(
        key="ciaaw-magnesium",
        title="Standard atomic weight of magnesium",
        publisher="Commission on Isotopic Abundances and Atomic Weights (CIAAW), IUPAC",
        year=2011,
        url="https://ciaaw.org/magnesium.htm",
        locator="Ar(Mg) = [24.304, 24.307] since 2011",
        note=(
            "The interval is quoted from the CIAAW page. 24.305 g/mol is used as the single "
            "conventional value: it lies in the interval and is the pre-2011 standard atomic "
            "weight 24.3050(6) (see wieser-2013). A CIAAW text naming 24.305 as the "
            "conventional value was not found in the copies consulted."
        ),
    ),
    Source(
        key="wieser-2013",
        authors="Wieser ME, et al.",
        title="Atomic weights of the elements 2011 (IUPAC Technical Report)",
        publisher="Pure and Applied Chemistry 85(5):1047-1078",
        year=2013,
        identifier="doi:10.1351/PAC-REP-13-03-02",
        locator="Abstract: magnesium changed from 24.3050(6) to the interval [24.304, 24.307]",
        note=(
            "Quoted from the abstract: 'magnesium from 24.3050(6) to the interval [24.304, "
            "24.307]'. Re-checked for issue 11 in copies of the article (docslib.org, "
            "scribd.com); the publisher's page showed only the title and authors."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the abstract in copies of the article on docslib.org and scribd.com (the De Gruyter "
            "page showed only the authors)"
        ),
    ),
    Source(
        key="ucum",
        title="The Unified Code for Units of Measure (ucum-essence.xml)",
        publisher="Regenstrief Institute",
        year=None,
        url="https://github.com/ucum-org/ucum",
        locator="Chemical units: eq (equivalents) = 1 mol",
        note=(
            "UCUM defines eq as one mole, so a UCUM conversion turns 1 meq/L of Mg2+ into "
            "1 mmol/L, where the clinical value is 0.5 mmol/L. magnesium reads UCUM's "
            "spelling meq/L but converts with the valence. Read in ucum-essence.xml of the "
            'ucum-org/ucum repository: \'<unit Code="eq" CODE="EQ" isMetric="yes" '
            'class="chemical"> <name>equivalents</name> ... <value Unit="mol" '
            'UNIT="MOL" value="1">1</value>\'.'
        ),
    ),
    Source(
        key="iom-1997",
        authors="Institute of Medicine, Standing Committee on the Scientific Evaluation of "
        "Dietary Reference Intakes",
        title="Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and "
        "Fluoride",
        publisher="National Academy Press, Washington DC",
        year=1997,
        url="http://books.nap.edu/openbook.php?record_id=5776&page=203",
        locator="Chapter on magnesium, p. 203",
        note=(
            "Quoted: 'the normal range, 0.75 to 0.95 mmol/liter (1.8 to 2.3 mg/dl) (Elin, "
            "1987)' and 'Hypomagnesemia (serum magnesium < 0.75 mmol/liter [1.8 mg/dl])'. "
            "National Academies Press record 5776."
        ),
    ),
    Source(
        key="workeneh-2021",
        authors="Workeneh BT, Uppal NN, Jhaveri KD, Rondon-Berrios H",
        title="Hypomagnesemia in the Cancer Patient",
        publisher="Kidney360 2(1):154-166",
        year=2021,
        identifier="doi:10.34067/KID.0005622020",
        url="https://journals.lww.com/kidney360/pages/articleviewer.aspx?year=2021&issue=01000&article=00022&type=Fulltext",
        locator="Introduction",
        note=(
            "Quoted: 'Hypomagnesemia is defined as a serum magnesium (Mg) concentration of "
            "<1.8 mg/dl'. No mmol/L figure is given there; 0.7406 mmol/L is this library's "
            "conversion. Other texts pair 1.8 mg/dL with 0.75 mmol/L (see dynamed-2019)."
        ),
    ),
    Source(
        key="dynamed-2019",
        title="Hypomagnesemia - Approach to the Patient",
        publisher="DynaMed Plus, EBSCO Information Services",
        year=2019,
        url="https://www.scribd.com/document/461343309/DynaMed-Plus-Hypomagnesemia-approach-to-the-patient",
        locator="Definition; clinical presentation",
        note=(
            "Quoted: 'serum magnesium concentration < 1.8 mg/dL (0.75 mmol/L)', 'asymptomatic "
            "until the serum magnesium concentration is < 1.2 mg/dL (0.5 mmol/L)', 'Severe "
            "hypomagnesemia (serum magnesium < 1 mg/dL [0.4 mmol/L])'. Read in a copy printed "
            "in 2019 and hosted by a third party; the current DynaMed text may differ."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="a 2019 printout of the DynaMed Plus topic on scribd.com (document 461343309)",
    ),
    Source(
        key="bnssg-remedy-2023",
        title="Hypomagnesaemia (REMEDY clinical guidance, adult biochemistry)",
        publisher="NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board",
        year=2023,
        url="https://remedy.bnssg.icb.nhs.uk/adults/biochemistry/hypomagnesaemia",
        locator="Overview; Symptoms",
        note=(
            "Quoted: 'usually defined as a magnesium level of <0.7 mmol/l' and 'Symptoms "
            "usually do not manifest until the serum magnesium is <0.4 mmol/L'. Page checked "
            "03-01-2023 by its authors."
        ),
    ),
    Source(
        key="aha-2005-electrolytes",
        authors="American Heart Association",
        title="2005 American Heart Association Guidelines for Cardiopulmonary Resuscitation "
        "and Emergency Cardiovascular Care. Part 10.1: Life-Threatening Electrolyte "
        "Abnormalities",
        publisher="Circulation",
        year=2005,
        url="https://studylib.net/doc/7743105",
        locator="Magnesium: hypomagnesemia",
        note=(
            "NOT VERIFIED: the definition 'serum magnesium concentration < 1.3 mEq/L' is "
            "attributed to this guideline by secondary summaries only; the copy consulted did not "
            "show its magnesium section. Kept because published tools use it; never the default. "
            "Re-checked for issue 11: no copy of Part 10.1 showing its magnesium section was "
            "found."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "secondary summaries attributing the 1.3 mEq/L definition to the guideline; the "
            "studylib.net copy did not show its magnesium section"
        ),
    ),
    Source(
        key="statpearls-hypomagnesemia",
        title="Hypomagnesemia",
        publisher="StatPearls Publishing, Treasure Island (FL)",
        year=None,
        url="https://statpearls.com/articlelibrary/viewarticle/23271",
        locator="Continuing Education Activity",
        note=(
            "Quoted: 'normal serum levels of 1.46 to 2.68 mg/dL' and 'a serum magnesium level "
            "below 1.46 mg/dL'. The authors and the update date were not shown in the copy "
            "consulted."
        ),
    ),
    Source(
        key="nci-ctcae-5",
        authors="National Cancer Institute",
        title="Common Terminology Criteria for Adverse Events (CTCAE) Version 5.0",
        publisher="U.S. Department of Health and Human Services, National Institutes of Health",
        year=2017,
        url="https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm",
        locator="Metabolism and nutrition disorders: Hypomagnesemia; Hypermagnesemia",
        note=(
            "Published 27 November 2017. The grade criteria were checked in a machine-readable "
            "transcription of CTCAE v5.0 (pharmaverse admiral, ncictcaev5_uscv.json), not in "
            "the CTEP spreadsheet itself."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the pharmaverse admiral transcription of CTCAE v5.0 (ncictcaev5_uscv.json)",
    ),
    Source(
        key="rcpa-aacb-2015",
        authors="Alfred Health Pathology Service",
        title="Magnesium: test handbook entry (RCPA/AACB Harmonised Reference Intervals from "
        "13/7/2015)",
        publisher="Alfred Health, Melbourne",
        year=2015,
        url="https://pathology.alfred.org.au/handbook/?testid=447",
        locator="Reference intervals",
        note=(
            "Quoted: adult 18 yrs+ '0.70 -1.10 mmol/L', < 1 week '0.6- 1.0 mmol/L', "
            "1 wk - < 18 yrs '0.65-1.1 mmol/L'."
        ),
    ),
)

SOURCES: Final[tuple[Source, ...]] = (
    _FOUNDATION
    + sources_thresholds.SOURCES
    + sources_rda.SOURCES
    + sources_causes.SOURCES
    + sources_repletion.SOURCES
    + sources_analytes.SOURCES
    + sources_protocols.SOURCES
)
"""Every source, in the order the bibliography lists them by topic."""
