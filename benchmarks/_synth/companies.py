"""Employers: a Yule process gives a heavy-tailed size distribution, so some companies have
many employees in the data (shared switchboard numbers, shared role mailboxes, shared website).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .geo import City, Country
from .knobs import NEW_COMPANY_RATE, ROLE_MAILBOX_COMPANY_RATE
from .phones import Phone, landline
from .rand import Sampler, chance, pick
from .text import slug

_PREFIXES = (
    "Blue",
    "Bright",
    "Nova",
    "Zen",
    "Quant",
    "Apex",
    "Cloud",
    "Data",
    "Green",
    "Iron",
    "Lumen",
    "Nexa",
    "Omni",
    "Pixel",
    "Prime",
    "Silver",
    "Sky",
    "Solar",
    "True",
    "Vertex",
    "North",
    "Hyper",
    "Aero",
    "Terra",
    "Bold",
    "Clear",
    "Core",
    "Echo",
    "Flux",
    "Red",
    "Open",
    "Smart",
)
_SUFFIXES = (
    "wave",
    "peak",
    "link",
    "works",
    "labs",
    "soft",
    "ly",
    "ify",
    "base",
    "stack",
    "forge",
    "hub",
    "logic",
    "point",
    "path",
    "bridge",
    "scale",
    "mind",
    "nest",
    "line",
    "grid",
    "byte",
)
_DESCRIPTORS = (
    "Systems",
    "Solutions",
    "Technologies",
    "Consulting",
    "Media",
    "Partners",
    "Group",
    "Analytics",
    "Digital",
    "Logistics",
    "Foods",
    "Health",
    "Capital",
    "Studio",
    "Software",
    "Labs",
    "Marketing",
    "Ventures",
    "Energy",
    "Robotics",
)
_LOCAL_DESCRIPTORS: dict[str, tuple[str, ...]] = {
    "DE": ("Bau", "Logistik", "Beratung", "Technik", "Medien", "Immobilien", "Maschinenbau"),
    "FR": ("Conseil", "Immobilier", "Services", "Transports"),
    "ES": ("Consultores", "Servicios", "Inmobiliaria", "Construcciones"),
    "MX": ("Servicios", "Comercializadora", "Constructora"),
    "IT": ("Servizi", "Costruzioni", "Impianti"),
    "BR": ("Serviços", "Consultoria", "Comércio", "Engenharia"),
    "NL": ("Advies", "Techniek", "Bouw"),
    "PL": ("Usługi", "Technologie", "Budownictwo"),
    "TR": ("Danışmanlık", "Teknoloji", "İnşaat", "Gıda"),
    "SE": ("Konsult", "Bygg", "Teknik"),
}
ROLE_MAILBOXES: dict[str, tuple[str, ...]] = {
    "de": ("info", "kontakt", "office", "vertrieb", "buero"),
    "fr": ("contact", "info", "commercial", "accueil"),
    "es": ("info", "contacto", "ventas", "administracion"),
    "pt": ("contato", "vendas", "comercial", "info"),
    "it": ("info", "commerciale", "amministrazione"),
    "nl": ("info", "verkoop", "kantoor"),
    "pl": ("biuro", "kontakt", "info", "sprzedaz"),
    "tr": ("info", "bilgi", "satis"),
    "sv": ("info", "kontakt", "order"),
    "default": ("info", "sales", "contact", "office", "hello", "team", "support", "admin"),
}
COUNTRY_LANGUAGE = {
    "US": "en",
    "GB": "en",
    "IN": "en",
    "DE": "de",
    "FR": "fr",
    "ES": "es",
    "MX": "es",
    "IT": "it",
    "BR": "pt",
    "NL": "nl",
    "PL": "pl",
    "TR": "tr",
    "RU": "ru",
    "SE": "sv",
    "JP": "ja",
}
_EMAIL_PATTERNS = Sampler.of(
    {
        "first.last": 0.5,
        "flast": 0.15,
        "first": 0.1,
        "firstl": 0.05,
        "first_last": 0.05,
        "f.last": 0.1,
        "lastf": 0.05,
    }
)
_WEBSITE_FORMS = (
    "https://www.{d}",
    "https://{d}",
    "www.{d}",
    "{d}",
    "http://www.{d}/",
    "https://www.{d}/",
    "http://{d}",
)


@dataclass(eq=False)
class Company:
    """An employer and the shared contact points its employees inherit."""

    core: str
    """Brand part of the name (``Bluepeak``)."""
    name: str
    """Name without legal form (``Bluepeak Analytics``)."""
    legal: str
    domain: str
    country: Country
    city: City
    main_line: Phone
    email_pattern: str
    role_mailboxes: tuple[str, ...]
    uses_role_mailbox: bool
    solo: bool = False
    size: int = 0
    work_locals: set[str] = field(default_factory=set)

    def display(self, rng: random.Random) -> str:
        """The company name as someone typed it (with or without legal form, casing…)."""
        roll = rng.random()
        if roll < 0.45:
            out = f"{self.name} {self.legal}"
            if self.legal in ("Inc.", "Inc", "Ltd", "LLC") and chance(rng, 0.2):
                out = f"{self.name}, {self.legal}"
        elif roll < 0.85:
            out = self.name
        elif roll < 0.93:
            out = self.core
        else:
            out = f"{self.name} {pick(rng, self.country.legal_suffixes)}"
        if chance(rng, 0.03):
            out = out.upper()
        return out

    def website(self, rng: random.Random) -> str:
        """The company website as typed (scheme, ``www.`` and trailing slash vary)."""
        return pick(rng, _WEBSITE_FORMS).format(d=self.domain)


class CompanyRegistry:
    """Creates and hands out employers per country (preferential attachment)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._members: dict[str, list[Company]] = {}
        self._domains: set[str] = set()
        self.companies: list[Company] = []

    def join(self, country: Country, city: City, surnames: tuple[str, str]) -> Company:
        """An employer for someone living in ``city``: a new one or an existing one by size."""
        members = self._members.setdefault(country.iso, [])
        if not members or chance(self._rng, NEW_COMPANY_RATE):
            company = self._create(country, city, surnames)
        else:
            company = pick(self._rng, members)
        members.append(company)
        company.size += 1
        return company

    def solo(self, country: Country, city: City, first: str, last: str, sector: str) -> Company:
        """A one-person business named after its owner (``Jane Doe Photography``)."""
        rng = self._rng
        trade = {"creative": "Photography", "design": "Design", "tech": "Software"}.get(
            sector, pick(rng, ("Consulting", "Coaching", "Advisory", "Services"))
        )
        name = f"{first} {last} {trade}" if chance(rng, 0.6) else f"{last} {trade}"
        domain = self._domain((slug(first) + slug(last), slug(last) + slug(trade)), country)
        company = Company(
            name,
            name,
            pick(rng, country.legal_suffixes[:2]),
            domain,
            country,
            city,
            landline(country, city, rng),
            "first",
            ("hello", "info", "contact"),
            False,
            solo=True,
            size=1,
        )
        self.companies.append(company)
        return company

    def _create(self, country: Country, city: City, surnames: tuple[str, str]) -> Company:
        rng = self._rng
        roll = rng.random()
        if roll < 0.5:
            core = pick(rng, _PREFIXES) + pick(rng, _SUFFIXES)
            name = core if chance(rng, 0.4) else f"{core} {pick(rng, _DESCRIPTORS)}"
        elif roll < 0.8:
            core = surnames[0]
            local = _LOCAL_DESCRIPTORS.get(country.iso, ())
            descriptor = pick(rng, local) if local and chance(rng, 0.5) else pick(rng, _DESCRIPTORS)
            name = f"{core} {descriptor}"
        else:
            core = f"{surnames[0]} & {surnames[1]}"
            name = core
        domain = self._domain((slug(core), slug(name), slug(core) + "group"), country)
        language = COUNTRY_LANGUAGE[country.iso]
        mailboxes = ROLE_MAILBOXES.get(language, ROLE_MAILBOXES["default"])
        company = Company(
            core,
            name,
            pick(rng, country.legal_suffixes),
            domain,
            country,
            city,
            landline(country, city, rng),
            _EMAIL_PATTERNS.draw(rng),
            tuple(rng.sample(mailboxes, min(len(mailboxes), 2))),
            chance(rng, ROLE_MAILBOX_COMPANY_RATE),
        )
        self.companies.append(company)
        return company

    def _domain(self, stems: tuple[str, ...], country: Country) -> str:
        tld = pick(self._rng, country.tlds)
        for stem in stems:
            if stem and f"{stem}{tld}" not in self._domains:
                self._domains.add(f"{stem}{tld}")
                return f"{stem}{tld}"
        n = 2
        while f"{stems[0]}{n}{tld}" in self._domains:
            n += 1
        self._domains.add(f"{stems[0]}{n}{tld}")
        return f"{stems[0]}{n}{tld}"
