"""Which name level pairs of folded names reach, by the level's label."""

from __future__ import annotations

from typing import Any

import pytest

from socialid._internal.comparisons import NAME


def _record(full: str, source: str = "persona") -> dict[str, Any]:
    first, _, last = full.partition(" ")
    return {"first_name": first, "last_name": last or None,
            "full_name": full if last else None, "first_canon": [first], "dkeys": None,
            "source": source}


@pytest.mark.parametrize(
    ("left", "right", "label"),
    [
        ("andrey evdokimov", "andrey evdokimov", "full name exact"),
        ("andrey evdokimov", "andrei evdokimov", "full name exact but for romanization"),
        ("maksim lavrentev", "maksim lavrentyev", "full name exact but for romanization"),
        ("aleksey silin", "alexey silin", "full name exact but for romanization"),
        ("yulia shchukina", "iuliia schukina", "full name exact but for romanization"),
        ("pooja kumar", "puja kumar", "full name exact but for romanization"),
        ("deepika sharma", "dipika sharma", "full name exact but for romanization"),
        ("mitsuru watanabe", "mituru watanabe", "full name exact but for romanization"),
        ("evdokimov andrey", "andrey evdokimov", "first and last swapped"),
        ("john smith", "james smith", "surname exact, first names differ"),
    ],
)
def test_name_levels(left: str, right: str, label: str) -> None:
    level = NAME.level_of(_record(left), _record(right))
    assert NAME.levels[level].label.startswith(label)
