"""Email addresses → canonical identity keys (syntax only, never DNS)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from email_validator import validate_email

from socialid._internal.normalize._text import CACHE_SIZE, coerce_text, quoted, split_tokens
from socialid._internal.normalize.email_rules import FREE_DOMAINS, ROLE_LOCALS, RULE_BY_DOMAIN

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<([^<>]*)>")
_ROLE_SEPARATORS = re.compile(r"[._\-]")


@dataclass(frozen=True, slots=True)
class EmailResult:
    """A normalized email address; ``normalized`` is None when the address is invalid/empty."""

    original: str | None
    normalized: str | None
    local: str | None
    domain: str | None
    is_role: bool
    is_free: bool
    local_tokens: tuple[str, ...]
    error: str | None


def normalize_email(value: object) -> EmailResult:
    """Normalize an email address into a canonical identity key.

    Accepts ``mailto:`` links and ``Name <address>`` forms. The domain and the local part are
    lower-cased: every common provider treats mailboxes case-insensitively. Provider rules
    (gmail dots, ``+tag`` / yahoo ``-tag`` sub-addresses, googlemail → gmail) apply only to
    those providers' own domains, never to Google Workspace or other custom domains.

    >>> normalize_email("John <J.O.H.N+news@GoogleMail.com>").normalized
    'john@gmail.com'
    """
    text, error = coerce_text(value)
    if text is None:
        return _invalid(None, error)
    return _normalize(text)


@lru_cache(maxsize=CACHE_SIZE)
def _normalize(text: str) -> EmailResult:
    if not text.strip():
        return _invalid(text, None)
    try:
        validated = validate_email(_unwrap(text), check_deliverability=False)
    except ValueError as exc:  # EmailNotValidError, or an IDNA error it did not wrap
        return _invalid(text, f"{quoted(text)} is not a valid email address: {exc}")
    domain = validated.domain.lower()
    local = validated.local_part
    rule = RULE_BY_DOMAIN.get(domain)
    if rule is not None:
        if rule.tag_separator and local.find(rule.tag_separator) > 0:
            local = local[: local.index(rule.tag_separator)]
        domain = rule.canonical_domain or domain
    tokens = split_tokens(local)
    local = local.lower()
    if rule is not None and rule.drop_dots:
        local = local.replace(".", "")
    return EmailResult(
        original=text,
        normalized=f"{local}@{domain}",
        local=local,
        domain=domain,
        is_role=_ROLE_SEPARATORS.sub("", local) in ROLE_LOCALS,
        is_free=domain in FREE_DOMAINS,
        local_tokens=tokens,
        error=None,
    )


def _unwrap(text: str) -> str:
    """Strip whitespace, a ``mailto:`` scheme and its query, and a ``Name <...>`` wrapper."""
    text = text.strip()
    bracketed = _ANGLE_ADDRESS.search(text)
    if bracketed:
        text = bracketed.group(1).strip()
    if _MAILTO.match(text):
        text = _MAILTO.sub("", text).split("?", 1)[0].strip()
    return text


def _invalid(original: str | None, error: str | None) -> EmailResult:
    return EmailResult(original, None, None, None, False, False, (), error)
