"""End to end: the real bot (PTB long polling) against a fake Bot API server on loopback.

People tap buttons and type as they would in Telegram; the assertions are about what they
see and what is stored. Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import logs
from bot.app import build_application
from bot.config import Settings
from storage.crypto import Cipher
from storage.db import Database
from storage.models import Entry, User
from storage.repository import Repository
from tests.fake_bot_api import BotMessage, FakeBotAPI, FakeUser, polling

pytestmark = pytest.mark.e2e

STORY = "my brother Bartholomew laughed at my drawing in front of everyone"


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[None]:
    async with polling(build_application(settings), poll_timeout=1):
        yield


async def said(user: FakeUser) -> list[BotMessage]:
    """The bot's answer to one turn: its first message (however long a busy machine takes),
    then whatever follows until it has been quiet for a moment."""
    first = await user.next_message(timeout=15)
    return [first, *await user.messages_until_quiet(quiet=0.3, timeout=15)]


def texts(messages: list[BotMessage]) -> str:
    return "\n".join(m.text or "" for m in messages)


async def onboard(
    user: FakeUser, name_button: str = "little me", reminders: str = "No reminders"
) -> None:
    await user.send("/start")
    welcome = await said(user)
    assert "not therapy" in texts(welcome)
    await user.tap("Yes, I'm 18 or older")
    await said(user)
    await user.tap("Yes, keep my journal")
    await said(user)
    await user.tap(name_button)
    await said(user)
    await user.tap("Berlin · Paris")
    assert "reminder" in texts(await said(user))
    await user.tap(reminders)
    offer = await said(user)
    assert "first check-in" in texts(offer)


async def stored_entries(database: Database, key: str, external_id: str) -> list[Any]:
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        user = await repo.user("telegram", external_id)
        assert user is not None
        return await repo.entries(user)


async def test_onboarding_and_a_full_checkin_are_stored(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    async with running(settings):
        alex = api.user(1001, first_name="Alex")
        await onboard(alex, name_button="little Alex")
        await alex.tap("Yes, let's begin")
        await said(alex)
        await alex.tap("I'm ready")
        assert "What happened" in texts(await said(alex))
        await alex.send(STORY)
        assert "body" in texts(await said(alex))
        await alex.tap("Chest")
        feeling = await said(alex)
        assert "might feel" in texts(feeling)  # suggestions from their own words
        await alex.tap("Hurt")
        await said(alex)
        await alex.tap("Picked on")
        await said(alex)
        await alex.tap("8")
        await said(alex)
        await alex.tap("5 to 8")
        await said(alex)
        await alex.tap("Someone on my side")
        caring = await said(alex)
        assert "little Alex" in texts(caring) or "Little Alex" in texts(caring)
        assert "typing" in alex.chat_actions
        await alex.send("You did nothing wrong. I've got you.")
        await said(alex)
        await alex.tap("3")
        end = await said(alex)
        assert "8 to 3" in texts(end)
        assert "saved" in texts(end)

        # each tapped question now shows the choice and has no buttons left
        tapped = [m for m in api.sent_to(1001) if m.text and "→ Chest" in m.text]
        assert tapped
        assert tapped[0].buttons == []
        assert api.commands  # the command menu was set at start-up

    (entry,) = await stored_entries(database, key, "1001")
    assert entry.complete
    assert entry.answers["happened"] == STORY
    assert entry.answers["feeling"] == "picked_on"
    assert entry.answers["intensity_before"] == 8
    assert entry.answers["intensity_after"] == 3
    assert entry.answers["own_words"] == "You did nothing wrong. I've got you."


async def test_restart_in_the_middle_resumes_at_the_same_step(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    sam = api.user(1002, first_name="Sam")
    async with running(settings):
        await onboard(sam)
        await sam.send("/checkin")
        await said(sam)
        await sam.tap("I'm ready")
        await said(sam)
        await sam.send(STORY)
        body_question = await said(sam)
        assert "body" in texts(body_question)

    # the process is gone; a new one starts on the same database
    async with running(settings):
        await sam.tap("Stomach")  # a button from before the restart still works
        feeling = await said(sam)
        assert "feel" in texts(feeling)
        await sam.send("/cancel")
        assert "kept" in texts(await said(sam))

    (entry,) = await stored_entries(database, key, "1002")
    assert not entry.complete
    assert entry.answers["happened"] == STORY
    assert entry.answers["body"] == "stomach"


async def test_two_people_at_once_see_nothing_of_each_other(
    api: FakeBotAPI, settings: Settings
) -> None:
    ana, ben = api.user(2001, first_name="Ana"), api.user(2002, first_name="Ben")
    async with running(settings):
        await asyncio.gather(onboard(ana, "little Ana"), onboard(ben, "little Ben"))
        await ana.tap("Yes, let's begin")
        await ben.tap("Yes, let's begin")
        await asyncio.gather(said(ana), said(ben))
        await ana.tap("I'm ready")
        await ben.tap("I'm ready")
        await asyncio.gather(said(ana), said(ben))
        await ana.send(STORY)
        await ben.send("the bus was late again")
        await asyncio.gather(said(ana), said(ben))

    ben_sees = texts(api.sent_to(2002))
    ana_sees = texts(api.sent_to(2001))
    assert "Bartholomew" not in ben_sees
    assert "Ana" not in ben_sees
    assert "Ben" not in ana_sees
    for message in api.sent_to(2002):
        assert message.chat_id == 2002


async def test_group_chats_get_one_polite_line_and_nothing_is_stored(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    async with running(settings):
        await api.send_group_message(-5001, from_user=3001, text="/start")
        await api.wait_for(lambda: bool(api.calls_to("leaveChat")), timeout=5)
    (line,) = api.sent_to(-5001)
    assert "private" in (line.text or "")
    async with database.transaction() as session:
        assert (await session.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def test_stickers_photos_edits_and_forged_buttons_get_calm_replies(
    api: FakeBotAPI, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    cleo = api.user(4001)
    async with running(settings):
        await onboard(cleo)
        await cleo.send_sticker()
        assert "text" in texts(await said(cleo))
        await cleo.send_photo()
        assert "text" in texts(await said(cleo))
        await cleo.send_voice()
        assert "text" in texts(await said(cleo))
        await cleo.send("hello")
        await said(cleo)
        await cleo.edit(cleo.last_message_id, "hello again")
        assert "edited" in texts(await said(cleo))
        newest = api.sent_to(4001)[-1].message_id
        await cleo.tap(data="999|f:hacked", message_id=newest)
        assert "earlier" in texts(await said(cleo))
        await cleo.tap(data="garbage-without-a-version", message_id=newest)
        assert "earlier" in texts(await said(cleo))
        await cleo.send("x" * 4096)
        assert await said(cleo)
        await cleo.send("/nonsense")
        assert "/nonsense" in texts(await said(cleo))
    assert "update" not in caplog.text or "failed" not in caplog.text


async def test_a_failing_command_menu_is_survived(api: FakeBotAPI, settings: Settings) -> None:
    api.fail_next("setMyCommands", status=500, description="Internal Server Error")
    dana = api.user(5001)
    async with running(settings):
        await dana.send("/start")
        assert "not therapy" in texts(await said(dana))


async def test_a_duplicate_update_is_handled_once(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    eve = api.user(6001)
    async with running(settings):
        await onboard(eve)
        await eve.send("/checkin")
        await said(eve)
        await eve.tap("I'm ready")
        await said(eve)
        update_id = await eve.send(STORY)
        await said(eve)
        before = len(api.sent_to(6001))
        api.redeliver(update_id)
        await asyncio.sleep(0.5)
        assert len(api.sent_to(6001)) == before


async def test_blocked_user_is_marked_inactive(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    fay = api.user(7001)
    async with running(settings):
        await fay.send("/start")
        await said(fay)
        api.block(7001)
        await fay.send("/help")
        await asyncio.sleep(0.6)
    async with database.transaction() as session:
        user = (await session.execute(select(User).where(User.external_id == "7001"))).scalar_one()
        assert user.active is False


async def test_logs_never_carry_words_or_the_token(
    api: FakeBotAPI, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    logs.setup("DEBUG")
    caplog.set_level(logging.DEBUG)
    gus = api.user(8001)
    async with running(settings):
        await onboard(gus)
        await gus.send(STORY)
        await said(gus)
    # the fake server's own records stand for Telegram's side and are left out
    ours = [r for r in caplog.records if not r.name.startswith("tests.")]
    assert ours  # the bot did log
    text = "\n".join(r.getMessage() + (r.exc_text or "") for r in ours)
    assert "Bartholomew" not in text
    assert api.token not in text
    assert api.token.split(":")[1] not in text


async def test_entries_are_encrypted_in_the_database(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    hal = api.user(9001)
    async with running(settings):
        await onboard(hal)
        await hal.send("/checkin")
        await said(hal)
        await hal.tap("I'm ready")
        await said(hal)
        await hal.send(STORY)
        await said(hal)
        await hal.send("/cancel")
        await said(hal)
    async with database.transaction() as session:
        (row,) = (await session.execute(select(Entry))).scalars()
        assert "Bartholomew" not in row.data_enc


async def test_an_unexpected_error_gets_a_kind_reply_and_a_log_without_words(
    api: FakeBotAPI,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.service import Companion

    real = Companion.handle

    async def broken(self: Companion, who: Any, event: Any, update_id: int | None = None) -> Any:
        if "Bartholomew" in event.value:
            raise ValueError(f"cannot handle {event.value!r}")  # a library quoting its input
        return await real(self, who, event, update_id)

    monkeypatch.setattr(Companion, "handle", broken)
    ivy = api.user(9101)
    async with running(settings):
        await onboard(ivy)
        await ivy.send(STORY)
        reply = texts(await said(ivy))
        assert "went wrong on my side" in reply
        await ivy.send("/help")
        assert "/checkin" in texts(await said(ivy))  # and it keeps answering
    failures = [r for r in caplog.records if "failed" in r.getMessage()]
    assert failures
    assert "ValueError" in failures[0].getMessage()
    assert "Bartholomew" not in caplog.text
