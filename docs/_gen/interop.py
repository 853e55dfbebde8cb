"""Markdown for the interoperability page: the LOINC table is generated from the data.

Examples:
    >>> "| `19123-9` |" in loinc_table()
    True
"""

from __future__ import annotations

from _gen.base import Footnotes, _md
from magnesium.interop import LOINC_CODES

__all__ = ["loinc_table"]


def loinc_table() -> str:
    """Every known magnesium LOINC code: its name, unit and use; parts and sources as notes.

    Few, short columns: LOINC's parts (property, system, scale), any caveat and the
    sources are a footnote under the table.
    """
    notes = Footnotes("loinc")
    rows = [
        "| Code | LOINC long name | UCUM | Library | Read | Notes |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in LOINC_CODES.values():
        parts = f"{row.loinc_property}, {row.system}, {row.scale}. {row.note}".strip()
        cells = [
            f"`{row.code}`",
            _md(row.long_name),
            f"`{row.ucum}`",
            row.use.value,
            row.verification.label,
            notes.mark(parts, row.sources),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n" + notes.markdown()
