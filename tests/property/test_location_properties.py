"""Property tests for normalize_location: it never raises, its canonical form is a fixed point,
cities are folded ASCII and countries/regions are ISO codes."""

from __future__ import annotations

import re

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phonenumbers.geodata.locale import LOCALE_DATA
from strategies import ANY_VALUE

from socialid._internal.normalize.location import _gazetteer, normalize_location
from socialid._internal.normalize.phone import region_from_country

PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
COUNTRIES = frozenset(LOCALE_DATA) | frozenset(phonenumbers.SUPPORTED_REGIONS)
REGION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
# Cities whose name is not also a country's ('Armenia' alone is the country).
CITIES = [city for city in _gazetteer().cities if region_from_country(city.name) is None]



@st.composite
def locations(draw: st.DrawFn) -> str:
    """A profile-style location around a gazetteer city: case, qualifiers, flags, emoji."""
    city = draw(st.sampled_from(CITIES))
    name = draw(st.sampled_from([city.name, city.name.title(), city.name.upper()]))
    region = (city.region or "XX-XX")[3:]
    qualifiers = st.sampled_from(["", city.country, region, "USA", "Deutschland", "日本", "UK"])
    parts = [name, *draw(st.lists(qualifiers, max_size=2))]
    text = ", ".join(part for part in parts if part)
    prefix = draw(st.sampled_from(["", "📍 ", "based in ", "Greater "]))
    suffix = draw(st.sampled_from(["", " 🇺🇸", " 🇩🇪", " ✨", " / London", " → Paris", " & NYC"]))
    return prefix + text + suffix


LOCATION_TEXT = st.one_of(
    locations(),
    st.text(),
    st.text(alphabet="ABCNY ,/→🇩🇪🇺🇸éłМосква東京-.'", max_size=20),
)


@PROPERTY_SETTINGS
@given(value=st.one_of(ANY_VALUE, LOCATION_TEXT))
def test_never_raises_and_returns_valid_codes(value: object) -> None:
    result = normalize_location(value)
    city, region, country = result.city, result.region, result.country
    assert city is None or (city.isascii() and city == city.lower() and city == city.strip())
    assert city is None or city
    assert country is None or country in COUNTRIES
    assert region is None or (REGION.fullmatch(region) and region[:2] == country)
    assert (result.error is None) or (result.original is None and country is None)


@PROPERTY_SETTINGS
@given(value=LOCATION_TEXT)
def test_canonical_form_is_a_fixed_point(value: str) -> None:
    result = normalize_location(value)
    rendered = ", ".join(part for part in (result.city, result.country) if part)
    if not rendered:
        return
    again = normalize_location(rendered)
    assert (again.city, again.country) == (result.city, result.country)


@PROPERTY_SETTINGS
@given(value=locations())
def test_gazetteer_locations_are_placed(value: str) -> None:
    assert normalize_location(value).city is not None
