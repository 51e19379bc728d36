"""The socialid error tree.

Every error socialid raises on purpose is a :class:`SocialIdError`. Messages are sentences
that name the input, the column and the rows concerned, and say what to do about it.

>>> try:
...     raise InputError("contacts", ["no id column was found."])
... except SocialIdError as err:
...     print(err)
contacts: 1 problem found in the input:
  - no id column was found.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["InputError", "ModelError", "SettingsError", "SocialIdError", "SourceError"]


class SocialIdError(Exception):
    """Base class of every error raised by socialid."""


class InputError(SocialIdError):
    """An input table cannot be used as given; ``problems`` lists every problem found."""

    def __init__(self, dataset: str, problems: Sequence[str]) -> None:
        self.dataset = dataset
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{dataset}: {count} {noun} found in the input:"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class SourceError(SocialIdError):
    """An input source (file, table, object) cannot be read."""


class SettingsError(SocialIdError):
    """Settings or a saved model are inconsistent or malformed."""


class ModelError(SocialIdError):
    """The linkage model cannot be trained or applied to this data."""
