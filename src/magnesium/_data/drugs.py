"""Drugs that cause hypomagnesaemia, with WHO ATC codes.

Every ATC code was checked against a copy of the WHO ATC/DDD Index (source
``who-atc-ddd-2026``; the rows are quoted there). Former codes are history,
kept so that old records still match. Brand names are common trade names given
for matching only; they were not checked against product labels.
"""

from __future__ import annotations

from typing import Final, NotRequired, TypedDict

from magnesium.causes import Drug, Site


class _Class(TypedDict):
    """What the drugs of one class share."""

    site: Site
    mechanism: str
    causes: tuple[str, ...]
    sources: tuple[str, ...]
    drug_class: str
    incidence: NotRequired[str]
    note: NotRequired[str]


_ANTITUBERCULOUS: Final[_Class] = {
    "drug_class": "antituberculous agent (polypeptide antibiotic)",
    "site": Site.RENAL_TUBULE,
    "mechanism": "proximal tubular dysfunction and secondary hyperaldosteronism, with renal "
    "magnesium loss",
    "causes": ("drug-antituberculous",),
    "sources": ("workeneh-2021-table3", "jic-2018-hypomagnesemia"),
}
_PPI_MECHANISM: Final = (
    "intestinal malabsorption of magnesium (TRPM6/TRPM7), with possible renal loss"
)
_PPI: Final[_Class] = {
    "drug_class": "proton pump inhibitor",
    "site": Site.INTESTINE,
    "mechanism": _PPI_MECHANISM,
    "causes": ("drug-ppi",),
    "sources": ("workeneh-2021-table3",),
    "incidence": "19% of PPI users",
}
_LOOP: Final[_Class] = {
    "drug_class": "loop diuretic",
    "site": Site.THICK_ASCENDING_LIMB,
    "mechanism": "less paracellular magnesium reabsorption in the thick ascending limb",
    "causes": ("drug-loop-diuretic",),
    "sources": ("workeneh-2021-table3", "clinlabnavigator-urine-mg"),
}
_THIAZIDE: Final[_Class] = {
    "drug_class": "thiazide diuretic",
    "site": Site.DISTAL_CONVOLUTED_TUBULE,
    "mechanism": "TRPM6 inhibition, increasing renal magnesium loss",
    "causes": ("drug-thiazide",),
    "sources": ("workeneh-2021-table3", "ijnrd-2014-congenital"),
}
_THIAZIDE_LIKE: Final[_Class] = {**_THIAZIDE, "drug_class": "thiazide-like diuretic"}
_AMINOGLYCOSIDE: Final[_Class] = {
    "drug_class": "aminoglycoside",
    "site": Site.DISTAL_CONVOLUTED_TUBULE,
    "mechanism": "acts on a polyvalent-cation-sensing receptor in the distal convoluted tubule, "
    "inhibiting magnesium uptake",
    "causes": ("drug-aminoglycoside",),
    "sources": ("workeneh-2021-table3",),
}
_PLATINUM: Final[_Class] = {
    "drug_class": "platinum compound",
    "site": Site.RENAL_TUBULE,
    "mechanism": "renal magnesium wasting",
    "causes": ("drug-platinum",),
    "sources": ("clinlabnavigator-urine-mg", "workeneh-2021-table3"),
}
_ANTI_EGFR: Final[_Class] = {
    "drug_class": "anti-EGFR monoclonal antibody",
    "site": Site.DISTAL_CONVOLUTED_TUBULE,
    "mechanism": "blocks the EGF receptor, through which EGF regulates TRPM6 in the distal "
    "convoluted tubule",
    "causes": ("drug-anti-egfr-antibody",),
    "sources": (
        "clinlabnavigator-urine-mg",
        "workeneh-2021-table3",
        "ijnrd-2014-congenital",
        "atc-l01xc-l01fe-map",
    ),
    "note": "Moved from L01XC to L01FE in the 2021 ATC revision; the former code is history.",
}
_CALCINEURIN: Final[_Class] = {
    "drug_class": "calcineurin inhibitor",
    "site": Site.DISTAL_CONVOLUTED_TUBULE,
    "mechanism": "renal magnesium wasting; TRPM6 is regulated by FK506 (tacrolimus) and "
    "cyclosporine",
    "causes": ("drug-calcineurin-inhibitor",),
    "sources": ("clinlabnavigator-urine-mg", "seo-park-2008"),
}

DRUGS: Final[tuple[Drug, ...]] = (
    # --- proton pump inhibitors (A02BC; the potassium-competitive acid blockers in A02BC are
    # not proton pump inhibitors and are not listed) ---
    Drug(
        id="omeprazole", name="omeprazole", atc=("A02BC01",), brands=("Prilosec", "Losec"), **_PPI
    ),
    Drug(
        id="pantoprazole",
        name="pantoprazole",
        atc=("A02BC02",),
        brands=("Protonix", "Protium"),
        **_PPI,
    ),
    Drug(
        id="lansoprazole",
        name="lansoprazole",
        atc=("A02BC03",),
        brands=("Prevacid", "Zoton"),
        **_PPI,
    ),
    Drug(
        id="rabeprazole",
        name="rabeprazole",
        atc=("A02BC04",),
        synonyms=("rabeprazole sodium",),
        brands=("Aciphex", "Pariet"),
        **_PPI,
    ),
    Drug(id="esomeprazole", name="esomeprazole", atc=("A02BC05",), brands=("Nexium",), **_PPI),
    Drug(
        id="dexlansoprazole", name="dexlansoprazole", atc=("A02BC06",), brands=("Dexilant",), **_PPI
    ),
    Drug(id="dexrabeprazole", name="dexrabeprazole", atc=("A02BC07",), **_PPI),
    Drug(id="ilaprazole", name="ilaprazole", atc=("A02BC11",), **_PPI),
    # --- loop diuretics ---
    Drug(
        id="furosemide",
        name="furosemide",
        atc=("C03CA01",),
        synonyms=("frusemide",),
        brands=("Lasix",),
        **_LOOP,
    ),
    Drug(
        id="bumetanide",
        name="bumetanide",
        atc=("C03CA02",),
        brands=("Bumex", "Burinex"),
        **_LOOP,
    ),
    Drug(
        id="torasemide",
        name="torasemide",
        atc=("C03CA04",),
        synonyms=("torsemide",),
        brands=("Demadex",),
        **_LOOP,
    ),
    Drug(
        id="etacrynic-acid",
        name="etacrynic acid",
        atc=("C03CC01",),
        synonyms=("ethacrynic acid",),
        brands=("Edecrin",),
        **_LOOP,
    ),
    # --- thiazide and thiazide-like diuretics ---
    Drug(
        id="bendroflumethiazide",
        name="bendroflumethiazide",
        atc=("C03AA01",),
        synonyms=("bendrofluazide",),
        **_THIAZIDE,
    ),
    Drug(
        id="hydrochlorothiazide",
        name="hydrochlorothiazide",
        atc=("C03AA03",),
        synonyms=("HCTZ",),
        brands=("Microzide",),
        **_THIAZIDE,
    ),
    Drug(
        id="chlorothiazide",
        name="chlorothiazide",
        atc=("C03AA04",),
        brands=("Diuril",),
        **_THIAZIDE,
    ),
    Drug(
        id="chlortalidone",
        name="chlortalidone",
        atc=("C03BA04",),
        synonyms=("chlorthalidone",),
        brands=("Hygroton",),
        **_THIAZIDE_LIKE,
    ),
    Drug(
        id="metolazone",
        name="metolazone",
        atc=("C03BA08",),
        brands=("Zaroxolyn",),
        **_THIAZIDE_LIKE,
    ),
    Drug(
        id="indapamide",
        name="indapamide",
        atc=("C03BA11",),
        brands=("Natrilix", "Lozol"),
        **_THIAZIDE_LIKE,
    ),
    # --- aminoglycosides (Workeneh et al. name these five) ---
    Drug(id="gentamicin", name="gentamicin", atc=("J01GB03",), **_AMINOGLYCOSIDE),
    Drug(id="tobramycin", name="tobramycin", atc=("J01GB01",), brands=("Tobi",), **_AMINOGLYCOSIDE),
    Drug(id="amikacin", name="amikacin", atc=("J01GB06",), **_AMINOGLYCOSIDE),
    Drug(id="neomycin", name="neomycin", atc=("J01GB05",), **_AMINOGLYCOSIDE),
    Drug(id="streptomycin", name="streptomycin", atc=("J01GA01",), **_AMINOGLYCOSIDE),
    # --- others ---
    Drug(
        id="amphotericin-b",
        name="amphotericin B",
        atc=("J02AA01",),
        synonyms=("amphotericin",),
        brands=("Fungizone", "AmBisome"),
        drug_class="polyene antifungal",
        site=Site.RENAL_TUBULE,
        mechanism="renal magnesium wasting; a functional magnesium deficiency through "
        "polyene-sterol binding",
        causes=("drug-amphotericin-b",),
        sources=("clinlabnavigator-urine-mg", "workeneh-2021-table3"),
    ),
    Drug(id="cisplatin", name="cisplatin", atc=("L01XA01",), brands=("Platinol",), **_PLATINUM),
    Drug(
        id="carboplatin", name="carboplatin", atc=("L01XA02",), brands=("Paraplatin",), **_PLATINUM
    ),
    Drug(
        id="cetuximab",
        name="cetuximab",
        atc=("L01FE01",),
        former_atc=("L01XC06",),
        brands=("Erbitux",),
        **_ANTI_EGFR,
    ),
    Drug(
        id="panitumumab",
        name="panitumumab",
        atc=("L01FE02",),
        former_atc=("L01XC08",),
        brands=("Vectibix",),
        **_ANTI_EGFR,
    ),
    Drug(
        id="ciclosporin",
        name="ciclosporin",
        atc=("L04AD01",),
        synonyms=("cyclosporine", "cyclosporin", "cyclosporin A"),
        brands=("Neoral", "Sandimmune"),
        **_CALCINEURIN,
    ),
    Drug(
        id="tacrolimus",
        name="tacrolimus",
        atc=("L04AD02",),
        synonyms=("FK506",),
        brands=("Prograf", "Advagraf"),
        **_CALCINEURIN,
    ),
    Drug(
        id="pentamidine",
        name="pentamidine",
        atc=("P01CX01",),
        synonyms=("pentamidine isethionate",),
        brands=("Pentam", "NebuPent"),
        drug_class="antiprotozoal",
        site=Site.RENAL_TUBULE,
        mechanism="renal tubular injury",
        causes=("drug-pentamidine",),
        sources=("workeneh-2021-table3",),
    ),
    Drug(
        id="foscarnet",
        name="foscarnet",
        atc=("J05AD01",),
        synonyms=("foscarnet sodium",),
        brands=("Foscavir",),
        drug_class="antiviral (pyrophosphate analogue)",
        site=Site.EXTRACELLULAR_FLUID,
        mechanism="chelates divalent ions, acutely lowering ionised magnesium",
        causes=("drug-foscarnet",),
        sources=("workeneh-2021-table3",),
        incidence="up to 70%",
    ),
    # --- added for issue 11 ---
    Drug(
        id="capreomycin",
        name="capreomycin",
        atc=("J04AB30",),
        **_ANTITUBERCULOUS,
    ),
    Drug(
        id="viomycin",
        name="viomycin",
        atc=(),
        drug_class=_ANTITUBERCULOUS["drug_class"],
        site=_ANTITUBERCULOUS["site"],
        mechanism=_ANTITUBERCULOUS["mechanism"],
        causes=_ANTITUBERCULOUS["causes"],
        sources=("workeneh-2021-table3",),
        note="No code for viomycin in the copy of the WHO ATC/DDD index read; matched by name.",
    ),
    Drug(
        id="theophylline",
        name="theophylline",
        atc=("R03DA04",),
        drug_class="xanthine bronchodilator",
        site=Site.RENAL_TUBULE,
        mechanism="renal magnesium wasting",
        causes=("drug-theophylline",),
        sources=("workeneh-2021-table3",),
    ),
    Drug(
        id="digoxin",
        name="digoxin",
        atc=("C01AA05",),
        brands=("Lanoxin",),
        drug_class="cardiac glycoside",
        site=Site.NOT_STATED,
        mechanism="associated with magnesium deficiency; the mechanism is not known",
        causes=("drug-cardiac-glycoside",),
        sources=("jic-2018-hypomagnesemia",),
        note="The source names the class, not digoxin itself, and gives no site.",
    ),
    Drug(
        id="mannitol",
        name="mannitol",
        atc=("B05BC01",),
        drug_class="osmotic diuretic",
        site=Site.RENAL_TUBULE,
        mechanism="osmotic diuresis, with renal magnesium loss",
        causes=("drug-osmotic-diuretic",),
        sources=("jic-2018-hypomagnesemia",),
        note="B05BC01 is mannitol in 'B05BC Solutions producing osmotic diuresis' (I.V. "
        "solutions); the index also lists mannitol as a laxative (A06AD16) and an irrigating "
        "solution (B05CX04), not listed here.",
    ),
)
"""The drugs, grouped by class."""
