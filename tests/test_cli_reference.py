"""The command-line reference page lists every sub-command and option the parser has."""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from pathlib import Path

import pytest

from _gen import cli as _docs_cli
from magnesium import cli

PAGE = Path(__file__).resolve().parents[1] / "docs" / "reference" / "cli.md"
HEADING = re.compile(r"^### `(magnesium[^`]*)` \{#command-[a-z0-9-]+\}$", re.MULTILINE)
OPTION = re.compile(r"(?<![\w-])--?[a-zA-Z][\w-]*")


def sections(page: str) -> dict[str, str]:
    """The page's text under each command heading, by command line."""
    parts = HEADING.split(page)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def table_cells(section: str, column: int) -> list[str]:
    rows = [line for line in section.splitlines() if line.startswith("| ")][2:]
    return [row.strip("|").split(" | ")[column].strip() for row in rows]


def help_text(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main([*args, "--help"]) == 0
    return out.getvalue()


def parser_commands() -> dict[str, argparse.ArgumentParser]:
    """Every sub-command, found by walking the parser here, not by the generator."""
    found: dict[str, argparse.ArgumentParser] = {}
    pending = [("magnesium", cli._parser())]
    while pending:
        path, parser = pending.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if any(sub is seen for seen in found.values()):
                        continue  # an alias of a command found already (argparse ``aliases=``)
                    found[f"{path} {name}"] = sub
                    pending.append((f"{path} {name}", sub))
    return found


@pytest.fixture(scope="module")
def page() -> dict[str, str]:
    return sections(_docs_cli.reference())


def test_the_page_lists_exactly_the_parsers_commands(page: dict[str, str]) -> None:
    assert sorted(page) == sorted(parser_commands())
    assert len(page) >= 13


def test_the_documentation_page_includes_the_generated_reference() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "from _gen.cli import reference" in text
    assert "print(reference())" in text


@pytest.mark.parametrize("command", sorted(parser_commands()))
def test_every_option_in_help_is_on_the_page(page: dict[str, str], command: str) -> None:
    section = page[command]
    documented = {o for cell in table_cells(section, 0) for o in OPTION.findall(cell)}
    shown = set(OPTION.findall(help_text(*command.split()[1:]).split("options:")[1]))
    assert documented == shown - {"-h", "--help"}


@pytest.mark.parametrize("command", sorted(parser_commands()))
def test_every_argument_has_its_default_and_help(page: dict[str, str], command: str) -> None:
    parser = parser_commands()[command]
    section = page[command]
    actions = [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]
    names, defaults = table_cells(section, 0), table_cells(section, 1)
    assert len(names) == len(actions)
    for action, name, default in zip(actions, names, defaults, strict=True):
        assert (action.option_strings[0] if action.option_strings else action.dest) in name
        if action.required:
            assert default == "required"
        elif action.default not in (None, False, []):
            assert default == f"`{action.default}`"
        if action.choices is not None:
            assert all(f"`{choice}`" in section for choice in action.choices)
    assert f"usage: {command}" in section


def test_every_example_names_a_command_and_runs() -> None:
    commands = {" ".join(path[1:]) for path, _, _ in _docs_cli.commands()}
    assert set(_docs_cli.EXAMPLES) <= commands
    for examples in _docs_cli.EXAMPLES.values():
        for example in examples:
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli.main(list(example)) == 0, example


def test_examples_show_their_output(page: dict[str, str]) -> None:
    assert (
        "$ magnesium convert 1.8 mg/dL --to mmol/L\n1.8 mg/dL = 0.7406 mmol/L"
        in (page["magnesium convert"])
    )


def test_a_new_command_appears_without_an_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    original = cli._parser

    def extended() -> argparse.ArgumentParser:
        parser = original()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        analyte = commands.add_parser("electrolyte", help="another analyte, e.g. 100% | more")
        inner = analyte.add_subparsers(dest="which", required=True)
        potassium = inner.add_parser("potassium", help="serum potassium")
        potassium.add_argument("value", nargs="?", help="a level")
        potassium.add_argument("--unit", choices=("mmol/L", "mEq/L"), default="mmol/L")
        potassium.add_argument("--lab", action="append", metavar="NAME", help="default %(default)s")
        return parser

    monkeypatch.setattr(cli, "_parser", extended)
    page = sections(_docs_cli.reference())
    assert "magnesium electrolyte" in page
    section = page["magnesium electrolyte potassium"]
    assert table_cells(section, 0) == ["`[value]`", "`--unit {mmol/L,mEq/L}`", "`--lab NAME`"]
    assert table_cells(section, 1) == ["none", "`mmol/L`", "none"]
    assert "(one of: `mmol/L`, `mEq/L`)" in section
    assert "default None (repeatable)" in section
    assert r"100% \| more" in page["magnesium electrolyte"]
    assert "```console" not in section  # no example was given


def test_usage_does_not_depend_on_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    wide = _docs_cli.reference()
    monkeypatch.setenv("COLUMNS", "40")
    assert _docs_cli.reference() == wide
