"""The `magnesium mcp` command: the library's MCP tool server over stdio (extra ``mcp``).

The server reads JSON-RPC from standard input and writes to standard output until
the agent host closes them; see [`magnesium.mcp_server`][magnesium.mcp_server].
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING, Any, TextIO

from magnesium._cli_json import dumps
from magnesium.errors import MagnesiumError, MissingExtraError

if TYPE_CHECKING:
    from types import ModuleType


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add the ``mcp`` sub-command to *commands*."""
    serve = commands.add_parser(
        "mcp",
        help="serve the library as Model Context Protocol tools over stdio (extra 'mcp')",
        description="Serve convert, classify, intake, causes, screen, FEMg, salt dose and "
        "repletion plan as MCP tools over standard input and output, for an agent host. "
        "Needs the extra: pip install 'magnesium-clinical[mcp]'.",
    )
    serve.add_argument(
        "--check",
        action="store_true",
        help="print the tools the server offers and exit, without serving",
    )
    serve.add_argument("--json", action="store_true", help="with --check: the tools as JSON")
    serve.set_defaults(handler=_serve)


def _server_module() -> ModuleType:
    try:
        return importlib.import_module("magnesium.mcp_server")
    except ImportError as missing:
        raise MissingExtraError(
            "mcp",
            "the MCP Python SDK (extra 'mcp')",
            "Install it: pip install 'magnesium-clinical[mcp]'.",
        ) from missing


def _streams_are_files() -> bool:
    """Whether standard input and output are real files (pipes or a terminal)."""
    try:
        sys.stdin.fileno()
        sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return False
    return True


def _serve(args: argparse.Namespace, out: TextIO) -> None:
    module = _server_module()
    if args.check:
        if args.json:
            print(dumps(list(module.TOOL_NAMES)), file=out)
        else:
            for name in module.TOOL_NAMES:
                print(name, file=out)
        return
    if not _streams_are_files():
        raise MagnesiumError(
            "standard input and output",
            "pipes or a terminal that an agent host reads and writes (MCP over stdio)",
            "Start 'magnesium mcp' from the agent host's configuration; "
            "'magnesium mcp --check' lists the tools.",
        )
    module.create_server().run()  # pragma: no cover (serves stdio: tested as a subprocess)
