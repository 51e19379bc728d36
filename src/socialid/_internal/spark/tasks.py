"""Running socialid's DuckDB code inside Spark tasks.

Normalisation is per record and merging is per cluster, so both run unchanged on slices of
the data: each Spark task loads its slice into an in-process DuckDB, runs the same SQL as a
single-machine run and hands back its tables. A task's tables travel as Arrow IPC blobs in
rows of ``(bucket, name, data)``, so one task can return several tables of different shapes;
:func:`table_of` unpacks one of them into an ordinary DataFrame, on the executors.

Each task also returns every table's schema (an empty IPC blob named ``schema:<name>``), so
the driver learns the output schemas from a few bytes instead of from the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import from_arrow_schema

#: The rows tasks exchange: which bucket, which table, its Arrow IPC stream.
BLOB_SCHEMA = "bucket long, name string, data binary"
_SCHEMA_PREFIX = "schema:"

#: A task over one slice: its input tables by name → its output tables by name.
Task = Callable[[Mapping[str, pa.Table]], Mapping[str, pa.Table]]


def to_ipc(table: pa.Table) -> bytes:
    """``table`` as an Arrow IPC stream.

    >>> from_ipc(to_ipc(pa.table({"a": [1, 2]}))).to_pydict()
    {'a': [1, 2]}
    """
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def from_ipc(data: bytes) -> pa.Table:
    """The table in an Arrow IPC stream."""
    with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
        return reader.read_all()


def _blobs(bucket: int, tables: Mapping[str, pa.Table]) -> pa.Table:
    rows = [(name, to_ipc(t)) for name, t in tables.items()]
    rows += [(_SCHEMA_PREFIX + name, to_ipc(t.schema.empty_table())) for name, t in tables.items()]
    return pa.table({
        "bucket": pa.array([bucket] * len(rows), pa.int64()),
        "name": pa.array([n for n, _ in rows], pa.string()),
        "data": pa.array([d for _, d in rows], pa.binary()),
    })


def run_on_partitions(df: DataFrame, name: str, task: Task) -> DataFrame:
    """Blobs of ``task`` run on each non-empty partition of ``df`` (given as table ``name``)."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        collected = list(batches)
        if not collected or not sum(b.num_rows for b in collected):
            return
        outputs = task({name: pa.Table.from_batches(collected)})
        yield from _blobs(0, outputs).to_batches()

    return df.mapInArrow(run, BLOB_SCHEMA)


def as_blobs(df: DataFrame, name: str) -> DataFrame:
    """``df``, which has a ``bucket`` column, as one blob per bucket named ``name``."""

    def pack(table: pa.Table) -> pa.Table:
        bucket = int(table.column("bucket")[0].as_py())
        return pa.table({
            "bucket": pa.array([bucket], pa.int64()),
            "name": pa.array([name], pa.string()),
            "data": pa.array([to_ipc(table.drop_columns(["bucket"]))], pa.binary()),
        })

    return df.groupBy("bucket").applyInArrow(pack, BLOB_SCHEMA)


def run_on_buckets(
    blobs: DataFrame, schemas: Mapping[str, pa.Schema], task: Task
) -> DataFrame:
    """Blobs of ``task`` run on each bucket of ``blobs`` (tables by name; a table a bucket
    lacks is given empty, with its schema from ``schemas``)."""

    def run(group: pa.Table) -> pa.Table:
        bucket = int(group.column("bucket")[0].as_py())
        inputs = {name: schema.empty_table() for name, schema in schemas.items()}
        found: dict[str, list[pa.Table]] = {}
        names, blobs = group.column("name").to_pylist(), group.column("data").to_pylist()
        for name, data in zip(names, blobs, strict=True):
            found.setdefault(name, []).append(from_ipc(data))
        inputs.update({name: pa.concat_tables(parts) for name, parts in found.items()})
        return _blobs(bucket, task(inputs))

    return blobs.groupBy("bucket").applyInArrow(run, BLOB_SCHEMA)


def schema_of(blobs: DataFrame, name: str) -> pa.Schema | None:
    """The Arrow schema of table ``name`` in ``blobs`` (``None`` if no task returned it)."""
    rows = (
        blobs.where(F.col("name") == _SCHEMA_PREFIX + name).select("data").limit(1).collect()
    )
    return from_ipc(rows[0]["data"]).schema if rows else None


def table_of(blobs: DataFrame, name: str, schema: pa.Schema) -> DataFrame:
    """Table ``name`` of every task in ``blobs``, as one DataFrame of ``schema``."""

    def unpack(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            for data in batch.column("data").to_pylist():
                yield from from_ipc(data).cast(schema).to_batches()

    return (
        blobs.where(F.col("name") == name)
        .select("data")
        .mapInArrow(unpack, from_arrow_schema(schema))
    )
