"""Replies to people go before nudges at the rate limiter."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.ratelimit import LOW_PRIORITY, PriorityRateLimiter


async def test_nudges_wait_while_a_reply_is_pending_and_flow_again_after() -> None:
    limiter = PriorityRateLimiter(overall_max_rate=1000, overall_time_period=1)
    await limiter.initialize()
    reply_may_finish = asyncio.Event()
    order: list[str] = []

    async def reply(*_: Any, **__: Any) -> bool:
        order.append("reply started")
        await reply_may_finish.wait()  # a reply being sent (slow network)
        order.append("reply done")
        return True

    async def nudge(*_: Any, **__: Any) -> bool:
        order.append("nudge")
        return True

    def request(call: Any, priority: str | None) -> Any:
        data = {"chat_id": 1}
        return limiter.process_request(call, (), {}, "sendMessage", data, priority)

    pending_reply = asyncio.create_task(request(reply, None))
    await asyncio.sleep(0.01)
    nudges = [asyncio.create_task(request(nudge, LOW_PRIORITY)) for _ in range(5)]
    await asyncio.sleep(0.05)
    assert order == ["reply started"]  # no nudge goes while a reply is pending
    reply_may_finish.set()
    await asyncio.gather(pending_reply, *nudges)
    assert order == ["reply started", "reply done", *["nudge"] * 5]
    await limiter.shutdown()


async def test_replies_are_not_held_by_nudges() -> None:
    limiter = PriorityRateLimiter(overall_max_rate=1000, overall_time_period=1)
    await limiter.initialize()
    nudge_may_finish = asyncio.Event()

    async def slow_nudge(*_: Any, **__: Any) -> bool:
        await nudge_may_finish.wait()
        return True

    async def reply(*_: Any, **__: Any) -> bool:
        return True

    nudges = [
        asyncio.create_task(
            limiter.process_request(slow_nudge, (), {}, "sendMessage", {"chat_id": 2}, "low")
        )
        for _ in range(3)
    ]
    await asyncio.sleep(0.01)
    assert await limiter.process_request(reply, (), {}, "sendMessage", {"chat_id": 1}, None)
    nudge_may_finish.set()
    await asyncio.gather(*nudges)
    await limiter.shutdown()
