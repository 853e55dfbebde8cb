"""Field converters and the error factory shared by the intake modules (rda and foods)."""

from __future__ import annotations

from collections.abc import Iterable

from magnesium import plausibility
from magnesium.errors import DefinitionError, IntakeError, MagnesiumError
from magnesium.sources import Source


def _sources_tuple(sources: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(sources)


def _optional_mg(value: object) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= plausibility.MAX_MAGNITUDE
    ):
        raise DefinitionError(
            plausibility.shown(value), "a finite amount in mg/day > 0, or None", "Fix the table."
        )
    return float(value)


def _mg(value: object) -> float:
    amount = _optional_mg(value)
    if amount is None:
        raise DefinitionError(value, "a finite amount in mg/day > 0", "Give the amount.")
    return amount


def _intake_error(value: object, name: str, expected: str, hint: str) -> MagnesiumError:
    return IntakeError(value, expected if name in expected else f"{name}: {expected}", hint)
