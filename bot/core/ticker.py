"""The one ticker: claims what is due in the database, sends it, confirms it.

Steps, end questions and reminders are rows with a due time.  Each tick claims the due rows with a
lease (so another worker never sends them too), sends them through the adapter's :class:`Delivery`,
and confirms each one.  A confirmation that cannot be written is kept and retried before anything
new is claimed: the bookkeeping is retried, never the send.  A send that timed out may have been
delivered, so it counts as sent.  A row found still in flight after its lease ran out was being sent
by a process that died: it is sent again, saying so.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from bot.core.deps import Deps
from bot.core.model import NO_CLAIM, Claim, Reminder, SessionState
from bot.core.outcome import Button, Keyboard, Send
from bot.core.reminders import Reminders
from bot.core.routines import controls, zero_to_ten
from bot.core.sessions import sent, stopped
from bot.reminders import due_on_start, upcoming
from bot.routines import end_text, routine_label, step_text
from bot.storage.interfaces import Claimed, StorageError

logger = logging.getLogger(__name__)

#: A step sent more than this long after it fell due says it is late.
LATE_AFTER_SECONDS = 60.0
#: How long a claim holds before another worker may take it over (renewed every third of it while the send
#: is under way): a killed worker's messages in flight go out again, marked, this long after it died.
LEASE_SECONDS = 5.0
#: After a send failed without reaching Telegram, try again this much later.
RETRY_SECONDS = 5.0
#: The longest the ticker sleeps, so work claimed back from a dead worker is picked up soon.
MAX_SLEEP_SECONDS = 1.0
BATCH = 500
CONCURRENCY = 64
RESENT = "(Sent again after a restart; you may have it already.)"


class DeliveryFailed(Exception):
    """The message did not reach the chat; ``permanent`` when retrying cannot help (blocked, chat gone)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


class DeliveryUncertain(Exception):
    """The send timed out: the message may or may not have arrived."""


class Delivery(Protocol):
    """Sends a scheduled message to a chat (the adapter's side of the ticker)."""

    async def deliver(self, chat_id: int, message: Send) -> None:
        """Send ``message``; raise DeliveryFailed or DeliveryUncertain when it did not surely arrive."""


@runtime_checkable
class WorkSignal(Protocol):
    """A database that wakes every worker's ticker when one says new work is due (PostgreSQL's LISTEN/NOTIFY)."""

    async def notify_work(self) -> None:
        """Wake every worker's ticker."""

    async def wait_for_work(self, timeout: float) -> bool:
        """Wait for a wake-up or ``timeout`` s; return whether woken."""


@dataclass(frozen=True)
class _Pending:
    """A confirmation to write: the write is retried until the database takes it."""

    write: Callable[[], Awaitable[None]]


class Ticker:
    """Sends due steps, end questions and reminders, one worker among possibly several."""

    def __init__(self, deps: Deps, delivery: Delivery, *, worker: str | None = None, lease: float = LEASE_SECONDS,
                 concurrency: int = CONCURRENCY) -> None:
        self.deps = deps
        self.delivery = delivery
        self.worker = worker or uuid.uuid4().hex[:12]
        self.lease = lease
        self.started_at = deps.clock()
        self._pending: list[_Pending] = []
        self._sending: set[asyncio.Task[None]] = set()
        #: The rows this worker is sending right now.
        self._busy: set[tuple[str, int]] = set()
        #: Reminders stored by an older version get their next instant once, at the first tick.
        self._old_reminders_scheduled = False
        self._renewing: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._limit = asyncio.Semaphore(concurrency)
        self._reminders = Reminders(deps)

    def poke(self) -> None:
        """Wake the ticker now: something became due."""
        self._wake.set()

    async def due_changed(self) -> None:
        """Something became due or stopped being due: wake this ticker, and every worker's on a shared database."""
        self.poke()
        store = self.deps.store
        if isinstance(store, WorkSignal):
            try:
                await store.notify_work()
            except StorageError as exc:  # the others still look within a second
                logger.warning("Could not wake the other workers: %s", exc)

    async def tick(self) -> float | None:
        """Send everything due now; return the seconds until the next due item (None: nothing scheduled)."""
        store = self.deps.store
        await self.deps.stats.flush(store.feedback)
        if not await self._confirm_pending():
            return RETRY_SECONDS
        try:
            await self._schedule_old_reminders()
            while True:
                now = self.deps.clock()
                sessions = await store.sessions.claim_due(now, owner=self.worker, lease=self.lease, limit=BATCH)
                reminders = await store.reminders.claim_due(now, owner=self.worker, lease=self.lease, limit=BATCH)
                if not sessions and not reminders:
                    break
                # A row this worker is still sending came back because its lease ran out while renewing lagged:
                # claiming it again just renewed it; sending it again would repeat it.
                sessions = [c for c in sessions if ("session", c.item.id) not in self._busy]
                reminders = [c for c in reminders if ("reminder", c.item.id) not in self._busy]
                await self._run([self._session(c) for c in sessions] + [self._reminder(c) for c in reminders])
                if not await self._confirm_pending():
                    return RETRY_SECONDS
                if len(sessions) < BATCH and len(reminders) < BATCH:
                    break
            due = [t for t in (await store.sessions.next_due(), await store.reminders.next_due()) if t is not None]
        except StorageError as exc:
            logger.warning("Could not read what is due (%s); trying again in %.0f s", exc, RETRY_SECONDS)
            return RETRY_SECONDS
        return max(0.0, min(due) - self.deps.clock()) if due else None

    async def run(self, stop: asyncio.Event) -> None:
        """Tick until ``stop`` is set, sleeping until the next due item, a poke, or at most a second.

        On a database that signals work (:class:`WorkSignal`), another worker's notice wakes it too.
        """
        signal = self.deps.store if isinstance(self.deps.store, WorkSignal) else None
        while not stop.is_set():
            try:
                delay = await self.tick()
            except Exception:  # a bug in one tick must not stop every routine
                logger.exception("The ticker failed; carrying on")
                delay = RETRY_SECONDS
            self._wake.clear()
            timeout = MAX_SLEEP_SECONDS if delay is None else min(delay, MAX_SLEEP_SECONDS)
            waits: list[asyncio.Future[bool]] = [asyncio.ensure_future(self._wake.wait()),
                                                 asyncio.ensure_future(stop.wait())]
            if signal is not None and timeout > 0:
                waits.append(asyncio.ensure_future(signal.wait_for_work(timeout)))
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for w in waits:
                w.cancel()
        await self.drain()
        await self.deps.stats.flush(self.deps.store.feedback)

    # --- sending ---------------------------------------------------------------------------------

    async def _run(self, jobs: Sequence[Coroutine[Any, Any, None]]) -> None:
        """Start the sends (bounded by the semaphore) and wait a moment for them.

        A slow send (a group's rate limit, a 429) goes on in the background with its lease renewed,
        and the next tick claims what else fell due: one slow chat never holds up the others.
        """
        tasks = [asyncio.ensure_future(job) for job in jobs]
        for task in tasks:
            self._sending.add(task)
            task.add_done_callback(self._finished)
        if self._renewing is None or self._renewing.done():
            self._renewing = asyncio.ensure_future(self._renew())
        if tasks:
            await asyncio.wait(tasks, timeout=MAX_SLEEP_SECONDS)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._sending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("A scheduled message failed", exc_info=task.exception())

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the sends under way to finish (at shutdown)."""
        if self._sending:
            await asyncio.wait(set(self._sending), timeout=timeout)

    async def _renew(self) -> None:
        """Extend this worker's claims while any of its sends is under way."""
        while self._sending:
            await asyncio.wait(set(self._sending), timeout=self.lease / 3)
            if not self._sending:
                return
            until = self.deps.clock() + self.lease
            try:
                await self.deps.store.sessions.renew(self.worker, until)
                await self.deps.store.reminders.renew(self.worker, until)
            except StorageError as exc:
                logger.warning("Could not renew claims: %s", exc)

    async def _send(self, chat_id: int, message: Send) -> str:
        """Send and return "sent", "failed" or "gone" (the chat refuses the bot)."""
        async with self._limit:
            try:
                await self.delivery.deliver(chat_id, message)
                return "sent"
            except DeliveryUncertain as exc:
                logger.warning("A scheduled message to a chat timed out (%s); counting it as sent", exc)
                return "sent"
            except DeliveryFailed as exc:
                logger.warning("A scheduled message could not be sent (%s)%s", exc,
                               "" if exc.permanent else f"; retrying in {RETRY_SECONDS:.0f} s")
                return "gone" if exc.permanent else "failed"
            except Exception:  # a bug in the adapter: nothing was confirmed as sent; try again later
                logger.exception("Sending a scheduled message failed; retrying in %.0f s", RETRY_SECONDS)
                return "failed"

    def _late(self, due_at: float | None, now: float) -> bool:
        return due_at is not None and (due_at < self.started_at - 1 or now - due_at > LATE_AFTER_SECONDS)

    async def _guarded(self, kind: str, item: SessionState | Reminder, send: Awaitable[None]) -> None:
        """Run one claimed row's send, marked busy; a database failure before the send gives the claim up."""
        key = (kind, item.id)
        self._busy.add(key)
        try:
            await send
        except StorageError as exc:
            logger.warning("Could not prepare %s %d (%s); it is tried again", kind, item.id, exc)
            await self._release(item)
        finally:
            self._busy.discard(key)

    async def _session(self, claimed: Claimed[SessionState]) -> None:
        await self._guarded("session", claimed.item, self._session_unguarded(claimed))

    async def _session_unguarded(self, claimed: Claimed[SessionState]) -> None:
        d, s = self.deps, claimed.item
        now = d.clock()
        routine = d.kb.routines.get(s.routine_id)
        if routine is None:
            logger.warning("Session %d runs a routine no longer loaded; stopping it", s.id)
            text: str = "That routine is no longer available, so I've stopped it. Send /routine to pick another."
            buttons: Keyboard = ()
            final = True
        else:
            final = s.step >= len(routine.steps)  # a /reload may have shortened it: end cleanly
            if final:
                prompt = await d.store.prompts.put(s.chat_id, s.user_id, "score", {"session": s.id}, at=now)
                text, buttons = end_text(routine), zero_to_ten("score", s.user_id, str(prompt.id))
            else:
                text = step_text(routine, s.step, late=self._late(s.due_at, now))
                buttons = controls(s, s.step, s.user_id)
        if claimed.resent:
            text = f"{RESENT}\n{text}"
        latest = await d.store.sessions.get(s.id)
        if latest is None or latest.status != "running" or latest.step != s.step:
            # stopped, paused, skipped or erased since it was claimed (a red flag, "stop"): send nothing
            if latest is not None:
                await self._release(latest)
            return
        result = await self._send(s.chat_id, Send(text, buttons))

        async def confirm() -> None:
            state: SessionState | None = s
            for _ in range(8):
                if state is None:
                    return  # deleted meanwhile (/forget)
                if state.claim.owner != self.worker:
                    # our lease ran out and another worker took the step over: it sends (marked) and confirms
                    logger.warning("Session %d's claim passed to another worker; leaving its record to it", s.id)
                    return
                if result == "failed":
                    new = replace(state, claim=Claim(False, None, d.clock() + RETRY_SECONDS))
                elif result == "gone" or routine is None:
                    new = replace(stopped(state, d.clock()) or state, claim=NO_CLAIM)
                else:
                    new = sent(state, s.step, routine, d.clock(), d.settings.time_scale)
                if await d.store.sessions.update(new, expected=state):
                    return
                state = await d.store.sessions.get(s.id)
            raise StorageError(f"session {s.id} kept changing while its step was confirmed")

        await self._confirm(confirm)

    async def _reminder(self, claimed: Claimed[Reminder]) -> None:
        await self._guarded("reminder", claimed.item, self._reminder_unguarded(claimed))

    async def _reminder_unguarded(self, claimed: Claimed[Reminder]) -> None:
        d, r = self.deps, claimed.item
        now = d.clock()
        routine_id = await self._reminders.routine_for_user(r.user_id, r.routine_id)
        routine = d.kb.routines.get(routine_id)
        offer = routine_label(routine) if routine else "your routine"
        text = f"⏰ Time to look after your back! Ready for {offer}?"
        if self._late(r.next_due_at, now):
            text += "\n(This reminder comes late: I was offline when it was due.)"
        if claimed.resent:
            text = f"{RESENT}\n{text}"
        button = Button(f"▶️ Start {routine.title}" if routine else "▶️ Start a routine", "rmstart",
                        (routine_id,), r.user_id)
        result = await self._send(r.chat_id, Send(text, ((button,),)))

        async def confirm() -> None:
            for _ in range(8):
                current = await d.store.reminders.get(r.id)
                if current is None:
                    return  # removed meanwhile
                if current.claim.owner != self.worker:
                    logger.warning("Reminder %d's claim passed to another worker; leaving its record to it", r.id)
                    return
                if result == "failed":
                    new = replace(current, claim=Claim(False, None, d.clock() + RETRY_SECONDS))
                else:
                    after = dt.datetime.fromtimestamp(max(d.clock(), current.next_due_at or 0.0) + 60, dt.UTC)
                    new = replace(current, claim=NO_CLAIM, last_fired_at=d.clock(),
                                  next_due_at=upcoming(current, after).timestamp())
                if await d.store.reminders.update(new, expected=current):
                    return
            raise StorageError(f"reminder {r.id} kept changing while it was confirmed")

        await self._confirm(confirm)

    async def _release(self, item: SessionState | Reminder) -> None:
        """Give up a claim before anything was sent, so the retry is not marked as sent again."""
        retry = Claim(False, None, self.deps.clock() + RETRY_SECONDS)
        try:
            if isinstance(item, SessionState):
                await self.deps.store.sessions.update(replace(item, claim=retry), expected=item)
            else:
                await self.deps.store.reminders.update(replace(item, claim=retry), expected=item)
        except StorageError:  # the lease runs out instead (the retry then says it may be a repeat)
            pass

    async def _confirm(self, write: Callable[[], Awaitable[None]]) -> None:
        try:
            await write()
        except StorageError as exc:
            logger.warning("Sent, but could not record it yet (%s); will record it before sending more", exc)
            self._pending.append(_Pending(write))

    async def _confirm_pending(self) -> bool:
        """Write the confirmations that failed before; return False while the database still refuses."""
        while self._pending:
            try:
                await self._pending[0].write()
            except StorageError as exc:
                logger.warning("Still cannot record %d sent message(s): %s", len(self._pending), exc)
                return False
            self._pending.pop(0)
        return True

    async def _schedule_old_reminders(self) -> None:
        """Give reminders stored by an older version their next instant (a missed one fires once, late)."""
        if self._old_reminders_scheduled:
            return
        d = self.deps
        now = dt.datetime.fromtimestamp(d.clock(), dt.UTC)
        for r in await d.store.reminders.unscheduled():
            due = (due_on_start(r, now) or upcoming(r, now)).timestamp()
            await d.store.reminders.update(replace(r, next_due_at=due), expected=r)
        self._old_reminders_scheduled = True
