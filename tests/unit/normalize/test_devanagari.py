"""Devanagari names romanized as Indians write them in Latin letters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialid._internal.normalize.devanagari import romanize_devanagari
from socialid.normalize import normalize_name, normalize_name_parts

NAMES = [
    ("राहुल शर्मा", "rahul sharma"),  # a final consonant drops its vowel
    ("प्रिया पटेल", "priya patel"),
    ("आदित्य सिंह", "aditya singh"),  # a final cluster keeps it; 'ंह' is Singh
    ("अर्जुन मिश्रा", "arjun mishra"),
    ("विक्रम सिंह", "vikram singh"),
    ("सुनीता देवी", "sunita devi"),  # long vowels written short
    ("अंजलि", "anjali"),  # anusvara before j
    ("चंपा", "champa"),  # ... and before a labial
    ("संजय", "sanjay"),
    ("ज़ैनब", "zainab"),  # nukta, as a sign
    ("\u095bैनब", "zainab"),  # ... and precomposed
    ("शाह", "shah"),
    ("Amit कुमार", "Amit kumar"),  # other scripts as they are
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_romanize_as_written_in_latin(text: str, expected: str) -> None:
    assert romanize_devanagari(text) == expected


def test_name_normalizers_read_devanagari_by_word() -> None:
    result = normalize_name("Dr. राहुल शर्मा | Infosys")
    assert (result.first, result.last, result.company) == ("rahul", "sharma", "infosys")
    assert normalize_name_parts("विक्रम", "सिंह").full == "vikram singh"


@given(st.text(alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x097F) | st.just(" ")))
def test_any_devanagari_becomes_lower_case_ascii_and_stays(text: str) -> None:
    latin = romanize_devanagari(text)
    assert all(c == " " or (c.isascii() and c.islower()) for c in latin)
    assert romanize_devanagari(latin) == latin
