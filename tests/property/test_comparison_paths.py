"""Every built-in comparison's SQL levels and Python path agree, and are symmetric.

Pairs of feature records are drawn from small alphabets so that values collide often and
every level is reached; each example evaluates all comparisons in one DuckDB query.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialid._internal.comparisons import DEFAULT_COMPARISONS, IDENT, Comparison
from socialid._internal.features import FEATURE_SCHEMA

#: Comparisons that must not depend on which record is left: all but none today.
SYMMETRIC = {c.name for c in DEFAULT_COMPARISONS}

_WORD = st.sampled_from(
    ["ann", "anna", "ana", "andrzej", "bob", "rob", "smith", "smyth", "jo", ""]
)
_NAME = st.none() | st.builds(" ".join, st.lists(_WORD.filter(bool), min_size=1, max_size=3))
_LIST = st.none() | st.lists(_WORD.filter(bool), min_size=1, max_size=3)
_DATE = st.none() | st.sampled_from(
    ["1980-01-02", "1980-02-01", "1980-01-03", "1981-01-02", "1980-01-31", "1980-11-02"]
)
_POSTCODE = st.none() | st.sampled_from(["SW1A1AA", "SW1A1AB", "SW1B2CC", "E1", "E2"])
#: Accounts as ``platform:handle``; a contact's handle of unknown platform is ``:handle``.
_HANDLES = st.none() | st.lists(
    st.sampled_from(["x:anna", ":anna", "instagram:anna", "x:bob", ":bob"]), min_size=1,
    max_size=3, unique=True,
)


def _value(field: pa.Field) -> st.SearchStrategy[Any]:
    if pa.types.is_list(field.type) and field.name not in ("handles", "bio_handles"):
        return _LIST
    by_name: dict[str, st.SearchStrategy[Any]] = {
        "source": st.sampled_from(["contact", "persona"]),
        "birth_date": _DATE,
        "postcode": _POSTCODE,
        "handles": _HANDLES,
        "bio_handles": _HANDLES,
        "full_name": _NAME,
        "address": _ADDRESS,
        "do_not_link": st.booleans(),
        "followers": st.none() | st.integers(0, 10),
    }
    return by_name.get(field.name, st.none() | _WORD)


_ADDRESS = st.none() | st.sampled_from(
    ["12 high street", "12 high streets", "12 high road", "21 low road", "7 elm way"]
)


def _with_names(record: dict[str, Any], first: str | None, last: str | None) -> dict[str, Any]:
    """Name columns as the features hold them: the full name only beside a surname."""
    full = f"{first} {last}" if first and last else None
    return {**record, "first_name": first, "last_name": last, "full_name": full}


RECORD = st.builds(
    _with_names,
    st.fixed_dictionaries({f.name: _value(f) for f in FEATURE_SCHEMA}),
    st.none() | _WORD.filter(bool),
    st.none() | _WORD.filter(bool),
)
_FIELDS = [f.name for f in FEATURE_SCHEMA]


def _mix(
    left: dict[str, Any], right: dict[str, Any], copied: frozenset[str], swap: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A pair whose right record takes some values from the left one (so that levels other
    than 'no match' are reached), its names swapped or not."""
    right = {**right, **{k: left[k] for k in copied}}
    if swap:
        right = _with_names(right, right["last_name"], right["first_name"])
    return left, right


_Pair = tuple[dict[str, Any], dict[str, Any]]
PAIR = st.builds(_mix, RECORD, RECORD, st.frozensets(st.sampled_from(_FIELDS)), st.booleans())


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


def _sql_levels(
    con: duckdb.DuckDBPyConnection, pairs: list[tuple[dict[str, Any], dict[str, Any]]]
) -> list[dict[str, int]]:
    columns: dict[str, list[Any]] = {}
    for field in FEATURE_SCHEMA:
        for side, index in (("l", 0), ("r", 1)):
            columns[f"{field.name}_{side}"] = [pair[index][field.name] for pair in pairs]
    schema = pa.schema(
        [pa.field(f"{f.name}_{side}", f.type) for f in FEATURE_SCHEMA for side in "lr"]
    )
    con.register("pairs", pa.table(columns, schema=schema))
    cases = ", ".join(
        "CASE "
        + " ".join(f"WHEN {level.sql} THEN {i}" for i, level in enumerate(c.levels))
        + f" ELSE {len(c.levels)} END AS {c.name}"
        for c in DEFAULT_COMPARISONS
    )
    rows = con.execute(f"SELECT {cases} FROM pairs").fetchall()
    con.unregister("pairs")
    names = [c.name for c in DEFAULT_COMPARISONS]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _python_levels(c: Comparison, left: dict[str, Any], right: dict[str, Any]) -> int:
    return c.level_of(left, right)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PAIR, min_size=1, max_size=40))
def test_sql_and_python_paths_agree(
    con: duckdb.DuckDBPyConnection, pairs: list[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    for (left, right), sql in zip(pairs, _sql_levels(con, pairs), strict=True):
        for c in DEFAULT_COMPARISONS:
            assert _python_levels(c, left, right) == sql[c.name], (c.name, left, right)


@settings(max_examples=200, deadline=None)
@given(PAIR)
def test_symmetric_comparisons_ignore_the_order(pair: _Pair) -> None:
    left, right = pair
    for c in DEFAULT_COMPARISONS:
        if c.name in SYMMETRIC:
            assert c.level_of(left, right) == c.level_of(right, left), c.name


def _named(first: str | None, last: str | None, **values: Any) -> dict[str, Any]:
    blank = {f.name: None for f in FEATURE_SCHEMA}
    return _with_names({**blank, "source": "persona", "do_not_link": False, **values}, first, last)


#: Hand-made pairs reaching the name levels random pairs rarely reach.
NAME_PAIRS = [
    (_named(None, "smith", source="contact"), _named("ann", "smith", source="contact")),
    (_named(None, "smith", source="contact"), _named("ann", "smyth", source="contact")),
    (_named("ann", "smith", dkeys=["annsmith"]), _named("ann", "smith", dkeys=["annsmith"])),
    (_named("ann", "smith"), _named("ann", "smith")),
    (_named("ann", "smith", dkeys=["annsmith"]), _named("ann", "smiht", dkeys=["annsmith"])),
    (_named("ann", "smith"), _named("ann", "smyth")),
    (_named("ann", "smith"), _named("smith", "ann")),
    (
        _named("bob", "smith", first_canon=["robert"]),
        _named("rob", "smith", first_canon=["robert"]),
    ),
    (_named("anna", "smith"), _named("ana", "smith")),
    (_named("j", "smith"), _named("john", "smith")),
    (_named("ann", "smith"), _named("andrzej", "smith")),
    (
        _named("bob", None, first_canon=["robert"]),
        _named("rob", "smith", first_canon=["robert"]),
    ),
    (_named("ann", "smith"), _named("ann", "jo")),
    (_named("bob", "jo", source="contact"), _named("ann", "smith", source="contact")),
    (_named("bob", "jo"), _named("ann", "smith")),
]


#: Hand-made pairs for levels that depend on near-equal values, rare in random pairs.
RARE_PAIRS = [
    (_named("a", "b", address="12 high street"), _named("c", "d", address="12 high streets")),
    (_named("a", "b", address="12 high street"), _named("c", "d", address="12 high road")),
    (_named("a", "b", birth_date="1980-01-02"), _named("c", "d", birth_date="1980-02-01")),
    (_named("a", "b", birth_date="1980-01-02"), _named("c", "d", birth_date="1980-01-31")),
    (_named("a", "b", birth_date="1981-01-02"), _named("c", "d", birth_date="1980-11-02")),
    (_named("a", "b", postcode="SW1A1AA"), _named("c", "d", postcode="SW1B2CC")),
    # one account, even when both names explain its handle; ':anna' names no account
    (_named("a", "b", handles=["x:anna"], dkeys=["anna"]),
     _named("c", "d", handles=["x:anna"], dkeys=["anna"])),
    (_named("a", "b", handles=[":anna"], dkeys=["anna"]),
     _named("c", "d", handles=[":anna"], dkeys=["anna"])),
]


def test_sql_and_python_agree_on_rare_levels(con: duckdb.DuckDBPyConnection) -> None:
    sql = _sql_levels(con, RARE_PAIRS)
    for (left, right), levels in zip(RARE_PAIRS, sql, strict=True):
        assert levels == {c.name: c.level_of(left, right) for c in DEFAULT_COMPARISONS}
    handle_levels = [IDENT.levels[row["handle"]].label for row in sql[-2:]]
    assert handle_levels == [
        "the same account on one platform", "no distinctive handle or local part"
    ]


def test_sql_and_python_agree_on_every_name_level(con: duckdb.DuckDBPyConnection) -> None:
    from socialid._internal.comparisons import NAME

    sql = [row["name"] for row in _sql_levels(con, NAME_PAIRS)]
    assert sql == [NAME.level_of(left, right) for left, right in NAME_PAIRS]
    assert sql == list(range(1, len(NAME.levels) + 1))


def test_random_pairs_reach_every_other_level() -> None:
    """A check on the random test itself: its pairs exercise the levels."""
    reached: Counter[tuple[str, int]] = Counter()

    @settings(max_examples=400, deadline=None, database=None, derandomize=True)
    @given(PAIR)
    def collect(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
        left, right = pair
        for c in DEFAULT_COMPARISONS:
            reached[(c.name, c.level_of(left, right))] += 1

    collect()
    for left, right in RARE_PAIRS:
        for c in DEFAULT_COMPARISONS:
            reached[(c.name, c.level_of(left, right))] += 1
    missing = [
        (c.name, i)
        for c in DEFAULT_COMPARISONS
        if c.name != "name"
        for i in range(len(c.levels) + 1)
        if not reached[(c.name, i)]
    ]
    assert not missing
