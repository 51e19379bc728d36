"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

#: Anything a user's column may hold: text, missing values, numbers, bytes, lists.
ANY_VALUE = st.one_of(
    st.text(),
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.binary(max_size=20),
    st.lists(st.text(max_size=3), max_size=2),
)
