"""End to end: Telegram's failures, floods, crashing handlers, secrets in logs, webhook secrets."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from bot.config import Settings
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, TOKEN, RunningBot, bot_process, free_port, stop_process, wait_polling

QUESTION = "how often should I massage my back?"


async def test_reply_survives_two_502s_and_arrives_once(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.fail_next(2, 502, methods={"sendMessage"})
    emu.send_text(CHAT, QUESTION)
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 1, timeout=15)
    attempts = emu.calls_to("sendMessage")
    assert [c.failed for c in attempts] == [True, True, False]
    await asyncio.sleep(0.5)  # no late duplicate
    assert len(emu.texts(CHAT)) == 1 and "week" in emu.texts(CHAT)[0]


async def test_429_waits_retry_after(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.fail_next(1, 429, retry_after=1, methods={"sendMessage"})
    emu.send_text(CHAT, QUESTION)
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 1, timeout=15)
    failed, delivered = emu.calls_to("sendMessage")
    assert failed.failed and not delivered.failed
    assert delivered.time - failed.time >= 1.0
    assert len(emu.texts(CHAT)) == 1


async def test_crashing_handler_gets_a_kind_reply_and_the_bot_goes_on(bot: RunningBot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    emu = bot.emulator
    dialogue = bot.core.deps.dialogue
    real = dialogue.respond
    calls = {"n": 0}

    def flaky(text: str, **kwargs: object):  # noqa: ANN202 - same as Dialogue.respond
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated bug")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dialogue, "respond", flaky)
    emu.send_text(CHAT, QUESTION)
    emu.send_text(CHAT, QUESTION)
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 2)
    first, second = emu.texts(CHAT)
    assert "something went wrong" in first and "week" in second


async def test_flooding_user_is_slowed_without_delaying_others(bot: RunningBot) -> None:
    emu = bot.emulator
    flooder, other = CHAT, CHAT + 100
    for _ in range(40):
        emu.send_text(flooder, "hi")
    emu.send_text(other, QUESTION)
    await emu.wait_for(lambda: len(emu.texts(other)) == 1, timeout=5)
    await emu.wait_for(lambda: any("faster than I can read" in t for t in emu.texts(flooder)), timeout=5)
    flood_texts = emu.texts(flooder)
    assert len(flood_texts) < 20  # a burst is answered, the rest dropped with one notice
    assert sum("faster than I can read" in t for t in flood_texts) == 1


def test_token_never_in_logs_and_webhook_needs_its_secret(emulator: BotApiEmulator, settings: Settings,
                                                          tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "bot.log"
    proc = bot_process(settings, "--webhook", log_path=log, extra_env={
        "WEBHOOK_URL": f"https://bot.example.org/backcare/{port}",
        "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port), "WEBHOOK_SECRET_TOKEN": "s3cret-Token_1"})
    try:
        emulator.wait_for_sync(lambda: bool(emulator.calls_to("setWebhook")), timeout=20)
        hook = emulator.calls_to("setWebhook")[0].params
        assert hook["secret_token"] == "s3cret-Token_1"
        url = f"http://127.0.0.1:{port}/backcare/{port}"
        update = {"update_id": 1, "message": {"message_id": 1, "date": int(time.time()), "text": QUESTION,
                                              "chat": {"id": CHAT, "type": "private"},
                                              "from": {"id": CHAT, "is_bot": False, "first_name": "Ann"}}}
        for _ in range(50):
            try:
                refused = httpx.post(url, json=update, timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert refused.status_code == 403
        wrong = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}, timeout=5)
        assert wrong.status_code == 403
        ok = httpx.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token_1"}, timeout=5)
        assert ok.status_code == 200
        texts = emulator.wait_for_texts_sync(CHAT, 1, timeout=10)
        assert len(texts) == 1 and "week" in texts[0]
    finally:
        stop_process(proc)
    output = log.read_text()
    assert "DEBUG" in output  # the whole run was logged at the most verbose level
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "s3cret-Token_1" not in output and "[webhook secret]" in output  # masked like the token
    assert not [line for line in output.splitlines() if QUESTION in line and " DEBUG " not in line]


def test_polling_process_logs_no_token_or_message_text_at_info(emulator: BotApiEmulator, settings: Settings,
                                                              tmp_path: Path) -> None:
    log = tmp_path / "bot.log"
    proc = bot_process(settings, log_path=log, extra_env={"LOG_LEVEL": "DEBUG"})
    try:
        wait_polling(emulator)
        emulator.fail_next(1, 502, methods={"sendMessage"})
        emulator.send_text(CHAT, QUESTION)
        emulator.wait_for_texts_sync(CHAT, 1, timeout=15)
    finally:
        stop_process(proc)
    output = log.read_text()
    assert "getUpdates" in output or "sendMessage" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert not [line for line in output.splitlines() if QUESTION in line and " DEBUG " not in line]
