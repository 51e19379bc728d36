"""A comparator of your own: two records whose emails share a corporate domain.

Run it with ``python examples/employer_domain.py``; it resolves the bundled demo data with and
without the comparator added to the built-ins and prints the links it contributed.

The feature column ``email_domains`` holds the domains of a record's personal emails, with
free-mail providers (gmail.com, outlook.com…) already left out by the email normalizer, so
the SQL need not exclude them. (The built-in ``employer`` comparator also weighs these
domains, together with websites and company names; this one shows how to add your own.)
"""

from __future__ import annotations

import pandas as pd

import socialid
from socialid.comparators import Comparison, Level, Record


def same_domain(left: Record, right: Record) -> int:
    """The level a pair reaches, in Python (the same as the SQL; for tests)."""
    a, b = left["email_domains"], right["email_domains"]
    if a is None or b is None:
        return 0
    return 1 if set(a) & set(b) else 2


EMPLOYER_DOMAIN = Comparison(
    name="employer_domain",
    description="The two records have an email at the same corporate domain.",
    levels=(
        Level(
            "no corporate email",
            "email_domains_l IS NULL OR email_domains_r IS NULL",
            is_null=True,
        ),
        Level("same corporate email domain", "list_has_any(email_domains_l, email_domains_r)"),
    ),
    # A candidate pair: a domain in common and the same surname initial. The domain alone
    # would pair everyone at a large company with everyone else there.
    blocking_keys=(("email_domains", "left(last_name, 1)"),),
    python=same_domain,
)


def main() -> None:
    """Resolve the demo with and without the comparator; show the links it contributed."""
    contacts, personas = socialid.demo_paths()
    result = socialid.resolve(
        contacts=contacts, personas=personas, comparators=[EMPLOYER_DOMAIN], progress=False
    )
    print(result.summary())
    without = socialid.resolve(contacts=contacts, personas=personas, progress=False)

    pair = ["source_l", "record_id_l", "source_r", "record_id_r"]
    links = result.links.merge(without.links[pair], on=pair, how="left", indicator=True)
    new = links[(links["_merge"] == "left_only")
                & (links["employer_domain"] == "same corporate email domain")]
    print(f"\n{len(new)} links on a shared corporate domain that the built-ins alone miss, "
          "e.g.:")
    columns = ["record_id_l", "record_id_r", "link_type", "match_probability", "name"]
    print(new.sort_values("match_probability")[columns].head(5).to_string(index=False))

    # Measure before keeping a comparator: pairwise F1 against the demo's ground truth.
    truth = pd.read_csv(socialid.demo_truth_path(), dtype=str)
    for label, run in (("without", without), ("with", result)):
        f1 = socialid.evaluate(run.membership, truth).set_index("link_type")["f1"]
        print(f"F1 {label} employer_domain: " + ", ".join(f"{k} {v:.3f}" for k, v in f1.items()))


if __name__ == "__main__":
    main()
