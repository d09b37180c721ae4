"""Process updates concurrently across chats but in order within each chat, across workers too."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, runtime_checkable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.core.clock import Clock, system_clock
from bot.storage.interfaces import StorageError, UpdateLog

logger = logging.getLogger(__name__)


@runtime_checkable
class SharedChats(Protocol):
    """A database several workers share: a lock per chat across them, and the update ids handled."""

    def chat_lock(self, chat_id: int, *, timeout: float = 30.0) -> AbstractAsyncContextManager[None]:
        """Hold the chat's lock across every worker while the block runs."""

    @property
    def updates(self) -> UpdateLog: ...


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Run different chats' updates at once; one chat's updates one after another, in order.

    A user who presses "Pause" then "Resume" gets them handled in that order.  The base class
    takes one of ``max_concurrent_updates`` slots before this chat lock, so a chat's backlog holds
    slots while it waits; the flood guard drops a flooding user's updates in about a millisecond
    each, and the limit is high, so others are not held up.

    With :meth:`share` (several workers on one PostgreSQL), each update also runs under its chat's
    lock in the database, so a load balancer may send one chat's updates to different workers, and
    an update some worker already took (Telegram's ``update_id``) is skipped: handled at most once.
    """

    def __init__(self, max_concurrent_updates: int = 1024) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}
        self._shared: SharedChats | None = None
        self._clock: Clock = system_clock

    def share(self, store: SharedChats, clock: Clock = system_clock) -> None:
        """Order each chat's updates across every worker on ``store``, and handle each update once."""
        self._shared, self._clock = store, clock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await the update's handlers while holding its chat's lock (this worker's, then the database's)."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await self._once(update, None, coroutine)
            return
        # The local lock first: one chat holds at most one of the database's lock connections.
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] = self._users.get(chat.id, 0) + 1
        try:
            async with lock:
                await self._once(update, chat.id, coroutine)
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:
                del self._users[chat.id], self._locks[chat.id]

    async def _once(self, update: object, chat_id: int | None, coroutine: Awaitable[Any]) -> None:
        """Run ``coroutine`` under the chat's shared lock unless another worker took the update already."""
        shared = self._shared
        if shared is None or not isinstance(update, Update):
            await coroutine
            return
        async with contextlib.AsyncExitStack() as stack:
            if chat_id is not None:
                try:
                    await stack.enter_async_context(shared.chat_lock(chat_id))
                except StorageError as exc:  # the database is down or the chat stuck: answer anyway
                    logger.warning("Handling an update without its chat's lock: %s", exc)
            try:
                first = await shared.updates.first_time(update.update_id, at=self._clock())
            except StorageError as exc:
                logger.warning("Could not record update %d as handled (%s); handling it", update.update_id, exc)
                first = True
            if not first:
                logger.info("Update %d was already taken by a worker; skipping it", update.update_id)
                if inspect.iscoroutine(coroutine):
                    coroutine.close()
                return
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
