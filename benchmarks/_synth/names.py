"""Personal names: skewed per-locale pools, native scripts, romanizations and nicknames.

Each locale has a short *head* of genuinely common names (``Smith``, ``García``,
``Müller``) carrying a large share of the mass, followed by a long Faker-drawn tail, so
common full names recur among unrelated people the way they do in real populations.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker
from faker.providers.person.ja_JP import Provider as JaPersonProvider
from nicknames import NickNamer

from .knobs import (
    HEAD_NAME_MASS,
    HEAD_ZIPF_EXPONENT,
    TAIL_ZIPF_EXPONENT,
)
from .rand import Sampler, chance, zipf_weights

_POOL_SEED = 20240607
"""Faker seed for the name pools; pools are seed-independent so they can be cached."""
_TAIL_DRAWS = 700


@dataclass(frozen=True)
class Locale:
    """Where a person's name comes from (not necessarily where they live)."""

    code: str
    country: str
    language: str
    weight: float
    native: str
    """Native script tag (``ja``, ``ru``, ``hi``) or ``""`` when the Latin form is native."""
    first_m: tuple[str, ...]
    first_f: tuple[str, ...]
    last_m: tuple[str, ...]
    last_f: tuple[str, ...]


def _t(words: str) -> tuple[str, ...]:
    return tuple(words.split(","))


LOCALES: tuple[Locale, ...] = (
    Locale(
        "en_US",
        "US",
        "en",
        0.26,
        "",
        _t("James,John,Robert,Michael,William,David,Richard,Joseph,Thomas,Christopher"),
        _t("Mary,Patricia,Jennifer,Linda,Elizabeth,Barbara,Susan,Jessica,Sarah,Karen"),
        _t("Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez"),
        (),
    ),
    Locale(
        "en_GB",
        "GB",
        "en",
        0.09,
        "",
        _t("Oliver,Jack,Harry,George,James,Thomas,David,Daniel"),
        _t("Olivia,Amelia,Emily,Sophie,Jessica,Sarah,Emma,Charlotte"),
        _t("Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson"),
        (),
    ),
    Locale(
        "en_IN",
        "IN",
        "hi",
        0.07,
        "hi",
        _t("Rahul,Amit,Rajesh,Vikram,Arjun,Sanjay,Suresh,Anil"),
        _t("Priya,Pooja,Anjali,Neha,Sunita,Kavya,Deepika,Sneha"),
        _t("Kumar,Singh,Sharma,Patel,Gupta,Shah,Reddy,Iyer"),
        (),
    ),
    Locale(
        "de_DE",
        "DE",
        "de",
        0.08,
        "",
        _t("Thomas,Michael,Andreas,Stefan,Christian,Alexander,Jan,Lukas"),
        _t("Anna,Julia,Sabine,Katharina,Laura,Maria,Lena,Sandra"),
        _t("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker"),
        (),
    ),
    Locale(
        "fr_FR",
        "FR",
        "fr",
        0.06,
        "",
        _t("Jean,Pierre,Nicolas,Thomas,Julien,Philippe,Michel,Antoine"),
        _t("Marie,Nathalie,Isabelle,Sophie,Camille,Céline,Julie,Léa"),
        _t("Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand"),
        (),
    ),
    Locale(
        "es_ES",
        "ES",
        "es",
        0.05,
        "",
        _t("Antonio,José,Manuel,Francisco,David,Juan,Javier,Daniel"),
        _t("María,Carmen,Ana,Laura,Isabel,Lucía,Marta,Cristina"),
        _t("García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez"),
        (),
    ),
    Locale(
        "es_MX",
        "MX",
        "es",
        0.05,
        "",
        _t("José,Juan,Luis,Carlos,Jorge,Miguel,Alejandro,Francisco"),
        _t("María,Guadalupe,Ana,Fernanda,Gabriela,Sofía,Verónica,Alejandra"),
        _t("Hernández,García,Martínez,López,González,Rodríguez,Pérez,Sánchez"),
        (),
    ),
    Locale(
        "it_IT",
        "IT",
        "it",
        0.05,
        "",
        _t("Marco,Giuseppe,Giovanni,Antonio,Luca,Francesco,Alessandro,Andrea"),
        _t("Giulia,Francesca,Maria,Sara,Chiara,Anna,Laura,Valentina"),
        _t("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci"),
        (),
    ),
    Locale(
        "pt_BR",
        "BR",
        "pt",
        0.07,
        "",
        _t("João,José,Lucas,Gabriel,Pedro,Carlos,Paulo,Rafael"),
        _t("Maria,Ana,Juliana,Fernanda,Mariana,Beatriz,Camila,Amanda"),
        _t("Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira"),
        (),
    ),
    Locale(
        "nl_NL",
        "NL",
        "nl",
        0.03,
        "",
        _t("Jan,Daan,Thomas,Lucas,Pieter,Sem,Bram,Kees"),
        _t("Emma,Anna,Sophie,Julia,Lisa,Sanne,Eva,Fleur"),
        _t("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser"),
        (),
    ),
    Locale(
        "pl_PL",
        "PL",
        "pl",
        0.04,
        "",
        _t("Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Michał,Marcin,Jakub"),
        _t("Anna,Maria,Katarzyna,Małgorzata,Agnieszka,Barbara,Ewa,Magdalena"),
        _t("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński"),
        _t("Nowak,Kowalska,Wiśniewska,Wójcik,Kowalczyk,Kamińska,Lewandowska,Zielińska"),
    ),
    Locale(
        "tr_TR",
        "TR",
        "tr",
        0.04,
        "",
        _t("Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,Murat"),
        _t("Fatma,Ayşe,Emine,Hatice,Zeynep,Elif,Merve,Özlem"),
        _t("Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk"),
        (),
    ),
    Locale(
        "ru_RU",
        "RU",
        "ru",
        0.04,
        "ru",
        _t("Александр,Сергей,Дмитрий,Андрей,Алексей,Максим,Евгений,Иван"),
        _t("Елена,Ольга,Наталья,Татьяна,Анна,Мария,Екатерина,Ирина"),
        _t("Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов"),
        _t("Иванова,Смирнова,Кузнецова,Попова,Васильева,Петрова,Соколова,Михайлова"),
    ),
    Locale("ja_JP", "JP", "ja", 0.04, "ja", (), (), (), ()),
    Locale(
        "sv_SE",
        "SE",
        "sv",
        0.03,
        "",
        _t("Lars,Erik,Anders,Johan,Per,Karl,Mikael,Nils"),
        _t("Anna,Maria,Eva,Karin,Kristina,Sara,Emma,Elin"),
        _t("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson"),
        (),
    ),
)

DEVANAGARI = dict(
    zip(
        _t(
            "Rahul,Amit,Rajesh,Vikram,Arjun,Sanjay,Suresh,Anil,Priya,Pooja,Anjali,Neha,Sunita,"
            "Kavya,Deepika,Sneha,Kumar,Singh,Sharma,Patel,Gupta,Shah,Reddy,Iyer"
        ),
        _t(
            "राहुल,अमित,राजेश,विक्रम,अर्जुन,संजय,सुरेश,अनिल,प्रिया,पूजा,अंजलि,नेहा,सुनीता,"
            "काव्या,दीपिका,स्नेहा,कुमार,सिंह,शर्मा,पटेल,गुप्ता,शाह,रेड्डी,अय्यर"
        ),
        strict=True,
    )
)
"""Native forms of the common Indian names (tail names have no native form here)."""


@dataclass(frozen=True)
class Name:
    """A person's name: Latin forms as a CRM holds them, plus native/alternative forms."""

    first: str
    last: str
    gender: str
    native_first: str = ""
    native_last: str = ""
    alt_first: str = ""
    """Another romanization people also use (``Dmitry`` for ``Dmitriy``), or ``""``."""
    alt_last: str = ""


class _Pool:
    """Head (Zipf over real top names) + tail (Zipf over Faker draws) sampler."""

    def __init__(self, head: tuple[str, ...], tail: list[str], head_mass: float) -> None:
        self.head = Sampler(head, zipf_weights(len(head), HEAD_ZIPF_EXPONENT)) if head else None
        self.tail = Sampler(tail, zipf_weights(len(tail), TAIL_ZIPF_EXPONENT))
        self.head_mass = head_mass if head else 0.0

    def draw(self, rng: random.Random) -> str:
        if self.head is not None and chance(rng, self.head_mass):
            return self.head.draw(rng)
        return self.tail.draw(rng)


@dataclass(frozen=True)
class _LocalePools:
    first_m: _Pool
    first_f: _Pool
    last_m: _Pool
    last_f: _Pool


def _draw_unique(fn: Callable[[], object], n: int) -> list[str]:
    return list(dict.fromkeys(str(fn()) for _ in range(n)))


@functools.cache
def _pools(code: str) -> _LocalePools:
    loc = next(locale for locale in LOCALES if locale.code == code)
    fake = Faker(code)
    fake.seed_instance(_POOL_SEED)
    first_mass, last_mass = HEAD_NAME_MASS[code]
    return _LocalePools(
        _Pool(loc.first_m, _draw_unique(fake.first_name_male, _TAIL_DRAWS), first_mass),
        _Pool(loc.first_f, _draw_unique(fake.first_name_female, _TAIL_DRAWS), first_mass),
        _Pool(loc.last_m, _draw_unique(fake.last_name_male, _TAIL_DRAWS), last_mass),
        _Pool(
            loc.last_f or loc.last_m, _draw_unique(fake.last_name_female, _TAIL_DRAWS), last_mass
        ),
    )


_JA_LAST = Sampler(
    list(JaPersonProvider.last_name_pairs), list(JaPersonProvider.last_name_pairs.values())
)
_JA_FIRST_M = Sampler(JaPersonProvider.first_name_male_pairs)
_JA_FIRST_F = Sampler(JaPersonProvider.first_name_female_pairs)


def draw_name(locale: Locale, rng: random.Random) -> Name:
    """Draw a gender and a full name for someone from ``locale``."""
    gender = "f" if chance(rng, 0.5) else "m"
    if locale.native == "ja":
        kanji_first, _, roman_first = (_JA_FIRST_F if gender == "f" else _JA_FIRST_M).draw(rng)
        kanji_last, _, roman_last = _JA_LAST.draw(rng)
        return Name(
            roman_first,
            roman_last,
            gender,
            kanji_first,
            kanji_last,
            _long_vowel(roman_first),
            _long_vowel(roman_last),
        )
    pools = _pools(locale.code)
    first = (pools.first_f if gender == "f" else pools.first_m).draw(rng)
    last = (pools.last_f if gender == "f" else pools.last_m).draw(rng)
    return romanize(locale, first, last, gender, rng)


def draw_last_name(locale: Locale, gender: str, rng: random.Random) -> str:
    """A surname only (second Spanish/Portuguese surnames); Latin-script locales only."""
    pools = _pools(locale.code)
    return (pools.last_f if gender == "f" else pools.last_m).draw(rng)


def romanize(locale: Locale, first: str, last: str, gender: str, rng: random.Random) -> Name:
    """Build a :class:`Name` from names in the locale's own script."""
    if locale.native == "ru":
        scheme, other = (PASSPORT, POPULAR) if chance(rng, 0.5) else (POPULAR, PASSPORT)
        latin_first, latin_last = translit(first, scheme), translit(last, scheme)
        alt_first, alt_last = translit(first, other), translit(last, other)
        return Name(
            latin_first,
            latin_last,
            gender,
            first,
            last,
            "" if alt_first == latin_first else alt_first,
            "" if alt_last == latin_last else alt_last,
        )
    if locale.native == "hi" and first in DEVANAGARI and last in DEVANAGARI:
        return Name(first, last, gender, DEVANAGARI[first], DEVANAGARI[last])
    return Name(first, last, gender)


def _long_vowel(romaji: str) -> str:
    """Alternative Hepburn spelling with the long vowel written out (``Sato`` → ``Satou``)."""
    for short, long_ in (("oo", "oh"), ("ou", "o")):
        if short in romaji:
            return romaji.replace(short, long_)
    if romaji.endswith("o") and len(romaji) <= 5:
        return romaji + "u"
    return ""


def _table(latin: str) -> dict[str, str]:
    """Cyrillic lower-case alphabet → space-separated Latin (``_`` means "drop")."""
    return dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", latin.split(), strict=True))


PASSPORT = _table("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia")
POPULAR = _table("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya")


def translit(text: str, scheme: dict[str, str]) -> str:
    """Romanize Cyrillic with one of the two schemes seen in practice."""
    if scheme is POPULAR:
        text = text.replace("ий", "iy").replace("ья", "ya").replace("ье", "ye")
    out = []
    for ch in text:
        low = ch.lower()
        latin = scheme.get(low)
        if latin is None:
            out.append(ch)
            continue
        latin = "" if latin == "_" else latin
        out.append(latin.capitalize() if ch != low else latin)
    return "".join(out)


# --- nicknames --------------------------------------------------------------------------

_NICKNAMER = NickNamer()
_COMMON_NON_PREFIX = frozenset(
    _t(
        "bob,bobby,bill,billy,liz,beth,betty,jack,jim,jimmy,mike,ted,ned,sandy,kate,kathy,cathy,"
        "chuck,hank,harry,tony,sally,molly,peggy,meg,maggie,lisa,jen,jenny,chris,dave,tom,tommy,"
        "nick,alex,sam,ben,dan,danny,joe,joey,steve,rick,rich,andy,drew,pat,patty,sue,susie,becky,"
        "vicky,cindy,debbie,nate,greg,jeff,josh,jake,will,rob,robbie,katie,abby,jess,tina,nancy,"
        "johnny,jon,jamie,larry,terry,charlie,ollie,ellie,sophie,emmy,chloe,eddie,frank,gus,max,"
        "ria,ron,ronnie,russ,stu,theo,zach,zack,kit,jo,lou,vince,val,walt,wes,xander,wendy,polly"
    )
)
_LOCAL_NICKNAMES: dict[str, tuple[str, ...]] = {
    # German
    "Johannes": ("Hannes", "Jo"),
    "Katharina": ("Kathi", "Kati"),
    "Andreas": ("Andi",),
    "Sebastian": ("Basti",),
    "Tobias": ("Tobi",),
    "Maximilian": ("Max",),
    "Stefanie": ("Steffi",),
    "Franziska": ("Franzi",),
    "Susanne": ("Susi",),
    "Christian": ("Chris",),
    "Alexander": ("Alex", "Sascha"),
    "Sabine": ("Bine",),
    # French
    "Nicolas": ("Nico",),
    "Sébastien": ("Seb",),
    "Frédéric": ("Fred",),
    "Isabelle": ("Isa",),
    "Stéphanie": ("Steph",),
    "Philippe": ("Phil",),
    "Alexandre": ("Alex",),
    # Spanish
    "José": ("Pepe",),
    "Francisco": ("Paco", "Fran"),
    "Guadalupe": ("Lupe",),
    "Ignacio": ("Nacho",),
    "Manuel": ("Manolo", "Manu"),
    "Enrique": ("Quique",),
    "Javier": ("Javi",),
    "Alejandro": ("Álex", "Alejo"),
    "Eduardo": ("Lalo",),
    "Guillermo": ("Memo",),
    "Roberto": ("Beto",),
    "Dolores": ("Lola",),
    "Cristina": ("Cris",),
    "Fernanda": ("Fer", "Nanda"),
    "Alejandra": ("Ale",),
    "Gabriela": ("Gaby",),
    # Italian
    "Giuseppe": ("Beppe", "Peppe", "Pino"),
    "Giovanni": ("Gianni",),
    "Vincenzo": ("Enzo",),
    "Alessandro": ("Ale", "Sandro"),
    "Francesca": ("Fra", "Franci"),
    "Federico": ("Fede",),
    "Luigi": ("Gigi",),
    "Salvatore": ("Totò",),
    "Valentina": ("Vale",),
    # Portuguese
    "João": ("Joãozinho",),
    "Eduarda": ("Duda",),
    "Gabriel": ("Biel",),
    "Rafael": ("Rafa",),
    "Mariana": ("Mari",),
    "Juliana": ("Ju",),
    "Beatriz": ("Bia",),
    "Guilherme": ("Gui",),
    "Paulo": ("Paulinho",),
    # Dutch
    "Pieter": ("Piet",),
    "Cornelis": ("Kees",),
    "Hendrik": ("Henk",),
    "Willem": ("Wim",),
    "Johanna": ("Jo", "Hanneke"),
    # Polish
    "Aleksander": ("Olek",),
    "Krzysztof": ("Krzysiek",),
    "Małgorzata": ("Gosia",),
    "Katarzyna": ("Kasia",),
    "Agnieszka": ("Aga",),
    "Tomasz": ("Tomek",),
    "Piotr": ("Piotrek",),
    "Jakub": ("Kuba",),
    "Aleksandra": ("Ola",),
    "Magdalena": ("Magda",),
    "Barbara": ("Basia",),
    "Joanna": ("Asia",),
    # Swedish
    "Joakim": ("Jocke",),
    "Kristina": ("Kicki", "Stina"),
    "Magnus": ("Mange",),
    "Fredrik": ("Fredde",),
    # Turkish
    "Mehmet": ("Memo",),
    "Mustafa": ("Musti",),
    # Russian (native script)
    "Александр": ("Саша",),
    "Александра": ("Саша",),
    "Дмитрий": ("Дима",),
    "Екатерина": ("Катя",),
    "Михаил": ("Миша",),
    "Владимир": ("Вова", "Володя"),
    "Алексей": ("Лёша",),
    "Евгений": ("Женя",),
    "Евгения": ("Женя",),
    "Иван": ("Ваня",),
    "Николай": ("Коля",),
    "Татьяна": ("Таня",),
    "Наталья": ("Наташа",),
    "Елена": ("Лена",),
    "Ольга": ("Оля",),
    "Мария": ("Маша",),
    "Анна": ("Аня",),
    "Ирина": ("Ира",),
    "Максим": ("Макс",),
    "Сергей": ("Серёжа",),
    "Андрей": ("Андрюша",),
}


@functools.cache
def nicknames_of(first: str, language: str) -> tuple[str, ...]:
    """Common nicknames for ``first``: curated local ones, else (English) the ``nicknames``
    package.

    The package also lists archaic forms (``Hob`` for Robert) and sibling names (``Julia``
    for Julie); only shorter forms that share the name's first three letters or are in
    everyday use are kept.
    """
    if first in _LOCAL_NICKNAMES:
        return _LOCAL_NICKNAMES[first]
    if language != "en":
        return ()
    low = first.lower()
    keep = sorted(
        nick
        for nick in _NICKNAMER.nicknames_of(low)
        if 2 < len(nick) <= len(low)
        and nick != low
        and (nick[:3] == low[:3] or nick in _COMMON_NON_PREFIX)
    )
    return tuple(nick.capitalize() for nick in keep)
