"""Table tests for socialid.normalize.normalize_phone and region_from_country."""

from __future__ import annotations

import pytest

from socialid.normalize import normalize_phone, region_from_country

VALID = [
    # (input, region, normalized, inferred region, extension)
    ("+44 20 7946 0000", None, "+442079460000", "GB", None),
    ("+44 (0)20 7946 0000", None, "+442079460000", "GB", None),
    ("020 7946 0000", "GB", "+442079460000", "GB", None),
    ("020 7946 0000", "United Kingdom", "+442079460000", "GB", None),
    ("020 7946 0000", "UK", "+442079460000", "GB", None),
    ("0044 20 7946 0000", None, "+442079460000", "GB", None),  # '00' prefix, US default
    ("0044 20 7946 0000", "DE", "+442079460000", "GB", None),
    ("0011 44 20 7946 0000", "AU", "+442079460000", "GB", None),  # Australian IDD
    ("011 44 20 7946 0000", "US", "+442079460000", "GB", None),  # US IDD
    ("(212) 555-0123", None, "+12125550123", "US", None),
    ("212.555.0123", "USA", "+12125550123", "US", None),
    ("+1 212-555-0123 x45", None, "+12125550123", "US", "45"),
    ("+1 212 555 0123 ext. 7", None, "+12125550123", "US", "7"),
    ("1-800-FLOWERS", None, "+18003569377", "US", None),
    ("+1 (416) 555-0199", None, "+14165550199", "CA", None),
    ("030 123456", "Germany", "+4930123456", "DE", None),
    ("030 123456", "Deutschland", "+4930123456", "DE", None),
    ("030 123456", "deu", "+4930123456", "DE", None),
    ("+49 (0)30 123456", None, "+4930123456", "DE", None),
    ("+49 1512 3456789", None, "+4915123456789", "DE", None),
    ("01 42 68 53 00", "France", "+33142685300", "FR", None),
    ("+33 6 12 34 56 78", None, "+33612345678", "FR", None),
    ("91 123 45 67", "España", "+34911234567", "ES", None),
    ("+48 22 123 45 67", None, "+48221234567", "PL", None),
    ("0212 123 45 67", "Türkiye", "+902121234567", "TR", None),
    ("03-1234-5678", "Japan", "+81312345678", "JP", None),
    ("+7 495 123-45-67", None, "+74951234567", "RU", None),
    ("8 (495) 123-45-67", "Россия", "+74951234567", "RU", None),
    ("+86 10 1234 5678", None, "+861012345678", "CN", None),
    ("+971 2 212 3456", None, "+97122123456", "AE", None),
    ("+61 2 9374 4000", None, "+61293744000", "AU", None),
    ("tel:+442079460000", None, "+442079460000", "GB", None),
    ("+800 1234 5678", None, "+80012345678", None, None),  # non-geographic
    ("＋４４ ２０ ７９４６ ００００", None, "+442079460000", "GB", None),  # full-width digits
    (4930123456, "DE", "+4930123456", "DE", None),  # int from a spreadsheet
    (2125550123.0, None, "+12125550123", "US", None),  # float from a spreadsheet
]


@pytest.mark.parametrize(("value", "region", "normalized", "inferred", "extension"), VALID)
def test_valid_phones(
    value: object, region: str | None, normalized: str, inferred: str | None, extension: str | None
) -> None:
    result = normalize_phone(value, region=region)
    assert result.error is None
    assert (result.normalized, result.region, result.extension) == (
        normalized,
        inferred,
        extension,
    )


INVALID = [
    ("123", None, "too short"),
    ("555-0100", None, "area code"),
    ("+1 555 0100", None, "area code"),
    ("+44 20 7946 000", None, "not an assigned number"),
    ("+999 123 4567", None, "country code"),
    ("hello", None, "does not look like a phone number"),
    ("02079460000", None, "too long"),  # UK national number read as US
    ("030 123456", None, "US"),  # German national number read as US
    ("+49 123", None, "+49"),
    ("00", None, "phone number"),
    ("1234567890123456789", None, "phone number"),
]


@pytest.mark.parametrize(("value", "region", "reason"), INVALID)
def test_invalid_phones_are_never_guessed(value: str, region: str | None, reason: str) -> None:
    result = normalize_phone(value, region=region)
    assert result.normalized is None
    assert result.error is not None
    assert result.error.startswith(f"{value!r} is not a valid phone number: ")
    assert reason in result.error


def test_no_region_at_all_needs_a_country_code() -> None:
    result = normalize_phone("020 7946 0000", region=None, default_region=None)
    assert result.normalized is None
    assert result.error is not None and "country code" in result.error


def test_unknown_region_falls_back_to_default() -> None:
    assert normalize_phone("020 7946 0000", "Narnia", "GB").normalized == "+442079460000"


@pytest.mark.parametrize("value", [None, "", "  ", float("nan"), "tel:"])
def test_missing_values_have_no_error(value: object) -> None:
    result = normalize_phone(value)
    assert result.normalized is None and result.error is None


def test_non_text_is_reported() -> None:
    result = normalize_phone(["+44 20 7946 0000"])
    assert result.normalized is None
    assert result.error is not None and "not text" in result.error


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("Germany", "DE"),
        ("DE", "DE"),
        ("de", "DE"),
        ("deu", "DE"),
        ("Deutschland", "DE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("Royaume-Uni", "GB"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("España", "ES"),
        ("Polska", "PL"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Россия", "RU"),
        ("日本", "JP"),
        ("中国", "CN"),
        ("Österreich", "AT"),
        ("Schweiz", "CH"),
        ("Côte d'Ivoire", "CI"),
        ("South Korea", "KR"),
        (" france ", "FR"),
        ("Narnia", None),
        ("ZZ", None),
        ("", None),
        (None, None),
        (44, None),
    ],
)
def test_region_from_country(country: object, code: str | None) -> None:
    assert region_from_country(country) == code
