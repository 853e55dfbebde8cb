"""The `magnesium protocol` command: list, check and apply replacement protocols.

``magnesium protocol check FILE`` prints one line per problem and exits 1 when the
protocol breaks a law (0 when it is valid); ``apply`` and ``list`` follow the other
commands (text, or JSON with ``--json``).

Examples:
    >>> from magnesium.cli import main
    >>> main(["protocol", "list"])
    nhs-highland: NHS Highland: hypomagnesaemia in adults (magnesium deficiency only) [mmol/L]
    0
    >>> main(["protocol", "check", "docs/protocol-template.toml"])
    docs/protocol-template.toml: valid
    0
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from magnesium import display, protocols, serialize
from magnesium._cli_input import float_arg
from magnesium._cli_json import dumps


class ProtocolCheckFailedError(Exception):
    """Raised by ``check`` after printing the problems: the command exits 1."""


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``protocol`` command and its sub-commands to *commands*."""
    parser = commands.add_parser("protocol", help="institutional replacement protocols")
    actions = parser.add_subparsers(dest="protocol_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list the shipped protocols")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)
    check = actions.add_parser("check", help="check a protocol file against the safety laws")
    check.add_argument("file", help="a protocol TOML file")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=_check)
    apply = actions.add_parser("apply", help="apply a protocol to a serum level")
    apply.add_argument("--protocol", required=True, help="a shipped protocol's name or a file")
    apply.add_argument("result", nargs="+", help='the serum result, e.g. "0.4 mmol/L"')
    apply.add_argument("--egfr", type=float_arg, default=None, help="eGFR in mL/min/1.73 m2")
    apply.add_argument("--weight", type=float_arg, default=None, help="body weight in kg")
    apply.add_argument("--condition", action="append", default=[], help="a concurrent condition")
    apply.add_argument("--json", action="store_true", help="print JSON")
    apply.set_defaults(handler=_apply)


def _list(args: argparse.Namespace, out: TextIO) -> None:
    items = list(protocols.PROTOCOLS.values())
    if args.json:
        print(dumps([protocols.protocol_dict(item) for item in items]), file=out)
        return
    for item in items:
        print(f"{item.name}: {item.title} [{item.unit}]", file=out)


def _check(args: argparse.Namespace, out: TextIO) -> None:
    problems = protocols.check_protocol(Path(args.file))
    if args.json:
        print(
            dumps({"file": args.file, "valid": not problems, "problems": list(problems)}), file=out
        )
    elif problems:
        for line in problems:
            print(line, file=out)
    else:
        print(f"{args.file}: valid", file=out)
    if problems:
        raise ProtocolCheckFailedError(args.file)


def _apply(args: argparse.Namespace, out: TextIO) -> None:
    name = args.protocol
    chosen = name if name in protocols.PROTOCOLS else protocols.load_protocol(Path(name))
    result = protocols.apply_protocol(
        " ".join(args.result),
        chosen,
        egfr=args.egfr,
        weight_kg=args.weight,
        conditions=args.condition,
    )
    if args.json:
        print(serialize.to_json(result), file=out)
    else:
        print(display.text(result), file=out)
