"""Contact points shared by different people: switchboards, family mailboxes, team inboxes.

An email or phone number held by records whose names clearly differ says "same household" or
"same office", not "same person". After normalization, every such value is moved from the
record's ``emails``/``phones`` into ``shared_emails``/``shared_phones``, which comparisons weigh
separately. This is term-frequency adjustment for list columns, which splink only offers for
scalar columns. Role accounts (``info@``) never get this far: the email normalizer flags them.
"""

from __future__ import annotations

import duckdb

from socialid._internal.keys import MAX_KEY_RECORDS, MAX_SURNAME_RECORDS

#: Distinct first initials (after nickname canonicalisation) on records holding a value that
#: make it shared.
SHARED_FIRST_NAMES = 3
#: ... or this many distinct initials together with as many distinct surname prefixes.
SHARED_FIRST_AND_LAST = 2


def split_shared_values(con: duckdb.DuckDBPyConnection, column: str, shared: str) -> int:
    """Move the shared values of list ``column`` into ``shared``; return how many were shared."""
    # Initials and surname prefixes, not whole names: a CRM duplicate with a typo in both
    # names ("Juila Marques" / "Julia Marquez") is one person, and typos rarely touch them.
    first = "left(coalesce(first_canon[1], first_name), 1)"
    last = "left(last_name, 3)"
    # A record whose names are another's swapped ('Wilkinson Imogen' beside 'Imogen
    # Wilkinson', a CRM import with the columns crossed) counts as that one: only the
    # record whose first initial comes first alphabetically is counted.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _shared_values AS
        WITH held AS (
            SELECT unnest({column}) AS v, {first} AS fn, {last} AS ln,
                   left(first_name, 1) AS a, left(last_name, 1) AS b
            FROM features
        )
        SELECT h.v FROM held h
        ANTI JOIN held s  -- the key folds the test on h alone in: no nested loop on DuckDB 1.x
            ON s.v = h.v AND s.a = h.b AND s.b = CASE WHEN h.a > h.b THEN h.a END
        GROUP BY h.v
        HAVING count(DISTINCT h.fn) >= {SHARED_FIRST_NAMES}
            OR (count(DISTINCT h.fn) >= {SHARED_FIRST_AND_LAST}
                AND count(DISTINCT h.ln) >= {SHARED_FIRST_AND_LAST})
        """
    )
    rows = con.execute("SELECT count(*) FROM _shared_values").fetchall()
    n_shared = int(rows[0][0])
    if n_shared:
        con.execute(
            f"""
            CREATE OR REPLACE TABLE features AS
            WITH flagged AS (
                SELECT x.unique_id, x.v, s.v IS NOT NULL AS is_shared
                FROM (SELECT unique_id, unnest({column}) AS v FROM features) x
                LEFT JOIN _shared_values s USING (v)
            ),
            regrouped AS (
                SELECT unique_id,
                       list(v ORDER BY v) FILTER (WHERE NOT is_shared) AS own,
                       list(v ORDER BY v) FILTER (WHERE is_shared) AS common
                FROM flagged GROUP BY unique_id
            )
            SELECT f.* REPLACE (
                       CASE WHEN r.unique_id IS NULL THEN f.{column} ELSE r.own END AS {column},
                       r.common AS {shared})
            FROM features f LEFT JOIN regrouped r USING (unique_id)
            """
        )
    con.execute("DROP TABLE _shared_values")
    return n_shared




def cap_block_keys(
    con: duckdb.DuckDBPyConnection, column: str, limit: int = MAX_KEY_RECORDS
) -> int:
    """Drop from list ``column`` the keys held by more than ``limit`` records; return how many."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _common_keys AS
        SELECT k FROM (SELECT unnest({column}) AS k FROM features)
        GROUP BY k HAVING count(*) > {limit}
        """
    )
    n_common = int(con.execute("SELECT count(*) FROM _common_keys").fetchall()[0][0])
    if n_common:
        con.execute(
            f"""
            CREATE OR REPLACE TABLE features AS
            WITH kept AS (
                SELECT x.unique_id, list(x.k ORDER BY x.k) AS keys
                FROM (SELECT unique_id, unnest({column}) AS k FROM features) x
                ANTI JOIN _common_keys c USING (k)
                GROUP BY x.unique_id
            )
            SELECT f.* REPLACE (kept.keys AS {column})
            FROM features f LEFT JOIN kept USING (unique_id)
            """
        )
    con.execute("DROP TABLE _common_keys")
    return n_common


#: Scalar blocking keys: a name, birth date, postcode or address shared by more than
#: ``MAX_KEY_RECORDS`` records would make a block of quadratic size ("James Smith" in a
#: million records). Records sharing such a value still meet through their other keys.
SCALAR_KEYS = (
    "name_key", "sorted_name_key", "skeleton_key", "surname_key", "birth_date_key", "postcode_key",
    "address_key",
)
#: Scalar keys capped lower than ``MAX_KEY_RECORDS``.
KEY_LIMITS = {"surname_key": MAX_SURNAME_RECORDS}
#: List blocking keys, capped value by value.
LIST_KEYS = ("xkeys", "canon_keys")


def cap_scalar_keys(con: duckdb.DuckDBPyConnection, limit: int = MAX_KEY_RECORDS) -> None:
    """Set to NULL each of ``SCALAR_KEYS`` where more than ``limit`` records (its
    ``KEY_LIMITS`` if lower) hold its value."""
    capped = ", ".join(
        f"CASE WHEN count({k}) OVER (PARTITION BY {k}) <= {min(limit, KEY_LIMITS.get(k, limit))} "
        f"THEN {k} END AS {k}"
        for k in SCALAR_KEYS
    )
    con.execute(f"CREATE OR REPLACE TABLE features AS SELECT * REPLACE ({capped}) FROM features")


def drop_keys_of_shared_emails(con: duckdb.DuckDBPyConnection) -> None:
    """Remove the local parts of shared emails from the handle/local-part keys.

    A family mailbox ``thelees@…`` moved to ``shared_emails`` must not come back as the
    distinctive key ``thelees`` that every Lee would share.
    """
    local = "regexp_replace(split_part(e, '@', 1), '[^0-9a-z]', '', 'g')"
    keep = "lambda k: NOT list_contains(coalesce(shared_locals, []), k)"
    con.execute(
        f"""
        CREATE OR REPLACE TABLE features AS
        SELECT * EXCLUDE (shared_locals) REPLACE (
            nullif(list_filter(ukeys, {keep}), []) AS ukeys,
            nullif(list_filter(dkeys, {keep}), []) AS dkeys,
            nullif(list_filter(ustems, {keep}), []) AS ustems,
            nullif(list_filter(xkeys, {keep}), []) AS xkeys)
        FROM (SELECT *, list_transform(shared_emails, lambda e: {local}) AS shared_locals
              FROM features)
        """
    )
