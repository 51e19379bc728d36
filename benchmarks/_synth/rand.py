"""Seeded sampling helpers shared by the generator modules (no global random state)."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Generic, TypeVar

T = TypeVar("T")


class Sampler(Generic[T]):
    """Weighted sampler with precomputed cumulative weights (O(log n) per draw)."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, items: Sequence[T], weights: Sequence[float] | None = None) -> None:
        if not items:
            raise ValueError("Sampler needs at least one item")
        self._items = list(items)
        ws = [1.0] * len(items) if weights is None else [float(w) for w in weights]
        self._cum = list(itertools.accumulate(ws))
        self._total = self._cum[-1]

    @classmethod
    def of(cls, table: Mapping[T, float]) -> Sampler[T]:
        """Build from an ``{item: weight}`` mapping (insertion order is kept)."""
        return cls(list(table), list(table.values()))

    def draw(self, rng: random.Random) -> T:
        """Draw one item."""
        i = bisect.bisect_right(self._cum, rng.random() * self._total)
        return self._items[min(i, len(self._items) - 1)]


def zipf_weights(n: int, exponent: float) -> list[float]:
    """Weights ``1 / rank**exponent`` for ranks 1..n."""
    return [1.0 / (rank**exponent) for rank in range(1, n + 1)]


def chance(rng: random.Random, p: float) -> bool:
    """True with probability ``p``."""
    return rng.random() < p


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """Uniform choice (thin wrapper so call sites read alike)."""
    return items[rng.randrange(len(items))]


def derive(seed: int, stage: str) -> random.Random:
    """An independent, reproducible stream for one generation stage."""
    return random.Random(f"socialid-synth:{seed}:{stage}")


def timestamp(rng: random.Random, start: str, end: str) -> str:
    """Uniform UTC instant in ``[start, end)`` (ISO dates) as ``YYYY-MM-DDTHH:MM:SSZ``."""
    lo = datetime.fromisoformat(start).replace(tzinfo=timezone.utc).timestamp()
    hi = datetime.fromisoformat(end).replace(tzinfo=timezone.utc).timestamp()
    moment = datetime.fromtimestamp(int(rng.uniform(lo, hi)), tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
