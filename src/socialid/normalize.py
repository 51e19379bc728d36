"""Normalizers that turn raw emails, phones, handles, names, bios and locations into keys.

Every function accepts any value (None, NaN, numbers, arbitrary Unicode) and never raises:
problems are reported in the result's ``error`` field as a sentence naming the value and
the fix. Results are frozen dataclasses, and repeated values are served from caches.
"""

from socialid._internal.normalize.bio import BioResult, extract_bio, website_domain
from socialid._internal.normalize.company import normalize_company
from socialid._internal.normalize.email import EmailResult, normalize_email
from socialid._internal.normalize.handle import (
    HandleResult,
    canonical_platform,
    handle_from_url,
    normalize_handle,
)
from socialid._internal.normalize.location import LocationResult, normalize_location
from socialid._internal.normalize.name import (
    NameResult,
    fold_text,
    name_handle_candidates,
    nickname_canonicals,
    normalize_name,
    normalize_name_parts,
)
from socialid._internal.normalize.phone import PhoneResult, normalize_phone, region_from_country

__all__ = [
    "BioResult",
    "EmailResult",
    "HandleResult",
    "LocationResult",
    "NameResult",
    "PhoneResult",
    "canonical_platform",
    "extract_bio",
    "fold_text",
    "handle_from_url",
    "name_handle_candidates",
    "nickname_canonicals",
    "normalize_company",
    "normalize_email",
    "normalize_handle",
    "normalize_location",
    "normalize_name",
    "normalize_name_parts",
    "normalize_phone",
    "region_from_country",
    "website_domain",
]
