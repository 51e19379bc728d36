from __future__ import annotations

import duckdb
import pytest

from socialid._internal.shared import cap_block_keys, cap_scalar_keys, split_shared_values


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """
        CREATE TABLE features AS SELECT *, NULL::VARCHAR[] AS shared_phones FROM (VALUES
            ('a', 'robert', 'taylor', ['robert'], ['+1', '+9'], ['k1', 'k2']),
            ('b', 'bob', 'taylor', ['robert'], ['+1'], ['k1']),
            ('c', 'ann', 'lee', ['ann'], ['+2', '+9'], ['k1']),
            ('d', 'zoe', 'kim', ['zoe'], ['+2'], ['k3']),
            ('e', 'max', 'ost', ['max'], ['+9'], NULL)
        ) t(unique_id, first_name, last_name, first_canon, phones, xkeys)
        """
    )
    return con


def _col(con: duckdb.DuckDBPyConnection, column: str) -> dict[str, object]:
    return dict(con.execute(f"SELECT unique_id, {column} FROM features").fetchall())


def test_values_of_clearly_different_people_are_shared(con: duckdb.DuckDBPyConnection) -> None:
    # +1: Robert and Bob Taylor (one person by nickname); +2: Ann Lee and Zoe Kim (two names,
    # two surnames); +9: three first names.
    assert split_shared_values(con, "phones", "shared_phones") == 2
    assert _col(con, "phones") == {"a": ["+1"], "b": ["+1"], "c": None, "d": None, "e": None}
    assert _col(con, "shared_phones") == {
        "a": ["+9"], "b": None, "c": ["+2", "+9"], "d": ["+2"], "e": ["+9"]}


def test_common_block_keys_are_capped(con: duckdb.DuckDBPyConnection) -> None:
    assert cap_block_keys(con, "xkeys", limit=2) == 1
    assert _col(con, "xkeys") == {"a": ["k2"], "b": None, "c": None, "d": ["k3"], "e": None}


def test_scalar_keys_held_by_too_many_records_stop_blocking() -> None:
    con = duckdb.connect()
    names = ["james smith"] * 3 + ["ada lovelace", None]
    con.execute(
        "CREATE TABLE features AS SELECT unique_id, name_key, name_key AS sorted_name_key, "
        "name_key AS skeleton_key, NULL AS surname_key, NULL AS birth_date_key, "
        "NULL AS postcode_key, "
        "NULL AS address_key "
        "FROM (SELECT unnest(range(5))::VARCHAR AS unique_id, unnest(?) AS name_key)",
        [names],
    )
    cap_scalar_keys(con, limit=2)
    assert _col(con, "name_key") == {"0": None, "1": None, "2": None, "3": "ada lovelace",
                                     "4": None}
    assert _col(con, "sorted_name_key") == _col(con, "name_key")
    assert _col(con, "skeleton_key") == _col(con, "name_key")


def test_a_record_with_its_names_swapped_is_the_same_person() -> None:
    # 'Wilkinson Imogen' is 'Imogen Wilkinson' with the columns crossed: two initials and two
    # surname prefixes, yet one person. 'Ann Lee' beside them is another, so the 3-initials
    # rule still holds with the swap counted once ('Lee Ann' is not counted again either).
    con = duckdb.connect()
    con.execute(
        """
        CREATE TABLE features AS SELECT *, NULL::VARCHAR[] AS shared_emails FROM (VALUES
            ('a', 'imogen', 'wilkinson', ['imogen'], ['iw@x.com', 'fam@x.com']),
            ('b', 'wilkinson', 'imogen', ['wilkinson'], ['iw@x.com', 'fam@x.com']),
            ('c', 'ann', 'lee', ['ann'], ['fam@x.com']),
            ('d', 'zoe', 'kim', ['zoe'], ['fam@x.com'])
        ) t(unique_id, first_name, last_name, first_canon, emails)
        """
    )
    assert split_shared_values(con, "emails", "shared_emails") == 1
    assert _col(con, "emails") == {"a": ["iw@x.com"], "b": ["iw@x.com"], "c": None, "d": None}
    assert _col(con, "shared_emails")["c"] == ["fam@x.com"]


def test_a_surname_blocks_only_while_rare() -> None:
    from socialid._internal.keys import MAX_SURNAME_RECORDS

    con = duckdb.connect()
    surnames = ["smith"] * (MAX_SURNAME_RECORDS + 1) + ["dean"] * MAX_SURNAME_RECORDS
    con.execute(
        "CREATE TABLE features AS SELECT unique_id, NULL AS name_key, NULL AS sorted_name_key, "
        "NULL AS skeleton_key, surname_key, NULL AS birth_date_key, NULL AS postcode_key, "
        "NULL AS address_key "
        "FROM (SELECT unnest(range(?))::VARCHAR AS unique_id, unnest(?) AS surname_key)",
        [len(surnames), surnames],
    )
    cap_scalar_keys(con)
    kept = con.execute("SELECT DISTINCT surname_key FROM features").fetchall()
    assert {key for (key,) in kept} == {None, "dean"}
