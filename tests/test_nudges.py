"""Nudges: schedules in local time across DST, quiet hours, snooze, and the dispatcher's
promises (stale skip, at most once across restarts and dispatchers, blocked users, 429)."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func, select, text, update
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from bot.nudges import Claimed, NudgeDispatcher
from dialogs.schedule import (
    WEEKDAYS,
    NudgePlan,
    fewer,
    next_due,
    parse_times,
    snoozed,
)
from storage.crypto import Cipher
from storage.db import Database
from storage.models import ConversationRow, NudgeDelivery, NudgeSchedule, User
from storage.repository import Repository

NY = "America/New_York"
BERLIN = "Europe/Berlin"


def local(when: datetime, zone: str) -> datetime:
    return when.astimezone(ZoneInfo(zone))


# ---- schedules (pure) -------------------------------------------------------------------


def test_daily_nudge_keeps_its_local_time_across_spring_forward() -> None:
    plan = NudgePlan(enabled=True, times=(time(9, 0),), timezone=NY)
    due = next_due(plan, datetime(2026, 3, 6, 20, tzinfo=UTC))
    seen = []
    for _ in range(4):
        assert due is not None
        seen.append(local(due, NY))
        due = next_due(plan, due)
    assert [d.hour for d in seen] == [9, 9, 9, 9]
    assert [d.day for d in seen] == [7, 8, 9, 10]  # DST began on 8 March 2026
    assert seen[0].utcoffset() != seen[2].utcoffset()


def test_a_skipped_local_time_moves_forward_and_a_repeated_one_happens_once() -> None:
    spring = NudgePlan(enabled=True, times=(time(2, 30),), timezone=NY)
    due = next_due(spring, datetime(2026, 3, 8, 0, tzinfo=UTC))
    assert due is not None
    assert local(due, NY).strftime("%m-%d %H:%M") == "03-08 03:30"
    autumn = NudgePlan(enabled=True, times=(time(1, 30),), timezone=NY)
    first = next_due(autumn, datetime(2026, 11, 1, 0, tzinfo=UTC))
    assert first is not None
    second = next_due(autumn, first)
    assert second is not None
    assert local(first, NY).strftime("%m-%d %H:%M") == "11-01 01:30"
    assert local(second, NY).strftime("%m-%d %H:%M") == "11-02 01:30"  # not twice on the 1st


def test_european_dst_and_two_times_a_day() -> None:
    plan = NudgePlan(enabled=True, times=(time(9), time(20)), timezone=BERLIN)
    moments = []
    due = datetime(2026, 10, 24, 12, tzinfo=UTC)
    for _ in range(4):
        nxt = next_due(plan, due)
        assert nxt is not None
        moments.append(local(nxt, BERLIN).strftime("%d %H:%M"))
        due = nxt
    assert moments == ["24 20:00", "25 09:00", "25 20:00", "26 09:00"]


def test_days_pause_and_off() -> None:
    plan = NudgePlan(enabled=True, times=(time(9),), days=WEEKDAYS, timezone=BERLIN)
    friday_evening = datetime(2026, 11, 27, 18, tzinfo=UTC)
    due = next_due(plan, friday_evening)
    assert due is not None
    assert local(due, BERLIN).strftime("%a %H:%M") == "Mon 09:00"
    paused = NudgePlan(
        enabled=True,
        times=(time(9),),
        timezone=BERLIN,
        paused_until=datetime(2026, 12, 3, 12, tzinfo=UTC),
    )
    due = next_due(paused, friday_evening)
    assert due is not None
    assert local(due, BERLIN).strftime("%m-%d %H:%M") == "12-04 09:00"
    assert next_due(NudgePlan(enabled=False, times=(time(9),)), friday_evening) is None


def test_quiet_hours_across_midnight_and_snooze_never_lands_inside() -> None:
    plan = NudgePlan(
        enabled=True,
        times=(time(21, 30),),
        quiet_start=time(22),
        quiet_end=time(8),
        timezone=BERLIN,
    )
    evening = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)  # 21:30 in Berlin
    back = snoozed(plan, evening)
    assert local(back, BERLIN).strftime("%d %H:%M") == "25 08:00"
    afternoon = datetime(2026, 11, 24, 12, tzinfo=UTC)
    assert local(snoozed(plan, afternoon), BERLIN).strftime("%H:%M") == "15:00"
    assert plan.quiet_at(time(23, 15))
    assert plan.quiet_at(time(7, 59))
    assert not plan.quiet_at(time(8, 0))


def test_typed_times_and_backing_off() -> None:
    assert parse_times("9am and 8.30pm") == (time(9), time(20, 30))
    assert parse_times("21:15") == (time(21, 15),)
    assert parse_times("25:00") is None
    assert parse_times("soon") is None
    plan = NudgePlan(enabled=True, times=(time(9), time(20)), timezone=BERLIN)
    once = fewer(plan)
    assert once.times == (time(9),)
    assert len(fewer(once).days) == 4


# ---- the dispatcher ------------------------------------------------------------------------

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


class Outbox:
    """A transport that records what would reach Telegram, with scripted failures."""

    def __init__(self) -> None:
        self.sent: list[Claimed] = []
        self.failures: dict[int, list[BaseException]] = {}
        self.calls = 0

    async def __call__(self, item: Claimed) -> None:
        self.calls += 1
        script = self.failures.get(item.chat_id)
        if script:
            raise script.pop(0)
        self.sent.append(item)


async def add_people(database: Database, cipher: Cipher, count: int, due: datetime) -> None:
    plan = NudgePlan(enabled=True, times=(time(9),), timezone="UTC")
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        for n in range(count):
            user = await repo.get_or_create_user("telegram", str(1000 + n))
            user.timezone = "UTC"
            await repo.save_nudges(user, plan, due - timedelta(days=1))
        await session.execute(update(NudgeSchedule).values(next_due_at=due))
        # last active a day before the first nudge, in the test's time, not the wall clock's
        # (a conversation touched after a nudge counts as an answer to it)
        await session.execute(update(ConversationRow).values(updated_at=due - timedelta(days=1)))


def dispatcher(
    database: Database, cipher: Cipher, outbox: Outbox, now: datetime, **options: object
) -> NudgeDispatcher:
    return NudgeDispatcher(
        database,
        cipher,
        outbox,
        clock=lambda: now,
        rng=random.Random(3),
        backoff=0.001,
        **options,  # type: ignore[arg-type]
    )


async def statuses(database: Database) -> dict[str, int]:
    async with database.transaction() as session:
        rows = await session.execute(
            select(NudgeDelivery.status, func.count()).group_by(NudgeDelivery.status)
        )
        return {str(row[0]): int(row[1]) for row in rows}


async def test_a_due_nudge_is_sent_once_and_the_schedule_moves_on(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 3, NOW - timedelta(minutes=1))
    outbox = Outbox()
    report = await dispatcher(database, cipher, outbox, NOW).tick()
    assert report.sent == 3
    assert sorted(item.chat_id for item in outbox.sent) == [1000, 1001, 1002]
    assert all(item.reply.choices for item in outbox.sent)
    again = await dispatcher(database, cipher, outbox, NOW + timedelta(minutes=5)).tick()
    assert again.sent == 0
    async with database.transaction() as session:
        dues = (await session.execute(select(NudgeSchedule.next_due_at))).scalars().all()
    assert all(due == datetime(2026, 11, 24, 9, tzinfo=UTC) for due in dues)  # the next slot
    assert await statuses(database) == {"sent": 3}


async def test_delivery_rows_older_than_a_week_are_pruned_once_an_hour(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 2, NOW - timedelta(minutes=1))
    outbox = Outbox()
    await dispatcher(database, cipher, outbox, NOW).tick()  # two rows, due now
    async with database.transaction() as session:
        user_id = await session.scalar(select(User.id).limit(1))
        for days in (8, 30):
            session.add(
                NudgeDelivery(
                    user_id=user_id, due_at=NOW - timedelta(days=days), status="sent", claim="x"
                )
            )
    later = dispatcher(database, cipher, outbox, NOW + timedelta(minutes=5))
    assert (await later.tick()).pruned == 2
    assert await statuses(database) == {"sent": 2}  # this week's stay
    async with database.transaction() as session:
        session.add(
            NudgeDelivery(user_id=user_id, due_at=NOW - timedelta(days=9), status="sent", claim="y")
        )
    later.clock = lambda: NOW + timedelta(minutes=30)
    assert (await later.tick()).pruned == 0  # not again within the hour
    later.clock = lambda: NOW + timedelta(minutes=66)
    assert (await later.tick()).pruned == 1


async def test_after_downtime_a_stale_nudge_is_skipped_not_sent_late(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 2, NOW - timedelta(hours=3))
    outbox = Outbox()
    report = await dispatcher(database, cipher, outbox, NOW).tick()
    assert report.skipped_stale == 2
    assert outbox.sent == []
    async with database.transaction() as session:
        dues = (await session.execute(select(NudgeSchedule.next_due_at))).scalars().all()
    assert all(due is not None and due > NOW for due in dues)


async def test_exactly_once_across_a_restart_in_the_middle_of_a_tick(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 10, NOW - timedelta(minutes=1))

    class Crash(BaseException):
        """The process dies while the first batch is being sent."""

    crashing = Outbox()
    crashing.failures = {1000 + n: [Crash()] for n in range(4)}
    with pytest.raises(BaseExceptionGroup):
        async with asyncio.TaskGroup() as group:
            group.create_task(dispatcher(database, cipher, crashing, NOW, batch=4).tick())
    # a new process starts and ticks
    fresh = Outbox()
    report = await dispatcher(database, cipher, fresh, NOW + timedelta(seconds=30), batch=4).tick()
    everyone = [item.chat_id for item in crashing.sent + fresh.sent]
    assert len(everyone) == len(set(everyone))  # never twice
    assert sorted(everyone) == list(range(1004, 1010))  # the rest, once each
    assert report.sent == 6


async def test_a_blocked_person_is_marked_inactive_and_nudges_stop(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 2, NOW - timedelta(minutes=1))
    outbox = Outbox()
    outbox.failures = {1000: [Forbidden("Forbidden: bot was blocked by the user")]}
    report = await dispatcher(database, cipher, outbox, NOW).tick()
    assert report.blocked == 1
    assert report.sent == 1
    async with database.transaction() as session:
        user = (await session.execute(select(User).where(User.external_id == "1000"))).scalar_one()
        assert user.active is False
        await session.execute(update(NudgeSchedule).values(next_due_at=NOW))
    later = Outbox()
    await dispatcher(database, cipher, later, NOW + timedelta(minutes=2)).tick()
    assert [item.chat_id for item in later.sent] == [1001]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_waits_and_other_errors_retry_but_a_timeout_is_never_resent(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 3, NOW - timedelta(minutes=1))
    outbox = Outbox()
    outbox.failures = {
        1000: [RetryAfter(0)],
        1001: [NetworkError("Bad Gateway"), NetworkError("Bad Gateway")],
        1002: [TimedOut()],
    }
    report = await dispatcher(database, cipher, outbox, NOW).tick()
    assert sorted(item.chat_id for item in outbox.sent) == [1000, 1001]
    assert report.unknown == 1
    assert outbox.calls == 2 + 3 + 1
    assert await statuses(database) == {"sent": 2, "unknown": 1}


async def test_ignored_nudges_lead_to_one_question_then_backing_off(
    database: Database, cipher: Cipher
) -> None:
    await add_people(database, cipher, 1, NOW - timedelta(minutes=1))
    outbox = Outbox()
    texts = []
    moment = NOW
    for _ in range(7):
        await dispatcher(database, cipher, outbox, moment).tick()
        texts.append(outbox.sent[-1].reply.text)
        async with database.transaction() as session:
            schedule = (await session.execute(select(NudgeSchedule))).scalar_one()
            moment = schedule.next_due_at + timedelta(seconds=1)  # type: ignore[operator]
    asked = [i for i, t in enumerate(texts) if "fewer reminders" in t]
    assert asked == [3]  # asked once, after three ignored
    assert "write less often" in texts[5]  # no answer: it backs off on its own
    async with database.transaction() as session:
        schedule = (await session.execute(select(NudgeSchedule))).scalar_one()
        assert len(schedule.days) < 7


async def test_a_reply_resets_the_ignored_count(database: Database, cipher: Cipher) -> None:
    await add_people(database, cipher, 1, NOW - timedelta(minutes=1))
    outbox = Outbox()
    moment = NOW
    for _ in range(5):
        await dispatcher(database, cipher, outbox, moment).tick()
        async with database.transaction() as session:
            schedule = (await session.execute(select(NudgeSchedule))).scalar_one()
            due = schedule.next_due_at
            assert due is not None
            await session.execute(update(ConversationRow).values(updated_at=due))
            moment = due + timedelta(seconds=1)
    assert not any("fewer reminders" in item.reply.text for item in outbox.sent)


async def test_nudge_texts_do_not_repeat_the_last_few(database: Database, cipher: Cipher) -> None:
    await add_people(database, cipher, 1, NOW - timedelta(minutes=1))
    outbox = Outbox()
    moment = NOW
    for _ in range(6):
        await dispatcher(database, cipher, outbox, moment).tick()
        async with database.transaction() as session:
            schedule = (await session.execute(select(NudgeSchedule))).scalar_one()
            await session.execute(update(ConversationRow).values(updated_at=schedule.next_due_at))
            moment = schedule.next_due_at + timedelta(seconds=1)  # type: ignore[operator]
    texts = [item.reply.text for item in outbox.sent]
    assert len(set(texts)) == len(texts)


async def test_frozen_clock_default_dispatcher(database: Database, cipher: Cipher) -> None:
    """With the real clock (frozen by time-machine): nothing before the due time, then once."""
    due = datetime(2026, 3, 8, 14, 0, tzinfo=UTC)  # 09:00 or 10:00 in New York around DST
    await add_people(database, cipher, 1, due)
    outbox = Outbox()
    nudges = NudgeDispatcher(database, cipher, outbox, backoff=0.001)
    with time_machine.travel(due - timedelta(minutes=1), tick=False):
        assert (await nudges.tick()).sent == 0
    with time_machine.travel(due + timedelta(seconds=5), tick=False):
        assert (await nudges.tick()).sent == 1


@pytest.mark.postgres
async def test_two_dispatchers_at_once_never_send_the_same_nudge_twice(
    postgres_url: str, cipher: Cipher
) -> None:
    first_db, second_db = Database.connect(postgres_url), Database.connect(postgres_url)
    try:
        async with first_db.transaction() as session:
            for table in ("nudge_deliveries", "nudge_schedules", "conversations", "users"):
                await session.execute(text(f"DELETE FROM {table}"))
        await add_people(first_db, cipher, 300, NOW - timedelta(minutes=1))
        one, two = Outbox(), Outbox()
        await asyncio.gather(
            dispatcher(first_db, cipher, one, NOW, batch=25).tick(),
            dispatcher(second_db, cipher, two, NOW, batch=25).tick(),
        )
        everyone = [item.chat_id for item in one.sent + two.sent]
        assert len(everyone) == 300
        assert len(set(everyone)) == 300
        assert one.sent  # both really worked
        assert two.sent
    finally:
        await first_db.dispose()
        await second_db.dispose()
