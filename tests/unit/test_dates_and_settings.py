from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialid import ResolverSettings, SettingsError, Thresholds
from socialid._internal.normalize.dates import normalize_date


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("1971-06-24", "1971-06-24"), ("19560409", "1956-04-09"), ("24/06/1971", "1971-06-24"),
        ("06/24/1971", "1971-06-24"), ("24.06.1971", "1971-06-24"), ("1971/06/24", "1971-06-24"),
        ("24 June 1971", "1971-06-24"), ("Jun 24, 1971", "1971-06-24"),
        ("1971-06-24T10:30:00", "1971-06-24"), ("  1971-06-24 ", "1971-06-24"),
    ],
)
def test_common_date_formats(raw: str, iso: str) -> None:
    assert normalize_date(raw).normalized == iso


@pytest.mark.parametrize("raw", ["31/31/1990", "tomorrow", "0000-00-00", "19561399"])
def test_unreadable_dates_say_why(raw: str) -> None:
    res = normalize_date(raw)
    assert res.normalized is None
    assert res.error == f"'{raw}' is not a date socialid can read: write it as YYYY-MM-DD."


@given(st.one_of(st.text(), st.none(), st.integers(), st.floats()))
def test_dates_never_raise_and_are_idempotent(value: object) -> None:
    res = normalize_date(value)
    if res.normalized is not None:
        assert normalize_date(res.normalized).normalized == res.normalized


def test_settings_round_trip_and_reject_unknown_keys() -> None:
    s = ResolverSettings(thresholds=Thresholds(0.8, 0.85, 0.95), default_region="DE", seed=3)
    assert ResolverSettings.from_dict(s.to_dict()) == s
    with pytest.raises(SettingsError, match="unknown settings key\\(s\\) 'treshold'"):
        ResolverSettings.from_dict({"treshold": 0.5})


@pytest.mark.parametrize("bad", [0.0, 1.5, -1, "high"])
def test_thresholds_must_be_probabilities(bad: object) -> None:
    with pytest.raises(SettingsError, match="must be a probability in \\(0, 1\\]"):
        Thresholds(contact_persona=bad)  # type: ignore[arg-type]
