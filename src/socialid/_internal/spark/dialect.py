"""socialid's SQL (DuckDB's dialect) in Spark's, through sqlglot.

sqlglot translates most of it. The rest: ``list_has_any`` is ``arrays_overlap``;
Jaro-Winkler is ``JARO_WINKLER``, which the Spark engine registers to compute it exactly as
DuckDB does; and DuckDB's ``array_to_string`` of a list of NULLs is NULL where Spark's
``array_join`` is ``''``, which as a blocking key would pair every record without a name
with every other.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp

#: The Spark SQL function computing DuckDB's ``jaro_winkler_similarity``.
JARO_WINKLER = "socialid_jaro_winkler"


def _rename(node: exp.Expression) -> exp.Expression:
    if isinstance(node, exp.ArrayOverlaps):
        return exp.Anonymous(this="arrays_overlap", expressions=[node.this, node.expression])
    if isinstance(node, exp.JarowinklerSimilarity):
        return exp.Anonymous(this=JARO_WINKLER, expressions=[node.this, node.expression])
    if isinstance(node, exp.ArrayToString) and not isinstance(node.parent, exp.Nullif):
        return exp.Nullif(this=node, expression=exp.Literal.string(""))
    return node


def to_spark(sql: str) -> str:
    """``sql``, an expression or query in DuckDB's dialect, in Spark's.

    >>> to_spark("list_has_any(emails_l, emails_r) AND jaro_winkler_similarity(a, b) > 0.9")
    'ARRAYS_OVERLAP(emails_l, emails_r) AND SOCIALID_JARO_WINKLER(a, b) > 0.9'
    >>> to_spark("array_to_string(list_sort([first_name, last_name]), ' ')")
    "NULLIF(ARRAY_JOIN(ARRAY_SORT(ARRAY(first_name, last_name)), ' '), '')"
    """
    tree = sqlglot.parse_one(sql, read="duckdb")
    return tree.transform(_rename).sql(dialect="spark")
