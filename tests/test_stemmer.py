"""The English stemmer alone gives the stems snowballstemmer's English stemmer gives, without its 30 other languages."""

from __future__ import annotations

import subprocess
import sys

import snowballstemmer

from bot.stemmer import english

WORDS = ("massaging", "massages", "hurting", "painful", "numbness", "weakness", "shoulders", "stretched", "stiffly",
         "generously", "running", "happily", "ponies", "caresses", "sciatica", "physiotherapist", "foam-rolling", "")


def test_the_same_stems_as_snowballstemmer() -> None:
    ours, theirs = english(), snowballstemmer.stemmer("english")
    assert [ours.stemWord(w) for w in WORDS] == [theirs.stemWord(w) for w in WORDS]


def test_the_bot_does_not_import_every_language() -> None:
    code = "import sys, bot.text, bot.safety; print('snowballstemmer' in sys.modules, bot.text.stem('massaging'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "massag"]
