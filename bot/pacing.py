"""Paced messages on Telegram: the steps of a breathing or grounding exercise, sent later.

A flow returns all of an exercise's messages in one turn; each :class:`~dialogs.model.Reply`
carries the seconds to wait after the one before (``delay``). The replies up to the first
delayed one are sent at once; each later one becomes a one-off job on PTB's JobQueue, named
per chat (``pace:<chat id>``), so the handler never waits and the chat's pending messages can
be removed together.

Stopping, at any moment:

- A turn that moves the conversation on ("Stop", /cancel, typed words, another command)
  removes the chat's jobs of the older conversation version (:meth:`Pacer.cancel`).
- Before it sends, a job checks the person's conversation version in the database: if it is
  not the version its buttons were made for, the conversation moved on (perhaps in another
  replica, or before a restart) and the message stays unsent.
- A per-chat lock is held by the turn while it is handled and by a job while it checks and
  sends, so no paced message can slip out between a "Stop" and its answer.

``scale`` multiplies every delay (``PACE_SCALE``; tests use a small one).

Jobs live in memory, but a turn's replies are stored with its state, so after a restart
:meth:`Pacer.resume` schedules again the paced messages of recent turns that are still to
come, at the times they were meant for. Those that fell due while the bot was down are not
sent late in a burst (a breathing step out of time helps nobody); the exercise carries on from
the next one, and its buttons and /resume work as ever.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from weakref import WeakValueDictionary

from telegram.error import Forbidden
from telegram.ext import ContextTypes, JobQueue

from bot.service import Companion, Identity
from dialogs.model import Reply

log = logging.getLogger(__name__)

#: Sends one reply to a chat with buttons for a conversation version.
SendReply = Callable[[ContextTypes.DEFAULT_TYPE, int, Reply, int], Awaitable[None]]
AnyJobQueue = JobQueue[Any]
#: How far back :meth:`Pacer.resume` looks for a turn with paced messages still to come
#: (longer than any exercise).
RESUME_WINDOW = timedelta(minutes=30)


def job_name(chat_id: int) -> str:
    return f"pace:{chat_id}"


def split(replies: Sequence[Reply]) -> tuple[list[Reply], list[Reply]]:
    """The replies to send now, and the paced ones (from the first with a delay on)."""
    for index, reply in enumerate(replies):
        if reply.delay > 0:
            return list(replies[:index]), list(replies[index:])
    return list(replies), []


@dataclass(frozen=True, slots=True)
class Paced:
    """What one job sends: a reply, to whom, for which conversation version."""

    who: Identity
    reply: Reply
    version: int


class Pacer:
    def __init__(self, companion: Companion, send: SendReply, scale: float = 1.0) -> None:
        self.companion = companion
        self.send = send
        self.scale = max(scale, 0.0)
        self._locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()
        # chat id -> when its last paced message is due (monotonic): most turns have nothing
        # paced, and skip looking through the job queue at all
        self._due: dict[int, float] = {}

    def lock(self, chat_id: int) -> asyncio.Lock:
        """The chat's lock (kept only while someone holds or waits for it)."""
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat_id] = lock
        return lock

    def schedule(
        self,
        job_queue: AnyJobQueue,
        chat_id: int,
        who: Identity,
        replies: Sequence[Reply],
        version: int,
    ) -> None:
        """One job per reply, each ``delay × scale`` seconds after the one before."""
        at = 0.0
        for reply in replies:
            at += max(reply.delay, 0.0) * self.scale
            job_queue.run_once(
                self._fire,
                when=at,
                data=Paced(who, reply, version),
                name=job_name(chat_id),
                chat_id=chat_id,
            )
        self._due[chat_id] = max(self._due.get(chat_id, 0.0), time.monotonic() + at)

    async def resume(self, job_queue: AnyJobQueue, now: datetime) -> int:
        """After a restart: schedule the paced messages of recent turns still to come (each at
        the moment it was due); how many."""
        resumed = 0
        for turn in await self.companion.recent_turns(now - RESUME_WINDOW):
            if turn.channel != "telegram":
                continue
            _, paced = split(turn.replies)
            due = previous = turn.at
            ahead: list[Reply] = []
            for reply in paced:
                due += timedelta(seconds=max(reply.delay, 0.0) * self.scale)
                if due > now:  # so scale > 0: its wait counts from now, or from the one before
                    wait = (due - max(previous, now)).total_seconds() / self.scale
                    ahead.append(replace(reply, delay=wait))
                previous = due
            if ahead:
                who = Identity(turn.channel, turn.external_id)
                self.schedule(job_queue, int(turn.external_id), who, ahead, turn.version)
                resumed += len(ahead)
        if resumed:
            log.info("%d paced message(s) resumed after a restart", resumed)
        return resumed

    def cancel(
        self, job_queue: AnyJobQueue | None, chat_id: int, *, keep_version: int | None = None
    ) -> int:
        """Remove the chat's pending paced messages (except those of ``keep_version``)."""
        if job_queue is None or chat_id not in self._due:
            return 0
        removed = kept = 0
        for job in job_queue.get_jobs_by_name(job_name(chat_id)):
            paced = job.data
            if isinstance(paced, Paced) and paced.version == keep_version:
                kept += 1
                continue
            job.schedule_removal()
            removed += 1
        if not kept:
            self._due.pop(chat_id, None)
        return removed

    async def _fire(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        job = context.job
        if job is None or not isinstance(job.data, Paced) or job.chat_id is None:
            return
        paced, chat_id = job.data, job.chat_id
        if time.monotonic() + 0.05 >= self._due.get(chat_id, 0.0):
            self._due.pop(chat_id, None)  # the last one: nothing left to cancel for this chat
        async with self.lock(chat_id):
            if job.removed:  # stopped while this one waited for the lock
                return
            current = await self.companion.current_version(paced.who)
            if current != paced.version:
                self.cancel(context.job_queue, chat_id, keep_version=current)
                return
            try:
                await self.send(context, chat_id, paced.reply, paced.version)
            except Forbidden:
                log.info("chat %s blocked the bot; paced messages dropped", paced.who.external_id)
                self.cancel(context.job_queue, chat_id)
                await self.companion.mark_inactive(paced.who.channel, paced.who.external_id)
