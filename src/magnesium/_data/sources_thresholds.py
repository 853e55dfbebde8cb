"""The sources of the added threshold sets, hypermagnesaemia bands and critical limits.

Each entry quotes the cited numbers as they stand in the copy read. Laboratory
pages are the laboratory's own (test catalogue or policy page); drug labels
were read on the manufacturer's medical-information site. Entries whose
number was read only in an abstract or a third party's summary carry
``verified=False``.
"""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

_PFIZER: Final = "Hospira (Pfizer); Pfizer Medical Information"

_LABELS: Final[tuple[Source, ...]] = (
    Source(
        key="pfizer-mgso4-vial-indications",
        title="Magnesium Sulfate Injection, USP 50% (vial): prescribing information",
        publisher=_PFIZER,
        year=None,
        url="https://www.pfizermedicalinformation.com/magnesium-sulfate-injection-usp-vial",
        locator="INDICATIONS AND USAGE",
        note=(
            "Quoted: 'In such cases, the serum magnesium level is usually below the lower "
            "limit of normal (1.5 to 2.5 mEq/L) and the serum calcium level is normal (4.3 to "
            "5.3 mEq/L) or elevated.' A descriptive sentence of the label, not a laboratory "
            "reference interval. The same sentence stands in relabellers' copies of the US "
            "label; the premixed 'in Water for Injection' label gives 1.3 to 2.1 mEq/L "
            "instead (pfizer-mgso4-in-water-label). The label's revision date was not shown "
            "in the copy read."
        ),
    ),
    Source(
        key="pfizer-mgso4-in-water-label",
        title="Magnesium Sulfate in Water for Injection: prescribing information",
        publisher=_PFIZER,
        year=None,
        url="https://www.pfizermedicalinformation.com/en-us/magnesium-sulfate-0/clinical-pharmacology",
        locator="CLINICAL PHARMACOLOGY; WARNINGS (PRECAUTIONS)",
        note=(
            "Quoted (Clinical Pharmacology): 'Normal serum magnesium levels range from 1.3 to "
            "2.1 mEq/liter. As serum magnesium rises above 4 mEq/liter, the deep tendon "
            "reflexes are first decreased and then disappear as the serum level approaches 10 "
            "mEq/liter. At this level respiratory paralysis may occur. Heart block also may "
            "occur at this or lower serum levels of magnesium.' Quoted (Warnings, "
            "https://www.pfizermedicalinformation.com/en-us/magnesium-sulfate-0/warnings): "
            "'The strength of the deep tendon reflexes begins to diminish when serum "
            "magnesium levels exceed 4 mEq/liter. Reflexes may be absent at 10 mEq "
            "magnesium/liter, where respiratory paralysis is a potential hazard.' The "
            "Magnesium Sulfate in 5% Dextrose label (sections 5.2 and 10) words the same "
            "two levels alike. The label's revision date was not shown in the copy read."
        ),
    ),
)

_TEXTBOOKS: Final[tuple[Source, ...]] = (
    Source(
        key="medscape-766604",
        authors="Novello NP; Schraga ED (chief editor)",
        title="Hypermagnesemia in Emergency Medicine: Clinical Presentation",
        publisher="Medscape (WebMD)",
        year=2022,
        url="https://emedicine.medscape.com/article/766604-clinical",
        locator="History; Physical Examination",
        note=(
            "Updated 23 June 2022. Quoted: 'Magnesium levels of 2-4 mEq/L are associated "
            "with the following: Nausea, Vomiting, Skin flushing, Weakness, Lightheadedness'; "
            "'Serum magnesium levels of 3.5-5 mEq/L are associated with the following: "
            "Disappearance of deep tendon reflexes, Muscle weakness'; '5-6 mEq/L ... "
            "Hypotension, Vasodilatation'; '8-10 mEq/L ... Arrhythmia, including atrial "
            "fibrillation, Intraventricular conduction delay, Flaccid skeletal muscle "
            "paralysis'; 'greater than 10 mEq/L ... Asystole, Heart block, Ventilatory "
            "failure, Stupor or coma, Death' (bulleted lists flattened). A review text; the "
            "bands overlap and leave 6-8 mEq/L without a band, as printed."
        ),
    ),
    Source(
        key="msd-hypermagnesemia",
        title="Hypermagnesemia (MSD Manual Professional Version)",
        publisher="Merck Sharp & Dohme",
        year=None,
        url="https://msdmanuals.com/uk/professional/endocrine-and-metabolic-disorders/"
        "electrolyte-disorders/hypermagnesemia",
        locator="Diagnosis of Hypermagnesemia",
        note=(
            "Quoted: 'Hypermagnesemia is a serum magnesium concentration > 2.6 mg/dL (> 1.05 "
            "mmol/L)'; 'At serum magnesium concentrations of 6 to 12 mg/dL (2.5 to 5 mmol/L), "
            "the ECG shows prolongation of the PR interval, widening of the QRS complex, and "
            "increased T-wave amplitude. Deep tendon reflexes disappear as the serum "
            "magnesium concentration approaches 12 mg/dL (5.0 mmol/L); hypotension, "
            "respiratory depression, and narcosis develop with increasing hypermagnesemia. "
            "Cardiac arrest may occur when blood magnesium concentration is > 15 mg/dL (6.0 to "
            "7.5 mmol/L).' The mmol/L figures are loose pairs (12 mg/dL is 4.94 mmol/L), so "
            "this library keeps the mg/dL values. Author and revision date were not shown in "
            "the copy read."
        ),
    ),
)

_SETS: Final[tuple[Source, ...]] = (
    Source(
        key="rosanoff-2022-magnet",
        authors="Rosanoff A, West C, Elin RJ, Micke O, et al., for the MaGNet Global "
        "Magnesium Project",
        title="Recommendation on an updated standardization of serum magnesium reference ranges",
        publisher="European Journal of Nutrition 61(7):3697-3706",
        year=2022,
        identifier="doi:10.1007/s00394-022-02916-w",
        url="https://pubmed.ncbi.nlm.nih.gov/35689124/",
        locator="Abstract",
        note=(
            "NOT VERIFIED in the full text: read in the abstract only (a copy of the PubMed "
            "record and the Tel Aviv University and Ajou University repository records). "
            "Quoted: 'Two independent groups designated 0.85 mmol/L (2.07 mg/dL; 1.7 mEq/L) "
            "as the low cut-off point defining hypomagnesemia' and 'Of 43 collected values, "
            "only 2 met 0.85 mmol/L as the low cut-off point to define hypomagnesemia. The "
            "remainder had lower cut-off values, which may underestimate hypomagnesemia "
            "diagnosis'. The paper's own concluding recommendation was not read. No upper "
            "limit is given; a conference abstract by co-author O. Micke says 'only the "
            "lower boundary marker, i.e. 0.85 mmol/L is evidence based'."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the abstract in copies of the PubMed record and two university repository "
            "records; the paper's own concluding recommendation was not read"
        ),
    ),
    Source(
        key="adam-003487-medlineplus",
        authors="A.D.A.M. Medical Encyclopedia",
        title="Magnesium blood test (article 003487, published by MedlinePlus)",
        publisher="A.D.A.M., Inc.; U.S. National Library of Medicine (MedlinePlus)",
        year=None,
        url="https://medlineplus.gov/ency/article/003487.htm",
        locator="Normal Results",
        note=(
            "Quoted: 'The normal range for blood magnesium level is 1.7 to 2.2 mg/dL (0.85 "
            "to 1.10 mmol/L). Normal value ranges may vary slightly among different "
            "laboratories.' Read on A.D.A.M.'s own host "
            "(aadsandboxse3.adam.com/content.aspx?gid=003487) and in licensees' copies "
            "(St Luke's, UF Health Jacksonville, which print the mg/dL range only); the "
            "medlineplus.gov page itself was not read. The printed mmol/L pair does not "
            "convert from 1.7-2.2 mg/dL (0.70-0.91 mmol/L), so this library keeps mg/dL only."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "A.D.A.M.'s own copy of article 003487 and licensees' copies (A.D.A.M. writes the "
            "text MedlinePlus publishes); medlineplus.gov itself was not read"
        ),
    ),
    Source(
        key="york-magnesium-phrg",
        title="Test Directory: Magnesium (Clinical Biochemistry)",
        publisher="York and Scarborough Teaching Hospitals NHS Foundation Trust, Laboratory "
        "Medicine",
        year=None,
        url="https://yorkhospitals.nhs.uk/our-services/a-z-of-services/lab-med/"
        "test-directory/clinical-biochemistry/magnesium",
        locator="Reference Interval",
        note=(
            "Quoted: 'Reference Interval 0.7-1.0mmol/L (Recommended by the Pathology "
            "Harmonisation Reference Group)'. The Pathology Harmonisation Reference Group's "
            "own document was not read; the attribution is York's. Newcastle upon Tyne "
            "Hospitals ('4w and over: 0.70 - 1.00 mmol/L') and South Tees ('Serum/Plasma: 0.7 "
            "- 1.0 mmol/L') print the same interval."
        ),
    ),
)

_CRITICAL: Final[tuple[Source, ...]] = (
    Source(
        key="tidalhealth-lab103",
        title="LAB103 Magnesium (test catalogue)",
        publisher="TidalHealth Peninsula Regional, Core Laboratory",
        year=None,
        url="https://tidalhealth.testcatalog.org/show/LAB103-1",
        locator="Reference Values",
        note=(
            "Quoted: 'Pediatric Critical value (automatic call-back) <16 years old: <1.0 or "
            ">4.0 mg/dL / Adult (Not Labor and Delivery) Critical value (automatic call-back) "
            "≥ 16 years old: <1.0 or >5.0 mg/dL / Adult (Labor and Delivery) Critical values "
            "(automatic call-back) ≥ 16 years old: <1.0 or >8.0 mg/dL'. Undated page."
        ),
    ),
    Source(
        key="ohsu-lab00038",
        title="Magnesium, Plasma (LAB00038)",
        publisher="Oregon Health & Science University (OHSU) Lab Services",
        year=None,
        url="https://www.ohsu.edu/lab-services/magnesium-plasma",
        locator="Critical Values",
        note=(
            "Quoted: 'Critical Values: Less than or equal to 0.9 mg/dL Greater than or equal "
            "to 5.0 mg/dL'; 'Reference Range: 1.6 to 2.6 mg/dL'. No age or ward is named. "
            "Undated page."
        ),
    ),
    Source(
        key="baystate-mg",
        title="MG Magnesium (test catalogue)",
        publisher="Baystate Reference Laboratories",
        year=None,
        url="https://baystatereferencelaboratories.testcatalog.org/show/MG",
        locator="Reference Ranges; Criticals Results",
        note=(
            "Quoted: 'Reference Ranges 1.3-1.9 mEq/L / Critical: <0.8 mEq/L or >4.5 mEq/L. If "
            "from: Obstetrics OR, Labor and Delivery, or W1 or2: <0.8 mEq/L or >7.0 mEq/L'. "
            "Undated page."
        ),
    ),
    Source(
        key="homerton-critical-limits",
        title="Urgent chemical pathology results: critical result limits",
        publisher="Homerton University Hospital NHS Foundation Trust, Chemical Pathology",
        year=None,
        url="http://www.homerton.nhs.uk/our-services/services-a-z/p/pathology/"
        "information-for-healthcare-professionals/urgent-chemical-pathology,-haematology-"
        "blood-transfusion-results/urgent-chemical-pathology-results/",
        locator="Critical result limits (table)",
        note=(
            "Quoted: the limits were 'set in accordance with Royal College of Pathology "
            "guidelines'; row 'Magnesium (mmol/L) <0.4 >2.0 >3.5 (Pre-eclampsia) As for "
            "in-patients' (in-patients; GP/out-patients as for in-patients). The pre-eclampsia "
            "entry stands under the upper limit; this library keeps the < 0.4 lower limit for "
            "it. Undated page."
        ),
    ),
    Source(
        key="rmh-critical-results",
        title="Pathology: critical results notification",
        publisher="The Royal Melbourne Hospital, Melbourne Health",
        year=None,
        url="https://www.thermh.org.au/health-professionals/clinical-services/pathology/"
        "critical-results-notification",
        locator="Samples that exceed critical values (table)",
        note=(
            "Quoted: 'Mg++ < 0.4 > 2.0 mmol/l' in the table of lower and upper limits of "
            "samples that exceed critical values. Undated page."
        ),
    ),
)

SOURCES: Final[tuple[Source, ...]] = _LABELS + _TEXTBOOKS + _SETS + _CRITICAL
"""The sources of this topic, in the order the bibliography lists them."""
