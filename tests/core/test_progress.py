"""/progress through the core: the chart is built from the stored log and sessions, in the person's local days."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import progress
from bot.core.outcome import Send
from bot.progress import Series, summary
from tests.core.conftest import ALICE, BOB, World

DAY = 86400.0


async def test_progress_charts_the_stored_log_and_sessions_in_local_days(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    charted: list[Series] = []
    real = progress.render_chart
    monkeypatch.setattr(progress, "render_chart", lambda s: charted.append(s) or real(s))
    now = world.clock.now = dt.datetime(2026, 3, 18, 12, tzinfo=dt.UTC).timestamp()  # noon, a Wednesday
    today = dt.date(2026, 3, 18)
    db, me = world.store, ALICE.user_id
    await db.pain.add(me, me, 6, "stiff", at=now - DAY)
    await db.pain.add(me, me, 2, None, at=now)
    await db.pain.add(BOB.user_id, BOB.chat_id, 9, None, at=now)  # someone else
    session = await db.sessions.create(me, me, "quick", due_at=now, started_at=now - 600)
    assert session is not None
    await db.sessions.score(session.id, 3, at=now - 300)
    await db.accounts.set_timezone(me, me, "Europe/London", at=now)
    out = await world.core.progress.progress(ALICE)
    [series] = charted
    assert series.days == ((today - dt.timedelta(days=1), 6.0), (today, 2.5))
    assert series.session_days == (today,) and series.sessions == 1
    [sent] = out.effects
    assert isinstance(sent, Send) and sent.attachment is not None and sent.attachment.content.startswith(b"\x89PNG")
    assert sent.text == summary(series)


async def test_a_red_flag_in_a_log_note_puts_the_emergency_advice_first(world: World) -> None:
    out = await world.core.command(ALICE, "log", "8 both legs numb since this morning and wet myself")
    text = out.texts[0]
    assert text.index("emergency") < text.index("Logged 8/10")
    assert "That's a high score" not in text  # the emergency advice says what to do


async def test_a_high_score_gets_one_calm_line_on_what_to_do(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    high = (await world.core.command(ALICE, "log", "10")).texts[0]
    assert high.startswith("Logged 10/10") and "new, severe or getting worse" in high and "NHS 111" in high
    assert "emergency" not in high.lower()
    low = (await world.core.command(ALICE, "log", "4")).texts[0]
    assert "new, severe or getting worse" not in low


async def test_log_takes_a_number_word_and_asks_again_for_a_fraction(world: World) -> None:
    assert (await world.core.command(ALICE, "log", "four stiff after gardening")).texts[0].startswith("Logged 4/10")
    half = (await world.core.command(ALICE, "log", "3.5")).texts[0]
    assert half.startswith("Please send a whole number from 0 to 10: 3 or 4?")
    assert [e.score for e in await world.store.pain.entries(ALICE.user_id)] == [4]
