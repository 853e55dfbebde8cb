"""The ``magnesium`` command (also ``python -m magnesium``).

Examples:
    >>> main(["convert", "1.8", "mg/dL", "--to", "mmol/L"])
    1.8 mg/dL = 0.7406 mmol/L
    0
    >>> main(["classify", "1.4 mg/dL", "--set", "ctcae-v5"])
    1.4 mg/dL (0.576 mmol/L): LOW by ctcae-v5
      hypomagnesemia grade 1 (< LLN - 1.2 mg/dL; LLN 1.8)
      severity: mild, CTCAE grade 1 (cut-offs in mg/dL)
      set: NCI CTCAE v5.0 grades 1-4 of hypo- and hypermagnesemia (LLN/ULN from iom-1997)
      source: National Cancer Institute. Common Terminology Criteria for Adverse Events ...
      source: Institute of Medicine, Standing Committee on the Scientific Evaluation of ...
    0
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sys
from collections.abc import Sequence
from typing import Final, NoReturn, TextIO

import magnesium
from magnesium import (
    _cli_alerts,
    _cli_analytes,
    _cli_causes,
    _cli_errors,
    _cli_mcp,
    _cli_rda,
    _cli_repletion,
    display,
)
from magnesium._cli_json import dumps, source_dict
from magnesium.errors import MagnesiumError
from magnesium.serum import SerumMagnesium
from magnesium.thresholds import THRESHOLD_SETS, LevelClassification, classify, get_threshold_set
from magnesium.units import ACCEPTED_UNITS, canonical_unit

__all__ = ["main"]

EX_SOFTWARE: Final = 70
"""Exit status of an internal error (a bug), as in BSD's sysexits.h."""
EX_IOERR: Final = 74
"""Exit status when the output cannot be written, as in BSD's sysexits.h."""

_DISCLAIMER = (
    "magnesium models published guidance on serum magnesium; it is not a prescriber "
    "and not a substitute for clinical judgement."
)


class _UsageError(Exception):
    """An argparse usage error, raised instead of exiting so that `main` reports it."""

    def __init__(self, text: str, usage: str, prog: str) -> None:
        super().__init__(text)
        self.text = text
        self.usage = usage
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """An argument parser (and every sub-command's, by ``parser_class``) that raises."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message, self.format_usage(), self.prog)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="magnesium",
        description="Serum magnesium: convert units and classify levels against cited "
        "threshold sets.",
        epilog=_DISCLAIMER,
    )
    parser.add_argument("--version", action="version", version=magnesium.__version__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    units_help = "one of " + ", ".join(ACCEPTED_UNITS)

    to_unit = commands.add_parser("convert", help="convert a value between units")
    to_unit.add_argument("value", help="the number, e.g. 1.8")
    to_unit.add_argument("unit", help=units_help)
    to_unit.add_argument("--to", required=True, dest="target", help=units_help)
    to_unit.add_argument("--json", action="store_true", help="print JSON")

    grade = commands.add_parser("classify", help="classify a serum magnesium result")
    grade.add_argument("result", nargs="+", help='the result, e.g. "1.4 mg/dL" or 1.4 mg/dL')
    grade.add_argument(
        "--set",
        dest="threshold_set",
        default=None,
        help=f"a threshold set (default {magnesium.DEFAULT_THRESHOLD_SET}); see 'magnesium sets'",
    )
    grade.add_argument(
        "--critical",
        dest="critical_limits",
        default=None,
        help="a laboratory's critical limits (none by default); see 'magnesium critical-limits'",
    )
    grade.add_argument("--json", action="store_true", help="print JSON")

    listing = commands.add_parser("sets", help="list the threshold sets and their sources")
    listing.add_argument("--json", action="store_true", help="print JSON")

    for topic in (_cli_rda, _cli_causes, _cli_repletion, _cli_alerts, _cli_analytes, _cli_mcp):
        topic.register(commands)
    return parser


def _classification_dict(result: LevelClassification) -> dict[str, object]:
    level = result.level
    return {
        "value": level.value,
        "unit": level.unit,
        "mmol_per_l": level.mmol_per_l,
        "status": result.status.value,
        "severity": result.severity.value,
        "grade": result.grade,
        "label": result.label,
        "threshold_set": result.threshold_set.name,
        "unit_used": result.unit_used,
        "verified": result.threshold_set.verified,
        "verification": result.threshold_set.verification.value,
        "sources": [source_dict(source) for source in result.sources],
        **_cli_alerts.classification_extras(result),
    }


def _run(args: argparse.Namespace, out: TextIO) -> None:
    handler = getattr(args, "handler", None)
    if handler is not None:  # a command registered by a topic module (_cli_*.py)
        handler(args, out)
    elif args.command == "convert":
        level = SerumMagnesium.parse(f"{args.value} {args.unit}")
        target = canonical_unit(args.target)
        converted = level.in_unit(target)
        if args.json:
            payload = {
                "value": level.value,
                "unit": level.unit,
                "converted": converted,
                "to": target,
            }
            print(dumps(payload), file=out)
        else:
            print(f"{level.value!r} {level.unit} = {converted:.4g} {target}", file=out)
    elif args.command == "classify":
        result = classify(
            SerumMagnesium.parse(" ".join(args.result)),
            get_threshold_set(args.threshold_set),
            critical_limits=args.critical_limits,
        )
        if args.json:
            print(dumps(_classification_dict(result)), file=out)
        else:
            print(display.text(result), file=out)
    else:
        sets = list(THRESHOLD_SETS.values())
        if args.json:
            listing = [
                {
                    "name": item.name,
                    "title": item.title,
                    "population": item.population.value,
                    "units": list(item.units),
                    "default": item.name == magnesium.DEFAULT_THRESHOLD_SET,
                    "verified": item.verified,
                    "verification": item.verification.value,
                    "bands": {t.unit: [str(band) for band in t.bands] for t in item.cutoffs},
                    "sources": [source_dict(source) for source in item.sources],
                }
                for item in sets
            ]
            print(dumps(listing), file=out)
        else:
            for item in sets:
                flags = " (default)" if item.name == magnesium.DEFAULT_THRESHOLD_SET else ""
                flags += "" if item.verified else " (NOT VERIFIED)"
                print(f"{item.name}{flags}: {item.title}", file=out)


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether ``--json`` (or an abbreviation argparse accepts) is anywhere on the line."""
    return any(
        len(flag) > 2 and "--json".startswith(flag)
        for flag in (str(arg).split("=", 1)[0] for arg in argv)
    )


def _tolerant(stream: object) -> None:
    r"""Let *stream* print what its encoding cannot (as ``\xb7``), not raise."""
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """Point stdout at devnull so that the exit's own flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        pass


def _write_out(text: str) -> None:
    stdout = sys.stdout
    if stdout is None:  # started with stdout closed, e.g. `magnesium sets >&-`
        raise OSError(errno.EBADF, "standard output is closed")
    stdout.write(_cli_errors.encodable(text, stdout))
    stdout.flush()


def _emit(text: str, *, as_json: bool) -> int:
    """Write the command's output; 0, or 74 if standard output is closed or full."""
    try:
        _write_out(text)
    except (OSError, ValueError) as error:  # EPIPE, ENOSPC, EBADF; or a closed file object
        _silence_stdout()
        if not isinstance(error, BrokenPipeError):  # a reader that left on purpose
            reason = getattr(error, "strerror", None) or "standard output is closed"
            line = f"cannot write the output: {reason}"
            _cli_errors.say(
                _cli_errors.output_json(line) if as_json else f"magnesium: error: {line}"
            )
        return EX_IOERR
    return 0


def _report(error: MagnesiumError, *, as_json: bool) -> int:
    if as_json:
        _cli_errors.say(_cli_errors.error_json(error))
    else:
        _cli_errors.say(f"magnesium: error: {_cli_errors.message(error)}")
    return 1


def _report_usage(error: _UsageError, *, as_json: bool) -> int:
    text = _cli_errors.elide(_cli_errors.one_line(error.text))
    if as_json:
        _cli_errors.say(_cli_errors.usage_json(text, error.usage, error.prog))
    else:
        for line in error.usage.rstrip("\n").splitlines():
            _cli_errors.say(line)
        _cli_errors.say(f"{error.prog}: error: {text}")
    return 2


def _main(argv: Sequence[str] | None) -> int:
    """Run the command; a `MagnesiumError` or a usage error is reported, a bug raises.

    The tests call this function, so that an unexpected exception fails them.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    as_json = _wants_json(argv)
    _tolerant(sys.stdout)
    try:
        args = _parser().parse_args(argv)
    except _UsageError as error:
        return _report_usage(error, as_json=as_json)
    except SystemExit as done:  # --help and --version print, then exit
        status = _emit("", as_json=as_json)
        return status or (done.code if isinstance(done.code, int) else 0)
    out = io.StringIO()
    try:
        _run(args, out)
    except MagnesiumError as error:
        return _report(error, as_json=as_json)
    return _emit(out.getvalue(), as_json=as_json)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status; never show a traceback.

    Exit status: 0 done; 1 a value the library refuses (one ``magnesium: error:``
    line); 2 a usage error (argparse's usage and message); 70 an internal error
    (a bug: one line asking for a report); 74 the output could not be written
    (standard output closed or full). With ``--json`` anywhere on the command
    line, an error is one JSON object on standard error.

    Examples:
        >>> main(["convert", "-1", "mg/dL", "--to", "mmol/L"])
        1
        >>> main(["convert", "1.8"])
        2
    """
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        return _main(args)
    except KeyboardInterrupt:
        _cli_errors.say("magnesium: interrupted")
        return 130
    except Exception as error:  # noqa: BLE001 (a bug: one line for the user, not a traceback)
        if _wants_json(args):
            _cli_errors.say(_cli_errors.internal_json(error))
        else:
            _cli_errors.say(f"magnesium: {_cli_errors.internal(error)}")
        return EX_SOFTWARE
