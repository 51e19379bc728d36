"""Known matches for training: records labelled with the person they belong to.

A user who already knows some identities (a CRM export with a customer id on some rows, a
reviewed sample) passes them as ``labels``: one row per labelled record with ``source``,
``record_id`` and ``person_id``. Every two labelled records that share a ``person_id`` are one
person; splink's ``estimate_m_from_pairwise_labels`` then sets each comparison's m from those
pairs, in place of EM's estimate (see docs/model.md, "m from labels").
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from socialid._internal.ingest import InputData, listed, read_columns
from socialid.errors import InputError

#: The columns a labels table must have.
LABEL_COLUMNS = ("source", "record_id", "person_id")
#: The table of labelled pairs, in splink's pairwise-label shape.
LABELLED_PAIRS = "labelled_pairs"


def load_labels(
    con: duckdb.DuckDBPyConnection,
    data: InputData,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> int:
    """Read ``data`` into ``labelled_pairs`` (the pairs of labelled records of one person,
    as ``unique_id_l``, ``unique_id_r`` of the ``features`` table); return how many pairs.
    Raise one :class:`InputError` listing every problem, with the rows concerned."""
    arrow = read_columns(
        data, "labels", LABEL_COLUMNS,
        "pass one row per labelled record with source ('contact' or 'persona'), record_id "
        "and person_id.",
        con, tables,
    )
    rows = pa.array(range(1, arrow.num_rows + 1), pa.int64())
    con.register("_labels_arrow", arrow.append_column("_row", rows))
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _labels AS
        SELECT _row AS row_number, source::VARCHAR AS source,
               record_id::VARCHAR AS record_id, person_id::VARCHAR AS person_id,
               left(source::VARCHAR, 1) || ':' || record_id::VARCHAR AS unique_id
        FROM _labels_arrow
        """
    )
    con.unregister("_labels_arrow")
    checks = {
        "have a source other than 'contact' or 'persona'":
            "source IS NULL OR source NOT IN ('contact', 'persona')",
        "have no record_id or no person_id": "record_id IS NULL OR person_id IS NULL",
        "name a record that is not in the inputs": "unique_id NOT IN (SELECT unique_id "
            "FROM features) AND source IN ('contact', 'persona')",
        "label a record that another row labels too": "(source, record_id) IN (SELECT "
            "(source, record_id) FROM _labels GROUP BY ALL HAVING count(*) > 1)",
    }
    problems = []
    for what, where in checks.items():
        rows = [r for (r,) in con.execute(
            f"SELECT row_number FROM _labels WHERE {where} ORDER BY row_number").fetchall()]
        if rows:
            problems.append(f"{len(rows):,} row(s) {what} (rows {listed(rows)}).")
    if problems:
        con.execute("DROP TABLE _labels")
        raise InputError("labels", [*problems, "fix or drop those rows and train again."])
    con.execute(
        f"""
        CREATE OR REPLACE TABLE {LABELLED_PAIRS} AS
        SELECT a.unique_id AS unique_id_l, b.unique_id AS unique_id_r,
               'features' AS source_dataset_l, 'features' AS source_dataset_r
        FROM _labels a JOIN _labels b ON a.person_id = b.person_id AND a.unique_id < b.unique_id
        """
    )
    con.execute("DROP TABLE _labels")
    return int(con.execute(f"SELECT count(*) FROM {LABELLED_PAIRS}").fetchall()[0][0])
