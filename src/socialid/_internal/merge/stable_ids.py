"""Profile ids: deterministic, and kept across runs where membership mostly holds.

Without a previous run, a profile's id is ``sid_`` and 16 hex digits of the md5 of its
smallest record key (``c:<id>`` for a contact, ``p:<id>`` for a persona): the same data gives
the same ids.

With the membership of a previous run, each new profile is compared with the previous
profiles it shares records with, by the Jaccard index of their records (shared records over
records in either). A new and a previous profile are matched when the index reaches
``keep_id_min_overlap`` (0.5 by default) and each is the other's best match (highest index,
then most shared records, then the smaller previous id or smallest record key): the new
profile takes the previous id. At 0.5 or above a profile has at most one such match. Other
profiles get a fresh id: the one above, or, if a previous run used it, the md5 of all their
record keys, so an id never passes to a different person. ``profile_changes`` then lists,
for each new profile, every previous profile it shares records with, and each previous
profile that shares none (``removed``).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from socialid._internal.ingest import InputData, read_columns
from socialid.errors import InputError

#: The columns a previous membership must have.
PREVIOUS_COLUMNS = ("source", "record_id", "profile_id")


def load_previous(
    con: duckdb.DuckDBPyConnection,
    data: InputData,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> None:
    """Read a previous run's membership into ``previous_membership``: a table, DataFrame or
    file with ``source``, ``record_id``, ``profile_id``, or an output directory holding
    ``membership.parquet``. Raise one :class:`InputError` listing every problem."""
    if isinstance(data, (str, os.PathLike)) and Path(os.fspath(data)).is_dir():
        data = Path(os.fspath(data)) / "membership.parquet"
    arrow = read_columns(
        data, "previous", PREVIOUS_COLUMNS,
        "pass the membership of an earlier run (its columns are source, record_id, "
        "profile_id), or its output directory.",
        con, tables,
    )
    con.register("_previous_arrow", arrow)
    con.execute(
        """
        CREATE OR REPLACE TABLE previous_membership AS
        SELECT source::VARCHAR AS source, record_id::VARCHAR AS record_id,
               profile_id::VARCHAR AS profile_id
        FROM _previous_arrow
        """
    )
    con.unregister("_previous_arrow")
    problems = [
        f"{n:,} row(s) {what}."
        for what, n in con.execute(
            """
            SELECT 'have a source other than contact or persona', count(*)
            FROM previous_membership WHERE source IS NULL OR source NOT IN ('contact', 'persona')
            UNION ALL
            SELECT 'have no record_id or no profile_id', count(*)
            FROM previous_membership WHERE record_id IS NULL OR profile_id IS NULL
            UNION ALL
            SELECT 'repeat a (source, record_id) that another row has', count(*) FROM (
                SELECT source, record_id FROM previous_membership
                GROUP BY ALL HAVING count(*) > 1)
            """
        ).fetchall()
        if n
    ]
    if problems:
        raise InputError("previous", [*problems, "pass the membership output of one run."])


def _empty_previous(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE OR REPLACE TABLE previous_membership "
        "(source VARCHAR, record_id VARCHAR, profile_id VARCHAR)"
    )


def assign_profile_ids(
    con: duckdb.DuckDBPyConnection, min_overlap: float, previous: bool
) -> None:
    """Create ``membership`` from ``clusters``; with ``previous`` (``previous_membership``
    loaded), keep matching previous ids and create ``profile_changes``."""
    if not previous:
        _empty_previous(con)
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _ids_new AS
        SELECT c.cluster_id, f.source, f.record_id, c.unique_id,
               min(c.unique_id) OVER (PARTITION BY c.cluster_id) AS min_uid,
               count(*) OVER (PARTITION BY c.cluster_id) AS n
        FROM clusters c JOIN features f USING (unique_id)
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _ids_overlap AS
        WITH old AS (
            SELECT source, record_id, profile_id AS old_id,
                   count(*) OVER (PARTITION BY profile_id) AS n_old
            FROM previous_membership
        )
        SELECT n.cluster_id, any_value(n.min_uid) AS min_uid, o.old_id, count(*) AS k,
               any_value(n.n) AS n_new, any_value(o.n_old) AS n_old,
               count(*) / (any_value(n.n) + any_value(o.n_old) - count(*))::DOUBLE AS jaccard
        FROM _ids_new n JOIN old o USING (source, record_id)
        GROUP BY n.cluster_id, o.old_id
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ids AS
        WITH eligible AS (SELECT * FROM _ids_overlap WHERE jaccard >= {min_overlap}),
        best_new AS (
            SELECT cluster_id, first(old_id ORDER BY jaccard DESC, k DESC, old_id) AS old_id
            FROM eligible GROUP BY cluster_id
        ),
        best_old AS (
            SELECT old_id, first(cluster_id ORDER BY jaccard DESC, k DESC, min_uid) AS cluster_id
            FROM eligible GROUP BY old_id
        ),
        clusters AS (
            SELECT cluster_id, any_value(min_uid) AS min_uid, any_value(n) AS n,
                   'sid_' || left(md5(any_value(min_uid)), 16) AS plain,
                   'sid_' || left(md5('m|' || string_agg(unique_id, '|' ORDER BY unique_id)), 16)
                       AS by_members
            FROM _ids_new GROUP BY cluster_id
        )
        SELECT c.cluster_id, c.n,
               CASE WHEN m.old_id IS NOT NULL THEN m.old_id
                    WHEN c.plain IN (SELECT profile_id FROM previous_membership) THEN c.by_members
                    ELSE c.plain END AS profile_id
        FROM clusters c
        LEFT JOIN (SELECT * FROM best_new JOIN best_old USING (cluster_id, old_id)) m
            USING (cluster_id)
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TABLE membership AS
        SELECT n.source, n.record_id, i.profile_id
        FROM _ids_new n JOIN _ids i USING (cluster_id)
        ORDER BY n.source, n.record_id
        """
    )
    if previous:
        _profile_changes(con)
    for table in ("_ids_new", "_ids_overlap", "_ids"):
        con.execute(f"DROP TABLE {table}")


def _profile_changes(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``profile_changes`` from ``_ids`` and ``_ids_overlap``.

    A new profile is ``created`` (no record in a previous profile), ``merged`` (records of
    several), ``split`` (records of one previous profile whose other records went
    elsewhere), ``unchanged`` (the same records) or ``updated`` (records added or removed);
    a previous profile with no record in any new one is ``removed``.
    """
    con.execute(
        """
        CREATE OR REPLACE TABLE profile_changes AS
        WITH degree_new AS (
            SELECT cluster_id, count(*) AS n FROM _ids_overlap GROUP BY cluster_id
        ),
        degree_old AS (SELECT old_id, count(*) AS n FROM _ids_overlap GROUP BY old_id),
        change AS (
            SELECT i.cluster_id, i.profile_id, i.n,
                   CASE WHEN dn.n IS NULL THEN 'created'
                        WHEN dn.n > 1 THEN 'merged'
                        WHEN max(dold.n) > 1 THEN 'split'
                        WHEN max(o.k) = i.n AND max(o.n_old) = i.n THEN 'unchanged'
                        ELSE 'updated' END AS change
            FROM _ids i
            LEFT JOIN degree_new dn USING (cluster_id)
            LEFT JOIN _ids_overlap o USING (cluster_id)
            LEFT JOIN degree_old dold USING (old_id)
            GROUP BY i.cluster_id, i.profile_id, i.n, dn.n
        )
        SELECT c.profile_id::VARCHAR AS profile_id, o.old_id::VARCHAR AS previous_profile_id,
               c.change::VARCHAR AS change, coalesce(o.k, 0)::BIGINT AS n_shared,
               c.n::BIGINT AS n_records, o.n_old::BIGINT AS n_previous
        FROM change c LEFT JOIN _ids_overlap o USING (cluster_id)
        UNION ALL
        SELECT NULL, p.profile_id, 'removed', 0, NULL, count(*)
        FROM previous_membership p
        WHERE p.profile_id NOT IN (SELECT old_id FROM _ids_overlap)
        GROUP BY p.profile_id
        ORDER BY profile_id NULLS LAST, previous_profile_id NULLS FIRST
        """
    )
