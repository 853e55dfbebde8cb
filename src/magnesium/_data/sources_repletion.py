"""The sources cited by the salts, dose conversions and repletion regimens (repletion.py)."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

_LABEL_50_URL: Final = (
    "https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?"
    "setid=e921a46b-9a5b-4163-9c88-224247541f14"
)

SOURCES: Final[tuple[Source, ...]] = (
    Source(
        key="ciaaw-atomic-weights",
        title="Standard Atomic Weights 2021",
        publisher="Commission on Isotopic Abundances and Atomic Weights (CIAAW), IUPAC",
        year=2021,
        url="https://www.ciaaw.org/atomic-weights.htm",
        locator="Table of standard atomic weights: H, P, S, Cl",
        note=(
            "Quoted intervals: H [1.007 84, 1.008 11], S [32.059, 32.076], Cl [35.446, "
            "35.457]; P 30.973 761 998(5). The single values used for H (1.008), S (32.06) and "
            "Cl (35.45) are IUPAC's conventional atomic weights, read in the 'conventional "
            "atomic weight' column of a university transcription of the IUPAC table "
            "(wisc.pb.unizin.org, 2016), each inside the CIAAW interval."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the conventional values in a university transcription of the IUPAC table "
            "(wisc.pb.unizin.org, 2016); the intervals on ciaaw.org"
        ),
    ),
    Source(
        key="iupac-conventional-atomic-weights",
        authors="Wieser ME, et al.",
        title="Atomic weights of the elements 2011 (IUPAC Technical Report), Table 3: "
        "conventional atomic weights",
        publisher="Pure and Applied Chemistry 85(5):1047-1078",
        year=2013,
        identifier="doi:10.1351/PAC-REP-13-03-02",
        locator="Table 3 (conventional values for elements with interval atomic weights)",
        note=(
            "NOT VERIFIED: C 12.011, N 14.007 and O 15.999 are the five-figure values in "
            "common use; Table 3 itself was not read. The CIAAW 2021 intervals were read: C "
            "[12.0096, 12.0116], N [14.006 43, 14.007 28], O [15.999 03, 15.999 77]. 12.011 "
            "and 14.007 lie inside theirs; 15.999 lies 0.00003 below the oxygen interval. A "
            "cross-check: the molar mass of MgSO4·7H2O computed with these values, 246.466 "
            "g/mol, agrees with the 246.47 printed on the injection label."
        ),
        verification=Verification.UNVERIFIED,
    ),
    Source(
        key="pubchem-magnesium-salts",
        title="PubChem compound records of the magnesium salts",
        publisher="National Center for Biotechnology Information (NCBI), NIH",
        year=None,
        url="https://pubchem.ncbi.nlm.nih.gov/",
        locator="Molecular formula of each salt",
        note=(
            "NOT VERIFIED: the formulas of anhydrous magnesium sulfate, the chlorides, oxide, "
            "hydroxide, carbonate, anhydrous aspartate, lactates, bisglycinate, pidolate and "
            "glycerophosphate were written from chemical nomenclature and not checked against "
            "PubChem records. The oxide and anhydrous lactate agree with their labels' "
            "magnesium content to 0.05%. The citrates, gluconates, L-threonates, aspartate "
            "dihydrate and sulfate heptahydrate cite their own checked sources."
        ),
        verification=Verification.UNVERIFIED,
    ),
    Source(
        key="merck-index-magnesium-citrate",
        title="Magnesium Citrate (monograph)",
        publisher="The Merck Index; read in the druglead.com transcription",
        year=None,
        url="http://www.druglead.com/cds/Magnesium-Citrate.html",
        locator="Derivative types: magnesium citrate dibasic; magnesium citrate tribasic",
        note=(
            "Quoted: 'Magnesium hydrogen citrate Molecular Formula: C6H6MgO7 Molecular Weight: "
            "214.41 ... Mg 11.34%'; 'Trimagnesium dicitrate Molecular Formula: C12H10Mg3O14 "
            "Molecular Weight: 451.11 ... Mg 16.16%'; CAS 153531-96-5 (nonahydrate). The "
            "manufacturer Jungbunzlauer gives '(C6H5O7)2Mg3 · 9H2O' for the nonahydrate and "
            "notes that in the USA trimagnesium citrate is 'simply denominated magnesium "
            "citrate'."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the druglead.com transcription of the monograph",
    ),
    Source(
        key="usp-magnesium-gluconate",
        title="Magnesium Gluconate (USP 32-NF 27 monograph)",
        publisher="United States Pharmacopeial Convention; read in the drugfuture.com "
        "transcription",
        year=2009,
        url="https://www.drugfuture.com/Pharmacopoeia/USP32/pub/data/v32270/usp32nf27s0_m46770.html",
        locator="Monograph heading",
        note=(
            "Quoted: 'C12H22MgO14·xH2O (anhydrous) 414.60 ... Magnesium d-gluconate (1:2) "
            "dihydrate 450.64'. The computed 450.63 differs in the last digit because the "
            "atomic weights differ."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the drugfuture.com transcription of the USP 32-NF 27 monograph",
    ),
    Source(
        key="gsrs-magnesium-l-threonate",
        title="MAGNESIUM L-THREONATE (UNII 1Y26ZZ0OTM) and MAGNESIUM L-THREONATE MONOHYDRATE "
        "(UNII 8R67P63UCG)",
        publisher="NCATS Inxight Drugs / FDA Global Substance Registration System, NIH",
        year=None,
        url="https://drugs.ncats.io/substance/1Y26ZZ0OTM",
        locator="Details: Molecular Formula",
        note=(
            "Quoted: 'Molecular Formula 2C4H7O5.Mg Molecular Weight 294.4958' and, for the "
            "monohydrate, '2C4H7O5.Mg.H2O Molecular Weight 312.511'."
        ),
    ),
    Source(
        key="uk-si-2026-56-threonate",
        title="Novel food authorisation: magnesium L-threonate (specification)",
        publisher="legislation.gov.uk (UK Statutory Instrument 2026/56)",
        year=2026,
        url="https://www.legislation.gov.uk/wsi/2026/56/made/data.csv",
        locator="Specification of magnesium L-threonate",
        note=(
            "Quoted: 'Magnesium (2R,3S)-2,3,4-trihydroxybutanoate monohydrate, Chemical formula "
            "C8H16MgO11 ... Molecular weight 312.51 Da ... Assay Magnesium: 7.2 to 8.3%'."
        ),
    ),
    Source(
        key="wbcil-magnesium-aspartate",
        title="Magnesium Aspartate: product specification",
        publisher="West Bengal Chemical Industries Ltd (manufacturer)",
        year=None,
        url="https://www.wbcil.com/products/magnesium-aspartate/",
        locator="Molecular formula and weight",
        note=(
            "Quoted: 'Molecular Formula - C8H12MgN2O8,2H2O Molecular Weight - 324.5 gm/mol'. "
            "Other products sold as magnesium aspartate are hydrochlorides or other hydrates: "
            "use the product's stated magnesium content for those."
        ),
    ),
    Source(
        key="dailymed-mgso4-50-fresenius",
        title="MAGNESIUM SULFATE (magnesium sulfate heptahydrate) injection, solution. "
        "Magnesium Sulfate Injection, USP 50%",
        publisher="Fresenius Kabi USA, LLC; DailyMed, U.S. National Library of Medicine",
        year=None,
        url=_LABEL_50_URL,
        locator="DESCRIPTION; CLINICAL PHARMACOLOGY",
        note=(
            "Quoted: 'Each mL contains: Magnesium sulfate heptahydrate 500 mg', '2.03 mM/mL "
            "... 4.06 mEq/mL', 'MgSO4•7H2O, with a molecular weight of 246.47' and "
            "'Hypocalcemia and hypokalemia often follow low serum levels of magnesium.' The "
            "same text stands in the Cardinal Health and X-GEN labels of the product."
        ),
    ),
    Source(
        key="fda-label-mgso4-injection",
        title="Magnesium Sulfate Injection, USP 50%: prescribing information (US label)",
        publisher="U.S. Food and Drug Administration labeling; DailyMed",
        year=None,
        url=_LABEL_50_URL,
        locator="DOSAGE AND ADMINISTRATION (In Magnesium Deficiency); WARNINGS; PRECAUTIONS",
        note=(
            "Quoted: 'In the treatment of mild magnesium deficiency, the usual adult dose is 1 "
            "g, equivalent to 8.12 mEq of magnesium (2 mL of the 50% solution) injected IM "
            "every six hours for four doses (equivalent to a total of 32.5 mEq of magnesium "
            "per 24 hours). For severe hypomagnesemia, as much as 250 mg (approximately 2 mEq) "
            "per kg of body weight (0.5 mL of the 50% solution) may be given IM within a "
            "period of four hours if necessary. Alternatively, 5 g (approximately 40 mEq) can "
            "be added to one liter of 5% Dextrose Injection, USP or 0.9% Sodium Chloride "
            "Injection, USP for slow IV infusion over a three-hour period.' 'The rate of IV "
            "injection should generally not exceed 150 mg/minute ... except in severe "
            "eclampsia with seizures.' 'In the presence of severe renal insufficiency, no more "
            "than 20 grams ... within a forty-eight hour period'; test the patellar (knee "
            "jerk) reflex before repeated doses; keep an injectable calcium salt at hand as "
            "antidote. Read in verbatim copies of the label's sections, not on the DailyMed "
            "page itself, whose description section was read. Re-checked for issue 11: the "
            "dosage section stands verbatim on newmedicalterms.com ('In Magnesium Deficiency "
            "In the treatment of mild magnesium deficiency, the usual adult dose is 1 g, "
            "equivalent to 8.12 mEq of magnesium (2 mL of the 50% solution) injected "
            "intramuscularly every six hours for four doses') and the renal cap in the "
            "globalrph.com Rx-list copy ('In the presence of severe renal insufficiency, no "
            "more than 20 grams of magnesium should be given within a forty-eight hour "
            "period'). An AI-generated summary site (droracle.ai) quoted by the earlier note "
            "is no longer relied on. The older copy words the renal cap as '20 grams of "
            "magnesium', others as 20 g of magnesium sulfate: this library reads it as "
            "magnesium sulfate heptahydrate, the smaller amount of magnesium."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "newmedicalterms.com (the label's DOSAGE AND ADMINISTRATION section) and the "
            "globalrph.com Rx-list copy of the label (WARNINGS, PRECAUTIONS)"
        ),
    ),
    Source(
        key="emc-mgso4-50-smpc",
        title="Magnesium Sulfate 50% w/v Solution for Injection: Summary of Product "
        "Characteristics",
        publisher="electronic medicines compendium (emc), Datapharm, UK",
        year=None,
        url="https://www.medicines.org.uk/emc/product/3539/smpc",
        locator="4.2 Posology and method of administration",
        note=(
            "Quoted: 'Mild magnesium deficiency 1g intramuscularly every 6 hours for 4 doses. "
            "Severe magnesium deficiency Up to 250mg/kg intramuscularly given within a period "
            "of 4 hours or 5g/litre of infusion solution intravenously over 3 hours'; 'Up to "
            "40g MgSO4 (equivalent to 160mmol Mg2+) by slow intravenous infusion ... over up "
            "to 5 days, may be required to replace the deficit'; 'Dosage should be reduced in "
            "renal impairment' (no amount given); IM maintenance in eclampsia continues "
            "'provided the respiratory rate is >16/min, urine output >25ml/h, and knee jerks "
            "are present'. It agrees with the US label on the mild and severe regimens."
        ),
    ),
    Source(
        key="nhs-highland-hypomagnesaemia",
        title="Hypomagnesaemia (Guidelines): Treatment of low electrolytes, adult therapeutic "
        "guidelines",
        publisher="NHS Highland; Right Decisions (Healthcare Improvement Scotland)",
        year=None,
        url="https://rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/"
        "therapeutic-guidelines/fluid-and-electrolytes/treatment-of-low-electrolytes/"
        "hypomagnesaemia-guidelines",
        locator="Hypomagnesaemia Treatment Regimen (table)",
        note=(
            "Quoted: '0·5 to 0·7mmol/L Oral or via enteral feeding tube: The contents of one "
            "magnesium aspartate dihydrate oral powder sachet (Magnaspartate®) (10mmol Mg) "
            "once or twice daily ... Adults with eGFR less than 30mL/min should have above "
            "recommendations halved'; 'Less than 0·5mmol/L ... 20mmol (10mL magnesium sulfate "
            "50% injection (2mmol/mL)) in 250mL glucose 5% over 3 hours ... Give a total of "
            "three doses at 12 hour intervals'; 'Adult with impaired eGFR less than 30mL/min "
            "should receive 50% of the recommended dose delivered over a longer period'; "
            "'Check magnesium levels daily. Continue treatment for 48 hours after magnesium "
            "levels return to normal'; 'Monitor BP, heart rate, respiratory rate, urine "
            "output and for signs of hypermagnesaemia during infusion'. A local guideline "
            "of one NHS board; it does not apply to critically ill patients or patients at "
            "risk of refeeding syndrome. The update date was not shown in the copy read."
        ),
    ),
    Source(
        key="pfizer-mgso4-dextrose",
        title="Magnesium Sulfate in 5% Dextrose Injection, USP: prescribing information",
        publisher="Hospira (Pfizer); Pfizer Medical Information",
        year=None,
        url="https://www.pfizermedicalinformation.com/magnesium-sulfate/dosage-admin",
        locator="2.2 Recommended Dosage",
        note=(
            "Quoted: 'The maximum recommended dosage is 30 to 40 grams of magnesium sulfate "
            "over 24 hours.' The label's indication is pre-eclampsia and eclampsia; this "
            "library applies the figure as the ceiling for any 24 hours of parenteral "
            "magnesium sulfate and reports the lower figure, 30 g."
        ),
    ),
    Source(
        key="pfizer-mgso4-in-water",
        title="Magnesium Sulfate in Water for Injection: How Supplied",
        publisher="Hospira (Pfizer); Pfizer Medical Information",
        year=None,
        url="https://www.pfizermedical.com/magnesium-sulfate-0/storage-handling",
        locator="HOW SUPPLIED table",
        note=(
            "Quoted: '4 g/100 mL (40 mg/mL) ... 32.5 mEq/100 mL' and '4 g/50 mL (80 mg/mL) "
            "... 32.5 mEq/50 mL', as the heptahydrate."
        ),
    ),
    Source(
        key="dailymed-magnesium-oxide-400",
        title="MAGNESIUM OXIDE 400MG tablet (OTC drug facts)",
        publisher="DailyMed, U.S. National Library of Medicine (several labelers)",
        year=2019,
        url="https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2ea68874-8c20-4284-bd0a-f07768057b83",
        locator="Active ingredient; Warnings; Directions",
        note=(
            "Quoted: 'Magnesium Oxide 400mg (241.3mg elemental magnesium)', 'Magnesium "
            "Supplement Directions: take 1 to 2 tablets daily or as directed by a physician', "
            "'Do not take more than 2 tablets in a 24 hour period' and 'Ask a doctor if you "
            "have kidney disease'. Another labeler (Qualitest) prints 240 mg."
        ),
    ),
    Source(
        key="aemps-magnesioboi",
        title="Magnesioboi 48,62 mg comprimidos: ficha tecnica (summary of product "
        "characteristics)",
        publisher="Agencia Espanola de Medicamentos y Productos Sanitarios (AEMPS); read in "
        "the HL7 Europe Gravitate Health FHIR implementation guide",
        year=None,
        url="https://build.fhir.org/ig/hl7-eu/gravitate-health/Bundle-a90f7fe7-34df-4bf6-85ec-55f18071268c.html",
        locator="2. Composicion cualitativa y cuantitativa",
        note=(
            "Quoted: 'Cada comprimido contiene 48,62 mg de magnesio, aportados por 404,85 mg "
            "de lactato de magnesio.'"
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the ficha tecnica as reproduced in the HL7 Europe Gravitate Health FHIR "
            "implementation guide"
        ),
    ),
    Source(
        key="whocc-atc-a02aa",
        title="ATC/DDD Index: A02AA Magnesium compounds; A06AD Osmotically acting laxatives",
        publisher="WHO Collaborating Centre for Drug Statistics Methodology",
        year=2024,
        url="https://www.whocc.no/atc_ddd_index/?code=A02AA",
        locator="A02AA; A12 guideline text",
        note=(
            "Read in part in copies: the WHOCC index says 'Magnesium carbonate used for "
            "treatment of mineral deficiency is classified in A02AA01'. A02AA02 (magnesium oxide), "
            "A02AA04 (magnesium hydroxide) and A06AD02 (magnesium oxide) were read in "
            "third-party transcriptions of the index (rxreasoner.com, hipaaspace.com). The "
            "A12CC codes of the other salts were not verified and are left out."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "third-party transcriptions of the index (rxreasoner.com, hipaaspace.com) for A02AA02, "
            "A02AA04 and A06AD02; A02AA01 on whocc.no"
        ),
    ),
    Source(
        key="aha-ecc-handbook-2020",
        authors="American Heart Association",
        title="2020 Handbook of Emergency Cardiovascular Care for Healthcare Providers: "
        "Magnesium Sulfate",
        publisher="American Heart Association",
        year=2020,
        url="https://www.tomwademd.net/resources-on-the-use-of-iv-magnesium-sulfate-for-torsade-de-pointes/",
        locator="Drug table: Magnesium Sulfate, adult dosage",
        note=(
            "NOT VERIFIED against the AHA text: read only as quoted on a physician's web page, not "
            "in a copy of the handbook. Quoted there: 'Cardiac Arrest (Due to Hypomagnesemia or "
            "Torsades de Pointes) 1-2 g (2-4 mL of a 50% solution diluted in 10 mL [eg, D5W, "
            "normal saline] given IV/IO'; 'Torsades de Pointes With a Pulse or AMI With "
            "Hypomagnesemia: Loading dose of 1-2 g mixed in 50-100 mL of diluent ... over 5-60 "
            "minutes IV. Follow with 0.5-1 g per hour IV (titrate to control torsades)'; "
            "'Recommended for use in cardiac arrest only if torsades de pointes or suspected "
            "hypomagnesemia is present'; precautions: 'Occasional fall in blood pressure with "
            "rapid administration', 'Use with caution if renal failure present'. The dose for "
            "torsades is not conditioned on a serum level. The primary AHA guideline text was "
            "not found; a "
            "summary of the 2018 AHA focused update on ACLS agrees: 'The routine use of "
            "Magnesium for cardiac arrest is not recommended in adult patients. Magnesium may "
            "be considered for torsades de pointes'."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "a physician's web page (tomwademd.net) quoting the handbook's drug table, and a "
            "summary of the 2018 ACLS focused update"
        ),
    ),
    Source(
        key="aha-pals-torsades",
        authors="American Heart Association",
        title="Pediatric Advanced Life Support: magnesium sulfate for torsades de pointes",
        publisher="American Heart Association",
        year=None,
        url="https://cpr.heart.org/en/resuscitation-science/cpr-and-ecc-guidelines",
        locator="PALS drug dosing: magnesium sulfate",
        note=(
            "NOT VERIFIED: '25-50 mg/kg IV/IO ... Max: 2 g/dose' for torsades in children was read "
            "only in a drug-reference monograph (skyscape) and in summaries attributing it to "
            "PALS, not in AHA text. Re-checked for issue 11: no AHA text was found; the dose "
            "stands on an AI-generated summary site (droracle.ai), which is not relied on, and a "
            "drug-reference excerpt cites 'PALS [Kleinman 2010]' for the rate of the bolus only."
        ),
        verification=Verification.SECONDARY,
        read_in="a drug-reference monograph (Skyscape) and summaries attributing the dose to PALS",
    ),
    Source(
        key="kdigo-2012-ckd",
        authors="Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group",
        title="KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of "
        "Chronic Kidney Disease",
        publisher="Kidney International Supplements 3(1):1-150",
        year=2013,
        identifier="doi:10.1038/kisup.2012.73",
        locator="Table 5: GFR categories in CKD",
        note=(
            "Quoted (reprinted table): 'G4 15-29 Severely decreased; G5 <15 Kidney failure' "
            "(mL/min/1.73 m2). The label's 'severe renal insufficiency' has no number; this "
            "library reads it as eGFR < 30 (G4 and G5)."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "a docksci.com copy of the guideline's Summary of Recommendation Statements (Kidney "
            "Int Suppl 2013;3:5-14) and an omicsonline.org reprint of Table 5 'by permission of "
            "Nature Publishing Group'"
        ),
    ),
    Source(
        key="nightingale-2006-short-bowel",
        authors="Nightingale J, Woodward JM, on behalf of the Small Bowel and Nutrition "
        "Committee of the British Society of Gastroenterology",
        title="Guidelines for management of patients with a short bowel",
        publisher="Gut 55(Suppl IV):iv1-iv12",
        year=2006,
        identifier="doi:10.1136/gut.2006.091108",
        url="https://gut.bmj.com/content/55/suppl_4/iv1",
        locator="Magnesium",
        note=(
            "NOT VERIFIED: the advice to correct water and sodium depletion first (secondary "
            "hyperaldosteronism) and then give magnesium oxide, 12 mmol at night, in 4 mmol "
            "capsules to 12-24 mmol daily, was read only in summaries attributing it to this "
            "guideline; the guideline's text itself was not read. Re-checked for issue 11: "
            "the only text found that states these amounts is an AI-generated summary site "
            "(droracle.ai: 'Magnesium oxide is commonly given as gelatine capsules of 4 mmol "
            "(160 mg) to a total of 12-24 mmol daily'), whose pages are not consistent (one "
            "also calls 12 mmol '480 mg elemental magnesium', where 12 mmol is 292 mg). A "
            "scribd.com copy of the guideline exists, but its magnesium section could not be "
            "read. Treat the regimen as a secondary report."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "droracle.ai, an AI-generated summary site, only; a scribd.com copy of the guideline "
            "was found, but its magnesium section was not visible"
        ),
    ),
    Source(
        key="monograph-mgso4-medicart",
        title="Magsum (magnesium sulfate injection): drug information, adult IV dosage in "
        "hypomagnesaemia",
        publisher="Read in a verbatim copy on a pharmacy product page (medicart.health, "
        "product 55825); a drug monograph whose publisher the page does not name",
        year=None,
        url="https://medicart.health/public/products/55825/magsum-25gm5ml",
        locator="Adult: IV, Hypomagnesaemia",
        note=(
            "NOT VERIFIED: a secondary drug monograph of unnamed origin on a pharmacy product "
            "page, read there only. Quoted: "
            "'Hypomagnesaemia Symptomatic deficiency: 1-2 g over 5-60 mins, then maintain at "
            "0.5-1 g/hr if needed. Severe: 1-2 g/hr for 3-6 hr, then 0.5-1 g/hr as needed to "
            "correct deficiency. Torsades de pointes W/ pulses: Loading dose: 1-2 g over 5-60 "
            "mins'; 'Not to exceed 30-40 g/24 hr' (under eclampsia); 'Renal Dose N/A'. The "
            "AHA handbook gives the same 1-2 g over 5-60 minutes for 'AMI With "
            "Hypomagnesemia'. StatPearls' treatment section could not be read in the copies "
            "found; the US label's section on deficiency gives no rapid dose (its IV regimen "
            "is 5 g over 3 hours)."
        ),
        verification=Verification.SECONDARY,
        read_in=("a drug monograph of unnamed origin on a pharmacy product page (medicart.health)"),
    ),
    Source(
        key="can-pharm-j-2016-torsades",
        title="Review of drug-induced QTc interval prolongation and torsades de pointes for "
        "pharmacists: abstract and Figure 4, 'Algorithm for management of torsades de pointes'",
        publisher="Canadian Pharmacists Journal (Can Pharm J (Ott)), 2016; PubMed Central "
        "PMC4860751",
        year=2016,
        identifier="PMC4860751",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4860751/",
        locator="Abstract; Figure 4 legend",
        note=(
            "Read on PubMed Central: the abstract ('Treatment of hemodynamically stable TdP "
            "consists of discontinuation of the offending drug(s), correction of electrolyte "
            "abnormalities and administration of intravenous magnesium sulfate 1 to 2 g') and "
            "the legend of the algorithm, whose magnesium step is footnoted '‡Even if patient "
            "is not hypomagnesemic'. The article's exact title and its authors were not "
            "recorded from the pages read, hence the descriptive title."
        ),
    ),
)
