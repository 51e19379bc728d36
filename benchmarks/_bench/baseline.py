"""The splink baseline: a plain splink 5 model as a careful user would write it.

No socialid normalisation: text is trimmed and lower-cased, personas' display names are split
on the first space, and that is all. Each kind of data gets the model splink's own examples
use for it, restricted to the fields socialid is given, so both systems see the same evidence.
Pairs are accepted at socialid's default threshold for their link type.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

from benchmarks._bench.datasets import BenchData
from benchmarks._bench.systems import Settings, SystemOutput, stage

if TYPE_CHECKING:
    from typing import TypeAlias

    from splink.internals.blocking_rule_creator import BlockingRuleCreator
    from splink.internals.comparison_creator import ComparisonCreator

    Rule: TypeAlias = BlockingRuleCreator | str

logging.getLogger("splink").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Recipe:
    """A splink model for one kind of data: the fields it reads, compares and blocks on."""

    columns: tuple[str, ...]
    comparisons: Sequence[ComparisonCreator]
    blocking: Sequence[Rule]
    prior_rules: Sequence[Rule]
    em_rules: Sequence[Rule]
    prior_recall: float = 0.7


def _tf(comparison: ComparisonCreator) -> ComparisonCreator:
    return comparison.configure(term_frequency_adjustments=True)


def _dob(date_format: str) -> ComparisonCreator:
    return cl.DateOfBirthComparison("birth_date", input_is_string=True, datetime_format=date_format)


def _social() -> Recipe:
    """Contacts and personas stacked: names, email, phone, handle, city."""
    return Recipe(
        columns=("first_name", "last_name", "email", "phone", "handle", "city"),
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("last_name"),
            cl.EmailComparison("email"),
            cl.ExactMatch("phone"),
            cl.ExactMatch("handle"),
            _tf(cl.ExactMatch("city")),
        ],
        blocking=[
            block_on("email"),
            block_on("phone"),
            block_on("handle"),
            block_on("first_name", "last_name"),
            block_on("last_name", "substr(first_name, 1, 1)"),
        ],
        prior_rules=[block_on("email"), block_on("phone")],
        em_rules=[block_on("email"), block_on("first_name", "last_name")],
    )


def _febrl() -> Recipe:
    """splink's FEBRL4 example, without the columns socialid is not given (soc_sec_id,
    street_number)."""
    return Recipe(
        columns=("first_name", "last_name", "birth_date", "address", "postcode", "city"),
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("last_name"),
            _dob("%Y%m%d"),
            _tf(cl.JaroWinklerAtThresholds("address", [0.9, 0.8])),
            _tf(cl.DamerauLevenshteinAtThresholds("postcode", [1, 2])),
            _tf(cl.ExactMatch("city")),
        ],
        blocking=[
            block_on("first_name", "last_name"),
            "l.first_name = r.last_name AND l.last_name = r.first_name",
            block_on("birth_date"),
            block_on("postcode"),
            block_on("city", "address"),
        ],
        prior_rules=[
            block_on("first_name", "last_name", "birth_date"),
            "l.first_name = r.last_name AND l.last_name = r.first_name "
            "AND l.birth_date = r.birth_date",
        ],
        em_rules=[block_on("birth_date"), block_on("postcode")],
    )


def _fake_1000() -> Recipe:
    """splink's deduplication example on fake_1000, with email and birth date blocking added
    (its two rules alone find 38 % of the true pairs)."""
    return Recipe(
        columns=("first_name", "last_name", "birth_date", "city", "email"),
        comparisons=[
            cl.NameComparison("first_name"),
            cl.JaroAtThresholds("last_name"),
            _dob("%Y-%m-%d"),
            _tf(cl.ExactMatch("city")),
            cl.EmailComparison("email"),
        ],
        blocking=[
            block_on("first_name", "birth_date"),
            block_on("last_name"),
            block_on("email"),
            block_on("birth_date"),
        ],
        prior_rules=[
            block_on("first_name", "birth_date"),
            "l.first_name = r.first_name AND levenshtein(l.last_name, r.last_name) <= 2",
            block_on("email"),
        ],
        em_rules=[block_on("first_name", "last_name"), block_on("birth_date")],
    )


def _historical() -> Recipe:
    """splink's historical_50k example, without occupation (socialid is not given it)."""
    return Recipe(
        columns=("first_name", "last_name", "birth_date", "postcode", "city"),
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("last_name"),
            _dob("%Y-%m-%d"),
            cl.PostcodeComparison("postcode"),
            _tf(cl.ExactMatch("city")),
        ],
        blocking=[
            block_on("first_name", "last_name"),
            block_on("last_name", "birth_date"),
            block_on("first_name", "birth_date"),
            block_on("postcode", "first_name"),
        ],
        prior_rules=[
            block_on("first_name", "last_name", "birth_date"),
            block_on("last_name", "birth_date", "postcode"),
        ],
        em_rules=[block_on("first_name", "last_name"), block_on("birth_date")],
    )


RECIPES: dict[str, Callable[[], Recipe]] = {
    "social": _social,
    "febrl": _febrl,
    "fake_1000": _fake_1000,
    "historical": _historical,
}


def _with_persona_names(personas: pd.DataFrame) -> pd.DataFrame:
    """Personas with first/last name (display name split on the first space) and city."""
    parts = personas["display_name"].str.strip().str.split(" ", n=1, expand=True)
    parts = parts.reindex(columns=[0, 1])
    return personas.assign(first_name=parts[0], last_name=parts[1], city=personas["location"])


def _plain(
    frame: pd.DataFrame, mapping: dict[str, str], source: str, columns: Sequence[str]
) -> pd.DataFrame:
    """One input in the baseline's shape: ids, source and the recipe's columns, cleaned."""
    named = frame.rename(columns=mapping)
    out = pd.DataFrame({"source": source, "record_id": named["id"].astype(str).to_numpy()})
    out.insert(0, "unique_id", source + ":" + out["record_id"])
    for column in columns:
        values = named[column] if column in named else pd.Series(pd.NA, index=named.index)
        text = values.astype("string").str.strip().str.lower()
        out[column] = [None if pd.isna(v) or v == "" else v for v in text]
    return out


def plain_records(data: BenchData, columns: Sequence[str]) -> pd.DataFrame:
    """All inputs of a data set stacked into the one table the baseline deduplicates."""
    parts = []
    if data.contacts is not None:
        parts.append(_plain(data.contacts, data.contacts_mapping, "contact", columns))
    if data.personas is not None:
        personas = _with_persona_names(data.personas)
        parts.append(_plain(personas, data.personas_mapping, "persona", columns))
    return pd.concat(parts, ignore_index=True)


def accept_sql(thresholds: Mapping[str, float]) -> str:
    """SQL keeping scored pairs at or above the threshold of their link type; ``thresholds``
    as in socialid's settings (``contact_persona``, ``persona_persona``, ``contact_contact``).
    """
    kind = (
        "CASE WHEN source_l <> source_r THEN 'contact_persona' "
        "ELSE source_l || '_' || source_r END"
    )
    cases = " ".join(f"WHEN '{k}' THEN {float(v)}" for k, v in thresholds.items())
    return f"match_probability >= CASE {kind} {cases} END"


def run(data: BenchData, settings: Settings) -> SystemOutput:
    """Train, predict and cluster a plain splink model of the data set's recipe."""
    recipe = RECIPES[data.recipe]()
    seconds: dict[str, float] = {}
    with stage(seconds, "prepare"):
        db = DuckDBAPI()
        records = db.register(plain_records(data, recipe.columns))
        linker = Linker(
            records,
            SettingsCreator(
                link_type="dedupe_only",
                unique_id_column_name="unique_id",
                comparisons=list(recipe.comparisons),
                blocking_rules_to_generate_predictions=list(recipe.blocking),
                additional_columns_to_retain=["source", "record_id"],
            ),
        )
    with stage(seconds, "train"):
        training = linker.training
        training.estimate_probability_two_random_records_match(
            list(recipe.prior_rules), recall=recipe.prior_recall
        )
        training.estimate_u_using_random_sampling(
            max_pairs=settings["u_max_pairs"], seed=settings["seed"]
        )
        for rule in recipe.em_rules:
            training.estimate_parameters_using_expectation_maximisation(rule)
    with stage(seconds, "predict"):
        predictions = linker.inference.predict()
        counted = predictions.query_sql("SELECT count(*) AS n FROM {this}").as_record_list()
    with stage(seconds, "cluster"):
        accept = accept_sql(settings["thresholds"])
        edges = predictions.query_sql(f"SELECT * FROM {{this}} WHERE {accept}")
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(edges)
        membership = clusters.as_pandas_dataframe()[["source", "record_id", "cluster_id"]]
    return SystemOutput(
        membership.rename(columns={"cluster_id": "profile_id"}), int(counted[0]["n"]), seconds
    )
