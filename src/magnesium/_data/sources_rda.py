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
