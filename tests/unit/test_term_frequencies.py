"""The term frequencies socialid gives splink leave the compared pair out."""

from __future__ import annotations

import duckdb
import pytest

from socialid._internal.splink_adapter import term_frequencies_sql


def test_a_value_held_only_by_the_pair_is_rare_and_others_count_without_the_pair() -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE f AS SELECT * FROM (VALUES ('a'), ('a'), ('b'), ('b'), ('b'), ('b'),"
        " ('c'), (NULL)) t(name)"
    )
    tf = dict(con.execute(term_frequencies_sql("f", "name")).fetchall())
    assert tf == pytest.approx({"a": 0.1 / 7, "b": 2 / 7, "c": 0.1 / 7})
