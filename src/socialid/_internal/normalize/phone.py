"""Phone numbers → E.164 (validated with phonenumbers, never guessed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from socialid._internal.normalize._text import CACHE_SIZE, coerce_text, quoted
from socialid._internal.normalize.countries import region_code

_TEL_SCHEME = re.compile(r"^\s*tel:", re.IGNORECASE)
_DOUBLE_ZERO = re.compile(r"^\s*00")
_NON_GEOGRAPHIC = "001"  # phonenumbers' region for +800, +808, +870, ... numbers

_PARSE_REASONS = MappingProxyType(
    {
        NumberParseException.INVALID_COUNTRY_CODE: (
            "it has no known country code; write it as '+<country code> …' or pass region"
        ),
        NumberParseException.NOT_A_NUMBER: "it does not look like a phone number",
        NumberParseException.TOO_SHORT_AFTER_IDD: (
            "too few digits follow the international prefix; check the number"
        ),
        NumberParseException.TOO_SHORT_NSN: "it has too few digits; check the number",
        NumberParseException.TOO_LONG: "it has too many digits; check the number",
    }
)
_LENGTH_REASONS = MappingProxyType(
    {
        ValidationResult.INVALID_COUNTRY_CODE: (
            "its country code is not in use; write it as '+<country code> …' or pass region"
        ),
        ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "it lacks the area code used in {where}",
        ValidationResult.TOO_SHORT: "it is too short for {where}; check the digits or the region",
        ValidationResult.TOO_LONG: "it is too long for {where}; check the digits or the region",
        ValidationResult.INVALID_LENGTH: (
            "its length is not used in {where}; check the digits or the region"
        ),
    }
)
_NOT_ASSIGNED = "it is not an assigned number in {where}; check the digits or the region"


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """A phone number in E.164; ``normalized`` is None when the number is invalid or empty."""

    original: str | None
    normalized: str | None
    region: str | None
    extension: str | None
    error: str | None


def normalize_phone(
    value: object, region: str | None = None, default_region: str | None = "US"
) -> PhoneResult:
    """Normalize a phone number to E.164, keeping any extension apart.

    ``region`` (a country code or name, see ``region_from_country``) tells how to read
    national numbers; when it is missing or unknown ``default_region`` is used. Numbers that
    phonenumbers does not consider valid are rejected with a reason, never guessed.

    >>> r = normalize_phone("0044 (0)20 7946 0000 ext. 12", region="Deutschland")
    >>> r.normalized, r.region, r.extension
    ('+442079460000', 'GB', '12')
    """
    text, error = coerce_text(value)
    if text is None:
        return PhoneResult(None, None, None, None, error)
    return _normalize(text, region_from_country(region) or region_from_country(default_region))


def region_from_country(country: object) -> str | None:
    """Return the ISO 3166-1 alpha-2 code for a country code or name in common languages.

    Accepts alpha-2 and alpha-3 codes, English and localized names and common informal names;
    returns None when the value names no country.

    >>> [region_from_country(c) for c in ("Deutschland", "deu", "UK", "U.S.", "Narnia")]
    ['DE', 'DE', 'GB', 'US', None]
    """
    text, _ = coerce_text(country)
    return region_code(text) if text is not None else None


@lru_cache(maxsize=CACHE_SIZE)
def _normalize(text: str, region: str | None) -> PhoneResult:
    candidate = _TEL_SCHEME.sub("", text).strip()
    if not candidate:
        return PhoneResult(text, None, region, None, None)
    result = _parse(text, candidate, region)
    if result.normalized is None and _DOUBLE_ZERO.match(candidate):
        retried = _parse(text, "+" + candidate.lstrip()[2:], region)
        if retried.normalized is not None:
            return retried
    return result


def _parse(text: str, candidate: str, region: str | None) -> PhoneResult:
    try:
        number = phonenumbers.parse(candidate, region)
    except NumberParseException as exc:
        reason = _PARSE_REASONS.get(exc.error_type, str(exc))
        return PhoneResult(text, None, region, None, _message(text, reason))
    if not phonenumbers.is_valid_number(number):
        where = phonenumbers.region_code_for_country_code(number.country_code or 0)
        where = f"+{number.country_code} ({where})" if where != "ZZ" else "any country"
        template = _LENGTH_REASONS.get(
            phonenumbers.is_possible_number_with_reason(number), _NOT_ASSIGNED
        )
        return PhoneResult(text, None, region, None, _message(text, template.format(where=where)))
    inferred = phonenumbers.region_code_for_number(number)
    return PhoneResult(
        original=text,
        normalized=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        region=None if inferred == _NON_GEOGRAPHIC else inferred,
        extension=number.extension or None,
        error=None,
    )


def _message(text: str, reason: str) -> str:
    return f"{quoted(text)} is not a valid phone number: {reason}."
