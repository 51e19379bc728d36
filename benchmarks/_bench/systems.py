"""The systems under test, by name, and what one run of a system returns.

Each system is a module with ``run(data, settings) -> SystemOutput`` that imports its library
at the top: the worker imports only the module of the system it runs, before the clock
starts, so neither the time nor the memory of one system's imports is charged to the other.
``settings`` is ``socialid.ResolverSettings().to_dict()`` (the baseline reads its thresholds,
``u_max_pairs`` and ``seed``).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks._bench.datasets import BenchData

SYSTEMS: dict[str, str] = {
    "socialid": "benchmarks._bench.socialid_system",
    "splink": "benchmarks._bench.baseline",
}

Settings = dict[str, Any]

#: Environment variables setting socialid's DuckDB memory limit and spill folder in a run.
MEMORY_LIMIT_ENV = "SOCIALID_BENCH_MEMORY_LIMIT"
TEMP_DIR_ENV = "SOCIALID_BENCH_TEMP_DIR"


@dataclass(frozen=True)
class SystemOutput:
    """A system's clusters as a membership (source, record_id, profile_id), the candidate
    pairs it scored, the seconds of each of its stages and, if it can, a way to write its
    output tables as Parquet files into a folder (the worker's ``--parquet``)."""

    membership: pd.DataFrame
    pairs_scored: int
    stage_seconds: dict[str, float]
    save: Callable[[Path], object] | None = None


def load_system(name: str) -> Callable[[BenchData, Settings], SystemOutput]:
    """Import a system's module (and so its library) and return its ``run``."""
    run: Callable[[BenchData, Settings], SystemOutput] = importlib.import_module(
        SYSTEMS[name]
    ).run
    return run


@contextmanager
def stage(seconds: dict[str, float], name: str) -> Iterator[None]:
    """Add the wall time of the block to ``seconds[name]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
