"""``backcare-bot report`` on a seeded database, run as a user runs it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.model import Question
from bot.report import group_questions, most_disliked, table
from bot.storage.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


def report(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "BACKCARE_DB": str(db), "BACKCARE_KNOWLEDGE_DIR": str(KNOWLEDGE)}
    return subprocess.run([sys.executable, "-m", "bot.cli", "report", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "bot.db"

    async def seed() -> None:
        db = SqliteStore(path)
        texts = ["How do car title loans work?", "how do car title loans work", "car title loans, how do they work",
                 "can I massage my dog", "can i massage my dog please", "best mattress for back pain"]
        ratings = [("effleurage", False)] * 3 + [("effleurage", True), ("kneading", False), ("kneading", True),
                                                 ("kneading", True), ("tennis-ball", True)]
        confirmed = [("how many times a week do i rub", "massage-frequency"),
                     ("How many times a week do I rub?", "massage-frequency"),
                     ("can i massage my back every day", "massage-frequency"),  # already an alternate
                     ("warm up", "no-such-entry")]  # entry gone from the knowledge base
        await db.feedback.record(unanswered=[(t, 12.0, 1.0) for t in texts],
                                 feedback=[(e, h, 1.0) for e, h in ratings],
                                 confirmed=[(t, e, 1.0) for t, e in confirmed])
        await db.close()

    asyncio.run(seed())
    return path


def section(out: str, title: str) -> list[str]:
    """Return the lines of one report section (title line first)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def test_report_prints_groups_dislikes_and_alternates(seeded: Path) -> None:
    result = report(seeded)
    assert result.returncode == 0, result.stderr
    out = result.stdout

    unanswered = section(out, "Unanswered questions")
    assert "6 kept, 3 groups" in unanswered[0]
    rows = unanswered[3:]
    assert len(rows) == 3
    assert rows[0].split()[0] == "3" and "car title loans" in rows[0] and " | " in rows[0]
    assert rows[1].split()[0] == "2" and "massage my dog" in rows[1]
    assert rows[2].split()[0] == "1" and "best mattress for back pain" in rows[2]

    disliked = section(out, "Answers marked not helpful")
    assert disliked[3].split()[:3] == ["3", "1", "effleurage"]
    assert disliked[4].split()[:3] == ["1", "2", "kneading"]
    assert not any("tennis-ball" in line for line in disliked)

    proposals = section(out, "Proposed new alternates")
    assert len(proposals) == 4
    assert proposals[3].split()[:2] == ["2", "massage-frequency"]
    assert "how many times a week do i rub" in proposals[3].lower()
    assert "every day" not in out and "no-such-entry" not in out


def test_limit_cuts_each_table(seeded: Path) -> None:
    out = report(seeded, "--limit", "1").stdout
    assert len(section(out, "Unanswered questions")) == 4
    assert len(section(out, "Answers marked not helpful")) == 4


def test_missing_database_says_so(tmp_path: Path) -> None:
    result = report(tmp_path / "nowhere.db")
    assert result.returncode == 0
    assert "No database at" in result.stdout and "BACKCARE_DB" in result.stdout
    assert not (tmp_path / "nowhere.db").exists()


def test_empty_database_has_empty_tables(tmp_path: Path) -> None:
    async def create() -> None:
        await SqliteStore(tmp_path / "bot.db").close()

    asyncio.run(create())
    out = report(tmp_path / "bot.db").stdout
    assert out.count("none yet") == 3


def test_grouping_keeps_short_questions_apart() -> None:
    groups = group_questions([Question(t, 0.0) for t in ["back", "back pain at night", "Back!", "BACK"]])
    assert [(g.count, g.key) for g in groups] == [(3, "back"), (1, "back pain at night")]


def test_dislikes_and_table_alignment() -> None:
    assert most_disliked({"a": (5, 1), "b": (0, 2), "c": (3, 0)}) == [("b", 2, 0), ("a", 1, 5)]
    lines = table(("👎", "entry"), [(10, "x"), (2, "yy")], right=(0,)).splitlines()
    assert lines == ["👎  entry", "--  -----", "10  x", " 2  yy"]
