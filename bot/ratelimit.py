"""A rate limiter where replies to people go before nudges.

It is PTB's :class:`~telegram.ext.AIORateLimiter` (the overall 30 messages/s budget, group
limits, ``retry_after`` handling on 429) plus one rule: a request marked low priority
(``rate_limit_args=LOW_PRIORITY``, which the nudge dispatcher uses) waits while any
interactive request is pending, and only a few low-priority requests queue at the limiter at
once, so a reply never waits behind a nudge backlog for more than a fraction of a second.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

LOW_PRIORITY = "low"
JSONish = bool | dict[str, Any] | list[dict[str, Any]]


class PriorityRateLimiter(AIORateLimiter):
    def __init__(
        self,
        *,
        overall_max_rate: float = 30,
        overall_time_period: float = 1,
        max_retries: int = 3,
        low_in_flight: int = 8,
    ) -> None:
        super().__init__(
            overall_max_rate=overall_max_rate,
            overall_time_period=overall_time_period,
            max_retries=max_retries,
        )
        self._urgent = 0
        self._no_urgent = asyncio.Event()
        self._no_urgent.set()
        self._low_slots = asyncio.Semaphore(low_in_flight)

    async def process_request(  # type: ignore[override]
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONish]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | str | None,
    ) -> JSONish:
        if rate_limit_args == LOW_PRIORITY:
            async with self._low_slots:
                await self._no_urgent.wait()
                return await super().process_request(callback, args, kwargs, endpoint, data, None)
        self._urgent += 1
        self._no_urgent.clear()
        try:
            retries = rate_limit_args if isinstance(rate_limit_args, int) else None
            return await super().process_request(callback, args, kwargs, endpoint, data, retries)
        finally:
            self._urgent -= 1
            if self._urgent == 0:
                self._no_urgent.set()
