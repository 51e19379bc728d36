"""The socialid system: its one-call API with the settings given."""

from __future__ import annotations

from typing import Any

from benchmarks._bench.datasets import BenchData
from benchmarks._bench.systems import Settings, SystemOutput
from socialid import ResolverSettings, blocking_report, resolve


def _settings(data: BenchData, settings: Settings) -> ResolverSettings:
    return ResolverSettings.from_dict({**settings, **data.settings})


def run(data: BenchData, settings: Settings) -> SystemOutput:
    """``socialid.resolve`` on the data set's inputs and mappings."""
    result = resolve(
        contacts=data.contacts,
        personas=data.personas,
        contacts_mapping=data.contacts_mapping,
        personas_mapping=data.personas_mapping,
        settings=_settings(data, settings),
        progress=False,
    )
    stats = result.stats
    return SystemOutput(result.membership, stats.n_pairs_scored, dict(stats.stage_seconds))


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
