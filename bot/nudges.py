"""The nudge dispatcher: one job that ticks, claims due nudges in batches, and sends them.

A tick claims up to ``batch`` schedules whose UTC ``next_due_at`` has passed (on PostgreSQL
with ``FOR UPDATE SKIP LOCKED``, so several dispatchers can run at once), and in the same
transaction records one delivery per (person, due time) — the unique key makes a nudge at most
once, whatever crashes or runs twice — and moves each schedule to its next due time. Only then
are the claimed nudges sent, through the low-priority lane of the rate limiter. A nudge more
than ``stale`` late (after downtime) is skipped, not sent late. 403 marks the person inactive;
429 waits ``retry_after``; other errors are retried with backoff, except a timeout, which may
have been delivered and so is never retried.

Adaptive gentleness: a nudge is "ignored" when the person has not written since the previous
one. After three ignored in a row the bot asks once whether fewer reminders would be better;
with two more and no answer it backs off on its own (one time a day, then fewer days).

Delivery rows matter only while their due time could still be claimed; once an hour a tick
deletes those due more than ``keep`` ago, so the table holds about a week of nudges.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import Forbidden, RetryAfter, TelegramError, TimedOut

from dialogs.model import Reply
from dialogs.nudging import compose_nudge
from dialogs.schedule import clock_text, days_code, fewer, next_due
from storage.crypto import Cipher
from storage.db import Database
from storage.models import ConversationRow, NudgeDelivery, NudgeSchedule, User
from storage.repository import plan_of

log = logging.getLogger(__name__)

#: Ignored nudges in a row before asking whether fewer would be better.
ASK_AFTER_IGNORED = 3
#: Ignored nudges in a row (after asking) before backing off without an answer.
BACK_OFF_AFTER_IGNORED = 5
#: How many remembered nudge variants per person.
RECENT_LIMIT = 10


@dataclass(frozen=True, slots=True)
class Claimed:
    delivery_id: int
    user_id: int
    chat_id: int
    due_at: datetime
    reply: Reply


@dataclass(slots=True)
class TickReport:
    claimed: int = 0
    sent: int = 0
    skipped_stale: int = 0
    blocked: int = 0
    failed: int = 0
    unknown: int = 0
    duplicates: int = 0
    pruned: int = 0  # delivery rows deleted as too old to matter
    seconds: float = 0.0
    statuses: dict[int, str] = field(default_factory=dict)


Send = Callable[[Claimed], Awaitable[None]]


class NudgeDispatcher:
    def __init__(
        self,
        database: Database,
        cipher: Cipher,
        send: Send,
        *,
        clock: Callable[[], datetime] | None = None,
        batch: int = 200,
        stale: timedelta = timedelta(hours=1),
        in_flight: int = 16,
        attempts: int = 3,
        backoff: float = 1.0,
        rng: random.Random | None = None,
        keep: timedelta = timedelta(days=7),
        prune_every: timedelta = timedelta(hours=1),
    ) -> None:
        self.database = database
        self.cipher = cipher
        self.send = send
        self.clock = clock or (lambda: datetime.now(UTC))
        self.batch = batch
        self.stale = stale
        self.in_flight = in_flight
        self.attempts = attempts
        self.backoff = backoff
        self.rng = rng or random.Random()
        self.keep = keep
        self.prune_every = prune_every
        self._pruned_at: datetime | None = None

    async def tick(self) -> TickReport:
        """Claim and send everything due now, batch by batch."""
        report = TickReport()
        started = asyncio.get_running_loop().time()
        while True:
            claimed, handled = await self._claim(self.clock(), report)
            if claimed:
                await self._deliver(claimed, report)
            if handled < self.batch:
                break
        now = self.clock()
        if self._pruned_at is None or now - self._pruned_at >= self.prune_every:
            report.pruned = await self.prune(now)
            self._pruned_at = now
        report.seconds = asyncio.get_running_loop().time() - started
        if report.claimed or report.skipped_stale:
            log.info(
                "nudges: %d sent, %d skipped as stale, %d blocked, %d failed, %d unknown",
                report.sent,
                report.skipped_stale,
                report.blocked,
                report.failed,
                report.unknown,
            )
        return report

    async def prune(self, now: datetime) -> int:
        """Delete delivery rows due more than ``keep`` before ``now``; how many went."""
        async with self.database.transaction() as session:
            result = await session.execute(
                delete(NudgeDelivery).where(NudgeDelivery.due_at < now - self.keep)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    # ---- claiming ---------------------------------------------------------------------------

    async def _claim(self, now: datetime, report: TickReport) -> tuple[list[Claimed], int]:
        """One transaction: pick due schedules, record deliveries, move schedules on."""
        async with self.database.transaction() as session:
            query = (
                select(
                    NudgeSchedule,
                    User.external_id,
                    User.timezone,
                    User.locale,
                    User.child_name_enc,
                    ConversationRow.updated_at,
                )
                .join(User, User.id == NudgeSchedule.user_id)
                .outerjoin(ConversationRow, ConversationRow.user_id == NudgeSchedule.user_id)
                .where(
                    NudgeSchedule.enabled.is_(True),
                    NudgeSchedule.next_due_at <= now,
                    User.active.is_(True),
                    User.channel == "telegram",
                )
                .order_by(NudgeSchedule.next_due_at)
                .limit(self.batch)
                .execution_options(populate_existing=True, autoflush=False)
            )
            if self.database.backend == "postgresql":
                query = query.with_for_update(of=NudgeSchedule, skip_locked=True)
            rows = (await session.execute(query)).all()
            changes: list[dict[str, object]] = []
            pending: list[tuple[dict[str, object], Reply]] = []
            for schedule, external_id, timezone, locale, name_token, last_seen in rows:
                due = schedule.next_due_at
                assert due is not None
                plan = plan_of(schedule, timezone)
                change: dict[str, object] = {
                    "user_id": schedule.user_id,
                    "next_due_at": next_due(plan, max(now, due)),
                }
                changes.append(change)
                if now - due > self.stale:
                    report.skipped_stale += 1
                    continue
                ignored = schedule.last_sent_at is not None and (
                    last_seen is None or last_seen < schedule.last_sent_at
                )
                streak = schedule.ignored_streak + 1 if ignored else 0
                ask = streak >= ASK_AFTER_IGNORED and not schedule.asked_fewer
                backed_off = schedule.asked_fewer and streak >= BACK_OFF_AFTER_IGNORED
                if backed_off:
                    quieter = fewer(plan)
                    change["times"] = ",".join(clock_text(t) for t in quieter.times)
                    change["days"] = days_code(quieter.days)
                    change["next_due_at"] = next_due(quieter, now)
                    streak = 0
                reply, used = compose_nudge(
                    child_name=self.cipher.decrypt_opt(name_token),
                    recent=[str(v) for v in schedule.recent_variants or ()],
                    rng=self.rng,
                    locale=locale,
                    ask_fewer=ask,
                    backed_off=backed_off,
                )
                recent = [*(schedule.recent_variants or ()), *([used] if used else [])]
                change.update(
                    ignored_streak=streak,
                    asked_fewer=schedule.asked_fewer or ask,
                    last_sent_at=now,
                    recent_variants=recent[-RECENT_LIMIT:],
                )
                delivery = {
                    "user_id": schedule.user_id,
                    "due_at": due,
                    "status": "claimed",
                    "claimed_at": now,
                    "chat_id": int(external_id),
                }
                pending.append((delivery, reply))
            claimed = await self._record(session, pending, changes, report)
        report.claimed += len(claimed)
        return claimed, len(rows)

    async def _record(
        self,
        session: AsyncSession,
        pending: list[tuple[dict[str, object], Reply]],
        changes: list[dict[str, object]],
        report: TickReport,
    ) -> list[Claimed]:
        """Insert the deliveries (a duplicate key means someone else has it) and move on."""
        claimed: list[Claimed] = []
        if pending:
            # One executemany insert that skips keys someone else holds, then read back the
            # rows this claim (a random token) really inserted. Faster than RETURNING, which
            # SQLite would run row by row here.
            token = uuid.uuid4().hex
            insert = pg_insert if self.database.backend == "postgresql" else sqlite_insert
            statement = insert(NudgeDelivery).on_conflict_do_nothing(
                index_elements=["user_id", "due_at"]
            )
            values = [
                {**{k: v for k, v in d.items() if k != "chat_id"}, "claim": token}
                for d, _ in pending
            ]
            await session.execute(statement, values)
            mine = await session.execute(
                select(NudgeDelivery.id, NudgeDelivery.user_id).where(
                    NudgeDelivery.user_id.in_([d["user_id"] for d, _ in pending]),
                    NudgeDelivery.claim == token,
                )
            )
            inserted = {user_id: delivery_id for delivery_id, user_id in mine.all()}
            for delivery, reply in pending:
                user_id = int(str(delivery["user_id"]))
                if user_id not in inserted:
                    report.duplicates += 1
                    continue
                due = delivery["due_at"]
                assert isinstance(due, datetime)
                chat_id = int(str(delivery["chat_id"]))
                claimed.append(Claimed(inserted[user_id], user_id, chat_id, due, reply))
        if changes:
            # several column sets: group so each executemany has the same keys
            groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
            for change in changes:
                groups.setdefault(tuple(sorted(change)), []).append(change)
            for group in groups.values():
                await session.execute(update(NudgeSchedule), group)
        return claimed

    # ---- sending ------------------------------------------------------------------------------

    async def _deliver(self, claimed: list[Claimed], report: TickReport) -> None:
        slots = asyncio.Semaphore(self.in_flight)

        async def one(item: Claimed) -> tuple[Claimed, str]:
            async with slots:
                return item, await self._send_one(item)

        outcomes = await asyncio.gather(*(one(item) for item in claimed))
        sent_at = self.clock()
        by_status: dict[str, list[int]] = {}
        blocked_users: list[int] = []
        for item, status in outcomes:
            by_status.setdefault(status, []).append(item.delivery_id)
            report.statuses[item.delivery_id] = status
            if status == "blocked":
                blocked_users.append(item.user_id)
        report.sent += len(by_status.get("sent", []))
        report.blocked += len(blocked_users)
        report.failed += len(by_status.get("failed", []))
        report.unknown += len(by_status.get("unknown", []))
        async with self.database.transaction() as session:
            for status, ids in by_status.items():
                values: dict[str, object] = {"status": status}
                if status == "sent":
                    values["sent_at"] = sent_at
                await session.execute(
                    update(NudgeDelivery).where(NudgeDelivery.id.in_(ids)).values(**values)
                )
            if blocked_users:
                await session.execute(
                    update(User).where(User.id.in_(blocked_users)).values(active=False)
                )

    async def _send_one(self, item: Claimed) -> str:
        for attempt in range(1, self.attempts + 1):
            try:
                await self.send(item)
            except Forbidden:
                return "blocked"
            except RetryAfter as exc:
                await asyncio.sleep(_retry_after(exc))
            except TimedOut:
                return "unknown"  # it may have arrived: never send it twice
            except TelegramError as exc:
                log.info("nudge attempt %d failed: %s", attempt, type(exc).__name__)
                if attempt < self.attempts:
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
            else:
                return "sent"
        return "failed"


def _retry_after(error: RetryAfter) -> float:
    """Seconds Telegram asked us to wait (PTB is moving this attribute to a timedelta)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value: float | timedelta = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
