"""Influence figures of a profile, from its personas (formulas in docs/merge.md).

- ``followers_total``: the sum of the followers of the profile's personas (0 without any);
  accounts of one person may share followers, so this is an upper bound of the audience.
- ``followers_by_platform``: per platform, ``{platform, followers, accounts}``: the sum of
  followers of the profile's accounts on it and their number, largest audience first.
- ``reach_max``: the followers of the profile's largest account (NULL when no count is
  known): a lower bound of the audience.
- ``verified_any``: whether any of the profile's accounts is verified.
- ``posts_total``: the sum of the posts of the profile's personas (0 without any).
"""

from __future__ import annotations

import duckdb

#: Per figure: its aggregate over the profile's personas, and its value for a profile without
#: any (``followers_by_platform`` is built apart, as a list).
_WIDE = {
    "followers_total": ("coalesce(sum(followers), 0)::BIGINT", "0::BIGINT"),
    "reach_max": ("max(followers)", "NULL::BIGINT"),
    "verified_any": ("coalesce(bool_or(verified), false)", "false"),
    "posts_total": ("coalesce(sum(posts), 0)::BIGINT", "0::BIGINT"),
}
#: Per figure, its provenance: one row per persona it counts, as (value, rule, which rows).
_MAX_ONLY = (
    "followers IS NOT NULL QUALIFY row_number() "
    "OVER (PARTITION BY profile_id ORDER BY followers DESC, record_id) = 1"
)
_PROVENANCE = {
    "followers_total": ("followers::VARCHAR", "sum", "followers IS NOT NULL"),
    "followers_by_platform": ("followers::VARCHAR", "sum_per_platform", "followers IS NOT NULL"),
    "reach_max": ("followers::VARCHAR", "max", _MAX_ONLY),
    "verified_any": ("'true'", "any", "verified"),
    "posts_total": ("posts::VARCHAR", "sum", "posts IS NOT NULL"),
}


def build_influence(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``_m_influence``: every influence figure per profile that has personas."""
    wide = ", ".join(f"{sql} AS {name}" for name, (sql, _) in _WIDE.items())
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _m_influence AS
        WITH personas AS (SELECT * FROM _m_records WHERE source = 'persona'),
        per_platform AS (
            SELECT profile_id, coalesce(platform, 'unknown') AS platform,
                   sum(followers)::BIGINT AS followers, count(*) AS accounts
            FROM personas GROUP BY ALL
        ),
        by_platform AS (
            SELECT profile_id,
                   list({{'platform': platform, 'followers': followers, 'accounts': accounts}}
                        ORDER BY followers DESC NULLS LAST, platform) AS followers_by_platform
            FROM per_platform GROUP BY profile_id
        )
        SELECT profile_id, {wide}, any_value(b.followers_by_platform) AS followers_by_platform
        FROM personas JOIN by_platform b USING (profile_id)
        GROUP BY profile_id
        """
    )


def influence_column(name: str) -> str:
    """SQL of one influence column of ``profiles`` over ``_m_influence i``."""
    if name == "followers_by_platform":
        return "coalesce(i.followers_by_platform, [])"
    return f"coalesce(i.{name}, {_WIDE[name][1]})"


def influence_provenance(name: str) -> str:
    """SQL: the provenance rows of one influence field, one per persona it counts."""
    value, rule, rows = _PROVENANCE[name]
    return (
        f"SELECT profile_id, '{name}' AS field, {value} AS value, source, record_id, "
        f"'{rule}' AS rule FROM _m_records WHERE source = 'persona' AND {rows}"
    )
