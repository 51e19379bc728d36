"""Seeded, realistic and deliberately hard synthetic data for identity resolution.

``generate(n_people, seed)`` draws a population of people and renders two record sets
from it — CRM contacts and social-media personas — plus the truth table linking every
record to the person (or brand) behind it. Same seed, same bytes.

What makes it hard is what makes real data hard (rates live in
:mod:`benchmarks._synth.knobs` as named constants):

* **Population** — people from 15 locales (accents, Cyrillic, kanji, Devanagari display
  names; CRM keeps the romanized form, sometimes in two romanizations), ~9 % living
  abroad, relatives sharing surname, city, home line and sometimes a family mailbox.
  ``CRM_RATE`` of people are in the CRM; 0–4 personas each (``PERSONA_COUNT_WEIGHTS``),
  so roughly half of all personas belong to people who are *not* in the CRM.
* **Name collisions** — each locale's real top names carry their real share of people
  (``HEAD_NAME_MASS``), so "James Smith" or "Anna Müller" recur among unrelated people, often in
  the same city, and their handles collide (``jsmith`` / ``jsmith2``, first come first
  served per platform).
* **CRM noise** — ``CRM_DUPLICATE_RATE`` of CRM people have 2–3 contacts differing by
  typos, nickname vs full name (``nicknames`` package plus local forms: Sasha, Paco,
  Kasia), case, swapped name order, missing fields, other mailbox or phone, legal-form
  suffixes, accent folding and stale jobs (previous employer, email, title, city).
* **Contact points** — mailboxes are unique per person, but written many ways (Gmail
  dots, ``+tags``, ``googlemail.com``, case); role mailboxes (``info@``), company
  switchboard numbers and company websites are shared by colleagues; phones are valid
  per-country numbers typed in national, international, ``00``, dotted or dashed form.
* **Social** — handles from names in ~20 styles, reused verbatim on about half of a
  person's platforms and unrelated to the name for ~a quarter; display names with
  nicknames, emojis, company tails, initials or native script; multilingual bios with
  job mentions and cross-platform links; free-text locations (``NYC``, ``Berlin 🇩🇪``,
  ``somewhere on the internet``); lognormal follower counts with a few 100k+
  influencers; ``BRAND_PERSONA_SHARE`` company accounts (``brand-`` person ids).

Missing values are empty strings. CLI::

    python -m benchmarks.generate --people 1000 --seed 7 --out DIR
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from benchmarks._synth.crm import CONTACT_COLUMNS, contacts_for
from benchmarks._synth.people import build_people
from benchmarks._synth.rand import derive
from benchmarks._synth.social import PERSONA_COLUMNS, build_personas

TRUTH_COLUMNS = ("source", "record_id", "person_id")


@dataclass(frozen=True)
class Dataset:
    """Generated records and their ground truth."""

    contacts: pd.DataFrame
    personas: pd.DataFrame
    truth: pd.DataFrame

    def write(self, out_dir: str | Path) -> None:
        """Write ``contacts.csv``, ``personas.csv`` and ``truth.csv`` (UTF-8, header row)."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        personas = self.personas.assign(
            verified=self.personas["verified"].map({True: "true", False: "false"})
        )
        for name, frame in (
            ("contacts", self.contacts),
            ("personas", personas),
            ("truth", self.truth),
        ):
            frame.to_csv(out / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")


def _with_ids(
    records: Sequence[tuple[str, Mapping[str, object]]], prefix: str, rng: random.Random
) -> tuple[list[dict[str, object]], list[tuple[str, str]]]:
    """Shuffle records and number them so ids reveal nothing about the person."""
    shuffled = list(records)
    rng.shuffle(shuffled)
    rows, links = [], []
    for i, (person_id, record) in enumerate(shuffled, start=1):
        record_id = f"{prefix}-{i:06d}"
        rows.append({"id": record_id, **record})
        links.append((record_id, person_id))
    return rows, links


def generate(n_people: int = 1000, seed: int = 7) -> Dataset:
    """Draw ``n_people`` people and render their CRM contacts and social personas."""
    people, companies = build_people(n_people, derive(seed, "people"))
    crm_rng = derive(seed, "crm")
    contacts = [
        (person.pid, contact)
        for person in people
        if person.in_crm
        for contact in contacts_for(person, crm_rng)
    ]
    personas = build_personas(people, companies, derive(seed, "social"))
    id_rng = derive(seed, "ids")
    contact_rows, contact_links = _with_ids(contacts, "C", id_rng)
    persona_rows, persona_links = _with_ids(personas, "P", id_rng)
    truth = pd.DataFrame(
        [("contact", rid, pid) for rid, pid in contact_links]
        + [("persona", rid, pid) for rid, pid in persona_links],
        columns=list(TRUTH_COLUMNS),
    )
    return Dataset(
        pd.DataFrame(contact_rows, columns=list(CONTACT_COLUMNS)),
        pd.DataFrame(persona_rows, columns=list(PERSONA_COLUMNS)),
        truth,
    )


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=1000, help="number of people to draw")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    args = parser.parse_args(argv)
    dataset = generate(args.people, args.seed)
    dataset.write(args.out)
    print(f"{len(dataset.contacts)} contacts, {len(dataset.personas)} personas -> {args.out}")


if __name__ == "__main__":
    main()
