"""The command-line reference page, generated from the ``magnesium`` command's parser.

Every sub-command the parser has, with its usage, each argument and option, its default and
an example run when the documentation is built, so the page cannot drift from the code: a
command added to the parser appears here without an edit.

Examples:
    >>> from _gen import cli as _docs_cli
    >>> [" ".join(path) for path, _, _ in _docs_cli.commands()][:3]
    ['magnesium convert', 'magnesium classify', 'magnesium sets']
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final

from _gen import base as _docs

__all__ = ["EXAMPLES", "argument_name", "commands", "default_text", "reference"]

_USAGE_WIDTH: Final = 88
"""The width of the usage lines, fixed so that the page does not depend on a terminal."""

EXAMPLES: Final[Mapping[str, tuple[tuple[str, ...], ...]]] = MappingProxyType(
    {
        "convert": (("convert", "1.8", "mg/dL", "--to", "mmol/L"),),
        "classify": (
            ("classify", "1.4 mg/dL", "--set", "ctcae-v5"),
            ("classify", "0.35", "mmol/L", "--critical", "homerton"),
            ("classify", "<0.5 mmol/L", "--set", "ctcae-v5"),
        ),
        "sets": (("sets",),),
        "rda": (("rda", "--age", "30", "--sex", "female", "--pregnant"),),
        "intake": (
            ("intake", "--total", "250", "--supplemental", "100", "--age", "30", "--sex", "male"),
        ),
        "nrv": (("nrv", "--amount", "75"),),
        "causes": (("causes", "--drug", "omeprazole", "--drug", "Lasix"),),
        "femg": (
            (
                "femg",
                "--urine-mg",
                "2.0",
                "--plasma-mg",
                "0.5",
                "--urine-creatinine",
                "8000",
                "--plasma-creatinine",
                "80",
            ),
        ),
        "salts": (("salts",),),
        "dose": (("dose", "2", "g", "Epsom salt"),),
        "plan": (("plan", "1.0 mg/dL", "--symptomatic", "--egfr", "25"),),
        "critical-limits": (("critical-limits",),),
        "hypermagnesemia": (("hypermagnesemia", "6", "mEq/L"),),
    }
)
"""Example command lines by sub-command, run when the page is built; a new sub-command
without one is still listed with its usage and options."""


def commands(
    parser: argparse.ArgumentParser | None = None, path: tuple[str, ...] = ("magnesium",)
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser, str]]:
    """Every sub-command of *parser* (the ``magnesium`` command's by default), depth first.

    Returns:
        ``(path, parser, help)`` for each, where *path* is the command line that names it.

    Examples:
        >>> path, sub, summary = commands()[0]
        >>> path, summary
        (('magnesium', 'convert'), 'convert a value between units')
    """
    if parser is None:
        from magnesium import cli  # noqa: PLC0415 (argparse only where the CLI is shown)

        parser = cli._parser()  # noqa: SLF001 (the one parser the command uses)
    found: list[tuple[tuple[str, ...], argparse.ArgumentParser, str]] = []
    for action in parser._actions:  # noqa: SLF001 (argparse has no public walk)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            summaries = {
                choice.dest: choice.help or ""
                for choice in action._choices_actions  # noqa: SLF001
            }
            for name, sub in action.choices.items():
                if name not in summaries:  # an alias (a deprecated spelling): shown once
                    continue
                found.append(((*path, name), sub, summaries.get(name, "")))
                found += commands(sub, (*path, name))
    return found


def _arguments(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:  # noqa: SLF001
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction):  # noqa: SLF001
            yield action


def argument_name(action: argparse.Action) -> str:
    """How an argument is written on the command line: ``--to TARGET``, ``result [result ...]``.

    Examples:
        >>> parser = argparse.ArgumentParser()
        >>> argument_name(parser.add_argument("--age", metavar="YEARS"))
        '--age YEARS'
        >>> argument_name(parser.add_argument("result", nargs="+"))
        'result [result ...]'
        >>> argument_name(parser.add_argument("unit", choices=("g", "mg")))
        'unit'
    """
    formatter = argparse.HelpFormatter("magnesium")
    if not action.option_strings:  # by name; the meaning lists any choices
        named = copy.copy(action)
        named.choices = None
        return formatter._format_args(named, action.dest)  # noqa: SLF001
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    value = formatter._format_args(action, action.dest.upper())  # noqa: SLF001
    return ", ".join(f"{option} {value}" for option in action.option_strings)


def default_text(action: argparse.Action) -> str:
    """The default of an argument as the page shows it: required, off, none or the value.

    Examples:
        >>> parser = argparse.ArgumentParser()
        >>> default_text(parser.add_argument("--json", action="store_true"))
        'off'
        >>> default_text(parser.add_argument("--supplemental", default=0))
        '`0`'
        >>> default_text(parser.add_argument("--drug", action="append"))
        'none'
    """
    if action.required:
        return "required"
    if action.nargs == 0 and action.default is False:
        return "off"
    if action.default in (None, [], argparse.SUPPRESS):
        return "none"
    return f"`{action.default}`"


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%" in text:  # argparse's own expansion: %(default)s, %(prog)s, %%
        text %= {**vars(action), "prog": prog}
    text = _docs._md(text)  # noqa: SLF001 (the generators share one escaper)
    if action.choices is not None:
        text += f" (one of: {', '.join(f'`{choice}`' for choice in action.choices)})"
    if isinstance(action, argparse._AppendAction) and "repeatable" not in text:  # noqa: SLF001
        text += " (repeatable)"
    return text


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=_USAGE_WIDTH)
    formatter.add_usage(
        parser.usage,
        parser._actions,  # noqa: SLF001
        parser._mutually_exclusive_groups,  # noqa: SLF001
    )
    return formatter.format_help().strip()


def _section(path: tuple[str, ...], parser: argparse.ArgumentParser, summary: str) -> str:
    anchor = "command-" + "-".join(path[1:])
    lines = [f"### `{' '.join(path)}` {{#{anchor}}}", "", _docs._md(summary)]  # noqa: SLF001
    if parser.description:
        lines += ["", _docs._md(parser.description)]  # noqa: SLF001
    lines += ["", "```text", _usage(parser), "```", ""]
    rows = [
        f"| `{argument_name(action)}` | {default_text(action)} | {_help(action, parser.prog)} |"
        for action in _arguments(parser)
    ]
    if rows:
        lines += ["| Argument | Default | Meaning |", "| --- | --- | --- |", *rows, ""]
    examples = EXAMPLES.get(" ".join(path[1:]), ())
    lines += [_docs.cli_example(*example) for example in examples]
    return "\n".join(lines).rstrip("\n") + "\n"


def reference() -> str:
    """Return the Markdown reference of every sub-command, in the parser's order.

    Examples:
        >>> page = reference()
        >>> "### `magnesium convert` {#command-convert}" in page
        True
        >>> "| `--to TARGET` | required |" in page
        True
    """
    return "\n".join(_section(*command) for command in commands())
