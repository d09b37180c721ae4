"""Write a knowledge base (the shipped one grown by :func:`bench.search.synthetic`) as YAML files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.search import KNOWLEDGE, synthetic
from bot.knowledge import load

ENTRIES_PER_FILE = 10_000


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def write_synthetic(directory: Path, phrasings: int) -> Path:
    """Copy the shipped knowledge base into ``directory`` and add synthetic entries up to ``phrasings`` in all."""
    shutil.copytree(KNOWLEDGE, directory, dirs_exist_ok=True)
    kb = load(KNOWLEDGE)
    shipped = set(kb.entries)
    new = [e for e in synthetic(kb, phrasings).entries.values() if e.id not in shipped]
    for start in range(0, len(new), ENTRIES_PER_FILE):
        lines = []
        for entry in new[start:start + ENTRIES_PER_FILE]:
            lines += [f"- id: {entry.id}", f"  question: {_quoted(entry.question)}", "  alternates:",
                      *(f"    - {_quoted(a)}" for a in entry.alternates),
                      f"  answer: {_quoted(entry.answer)}", "  sources:",
                      *(f"    - {_quoted(s)}" for s in entry.sources or ("synthetic",))]
        name = f"synthetic-{start // ENTRIES_PER_FILE:03d}.yaml"
        (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory
