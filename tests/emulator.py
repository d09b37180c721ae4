"""A small in-process Telegram Bot API emulator for end-to-end tests of the bot."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import itertools
import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any, TypeVar

from aiohttp import web

JSONDict = dict[str, Any]
T = TypeVar("T")

DEFAULT_TOKEN = "123456:TEST-token-not-real"
HOST = "127.0.0.1"

#: Methods whose successful calls count as "sent" by :meth:`BotApiEmulator.sent`.
SENT_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "editMessageText"})
#: Methods whose texts/captions are returned by :meth:`BotApiEmulator.texts`.
TEXT_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})

# Form values of these parameters are plain strings and must not be JSON-decoded ("42" stays "42").
_RAW_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "url",
        "action",
        "title",
        "description",
        "short_description",
        "name",
        "language_code",
        "secret_token",
        "ip_address",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "file_id",
    }
)

_KNOWN_METHODS = (
    "getMe",
    "getUpdates",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
    "logOut",
    "close",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendChatAction",
    "sendPhoto",
    "sendDocument",
    "setChatMenuButton",
    "getFile",
)
# The Bot API treats method names case-insensitively.
_CANONICAL_METHODS = {name.lower(): name for name in _KNOWN_METHODS}

_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64
_PHOTO_SIDES = (90, 320, 800, 1280, 2560)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass
class Call:
    """One request the bot made to the emulator."""

    method: str
    params: JSONDict
    time: float
    files: dict[str, bytes] = field(default_factory=dict)
    failed: bool = False  # injected fault, Bot API error, or (499) long poll abandoned by the client
    status: int = 200
    result: Any = None  # the ``result`` returned to the bot (None while in flight or failed)


@dataclass
class _Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str | None
    content_type: str | None


@dataclass
class _Fault:
    """A pending injected failure."""

    remaining: int
    status: int
    retry_after: int | None
    methods: frozenset[str] | None

    def matches(self, method: str) -> bool:
        """Whether this fault applies to a call of ``method``."""
        return method != "getUpdates" if self.methods is None else method in self.methods


@dataclass
class _Chat:
    """Per-chat state: message id counter and the bot's messages."""

    chat_id: int
    first_name: str = "Ann"
    next_message_id: int = 1
    bot_messages: dict[int, JSONDict] = field(default_factory=dict)

    def take_message_id(self) -> int:
        """Allocate the next message id of this chat."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id

    def as_json(self) -> JSONDict:
        """The Bot API Chat object."""
        if self.chat_id < 0:
            return {"id": self.chat_id, "type": "supergroup", "title": "Test group"}
        return {"id": self.chat_id, "type": "private", "first_name": self.first_name}


class ApiError(Exception):
    """A Bot API error answer (``ok: false``) produced by a method handler."""

    def __init__(self, status: int, description: str) -> None:
        """Store the HTTP status and Bot API description."""
        super().__init__(description)
        self.status = status
        self.description = description


def _bad_request(description: str) -> ApiError:
    """A 400 error with Telegram's ``Bad Request:`` prefix."""
    return ApiError(400, f"Bad Request: {description}")


def _decode_value(key: str, value: Any) -> Any:
    """JSON-decode a form value unless it is a plain-text parameter."""
    if not isinstance(value, str) or key in _RAW_STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _as_int(value: Any, default: int) -> int:
    """Best-effort int conversion of a request parameter."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


def _visible_length(text: str, parse_mode: Any) -> int:
    """Approximate length of ``text`` after Telegram strips HTML markup."""
    if isinstance(parse_mode, str) and parse_mode.lower() == "html":
        text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return _utf16_len(text)


def _image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG image (640x480 when unknown)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            if marker == 0xFF or 0xD0 <= marker <= 0xD9:
                i += 1 if marker == 0xFF else 2
                continue
            i += 2 + struct.unpack(">H", data[i + 2 : i + 4])[0]
    return 640, 480


def _inline_buttons(message: JSONDict) -> list[JSONDict]:
    """All inline keyboard buttons of a stored message, row by row."""
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def _describe(call: Call) -> str:
    """A short one-line description of a call for error messages."""
    params = {k: v for k, v in call.params.items() if k not in ("reply_markup",)}
    text = json.dumps(params, ensure_ascii=False, default=str)
    if len(text) > 160:
        text = text[:157] + "..."
    flag = f" [failed {call.status}]" if call.failed else ""
    return f"{call.method}{flag} {text}"


class BotApiEmulator:
    """Serves a fake Telegram Bot API on 127.0.0.1 from a background thread."""

    def __init__(self, token: str = DEFAULT_TOKEN) -> None:
        """Prepare the emulator; call :meth:`start` (or use ``with``) to serve."""
        self.token = token
        self._lock = threading.RLock()
        self._calls: list[Call] = []
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._chats: dict[int, _Chat] = {}
        self._faults: list[_Fault] = []
        self._files: dict[str, tuple[bytes, str]] = {}  # file_id -> (data, file_path)
        self._commands: dict[str, list[JSONDict]] = {}
        self._callback_queries: set[str] = set()
        self._blocked: set[int] = set()
        self._webhook_url = ""
        self._port = 0
        self._down = False
        self._closing = False
        self._active_polls = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.SockSite | None = None
        self._update_event: asyncio.Event | None = None
        bot_id = _as_int(token.split(":", 1)[0], 123456)
        self.bot_user: JSONDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "BackCare",
            "username": "backcare_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The TCP port the emulator listens on."""
        return self._port

    @property
    def base_url(self) -> str:
        """Bot API base URL in PTB's ``base_url`` form (the token is appended)."""
        return f"http://{HOST}:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """File download base URL in PTB's ``base_file_url`` form."""
        return f"http://{HOST}:{self._port}/file/bot"

    def start(self) -> None:
        """Start serving in a background thread; returns once the port is listening."""
        if self._thread is not None:
            raise RuntimeError("BotApiEmulator already started")
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=self._run_loop, args=(loop,), name="bot-api-emulator", daemon=True)
        self._thread.start()
        self._run_sync(self._setup())

    def stop(self) -> None:
        """Stop serving and join the background thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            self._run_sync(self._teardown())
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            self._thread = self._loop = None

    def __enter__(self) -> BotApiEmulator:
        """Start the emulator."""
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the emulator."""
        self.stop()

    def go_down(self) -> None:
        """Close the listening socket and open connections so requests are refused."""
        self._run_sync(self._go_down())

    def come_back(self) -> None:
        """Listen again on the same port, keeping queued updates and state."""
        self._run_sync(self._come_back())

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
        """Thread body: run the emulator's own event loop until stopped."""
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    def _run_sync(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the emulator loop and wait for its result."""
        if self._loop is None or threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("BotApiEmulator is not running (or called from its own thread)")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)

    async def _setup(self) -> None:
        """Create the aiohttp app and start listening on a free port."""
        self._update_event = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0)
        await self._runner.setup()
        await self._listen()

    async def _listen(self) -> None:
        """Bind the listening socket (same port on a restart) and start the site."""
        assert self._runner is not None
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, self._port))
        self._port = sock.getsockname()[1]
        self._site = web.SockSite(self._runner, sock)
        await self._site.start()
        self._down = False

    async def _go_down(self) -> None:
        """Stop listening and drop every open connection."""
        self._down = True
        if self._site is not None:
            await self._site.stop()
            self._site = None
        assert self._runner is not None and self._runner.server is not None
        for connection in self._runner.server.connections:
            connection.force_close()

    async def _come_back(self) -> None:
        """Start listening again if down."""
        if self._site is None:
            await self._listen()

    async def _teardown(self) -> None:
        """Wake long polls and shut the server down."""
        self._closing = True
        self._wake()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _wake(self) -> None:
        """Wake every pending getUpdates (runs on the emulator loop)."""
        if self._update_event is not None:
            self._update_event.set()
            self._update_event = asyncio.Event()

    def _notify_updates(self) -> None:
        """Thread-safely wake long polls after an update was queued."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed concurrently
                loop.call_soon_threadsafe(self._wake)

    # ------------------------------------------------------------------ recording

    @property
    def calls(self) -> list[Call]:
        """A snapshot of every recorded call, in order."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one method, in order."""
        with self._lock:
            return [call for call in self._calls if call.method == method]

    def sent(self, chat_id: int | None = None) -> list[JSONDict]:
        """Params (plus a ``method`` key) of successful send*/editMessageText calls, in order."""
        with self._lock:
            return [
                {**call.params, "method": call.method}
                for call in self._calls
                if call.method in SENT_METHODS
                and not call.failed
                and (chat_id is None or call.params.get("chat_id") == chat_id)
            ]

    def texts(self, chat_id: int) -> list[str]:
        """Texts/captions ("" if none) of messages sent to ``chat_id``, in order."""
        with self._lock:
            return [
                str(call.params.get("text", call.params.get("caption", "")))
                for call in self._calls
                if call.method in TEXT_METHODS and not call.failed and call.params.get("chat_id") == chat_id
            ]

    def clear(self) -> None:
        """Forget recorded calls (chats, messages and queued updates are kept)."""
        with self._lock:
            self._calls.clear()

    @property
    def pending_update_count(self) -> int:
        """How many injected updates the bot has not yet confirmed."""
        with self._lock:
            return len(self._updates)

    @property
    def polling(self) -> bool:
        """Whether a getUpdates long poll is waiting right now (i.e. the bot is up and idle)."""
        return self._active_polls > 0

    def message(self, chat_id: int, message_id: int | None = None) -> JSONDict:
        """A copy of a stored bot message (default: the latest one in the chat)."""
        with self._lock:
            return copy.deepcopy(self._bot_message(chat_id, message_id))

    def buttons(self, chat_id: int, message_id: int | None = None) -> list[tuple[str, str]]:
        """(text, callback_data) of the inline keyboard of a bot message ("" for non-callback buttons)."""
        with self._lock:
            message = self._bot_message(chat_id, message_id)
            return [(b.get("text", ""), b.get("callback_data", "")) for b in _inline_buttons(message)]

    def _bot_message(self, chat_id: int, message_id: int | None) -> JSONDict:
        """The stored bot message (caller holds the lock); raises LookupError if absent."""
        chat = self._chats.get(chat_id)
        if chat is None or not chat.bot_messages:
            raise LookupError(f"the bot has no messages in chat {chat_id}")
        if message_id is None:
            return chat.bot_messages[max(chat.bot_messages)]
        try:
            return chat.bot_messages[message_id]
        except KeyError:
            raise LookupError(f"no bot message {message_id} in chat {chat_id}") from None

    def _chat(self, chat_id: int) -> _Chat:
        """The state of a chat, created on first use (caller holds the lock)."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(chat_id)
        return chat

    # ------------------------------------------------------------------ injecting

    def send_update(self, update: JSONDict) -> int:
        """Queue a raw update (its ``update_id`` is assigned) and return the update_id."""
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **update})
        self._notify_updates()
        return update_id

    def send_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Ann",
        language_code: str | None = "en",
    ) -> int:
        """Queue a user's text message in a private chat and return the update_id."""
        with self._lock:
            chat = self._chat(chat_id)
            chat.first_name = first_name
            user: JSONDict = {"id": user_id if user_id is not None else chat_id, "is_bot": False}
            user["first_name"] = first_name
            if language_code:
                user["language_code"] = language_code
            message: JSONDict = {
                "message_id": chat.take_message_id(),
                "from": user,
                "chat": chat.as_json(),
                "date": int(time.time()),
                "text": text,
            }
            if text.startswith("/"):
                command = text.split(maxsplit=1)[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]
            return self.send_update({"message": message})

    def press(self, chat_id: int, data: str, *, message_id: int | None = None, user_id: int | None = None) -> str:
        """Queue a press of the inline button with ``data`` and return the callback query id."""
        with self._lock:
            chat = self._chats.get(chat_id)
            candidates = [] if chat is None else sorted(chat.bot_messages, reverse=True)
            if message_id is not None:
                candidates = [m for m in candidates if m == message_id]
            for candidate in candidates:
                assert chat is not None
                message = chat.bot_messages[candidate]
                if any(b.get("callback_data") == data for b in _inline_buttons(message)):
                    return self._queue_callback(chat_id, data, message, user_id)
            where = f"message {message_id}" if message_id is not None else "any bot message"
            available = []
            if chat is not None and candidates:
                available = [b.get("callback_data") for b in _inline_buttons(chat.bot_messages[candidates[0]])]
            raise LookupError(
                f"no inline button with callback_data {data!r} in {where} of chat {chat_id}; "
                f"buttons of the latest candidate: {available}"
            )

    def press_forged(
        self, chat_id: int, data: str, message_id: int | None = None, *, user_id: int | None = None
    ) -> str:
        """Queue a callback query with arbitrary ``data`` (no button check) and return its id."""
        with self._lock:
            chat = self._chat(chat_id)
            message = chat.bot_messages.get(message_id) if message_id is not None else None
            if message is None and message_id is None and chat.bot_messages:
                message = chat.bot_messages[max(chat.bot_messages)]
            if message is None:
                message = {
                    "message_id": message_id if message_id is not None else 1,
                    "from": dict(self.bot_user),
                    "chat": chat.as_json(),
                    "date": int(time.time()) - 3600,
                    "text": "(old message)",
                }
            return self._queue_callback(chat_id, data, message, user_id)

    def _queue_callback(self, chat_id: int, data: str, message: JSONDict, user_id: int | None) -> str:
        """Queue a callback_query update (caller holds the lock)."""
        chat = self._chat(chat_id)
        query_id = str(next(self._callback_ids) + 7_000_000_000_000_000_000)
        self._callback_queries.add(query_id)
        user = {
            "id": user_id if user_id is not None else chat_id,
            "is_bot": False,
            "first_name": chat.first_name,
            "language_code": "en",
        }
        query = {
            "id": query_id,
            "from": user,
            "message": copy.deepcopy(message),
            "chat_instance": str(abs(chat_id) * 7919 + 1),
            "data": data,
        }
        self.send_update({"callback_query": query})
        return query_id

    def set_blocked(self, chat_id: int, blocked: bool = True) -> None:
        """Make sends to ``chat_id`` fail with 403 "bot was blocked by the user" (or undo it)."""
        with self._lock:
            if blocked:
                self._blocked.add(chat_id)
            else:
                self._blocked.discard(chat_id)

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        n: int,
        status: int = 502,
        *,
        retry_after: int | None = None,
        methods: set[str] | None = None,
    ) -> None:
        """Make the next ``n`` calls (of ``methods``; default all but getUpdates) fail with ``status``."""
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._lock:
            self._faults.append(_Fault(n, status, retry_after, frozenset(methods) if methods else None))

    def _take_fault(self, method: str) -> _Fault | None:
        """Consume one matching pending fault (caller holds the lock)."""
        for fault in self._faults:
            if fault.remaining > 0 and fault.matches(method):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault
        return None

    # ------------------------------------------------------------------ waiting

    def _timeout_message(self, timeout: float) -> str:
        """Explain a wait timeout with the last recorded calls."""
        recent = [c for c in self.calls if c.method != "getUpdates"][-8:]
        lines = "\n  ".join(_describe(c) for c in recent) or "(none)"
        return f"condition not met within {timeout}s; last calls (without getUpdates):\n  {lines}"

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        """Poll ``predicate`` (asyncio.sleep) until true; raise TimeoutError listing recent calls."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() >= deadline:
                raise TimeoutError(self._timeout_message(timeout))
            await asyncio.sleep(0.01)

    def wait_for_sync(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        """Poll ``predicate`` (time.sleep) until true; raise TimeoutError listing recent calls."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() >= deadline:
                raise TimeoutError(self._timeout_message(timeout))
            time.sleep(0.01)

    async def wait_for_texts(self, chat_id: int, n: int, timeout: float = 30.0) -> list[str]:
        """Wait until at least ``n`` texts were sent to ``chat_id`` and return them all."""
        await self.wait_for(lambda: len(self.texts(chat_id)) >= n, timeout)
        return self.texts(chat_id)

    def wait_for_texts_sync(self, chat_id: int, n: int, timeout: float = 30.0) -> list[str]:
        """Blocking variant of :meth:`wait_for_texts`."""
        self.wait_for_sync(lambda: len(self.texts(chat_id)) >= n, timeout)
        return self.texts(chat_id)

    # ------------------------------------------------------------------ HTTP layer

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, _Upload]]:
        """Parse query, JSON, urlencoded and multipart params (JSON strings decoded)."""
        raw: dict[str, Any] = dict(request.query)
        uploads: dict[str, _Upload] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        uploads[key] = _Upload(value.file.read(), value.filename, value.content_type)
                    else:
                        raw[key] = value
        params = {key: _decode_value(key, value) for key, value in raw.items()}
        for key, value in list(params.items()):  # attach://name references an uploaded part
            if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
                uploads[key] = uploads[value[9:]]
        return params, uploads

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        """Dispatch ``/bot{token}/{method}``."""
        if self._down:  # a kept-alive connection raced with go_down
            if request.transport is not None:
                request.transport.close()
            raise web.HTTPServiceUnavailable()
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        name = request.match_info["method"]
        method = _CANONICAL_METHODS.get(name.lower(), name)
        params, uploads = await self._read_params(request)
        call = Call(method, params, time.monotonic(), {key: upload.data for key, upload in uploads.items()})
        with self._lock:  # recorded on arrival, so an in-flight long poll is visible too
            self._calls.append(call)
            fault = self._take_fault(method)
            if fault is not None:
                call.failed, call.status = True, fault.status
        if fault is not None:
            return self._fault_response(fault)
        try:
            if method == "getUpdates":
                result: Any = await self._get_updates(params)
            else:
                with self._lock:
                    result = self._dispatch(method, params, uploads)
        except ApiError as err:
            call.failed, call.status = True, err.status
            body = {"ok": False, "error_code": err.status, "description": err.description}
            return web.json_response(body, status=err.status)
        except asyncio.CancelledError:  # the client went away (e.g. a SIGKILLed bot's long poll)
            call.failed, call.status = True, 499
            raise
        call.result = result
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _fault_response(fault: _Fault) -> web.Response:
        """The HTTP response of an injected failure."""
        if fault.status == 429:
            description = f"Too Many Requests: retry after {fault.retry_after}"
        else:
            try:
                description = HTTPStatus(fault.status).phrase
            except ValueError:
                description = "Error"
        body: JSONDict = {"ok": False, "error_code": fault.status, "description": description}
        if fault.retry_after is not None:
            body["parameters"] = {"retry_after": fault.retry_after}
        return web.json_response(body, status=fault.status)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        """Serve ``/file/bot{token}/{path}`` downloads of uploaded files."""
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        path = request.match_info["path"]
        with self._lock:
            data = next((d for d, p in self._files.values() if p == path), None)
        if data is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.Response(body=data)

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        """Long-poll: confirm below ``offset``, return up to ``limit`` updates within ``timeout``."""
        loop = asyncio.get_running_loop()
        offset = _as_int(params.get("offset"), 0)
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        try:
            timeout = max(float(params.get("timeout") or 0), 0.0)
        except (TypeError, ValueError):
            timeout = 0.0
        deadline = loop.time() + timeout
        with self._lock:
            if self._webhook_url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if offset < 0:
                del self._updates[: max(len(self._updates) + offset, 0)]
            elif offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._active_polls += 1
        try:
            while True:
                with self._lock:
                    batch = copy.deepcopy(self._updates[:limit])
                event = self._update_event
                remaining = deadline - loop.time()
                if batch or self._closing or remaining <= 0 or event is None:
                    return batch
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
        finally:
            self._active_polls -= 1

    # ------------------------------------------------------------------ methods

    def _dispatch(self, method: str, params: JSONDict, uploads: dict[str, _Upload]) -> Any:
        """Run a (non-getUpdates) method under the lock and return its result."""
        chat_id = params.get("chat_id")
        if method in TEXT_METHODS | {"sendChatAction"} and isinstance(chat_id, int) and chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if method == "getMe":
            return dict(self.bot_user)
        if method == "sendMessage":
            return self._send_message(params)
        if method == "sendPhoto":
            return self._send_photo(params, uploads)
        if method == "sendDocument":
            return self._send_document(params, uploads)
        if method == "editMessageText":
            return self._edit_message(params, text=True)
        if method == "editMessageReplyMarkup":
            return self._edit_message(params, text=False)
        if method == "deleteMessage":
            chat = self._chats.get(_as_int(chat_id, 0))
            if chat is None or chat.bot_messages.pop(_as_int(params.get("message_id"), 0), None) is None:
                raise _bad_request("message to delete not found")
            return True
        if method == "answerCallbackQuery":
            if str(params.get("callback_query_id")) not in self._callback_queries:
                raise _bad_request("query is too old and response timeout expired or query ID is invalid")
            return True
        if method in ("setMyCommands", "getMyCommands", "deleteMyCommands"):
            return self._commands_method(method, params)
        if method == "setWebhook":
            self._webhook_url = str(params.get("url") or "")
            if params.get("drop_pending_updates") is True:
                self._updates.clear()
            return True
        if method == "deleteWebhook":
            self._webhook_url = ""
            if params.get("drop_pending_updates") is True:
                self._updates.clear()
            return True
        if method == "getWebhookInfo":
            return {
                "url": self._webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }
        if method == "getFile":
            file_id = str(params.get("file_id"))
            if file_id not in self._files:
                raise _bad_request("invalid file_id")
            data, path = self._files[file_id]
            return {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_size": len(data),
                "file_path": path,
            }
        return True  # logOut, close, sendChatAction, setChatMenuButton and anything unknown

    def _check_chat(self, params: JSONDict) -> _Chat:
        """The chat addressed by ``chat_id`` (400 if missing or not an int)."""
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int) or isinstance(chat_id, bool):
            raise _bad_request("chat not found")
        return self._chat(chat_id)

    def _check_markup(self, params: JSONDict) -> JSONDict | None:
        """Validate ``reply_markup``; return it if it is an inline keyboard (the only kind echoed)."""
        markup = params.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None
        for row in markup["inline_keyboard"]:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= _MAX_CALLBACK_DATA:
                    raise _bad_request("BUTTON_DATA_INVALID")
        return copy.deepcopy(markup)

    def _new_message(self, chat: _Chat, params: JSONDict, **content: Any) -> JSONDict:
        """Store and return a new bot message in ``chat``."""
        message: JSONDict = {
            "message_id": chat.take_message_id(),
            "from": dict(self.bot_user),
            "chat": chat.as_json(),
            "date": int(time.time()),
            **content,
        }
        markup = self._check_markup(params)
        if markup is not None:
            message["reply_markup"] = markup
        chat.bot_messages[message["message_id"]] = message
        return copy.deepcopy(message)

    def _check_caption(self, params: JSONDict) -> JSONDict:
        """Validate an optional caption and return the caption fields of the message."""
        caption = params.get("caption")
        if caption is None or caption == "":
            return {}
        if _visible_length(str(caption), params.get("parse_mode")) > _MAX_CAPTION:
            raise _bad_request("message caption is too long")
        content: JSONDict = {"caption": str(caption)}
        if params.get("caption_entities"):
            content["caption_entities"] = params["caption_entities"]
        return content

    def _send_message(self, params: JSONDict) -> JSONDict:
        """sendMessage."""
        chat = self._check_chat(params)
        text = params.get("text")
        if text is None or str(text).strip() == "":
            raise _bad_request("message text is empty")
        if _visible_length(str(text), params.get("parse_mode")) > _MAX_TEXT:
            raise _bad_request("message is too long")
        content: JSONDict = {"text": str(text)}
        if params.get("entities"):
            content["entities"] = params["entities"]
        return self._new_message(chat, params, **content)

    def _store_file(self, data: bytes, folder: str, extension: str) -> str:
        """Keep uploaded bytes for getFile/download and return a new file_id."""
        number = next(self._file_ids)
        file_id = f"EMU{folder[:3].upper()}{number:06d}"
        self._files[file_id] = (data, f"{folder}/file_{number}{extension}")
        return file_id

    def _input_file(self, params: JSONDict, uploads: dict[str, _Upload], key: str) -> _Upload:
        """The uploaded part for ``key``, or the stored file its file_id refers to."""
        if key in uploads:
            return uploads[key]
        reference = params.get(key)
        if isinstance(reference, str) and reference in self._files:
            return _Upload(self._files[reference][0], None, None)
        if isinstance(reference, str) and reference:
            return _Upload(b"", None, None)  # an URL or a foreign file_id: nothing to keep
        raise _bad_request(f"there is no {key} in the request")

    def _send_photo(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        """sendPhoto: a PhotoSize array of every standard size up to the original."""
        chat = self._check_chat(params)
        upload = self._input_file(params, uploads, "photo")
        caption = self._check_caption(params)
        width, height = _image_size(upload.data)
        biggest = max(width, height, 1)
        sides = [s for s in _PHOTO_SIDES if s < biggest] + [min(biggest, _PHOTO_SIDES[-1])]
        extension = ".png" if upload.data.startswith(b"\x89PNG") else ".jpg"
        photo = []
        for side in sides:
            scale = side / biggest
            size = max(1, int(len(upload.data) * scale * scale))
            file_id = self._store_file(upload.data, "photos", extension)
            photo.append(
                {
                    "file_id": file_id,
                    "file_unique_id": f"u{file_id}",
                    "width": max(1, round(width * scale)),
                    "height": max(1, round(height * scale)),
                    "file_size": size if side != sides[-1] else len(upload.data),
                }
            )
        return self._new_message(chat, params, photo=photo, **caption)

    def _send_document(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        """sendDocument."""
        chat = self._check_chat(params)
        upload = self._input_file(params, uploads, "document")
        caption = self._check_caption(params)
        file_name = upload.filename or "document"
        extension = "." + file_name.rsplit(".", 1)[1] if "." in file_name else ""
        file_id = self._store_file(upload.data, "documents", extension)
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": file_name,
            "mime_type": upload.content_type or "application/octet-stream",
            "file_size": len(upload.data),
        }
        return self._new_message(chat, params, document=document, **caption)

    def _edit_message(self, params: JSONDict, *, text: bool) -> JSONDict | bool:
        """editMessageText / editMessageReplyMarkup (omitting reply_markup removes the keyboard)."""
        if params.get("inline_message_id"):
            return True
        chat = self._chats.get(_as_int(params.get("chat_id"), 0))
        message = None if chat is None else chat.bot_messages.get(_as_int(params.get("message_id"), 0))
        if message is None:
            raise _bad_request("message to edit not found")
        new = dict(message)
        if text:
            new_text = params.get("text")
            if "text" not in message:
                raise _bad_request("there is no text in the message to edit")
            if new_text is None or str(new_text).strip() == "":
                raise _bad_request("message text is empty")
            if _visible_length(str(new_text), params.get("parse_mode")) > _MAX_TEXT:
                raise _bad_request("message is too long")
            new["text"] = str(new_text)
            new.pop("entities", None)
            if params.get("entities"):
                new["entities"] = params["entities"]
        markup = self._check_markup(params)
        new.pop("reply_markup", None)
        if markup is not None:
            new["reply_markup"] = markup
        if new.get("text") == message.get("text") and new.get("reply_markup") == message.get("reply_markup"):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        new["edit_date"] = int(time.time())
        assert chat is not None
        chat.bot_messages[new["message_id"]] = new
        return copy.deepcopy(new)

    def _commands_method(self, method: str, params: JSONDict) -> Any:
        """setMyCommands / getMyCommands / deleteMyCommands keyed by scope and language."""
        scope = params.get("scope") or {"type": "default"}
        key = json.dumps([scope, params.get("language_code") or ""], sort_keys=True)
        if method == "getMyCommands":
            return copy.deepcopy(self._commands.get(key, []))
        if method == "deleteMyCommands":
            self._commands.pop(key, None)
            return True
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND_RE.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("command description must be non-empty")
        self._commands[key] = copy.deepcopy(commands)
        return True
