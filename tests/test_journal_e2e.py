"""The journal end to end: the real bot (PTB long polling) against the fake Bot API.

What a person sees when they read their journal back, turn pages, open and delete an entry,
look at charts, export everything and forget everything; and what a forged button gets.
Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.export import SCHEMA
from dialogs.model import SaveEntry
from storage.crypto import Cipher
from storage.db import Database
from storage.journal import user_tables
from storage.models import Base, Entry, User
from storage.repository import Repository
from tests import schema_check
from tests.fake_bot_api import BotMessage, FakeBotAPI, FakeUser
from tests.test_e2e import running

pytestmark = pytest.mark.e2e

STORY = "my brother Bartholomew laughed at my drawing in front of everyone"
OWN_WORDS = "You did nothing wrong, Pemberton. I've got you."
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def said(user: FakeUser) -> list[BotMessage]:
    return await user.messages_until_quiet(quiet=0.4, timeout=15)


def words(messages: list[BotMessage]) -> str:
    return "\n".join(m.text or m.caption or "" for m in messages)


async def onboarded(database: Database, key: str, external_id: str) -> None:
    """Someone who finished onboarding (kept journal, Berlin time), stored directly, so these
    tests do not depend on the onboarding questions."""
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        user = await repo.get_or_create_user("telegram", external_id)
        repo.update_profile(
            user,
            {
                "onboarded": True,
                "journal": True,
                "adult": True,
                "timezone": "Europe/Berlin",
                "child_name": "little me",
            },
        )


async def full_checkin(user: FakeUser) -> None:
    await user.send("/checkin")
    await said(user)
    await user.tap("I'm ready")
    await said(user)
    await user.send(STORY)
    await said(user)
    await user.tap("Chest")
    await said(user)
    await user.tap("Hurt")
    await said(user)
    await user.tap("Picked on")
    await said(user)
    await user.tap("8")
    await said(user)
    await user.tap("5 to 8")
    await said(user)
    await user.tap("Someone on my side")
    await said(user)
    await user.send(OWN_WORDS)
    await said(user)
    await user.tap("3")
    assert "saved" in words(await said(user))


async def seed(
    database: Database, key: str, external_id: str, count: int, happened: str = "an older day"
) -> list[int]:
    """``count`` more check-ins a day apart, older than anything done in the test."""
    now = datetime.now(UTC)
    ids = []
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        user = await repo.get_or_create_user("telegram", external_id)
        repo.update_profile(user, {"journal": True, "onboarded": True, "adult": True})
        for day in range(1, count + 1):
            answers = {
                "happened": f"{happened} {day}",
                "feeling_core": "sad",
                "feeling": "down",
                "intensity_before": 7,
                "need": "comfort",
                "intensity_after": 4,
            }
            at = now - timedelta(days=day)
            row = await repo.add_entry(user, SaveEntry("checkin", answers, True, at, at))
            ids.append(row.id)
    return ids


async def count_entries(database: Database, external_id: str) -> int:
    async with database.transaction() as session:
        query = (
            select(func.count())
            .select_from(Entry)
            .join(User, User.id == Entry.user_id)
            .where(User.channel == "telegram", User.external_id == external_id)
        )
        return int((await session.execute(query)).scalar_one())


def latest_with_buttons(user: FakeUser) -> BotMessage:
    return next(m for m in reversed(user.messages) if m.buttons)


async def test_read_turn_pages_open_and_delete(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    alex = api.user(1001, first_name="Alex")
    async with running(settings):
        await onboarded(database, key, str(alex.user_id))
        await full_checkin(alex)
        await seed(database, key, "1001", 6)

        await alex.send("/journal")
        (listing,) = await said(alex)
        text = listing.text or ""
        assert "Your journal, newest first" in text
        local = datetime.now(UTC).astimezone(ZoneInfo("Europe/Berlin"))
        assert f"1. {local:%a} {local.day} {local:%b}, " in text  # Berlin time, newest first
        assert "💔 picked on · 8 → 3" in text
        assert "😢 down · 7 → 4" in text
        assert STORY not in text
        assert listing.button_texts[:5] == ["1", "2", "3", "4", "5"]
        assert "Older »" in listing.button_texts
        assert "« Newer" not in listing.button_texts

        await alex.tap("Older »")
        assert await said(alex) == []  # the page turned in place, no new message
        assert listing.edits == 1
        assert "« Newer" in listing.button_texts
        assert "Older »" not in listing.button_texts
        assert "an older day 6" not in (listing.text or "")  # stories stay out of the list
        assert len([b for b in listing.button_texts if b.isdigit()]) == 2

        await alex.tap("« Newer")
        await said(alex)
        await alex.tap("1")
        (entry,) = await said(alex)
        assert STORY in (entry.text or "")
        assert OWN_WORDS in (entry.text or "")
        assert "The caring adult's words" in (entry.text or "")
        assert entry.button_texts == ["Delete this entry"]

        await alex.tap("Delete this entry")
        (confirm,) = await said(alex)
        assert "Delete the check-in from" in (confirm.text or "")
        await alex.tap("Yes, delete it")
        assert await said(alex) == []
        assert confirm.text == "Deleted. It's no longer in your journal."
        assert confirm.buttons == []
        assert await count_entries(database, "1001") == 6

        await alex.send("/journal")
        after = words(await said(alex))
        assert "picked on" not in after
    assert not api.unanswered_callback_queries()
    for call in api.calls_to("sendMessage") + api.calls_to("editMessageText"):
        for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                assert len(button["callback_data"].encode()) <= 64


async def test_filters_are_a_tap_away(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    cleo = api.user(3001)
    async with running(settings):
        await onboarded(database, key, str(cleo.user_id))
        await seed(database, key, "3001", 12)
        await cleo.send("/journal")
        (listing,) = await said(cleo)
        await cleo.tap("Feeling or time")
        await said(cleo)
        assert "Which feeling" in (listing.text or "")
        await cleo.tap("7 days")
        await said(cleo)
        assert "Showing: the last 7 days" in (listing.text or "")
        assert "Older »" in listing.button_texts  # 7 entries in a week: two pages
        await cleo.tap("Feeling or time")
        await said(cleo)
        await cleo.tap("😨 scared")
        await said(cleo)
        assert "Nothing here for this choice" in (listing.text or "")


async def test_a_forged_button_for_someone_elses_entry_gets_nothing_of_it(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    bea_ids = await seed(database, key, "2002", 2, happened="Bea's secret")
    alex = api.user(1001)
    async with running(settings):
        await onboarded(database, key, str(alex.user_id))
        await alex.send("/journal")
        (listing,) = await said(alex)
        for data in (f"j:e:{bea_ids[0]}", f"j:d:{bea_ids[0]}", f"j:y:{bea_ids[1]}"):
            await alex.tap(data=data, message_id=listing.message_id)
            reply = words(await said(alex)) or listing.text or ""  # new, or in place (j:y)
            assert "isn't in your journal" in reply
        await alex.tap(data="j:o:nope:0:1:1", message_id=listing.message_id)
        assert "doesn't work any more" in words(await said(alex))
    everything = words(api.sent_to(1001))
    assert "Bea's secret" not in everything
    assert "down" not in everything
    assert await count_entries(database, "2002") == 2
    assert not api.unanswered_callback_queries()


async def test_insights_send_charts_as_photos(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    dana = api.user(4001)
    async with running(settings):
        await onboarded(database, key, str(dana.user_id))
        await dana.send("/insights")
        assert "isn't enough in your journal yet" in words(await said(dana))
        await seed(database, key, "4001", 5)
        api.fail_next("sendPhoto", status=500, description="Internal Server Error")
        await dana.send("/insights")  # Telegram fails once: the chart is sent again
        sent = [await dana.next_message(timeout=20) for _ in range(3)]  # the first chart of a
        sent += await said(dana)  # process waits for matplotlib to load (about a second)
    photos = [m for m in sent if m.photo is not None]
    assert len(photos) == 3
    for photo in photos:
        assert photo.photo is not None
        assert photo.photo.startswith(PNG_SIGNATURE)
        assert len(photo.photo) > 5_000
        assert photo.caption
    assert "upload_photo" in dana.chat_actions
    assert [c.status for c in api.calls_to("sendPhoto")] == [500, 200, 200, 200]
    assert "down came up most often" not in words(photos)  # charts speak of core feelings
    assert "sad came up most often" in words(photos)
    assert "eased by 3.0 points" in words(photos)


async def test_export_sends_markdown_and_json(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    eve = api.user(5001)
    async with running(settings):
        await onboarded(database, key, str(eve.user_id))
        await full_checkin(eve)
        await eve.send("/export")
        await api.wait_for(
            lambda: sum(1 for m in api.sent_to(5001) if m.document is not None) >= 2, timeout=20
        )
        sent = api.sent_to(5001)
    documents = {m.document_name: m for m in sent if m.document is not None}
    assert len(documents) == 2
    (json_name,) = [n for n in documents if n and n.endswith(".json")]
    (md_name,) = [n for n in documents if n and n.endswith(".md")]
    data = documents[json_name].document
    assert data is not None
    document: dict[str, Any] = json.loads(data)
    assert schema_check.errors(document, SCHEMA) == []
    (entry,) = document["entries"]
    assert entry["answers"]["happened"] == STORY
    assert entry["answers"]["own_words"] == OWN_WORDS
    assert document["person"]["timezone"] == "Europe/Berlin"
    markdown = (documents[md_name].document or b"").decode()
    assert f"> {STORY}" in markdown
    assert "upload_document" in eve.chat_actions


async def test_a_duplicate_export_is_sent_once(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    """Telegram delivers /export twice (a lost confirmation): the documents go out once."""
    gus = api.user(5002)

    def documents() -> int:
        return sum(1 for m in api.sent_to(5002) if m.document is not None)

    async with running(settings):
        await onboarded(database, key, str(gus.user_id))
        await full_checkin(gus)
        update_id = await gus.send("/export")
        await api.wait_for(lambda: documents() >= 2, timeout=20)
        await said(gus)
        api.redeliver(update_id)  # first in the next batch, so handled before /journal
        await gus.send("/journal")
        assert "Your journal, newest first" in words(await said(gus))
        assert documents() == 2


async def test_forget_asks_twice_and_leaves_nothing(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    await seed(database, key, "6002", 3, happened="Gil's day")
    fay = api.user(6001)
    async with running(settings):
        await onboarded(database, key, str(fay.user_id))
        await full_checkin(fay)
        await fay.send("/forget")
        (question,) = await said(fay)
        assert "your journal (1 entries)" in (question.text or "")
        await fay.tap("Yes, go on")
        assert await said(fay) == []
        assert question.text == "One last check. Erase everything now?"
        assert await count_entries(database, "6001") == 1
        await fay.tap("Erase everything")
        await said(fay)
        done = question.text or ""
        assert "journal entries: 1" in done
        assert "your settings" in done
        assert question.buttons == []

        async with database.transaction() as session:
            for table, column in user_tables():
                query = select(func.count()).select_from(table).where(column.isnot(None))
                rows = (await session.execute(query)).scalar_one()
                if table.name == "entries":
                    assert rows == 3  # Gil's, untouched
            users = Base.metadata.tables["users"]
            people = list(await session.scalars(select(users.c.external_id)))
            assert people == ["6002"]

        await fay.send("/start")  # and a fresh start is a fresh start
        assert "not therapy" in words(await said(fay))


async def test_journal_commands_leave_a_check_in_where_it_was(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    hal = api.user(7001)
    async with running(settings):
        await onboarded(database, key, str(hal.user_id))
        await hal.send("/checkin")
        await said(hal)
        await hal.tap("I'm ready")
        assert "What happened" in words(await said(hal))
        await hal.send("/journal")
        assert "still open" in words(await said(hal))
        await hal.send(STORY)
        assert "body" in words(await said(hal))
