"""Replies to people go before a nudge backlog, within the same overall rate limit."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.ratelimit import LOW_PRIORITY, PriorityRateLimiter


async def test_an_interactive_reply_overtakes_a_backlog_of_nudges() -> None:
    limiter = PriorityRateLimiter(overall_max_rate=20, overall_time_period=1)
    await limiter.initialize()
    order: list[str] = []

    def request(name: str) -> Any:
        async def call(*_: Any, **__: Any) -> bool:
            order.append(name)
            return True

        return call

    async def send(name: str, priority: str | None) -> None:
        await limiter.process_request(
            request(name), (), {}, "sendMessage", {"chat_id": 1}, priority
        )

    backlog = [asyncio.create_task(send(f"nudge-{n}", LOW_PRIORITY)) for n in range(60)]
    await asyncio.sleep(0.3)  # the backlog is flowing at the cap
    await send("reply", None)
    await asyncio.gather(*backlog)
    await limiter.shutdown()
    # only the nudges already sent and the few at the limiter (8) went before it; with PTB's
    # plain AIORateLimiter it would wait behind all 60
    position = order.index("reply")
    assert position < 30, f"the reply waited behind {position} nudges"
    assert len(order) == 61
