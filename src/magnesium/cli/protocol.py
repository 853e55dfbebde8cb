"""The `magnesium protocol` command: list, check and apply replacement protocols.

``magnesium protocol list``, ``magnesium protocol check FILE`` (one line per problem and
exit status 1 when the protocol breaks a law, 0 when it is valid) and ``magnesium protocol
apply --protocol NAME|FILE LEVEL [--egfr N --weight KG --condition TEXT]``; each with
``--json``.

Examples:
    >>> from magnesium.cli import main
    >>> main(["protocol", "list"])
    nhs-highland: NHS Highland: hypomagnesaemia in adults (magnesium deficiency only) [mmol/L]
    trauma-scc-icu: Division of Trauma and Surgical Critical Care: magnesium replacement [mg/dL]
    0
    >>> main(["protocol", "check", "docs/protocol-template.toml"])
    docs/protocol-template.toml: valid
    0
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Final, TextIO

from magnesium import display, protocols
from magnesium._answer import answer_json
from magnesium.cli import _errors as _cli_errors
from magnesium.cli._input import float_arg
from magnesium.errors import InputError

_SHOWN: Final = 12
"""The most problems printed one per line; the rest are counted."""


class ProtocolCheckFailedError(Exception):
    """Raised by ``check`` for a protocol with problems: the command exits 1."""

    def __init__(self, file: str, problems: tuple[str, ...]) -> None:
        super().__init__(file, problems)
        self.file = file
        self.problems = problems


def report(error: ProtocolCheckFailedError, *, as_json: bool) -> int:
    """Print the problems on standard error, one line each (or one JSON object); 1.

    Examples:
        >>> import contextlib, io
        >>> err = io.StringIO()
        >>> failed = ProtocolCheckFailedError("f.toml", ("f.toml: a", "f.toml: b"))
        >>> with contextlib.redirect_stderr(err):
        ...     report(failed, as_json=False)
        1
        >>> err.getvalue().splitlines()
        ['magnesium: error: f.toml: a', 'magnesium: error: f.toml: b']
    """
    lines = [_cli_errors.elide(_cli_errors.one_line(line), keep=170) for line in error.problems]
    shown = lines[:_SHOWN]
    if len(lines) > _SHOWN:
        shown.append(f"{error.file}: and {len(lines) - _SHOWN} more problems")
    if as_json:  # the usual error object, and the problems themselves
        payload = {
            "error": f"{error.file}: {len(lines)} problems",
            "type": "ProtocolCheckError",
            "hint": "Fix each problem listed, or state an override for a law your policy breaks.",
            "value": _cli_errors.elide(error.file, keep=120),
            "expected": "a protocol that keeps every safety law",
            "problems": shown,
        }
        _cli_errors.say(json.dumps(payload, ensure_ascii=True))
    else:
        for line in shown:
            _cli_errors.say(f"magnesium: error: {line}")
    return 1


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``protocol`` command to *commands*."""
    parser = commands.add_parser(
        "protocol",
        help="institutional replacement protocols: list, check FILE, apply LEVEL",
        description="list: the shipped protocols; check FILE: the safety laws (exit 1 on a "
        "problem); apply --protocol NAME|FILE LEVEL: what the protocol gives.",
    )
    parser.add_argument("action", choices=("list", "check", "apply"), help="what to do")
    parser.add_argument("words", nargs="*", help="check: the file; apply: the serum result")
    parser.add_argument(
        "--protocol",
        nargs="+",
        default=None,
        metavar="NAME",
        help="apply: a shipped protocol or a file, optionally followed by the serum result",
    )
    parser.add_argument("--egfr", type=float_arg, default=None, help="eGFR in mL/min/1.73 m2")
    parser.add_argument("--weight", type=float_arg, default=None, help="body weight in kg")
    parser.add_argument(
        "--condition", action="append", default=[], help="a concurrent condition (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_protocol)


def _protocol(args: argparse.Namespace, out: TextIO) -> None:
    if args.action == "list":
        _expect(args.words, 0, "no further words after 'list'")
        _list(args, out)
    elif args.action == "check":
        _expect(args.words, 1, "one protocol file after 'check'")
        _check(args.words[0], out, as_json=args.json)
    else:
        _apply(args, out)


def _expect(words: list[str], count: int, expected: str) -> None:
    if len(words) != count:
        raise InputError(" ".join(words), "arguments", expected, "See magnesium protocol -h.")


def _list(args: argparse.Namespace, out: TextIO) -> None:
    items = tuple(protocols.PROTOCOLS.values())
    if args.json:
        print(answer_json(items), file=out)
        return
    print(display.listing(items), file=out)


def _check(file: str, out: TextIO, *, as_json: bool) -> None:
    problems = protocols.check_protocol(Path(file))
    if problems:
        raise ProtocolCheckFailedError(file, problems)
    if as_json:  # the protocol as loaded: valid, with its bands and sources
        print(answer_json(protocols.load_protocol(Path(file))), file=out)
    else:
        print(display.valid_protocol(file), file=out)


def _apply(args: argparse.Namespace, out: TextIO) -> None:
    name, *level = args.protocol or [None]
    words = [*level, *args.words]
    if name is None or not words:
        raise InputError(
            " ".join(args.words),
            "arguments",
            "--protocol NAME|FILE and a serum result",
            "e.g. magnesium protocol apply --protocol nhs-highland 0.4 mmol/L",
        )
    chosen = name if name in protocols.PROTOCOLS else protocols.load_protocol(Path(name))
    result = protocols.apply_protocol(
        " ".join(words),
        chosen,
        egfr=args.egfr,
        weight_kg=args.weight,
        conditions=args.condition,
    )
    if args.json:
        print(answer_json(result), file=out)
    else:
        print(display.text(result), file=out)
