"""A fitted text classifier as the bot holds it: a feature vocabulary and, per feature, its idf and one weight per
class, in one float32 array; predicted in plain Python, without numpy.

:meth:`TextModel.fit` (build time, numpy through :mod:`bot.learning.fitting`) and :meth:`TextModel.save` write a
file that :meth:`TextModel.load` reads back in milliseconds.  The safety triage keeps its own file layout
(:mod:`bot.safety.learned`); the answer model (:mod:`bot.search.learned`) uses this one.  Both hold their features
as a :class:`Vocabulary`: machine numbers in arrays, no Python string per feature.
"""

from __future__ import annotations

import json
import math
import os
import sys
import weakref
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

_MAGIC = b"BACKCARE TEXT MODEL 1\n"
_M = TypeVar("_M")


class ModelFileError(Exception):
    """A model file is missing, truncated, corrupt or of another layout."""


class Vocabulary:
    """Features (strings) numbered 1, 2, ... in the order given, held as machine numbers: each one's hash in an
    array, and a table of ``3 n + 1`` slots (open addressing, linear probing) that gives the number of the feature
    whose hash leads to the slot; a feature is known when the number's hash is its own.

    The hash is Python's own of a string (64-bit SipHash, keyed per process, as :class:`bot.search.spelling`'s word
    frequencies): the string works it out once and keeps it, and the dict that counts a message's features asks
    for it anyway, so a look-up (:meth:`number`, or the same steps written out where a model predicts) costs about
    what a dict of the strings did, without a string, a dict entry and a number object per feature (about 110 bytes
    each). Two features of the vocabulary with the same hash are not taken for one: the vocabulary is then hashed
    again, each string with a suffix (:attr:`key`), until none share one. A feature it lacks is taken for one it has
    only when their 64-bit hashes are equal: about ``n / 2**64`` a look-up (5e-15 for 100,000 features), never
    seen. The strings are kept zlib-compressed for :meth:`features` (saving a model, the tests).
    """

    __slots__ = ("key", "hashes", "table", "size", "_packed", "_n")

    def __init__(self, features: Iterable[str]) -> None:
        words = list(features)
        n = len(words)
        self._n = n
        self._packed = zlib.compress("\n".join(words).encode("utf-8"), 1)
        self.key: Callable[[str], int] = hash
        self.size = 3 * n + 1
        salt = 0
        while not self._build(words):  # two features with one hash: hashed again, each with a suffix
            salt += 1
            self.key = _salted(salt)

    def _build(self, words: list[str]) -> bool:
        """Fill :attr:`hashes` and :attr:`table` with :attr:`key`; return False when two features share a hash."""
        n, size = len(words), self.size
        # hash() never gives -1 (it makes it -2): number 0 (no feature) has it; concatenated: no spare room
        self.hashes = hashes = array("q", [-1]) + array("q", map(self.key, words))
        self.table = table = array("H" if n < 0xFFFF else "L", bytes((2 if n < 0xFFFF else 4) * size))
        for r in range(1, n + 1):
            h = hashes[r]
            s = h % size
            while q := table[s]:
                if hashes[q] == h:
                    return False
                s = s + 1 if s + 1 < size else 0
            table[s] = r
        return True

    def __len__(self) -> int:
        return self._n

    def find(self, h: int) -> int:
        """Return the number of the feature whose hash (:attr:`key`) is ``h``, or 0."""
        table, hashes, size = self.table, self.hashes, self.size
        s = h % size
        while r := table[s]:
            if hashes[r] == h:
                return r
            s = s + 1 if s + 1 < size else 0
        return 0

    def number(self, feature: str) -> int:
        """Return the number of ``feature``, or 0 when the vocabulary lacks it."""
        h = self.key(feature)
        r = self.table[h % self.size]
        return r if self.hashes[r] == h else self.find(h)

    def features(self) -> list[str]:
        """Return the features in their order (the first is number 1)."""
        return zlib.decompress(self._packed).decode("utf-8").split("\n") if self._n else []

    def as_dict(self) -> dict[str, int]:
        """Return each feature's place counted from 0 (its number - 1), as :func:`bot.learning.fitting.fit` gives."""
        return {g: i for i, g in enumerate(self.features())}


def _salted(salt: int) -> Callable[[str], int]:
    suffix = f"\0{salt}"
    return lambda g: hash(g + suffix)


#: Whether this machine can read a model's rows from its file when asked (:meth:`TextModel.load` ``on_disk``): a
#: positioned read (``os.pread``) of the file's little-endian float32.
ROWS_ON_DISK = hasattr(os, "pread") and sys.byteorder == "little"
#: Rows read from the file kept for the next messages (about 450 bytes each; emptied when full): a message reads a
#: dozen or two, mostly the common words' (one read each, and a hand-off of the interpreter's lock, saved).
ROW_CACHE = 1024


class TextModel:
    """Classes, the feature vocabulary, per feature ``1 + classes`` floats (its idf, then each class's weight), the
    classes' biases, and what is added to a message's squared length before it is made unit length.

    The rows are held in memory, or (:meth:`load` ``on_disk``) read from the model file when a message has the
    feature: a message reads a few dozen of them, and the file's pages are the kernel's (its page cache, shared and
    given back under pressure) instead of 2 MB of the process's own memory at rest for the shipped answer model.
    """

    __slots__ = ("classes", "features", "_rows", "bias", "pad", "training", "_fd", "_start", "_read", "__weakref__")

    def __init__(self, classes: tuple[str, ...], features: Sequence[str], rows: array[float], bias: array[float],
                 pad: float, training: str = "") -> None:
        """``features`` in their rows' order; ``rows``: ``1 + classes`` floats per feature; ``training``: the digest
        of what it was fitted on."""
        self.classes = classes
        self.features = Vocabulary(features)
        width = len(classes) + 1
        #: The rows in memory (row 0: no feature, the vocabulary numbers them from 1), or None when they are read
        #: from the file open as :attr:`_fd` (its row of feature ``r`` at ``_start + 4 * width * (r - 1)``).
        self._rows: array[float] | None = array("f", bytes(4 * width)) + rows
        self._fd = -1
        self._start = 0
        #: The rows read from the file lately, by feature number (:data:`ROW_CACHE`).
        self._read: dict[int, Sequence[float]] = {}
        self.bias = bias
        self.pad = pad
        self.training = training

    def _on_disk(self, fd: int, start: int) -> None:
        """Read the rows from the file open as ``fd`` (this model's file, its first row at byte ``start``) from now
        on, and let go of them in memory; the file is closed with the model (or when the interpreter exits)."""
        self._fd, self._start, self._rows = fd, start, None
        weakref.finalize(self, os.close, fd)

    @property
    def rows(self) -> array[float]:
        """Return the features' rows, ``1 + classes`` floats each (a copy)."""
        width = len(self.classes) + 1
        if self._rows is not None:
            return self._rows[width:]
        return floats(os.pread(self._fd, 4 * width * len(self.features), self._start))

    @classmethod
    def fit(cls, counts: Sequence[Counter[str]], labels: Sequence[str], classes: Sequence[str],
            settings: Any, training: str = "") -> TextModel:
        """Fit on the documents' feature ``counts`` labelled ``labels`` (among ``classes``); needs numpy.
        ``settings`` is a :class:`bot.learning.fitting.Settings`."""
        import numpy as np

        from bot.learning import fitting

        index = {c: i for i, c in enumerate(classes)}
        vocab, idf, w = fitting.fit(counts, [index[label] for label in labels], len(classes), settings)
        k, n = len(classes), len(vocab)
        table = np.empty((n, k + 1), dtype=np.float32)
        table[:, 0] = idf
        table[:, 1:] = w[:, :n].T
        return cls(tuple(classes), sorted(vocab, key=vocab.__getitem__), floats(table.tobytes()),
                   floats(w[:, n].astype(np.float32).tobytes()), float(settings.pad), training)

    def logits(self, counts: Counter[str]) -> list[float]:
        """Return each class's logit for a document's feature ``counts`` (:func:`bot.learning.fitting.proba`'s
        arithmetic: the TF-IDF vector of its known features scaled to about unit length, then the weights)."""
        k = len(self.classes)
        width, rows, v = k + 1, self._rows, self.features
        table, hashes, size = v.table, v.hashes, v.size
        if rows is None:  # read from the file: the same float32, so the same sums to the bit
            pread, fd, nbytes, start, read = os.pread, self._fd, 4 * width, self._start - 4 * width, self._read
        sums = [0.0] * k
        square = 0.0
        for h, n in zip(map(v.key, counts), counts.values(), strict=True):
            r = table[h % size]  # the vocabulary's look-up (Vocabulary.number), written out
            if hashes[r] != h:
                if not r:
                    continue
                r = v.find(h)
                if not r:
                    continue
            if rows is None:
                row: Sequence[float] | None = read.get(r)
                if row is None:
                    row = read[r] = memoryview(pread(fd, nbytes, start + nbytes * r)).cast("f")
                    if len(read) >= ROW_CACHE:  # full: start again (clear() is one step, safe beside a thread)
                        read.clear()
            else:
                row = rows[width * r:width * (r + 1)]
            x = (1.0 + math.log(n) if n > 1 else 1.0) * row[0]
            square += x * x
            sums = [s + w * x for s, w in zip(sums, row[1:], strict=True)]
        square += self.pad
        scale = 1.0 / math.sqrt(square) if square else 1.0
        return [s * scale + b for s, b in zip(sums, self.bias, strict=True)]

    def proba(self, counts: Counter[str]) -> list[float]:
        """Return the probability of each class (in :attr:`classes` order)."""
        z = self.logits(counts)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def best(self, counts: Counter[str]) -> tuple[str, float]:
        """Return the most likely class and its probability."""
        p = self.proba(counts)
        i = max(range(len(p)), key=p.__getitem__)
        return self.classes[i], p[i]

    def save(self, path: Path) -> None:
        """Write the model: a magic line, a JSON header line (classes, sizes, the pad, the training digest, a CRC-32
        of the rest), the features one a line (UTF-8), then the rows and the biases as little-endian float32."""
        vocab = "\n".join(self.features.features()).encode("utf-8")
        floats = self.rows
        floats.extend(self.bias)
        if sys.byteorder == "big":
            floats.byteswap()
        body = vocab + floats.tobytes()
        header = {"classes": list(self.classes), "features": len(self.features), "pad": self.pad,
                  "vocab_bytes": len(vocab), "training": self.training, "crc32": zlib.crc32(body)}
        # A new file put in the old one's place, never the old one rewritten: a process that reads its rows from
        # the old file (load(on_disk=True)) keeps reading the rows it was loaded with.
        part = path.with_name(f".{path.name}.{os.getpid()}.part")
        part.write_bytes(_MAGIC + json.dumps(header).encode("ascii") + b"\n" + body)
        os.replace(part, path)

    @classmethod
    def load(cls, path: Path, rebuild: str, *, on_disk: bool = False) -> TextModel:
        """Read a model written by :meth:`save`; :class:`ModelFileError` names the file and the ``rebuild``
        command.  With ``on_disk`` (where :data:`ROWS_ON_DISK`), the file is kept open and the rows are read from
        it when a message has their feature, instead of held in memory (the file is checked whole first)."""
        if not (on_disk and ROWS_ON_DISK):
            return load_file(path, "model", rebuild, cls._parse)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError as e:
            raise ModelFileError(f"{path}: cannot read the model ({e.strerror}); rebuild it: {rebuild}") from e
        start = 0

        def parse(data: bytes) -> TextModel:
            nonlocal start
            model = cls._parse(data)
            start = data.index(b"\n", len(_MAGIC)) + 1 + int(header(data)["vocab_bytes"])  # the first row's byte
            return model

        try:
            model = load_file(path, "model", rebuild, parse, read=lambda: _read_all(fd))
            model._on_disk(fd, start)
        except BaseException:
            os.close(fd)
            raise
        return model

    @classmethod
    def _parse(cls, data: bytes) -> TextModel:
        head, features, numbers = unpack(data, _MAGIC, lambda n, h: n * (len(h["classes"]) + 1) + len(h["classes"]))
        classes = tuple(str(c) for c in head["classes"])
        n, k = len(features), len(classes)
        return cls(classes, features, numbers[:n * (k + 1)], numbers[n * (k + 1):], float(head["pad"]),
                   str(head.get("training", "")))


def _read_all(fd: int) -> bytes:
    """Return the bytes of the file open as ``fd``, from its start."""
    data = b""
    while chunk := os.pread(fd, max(os.fstat(fd).st_size - len(data), 1), len(data)):
        data += chunk  # one read for a file (more only for one that grows meanwhile)
    return data


def load_file(path: Path, what: str, rebuild: str, parse: Callable[[bytes], _M],
              read: Callable[[], bytes] | None = None) -> _M:
    """Return ``parse`` of the bytes of the model file at ``path`` (as ``read`` gives them, when given);
    :class:`ModelFileError` names the file, ``what`` it should hold and the ``rebuild`` command when it cannot be
    read or is not one."""
    try:
        data = path.read_bytes() if read is None else read()
    except OSError as e:
        raise ModelFileError(f"{path}: cannot read the {what} ({e.strerror}); rebuild it: {rebuild}") from e
    try:
        return parse(data)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise ModelFileError(f"{path}: not a valid {what} ({e}); rebuild it: {rebuild}") from e


def unpack(data: bytes, magic: bytes, count: Callable[[int, dict[str, Any]], int]) -> tuple[dict[str, Any], list[str],
                                                                                          array[float]]:
    """Return a model file's header, its feature strings and its floats (in this machine's byte order), checking
    the length against ``count(features, header)`` floats and the checksum (``ValueError`` when they differ)."""
    head = header(data, magic)
    body = memoryview(data)[data.index(b"\n", len(magic)) + 1:]  # a view: no copy of the file's bytes
    n, size = int(head["features"]), int(head["vocab_bytes"])
    if len(body) != size + 4 * count(n, head) or zlib.crc32(body) != head["crc32"]:
        raise ValueError("truncated or altered")
    features = str(body[:size], "utf-8").split("\n") if n else []
    if len(features) != n:
        raise ValueError(f"{len(features)} features, the header says {n}")
    numbers = floats(body[size:])
    if sys.byteorder == "big":
        numbers.byteswap()
    return head, features, numbers


def header(data: bytes, magic: bytes = _MAGIC) -> dict[str, Any]:
    """Return the JSON header of a model file's bytes, whose first line is ``magic`` (``ValueError`` when it is not
    one)."""
    if not data.startswith(magic):
        raise ValueError("it does not start with the model's magic line")
    head = json.loads(data[len(magic):data.index(b"\n", len(magic))].decode("ascii"))
    if not isinstance(head, dict):
        raise ValueError("its header is not a JSON object")
    return head


def floats(raw: bytes | memoryview) -> array[float]:
    """Return the float32 array the little-endian bytes ``raw`` hold."""
    out = array("f")
    out.frombytes(raw)
    return out
