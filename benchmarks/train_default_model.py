"""Train the model bundled in the package (``src/socialid/data/default_model.json``).

The bundled model serves inputs too small to train on (see ``Resolver.pretrained``). Rerun
this script whenever the comparisons or the features change; a test fails until you do:

    python -m benchmarks.train_default_model
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.generate import generate
from socialid import Resolver

DEFAULT_OUT = (
    Path(__file__).resolve().parents[1] / "src" / "socialid" / "data" / "default_model.json"
)


def main(argv: list[str] | None = None) -> None:
    """Generate data, fit a resolver on it, save the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = generate(args.people, seed=args.seed)
    Resolver(progress=True).fit(data.contacts, data.personas).save(args.out)
    print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
