"""The aiohttp Bot API transport against the emulator: what PTB's HTTPXRequest promises, it keeps."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from bot.tgbot.app import build_application
from bot.tgbot.request import AiohttpRequest, environment_proxy, is_loopback
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, TOKEN

UNREACHABLE = "http://api.telegram.invalid/bot"  # .invalid never resolves: only a proxy can reach it


def make_bot(base_url: str, request: AiohttpRequest | None = None, token: str = TOKEN) -> Bot:
    """Return a bare PTB Bot whose requests all go through AiohttpRequest."""
    file_url = base_url.replace("/bot", "/file/bot")
    return Bot(token, base_url=base_url, base_file_url=file_url, request=request or AiohttpRequest(),
               get_updates_request=AiohttpRequest(connection_pool_size=1))


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    """A bare Bot on the emulator, initialised and shut down around the test."""
    async with make_bot(emulator.base_url) as b:
        yield b


def params(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_messages_uploads_and_downloads_arrive_intact(bot: Bot, emulator: BotApiEmulator,
                                                            tmp_path: Path) -> None:
    me = await bot.get_me()
    assert me.is_bot
    sent = await bot.send_message(CHAT, "Hello, Ünïcödé & ümlauts = 100% 🙂", reply_markup=None)
    assert sent.text == "Hello, Ünïcödé & ümlauts = 100% 🙂"
    data = bytes(range(256)) * 40
    document = await bot.send_document(CHAT, data, filename="export.json", caption="your data")
    (call,) = emulator.calls_to("sendDocument")
    assert call.files["document"] == data and call.params["caption"] == "your data"
    assert document.document is not None
    file = await bot.get_file(document.document.file_id)
    assert bytes(await file.download_as_bytearray()) == data


async def test_telegram_errors_map_as_with_httpx(bot: Bot, emulator: BotApiEmulator) -> None:
    for status, error in ((400, BadRequest), (403, Forbidden), (502, NetworkError)):
        emulator.fail_next(1, status, methods={"sendMessage"})
        with pytest.raises(error):
            await bot.send_message(CHAT, "hi")
    emulator.fail_next(1, 429, retry_after=3, methods={"sendMessage"})
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    assert caught.value.retry_after in (3, timedelta(seconds=3))


async def test_a_wrong_token_is_invalid_token(emulator: BotApiEmulator) -> None:
    with pytest.raises(InvalidToken):
        async with make_bot(emulator.base_url, token="999:wrong-token") as b:
            await b.get_me()


async def test_server_down_is_network_error_without_the_token(bot: Bot, emulator: BotApiEmulator) -> None:
    emulator.go_down()
    try:
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(CHAT, "hi")
        assert not isinstance(caught.value, TimedOut)
        assert "aiohttp." in caught.value.message and TOKEN not in caught.value.message
    finally:
        emulator.come_back()
    assert (await bot.send_message(CHAT, "back")).text == "back"  # the same request object recovers


async def test_a_slow_answer_is_timed_out(emulator: BotApiEmulator) -> None:
    request = AiohttpRequest(read_timeout=0.2)
    async with request:
        with pytest.raises(TimedOut):  # a long poll holds the answer for 5 s
            await request.post(f"{emulator.base_url}{TOKEN}/getUpdates", params(timeout=5))


async def test_a_full_pool_times_out_without_sending(emulator: BotApiEmulator) -> None:
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.1, read_timeout=10)
    async with request:
        poll = asyncio.ensure_future(request.post(f"{emulator.base_url}{TOKEN}/getUpdates", params(timeout=3)))
        await emulator.wait_for(lambda: bool(emulator.calls_to("getUpdates")))
        with pytest.raises(TimedOut, match="Pool timeout"):
            await request.post(f"{emulator.base_url}{TOKEN}/sendMessage", params(chat_id=CHAT, text="hi"))
        emulator.send_text(CHAT, "wake the poll")
        updates = await poll
        assert isinstance(updates, list) and len(updates) == 1
    assert not emulator.calls_to("sendMessage")


async def test_shut_down_refuses_until_initialised_again(emulator: BotApiEmulator) -> None:
    request = AiohttpRequest()
    url = f"{emulator.base_url}{TOKEN}/getMe"
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(url)
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is harmless
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(url)
    await request.initialize()
    me = await request.post(url)
    assert isinstance(me, dict) and me["is_bot"]
    await request.shutdown()


async def test_socket_options_are_applied(emulator: BotApiEmulator) -> None:
    async with make_bot(emulator.base_url, AiohttpRequest(
            socket_options=[(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)])) as b:
        assert (await b.send_message(CHAT, "kept alive")).text == "kept alive"


# --- proxies: as httpx reads the environment, and never for loopback --------------------------


def test_environment_proxy_follows_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "https_proxy", "http_proxy",
                 "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    api = "https://api.telegram.org/bot1:x/getMe"
    assert environment_proxy(api) is None
    monkeypatch.setenv("ALL_PROXY", "proxy.example:3128")
    assert environment_proxy(api) == "http://proxy.example:3128"
    monkeypatch.setenv("HTTPS_PROXY", "http://secure.example:8080")
    assert environment_proxy(api) == "http://secure.example:8080"
    assert environment_proxy("http://127.0.0.1:8081/bot1:x/getMe") is None
    assert environment_proxy("http://[::1]:8081/bot") is None
    assert environment_proxy("http://localhost:8081/bot") is None
    for no_proxy in ("telegram.org", ".telegram.org", "api.telegram.org", "*", "example.com, telegram.org"):
        monkeypatch.setenv("NO_PROXY", no_proxy)
        assert environment_proxy(api) is None, no_proxy
    monkeypatch.setenv("NO_PROXY", "gram.org,10.0.0.0/8")
    assert environment_proxy(api) == "http://secure.example:8080"
    assert environment_proxy("https://10.1.2.3/bot") is None


def test_loopback_is_recognised() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost", "LOCALHOST"))
    assert not any(is_loopback(h) for h in ("api.telegram.org", "10.0.0.1", "192.168.1.1"))


async def test_requests_go_through_the_environment_proxy(emulator: BotApiEmulator,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # The emulator's server also answers proxy-style requests, so it stands in for the proxy here.
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://user:p%40ss@127.0.0.1:{emulator.port}")
    async with make_bot(UNREACHABLE) as b:
        assert (await b.send_message(CHAT, "via the proxy")).text == "via the proxy"
    monkeypatch.setenv("NO_PROXY", "telegram.invalid")
    with pytest.raises(NetworkError, match="api.telegram.invalid"):
        async with make_bot(UNREACHABLE):
            pass


async def test_an_explicit_proxy_is_used_and_socks_is_refused(emulator: BotApiEmulator) -> None:
    async with make_bot(UNREACHABLE, AiohttpRequest(proxy=f"http://127.0.0.1:{emulator.port}")) as b:
        assert (await b.send_message(CHAT, "explicit")).text == "explicit"
    with pytest.raises(ValueError, match="SOCKS"):
        AiohttpRequest(proxy="socks5://127.0.0.1:1080")
    with pytest.raises(ValueError, match="HTTP/2"):
        AiohttpRequest(http_version="2")


async def test_loopback_bypasses_a_proxy_even_without_no_proxy(emulator: BotApiEmulator,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    async with make_bot(emulator.base_url) as b:
        assert (await b.get_me()).is_bot


def test_the_application_uses_it_by_default(settings: Settings, kb: KnowledgeBase) -> None:
    application = build_application(settings, kb)
    assert isinstance(application.bot.request, AiohttpRequest)
    assert isinstance(application.bot._request[0], AiohttpRequest)  # the getUpdates one
