"""Benchmarks of magnesium, run on demand: ``python -m benchmarks``."""
