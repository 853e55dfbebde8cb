"""The `magnesium rda` and `magnesium intake` commands.

A topic module registers its sub-commands on the parser of
[`magnesium.cli`][magnesium.cli]; each sets ``handler`` (a function of the
parsed arguments and the output stream) with ``set_defaults``.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add this topic's sub-commands to *commands*."""
