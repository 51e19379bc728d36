"""Private machinery of ``benchmarks/run.py``: data sets, the splink baseline, the per-run
worker and the report. Nothing here is a stable API.
"""
