"""The Snowball English stemmer, without the other languages of the ``snowballstemmer`` package.

``import snowballstemmer`` imports every one of its 30-odd stemmers (about 3 MB resident); the bot
needs English only.  :func:`english` loads the package's ``english_stemmer`` module (and the two it
imports) under a private package name, so the package's ``__init__`` does not run and a later
``import snowballstemmer`` elsewhere is not affected.  Should the package's layout ever change, it
falls back to ``snowballstemmer.stemmer("english")``: the same algorithm, at the old cost.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Protocol

#: The private name the English stemmer's modules are loaded under.
_PACKAGE = "bot._snowball_english"


class Stemmer(Protocol):
    """What the bot uses of a Snowball stemmer."""

    def stemWord(self, word: str) -> str:  # noqa: N802 - snowballstemmer's name
        """Return the stem of ``word``."""


def _english_module() -> ModuleType | None:
    spec = importlib.util.find_spec("snowballstemmer")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    package = sys.modules.get(_PACKAGE)
    if package is None:
        package = ModuleType(_PACKAGE, "snowballstemmer's modules, loaded without its __init__")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[_PACKAGE] = package
    try:
        return importlib.import_module(f"{_PACKAGE}.english_stemmer")
    except ImportError:
        return None


def english() -> Stemmer:
    """Return a new Snowball English stemmer (``stemWord``), as ``snowballstemmer.stemmer("english")`` does."""
    module = _english_module()
    if module is not None and hasattr(module, "EnglishStemmer"):
        stemmer: Stemmer = module.EnglishStemmer()
        return stemmer
    import snowballstemmer

    fallback: Stemmer = snowballstemmer.stemmer("english")
    return fallback
