"""Property tests for socialid.normalize: no input raises, results are fixed points, and the
email/phone normalizers agree with the libraries they wrap."""

from __future__ import annotations

from collections.abc import Callable

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import ANY_VALUE

from socialid._internal.normalize.email_rules import RULE_BY_DOMAIN
from socialid.normalize import (
    canonical_platform,
    extract_bio,
    fold_text,
    handle_from_url,
    name_handle_candidates,
    nickname_canonicals,
    normalize_company,
    normalize_email,
    normalize_handle,
    normalize_name,
    normalize_name_parts,
    normalize_phone,
    region_from_country,
    website_domain,
)

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Text that looks like the real thing more often than st.text() alone does.
SOCIAL_TEXT = st.one_of(
    st.text(),
    st.text(alphabet="@._-+:/ abcXYZ019éß✨😀<>|,", max_size=30),
    st.from_regex(r"@?[A-Za-z0-9_.]{1,20}(@[a-z]{1,8}\.[a-z]{2,4})?", fullmatch=True),
    st.from_regex(
        r"(https?://)?(www\.)?[a-z]{1,9}\.(com|io|app|net)(/[@A-Za-z0-9_.-]{0,12}){0,3}",
        fullmatch=True,
    ),
    st.emails(),
)

HANDLE_TEXT = st.one_of(
    SOCIAL_TEXT,
    st.from_regex(r"@?[A-Za-z][A-Za-z0-9_]{0,14}", fullmatch=True),
    st.from_regex(r"@[a-z][a-z0-9_]{0,10}@[a-z]{2,8}\.(social|org|io)", fullmatch=True),
    st.builds(
        "https://{}/{}{}".format,
        st.sampled_from(
            [
                "x.com",
                "www.instagram.com",
                "github.com",
                "bsky.app/profile",
                "www.linkedin.com/in",
                "reddit.com/u",
                "mastodon.social",
                "tiktok.com",
            ]
        ),
        st.sampled_from(["", "@"]),
        st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,14}", fullmatch=True),
    ),
)

ONE_ARGUMENT: list[Callable[[object], object]] = [
    normalize_email,
    normalize_phone,
    normalize_handle,
    handle_from_url,
    canonical_platform,
    normalize_name,
    fold_text,
    nickname_canonicals,
    normalize_company,
    extract_bio,
    website_domain,
    region_from_country,
]


@pytest.mark.parametrize("function", ONE_ARGUMENT, ids=lambda f: f.__name__)
@PROPERTY_SETTINGS
@given(value=st.one_of(ANY_VALUE, SOCIAL_TEXT))
def test_never_raises(function: Callable[[object], object], value: object) -> None:
    function(value)


@PROPERTY_SETTINGS
@given(first=ANY_VALUE, second=st.one_of(ANY_VALUE, SOCIAL_TEXT))
def test_two_argument_functions_never_raise(first: object, second: object) -> None:
    normalize_phone(second, region=first if isinstance(first, str) else None)
    normalize_handle(second, first)
    normalize_name_parts(first, second)
    name_handle_candidates(first, second)


@PROPERTY_SETTINGS
@given(value=st.one_of(st.emails(), SOCIAL_TEXT))
def test_email_is_idempotent(value: str) -> None:
    normalized = normalize_email(value).normalized
    if normalized is None:  # idempotence is about valid results only
        return
    again = normalize_email(normalized)
    assert again.normalized == normalized
    assert again.error is None


@PROPERTY_SETTINGS
@given(value=st.emails())
def test_email_agrees_with_email_validator(value: str) -> None:
    try:
        expected = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        assert normalize_email(value).normalized is None
        return
    result = normalize_email(value)
    assert result.domain is not None
    if result.domain not in RULE_BY_DOMAIN:
        assert result.normalized == expected.normalized.lower()


@PROPERTY_SETTINGS
@given(
    local=st.from_regex(r"[a-z][a-z0-9.]{0,10}[a-z0-9]", fullmatch=True).filter(
        lambda s: ".." not in s
    ),
    tag=st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
    domain=st.sampled_from(sorted(RULE_BY_DOMAIN)),
)
def test_provider_rules(local: str, tag: str, domain: str) -> None:
    rule = RULE_BY_DOMAIN[domain]
    separator = rule.tag_separator or "+"
    result = normalize_email(f"{local.upper()}{separator}{tag}@{domain.upper()}")
    expected_local = local.replace(".", "") if rule.drop_dots else local
    if separator == "-" and "-" in local:  # the tag starts at the first '-'
        expected_local = local.split("-", 1)[0]
    assert result.local == expected_local
    assert result.domain == (rule.canonical_domain or domain)
    assert result.is_free


PHONE_FORMATS = [
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.RFC3966,
]
REGIONS = sorted(
    region
    for region in phonenumbers.SUPPORTED_REGIONS
    if phonenumbers.example_number(region) is not None
)


@st.composite
def phone_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A region and a number in it: its example number with some digits replaced."""
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number(region)
    assert example is not None  # REGIONS only holds regions with an example number
    digits = list(str(example.national_number))
    for index in draw(st.lists(st.integers(0, len(digits) - 1), max_size=3)):
        digits[index] = str(draw(st.integers(0, 9)))
    number = phonenumbers.PhoneNumber(
        country_code=example.country_code, national_number=int("".join(digits))
    )
    return region, phonenumbers.format_number(number, draw(st.sampled_from(PHONE_FORMATS)))


@PROPERTY_SETTINGS
@given(case=phone_texts())
def test_phone_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    region, text = case
    parsed = phonenumbers.parse(text, region)
    result = normalize_phone(text, region=region)
    if phonenumbers.is_valid_number(parsed):
        assert result.normalized == phonenumbers.format_number(
            parsed, phonenumbers.PhoneNumberFormat.E164
        )
    else:
        assert result.normalized is None and result.error is not None


@PROPERTY_SETTINGS
@given(case=st.one_of(phone_texts(), st.tuples(st.sampled_from(REGIONS), SOCIAL_TEXT)))
def test_phone_is_idempotent(case: tuple[str, str]) -> None:
    region, text = case
    normalized = normalize_phone(text, region=region).normalized
    if normalized is None:
        return
    assert normalize_phone(normalized, region=None, default_region=None).normalized == normalized


@PROPERTY_SETTINGS
@given(
    value=SOCIAL_TEXT,
    platform=st.sampled_from(
        [None, "twitter", "instagram", "github", "bluesky", "mastodon", "linkedin", "reddit"]
    ),
)
def test_handle_is_idempotent(value: str, platform: str | None) -> None:
    result = normalize_handle(value, platform)
    if result.handle is None:
        return
    again = normalize_handle(result.handle, result.platform)
    assert again.handle == result.handle
    assert again.platform == result.platform


@PROPERTY_SETTINGS
@given(value=st.one_of(st.text(), st.text(alphabet="Jo séÁ✨|,-@.()ñ Ł", max_size=25)))
def test_name_is_idempotent(value: str) -> None:
    result = normalize_name(value)
    if result.full is None:
        return
    again = normalize_name(result.full)
    assert (again.full, again.first, again.last) == (result.full, result.first, result.last)


@PROPERTY_SETTINGS
@given(value=st.text())
def test_fold_text_is_idempotent_ascii(value: str) -> None:
    folded = fold_text(value)
    if folded is None:
        return
    assert folded.isascii()
    assert fold_text(folded) == folded
    assert normalize_company(normalize_company(value)) == normalize_company(value)


@PROPERTY_SETTINGS
@given(first=st.text(max_size=12), last=st.text(max_size=12))
def test_handle_candidates_are_sorted_lower_ascii(first: str, last: str) -> None:
    candidates = name_handle_candidates(first, last)
    assert list(candidates) == sorted(set(candidates))
    assert all(c and c.isascii() and c == c.lower() for c in candidates)
