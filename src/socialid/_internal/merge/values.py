"""The merge's view of the input: one row per record, and one row per candidate value.

``_m_records`` holds what the merge needs of each record beside its features: its profile,
when it was last seen (``updated_at`` of a contact, ``observed_at`` of a persona, read as UTC
date-times), whether the account is verified, its follower and post counts. ``_m_values``
holds every candidate value of every chosen field, with that record's facts, so survivorship,
the multi-valued fields and provenance all read one table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import duckdb

from socialid._internal.features import TRUTHY, _count_sql
from socialid._internal.lookups import python_lookup
from socialid._internal.merge.fields import LISTS, SINGLE, FieldSource
from socialid._internal.normalize.bio import website_domain
from socialid._internal.schema import Source
from socialid._internal.sql import quote_literal

#: The column telling when each source's record was last seen.
SEEN_COLUMN: dict[Source, str] = {"contact": "updated_at", "persona": "observed_at"}
_SEEN_REASON = (
    "not a date and time socialid can read: write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"
)


def _seen_at(column: str) -> str:
    return f"TRY_CAST({column} AS TIMESTAMPTZ)"


def verified_sql(column: str) -> str:
    """SQL: whether a ``verified`` cell says yes (``true``, ``yes``, ``1``…)."""
    truthy = ", ".join(quote_literal(v) for v in sorted(TRUTHY))
    return f"coalesce(lower(trim({column})) IN ({truthy}), false)"


def build_record_values(
    con: duckdb.DuckDBPyConnection, sources: Sequence[Source], source_priority: tuple[str, ...]
) -> None:
    """Create ``_m_records`` from ``membership``, the features and the input rows, and add
    unreadable ``updated_at``/``observed_at`` values to ``rejects``."""
    con.execute("SET TimeZone = 'UTC'")
    facts = {
        "contact": "false AS verified, NULL::BIGINT AS posts",
        "persona": f"{verified_sql('r.verified')} AS verified, {_count_sql('r.posts')} AS posts",
    }
    parts = [
        f"SELECT '{s[0]}:' || r.record_id AS unique_id, "
        f"{_seen_at('r.' + SEEN_COLUMN[s])} AS seen_at, {facts[s]} FROM records_{s} r"
        for s in sources
    ]
    order = "[" + ", ".join(quote_literal(s) for s in source_priority) + "]"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _m_records AS
        SELECT m.profile_id, f.unique_id, f.source, f.record_id, x.seen_at, x.verified,
               f.platform, f.followers, x.posts,
               list_position({order}, f.source) AS srank
        FROM features f
        JOIN ({" UNION ALL ".join(parts)}) x USING (unique_id)
        JOIN membership m ON m.source = f.source AND m.record_id = f.record_id
        """
    )
    rejects = [
        f"SELECT '{s}', record_id, row_number, '{SEEN_COLUMN[s]}', {SEEN_COLUMN[s]}, "
        f"{quote_literal(_SEEN_REASON)} FROM records_{s} "
        f"WHERE {SEEN_COLUMN[s]} IS NOT NULL AND {_seen_at(SEEN_COLUMN[s])} IS NULL"
        for s in sources
    ]
    con.execute(
        f"""
        CREATE OR REPLACE TABLE rejects AS
        SELECT * FROM (SELECT * FROM rejects UNION ALL {" UNION ALL ".join(rejects)})
        ORDER BY source, row_number, "column", value
        """
    )


def _candidates(source: Source, name: str, part: FieldSource) -> str:
    """SQL: one row per value of one field part, for every record of ``source``."""
    website = "LEFT JOIN _m_website w ON w.value = r.website" if name == "websites" else ""
    return f"""
        SELECT profile_id, {quote_literal(name)} AS field, value, {part.kind} AS kind, pos,
               source, record_id, seen_at, verified, srank
        FROM (
            SELECT m.*, unnest({part.values}) AS value,
                   unnest(range(1, len({part.values}) + 1)) AS pos
            FROM _m_records m
            JOIN features f USING (unique_id)
            JOIN records_{source} r ON m.source = '{source}' AND r.record_id = m.record_id
            {website}
        )
        WHERE value IS NOT NULL
    """


def build_candidates(
    con: duckdb.DuckDBPyConnection, sources: Iterable[Source], fields: Iterable[str]
) -> None:
    """Create ``_m_values``: every candidate value of the chosen single- and multi-valued
    fields, one row per (record, field, value), with the record's facts."""
    sources = list(sources)
    fields = list(fields)
    if "websites" in fields:
        python_lookup(
            con,
            " UNION ALL ".join(f"SELECT website FROM records_{s}" for s in sources),
            website_domain,
            "_m_website",
        )
    parts = [
        _candidates(source, name, part)
        for name in fields
        for source in sources
        for part in _parts(name, source)
    ]
    empty = (
        "SELECT NULL::VARCHAR AS profile_id, NULL::VARCHAR AS field, NULL::VARCHAR AS value, "
        "NULL::VARCHAR AS kind, NULL::BIGINT AS pos, NULL::VARCHAR AS source, "
        "NULL::VARCHAR AS record_id, NULL::TIMESTAMPTZ AS seen_at, NULL::BOOLEAN AS verified, "
        "NULL::INTEGER AS srank WHERE false"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _m_values AS {' UNION ALL '.join([empty, *parts])}"
    )


def _parts(name: str, source: Source) -> tuple[FieldSource, ...]:
    """The candidate parts of a field for one source (none if the source has no such value)."""
    if name in SINGLE:
        part = SINGLE[name].get(source)
        return (part,) if part else ()
    return LISTS.get(name, {}).get(source, ())
