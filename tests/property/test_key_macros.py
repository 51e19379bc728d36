"""The SQL macros of the feature assembly agree with their Python references."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialid._internal.features import _MACROS
from socialid._internal.keys import NameKeys

# Few letters, so keys, names and candidates collide often enough to exercise every branch.
_ALNUM = st.text(alphabet="abjmnst019", max_size=9)


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    c = duckdb.connect()
    c.execute(_MACROS)
    return c


@settings(max_examples=300, deadline=None)
@given(key=_ALNUM, first=_ALNUM, last=_ALNUM, candidates=st.lists(_ALNUM, max_size=5))
def test_explains_macro_agrees_with_name_keys(
    con: duckdb.DuckDBPyConnection, key: str, first: str, last: str, candidates: list[str]
) -> None:
    # The macro's 'bare' argument is the key without digits, as in NameKeys.explains.
    sql = "SELECT _sid_explains(?, _sid_bare(?), ?::VARCHAR[], ?, ?)"
    got = con.execute(sql, [key, key, candidates, first, last]).fetchall()[0][0]
    assert got == NameKeys(first, last, frozenset(candidates)).explains(key)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["", "a", "b", "ab", "ba"])), max_size=8))
def test_uniq_macro_keeps_first_seen_non_empty_values(
    con: duckdb.DuckDBPyConnection, values: list[str | None]
) -> None:
    got = con.execute("SELECT _sid_uniq(?::VARCHAR[])", [values]).fetchall()[0][0]
    expected = list(dict.fromkeys(v for v in values if v))
    assert got == (expected or None)
