"""The comparator contract: what any object must offer to be compared by socialid.

A comparator is any object with a ``name``, the ``columns`` it reads, its ``levels`` (SQL
conditions on ``<column>_l`` / ``<column>_r``, most specific first) and the
``blocking_keys`` it is good for; ``description`` and ``level_of`` (the same levels in
Python, for tests) are optional. :class:`~socialid._internal.comparisons.Comparison` is the
built-in shape; users may pass their own objects. :func:`check_comparator` validates one and
says what is wrong with a wrong one; :func:`load_comparator` finds one by name among the
built-ins and the ``socialid.comparators`` entry-point group; :func:`with_built_ins` makes
the set a run uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Protocol, runtime_checkable

import sqlglot

from socialid._internal.comparisons import BUILT_INS, Comparison, Level
from socialid._internal.features import FEATURE_SCHEMA
from socialid.errors import SettingsError

#: The entry-point group under which packages register comparators for the CLI and settings.
ENTRY_POINT_GROUP = "socialid.comparators"
#: The columns of the links output besides one per comparator, which no comparator may take.
LINK_COLUMNS = (
    "unique_id_l", "unique_id_r", "source_l", "record_id_l", "source_r", "record_id_r",
    "link_type", "match_probability", "match_weight",
)
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_COLUMN = re.compile(r"[a-z_][a-z0-9_]*")
#: The columns of the feature table, which any comparator may read.
FEATURE_COLUMNS = frozenset(FEATURE_SCHEMA.names)
_REQUIRED = ("name", "columns", "levels", "blocking_keys")

_SHAPE = """\
A comparator is an object with:
  name           a lower-case identifier, e.g. 'employer_domain'; the links output gets a
                 column of that name
  columns        the feature or input columns it reads, e.g. ('email_domains',)
  levels         Level objects, most specific first, each a SQL condition on <column>_l and
                 <column>_r, e.g. Level('same domain', 'list_has_any(email_domains_l,
                 email_domains_r)'); a first level with is_null=True means 'no evidence'
  blocking_keys  column tuples whose equality makes a candidate pair, e.g. (('email_domains',),),
                 or () for none
and optionally description (one sentence) and level_of(left, right) -> int, the level index
in Python (len(levels): none). socialid.comparators.Comparison(name, description, levels,
blocking_keys) builds one."""


@runtime_checkable
class Comparator(Protocol):
    """What socialid needs from a comparator (see the module docstring)."""

    @property
    def name(self) -> str:
        """Identifier; also the column of the links output holding the level reached."""
        ...

    @property
    def columns(self) -> tuple[str, ...]:
        """Feature or input columns the levels read (without the ``_l``/``_r`` suffix)."""
        ...

    @property
    def levels(self) -> Sequence[Level]:
        """The levels, most specific first; an ``else`` level is implied."""
        ...

    @property
    def blocking_keys(self) -> Sequence[Sequence[str]]:
        """Blocking rules this comparator is good for: equality on every expression listed."""
        ...


def check_comparator(obj: object) -> Comparison:
    """``obj`` as a :class:`Comparison`, or a :class:`~socialid.SettingsError` that says what
    is missing or wrong and shows the right shape.

    >>> check_comparator(BUILT_INS["email"]).name
    'email'
    >>> check_comparator(object())
    Traceback (most recent call last):
    ...
    socialid.errors.SettingsError: object object <object object at ...> is not a comparator: \
it has no name, columns, levels, blocking_keys.
    ...
    """
    missing = [a for a in _REQUIRED if not hasattr(obj, a)]
    if missing:
        raise SettingsError(
            f"{_shown(obj)} is not a comparator: it has no {', '.join(missing)}.\n{_SHAPE}"
        )
    comparator: Any = obj
    name = comparator.name
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise SettingsError(f"comparator name {name!r} must be a lower-case identifier.\n{_SHAPE}")
    if name in LINK_COLUMNS:
        raise SettingsError(
            f"comparator name {name!r} is taken by a column of the links output "
            f"({', '.join(LINK_COLUMNS)}); give the comparator another name."
        )
    levels = tuple(_sequence(comparator.levels, f"comparator {name!r}: levels"))
    bad = [
        lvl for lvl in levels
        if not isinstance(lvl, Level) or not isinstance(lvl.sql, str) or not lvl.sql.strip()
    ]
    if not levels or bad:
        what = f"{bad[0]!r} is not a Level with a SQL condition" if bad else "it has none"
        raise SettingsError(f"comparator {name!r}: levels must be Level objects; {what}.\n{_SHAPE}")
    for lvl in levels:
        _check_sql(name, lvl)
    columns = _strings(comparator.columns, f"comparator {name!r}: columns")
    odd = [c for c in columns if not _COLUMN.fullmatch(c)]
    if odd:
        raise SettingsError(
            f"comparator {name!r}: column {odd[0]!r} is not a lower-case identifier, which the "
            f"SQL needs ({odd[0]}_l cannot be written); rename the input column, e.g. to "
            f"{re.sub(r'[^a-z0-9_]+', '_', odd[0].lower()).strip('_')!r}."
        )
    keys = tuple(
        _strings(key, f"comparator {name!r}: each blocking key")
        for key in _sequence(comparator.blocking_keys, f"comparator {name!r}: blocking_keys")
    )
    level_of = getattr(comparator, "level_of", None)
    checked = obj if isinstance(obj, Comparison) else Comparison(
        name=name,
        description=str(getattr(comparator, "description", "") or name),
        levels=levels,
        blocking_keys=keys,
        python=level_of if callable(level_of) else None,
        reads=columns,
    )
    unlisted = [c for c in checked.columns if c not in columns]
    unlisted += [lvl.tf_column for lvl in levels if lvl.tf_column and lvl.tf_column not in columns]
    unlisted += [
        item for key in keys for item in key
        if _COLUMN.fullmatch(item) and item not in columns and item not in FEATURE_COLUMNS
    ]
    if unlisted:
        raise SettingsError(
            f"comparator {name!r}: its levels or blocking keys read {', '.join(unlisted)}, "
            f"which columns does not list; add them to columns (now {columns!r}; reads= "
            "for a Comparison)."
        )
    return checked


def _check_sql(name: str, level: Level) -> None:
    """Raise a :class:`~socialid.SettingsError` naming the comparator and level when the
    level's SQL does not parse as a DuckDB condition (splink's own error names neither)."""
    try:
        sqlglot.parse_one(level.sql, read="duckdb")
    except sqlglot.errors.ParseError as err:
        problem = err.errors[0]["description"] if err.errors else str(err)
        raise SettingsError(
            f"comparator {name!r}, level {level.label!r}: its SQL does not parse ({problem}):"
            f"\n  {level.sql}\nWrite one DuckDB condition on <column>_l and <column>_r, e.g. "
            "'list_has_any(email_domains_l, email_domains_r)'."
        ) from err


def registered() -> dict[str, EntryPoint]:
    """The comparators registered in the entry-point group, by name (the first wins)."""
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep)
    return found


def load_comparator(name: str) -> Comparison:
    """A built-in comparator, or one registered under ``name`` in the ``socialid.comparators``
    entry-point group (an object, or a class or function taking no argument that returns one).

    >>> load_comparator("phone").name
    'phone'
    >>> load_comparator("fone")
    Traceback (most recent call last):
    ...
    socialid.errors.SettingsError: no comparator named 'fone'; known: name, email, phone, ...
    """
    if name in BUILT_INS:
        return BUILT_INS[name]
    entry = registered().get(name)
    if entry is None:
        known = [*BUILT_INS, *sorted(registered())]
        raise SettingsError(
            f"no comparator named {name!r}; known: {', '.join(known)}. Pass your comparator "
            f"object itself, or register it under the entry-point group {ENTRY_POINT_GROUP!r} "
            "of your package."
        )
    try:
        obj = entry.load()
    except Exception as err:  # any import-time failure of a user's package
        raise SettingsError(
            f"comparator {name!r}: its entry point {entry.value!r} cannot be loaded: "
            f"{type(err).__name__}: {err}"
        ) from err
    if isinstance(obj, type) or (callable(obj) and not isinstance(obj, Comparator)):
        obj = obj()
    comparison = check_comparator(obj)
    if comparison.name != name:
        raise SettingsError(
            f"the entry point {name!r} ({entry.value}) gives a comparator named "
            f"{comparison.name!r}; register it under its own name."
        )
    return comparison


def with_built_ins(comparators: Iterable[object]) -> tuple[Comparison, ...]:
    """The comparisons of a run: the built-ins plus ``comparators`` (objects, or names of
    built-ins or registered comparators). One named like a built-in replaces it in place.

    >>> names = [c.name for c in with_built_ins(["email"])]
    >>> names == list(BUILT_INS)
    True
    """
    chosen = dict(BUILT_INS)
    given: dict[str, Comparison] = {}
    for item in comparators:
        comparison = load_comparator(item) if isinstance(item, str) else check_comparator(item)
        if given.setdefault(comparison.name, comparison) != comparison:
            raise SettingsError(
                f"two different comparators are named {comparison.name!r}; give each its "
                "own name."
            )
        chosen[comparison.name] = comparison
    return tuple(chosen.values())


def _sequence(value: object, what: str) -> Sequence[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise SettingsError(f"{what} must be a tuple or list, got {value!r}.\n{_SHAPE}")
    return value


def _strings(value: object, what: str) -> tuple[str, ...]:
    items = tuple(_sequence(value, what))
    if not all(isinstance(i, str) and i for i in items):
        raise SettingsError(f"{what} must hold column names (strings), got {value!r}.\n{_SHAPE}")
    return items


def _shown(obj: object) -> str:
    return f"{type(obj).__name__} object {obj!r}"[:120]
