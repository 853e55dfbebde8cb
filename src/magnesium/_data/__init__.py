"""Curated tables, one module per table; every row cites a key of the bibliography."""
