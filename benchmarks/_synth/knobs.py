"""Realism knobs: every rate the generator uses, in one place.

Rates are probabilities per person, per record or per field, as named. They were
chosen to resemble a mid-sized B2B CRM joined with scraped public profiles; change
them here, never inline.
"""

from __future__ import annotations

# --- population -------------------------------------------------------------------
CRM_RATE = 0.55
"""Probability that a person has at least one CRM contact."""
PERSONA_COUNT_WEIGHTS = {0: 0.13, 1: 0.40, 2: 0.28, 3: 0.12, 4: 0.07}
"""Number of social personas a person has (brand accounts come on top)."""
SECOND_ACCOUNT_SAME_PLATFORM_RATE = 0.04
"""A persona slot re-uses a platform the person already has (old/alt account)."""
MIGRANT_RATE = 0.09
"""Name locale differs from country of residence (phone, city follow residence)."""
RELATIVE_RATE = 0.03
"""Person is a relative of an earlier one: same surname, city; may share home line/email."""
SHARED_HOUSEHOLD_EMAIL_RATE = 0.3
"""Of relatives: both use a family mailbox (``thesmiths@…``)."""
MOVED_RATE = 0.15
"""Person lived in another city before; old records/profiles may show it."""
EMPLOYED_RATE = 0.82
"""Has an employer (including the self-employed below)."""
SELF_EMPLOYED_RATE = 0.07
"""Freelancers with a one-person company named after them (of all people)."""
NEW_COMPANY_RATE = 0.3
"""Yule process: an employee founds a new company instead of joining one (heavy tail)."""
JOB_CHANGE_RATE = 0.22
"""Person had a previous employer; stale CRM duplicates and bios may still show it."""
PERSONAL_MAILBOX_COUNT_WEIGHTS = {1: 0.7, 2: 0.25, 3: 0.05}
HOME_PROVIDER_RATE = 0.3
"""Migrants keep an email provider of their home country (``yandex.ru`` in Berlin)."""
DIRECT_LINE_RATE = 0.55
"""Employee's desk phone is a direct line (else the company switchboard, shared)."""
HOME_LANDLINE_RATE = 0.12
SHARED_HOME_LINE_RATE = 0.6
"""Of relatives: both give the same home landline."""
GERMAN_TRANSLITERATION_RATE = 0.5
"""German/Swedish speakers writing ``ü`` as ``ue`` in emails and handles (else ``u``)."""
PERSONAL_WEBSITE_RATE = 0.12
INFLUENCER_RATE = 0.012
"""Person has a big audience (100k+ followers on their main platform)."""

# --- names --------------------------------------------------------------------------
HEAD_NAME_MASS: dict[str, tuple[float, float]] = {
    # locale: (share of first names, share of surnames) drawn from the locale's list of
    # 8-10 top names, rounded from national name statistics (US Census 2010 surnames and
    # SSA first names of people born 1940-1995; ONS, INE, INSEE, ISTAT, IBGE, CBS, GUS,
    # TÜİK, SCB and Rosstat-based tables; Indian surnames from voter-roll studies).
    # Surnames are concentrated where few surnames exist (Spanish, Brazilian, Swedish
    # -son names, Indian), first names in Russia and Poland.
    "en_US": (0.16, 0.05),
    "en_GB": (0.14, 0.05),
    "en_IN": (0.10, 0.25),
    "de_DE": (0.12, 0.04),
    "fr_FR": (0.10, 0.02),
    "es_ES": (0.18, 0.17),
    "es_MX": (0.15, 0.20),
    "it_IT": (0.12, 0.015),
    "pt_BR": (0.12, 0.30),
    "nl_NL": (0.08, 0.03),
    "pl_PL": (0.20, 0.03),
    "tr_TR": (0.15, 0.06),
    "ru_RU": (0.35, 0.04),
    "sv_SE": (0.15, 0.13),
}
"""How often a person's name comes from the locale's short list of its commonest names
(the rest from a Faker-drawn tail). Kept near the real shares: an earlier flat 0.45 / 0.42
made one person in seven of US origin a Smith (0.8 % in the 2010 US Census), which put
about 25 times more same-name strangers into the data than a real population has."""
HEAD_ZIPF_EXPONENT = 0.6
TAIL_ZIPF_EXPONENT = 0.6
GOES_BY_NICKNAME_RATE = 0.35
"""Of people whose first name has a common nickname: they use it socially."""
MIDDLE_INITIAL_RATE = 0.25
"""English-speaking people with a middle initial that some records show."""
SECOND_SURNAME_RATE = 0.55
"""Spanish/Portuguese people with a second surname that some records show."""
NAME_CHANGE_RATE = 0.05
"""Women (Latin-script locales) who took a spouse's surname at some point."""
FORMER_NAME_RECORD_RATE = 0.35
"""A current record of such a person still shows the former surname (stale ones always do)."""
NATIVE_SCRIPT_DISPLAY_RATE = {"ja": 0.6, "ru": 0.45, "hi": 0.25}
"""Persona display name written in the native script (CRM keeps the romanized form)."""

# --- CRM ----------------------------------------------------------------------------
CRM_DUPLICATE_RATE = 0.10
"""Share of CRM people entered as 2–3 contacts."""
CRM_TRIPLICATE_SHARE = 0.3
"""Of duplicated people: three contacts instead of two."""
DUPLICATE_EDITS = (1, 3)
STALE_DUPLICATE_RATE = 0.35
"""Of duplicates of a job changer: the record still shows the previous job and email."""
"""Min/max number of noise operations applied to each duplicate."""
CRM_NICKNAME_AS_FIRST_NAME_RATE = 0.2
CRM_SHOUTING_RATE = 0.02
"""A contact typed ALL-CAPS or all-lower (besides duplicates)."""
CRM_MIDDLE_INITIAL_RATE = 0.15
CRM_SECOND_SURNAME_RATE = 0.6
CRM_PERSONAL_WEBSITE_RATE = 0.3
"""Employed person with a personal site: the CRM website is the personal one."""
CRM_FOREIGN_KEYER_RATE = 0.25
"""Contact typed by a colleague abroad: phones in international form more often."""
CRM_NAME_ORDER_SWAP_RATE = {"ja": 0.35, "default": 0.015}
CRM_TYPO_RATE = 0.03
"""A base contact has one typo in a name field or the email."""
CRM_FIELD_MISSING = {
    "email": 0.10,
    "phone": 0.35,
    "mobile": 0.45,
    "company": 0.08,
    "job_title": 0.25,
    "city": 0.18,
    "country": 0.12,
    "website": 0.45,
}
CRM_EMAIL_2_RATE = 0.3
CRM_WORK_EMAIL_FIRST_RATE = 0.65
"""Primary CRM email is the work address when the person has one."""
ROLE_MAILBOX_COMPANY_RATE = 0.3
"""Company whose contacts are often recorded under a shared mailbox (info@, sales@…)."""
ROLE_EMAIL_CONTACT_RATE = 0.45
"""Contact at such a company recorded with the shared mailbox."""
EMAIL_VARIANT_RATE = 0.15
"""An email rendered as an equivalent variant (gmail dots, +tag, googlemail, case)."""
PHONE_EXTENSION_RATE = 0.15

# --- social -------------------------------------------------------------------------
BRAND_PERSONA_SHARE = 0.05
"""Share of all personas that are company accounts (``brand-`` person ids)."""
HANDLE_UNRELATED_RATE = 0.22
"""Person's main handle has nothing to do with their name (``pixelwitch``)."""
HANDLE_EXACT_REUSE_RATE = 0.72
"""A persona uses the person's main handle verbatim, so about half of the handle pairs
of one person are identical (the rest: variants, other name styles, collisions)."""
HANDLE_PLATFORM_UNRELATED_RATE = 0.06
"""One-off unrelated handle on a single platform."""
HANDLE_AT_PREFIX_RATE = 0.12
HANDLE_MIXED_CASE_RATE = 0.12
NO_HANDLE_RATE = {"linkedin": 0.65, "facebook": 0.55, "youtube": 0.25, "default": 0.03}
"""Only ``profile_url`` is filled."""
NO_PROFILE_URL_RATE = 0.08
"""``profile_url`` empty (never when the handle is empty too)."""
BIO_EMPTY_RATE = 0.22
BIO_ENGLISH_RATE = 0.45
"""Non-English speakers writing their bio in English."""
BIO_CROSSLINK_RATE = 0.18
"""Bio mentions the person's handle on another platform."""
LOCATION_EMPTY_RATE = 0.3
PERSONA_OLD_CITY_RATE = 0.35
"""Profile of someone who moved still shows the old city."""
DISPLAY_NICKNAME_RATE = 0.7
"""People who go by a nickname use it in display names."""
DISPLAY_ALT_ROMANIZATION_RATE = 0.3
GITHUB_NO_NAME_RATE = 0.15
BLUESKY_CUSTOM_DOMAIN_RATE = 0.4
"""Bluesky handle is the person's own domain when they have one."""
FACEBOOK_NUMERIC_ID_RATE = 0.35
"""Facebook profile with no vanity name: ``profile.php?id=…`` and no handle."""
YOUTUBE_CHANNEL_ID_RATE = 0.3
INFLUENCER_BIO_EMAIL_RATE = 0.5
"""Influencer puts a business email in the bio of the main account."""
BRAND_WEBSITE_RATE = 0.85
BRAND_EMAIL_RATE = 0.15
PERSONA_WEBSITE_RATE = 0.4
PERSONA_EMAIL_RATE = {"github": 0.35, "default": 0.025}
PERSONA_PHONE_RATE = 0.008
VERIFIED_BASE_RATE = 0.01
"""Verified badge without a large audience (paid or LinkedIn ID checks)."""
LINKEDIN_VERIFIED_RATE = 0.2

# --- time ---------------------------------------------------------------------------
CRM_UPDATED_RANGE = ("2016-01-01", "2025-05-31")
PERSONA_OBSERVED_RANGE = ("2024-01-01", "2025-06-01")
