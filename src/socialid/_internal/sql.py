"""Small SQL-text helpers shared by the DuckDB stages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb


def quote_ident(name: str) -> str:
    """Quote an identifier for DuckDB.

    >>> print(quote_ident("First Name"))
    "First Name"
    """
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    """Quote a string literal for DuckDB.

    >>> print(quote_literal("O'Brien"))
    'O''Brien'
    """
    return "'" + value.replace("'", "''") + "'"


def quote_list(items: Iterable[str]) -> str:
    """A DuckDB ``VARCHAR[]`` literal of ``items``, in the order given.

    >>> print(quote_list(["a", "O'Brien"]))
    ['a', 'O''Brien']::VARCHAR[]
    """
    return "[" + ", ".join(quote_literal(item) for item in items) + "]::VARCHAR[]"


def scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    """The single value a query returns (the result is fully consumed, as DuckDB 2 requires)."""
    rows = con.execute(sql).fetchall()
    return rows[0][0] if rows else None
