"""Provenance: the long-form ``profile_attributes`` table beside the wide ``profiles``.

One row per value a profile shows and per record it came from: the surviving value of each
single-valued field with the rule that chose it, every record holding each value of a
multi-valued field (rule ``all``), and every persona an influence figure counts.
"""

from __future__ import annotations

import duckdb

from socialid._internal.merge.fields import INFLUENCE, LISTS
from socialid._internal.merge.influence import influence_provenance
from socialid._internal.sql import quote_literal

#: Columns of ``profile_attributes``.
ATTRIBUTE_COLUMNS = ("profile_id", "field", "value", "source", "record_id", "rule")


def build_attributes(con: duckdb.DuckDBPyConnection, fields: tuple[str, ...]) -> None:
    """Create ``profile_attributes`` from ``_m_chosen``, ``_m_values`` and ``_m_records``."""
    lists = ", ".join(quote_literal(f) for f in fields if f in LISTS) or "NULL"
    parts = [
        "SELECT profile_id, field, value, source, record_id, rule FROM _m_chosen",
        f"SELECT DISTINCT profile_id, field, value, source, record_id, 'all' FROM _m_values "
        f"WHERE field IN ({lists})",
        *(influence_provenance(f) for f in fields if f in INFLUENCE),
    ]
    con.execute(
        f"""
        CREATE OR REPLACE TABLE profile_attributes AS
        SELECT profile_id::VARCHAR AS profile_id, field::VARCHAR AS field,
               value::VARCHAR AS value, source::VARCHAR AS source,
               record_id::VARCHAR AS record_id, rule::VARCHAR AS rule
        FROM ({" UNION ALL ".join(parts)})
        ORDER BY profile_id, field, value, source, record_id
        """
    )
