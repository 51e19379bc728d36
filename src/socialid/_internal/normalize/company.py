"""Company names: CRM values and mentions in free text ('CEO of Acme', 'eng @acme')."""

from __future__ import annotations

import re
from functools import lru_cache

from socialid._internal.normalize._text import (
    CACHE_SIZE,
    coerce_text,
    fold,
    strip_decoration,
    words,
)

LEGAL_FORMS: frozenset[str] = words(
    """
    inc incorporated corp corporation co company llc llp lp pllc ltd limited plc gmbh ag kg
    ug gbr ohg mbh sa sas sarl sl srl spa bv nv ab oy as aps pty se kk
    """
)

LEADER_WORDS: frozenset[str] = words(
    "ceo cto cfo coo cmo cpo cio ciso founder cofounder co-founder owner president chair "
    "chairman chairwoman partner"
)
ROLE_WORDS: frozenset[str] = LEADER_WORDS | words(
    """
    vp svp evp head lead director manager engineer eng dev developer swe sre designer pm
    product marketing sales intern consultant advisor researcher scientist analyst architect
    editor writer author journalist reporter recruiter staff senior sr principal software
    data ml ai student professor teacher investor creator builder maker ux ui fullstack
    frontend backend devops security ops hr & and
    """
)

# Words are captured generically and checked against the sets above: a regex alternation of
# every role word would be tried at each position of every bio.
_CONNECTOR = re.compile(
    r"(?<![\w@.-])(?P<leader>[\w-]+)\s+(?i:of)\s+"  # 'CEO of Acme'
    r"|(?<![\w@.])(?P<at>(?i:at))\s+"  # 'at Acme'
    r"|(?<![\w@])@\s+"  # '@ Acme'
    r"|(?<![\w&-])(?P<role>[\w&-]+)\s*@(?=\w)"  # 'eng @acme', 'Engineer@Acme'
)
_END = re.compile(r"[|·•,;:!?()\[\]/\\\n]|\s[-–—]\s|[–—]|\.(?:\s|$)")
MAX_WORDS = 4
_WINDOW = 120  # characters after a connector that can hold MAX_WORDS words of a company name


def normalize_company(value: object) -> str | None:
    """Fold a company name and drop trailing legal forms, so all spellings share one key.

    >>> normalize_company("ACME, Inc."), normalize_company("Müller GmbH & Co. KG")
    ('acme', 'muller')
    """
    text, _ = coerce_text(value)
    return _normalize(text) if text is not None else None


@lru_cache(maxsize=CACHE_SIZE)
def _normalize(text: str) -> str | None:
    folded = fold(text).replace(".", "").split()
    end = len(folded)
    while end > 1 and (folded[end - 1] in LEGAL_FORMS or folded[end - 1] == "&"):
        end -= 1
    return " ".join(folded[:end]) or None


def companies_in(text: str) -> tuple[str, ...]:
    """Company names (normalized) introduced by a role or 'at'/'@' in ``text``, in order."""
    return company_mentions(text)[0]


def company_mentions(text: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """Companies in ``text`` and the offsets just after each connector (after the '@' of
    'eng @acme'), so callers can tell a company '@acme' from a person's '@handle'."""
    text = strip_decoration(text, "|")
    matches = [match for match in _CONNECTOR.finditer(text) if _is_connector(match)]
    found = (
        _company_phrase(
            text[match.end() : match.end() + _WINDOW],
            capitalized=match["leader"] is not None or match["at"] is not None,
        )
        for match in matches
    )
    companies = tuple(dict.fromkeys(name for name in found if name))
    return companies, frozenset(match.end() for match in matches)


def _is_connector(match: re.Match[str]) -> bool:
    leader, role = match["leader"], match["role"]
    if leader is not None:
        return leader.lower() in LEADER_WORDS
    return role is None or role.lower() in ROLE_WORDS


def _company_phrase(text: str, *, capitalized: bool) -> str | None:
    """The first word after a connector plus following capitalized words, normalized.

    After 'of' and 'at' the first word must be capitalized too ('at home' names no company).
    """
    words = _END.split(text, maxsplit=1)[0].split()[:MAX_WORDS]
    if not words or (capitalized and not _starts_capitalized(words[0])):
        return None
    kept = words[:1]
    for word in words[1:]:
        if not _starts_capitalized(word):
            break
        kept.append(word)
    return normalize_company(" ".join(kept))


def _starts_capitalized(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word == "&"


def is_role_only(folded: str) -> bool:
    """True when a folded phrase is only job words ('founder & ceo'), so names no company."""
    return all(word in ROLE_WORDS for word in folded.split())
