"""Replies to people waiting go out before scheduled steps that can wait."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.tgbot.retry import RetryingRateLimiter, scheduled


async def test_a_scheduled_send_waits_while_a_reply_is_queued() -> None:
    limiter = RetryingRateLimiter()
    await limiter.initialize()
    order: list[str] = []
    reply_may_finish = asyncio.Event()

    async def reply_call(*_: Any, **__: Any) -> bool:
        order.append("reply starts")
        await reply_may_finish.wait()
        order.append("reply done")
        return True

    async def step_call(*_: Any, **__: Any) -> bool:
        order.append("step sent")
        return True

    async def send_step() -> None:
        with scheduled():
            await limiter.process_request(step_call, (), {}, "sendMessage", {"chat_id": 2}, None)

    reply = asyncio.create_task(limiter.process_request(reply_call, (), {}, "sendMessage", {"chat_id": 1}, None))
    while not order:
        await asyncio.sleep(0)
    step = asyncio.create_task(send_step())
    for _ in range(20):
        await asyncio.sleep(0)
    assert order == ["reply starts"]  # the step is held back while the reply is on its way
    reply_may_finish.set()
    await asyncio.gather(reply, step)
    assert order == ["reply starts", "reply done", "step sent"]
    await limiter.shutdown()


async def test_the_long_poll_does_not_hold_back_scheduled_sends() -> None:
    limiter = RetryingRateLimiter()
    await limiter.initialize()
    polling = asyncio.Event()
    sent: list[str] = []

    async def long_poll(*_: Any, **__: Any) -> list[object]:
        polling.set()
        await asyncio.Event().wait()
        return []

    async def step_call(*_: Any, **__: Any) -> bool:
        sent.append("step")
        return True

    poll = asyncio.create_task(limiter.process_request(long_poll, (), {}, "getUpdates", {}, None))
    await polling.wait()
    with scheduled():
        await limiter.process_request(step_call, (), {}, "sendMessage", {"chat_id": 2}, None)
    assert sent == ["step"]
    poll.cancel()
    await limiter.shutdown()
