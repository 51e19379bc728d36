"""The Spark backend: socialid's pipeline on a ``pyspark`` session through splink's Spark API."""
