"""End to end over the emulator: what only the wire shows of questions and routines."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, start_bot, stop_bot

STEP = re.compile(r"^Step (\d+)/(\d+) — ")


def data(emu: BotApiEmulator, prefix: str, chat: int = CHAT) -> str:
    """Return the newest button data starting with ``prefix`` in the chat."""
    for message in reversed(emu.sent(chat)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for b in row:
                if b.get("callback_data", "").startswith(prefix):
                    return str(b["callback_data"])
    raise AssertionError(f"no button {prefix!r} in {emu.texts(chat)}")


def has(emu: BotApiEmulator, prefix: str, chat: int = CHAT) -> bool:
    try:
        data(emu, prefix, chat)
    except AssertionError:
        return False
    return True


@pytest.fixture
async def slow_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator):  # type: ignore[no-untyped-def]
    running = await start_bot(replace(settings, time_scale=0.002), kb, emulator)
    yield running
    await stop_bot(running)


async def test_an_answer_has_follow_ups_and_feedback_for_its_owner_only(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "how often should I massage my back?")
    await emu.wait_for(lambda: has(emu, "fb:massage-frequency:1"))
    assert "a few times a week" in emu.texts(CHAT)[-1].lower()
    thumbs = data(emu, "fb:massage-frequency:1")
    emu.press(CHAT, thumbs, user_id=CHAT + 7)  # someone else
    await emu.wait_for(lambda: any("someone else" in (c.params.get("text") or "")
                                   for c in emu.calls_to("answerCallbackQuery")))
    emu.press(CHAT, thumbs)
    await emu.wait_for(lambda: bool(emu.calls_to("editMessageReplyMarkup")))
    kept = str(emu.calls_to("editMessageReplyMarkup")[-1].params.get("reply_markup"))
    assert "fb:" not in kept and "ans:session-length" in kept  # rated once; the follow-ups stay


async def test_a_routine_picked_with_buttons_runs_to_its_end_score(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    emu.send_text(CHAT, "/routine")
    await emu.wait_for(lambda: has(emu, "rt:quick"))
    emu.press(CHAT, data(emu, "rt:quick"))
    await emu.wait_for(lambda: has(emu, "chk:"))
    emu.press(CHAT, re.sub(r":(yes|no)\|", ":no|", data(emu, "chk:")))
    await emu.wait_for(lambda: any("How does your back feel now" in t for t in emu.texts(CHAT)), timeout=20)
    numbers = [int(m[1]) for t in emu.texts(CHAT) if (m := STEP.match(t))]
    assert numbers == [1, 2, 3]
    emu.press(CHAT, re.sub(r":\d+(\|)", r":3\1", data(emu, "score:")))
    await emu.wait_for(lambda: any("Saved: 3/10" in (c.params.get("text") or "")
                                   for c in emu.calls_to("editMessageText")))


async def test_a_red_flag_typed_during_a_routine_stops_it(settings: Settings, kb: KnowledgeBase,
                                                          emulator: BotApiEmulator) -> None:
    running = await start_bot(replace(settings, time_scale=0.05), kb, emulator)
    emu = running.emulator
    try:
        emu.send_text(CHAT, "/routine")
        await emu.wait_for(lambda: has(emu, "rt:standard"))
        emu.press(CHAT, data(emu, "rt:standard"))
        await emu.wait_for(lambda: has(emu, "chk:"))
        emu.press(CHAT, re.sub(r":(yes|no)\|", ":no|", data(emu, "chk:")))
        await emu.wait_for(lambda: any(STEP.match(t) for t in emu.texts(CHAT)), timeout=10)
        emu.send_text(CHAT, "suddenly both my legs are numb and weak")
        await emu.wait_for(lambda: any("stopped your routine" in t for t in emu.texts(CHAT)))
        before = len([t for t in emu.texts(CHAT) if STEP.match(t)])
        emu.send_text(CHAT, "/help")
        await emu.wait_for(lambda: any("/techniques" in t for t in emu.texts(CHAT)))
        assert len([t for t in emu.texts(CHAT) if STEP.match(t)]) == before
    finally:
        await stop_bot(running)


async def test_unknown_commands_get_a_short_help(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "/foo")
    await emu.wait_for(lambda: any("I don't know /foo" in t for t in emu.texts(CHAT)))
