"""The real bot under Bot API faults: nothing a person said is lost, and it answers again.

Each test takes someone into a check-in through the fake Bot API, makes Telegram misbehave
(429 with retry_after, 500/502, timeouts, 403 blocked, "message is not modified", "query is
too old", duplicate deliveries, a failing getUpdates) and checks what a person would see and
what is stored: the answers given so far, the step the conversation is at, and that the
person's next message gets the right next step once Telegram answers again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import build_application
from bot.config import Settings
from bot.telegram_handlers import SEND_RETRY_DELAYS
from storage.crypto import Cipher
from storage.db import Database
from storage.models import User
from storage.repository import Repository
from tests.fake_bot_api import (
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    BotMessage,
    FakeBotAPI,
    FakeUser,
    polling,
)
from tests.shortcuts import onboarded

pytestmark = [
    pytest.mark.e2e,
    # PTB itself reads RetryAfter.retry_after, deprecated as an int since 22.2
    pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning"),
]

STORY = "the neighbour shouted at me about the bins and I froze"
#: Shorter than PTB's 5 s, so a delayed answer is a timeout without a slow test.
REQUEST_TIMEOUT = 0.5


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[None]:
    app = build_application(settings, request_timeout=REQUEST_TIMEOUT)
    async with polling(app, poll_timeout=1):
        yield


async def said(user: FakeUser) -> list[BotMessage]:
    """Everything the bot says until it is quiet (nothing at all is fine)."""
    return await user.messages_until_quiet(quiet=0.3, timeout=10)


async def answered(user: FakeUser, *expected: str, quiet: float = 0.3) -> list[BotMessage]:
    """At least one message (waiting through retries and back-offs), and every ``expected``
    text among them, then everything until the bot is quiet."""
    messages = [await user.next_message(timeout=8)]
    while not all(words in texts(messages) for words in expected):
        messages.append(await user.next_message(timeout=8))
    return [*messages, *await user.messages_until_quiet(quiet=quiet, timeout=10)]


def texts(messages: list[BotMessage]) -> str:
    return "\n".join(m.text or "" for m in messages)


@dataclass
class Stored:
    flow: str | None
    state: str
    answers: dict[str, Any]
    version: int
    active: bool


async def stored(database: Database, key: str, user: FakeUser) -> Stored:
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        row = await repo.user("telegram", str(user.user_id))
        assert row is not None
        conversation = (await repo.load_conversation(row, lock=False)).conversation
        return Stored(
            conversation.flow,
            conversation.state,
            conversation.answers,
            conversation.version,
            row.active,
        )


async def at_what_happened(user: FakeUser) -> None:
    """From idle to the 'what happened' question of a new check-in."""
    await user.send("/checkin")
    assert "breath" in texts(await answered(user))
    await user.tap("I'm ready")
    assert "happened" in texts(await answered(user))


async def at_body(user: FakeUser) -> None:
    await at_what_happened(user)
    await user.send(STORY)
    assert "body" in texts(await answered(user))


async def eventually(database: Database, key: str, user: FakeUser, **wanted: Any) -> Stored:
    """The stored state once it has the ``wanted`` fields (the bot may still be committing)."""
    deadline = asyncio.get_running_loop().time() + 10
    while True:
        state = await stored(database, key, user)
        if all(getattr(state, name) == value for name, value in wanted.items()):
            return state
        assert asyncio.get_running_loop().time() < deadline, f"never {wanted}: {state}"
        await asyncio.sleep(0.05)


def failed_sends(api: FakeBotAPI, user: FakeUser) -> int:
    calls = api.calls_to("sendMessage")
    return sum(1 for c in calls if c.params.get("chat_id") == user.chat_id and c.status != 200)


def calls_for(api: FakeBotAPI, method: str, chat_id: int) -> int:
    return sum(1 for c in api.calls_to(method) if c.params.get("chat_id") == chat_id)


# ---- 429: Telegram asks us to slow down ------------------------------------------------------


async def test_429_on_a_reply_is_retried_after_retry_after(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    ana = api.user(11001)
    await onboarded(database, key, ana)
    async with running(settings):
        await at_what_happened(ana)
        api.fail_next(
            "sendMessage",
            status=429,
            description="Too Many Requests: retry after 1",
            retry_after=1,
        )
        await ana.send(STORY)
        assert "body" in texts(await answered(ana))
        state = await stored(database, key, ana)
        assert (state.state, state.answers["happened"]) == ("body", STORY)
        await ana.tap("Chest")
        assert "feel" in texts(await answered(ana))
    assert (await stored(database, key, ana)).answers["body"] == "chest"


async def test_429_on_the_tap_calls_still_moves_on(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    ben = api.user(11002)
    await onboarded(database, key, ben)
    async with running(settings):
        await at_body(ben)
        for method in ("answerCallbackQuery", "editMessageText"):
            api.fail_next(method, status=429, description="Too Many Requests", retry_after=1)
        await ben.tap("Chest")
        assert "feel" in texts(await answered(ben))
    assert ben.callback_answers  # answered after the wait
    state = await stored(database, key, ben)
    assert (state.state, state.answers["body"]) == ("feeling_core", "chest")


# ---- 5xx: Telegram has a bad moment ----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "description"),
    [(500, "Internal Server Error"), (502, "Bad Gateway")],
)
async def test_a_server_error_on_a_reply_still_shows_the_next_question(
    api: FakeBotAPI,
    settings: Settings,
    database: Database,
    key: str,
    status: int,
    description: str,
) -> None:
    """One failed sendMessage must not cost the person the question they are to answer."""
    cleo = api.user(11003)
    await onboarded(database, key, cleo)
    async with running(settings):
        await at_what_happened(cleo)
        api.fail_next("sendMessage", status=status, description=description)
        await cleo.send(STORY)
        seen = await answered(cleo)
        assert "body" in texts(seen), texts(seen)
        await cleo.tap("Chest")
        assert "feel" in texts(await answered(cleo))
    state = await stored(database, key, cleo)
    assert state.answers["happened"] == STORY
    assert state.answers["body"] == "chest"


async def test_an_outage_keeps_every_answer_and_the_bot_answers_once_telegram_does(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    dana = api.user(11004)
    await onboarded(database, key, dana)
    async with running(settings):
        await at_body(dana)
        api.fail_next("sendMessage", status=502, description="Bad Gateway", times=20)
        api.fail_next("editMessageText", status=502, description="Bad Gateway", times=20)
        await dana.tap("Chest")
        # every try of the next question, and then the apology, failed
        tries = len(SEND_RETRY_DELAYS) + 1
        await api.wait_for(lambda: failed_sends(api, dana) == tries + 1, timeout=10)
        assert not await said(dana)
        state = await stored(database, key, dana)
        assert state.answers["happened"] == STORY  # nothing lost while Telegram was down
        assert state.answers["body"] == "chest"
        assert state.state == "feeling_core"
        api._faults.clear()  # Telegram is back (the fake has no public way to cancel faults)
        await dana.send("/checkin")  # where was I?
        back = texts(await answered(dana, "carry on", "feel"))
        assert "carry on" in back  # the check-in from before, at the step it is at
        assert "feel" in back
        await dana.tap("Sad")
        assert await answered(dana)
    state = await stored(database, key, dana)
    assert state.answers["happened"] == STORY
    assert state.answers["body"] == "chest"
    assert state.answers["feeling_core"] == "sad"


# ---- timeouts ---------------------------------------------------------------------------------


async def test_a_timed_out_reply_keeps_the_answer_and_the_next_one_lands_on_the_next_step(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    eve = api.user(11005)
    await onboarded(database, key, eve)
    async with running(settings):
        await at_what_happened(eve)
        # answered after the client gave up; Telegram may still deliver it, as the fake does
        api.delay_next("sendMessage", REQUEST_TIMEOUT * 3)
        await eve.send(STORY)
        seen = texts(await answered(eve))
        await api.wait_for(lambda: "body" in texts(api.sent_to(eve.chat_id)), timeout=5)
        seen += texts(await said(eve))
        assert seen.count("in your body") == 1  # delivered late, and not sent again
        state = await stored(database, key, eve)
        assert (state.state, state.answers["happened"]) == ("body", STORY)
        await eve.tap("Chest")
        assert "feel" in texts(await answered(eve))
    assert (await stored(database, key, eve)).answers["body"] == "chest"


async def test_timeouts_on_the_tap_calls_do_not_stop_the_turn(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    fay = api.user(11006)
    await onboarded(database, key, fay)
    async with running(settings):
        await at_body(fay)
        api.delay_next("answerCallbackQuery", REQUEST_TIMEOUT * 3)
        api.delay_next("editMessageText", REQUEST_TIMEOUT * 3)
        await fay.tap("Chest")
        assert "feel" in texts(await answered(fay))
    state = await stored(database, key, fay)
    assert (state.state, state.answers["body"]) == ("feeling_core", "chest")


# ---- 403: blocked -----------------------------------------------------------------------------


async def test_blocked_in_the_middle_then_back_continues_where_it_was(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    gus = api.user(11007)
    await onboarded(database, key, gus)
    async with running(settings):
        await at_body(gus)
        api.block(gus.user_id)  # a my_chat_member update: bot kicked
        await eventually(database, key, gus, active=False)
        api.unblock(gus.user_id)
        await gus.tap("Chest")  # the question from before they blocked
        assert "feel" in texts(await answered(gus))
    state = await stored(database, key, gus)
    assert state.active is True
    assert state.answers["happened"] == STORY
    assert (state.state, state.answers["body"]) == ("feeling_core", "chest")


async def test_403_on_a_reply_marks_inactive_and_keeps_the_answer(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    hal = api.user(11008)
    await onboarded(database, key, hal)
    async with running(settings):
        await at_what_happened(hal)
        api.block(hal.user_id, notify=False)  # Telegram only tells us when we write
        await hal.send(STORY)
        state = await eventually(database, key, hal, active=False)
        assert (state.state, state.answers["happened"]) == ("body", STORY)
        assert failed_sends(api, hal) == 1
        api.unblock(hal.user_id, notify=False)
        await hal.send("/checkin")
        back = texts(await answered(hal, "carry on", "body"))
        assert "carry on" in back
        assert "body" in back
    assert (await stored(database, key, hal)).active is True


# ---- Bad Request answers that are harmless -----------------------------------------------------


@pytest.mark.parametrize(
    ("method", "description"),
    [("editMessageText", NOT_MODIFIED), ("answerCallbackQuery", QUERY_TOO_OLD)],
)
async def test_harmless_bad_requests_on_a_tap_are_survived(
    api: FakeBotAPI,
    settings: Settings,
    database: Database,
    key: str,
    method: str,
    description: str,
) -> None:
    ivy = api.user(11009)
    await onboarded(database, key, ivy)
    async with running(settings):
        await at_body(ivy)
        api.fail_next(method, status=400, description=description)
        await ivy.tap("Chest")
        reply = texts(await answered(ivy))
        assert "feel" in reply
        assert "went wrong" not in reply
    state = await stored(database, key, ivy)
    assert (state.state, state.answers["body"]) == ("feeling_core", "chest")


# ---- duplicates -------------------------------------------------------------------------------


async def test_a_duplicate_button_tap_is_handled_once(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    jo = api.user(11010)
    await onboarded(database, key, jo)
    async with running(settings):
        await at_body(jo)
        update_id = await jo.tap("Chest")
        assert "feel" in texts(await answered(jo))
        before = await stored(database, key, jo)
        sent = calls_for(api, "sendMessage", jo.chat_id)
        edits = calls_for(api, "editMessageText", jo.chat_id)
        api.redeliver(update_id)  # first in the next batch, so handled before the next tap
        await jo.tap("😢 Sad")
        after_sad = texts(await answered(jo))
        assert "Which word fits best?" in after_sad
        assert "earlier" not in after_sad  # the duplicate was not answered as a stale tap
        assert calls_for(api, "sendMessage", jo.chat_id) == sent + 1  # only the reply to Sad
        assert calls_for(api, "editMessageText", jo.chat_id) == edits + 1
    after = await stored(database, key, jo)
    assert before.version + 1 == after.version
    assert after.answers["body"] == "chest"
    assert after.answers["feeling_core"] == "sad"


async def test_a_duplicate_text_after_a_restart_is_not_taken_twice(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    kai = api.user(11011)
    await onboarded(database, key, kai)
    async with running(settings):
        await at_what_happened(kai)
        update_id = await kai.send(STORY)
        assert "body" in texts(await answered(kai))
        await kai.send("/help")
        help_messages = len(await answered(kai, quiet=0.5))
    before = await stored(database, key, kai)
    api.redeliver(update_id)  # delivered again, to a new process
    async with running(settings):
        await kai.send("/help")  # handled after the duplicate
        assert len(await answered(kai, quiet=0.5)) == help_messages  # nothing for the duplicate
    state = await stored(database, key, kai)
    assert (state.state, state.answers) == (before.state, before.answers)
    assert "body_words" not in state.answers  # the story was not taken as the body answer


# ---- the long poll itself --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "description", "retry_after"),
    [(502, "Bad Gateway", None), (429, "Too Many Requests: retry after 1", 1)],
)
async def test_a_failing_get_updates_is_retried(
    api: FakeBotAPI,
    settings: Settings,
    database: Database,
    key: str,
    status: int,
    description: str,
    retry_after: int | None,
) -> None:
    lou = api.user(11012)
    await onboarded(database, key, lou)
    async with running(settings):
        api.fail_next("getUpdates", status=status, description=description, retry_after=retry_after)
        await lou.send("/help")
        assert "/checkin" in texts(await answered(lou))
    async with database.transaction() as session:
        row = (await session.execute(select(User).where(User.external_id == "11012"))).scalar_one()
        assert row.active
