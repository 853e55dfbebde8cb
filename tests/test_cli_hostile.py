"""The command line with hostile input: never a traceback, bounded errors, strict JSON.

The sub-commands and their options are read from the parser, so a new sub-command is
fuzzed without a change here; `GOOD` must name a working call of every sub-command.
The property tests call ``cli._main``, which lets an unexpected exception (a bug) raise,
where ``cli.main`` would turn it into exit status 70.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from magnesium import cli, salts
from magnesium.cli import _errors as _cli_errors
from magnesium.errors import ImplausibleValueError
from tests import answers

MAX_STDERR = 5_000
"""No error output may be longer, whatever the size of the input (usage and one line)."""
EXAMPLES = max(15, settings().max_examples * 2 // 5)
"""Examples per sub-command: 40 under Hypothesis' default and CI profiles; more if thorough."""
HUGE = "9" * 100_000
"""A huge argument (Linux refuses a single argument above 128 KiB)."""

GOOD: dict[str, list[str]] = {
    "convert": ["convert", "1.8", "mg/dL", "--to", "mmol/L"],
    "classify": ["classify", "1.4 mg/dL"],
    "sets": ["sets"],
    "rda": ["rda", "--age", "30", "--sex", "female"],
    "intake": ["intake", "--total", "250", "--age", "40", "--sex", "male"],
    "causes": ["causes", "--drug", "omeprazole"],
    "femg": [
        "femg",
        *("--urine-mg", "2.0", "--plasma-mg", "0.5"),
        *("--urine-creatinine", "8000", "--plasma-creatinine", "80"),
    ],
    "salts": ["salts"],
    "dose": ["dose", "2", "g", "magnesium sulfate heptahydrate"],
    "plan": ["plan", "1.0 mg/dL", "--weight", "70", "--egfr", "90"],
    "protocol": ["protocol", "apply", "--protocol", "nhs-highland", "0.4 mmol/L", "--egfr", "60"],
    "nrv": ["nrv", "--amount", "100"],
    "critical-limits": ["critical-limits"],
    "hypermagnesemia": ["hypermagnesemia", "5 mEq/L"],
    "hypermagnesaemia": ["hypermagnesaemia", "5 mEq/L"],  # the deprecated alias
    "analyte": ["analyte", "rbc", "4.5", "mg/dL", "--interval", "quest"],
    "prescribing-facts": ["prescribing-facts"],
    "mcp": ["mcp", "--check"],
}
"""A working call of every sub-command."""


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


SUBCOMMANDS = _subcommands()

JUNK = st.sampled_from(
    (
        "",
        " ",
        "nan",
        "NaN",
        "sNaN",
        "-inf",
        "Infinity",
        "1e-999999999",
        "1e999999999",
        "1e308",
        "1e99",
        "-1e99",
        "1e-99",
        "9" * 40,
        "1e99 mmol/L",
        "-0",
        "0",
        "1_000",
        "\u0661\u0662",  # Arabic-Indic digits
        "\uff11",  # a fullwidth one
        "1 (",
        "1 @",
        "1 mg/(0)",
        "1 9.9^999",
        "1 9^9^9^9",
        "2 mmol/L",
        "0.5 mmol/L",
        "8000 umol/L",
        "1.4 mg/dL",
        "< 0.5 mmol/L",
        "\n",
        "\x00",
        "\x1b[31m",
        "\udcff",
        "\u202e",
        "--json",
        "--",
        "-1",
        HUGE,
        HUGE + " mg/dL",
        "x" * 100_000,
    )
)
GOOD_WORDS = st.sampled_from(
    (
        "30",
        "2",
        "0.5",
        "8",
        "male",
        "female",
        "IOM",
        "EFSA",
        "omeprazole",
        "magnesium oxide",
        "genetic",
        "mg/dL",
        "mmol/L",
        "iom-1997",
        "almonds=2",
    )
)
TEXT = st.text(st.characters(codec=None, exclude_characters="\x00"), max_size=30)
NUMBERS = st.one_of(st.floats().map(repr), st.integers().map(str), st.decimals().map(str))
VALUES = st.one_of(JUNK, GOOD_WORDS, GOOD_WORDS, TEXT, NUMBERS)


def _good_values(name: str, action: argparse.Action) -> list[str]:
    """The values `GOOD` gives *action* of sub-command *name* (to reach past argparse)."""
    parsed = vars(SUBCOMMANDS[name].parse_args(GOOD[name][1:])) if name in GOOD else {}
    given = parsed.get(action.dest)
    good = [str(v) for v in (given if isinstance(given, list) else [given]) if v is not None]
    good = [] if action.nargs == 0 else good
    return good + sorted(map(str, action.choices or ()))


@st.composite
def command_lines(draw: st.DrawFn, name: str) -> list[str]:
    """A command line of sub-command *name*: its arguments in any mix of junk and sense."""
    argv = [name]
    for action in SUBCOMMANDS[name]._actions:
        good = _good_values(name, action)
        values = st.one_of(st.sampled_from(good), st.sampled_from(good), VALUES) if good else VALUES
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional: the good words of GOOD, or junk
            count = 2 if action.nargs in ("+", "*") and draw(st.booleans()) else 1
            argv += draw(st.lists(values, min_size=count, max_size=count))
        elif action.required or draw(st.booleans()):
            argv.append(draw(st.sampled_from(action.option_strings)))
            if action.nargs != 0:
                argv.append(draw(values))
    if draw(st.integers(0, 7)) == 5:
        argv.insert(draw(st.integers(1, len(argv))), draw(VALUES))
    return argv


def _wants_json(argv: list[str]) -> bool:
    """``--json`` or an abbreviation argparse would accept (``--js``), anywhere."""
    flags = (arg.split("=", 1)[0] for arg in argv)
    return any(len(flag) > 2 and "--json".startswith(flag) for flag in flags)


def _no_constant(text: str) -> object:
    raise AssertionError(f"JSON constant {text} in the output")


def run_inside(argv: list[str]) -> tuple[int, str, str]:
    """Run the command in this process; a bug raises here and fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli._main(argv)
    return code, out.getvalue(), err.getvalue()


def check_laws(argv: list[str], code: int, out: str, err: str) -> None:
    """The laws every run obeys, whatever its arguments."""
    assert code in {0, 1, 2}, (code, err)
    assert "Traceback" not in err
    assert len(err) <= MAX_STDERR
    if code == 0:
        assert err == ""
        if _wants_json(argv):
            json.loads(out, parse_constant=_no_constant)
        else:
            assert re.search(r"\b(?:nan|inf)(?: mg| mmol| mEq|%)", out, re.IGNORECASE) is None
    else:
        assert out == ""
        if _wants_json(argv):
            error = json.loads(err, parse_constant=_no_constant)
            usual = {"error", "type", "hint", "value", "expected"}
            # a failed protocol check lists its problems too (one line each in text)
            assert set(error) - {"problems"} == usual
            assert "problems" not in error or error["type"] == "ProtocolCheckError"
            assert err.count("\n") == 1
        else:
            assert err.splitlines()[-1].startswith(("magnesium: error: ", "magnesium"))


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_subcommand_survives_junk(name: str, data: st.DataObject) -> None:
    argv = data.draw(command_lines(name))
    code, out, err = run_inside(argv)
    check_laws(argv, code, out, err)


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
@settings(max_examples=EXAMPLES // 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_subcommand_speaks_json_when_asked(name: str, data: st.DataObject) -> None:
    argv = [*data.draw(command_lines(name)), "--json"]
    code, out, err = run_inside(argv)
    check_laws(argv, code, out, err)


def test_every_subcommand_has_a_working_example_and_json() -> None:
    assert set(GOOD) == set(SUBCOMMANDS), "add a working call of the new sub-command to GOOD"
    for name, argv in GOOD.items():
        options = {s for a in SUBCOMMANDS[name]._actions for s in a.option_strings}
        assert "--json" in options, name
        code, out, err = run_inside([*argv, "--json"])
        assert (code, err) == (0, ""), name
        json.loads(out, parse_constant=_no_constant)
        shapes = answers.answer(out)["result"]  # one answer; every shape its schema accepts
        for shape in shapes if isinstance(shapes, list) else [shapes]:
            if name != "mcp":  # `mcp --check` lists the tools' names
                answers.valid_shape(shape)


@given(argv=st.lists(VALUES, max_size=4))
@settings(max_examples=EXAMPLES, deadline=None)
@example(argv=["--json"])
@example(argv=["bogus", "--json"])
@example(argv=[HUGE])
def test_junk_without_a_subcommand(argv: list[str]) -> None:
    code, out, err = run_inside(argv)
    check_laws(argv, code, out, err)


# --- the cases named in the issue -----------------------------------------------------------------

FEMG_REST = ["--plasma-mg", "0.5 mmol/L", "--urine-creatinine", "8 mmol/L"]


@pytest.mark.parametrize("unit", ["1 (", "1 @", "1 mg/(0)", "1 9.9^999", "1 9^9^9^9"])
def test_femg_unit_junk_is_a_unit_error(unit: str) -> None:
    argv = ["femg", "--urine-mg", unit, *FEMG_REST, "--plasma-creatinine", "80 umol/L"]
    code, out, err = run_inside(argv)
    assert (code, out) == (1, "")
    assert f"{unit[2:]!r} is not an accepted unit of urine magnesium" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["rda", "--age", "sNaN", "--sex", "male"],
        ["rda", "--age", "1e-999999999", "--sex", "male"],
        ["intake", "--total", "sNaN"],
        ["intake", "--total", "1e-99999999", "--age", "30", "--sex", "male"],
        ["plan", "1.0 mg/dL", "--egfr", "nan"],
        ["plan", "1.0 mg/dL", "--weight", "inf"],
    ],
)
def test_numbers_the_command_does_not_read_are_usage_errors(argv: list[str]) -> None:
    code, out, err = run_inside(argv)
    assert (code, out) == (2, "")
    assert "not a number" in err


@pytest.mark.parametrize("amount", ["1e308", "nan", "inf", "\u0661", "1_0"])
def test_dose_never_prints_inf_or_nan(amount: str) -> None:
    code, out, err = run_inside(["dose", amount, "g", "magnesium oxide"])
    assert (code, out) == (1, "")
    assert "is not a usable amount" in err


def test_a_huge_argument_is_elided_in_the_error() -> None:
    code, _, err = run_inside(["classify", HUGE])
    assert code == 1
    assert len(err) < 500
    assert "... (100000 characters)" in err  # the library clips the value it shows


def test_json_error_shape() -> None:
    code, out, err = run_inside(["dose", "1", "g", "magnesium citrate", "--json"])
    assert (code, out) == (1, "")
    error = json.loads(err)
    assert error["type"] == "AmbiguousSaltError"
    assert error["value"] == "magnesium citrate"
    assert "trimagnesium dicitrate anhydrous" in error["expected"]
    assert error["error"].startswith("'magnesium citrate' names more than one salt form")


def test_json_usage_error_shape() -> None:
    code, _, err = run_inside(["--json", "dose", "1", "kg", "x"])
    assert code == 2
    error = json.loads(err)
    assert error["type"] == "UsageError"
    assert error["error"] == "argument unit: invalid choice: 'kg' (choose from 'g', 'mg', 'mL')"
    assert error["expected"].startswith("usage: magnesium dose")
    assert error["hint"] == "Run 'magnesium dose --help'."
    assert error["value"] is None


def test_an_internal_error_is_one_line_with_status_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_: Any) -> None:
        raise ZeroDivisionError

    monkeypatch.setattr(cli, "_run", broken)
    assert cli.main(["sets"]) == cli.EX_SOFTWARE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "magnesium: internal error (ZeroDivisionError); please report it with the command you ran\n"
    )
    assert cli.main(["sets", "--json"]) == cli.EX_SOFTWARE
    assert json.loads(capsys.readouterr().err)["type"] == "InternalError"
    with pytest.raises(ZeroDivisionError):  # the tests' entry point lets the bug raise
        cli._main(["sets"])


# --- the output stream ----------------------------------------------------------------------------

FULL = Path("/dev/full")
"""Linux's device on which every write fails with ENOSPC."""


def _run_process(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, **kwargs.pop("env", {})}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "magnesium", *args], env=env, check=False, **streams
    )


def test_a_closed_stdout_exits_74_with_one_line() -> None:
    command = f"{sys.executable} -m magnesium sets >&-"
    done = subprocess.run(  # noqa: S602 (a fixed command of our own)
        command, shell=True, capture_output=True, text=True, check=False
    )
    assert done.returncode == cli.EX_IOERR
    assert done.stderr == "magnesium: error: cannot write the output: standard output is closed\n"


@pytest.mark.skipif(not FULL.exists(), reason="needs a full device")
def test_a_full_device_exits_74_with_one_line() -> None:
    with FULL.open("w") as full:
        done = _run_process("salts", stdout=full)
    assert done.returncode == cli.EX_IOERR
    assert done.stderr == b"magnesium: error: cannot write the output: No space left on device\n"


def test_an_ascii_stdout_gets_escapes_not_an_error() -> None:
    done = _run_process("salts", env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert b"(MgSO4\\xb77H2O)" in done.stdout


def test_an_ascii_stdout_gets_help_too() -> None:
    done = _run_process("--help", env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"usage: magnesium")


def test_undecodable_arguments_are_escaped() -> None:
    done = _run_process("causes", "--drug", os.fsdecode(b"\xff"))
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == b"\\udcff -> not matched (medication); no close name is known\n"


def test_an_infinite_femg_is_refused() -> None:
    values = ["--urine-mg", "1e99", "--plasma-mg", "1e-99"]
    argv = ["femg", *values, "--urine-creatinine", "1e-99", "--plasma-creatinine", "1e99"]
    code, out, err = run_inside(argv)
    assert (code, out) == (1, "")
    assert "is not a plausible set of FEMg values" in err


def test_an_infinite_dose_from_the_library_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def overflowing(*_: object) -> salts.ElementalDose:
        return salts.ElementalDose(math.inf)  # what the library returned for 1e308 g

    monkeypatch.setattr(salts, "elemental_magnesium", overflowing)
    code, out, err = run_inside(["dose", "1", "g", "magnesium oxide"])
    assert (code, out) == (1, "")
    assert "inf is not a usable amount" in err


class _Failing(io.StringIO):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def flush(self) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (OSError(errno.EBADF, "Bad file descriptor"), "Bad file descriptor"),
        (ValueError("I/O operation on closed file."), "standard output is closed"),
    ],
)
def test_an_unwritable_stdout_is_one_line_with_status_74(
    monkeypatch: pytest.MonkeyPatch, error: Exception, message: str
) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", _Failing(error))
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["sets"]) == cli.EX_IOERR
    assert err.getvalue() == f"magnesium: error: cannot write the output: {message}\n"
    assert cli.main(["sets", "--json"]) == cli.EX_IOERR
    assert json.loads(err.getvalue().splitlines()[-1])["type"] == "OutputError"


def test_a_reader_that_left_gets_no_message(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", _Failing(BrokenPipeError()))
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["sets"]) == cli.EX_IOERR
    assert err.getvalue() == ""


def test_no_stdout_and_no_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["sets"]) == cli.EX_IOERR
    assert cli.main(["sets", "--version"]) == 2


def test_an_interrupt_is_one_line_with_status_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run", interrupted)
    assert cli.main(["sets"]) == 130
    assert capsys.readouterr().err == "magnesium: interrupted\n"


def test_a_value_python_cannot_print_still_gives_a_message() -> None:
    huge = 10**5000  # repr() refuses more than 4300 digits
    error = ImplausibleValueError(huge, "a plausible number", "Check it.")
    assert _cli_errors.message(error) == (
        "<an int of 16610 bits> is not a plausible serum magnesium value: "
        "expected a plausible number. Check it."
    )
    assert json.loads(_cli_errors.error_json(error))["value"] == "<int>"


def test_an_unusable_stderr_or_encoding_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", _Failing(OSError(errno.ENOSPC, "full")))
    _cli_errors.say("nowhere to go")  # no exception
    assert _cli_errors.encodable("µ", _Named("no-such-codec")) == "µ"


class _Named:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
