"""Resolver settings: frozen, typed, and round-trippable through dicts and JSON.

>>> s = ResolverSettings(thresholds=Thresholds.uniform(0.8), default_region="GB")
>>> ResolverSettings.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal

from socialid.errors import SettingsError

__all__ = ["LINK_TYPES", "LinkType", "ResolverSettings", "Thresholds"]

LinkType = Literal["contact-persona", "persona-persona", "contact-contact"]
LINK_TYPES: tuple[LinkType, ...] = ("contact-persona", "persona-persona", "contact-contact")


@dataclass(frozen=True)
class Thresholds:
    """Match-probability thresholds per link type; a pair links when its probability is at or
    above the threshold of its type.

    The defaults were chosen from the measured precision/recall curves on the generated
    benchmark data (see docs/model.md): merging two different people is worse than missing a
    link, so they sit high.
    """

    contact_persona: float = 0.9
    persona_persona: float = 0.9
    contact_contact: float = 0.9

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or not 0.0 < float(value) <= 1.0:
                raise SettingsError(
                    f"threshold {f.name} must be a probability in (0, 1], got {value!r}."
                )

    @classmethod
    def uniform(cls, probability: float) -> Thresholds:
        """The same threshold for every link type."""
        return cls(probability, probability, probability)

    def for_type(self, kind: LinkType) -> float:
        """The threshold of one link type."""
        value: float = getattr(self, kind.replace("-", "_"))
        return value


@dataclass(frozen=True)
class ResolverSettings:
    """Everything that shapes a resolution run, apart from the data.

    Attributes:
        thresholds: match-probability thresholds per link type.
        default_region: ISO region for phone numbers written without a country code when the
            record has no country (``None``: such numbers are rejected, not guessed).
        u_max_pairs: random pairs sampled to estimate u probabilities.
        em_max_pairs: cap on the pairs each EM pass uses (``None``: all blocked pairs).
        seed: seed of every sampling step, so runs are reproducible.
        max_cluster_size: a linked group larger than this is split at rising thresholds
            (see docs/model.md): in CRM and social data one person rarely has more records,
            chains of namesakes do. ``None`` turns the guard off, for data where one person
            legitimately has many records (archives, event logs).
    """

    thresholds: Thresholds = field(default_factory=Thresholds)
    default_region: str | None = None
    u_max_pairs: float = 2e6
    em_max_pairs: float | None = 2e6
    seed: int = 42
    max_cluster_size: int | None = 10

    def __post_init__(self) -> None:
        if not isinstance(self.thresholds, Thresholds):
            raise SettingsError(
                f"thresholds must be a Thresholds object, got {self.thresholds!r}; use "
                "Thresholds.uniform(p) or ResolverSettings().with_threshold(p)."
            )
        if self.em_max_pairs is not None and self.em_max_pairs < 1:
            raise SettingsError(f"em_max_pairs must be at least 1, got {self.em_max_pairs!r}.")
        if self.max_cluster_size is not None and self.max_cluster_size < 2:
            raise SettingsError(
                f"max_cluster_size must be at least 2, got {self.max_cluster_size!r}."
            )
        if self.u_max_pairs < 1:
            raise SettingsError(f"u_max_pairs must be at least 1, got {self.u_max_pairs!r}.")

    def with_threshold(self, probability: float) -> ResolverSettings:
        """A copy with one threshold for every link type."""
        return replace(self, thresholds=Thresholds.uniform(probability))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ResolverSettings:
        """Settings from :meth:`to_dict` output; unknown keys are an error, not ignored."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SettingsError(
                f"unknown settings key(s) {', '.join(map(repr, unknown))}; "
                f"known keys: {', '.join(sorted(known))}."
            )
        values = dict(data)
        if isinstance(values.get("thresholds"), dict):
            known_t = {f.name for f in fields(Thresholds)}
            unknown_t = sorted(set(values["thresholds"]) - known_t)
            if unknown_t:
                raise SettingsError(
                    f"unknown threshold key(s) {', '.join(map(repr, unknown_t))}; "
                    f"known keys: {', '.join(sorted(known_t))}."
                )
            values["thresholds"] = Thresholds(**values["thresholds"])
        return cls(**values)

    def to_json(self) -> str:
        """The settings as a JSON string."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)
