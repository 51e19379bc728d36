"""Comparators: how two records are compared, level by level, and paired for comparison.

socialid compares every candidate pair with its built-in comparators (``BUILT_INS``) plus
any you give: ``socialid.resolve(..., comparators=[mine, "registered_name"])``. A comparator
is any object with a ``name``, the ``columns`` it reads, its ``levels`` (SQL conditions on
``<column>_l`` / ``<column>_r``, most specific first) and its ``blocking_keys``
(:class:`Comparator`); :class:`Comparison` builds one. Yours are added to the built-ins; one
named like a built-in replaces it. A package makes its comparators available by name (for
the CLI's ``--comparator`` and ``ResolverSettings.comparators``) under the entry-point group
``ENTRY_POINT_GROUP``. See docs/model.md, "Your own comparators".

>>> from socialid.comparators import Comparison, Level, check_comparator
>>> same_tier = Comparison(
...     "tier", "Same loyalty tier.",
...     (Level("tier missing", "tier_l IS NULL OR tier_r IS NULL", is_null=True),
...      Level("same tier", "tier_l = tier_r")),
... )
>>> check_comparator(same_tier).columns
('tier',)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from socialid._internal import comparisons as _comparisons
from socialid._internal.comparator_protocol import (
    ENTRY_POINT_GROUP,
    Comparator,
    check_comparator,
    load_comparator,
)
from socialid._internal.comparisons import Comparison, Level, Record

__all__ = [
    "BUILT_INS",
    "ENTRY_POINT_GROUP",
    "Comparator",
    "Comparison",
    "Level",
    "Record",
    "check_comparator",
    "load_comparator",
]

#: The built-in comparators by name, in the order they are applied (read-only).
BUILT_INS: Mapping[str, Comparison] = MappingProxyType(_comparisons.BUILT_INS)
