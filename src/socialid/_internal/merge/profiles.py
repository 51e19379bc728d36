"""The wide ``profiles`` table and the ``records`` table, from the merge's working tables.

Columns: ``profile_id``; the chosen fields of the contract (names, emails, phones, handles,
company, city, country, followers_total) in their contract order; ``n_contacts`` and
``n_personas``; the other chosen fields; ``guard_flags`` (over-merge guard findings). Each
multi-valued field is a list of ``{value, kind, source, record_id, sources, first_seen,
last_seen}``, one item per distinct canonical value: ``source``/``record_id`` are the record
the source priority prefers, ``sources`` every record holding it, and the times the earliest
and latest ``updated_at``/``observed_at`` of those records.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from socialid._internal.merge.fields import LISTS, SINGLE
from socialid._internal.merge.influence import build_influence, influence_column
from socialid._internal.merge.provenance import build_attributes
from socialid._internal.merge.survivorship import choose_values
from socialid._internal.merge.values import build_candidates, build_record_values
from socialid._internal.schema import Source
from socialid._internal.sql import quote_ident, quote_literal
from socialid.settings import PROFILE_FIELDS, MergeSettings

#: The contract's profile columns end here; later fields follow ``n_contacts``/``n_personas``.
_CONTRACT_END = PROFILE_FIELDS.index("followers_total") + 1

_ITEM = (
    "{'value': value, 'kind': kind, 'source': source, 'record_id': record_id, "
    "'sources': sources, 'first_seen': first_seen, 'last_seen': last_seen}"
)


def _build_lists(con: duckdb.DuckDBPyConnection, fields: Iterable[str]) -> None:
    """Create ``_m_lists`` (profile_id, field, items): the multi-valued fields."""
    names = ", ".join(quote_literal(f) for f in fields if f in LISTS) or "NULL"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _m_lists AS
        WITH per_value AS (
            SELECT profile_id, field, value, any_value(kind) AS kind,
                   first(source ORDER BY srank, seen_at DESC NULLS LAST, record_id) AS source,
                   first(record_id ORDER BY srank, seen_at DESC NULLS LAST, record_id)
                       AS record_id,
                   list(DISTINCT {{'source': source, 'record_id': record_id}}
                        ORDER BY {{'source': source, 'record_id': record_id}}) AS sources,
                   min(seen_at) AS first_seen, max(seen_at) AS last_seen
            FROM _m_values WHERE field IN ({names})
            GROUP BY profile_id, field, value
        )
        SELECT profile_id, field, list({_ITEM} ORDER BY value) AS items
        FROM per_value GROUP BY profile_id, field
        """
    )


def _build_flags(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``_m_flags`` (profile_id, flags) from the guards' ``guard_flags``."""
    flag = "{'check': g.check, 'action': g.action, 'detail': g.detail}"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _m_flags AS
        SELECT m.profile_id, list(DISTINCT {flag} ORDER BY {flag}) AS flags
        FROM guard_flags g
        JOIN features f USING (unique_id)
        JOIN membership m ON m.source = f.source AND m.record_id = f.record_id
        GROUP BY m.profile_id
        """
    )


def _pivot(table: str, column: str, names: list[str]) -> str:
    """SQL: ``table``'s (profile_id, field, ``column``) rows as one column per field."""
    picks = "".join(
        f", any_value({column}) FILTER (WHERE field = {quote_literal(n)}) AS {quote_ident(n)}"
        for n in names
    )
    return f"SELECT profile_id{picks} FROM {table} GROUP BY profile_id"


def _column(name: str) -> str:
    """SQL of one profile column over the pivoted tables ``c``, ``l`` and ``i``."""
    if name in SINGLE:
        return f"c.{quote_ident(name)}"
    if name in LISTS:
        return f"coalesce(l.{quote_ident(name)}, [])"
    return influence_column(name)


def build_profiles(
    con: duckdb.DuckDBPyConnection, sources: Iterable[Source], merge: MergeSettings
) -> None:
    """Create ``profiles`` and ``profile_attributes`` from ``membership``, the features, the
    input rows and ``guard_flags``."""
    sources = list(sources)
    build_record_values(con, sources, merge.source_priority)
    build_candidates(con, sources, [f for f in merge.fields if f in SINGLE or f in LISTS])
    choose_values(con, merge)
    _build_lists(con, merge.fields)
    build_influence(con)
    _build_flags(con)
    chosen = [f for f in PROFILE_FIELDS if f in merge.fields]
    front = [f for f in chosen if PROFILE_FIELDS.index(f) < _CONTRACT_END]
    back = [f for f in chosen if PROFILE_FIELDS.index(f) >= _CONTRACT_END]
    columns = [
        "b.profile_id",
        *(f"{_column(f)} AS {quote_ident(f)}" for f in front),
        "b.n_contacts", "b.n_personas",
        *(f"{_column(f)} AS {quote_ident(f)}" for f in back),
        "coalesce(fl.flags, []) AS guard_flags",
    ]
    con.execute(
        f"""
        CREATE OR REPLACE TABLE profiles AS
        WITH b AS (
            SELECT profile_id,
                   count(*) FILTER (WHERE source = 'contact') AS n_contacts,
                   count(*) FILTER (WHERE source = 'persona') AS n_personas
            FROM membership GROUP BY profile_id
        ),
        c AS ({_pivot("_m_chosen", "value", [f for f in chosen if f in SINGLE])}),
        l AS ({_pivot("_m_lists", "items", [f for f in chosen if f in LISTS])})
        SELECT {", ".join(columns)}
        FROM b
        LEFT JOIN c USING (profile_id)
        LEFT JOIN l USING (profile_id)
        LEFT JOIN _m_influence i USING (profile_id)
        LEFT JOIN _m_flags fl USING (profile_id)
        ORDER BY b.profile_id
        """
    )
    build_attributes(con, merge.fields)
    for table in ("_m_records", "_m_values", "_m_single", "_m_chosen", "_m_lists",
                  "_m_influence", "_m_flags", "_m_website"):
        con.execute(f"DROP TABLE IF EXISTS {table}")


def build_records(con: duckdb.DuckDBPyConnection, extras: dict[str, tuple[str, ...]]) -> None:
    """Create ``records``: every input record with its profile id and the input's columns
    outside the schema, untouched (contacts and personas side by side, matched by name)."""
    parts = [
        f"SELECT m.source, m.record_id, m.profile_id"
        f"{''.join(', r.' + quote_ident(c) for c in cols)} "
        f"FROM membership m JOIN records_{source} r "
        f"ON m.source = '{source}' AND m.record_id = r.record_id"
        for source, cols in extras.items()
    ]
    con.execute(
        f"CREATE OR REPLACE TABLE records AS {' UNION ALL BY NAME '.join(parts)} "
        "ORDER BY source, record_id"
    )
