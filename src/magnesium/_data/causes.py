"""Causes of hypomagnesaemia, the clinical picture, and risk groups.

Each row names the keys of its sources (see sources_causes.py, where each source
quotes the passage relied on). Drug-class causes are listed here; the drugs
themselves are in drugs.py, the inherited disorders in genetics.py (each of
which becomes a cause of category GENETIC).
"""

from __future__ import annotations

from typing import Final

from magnesium.causes import (
    Category,
    Cause,
    CauseClassification,
    Manifestation,
    Mechanism,
    OrganSystem,
    Prevalence,
    RiskGroup,
)

GI, RENAL, DRUG, SHIFT, OTHER = (
    Category.GASTROINTESTINAL,
    Category.RENAL,
    Category.DRUG,
    Category.REDISTRIBUTION,
    Category.OTHER,
)
_BERARDI: Final = ("berardi-2019",)
_TUCKER: Final = ("clinlabnavigator-urine-mg",)
_TABLE3: Final = ("workeneh-2021-table3",)
_TABLE2: Final = ("workeneh-2021-table2",)
_ICU: Final = ("jic-2018-hypomagnesemia",)
_MSD: Final = ("msd-causes-table",)
_ENDOCRINE_NOTE: Final = (
    "ClinLab Navigator lists it among causes of renal magnesium wasting; Berardi et al. list "
    "'Endocrine disorders' within the redistribution group of their Table 7."
)

CAUSES: Final[tuple[Cause, ...]] = (
    # --- gastrointestinal and intake --------------------------------------------------------
    Cause(
        id="poor-intake",
        name="poor intake and malnutrition",
        category=GI,
        mechanism=Mechanism.REDUCED_INTAKE,
        sources=_BERARDI,
        synonyms=("malnutrition", "poor intake", "poor oral intake", "starvation", "anorexia"),
    ),
    Cause(
        id="magnesium-free-fluids",
        name="magnesium-free intravenous fluids or parenteral nutrition",
        category=GI,
        mechanism=Mechanism.REDUCED_INTAKE,
        sources=(*_TABLE2, "nursing-text-mg-causes"),
        synonyms=(
            "magnesium-free parenteral fluids",
            "parenteral nutrition",
            "total parenteral nutrition",
            "TPN",
            "enteral feeding with inadequate magnesium",
        ),
        alternatives=(
            CauseClassification(category=RENAL, mechanism=Mechanism.RENAL_WASTING, sources=_ICU),
        ),
        note="A reduced intake, filed with intake and the gut (as 'poor intake' is): Workeneh "
        "et al. Table 2 list 'total parenteral nutrition, enteral feeding with inadequate "
        "magnesium' under 'Dietary deficiency of magnesium', a nursing text under decreased "
        "intake. The J Intensive Care 2018 review lists 'Chronic parenteral fluid therapy' "
        "under renal loss. The nursing text is an unnamed reproduction (secondary).",
    ),
    Cause(
        id="chronic-diarrhoea",
        name="chronic diarrhoea",
        category=GI,
        mechanism=Mechanism.GI_LOSS,
        sources=_BERARDI,
        synonyms=("chronic diarrhea", "diarrhoea", "diarrhea"),
    ),
    Cause(
        id="malabsorption",
        name="malabsorption and steatorrhoea",
        category=GI,
        mechanism=Mechanism.REDUCED_ABSORPTION,
        sources=_BERARDI,
        synonyms=("malabsorption", "malabsorption syndrome", "steatorrhoea", "steatorrhea"),
    ),
    Cause(
        id="short-bowel-syndrome",
        name="short bowel syndrome",
        category=GI,
        mechanism=Mechanism.REDUCED_ABSORPTION,
        sources=("spmj-2000-short-bowel",),
        synonyms=("short gut syndrome", "small bowel resection", "intestinal resection"),
    ),
    Cause(
        id="intestinal-fistula",
        name="intestinal fistula or drainage",
        category=GI,
        mechanism=Mechanism.GI_LOSS,
        sources=_BERARDI,
        synonyms=("fistula", "intestinal fistula", "intestinal drainage"),
    ),
    Cause(
        id="vomiting-nasogastric-suction",
        name="vomiting or nasogastric suction",
        category=GI,
        mechanism=Mechanism.GI_LOSS,
        sources=(*_TABLE2, *_ICU),
        synonyms=("vomiting", "nasogastric suction", "prolonged nasogastric suction", "NG suction"),
        note="Workeneh et al. Table 2: 'vomiting, nasogastric suction' under gastrointestinal "
        "losses; the J Intensive Care 2018 review: 'Prolonged nasogastric suction'.",
    ),
    Cause(
        id="laxative-abuse",
        name="laxative abuse",
        category=GI,
        mechanism=Mechanism.GI_LOSS,
        sources=_TABLE2,
        synonyms=("laxative misuse",),
        note="Workeneh et al. Table 2 list it with the gastrointestinal losses ('drug related "
        "(e.g., PPIs, laxative abuse)').",
    ),
    Cause(
        id="alcohol",
        name="alcohol use disorder",
        category=GI,
        mechanism=Mechanism.REDUCED_INTAKE,
        sources=_BERARDI,
        synonyms=("alcoholism", "alcohol use", "alcohol dependence", "chronic alcoholism"),
        alternatives=(
            CauseClassification(category=RENAL, mechanism=Mechanism.RENAL_WASTING, sources=_TUCKER),
        ),
        note="Berardi et al. list alcoholism under reduced intake; ClinLab Navigator (after "
        "Tucker et al.) under renal magnesium wasting.",
    ),
    Cause(
        id="pancreatitis",
        name="pancreatitis",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=_BERARDI,
        synonyms=("acute pancreatitis", "chronic pancreatitis"),
        alternatives=(
            CauseClassification(
                category=GI,
                mechanism=Mechanism.REDUCED_ABSORPTION,
                sources=("pancreatitis-2000-clin-chim-acta",),
            ),
            CauseClassification(
                category=SHIFT, mechanism=Mechanism.INTRACELLULAR_SHIFT, sources=_TABLE2
            ),
        ),
        note="Sources disagree: Berardi et al. list pancreatitis under 'Other'; Workeneh et al. "
        "(Table 2) under 'Magnesium redistribution' ('acute pancreatitis'); in chronic "
        "pancreatitis the deficiency is attributed to malabsorption, diabetes or alcohol. The "
        "J Intensive Care 2018 review lists 'Acute hemorrhagic pancreatitis' among "
        "gastrointestinal disorders without a mechanism. The primary category stays 'other' "
        "because acute and chronic pancreatitis lower magnesium by different routes.",
    ),
    # --- renal ------------------------------------------------------------------------------
    Cause(
        id="kidney-replacement-therapy",
        name="kidney replacement therapy",
        category=RENAL,
        mechanism=Mechanism.OTHER,
        sources=_BERARDI,
        synonyms=(
            "dialysis",
            "haemodialysis",
            "hemodialysis",
            "renal replacement therapy",
            "continuous renal replacement therapy",
            "CRRT",
        ),
        note="Berardi et al. list dialysis among renal losses.",
    ),
    Cause(
        id="citrate-anticoagulation",
        name="regional citrate anticoagulation",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=("zakharchenko-2016",),
        synonyms=("citrate anticoagulation", "citrate anticoagulation for CRRT"),
        note="Citrate chelates magnesium in the circuit, which is then lost in the effluent.",
    ),
    Cause(
        id="hypercalcaemia",
        name="hypercalcaemia",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TUCKER,
        synonyms=("hypercalcemia", "malignant hypercalcaemia", "malignant hypercalcemia"),
        alternatives=(
            CauseClassification(category=SHIFT, mechanism=Mechanism.OTHER, sources=_BERARDI),
        ),
        note=_ENDOCRINE_NOTE,
    ),
    Cause(
        id="hyperthyroidism",
        name="hyperthyroidism",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TUCKER,
        synonyms=("thyrotoxicosis", "overactive thyroid"),
        alternatives=(
            CauseClassification(category=SHIFT, mechanism=Mechanism.OTHER, sources=_BERARDI),
        ),
        note=_ENDOCRINE_NOTE,
    ),
    Cause(
        id="hyperparathyroidism",
        name="hyperparathyroidism",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TUCKER,
        synonyms=("primary hyperparathyroidism",),
        alternatives=(
            CauseClassification(category=SHIFT, mechanism=Mechanism.OTHER, sources=_BERARDI),
        ),
        note=_ENDOCRINE_NOTE,
    ),
    Cause(
        id="hypoparathyroidism",
        name="hypoparathyroidism",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TABLE2,
        note="Workeneh et al. Table 2: 'hypoparathyroidism' under kidney losses.",
    ),
    Cause(
        id="diabetes",
        name="diabetes mellitus",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TUCKER,
        synonyms=(
            "diabetes",
            "type 1 diabetes",
            "type 2 diabetes",
            "type 1 diabetes mellitus",
            "type 2 diabetes mellitus",
        ),
        alternatives=(
            CauseClassification(category=SHIFT, mechanism=Mechanism.OTHER, sources=_BERARDI),
        ),
        note=_ENDOCRINE_NOTE,
    ),
    Cause(
        id="volume-expansion",
        name="extracellular volume expansion (saline infusion)",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_BERARDI,
        synonyms=("volume expansion", "saline infusion"),
    ),
    Cause(
        id="siadh",
        name="syndrome of inappropriate antidiuretic hormone secretion",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_BERARDI,
        synonyms=("SIADH", "SIAD"),
    ),
    Cause(
        id="post-obstructive-diuresis",
        name="post-obstructive diuresis",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_BERARDI,
        synonyms=("post-obstructive nephropathy", "postobstructive diuresis"),
    ),
    Cause(
        id="atn-recovery",
        name="recovery phase of acute tubular necrosis",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_BERARDI,
        synonyms=(
            "ATN recovery",
            "diuretic phase of acute renal failure",
            "diuretic phase of acute kidney injury",
        ),
        note="Berardi et al.: 'Diuretic phase of acute renal failure'.",
    ),
    Cause(
        id="kidney-transplant",
        name="kidney transplantation",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_BERARDI,
        synonyms=("renal transplantation", "kidney transplant", "renal transplant"),
    ),
    Cause(
        id="osmotic-diuresis",
        name="osmotic diuresis (glycosuria, mannitol, urea)",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_ICU,
        synonyms=(
            "osmotic diuresis",
            "glycosuria",
            "glucosuria",
            "mannitol diuresis",
            "urea diuresis",
        ),
        note="J Intensive Care 2018, Table 1, under renal loss: 'Osmotic diuresis (glucose, "
        "mannitol, urea)'. Mannitol as a drug is listed under 'osmotic diuretic use'.",
    ),
    Cause(
        id="renal-tubular-acidosis",
        name="renal tubular acidosis",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_ICU,
        synonyms=("RTA", "proximal renal tubular acidosis", "distal renal tubular acidosis"),
        alternatives=(
            CauseClassification(
                category=Category.GENETIC,
                mechanism=Mechanism.RENAL_WASTING,
                sources=("ijnrd-2014-congenital",),
            ),
        ),
        note="J Intensive Care 2018, Table 1, among renal diseases; the 2014 table of "
        "congenital causes lists 'Proximal renal tubular acidosis with or without associated "
        "Fanconi's syndrome' (proximal tubular reabsorption).",
    ),
    Cause(
        id="hyperaldosteronism",
        name="hyperaldosteronism",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_MSD, *_TABLE2),
        synonyms=("primary hyperaldosteronism", "primary aldosteronism", "aldosteronism"),
        alternatives=(
            CauseClassification(category=SHIFT, mechanism=Mechanism.OTHER, sources=_BERARDI),
        ),
        note="MSD Manual: 'Hypersecretion of aldosterone' under secondary renal losses; "
        "Workeneh et al. Table 2: 'hyperaldosteronism' under kidney losses; Berardi et al. list "
        "'aldosteronism' among endocrine disorders within their redistribution group.",
    ),
    Cause(
        id="hypervitaminosis-d",
        name="hypervitaminosis D",
        category=RENAL,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TABLE2,
        synonyms=("vitamin D intoxication", "vitamin D toxicity", "vitamin D excess"),
        note="Workeneh et al. Table 2: 'hypervitaminosis D' under kidney losses.",
    ),
    # --- redistribution ---------------------------------------------------------------------
    Cause(
        id="refeeding-syndrome",
        name="refeeding syndrome",
        category=SHIFT,
        mechanism=Mechanism.INTRACELLULAR_SHIFT,
        sources=_BERARDI,
        synonyms=("re-feeding syndrome", "refeeding"),
    ),
    Cause(
        id="dka-treatment",
        name="treatment of diabetic ketoacidosis",
        category=SHIFT,
        mechanism=Mechanism.INTRACELLULAR_SHIFT,
        sources=_BERARDI,
        synonyms=("diabetic ketoacidosis", "DKA", "correction of acidosis"),
        alternatives=(
            CauseClassification(
                category=RENAL, mechanism=Mechanism.RENAL_WASTING, sources=(*_MSD, *_TABLE2)
            ),
        ),
        note="Berardi et al.: 'Acidosis correction' under redistribution. The MSD Manual lists "
        "'Diabetic ketoacidosis' under secondary renal losses and Workeneh et al. (Table 2) "
        "'Ketoacidosis' under kidney losses: the ketoacidosis itself wastes magnesium, its "
        "treatment shifts it into cells.",
    ),
    Cause(
        id="catecholamine-excess",
        name="catecholamine excess",
        category=SHIFT,
        mechanism=Mechanism.INTRACELLULAR_SHIFT,
        sources=_BERARDI,
        synonyms=("catecholamines",),
    ),
    Cause(
        id="hungry-bone-syndrome",
        name="hungry bone syndrome",
        category=SHIFT,
        mechanism=Mechanism.INTRACELLULAR_SHIFT,
        sources=("aace-2019-hungry-bone",),
        synonyms=("hungry bone", "hungry bones syndrome"),
        note="Uptake of magnesium into bone after parathyroidectomy.",
    ),
    Cause(
        id="blood-transfusion",
        name="blood transfusion",
        category=SHIFT,
        mechanism=Mechanism.OTHER,
        sources=_TABLE2,
        synonyms=(
            "blood transfusions",
            "multiple transfusions",
            "massive transfusion",
            "citrated blood transfusion",
        ),
        note="Workeneh et al. Table 2 list 'Blood transfusions' under 'Magnesium "
        "redistribution' without naming the mechanism, so the mechanism is 'other'.",
    ),
    # --- other ------------------------------------------------------------------------------
    Cause(
        id="critical-illness",
        name="critical illness",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=("agus-1999",),
        synonyms=("critically ill", "intensive care", "ICU admission"),
        note="Agus: nutrition, diuretics, hypoalbuminaemia and aminoglycosides 'may play "
        "important roles'.",
    ),
    Cause(
        id="burns",
        name="burns",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=(*_BERARDI, *_TABLE2),
        synonyms=("burn injury", "major burns"),
    ),
    Cause(
        id="excessive-sweating",
        name="excessive sweating",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=(*_BERARDI, *_TABLE2),
        synonyms=("sweating",),
    ),
    Cause(
        id="pregnancy",
        name="pregnancy",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=_MSD,
        synonyms=("third trimester of pregnancy", "pregnant"),
        note="MSD Manual: 'Pregnancy (especially 3rd trimester; excessive renal excretion, "
        "other factors; usually physiologic)'.",
    ),
    Cause(
        id="lactation",
        name="lactation",
        category=OTHER,
        mechanism=Mechanism.OTHER,
        sources=_MSD,
        synonyms=("breastfeeding", "breast-feeding"),
        note="MSD Manual: 'Lactation (increased magnesium requirements)'.",
    ),
    # --- drug classes (the drugs are in drugs.py) -------------------------------------------
    Cause(
        id="drug-ppi",
        name="proton pump inhibitor use",
        category=DRUG,
        mechanism=Mechanism.REDUCED_ABSORPTION,
        sources=_TABLE3,
        synonyms=("proton pump inhibitors", "PPI", "PPIs"),
        alternatives=(
            CauseClassification(category=DRUG, mechanism=Mechanism.RENAL_WASTING, sources=_TABLE3),
        ),
        note="Workeneh et al. Table 3: 'Intestinal loss, malabsorption of magnesium ... and "
        "possible renal Mg loss'.",
    ),
    Cause(
        id="drug-loop-diuretic",
        name="loop diuretic use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TABLE3, *_TUCKER),
        synonyms=("loop diuretics",),
    ),
    Cause(
        id="drug-thiazide",
        name="thiazide or thiazide-like diuretic use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TABLE3,
        synonyms=("thiazide diuretics", "thiazides", "thiazide-like diuretics"),
    ),
    Cause(
        id="drug-aminoglycoside",
        name="aminoglycoside use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TABLE3, *_TUCKER),
        synonyms=("aminoglycosides",),
    ),
    Cause(
        id="drug-amphotericin-b",
        name="amphotericin B use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TUCKER,
        alternatives=(
            CauseClassification(category=DRUG, mechanism=Mechanism.OTHER, sources=_TABLE3),
        ),
        note="Workeneh et al. describe a functional magnesium deficiency (magnesium takes part "
        "in polyene-sterol binding).",
    ),
    Cause(
        id="drug-platinum",
        name="platinum chemotherapy",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TUCKER, *_TABLE3),
        synonyms=("platinum-based chemotherapy", "platinum compounds"),
    ),
    Cause(
        id="drug-anti-egfr-antibody",
        name="anti-EGFR monoclonal antibody use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TUCKER, *_TABLE3),
        synonyms=("EGFR inhibitors", "anti-EGFR antibodies", "EGFR monoclonal antibodies"),
    ),
    Cause(
        id="drug-calcineurin-inhibitor",
        name="calcineurin inhibitor use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TUCKER, "seo-park-2008"),
        synonyms=("calcineurin inhibitors",),
    ),
    Cause(
        id="drug-pentamidine",
        name="pentamidine use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TABLE3,
        note="Workeneh et al. Table 3: 'Renal tubular injury'.",
    ),
    Cause(
        id="drug-foscarnet",
        name="foscarnet use",
        category=DRUG,
        mechanism=Mechanism.OTHER,
        sources=_TABLE3,
        note="Workeneh et al. Table 3: 'Chelates divalent ions, thereby leading to acute "
        "reduction in ionized magnesium'.",
    ),
    Cause(
        id="drug-antituberculous",
        name="capreomycin or viomycin use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=(*_TABLE3, *_ICU),
        synonyms=("antituberculous agents",),
        note="Workeneh et al. Table 3: 'Antituberculous agents (viomycin, capreomycin) ... "
        "Proximal tubular dysfunction, secondary hyperaldosteronism with consequent renal Mg "
        "loss'. The J Intensive Care 2018 review (Table 2) names capreomycin among nephrotoxic "
        "antimicrobials.",
    ),
    Cause(
        id="drug-theophylline",
        name="theophylline use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_TABLE3,
        note="Workeneh et al. Table 3: 'Theophylline ... Renal Mg wasting'.",
    ),
    Cause(
        id="drug-cardiac-glycoside",
        name="cardiac glycoside (digoxin) use",
        category=DRUG,
        mechanism=Mechanism.OTHER,
        sources=_ICU,
        synonyms=("cardiac glycosides",),
        note="J Intensive Care 2018, Table 2: 'Mg deficiency is associated with cardiac "
        "glycosides. The exact mechanisms are not known.' An association, so the mechanism is "
        "'other'.",
    ),
    Cause(
        id="drug-osmotic-diuretic",
        name="osmotic diuretic (mannitol) use",
        category=DRUG,
        mechanism=Mechanism.RENAL_WASTING,
        sources=_ICU,
        synonyms=("osmotic diuretics",),
        note="J Intensive Care 2018, Table 1: 'Osmotic diuresis (glucose, mannitol, urea)' "
        "under renal loss.",
    ),
)
"""The non-genetic causes, in the order the documentation lists them."""

_DYNAMED_NOTE: Final = (
    "DynaMed: hypomagnesaemia is usually 'asymptomatic until the serum magnesium concentration "
    "is < 1.2 mg/dL (0.5 mmol/L)'; the level is the one for symptoms in general."
)
_NEURO, _CARDIO, _CNS, _META, _SKEL = (
    OrganSystem.NEUROMUSCULAR,
    OrganSystem.CARDIOVASCULAR,
    OrganSystem.CNS_PSYCHIATRIC,
    OrganSystem.METABOLIC,
    OrganSystem.SKELETAL,
)

MANIFESTATIONS: Final[tuple[Manifestation, ...]] = (
    Manifestation(
        system=_NEURO,
        name="tetany and carpopedal spasm",
        sources=("agus-1999", "orphanet-34526", "dynamed-2019"),
        below=1.2,
        unit="mg/dL",
        note=_DYNAMED_NOTE,
    ),
    Manifestation(
        system=_NEURO,
        name="positive Chvostek and Trousseau signs",
        sources=("agus-1999", "dynamed-2019"),
        below=1.2,
        unit="mg/dL",
        note=_DYNAMED_NOTE,
    ),
    Manifestation(
        system=_NEURO,
        name="tremor, fasciculation and muscle cramps",
        sources=("orphanet-34526", "berardi-2019", "dynamed-2019"),
        below=1.2,
        unit="mg/dL",
        note=_DYNAMED_NOTE,
    ),
    Manifestation(
        system=_NEURO,
        name="weakness and fatigue",
        sources=("orphanet-34526",),
    ),
    Manifestation(
        system=_CARDIO,
        name="arrhythmias (atrial or ventricular tachycardia, premature contractions)",
        sources=("orphanet-34526", "berardi-2019"),
    ),
    Manifestation(
        system=_CARDIO,
        name="ECG: prolonged PR and QT intervals",
        sources=("berardi-2019",),
    ),
    Manifestation(
        system=_CARDIO,
        name="ECG: T-wave inversion and ST elevation",
        sources=("berardi-2019",),
        note="As Berardi et al. state them; other texts describe ST depression.",
    ),
    Manifestation(
        system=_CNS,
        name="seizures",
        sources=("agus-1999", "orphanet-34526", "dynamed-2019"),
        below=1.0,
        unit="mg/dL",
        note="DynaMed: 'Severe hypomagnesemia (serum magnesium < 1 mg/dL [0.4 mmol/L])' may "
        "cause seizures.",
    ),
    Manifestation(
        system=_CNS,
        name="confusion, disorientation and irritability",
        sources=("berardi-2019",),
    ),
    Manifestation(
        system=_CNS,
        name="lethargy and drowsiness",
        sources=("orphanet-34526",),
    ),
    Manifestation(
        system=_CNS,
        name="depression",
        sources=("berardi-2019", "orphanet-34526"),
    ),
    Manifestation(
        system=_CNS,
        name="hallucinations",
        sources=("berardi-2019",),
    ),
    Manifestation(
        system=_META,
        name="hypokalaemia",
        sources=("agus-1999",),
        note="Agus: 'occurring in 40 to 60% of cases'.",
    ),
    Manifestation(
        system=_META,
        name="hypocalcaemia",
        sources=("agus-1999", "berardi-2019"),
    ),
    Manifestation(
        system=_SKEL,
        name="chondrocalcinosis (chronic hypomagnesaemia)",
        sources=("orphanet-34526",),
    ),
)
"""The clinical picture, by organ system."""

RISK_GROUPS: Final[tuple[RiskGroup, ...]] = (
    RiskGroup(
        name="hospitalised patients",
        sources=("agus-1999",),
        prevalence_high=12.0,
        note="'up to 12% of hospitalized patients'",
    ),
    RiskGroup(
        name="intensive care patients",
        sources=("agus-1999",),
        prevalence_low=60.0,
        prevalence_high=65.0,
        note="'as high as 60 to 65% in patients in intensive care settings'",
        causes=("critical-illness",),
    ),
    RiskGroup(
        name="proton pump inhibitor users",
        sources=("workeneh-2021-table3",),
        prevalence_low=19.0,
        prevalence_high=19.0,
        note="'19% of PPI users'",
        causes=("drug-ppi",),
    ),
    RiskGroup(
        name="patients receiving foscarnet",
        sources=("workeneh-2021-table3",),
        prevalence_high=70.0,
        note="'Up to 70%'",
        causes=("drug-foscarnet",),
    ),
    RiskGroup(
        name="short bowel syndrome",
        sources=("spmj-2000-short-bowel",),
        prevalence_low=40.0,
        prevalence_high=40.0,
        note="40% of 15 patients after extensive small bowel resection",
        causes=("short-bowel-syndrome",),
    ),
    RiskGroup(
        name="alcohol use disorder, admitted for a first treatment",
        sources=("hernandez-rubio-2023",),
        prevalence_low=11.2,
        prevalence_high=11.2,
        note="11.2% of 753 patients in six Spanish tertiary centres",
        causes=("alcohol",),
    ),
    RiskGroup(
        name="chronic alcohol use, admitted to hospital",
        sources=("elisaf-1995-alcohol",),
        prevalence_low=29.9,
        prevalence_high=29.9,
        note="38 of 127 patients (29.9%) admitted for causes related to alcohol",
        causes=("alcohol",),
    ),
    RiskGroup(
        name="type 2 diabetes mellitus",
        sources=("saba-t2dm-hypomagnesemia",),
        prevalence_low=29.43,
        prevalence_high=29.43,
        note="103 of 350 patients (29.43%), hypomagnesaemia defined as < 1.8 mg/dL",
        causes=("diabetes",),
    ),
    RiskGroup(
        name="patients with hypokalaemia",
        sources=("whang-1984-predictors",),
        prevalence_low=42.0,
        prevalence_high=42.0,
        note="'42% of patients with hypokalemia'",
    ),
    RiskGroup(
        name="patients with hypophosphataemia",
        sources=("whang-1984-predictors",),
        prevalence_low=29.0,
        prevalence_high=29.0,
        note="'29% of patients with hypophosphatemia'",
    ),
    RiskGroup(
        name="patients with hyponatraemia",
        sources=("whang-1984-predictors",),
        prevalence_low=27.0,
        prevalence_high=27.0,
        note="'27% of patients with hyponatremia'",
    ),
    RiskGroup(
        name="patients with hypocalcaemia",
        sources=("whang-1984-predictors",),
        prevalence_low=22.0,
        prevalence_high=22.0,
        note="'22% of patients with hypocalcemia'",
    ),
)
"""Groups at risk; a prevalence is given only where a source states one.

The two figures for alcohol use differ by setting (a first treatment admission against
admission for an alcohol-related illness); both are kept."""

PREVALENCE: Final[tuple[Prevalence, ...]] = (
    Prevalence(
        population="unselected German population (blood donors, outpatients, inpatients, children)",
        percent=14.5,
        below=0.76,
        unit="mmol/L",
        total=16_000,
        sources=("magnes-res-2001-german",),
        note="'about 14.5 percent' of 'about 16,000 individuals', plasma or serum, at a cut-off "
        "above what a review calls 'the more commonly cited lower limit of 0.70 mmol/L' (see "
        "the next row).",
    ),
    Prevalence(
        population="unselected German population, the same data at a lower cut-off",
        percent=2.0,
        below=0.70,
        unit="mmol/L",
        total=16_000,
        sources=("jfp-clinical-inquiry-hypomg",),
        note="A review's re-reading of the German study at 0.70 mmol/L; not in the study's "
        "abstract.",
    ),
    Prevalence(
        population="white urban Americans aged 45 to 64 years",
        percent=2.5,
        below=0.7,
        unit="mmol/L",
        total=11_000,
        sources=("jfp-clinical-inquiry-hypomg",),
        note="A review's summary of a US cohort (probability sampling); the study itself was "
        "not read. The review gives 5% below 0.75 mmol/L for the same group and 'twice as "
        "high' for 4000 African Americans.",
    ),
    Prevalence(
        population="white urban Americans aged 45 to 64 years, at a higher cut-off",
        percent=5.0,
        below=0.75,
        unit="mmol/L",
        total=11_000,
        sources=("jfp-clinical-inquiry-hypomg",),
        note="The same review and cohort as the 2.5% row.",
    ),
    Prevalence(
        population="hospitalised patients (random serum samples sent to the laboratory)",
        percent=11.0,
        below=1.2,
        unit="mEq/L",
        cases=68,
        total=621,
        sources=("wong-1983",),
        note="Cut-off from the study's own reference range (1.2 to 1.9 mEq/L, 341 healthy "
        "volunteers).",
    ),
    Prevalence(
        population="patients admitted to postoperative intensive care",
        percent=61.0,
        below=1.5,
        unit="mEq/L",
        cases=117,
        total=193,
        sources=("chernow-1989",),
        note="On admission to two postoperative ICUs; the abstract prints the unit as "
        "'mEq/dl', read here as mEq/L.",
        causes=("critical-illness",),
    ),
    Prevalence(
        population="patients admitted to intensive care (first admission, MIMIC database)",
        percent=22.6,
        below=1.6,
        unit="mg/dL",
        total=8922,
        setting="a 77-bed tertiary centre, 2001 to 2008",
        sources=("moskowitz-2016",),
        causes=("critical-illness",),
    ),
    Prevalence(
        population="chronic alcohol use, admitted to hospital for an alcohol-related cause",
        percent=29.9,
        cases=38,
        total=127,
        sources=("elisaf-1995-alcohol",),
        note="The abstract read does not state the cut-off.",
        causes=("alcohol",),
    ),
    Prevalence(
        population="alcohol use disorder, admitted for a first treatment",
        percent=11.2,
        total=753,
        setting="six Spanish tertiary centres, 2013 to 2020",
        sources=("hernandez-rubio-2023",),
        note="The abstract read does not state the cut-off.",
        causes=("alcohol",),
    ),
    Prevalence(
        population="type 2 diabetes mellitus (inpatients and outpatients)",
        percent=29.43,
        below=1.8,
        unit="mg/dL",
        cases=103,
        total=350,
        setting="a Lahore hospital, 2022",
        sources=("saba-t2dm-hypomagnesemia",),
        causes=("diabetes",),
    ),
    Prevalence(
        population="short bowel syndrome after extensive small bowel resection",
        percent=40.0,
        below=1.5,
        unit="mEq/L",
        total=15,
        sources=("spmj-2000-short-bowel",),
        causes=("short-bowel-syndrome",),
    ),
)
"""Prevalence figures traced to a study, each with its population and the cut-off it used.

Figures with different cut-offs are not merged. Figures that could not be traced to a study
(the 2.5-15%, 30-80% and 14-48% ranges and the round figures of the seed texts) are left out;
docs/causes.md says why, one by one."""
