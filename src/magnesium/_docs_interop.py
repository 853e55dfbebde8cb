"""Markdown for the interoperability page: the LOINC table is generated from the data.

Examples:
    >>> "| `19123-9` |" in loinc_table()
    True
"""

from __future__ import annotations

from magnesium._docs import _md, _source_links
from magnesium.interop import LOINC_CODES

__all__ = ["loinc_table"]


def loinc_table() -> str:
    """Every known magnesium LOINC code: LOINC's name and parts, the unit, the use, the sources."""
    rows = [
        "| Code | LOINC long name | Property | System | Scale | UCUM | Library | Read | Sources |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in LOINC_CODES.values():
        cells = [
            f"`{row.code}`",
            _md(row.long_name),
            row.loinc_property,
            _md(row.system),
            row.scale,
            f"`{row.ucum}`",
            row.use.value,
            row.verification.label,
            _source_links(row.sources),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
