"""Resolver settings: frozen, typed, and round-trippable through dicts and JSON.

>>> s = ResolverSettings(thresholds=Thresholds.uniform(0.8), default_region="GB",
...                      merge=MergeSettings(rules={"city": "most_frequent"}))
>>> ResolverSettings.from_dict(json.loads(s.to_json())) == s
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, get_args

from socialid.errors import SettingsError

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "DEFAULT_PROFILE_FIELDS",
    "LINK_TYPES",
    "PROFILE_FIELDS",
    "SURVIVORSHIP_RULES",
    "LinkType",
    "MergeSettings",
    "ResolverSettings",
    "SurvivorshipRule",
    "Thresholds",
    "ValueChooser",
]

LinkType = Literal["contact-persona", "persona-persona", "contact-contact"]
LINK_TYPES: tuple[LinkType, ...] = ("contact-persona", "persona-persona", "contact-contact")


@dataclass(frozen=True)
class Thresholds:
    """Match-probability thresholds per link type; a pair links when its probability is at or
    above the threshold of its type.

    The defaults were chosen from F1 measured at 0.5 to 0.99 on the generated benchmark data,
    contact↔contact also on FEBRL3, historical_50k and fake_1000 (see docs/model.md,
    "Thresholds"): each sits where F1 is within 0.01 of its best, at the high end, because
    merging two different people is worse than missing a link.
    """

    contact_persona: float = 0.7
    persona_persona: float = 0.8
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

    @property
    def lowest(self) -> float:
        """The lowest threshold: pairs below it are links of no type.

        >>> Thresholds().lowest
        0.7
        """
        return float(min(self.contact_persona, self.persona_persona, self.contact_contact))

    def for_type(self, kind: LinkType) -> float:
        """The threshold of one link type."""
        value: float = getattr(self, kind.replace("-", "_"))
        return value


#: Profile fields, in the order of the ``profiles`` columns. One value chosen by a
#: survivorship rule: the names, ``primary_email``/``primary_phone`` (from personal values
#: only), ``company``, ``job_title``, ``city``, ``country``, ``birth_date``, ``bio``. Every
#: distinct value with its sources: ``emails``, ``phones``, ``handles``, ``websites``.
#: Influence, from the personas (docs/merge.md): ``followers_total``,
#: ``followers_by_platform``, ``reach_max``, ``verified_any``, ``posts_total``.
PROFILE_FIELDS: tuple[str, ...] = (
    "first_name", "last_name", "full_name", "emails", "phones", "handles", "company", "city",
    "country", "followers_total", "primary_email", "primary_phone", "websites", "job_title",
    "birth_date", "bio", "followers_by_platform", "reach_max", "verified_any", "posts_total",
)
#: The fields a profile holds unless ``MergeSettings.fields`` says otherwise: all but the
#: birth date and the bio, which a CRM rarely needs copied.
DEFAULT_PROFILE_FIELDS: tuple[str, ...] = tuple(
    f for f in PROFILE_FIELDS if f not in {"birth_date", "bio"}
)

SurvivorshipRule = Literal[
    "source_priority", "most_recent", "most_frequent", "most_complete", "verified_first"
]
#: Named survivorship rules; each orders a profile's candidate values (docs/merge.md).
SURVIVORSHIP_RULES: tuple[SurvivorshipRule, ...] = get_args(SurvivorshipRule)
#: A user rule: given one profile's candidates for one field as an Arrow table (``value``,
#: ``source``, ``record_id``, ``seen_at``, ``verified``, ``frequency``, in the order of the
#: field's default rule), return the position of the row to keep, or ``None`` for no value.
ValueChooser = Callable[["pa.Table"], int | None]
RuleSpec = SurvivorshipRule | tuple[SurvivorshipRule, ...] | ValueChooser

#: The rule of each single-valued field unless ``MergeSettings.rules`` overrides it: CRM over
#: social for names and contact points; the CRM's latest for company and place (a persona's
#: city is the gazetteer's folded name, a CRM's is spelled as typed); the latest job title;
#: a verified account's bio; the most frequent birth date. Ties go to the tie-breakers.
DEFAULT_RULES: Mapping[str, tuple[SurvivorshipRule, ...]] = MappingProxyType({
    "first_name": ("source_priority",),
    "last_name": ("source_priority",),
    "full_name": ("source_priority",),
    "primary_email": ("source_priority",),
    "primary_phone": ("source_priority",),
    "company": ("source_priority", "most_recent"),
    "job_title": ("most_recent",),
    "city": ("source_priority", "most_recent"),
    "country": ("source_priority", "most_recent"),
    "birth_date": ("most_frequent",),
    "bio": ("verified_first", "most_recent"),
})
#: The fields a survivorship rule fills (one value each).
_SINGLE_FIELDS = frozenset(DEFAULT_RULES)

Conflicts = Literal["split", "flag", "off"]
_SOURCES = ("contact", "persona")


@dataclass(frozen=True)
class MergeSettings:
    """How clusters become profiles: which fields, how values survive, the over-merge guards
    and how profile ids are kept across runs (see docs/merge.md).

    Attributes:
        fields: the profile fields to fill, from ``PROFILE_FIELDS``; nothing else is copied.
        rules: survivorship rule per single-valued field, overriding ``DEFAULT_RULES``: a
            rule name from ``SURVIVORSHIP_RULES``, a tuple of them (later ones break ties),
            or a :data:`ValueChooser` (Python only: it cannot be saved to JSON).
        source_priority: the order of sources for the ``source_priority`` rule.
        conflicts: records of one cluster that contradict each other (different birth
            dates or verified phones, contacts with different personal emails or chained
            through personas) are ``"split"`` apart, only ``"flag"``-ged, or not checked
            (``"off"``); see docs/merge.md for the checks.
        strong_link: match probability from which a link counts as strong: two contacts
            share a profile only when contact-contact links or a path of strong links join
            them, and contradicting facts of records joined so are flagged, not split.
        one_account_per_platform: also split two accounts on one platform with no handle in
            common and no strong direct link (off by default: people do keep an old and a
            new account; see docs/merge.md for its measured effect).
        keep_id_min_overlap: with a previous run, a profile keeps the id of the previous
            profile whose membership overlaps it with at least this Jaccard index.

    >>> MergeSettings(rules={"city": "most_frequent"}).rule_for("city")
    ('most_frequent',)
    >>> MergeSettings(fields=("full_name", "emails", "mail"))
    Traceback (most recent call last):
    ...
    socialid.errors.SettingsError: merge.fields: unknown field(s) 'mail'; choose from: \
first_name, last_name, full_name, emails, phones, handles, company, city, country, \
followers_total, primary_email, primary_phone, websites, job_title, birth_date, bio, \
followers_by_platform, reach_max, verified_any, posts_total.
    """

    fields: tuple[str, ...] = DEFAULT_PROFILE_FIELDS
    rules: Mapping[str, RuleSpec] = field(default_factory=dict)
    source_priority: tuple[str, ...] = _SOURCES
    conflicts: Conflicts = "split"
    strong_link: float = 0.99
    one_account_per_platform: bool = False
    keep_id_min_overlap: float = 0.5

    def __post_init__(self) -> None:
        chosen = tuple(self.fields)
        unknown = [f for f in chosen if f not in PROFILE_FIELDS]
        if unknown:
            raise SettingsError(
                f"merge.fields: unknown field(s) {', '.join(map(repr, unknown))}; choose from: "
                f"{', '.join(PROFILE_FIELDS)}."
            )
        if len(set(chosen)) != len(chosen):
            raise SettingsError("merge.fields: a field is listed twice; list each once.")
        object.__setattr__(self, "fields", chosen)
        object.__setattr__(
            self, "rules", MappingProxyType({k: _rule(k, v, chosen) for k, v in self.rules.items()})
        )
        object.__setattr__(self, "source_priority", tuple(self.source_priority))
        if sorted(self.source_priority) != sorted(_SOURCES):
            raise SettingsError(
                f"merge.source_priority must order both sources, e.g. ('contact', 'persona'); "
                f"got {self.source_priority!r}."
            )
        if self.conflicts not in get_args(Conflicts):
            raise SettingsError(
                f"merge.conflicts must be 'split', 'flag' or 'off', got {self.conflicts!r}."
            )
        for name in ("strong_link", "keep_id_min_overlap"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0.0 < float(value) <= 1.0:
                raise SettingsError(f"merge.{name} must be in (0, 1], got {value!r}.")

    def rule_for(self, name: str) -> tuple[SurvivorshipRule, ...] | ValueChooser:
        """The rule of a single-valued field: its override, else its default."""
        return _rule(name, self.rules[name], self.fields) if name in self.rules else (
            DEFAULT_RULES[name]
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; a :data:`ValueChooser` rule cannot be written and raises."""
        rules: dict[str, list[str]] = {}
        for name, rule in self.rules.items():
            if callable(rule):
                raise SettingsError(
                    f"merge.rules[{name!r}] is a Python function, which cannot be saved as "
                    "JSON: save with a named rule and set the function again after loading."
                )
            rules[name] = list(rule)
        return {
            "fields": list(self.fields),
            "rules": rules,
            "source_priority": list(self.source_priority),
            "conflicts": self.conflicts,
            "strong_link": self.strong_link,
            "one_account_per_platform": self.one_account_per_platform,
            "keep_id_min_overlap": self.keep_id_min_overlap,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MergeSettings:
        """Settings from :meth:`to_dict` output; unknown keys are an error."""
        _check_keys("merge settings", data, cls)
        values = dict(data)
        for name in ("fields", "source_priority"):
            if isinstance(values.get(name), list):
                values[name] = tuple(values[name])
        if isinstance(values.get("rules"), Mapping):
            values["rules"] = {
                k: tuple(v) if isinstance(v, list) else v for k, v in values["rules"].items()
            }
        return cls(**values)


def _rule(
    name: str, rule: object, chosen: tuple[str, ...]
) -> tuple[SurvivorshipRule, ...] | ValueChooser:
    """A rule checked and normalized: a name becomes a one-rule tuple."""
    if name not in _SINGLE_FIELDS:
        raise SettingsError(
            f"merge.rules: {name!r} is not a field chosen by a rule; rules apply to: "
            f"{', '.join(f for f in PROFILE_FIELDS if f in _SINGLE_FIELDS)}."
        )
    if name not in chosen:
        raise SettingsError(
            f"merge.rules sets a rule for {name!r}, which is not in merge.fields: add the "
            "field or drop the rule."
        )
    if callable(rule):
        return rule
    names = (rule,) if isinstance(rule, str) else rule
    if (
        not isinstance(names, tuple)
        or not names
        or any(r not in SURVIVORSHIP_RULES for r in names)
        or len(set(names)) != len(names)
    ):
        raise SettingsError(
            f"merge.rules[{name!r}] must be one of {', '.join(SURVIVORSHIP_RULES)}, a tuple "
            f"of distinct ones (later ones break ties), or a function; got {rule!r}."
        )
    return names


def _check_keys(what: str, data: Mapping[str, Any], cls: Any) -> None:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(
            f"unknown {what} key(s) {', '.join(map(repr, unknown))}; "
            f"known keys: {', '.join(sorted(known))}."
        )


@dataclass(frozen=True)
class ResolverSettings:
    """Everything that shapes a resolution run, apart from the data.

    Attributes:
        thresholds: match-probability thresholds per link type.
        default_region: ISO region for phone numbers written without a country code when the
            record has no country (``None``: such numbers are rejected, not guessed).
        u_max_pairs: random pairs sampled to estimate u probabilities.
        em_max_pairs: cap on the pairs each EM pass uses (``None``: all blocked pairs).
        em_max_iterations: most iterations of each EM pass (it stops earlier once the
            parameters move less than 1e-4): a lower cap trains faster, above all on Spark,
            where each iteration is a few jobs.
        seed: seed of every sampling step, so runs are reproducible.
        max_cluster_size: a linked group larger than this is split at rising thresholds
            (see docs/model.md), and flagged if it stays larger: in CRM and social data one
            person rarely has more records, chains of namesakes do. ``None`` turns the guard
            off, for data where one person legitimately has many records (archives, logs).
        merge: profile fields, survivorship rules, over-merge guards and stable ids.
        comparators: names of comparators to add to the built-ins (one named like a
            built-in replaces it): built-ins, or comparators a package registers under the
            ``socialid.comparators`` entry-point group. Comparator objects are passed to
            :class:`~socialid.Resolver` instead (see :mod:`socialid.comparators`).

    >>> ResolverSettings(comparators=["employer_domain"]).comparators
    ('employer_domain',)
    """

    thresholds: Thresholds = field(default_factory=Thresholds)
    default_region: str | None = None
    u_max_pairs: float = 2e6
    em_max_pairs: float | None = 2e6
    em_max_iterations: int = 25
    seed: int = 42
    max_cluster_size: int | None = 10
    merge: MergeSettings = field(default_factory=MergeSettings)
    comparators: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        names = self.comparators
        if not isinstance(names, (tuple, list)) or not all(isinstance(n, str) for n in names):
            raise SettingsError(
                f"comparators must be a tuple of comparator names, got {names!r}; pass "
                "comparator objects to Resolver(..., comparators=[...]) instead."
            )
        object.__setattr__(self, "comparators", tuple(names))
        if not isinstance(self.thresholds, Thresholds):
            raise SettingsError(
                f"thresholds must be a Thresholds object, got {self.thresholds!r}; use "
                "Thresholds.uniform(p) or ResolverSettings().with_threshold(p)."
            )
        if not isinstance(self.merge, MergeSettings):
            raise SettingsError(
                f"merge must be a MergeSettings object, got {self.merge!r}; use "
                "MergeSettings(fields=..., rules=...)."
            )
        if self.em_max_pairs is not None and self.em_max_pairs < 1:
            raise SettingsError(f"em_max_pairs must be at least 1, got {self.em_max_pairs!r}.")
        if self.max_cluster_size is not None and self.max_cluster_size < 2:
            raise SettingsError(
                f"max_cluster_size must be at least 2, got {self.max_cluster_size!r}."
            )
        if self.u_max_pairs < 1:
            raise SettingsError(f"u_max_pairs must be at least 1, got {self.u_max_pairs!r}.")
        if not isinstance(self.em_max_iterations, int) or self.em_max_iterations < 1:
            raise SettingsError(
                f"em_max_iterations must be a whole number of at least 1, got "
                f"{self.em_max_iterations!r}."
            )

    def with_threshold(self, probability: float) -> ResolverSettings:
        """A copy with one threshold for every link type."""
        return replace(self, thresholds=Thresholds.uniform(probability))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (raises if a merge rule is a Python function)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["thresholds"] = asdict(self.thresholds)
        data["merge"] = self.merge.to_dict()
        data["comparators"] = list(self.comparators)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ResolverSettings:
        """Settings from :meth:`to_dict` output; unknown keys are an error, not ignored.
        Keys missing (as in files written by older versions) take their defaults."""
        _check_keys("settings", data, cls)
        values = dict(data)
        if isinstance(values.get("thresholds"), dict):
            _check_keys("threshold", values["thresholds"], Thresholds)
            values["thresholds"] = Thresholds(**values["thresholds"])
        if isinstance(values.get("merge"), dict):
            values["merge"] = MergeSettings.from_dict(values["merge"])
        return cls(**values)

    def to_json(self) -> str:
        """The settings as a JSON string."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)
