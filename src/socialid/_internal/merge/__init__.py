"""The merge stage, in DuckDB SQL: clusters checked by the over-merge guards, stable profile
ids, then one unified profile per cluster with survivorship and provenance (docs/merge.md).

Modules: ``guards`` (conflicting records split or flagged), ``stable_ids`` (ids kept across
runs, ``profile_changes``), ``values`` and ``fields`` (candidate values per field),
``survivorship`` (one value per single-valued field), ``influence`` (follower figures),
``provenance`` (``profile_attributes``) and ``profiles`` (the wide table, ``records``).
"""

from socialid._internal.merge.guards import guard_clusters
from socialid._internal.merge.profiles import build_profiles, build_records
from socialid._internal.merge.stable_ids import assign_profile_ids, load_previous

__all__ = [
    "assign_profile_ids",
    "build_profiles",
    "build_records",
    "guard_clusters",
    "load_previous",
]
