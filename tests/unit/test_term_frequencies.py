"""The term frequencies socialid gives splink leave out the records of the compared person."""

from __future__ import annotations

import duckdb
import pytest

from socialid._internal.splink_adapter import term_frequencies_sql


def test_a_value_counts_only_the_records_other_people_may_hold() -> None:
    con = duckdb.connect()
    con.execute(
        """
        CREATE TABLE f AS SELECT * FROM (VALUES
            ('a', 'contact', NULL), ('a', 'contact', NULL),      -- a CRM duplicate: the pair
            ('b', 'contact', NULL), ('b', 'contact', NULL),
            ('b', 'contact', NULL), ('b', 'contact', NULL),      -- two more contacts
            ('c', 'persona', 'x'),                                -- one record
            ('d', 'contact', NULL), ('d', 'persona', 'x'),
            ('d', 'persona', 'instagram'),                        -- one person, three places
            ('e', 'persona', 'x'), ('e', 'persona', 'x'),
            ('e', 'persona', 'github'), ('e', 'persona', 'github'),  -- two people, two places
            (NULL, 'contact', NULL)
        ) t(name, source, platform)
        """
    )
    tf = dict(con.execute(term_frequencies_sql("f", "name")).fetchall())
    n = 14  # records with a name
    assert tf == pytest.approx(
        {"a": 0.1 / n, "b": 2 / n, "c": 0.1 / n, "d": 0.1 / n, "e": 2 / n}
    )
