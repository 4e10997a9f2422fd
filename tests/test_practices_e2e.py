"""The practices end to end: the real bot (PTB long polling, its JobQueue) against the fake
Bot API, on SQLite and PostgreSQL.

Paced exercises run with a small ``pace_scale`` so a minute of breathing takes a second or
two; the fake server stamps every message it receives (``BotMessage.sent_at``), so the tests
can see the pacing, and that nothing paced arrives after "Stop" or /cancel.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from bot.config import Settings
from dialogs.content import catalog
from dialogs.flows.affirm import library
from dialogs.flows.soothe import BOX, FOUR_SEVEN_EIGHT, ROUNDS, SETTLE, exercise_seconds
from dialogs.model import SaveEntry
from storage.crypto import Cipher
from storage.db import Database
from storage.models import ConversationRow, Entry, Favourite, User
from storage.repository import Repository
from tests.fake_bot_api import BotMessage, FakeBotAPI, FakeUser
from tests.test_e2e import running, said, stored_entries, texts

pytestmark = pytest.mark.e2e

#: A minute of breathing in about a second and a half.
FAST = 0.02
#: Slow enough to tap "Stop" in the middle: box breathing takes about 3.5 s.
SLOWER = 0.05
PACED_WORDS = ("Breathe", "Hold", "Rest…", "Round", "last round")


def paced(settings: Settings, scale: float) -> Settings:
    return settings.model_copy(update={"pace_scale": scale})


async def onboarded(
    database: Database, key: str, external_id: str, needs: tuple[str, ...] = ()
) -> None:
    """Someone who finished onboarding (journal kept), with check-ins naming ``needs``."""
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        user = await repo.get_or_create_user("telegram", external_id)
        repo.update_profile(
            user, {"onboarded": True, "journal": True, "adult": True, "timezone": "Europe/Berlin"}
        )
        now = datetime.now(UTC)
        for days, need in enumerate(needs, 1):
            at = now - timedelta(days=days)
            await repo.add_entry(user, SaveEntry("checkin", {"need": need}, True, at, at))


async def quiet(user: FakeUser, seconds: float) -> list[BotMessage]:
    return await user.messages_until_quiet(quiet=seconds, timeout=20)


async def begin_box_breathing(user: FakeUser) -> BotMessage:
    """/soothe, then "Box breathing": the exercise's intro (its paced steps are to come)."""
    await user.send("/soothe")
    await said(user)
    await user.tap("Box breathing")
    return await user.next_message()


def is_paced(message: BotMessage) -> bool:
    return any(word in (message.text or "") for word in PACED_WORDS)


# ---- /letter -------------------------------------------------------------------------------


async def test_a_letter_is_written_answered_and_kept_encrypted(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    ana = api.user(21001, first_name="Ana")
    await onboarded(database, key, "21001")
    async with running(settings):
        await ana.send("/letter")
        assert "what would you like little me to know?" in texts(await said(ana))
        await ana.send("You were never too much. Bartholomew was wrong.")
        protect = texts(await said(ana))
        assert "protect" in protect or "keep away" in protect
        await ana.tap("Skip")
        await said(ana)
        await ana.send("I'll listen when you're upset.")
        assert "sign" in texts(await said(ana))
        await ana.tap("With love, me")
        shown = await said(ana)
        letter = shown[0].text or ""
        assert letter.startswith("Dear little me,")
        assert letter.endswith("With love,\nme")
        await ana.tap("Yes, let them answer")
        assert "younger you" in texts(await said(ana))
        await ana.send("Thank you for coming back for me.")
        end = await said(ana)
        assert "saved in your private journal" in texts(end)
        assert "/journal" in texts(end)

    (entry,) = await stored_entries(database, key, "21001")
    assert entry.kind == "letter"
    assert entry.complete
    assert entry.answers["letter"] == letter
    assert entry.answers["reply"] == "Thank you for coming back for me."
    assert entry.answers["parts"]["know"] == "You were never too much. Bartholomew was wrong."
    assert entry.answers["skipped"] == ["protect"]
    async with database.transaction() as session:
        raw = (await session.execute(select(Entry.data_enc))).scalar_one()
    assert "Bartholomew" not in raw  # encrypted at rest like every answer


async def test_cancel_keeps_a_partial_letter(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    ben = api.user(21002)
    await onboarded(database, key, "21002")
    async with running(settings):
        await ben.send("/letter")
        await said(ben)
        await ben.send("You are allowed to be loud.")
        await said(ben)
        await ben.send("/cancel")
        assert "kept in your journal" in texts(await said(ben))
    (entry,) = await stored_entries(database, key, "21002")
    assert entry.kind == "letter"
    assert not entry.complete
    assert entry.answers["letter"] == "Dear little me,\n\nYou are allowed to be loud."


# ---- /soothe -------------------------------------------------------------------------------


async def test_box_breathing_arrives_paced_while_the_bot_keeps_answering(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    cleo = api.user(22001)
    await onboarded(database, key, "22001")
    async with running(paced(settings, SLOWER)):
        first = await begin_box_breathing(cleo)
        assert "Box breathing" in (first.text or "")
        assert first.button_texts == ["Stop"]
        await cleo.send("/help")  # answered at once, in the middle of the exercise
        messages = [first, *await quiet(cleo, 1.0)]

    helping = {catalog().text("commands.help.text"), catalog().text("commands.help.in_flow")}
    help_at = next(m.sent_at for m in messages if m.text in helping)
    exercise = [m for m in messages if m.text not in helping]
    assert len(exercise) == 2 + ROUNDS["box"] * len(BOX)
    assert help_at < exercise[-1].sent_at  # the handler was never blocked by the pacing
    assert "Round 1." in (exercise[1].text or "")
    assert exercise[-1].button_texts == ["Once more", "Something else", "I'm done"]
    # each paced message is due a scaled wait after the one before: never early, never late
    waits = [SETTLE] + [seconds for _ in range(ROUNDS["box"]) for _, seconds in BOX]
    due = 0.0
    for message, wait in zip(exercise[1:], waits, strict=True):
        due += wait * SLOWER
        after = message.sent_at - exercise[0].sent_at
        assert due - 0.01 <= after <= due + 2.0, f"{message.text!r} after {after:.3f} s"
    assert due == pytest.approx(exercise_seconds("box") * SLOWER)


async def test_stop_leaves_no_paced_message_behind(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    dara = api.user(22002)
    await onboarded(database, key, "22002")
    async with running(paced(settings, SLOWER)):
        await dara.send("/soothe")
        await said(dara)
        await dara.tap("Box breathing")
        while "Round 1." not in ((await dara.next_message()).text or ""):
            pass
        await dara.tap("Stop")  # on the newest message that has it: round 1
        answer = await dara.next_message()
        while is_paced(answer):  # sent while the tap was on its way
            answer = await dara.next_message()
        assert "/soothe" in (answer.text or "")
        stopped_at = answer.sent_at
        await asyncio.sleep(exercise_seconds("box") * SLOWER + 0.5)  # the rest would be over
        late = [m for m in api.sent_to(22002) if m.sent_at > stopped_at]
    assert late == []


async def test_cancel_stops_the_breathing_kindly(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    eli = api.user(22003)
    await onboarded(database, key, "22003")
    async with running(paced(settings, SLOWER)):
        await eli.send("/soothe")
        await said(eli)
        await eli.tap("4-7-8")
        await eli.next_message()  # the intro
        await eli.next_message()  # round 1 begins
        await eli.send("/cancel")
        answer = await eli.next_message()
        while is_paced(answer):
            answer = await eli.next_message()
        assert "stop the exercise" in (answer.text or "") or "far you got" in (answer.text or "")
        stopped_at = answer.sent_at
        await asyncio.sleep(exercise_seconds("four_seven_eight") * SLOWER + 0.5)
        late = [m for m in api.sent_to(22003) if m.sent_at > stopped_at]
    assert late == []
    cycle = sum(seconds for _, seconds in FOUR_SEVEN_EIGHT)
    assert exercise_seconds("four_seven_eight") == SETTLE + cycle * ROUNDS["four_seven_eight"]


async def test_breathing_carries_on_after_a_restart(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    """The bot stops in the middle of box breathing (its jobs, kept in memory, are gone) and
    starts again: the steps still to come arrive at their times, the end and its buttons too,
    none twice."""
    gil = api.user(22006)
    await onboarded(database, key, "22006")
    slow = paced(settings, SLOWER)
    async with running(slow):
        started = await begin_box_breathing(gil)
        assert "Box breathing" in (started.text or "")
        assert "Round 1." in ((await gil.next_message()).text or "")
    restarted = time.monotonic()
    async with running(slow):
        after = await quiet(gil, 1.0)
    assert after, "nothing of the exercise arrived after the restart"
    assert all(m.sent_at > restarted for m in after)
    assert after[-1].button_texts == ["Once more", "Something else", "I'm done"]
    exercise = [m.text for m in api.sent_to(22006) if m.sent_at >= started.sent_at]
    assert len(exercise) <= 2 + ROUNDS["box"] * len(BOX)  # nothing twice
    due = exercise_seconds("box") * SLOWER  # the end is due this long after the intro
    assert after[-1].sent_at - started.sent_at == pytest.approx(due, abs=1.0)


async def test_breathing_interrupted_by_help_still_carries_on_after_a_restart(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    """/help in the middle of box breathing moves nothing, so the breathing goes on. The bot
    then restarts before Telegram heard that /help was handled: /help is answered again, and
    the breathing's steps still to come arrive after the restart too."""
    hal = api.user(22007)
    await onboarded(database, key, "22007")
    slow = paced(settings, SLOWER)
    async with running(slow):
        started = await begin_box_breathing(hal)
        help_id = await hal.send("/help")
        while "/sos" not in ((await hal.next_message()).text or ""):
            pass  # the help text (paced steps may come in between)
    api.redeliver(help_id)
    restarted = time.monotonic()
    async with running(slow):
        after = [m for m in await quiet(hal, 1.0) if m.sent_at > restarted]
    assert any("/sos" in (m.text or "") for m in after), "/help was not answered again"
    assert any(is_paced(m) for m in after), "the breathing stopped at the restart"
    assert after[-1].button_texts == ["Once more", "Something else", "I'm done"]
    exercise = [m for m in api.sent_to(22007) if m.sent_at >= started.sent_at and is_paced(m)]
    assert len(exercise) <= 1 + ROUNDS["box"] * len(BOX)  # nothing twice


async def test_a_turn_handled_elsewhere_stops_the_pacing_here(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    """Another replica (or this one before a restart) moved the conversation on: each paced
    message checks the version in the database first, and stays unsent."""
    ivy = api.user(22005)
    await onboarded(database, key, "22005")
    async with running(paced(settings, SLOWER)):
        await begin_box_breathing(ivy)  # round 1 is due in 0.25 s
        person = select(User.id).where(User.external_id == "22005").scalar_subquery()
        async with database.transaction() as session:
            await session.execute(
                update(ConversationRow)
                .where(ConversationRow.user_id == person)
                .values(version=ConversationRow.version + 1)
            )
        moved_on = time.monotonic()
        await asyncio.sleep(exercise_seconds("box") * SLOWER + 0.5)
    late = [m for m in api.sent_to(22005) if m.sent_at > moved_on]
    assert late == []


async def test_grounding_runs_to_its_end_and_offers_what_next(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    fay = api.user(22004)
    await onboarded(database, key, "22004", needs=("safety", "safety", "comfort"))
    async with running(paced(settings, FAST)):
        await fay.send("/soothe")
        menu = await said(fay)
        assert "“to feel safe”" in texts(menu)
        assert menu[-1].button_texts[0].startswith("✨")  # grounding fits a need for safety
        await fay.tap("Notice 5 things")
        messages = await quiet(fay, 0.8)
        assert len(messages) == 7
        assert "five things you can see" in texts(messages).lower()
        await fay.tap("I'm done")
        assert "/soothe" in texts(await said(fay))


# ---- /affirm -------------------------------------------------------------------------------


async def test_affirm_fits_the_journal_and_keeps_favourites(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    gus = api.user(23001)
    await onboarded(database, key, "23001", needs=("comfort", "comfort", "comfort"))
    async with running(settings):
        await gus.send("/affirm")
        offer = await said(gus)
        assert "“comfort”" in texts(offer)
        assert offer[-1].button_texts == ["Another one", "Keep this one", "Done"]
        kept = next(p for p in library()["comfort"] if p in texts(offer))
        await gus.tap("Keep this one")
        assert "Kept" in texts(await said(gus))
        await gus.tap("My favourites")
        assert f"1. “{kept}”" in texts(await said(gus))
        await gus.tap("Done")
        await said(gus)
        # another day: the favourite is still there
        await gus.send("/affirm")
        await said(gus)
        await gus.tap("My favourites")
        assert kept in texts(await said(gus))

    async with database.transaction() as session:
        rows = (await session.execute(select(Favourite.kind, Favourite.item))).all()
    assert [(kind, item.partition(":")[0]) for kind, item in rows] == [("affirm", "comfort")]

    async with running(settings):  # and taken off the list again
        await gus.tap("Remove one")
        await said(gus)
        await gus.tap("1")
        after = texts(await said(gus))
        assert "Taken off your list." in after
        assert kept not in after
    async with database.transaction() as session:
        assert (await session.execute(select(Favourite.item))).all() == []


async def test_affirm_with_an_empty_journal_is_kind(
    api: FakeBotAPI, settings: Settings, database: Database, key: str
) -> None:
    hal = api.user(23002)
    await onboarded(database, key, "23002")
    async with running(settings):
        await hal.send("/affirm")
        offer = texts(await said(hal))
    assert "As your check-ins grow" in offer
    assert any(p in offer for p in library()["general"])
