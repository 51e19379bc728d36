"""Private building blocks of the synthetic identity-resolution data generator.

The public entry point is :mod:`benchmarks.generate`; nothing here is a stable API.
"""
