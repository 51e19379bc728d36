"""The synthetic data generator: determinism, truth integrity and the realism it promises."""

from __future__ import annotations

import random
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import pandas as pd
import phonenumbers
import pytest
from benchmarks._synth import phones
from benchmarks._synth.companies import ROLE_MAILBOXES
from benchmarks._synth.emails import canonical
from benchmarks._synth.geo import COUNTRIES
from benchmarks._synth.people import build_people
from benchmarks._synth.rand import derive
from benchmarks.generate import Dataset, generate, main

DEMO_DIR = Path(__file__).resolve().parents[2] / "src" / "socialid" / "data" / "demo"
#: Packages whose data shape the generated values; the shipped demo was made with these.
DEMO_MADE_WITH = {
    "faker": "40.54.0",
    "phonenumbers": "9.0.43",
    "nicknames": "1.0.1",
    "anyascii": "0.3.3",
}
CONTACT_COLUMNS = [
    "id",
    "first_name",
    "last_name",
    "email",
    "email_2",
    "phone",
    "mobile",
    "company",
    "job_title",
    "city",
    "country",
    "website",
    "updated_at",
]
PERSONA_COLUMNS = [
    "id",
    "platform",
    "handle",
    "display_name",
    "bio",
    "location",
    "website",
    "email",
    "phone",
    "followers",
    "following",
    "posts",
    "verified",
    "profile_url",
    "observed_at",
]
ROLE_LOCALS = {local for locals_ in ROLE_MAILBOXES.values() for local in locals_}


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return generate(1000, 7)


@pytest.fixture(scope="module")
def owner(ds: Dataset) -> dict[str, str]:
    return dict(zip(ds.truth["record_id"], ds.truth["person_id"], strict=True))


def _emails_by_person(ds: Dataset, owner: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for frame, columns in ((ds.contacts, ("email", "email_2")), (ds.personas, ("email",))):
        for column in columns:
            for record_id, address in zip(frame["id"], frame[column], strict=True):
                if address:
                    out.append((owner[record_id], address))
    return out


def test_same_seed_same_frames(ds: Dataset) -> None:
    again = generate(1000, 7)
    pd.testing.assert_frame_equal(ds.contacts, again.contacts)
    pd.testing.assert_frame_equal(ds.personas, again.personas)
    pd.testing.assert_frame_equal(ds.truth, again.truth)


def test_different_seed_different_frames(ds: Dataset) -> None:
    other = generate(1000, 8)
    assert not other.contacts.equals(ds.contacts)
    assert not other.personas.equals(ds.personas)


def test_columns_and_no_truth_leak(ds: Dataset) -> None:
    assert list(ds.contacts.columns) == CONTACT_COLUMNS
    assert list(ds.personas.columns) == PERSONA_COLUMNS
    assert list(ds.truth.columns) == ["source", "record_id", "person_id"]


def test_every_record_in_truth_exactly_once(ds: Dataset) -> None:
    truth = ds.truth
    assert truth["record_id"].is_unique
    assert ds.contacts["id"].is_unique and ds.personas["id"].is_unique
    contact_ids = set(truth.loc[truth["source"] == "contact", "record_id"])
    persona_ids = set(truth.loc[truth["source"] == "persona", "record_id"])
    assert contact_ids == set(ds.contacts["id"])
    assert persona_ids == set(ds.personas["id"])
    assert set(truth["source"]) == {"contact", "persona"}


def test_ids_are_opaque(ds: Dataset, owner: dict[str, str]) -> None:
    assert ds.contacts["id"].str.fullmatch(r"C-\d{6}").all()
    assert ds.personas["id"].str.fullmatch(r"P-\d{6}").all()
    # Consecutive contact ids rarely belong to the same person (the order is shuffled).
    people = ds.contacts["id"].map(owner)
    assert (people == people.shift()).mean() < 0.05


def test_persona_share_not_in_crm(ds: Dataset) -> None:
    truth = ds.truth
    crm_people = set(truth.loc[truth["source"] == "contact", "person_id"])
    persona_people = truth.loc[truth["source"] == "persona", "person_id"]
    assert 0.40 <= (~persona_people.isin(crm_people)).mean() <= 0.60


def test_brand_accounts(ds: Dataset) -> None:
    truth = ds.truth
    persona_people = truth.loc[truth["source"] == "persona", "person_id"]
    assert 0.03 <= persona_people.str.startswith("brand-").mean() <= 0.08
    assert not truth.loc[truth["source"] == "contact", "person_id"].str.startswith("brand-").any()


def test_crm_duplicates(ds: Dataset) -> None:
    per_person = ds.truth.loc[ds.truth["source"] == "contact", "person_id"].value_counts()
    assert 0.06 <= (per_person > 1).mean() <= 0.15
    assert per_person.max() == 3


def test_role_emails_shared_by_several_people(ds: Dataset, owner: dict[str, str]) -> None:
    people: dict[str, set[str]] = defaultdict(set)
    for person, address in _emails_by_person(ds, owner):
        if address.split("@")[0].lower() in ROLE_LOCALS:
            people[address.lower()].add(person)
    assert max(len(p) for p in people.values()) >= 2


def test_personal_mailboxes_not_shared(ds: Dataset, owner: dict[str, str]) -> None:
    people: dict[str, set[str]] = defaultdict(set)
    for person, address in _emails_by_person(ds, owner):
        local, _, domain = address.partition("@")
        people[canonical(local, domain)].add(person)
    shared = [key for key, who in people.items() if len(who) > 1]
    # Only shared mailboxes (info@, family "thesmiths@") are used by several people.
    assert all(key.split("@")[0] in ROLE_LOCALS or key.startswith("the") for key in shared), shared


def test_gmail_variants_within_one_person(ds: Dataset, owner: dict[str, str]) -> None:
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person, address in _emails_by_person(ds, owner):
        local, _, domain = address.partition("@")
        key = canonical(local, domain)
        if key.endswith("@gmail.com"):
            spellings[(person, key)].add(address)
    assert any(len(forms) > 1 for forms in spellings.values())


def test_common_names_shared_by_distinct_people() -> None:
    large = generate(10_000, 7)
    contacts = large.contacts
    full = contacts["first_name"].str.lower() + " " + contacts["last_name"].str.lower()
    owner = dict(zip(large.truth["record_id"], large.truth["person_id"], strict=True))
    people = contacts["id"].map(owner).groupby(full).nunique()
    assert (people >= 2).sum() >= 20


def test_namesakes_and_common_surnames_as_often_as_in_real_populations() -> None:
    # About one person in twenty shares a full name with another among 10,000 people from
    # fifteen countries, and no surname covers more than 2 % of them (the commonest US
    # surname, Smith, is 0.8 % of the 2010 US Census).
    people, _ = build_people(10_000, derive(7, "people"))
    counts = pd.Series([f"{p.name.first} {p.name.last}" for p in people]).value_counts()
    namesakes = counts[counts > 1].sum() / len(people)
    assert 0.02 <= namesakes <= 0.12
    surnames = pd.Series([p.name.last for p in people]).value_counts()
    assert surnames.iloc[0] / len(people) <= 0.02


def test_non_ascii_names(ds: Dataset) -> None:
    names = pd.concat([ds.contacts["first_name"], ds.contacts["last_name"]])
    assert (~names.map(str.isascii)).any()
    cyrillic_or_cjk = r"[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]"
    assert ds.personas["display_name"].str.contains(cyrillic_or_cjk).any()


def test_handles_and_urls(ds: Dataset) -> None:
    personas = ds.personas
    assert not ((personas["handle"] == "") & (personas["profile_url"] == "")).any()
    assert (personas["handle"] == "").any()
    assert personas["handle"].str.startswith("@").any()
    assert set(personas["platform"]) >= {"twitter", "x", "X", "instagram", "linkedin", "github"}


def test_followers_heavy_tailed(ds: Dataset) -> None:
    followers = ds.personas["followers"]
    assert followers.max() >= 100_000
    assert followers.median() < 1_000
    assert ds.personas["verified"].dtype == bool


@pytest.mark.parametrize("iso", sorted(COUNTRIES))
def test_phones_are_valid(iso: str) -> None:
    country = COUNTRIES[iso]
    rng = random.Random(iso)
    for city in country.cities:
        for phone in (phones.mobile(country, city, rng), phones.landline(country, city, rng)):
            number = phonenumbers.parse(phone.e164)
            assert phonenumbers.is_valid_number_for_region(number, iso), phone
            rendered = phones.render(phone, rng)
            # "00…" is the international prefix in most of the world; parse it as "+".
            rendered = "+" + rendered[2:] if rendered.startswith("00") else rendered
            assert phonenumbers.parse(rendered, iso).national_number == number.national_number


def test_demo_files_match_generator(ds: Dataset, tmp_path: Path) -> None:
    installed = {name: metadata.version(name) for name in DEMO_MADE_WITH}
    if installed != DEMO_MADE_WITH:
        pytest.skip(
            f"the demo was generated with {DEMO_MADE_WITH}, these are {installed}: regenerate it "
            "(python -m benchmarks.generate --people 1000 --seed 7 --out src/socialid/data/demo)"
            " and update DEMO_MADE_WITH"
        )
    ds.write(tmp_path)
    for name in ("contacts.csv", "personas.csv", "truth.csv"):
        assert (DEMO_DIR / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_cli_writes_csvs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--people", "40", "--seed", "3", "--out", str(tmp_path)])
    truth = pd.read_csv(tmp_path / "truth.csv", dtype=str)
    contacts = pd.read_csv(tmp_path / "contacts.csv", dtype=str, keep_default_na=False)
    assert set(contacts["id"]) <= set(truth["record_id"])
    assert "contacts" in capsys.readouterr().out
