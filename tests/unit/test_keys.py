from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from socialid._internal.keys import alnum, name_keys, split_keys, stem
from socialid.normalize import name_handle_candidates

JOHN = name_keys("john", "smith", name_handle_candidates("john", "smith"))


def test_name_explains_its_own_handles() -> None:
    explained, unexplained = split_keys(
        ["johnsmith", "jsmith85", "itsjohnsmith", "smithjohn", "pixelwitch", "bobt85"], JOHN
    )
    assert explained == ["johnsmith", "jsmith85", "itsjohnsmith", "smithjohn"]
    assert unexplained == ["pixelwitch", "bobt85"]


def test_first_name_only_does_not_explain_a_surname_handle() -> None:
    anna = name_keys("anna", None, [])
    assert split_keys(["annamuller", "anna1990"], anna) == (["anna1990"], ["annamuller"])


def test_short_keys_are_dropped() -> None:
    assert split_keys(["abc", "js"], JOHN) == ([], [])


@given(st.text())
def test_alnum_and_stem_are_idempotent(text: str) -> None:
    assert alnum(alnum(text)) == alnum(text)
    assert stem(stem(text)) == stem(text)
    assert set(alnum(text)) <= set(string.ascii_lowercase + string.digits)
    assert set(stem(text)) <= set(string.ascii_lowercase)


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1)))
def test_split_partitions_the_long_keys(keys: list[str]) -> None:
    explained, unexplained = split_keys(keys, JOHN)
    assert not set(explained) & set(unexplained)
    assert set(explained) | set(unexplained) == {k for k in keys if len(k) >= 4}
