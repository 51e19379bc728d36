"""The outcome of a resolution run: the four contract tables and run statistics."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["OUTPUT_TABLES", "ResolveResult", "RunStats"]

#: The output tables of the contract, in the order they are written.
OUTPUT_TABLES = ("membership", "links", "profiles", "rejects", "records")


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
        tables: the output tables by name (``OUTPUT_TABLES``), as Arrow.
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
        """One row per profile with the unified fields."""
        return self._frame("profiles")

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
        """Write every output table (``OUTPUT_TABLES``) as a Parquet file."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in OUTPUT_TABLES:
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
                f"rejected:     {s.n_rejected_values:,} input values (see rejects)",
                f"time:         {s.seconds:.1f}s",
            ]
        )
