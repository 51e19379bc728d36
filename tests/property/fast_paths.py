"""Running a ``python_lookup`` with its SQL fast path, for the batch property tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pyarrow as pa

from socialid._internal.lookups import python_lookup


def fast_path_lookup(
    values: list[str],
    fn: Callable[[str], Any],
    fast_path: Callable[[str], str],
    result_type: pa.DataType | None = None,
    prepare: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> dict[str, Any]:
    """Each distinct value's result from ``python_lookup(fn, fast_path=fast_path)``, on a
    fresh connection that ``prepare`` sets up first (tables the fast path reads)."""
    con = duckdb.connect()
    if prepare is not None:
        prepare(con)
    con.register("v", pa.table({"value": pa.array(values, pa.string())}))
    python_lookup(con, "SELECT value FROM v", fn, "out", result_type, fast_path=fast_path)
    return dict(con.execute("SELECT value, result FROM out").fetchall())
