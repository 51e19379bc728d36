"""Dates (birth dates) as ISO ``YYYY-MM-DD`` strings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from socialid._internal.normalize._text import CACHE_SIZE, coerce_text, quoted

#: Formats tried in order. Slash dates are read day first (most of the world writes them so);
#: a slash date whose first number is above 12 or whose second is above 12 is unambiguous.
DATE_FORMATS = (
    "%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y",
    "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
)
_TIME_PART = re.compile(r"[T ]\d{1,2}:\d{2}.*$")


@dataclass(frozen=True, slots=True)
class DateResult:
    """A parsed date; ``normalized`` is ``YYYY-MM-DD`` or None with the reason in ``error``."""

    original: str | None
    normalized: str | None
    error: str | None


def normalize_date(value: object) -> DateResult:
    """Parse a date written in a common format into ISO form.

    >>> normalize_date("19560409").normalized, normalize_date("24/06/1971").normalized
    ('1956-04-09', '1971-06-24')
    >>> normalize_date("1971-06-24T00:00:00").normalized
    '1971-06-24'
    """
    if isinstance(value, (date, datetime)):
        return DateResult(str(value), value.strftime("%Y-%m-%d"), None)
    text, error = coerce_text(value)
    if text is None:
        return DateResult(None, None, error)
    return _parse(text)


@lru_cache(maxsize=CACHE_SIZE)
def _parse(text: str) -> DateResult:
    bare = _TIME_PART.sub("", text.strip())
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(bare, fmt)
        except ValueError:
            continue
        if 1800 <= parsed.year <= 2100:
            return DateResult(text, parsed.strftime("%Y-%m-%d"), None)
    return DateResult(
        text, None, f"{quoted(text)} is not a date socialid can read: write it as YYYY-MM-DD."
    )
