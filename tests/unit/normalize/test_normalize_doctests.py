"""Run the examples in the normalizers' docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import socialid._internal.normalize as package

MODULES = sorted(module.name for module in pkgutil.iter_modules(package.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"{package.__name__}.{name}")
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_public_module_exports_sorted_all() -> None:
    public = importlib.import_module("socialid.normalize")
    assert public.__all__ == sorted(public.__all__)
    assert all(hasattr(public, name) for name in public.__all__)
