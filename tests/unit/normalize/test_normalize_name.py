"""Table tests for socialid.normalize name functions."""

from __future__ import annotations

import pytest

from socialid.normalize import (
    fold_text,
    name_handle_candidates,
    nickname_canonicals,
    normalize_company,
    normalize_name,
    normalize_name_parts,
)

NAMES = [
    # (value, full, first, last, company)
    ("John Smith", "john smith", "john", "smith", None),
    ("  JOHN   SMITH ", "john smith", "john", "smith", None),
    ("Smith, John", "john smith", "john", "smith", None),
    ("Doe, Jane, PhD", "jane doe", "jane", "doe", None),
    ("Dr. Martin Luther King Jr.", "martin luther king", "martin", "king", None),
    ("Mrs Jane Doe III", "jane doe", "jane", "doe", None),
    ("Prof. Dr. Anna Schmidt, MD", "anna schmidt", "anna", "schmidt", None),
    ("Madonna", "madonna", "madonna", None, None),
    ("Josh Garcia, PMP", "josh garcia", "josh", "garcia", None),  # a credential, not a given name
    ("Maria Lopez CFA", "maria lopez", "maria", "lopez", None),
    ("Sr. Juan Pérez", "juan perez", "juan", "perez", None),  # leading 'Sr.' is 'Señor'
    ("John Smith Sr.", "john smith", "john", "smith", None),
    ("Ludwig van Beethoven", "ludwig van beethoven", "ludwig", "van beethoven", None),
    ("Jan van der Berg", "jan van der berg", "jan", "van der berg", None),
    ("van der Berg, Jan", "jan van der berg", "jan", "van der berg", None),
    ("Robert De Niro", "robert de niro", "robert", "de niro", None),
    ("Robert (Bob) Smith", "robert smith", "robert", "smith", None),
    ("Jane Doe (she/her)", "jane doe", "jane", "doe", None),
    ("Jane Doe he/him", "jane doe", "jane", "doe", None),
    ("J.R.R. Tolkien", "j r r tolkien", "j", "tolkien", None),
    ("O’Brien, Seán", "sean obrien", "sean", "obrien", None),
    ("✨ José ÁLVAREZ ✨ | Acme", "jose alvarez", "jose", "alvarez", "acme"),
    ("Jane Doe — Founder at Acme", "jane doe", "jane", "doe", "acme"),
    ("Jane Doe - CEO @ Globex Corp.", "jane doe", "jane", "doe", "globex"),
    ("Jane Doe @ Acme Inc", "jane doe", "jane", "doe", "acme"),
    ("Jane Doe | Founder", "jane doe", "jane", "doe", None),
    (
        "Anne-Marie Dupont · Product @ Initech",
        "anne-marie dupont",
        "anne-marie",
        "dupont",
        "initech",
    ),
    ("👩‍💻 Jane Doe 🚀", "jane doe", "jane", "doe", None),
    ("𝓙𝓸𝓼𝓮 𝓖𝓪𝓻𝓬𝓲𝓪", "jose garcia", "jose", "garcia", None),
    ("Ｊａｎｅ Ｄｏｅ", "jane doe", "jane", "doe", None),  # full-width
    # German, French, Spanish, Polish, Turkish
    (
        "Jürgen Müller-Lüdenscheidt",
        "jurgen muller-ludenscheidt",
        "jurgen",
        "muller-ludenscheidt",
        None,
    ),
    ("Straßer, Käthe", "kathe strasser", "kathe", "strasser", None),
    ("François-Xavier Lefèvre", "francois-xavier lefevre", "francois-xavier", "lefevre", None),
    ("Hélène d'Arçy", "helene darcy", "helene", "darcy", None),
    ("José María García López", "jose maria garcia lopez", "jose", "lopez", None),
    ("Peña, Begoña", "begona pena", "begona", "pena", None),
    ("Łukasz Żółćiński", "lukasz zolcinski", "lukasz", "zolcinski", None),
    ("Małgorzata Wójcik", "malgorzata wojcik", "malgorzata", "wojcik", None),
    ("Şükrü Güler", "sukru guler", "sukru", "guler", None),
    ("İsmail Çağlar", "ismail caglar", "ismail", "caglar", None),
    # Russian, Chinese, Japanese, Korean, Arabic, Greek
    ("Владимир Иванов", "vladimir ivanov", "vladimir", "ivanov", None),
    ("Иванов, Пётр", "petr ivanov", "petr", "ivanov", None),
    ("张伟", "wei zhang", "wei", "zhang", None),  # family name first
    ("王小明", "xiaoming wang", "xiaoming", "wang", None),
    ("李", "li", "li", None, None),
    ("やまだ たろう", "taro yamada", "taro", "yamada", None),  # passport style: no long vowels
    # Japanese names read as Japanese (the ja extra), not as Chinese ('zhongcun taozi')
    ("中村\u3000桃子", "momoko nakamura", "momoko", "nakamura", None),
    ("渡辺充", "mitsuru watanabe", "mitsuru", "watanabe", None),
    ("佐藤英樹", "hideki sato", "hideki", "sato", None),
    ("井上 陽子", "yoko inoue", "yoko", "inoue", None),
    ("森\u3000春香", "haruka mori", "haruka", "mori", None),
    ("大野 雄一", "yuichi ono", "yuichi", "ono", None),
    ("김민준", "minjun kim", "minjun", "kim", None),  # Kim, as Koreans spell it
    ("남궁민수", "minsu namgoong", "minsu", "namgoong", None),  # a two-syllable family name
    ("محمد علي", "mhmd ly", "mhmd", "ly", None),
    ("Γιώργος Παπαδόπουλος", "giorgos papadopoylos", "giorgos", "papadopoylos", None),
]


@pytest.mark.parametrize(("value", "full", "first", "last", "company"), NAMES)
def test_names(value: str, full: str, first: str, last: str | None, company: str | None) -> None:
    result = normalize_name(value)
    assert result.error is None
    assert (result.full, result.first, result.last, result.company) == (
        full,
        first,
        last,
        company,
    )
    assert result.tokens == tuple(full.split())


@pytest.mark.parametrize("value", ["✨✨", "Mr.", "12345", "| Acme", "!!!"])
def test_no_name_left_is_an_error(value: str) -> None:
    result = normalize_name(value)
    assert result.full is None and result.first is None
    assert result.error is not None
    assert result.error.startswith(repr(value)) and "pass a person's name" in result.error


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_missing_names_have_no_error(value: object) -> None:
    result = normalize_name(value)
    assert result.full is None and result.error is None


def test_non_text_name_is_reported() -> None:
    result = normalize_name({"first": "Jane"})
    assert result.full is None and result.error is not None and "not text" in result.error


PARTS = [
    # (first, last, full, first, last)
    ("John", "Smith", "john smith", "john", "smith"),
    ("Dr. Anna", "Kowalska", "anna kowalska", "anna", "kowalska"),
    ("Jan", "van der Berg", "jan van der berg", "jan", "van der berg"),
    ("Carlos", "García López", "carlos garcia lopez", "carlos", "garcia lopez"),  # two surnames
    ("Mary Ann", "O'Neil Jr.", "mary ann oneil", "mary", "oneil"),
    ("Jürgen", "Müller", "jurgen muller", "jurgen", "muller"),
    ("太郎", "山田", "taro yamada", "taro", "yamada"),  # columns say which is which
    ("John Smith", None, "john smith", "john", "smith"),  # full name in the first column
    ("John Smith", float("nan"), "john smith", "john", "smith"),
    (None, "Smith", "smith", None, "smith"),
]


@pytest.mark.parametrize(("first", "last", "full", "first_out", "last_out"), PARTS)
def test_name_parts(
    first: object, last: object, full: str, first_out: str | None, last_out: str | None
) -> None:
    result = normalize_name_parts(first, last)
    assert result.error is None
    assert (result.full, result.first, result.last) == (full, first_out, last_out)


def test_name_parts_missing_and_non_text() -> None:
    assert normalize_name_parts(None, None).full is None
    assert normalize_name_parts(None, None).error is None
    assert normalize_name_parts(["x"], "Smith").error is not None


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("✨ José ÁLVAREZ ✨ | Acme", "jose alvarez acme"),
        ("Straße", "strasse"),
        ("AT&T Inc.", "at&t inc"),
        ("O’Brien", "obrien"),
        ("Москва", "moskva"),
        ("  many   spaces\tand\nlines ", "many spaces and lines"),
        ("acme.io", "acme.io"),
        ("🚀🚀", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_fold_text(value: object, folded: str | None) -> None:
    assert fold_text(value) == folded


@pytest.mark.parametrize(
    ("first", "canonicals"),
    [
        ("bob", ("robert",)),
        ("Bob", ("robert",)),
        ("robert", ("robert",)),
        ("liz", ("elizabeth",)),
        ("jim", ("james",)),
        ("Zyx", ("zyx",)),
        ("José", ("jose",)),
        ("", ()),
        (None, ()),
    ],
)
def test_nickname_canonicals(first: object, canonicals: tuple[str, ...]) -> None:
    assert nickname_canonicals(first) == canonicals


def test_nickname_canonicals_of_alex_include_the_long_forms() -> None:
    canonicals = nickname_canonicals("alex")
    assert {"alexander", "alexandra"} <= set(canonicals)
    assert list(canonicals) == sorted(canonicals)


def test_name_handle_candidates() -> None:
    assert name_handle_candidates("Zyx", "Smith") == (
        "smithz",
        "smithzyx",
        "zsmith",
        "zyx",
        "zyx.smith",
        "zyx_smith",
        "zyxsmith",
    )
    john = set(name_handle_candidates("John", "Smith"))
    assert {"jsmith", "johnsmith", "john_smith", "john.smith", "smithj", "smithjohn"} <= john
    bob = set(name_handle_candidates("Robert", "Smith"))
    assert {"bsmith", "bobsmith", "robertsmith", "rsmith"} <= bob
    assert {"robertsmith", "bobsmith"} <= set(name_handle_candidates("Bob", "Smith"))


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("José", "Álvarez", {"josealvarez", "jalvarez"}),
        ("Jan", "van der Berg", {"janvanderberg", "jvanderberg"}),
        ("Madonna", None, {"madonna"}),
        (None, "Smith", {"smith"}),
    ],
)
def test_name_handle_candidates_fold(first: object, last: object, expected: set[str]) -> None:
    candidates = name_handle_candidates(first, last)
    assert expected <= set(candidates)
    assert all(c.isascii() and c == c.lower() for c in candidates)
    assert list(candidates) == sorted(set(candidates))


def test_name_handle_candidates_missing() -> None:
    assert name_handle_candidates(None, None) == ()


@pytest.mark.parametrize(
    ("value", "company"),
    [
        ("Acme", "acme"),
        ("ACME, Inc.", "acme"),
        ("Acme Corp.", "acme"),
        ("Müller GmbH & Co. KG", "muller"),
        ("Globex Corporation", "globex"),
        ("Initech Ltd", "initech"),
        ("AT&T", "at&t"),
        ("Inc.", "inc"),  # never emptied by legal-form removal
        ("", None),
        (None, None),
    ],
)
def test_normalize_company(value: object, company: str | None) -> None:
    assert normalize_company(value) == company
