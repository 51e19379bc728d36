"""The merge stage: one unified profile per cluster, in DuckDB SQL.

Survivorship for single-valued fields: a CRM contact's value beats a persona's, then the value
seen most often in the profile, then the longest (most complete), then alphabetical order so
that ties are deterministic. Multi-valued fields (emails, phones, handles) keep every distinct
canonical value with the source and record id it came from.
"""

from __future__ import annotations

import duckdb

#: The unified view of one input record used by the merge, per source.
_CONTACT_VALUES = """
SELECT 'c:' || record_id AS unique_id, 'contact' AS source, record_id,
       first_name, last_name,
       coalesce(full_name, nullif(concat_ws(' ', first_name, last_name), '')) AS full_name,
       company, city, NULL::BIGINT AS followers
FROM records_contact
"""
_PERSONA_VALUES = """
SELECT 'p:' || record_id AS unique_id, 'persona' AS source, record_id,
       NULL AS first_name, NULL AS last_name, display_name AS full_name,
       NULL AS company, NULL AS city,
       TRY_CAST(TRY_CAST(replace(followers, ',', '') AS DOUBLE) AS BIGINT) AS followers
FROM records_persona
"""
_SINGLE_FIELDS = ("first_name", "last_name", "full_name", "company", "city")


def _survivor(field: str) -> str:
    """SQL aggregate choosing one value of ``field`` per profile by the survivorship order."""
    return (
        f"first({field} ORDER BY (source = 'contact') DESC, {field}_freq DESC, "
        f"length({field}) DESC, {field}) FILTER (WHERE {field} IS NOT NULL) AS {field}"
    )


def _with_sources(column: str, alias: str) -> str:
    """SQL aggregating a feature list column into a sorted list of {value, source, record_id}."""
    return f"""
    {alias} AS (
        SELECT profile_id,
               list(DISTINCT {{'value': v, 'source': source, 'record_id': record_id}}
                    ORDER BY {{'value': v, 'source': source, 'record_id': record_id}})
                    AS {column}
        FROM (SELECT profile_id, source, record_id, unnest({column}) AS v FROM joined)
        GROUP BY profile_id
    )"""


def build_profiles(con: duckdb.DuckDBPyConnection, sources: list[str]) -> None:
    """Create the ``profiles`` table from ``membership``, the records and the features."""
    parts = {"contact": _CONTACT_VALUES, "persona": _PERSONA_VALUES}
    values = " UNION ALL ".join(parts[s] for s in sources)
    freqs = ", ".join(
        f"count(v.{f}) OVER (PARTITION BY m.profile_id, v.{f}) AS {f}_freq" for f in _SINGLE_FIELDS
    )
    con.execute(
        f"""
        CREATE OR REPLACE TABLE profiles AS
        WITH vals AS ({values}),
        joined AS (
            SELECT m.profile_id, v.*, f.emails, f.phones, f.handles, f.companies,
                   f.country, {freqs}
            FROM vals v
            JOIN features f USING (unique_id)
            JOIN membership m ON m.source = v.source AND m.record_id = v.record_id
        ),
        {_with_sources("emails", "e")},
        {_with_sources("phones", "ph")},
        {_with_sources("handles", "h")},
        single AS (
            SELECT profile_id,
                   {", ".join(_survivor(f) for f in _SINGLE_FIELDS)},
                   mode(country) AS country,
                   list_sort(list_distinct(flatten(
                       list(companies) FILTER (WHERE companies IS NOT NULL)))) AS companies_seen,
                   sum(followers) AS followers_total,
                   count(*) FILTER (WHERE source = 'contact') AS n_contacts,
                   count(*) FILTER (WHERE source = 'persona') AS n_personas
            FROM joined
            GROUP BY profile_id
        )
        SELECT s.profile_id, s.first_name, s.last_name, s.full_name,
               coalesce(e.emails, []) AS emails, coalesce(ph.phones, []) AS phones,
               coalesce(h.handles, []) AS handles,
               coalesce(s.company, s.companies_seen[1]) AS company, s.city, s.country,
               coalesce(s.followers_total, 0)::BIGINT AS followers_total,
               s.n_contacts, s.n_personas
        FROM single s
        LEFT JOIN e USING (profile_id) LEFT JOIN ph USING (profile_id)
        LEFT JOIN h USING (profile_id)
        ORDER BY s.profile_id
        """
    )
