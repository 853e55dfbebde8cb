"""Hypothesis profiles: ``dev`` (quick), ``thorough``, ``hostile``; CI uses Hypothesis' ``ci``.

The hostile-input battery (``tests/test_hostile.py``) runs a quarter of the profile's
``max_examples`` per public callable: 25 by default and in CI, 1000 with
``--hypothesis-profile=hostile`` (a deeper run on demand, a few minutes), or
``MAGNESIUM_HOSTILE_EXAMPLES`` per callable if that variable is set.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from magnesium import units

settings.register_profile("dev", max_examples=50)
settings.register_profile("thorough", max_examples=2_000)
settings.register_profile(
    "hostile",
    max_examples=4_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Build the library's pint registry once, before any test is timed: the first build takes
# a few hundred milliseconds, which would otherwise count against one Hypothesis example.
units.registry()
