"""The outcome of a resolution run: the contract tables and run statistics."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["OUTPUT_TABLES", "ResolveResult", "RunStats"]

#: The output tables of the contract, in the order they are written; ``profile_changes``
#: only when the run was given a previous run's membership.
OUTPUT_TABLES = (
    "membership", "links", "profiles", "rejects", "records", "profile_attributes",
    "profile_changes",
)


@dataclass(frozen=True)
class RunStats:
    """Counts and timings of one run."""

    n_contacts: int
    n_personas: int
    n_pairs_scored: int
    n_links: int
    n_profiles: int
    n_rejected_values: int
    stage_seconds: dict[str, float] = field(default_factory=dict)
    n_split_oversized: int = 0
    n_split_conflicts: int = 0
    n_flagged_profiles: int = 0

    @property
    def seconds(self) -> float:
        """Total wall time of the stages."""
        return sum(self.stage_seconds.values())


@dataclass(frozen=True)
class ResolveResult:
    """Which records belong together, the links behind that, and the unified profiles.

    The tables are kept as Arrow with the types DuckDB produced, so Parquet files have the
    same schema whatever the data (an all-empty column stays text); the pandas views below
    are made on first use.

    Attributes:
        tables: the output tables by name (``OUTPUT_TABLES``; ``profile_changes`` only when
            a previous run was given), as Arrow.
        stats: counts and timings.
    """

    tables: dict[str, pa.Table]
    stats: RunStats

    @cached_property
    def membership(self) -> pd.DataFrame:
        """``source``, ``record_id``, ``profile_id``: every input record exactly once."""
        return self._frame("membership")

    @cached_property
    def links(self) -> pd.DataFrame:
        """Accepted pairs: ``source_l``, ``record_id_l``, ``source_r``, ``record_id_r``,
        ``link_type``, ``match_probability``, ``match_weight`` and one column per comparison
        holding the label of the level the pair reached."""
        return self._frame("links")

    @cached_property
    def profiles(self) -> pd.DataFrame:
        """One row per profile with the chosen fields, member counts and ``guard_flags``."""
        return self._frame("profiles")

    @cached_property
    def profile_attributes(self) -> pd.DataFrame:
        """Provenance of every profile value: ``profile_id``, ``field``, ``value``,
        ``source``, ``record_id`` and the ``rule`` that kept it."""
        return self._frame("profile_attributes")

    @cached_property
    def profile_changes(self) -> pd.DataFrame | None:
        """How profiles changed since the previous run given (``None`` without one):
        ``profile_id``, ``previous_profile_id``, ``change`` (created, merged, split,
        unchanged, updated, removed), ``n_shared``, ``n_records``, ``n_previous``."""
        return self._frame("profile_changes") if "profile_changes" in self.tables else None

    @cached_property
    def rejects(self) -> pd.DataFrame:
        """Input values that could not be used, with the row and the reason."""
        return self._frame("rejects")

    @cached_property
    def records(self) -> pd.DataFrame:
        """Every input record: ``source``, ``record_id``, ``profile_id`` and the input's columns
        outside the schema, untouched."""
        return self._frame("records")

    def _frame(self, name: str) -> pd.DataFrame:
        frame: pd.DataFrame = self.tables[name].to_pandas()
        return frame

    def to_parquet(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write every output table of the run (``OUTPUT_TABLES``) as a Parquet file."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in (n for n in OUTPUT_TABLES if n in self.tables):
            path = out / f"{name}.parquet"
            pq.write_table(self.tables[name], path)
            paths.append(path)
        return paths

    def summary(self) -> str:
        """A few lines saying what the run found."""
        s = self.stats
        by_type = self.links["link_type"].value_counts().to_dict() if len(self.links) else {}
        types = ", ".join(f"{k} {v:,}" for k, v in sorted(by_type.items())) or "none"
        multi = int(((self.profiles["n_contacts"] + self.profiles["n_personas"]) > 1).sum())
        return "\n".join(
            [
                f"records in:   {s.n_contacts:,} contacts, {s.n_personas:,} personas",
                f"pairs scored: {s.n_pairs_scored:,}",
                f"links found:  {s.n_links:,} ({types})",
                f"profiles out: {s.n_profiles:,} ({multi:,} joining several records)",
                f"guards:       {s.n_split_oversized + s.n_split_conflicts:,} clusters split "
                f"({s.n_split_conflicts:,} on conflicting facts), "
                f"{s.n_flagged_profiles:,} profiles flagged (see guard_flags)",
                f"rejected:     {s.n_rejected_values:,} input values (see rejects)",
                f"time:         {s.seconds:.1f}s",
            ]
        )
