"""Done when: three webhook workers on one PostgreSQL run 50 routines while one is killed with SIGKILL."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp
import psycopg

from bot.core.ticker import RESENT
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import TOKEN, find_button, free_port
from tests.workers.cluster import Cluster, start_worker, stop_all, wait_serving

#: The quick routine (1.5, 2 and 1.5 minutes): steps at 0, 0.9 and 2.1 s, the end question at 3 s.
TIME_SCALE = 0.01
STEPS = 3
CHATS = range(8001, 8051)
STEP = re.compile(r"^Step (\d+)/(\d+) — ")
END = "That's the end of"


async def until(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Wait until ``check()`` holds, or fail saying ``what`` did not happen."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        await asyncio.sleep(0.02)


def press_everywhere(emu: BotApiEmulator, wanted: str) -> None:
    """Press the newest button named ``wanted`` in every chat."""
    for chat in CHATS:
        data = find_button(emu, chat, wanted)
        assert data is not None, f"chat {chat} has no {wanted} button: {emu.texts(chat)}"
        emu.press(chat, data)


def scheduled(emu: BotApiEmulator, chat: int) -> list[tuple[str, bool]]:
    """Return the chat's steps and end questions as ("1", "2", ..., "end"), each with whether it was marked resent."""
    out = []
    for text in emu.texts(chat):
        plain = text.removeprefix(RESENT + "\n")
        if m := STEP.match(plain):
            out.append((m[1], plain != text))
        elif plain.startswith(END):
            out.append(("end", plain != text))
    return out


def ended(emu: BotApiEmulator) -> bool:
    return all(any(name == "end" for name, _ in scheduled(emu, chat)) for chat in CHATS)


async def test_three_workers_run_50_routines_to_the_end_while_one_is_killed(postgres_url: str,
                                                                           tmp_path: Path) -> None:
    with BotApiEmulator(TOKEN) as emu:
        workers = [start_worker(emu, postgres_url, free_port(), tmp_path / f"worker{i}.log", time_scale=TIME_SCALE)
                   for i in range(3)]
        try:
            async with aiohttp.ClientSession() as session:
                cluster = Cluster(emu, workers, session)
                await asyncio.gather(*(wait_serving(session, w) for w in workers))
                registered = emu.calls_to("setWebhook")
                assert len(registered) == 3 and not any(c.params.get("drop_pending_updates") for c in registered)

                for chat in CHATS:
                    emu.send_text(chat, "/routine")
                await cluster.feed()
                await until(lambda: all(find_button(emu, c, "rt:quick") for c in CHATS), "every routine picker")
                press_everywhere(emu, "rt:quick")
                await cluster.feed()
                await until(lambda: all(find_button(emu, c, "chk:*:no") for c in CHATS), "every safety check")
                press_everywhere(emu, "chk:*:no")
                await cluster.feed()

                # Mid-way: every routine has begun and the first second steps are going out.
                await until(lambda: all(scheduled(emu, c) for c in CHATS)
                            and any(len(scheduled(emu, c)) >= 2 for c in CHATS), "the first second steps")
                cluster.kill(workers[1])
                killed_at = time.monotonic()

                # A step the killed worker had in flight is taken over once its lease (5 s) runs out.
                await until(lambda: ended(emu), "every end question", timeout=30)
                press_everywhere(emu, "score:*:3")
                await cluster.feed()
                await until(lambda: all(any("Saved: 3/10" in (m.get("text") or "") for m in emu.sent(c))
                                        for c in CHATS), "every score saved")
                alive = [w.alive for w in workers]
        finally:
            stop_all(workers)

    assert alive == [True, False, True]
    resent = 0
    for chat in CHATS:
        got = scheduled(emu, chat)
        names = [name for name, _ in got]
        assert sorted(set(names)) == ["1", "2", "3", "end"][: STEPS + 1], (chat, got)
        assert names == sorted(names, key=lambda n: int(n) if n != "end" else STEPS + 1), (chat, got)  # in order
        for i, (name, marked) in enumerate(got):
            repeat = name in names[:i]
            assert not repeat or marked, f"chat {chat}: {name} came twice without saying so: {got}"
            resent += marked
        assert len(names) <= len(set(names)) + 1, f"chat {chat}: more than one repeat: {got}"
    marked_times = [c.time for c in emu.calls_to("sendMessage") if str(c.params.get("text", "")).startswith(RESENT)]
    assert all(t > killed_at for t in marked_times)
    assert resent == len(marked_times) <= 64  # at most what the killed worker had in flight (its concurrency)

    with psycopg.connect(postgres_url) as conn:
        statuses = dict(conn.execute("SELECT status, count(*) FROM sessions GROUP BY status").fetchall())
        claimed = conn.execute("SELECT count(*) FROM sessions WHERE in_flight = 1 OR claim_owner IS NOT NULL")
        scores = conn.execute("SELECT count(*) FROM pain_log WHERE source = 'session' AND score = 3")
        assert statuses == {"finished": len(CHATS)}, "no routine is left running or stuck"
        assert claimed.fetchone() == (0,) and scores.fetchone() == (len(CHATS),)
