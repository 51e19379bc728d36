"""The batch path of the normalizers: distinct values once, SQL where it can, Python for the rest.

A :class:`BatchNormalizer` pairs a scalar normalizer (the reference: a pure function returning
a frozen result dataclass) with an optional *fast path*, a DuckDB query that computes the same
result for the values it recognises (plain handles, ASCII names, well-formed addresses…).
:func:`run_batch` runs the fast path over a table of distinct inputs, then the scalar function
over what the fast path left, and stores both in one table. The contract, checked by property
tests for every normalizer: for every input the batch row equals the scalar result.

>>> import duckdb
>>> from socialid._internal.normalize.email import normalize_email
>>> emails = BatchNormalizer("email", ("value",), normalize_email)
>>> batch_results(emails, [("J.Doe@Example.com",), (None,)])[0].normalized
'j.doe@example.com'
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import duckdb
import pyarrow as pa

from socialid._internal.sql import quote_ident, scalar

#: A fast path: given a connection and the name of a table of distinct inputs (one VARCHAR
#: column per input, never all NULL), a SELECT returning the input columns and every
#: result column for the rows it handles. Rows it does not return go to the scalar function.
FastPath = Callable[[duckdb.DuckDBPyConnection, str], str]


@dataclass(frozen=True)
class BatchStats:
    """How a batch was computed: rows answered by SQL and rows left to Python."""

    table: str
    sql_rows: int
    python_rows: int


@dataclass(frozen=True)
class BatchNormalizer:
    """A scalar normalizer, its input column names and, optionally, its SQL fast path.

    ``scalar`` is called with one positional argument per input column and returns a frozen
    dataclass; tuples in it are stored as lists, tuples of pairs as lists of structs.
    """

    name: str
    inputs: tuple[str, ...]
    scalar: Callable[..., Any]
    fast_path: FastPath | None = None

    @cached_property
    def result_type(self) -> type[Any]:
        """The dataclass the scalar function returns (from its return annotation)."""
        hints = typing.get_type_hints(self.scalar)
        result = hints["return"]
        if not dataclasses.is_dataclass(result):
            raise TypeError(f"{self.name}: the scalar normalizer must return a dataclass")
        return result  # type: ignore[return-value]

    def __post_init__(self) -> None:
        clash = set(self.inputs) & set(self._hints)
        if clash:
            raise ValueError(
                f"{self.name}: input column(s) {sorted(clash)} have the name of a result field; "
                "name the inputs apart, e.g. 'platform_hint' for an input beside a 'platform' "
                "result"
            )

    @cached_property
    def _hints(self) -> dict[str, Any]:
        """The result fields and their types, in the dataclass's field order."""
        hints = typing.get_type_hints(self.result_type)
        return {f.name: hints[f.name] for f in dataclasses.fields(self.result_type)}

    @cached_property
    def schema(self) -> pa.Schema:
        """Arrow schema of the result columns, in the dataclass's field order."""
        return pa.schema([(name, _arrow_type(hint)) for name, hint in self._hints.items()])

    def to_columns(self, results: Sequence[Any]) -> dict[str, list[Any]]:
        """Result dataclasses as Arrow-ready columns."""
        return {
            name: [_to_arrow_value(getattr(r, name), hint) for r in results]
            for name, hint in self._hints.items()
        }

    def from_row(self, row: dict[str, Any]) -> Any:
        """A row of :func:`run_batch`'s table back as the result dataclass."""
        return self.result_type(
            **{name: _from_arrow_value(row[name], hint) for name, hint in self._hints.items()}
        )


def run_batch(
    con: duckdb.DuckDBPyConnection, normalizer: BatchNormalizer, inputs: str, out: str
) -> BatchStats:
    """Normalize the distinct rows of table ``inputs`` into table ``out``.

    ``out`` gets the input columns then the result columns, one row per distinct input with
    at least one non-NULL column.
    """
    cols = ", ".join(quote_ident(c) for c in normalizer.inputs)
    distinct = f"_{out}_in"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {distinct} AS SELECT DISTINCT {cols} FROM {inputs} "
        f"WHERE coalesce({cols}) IS NOT NULL"
    )
    schema = pa.schema([*(pa.field(c, pa.string()) for c in normalizer.inputs), *normalizer.schema])
    con.register(f"_{out}_schema", schema.empty_table())
    con.execute(f"CREATE OR REPLACE TABLE {out} AS SELECT * FROM _{out}_schema")
    con.unregister(f"_{out}_schema")
    sql_rows = 0
    if normalizer.fast_path is not None:
        con.execute(f"INSERT INTO {out} BY NAME {normalizer.fast_path(con, distinct)}")
        sql_rows = int(scalar(con, f"SELECT count(*) FROM {out}"))
    join = " AND ".join(
        f"d.{c} IS NOT DISTINCT FROM o.{c}" for c in map(quote_ident, normalizer.inputs)
    )
    rest = con.sql(f"SELECT d.* FROM {distinct} d ANTI JOIN {out} o ON {join}").fetchall()
    if rest:
        columns = {c: [r[i] for r in rest] for i, c in enumerate(normalizer.inputs)}
        columns.update(normalizer.to_columns([normalizer.scalar(*args) for args in rest]))
        con.register(f"_{out}_py", pa.table(columns, schema=schema))
        con.execute(f"INSERT INTO {out} BY NAME SELECT * FROM _{out}_py")
        con.unregister(f"_{out}_py")
    con.execute(f"DROP TABLE {distinct}")
    return BatchStats(out, sql_rows, len(rest))


def batch_results(
    normalizer: BatchNormalizer,
    rows: Iterable[Sequence[str | None]],
    con: duckdb.DuckDBPyConnection | None = None,
) -> list[Any]:
    """The batch path's results for ``rows`` of inputs, in order, as result dataclasses.

    Rows whose inputs are all missing get the scalar function's answer for them.
    """
    rows = [tuple(r) for r in rows]
    con = con or duckdb.connect()
    table = pa.table(
        {c: pa.array([r[i] for r in rows], pa.string()) for i, c in enumerate(normalizer.inputs)}
    )
    con.register("_batch_inputs", table)
    run_batch(con, normalizer, "_batch_inputs", "_batch_out")
    con.unregister("_batch_inputs")
    found = {
        tuple(r[c] for c in normalizer.inputs): r
        for r in con.sql("SELECT * FROM _batch_out").to_arrow_table().to_pylist()
    }
    con.execute("DROP TABLE _batch_out")
    return [normalizer.from_row(found[r]) if r in found else normalizer.scalar(*r) for r in rows]


def _arrow_type(hint: Any) -> pa.DataType:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is tuple and args and args[-1] is Ellipsis:
        return pa.list_(_arrow_type(args[0]))
    if origin is tuple:
        return pa.struct([(f"f{i}", _arrow_type(a)) for i, a in enumerate(args)])
    simple = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no Arrow type for result field type {hint!r}")


def _to_arrow_value(value: Any, hint: Any) -> Any:
    if not isinstance(value, tuple):
        return value
    origin = typing.get_origin(hint)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _to_arrow_value(value, args[0])
    if origin is tuple and args and args[-1] is Ellipsis:
        return [_to_arrow_value(v, args[0]) for v in value]
    if origin is tuple:
        return {
            f"f{i}": _to_arrow_value(v, a) for i, (v, a) in enumerate(zip(value, args, strict=True))
        }
    return value


def _from_arrow_value(value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return None if value is None else _from_arrow_value(value, args[0])
    if origin is tuple and args and args[-1] is Ellipsis:
        return tuple(_from_arrow_value(v, args[0]) for v in value)
    if origin is tuple:
        return tuple(_from_arrow_value(value[f"f{i}"], a) for i, a in enumerate(args))
    return value
