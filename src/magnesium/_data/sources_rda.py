"""The sources cited by the intake references (rda.py) and the food table (foods)."""

from __future__ import annotations

from typing import Final

from magnesium.sources import Source, Verification

_IOM_BOOK: Final = (
    "Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride"
)
_IOM_AUTHORS: Final = (
    "Institute of Medicine, Standing Committee on the Scientific Evaluation of Dietary "
    "Reference Intakes"
)

SOURCES: Final[tuple[Source, ...]] = (
    Source(
        key="iom-1997-magnesium",
        authors=_IOM_AUTHORS,
        title=_IOM_BOOK + ", chapter 6: Magnesium",
        publisher="National Academy Press, Washington DC",
        year=1997,
        url="http://books.nap.edu/openbook.php?record_id=5776&page=209",
        identifier="NAP record 5776",
        locator=(
            "p. 209 (infant AIs), p. 219 (14-18 y), p. 239 (pregnancy), p. 241 (lactation), "
            "p. 242 (hazard identification for the UL)"
        ),
        note=(
            "Quoted: p. 209 'This gives an AI of 30 mg (1.3 mmol)/day' (780 ml/day of milk at "
            "34 mg/liter); p. 219 'EAR for Boys 14 through 18 years 340 mg', 'EAR for Girls "
            "... 300 mg', 'RDA for Boys ... 410 mg', 'RDA for Girls ... 360 mg'; p. 239 'EAR "
            "for Pregnancy 14 through 18 years 335 mg ... 19 through 30 years 290 mg ... 31 "
            "through 50 years 300 mg' and 'RDA for Pregnancy ... 400 mg ... 350 mg ... 360 mg'; "
            "p. 241 'EAR for Lactation ... 300 mg ... 255 mg ... 265 mg', 'RDA for Lactation "
            "... 360 mg ... 310 mg ... 320 mg', 'the EAR and RDA are estimated to be the same "
            "as that obtained for nonlactating women of similar age'; p. 242 'a Tolerable Upper "
            "Intake Level (UL) cannot be based on magnesium obtained from foods' and adverse "
            "effects were from 'its pharmacological use'. The printed text has slips: p. 219 "
            "also calls the boys' EAR '345 mg', and p. 241 prints 255 mg as '(11.3 mmol)'; the "
            "boxed values, which the summary tables repeat, are used."
        ),
    ),
    Source(
        key="fnb-dri-ear",
        authors="Food and Nutrition Board, Institute of Medicine, National Academies",
        title="Dietary Reference Intakes (DRIs): Estimated Average Requirements",
        publisher="National Academies Press",
        year=None,
        url="https://studylib.net/doc/8360693/dietary-referecne-intakes-pdf",
        locator="Magnesium (mg/d) row",
        note=(
            "The FNB summary table of EARs, read in a copy hosted by a third party whose text "
            "runs the columns in reverse. Magnesium row as read: children 1-3 y 65, 4-8 y 110; "
            "males 9-13 y 200, 14-18 y 340, 19-30 y 330, 31-50 y 350, 51-70 y 350, > 70 y 350; "
            "females 9-13 y 200, 14-18 y 300, 19-30 y 255, 31-50 y 265, 51-70 y 265, > 70 y "
            "265; pregnancy 335, 290, 300; lactation 300, 255, 265. It agrees with the "
            "chapter's boxed values (iom-1997-magnesium) wherever the chapter was read. No EAR "
            "is set for infants (AIs only)."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="a copy of the FNB table on studylib.net (doc 8360693)",
    ),
    Source(
        key="nasem-2019-dri-elements",
        authors="National Academies of Sciences, Engineering, and Medicine",
        title="Dietary Reference Intakes (DRIs): Recommended Dietary Allowances and Adequate "
        "Intakes, Elements (in Dietary Reference Intakes for Sodium and Potassium, Appendix J)",
        publisher="National Academies Press, Washington DC",
        year=2019,
        url="https://www.ncbi.nlm.nih.gov/books/NBK545442/table/appJ_tab3/",
        identifier="NBK545442",
        locator="Appendix J, Table J-3, Magnesium (mg/d) column",
        note=(
            "RDAs in bold, AIs followed by an asterisk. Magnesium as read: 0-6 mo 30*, "
            "7-12 mo 75*, 1-3 y 80, 4-8 y 130; males 9-13 y 240, 14-18 y 410, 19-30 y 400, "
            "31-50 y 420, 51-70 y 420, > 70 y 420; females 9-13 y 240, 14-18 y 360, 19-30 y "
            "310, 31-50 y 320, 51-70 y 320, > 70 y 320; pregnancy 14-18 y 400, 19-30 y 350, "
            "31-50 y 360; lactation 14-18 y 360, 19-30 y 310, 31-50 y 320. These are the "
            "IOM 1997 values that the NIH ODS fact sheet reproduces in its Table 1 (the ODS "
            "page itself was not available to check)."
        ),
    ),
    Source(
        key="health-canada-dri-elements",
        authors="Health Canada",
        title="Dietary reference intakes tables: Reference values for elements",
        publisher="Government of Canada",
        year=None,
        url="https://www.canada.ca/en/health-canada/services/food-nutrition/healthy-eating/"
        "dietary-reference-intakes/tables/reference-values-elements.html",
        locator="Table 2, Magnesium mg/day: EAR, RDA/AI, UL columns; footnote a",
        note=(
            "Read in a mirror of the page. Magnesium as read: 0-6 mo ND 30* ND; 7-12 mo ND "
            "75* ND; 1-3 y 65 80 65; 4-8 y 110 130 110; males 9-13 y 200 240 350; 14-18 y 340 "
            "410 350. Footnote a: 'Life-stage groups for infants were 0-5.9 and 6-11.9 "
            "months', which is how this library reads the IOM's '0-6 mo' and '7-12 mo'. The "
            "UL of 350 mg from 9 years up, pregnancy and lactation included, is also in "
            "nutri-facts-magnesium-safety."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in="a mirror of the canada.ca page (the mirror's address was not recorded)",
    ),
    Source(
        key="nutri-facts-magnesium-safety",
        title="Magnesium: Safety",
        publisher="NutriFacts (DSM Nutritional Products)",
        year=None,
        url="https://www.nutri-facts.org/en_US/nutrients/items/minerals/magnesium/safety.html",
        locator="Tolerable upper intake levels",
        note=(
            "Secondary summary, used to corroborate the scope of both upper levels. Quoted: "
            "US 'There is no UL for dietary intake of magnesium; only for magnesium "
            "supplements': infants 0-12 months 'Not possible to establish', 1-3 y 65, 4-8 y "
            "110, 9-13 y 350, 14-18 y 350, adults 350; EFSA 'UL for magnesium intake through "
            "dietary supplements': children 1-3 years 'Not possible to establish', 4-13 y 250, "
            "14-18 y 250, 'This UL holds also for pregnant and breast-feeding women'."
        ),
    ),
    Source(
        key="efsa-2015-magnesium",
        authors="EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)",
        title="Scientific Opinion on Dietary Reference Values for magnesium",
        publisher="EFSA Journal 13(7):4186",
        year=2015,
        url="http://www.efsa.europa.eu/en/efsajournal/pub/4186",
        identifier="doi:10.2903/j.efsa.2015.4186",
        locator="Abstract; adopted 29 June 2015",
        note=(
            "Quoted from the abstract: 'ARs and PRIs for magnesium cannot be derived' so AIs "
            "are set; adults 'AI ... 350 mg/day for men and 300 mg/day for women'; '1 to < 3 "
            "years ... 170 mg/day'; '3 to < 10 years ... 230 mg/day'; '10 to < 18 years ... "
            "300 mg/day for boys and 250 mg/day for girls'; 'infants aged 7-11 months ... 80 "
            "mg/day'; for pregnant and lactating women 'the same AI is set for them as for "
            "non-pregnant, non-lactating women'. No value is set for infants of 0-6 months. "
            "The draft opinion put to public consultation in May 2015 proposed 160 mg/day for "
            "1 to < 3 years; the final value, 170 mg/day, is used."
        ),
    ),
    Source(
        key="scf-2001-magnesium-ul",
        authors="Scientific Committee on Food (SCF)",
        title="Opinion of the Scientific Committee on Food on the Tolerable Upper Intake Level "
        "of magnesium (in: Tolerable Upper Intake Levels for Vitamins and Minerals, EFSA 2006)",
        publisher="European Commission / European Food Safety Authority",
        year=2001,
        url="https://docslib.org/doc/8456595/tolerable-upper-intake-levels-for-vitamins-and-minerals",
        locator="Magnesium chapter",
        note=(
            "NOT VERIFIED against the opinion's own text: the magnesium chapter was not "
            "readable in the copy found. The values (250 mg/day of supplemental magnesium for "
            "children from 4 years, adolescents and adults, pregnancy and lactation included; "
            "none for children 1-3 years) are checked against bfr-2017-magnesium and "
            "nutri-facts-magnesium-safety. The scope as reported there: magnesium from "
            "supplements (readily dissociable salts) and fortified foods and drinks, not "
            "magnesium naturally present in foods."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "bfr-2017-magnesium and nutri-facts-magnesium-safety, which report the SCF value and "
            "its scope; the docslib.org copy of the EFSA compendium did not show the magnesium "
            "chapter"
        ),
    ),
    Source(
        key="bfr-2017-magnesium",
        authors="German Federal Institute for Risk Assessment (BfR)",
        title="BfR assesses maximum daily level for magnesium in food supplements (press "
        "release 50/2017)",
        publisher="BfR, Berlin",
        year=2017,
        url="https://www.bfr.bund.de/en/press_information/2017/50/"
        "bfr_assesses_maximum_daily_level_for_magnesium_in_food_supplements-202892.html",
        locator="Press release of 12 December 2017",
        note=(
            "Quoted: 'Cases of diarrhoea were not observed with intakes of up to 250 mg "
            "magnesium per day in addition to the magnesium intake via the normal diet', "
            "'The maximum daily level applies to people from the age of 4 upwards. Due to a "
            "lack of data, it is not possible to derive a maximum daily level for children "
            "below the age of 4', and that the assessment 'is based on the current Tolerable "
            "Upper Intake Level (UL) derived by the EU's Scientific Committee on Food'."
        ),
    ),
    Source(
        key="dge-2021-magnesium",
        authors="Deutsche Gesellschaft für Ernährung (DGE), Österreichische Gesellschaft für "
        "Ernährung (ÖGE), Schweizerische Gesellschaft für Ernährung (SGE)",
        title="D-A-CH-Referenzwerte für die Nährstoffzufuhr: Magnesium (Schätzwerte für eine "
        "angemessene Zufuhr)",
        publisher="Deutsche Gesellschaft für Ernährung, Bonn",
        year=2021,
        url="https://www.dge.de/wissenschaft/referenzwerte/magnesium/",
        locator="Referenzwert Magnesium, 'Stand Ableitung: 2021', table of Schätzwerte (mg/Tag)",
        note=(
            "Read on the DGE's reference-value page (its address was not shown in the copy "
            "consulted; the one given is the DGE's usual path). Schätzwerte (estimated values "
            "for an adequate intake) as read: infants 0 to < 4 months 24, 4 to < 12 months 80; "
            "1 to < 4 years 170, 4 to < 7 years 190, 7 to < 10 years 240; 10 to < 13 years m "
            "260 f 230; 13 to < 15 years m 280 f 240; 15 to < 19 years m 330 f 260; 19 to < 25, "
            "25 to < 51, 51 to < 65 years and 65 years and older m 350 f 300; 'Schwangere 300', "
            "'Stillende 300'. Replaces the D-A-CH values of 2000 (recommended intakes; "
            "secondary copies of that table give e.g. 400/310 mg at 19 to < 25 years, 310 mg "
            "in pregnancy and 390 mg in lactation), which are superseded and not modelled."
        ),
    ),
    Source(
        key="ernaehrungs-umschau-2021-dach",
        title="D-A-CH-Referenzwerte für Magnesium, Pantothensäure und Ballaststoffe aktualisiert",
        publisher="Ernährungs Umschau 12/2021, M730-M732",
        year=2021,
        url="https://ernaehrungs-umschau.de/print-artikel/15-12-2021-d-a-ch-referenzwerte-fuer-"
        "magnesium-pantothensaeure-und-ballaststoffe-aktualisiert",
        locator="Schätzwert für Magnesium",
        note=(
            "Quoted: 'Neu ist, dass für Magnesium ab jetzt ein Schätzwert für eine angemessene "
            "Zufuhr gilt', derived 'anhand der durchschnittlichen Magnesiumzufuhr der "
            "Bevölkerung'; adults 19 to over 65 years '350 mg/Tag für Männer und ... 300 "
            "mg/Tag für Frauen'. A press report of the DGE adds that the 300 mg for women "
            "'gilt auch für Schwangere und Stillende'."
        ),
    ),
    # --- United Kingdom: COMA 1991 and EVM 2003 (values read in secondary copies only) ---
    Source(
        key="coma-1991-drv",
        authors="Department of Health",
        title="Dietary Reference Values for Food Energy and Nutrients for the United Kingdom "
        "(Report on Health and Social Subjects No. 41)",
        publisher="London: The Stationery Office (as the citation read gives it)",
        year=1991,
        identifier="Report on Health and Social Subjects No. 41",
        locator="Magnesium: reference nutrient intakes (RNI)",
        note=(
            "NOT VERIFIED: the report itself was not available. The RNIs used here were read "
            "in secondary copies only: adults (men 300, women 270 mg/day) on "
            "boltpharmacy-magnesium-rni, which attributes them to the Department of Health's "
            "1991 report; children in a textbook table (textbook-table7-minerals-children). "
            "Not found in any source read, so not modelled: infant RNIs, LRNIs, EARs, and "
            "any pregnancy or lactation value (one pharmacy page says pregnant and "
            "breastfeeding women keep the 270 mg RNI; COMA's own text was not read)."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the report itself was not read: its citation from a booklet's reference list; "
            "the RNIs from a pharmacy page quoting the NHS (Bolt Pharmacy) and an "
            "unattributed textbook table's UK RNI column"
        ),
    ),
    Source(
        key="boltpharmacy-magnesium-rni",
        title="Recommended dose of magnesium daily; Magnesium daily intake and dosage",
        publisher="Bolt Pharmacy (UK online pharmacy)",
        year=None,
        url="https://www.boltpharmacy.co.uk/guide/recommended-dose-of-magnesium-daily-2f3b8",
        locator="What Is the Recommended Daily Dose of Magnesium in the UK?",
        note=(
            "Secondary summary (a commercial pharmacy's guide pages). Quoted: 'In the UK, "
            "the Reference Nutrient Intake (RNI) is 300 mg per day for adult men and 270 mg "
            "per day for adult women'; 'For adult men aged 19 and over, the Reference "
            "Nutrient Intake (RNI) is 300 mg per day'; 'The UK guidance level for "
            "supplemental magnesium is 400 mg per day for adults'; a sibling page (…/"
            "recommended-dose-of-magnesium-daily-be3b0) says the values were 'established "
            "by the Department of Health'. The site is not consistent: another page calls "
            "the 400 mg 'The safe upper limit for magnesium from supplements', and its "
            "infant values differ from page to page ('30-75 mg', '55 mg daily (0-3 "
            "months)'); they are not used. An unattributed copy of the NHS's text "
            "(go-green.info/food/magnesium) gives '300mg a day for men (19 to 64 years)', "
            "'270mg a day for women (19 to 64 years)' and 'Having 400mg or less a day of "
            "magnesium from supplements is unlikely to cause any harm'."
        ),
    ),
    Source(
        key="textbook-table7-minerals-children",
        title="Calcium Phosphorus and Magnesium: Table 7, Recommendations for minerals for "
        "infants and children (mg/day)",
        publisher="Web copy of a human-nutrition textbook chapter (doctorabel.us; book and "
        "authors not named)",
        year=None,
        url="https://www.doctorabel.us/human-nutrition/calcium-phosphorus-and-magnesium.html",
        locator="Table 7, Magnesium block, column 'UK RNI'",
        note=(
            "Secondary (an unattributed copy of a textbook table; HTML flattening drops empty "
            "cells). Magnesium rows as read, columns UK RNI, Europe PRI, USA RDA, FAO/WHO: "
            "'1-3 years 85 85 80 60', '4-6 years 120 120 130 76', '7-8 years 200 200 130 "
            "100', '9-10 years 200 200 240 100', '11-14 years M 280 280 240 230 / F 280 280 "
            "240 220', '15-18 years M 300 300 410 230 / F 300 300 350 220'. The infant rows "
            "('0-6 months 60 40', '6-12 months 80 60') cannot be assigned to columns and are "
            "not used. The table's age groups are harmonised across bodies: COMA's own "
            "band edges were not read; 7-8 and 9-10 years (200 mg/day both) are kept as "
            "one 7-10 years band."
        ),
    ),
    Source(
        key="evm-2003",
        authors="Expert Group on Vitamins and Minerals (EVM)",
        title="Safe Upper Levels for Vitamins and Minerals",
        publisher="Food Standards Agency, London",
        year=2003,
        url="https://cot.food.gov.uk/committee/committee-on-toxicity/cotreports/cotjointreps/"
        "evmreport",
        identifier="ISBN 1-904026-11-7",
        locator="Part 4 - Minerals: Magnesium (p. 287)",
        note=(
            "NOT VERIFIED: the magnesium chapter was not read. The report's identity was read "
            "on the Food Standards Agency's page ('The final report of the Expert Group on "
            "Vitamins and Minerals was published in May 2003', ISBN 1-904026-11-7) and its "
            "contents in a copy (docslib.org, 'Magnesium 287'). Its figure for magnesium, "
            "400 mg/day of supplemental magnesium for adults, was read in secondary copies: "
            "boltpharmacy-magnesium-rni ('The UK guidance level for supplemental magnesium "
            "is 400 mg per day for adults'; another page of the same site says 'safe upper "
            "limit'), an unattributed copy of the NHS's text ('Having 400mg or less a day of "
            "magnesium from supplements is unlikely to cause any harm') and hsis-magnesium "
            "('Safe Upper Level: 400mg/day'). Which of the two terms the EVM itself used for "
            "magnesium was not read, and the copies disagree; the library follows the "
            "pharmacy's 'guidance level' and applies it to adults only (from 19 years, where "
            "the UK adult RNIs start): no value for children was found."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the report's identity on the Food Standards Agency's page and a docslib copy of "
            "its contents; the 400 mg figure only in pages quoting it (Bolt Pharmacy, HSIS)"
        ),
    ),
    Source(
        key="hsis-magnesium",
        title="Magnesium (A-Z of food supplements)",
        publisher="Health Supplements Information Service (HSIS, industry-funded)",
        year=None,
        url="https://www.hsis.org/a-z-food-supplements/magnesium/",
        locator="Intake; Precautions and contraindications",
        note=(
            "Secondary. Quoted: 'EU NRV: 375mg'; 'Doses exceeding the Safe Upper Level are "
            "best avoided in renal (kidney) impairment. Safe Upper Level: 400mg/day' "
            "(its footnote 3, presumably the EVM report, was not visible)."
        ),
    ),
    # --- Australia / New Zealand: NHMRC 2006 ------------------------------------------------
    Source(
        key="nhmrc-2006-nrv",
        authors="National Health and Medical Research Council (Australia); New Zealand "
        "Ministry of Health",
        title="Nutrient Reference Values for Australia and New Zealand Including Recommended "
        "Dietary Intakes: Magnesium",
        publisher="National Health and Medical Research Council (c) Commonwealth of Australia",
        year=2006,
        url="https://www.eatforhealth.gov.au/nutrient-reference-values/nutrients/magnesium",
        identifier="ISBN 1864962372 (print), 1864962437 (online)",
        locator="Magnesium: tables of AI, EAR and RDI by life stage",
        note=(
            "NOT VERIFIED: the issuer's page and a copy of the PDF extract (studyres.com, "
            "header 'ENDORSED BY THE NHMRC ON 9 SEPTEMBER 2005 (c) Commonwealth of "
            "Australia 2006 ISBN Print 1864962372 ISBN Online 1864962437') were read only "
            "as far as the 'Background' text; their tables were not reached. The values are "
            "from cleverlysmart-magnesium (a page whose table headings and 'Rationale' "
            "text match the NHMRC's wording) and, for women, brauer-magnesium. Not found, "
            "so not modelled: the EAR for women from 31 years, all pregnancy and lactation "
            "values, and the upper level. Where comparable, the values equal the IOM's "
            "1997 values, which the NHMRC's rationale cites."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the issuer's page (opening text only) and an unattributed third-party page "
            "worded like the NHMRC tables (cleverlysmart)"
        ),
    ),
    Source(
        key="cleverlysmart-magnesium",
        title="Recommendations Magnesium Intake by Life Stage, Age and Gender",
        publisher="cleverlysmart.com (unattributed web page)",
        year=None,
        url="https://www.cleverlysmart.com/recommendations-magnesium-intake-by-life-stage-"
        "age-and-gender/",
        locator="Tables 'Adequate Intake' (infants) and 'Estimated average requirement / "
        "Recommended dietary intake'",
        note=(
            "Secondary, unattributed, but worded like the NHMRC's tables. As read: infants "
            "'0-6 months 30 mg/day', '7-12 months 75 mg/day' (Adequate Intake); 'All 1-3 yr "
            "65 mg/day 80 mg/day', '4-8 yr 110 mg/day 130 mg/day'; 'Boys 9-13 yr 200 / 240', "
            "'14-18 yr 340 / 410'; 'Girls 9-13 yr 200 / 240', '14-18 yr 300 / 360'; 'Men "
            "19-30 yr 330 / 400', '31-50 yr 350 / 420', '51-70 yr 350 / 420', '>70 yr "
            "350 / 420'; 'Women 19-30 yr 255' (the copy read stops there)."
        ),
    ),
    Source(
        key="brauer-magnesium",
        title="Magnesium ingredient profile",
        publisher="Brauer Natural Medicine (Australia)",
        year=None,
        url="https://www.brauer.com.au/science-centre/magnesium-ingredient-profile",
        locator="Recommended Daily Intake (RDI) of Magnesium",
        note=(
            "Secondary (a manufacturer's page). Quoted: 'According to the Nutrient Reference "
            "Values for Australia and New Zealand, the Recommended Daily Intake of magnesium "
            "is as follows: Age Men Women 19 - 30 years old 400mg 310mg 31+ years old 420mg "
            "320mg'."
        ),
    ),
    # --- Nordic Nutrition Recommendations 2023 ----------------------------------------------
    Source(
        key="nnr-2023",
        authors="Blomhoff R, Andersen R, Arnesen EK, Christensen JJ, Eneroth H, Erkkola M, "
        "Gudanaviciene I, Halldorsson TI, Hoyer-Lund A, Lemming EW, Meltzer HM, Pitsi T, "
        "Schwab U, Siksna I, Thorsdottir I, Trolle E",
        title="Nordic Nutrition Recommendations 2023",
        publisher="Nordic Council of Ministers, Copenhagen (Nord 2023:003)",
        year=2023,
        url="https://pub.norden.org/nord2023-003/",
        identifier="ISBN 978-92-893-7533-7 (PDF)",
        locator="Tables of recommended intakes by life stage (magnesium row)",
        note=(
            "NOT VERIFIED: the report's identity was read on its publisher's page ('Published: "
            "20.6.2023', updated 25.9.2023, 9.1.2024 and 22.3.2024), but no page carrying "
            "its magnesium values was found. The values are from testmottagningen-magnesium, "
            "a secondary restatement whose age groups ('4-10 years', '11-17 years', 'Women', "
            "'Men') may not be the report's own band edges. They equal EFSA's 2015 adequate "
            "intakes. Not found, so not modelled: infants under 7 months, pregnancy and "
            "lactation."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "the report's identity on pub.norden.org; the magnesium values on a Swedish "
            "clinic page (testmottagningen)"
        ),
    ),
    Source(
        key="testmottagningen-magnesium",
        title="Så får du i dig tillräckliga mängder magnesium via kosten (English version)",
        publisher="Testmottagningen (Swedish clinic)",
        year=None,
        url="https://testmottagningen.se/en/artiklar/kost-och-naring/sa-far-du-i-dig-"
        "tillrackliga-mangder-magnesium-via-kosten",
        locator="How Much Magnesium Do You Need Daily?",
        note=(
            "Secondary. Quoted: 'The Nordic Nutrition Recommendations 2023 have established "
            "an adequate intake for magnesium, varying depending on age group and gender: - "
            "Infants 7-11 months: 80 milligrams - Children 1-3 years: 170 milligrams - "
            "Children 4-10 years: 230 milligrams - Girls 11-17 years: 250 milligrams - Boys "
            "11-17 years: 300 milligrams - Women: 300 milligrams - Men: 350 milligrams' and "
            "'An upper limit for safe intake (UL - upper level) for magnesium from "
            "supplements is set at 250 mg per day' (no age range or issuer given for it)."
        ),
    ),
    # --- WHO/FAO 2004 ----------------------------------------------------------------------
    Source(
        key="who-fao-2004",
        authors="World Health Organization; Food and Agriculture Organization of the United "
        "Nations",
        title="Vitamin and mineral requirements in human nutrition, 2nd ed. Joint FAO/WHO "
        "Expert Consultation on Human Vitamin and Mineral Requirements, Bangkok, 1998",
        publisher="World Health Organization, Geneva",
        year=2004,
        url="http://apps.who.int/iris/bitstream/handle/10665/42716/9241546123.pdf",
        identifier="ISBN 92 4 154612 3",
        locator="Annex 1, Recommended nutrient intakes - minerals (p. 338), magnesium column",
        note=(
            "NOT VERIFIED against the WHO PDF. Read in a text extraction of Annex 1 (a "
            "Scribd upload, 'Recommended Nutrient Intakes Minerals', page number 338), whose "
            "columns run together; the magnesium values in the annex's row order are "
            "'26d 36h 54' (infants 0-6 months breastfed/formula-fed, 7-12 months), '60 76 "
            "100' (1-3, 4-6, 7-9 years), '220 230' (adolescents 10-18 years, females then "
            "males), '220 220' (females 19-50 and 51-65 years), '260' (males 19-65 years), "
            "'190 224 220 220 220 270 270 270' (elderly females and males 65+, pregnancy by "
            "trimester, lactation 0-3, 3-6 and 7-12 months); footnotes 'd Breastfed', 'h "
            "Formula-fed'; 'Recommended nutrient intake (RNI) is the daily intake which meets "
            "the nutrient requirements of almost all (97.5%) apparently healthy individuals "
            "in an age- and sex-specific population'. The column alignment was reconstructed "
            "from neighbouring nutrients (e.g. selenium '26 32' for adolescent females and "
            "males). The child values 60, 76 and 100 and the adolescent 230 (males) and 220 "
            "(females) also stand in the FAO/WHO column of "
            "textbook-table7-minerals-children. The FAO's earlier edition differs "
            "(fao-y2809e). The chapter's text, read in a copy that calls itself verbatim "
            "(irresistible-beautyofnature.blogspot.com), sets no upper level of its own: "
            "'Upper limits of 65 mg for children ages 1-3 years, 110 mg for 4-10 years, and "
            "350 mg for adolescents and adults are suggested as tolerable limits for the "
            "content of soluble magnesium in foods and drinking water (63)', its reference 63 "
            "being the IOM's 1997 report; and, for infants, 'the 36 mg or more suggested as "
            "meeting the requirements of young infants given formula or other foods'."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "a garbled Scribd text extraction of Annex 1 (p. 338) whose columns were "
            "realigned by hand, cross-checked with a textbook table; not the WHO PDF"
        ),
    ),
    Source(
        key="fao-y2809e",
        authors="FAO/WHO",
        title="Human vitamin and mineral requirements. Report of a joint FAO/WHO expert "
        "consultation, Bangkok, Thailand",
        publisher="Food and Agriculture Organization of the United Nations, Rome",
        year=None,
        url="http://www.fao.org/3/Y2809E/y2809e0o.htm",
        identifier="FAO document Y2809E",
        locator="Appendix 1, Table 1, Recommended nutrient intakes - minerals",
        note=(
            "The earlier edition of the same consultation, read on fao.org as far as adults "
            "51-65 years. Magnesium as read: infants 0-6 months '26 (a)' / '36 (b)', '7-1 "
            "months' [sic] 53; children 1-3 years 60, 4-6 years 73, 7-9 years 100; males "
            "10-18 years 250, females 10-18 years 230; males 19-65 years 260; females 19-50 "
            "and 51-65 years 220. A web copy of this edition's table (fatcaloriecounter.net) "
            "adds males 65+ 230, females 65+ 190, pregnancy 220 and lactation 270. It differs "
            "from the 2004 edition at 7-12 months (53 v 54), 4-6 years (73 v 76), "
            "adolescents (250/230 v 230/220) and elderly men (230 v 224); the 2004 edition "
            "is the one modelled."
        ),
    ),
    # --- EU labelling -----------------------------------------------------------------------
    Source(
        key="eu-1169-2011",
        title="Regulation (EU) No 1169/2011, Annex XIII: reference intakes",
        publisher="Official Journal of the European Union, L 304, 22.11.2011",
        year=2011,
        identifier="Regulation (EU) No 1169/2011",
        locator="Annex XIII, Part A, point 1 (OJ L 304, p. 61)",
        note=(
            "NOT VERIFIED against the English EUR-Lex text, which was not available. Read in "
            "the Portuguese Official Journal page (a Scribd upload, header '22.11.2011 PT "
            "Jornal Oficial da Uniao Europeia L 304/61 - ANEXO XIII ... PARTE A - DOSES "
            "DIARIAS DE REFERENCIA DE VITAMINAS E SAIS MINERAIS (ADULTOS)'): 'Magnesio (mg) "
            "375'; point 2: a significant amount is in general '15 %' of the NRV per 100 g or "
            "100 ml, '7,5 %' per 100 ml of beverages, or 15 % per portion in a single-portion "
            "pack. The same 375 mg is given by hsis-magnesium ('EU NRV: 375mg') and a "
            "Norwegian page (no.sanomedica.com: 'I 2011 ble RDA-verdiene erstattet av "
            "NRV-verdier ... i forordning (EU) nr. 1169/2011 ... Magnesium 375 mg')."
        ),
        verification=Verification.VERBATIM_COPY,
        read_in=(
            "the Portuguese-language Official Journal page (OJ L 304/61, 22.11.2011) on "
            "Scribd; the English EUR-Lex text was not read"
        ),
    ),
    Source(
        key="nih-ods-magnesium-foods",
        authors="NIH Office of Dietary Supplements",
        title="Magnesium: Fact Sheet for Health Professionals, Table 2: Magnesium Content of "
        "Selected Foods (from USDA FoodData Central)",
        publisher="National Institutes of Health",
        year=None,
        url="https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
        locator="Table 2",
        note=(
            "NOT VERIFIED against the ODS page, which was not available. The milligrams per "
            "serving were read from a transcription of an edition of Table 2 in a public "
            "repository that lists each food as a percentage of the former Daily Value of 400 mg "
            "(e.g. 'Pumpkin seeds, roasted, 1 ounce', 39%, i.e. 156 mg) and agree with web pages "
            "quoting the NIH (156, 111, 80, 78, 74, 60 mg). Food composition varies; use the "
            "values as estimates. Re-checked for issue 11: the ODS page was again not found; web "
            "pages quoting it give 156 mg for roasted pumpkin seeds, 1 ounce."
        ),
        verification=Verification.SECONDARY,
        read_in=(
            "a public-repository transcription of an older edition of Table 2 giving percentages "
            "of the 400 mg Daily Value, and web pages quoting the NIH; the milligrams are computed"
        ),
    ),
)
