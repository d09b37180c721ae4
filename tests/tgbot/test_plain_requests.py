"""End to end: requests typed in plain words reach their commands in Telegram as in the terminal chat."""

from __future__ import annotations

import json

from bot.core.privacy import CONFIRM
from tests.tgbot.harness import RunningBot
from tests.tgbot.test_privacy import send


async def test_plain_words_log_export_chart_forget_and_start_a_routine(bot: RunningBot) -> None:
    emu = bot.emulator
    assert "6/10" in await send(emu, "log pain 6")
    await send(emu, "export my data")
    [call] = emu.calls_to("sendDocument")
    assert [e["score"] for e in json.loads(call.files["document"].decode("utf-8"))["pain_log"]] == [6]
    chart = await send(emu, "show my pain history")
    assert "only know about back care" not in chart
    assert CONFIRM.split(".")[0] in await send(emu, "forget everything about me")
    assert "safety check" in await send(emu, "start the quick routine")
    assert "Which routine would you like?" in await send(emu, "start a routine")
