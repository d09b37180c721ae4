"""The privacy text and the export document, without Telegram."""

from __future__ import annotations

import json
from pathlib import Path

from bot.privacy import PRIVACY, export_json, has_data
from bot.storage.sqlite import SqliteStore

NOW = 1_770_000_000.0


def test_privacy_text_says_what_why_how_long_and_how_to_delete() -> None:
    text = PRIVACY.lower()
    for thing in ("pain scores", "notes", "routines", "reminders", "time zone", "without your id",
                  "questions i could not answer", "until you delete it", "/export", "/forget"):
        assert thing in text, thing


async def test_export_holds_what_was_logged_with_readable_dates(tmp_path: Path) -> None:
    db = SqliteStore(tmp_path / "db.sqlite")
    await db.pain.add(7, 7, 4, "stiff after gardening", at=NOW)
    await db.pain.add(8, 8, 9, "someone else", at=NOW)
    data = await db.accounts.export(7)
    await db.close()
    assert has_data(data)
    document = json.loads(export_json(data, now=NOW).decode("utf-8"))
    assert document["user_id"] == 7
    assert document["exported_at_utc"] == "2026-02-02T02:40:00+00:00"
    [logged] = document["pain_log"]
    assert (logged["score"], logged["note"], logged["source"]) == (4, "stiff after gardening", "log")
    assert logged["at_utc"] == "2026-02-02T02:40:00+00:00"
    assert document["user"]["first_seen_utc"] == "2026-02-02T02:40:00+00:00"
    assert "someone else" not in json.dumps(document)


async def test_nothing_stored_is_no_data(tmp_path: Path) -> None:
    db = SqliteStore(tmp_path / "db.sqlite")
    assert not has_data(await db.accounts.export(7))
    await db.close()
