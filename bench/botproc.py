"""A bot in its own process, polling the parent's Bot API emulator, as in production.

``python -m bench.botproc backcare|echo|aiogram [--lifted] [--transport aiohttp|httpx] [--sessions N ...]``
reads the usual environment (``TELEGRAM_BOT_TOKEN``, ``TELEGRAM_API_BASE_URL``, ``BACKCARE_DB``,
``BACKCARE_TIME_SCALE``; ``BACKCARE_UVLOOP=0`` keeps asyncio's own loop; ``BENCH_PROFILE=FILE`` writes a
cProfile of the run there, ``BENCH_GC=FILE`` the cyclic collector's runs and seconds by generation):

* ``backcare`` is the real application from :func:`bot.tgbot.app.build_application`;
* ``echo`` is the baseline: a minimal python-telegram-bot bot that sends each text back, built the
  same way otherwise (same transport, rate limiter, concurrent updates, job queue);
* ``aiogram`` is a bare aiogram 3 echo bot (its own aiohttp session), with the same cap on requests in flight
  when ``--lifted``;
* ``--fixed-answer`` (``backcare``) answers every message with the reply to one fixed question, computed once:
  the whole bot (storage, dialogue state, keyboards, sends) without the answer engine's CPU, to tell the two apart;
* ``--transport httpx`` puts PTB's own HTTPXRequest under ``backcare`` or ``echo`` instead of
  :class:`bot.tgbot.request.AiohttpRequest`, to compare;
* ``--lifted`` replaces Telegram's limits (30 messages a second) with none, to measure the pipeline
  itself; the per-user flood guard is always loosened (the benchmark's users write as fast as answered);
* ``--sessions N`` starts N guided sessions (``backcare``) or N timed-message series (``echo``)
  spread over ``--spread`` seconds, writes how late each step was sent and the peak memory to
  ``--out`` as JSON once the first ``--steps`` messages of every session were sent (or at
  ``--deadline``), and exits.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import cProfile
import gc
import json
import logging
import math
import os
import resource
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackContext,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.config import Settings
from bot.core.model import SessionState
from bot.routines import scaled_seconds, step_text
from bot.tgbot.processor import PerChatUpdateProcessor
from bot.tgbot.request import AiohttpRequest, install_event_loop_policy
from bot.tgbot.retry import RetryingRateLimiter

if TYPE_CHECKING:
    from bot.core.app import BackCare
    from bot.core.ticker import Ticker

# The BackCare application (search, dialogue, handlers) is imported only when it runs, so that the echo
# baseline costs what a minimal python-telegram-bot bot costs.

ROUTINE = "standard"
#: Requests in flight at once when the rate limits are lifted (see :class:`InFlightLimiter`).
IN_FLIGHT = 8
FIRST_CHAT = 1_000_000


def rss_mb() -> tuple[float, float]:
    """Return this process's resident memory now and at its peak, in MB (from /proc)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


class InFlightLimiter(BaseRateLimiter[int]):
    """No rate limit, only a cap on requests in flight, as the production limiter's queue gives in effect.

    Without a cap a backlog goes straight into httpcore's connection pool, which scans every queued request
    against every connection on each request (quadratic in the backlog); the production limiter keeps the
    backlog in its own queue instead, so that would measure a pathology production never meets.
    """

    def __init__(self, in_flight: int) -> None:
        self.in_flight = in_flight
        self._slots: asyncio.Semaphore | None = None

    async def initialize(self) -> None:
        """Create the semaphore in the running loop."""
        self._slots = asyncio.Semaphore(self.in_flight)

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        """Send the request once a slot is free (like AIORateLimiter, only requests to a chat wait)."""
        assert self._slots is not None
        if data.get("chat_id") is None:  # getUpdates and friends
            return await callback(*args, **kwargs)
        async with self._slots:
            return await callback(*args, **kwargs)


def loosen_flood_guard(application: Application) -> None:
    """Let a user write as fast as answered: the guard is the bound ``check`` of the group -1 TypeHandler."""
    from bot.tgbot.flood import FloodGuard

    guards = [h.callback.__self__ for h in application.handlers.get(-1, [])
              if isinstance(getattr(h.callback, "__self__", None), FloodGuard)]
    if not guards:
        raise RuntimeError("no FloodGuard found in handler group -1; update bench.botproc.loosen_flood_guard")
    for guard in guards:
        guard.burst = guard.rate = 1e9


def limiter(lifted: bool) -> BaseRateLimiter[Any]:
    """Return the production rate limiter, or one with no rate limit."""
    return InFlightLimiter(int(os.environ.get("BENCH_IN_FLIGHT", IN_FLIGHT))) if lifted else RetryingRateLimiter()


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back (the baseline bot's only handler)."""
    await update.effective_message.reply_text(update.effective_message.text)


def requests(transport: str) -> tuple[BaseRequest, BaseRequest]:
    """Return PTB's two request objects (for everything, for getUpdates) on ``transport``, with PTB's defaults."""
    kind = HTTPXRequest if transport == "httpx" else AiohttpRequest
    return kind(connection_pool_size=256), kind(connection_pool_size=1)


def echo_application(settings: Settings, lifted: bool, transport: str) -> Application:
    """Return the baseline bot: plain python-telegram-bot, one handler."""
    request, get_updates = requests(transport)
    builder = (ApplicationBuilder().token(settings.token).rate_limiter(limiter(lifted))
               .request(request).get_updates_request(get_updates)
               .concurrent_updates(PerChatUpdateProcessor()))
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return application


async def aiogram_echo(settings: Settings, lifted: bool) -> None:
    """Run a bare aiogram 3 echo bot against the emulator until SIGTERM."""
    from aiogram import Bot, Dispatcher, F
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    base = (settings.api_base_url or "https://api.telegram.org/bot").rstrip("/")
    root = base[: -len("/bot")] if base.endswith("/bot") else base
    bot = Bot(settings.token or "", session=AiohttpSession(api=TelegramAPIServer.from_base(root)))
    dispatcher = Dispatcher()
    slots = asyncio.Semaphore(int(os.environ.get("BENCH_IN_FLIGHT", IN_FLIGHT)) if lifted else 1_000_000)

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        async with slots:
            await message.answer(message.text or "")

    await bot.delete_webhook()  # as PTB's run_polling does (and the benchmark waits for)
    await dispatcher.start_polling(bot, handle_signals=True, polling_timeout=10)


class Series:
    """Start N sessions (or timed series) over a spread of time; record how late each message goes out.

    A session's first message is due when its user arrives (its slot in the spread), each later one when
    the session's stored ``due_at`` says.  The first ``steps`` messages of each session are measured.  At
    the deadline, messages that are due but not sent yet count with their lateness so far (a lower bound).
    """

    def __init__(self, application: Application, n: int, *, spread: float, steps: int, deadline: float,
                 out: Path, baseline: bool) -> None:
        self.application, self.n, self.spread, self.steps = application, n, spread, steps
        self.deadline, self.out, self.baseline = deadline, out, baseline
        self.lateness: list[float] = []
        self.sent: dict[int, int] = {}
        self.next_due: dict[int, float] = {}
        self.t0 = time.time()
        self.rss_before = 0.0
        self.started = 0
        self._starting: set[asyncio.Task[None]] = set()

    def slot(self, chat: int) -> float:
        """Return when the user of ``chat`` arrives (epoch seconds)."""
        return self.t0 + self.spread * (chat - FIRST_CHAT) / self.n

    def record(self, chat: int, due: float) -> None:
        """Count one message of ``chat`` sent now that fell due at ``due``."""
        if self.sent.get(chat, 0) >= self.steps:
            return
        self.lateness.append(time.time() - due)
        self.sent[chat] = self.sent.get(chat, 0) + 1
        if len(self.lateness) >= self.n * self.steps:
            self.finish()

    # --- the real sessions: the core's SessionService on SQLite, sent by the one ticker --------

    def watch(self, core: BackCare, ticker: Ticker) -> None:
        """Record lateness when the Bot API accepted a step the ticker sent, and each session's next due time.

        The claim tells which step of which session is on its way; the delivery's return says it arrived;
        the confirm write (a compare-and-set that moves the session on) gives the next step's due time.
        """
        sessions = core.store.sessions
        claim_due, update = sessions.claim_due, sessions.update
        on_the_way: dict[int, tuple[int, float | None]] = {}

        async def claiming(now: float, **kwargs: Any) -> Any:
            claimed = await claim_due(now, **kwargs)
            for c in claimed:
                on_the_way[c.item.chat_id] = (c.item.step, c.item.due_at)
            return claimed

        async def updating(new: SessionState, *, expected: SessionState) -> bool:
            done = await update(new, expected=expected)
            if done and new.step == expected.step + 1:
                self.next_due[new.chat_id] = new.due_at if new.status == "running" and new.due_at else math.inf
            return done

        deliver = ticker.delivery.deliver

        async def delivering(chat_id: int, message: Any) -> None:
            await deliver(chat_id, message)
            step, due = on_the_way.pop(chat_id, (None, None))
            if step is not None:
                self.record(chat_id, self.slot(chat_id) if step == 0 or due is None else due)

        sessions.claim_due = claiming  # type: ignore[method-assign]
        sessions.update = updating  # type: ignore[method-assign]
        ticker.delivery.deliver = delivering  # type: ignore[method-assign]

    def start_session(self, chat: int) -> None:
        """Start a session as the /routine flow's last button does (its first step due now); wake the ticker."""
        from bot.tgbot import handlers

        core: BackCare = self.application.bot_data[handlers.CORE]
        ticker: Ticker = self.application.bot_data[handlers.TICKER]

        async def start() -> None:
            await core.routines.sessions.start(chat, chat, ROUTINE)
            ticker.poke()

        self._starting.add(task := asyncio.get_running_loop().create_task(start()))
        task.add_done_callback(self._starting.discard)

    # --- the baseline: the same messages at the same times from bare JobQueue jobs ---------------

    async def baseline_step(self, context: CallbackContext) -> None:
        """Send one step, record its lateness, and schedule the next."""
        chat, step, due = context.job.data
        routine = self.application.bot_data["routine"]
        final = step >= len(routine.steps)
        await context.bot.send_message(chat, "How does your back feel?" if final else step_text(routine, step))
        self.record(chat, due)
        if final:
            self.next_due[chat] = math.inf
            return
        length = scaled_seconds(routine.steps[step].minutes, self.application.bot_data["scale"])
        self.next_due[chat] = time.time() + length
        context.job_queue.run_once(self.baseline_step, when=length, chat_id=chat,
                                   data=(chat, step + 1, self.next_due[chat]), name=f"series:{chat}")

    def start_baseline(self, chat: int) -> None:
        """Start a series with its first message due at its user's arrival."""
        self.application.job_queue.run_once(self.baseline_step, when=0, chat_id=chat,
                                            data=(chat, 0, self.slot(chat)), name=f"series:{chat}")

    # --- both -----------------------------------------------------------------------------------

    async def run(self) -> None:
        """Start the N sessions evenly over the spread, as users arriving; stop at the deadline."""
        self.rss_before = rss_mb()[0]
        self.t0 = time.time()
        loop = asyncio.get_running_loop()
        loop.call_later(self.deadline, self.finish)
        start = self.start_baseline if self.baseline else self.start_session
        for i in range(self.n):
            chat = FIRST_CHAT + i
            self.next_due[chat] = self.slot(chat)
        for i in range(self.n):
            chat = FIRST_CHAT + i
            delay = self.slot(chat) - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            if self.out.exists():
                return
            start(chat)
            self.started += 1

    def finish(self) -> None:
        """Write the results once (unsent due messages as lower bounds) and stop the application."""
        if self.out.exists():
            return
        now = time.time()
        pending = [now - due for chat, due in self.next_due.items()
                   if self.sent.get(chat, 0) < self.steps and due <= now]
        rss, peak = rss_mb()
        self.out.write_text(json.dumps({
            "lateness": self.lateness, "pending": pending, "seconds": now - self.t0, "started": self.started,
            "rss_before_mb": self.rss_before, "rss_mb": rss, "peak_rss_mb": peak,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }))
        self.application.stop_running()


#: The question whose reply ``--fixed-answer`` gives to every message.
FIXED_QUESTION = "how often should I massage my back?"


def fix_answer() -> None:
    """Make every ``Dialogue.respond`` return the reply to :data:`FIXED_QUESTION`, computed once per process."""
    from bot.dialogue import Dialogue, Reply

    real = Dialogue.respond
    fixed: list[Reply] = []

    def respond(self: Dialogue, text: str, **kwargs: Any) -> Reply:
        if not fixed:
            fixed.append(real(self, FIXED_QUESTION, **kwargs))
        return fixed[0]

    Dialogue.respond = respond  # type: ignore[method-assign]


def _count_collections(out: Path) -> None:
    """Count the cyclic collector's runs and their time by generation; write them (JSON) to ``out`` at exit."""
    seen = {"collections": [0, 0, 0], "seconds": [0.0, 0.0, 0.0]}
    began = [0.0]

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
            return
        seen["collections"][info["generation"]] += 1
        seen["seconds"][info["generation"]] += time.perf_counter() - began[0]

    gc.callbacks.append(note)
    atexit.register(lambda: out.write_text(json.dumps(seen), encoding="utf-8"))


def main() -> None:
    """Run one bot until stopped (or until its sessions are done)."""
    parser = argparse.ArgumentParser(prog="python -m bench.botproc")
    parser.add_argument("kind", choices=["backcare", "echo", "aiogram"])
    parser.add_argument("--lifted", action="store_true", help="no rate limits (measure the pipeline itself)")
    parser.add_argument("--transport", choices=["aiohttp", "httpx"], default="aiohttp",
                        help="PTB's request class: bot.tgbot.request.AiohttpRequest (default) or PTB's HTTPXRequest")
    parser.add_argument("--fixed-answer", action="store_true",
                        help="backcare: answer every message with one fixed reply (the bot without its answer engine)")
    parser.add_argument("--sessions", type=int, default=0, help="start this many sessions after start-up")
    parser.add_argument("--spread", type=float, default=10.0, help="seconds over which the sessions start")
    parser.add_argument("--steps", type=int, default=0, help="messages per session to wait for (default: all)")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds after which to stop measuring")
    parser.add_argument("--out", type=Path, help="where to write the sessions' results (JSON)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_event_loop_policy()
    if os.environ.get("BENCH_GC"):
        _count_collections(Path(os.environ["BENCH_GC"]))
    profile_to = os.environ.get("BENCH_PROFILE")
    profiler = cProfile.Profile() if profile_to else None
    if profiler is not None:
        profiler.enable()
    try:
        run(args)
    finally:
        if profiler is not None and profile_to:
            profiler.disable()
            profiler.dump_stats(profile_to)


def run(args: argparse.Namespace) -> None:
    """Build the chosen bot and poll until stopped."""
    settings = Settings.from_env(dotenv=False)
    if args.kind == "aiogram":
        asyncio.run(aiogram_echo(settings, args.lifted))
        return
    if args.kind == "backcare" or args.sessions:
        from bot.knowledge import load

        kb = load(settings.knowledge_dir)
    if args.kind == "backcare" and args.fixed_answer:
        fix_answer()
    if args.kind == "backcare":
        from bot.tgbot import app
        if args.transport == "httpx":  # what BackCare shipped with before bot.tgbot.request
            app.AiohttpRequest = HTTPXRequest  # type: ignore[misc,assignment]
        application = app.build_application(settings, kb, rate_limiter=limiter(args.lifted))
        # The benchmark's users write as soon as they are answered, which the flood guard would stop.
        loosen_flood_guard(application)
    else:
        application = echo_application(settings, args.lifted, args.transport)
    if args.sessions:
        routine = kb.routines[ROUTINE]
        steps = args.steps or len(routine.steps) + 1
        series = Series(application, args.sessions, spread=args.spread, steps=steps, deadline=args.deadline,
                        out=args.out, baseline=args.kind == "echo")
        application.bot_data.update(routine=routine, scale=settings.time_scale)
        post_init = application.post_init
        tasks: list[asyncio.Task[None]] = []

        async def begin(app: Application) -> None:
            if post_init:
                await post_init(app)
            if args.kind == "backcare":
                from bot.tgbot import handlers

                series.watch(app.bot_data[handlers.CORE], app.bot_data[handlers.TICKER])
            tasks.append(asyncio.get_running_loop().create_task(series.run()))

        application.post_init = begin
    application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=True)


if __name__ == "__main__":
    main()
