"""SQL fast paths of the first-name lookups: :func:`~socialid._internal.normalize.name.
nickname_canonicals` and the sorted :func:`~socialid._internal.normalize.nickname.name_forms`.

The first names the name normalizers return are folded words, which ``fold`` leaves as they
are. The nickname data names a few thousand of them: their results are computed once in
Python into the table ``_sid_nicknames``; any other word is its own canonical form and its
only form (without the characters that are no letter or digit).
"""

from __future__ import annotations

from functools import lru_cache

import duckdb
import pyarrow as pa

from socialid._internal.normalize.nickname import _namer, canonical_forms, name_forms
from socialid._internal.sql import quote_literal

#: One word that ``fold`` returns unchanged: the fast paths answer these.
_FOLDED_WORD = quote_literal(r"[a-z0-9](?:[a-z0-9&.\-]*[a-z0-9])?")


@lru_cache(maxsize=1)
def _nicknames() -> pa.Table:
    """(name, canonicals, forms) of every name in the nickname data."""
    namer = _namer()
    names = sorted(set(namer.nickname_lookup) | set(namer.canonical_lookup))
    strings = pa.list_(pa.string())
    return pa.table(
        {
            "name": pa.array(names, pa.string()),
            "canonicals": pa.array([list(canonical_forms(n)) for n in names], strings),
            "forms": pa.array([sorted(name_forms(n)) for n in names], strings),
        }
    )


def register_nicknames(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``_sid_nicknames``, which the fast paths join to."""
    con.register("_sid_nicknames_arrow", _nicknames())
    con.execute("CREATE OR REPLACE TEMP TABLE _sid_nicknames AS FROM _sid_nicknames_arrow")
    con.unregister("_sid_nicknames_arrow")


def _answered(table: str, result: str) -> str:
    return f"""
        SELECT v.value, {result} AS result
        FROM {table} v LEFT JOIN _sid_nicknames n ON n.name = v.value
        WHERE regexp_full_match(v.value, {_FOLDED_WORD})
    """


def canonicals_sql(table: str) -> str:
    """``list(nickname_canonicals(value))`` of the folded words in ``table``'s ``value``."""
    return _answered(table, "coalesce(n.canonicals, [v.value])")


def forms_sql(table: str) -> str:
    """``sorted(name_forms(value))`` of the folded words in ``table``'s ``value``."""
    return _answered(table, "coalesce(n.forms, [regexp_replace(v.value, '[^a-z0-9]+', '', 'g')])")
