"""The kernels of `magnesium.arrays`: one read of the values, in chunks that stay in cache.

A column of 10**7 floats is 80 MB; numpy's whole-array operations read it once per
operation and write a temporary each time. Here the values are read a chunk at a time
(1 MB, the second-level cache of many current processors), and every operation
the library needs (the validation, the band of each value, the code of each band) runs
on that chunk while it is in cache. Only the result is written to memory: one int8 per
value for a classification, one float64 for a conversion. Peak memory is the result
and a few chunk-sized buffers.

The band is chosen by the number of edges: with few edges, one vectorised comparison
per edge, summed; with many, one ``searchsorted``, whose cost grows with the logarithm
of the number of edges but is about ten times that of one comparison.

The validation is folded into the same read, as one reduction per chunk while it is in
cache: the largest value of the chunk's bits read as unsigned integers. For floats of
either sign the bits order as the values do among the positive ones, and every negative
value, NaN and infinity has bits above those of any positive ceiling, so one maximum
checks ``0 <= value <= ceiling`` (numpy's ``min`` and ``max`` would be two). Only a chunk
that fails it (a NaN, that is a missing value, or ``-0.0``) is looked at again, by value.
A conversion checks its result instead, just written and still in cache, against the
float below the converted ceiling: a value above the ceiling cannot round below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy.typing as npt

CHUNK: Final = 1 << 17
"""Values per chunk: 131,072 float64, 1 MB (measured on a 1 MB second-level cache, median
of three rounds: a conversion 1.14 times a bare multiply against 1.17 with 512 kB chunks,
a classification 6.1 against 6.4 ms for 10**7 values; fewer calls per column)."""
FEW_EDGES: Final = 32
"""Up to this many edges, a comparison per edge (in cache) beats one ``searchsorted``
(measured: 0.2x its time at 2 to 12 edges, 0.3x at 20)."""


def band_codes(
    flat: npt.NDArray[np.float64],
    edges: Sequence[float],
    band_code: Sequence[int],
    ceiling: float,
) -> npt.NDArray[np.int8] | None:
    """Per value, ``band_code[i]`` where *i* is the number of *edges* below it; -1 for NaN.

    Args:
        flat: One-dimensional float64 values.
        edges: Increasing edges; a value equal to an edge goes below it.
        band_code: The code of each band, ``len(edges) + 1`` of them.
        ceiling: The largest valid value.

    Returns:
        The codes, or ``None`` if any value is negative, infinite or above *ceiling*.
    """
    out = np.empty(flat.shape, dtype=np.int8)
    cuts = np.array(edges, dtype=np.float64)
    table = np.array(band_code, dtype=np.int8)
    identity = list(band_code) == list(range(len(band_code)))
    few = len(edges) <= FEW_EDGES
    limit = _bits(ceiling)
    count = np.empty(min(CHUNK, flat.size), dtype=np.int8)
    above = np.empty(count.shape, dtype=np.bool_)
    for start in range(0, flat.size, CHUNK):
        values = flat[start : start + CHUNK]
        codes = out[start : start + CHUNK]
        missing = bool(values.view(np.uint64).max() > limit)  # a NaN or -0.0, or invalid
        if missing and not _valid_with_nan(values, ceiling):
            return None
        if few:
            counted = codes if identity else count[: values.size]
            _count_above(values, cuts, counted, above[: values.size])
            if not identity:
                np.take(table, counted, out=codes, mode="clip")
        else:
            np.take(table, np.searchsorted(cuts, values, side="left"), out=codes, mode="clip")
        if missing:
            codes[np.isnan(values)] = -1
    return out


def _count_above(
    values: npt.NDArray[np.float64],
    cuts: npt.NDArray[np.float64],
    counted: npt.NDArray[np.int8],
    above: npt.NDArray[np.bool_],
) -> None:
    """Write into *counted* how many *cuts* each value is above: one comparison per cut."""
    if not cuts.size:
        counted[:] = 0
        return
    np.greater(values, cuts[0], out=counted.view(np.bool_))
    for cut in cuts[1:]:
        np.greater(values, cut, out=above)
        np.add(counted, above.view(np.int8), out=counted)


def scaled(
    flat: npt.NDArray[np.float64],
    factor: float | None,
    ceiling: float,
    out: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float64] | None:
    """``flat * factor`` (a copy if *factor* is ``None``), checked chunk by chunk.

    Each chunk is multiplied, then its result is checked while in cache: a result at
    or below the float under ``ceiling * factor`` comes from a value at or below
    *ceiling* (rounding is monotonic), so only a chunk with a result above that, a
    NaN or a negative sign is checked again by its values.

    Args:
        flat: One-dimensional float64 values.
        factor: The multiplier, or ``None`` for a checked copy.
        ceiling: The largest valid value of *flat*.
        out: Where to write the result (one-dimensional, the size of *flat*); a new
            array if ``None``.

    Returns:
        The result, or ``None`` if any value is negative, infinite or above
        *ceiling* (NaN is allowed: a missing value).
    """
    if factor is None:
        if not valid(flat, ceiling):
            return None
        if out is None:
            return flat.copy()
        out[:] = flat
        return out
    out = np.empty_like(flat) if out is None else out
    bits = out.view(np.uint64)
    limit = _bits(float(np.nextafter(ceiling * factor, 0.0)))
    with np.errstate(over="ignore"):  # a huge value overflows to inf, refused just below
        for start in range(0, flat.size, CHUNK):
            end = start + CHUNK
            np.multiply(flat[start:end], factor, out=out[start:end])
            if bits[start:end].max() > limit and not _valid_with_nan(flat[start:end], ceiling):
                return None
    return out


def valid(flat: npt.NDArray[np.float64], ceiling: float) -> bool:
    """Whether every value is NaN (missing) or within [0, *ceiling*], read chunk by chunk."""
    limit = _bits(ceiling)
    bits = flat.view(np.uint64)  # the same item size: a view, whatever the strides
    for start in range(0, flat.size, CHUNK):
        if bits[start : start + CHUNK].max() > limit and not _valid_with_nan(
            flat[start : start + CHUNK], ceiling
        ):
            return False
    return True


def _bits(value: float) -> np.uint64:
    """The bits of the float *value* read as an unsigned integer (ordered as the value)."""
    return np.float64(value).view(np.uint64)


def _valid_with_nan(values: npt.NDArray[np.float64], ceiling: float) -> bool:
    """Whether every value that is not NaN is within [0, *ceiling*]."""
    if np.isnan(values).all():
        return True
    return bool(np.nanmin(values) >= 0 and np.nanmax(values) <= ceiling)
