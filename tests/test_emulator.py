"""Fast checks of the Bot API emulator using real python-telegram-bot objects."""

from __future__ import annotations

import asyncio
import datetime as dtm
import struct
import threading
import time
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

from tests.emulator import BotApiEmulator

TOKEN = "123456:TEST-token-not-real"
CHAT = 4242


def _png(width: int, height: int) -> bytes:
    """A valid grey PNG image of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    """A running emulator, stopped after the test."""
    with BotApiEmulator(TOKEN) as emu:
        yield emu


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    """An initialized PTB Bot talking to the emulator."""
    async with Bot(TOKEN, base_url=emulator.base_url, base_file_url=emulator.base_file_url) as bot:
        yield bot


async def test_get_me_and_wrong_token(emulator: BotApiEmulator, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.first_name, me.username) == (123456, True, "BackCare", "backcare_test_bot")
    assert emulator.calls_to("getMe")  # also called by Bot.initialize()
    with pytest.raises(InvalidToken):  # Bot.initialize() calls getMe, which gets a 401
        async with Bot("999:wrong", base_url=emulator.base_url):
            pass
    # Not every client is PTB: JSON bodies and query strings work too.
    async with httpx.AsyncClient() as client:
        res = await client.post(f"{emulator.base_url}{TOKEN}/sendmessage", json={"chat_id": CHAT, "text": "42"})
        res2 = await client.get(f"{emulator.base_url}{TOKEN}/sendChatAction?chat_id={CHAT}&action=typing")
    assert res.json()["result"]["text"] == "42" and res2.json() == {"ok": True, "result": True}
    assert emulator.texts(CHAT) == ["42"]


async def test_keyboard_press_and_edit(emulator: BotApiEmulator, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="ans:yes"),
                InlineKeyboardButton("No", callback_data="ans:no"),
            ]
        ]
    )
    sent = await bot.send_message(CHAT, "Does it hurt?", reply_markup=markup)
    assert sent.reply_markup == markup and sent.chat.type == "private"
    assert emulator.buttons(CHAT) == [("Yes", "ans:yes"), ("No", "ans:no")]
    [params] = emulator.sent(CHAT)
    assert params["method"] == "sendMessage" and params["chat_id"] == CHAT
    assert params["reply_markup"]["inline_keyboard"][0][1]["callback_data"] == "ans:no"

    query_id = emulator.press(CHAT, "ans:no")
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.id == query_id and query.data == "ans:no"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await bot.answer_callback_query(query.id, text="ok")
    with pytest.raises(LookupError, match="ans:maybe"):
        emulator.press(CHAT, "ans:maybe")

    # Editing without reply_markup drops the keyboard, as on real Telegram.
    await bot.edit_message_text("Noted.", chat_id=CHAT, message_id=sent.message_id)
    assert emulator.buttons(CHAT) == [] and emulator.message(CHAT)["text"] == "Noted."
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("Noted.", chat_id=CHAT, message_id=sent.message_id)
    emulator.press_forged(CHAT, "ans:yes")  # stale data from an edited message
    [_, forged] = await bot.get_updates()
    assert forged.callback_query is not None and forged.callback_query.data == "ans:yes"
    assert [p["method"] for p in emulator.sent(CHAT)] == ["sendMessage", "editMessageText"]
    assert emulator.texts(CHAT) == ["Does it hurt?"]


async def test_get_updates_long_polls_and_returns_early(emulator: BotApiEmulator, bot: Bot) -> None:
    start = time.monotonic()
    assert await bot.get_updates(timeout=0.3) == ()
    assert time.monotonic() - start >= 0.25

    start = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=3))
    await emulator.wait_for(lambda: emulator.polling)
    assert emulator.calls_to("getUpdates")[-1].result is None  # recorded while still in flight
    emulator.send_text(CHAT, "/start@backcare_test_bot hi")
    [update] = await poll
    assert time.monotonic() - start < 2.5 and not emulator.polling  # well before the 3 s timeout
    message = update.message
    assert message is not None and message.text == "/start@backcare_test_bot hi"
    assert message.from_user is not None and message.from_user.id == CHAT
    assert message.parse_entities() == {message.entities[0]: "/start@backcare_test_bot"}


async def test_offset_confirms_and_drops_updates(emulator: BotApiEmulator, bot: Bot) -> None:
    ids = [emulator.send_text(CHAT, f"msg {i}") for i in range(3)]
    assert [u.update_id for u in await bot.get_updates()] == ids
    assert [u.update_id for u in await bot.get_updates(limit=1)] == ids[:1]
    assert [u.update_id for u in await bot.get_updates(offset=ids[1])] == ids[1:]
    assert emulator.pending_update_count == 2
    assert await bot.get_updates(offset=ids[-1] + 1) == ()
    assert emulator.pending_update_count == 0


async def test_fail_next_502_then_success(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.fail_next(2, 502)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "hello")
    assert (await bot.send_message(CHAT, "hello")).text == "hello"
    assert [c.failed for c in emulator.calls_to("sendMessage")] == [True, True, False]
    assert emulator.texts(CHAT) == ["hello"]


# PTB 22 emits a PTBDeprecationWarning (int -> timedelta) whenever a RetryAfter is *constructed*.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_gives_retry_after(emulator: BotApiEmulator, bot: Bot) -> None:
    emulator.fail_next(1, 429, retry_after=7, methods={"sendMessage"})
    assert await bot.send_chat_action(CHAT, "typing")  # other methods are unaffected
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hello")
    retry_after = caught.value.retry_after
    seconds = retry_after.total_seconds() if isinstance(retry_after, dtm.timedelta) else retry_after
    assert seconds == 7
    await bot.send_message(CHAT, "hello")
    assert emulator.texts(CHAT) == ["hello"]


async def test_multipart_send_photo_keeps_bytes(emulator: BotApiEmulator, bot: Bot) -> None:
    png = _png(30, 20)
    message = await bot.send_photo(CHAT, png, caption="Your week", filename="week.png")
    [call] = emulator.calls_to("sendPhoto")
    assert call.files["photo"] == png and call.params["chat_id"] == CHAT
    biggest = message.photo[-1]
    assert (biggest.width, biggest.height, biggest.file_size) == (30, 20, len(png))
    assert bytes(await (await bot.get_file(biggest.file_id)).download_as_bytearray()) == png
    document = await bot.send_document(CHAT, b"a,b\n1,2\n", filename="log.csv")
    assert document.document is not None and document.document.file_name == "log.csv"
    assert emulator.texts(CHAT) == ["Your week", ""]


async def test_go_down_and_come_back(emulator: BotApiEmulator, bot: Bot) -> None:
    port = emulator.port
    emulator.go_down()
    update_id = emulator.send_text(CHAT, "are you there?")
    with pytest.raises(TelegramError):
        await bot.get_me()
    emulator.come_back()
    assert emulator.port == port
    assert (await bot.get_me()).username == "backcare_test_bot"
    assert [u.update_id for u in await bot.get_updates()] == [update_id]


def test_sync_helpers_from_another_thread(emulator: BotApiEmulator) -> None:
    def send_later() -> None:
        time.sleep(0.05)
        httpx.post(f"{emulator.base_url}{TOKEN}/sendMessage", data={"chat_id": str(CHAT), "text": "hi"})

    thread = threading.Thread(target=send_later)
    thread.start()
    assert emulator.wait_for_texts_sync(CHAT, 1, timeout=2) == ["hi"]
    thread.join()
    with pytest.raises(TimeoutError, match="sendMessage"):
        emulator.wait_for_sync(lambda: False, timeout=0.05)
