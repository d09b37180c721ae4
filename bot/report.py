"""``backcare-bot report``: what to improve in the knowledge base, from what people really asked.

Three plain-text tables: the unanswered questions grouped by fuzzy similarity, the entries with the
most 👎, and "did you mean" picks that would make good new alternates for their entries.
"""

from __future__ import annotations

import asyncio
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.config import Settings
from bot.core.model import Question
from bot.knowledge import KnowledgeBase, KnowledgeError, load
from bot.storage import StorageError, is_postgres, open_store
from bot.text import normalise

#: Two questions belong together when the mean of their token-set and token-sort ratios reaches this;
#: the sort ratio keeps a short question ("back") from joining every longer one that contains it.
GROUP_CUTOFF = 75.0
MAX_CELL = 60
MAX_OTHERS = 3


@dataclass
class Group:
    """Unanswered questions that say much the same thing; ``wordings`` counts each distinct text."""

    key: str
    wordings: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        """Return how many times the group was asked."""
        return sum(self.wordings.values())


def _similarity(a: str, b: str, *, score_cutoff: float | None = None, **_: object) -> float:
    score = (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2
    return score if score_cutoff is None or score >= score_cutoff else 0.0


def group_questions(questions: Sequence[Question], *, cutoff: float = GROUP_CUTOFF) -> list[Group]:
    """Return the questions grouped greedily by similarity, the most asked group first."""
    by_key: dict[str, Counter[str]] = {}
    for q in questions:
        if key := normalise(q.text):
            by_key.setdefault(key, Counter())[q.text.strip()] += 1
    groups: list[Group] = []
    for key in sorted(by_key, key=lambda k: (-sum(by_key[k].values()), k)):
        best = process.extractOne(key, [g.key for g in groups], scorer=_similarity, score_cutoff=cutoff)
        group = groups[best[2]] if best else None
        if group is None:
            group = Group(key)
            groups.append(group)
        group.wordings.update(by_key[key])
    return sorted(groups, key=lambda g: (-g.count, g.key))


def most_disliked(counts: dict[str, tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Return ``(entry_id, down, up)`` for entries with any 👎, the most 👎 first."""
    rows = [(entry, down, up) for entry, (up, down) in counts.items() if down]
    return sorted(rows, key=lambda r: (-r[1], r[2], r[0]))


def proposed_alternates(confirmed: Sequence[Question], kb: KnowledgeBase | None) -> list[tuple[int, str, str]]:
    """Return ``(times, entry_id, text)`` for confirmed picks not already among the entry's phrasings."""
    counts: Counter[tuple[str, str]] = Counter()
    wording: dict[tuple[str, str], str] = {}
    for q in confirmed:
        key = (q.entry_id or "", normalise(q.text))
        if not key[0] or not key[1]:
            continue
        entry = kb.entry(key[0]) if kb else None
        if kb and (entry is None or key[1] in {normalise(p) for p in entry.phrasings}):
            continue
        counts[key] += 1
        wording.setdefault(key, q.text.strip())
    return [(n, entry_id, wording[(entry_id, text)]) for (entry_id, text), n
            in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], *, right: Sequence[int] = ()) -> str:
    """Return rows as an aligned plain-text table; columns listed in ``right`` are right-aligned."""
    cells = [[_cell(v) for v in row] for row in [headers, *rows]]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        pads = [" " * (w - _width(c)) for c, w in zip(row, widths, strict=True)]
        return "  ".join(p + c if i in right else c + p
                         for i, (c, p) in enumerate(zip(row, pads, strict=True))).rstrip()

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])])


def print_report(settings: Settings, *, limit: int) -> int:
    """Print the knowledge-base report from the database in ``settings``; return the exit code."""
    path = settings.db_path
    if not is_postgres(path) and not Path(path).exists():
        print(f"No database at {path} yet: it is created when the bot first runs. "
              "Set BACKCARE_DB to the bot's database file to report on it.")
        return 0
    async def read() -> tuple[list[Question], dict[str, tuple[int, int]], list[Question]]:
        store = await open_store(path)
        try:
            f = store.feedback
            return await f.unanswered(), await f.feedback_counts(), await f.confirmed()
        finally:
            await store.close()

    try:
        unanswered, feedback, confirmed = asyncio.run(read())
    except StorageError as exc:
        print(f"Cannot read the database: {exc}", file=sys.stderr)
        return 2
    try:
        kb: KnowledgeBase | None = load(settings.knowledge_dir)
    except KnowledgeError:
        kb = None
        print(f"(The knowledge base in {settings.knowledge_dir} does not load, so entry questions are not shown "
              "and alternates are not checked against it; `backcare-bot validate` lists its problems.)\n")
    limit = max(limit, 1)

    groups = group_questions(unanswered)
    print(f"Unanswered questions: {len(unanswered)} kept, {len(groups)} groups (top {limit})")
    rows = [(g.count, g.wordings.most_common(1)[0][0],
             " | ".join(w for w, _ in g.wordings.most_common()[1: 1 + MAX_OTHERS])) for g in groups[:limit]]
    print(table(("asked", "example", "other wordings"), rows, right=(0,)) if rows else "  none yet")

    disliked = most_disliked(feedback)
    print(f"\nAnswers marked not helpful: {len(disliked)} entries (top {limit})")
    rated = [(down, up, entry, (e.question if kb and (e := kb.entry(entry)) else "(not in the knowledge base)"))
             for entry, down, up in disliked[:limit]]
    print(table(("👎", "👍", "entry", "question"), rated, right=(0, 1)) if rated else "  none yet")

    proposals = proposed_alternates(confirmed, kb)
    print(f"\nProposed new alternates (confirmed \"did you mean\" picks): {len(proposals)} (top {limit})")
    print(table(("times", "entry", "add as alternate"), proposals[:limit], right=(0,)) if proposals else "  none yet")
    return 0
