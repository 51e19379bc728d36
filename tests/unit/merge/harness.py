"""Run the merge stage on real ingested and normalized inputs with clusters chosen by the
test, so survivorship, provenance and ids are tested without a model."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd
from splink import DuckDBAPI
from splink.clustering import cluster_pairwise_predictions_at_threshold

from socialid import MergeSettings, ResolverSettings
from socialid._internal import pipeline
from socialid._internal.cluster import cluster_records
from socialid._internal.merge import (
    assign_profile_ids,
    build_profiles,
    guard_clusters,
    load_previous,
)
from socialid._internal.merge.guards import Components
from socialid._internal.progress import Progress

OUTPUTS = ("membership", "profiles", "profile_attributes", "rejects")


def workspace(
    contacts: pd.DataFrame | None = None, personas: pd.DataFrame | None = None
) -> pipeline.Workspace:
    """Ingest and normalize the inputs, as a run does."""
    return pipeline.load(
        {"contact": contacts, "persona": personas}, {}, ResolverSettings(), Progress(False)
    )


def set_clusters(con: duckdb.DuckDBPyConnection, groups: Sequence[Sequence[str]]) -> None:
    """``clusters``: each group of record keys (``c:<id>``, ``p:<id>``) one cluster, every
    other record alone."""
    con.execute("CREATE OR REPLACE TABLE clusters AS SELECT unique_id, unique_id AS cluster_id "
                "FROM features")
    for i, group in enumerate(groups):
        con.execute("UPDATE clusters SET cluster_id = ? WHERE list_contains(?, unique_id)",
                    [f"group{i}", list(group)])


def set_links(con: duckdb.DuckDBPyConnection, links: Sequence[tuple[str, str, float]]) -> None:
    """``links``: accepted pairs (record key, record key, match probability)."""
    con.execute("CREATE OR REPLACE TABLE links (unique_id_l VARCHAR, unique_id_r VARCHAR, "
                "match_probability DOUBLE)")
    if links:
        con.executemany("INSERT INTO links VALUES (?, ?, ?)", list(links))


def components(con: duckdb.DuckDBPyConnection) -> Components:
    """splink's connected components on ``con``, as the pipeline uses them."""
    db = DuckDBAPI(connection=con)

    def run(nodes: str, edges: str) -> str:
        return str(cluster_pairwise_predictions_at_threshold(
            nodes, edges, db, node_id_column_name="unique_id").physical_name)

    return run


def merge(
    ws: pipeline.Workspace,
    merge_settings: MergeSettings | None = None,
    previous: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """Assign ids over ``clusters`` and build the profiles; the output tables as pandas.
    ``guard_flags`` is left as the guards wrote it, or created empty."""
    settings = merge_settings or MergeSettings()
    con = ws.con
    con.execute('CREATE TABLE IF NOT EXISTS guard_flags (unique_id VARCHAR, "check" VARCHAR, '
                "action VARCHAR, detail VARCHAR)")
    if previous is not None:
        load_previous(con, previous)
    assign_profile_ids(con, settings.keep_id_min_overlap, previous is not None)
    build_profiles(con, ws.sources, settings)
    names = [*OUTPUTS, *(["profile_changes"] if previous is not None else [])]
    return {name: con.sql(f"SELECT * FROM {name}").df() for name in names}


def run_merge(
    contacts: pd.DataFrame | None = None,
    personas: pd.DataFrame | None = None,
    groups: Sequence[Sequence[str]] = (),
    merge_settings: MergeSettings | None = None,
) -> dict[str, pd.DataFrame]:
    """The merge of the inputs clustered as ``groups``."""
    ws = workspace(contacts, personas)
    set_clusters(ws.con, groups)
    return merge(ws, merge_settings)


def run_guards(
    contacts: pd.DataFrame | None,
    personas: pd.DataFrame | None,
    links: Sequence[tuple[str, str, float]],
    merge_settings: MergeSettings | None = None,
    max_size: int | None = 10,
) -> tuple[int, dict[str, pd.DataFrame]]:
    """The cluster stage (components, the size guard, the conflict guards) and the merge
    over ``links``: clusters split on conflicts and the output tables."""
    ws = workspace(contacts, personas)
    con = ws.con
    settings = merge_settings or MergeSettings()
    set_links(con, links)
    run = components(con)
    cluster_records(con, run, max_size)
    n_split = guard_clusters(con, ws.sources, run, settings, max_size)
    return n_split, merge(ws, settings)


def groups_of(membership: pd.DataFrame) -> set[frozenset[str]]:
    """The profiles as sets of record keys."""
    keys = membership.source.str[0] + ":" + membership.record_id
    return {frozenset(g) for g in keys.groupby(membership.profile_id).agg(list)}
