"""The socialid system: its one-call API with the settings given."""

from __future__ import annotations

import os
from typing import Any

from benchmarks._bench.datasets import BenchData
from benchmarks._bench.systems import MEMORY_LIMIT_ENV, TEMP_DIR_ENV, Settings, SystemOutput
from socialid import Resolver, ResolverSettings, blocking_report


def _settings(data: BenchData, settings: Settings) -> ResolverSettings:
    return ResolverSettings.from_dict({**settings, **data.settings})


def run(data: BenchData, settings: Settings) -> SystemOutput:
    """``Resolver.resolve`` (what ``socialid.resolve`` does) on the data set's inputs and
    mappings, within the memory limit of ``MEMORY_LIMIT_ENV`` when set."""
    resolver = Resolver(
        _settings(data, settings),
        progress=False,
        memory_limit=os.environ.get(MEMORY_LIMIT_ENV),
        temp_directory=os.environ.get(TEMP_DIR_ENV),
    )
    result = resolver.resolve(
        data.contacts,
        data.personas,
        contacts_mapping=data.contacts_mapping,
        personas_mapping=data.personas_mapping,
    )
    stats = result.stats
    return SystemOutput(
        result.membership,
        stats.n_pairs_scored,
        dict(stats.stage_seconds),
        save=result.to_parquet,
    )


def blocking(data: BenchData, settings: Settings) -> dict[str, Any]:
    """``socialid.blocking_report`` on the same inputs: recall per link type and its summary."""
    report = blocking_report(
        contacts=data.contacts,
        personas=data.personas,
        truth=data.truth,
        settings=_settings(data, settings),
        contacts_mapping=data.contacts_mapping,
        personas_mapping=data.personas_mapping,
    )
    return {"summary": report.summary(), "recall": report.recall.to_dict(orient="records")}
