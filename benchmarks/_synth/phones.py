"""Phone numbers: valid per-country numbers rendered the many ways people type them."""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

from .geo import City, Country
from .knobs import PHONE_EXTENSION_RATE
from .rand import Sampler, chance, pick

_FMT = phonenumbers.PhoneNumberFormat
_MAX_TRIES = 30


@dataclass(frozen=True)
class Phone:
    """One real line: its canonical forms, from which record renderings are derived."""

    country: str
    e164: str
    national: str
    international: str


def _fill(template: str, rng: random.Random) -> str:
    out = []
    for ch in template:
        if ch == "X":
            out.append(str(rng.randrange(10)))
        elif ch == "N":
            out.append(str(rng.randrange(2, 10)))
        else:
            out.append(ch)
    return "".join(out)


def make_phone(template: str, country: Country, rng: random.Random) -> Phone:
    """Fill a national-significant-number template (redrawn until the number is valid)."""
    prefix = "+" + str(_calling_code(country.iso))
    for _ in range(_MAX_TRIES):
        num = phonenumbers.parse(prefix + _fill(template, rng))
        if phonenumbers.is_valid_number_for_region(num, country.iso):
            break
    return Phone(
        country.iso,
        phonenumbers.format_number(num, _FMT.E164),
        phonenumbers.format_number(num, _FMT.NATIONAL),
        phonenumbers.format_number(num, _FMT.INTERNATIONAL),
    )


def _calling_code(iso: str) -> int:
    return int(phonenumbers.country_code_for_region(iso))


def mobile_template(country: Country, city: City, rng: random.Random) -> str:
    """A mobile template: national mobile ranges, or city area codes where mobiles share them."""
    if country.mobile:
        return pick(rng, country.mobile)
    area = pick(rng, city.landline)
    if country.iso == "BR":
        return area[:2] + "9" + pick(rng, "6789") + "XXXXXXX"
    return area


def landline(country: Country, city: City, rng: random.Random) -> Phone:
    """A fixed line in ``city``."""
    return make_phone(pick(rng, city.landline), country, rng)


def mobile(country: Country, city: City, rng: random.Random) -> Phone:
    """A mobile line registered in ``city``."""
    return make_phone(mobile_template(country, city, rng), country, rng)


_STYLE = Sampler.of(
    {
        "national": 0.38,
        "international": 0.2,
        "e164": 0.1,
        "double_zero": 0.06,
        "digits": 0.08,
        "dashes": 0.07,
        "dots": 0.04,
        "trunk_in_parens": 0.04,
        "slash": 0.03,
    }
)


def render(phone: Phone, rng: random.Random, *, abroad: bool = False, ext: bool = False) -> str:
    """Render ``phone`` as a person or a CRM form might have typed it.

    ``abroad`` favours international forms (the record is kept outside the number's country);
    ``ext`` may append a desk extension.
    """
    style = "international" if abroad and chance(rng, 0.6) else _STYLE.draw(rng)
    nat, intl = phone.national, phone.international
    cc = intl.split(" ", 1)[0]
    if style == "national":
        out = nat
    elif style == "international":
        out = intl
    elif style == "e164":
        out = phone.e164
    elif style == "double_zero":
        out = "00" + intl[1:] if chance(rng, 0.5) else "00" + phone.e164[1:]
    elif style == "digits":
        out = "".join(ch for ch in nat if ch.isdigit())
    elif style == "dashes":
        out = _regroup(nat, "-")
    elif style == "dots":
        out = _regroup(nat if chance(rng, 0.6) else intl, ".")
    elif style == "trunk_in_parens" and nat.startswith("0"):
        out = f"{cc} (0){nat[1:]}"
    elif style == "slash" and nat.startswith("0") and " " in nat:
        head, tail = nat.split(" ", 1)
        out = f"{head}/{tail.replace(' ', '')}"
    else:
        out = intl.replace("-", " ")
    if ext and chance(rng, PHONE_EXTENSION_RATE):
        out += pick(rng, (" ext. ", " x", " ext ", "-", " #")) + str(rng.randrange(10, 990))
    return out


def _regroup(formatted: str, sep: str) -> str:
    """Replace every separator in a formatted number by ``sep``."""
    groups = "".join(ch if ch.isdigit() or ch == "+" else " " for ch in formatted).split()
    return sep.join(groups)
