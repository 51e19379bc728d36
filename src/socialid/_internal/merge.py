"""The merge stage: one unified profile per cluster, in DuckDB SQL.

Survivorship for single-valued fields: a CRM contact's value beats a persona's, then the value
seen most often in the profile, then the longest (most complete), then alphabetical order so
that ties are deterministic. Multi-valued fields (emails, phones, handles) keep every distinct
canonical value with its kind (personal, shared by several people, role mailbox) and the
source and record id it came from.
"""

from __future__ import annotations

import duckdb

from socialid._internal.sql import quote_ident

#: The unified view of one input record used by the merge, per source.
_CONTACT_VALUES = """
SELECT 'c:' || record_id AS unique_id, record_id,
       first_name AS raw_first, last_name AS raw_last,
       coalesce(full_name, nullif(concat_ws(' ', first_name, last_name), '')) AS raw_full,
       company AS raw_company, city AS raw_city
FROM records_contact
"""
_PERSONA_VALUES = """
SELECT 'p:' || record_id AS unique_id, record_id,
       NULL::VARCHAR AS raw_first, NULL::VARCHAR AS raw_last, display_name AS raw_full,
       NULL::VARCHAR AS raw_company, NULL::VARCHAR AS raw_city
FROM records_persona
"""
#: Single-valued profile fields: the record's own spelling where it has one, else the folded
#: feature (a persona's city from its free-text location, a country as an ISO code).
_SINGLE_FIELDS = {
    "first_name": "raw_first",
    "last_name": "raw_last",
    "full_name": "raw_full",
    "company": "coalesce(raw_company, f.companies[1])",
    "city": "coalesce(raw_city, f.city)",
    "country": "f.country",
}
#: Multi-valued profile fields: output column → (feature column, kind) pairs.
_LIST_FIELDS = {
    "emails": (("emails", "personal"), ("shared_emails", "shared"), ("role_emails", "role")),
    "phones": (("phones", "personal"), ("shared_phones", "shared")),
    "handles": (("handles", "handle"),),
}


def _survivor(field: str) -> str:
    """SQL aggregate choosing one value of ``field`` per profile by the survivorship order:
    a contact's value first, then the most frequent in the profile, then the longest."""
    return (
        f"first({field} ORDER BY (source = 'contact') DESC, {field}_freq DESC, "
        f"length({field}) DESC, {field}) FILTER (WHERE {field} IS NOT NULL) AS {field}"
    )


def _with_sources(name: str, parts: tuple[tuple[str, str], ...]) -> str:
    """SQL aggregating feature list columns into one sorted list of
    {value, kind, source, record_id} per profile."""
    unnested = " UNION ALL ".join(
        f"SELECT profile_id, source, record_id, unnest({col}) AS v, '{kind}' AS kind FROM joined"
        for col, kind in parts
    )
    item = "{'value': v, 'kind': kind, 'source': source, 'record_id': record_id}"
    return f"""
    {name}_agg AS (
        SELECT profile_id, list(DISTINCT {item} ORDER BY {item}) AS {name}
        FROM ({unnested}) GROUP BY profile_id
    )"""


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


def build_profiles(con: duckdb.DuckDBPyConnection, sources: list[str]) -> None:
    """Create the ``profiles`` table from ``membership``, the records and the features."""
    parts = {"contact": _CONTACT_VALUES, "persona": _PERSONA_VALUES}
    values = " UNION ALL ".join(parts[s] for s in sources)
    picked = ", ".join(f"{expr} AS {name}" for name, expr in _SINGLE_FIELDS.items())
    freqs = ", ".join(
        f"count({f}) OVER (PARTITION BY profile_id, {f}) AS {f}_freq" for f in _SINGLE_FIELDS
    )
    lists = [*_LIST_FIELDS]
    con.execute(
        f"""
        CREATE OR REPLACE TABLE profiles AS
        WITH vals AS ({values}),
        picked AS (
            SELECT m.profile_id, f.source, v.record_id, {picked}, f.followers,
                   {", ".join(f"f.{col}" for parts_ in _LIST_FIELDS.values() for col, _ in parts_)}
            FROM vals v
            JOIN features f USING (unique_id)
            JOIN membership m ON m.source = f.source AND m.record_id = v.record_id
        ),
        joined AS (SELECT *, {freqs} FROM picked),
        {", ".join(_with_sources(n, p) for n, p in _LIST_FIELDS.items())},
        single AS (
            SELECT profile_id,
                   {", ".join(_survivor(f) for f in _SINGLE_FIELDS)},
                   sum(followers) AS followers_total,
                   count(*) FILTER (WHERE source = 'contact') AS n_contacts,
                   count(*) FILTER (WHERE source = 'persona') AS n_personas
            FROM joined
            GROUP BY profile_id
        )
        SELECT s.profile_id, s.first_name, s.last_name, s.full_name,
               {", ".join(f"coalesce({n}_agg.{n}, []) AS {n}" for n in lists)},
               s.company, s.city, s.country,
               coalesce(s.followers_total, 0)::BIGINT AS followers_total,
               s.n_contacts, s.n_personas
        FROM single s
        {" ".join(f"LEFT JOIN {n}_agg USING (profile_id)" for n in lists)}
        ORDER BY s.profile_id
        """
    )
