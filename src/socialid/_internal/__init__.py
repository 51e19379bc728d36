"""Implementation details of socialid; import from the public modules instead."""
