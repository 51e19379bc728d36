"""The outcome of a resolution run: the four contract tables and run statistics."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["OUTPUT_TABLES", "ResolveResult", "RunStats"]

#: The output tables of the contract, in the order they are written.
OUTPUT_TABLES = ("membership", "links", "profiles", "rejects")


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

    Attributes:
        membership: ``source``, ``record_id``, ``profile_id``; every input record exactly once.
        links: accepted pairs: ``source_l``, ``record_id_l``, ``source_r``, ``record_id_r``,
            ``link_type``, ``match_probability``, ``match_weight`` and one column per
            comparison holding the label of the level the pair reached.
        profiles: one row per profile with the unified fields.
        rejects: input values that could not be used, with the row and the reason.
        stats: counts and timings.
    """

    membership: pd.DataFrame
    links: pd.DataFrame
    profiles: pd.DataFrame
    rejects: pd.DataFrame
    stats: RunStats

    def to_parquet(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write ``membership``, ``links``, ``profiles`` and ``rejects`` as Parquet files."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name in OUTPUT_TABLES:
            path = out / f"{name}.parquet"
            getattr(self, name).to_parquet(path, index=False)
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
