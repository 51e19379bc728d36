"""The cluster stage: connected components, with a guard against chains.

Connected components join everything reachable through accepted links, so one weak link can
merge two people, and a run of namesakes can chain dozens of records into one profile. One
person rarely has more than a handful of records (a few CRM duplicates, one account per
platform), so a component larger than ``max_size`` is suspect: it is clustered again on its
own links at rising probability thresholds until every part is small enough or the
thresholds run out. The strong links inside each true person survive; the weak links between
namesakes break first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import duckdb

#: Match-probability thresholds tried in turn on oversized components.
SPLIT_THRESHOLDS: tuple[float, ...] = (0.99, 0.999, 0.9999, 0.99999)

#: Connected components of (nodes table, edges table) → table of unique_id, cluster_id.
Components = Callable[[str, str], str]


def cluster_records(
    con: duckdb.DuckDBPyConnection,
    components: Components,
    max_size: int | None,
    thresholds: Sequence[float] = SPLIT_THRESHOLDS,
) -> tuple[str, int]:
    """Cluster ``features`` over ``links``; return the clusters table (``unique_id``,
    ``cluster_id`` and the ``component_id`` before any split) and how many oversized
    components were split (``max_size=None``: no guard)."""
    first = components("features", "links")
    con.execute(
        f"CREATE OR REPLACE TABLE clusters AS SELECT unique_id, cluster_id::VARCHAR AS cluster_id, "
        f"cluster_id::VARCHAR AS component_id FROM {first}"
    )
    n_split = 0
    for step, threshold in enumerate(thresholds if max_size is not None else (), start=1):
        con.execute(
            f"""
            CREATE OR REPLACE TABLE _guard_nodes AS
            SELECT unique_id FROM clusters
            WHERE cluster_id IN (
                SELECT cluster_id FROM clusters GROUP BY cluster_id HAVING count(*) > {max_size}
            )
            """
        )
        n_big = int(con.execute(
            "SELECT count(DISTINCT cluster_id) FROM clusters "
            "WHERE unique_id IN (SELECT unique_id FROM _guard_nodes)").fetchall()[0][0])
        if n_big == 0:
            break
        n_split += n_big if step == 1 else 0
        con.execute(
            f"""
            CREATE OR REPLACE TABLE _guard_edges AS
            SELECT l.* FROM links l
            SEMI JOIN _guard_nodes a ON a.unique_id = l.unique_id_l
            SEMI JOIN _guard_nodes b ON b.unique_id = l.unique_id_r
            WHERE l.match_probability >= {threshold}
            """
        )
        parts = components("_guard_nodes", "_guard_edges")
        con.execute(
            f"""
            CREATE OR REPLACE TABLE clusters AS
            SELECT c.* REPLACE (
                       coalesce('s{step}:' || p.cluster_id::VARCHAR, c.cluster_id) AS cluster_id)
            FROM clusters c LEFT JOIN {parts} p USING (unique_id)
            """
        )
    con.execute("DROP TABLE IF EXISTS _guard_nodes")
    con.execute("DROP TABLE IF EXISTS _guard_edges")
    return "clusters", n_split
