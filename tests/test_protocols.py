"""Institutional protocols: the safety laws on load, on every shipped protocol, and on apply.

Known answers cite their sources: the NHS Highland guideline ("nhs-highland-hypomagnesaemia",
"nhs-highland-portal-hypomagnesaemia"), the magnesium table of the Division of Trauma and
Surgical Critical Care's electrolyte replacement guidelines ("trauma-scc-electrolyte-replacement")
and the two published rules of thumb for the rise per gram ("jicm-2019-mg-rule-of-thumb",
"friendly-intern-2016-mg").
"""

from __future__ import annotations

import copy
import json
import logging
import math
import tomllib
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import magnesium as mg
from magnesium import _regimen_rows as regimens
from magnesium import cli, protocols, serialize
from magnesium.errors import ArgumentTypeError, DefinitionError, UnknownEntryError
from magnesium.protocols import (
    MAX_PROTOCOL_BYTES,
    PROTOCOLS,
    Law,
    Override,
    apply_protocol,
    check_protocol,
    load_protocol,
    protocol_dict,
)
from magnesium.repletion import HYPERMAGNESEMIA_ABOVE_MMOL_PER_L, Limit, Route, _limit
from magnesium.sources import BIBLIOGRAPHY
from tests.test_repletion_safety import EGFRS, WEIGHTS

DOCS = Path(__file__).parent.parent / "docs"
TEMPLATE = DOCS / "protocol-template.toml"
REFUSED = (
    DOCS / "protocols" / "galway-asymptomatic.toml",
    DOCS / "protocols" / "vanderbilt-im-handbook.toml",
)
TEMPLATE_DATA = tomllib.loads(TEMPLATE.read_text())
ADULT_LIMITS = tuple(_limit(row.key) for row in regimens.LIMIT_ROWS if not row.paediatric)
RATE = _limit("label-max-rate")
LEVELS = st.floats(0.1, 5.0)  # mmol/L, the dense grid of the clinical issue
CONDITIONS = st.lists(st.sampled_from(("heart block", "Myocardial  damage", "asthma")), max_size=2)


# --- the shipped protocols keep every law, over the dense grid ------------------------------


def _applicable(limit: Limit, egfr: float | None) -> bool:
    renal = egfr is not None and egfr < regimens.SEVERE_RENAL_EGFR
    return limit.kind.value != "renal" or renal


def _check_result(name: str, level: float, egfr: float | None, weight: float | None) -> None:
    protocol = PROTOCOLS[name]
    result = apply_protocol(
        mg.SerumMagnesium.of(level, "mmol/L"), name, egfr=egfr, weight_kg=weight
    )
    value = mg.convert(level, "mmol/L", protocol.unit)
    assert math.isfinite(result.value)
    if level > HYPERMAGNESEMIA_ABOVE_MMOL_PER_L or value >= protocol.upper:
        assert result.regimens == (), "magnesium at or above the upper limit"
        assert result.reason
        return
    band = next(b for b in protocol.bands if b.lower <= value < b.upper)
    assert result.band == band.label
    excluded = egfr is not None and band.egfr_below is not None and egfr < band.egfr_below
    assert bool(result.regimens) is not excluded
    if excluded:
        assert result.instead == band.renal_instead
        return
    assert result.recheck.strip(), "a regimen without a recheck"
    for regimen in result.regimens:
        assert math.isfinite(regimen.dose_g)
        assert regimen.dose_g > 0
        for limit in ADULT_LIMITS:
            if _applicable(limit, egfr):
                assert limit.allows(regimen), f"{regimen.key} breaks {limit.key}"
        if regimen.route is Route.IV:
            assert regimen.max_rate_mg_per_min is not None
            assert regimen.max_rate_mg_per_min <= RATE.amount
    assert {source.key for source in result.sources} <= set(BIBLIOGRAPHY)
    if egfr is None:
        assert any("eGFR not given" in warning for warning in result.warnings)


@pytest.mark.parametrize("name", sorted(PROTOCOLS))
@pytest.mark.parametrize("egfr", EGFRS)
@pytest.mark.parametrize("weight", WEIGHTS)
def test_shipped_protocols_keep_the_laws_on_a_grid(
    name: str, egfr: float | None, weight: float | None
) -> None:
    """Every 0.01 mmol/L from 0.1 to 5 mmol/L, for every eGFR and weight of the safety grid."""
    for step in range(10, 501):
        _check_result(name, step / 100, egfr, weight)


@given(
    name=st.sampled_from(sorted(PROTOCOLS)),
    level=LEVELS,
    egfr=st.sampled_from(EGFRS),
    weight=st.sampled_from(WEIGHTS),
)
def test_shipped_protocols_keep_the_laws_between_grid_points(
    name: str, level: float, egfr: float | None, weight: float | None
) -> None:
    _check_result(name, level, egfr, weight)


def test_every_shipped_protocol_is_cited_and_passes_its_own_check() -> None:
    assert len(PROTOCOLS) >= 2
    for protocol in PROTOCOLS.values():
        assert protocol.sources, "a shipped protocol cites its publisher"
        assert protocol.overrides == (), "a shipped protocol needs no override"
        assert check_protocol(protocol_dict(protocol)) == ()


# --- known answers: NHS Highland ------------------------------------------------------------


def test_nhs_highland_intravenous_band() -> None:
    """'20mmol ... in 250mL glucose 5% over 3 hours ... three doses at 12 hour intervals'."""
    result = apply_protocol("0.45 mmol/L", "nhs-highland", egfr=60)
    (regimen,) = result.regimens
    assert (regimen.route, regimen.doses, regimen.interval_hours) == (Route.IV, 3, 12.0)
    assert regimen.infusion_minutes == 180
    assert regimen.per_dose.mmol == pytest.approx(20)
    assert result.recheck_hours == 30  # 'Check magnesium 6 hours after last infusion ends'
    assert result.band == "less than 0.5"


def test_nhs_highland_edges_are_half_open() -> None:
    """'0·5 to 0·7mmol/L' oral; 'Less than 0·5mmol/L' IV; the normal range starts at 0.7."""
    assert apply_protocol("0.5 mmol/L", "nhs-highland", egfr=60).regimens[0].route is Route.ORAL
    assert apply_protocol("0.49 mmol/L", "nhs-highland", egfr=60).regimens[0].route is Route.IV
    assert apply_protocol("0.7 mmol/L", "nhs-highland", egfr=60).regimens == ()


def test_nhs_highland_renal_and_condition_exclusions() -> None:
    """'eGFR less than 30mL/min ... 50% of the recommended dose'; 'Not for ... heart block'."""
    renal = apply_protocol("0.4 mmol/L", "nhs-highland", egfr=29.9)
    assert renal.regimens == ()
    assert renal.excluded == ("eGFR 29.9 < 30",)
    assert "50% of the recommended dose" in renal.instead
    assert apply_protocol("0.4 mmol/L", "nhs-highland", egfr=30).regimens
    heart = apply_protocol("0.4 mmol/L", "nhs-highland", egfr=60, conditions=["Heart  Block"])
    assert heart.regimens == ()
    assert heart.excluded == ("condition: heart block",)
    assert "specialist" in heart.instead


# --- known answers: Division of Trauma and Surgical Critical Care ---------------------------

TRAUMA = "trauma-scc-icu"


# (band, grams, infusion minutes, recheck text, recheck hours) for a level.
_TRAUMA_ROWS = {
    # the row '<= 1.2 mg/dL': '8 grams IV over 8h; recheck Mg level 6 hours after replacement'
    "0.8 mg/dL": ("1.2 or less", 8.0, 480.0, "6 hours after replacement", 14.0),
    "1.2 mg/dL": ("1.2 or less", 8.0, 480.0, "6 hours after replacement", 14.0),
    # the row '1.3 [dash] 1.9 mg/dL': '4 grams IV over 4h; recheck Mg level with next AM labs'
    "1.3 mg/dL": ("1.3 to 1.9", 4.0, 240.0, "next AM labs", None),
    "1.9 mg/dL": ("1.3 to 1.9", 4.0, 240.0, "next AM labs", None),
}


@pytest.mark.parametrize("level", sorted(_TRAUMA_ROWS))
def test_trauma_scc_bands_give_the_printed_dose_time_and_recheck(level: str) -> None:
    """'Magnesium replacement will be one-time doses' ... 'Infuse at a rate of 1 gm per hour'."""
    band, grams, minutes, recheck, recheck_hours = _TRAUMA_ROWS[level]
    result = apply_protocol(level, TRAUMA, egfr=60)
    (regimen,) = result.regimens
    assert result.band == band
    assert (regimen.route, regimen.salt.name) == (Route.IV, "magnesium sulfate heptahydrate")
    assert (regimen.dose_g, regimen.doses, regimen.infusion_minutes) == (grams, 1, minutes)
    assert regimen.dose_g / (minutes / 60) == 1.0  # 1 g per hour
    assert recheck in result.recheck
    assert result.recheck_hours == recheck_hours
    assert result.sources[0].key == "trauma-scc-electrolyte-replacement"


def test_trauma_scc_one_decimal_edges_and_the_normal_range() -> None:
    """The printed bands '<= 1.2' and '1.3 to 1.9' mg/dL, half-open for one-decimal reports."""
    assert apply_protocol("1.29 mg/dL", TRAUMA, egfr=60).band == "1.2 or less"
    assert apply_protocol("1.99 mg/dL", TRAUMA, egfr=60).band == "1.3 to 1.9"
    above = apply_protocol("2.0 mg/dL", TRAUMA, egfr=60)
    assert (above.band, above.regimens) == (None, ())


def test_trauma_scc_exclusions_give_the_printed_alternative() -> None:
    """'EXCLUSIONS: ... creatinine clearance <30mL/min, ... rhabdomyolysis, DKA ...'."""
    for level in ("1.0 mg/dL", "1.5 mg/dL"):
        renal = apply_protocol(level, TRAUMA, egfr=29.9)
        assert renal.regimens == ()
        assert renal.excluded == ("eGFR 29.9 < 30",)
        assert "excluded from this guideline" in renal.instead
        assert apply_protocol(level, TRAUMA, egfr=30).regimens
        dka = apply_protocol(level, TRAUMA, egfr=60, conditions=["DKA"])
        assert (dka.regimens, dka.excluded) == ((), ("condition: dka",))
        assert "Excluded from this guideline" in dka.instead
        rhabdo = apply_protocol(level, TRAUMA, egfr=60, conditions=["Rhabdomyolysis"])
        assert (rhabdo.regimens, rhabdo.excluded) == ((), ("condition: rhabdomyolysis",))


def test_hypermagnesaemia_gets_nothing_even_with_a_high_protocol() -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    data["upper"] = 5.0
    data.pop("upper_reference")
    data["band"][1]["upper"] = 5.0
    data["override"] = [{"law": "above-upper-limit", "reason": "test", "approver": "tests"}]
    protocol = load_protocol(data)
    result = apply_protocol("2 mmol/L", protocol, egfr=90)
    assert result.regimens == ()
    assert "hypermagnesaemia" in result.reason


# --- expected response ----------------------------------------------------------------------


def test_expected_rise_is_the_published_range_with_its_evidence() -> None:
    """0.15 mEq/L per g (JICM 2019, the rule tested) and 0.1 mg/dL per g (the lower rule)."""
    result = apply_protocol("0.4 mmol/L", "nhs-highland", egfr=60)
    response = result.expected_response
    assert response is not None
    assert response.per_gram_high_mmol_per_l == pytest.approx(0.075)
    assert response.per_gram_low_mmol_per_l == pytest.approx(0.1 / 2.4305)
    grams = result.regimens[0].dose_g
    assert response.rise_per_dose_high_mmol_per_l == pytest.approx(0.075 * grams)
    assert "never a promise" in response.uncertainty
    assert {s.key for s in response.sources} >= {"jicm-2019-mg-rule-of-thumb"}
    assert apply_protocol("0.6 mmol/L", "nhs-highland", egfr=60).expected_response is None


# --- validation: random protocols that break a law are refused -------------------------------


def _break(data: dict[str, Any], law: Law, band: int) -> str:
    """Make *data* break *law* in band *band* (0 or 1); return the band's label."""
    target = data["band"][band]
    if law is Law.GAP:
        target["lower" if band else "upper"] += 0.05 if band else -0.05
    elif law is Law.OVERLAP:
        target["lower" if band else "upper"] += -0.05 if band else 0.05
    elif law is Law.DOSE_LIMIT:
        target.pop("dose_mmol")
        target.update(route="IV", salt="magnesium sulfate heptahydrate", infusion_hours=24)
        target["dose_g"] = 31.0
    elif law is Law.RATE:
        target.pop("dose_mmol")
        target.update(route="IV", salt="magnesium sulfate heptahydrate", dose_g=2.0)
        target["infusion_hours"] = 0.1
    elif law is Law.RENAL_EXCLUSION:
        target.pop("egfr_below")
    elif law is Law.RECHECK:
        target["recheck"] = "  "
    elif law is Law.ABOVE_UPPER_LIMIT:
        data["upper_reference"] = target["upper"] - 0.01
    return str(target["label"])


@given(law=st.sampled_from(Law), band=st.integers(0, 1))
def test_a_protocol_that_breaks_a_law_is_refused_naming_band_and_law(law: Law, band: int) -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    label = _break(data, law, band)
    with pytest.raises(DefinitionError) as raised:
        load_protocol(data)
    message = str(raised.value)
    assert f"law '{law.value}'" in message
    assert "'example-ward-scale'" in message
    lines = check_protocol(data)
    assert any(f"law '{law.value}'" in line for line in lines)
    assert any(f"band {label!r}" in line or law in {Law.GAP, Law.OVERLAP} for line in lines)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@given(law=st.sampled_from(Law), band=st.integers(0, 1))
def test_an_override_loads_the_protocol_logs_and_shows_in_every_result(law: Law, band: int) -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    _break(data, law, band)
    override = Override(law=law, reason="local policy", approver="D&T committee")
    logger = logging.getLogger("magnesium.protocols")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        protocol = load_protocol(data, overrides=[override])
    finally:
        logger.removeHandler(handler)
    assert any("overridden" in record.getMessage() for record in handler.records)
    assert protocol.overrides == (override,)
    for level in ("0.3 mmol/L", "0.6 mmol/L", "0.9 mmol/L"):
        result = apply_protocol(level, protocol, egfr=60)
        assert result.overrides == (override,)
        assert any(f"overrides the law '{law.value}'" in w for w in result.warnings)


def test_an_override_written_in_the_file_is_read() -> None:
    text = TEMPLATE.read_text().replace('recheck = "Check magnesium daily', 'note = "x', 1)
    assert check_protocol(text)  # the unknown key
    data = copy.deepcopy(TEMPLATE_DATA)
    data["band"][1]["recheck"] = ""
    data["override"] = [
        {"law": "recheck", "band": "0.5 to 0.7", "reason": "routine bloods", "approver": "D&T"}
    ]
    assert load_protocol(data).overrides[0].band == "0.5 to 0.7"
    data["override"][0]["band"] = "less than 0.5"  # an override of another band does not cover
    with pytest.raises(DefinitionError, match="recheck"):
        load_protocol(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("population"), "population"),
        (lambda d: d.update(population="cats"), "population"),
        (lambda d: d.pop("local"), "no source"),
        (lambda d: d.update(source="no-such-source"), "either a source or"),
        (lambda d: (d.pop("local"), d.update(source="no-such-source")), "no-such-source"),
        (lambda d: d.update(band=[]), "band"),
        (lambda d: d["band"][0].update(dose_g=4.0), "exactly one of"),
        (lambda d: d["band"][0].update(route="rectal"), "rectal"),
        (lambda d: d["band"][0].update(salt="unobtanium"), "unobtanium"),
        (lambda d: d.update(unit="furlongs"), "furlongs"),
        (lambda d: d.update(format=2), "format"),
        (lambda d: d["band"][0].update(lower=-1.0), "plausible serum magnesium level"),
        (lambda d: d.update(exec="import os"), "unknown key 'exec'"),
        (lambda d: d.update(override=[{"law": "speed", "reason": "r", "approver": "a"}]), "law"),
        (lambda d: d.update(override=[{"law": "gap", "reason": " ", "approver": "a"}]), "reason"),
    ],
)
def test_a_malformed_protocol_is_a_definition_error(change: Any, message: str) -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    change(data)
    with pytest.raises(DefinitionError, match=message):
        load_protocol(data)
    (line,) = check_protocol(data)
    assert message in line


def test_a_per_kg_dose_needs_a_cap_and_a_weight() -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    band = data["band"][0]
    band.pop("dose_mmol")
    band["dose_mg_per_kg"] = 50.0
    assert any("needs a cap" in line for line in check_protocol(data))
    band["dose_mg_per_kg"] = 300.0
    band["max_dose_g"] = 2.0
    assert any("250 mg/kg" in line for line in check_protocol(data))
    band["dose_mg_per_kg"] = 25.0
    protocol = load_protocol(data)
    with pytest.raises(mg.errors.InputError, match="weight_kg"):
        apply_protocol("0.3 mmol/L", protocol, egfr=60)
    assert apply_protocol("0.3 mmol/L", protocol, egfr=60, weight_kg=20).regimens[0].dose_g == 0.5
    assert apply_protocol("0.3 mmol/L", protocol, egfr=60, weight_kg=150).regimens[0].dose_g == 2.0


# --- reading: data only, size cap, round trips -----------------------------------------------


def test_the_template_loads_and_the_refused_examples_are_refused() -> None:
    assert load_protocol(TEMPLATE).name == "example-ward-scale"
    assert load_protocol(TEMPLATE).local == (
        "local, approved by Drugs and Therapeutics Committee, version 1.0, date 2026-11-30"
    )
    galway, vanderbilt = (check_protocol(path) for path in REFUSED)
    assert len(galway) == 6
    assert all("galway-asymptomatic" in line for line in galway)
    assert any("law 'gap': levels 1.5 to 1.6 mg/dL are in no band" in line for line in vanderbilt)


def test_a_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text("# x\n" * (MAX_PROTOCOL_BYTES // 4 + 1))
    with pytest.raises(DefinitionError, match=f"at most {MAX_PROTOCOL_BYTES} bytes"):
        load_protocol(big)
    with pytest.raises(DefinitionError, match="bytes"):
        load_protocol(big.read_text())


def test_nothing_in_a_file_is_executed(tmp_path: Path) -> None:
    code = tmp_path / "evil.toml"
    code.write_text("import os\nos.system('echo pwned')\n")
    with pytest.raises(DefinitionError, match="not TOML"):
        load_protocol(code)
    data = copy.deepcopy(TEMPLATE_DATA)
    data["title"] = "__import__('os').system('echo pwned')"
    assert load_protocol(data).title == data["title"]  # text stays text
    with pytest.raises(DefinitionError, match="object"):
        load_protocol({**TEMPLATE_DATA, "title": object()})
    with pytest.raises(DefinitionError, match="cannot be read"):
        load_protocol(tmp_path / "missing.toml")
    with pytest.raises(ArgumentTypeError):
        load_protocol(42)  # type: ignore[arg-type]


def test_a_loaded_protocol_round_trips_through_its_dict_form() -> None:
    for protocol in (*PROTOCOLS.values(), load_protocol(TEMPLATE)):
        again = load_protocol(json.loads(json.dumps(protocol_dict(protocol))))
        assert attrs.evolve(again, origin=protocol.origin) == protocol
        assert serialize.from_json(serialize.to_json(protocol)) == protocol


def test_unknown_protocol_name() -> None:
    with pytest.raises(UnknownEntryError):
        apply_protocol("0.4 mmol/L", "no-such-protocol")


# --- command line -----------------------------------------------------------------------------


def test_cli_check_exits_1_with_one_line_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["protocol", "check", str(REFUSED[1])]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"magnesium: error: {p}" for p in check_protocol(REFUSED[1])]
    assert len(err.splitlines()) == 7
    assert cli.main(["protocol", "check", str(TEMPLATE)]) == 0
    assert capsys.readouterr().out.strip().endswith(": valid")
    assert cli.main(["protocol", "check", str(REFUSED[0]), "--json"]) == 1
    error = json.loads(capsys.readouterr().err)
    assert len(error["problems"]) == 6


def test_cli_apply_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["protocol", "apply", "--protocol", "nhs-highland", "0.4", "mmol/L", "--egfr", "20"]
    assert cli.main(["protocol", "apply", "0.4 mmol/L", "--protocol", "nhs-highland"]) == 0
    assert "band 'less than 0.5'" in capsys.readouterr().out
    assert cli.main(argv) == 0
    assert "excluded: eGFR 20 < 30" in capsys.readouterr().out
    assert cli.main([*argv, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    result = serialize.from_dict(answer["result"], protocols.ProtocolResult)
    assert result.regimens == ()
    assert cli.main(["protocol", "apply", "--protocol", str(TEMPLATE), "0.3 mmol/L"]) == 0
    assert "example-ward-scale" in capsys.readouterr().out
    assert cli.main(["protocol", "list"]) == 0
    assert "nhs-highland" in capsys.readouterr().out
    assert cli.main(["protocol", "apply", "--protocol", str(REFUSED[0]), "0.3 mmol/L"]) == 1


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@given(
    where=st.sampled_from(("top", "band")),
    key=st.sampled_from(sorted({*TEMPLATE_DATA, *TEMPLATE_DATA["band"][0], "extra"})),
    value=_JUNK,
)
def test_a_protocol_with_any_junk_value_loads_or_is_refused_by_a_magnesium_error(
    where: str, key: str, value: object
) -> None:
    data = copy.deepcopy(TEMPLATE_DATA)
    target = data if where == "top" else data["band"][0]
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value
    try:
        protocol = load_protocol(data)
    except mg.MagnesiumError:
        assert check_protocol(data)
        return
    assert check_protocol(data) == ()
    for level in ("0.3 mmol/L", "0.6 mmol/L"):
        result = apply_protocol(level, protocol, egfr=60, weight_kg=70)
        assert all(math.isfinite(regimen.dose_g) for regimen in result.regimens)
