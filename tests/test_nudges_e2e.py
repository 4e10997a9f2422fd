"""Nudges end to end: the real bot's JobQueue sends a due nudge through the fake Bot API, and
each of its buttons does what it says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from bot.config import Settings
from storage.db import Database
from storage.models import Entry, NudgeSchedule, User
from tests.fake_bot_api import BotMessage, FakeBotAPI, FakeUser
from tests.test_e2e import onboard, running, said, texts

pytestmark = pytest.mark.e2e


async def make_due(database: Database, external_id: str) -> None:
    async with database.transaction() as session:
        user_id = (
            await session.execute(select(User.id).where(User.external_id == external_id))
        ).scalar_one()
        await session.execute(
            update(NudgeSchedule)
            .where(NudgeSchedule.user_id == user_id)
            .values(next_due_at=datetime.now(UTC) - timedelta(seconds=5))
        )


async def schedule_of(database: Database, external_id: str) -> NudgeSchedule:
    async with database.transaction() as session:
        return (
            await session.execute(
                select(NudgeSchedule).join(User).where(User.external_id == external_id)
            )
        ).scalar_one()


async def next_nudge(user: FakeUser) -> BotMessage:
    message = await user.next_message(timeout=10)
    assert "Later" in message.button_texts
    return message


@pytest.fixture
def fast_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"nudge_tick_seconds": 0.2})


async def test_nudge_buttons_do_what_they_say(
    api: FakeBotAPI, fast_settings: Settings, database: Database
) -> None:
    mia = api.user(12001, first_name="Mia")
    async with running(fast_settings):
        await onboard(mia, reminders="Evenings (20:00)")
        await mia.tap("Not now")
        await said(mia)
        schedule = await schedule_of(database, "12001")
        assert schedule.enabled
        assert schedule.times == "20:00"

        # Later: snoozed for about two hours (never into quiet hours)
        await make_due(database, "12001")
        nudge = await next_nudge(mia)
        assert set(nudge.button_texts) >= {"Check in now", "I'm okay", "Fewer reminders", "Pause"}
        await mia.tap("Later")
        assert "two hours" in texts(await said(mia))
        snoozed = (await schedule_of(database, "12001")).next_due_at
        assert snoozed is not None
        assert snoozed > datetime.now(UTC) + timedelta(minutes=100)

        # I'm okay: a light mood note in the journal
        await make_due(database, "12001")
        await next_nudge(mia)
        await mia.tap("I'm okay")
        okay = texts(await said(mia)).lower()
        assert "glad" in okay or "good" in okay

        # Fewer reminders, then Pause
        await make_due(database, "12001")
        await next_nudge(mia)
        await mia.tap("Fewer reminders")
        await said(mia)
        assert len((await schedule_of(database, "12001")).days) < 7
        await make_due(database, "12001")
        await next_nudge(mia)
        await mia.tap("Pause")
        assert "week" in texts(await said(mia))
        paused = (await schedule_of(database, "12001")).paused_until
        assert paused is not None
        assert paused > datetime.now(UTC) + timedelta(days=6)

        # Check in now: the check-in begins
        await make_due(database, "12001")
        await next_nudge(mia)
        await mia.tap("Check in now")
        assert "breath" in texts(await said(mia))

    async with database.transaction() as session:
        kinds = (await session.execute(select(Entry.kind))).scalars().all()
        assert "mood" in kinds


async def test_settings_show_and_change_reminders(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    noa = api.user(12002, first_name="Noa")
    async with running(settings):
        await onboard(noa)
        await noa.tap("Not now")
        await said(noa)
        await noa.send("/settings")
        menu = texts(await said(noa))
        assert "little me" in menu
        assert "Europe/Berlin" in menu
        assert "Reminders: off" in menu
        await noa.tap("Reminders")
        await said(noa)
        await noa.tap("Times")
        await said(noa)
        await noa.send("8:15 and 19:45")
        await said(noa)
        await noa.tap("Quiet hours")
        await said(noa)
        await noa.tap("23:00–07:00")
        await said(noa)
        await noa.tap("Back")
        await said(noa)
        await noa.tap("Name")
        await said(noa)
        await noa.send("Little Noa")
        summary = texts(await said(noa))
        assert "Little Noa" in summary
        assert "08:15 & 19:45" in summary
        await noa.tap("Done")
        await said(noa)
    schedule = await schedule_of(database, "12002")
    assert schedule.enabled
    assert schedule.times == "08:15,19:45"
    assert (schedule.quiet_start, schedule.quiet_end) == ("23:00", "07:00")
    assert schedule.next_due_at is not None
