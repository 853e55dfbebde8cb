"""Hypothesis profiles: ``dev`` (quick), ``thorough``; CI uses Hypothesis' own ``ci`` profile."""

from __future__ import annotations

from hypothesis import settings

from magnesium import units

settings.register_profile("dev", max_examples=50)
settings.register_profile("thorough", max_examples=2_000)

# Build the library's pint registry once, before any test is timed: the first build takes
# a few hundred milliseconds, which would otherwise count against one Hypothesis example.
units.registry()
