"""Person names (display names and CRM first/last columns) → folded name parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from socialid._internal.normalize._text import (
    CACHE_SIZE,
    LATIN,
    coerce_text,
    fold,
    quoted,
    words,
)
from socialid._internal.normalize.company import companies_in, is_role_only, normalize_company
from socialid._internal.normalize.devanagari import has_devanagari, romanize_devanagari
from socialid._internal.normalize.japanese import HAN, KANA, japanese_reading, read_part
from socialid._internal.normalize.korean import HANGUL, KOREAN_SURNAMES, korean_surname
from socialid._internal.normalize.nickname import canonical_forms, name_forms

#: Leading words dropped from a name ('Sr.' leading is the Spanish 'Señor').
TITLES: frozenset[str] = words(
    "dr mr mrs ms miss mx prof sir dame rev fr hon herr frau dott ing mag dipl mme mlle sr sra"
    " srta"
)
#: Trailing words dropped: generations, degrees and the credentials people add on LinkedIn.
SUFFIXES: frozenset[str] = words(
    "phd md jr sr ii iii iv esq mba msc bsc dds cpa rn pmp cfa cfp cissp cisa cism mph dvm"
    " msw llm llb facs frcs acca cima"
)
PARTICLES: frozenset[str] = words(
    "van von der den de del della di da du la le dos das do ter ten bin ibn al el"
)

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PRONOUNS = re.compile(
    r"\b(?:he|she|they|ze|xe)\s*/\s*(?:him|her|hers|his|them|theirs|zir|xem)\b", re.IGNORECASE
)
_TAIL = re.compile(r"[|@·•/]|\s[-–—]\s|[–—]")
_EAST_ASIAN = re.compile(f"[{HAN}{HANGUL}{KANA}]")
_UNSPACED_NAME = re.compile(f"\\s*([{HAN}]|[{HANGUL}])([{HAN}]{{1,3}}|[{HANGUL}]{{1,3}})\\s*")
_LETTER = re.compile(r"[a-z]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
# How a handle is built from a first name form {f}, its initial {i} and the surname {l}.
_HANDLE_TEMPLATES = ("{f}{l}", "{f}_{l}", "{f}.{l}", "{i}{l}", "{l}{i}", "{l}{f}", "{f}")
#: X (Twitter) handles are at most 15 characters: a longer name is cut ('svyatopolkryabo').
HANDLE_CUT = 15


@dataclass(frozen=True, slots=True)
class NameResult:
    """A folded person name; ``full`` is None when no name is left."""

    original: str | None
    full: str | None
    first: str | None
    last: str | None
    tokens: tuple[str, ...]
    company: str | None
    error: str | None


def normalize_name(value: object) -> NameResult:
    """Normalize a display or full name, capturing a company tail ('| Acme', '— CEO at Acme').

    Titles and suffixes are dropped, 'Surname, Given' is reversed, East Asian names written
    in Han/Hangul/Kana are read family name first, and a single word becomes ``first``.

    >>> r = normalize_name("✨ Dr. José ÁLVAREZ ✨ | Acme")
    >>> r.full, r.first, r.last, r.company
    ('jose alvarez', 'jose', 'alvarez', 'acme')
    """
    text, error = coerce_text(value)
    if text is None:
        return _invalid(None, error)
    return _normalize(text)


def normalize_name_parts(first: object, last: object) -> NameResult:
    """Normalize CRM first/last name columns with the same rules as ``normalize_name``.

    When the last-name column is empty the first column is parsed as a full name.

    >>> r = normalize_name_parts("Jan", "van der Berg")
    >>> r.full, r.first, r.last
    ('jan van der berg', 'jan', 'van der berg')
    """
    first_text, first_error = coerce_text(first)
    last_text, last_error = coerce_text(last)
    if first_error or last_error:
        return _invalid(None, first_error or last_error)
    if not (last_text or "").strip():
        return normalize_name(first_text)
    return _normalize_parts(first_text or "", last_text or "")


def fold_text(value: object) -> str | None:
    """Fold a value for matching: NFKC, emoji removed, transliterated to ASCII, case-folded.

    Apostrophes are removed, other punctuation becomes a space (``&``, and ``.``/``-`` inside
    a word, are kept) and whitespace is collapsed. Returns None when nothing is left.

    >>> fold_text("✨ José ÁLVAREZ ✨ | Ünïcode Ltd.")
    'jose alvarez unicode ltd'
    """
    text, _ = coerce_text(value)
    return (fold(text) or None) if text is not None else None


def nickname_canonicals(first: object) -> tuple[str, ...]:
    """Sorted canonical forms of a first name, including itself when it is canonical.

    Unknown names map to themselves; missing values to ``()``.

    >>> nickname_canonicals("Bob"), nickname_canonicals("robert"), nickname_canonicals("Zyx")
    (('robert',), ('robert',), ('zyx',))
    """
    text, _ = coerce_text(first)
    folded = fold(text).split() if text is not None else []
    return canonical_forms(folded[0]) if folded else ()


def name_handle_candidates(first: object, last: object) -> tuple[str, ...]:
    """Sorted unique handles a person would likely pick, also from each nickname form, and
    each longer than X's limit of 15 characters as X cuts it.

    >>> name_handle_candidates("Zyx", "Smith")
    ('smithz', 'smithzyx', 'zsmith', 'zyx', 'zyx.smith', 'zyx_smith', 'zyxsmith')
    >>> [c for c in name_handle_candidates("Svyatopolk", "Ryabov") if len(c) == 15]
    ['ryabovsvyatopol', 'svyatopolk.ryab', 'svyatopolk_ryab', 'svyatopolkryabo']
    """
    parts = normalize_name_parts(first, last)
    if parts.first is None:
        return (_NOT_ALNUM.sub("", parts.last),) if parts.last else ()
    surname = _NOT_ALNUM.sub("", parts.last or "")
    templates = _HANDLE_TEMPLATES if surname else _HANDLE_TEMPLATES[-1:]
    handles = {
        template.format(f=form, i=form[0], l=surname)
        for form in name_forms(parts.first)
        for template in templates
    }
    return tuple(sorted(handles | {h[:HANDLE_CUT] for h in handles if len(h) > HANDLE_CUT}))


@lru_cache(maxsize=CACHE_SIZE)
def _normalize(text: str) -> NameResult:
    if not text.strip():
        return _invalid(text, None)
    cleaned = _PRONOUNS.sub(" ", _BRACKETED.sub(" ", text))
    tail = _TAIL.search(cleaned)
    name = cleaned[: tail.start()] if tail else cleaned
    company = _tail_company(cleaned[tail.end() :]) if tail else None
    parts = [part for part in name.split(",") if not _is_affix_only(part)]
    if len(parts) >= 2:  # 'Surname, Given'
        name = f"{parts[1]} {parts[0]}"
    family_first = bool(_EAST_ASIAN.search(name)) and not LATIN.search(name)
    reading = japanese_reading(name.strip()) if family_first else None
    unspaced = _UNSPACED_NAME.fullmatch(name)  # '王小明': family name is the first character
    if reading:  # '中村 桃子', '渡辺充': read and split by the dictionary
        name = reading
    elif unspaced:
        name = " ".join(unspaced.groups())
    if family_first and not reading:  # '김 민준': Kim, as Koreans spell it
        family, _, given = name.strip().partition(" ")
        if unspaced and family + given[:1] in KOREAN_SURNAMES:  # '남궁민수': two syllables
            family, given = family + given[:1], given[1:]
        name = f"{korean_surname(family)} {given}"
    tokens = _strip_affixes(_name_tokens(name))
    if family_first and len(tokens) > 1:
        tokens = (*tokens[1:], tokens[0])
    return _build(text, tokens, company)


@lru_cache(maxsize=CACHE_SIZE)
def _normalize_parts(first: str, last: str) -> NameResult:
    if japanese_reading(f"{last} {first}".strip()):  # '桃子' and '中村', read as Japanese
        first, last = read_part(first), read_part(last)
    given = _strip_affixes(_name_tokens(first))
    family = _strip_affixes(_name_tokens(korean_surname(last)))
    result = _build(f"{first} {last}".strip(), given + family, None)
    if not given and family:  # only a surname is known
        last = _last_name(family)
        return NameResult(result.original, result.full, None, last, family, None, None)
    if given and family:  # the CRM says which words are the surname ('García López')
        return replace(result, last=" ".join(family))
    return result


def _build(original: str, tokens: tuple[str, ...], company: str | None) -> NameResult:
    if not tokens:
        error = (
            f"{quoted(original)} has no letters left after removing titles, emoji and symbols; "
            "pass a person's name."
        )
        return NameResult(original, None, None, None, (), company, error)
    last = _last_name(tokens) if len(tokens) > 1 else None
    return NameResult(original, " ".join(tokens), tokens[0], last, tokens, company, None)


def _name_tokens(text: str) -> tuple[str, ...]:
    """Folded words with '.' as a separator, keeping only words that contain a letter."""
    if has_devanagari(text):  # 'शर्मा' is sharma, not anyascii's 'srma'
        text = romanize_devanagari(text)
    folded = fold(text).replace(".", " ").replace("&", " ").split()
    return tuple(word.strip("-") for word in folded if _LETTER.search(word))


def _strip_affixes(tokens: tuple[str, ...]) -> tuple[str, ...]:
    start, end = 0, len(tokens)
    while start < end and tokens[start] in TITLES:
        start += 1
    while end > start and tokens[end - 1] in SUFFIXES:
        end -= 1
    return tokens[start:end]


def _is_affix_only(part: str) -> bool:
    """True for comma-separated parts like ' PhD' or ' Jr.' (and empty ones)."""
    return all(token in SUFFIXES or token in TITLES for token in _name_tokens(part))


def _last_name(tokens: tuple[str, ...]) -> str:
    """The last token plus the particles before it ('van der berg'), leaving a first name."""
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    return " ".join(tokens[start:])


def _tail_company(tail: str) -> str | None:
    found = companies_in(tail)
    if found:
        return found[0]
    company = normalize_company(tail)
    return company if company and not is_role_only(company) else None


def _invalid(original: str | None, error: str | None) -> NameResult:
    return NameResult(original, None, None, None, (), None, error)
