"""``python -m magnesium``: the same as the ``magnesium`` command."""

from __future__ import annotations

import sys

from magnesium.cli import main

if __name__ == "__main__":
    sys.exit(main())
