"""Development tools of magnesium (not shipped in the wheel)."""
