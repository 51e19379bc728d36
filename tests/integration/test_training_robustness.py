"""Training survives what splink's EM does on real data: empty blocks and m underflow."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb
import pytest
from benchmarks._synth import names
from benchmarks.generate import generate

import socialid
from socialid._internal import pipeline
from socialid._internal.comparisons import DEFAULT_COMPARISONS, Comparison, Level
from socialid._internal.progress import Progress
from socialid._internal.splink_adapter import SplinkModel

# A level that never occurs among one EM pass's matches on a population crowded with
# same-name strangers, so splink's m estimate underflows to 0 and it raises: reproduced, not
# simulated.
EMAIL_TYPOS = Comparison(
    name="email_typos",
    description="personal emails one or two typos apart",
    levels=(
        Level("email missing", "emails_l IS NULL OR emails_r IS NULL", is_null=True),
        Level("same email", "list_has_any(emails_l, emails_r)"),
        Level(
            "one or two typos apart",
            "list_min(list_transform(emails_l, lambda a: list_min(list_transform(emails_r, "
            "lambda b: damerau_levenshtein(a, b))))) <= 2",
        ),
    ),
)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """1,000 generated people whose names come 45 % / 42 % from each country's commonest
    (the generator's rates before 2026-11-23; real shares are far lower): the data where
    the underflow was first met."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(names, "HEAD_NAME_MASS", {k: (0.45, 0.42) for k in names.HEAD_NAME_MASS})
        patch.setattr(names, "HEAD_ZIPF_EXPONENT", 1.1)
        names._pools.cache_clear()
        data = generate(1000, 7)
    names._pools.cache_clear()
    out = tmp_path_factory.mktemp("crowded")
    data.write(out)
    return out / "contacts.csv", out / "personas.csv"


def test_an_em_pass_that_underflows_is_skipped_with_a_warning(
    caplog: pytest.LogCaptureFixture, crowded: tuple[Path, Path]
) -> None:
    contacts, personas = crowded
    settings = socialid.ResolverSettings()
    ws = pipeline.load({"contact": contacts, "persona": personas}, {}, settings,
                       Progress(False), con=duckdb.connect())
    model = SplinkModel(ws.con, "features", [*DEFAULT_COMPARISONS, EMAIL_TYPOS])
    with caplog.at_level(logging.WARNING, logger="socialid"):
        model.train(settings.seed, settings.u_max_pairs, settings.em_max_pairs)
    assert any("skipped" in r.message and "minimum allowed value" in r.message
               for r in caplog.records)
    assert 0 < model.to_dict()["probability_two_random_records_match"] < 0.5


def test_failed_em_passes_keep_every_comparison_in_the_model() -> None:
    """splink drops the comparisons a pass fixes while it runs: a pass that fails (the demo
    has no birth dates or postcodes, so those passes find no pairs) must not lose them."""
    contacts, personas = socialid.demo_paths()
    settings = socialid.ResolverSettings()
    ws = pipeline.load({"contact": contacts, "persona": personas}, {}, settings,
                       Progress(False), con=duckdb.connect())
    model = SplinkModel(ws.con, "features", [*DEFAULT_COMPARISONS, EMAIL_TYPOS])
    model.train(settings.seed, settings.u_max_pairs, settings.em_max_pairs)
    names = [c["output_column_name"] for c in model.to_dict()["comparisons"]]
    assert names == [c.name for c in (*DEFAULT_COMPARISONS, EMAIL_TYPOS)]
