"""Sources of `magnesium.protocols`: published replacement protocols and the expected rise."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

SOURCES: Final[tuple[Source, ...]] = (
    Source(
        key="galway-uhg-mgso4-iv",
        title="Magnesium sulphate: intravenous administration guide (Hypomagnesaemia, "
        "asymptomatic patients: initial doses based on levels)",
        publisher="Medicines Information, Galway University Hospitals (medinfogalway.ie)",
        year=None,
        url="https://medinfogalway.ie/node/2794/printable/print",
        locator="Hypomagnesaemia ASYMPTOMATIC patients: Initial doses based on levels",
        note=(
            "Quoted: '0.6 to 0.7mmol/L Give 1 to 2g (4 to 8mmol) Administer 1g over one hour, "
            "2g over 2 hours'; '0.4 to 0.6mmol/L Give 2 to 4g (8 to 16mmol) Administer over 4 "
            "to 12 hours'; 'less than 0.4mmol/L Give 4 to 8g (16 to 32mmol) Administer over 12 "
            "to 24 hours and repeat as needed Can give over 4 hours if essential'. The passage "
            "read (the start of the page) gives no renal rule and no recheck time; the rest of "
            "the page was not read. Used only as a worked example of a protocol that the "
            "library's validation refuses as read; not shipped as a protocol."
        ),
    ),
    Source(
        key="vanderbilt-im-hypomagnesemia",
        authors="Tozier M",
        title="Hypomagnesemia (Vanderbilt Internal Medicine residents' handbook, nephrology)",
        publisher="Vanderbilt University Medical Center, Internal Medicine",
        year=None,
        url="https://github.com/vanderbilt-internal-medicine/vanderbilt-internal-medicine."
        "github.io/blob/79355a8b1fc4a51046a377d8b99916af33678f5a/docs/nephrology/"
        "nephrology-hypomagnesemia.md",
        locator="Management: Intravenous",
        note=(
            "Quoted: 'Mg <1 mg/dL: 4 to 8g of MgSO4 (32 to 64 meq [16 to 32 mmol]) over 12 to "
            "24 hrs'; 'Mg 1 to 1.5 mg/dL: 4 g MgSO4 (16 to 32 meq [8 to 16 mmol]) over 4 to 12 "
            "hrs'; 'Mg 1.6 to 1.9 give 1 to 2 grams MgSO4 (8 to 16 meq [4 to 8 mmol]) 1-2 "
            "hrs'; 'Infusion rate should not exceed 2 g/hr to minimize urinary excretion'; "
            "'Renal impairment: replete with caution, reduce dose by 50-75% and monitor "
            "closely'. Read in the handbook's own source repository (commit 79355a8). As "
            "printed, the bands leave 1.5 to 1.6 mg/dL uncovered and give no eGFR limit and "
            "no recheck time: a worked example of a protocol the library refuses; not shipped."
        ),
    ),
    Source(
        key="jicm-2019-mg-rule-of-thumb",
        title="Effectiveness and Safety of Magnesium Replacement in Critically Ill Patients "
        "Admitted to the Medical Intensive Care Unit in an Academic Medical Center: A "
        "Retrospective, Cohort Study",
        publisher="Journal of Intensive Care Medicine 34(11-12):967-972",
        year=2019,
        identifier="doi:10.1177/0885066617720631 (PMID 28703019)",
        url="https://pubmed.ncbi.nlm.nih.gov/28703019/",
        locator="Abstract: Methods, Results, Conclusions",
        note=(
            'Quoted: \'compared to expected achievement using a "rule of thumb" estimation '
            "that 1 g intravenous magnesium sulfate raises the magnesium concentration 0.15 "
            "mEq/L'; 'Of these 89 episodes, serum magnesium concentration reached target in "
            "only 49 (59.8%) episodes compared to an expected 89 (100%; P < .0001)'; 'Medically, "
            "critically ill patients who received nonprotocolized magnesium replacement "
            'achieved the target serum magnesium concentration less frequently than the "rule '
            "of thumb\" estimation predicted.' Target >= 2 mEq/L from 1.0-1.9 mEq/L. As "
            "printed, 49 of 89 is 55%, not 59.8% (kept as printed). The authors' names were "
            "not shown in the copy read; the origin of the rule itself was not read."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the PubMed abstract (pubmed.gov/28703019)",
    ),
    Source(
        key="friendly-intern-2016-mg",
        title="How do I replete magnesium?",
        publisher="The Friendly Intern (blog), summarising a CliniCalc article",
        year=2016,
        url="https://thefriendlyintern.com/2016/03/25/how-do-i-replete-magnesium/",
        locator="point 2",
        note=(
            "Quoted: 'IV magnesium will replete by 0.1 mg/dL per 1 gram given (so if you give 4 "
            "grams of IV magnesium, expect 0.4 mg/dL repletion).' and 'no matter WHAT the dose "
            "of PO magnesium is, it will only replete about 0.1 mg/dL.' A resident's blog "
            "restating a CliniCalc article that was not read: the lower of the two rules of "
            "thumb the library reports. NOT VERIFIED against CliniCalc's own text."
        ),
        verification=Verification.SECONDARY,
        read_in="the blog post on thefriendlyintern.com",
    ),
    Source(
        key="kwon-lucas-evans-jhm",
        authors="Kwon J, Lucas BP, Evans AT",
        title='How much magnesium sulfate is needed to "keep total serum magnesium above '
        '2.0 mg/dL"?',
        publisher="Journal of Hospital Medicine",
        year=None,
        identifier="doi:10.1002/jhm.13251",
        url="https://citedrive.com/en/discovery/how-much-magnesium-sulfate-is-needed-to-keep-"
        "total-serum-magnesium-above-20-mgdl",
        locator="Abstract",
        note=(
            "Quoted: 'Across dose amounts, the average TsMg dropped below 2.0 mg/dL within 24 h "
            "of administration. When we limited our analysis to 2 g doses (the most common "
            "dose) and adjusted for baseline TsMg, estimated glomerular filtration rate, oral "
            "magnesium supplementation, and loop diuretic dosing, we found that less than half "
            "of the adjusted TsMg values remained above 2.0 mg/dL just 12 h after dose "
            "administration.' 24,363 doses in 12,618 veterans hospitalised for acute heart "
            "failure. Year and volume were not shown in the copy read."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the abstract as reproduced by citedrive.com",
    ),
)
"""The sources of `magnesium.protocols`."""
