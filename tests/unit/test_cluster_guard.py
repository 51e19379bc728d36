"""The chain guard on real DuckDB with splink's connected components."""

from __future__ import annotations

import duckdb
from splink import DuckDBAPI
from splink.clustering import cluster_pairwise_predictions_at_threshold

from socialid._internal.cluster import cluster_records


def _components(con: duckdb.DuckDBPyConnection) -> object:
    db = DuckDBAPI(connection=con)

    def run(nodes: str, edges: str) -> str:
        df = cluster_pairwise_predictions_at_threshold(
            nodes, edges, db, node_id_column_name="unique_id")
        return str(df.physical_name)

    return run


def _groups(con: duckdb.DuckDBPyConnection) -> set[frozenset[str]]:
    rows = con.execute(
        "SELECT list(unique_id ORDER BY unique_id) FROM clusters GROUP BY cluster_id").fetchall()
    return {frozenset(r[0]) for r in rows}


def _setup(edges: list[tuple[str, str, float]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    nodes = sorted({n for a, b, _ in edges for n in (a, b)} | {"lonely"})
    con.execute("CREATE TABLE features AS SELECT unnest(?::VARCHAR[]) AS unique_id", [nodes])
    con.execute("CREATE TABLE links (unique_id_l VARCHAR, unique_id_r VARCHAR, "
                "match_probability DOUBLE)")
    con.executemany("INSERT INTO links VALUES (?, ?, ?)", edges)
    return con


def test_a_weak_link_between_two_people_breaks_when_the_group_is_too_big() -> None:
    strong = 0.9999
    alice = [("a1", "a2", strong), ("a2", "a3", strong)]
    bob = [("b1", "b2", strong), ("b2", "b3", strong)]
    con = _setup([*alice, *bob, ("a3", "b1", 0.95)])
    _, n_split = cluster_records(con, _components(con), max_size=4)  # type: ignore[arg-type]
    assert n_split == 1
    assert _groups(con) == {frozenset({"a1", "a2", "a3"}), frozenset({"b1", "b2", "b3"}),
                            frozenset({"lonely"})}


def test_small_groups_are_left_alone() -> None:
    con = _setup([("a1", "a2", 0.95), ("a2", "b1", 0.91)])
    _, n_split = cluster_records(con, _components(con), max_size=4)  # type: ignore[arg-type]
    assert n_split == 0
    assert _groups(con) == {frozenset({"a1", "a2", "b1"}), frozenset({"lonely"})}


def test_the_guard_can_be_turned_off() -> None:
    con = _setup([("a1", "a2", 0.9999), ("a2", "b1", 0.95), ("b1", "b2", 0.9999)])
    _, n_split = cluster_records(con, _components(con), max_size=None)  # type: ignore[arg-type]
    assert n_split == 0
    assert _groups(con) == {frozenset({"a1", "a2", "b1", "b2"}), frozenset({"lonely"})}
