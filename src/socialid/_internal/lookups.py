"""Distinct-value lookup tables for the normalize stage.

Real exports repeat values (cities, companies, first names, shared emails), and most work of
normalizing is per value, not per record. Each lookup table maps every distinct input value
to its normalized form once: batch normalizers answer what they can in SQL and call their
scalar function for the rest; small per-value functions run in Python over the distinct
values only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pyarrow as pa

from socialid._internal.normalize._batch import BatchNormalizer, BatchStats, run_batch
from socialid._internal.normalize.dates import normalize_date
from socialid._internal.normalize.location import normalize_location

#: Normalizers without a SQL fast path: few distinct values (dates, places) at any scale.
#: The others are ``*_BATCH`` in ``normalize/*_sql.py``.
DATE = BatchNormalizer("date", ("value",), normalize_date)
LOCATION = BatchNormalizer("location", ("value",), normalize_location)


def batch_lookup(
    con: duckdb.DuckDBPyConnection, normalizer: BatchNormalizer, inputs_sql: str, out: str
) -> BatchStats:
    """Table ``out``: the normalizer's inputs and results for the distinct rows of a query
    whose columns are named like the normalizer's inputs."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW _{out}_src AS {inputs_sql}")
    stats = run_batch(con, normalizer, f"_{out}_src", out)
    con.execute(f"DROP VIEW _{out}_src")
    return stats


def python_lookup(
    con: duckdb.DuckDBPyConnection,
    values_sql: str,
    fn: Callable[[str], Any],
    out: str,
    result_type: pa.DataType | None = None,
    fast_path: Callable[[str], str] | None = None,
) -> None:
    """Table ``out(value, result)``: ``fn`` of every distinct non-NULL value of a one-column
    query, computed once each. ``fast_path``, given a table with a ``value`` column, returns
    a query of ``value, result`` for the values it answers exactly as ``fn`` would."""
    distinct = f"_{out}_in"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {distinct} AS "
        f"SELECT DISTINCT v AS value FROM ({values_sql}) AS t(v) WHERE v IS NOT NULL"
    )
    arrow_type = result_type or pa.string()
    con.register(
        f"_{out}_schema", pa.schema([("value", pa.string()), ("result", arrow_type)]).empty_table()
    )
    con.execute(f"CREATE OR REPLACE TEMP TABLE {out} AS SELECT * FROM _{out}_schema")
    con.unregister(f"_{out}_schema")
    if fast_path is not None:
        con.execute(f"INSERT INTO {out} BY NAME {fast_path(distinct)}")
    rest = con.execute(f"SELECT value FROM {distinct} ANTI JOIN {out} USING (value)").fetchall()
    if rest:
        values = [row[0] for row in rest]
        table = pa.table(
            {
                "value": pa.array(values, pa.string()),
                "result": pa.array([fn(v) for v in values], arrow_type),
            }
        )
        con.register(f"_{out}_arrow", table)
        con.execute(f"INSERT INTO {out} SELECT * FROM _{out}_arrow")
        con.unregister(f"_{out}_arrow")
    con.execute(f"DROP TABLE {distinct}")
