"""An aiosqlite connection that runs each SQLite call at once, on the event loop's thread.

aiosqlite hands every call to a worker thread and wakes the loop when it is done. For a
local SQLite file those calls take microseconds, and the two thread hops around each one
cost far more (about 0.2-0.6 ms per statement on a busy two-core machine, so most of a
conversation turn). :class:`InlineConnection` keeps aiosqlite's API, which SQLAlchemy's
``sqlite+aiosqlite`` dialect drives, but answers each queued call immediately: the awaited
future is already done, so nothing is handed over and the loop is not woken.

What it trades: a statement blocks the event loop while it runs. With WAL and
``synchronous=NORMAL`` a commit does not wait for the disk, so that is microseconds; a WAL
checkpoint now and then takes a few milliseconds. :mod:`storage.db` gives SQLite a single
pooled connection, so one transaction never waits on another's lock while holding the loop
(a second transaction waits for the connection instead, without blocking). Another process
writing the same file at that moment (``innerchild chat`` beside the bot) can hold the loop
for up to ``busy_timeout``; correct, just slow, and rare.

It relies on the one internal of aiosqlite that SQLAlchemy's dialect also relies on: work is
queued as ``(future, function)`` pairs on ``Connection._tx``. tests/test_storage.py checks
that each call runs without a thread.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

import aiosqlite


class _RunNow:
    """Stands in for aiosqlite's queue to its worker thread: runs each call as it arrives."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # handed to the awaiting caller as is
            if future is not None and not future.done():
                future.set_exception(error)
            else:
                raise
        else:
            if future is not None and not future.done():
                future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """aiosqlite's API with no worker thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunNow()  # type: ignore[assignment]

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # no worker thread to start


def connect(database: str, **kwargs: Any) -> InlineConnection:
    """Like :func:`aiosqlite.connect`; SQLAlchemy calls it as ``async_creator_fn``."""
    kwargs["check_same_thread"] = False
    return InlineConnection(partial(sqlite3.connect, database, **kwargs))
