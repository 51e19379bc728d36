"""socialid: resolve which social personas and CRM contacts belong to the same person.

>>> import socialid
>>> socialid.resolve.__name__, socialid.Resolver.__name__
('resolve', 'Resolver')
"""

import logging

from socialid._version import __version__
from socialid.comparators import Comparator, Comparison, Level
from socialid.demo import demo_paths, demo_truth_path
from socialid.errors import InputError, ModelError, SettingsError, SocialIdError, SourceError
from socialid.evaluation import BlockingReport, blocking_report, evaluate
from socialid.resolver import Resolver, resolve
from socialid.result import ResolveResult, RunStats
from socialid.settings import (
    DEFAULT_PROFILE_FIELDS,
    LINK_TYPES,
    PROFILE_FIELDS,
    SURVIVORSHIP_RULES,
    LinkType,
    MergeSettings,
    ResolverSettings,
    SurvivorshipRule,
    Thresholds,
    ValueChooser,
)

# A library logs; the application decides where it goes.
logging.getLogger("socialid").addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_PROFILE_FIELDS",
    "LINK_TYPES",
    "PROFILE_FIELDS",
    "SURVIVORSHIP_RULES",
    "BlockingReport",
    "Comparator",
    "Comparison",
    "InputError",
    "Level",
    "LinkType",
    "MergeSettings",
    "ModelError",
    "ResolveResult",
    "Resolver",
    "ResolverSettings",
    "RunStats",
    "SettingsError",
    "SocialIdError",
    "SourceError",
    "SurvivorshipRule",
    "Thresholds",
    "ValueChooser",
    "__version__",
    "blocking_report",
    "demo_paths",
    "demo_truth_path",
    "evaluate",
    "resolve",
]
