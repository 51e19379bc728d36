"""The socialid system: its one-call API with the settings given."""

from __future__ import annotations

from benchmarks._bench.datasets import BenchData
from benchmarks._bench.systems import Settings, SystemOutput
from socialid import ResolverSettings, resolve


def run(data: BenchData, settings: Settings) -> SystemOutput:
    """``socialid.resolve`` on the data set's inputs and mappings."""
    result = resolve(
        contacts=data.contacts,
        personas=data.personas,
        contacts_mapping=data.contacts_mapping,
        personas_mapping=data.personas_mapping,
        settings=ResolverSettings.from_dict({**settings, **data.settings}),
        progress=False,
    )
    stats = result.stats
    return SystemOutput(result.membership, stats.n_pairs_scored, dict(stats.stage_seconds))
