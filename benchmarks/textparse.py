"""Adversarial text: parsing never grows faster than the text.

``SerumMagnesium.parse`` of white space then a stray character (the pattern that
was quadratic) of 1 kB, 64 kB and 1 MB, each against the parse of one short
result: text over ``units.MAX_TEXT_LENGTH`` is refused before any pattern runs,
and below it the match is linear (the rows "pattern alone", without the cap).
``units.quantity`` on unit text of the same kinds is timed the same way.
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable

import magnesium as mg
from benchmarks._common import Row


def median_seconds(run: Callable[[], object], *, repeat: int, number: int = 1) -> float:
    """The median over *repeat* runs of the time of *number* calls, per call."""
    times = timeit.repeat(run, repeat=repeat, number=number)
    return statistics.median(times) / number


def _refused(parse: Callable[[str], object], text: str) -> None:
    try:
        parse(text)
    except mg.MagnesiumError:
        return
    message = f"{text[:20]!r}... was accepted"
    raise AssertionError(message)


def bench_parse(repeat: int) -> list[Row]:
    """Adversarial text of 1 kB, 64 kB and 1 MB: time per parse / time of one short result."""
    short = median_seconds(lambda: mg.SerumMagnesium.parse("1.8 mg/dL"), repeat=repeat, number=200)
    rows: list[Row] = []
    for label, size in (("1 kB", 1_000), ("64 kB", 64_000), ("1 MB", 1_000_000)):
        for kind, text in (
            ("spaces + 'x'", " " * (size - 1) + "x"),
            ("'1 m' + spaces + 'x'", "1 m" + " " * (size - 4) + "x"),
        ):
            seconds = median_seconds(
                lambda text=text: _refused(mg.SerumMagnesium.parse, text),  # type: ignore[misc]
                repeat=repeat,
                number=20,
            )
            rows.append(Row("parse", f"{kind}, {label} / '1.8 mg/dL'", seconds / short, "<= 10"))
    rows += _pattern_growth(repeat)
    unit_short = median_seconds(lambda: mg.units.quantity(1.0, "mg/dL"), repeat=repeat, number=50)
    for label, text in (("1 kB", "(" * 999 + "m"), ("1 MB", "m/" * 500_000)):
        seconds = median_seconds(
            lambda text=text: _refused(lambda unit: mg.units.quantity(1.0, unit), text),  # type: ignore[misc]
            repeat=repeat,
            number=20,
        )
        rows.append(
            Row("parse", f"units.quantity, {label} / 'mg/dL'", seconds / unit_short, "<= 10")
        )
    return rows


def _pattern_growth(repeat: int) -> list[Row]:
    """The result pattern alone, without the length cap: time grows with the text, no faster."""
    from magnesium import serum  # noqa: PLC0415

    times = {}
    for size in (1_000, 64_000, 1_000_000):
        text = "1 m" + " " * (size - 4) + "x"
        times[size] = median_seconds(
            lambda text=text: serum._RESULT.fullmatch(text.strip()),  # type: ignore[misc]  # noqa: SLF001
            repeat=repeat,
            number=5,
        )
    return [
        Row(
            "parse",
            "pattern alone, no cap: 64 kB / 1 kB (linear: 64)",
            times[64_000] / times[1_000],
            "<= 64",
        ),
        Row(
            "parse",
            "pattern alone, no cap: 1 MB / 64 kB (linear: 16)",
            times[1_000_000] / times[64_000],
            "<= 16",
        ),
    ]
