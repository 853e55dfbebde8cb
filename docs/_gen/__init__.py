"""Generators of the documentation's tables and figures (not part of the package or its wheel).

The pages under ``docs/`` call these modules in ``markdown-exec`` blocks (``docs/_gen/hooks.py``
puts ``docs/`` on the import path of the ``mkdocs`` process; pytest and mypy find it through
``pythonpath`` and ``mypy_path`` in ``pyproject.toml``). They read the library's public tables
and return Markdown or SVG text, so the pages cannot drift from the data.
"""
