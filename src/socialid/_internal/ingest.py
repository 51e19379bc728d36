"""Read contacts and personas from any supported source into DuckDB, validated.

Supported sources: a pandas DataFrame, a pyarrow Table, a CSV/TSV/JSON/Parquet path, a DuckDB
relation, or the name of a table in the DuckDB connection in use. CSV files are read with every
column as text, so phone numbers and ids keep their leading zeros.

Each input becomes one DuckDB table ``records_<source>`` with a fixed canonical schema:
``row_number`` (1-based position in the input), ``record_id``, one text column per canonical
field, ``email``/``phone`` as lists of raw values, and the input's extra columns untouched.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import duckdb
import pandas as pd
import pyarrow as pa

from socialid._internal.schema import MULTI_VALUED, ColumnMap, Source, canonical_fields, map_columns
from socialid._internal.sql import quote_ident, quote_literal
from socialid.errors import InputError, SourceError

#: Anything socialid can read as an input table.
InputData = Union[pd.DataFrame, pa.Table, str, "os.PathLike[str]", duckdb.DuckDBPyRelation]

#: The column of 1-based input row numbers added to an input before it is loaded.
ROW_COLUMN = "__socialid_row"
#: Rows or ids an error lists before saying how many more there are.
MAX_LISTED = 10
DATASET = {"contact": "contacts", "persona": "personas"}


@dataclass(frozen=True)
class IngestedTable:
    """One validated input in DuckDB: its table name, size and column map."""

    source: Source
    table: str
    n_rows: int
    columns: ColumnMap


def _read_path(con: duckdb.DuckDBPyConnection, path: Path, dataset: str) -> pa.Table:
    if not path.exists():
        raise SourceError(
            f"{dataset}: cannot read {str(path)!r}: the file does not exist "
            "(check the path, or pass a DataFrame, Arrow table or DuckDB table name)."
        )
    if path.is_dir():
        raise SourceError(f"{dataset}: cannot read {str(path)!r}: it is a directory, not a file.")
    suffixes = [s.lower() for s in path.suffixes]
    literal = quote_literal(str(path))
    try:
        if ".parquet" in suffixes or ".pq" in suffixes:
            rel = con.sql(f"SELECT * FROM read_parquet({literal})")
        elif {".json", ".jsonl", ".ndjson"} & set(suffixes):
            rel = con.sql(f"SELECT * FROM read_json_auto({literal})")
        else:
            # null_padding: a ragged file keeps every row (short rows padded, surplus fields
            # in extra columns); without it DuckDB may take a late row as the header and
            # return no rows at all.
            rel = con.sql(
                f"SELECT * FROM read_csv({literal}, all_varchar = true, header = true, "
                "null_padding = true)"
            )
        return rel.to_arrow_table()
    except duckdb.Error as err:
        first_line = str(err).strip().splitlines()[0]
        raise SourceError(
            f"{dataset}: cannot read {str(path)!r}: {first_line} "
            "(is it a valid CSV, Parquet or JSON file?)"
        ) from err


def _pandas_to_arrow(df: pd.DataFrame) -> pa.Table:
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        # Mixed-type object columns: keep every value, as text.
        fixed = df.copy()
        for col in fixed.columns:
            if fixed[col].dtype == object:
                fixed[col] = [None if _is_missing(v) else _as_text(v) for v in fixed[col]]
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _is_missing(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _as_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value if not _is_missing(v))
    return str(value)


def to_arrow(
    data: Any,
    dataset: str,
    con: duckdb.DuckDBPyConnection,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """Read any supported input into an Arrow table; raise :class:`SourceError` if it can't be.

    A string that is not a file path names a table in ``tables``, the user's DuckDB connection.
    """
    if isinstance(data, pd.DataFrame):
        return _pandas_to_arrow(data)
    if isinstance(data, pa.Table):
        return data
    if isinstance(data, pa.RecordBatchReader):
        return data.read_all()
    if isinstance(data, duckdb.DuckDBPyRelation):
        return data.to_arrow_table()
    if isinstance(data, (str, os.PathLike)):
        text = os.fspath(data)
        path = Path(text).expanduser()
        looks_like_table = isinstance(data, str) and not path.suffix and os.sep not in text
        if looks_like_table and not path.exists():
            if tables is None:
                raise SourceError(
                    f"{dataset}: {text!r} is not a file; to read the DuckDB table of that name, "
                    "pass connection=<your duckdb connection>."
                )
            try:
                return tables.table(text).to_arrow_table()
            except duckdb.Error as err:
                raise SourceError(
                    f"{dataset}: cannot read the table {text!r} from the connection given: "
                    f"{str(err).strip().splitlines()[0]}"
                ) from err
        return _read_path(con, path, dataset)
    raise SourceError(
        f"{dataset}: cannot read an object of type {type(data).__name__}; pass a pandas "
        "DataFrame, a pyarrow Table, a CSV/Parquet path, a DuckDB relation or a table name."
    )


def read_columns(
    data: Any,
    dataset: str,
    columns: Sequence[str],
    hint: str,
    con: duckdb.DuckDBPyConnection,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> pa.Table:
    """``columns`` of any supported input (see :func:`to_arrow`), or an :class:`InputError`
    naming the missing ones, followed by ``hint`` (what to pass instead)."""
    arrow = to_arrow(data, dataset, con, tables)
    missing = [c for c in columns if c not in arrow.column_names]
    if missing:
        raise InputError(dataset, [f"no {', '.join(map(repr, missing))} column: {hint}"])
    return arrow.select(list(columns))


def _text_expr(col: str, arrow_type: pa.DataType) -> str:
    ident = quote_ident(col)
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        inner = f"array_to_string(list_transform({ident}, lambda x: CAST(x AS VARCHAR)), ';')"
        return f"NULLIF(trim({inner}), '')"
    return f"NULLIF(trim(CAST({ident} AS VARCHAR)), '')"


def _id_hints(data: Any) -> list[str]:
    """Likely causes of a missing id column, said as what to do."""
    hints = []
    if isinstance(data, pd.DataFrame) and (
        any(name is not None for name in data.index.names)
        or not isinstance(data.index, pd.RangeIndex)
    ):
        hints.append(
            "the ids may be in the DataFrame's index, which socialid does not read: "
            "call df.reset_index() first."
        )
    return hints


def listed(rows: list[Any], total: int | None = None) -> str:
    """The first rows of ``rows`` for a message, then how many more (of ``total``).

    >>> listed([3, 7, 9], total=40)
    '3, 7, 9 and 37 more'
    """
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED])
    more = (len(rows) if total is None else total) - min(len(rows), MAX_LISTED)
    return shown + (f" and {more} more" if more > 0 else "")


def _validate_ids(con: duckdb.DuckDBPyConnection, table: str, id_col: str) -> list[str]:
    null_rows = [
        r[0]
        for r in con.sql(
            f"SELECT row_number FROM {table} WHERE record_id IS NULL ORDER BY row_number"
        ).fetchall()
    ]
    dupes = con.sql(
        f"""SELECT record_id, list(row_number ORDER BY row_number) AS rows
            FROM {table} WHERE record_id IS NOT NULL
            GROUP BY record_id HAVING count(*) > 1 ORDER BY min(row_number)"""
    ).fetchall()
    return id_problems(id_col, null_rows, dupes)


def id_problems(
    id_col: str,
    null_rows: Sequence[int],
    dupes: Sequence[tuple[str, Sequence[int]]],
    n_null: int | None = None,
    n_dupes: int | None = None,
) -> list[str]:
    """What is wrong with an input's ids: the rows without one, and each duplicated id
    with its rows (in row order). ``n_null`` and ``n_dupes`` are the totals when only the
    first of them are listed.

    >>> id_problems("id", [3], [("a", [1, 2])])  # doctest: +NORMALIZE_WHITESPACE
    ["column 'id' is empty in 1 row(s) (rows 3); every record needs an id: fill them in or
    drop those rows.", "column 'id' has 1 duplicated id(s): 'a' (rows 1, 2); ids must be
    unique within an input: de-duplicate them or use another id column."]
    """
    problems: list[str] = []
    n_null = len(null_rows) if n_null is None else n_null
    n_dupes = len(dupes) if n_dupes is None else n_dupes
    if n_null:
        problems.append(
            f"column {id_col!r} is empty in {n_null} row(s) "
            f"(rows {listed(list(null_rows), n_null)}); every record needs an id: fill them in or "
            "drop those rows."
        )
    if n_dupes:
        shown = [f"{rid!r} (rows {', '.join(map(str, rows[:5]))})" for rid, rows in dupes]
        problems.append(
            f"column {id_col!r} has {n_dupes} duplicated id(s): {listed(shown, n_dupes)}; "
            "ids must be unique within an input: de-duplicate them or use another id column."
        )
    return problems


def check_columns(
    source: Source,
    columns: list[str],
    mapping: Mapping[str, str] | None,
    dataset: str,
    data: Any = None,
) -> ColumnMap:
    """Map an input's ``columns`` to canonical fields; raise one :class:`InputError` listing
    every problem (``data``, when given, adds hints about where a missing id may be)."""
    colmap, problems = map_columns(source, columns, dict(mapping or {}))
    reserved = {"row_number", "record_id", *canonical_fields(source)}
    problems += [
        f"column {c!r} is outside the schema but clashes with socialid's own column "
        f"{c.casefold()!r}; rename it, or map it with mapping={{{c!r}: '<field>'}}."
        for c in colmap.extras
        if c.casefold() in reserved
    ]
    if "id" not in colmap.fields:
        problems += _id_hints(data)
    if problems:
        raise InputError(dataset, problems)
    return colmap


def load_records(
    con: duckdb.DuckDBPyConnection, source: Source, arrow: pa.Table, colmap: ColumnMap
) -> str:
    """Create ``records_<source>`` from ``arrow`` (the input's columns plus ``ROW_COLUMN``,
    its 1-based row numbers) in the canonical schema; return the table's name."""
    raw = f"raw_{source}"
    con.register(f"{raw}_view", arrow)
    con.execute(f"CREATE OR REPLACE TABLE {raw} AS SELECT * FROM {raw}_view")
    con.unregister(f"{raw}_view")

    types = {name: arrow.schema.field(name).type for name in arrow.column_names}
    selects = [f"{ROW_COLUMN} AS row_number"]
    for field in canonical_fields(source):
        cols = colmap.fields.get(field, ())
        target = "record_id" if field == "id" else field
        if field in MULTI_VALUED:
            items = ", ".join(_text_expr(c, types[c]) for c in cols)
            expr = f"list_filter([{items}], lambda x: x IS NOT NULL)" if cols else "[]::VARCHAR[]"
        else:
            expr = _text_expr(cols[0], types[cols[0]]) if cols else "NULL::VARCHAR"
        selects.append(f"{expr} AS {target}")
    selects += [quote_ident(c) for c in colmap.extras]
    table = f"records_{source}"
    con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT {', '.join(selects)} FROM {raw}")
    con.execute(f"DROP TABLE {raw}")
    return table


def ingest(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    data: InputData,
    mapping: Mapping[str, str] | None = None,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> IngestedTable:
    """Read, map and validate one input; raise one :class:`InputError` listing every problem.

    Errors name the file when the input is one (``contacts (crm.csv)``).
    """
    dataset = DATASET[source]
    if isinstance(data, (str, os.PathLike)) and Path(os.fspath(data)).suffix:
        dataset = f"{dataset} ({os.fspath(data)})"
    arrow = to_arrow(data, DATASET[source], con, tables)
    colmap = check_columns(source, [str(c) for c in arrow.column_names], mapping, dataset, data)
    arrow = arrow.append_column(ROW_COLUMN, pa.array(range(1, arrow.num_rows + 1), pa.int64()))
    table = load_records(con, source, arrow, colmap)
    id_problems = _validate_ids(con, table, colmap.fields["id"][0])
    if id_problems:
        raise InputError(dataset, id_problems)
    return IngestedTable(source, table, arrow.num_rows, colmap)
