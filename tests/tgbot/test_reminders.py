"""End to end: reminders set in chat, listed, removed, and fired at the right instants across DST.

The bot runs on a fake clock here: the test moves it and wakes the ticker, so a reminder due next week
fires now, and nothing is waited for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.config import Settings
from bot.core.clock import FakeClock
from bot.core.model import Reminder
from bot.core.reminders import ASK_TIMEZONE, NO_REMINDERS
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, eventually, find_button, plain, press, start_bot, stop_bot

UTC = dt.UTC


def at(*args: int) -> float:
    return dt.datetime(*args, tzinfo=UTC).timestamp()


def edits(emu: BotApiEmulator) -> list[str]:
    return [str(c.params.get("text")) for c in emu.calls_to("editMessageText") if not c.failed]


async def send(emu: BotApiEmulator, text: str, *, replies: int = 1) -> list[str]:
    """Send a message and return the bot's next ``replies`` messages."""
    before = len(emu.texts(CHAT))
    emu.send_text(CHAT, text)
    await emu.wait_for(lambda: len(emu.texts(CHAT)) >= before + replies)
    return emu.texts(CHAT)[before:]


async def reminders(bot: RunningBot) -> list[Reminder]:
    return await bot.core.store.reminders.for_user(CHAT)


async def planned_for(bot: RunningBot, instant: float) -> bool:
    """Return whether the chat's one reminder is next due at ``instant``."""
    return [r.next_due_at for r in await reminders(bot)] == [instant]


async def test_set_list_and_remove(bot: RunningBot) -> None:
    emu = bot.emulator
    assert await send(emu, "/remind mon wed fri 19:00") == [ASK_TIMEZONE]  # local time needs a zone first
    set_zone, done = await send(emu, "Europe/London", replies=2)  # typed as the answer
    assert set_zone.startswith("Time zone set to London (Europe/London).")
    assert done.startswith("Reminder set: Mon, Wed, Fri at 19:00 (Europe/London)")
    [usage] = await send(emu, "/remind someday at noonish")
    assert "mon wed fri 19:00" in usage  # the usage, not a traceback
    await send(emu, "/reminders")
    [(label, data)] = emu.buttons(CHAT)
    assert "Mon, Wed, Fri at 19:00" in label and plain(data).startswith("rmdel:")
    [mine] = await reminders(bot)
    assert plain(data) == f"rmdel:{mine.id}" and mine.next_due_at is not None
    emu.press(CHAT, data)
    await emu.wait_for(lambda: NO_REMINDERS in edits(emu))  # the list is edited in place
    assert emu.calls_to("answerCallbackQuery")[-1].params.get("text") == "Removed."
    assert await reminders(bot) == []
    emu.press_forged(CHAT, data)  # an old copy of the button removes nothing more
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 2)
    assert emu.calls_to("answerCallbackQuery")[-1].params.get("text") == "That reminder is already gone."


async def test_buttons_set_a_reminder(bot: RunningBot) -> None:
    emu = bot.emulator
    await send(emu, "/timezone UTC")
    [offer] = await send(emu, "/remind")
    assert "few times a week" in offer
    tue, thu = (find_button(emu, CHAT, f"rmday:*:{day}") for day in ("1", "3"))
    assert tue is not None and thu is not None
    emu.press(CHAT, tue)
    emu.press(CHAT, thu)  # tapped before the keyboard showing Tuesday ticked arrived
    await emu.wait_for(lambda: len(emu.calls_to("editMessageReplyMarkup")) == 2)
    assert [label for label, _ in emu.buttons(CHAT)][:4] == ["Mon", "✅ Tue", "Wed", "✅ Thu"]
    await press(emu, CHAT, "rmday:*:go")
    await emu.wait_for(lambda: "What time?" in edits(emu))
    await press(emu, CHAT, "rmtime:*:0800")
    await emu.wait_for(lambda: any(t.startswith("Reminder set") for t in edits(emu)))
    assert edits(emu)[-1].startswith("Reminder set: Tue, Thu at 08:00 (UTC)")
    assert emu.buttons(CHAT) == []
    [made] = await reminders(bot)
    assert made.days == frozenset({1, 3}) and made.at == dt.time(8, 0)


async def test_berlin_reminder_fires_at_the_right_instants_across_dst(
        settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator, tmp_path: Path) -> None:
    """Europe/Berlin moves to summer time at 01:00 UTC on Sunday 29 March 2026."""
    emu = emulator
    clock = FakeClock(at(2026, 3, 28, 17, 59, 57))  # Saturday, 18:59:57 in Berlin (CET)
    bot = await start_bot(settings, kb, emu, clock=clock)
    try:
        await send(emu, "/timezone Europe/Berlin")
        [done] = await send(emu, "/remind sat sun 19:00")
        assert "(Europe/Berlin)" in done
        [planned] = await reminders(bot)
        assert planned.next_due_at == at(2026, 3, 28, 18, 0)  # 19:00 CET

        clock.now = at(2026, 3, 28, 18, 0)
        bot.ticker.poke()
        await emu.wait_for(lambda: len(emu.texts(CHAT)) == 3)
        assert emu.texts(CHAT)[2].startswith("⏰") and "late" not in emu.texts(CHAT)[2]
        assert [plain(d) for _, d in emu.buttons(CHAT)] == ["rmstart:quick"]
        await eventually(lambda: planned_for(bot, at(2026, 3, 29, 17, 0)))  # 19:00 CEST

        clock.now = at(2026, 3, 29, 16, 59, 59)  # a second before Sunday's: nothing yet
        await bot.ticker.tick()
        assert len(emu.texts(CHAT)) == 3
        clock.now = at(2026, 3, 29, 17, 0)
        bot.ticker.poke()
        await emu.wait_for(lambda: len(emu.texts(CHAT)) == 4)
        assert emu.texts(CHAT)[3].startswith("⏰") and "late" not in emu.texts(CHAT)[3]
        await eventually(lambda: planned_for(bot, at(2026, 4, 4, 17, 0)))  # next Saturday, 19:00 CEST
    finally:
        await stop_bot(bot)

    # Down over the next Saturday's reminder: on start-up it is sent once, saying it is late.
    clock.now = at(2026, 4, 4, 17, 30)
    bot = await start_bot(settings, kb, emu, clock=clock)
    try:
        await emu.wait_for(lambda: len(emu.texts(CHAT)) == 5)
        assert emu.texts(CHAT)[4].startswith("⏰") and "comes late" in emu.texts(CHAT)[4]
        await eventually(lambda: planned_for(bot, at(2026, 4, 5, 17, 0)))  # Sunday 19:00 CEST
        await bot.ticker.tick()
        assert len(emu.texts(CHAT)) == 5  # once
    finally:
        await stop_bot(bot)


async def test_reminder_button_starts_the_usual_routine_after_the_check(
        settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> None:
    emu = emulator
    clock = FakeClock(at(2026, 6, 1, 8, 59, 59))  # Monday
    bot = await start_bot(settings, kb, emu, clock=clock)
    try:
        await send(emu, "/timezone UTC")
        await send(emu, "/remind mon 09:00")
        clock.now = at(2026, 6, 1, 9, 0)
        bot.ticker.poke()
        await emu.wait_for(lambda: any(t.startswith("⏰") for t in emu.texts(CHAT)))
        await press(emu, CHAT, "rmstart")
        await emu.wait_for(lambda: find_button(emu, CHAT, "chk:*:no") is not None)
        assert "safety check" in emu.texts(CHAT)[-1]
        assert await bot.core.store.sessions.active(CHAT) is None
    finally:
        await stop_bot(bot)
