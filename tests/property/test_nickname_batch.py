"""The first-name SQL fast paths agree with nickname_canonicals and name_forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pyarrow as pa
from fast_paths import fast_path_lookup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialid._internal.normalize._text import fold
from socialid._internal.normalize.name import nickname_canonicals
from socialid._internal.normalize.nickname import _namer, name_forms
from socialid._internal.normalize.nickname_sql import canonicals_sql, forms_sql, register_nicknames

BATCH_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_STRINGS = pa.list_(pa.string())
_KNOWN = sorted(set(_namer().nickname_lookup) | set(_namer().canonical_lookup))
# First names as the name normalizers return them, names of the nickname data, and others.
FIRST = st.one_of(
    st.sampled_from(_KNOWN),
    st.from_regex(r"[a-z0-9][a-z0-9&.\-]{0,8}", fullmatch=True),
    st.text(max_size=12),
)
CASES = ["bob", "robert", "zyx", "jean-luc", "l.b.", "a", "9", "-x", "x-", "Bob", " bob", ""]


def canonicals(value: str) -> list[str]:
    return list(nickname_canonicals(value))


def forms(value: str) -> list[str]:
    return sorted(name_forms(value))


def lookup(
    values: list[str], fn: Callable[[str], Any], fast_path: Callable[[str], str]
) -> dict[str, Any]:
    return fast_path_lookup(values, fn, fast_path, _STRINGS, register_nicknames)


def test_known_cases_agree() -> None:
    assert lookup(CASES, canonicals, canonicals_sql) == {c: canonicals(c) for c in CASES}
    assert lookup(CASES, forms, forms_sql) == {c: forms(c) for c in CASES}


@BATCH_SETTINGS
@given(st.lists(FIRST, min_size=1, max_size=30))
def test_canonicals_fast_path_agrees_with_the_scalar(values: list[str]) -> None:
    assert lookup(values, canonicals, canonicals_sql) == {v: canonicals(v) for v in values}


@BATCH_SETTINGS
@given(st.lists(FIRST, min_size=1, max_size=30))
def test_forms_fast_path_agrees_with_the_scalar(values: list[str]) -> None:
    assert lookup(values, forms, forms_sql) == {v: forms(v) for v in values}


def test_fast_paths_answer_every_folded_word() -> None:
    con = duckdb.connect()
    register_nicknames(con)
    words = [*_KNOWN, "zyx", "jean-luc", "o.neil"]
    con.register("v", pa.table({"value": pa.array(words, pa.string())}))
    for sql in (canonicals_sql("v"), forms_sql("v")):
        answered = {row[0] for row in con.execute(sql).fetchall()}
        assert answered == {w for w in words if fold(w) == w and " " not in w}
