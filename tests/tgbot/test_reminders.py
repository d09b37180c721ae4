"""End to end: reminders set in chat, listed, removed, and fired at the right instant across DST."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram.ext import Application

from bot.tgbot import reminders
from tests.tgbot.harness import CHAT, RunningBot

UTC = dt.UTC


def planned(app: Application) -> list[dt.datetime]:
    """Return the instants the chat's reminder jobs are planned for."""
    return [j.data[1] for j in app.job_queue.jobs() if j.name.startswith(f"reminder:{CHAT}:")]


async def test_set_list_and_remove(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "/remind mon wed fri 19:00")
    await emu.wait_for(lambda: bool(emu.texts(CHAT)))
    assert emu.texts(CHAT)[0].startswith("Reminder set: Mon, Wed, Fri at 19:00 (UTC)")
    assert "/timezone" in emu.texts(CHAT)[0]
    emu.send_text(CHAT, "/remind someday at noonish")
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 2)
    assert "mon wed fri 19:00" in emu.texts(CHAT)[1]  # the usage, not a traceback
    emu.send_text(CHAT, "/reminders")
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 3)
    [(label, data)] = emu.buttons(CHAT)
    assert "Mon, Wed, Fri at 19:00" in label and data.startswith("rmdel:")
    assert bot.app.job_queue.get_jobs_by_name(f"reminder:{CHAT}:{data.split(':')[1]}")
    emu.press(CHAT, data)
    await emu.wait_for(lambda: emu.texts(CHAT)[-1].startswith("Removed"))
    assert not bot.app.job_queue.get_jobs_by_name(f"reminder:{CHAT}:{data.split(':')[1]}")
    assert bot.app.bot_data["services"].storage.list_reminders(CHAT) == []


async def test_buttons_set_a_reminder(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "/remind")
    await emu.wait_for(lambda: bool(emu.texts(CHAT)))
    assert "few times a week" in emu.texts(CHAT)[0]
    for data in ("rmday:1", "rmday:3", "rmday:go"):
        emu.press(CHAT, data)
        await emu.wait_for(lambda d=data: len(emu.calls_to("answerCallbackQuery")) == int(d != "rmday:1") + 1
                           + (d == "rmday:go"))
    await emu.wait_for(lambda: "rmtime:0800" in [d for _, d in emu.buttons(CHAT)])
    emu.press(CHAT, "rmtime:0800")
    await emu.wait_for(lambda: emu.texts(CHAT)[-1].startswith("Reminder set"))
    assert emu.texts(CHAT)[-1].startswith("Reminder set: Tue, Thu at 08:00 (UTC)")


async def test_berlin_reminder_fires_at_the_right_instants_across_dst(bot: RunningBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Europe/Berlin moves to summer time at 01:00 UTC on Sunday 29 March 2026."""
    emu, app = bot.emulator, bot.app
    clock = {"now": dt.datetime(2026, 3, 28, 17, 59, 57, tzinfo=UTC)}  # Saturday, 18:59:57 in Berlin (CET)
    monkeypatch.setattr(reminders, "now", lambda: clock["now"])
    emu.send_text(CHAT, "/timezone Europe/Berlin")
    await emu.wait_for(lambda: bool(emu.texts(CHAT)))
    emu.send_text(CHAT, "/remind sat sun 19:00")
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 2)
    assert "(Europe/Berlin)" in emu.texts(CHAT)[1]
    assert planned(app) == [dt.datetime(2026, 3, 28, 18, 0, tzinfo=UTC)]  # 19:00 CET

    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 3, timeout=10)  # fires three (real) seconds later
    assert emu.texts(CHAT)[2].startswith("⏰") and "late" not in emu.texts(CHAT)[2]
    assert [d for _, d in emu.buttons(CHAT)] == ["rmstart"]
    await emu.wait_for(lambda: planned(app) == [dt.datetime(2026, 3, 29, 17, 0, tzinfo=UTC)])  # 19:00 CEST

    # Drive the clock to half a second before Sunday's reminder; a restart reschedules from "now".
    clock["now"] = dt.datetime(2026, 3, 29, 16, 59, 59, 500000, tzinfo=UTC)
    await reminders.startup(app)
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 4, timeout=5)
    assert emu.texts(CHAT)[3].startswith("⏰")

    # Down over the next Saturday's reminder: on start-up it is sent once, saying it is late.
    clock["now"] = dt.datetime(2026, 4, 4, 17, 30, tzinfo=UTC)
    await reminders.startup(app)
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 5, timeout=5)
    assert "late" in emu.texts(CHAT)[4]
    await emu.wait_for(lambda: planned(app) == [dt.datetime(2026, 4, 5, 17, 0, tzinfo=UTC)])  # Sunday 19:00 CEST


async def test_reminder_button_starts_the_usual_routine_after_the_check(bot: RunningBot,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    emu, app = bot.emulator, bot.app
    clock = {"now": dt.datetime(2026, 6, 1, 8, 59, 59, 800000, tzinfo=UTC)}  # Monday
    monkeypatch.setattr(reminders, "now", lambda: clock["now"])
    emu.send_text(CHAT, "/remind mon 09:00")
    await emu.wait_for(lambda: any(t.startswith("⏰") for t in emu.texts(CHAT)), timeout=5)
    emu.press(CHAT, "rmstart")
    await emu.wait_for(lambda: "rtok:quick" in [d for _, d in emu.buttons(CHAT)])
    assert app.bot_data["services"].sessions.active(CHAT) is None
