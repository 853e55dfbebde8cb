"""The sources cited by the causes, drugs, genetic disorders and the work-up (causes.py).

Each entry says where the cited fact stands and quotes it briefly. Entries read
in a secondary copy (a mirror of OMIM, a laboratory handbook summarising a
journal article) say so; those whose cited value could not be seen in the copy
consulted carry ``verified=False``.
"""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

_ATC_NOTE = (
    "Every ATC code in the drug table was checked against a machine-readable copy of the "
    "WHO ATC/DDD Index (fabkury/atcd, file 'WHO ATC-DDD 2026-04-25.csv', scraped from "
    "atcddd.fhi.no on 2026-04-25), rows quoted as they stand there, e.g. "
    "'A02BC01,omeprazole', 'C03CA01,furosemide', 'C03BA04,chlortalidone', "
    "'J01GB03,gentamicin', 'J02AA01,amphotericin B', 'J05AD01,foscarnet', "
    "'L01XA01,cisplatin', 'L01XA02,carboplatin', 'L01FE01,cetuximab', "
    "'L01FE02,panitumumab', 'L04AD01,ciclosporin', 'L04AD02,tacrolimus', "
    "'P01CX01,pentamidine isethionate'. The WHO index itself was not opened."
)

SOURCES: Final[tuple[Source, ...]] = (
    Source(
        key="who-atc-ddd-2026",
        authors="WHO Collaborating Centre for Drug Statistics Methodology",
        title="ATC/DDD Index",
        publisher="Norwegian Institute of Public Health, Oslo",
        year=2026,
        url="https://atcddd.fhi.no/atc_ddd_index/",
        locator="Codes A02BC, C03AA, C03BA, C03CA, C03CC, J01GB, J02AA, J05AD, L01FE, "
        "L01XA, L04AD, P01CX",
        note=_ATC_NOTE,
        verification=Verification.VERBATIM_COPY,
        read_in="fabkury/atcd, 'WHO ATC-DDD 2026-04-25.csv', scraped from atcddd.fhi.no",
    ),
    Source(
        key="atc-l01xc-l01fe-map",
        title="ATC concept map: former L01XC codes to L01F (monoclonal antibodies) in the "
        "2021 ATC revision",
        publisher="FHIR implementation guide (ConceptMap, public GitHub repository)",
        year=None,
        url="https://atcddd.fhi.no/atc_ddd_alterations__cumulative/atc_alterations/",
        locator="Rows '#L01XC06 | equivalent | #L01FE01' and '#L01XC08 | equivalent | #L01FE02'",
        note=(
            "NOT VERIFIED against the WHO list: the former codes of cetuximab (L01XC06) and "
            "panitumumab (L01XC08) were read in a "
            "FHIR ConceptMap of ATC changes and a German ConceptMap ('EGFR-Inhibitoren "
            "(L01XC -> L01FE)'); the WHO list of ATC alterations itself (the URL given) was not "
            "opened. The former codes are kept only as labelled history."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "a FHIR ConceptMap of ATC changes and a German ConceptMap (EGFR-Inhibitoren L01XC -> "
            "L01FE); the WHO list of alterations was not opened"
        ),
    ),
    Source(
        key="workeneh-2021-table3",
        authors="Workeneh BT, Uppal NN, Jhaveri KD, Rondon-Berrios H",
        title="Hypomagnesemia in the Cancer Patient",
        publisher="Kidney360 2(1):154-166",
        year=2021,
        identifier="doi:10.34067/KID.0005622020",
        url="https://journals.lww.com/kidney360/pages/articleviewer.aspx?year=2021&issue=01000&article=00022&type=Fulltext",
        locator="Abstract; Table 3 (drug-induced hypomagnesemia: adjunct agents)",
        note=(
            "Abstract quoted: 'The causes of hypomagnesemia can be categorized according to the "
            "pathophysiologic mechanism: decreased intake, transcellular shift, gastrointestinal "
            "losses, and kidney losses' and 'platinum-based chemotherapy, anti-EGF receptor "
            "mAbs ... and calcineurin inhibitors'. Table 3 quoted: PPIs '19% of PPI users', "
            "'Intestinal loss, malabsorption of magnesium ... possible renal Mg loss'; thiazide "
            "diuretics 'TRPM6 inhibition, leading to increase in renal Mg loss'; loop diuretics "
            "'Decrease in paracellular reabsorption in thick ascending LOH'; aminoglycosides "
            "'(amikacin, gentamicin, tobramycin, neomycin, streptomycin) ... in DCT'; "
            "amphotericin B 'functional Mg deficiency'; pentamidine 'Renal tubular injury'; "
            "foscarnet 'Up to 70%', 'Chelates divalent ions, thereby leading to acute reduction "
            "in ionized magnesium'; 'Antituberculous agents (viomycin, capreomycin) ... Proximal "
            "tubular dysfunction, secondary hyperaldosteronism with consequent renal Mg loss'; "
            "'Theophylline ... Renal Mg wasting' (both re-read for issue 11 in the journal's "
            "table view of Table 3). Same article as the foundation's 'workeneh-2021', cited here "
            "at other places."
        ),
    ),
    Source(
        key="berardi-2019",
        authors="Berardi R, et al.",
        title="Electrolyte disorders in cancer patients (Table 7: Causes of hypomagnesemia)",
        publisher="Journal of Cancer Metastasis and Treatment 5:79",
        year=2019,
        identifier="doi:10.20517/2394-4722.2019.008",
        url="https://doi.org/10.20517/2394-4722.2019.008",
        locator="p. 26, Table 7 'Causes of hypomagnesemia' and the text below it",
        note=(
            "Table 7 quoted: 'Reduced intake: Insufficient introit (anorexia, malnutrition, "
            "vomiting); Altered intestinal absorption (intestinal injury, intestinal "
            "drainage/fistulae, diarrhea, malabsorption syndrome); Alcoholism'; 'Redistribution "
            "from extracellular into intracellular compartment: Acidosis correction; Re-feeding "
            "syndrome; Catecholamine'; 'Endocrine disorders (hyperparathyroidism, malignant "
            "hypercalcemia, hyperthyroidism, aldosteronism, diabetes mellitus)'; 'Renal losses: "
            "Reduced sodium reabsorption, SIADH; Infusion of saline; diuretics; Post-obstructive "
            "nephropathy; Renal transplantation; Dialysis; Diuretic phase of acute renal failure; "
            "Hereditary disorders'; 'Other: Pancreatitis, burns, excessive sweating'. Text: "
            "'electrocardiographic alterations such as prolonged PR and QT intervals, T wave "
            "inversion, and ST elevation'; 'cardiac arrhythmia, disorientation, irritability, "
            "tremors, tetany ... hallucinations, depression, and epileptic crisis'; 'To "
            "distinguish between renal and extra-renal losses, magnesium fractional excretion, "
            "and urinary calcium and creatinine'. Read in the publisher's online page images; "
            "only the running head 'Berardi et al. J Cancer Metastasis Treat 2019;5:79' was seen, "
            "so the title given here is descriptive."
        ),
    ),
    Source(
        key="agus-1999",
        authors="Agus ZS",
        title="Hypomagnesemia",
        publisher="Journal of the American Society of Nephrology 10(7):1616-1622",
        year=1999,
        identifier="J Am Soc Nephrol 1999;10(7):1616-1622",
        url="https://vitamindwiki.com/tiki-index.php?page=Hypomagnesemia+%2528low+Magnesium%2529+is+very+prevalent+in+ICU+%25E2%2580%2593+1999",
        locator="Introduction; Signs and Symptoms; Hypokalemia",
        note=(
            "Quoted: 'occurring in up to 12% of hospitalized patients', 'as high as 60 to 65% in "
            "patients in intensive care settings', 'tetany, positive Chvostek and Trousseau signs, "
            "and generalized convulsions', 'Hypokalemia is a common event in hypomagnesemic "
            "patients, occurring in 40 to 60% of cases'. Read in a full-text copy reposted by a "
            "third party (vitamindwiki)."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the full text reposted on vitamindwiki.com",
    ),
    Source(
        key="clinlabnavigator-urine-mg",
        title="Magnesium in Urine (test interpretation)",
        publisher="ClinLab Navigator",
        year=None,
        url="https://www.clinlabnavigator.com/magnesium-in-urine.html",
        locator="Whole page",
        note=(
            "Quoted: 'FEMg = Serum Creatinine x Urine Magnesium/0.7 x Serum Magnesium x Urine "
            "Creatinine', 'serum magnesium is multiplied by 0.7 ... to account for the fraction "
            "not bound to albumin', 'Renal magnesium wasting is defined as a daily urinary "
            "magnesium excretion of more than 1 mmol per day (24.31 mg/day) or a fractional "
            "excretion of magnesium greater than 4%', 'A 24-hour urine collection is preferred "
            "over a spot sample', and a list of renal-wasting causes (diuretics, amphotericin B, "
            "aminoglycosides, cyclosporine, tacrolimus, cetuximab, cisplatin, carboplatin, "
            "hypercalcemia, hyperthyroidism, alcohol use, diabetes). The page cites Tucker BM et "
            "al., 'Urinary Magnesium in the Evaluation of Hypomagnesemia', JAMA, published online "
            "30 October 2020; that article itself was not consulted."
        ),
    ),
    Source(
        key="topf-murray-2003",
        authors="Topf JM, Murray PT",
        title="Hypomagnesemia and hypermagnesemia",
        publisher="Reviews in Endocrine & Metabolic Disorders 4(2):195-206",
        year=2003,
        url="https://pubmed.ncbi.nlm.nih.gov/?term=Topf+Murray+hypomagnesemia+hypermagnesemia+2003",
        locator="Diagnosis: fractional excretion of magnesium",
        note=(
            "NOT VERIFIED: the cut-off 'FEMg more than 2% indicates inappropriate renal wasting' "
            "(with the 0.7 factor) is attributed to this review, and to Elisaf et al., Magnes Res "
            "1997;10:315, by secondary summaries only (an ICU teaching blog and a clinical summary "
            "site); the review itself was not opened. Re-checked for issue 11: no copy of the "
            "review was found; the attribution still rests on summaries."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "an ICU teaching blog and a clinical summary site that attribute the 2% cut-off to the "
            "review"
        ),
    ),
    Source(
        key="elisaf-1997-femg",
        authors="Elisaf M, Panteli K, Theodorou J, Siamopoulos KC",
        title="Fractional excretion of magnesium in normal subjects and in patients with "
        "hypomagnesemia",
        publisher="Magnesium Research 10(4):315-320",
        year=1997,
        url="https://pubmed.ncbi.nlm.nih.gov/?term=Elisaf+fractional+excretion+of+magnesium+1997",
        locator="Results (216 subjects)",
        note=(
            "NOT VERIFIED: the ranges 'extrarenal magnesium wasting 1.4% (0.5%-2.7%)' and 'renal "
            "magnesium wasting 15% (4%-48%)', and the remark that 'normal values were established "
            "in patients with preserved kidney function', were read in a textbook excerpt "
            "reproduced by a health website, not in the article. Re-checked for issue 11: the "
            "figures stand in a textbook excerpt on seekhealthz.com ('Renal magnesium wasting 15% "
            "4%-48%', 'Extrarenal magnesium wasting 1.4% 0.5%-2.7%'); the article and its abstract "
            "were not found."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "a textbook excerpt reproduced by a health website (seekhealthz.com) that tabulates "
            "the study's results"
        ),
    ),
    Source(
        key="seo-park-2008",
        authors="Seo JW, Park TJ",
        title="Magnesium Metabolism",
        publisher="Electrolytes & Blood Pressure 6(2):86-95",
        year=2008,
        identifier="doi:10.5049/EBP.2008.6.2.86",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3894481",
        locator="Abstract",
        note=(
            "Quoted: 'Only 20% of filtered magnesium is reabsorbed in the proximal tubule, "
            "whereas 60% is reclaimed in the cortical thick ascending limb (TAL) and another "
            "5-10% in the distal convoluted tubule (DCT)' and 'TRPM6 is regulated at the "
            "transcriptional level by acid-base status, 17beta-estradiol, and both FK506 and "
            "cyclosporine'."
        ),
    ),
    Source(
        key="ijnrd-2014-congenital",
        title="Congenital causes of hypomagnesemia (Table 2)",
        publisher="International Journal of Nephrology and Renovascular Disease 7:219-230",
        year=2014,
        identifier="doi:10.2147/IJNRD.S42054",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4062555/table/t2-ijnrd-7-219",
        locator="Table 2",
        note=(
            "Quoted rows: 'TRPM6 Hypomagnesemia with secondary hypocalcemia' (intestinal active "
            "absorption and DCT), 'Claudin-16 Familial hypomagnesemia with hypercalciuria, and "
            "nephrocalcinosis', 'Claudin-19 ... and ocular manifestation', 'ClC-Kb Classic "
            "Bartter syndrome type III, hypomagnesemia in 20%', 'CaSR Bartter syndrome type V' "
            "(the former naming, see omim-300971), 'Kv1.1 Isolated autosomal dominant "
            "hypomagnesemia', 'Kir4.1 mutation: SeSAME/EAST syndrome', 'NCCT Gitelman syndrome', "
            "'FXYD2: autosomal dominant hypomagnesemia with hypocalciuria; HNF1B: renal cysts and "
            "diabetes mellitus with renal magnesium wasting and hypocalciuria', 'EGF Isolated "
            "recessive hypomagnesemia with normocalciuria', 'CNNM2 Autosomal dominant "
            "hypomagnesemia', 'Thick ascending limb of loop of Henle', 'Distal convoluted "
            "tubule', and (re-read for issue 11) 'Proximal tubular reabsorption: Proximal renal "
            "tubular acidosis with or without associated Fanconi's syndrome'. The article's "
            "authors were not shown in the table view consulted."
        ),
    ),
    Source(
        key="hindawi-2018-genetic",
        title="Magnesium and Human Health: Perspectives and Research Directions (Table 6: the "
        "most common genetic disorders causing hypomagnesemia)",
        publisher="International Journal of Endocrinology 2018:9041694",
        year=2018,
        url="https://www.hindawi.com/journals/IJE/2018/9041694/tab6",
        locator="Table 6",
        note=(
            "Quoted: 'Hypercalciuric hypomagnesemias: Hypercalciuria and nephrocalcinosis'; "
            "'FHHNC type 1 AR CLDN16'; 'FHHNC type 2 AR CLDN19 ... ocular abnormalities'; "
            "'ADHH Bartter syndrome type 5 AD CASR Hypocalcemia with normal or low PTH' (former "
            "naming); 'Bartter syndrome type 3 (classical type) AR CLCNKB'; 'Gitelman-like "
            "hypomagnesemias: Hypocalciuria, hypokalemia, and metabolic alkalosis'; 'Gitelman "
            "syndrome AR SLC12A3 Chondrocalcinosis at older age'; 'ADTKD/RCAD AD HNF1B'; "
            "'Mitochondrial hypomagnesemias: KSS Mt Mitochondrial deletion External "
            "ophthalmoplegia, retinopathy, and cardiac conduction defects' (re-read for issue "
            "11)."
        ),
    ),
    Source(
        key="omim-homg",
        title="OMIM #602014 Hypomagnesemia 1, intestinal (HOMG1), section 'Genetic "
        "Heterogeneity of Hypomagnesemia'",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/602014",
        locator="#602014 text, as shown in NCBI MedGen C1865974 and FindZebra",
        note=(
            "Quoted: 'HOMG1 ... caused by homozygous or compound heterozygous mutations in the "
            "TRPM6 gene', 'rare autosomal recessive disorder', 'HOMG2; 154020 ... FXYD2', "
            "'Renal hypomagnesemia-3 (HOMG3; 248250), associated with hypercalciuria and "
            "nephrocalcinosis ... CLDN16', 'Renal hypomagnesemia-4 (HOMG4; 611718), which is "
            "normocalciuric ... EGF', 'Renal hypomagnesemia-5 ... (HOMG5; 248190) ... CLDN19', "
            "'Renal hypomagnesemia-6 (HOMG6; 613882) ... CNNM2', 'Gitelman syndrome (263800) "
            "and Bartter syndrome (see 241200)'. Read in OMIM text reproduced by NCBI MedGen and "
            "FindZebra, not on omim.org."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="OMIM text reproduced by NCBI MedGen (C1865974) and FindZebra",
    ),
    Source(
        key="omim-bartter",
        title="OMIM #607364 Bartter syndrome, type 3, and #601678 Bartter syndrome, type 1, "
        "antenatal",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/607364",
        locator="Phenotype-Gene Relationships tables; 'Genetic Heterogeneity of Bartter Syndrome'",
        note=(
            "Quoted (mirror of omim.org/entry/601678): '15q21.1 Bartter syndrome, type 1 601678 "
            "Autosomal recessive 3 SLC12A1'; (OMIM text of 241200) '11q24.3 Bartter syndrome, "
            "type 2 241200 Autosomal recessive 3 KCNJ1'; (NCBI MedGen 335399) 'Bartter disease "
            "type 3 ... Autosomal recessive inheritance ... CLCNKB ... OMIM: 607364'; (OMIM text "
            "of 607364 in PhenoDis) 'Bartter syndrome type 4A (602522), is caused by mutation in "
            "the BSND gene', 'Bartter syndrome type 4B (613090), is caused by simultaneous "
            "mutation in both the CLCNKA ... and CLCNKB ... genes', 'unified by autosomal "
            "recessive transmission of impaired salt reabsorption in the thick ascending loop of "
            "Henle with pronounced salt wasting, hypokalemic metabolic alkalosis, and "
            "hypercalciuria'. Read in mirrors, not on omim.org."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "OMIM text reproduced by a mirror of omim.org/entry/601678, NCBI MedGen (335399) and "
            "PhenoDis"
        ),
    ),
    Source(
        key="omim-300971",
        title="OMIM #300971 Bartter syndrome, type 5, antenatal, transient (BARTS5)",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/300971",
        locator="Entry text as shown by FindZebra",
        note=(
            "NOT VERIFIED as to the number: the entry text 'transient antenatal Bartter syndrome-5 "
            "(BARTS5) is caused by mutation in the MAGED2 gene (300470) on chromosome Xp11' and "
            "its features ('hypercalciuria, causing nephrocalcinosis in some cases, as well as "
            "hyponatremia, hypokalemia') were read, but the copy did not show the entry's own MIM "
            "number; 300971 is the number under which OMIM is generally cited for BARTS5 and was "
            "not confirmed. Older reviews call the CASR disorder 'Bartter type 5'. Re-checked for "
            "issue 11: FindZebra shows the entry text ('transient antenatal Bartter syndrome-5 "
            "(BARTS5) is caused by mutation in the MAGED2 gene (300470)') but again not its "
            "number; no mirror of omim.org/entry/300971 was found."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the entry text on FindZebra, which did not show its MIM number; the number as other "
            "documents cite OMIM for BARTS5"
        ),
    ),
    Source(
        key="omim-601198",
        title="OMIM #601198 Hypocalcemia, autosomal dominant 1 (HYPOC1), with Bartter "
        "syndrome, included",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/601198",
        locator="Entry title and synonyms, as shown by PhenoDis, CTGT and GenCC",
        note=(
            "Quoted: 'HYPOCALCEMIA, AUTOSOMAL DOMINANT 1, WITH BARTTER SYNDROME, INCLUDED', "
            "'Bartter syndrome type V' listed as a former synonym (PhenoDis); 'CASR activating or "
            "gain of function mutations have been linked to hypocalcemia, autosomal dominant 1 "
            "(HYPOC1; MIM 601198) and its variant hypocalcemia, autosomal dominant 1, with "
            "Bartter Syndrome (MIM 601198)' (CTGT); 'about 10% have hypercalciuria with "
            "nephrocalcinosis or kidney stones' and '50% have paresthesias, carpopedal spasm, "
            "and seizures' (OMIM text in PhenoDis)."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="OMIM titles and text reproduced by PhenoDis; the CTGT and GenCC pages",
    ),
    Source(
        key="gencc-hnf1b",
        title="GenCC submission: HNF1B and renal cysts and diabetes syndrome",
        publisher="The Gene Curation Coalition (GenCC)",
        year=None,
        url="https://search.thegencc.org/submissions/GENCC_000102-HGNC_11630-MONDO_0007669-HP_0000006-GENCC_100001",
        locator="Curation summary",
        note=(
            "Quoted: 'HNF1B was first reported in relation to autosomal dominant Renal Cysts and "
            "Diabetes Syndrome', 'Renal Cysts and Diabetes (RCAD; MIM:137920)', 'Other variable "
            "features of the syndrome may include hypomagnesemia'."
        ),
    ),
    Source(
        key="sesame-2009-pnas",
        authors="Scholl UI, Choi M, Liu T, et al. (with Lifton RP)",
        title="Seizures, sensorineural deafness, ataxia, mental retardation, and electrolyte "
        "imbalance (SeSAME syndrome) caused by mutations in KCNJ10",
        publisher="Proceedings of the National Academy of Sciences USA 106(14):5842-5847",
        year=2009,
        identifier="doi:10.1073/pnas.0901749106",
        url="https://pubmed.ncbi.nlm.nih.gov/19289823/",
        locator="Abstract",
        note=(
            "Quoted: 'seizures, sensorineural deafness, ataxia, mental retardation, and "
            "electrolyte imbalance (hypokalemia, metabolic alkalosis, and hypomagnesemia)', "
            "'mutations on both alleles in all affected subjects'. Authors as listed in the ORBi "
            "record of the article."
        ),
    ),
    Source(
        key="omim-612780",
        title="OMIM #612780 SeSAME syndrome (EAST syndrome)",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/612780",
        locator="MIM number",
        note=(
            "NOT VERIFIED against OMIM: the number 612780 was read in the infobox of a copy of the "
            "Wikipedia article 'EAST syndrome' ('OMIM 612780'), not in OMIM, GeneReviews or "
            "MedGen. Re-checked for issue 11: the number was found only in copies of the Wikipedia "
            "article ('OMIM 612780' in the infobox); no OMIM mirror of the entry was found."
        ),
        verification=Verification.SECONDARY,
        read_in="the infobox of a copy of the Wikipedia article 'EAST syndrome'",
    ),
    Source(
        key="paulhus-2020-kcna1",
        authors="Paulhus K, Ammerman L, Glasscock E",
        title="Clinical Spectrum of KCNA1 Mutations: New Insights into Episodic Ataxia and "
        "Epilepsy Comorbidity",
        publisher="International Journal of Molecular Sciences 21(8):2802",
        year=2020,
        identifier="doi:10.3390/ijms21082802",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7215408",
        locator="Abstract",
        note=(
            "Quoted: 'KCNA1 mutations can also cause hypomagnesemia and paroxysmal dyskinesia in "
            "rare cases'. OMIM gives the KCNA1 gene as 176260 (read in the OMIM text of "
            "episodic ataxia type 1 on FindZebra); no phenotype MIM number for the "
            "hypomagnesaemia was found, so none is given."
        ),
    ),
    Source(
        key="aace-2019-hungry-bone",
        title="Hungry bone syndrome after parathyroidectomy (case abstract, Calcium/Bone "
        "Disorders poster)",
        publisher="American Association of Clinical Endocrinologists (AACE) Annual Meeting",
        year=2019,
        url="https://am.aace.com/ajaxcalls/PosterInfo.asp?efp=TEFMR1FDR1k2NDA0&PosterID=199269",
        locator="Objective",
        note=(
            "Quoted: 'This imbalance results in a net increase in bone uptake of Ca, phosphorus "
            "(P) and magnesium (Mg) with a resulting fall in serum levels; also known as Hungry "
            "Bone Syndrome (HBS)'. A conference abstract; the authors were not shown in the copy "
            "consulted."
        ),
    ),
    Source(
        key="zakharchenko-2016",
        authors="Zakharchenko M, Los F, Brodska H, Balik M",
        title="The Effects of High Level Magnesium Dialysis/Substitution Fluid on Magnesium "
        "Homeostasis under Regional Citrate Anticoagulation in Critically Ill",
        publisher="PLoS One 11(7):e0158179",
        year=2016,
        identifier="doi:10.1371/journal.pone.0158179",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4938518",
        locator="Abstract",
        note=(
            "Quoted: 'The requirements for magnesium (Mg) supplementation increase under regional "
            "citrate anticoagulation (RCA) because citrate acts by chelation of bivalent cations "
            "within the blood circuit. The level of magnesium in commercially available fluids "
            "for continuous renal replacement therapy (CRRT) may not be sufficient to prevent "
            "hypomagnesemia', and 'Median balance of Mg was -0.91 (-1.18 to -0.53) mmol/h with Mg "
            "0.75 mmol/l'."
        ),
    ),
    Source(
        key="spmj-2000-short-bowel",
        title="Hypomagnesemia in short bowel syndrome patients",
        publisher="Sao Paulo Medical Journal",
        year=2000,
        url="https://doaj.org/article/81f73a69eec24886929254458ec33f35",
        locator="Abstract: Results",
        note=(
            "Quoted: 'Hypomagnesemia [serum magnesium below 1.5 mEq/l (SD 0.43)] was detected in "
            "40% of the patients', a retrospective study of 15 patients with extensive small "
            "bowel resection. Authors not shown in the DOAJ record consulted. Re-checked for "
            "issue 11: the same abstract stands on the journal's own site "
            "(periodicosapm.emnuvens.com.br/spmj/article/view/2702) and in PMC11175560."
        ),
    ),
    Source(
        key="pancreatitis-2000-clin-chim-acta",
        title="Magnesium deficiency in patients with chronic pancreatitis identified by an "
        "intravenous loading test",
        publisher="Clinica Chimica Acta 302(1-2):145-154",
        year=2000,
        identifier="doi:10.1016/s0009-8981(00)00363-6",
        url="https://pubmed.ncbi.nlm.nih.gov/11074071/",
        locator="Abstract",
        note=(
            "Quoted: 'Patients with chronic pancreatitis could develop magnesium deficiency due "
            "to either malabsorption, diabetes mellitus, or chronic alcoholism' and '10 of 13 "
            "patients showed evidence of magnesium deficiency'."
        ),
    ),
    Source(
        key="nursing-text-mg-causes",
        title="Physical examination: causes of magnesium deficit (textbook excerpt)",
        publisher="mussenhealth.us (reproduction of a nursing textbook)",
        year=None,
        url="https://www.mussenhealth.us/physical-examination/causes-iez.html",
        locator="Whole excerpt",
        note=(
            "NOT VERIFIED against a primary source: 'Decreased oral intake of magnesium ... is "
            "caused by malnutrition, chronic alcoholism, starvation, and prolonged administration "
            "of magnesium-free parenteral fluids', 'acute alcohol intoxication' (increased renal "
            "excretion), 'diabetic ketoacidosis ... acute and chronic pancreatitis'. The textbook "
            "behind this reproduction is not named on the page; kept because no better source "
            "for magnesium-free fluids was found in the time available."
        ),
        verification=Verification.SECONDARY,
        read_in="mussenhealth.us, a reproduction of a nursing textbook that the page does not name",
    ),
    Source(
        key="orphanet-34526",
        title="Familial primary hypomagnesemia (ORPHA:34526)",
        publisher="Orphanet, as reproduced by NIH GARD and MalaCards",
        year=None,
        url="https://www.orpha.net/en/disease/detail/34526",
        locator="Clinical description",
        note=(
            "Quoted: 'Clinical manifestations include weakness, fatigue, increased neuromuscular "
            "excitability (muscle fasciculation, cramps, tremor carpopedal spasms, numbness in the "
            "hands and tetany), central nervous system manifestations (lethargy, drowsiness, "
            "depression, agitation and generalized seizures), and cardiac manifestations (atrial "
            "or ventricular tachycardia, and premature contractions). Chronic hypomagnesemia may "
            "be associated with chondrocalcinosis.' Read in the MalaCards copy, not on orpha.net."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the MalaCards copy of the Orphanet text",
    ),
    Source(
        key="hernandez-rubio-2023",
        authors="Hernandez-Rubio A, Sanvisens A, Barbier-Torres L, et al.",
        title="Associations of hypomagnesemia in patients seeking a first treatment of alcohol "
        "use disorder",
        publisher="Drug and Alcohol Dependence",
        year=2023,
        url="https://portalrecerca.uab.cat/en/publications/associations-of-hypomagnesemia-in-patients-seeking-a-first-treatm",
        locator="Abstract: Results",
        note=(
            "Quoted: '753 patients (71% men) were eligible' and 'Prevalence of hypoMg was 11.2%, "
            "higher than that observed for hypocalcemia (9.3%), hyponatremia (5.6%), and "
            "hypokalemia (2.8%)'; cross-sectional, six tertiary centres, 2013-2020."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the abstract in the UAB research portal (portalrecerca.uab.cat)",
    ),
    Source(
        key="elisaf-1995-alcohol",
        authors="Elisaf M, Merkouropoulos M, Tsianos EV, Siamopoulos KC",
        title="Pathogenetic mechanisms of hypomagnesemia in alcoholic patients",
        publisher="Journal of Trace Elements in Medicine and Biology 9(4):210",
        year=1995,
        url="http://www.uptodate.com/contents/alcoholic-cardiomyopathy/abstract/63",
        locator="Abstract",
        note=(
            "Quoted: 'A total of 127 chronic alcoholic patients admitted to our university "
            "hospital ... Hypomagnesemia was the most common electrolyte disturbance observed in "
            "38 patients (29.9%)', and 'In 18 of them inappropriate magnesiuria was evident'. "
            "Read in the Medline abstract reproduced by UpToDate."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the Medline abstract as reproduced by UpToDate",
    ),
    Source(
        key="saba-t2dm-hypomagnesemia",
        authors="Saba F, Najam A, Najam-un-Nasir",
        title="Frequency of Hypomagnesemia in Patients with Type 2 Diabetes Mellitus",
        publisher="PSIMJ",
        year=None,
        url="https://psimj.com/article/?post-slug=2597",
        locator="Abstract: Results",
        note=(
            "Quoted: 'a total of three hundred and fifty admitted and OPD patients with type 2 "
            "DM', "
            "'Hypomagnesemia was labeled< 1.8 mg/dL', 'Hypomagnesemia was observed in 103 "
            "(29.43%) of cases'; study at a Lahore hospital, January to December 2022. The year "
            "of publication was not shown."
        ),
    ),
    Source(
        key="whang-1984-predictors",
        title="Predictors of clinical hypomagnesemia. Hypokalemia, hypophosphatemia, "
        "hyponatremia, and hypocalcemia",
        publisher="Archives of Internal Medicine 144(9):1794-1796",
        year=1984,
        url="https://pubmed.ncbi.nlm.nih.gov/6476998/",
        locator="Abstract",
        note=(
            "Quoted: 'Hypomagnesemia occurred in 42% of patients with hypokalemia, 29% of "
            "patients with hypophosphatemia, 27% of patients with hyponatremia, and 22% of "
            "patients with hypocalcemia' and 'detection of either hypokalemia, "
            "hypophosphatemia, hyponatremia, or hypocalcemia ... should alert the clinician to "
            "order serum magnesium determinations'. Authors not shown in the PubMed copy "
            "consulted."
        ),
    ),
    Source(
        key="msd-causes-table",
        title="Causes of hypomagnesemia (table)",
        publisher="MSD Manual Professional Version, Merck & Co.",
        year=2023,
        url="https://www.msdmanuals.com/uk/professional/multimedia/table/causes-of-hypomagnesemia",
        locator="Table 'Causes of hypomagnesemia', whole table",
        note=(
            "Quoted: 'Pregnancy-related: Pregnancy (especially 3rd trimester; excessive renal "
            "excretion, other factors; usually physiologic), Lactation (increased magnesium "
            "requirements)'; 'Secondary renal losses: Loop and thiazide diuretics, Hypercalcemia, "
            "After removal of parathyroid tumor, Diabetic ketoacidosis, Hypersecretion of "
            "aldosterone, thyroid hormones, or vasopressin, Nephrotoxins (eg, amphotericin B, "
            "cisplatin, cyclosporine, aminoglycosides)'. Read on the publisher's page (a "
            "Ukrainian-locale copy at msdmanuals.com/uk/... with the English table text, stamped "
            "'date 2023-10-18')."
        ),
    ),
    Source(
        key="workeneh-2021-table2",
        authors="Workeneh BT, Uppal NN, Jhaveri KD, Rondon-Berrios H",
        title="Hypomagnesemia in the Cancer Patient (Table 2: Etiology of hypomagnesemia)",
        publisher="Kidney360 2(1):154-166",
        year=2021,
        identifier="doi:10.34067/KID.0005622020",
        url="https://kidney360.asnjournals.org/highwire/markup/39513/expansion",
        locator="Table 2 'Etiology of hypomagnesemia'",
        note=(
            "Quoted: 'Dietary deficiency of magnesium: Starvation, protein-calorie malnutrition, "
            "total parenteral nutrition, enteral feeding with inadequate magnesium'; 'Magnesium "
            "redistribution: Blood transfusions, acute pancreatitis, refeeding syndrome'; "
            "'Kidney losses: Ketoacidosis, hypercalcemia, hypoparathyroidism, hyperaldosteronism, "
            "hypervitaminosis D, chemotherapeutic agents (e.g., cisplatin, cetuximab), "
            "nonchemotherapy drugs (e.g., diuretics)'; 'Transdermal losses: Burns, excess "
            "sweating'. Read in the journal's table view, which does not name the article; the "
            "table is attributed to Workeneh et al. because Table 3 of the same journal's table "
            "views (see workeneh-2021-table3) matches that article. The attribution is an "
            "inference."
        ),
    ),
    Source(
        key="jic-2018-hypomagnesemia",
        title="Hypomagnesemia in critically ill patients (Table 1: Differential diagnosis of Mg "
        "deficiency in the ICU setting; Table 2: Drugs associated with Mg deficiency and "
        "hypomagnesemia)",
        publisher="Journal of Intensive Care",
        year=2018,
        identifier="doi:10.1186/s40560-018-0291-y",
        url="https://jintensivecare.biomedcentral.com/articles/10.1186/s40560-018-0291-y/tables/1",
        locator="Tables 1 and 2",
        note=(
            "Table 1 quoted: 'Gastrointestinal disorders: ... Protein-calorie malnutrition "
            "(parenteral nutrition, anorexia, refeeding syndrome), Acute hemorrhagic "
            "pancreatitis'; 'Renal loss: Chronic parenteral fluid therapy, Osmotic diuresis "
            "(glucose, mannitol, urea), Drugs (see Table 2), ... Renal diseases: ... Renal "
            "tubular acidosis'. Table 2 quoted: 'Antimicrobial: Amphotericin B, Aminoglycosides, "
            "Capreomycin, Pentamidine: Renal urinary Mg wasting caused by nephrotoxins'; "
            "'Miscellaneous: ... Cardiac glycosides: Mg deficiency is associated with cardiac "
            "glycosides. The exact mechanisms are not known.'; Table 1 also: 'Prolonged "
            "nasogastric suction'. Read on "
            "the publisher's table pages; the authors, volume and pages were not shown there."
        ),
    ),
    Source(
        key="viering-2017-genetic",
        authors="Viering DH, de Baaij JH, Walsh SB, Kleta R, Bockenhauer D",
        title="Genetic causes of hypomagnesemia, a clinical overview",
        publisher="Pediatric Nephrology 32(7):1123-1135",
        year=2017,
        identifier="doi:10.1007/s00467-016-3416-3",
        url="https://discovery.ucl.ac.uk/id/eprint/1499990/",
        locator="Abstract",
        note=(
            "Quoted: 'hypercalciuric hypomagnesemias (encompassing mutations in CLDN16, CLDN19, "
            "CASR, CLCNKB), Gitelman-like hypomagnesemias (CLCNKB, SLC12A3, BSND, KCNJ10, FYXD2 "
            "[sic], HNF1B, PCBD1), mitochondrial hypomagnesemias (SARS2, MT-TI, Kearns-Sayre "
            "syndrome) and other hypomagnesemias (TRPM6, CNMM2 [sic], EGF, EGFR, KCNA1, "
            "FAM111A)', and 'Inadequate reabsorption results in renal Mg2+ wasting'. PMID "
            "27234911."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="the abstract in the UCL Discovery repository record and in a PubMed mirror",
    ),
    Source(
        key="omim-530000",
        title="OMIM #530000 Kearns-Sayre syndrome (KSS)",
        publisher="Online Mendelian Inheritance in Man, Johns Hopkins University",
        year=None,
        url="https://omim.org/entry/530000",
        locator="Entry heading and clinical synopsis",
        note=(
            "Quoted: '# 530000 KEARNS-SAYRE SYNDROME; KSS', clinical synopsis 'INHERITANCE - "
            "Mitochondrial', 'Kidneys - Renal tubular acidosis - Fanconi syndrome', 'Cardiac "
            "conduction defects', 'Progressive external ophthalmoplegia', 'Pigmentary "
            "retinopathy', 'Onset before age 20'. The synopsis read does not name "
            "hypomagnesaemia; the disorder is listed as a cause by hindawi-2018-genetic and "
            "viering-2017-genetic."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="a proxied copy of the NCBI OMIM page ncbi.nlm.nih.gov/omim/530000",
    ),
    Source(
        key="wong-1983",
        authors="Wong ET, Rude RK, Singer FR, Shaw ST Jr",
        title="A high prevalence of hypomagnesemia and hypermagnesemia in hospitalized patients",
        publisher="American Journal of Clinical Pathology 79(3):348-352",
        year=1983,
        identifier="doi:10.1093/ajcp/79.3.348",
        url="https://pubmed.ncbi.nlm.nih.gov/6829504/",
        locator="Abstract",
        note=(
            "Quoted: 'magnesium levels in 621 serum samples randomly selected from those "
            "submitted to the clinical chemistry laboratory', 'The reference range for serum "
            "magnesium was established in this study as 1.2 to 1.9 mEq/L from measurements of "
            "serum magnesium on 341 healthy volunteers', 'Hypomagnesemia (less than 1.2 mEq/L) "
            "was present in 68 patients or 11.0%'."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the PubMed abstract (PMID 6829504) in a PubMed mirror and in suppr.wilddata.cn, and "
            "the abstract quoted in a Google Scholar reference on jci.org"
        ),
    ),
    Source(
        key="chernow-1989",
        authors="Chernow B, Bamberger S, Stoiko M, Vadnais M, Mills S, Hoellerich V, Warshaw AL",
        title="Hypomagnesemia in patients in postoperative intensive care",
        publisher="Chest 95(2):391-397",
        year=1989,
        identifier="doi:10.1378/chest.95.2.391",
        url="http://journal.publications.chestnet.org/article.aspx?articleid=1061638",
        locator="Abstract",
        note=(
            "Quoted: 'serum magnesium (Mg) concentration was measured in samples of blood "
            "collected from 193 patients admitted to two postoperative ICUs. On admission to the "
            "ICU, 117 patients (61 percent) had hypomagnesemia (serum Mg less than 1.5 mEq/dl), "
            "66 patients (34 percent) had normomagnesemia (1.5 to 2.0 mEq/dl)'. The abstract "
            "prints the unit as 'mEq/dl'; the library reads it as mEq/L (a normal range of 1.5 "
            "to 2.0 mEq/dL would be ten times the usual one). That reading is an inference."
        ),
    ),
    Source(
        key="magnes-res-2001-german",
        title="Prevalence of hypomagnesemia in an unselected German population of 16,000 "
        "individuals",
        publisher="Magnesium Research 14(4):283-290",
        year=2001,
        identifier="PMID 11794636",
        url="https://pubmed.ncbi.nlm.nih.gov/11794636/",
        locator="Abstract",
        note=(
            "Quoted: 'Based on a recently proposed reference range for plasma/serum Mg with its "
            "lower limit set at 0.76 mmol Mg/L the frequency of hypomagnesemia was evaluated in an "
            "unselected population group of about 16,000 individuals', 'Hypomagnesemia was "
            "present in about 14.5 percent of all persons with generally higher frequencies in "
            "females and outpatients', 'Suboptimal levels were detected in 33.7 per cent'. The "
            "authors were not shown in the copy read."
        ),
    ),
    Source(
        key="moskowitz-2016",
        authors="Moskowitz A, Lee J, Donnino MW, Mark R, Celi LA, Danziger J",
        title="The Association Between Admission Magnesium Concentrations and Lactic Acidosis "
        "in Critical Illness",
        publisher="Journal of Intensive Care Medicine 31(3):187-192 (online 2014)",
        year=2016,
        identifier="doi:10.1177/0885066614530659",
        url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4909152",
        locator="Abstract: Methods and Results",
        note=(
            "Quoted: 'Data pertaining to the first unique admission of any ICU patient between "
            "2001 and 2008 were extracted from the Multiparameter Intelligent Monitoring in "
            "Intensive Care database. Hypomagnesemia was defined as serum magnesium <1.6 mg/dL', "
            "'Of 8922 critically ill patients, 22.6% were hypomagnesemic'; a 77-bed tertiary "
            "centre. Read in the author manuscript in PMC."
        ),
    ),
    Source(
        key="jfp-clinical-inquiry-hypomg",
        title="What are the causes of hypomagnesemia? (Clinical Inquiries)",
        publisher="The Journal of Family Practice (MDedge)",
        year=None,
        url="https://www.mdedge.com/familymedicine/article/65567/gastroenterology/what-are-causes-hypomagnesemia",
        locator="Evidence summary: Prevalence and incidence",
        note=(
            "NOT VERIFIED against the studies it summarises (a review; the studies' own "
            "abstracts do not give these figures). Quoted: 'Estimates of the prevalence of "
            "hypomagnesemia in the general population "
            "range from 2.5% to 15%. A study of 11,000 white urban Americans aged 45 to 64 years "
            "(probability sampling) found 2.5% with magnesium <0.7 mmol/L and 5% with magnesium "
            "<0.75 mmol/L; rates for 4000 African Americans were twice as high', and of the "
            "German study (magnes-res-2001-german): 'applying the more commonly cited lower "
            "limit of 0.70 mmol/L (1.7 mg/dL) to the same data yielded a prevalence of 2%'. A "
            "review restating the studies; the American study is the ARIC cohort according to "
            "the research notes, whose abstract gives no prevalence. The year and the authors "
            "were not shown on the page read."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the article text on a cache of the publisher's site (mdedge-cache.qa01.mdedge.com)"
        ),
    ),
)
"""The sources of causes.py, in the order the bibliography lists them."""
