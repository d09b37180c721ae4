"""A trained second opinion on which entry answers a message: multinomial logistic regression over its words.

The engine (:mod:`bot.search.index`) decides whether a message is about back care at all; this model, fitted on the
knowledge base's phrasings and the labelled wordings of the blind corpus's development half (never its held-out
half), says which entry it asks for, or that it is off-topic.  :class:`bot.dialogue.Dialogue` asks it after the
engine (:data:`BARS`): the engine's answer is replaced when the model is fairly sure of another entry, a "did you
mean" is answered when it is sure, a message the engine found nothing in is answered when it is sure and the
message has a back-care word or the entry was among the engine's runners-up, and nothing is answered when the
model gives off-topic even a small probability.  Messages with a red flag or in another language are left alone.

The features are the stems of the message's content words and their bigrams, and the stems of every word of the
engine's reading (chat spellings and typos corrected, stop words kept: "how long" against "how often") and their
bigrams.  ``make models`` fits it at build time with numpy (``python -m bench.answers_cv --copy``) and writes
``bot/search/data/answers.bin``; the bot loads that file the first time it is asked (milliseconds) and predicts in
plain Python.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot import memory
from bot.learning.model import ModelFileError, TextModel
from bot.text import STOP_WORDS, normalise, stem

MODEL = Path(__file__).resolve().parent / "data" / "answers.bin"
REBUILD = "make models"
#: The class of messages that are not about back care (the corpus's off-topic wordings).
OFF_TOPIC = "(off-topic)"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Bars:
    """The model's probability at or above which it answers: a message the engine found nothing in (with a
    back-care word or the entry among the engine's runners-up), a "did you mean", and over the engine's answer;
    and its probability of off-topic at which nothing is answered."""

    no_match: float
    hedge: float
    override: float
    off_topic: float


#: Chosen with ``python -m bench.answers_cv`` out of writer: on the development half leaving each writer out, and on
#: four groups of writers scored as they stood (the engine of the commit before they joined the corpus, the model
#: fitted on that commit's data); see docs/quality.md.
BARS = Bars(no_match=0.8, hedge=0.8, override=0.3, off_topic=0.15)


def features(text: str, reading: Sequence[str]) -> Counter[str]:
    """Return the features of a message: its content stems and their bigrams ("w:", "b:"), and the stems of the
    engine's ``reading`` of it (every word, corrected) and their bigrams ("a:", "p:")."""
    content = [stem(w) for w in normalise(text).split() if w not in STOP_WORDS]
    every = [stem(w) for w in reading]
    return Counter([f"w:{s}" for s in content] + [f"b:{a}_{b}" for a, b in itertools.pairwise(content)]
                   + [f"a:{s}" for s in every] + [f"p:{a}_{b}" for a, b in itertools.pairwise(every)])


def training_digest(rows: Sequence[tuple[str, str]]) -> str:
    """Return the SHA-256 of the training wordings and their classes (the model file records it)."""
    return hashlib.sha256(json.dumps([list(r) for r in rows]).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def default_model() -> TextModel | None:
    """Return the shipped model, loaded once; None (logged once, naming the file and ``make models``) when the file
    is missing or corrupt: the engine then answers alone."""
    try:
        model = TextModel.load(MODEL, REBUILD, on_disk=True)  # its 2 MB of rows read when a message needs them
        memory.trim()  # what reading the file took for a moment back to the system
        return model
    except ModelFileError as e:
        _log.error("%s. Until then the engine answers alone.", e)
        return None
