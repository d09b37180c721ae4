"""End to end: /log with buttons and arguments, end-of-session scores, and the /progress chart."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bot import progress as core
from bot.progress import NO_DATA, Series
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, datas, plain, press
from tests.tgbot.test_sessions import edits, start_routine

PNG = b"\x89PNG\r\n\x1a\n"


def buttons(message: dict) -> list[str]:
    return [plain(d) for d in datas(message)]


async def send(emu: BotApiEmulator, text: str, chat: int = CHAT) -> str:
    """Send a message and return the text or caption of the bot's next message."""
    before = len(emu.texts(chat))
    emu.send_text(chat, text)
    await emu.wait_for(lambda: len(emu.texts(chat)) > before)
    return emu.texts(chat)[before]


async def entries(running: RunningBot) -> list[tuple[int, str | None, str]]:
    return [(e.score, e.note, e.source) for e in await running.core.store.pain.entries(CHAT)]


async def test_log_with_buttons(bot: RunningBot) -> None:
    emu = bot.emulator
    await send(emu, "/log")
    assert buttons(emu.sent(CHAT)[-1]) == [f"log:{n}" for n in range(11)]
    await press(emu, CHAT, "log:7")
    await emu.wait_for(lambda: bool(emu.calls_to("editMessageText")))
    assert emu.calls_to("editMessageText")[0].params["text"].startswith("Logged 7/10")
    assert await entries(bot) == [(7, None, "log")]


async def test_log_with_a_score_and_a_note(bot: RunningBot) -> None:
    emu = bot.emulator
    assert (await send(emu, "/log 4 stiff after gardening")).startswith("Logged 4/10")
    assert (await send(emu, "/log 0")).startswith("Logged 0/10")
    reply = await send(emu, "/log 5 " + "x" * 300)
    assert "cut to 200 characters" in reply
    assert await entries(bot) == [(4, "stiff after gardening", "log"), (0, None, "log"), (5, "x" * 200, "log")]


@pytest.mark.parametrize("args", ["11", "-1", "4.5", "/10"])
async def test_bad_arguments_get_usage(bot: RunningBot, args: str) -> None:
    reply = await send(bot.emulator, f"/log {args}")
    assert "from 0" in reply and "/log 4 stiff after gardening" in reply
    assert reply.count("to 10") == 1, reply  # the range is said once, not in the problem and the usage again
    assert await entries(bot) == []


async def test_a_note_with_a_red_flag_gets_the_urgent_message_first(bot: RunningBot) -> None:
    reply = await send(bot.emulator, "/log 8 numbness in both legs since this morning")
    assert reply.startswith("⚠️") and "Logged 8/10" in reply


async def test_progress_without_data_says_how_to_start(bot: RunningBot) -> None:
    reply = await send(bot.emulator, "/progress")
    assert reply == NO_DATA
    assert not bot.emulator.calls_to("sendPhoto")


async def test_progress_sends_a_png_built_from_the_logged_scores(bot: RunningBot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    emu = bot.emulator
    charted: list[Series] = []
    real = core.render_chart

    def spy(series: Series) -> bytes:
        charted.append(series)
        return real(series)

    monkeypatch.setattr(core, "render_chart", spy)
    store = bot.core.store
    await store.pain.add(CHAT, CHAT, 8, None, at=time.time() - 8 * 86400)  # the week before
    await store.pain.add(CHAT + 1, CHAT + 1, 10, None, at=time.time())  # someone else's
    await send(emu, "/log 6")
    await send(emu, "/log 3 better")
    await start_routine(emu, "quick")
    await press(emu, CHAT, "score:*:0", timeout=10)
    await emu.wait_for(lambda: any(t.startswith("Saved: 0/10") for t in edits(emu)))
    assert len(await entries(bot)) == 4

    caption = await send(emu, "/progress")
    [photo] = emu.calls_to("sendPhoto")
    assert photo.files["photo"].startswith(PNG)
    [series] = charted
    today = dt.datetime.now(dt.UTC).date()
    assert series.days == ((today - dt.timedelta(days=8), 8.0), (today, 3.0))  # mean of 6, 3 and the session's 0
    assert series.session_days == (today,) and series.sessions == 1
    assert caption == "Average 3.0 this week, 8.0 the week before; 1 session in the last 9 days."


async def test_progress_and_log_in_a_group_stay_private(bot: RunningBot) -> None:
    emu, group = bot.emulator, -100123
    emu.send_text(group, "/log 6 my knee too", user_id=CHAT)
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 1 and len(emu.texts(group)) == 1)
    assert emu.texts(CHAT)[0].startswith("Logged 6/10")  # the score is said in the private chat
    emu.send_text(group, "/progress", user_id=CHAT)
    await emu.wait_for(lambda: bool(emu.calls_to("sendPhoto")) and len(emu.texts(group)) == 2)
    assert [c.params["chat_id"] for c in emu.calls_to("sendPhoto")] == [CHAT]
    assert emu.texts(group) == ["I've sent it to you in our private chat."] * 2
