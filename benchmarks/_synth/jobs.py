"""Work life: sectors, job titles (with the spellings CRMs accumulate) and interests."""

from __future__ import annotations

import random

from .rand import Sampler, chance, pick

SECTORS = Sampler.of(
    {
        "tech": 0.26,
        "sales": 0.16,
        "marketing": 0.13,
        "exec": 0.12,
        "design": 0.07,
        "ops": 0.16,
        "creative": 0.05,
        "other": 0.05,
    }
)

TITLES: dict[str, tuple[str, ...]] = {
    "tech": (
        "Software Engineer",
        "Senior Software Engineer",
        "Staff Engineer",
        "Engineering Manager",
        "Data Scientist",
        "DevOps Engineer",
        "Frontend Developer",
        "Backend Developer",
        "Full Stack Developer",
        "Product Manager",
        "Data Engineer",
        "Machine Learning Engineer",
        "CTO",
        "IT Manager",
        "Solutions Architect",
    ),
    "sales": (
        "Account Executive",
        "Sales Manager",
        "VP of Sales",
        "Head of Sales",
        "Business Development Manager",
        "Key Account Manager",
        "Sales Director",
        "Sales Representative",
        "Customer Success Manager",
    ),
    "marketing": (
        "Marketing Manager",
        "Head of Marketing",
        "CMO",
        "Content Marketing Manager",
        "Social Media Manager",
        "Growth Marketing Manager",
        "Brand Manager",
        "PR Manager",
        "Marketing Coordinator",
    ),
    "exec": (
        "CEO",
        "Founder & CEO",
        "Co-Founder",
        "Managing Director",
        "COO",
        "CFO",
        "President",
        "Owner",
        "Partner",
        "General Manager",
    ),
    "design": (
        "Product Designer",
        "UX Designer",
        "Graphic Designer",
        "Art Director",
        "Creative Director",
        "UI/UX Designer",
    ),
    "ops": (
        "Operations Manager",
        "Office Manager",
        "HR Manager",
        "Recruiter",
        "Talent Acquisition Partner",
        "Project Manager",
        "Executive Assistant",
        "Accountant",
        "Financial Analyst",
        "Consultant",
        "Legal Counsel",
        "Procurement Manager",
    ),
    "creative": (
        "Photographer",
        "Writer",
        "Journalist",
        "Video Producer",
        "Illustrator",
        "Content Creator",
    ),
    "other": (
        "Teacher",
        "Nurse",
        "Physician",
        "Lawyer",
        "Architect",
        "Researcher",
        "Professor",
        "Pharmacist",
    ),
}

_ABBREVIATIONS = (
    ("Senior ", "Sr. "),
    ("Senior ", "Sr "),
    ("Manager", "Mgr"),
    ("VP of ", "VP "),
    ("Vice President of ", "VP "),
    ("Head of Sales", "Sales Lead"),
    ("Co-Founder", "Cofounder"),
    ("Founder & CEO", "CEO & Founder"),
    ("Founder & CEO", "Founder/CEO"),
    ("Machine Learning", "ML"),
    ("Software Engineer", "Software Developer"),
    ("Business Development Manager", "BDM"),
    ("Chief Executive Officer", "CEO"),
    ("UI/UX", "UX/UI"),
    ("Full Stack", "Fullstack"),
    ("CEO", "Chief Executive Officer"),
    ("CTO", "Chief Technology Officer"),
    ("Managing Director", "MD"),
)

_LOCAL_TITLES: dict[str, dict[str, str]] = {
    "de": {
        "CEO": "Geschäftsführer",
        "Managing Director": "Geschäftsführer",
        "Software Engineer": "Softwareentwickler",
        "Sales Manager": "Vertriebsleiter",
        "Marketing Manager": "Marketingleiter",
        "Project Manager": "Projektleiter",
        "Accountant": "Buchhalter",
        "Consultant": "Berater",
        "Owner": "Inhaber",
        "Office Manager": "Büroleitung",
        "Key Account Manager": "Key Account Managerin",
    },
    "fr": {
        "CEO": "PDG",
        "Managing Director": "Directeur général",
        "Sales Manager": "Directeur commercial",
        "Software Engineer": "Ingénieur logiciel",
        "Project Manager": "Chef de projet",
        "Marketing Manager": "Responsable marketing",
        "Consultant": "Consultant",
        "Accountant": "Comptable",
    },
    "es": {
        "CEO": "Director General",
        "Sales Manager": "Gerente de Ventas",
        "Software Engineer": "Ingeniero de Software",
        "Project Manager": "Jefe de Proyecto",
        "Marketing Manager": "Gerente de Marketing",
        "Owner": "Propietario",
        "Accountant": "Contador",
    },
    "pt": {
        "CEO": "Diretor Executivo",
        "Sales Manager": "Gerente Comercial",
        "Software Engineer": "Engenheiro de Software",
        "Project Manager": "Gerente de Projetos",
        "Marketing Manager": "Gerente de Marketing",
        "Owner": "Sócio-proprietário",
        "Partner": "Sócio",
    },
    "it": {
        "CEO": "Amministratore Delegato",
        "Sales Manager": "Responsabile Commerciale",
        "Software Engineer": "Sviluppatore Software",
        "Owner": "Titolare",
        "Project Manager": "Responsabile di Progetto",
    },
    "nl": {
        "Owner": "Eigenaar",
        "Managing Director": "Directeur",
        "Sales Manager": "Verkoopleider",
        "Consultant": "Adviseur",
    },
    "pl": {
        "CEO": "Prezes Zarządu",
        "Sales Manager": "Kierownik Sprzedaży",
        "Software Engineer": "Programista",
        "Owner": "Właściciel",
    },
    "sv": {"CEO": "VD", "Sales Manager": "Försäljningschef", "Owner": "Ägare"},
    "tr": {"CEO": "Genel Müdür", "Sales Manager": "Satış Müdürü", "Owner": "Kurucu"},
}


def draw_title(sector: str, rng: random.Random) -> str:
    """A canonical English job title in ``sector``."""
    return pick(rng, TITLES[sector])


def render_title(title: str, language: str, rng: random.Random) -> str:
    """The title as typed into a CRM: abbreviated, translated or case-mangled sometimes."""
    local = _LOCAL_TITLES.get(language, {}).get(title)
    if local and chance(rng, 0.35):
        return local
    if chance(rng, 0.25):
        for long_, short in _ABBREVIATIONS:
            if long_ in title:
                return title.replace(long_, short)
    if chance(rng, 0.04):
        return title.lower()
    return title


INTERESTS: dict[str, tuple[str, ...]] = {
    "tech": ("coding", "opensource", "ai", "gaming", "coffee"),
    "design": ("design", "art", "photography", "coffee"),
    "creative": ("photography", "art", "music", "film", "travel", "books"),
    "marketing": ("marketing", "travel", "food", "fitness", "books"),
    "sales": ("sports", "travel", "fitness", "food", "golf"),
    "exec": ("startups", "leadership", "golf", "travel", "wine"),
    "ops": ("family", "travel", "books", "fitness", "food"),
    "other": ("family", "books", "hiking", "music", "food"),
}
GENERAL_INTERESTS = (
    "travel",
    "food",
    "music",
    "dogs",
    "cats",
    "hiking",
    "running",
    "family",
    "football",
    "books",
    "yoga",
    "gaming",
    "cooking",
    "photography",
    "coffee",
)
