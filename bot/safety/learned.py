"""A trained third detector: multinomial logistic regression over character 3-5-gram TF-IDF.

It learns the level from the labelled messages shipped in ``bot/safety/data/training.yaml``: the safety
corpus's development part and the project's probes (with their levels), the answer corpus's development
part and the knowledge base's phrasings (ordinary messages: none), and the paraphrases with their expected
level; never a held-out part (``bench.safety_cv.gather`` builds it).  It is fitted at build time, with numpy
(:mod:`bot.safety.fitting`), by ``make models`` (``python -m bench.safety_cv --copy-only``), which writes the
fitted model to ``bot/safety/data/model.bin``; the bot loads that file on first use (milliseconds) and predicts in plain
Python, without numpy.  It only adds to the rules and the banks, as a recall booster (:func:`boost`): a
message about pain or the back that they leave at none is flagged at a level when the model's probability
of that level (or above) reaches the level's bar in :data:`BARS`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot import memory
from bot.learning.model import ModelFileError, Vocabulary, header, load_file, unpack
from bot.learning.model import floats as _floats
from bot.safety.clauses import prepare
from bot.safety.levels import Level

TRAINING = Path(__file__).resolve().parent / "data" / "training.yaml"
#: The fitted model, written by ``python -m bench.safety_cv --copy`` (see :meth:`Model.save` for its layout).
MODEL = TRAINING.with_name("model.bin")
REBUILD = "make models"
NGRAMS = (3, 4, 5)


@dataclass(frozen=True)
class Bars:
    """The booster's bar per level: P(emergency), P(urgent) + P(emergency), and P(chronic)."""

    emergency: float
    urgent: float
    chronic: float


#: The bars ``python -m bench.safety_cv`` chose leaving each writer out: per level, the lowest (of 0.20, 0.25, ...,
#: 0.95) at which the booster flags at most 2 of the 2,907 ordinary development messages (safety corpus, probes,
#: answer corpus, knowledge base, paraphrases) at that level.  On the writers the rules had never seen ("as it
#: stood") they raised flagged from 0.858 to 0.907 and emergencies from 47 to 51 of 57, for 1 false alarm more
#: (14 of 136) and none on those writers' 384 answer-corpus messages; see docs/quality.md.
BARS = Bars(emergency=0.35, urgent=0.65, chronic=0.35)
_MAGIC = b"BACKCARE SAFETY MODEL 2\n"
_log = logging.getLogger(__name__)
#: libyaml's parser where PyYAML has it: the same data as the pure-Python one, about seven times faster.
_YAML: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)




_NON_LETTERS = re.compile(r"[^a-z0-9']+")


def grams(text: str) -> Counter[str]:
    """Return the character 3-5-grams of ``text`` (read as the rules read it, runs of non-letters one space)."""
    low = " " + _NON_LETTERS.sub(" ", prepare(text)).strip() + " "
    return Counter(low[i:i + n] for n in NGRAMS for i in range(len(low) - n + 1))


class Model:
    """A fitted model: the n-gram vocabulary, its idf weights, one weight row per level (float32 arrays), and
    what is added to a message's squared length before it is made unit length (:data:`fitting.PAD`).

    It keeps, per n-gram, its idf and each level's weight side by side (five floats an n-gram: one place to look up
    when predicting), and each level's bias apart; :attr:`idf` and :attr:`weights` are worked out from them when
    asked (for saving), so the floats are held once (0.65 MB less than beside the interleaved copy). The n-grams
    are a :class:`bot.learning.model.Vocabulary` (their hashes and a table of numbers: 0.55 MB for the 39,390 of
    the shipped model, where a dict of the strings took 4.3 MB).
    """

    __slots__ = ("ngrams", "_rows", "_bias", "pad")

    def __init__(self, vocab: dict[str, int] | Sequence[str], idf: array[float], weights: Sequence[array[float]],
                 pad: float = 0.0) -> None:
        """``vocab``: each n-gram's place in ``idf`` (or the n-grams in that order); ``weights``: one row per level,
        features + 1 long, the last entry the bias."""
        self.ngrams = Vocabulary(sorted(vocab, key=vocab.__getitem__) if isinstance(vocab, dict) else vocab)
        n, stride = len(self.ngrams), len(weights) + 1
        rows = array("f", bytes(4 * stride * (n + 1)))  # row 0: no n-gram (the vocabulary numbers them from 1)
        rows[stride::stride] = idf[:n]
        for k, row in enumerate(weights):
            rows[stride + k + 1::stride] = row[:n]
        self._rows = rows
        self._bias = tuple(row[-1] for row in weights)
        self.pad = pad

    @property
    def idf(self) -> array[float]:
        """Return the idf of each n-gram (float32), in the vocabulary's order."""
        stride = len(self._bias) + 1
        return self._rows[stride::stride]

    @property
    def weights(self) -> tuple[array[float], ...]:
        """Return one weight row per level (float32), features + 1 long, the last entry the bias."""
        stride = len(self._bias) + 1
        out = []
        for k, bias in enumerate(self._bias):
            row = self._rows[stride + k + 1::stride]
            row.append(bias)
            out.append(row)
        return tuple(out)

    @classmethod
    def fit(cls, texts: Sequence[str], levels: Sequence[Level]) -> Model:
        """Fit on ``texts`` labelled ``levels`` (levels weighted by :data:`bot.safety.fitting.CLASS_POWER`);
        needs numpy."""
        from bot.safety import fitting  # numpy: only the bench, the tests and the build fit

        vocab, idf, w = fitting.fit([grams(t) for t in texts], levels)
        return cls(vocab, _floats(idf.astype("float32").tobytes()),
                   tuple(_floats(row.astype("float32").tobytes()) for row in w), fitting.PAD)

    def proba(self, text: str) -> list[float]:
        """Return the probability of each level (indexed by :class:`Level`) for ``text``.

        numpy's arithmetic (:func:`bot.safety.fitting.proba`) in plain Python: the TF-IDF vector of the
        message's known n-grams (a few hundred) scaled to about unit length, one logit per level, the softmax."""
        rows, log, v = self._rows, math.log, self.ngrams
        table, hashes, size = v.table, v.hashes, v.size
        s0 = s1 = s2 = s3 = square = 0.0  # one sum per level (four: the file's layout says so)
        counts = grams(text)
        for h, n in zip(map(v.key, counts), counts.values(), strict=True):
            r = table[h % size]  # the vocabulary's look-up (Vocabulary.number), written out
            if hashes[r] != h:
                if not r:
                    continue
                r = v.find(h)
                if not r:
                    continue
            at = 5 * r
            x = (1.0 + log(n) if n > 1 else 1.0) * rows[at]
            square += x * x
            s0 += rows[at + 1] * x
            s1 += rows[at + 2] * x
            s2 += rows[at + 3] * x
            s3 += rows[at + 4] * x
        square += self.pad
        scale = 1.0 / math.sqrt(square) if square else 1.0
        logits = [z * scale + b for z, b in zip((s0, s1, s2, s3), self._bias, strict=True)]
        top = max(logits)
        e = [math.exp(z - top) for z in logits]
        total = sum(e)
        return [x / total for x in e]

    def predict(self, text: str) -> tuple[Level, float]:
        """Return the most likely level and its probability."""
        p = self.proba(text)
        best = _argmax(p)
        return Level(best), p[best]

    def save(self, path: Path, training: str) -> None:
        """Write the model to ``path``: a magic line, a JSON header line (sizes, the pad, the digest of the
        ``training`` messages, a CRC-32 of the rest), the n-grams one a line, then the idf and the weight rows as
        little-endian float32."""
        vocab = "\n".join(self.ngrams.features()).encode("ascii")
        floats = array("f", self.idf)
        for row in self.weights:
            floats.extend(row)
        if sys.byteorder == "big":
            floats.byteswap()
        body = vocab + floats.tobytes()
        header = {"ngrams": list(NGRAMS), "levels": len(self.weights), "features": len(self.ngrams),
                  "pad": self.pad, "vocab_bytes": len(vocab), "training": training, "crc32": zlib.crc32(body)}
        path.write_bytes(_MAGIC + json.dumps(header).encode("ascii") + b"\n" + body)

    @classmethod
    def load(cls, path: Path = MODEL) -> Model:
        """Read a model written by :meth:`save`; :class:`ModelFileError` names the file and how to rebuild it."""
        return load_file(path, "safety model", REBUILD, cls._parse)

    @classmethod
    def _parse(cls, data: bytes) -> Model:
        head = model_header(data)
        if head["ngrams"] != list(NGRAMS) or head["levels"] != len(Level):
            raise ValueError(f"made for n-grams {head['ngrams']} and {head['levels']} levels")
        _, grams_, floats = unpack(data, _MAGIC, lambda n, _: n + len(Level) * (n + 1))
        n = len(grams_)
        rows = tuple(floats[n + k * (n + 1):n + (k + 1) * (n + 1)] for k in range(len(Level)))
        return cls(grams_, floats[:n], rows, float(head["pad"]))


def model_header(data: bytes) -> dict[str, Any]:
    """Return the JSON header of a safety model file's bytes (``ValueError`` when it is not one)."""
    return header(data, _MAGIC)


def _argmax(values: Sequence[float]) -> int:
    """Return the index of the largest value, the first on a tie (as numpy's argmax)."""
    return max(range(len(values)), key=values.__getitem__)


def training_items(path: Path = TRAINING) -> list[tuple[str, Level, str]]:
    """Return the shipped training messages as (text, level, writer)."""
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML)
    return [(str(r["text"]), Level.parse(str(r["level"])), str(r.get("writer", ""))) for r in rows]


def training_digest(items: Sequence[tuple[str, Level, str]]) -> str:
    """Return the SHA-256 of the training messages' texts and levels (the model file records it)."""
    return hashlib.sha256(json.dumps([[t, str(lv)] for t, lv, _ in items]).encode("utf-8")).hexdigest()


def fit_shipped(items: Sequence[tuple[str, Level, str]] | None = None) -> Model:
    """Return the model fitted on the shipped training messages (or ``items``); needs numpy."""
    items = training_items() if items is None else items
    return Model.fit([t for t, _, _ in items], [lv for _, lv, _ in items])


def write_shipped(path: Path = MODEL) -> Model:
    """Fit on the shipped training messages and write the model to ``path`` (``--copy`` of the bench)."""
    items = training_items()
    model = fit_shipped(items)
    model.save(path, training_digest(items))
    return model


#: What the booster reads when the model file cannot be loaded: P(none) = 1, so it never flags.
_ABSENT = Model({}, array("f"), tuple(array("f", [0.0 if lv is Level.NONE else -1e4]) for lv in Level))


@lru_cache(maxsize=1)
def default_model() -> Model:
    """Return the shipped model, loaded once from :data:`MODEL`.

    A missing or corrupt file is logged once, as an error naming the file and the command that rebuilds it,
    and the booster is off (a model that always says none): ``assess`` keeps answering with the rules and
    banks, which find every sign they know, instead of failing a message about pain.
    """
    try:
        model = Model.load(MODEL)
        memory.trim()  # what reading the file took for a moment back to the system
        return model
    except ModelFileError as e:
        _log.error("%s. Until then the safety booster is off: the rules and banks alone flag messages.", e)
        return _ABSENT


_override: list[tuple[Model, Bars]] = []


def current_model() -> Model:
    """Return the model ``assess`` uses: the shipped one, or the one set by :func:`using` (for the bench)."""
    return _override[-1][0] if _override else default_model()


@contextmanager
def using(model: Model, bars: Bars = BARS) -> Iterator[None]:
    """Make ``assess`` use ``model`` and ``bars`` inside the block (leave-one-writer-out measurements)."""
    _override.append((model, bars))
    try:
        yield
    finally:
        _override.pop()


def boost(level: Level, proba: Sequence[float], about_pain: bool, bars: Bars | None = None,
          cap: Level = Level.EMERGENCY) -> Level:
    """Return ``level`` or, when it is none and the message ``about_pain``, the highest level up to ``cap`` whose
    bar the model's probabilities reach (``proba`` indexed by :class:`Level`; P(urgent) counts P(emergency) too),
    else none.  It never lowers a level."""
    if bars is None:
        bars = _override[-1][1] if _override else BARS
    if level is not Level.NONE or not about_pain:
        return level
    if proba[Level.EMERGENCY] >= bars.emergency and cap is Level.EMERGENCY:
        return Level.EMERGENCY
    if proba[Level.URGENT] + proba[Level.EMERGENCY] >= bars.urgent:
        return Level.URGENT
    if proba[Level.CHRONIC] >= bars.chronic:
        return Level.CHRONIC
    return Level.NONE
