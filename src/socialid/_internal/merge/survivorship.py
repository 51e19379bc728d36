"""Survivorship: which candidate value a single-valued profile field keeps.

A rule orders a profile's candidates for a field; the first one survives. Rules listed after
the first break its ties, then the default tie-breakers (source priority, most frequent, most
recent, longest), then the value's position in its record, the value and the record id, so
that the choice never depends on row order. A user function (:data:`socialid.ValueChooser`)
is called once per profile with that profile's candidates as an Arrow table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from socialid._internal.merge.fields import SINGLE
from socialid._internal.sql import quote_literal
from socialid.errors import SettingsError
from socialid.settings import DEFAULT_RULES, MergeSettings, SurvivorshipRule, ValueChooser

#: How each named rule sorts candidates (best first).
ORDER: dict[SurvivorshipRule, str] = {
    "source_priority": "srank",
    "most_recent": "seen_at DESC NULLS LAST",
    "most_frequent": "frequency DESC",
    "most_complete": "length(value) DESC",
    "verified_first": "verified DESC",
}
#: Tie-breakers applied after a field's own rules, in this order.
TIE_BREAKERS: tuple[SurvivorshipRule, ...] = (
    "source_priority", "most_frequent", "most_recent", "most_complete",
)
#: The columns a user rule sees, per candidate.
CHOOSER_COLUMNS = ("value", "source", "record_id", "seen_at", "verified", "frequency")
_BATCH_ROWS = 65_536


def order_by(rules: Sequence[SurvivorshipRule]) -> str:
    """The ORDER BY of a rule chain, tie-breakers and final deterministic keys included.

    >>> order_by(["most_recent"]).split(", ")[:4]
    ['seen_at DESC NULLS LAST', 'srank', 'frequency DESC', 'length(value) DESC']
    """
    chain = dict.fromkeys((*rules, *TIE_BREAKERS))
    return ", ".join([*(ORDER[r] for r in chain), "pos", "value", "source", "record_id"])


def choose_values(con: duckdb.DuckDBPyConnection, merge: MergeSettings) -> None:
    """Create ``_m_chosen`` (profile_id, field, value, source, record_id, rule): the
    surviving value of every chosen single-valued field of every profile."""
    fields = [f for f in merge.fields if f in SINGLE]
    names = ", ".join(quote_literal(f) for f in fields) or "NULL"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _m_single AS
        SELECT *, count(*) OVER (PARTITION BY profile_id, field, value) AS frequency,
               row_number() OVER () AS cid
        FROM _m_values WHERE field IN ({names})
        """
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _m_chosen (profile_id VARCHAR, field VARCHAR, "
        "value VARCHAR, source VARCHAR, record_id VARCHAR, rule VARCHAR)"
    )
    for name in fields:
        rule = merge.rule_for(name)
        if callable(rule):
            _choose_with_function(con, name, rule)
            continue
        con.execute(
            f"""
            INSERT INTO _m_chosen
            SELECT profile_id, field, value, source, record_id, {quote_literal(rule[0])}
            FROM _m_single WHERE field = {quote_literal(name)}
            QUALIFY row_number() OVER (PARTITION BY profile_id ORDER BY {order_by(rule)}) = 1
            """
        )


def _choose_with_function(
    con: duckdb.DuckDBPyConnection, name: str, chooser: ValueChooser
) -> None:
    """Call ``chooser`` on each profile's candidates, streamed as Arrow batches in profile
    order, and keep the rows it picks."""
    reader = con.sql(
        f"""
        SELECT profile_id, cid, {", ".join(CHOOSER_COLUMNS)} FROM _m_single
        WHERE field = {quote_literal(name)}
        ORDER BY profile_id, {order_by(DEFAULT_RULES[name])}
        """
    ).to_arrow_reader(_BATCH_ROWS)
    picked: list[int] = []
    for group in _profile_groups(reader):
        position = chooser(group.select(list(CHOOSER_COLUMNS)))
        if position is None:
            continue
        if not isinstance(position, int) or not 0 <= position < group.num_rows:
            profile = group.column("profile_id")[0].as_py()
            raise SettingsError(
                f"merge.rules[{name!r}] returned {position!r} for profile {profile!r}: a rule "
                f"function must return the position of one of its {group.num_rows} candidate "
                "rows (0 for the first) or None."
            )
        picked.append(group.column("cid")[position].as_py())
    con.register("_m_picked_arrow", pa.table({"cid": pa.array(picked, pa.int64())}))
    con.execute(
        f"""
        INSERT INTO _m_chosen
        SELECT profile_id, field, value, source, record_id, 'custom'
        FROM _m_single SEMI JOIN _m_picked_arrow USING (cid)
        WHERE field = {quote_literal(name)}
        """
    )
    con.unregister("_m_picked_arrow")


def _profile_groups(reader: pa.RecordBatchReader) -> Iterator[pa.Table]:
    """The rows of each profile as one table, from batches sorted by profile; a profile cut
    by a batch boundary is held back until its last row has arrived."""
    pending: pa.Table | None = None
    for batch in reader:
        table = pa.Table.from_batches([batch])
        if pending is not None:
            table = pa.concat_tables([pending, table])
        if table.num_rows == 0:
            continue
        ids = table.column("profile_id")
        last = ids[-1]
        complete = int(pc.sum(pc.not_equal(ids, last)).as_py() or 0)
        yield from _groups(table.slice(0, complete))
        pending = table.slice(complete)
    if pending is not None and pending.num_rows:
        yield from _groups(pending)


def _groups(table: pa.Table) -> Iterator[pa.Table]:
    """Slices of ``table`` (sorted by profile_id) with one profile each."""
    if table.num_rows == 0:
        return
    ids = table.column("profile_id").combine_chunks()
    changes = pc.not_equal(ids.slice(1), ids.slice(0, len(ids) - 1))
    starts = [0, *(i + 1 for i in pc.indices_nonzero(changes).to_pylist()), table.num_rows]
    for start, end in pairwise(starts):
        yield table.slice(start, end - start)
