"""Table tests for normalize_location (socialid._internal.normalize.location)."""

from __future__ import annotations

import csv

import pytest

import socialid
from socialid._internal.normalize.location import (
    _CITY_ALIASES,
    LocationResult,
    normalize_location,
)

LOCATIONS = [
    # (value, city, region, country)
    ("London, UK", "london", "GB-ENG", "GB"),
    ("Berlin 🇩🇪", "berlin", "DE-BE", "DE"),
    ("Paris, France", "paris", "FR-IDF", "FR"),
    ("São Paulo, Brasil", "sao paulo", "BR-SP", "BR"),
    ("Toronto, ON", "toronto", "CA-ON", "CA"),
    ("Austin, TX", "austin", "US-TX", "US"),
    # 'CA' is Canada and California: the larger of the cities it supports wins.
    ("Lakewood, CA", "lakewood", "US-CA", "US"),
    ("Vancouver, CA", "vancouver", "CA-BC", "CA"),
    ("東京", "tokyo", "JP-13", "JP"),
    ("Tokyo, Japan", "tokyo", "JP-13", "JP"),
    ("東京都", "tokyo", "JP-13", "JP"),  # '都' (metropolis) dropped
    ("大阪府, 日本", "osaka", "JP-27", "JP"),
    ("Москва", "moscow", "RU-MOW", "RU"),
    ("Москва, Россия", "moscow", "RU-MOW", "RU"),
    ("Санкт-Петербург", "saint petersburg", "RU-SPE", "RU"),
    ("Київ", "kyiv", "UA-30", "UA"),
    ("Madrid, España", "madrid", "ES-MD", "ES"),
    ("Lagos 🇳🇬", "lagos", "NG-LA", "NG"),
    ("München", "munich", "DE-BY", "DE"),
    ("munich", "munich", "DE-BY", "DE"),
    ("Köln", "cologne", "DE-NW", "DE"),
    ("Koeln, GER", "cologne", "DE-NW", "DE"),
    ("Frankfurt am Main", "frankfurt", "DE-HE", "DE"),
    ("Roma, Italia", "rome", "IT-62", "IT"),
    ("Napoli", "naples", "IT-72", "IT"),
    ("Wien", "vienna", "AT-9", "AT"),
    ("Lisboa", "lisbon", "PT-11", "PT"),
    ("Praha", "prague", "CZ-10", "CZ"),
    ("Zürich", "zurich", "CH-ZH", "CH"),
    ("Warszawa 🇵🇱", "warsaw", "PL-14", "PL"),
    ("Kraków", "krakow", "PL-12", "PL"),
    ("Göteborg, Sverige", "gothenburg", "SE-O", "SE"),
    ("Den Haag", "the hague", "NL-ZH", "NL"),
    ("Sevilla", "seville", "ES-AN", "ES"),
    ("İstanbul, Türkiye", "istanbul", "TR-34", "TR"),
    ("Ciudad de México", "mexico city", "MX-CMX", "MX"),
    ("Monterrey, NL", "monterrey", "MX-NLE", "MX"),
    ("Guadalajara, Jalisco", "guadalajara", "MX-JAL", "MX"),
    ("Curitiba, PR", "curitiba", "BR-PR", "BR"),
    ("Bombay", "mumbai", "IN-MH", "IN"),
    ("Bengaluru, IN", "bengaluru", "IN-KA", "IN"),
    ("New Delhi", "delhi", "IN-DL", "IN"),
    ("北京", "beijing", "CN-BJ", "CN"),
    ("서울", "seoul", "KR-11", "KR"),
    ("القاهرة", "cairo", "EG-C", "EG"),
    ("Αθήνα", "athens", "GR-I", "GR"),
    ("Bruxelles", "brussels", "BE-BRU", "BE"),
    ("Edinburgh, Scotland", "edinburgh", "GB-SCT", "GB"),
    # metro aliases and nicknames
    ("New York, NY", "new york", "US-NY", "US"),
    ("NYC", "new york", "US-NY", "US"),
    ("new york city", "new york", "US-NY", "US"),
    ("Manhattan", "new york", "US-NY", "US"),
    ("Brooklyn, NY 🇺🇸", "new york", "US-NY", "US"),
    ("SF", "san francisco", "US-CA", "US"),
    ("San Francisco, CA", "san francisco", "US-CA", "US"),
    ("SF Bay Area", "san francisco", "US-CA", "US"),
    ("Bay Area", "san francisco", "US-CA", "US"),
    ("LA 🌴", "los angeles", "US-CA", "US"),
    ("DMV", "washington", "US-DC", "US"),
    ("Washington, D.C.", "washington", "US-DC", "US"),
    ("chi-town", "chicago", "US-IL", "US"),
    ("East London", "london", "GB-ENG", "GB"),
    ("Greater London", "london", "GB-ENG", "GB"),
    ("Berlin-Mitte 🇩🇪", "berlin", "DE-BE", "DE"),
    ("A'dam", "amsterdam", "NL-NH", "NL"),
    ("Södermalm, Sverige", "stockholm", "SE-AB", "SE"),
    ("渋谷", "tokyo", "JP-13", "JP"),
    ("CDMX 🇲🇽", "mexico city", "MX-CMX", "MX"),
    ("México, DF", "mexico city", "MX-CMX", "MX"),
    ("Koramangala, Bangalore", "bengaluru", "IN-KA", "IN"),
    # ambiguous names: the largest unless the rest of the text says otherwise
    ("Paris", "paris", "FR-IDF", "FR"),
    ("Paris, TX", "paris", "US-TX", "US"),
    ("Paris 🇺🇸", "paris", "US-TX", "US"),
    ("Portland", "portland", "US-OR", "US"),
    ("Portland, ME", "portland", "US-ME", "US"),
    ("Cambridge", "cambridge", "GB-ENG", "GB"),
    ("Cambridge, MA", "cambridge", "US-MA", "US"),
    ("London, Ontario", "london", "CA-ON", "CA"),
    ("Birmingham, AL", "birmingham", "US-AL", "US"),
    ("Valencia, España", "valencia", "ES-VC", "ES"),
    ("St. Petersburg", "saint petersburg", "RU-SPE", "RU"),
    ("Armenia, Colombia", "armenia", "CO-QUI", "CO"),
    ("Salvador", "salvador", "BR-BA", "BR"),
    # no comma, or several places: the first one
    ("Austin TX", "austin", "US-TX", "US"),
    ("São Paulo Brasil", "sao paulo", "BR-SP", "BR"),
    ("NYC / LA", "new york", "US-NY", "US"),
    ("Berlin → Lisbon", "berlin", "DE-BE", "DE"),
    ("Frankfurt/Main → Köln", "frankfurt", "DE-HE", "DE"),
    ("📍 Atlanta, GA", "atlanta", "US-GA", "US"),
    ("Remote / Toronto", "toronto", "CA-ON", "CA"),
    # no city: a country, a subdivision or both
    ("Deutschland", None, None, "DE"),
    ("U.S.", None, None, "US"),
    ("🇪🇸", None, None, "ES"),
    ("Armenia", None, None, "AM"),
    ("Mexico", None, None, "MX"),
    ("Scotland", None, "GB-SCT", "GB"),
    ("Bayern", None, "DE-BY", "DE"),
    ("Île-de-France", None, "FR-IDF", "FR"),
    ("Euskadi", None, "ES-PV", "ES"),
    ("SoCal", None, "US-CA", "US"),
    ("Smalltown, NY", None, "US-NY", "US"),
    ("Smalltown, TX, USA", None, "US-TX", "US"),
]

UNPLACED = [
    "Remote",
    "Earth 🌍",
    "she/her",
    "somewhere over the rainbow",
    "Worldwide",
    "in my head",
    "the cloud",
    "Milky Way",
    "localhost",
    "🌍",
    "",
    "   ",
    "010",
]


@pytest.mark.parametrize(("value", "city", "region", "country"), LOCATIONS)
def test_locations(value: str, city: str | None, region: str | None, country: str | None) -> None:
    result = normalize_location(value)
    assert (result.city, result.region, result.country) == (city, region, country)
    assert result.original == value
    assert result.error is None


@pytest.mark.parametrize("value", UNPLACED)
def test_unplaceable_text_is_kept_raw_without_error(value: str) -> None:
    assert normalize_location(value) == LocationResult(value, None, None, None, None)


def test_missing_values_are_empty() -> None:
    empty = LocationResult(None, None, None, None, None)
    assert normalize_location(None) == empty
    assert normalize_location(float("nan")) == empty


@pytest.mark.parametrize("value", [True, ["Berlin"], {"city": "Berlin"}])
def test_non_text_is_an_error(value: object) -> None:
    result = normalize_location(value)
    assert (result.original, result.city, result.country) == (None, None, None)
    assert result.error is not None and "not text" in result.error


def test_bytes_are_decoded() -> None:
    assert normalize_location("München".encode()).city == "munich"


@pytest.mark.parametrize(
    ("target", "aliases"), list(_CITY_ALIASES.items()), ids=lambda v: str(v)[:20]
)
def test_every_alias_reads_as_its_city(target: tuple[str, str], aliases: str) -> None:
    for alias in aliases.split("|"):
        result = normalize_location(alias.upper())
        assert (result.city, result.country) == target, alias


def test_demo_data_is_placed() -> None:
    """Measured on the shipped demo data: 95 % of distinct persona locations are placed, and
    every contact city given with its country is found."""
    contacts_path, personas_path = socialid.demo_paths()
    with personas_path.open(encoding="utf-8") as file:
        locations = {row["location"] for row in csv.DictReader(file) if row["location"]}
    placed = [v for v in locations if normalize_location(v).country is not None]
    assert len(placed) / len(locations) >= 0.93
    with contacts_path.open(encoding="utf-8") as file:
        rows = csv.DictReader(file)
        pairs = {(row["city"], row["country"]) for row in rows if row["city"] and row["country"]}
    unplaced = [pair for pair in pairs if normalize_location(", ".join(pair)).city is None]
    assert unplaced == []
