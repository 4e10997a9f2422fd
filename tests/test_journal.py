"""The journal service on SQLite and PostgreSQL: pages, filters, time zones, one entry,
deleting, forged buttons, charts, export, forgetting, key rotation, encryption at rest."""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.export import SCHEMA, SCHEMA_VERSION
from bot.journal import PAGE_SIZE, Button, JournalService, Screen
from bot.service import Identity
from dialogs.content import catalog
from dialogs.model import Conversation, SaveEntry
from storage.crypto import Cipher, InvalidToken, new_key
from storage.db import Database
from storage.journal import JournalStore, user_tables
from storage.migrate import upgrade
from storage.models import Base, Entry
from storage.repository import Repository
from storage.rotation import encrypted_columns, prepend_key, reencrypt
from tests import schema_check
from tests.test_voice import AVOID_PATTERNS

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
ALEX = Identity("telegram", "1001", "Alex")
BEA = Identity("telegram", "2002", "Bea")
STORY = "my brother Bartholomew laughed at my drawing in front of everyone"
OWN_WORDS = "You did nothing wrong, Pemberton. I've got you."
CHILD = "little Wilhelmina"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def checkin(
    *,
    core: str | None = "hurt",
    feeling: str | None = "picked_on",
    need: str | None = "on_my_side",
    before: int | None = 8,
    after: int | None = 3,
    happened: str | None = STORY,
    **more: Any,
) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for key, value in {
        "happened": happened,
        "body": "chest",
        "feeling_core": core,
        "feeling": feeling,
        "intensity_before": before,
        "age": "five_to_eight",
        "need": need,
        "caring": "Of course you felt hurt. You needed someone on your side.",
        "own_words": OWN_WORDS,
        "intensity_after": after,
        **more,
    }.items():
        if value is not None:
            answers[key] = value
    return answers


@dataclass
class Seeded:
    user_id: int
    entry_ids: list[int]  # in the order given (oldest first when times grow)


async def seed(
    database: Database,
    cipher: Cipher,
    who: Identity,
    entries: list[tuple[datetime, dict[str, Any]]],
    *,
    timezone: str | None = None,
    complete: bool = True,
    kind: str = "checkin",
    conversation: Conversation | None = None,
    plan: dict[str, str] | None = None,
) -> Seeded:
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user(who.channel, who.external_id)
        repo.update_profile(
            user, {"timezone": timezone, "journal": True, "onboarded": True, "adult": True}
        )
        repo.update_profile(user, {"child_name": CHILD})
        ids = []
        for finished_at, answers in entries:
            row = await repo.add_entry(
                user,
                SaveEntry(kind, answers, complete, finished_at - timedelta(minutes=5), finished_at),
            )
            ids.append(row.id)
        if conversation is not None:
            stored = await repo.load_conversation(user)
            await repo.save_conversation(
                user, conversation, expected_version=stored.conversation.version, update_id=None
            )
        if plan is not None:
            await repo.save_safety_plan(user, plan)
        return Seeded(user.id, ids)


def service(database: Database, cipher: Cipher, now: datetime = NOW) -> JournalService:
    return JournalService(database, cipher, clock=lambda: now)


def only(screen: Screen) -> str:
    (message,) = screen.messages
    return message.text


def buttons(screen: Screen) -> list[Button]:
    return [b for m in screen.messages for row in m.buttons for b in row]


def button(screen: Screen, label: str) -> Button:
    found = [b for b in buttons(screen) if b.label == label]
    assert len(found) == 1, (label, [b.label for b in buttons(screen)])
    return found[0]


def entry_buttons(screen: Screen) -> list[str]:
    return [b.data for b in buttons(screen) if b.data.startswith("j:e:")]


def texts() -> Any:
    return catalog("en")


def daily(count: int, start: datetime = NOW - timedelta(days=1), **answers: Any) -> list[Any]:
    """``count`` check-ins, one a day going back from ``start`` (oldest first)."""
    return [(start - timedelta(days=count - 1 - i), checkin(**answers)) for i in range(count)]


# ---- the list --------------------------------------------------------------------------------


async def test_an_empty_journal_says_so_kindly(database: Database, cipher: Cipher) -> None:
    journal = service(database, cipher)
    screen = await journal.command(ALEX, "journal")  # nobody stored yet
    assert only(screen) == texts().text("journal.list.empty")
    await seed(database, cipher, ALEX, [])
    screen = await journal.command(ALEX, "journal")
    assert texts().text("journal.list.empty") in only(screen)
    assert not any(b.data.startswith(("j:o", "j:n", "j:e")) for b in buttons(screen))


async def test_a_journal_declined_at_the_start_says_so(database: Database, cipher: Cipher) -> None:
    await seed(database, cipher, ALEX, [])
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.user(ALEX.channel, ALEX.external_id)
        assert user is not None
        repo.update_profile(user, {"journal": False})
    screen = await service(database, cipher).command(ALEX, "journal")
    assert texts().text("journal.list.not_kept") in only(screen)


@pytest.mark.parametrize("count", [1, PAGE_SIZE, PAGE_SIZE + 1, 2 * PAGE_SIZE, 2 * PAGE_SIZE + 1])
async def test_pages_walk_every_entry_once_both_ways(
    database: Database, cipher: Cipher, count: int
) -> None:
    seeded = await seed(database, cipher, ALEX, daily(count))
    journal = service(database, cipher)
    screen = await journal.command(ALEX, "journal")
    older_label = texts().text("journal.list.older")
    newer_label = texts().text("journal.list.newer")
    assert newer_label not in [b.label for b in buttons(screen)]  # the newest page has no newer
    pages = [entry_buttons(screen)]
    while older_label in [b.label for b in buttons(screen)]:
        screen = await journal.tap(ALEX, button(screen, older_label).data)
        assert screen.replace  # a page turn edits the list in place
        pages.append(entry_buttons(screen))
    assert older_label not in [b.label for b in buttons(screen)]  # the oldest page has no older
    seen = [data for page in pages for data in page]
    assert seen == [f"j:e:{i}" for i in reversed(seeded.entry_ids)]
    assert all(0 < len(page) <= PAGE_SIZE for page in pages)
    assert len(pages) == -(-count // PAGE_SIZE)
    back = [entry_buttons(screen)]
    while newer_label in [b.label for b in buttons(screen)]:
        screen = await journal.tap(ALEX, button(screen, newer_label).data)
        back.append(entry_buttons(screen))
    assert back == list(reversed(pages))


async def test_entries_at_the_same_moment_are_neither_lost_nor_repeated(
    database: Database, cipher: Cipher
) -> None:
    moment = NOW - timedelta(hours=3)
    seeded = await seed(database, cipher, ALEX, [(moment, checkin()) for _ in range(12)])
    journal = service(database, cipher)
    screen = await journal.command(ALEX, "journal")
    seen = entry_buttons(screen)
    older = texts().text("journal.list.older")
    while older in [b.label for b in buttons(screen)]:
        screen = await journal.tap(ALEX, button(screen, older).data)
        seen += entry_buttons(screen)
    assert sorted(seen) == sorted(f"j:e:{i}" for i in seeded.entry_ids)
    assert len(set(seen)) == 12


async def test_a_page_turn_after_deletions_still_lands_somewhere(
    database: Database, cipher: Cipher
) -> None:
    seeded = await seed(database, cipher, ALEX, daily(7))
    journal = service(database, cipher)
    first = await journal.command(ALEX, "journal")
    second = await journal.tap(ALEX, button(first, texts().text("journal.list.older")).data)
    for entry_id in seeded.entry_ids[-5:]:  # the whole first page is deleted meanwhile
        await journal.tap(ALEX, f"j:y:{entry_id}")
    again = await journal.tap(ALEX, button(second, texts().text("journal.list.newer")).data)
    assert entry_buttons(again) == [f"j:e:{i}" for i in reversed(seeded.entry_ids[:2])]


async def test_lines_show_local_time_feeling_and_intensity(
    database: Database, cipher: Cipher
) -> None:
    # 03:30 UTC on Sunday 15 March is 23:30 on Saturday 14 March in New York (EDT, UTC-4)
    at = datetime(2026, 3, 15, 3, 30, tzinfo=UTC)
    await seed(database, cipher, ALEX, [(at, checkin())], timezone="America/New_York")
    await seed(database, cipher, BEA, [(at, checkin())], timezone=None)
    journal = service(database, cipher)
    alex = only(await journal.command(ALEX, "journal"))
    assert "1. Sat 14 Mar, 23:30 · 💔 picked on · 8 → 3" in alex
    bea = only(await journal.command(BEA, "journal"))
    assert "1. Sun 15 Mar, 03:30" in bea  # UTC when no time zone is set


async def test_time_zones_follow_daylight_saving_and_show_other_years(
    database: Database, cipher: Cipher
) -> None:
    summer = datetime(2025, 7, 1, 10, 0, tzinfo=UTC)  # Berlin is UTC+2 in summer
    winter = datetime(2026, 1, 10, 10, 0, tzinfo=UTC)  # and UTC+1 in winter
    await seed(
        database, cipher, ALEX, [(summer, checkin()), (winter, checkin())], timezone="Europe/Berlin"
    )
    listing = only(await service(database, cipher).command(ALEX, "journal"))
    assert "Sat 10 Jan, 11:00" in listing
    assert "Tue 1 Jul 2025, 12:00" in listing  # another year than now: with the year


async def test_an_unknown_time_zone_falls_back_to_utc(database: Database, cipher: Cipher) -> None:
    at = datetime(2026, 3, 14, 9, 5, tzinfo=UTC)
    await seed(database, cipher, ALEX, [(at, checkin())], timezone="Mars/Olympus_Mons")
    assert "Sat 14 Mar, 09:05" in only(await service(database, cipher).command(ALEX, "journal"))


async def test_lines_for_own_words_partial_entries_and_letters(
    database: Database, cipher: Cipher
) -> None:
    await seed(
        database,
        cipher,
        ALEX,
        [(NOW - timedelta(hours=3), checkin(core=None, feeling=None, feeling_words="wobbly"))],
    )
    await seed(
        database,
        cipher,
        ALEX,
        [(NOW - timedelta(hours=2), {"happened": STORY})],
        complete=False,
    )
    await seed(
        database, cipher, ALEX, [(NOW - timedelta(hours=1), {"letter": "Dear me"})], kind="letter"
    )
    listing = only(await service(database, cipher).command(ALEX, "journal"))
    lines = [line for line in listing.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert "Letter" in lines[0]
    assert "no feeling named" in lines[1]
    assert "(unfinished)" in lines[1]
    assert "wobbly · 8 → 3" in lines[2]
    assert STORY not in listing
    assert "Dear me" not in listing


async def test_filter_by_feeling_and_period(database: Database, cipher: Cipher) -> None:
    entries = [
        (NOW - timedelta(days=2), checkin(core="sad", feeling="down")),
        (NOW - timedelta(days=10), checkin(core="sad", feeling="disappointed")),
        (NOW - timedelta(days=40), checkin(core="sad", feeling="heartbroken")),
        (NOW - timedelta(days=200), checkin(core="sad", feeling="disappointed")),
        (NOW - timedelta(days=3), checkin(core="angry", feeling="frustrated")),
    ]
    seeded = await seed(database, cipher, ALEX, entries)
    ids = seeded.entry_ids
    journal = service(database, cipher)

    async def shown(data: str) -> list[str]:
        return entry_buttons(await journal.tap(ALEX, data))

    assert await shown("j:l:sad:0") == [f"j:e:{ids[i]}" for i in (0, 1, 2, 3)]
    assert await shown("j:l:sad:7") == [f"j:e:{ids[0]}"]
    assert await shown("j:l:sad:30") == [f"j:e:{ids[i]}" for i in (0, 1)]
    assert await shown("j:l:sad:90") == [f"j:e:{ids[i]}" for i in (0, 1, 2)]
    assert await shown("j:l:-:7") == [f"j:e:{ids[i]}" for i in (0, 4)]
    assert await shown("j:l:angry:0") == [f"j:e:{ids[4]}"]
    nothing = await journal.tap(ALEX, "j:l:scared:7")
    assert texts().text("journal.list.empty_filtered") in only(nothing)
    # the menu offers every core feeling and period, marking what is chosen
    menu = await journal.tap(ALEX, "j:m:sad:30")
    labels = [b.label for b in buttons(menu)]
    assert "✓ 😢 sad" in labels
    assert "✓ 30 days" in labels
    assert {b.data for b in buttons(menu)} >= {"j:l:angry:30", "j:l:-:30", "j:l:sad:90"}
    listing = only(await journal.tap(ALEX, "j:l:sad:30"))
    assert "Showing: sad · the last 30 days" in listing


async def test_filtered_pages_keep_their_filter(database: Database, cipher: Cipher) -> None:
    entries = [(NOW - timedelta(hours=h), checkin(core="sad", feeling="down")) for h in range(8)]
    entries += [(NOW - timedelta(hours=h, minutes=30), checkin()) for h in range(8)]
    await seed(database, cipher, ALEX, entries)
    journal = service(database, cipher)
    screen = await journal.tap(ALEX, "j:l:sad:7")
    older = button(screen, texts().text("journal.list.older"))
    assert older.data.startswith("j:o:sad:7:")
    second = await journal.tap(ALEX, older.data)
    assert len(entry_buttons(screen)) + len(entry_buttons(second)) == 8


async def test_an_open_check_in_is_mentioned(database: Database, cipher: Cipher) -> None:
    await seed(
        database,
        cipher,
        ALEX,
        daily(1),
        conversation=Conversation("checkin", "body", {"happened": STORY}, version=3),
    )
    listing = only(await service(database, cipher).command(ALEX, "journal"))
    assert texts().text("journal.list.in_flow") in listing


# ---- one entry ------------------------------------------------------------------------------


async def test_an_entry_reads_back_everything(database: Database, cipher: Cipher) -> None:
    seeded = await seed(database, cipher, ALEX, daily(1), timezone="Europe/Berlin")
    screen = await service(database, cipher).tap(ALEX, f"j:e:{seeded.entry_ids[0]}")
    assert not screen.replace  # the list stays; the entry comes as a new message
    body = only(screen)
    for part in (
        "Check-in, Sat 14 Mar, 13:00",
        STORY,
        "Where you felt it:\nChest",
        "The feeling:\npicked on (hurt)",
        "8 → 3",
        "How old this part felt:\n5 to 8",
        f"What {CHILD} needed:\nsomeone on my side",
        "The caring adult's words:\nOf course you felt hurt.",
        f"Your words to {CHILD}:\n{OWN_WORDS}",
    ):
        assert part in body, part
    assert button(screen, "Delete this entry").data == f"j:d:{seeded.entry_ids[0]}"


async def test_a_partial_entry_is_shown_as_partial(database: Database, cipher: Cipher) -> None:
    seeded = await seed(
        database,
        cipher,
        ALEX,
        [(NOW, {"happened": STORY, "body_words": "tight jaw", "age_years": 7})],
        complete=False,
    )
    body = only(await service(database, cipher).tap(ALEX, f"j:e:{seeded.entry_ids[0]}"))
    assert texts().text("journal.entry.unfinished") in body
    assert "tight jaw" in body
    assert "about 7" in body
    assert STORY in body
    assert "The feeling" not in body  # nothing shown for what was never answered


async def test_a_letter_and_unknown_answers_are_shown(database: Database, cipher: Cipher) -> None:
    seeded = await seed(
        database,
        cipher,
        ALEX,
        [(NOW, {"letter": "Dear little me,", "reply": "Thank you.", "mood_note": "calmer"})],
        kind="letter",
    )
    body = only(await service(database, cipher).tap(ALEX, f"j:e:{seeded.entry_ids[0]}"))
    assert body.startswith("Letter, ")
    assert "Your letter:\nDear little me," in body
    assert f"What {CHILD} wrote back:\nThank you." in body
    assert "Also written:\ncalmer" in body


async def test_deleting_asks_first_and_removes_only_that_entry(
    database: Database, cipher: Cipher
) -> None:
    seeded = await seed(database, cipher, ALEX, daily(3))
    first, second, third = seeded.entry_ids
    journal = service(database, cipher)
    ask = await journal.tap(ALEX, f"j:d:{second}")
    assert "Delete the check-in from" in only(ask)
    keep = await journal.tap(ALEX, button(ask, "No, keep it").data)
    assert keep.replace
    assert only(keep) == texts().text("journal.delete.kept")
    assert len(entry_buttons(await journal.command(ALEX, "journal"))) == 3
    done = await journal.tap(ALEX, button(ask, "Yes, delete it").data)
    assert done.replace
    assert only(done) == texts().text("journal.delete.done")
    assert entry_buttons(await journal.command(ALEX, "journal")) == [f"j:e:{third}", f"j:e:{first}"]
    again = await journal.tap(ALEX, f"j:y:{second}")  # a second tap on the same button
    assert only(again) == texts().text("journal.entry.gone")
    opened = await journal.tap(ALEX, f"j:e:{second}")
    assert only(opened) == texts().text("journal.entry.gone")


async def test_forged_buttons_for_someone_elses_entry_get_nothing_of_it(
    database: Database, cipher: Cipher
) -> None:
    bea = await seed(database, cipher, BEA, daily(2))
    await seed(database, cipher, ALEX, daily(1, happened="my own day"))
    journal = service(database, cipher)
    target = bea.entry_ids[0]
    gone = texts().text("journal.entry.gone")
    for data in (f"j:e:{target}", f"j:d:{target}", f"j:y:{target}", f"j:k:{target}"):
        screen = await journal.tap(ALEX, data)
        assert not buttons(screen)
        assert STORY not in only(screen)
        assert only(screen) in {gone, texts().text("journal.delete.kept")}
    async with database.transaction() as session:
        store = JournalStore(session, cipher)
        assert await store.count(bea.user_id) == 2  # nothing of Bea's was deleted
    # a forged cursor walks Alex's own journal only
    future = int((NOW + timedelta(days=1)).timestamp() * 1_000_000)
    cursor = await journal.tap(ALEX, f"j:o:-:0:{future}:{10**9}")
    assert len(entry_buttons(cursor)) == 1
    assert f"j:e:{target}" not in entry_buttons(cursor)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "j:",
        "j:e",
        "j:e:",
        "j:e:abc",
        "j:e:²",
        "j:e:١٢",
        "j:l:-:³",
        "j:l:-:07",
        "j:e:-1",
        "j:e:1:2",
        "j:e:" + "9" * 40,
        "j:o:-:0:1:1:1",
        "j:o:sad:30:xx:1",
        "j:o:-:0:" + "9" * 20 + ":1",
        "j:l:nope:30",
        "j:l:picked_on:30",  # a finer feeling is not a filter
        "j:l:sad:31",
        "j:m:sad",
        "j:zz",
        "j:s:1",
        "j:f2:x",
        "x:e:1",
        "1|j:e:1",
        "j:e:1" + "0" * 70,
    ],
)
async def test_malformed_button_data_gets_a_calm_line(
    database: Database, cipher: Cipher, data: str | None
) -> None:
    await seed(database, cipher, ALEX, daily(1))
    screen = await service(database, cipher).tap(ALEX, data)
    assert only(screen) in {
        texts().text("journal.stale"),
        texts().text("journal.entry.gone"),
    }
    assert not buttons(screen)


async def test_every_button_fits_telegrams_64_bytes(database: Database, cipher: Cipher) -> None:
    far = datetime(9000, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    await seed(database, cipher, ALEX, [(far - timedelta(days=i), checkin()) for i in range(12)])
    journal = service(database, cipher, now=far)
    screens = [await journal.command(ALEX, name) for name in ("journal", "forget")]
    screens.append(await journal.tap(ALEX, "j:l:overwhelmed:90"))
    screens.append(await journal.tap(ALEX, "j:m:overwhelmed:90"))
    screens.append(await journal.tap(ALEX, "j:f1"))
    older = button(screens[0], texts().text("journal.list.older"))
    screens.append(await journal.tap(ALEX, older.data))
    for screen in screens:
        for b in buttons(screen):
            assert len(b.data.encode()) <= 64
    with pytest.raises(ValueError, match="64 bytes"):
        Button("x", "j:" + "e" * 63)


async def test_safety_plan_is_listed_and_opens(database: Database, cipher: Cipher) -> None:
    plan = {"warning_signs": "I stop eating", "what_helps": "a walk", "reasons": "my cat Miso"}
    await seed(database, cipher, ALEX, daily(1), plan=plan)
    journal = service(database, cipher)
    listing = await journal.command(ALEX, "journal")
    opened = await journal.tap(ALEX, button(listing, "Your safety plan").data)
    body = only(opened)
    assert "my cat Miso" in body
    assert "a walk" in body
    assert "People and places I can turn to:\n(not written yet)" in body
    await seed(database, cipher, BEA, daily(1))
    assert "Your safety plan" not in [
        b.label for b in buttons(await journal.command(BEA, "journal"))
    ]
    assert only(await journal.tap(BEA, "j:s")) == texts().text("journal.plan.empty")


# ---- insights -------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert length == 13
    width, height = struct.unpack(">II", data[16:24])
    crc = struct.unpack(">I", data[29:33])[0]
    assert zlib.crc32(data[12:29]) == crc
    assert data.rstrip(b"\x00").endswith(b"IEND\xaeB`\x82")
    return width, height


async def test_too_little_for_charts_gets_a_kind_not_yet(
    database: Database, cipher: Cipher
) -> None:
    journal = service(database, cipher)
    nobody = await journal.command(ALEX, "insights")
    await seed(database, cipher, ALEX, daily(2) + [(NOW - timedelta(days=100), checkin())] * 3)
    two = await journal.command(ALEX, "insights")
    for screen in (nobody, two):
        assert only(screen) == texts().text("journal.insights.not_enough", count=3)
        assert screen.messages[0].attachment is None


async def test_charts_are_pngs_with_warm_words(database: Database, cipher: Cipher) -> None:
    entries = daily(5, before=8, after=3) + daily(
        4, start=NOW - timedelta(days=50), core="sad", feeling="down", need="comfort"
    )
    await seed(database, cipher, ALEX, entries, timezone="Asia/Kolkata")
    screen = await service(database, cipher).command(ALEX, "insights")
    photos = [m for m in screen.messages if m.attachment is not None]
    assert [m.attachment.filename for m in photos if m.attachment] == [
        "feelings.png",
        "intensity.png",
        "needs.png",
    ]
    for message in photos:
        assert message.attachment is not None
        assert message.attachment.kind == "photo"
        width, height = png_size(message.attachment.data)
        assert 600 <= width <= 1600, width
        assert 200 <= height <= 1200, height
        assert len(message.attachment.data) > 5_000  # drawn, not blank
        assert len(message.text) <= 1024  # fits a photo caption
    feelings, intensity, needs = (m.text for m in photos)
    assert "Over the last 30 days, hurt came up most often." in feelings
    assert "eased by 5.0 points" in intensity
    assert f"What {CHILD} needed most often: someone on my side." in needs
    for caption in (feelings, intensity, needs):
        for pattern in AVOID_PATTERNS:
            assert not pattern.search(caption), caption
        assert "streak" not in caption.lower()


async def test_charts_say_which_ones_come_later(database: Database, cipher: Cipher) -> None:
    await seed(database, cipher, ALEX, daily(3, before=None, after=None, need=None))
    screen = await service(database, cipher).command(ALEX, "insights")
    assert [m.attachment.filename for m in screen.messages if m.attachment] == ["feelings.png"]
    assert "at the start and at the end appears once 3 check-ins" in screen.messages[-1].text


async def test_intensity_words_follow_the_direction_of_change(
    database: Database, cipher: Cipher
) -> None:
    await seed(database, cipher, ALEX, daily(3, before=3, after=6))
    await seed(database, cipher, BEA, daily(3, before=5, after=5))
    journal = service(database, cipher)
    grew = (await journal.command(ALEX, "insights")).messages[1].text
    same = (await journal.command(BEA, "insights")).messages[1].text
    assert "3.0 points stronger at the end" in grew
    assert CHILD in grew
    assert same == texts().text("journal.insights.same")


# ---- export ---------------------------------------------------------------------------------


def validate(document: dict[str, Any]) -> None:
    assert schema_check.walk_schema(SCHEMA) == []
    assert schema_check.errors(document, SCHEMA) == []
    try:
        import jsonschema
    except ImportError:  # the small checker above stands in for it
        return
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)


async def test_export_holds_everything_and_matches_the_database(
    database: Database, cipher: Cipher
) -> None:
    plan = {"warning_signs": "I stop eating", "what_helps": "a walk"}
    seeded = await seed(
        database,
        cipher,
        ALEX,
        daily(3),
        timezone="Europe/Berlin",
        conversation=Conversation("checkin", "body", {"happened": "still typing"}, version=4),
        plan=plan,
    )
    partial = [(NOW - timedelta(hours=1), {"happened": "half a story"})]
    await seed(database, cipher, ALEX, partial, timezone="Europe/Berlin", complete=False)
    await seed(database, cipher, BEA, daily(1, happened="Bea's own story"))
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.user("telegram", "1001")
        assert user is not None
        repo.record_safety_event(user, "concern", ["self_harm"])

    screen = await service(database, cipher).command(ALEX, "export")
    files = {m.attachment.filename: m for m in screen.messages if m.attachment is not None}
    assert set(files) == {"journal-2026-03-15.md", "journal-2026-03-15.json"}
    raw = files["journal-2026-03-15.json"].attachment
    assert raw is not None
    assert raw.kind == "document"
    assert raw.mime_type == "application/json"
    document = json.loads(raw.data)
    validate(document)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["timezone"] == "Europe/Berlin"
    assert document["person"]["child_name"] == CHILD
    assert document["person"]["external_id"] == "1001"
    assert document["conversation"]["answers"] == {"happened": "still typing"}
    assert document["other"]["safety_plans"][0]["data"] == plan
    (event,) = document["other"]["safety_events"]
    assert (event["level"], event["categories"]) == ("concern", "self_harm")
    assert "Bea's own story" not in raw.data.decode()

    # the entries are exactly what the database holds, decrypted
    async with database.transaction() as session:
        rows = list(
            await session.scalars(
                select(Entry).where(Entry.user_id == seeded.user_id).order_by(Entry.finished_at)
            )
        )
    assert [e["id"] for e in document["entries"]] == [r.id for r in rows]
    for exported, row in zip(document["entries"], rows, strict=True):
        assert exported["answers"] == cipher.decrypt_json(row.data_enc)
        assert datetime.fromisoformat(exported["finished_at"]) == row.finished_at
        for column in ("kind", "complete", "feeling_core", "feeling", "need"):
            assert exported[column] == getattr(row, column)
        assert exported["intensity_before"] == row.intensity_before
    assert document["entries"][-1]["complete"] is False

    markdown = files["journal-2026-03-15.md"].attachment
    assert markdown is not None
    readable = markdown.data.decode()
    assert readable.startswith("# ")
    assert f"> {STORY}" in readable
    assert "still typing" in readable
    assert "a walk" in readable
    assert readable.index("half a story") < readable.index(STORY)  # newest first
    assert "Sat 14 Mar 2026, 13:00" in readable  # Berlin time


async def test_export_json_schema_file_matches_the_code() -> None:
    path = Path(__file__).resolve().parents[1] / "bot" / "export_schema.json"
    assert json.loads(path.read_text("utf-8")) == SCHEMA


async def test_export_with_nothing_stored(database: Database, cipher: Cipher) -> None:
    screen = await service(database, cipher).command(ALEX, "export")
    assert only(screen) == texts().text("journal.export.nothing")


async def test_the_schema_checker_catches_mistakes() -> None:
    good = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    assert schema_check.errors({"a": 1}, good) == []
    assert schema_check.errors({"a": "1"}, good)
    assert schema_check.errors({}, good)
    assert schema_check.errors(True, {"type": "integer"})
    assert schema_check.errors("2026-01-01T00:00", {"type": "string", "format": "date-time"})
    assert schema_check.walk_schema({"properties": {"a": {"pattern": "x"}}}) == ["pattern"]


# ---- forget ---------------------------------------------------------------------------------


async def rows_about(database: Database, user_id: int) -> dict[str, int]:
    found: dict[str, int] = {}
    async with database.transaction() as session:
        for table, column in user_tables():
            found[table.name] = (
                await session.execute(
                    select(func.count()).select_from(table).where(column == user_id)
                )
            ).scalar_one()
        users = Base.metadata.tables["users"]
        found["users"] = (
            await session.execute(
                select(func.count()).select_from(users).where(users.c.id == user_id)
            )
        ).scalar_one()
    return found


async def test_forget_asks_twice_then_leaves_nothing(database: Database, cipher: Cipher) -> None:
    plan = {"warning_signs": "I stop eating"}
    alex = await seed(
        database,
        cipher,
        ALEX,
        daily(4),
        conversation=Conversation("checkin", "body", {"happened": STORY}, version=2),
        plan=plan,
    )
    bea = await seed(database, cipher, BEA, daily(2), plan=plan)
    bea_before = await rows_about(database, bea.user_id)
    journal = service(database, cipher)

    first = await journal.command(ALEX, "forget")
    assert "your journal (4 entries)" in only(first)
    assert "/export" in only(first)
    assert not first.replace
    second = await journal.tap(ALEX, button(first, "Yes, go on").data)
    assert second.replace
    assert only(second) == texts().text("journal.forget.second")
    assert await rows_about(database, alex.user_id) != {}  # nothing erased yet
    kept = await journal.tap(ALEX, button(second, "No, keep everything").data)
    assert only(kept) == texts().text("journal.forget.kept")
    assert sum((await rows_about(database, alex.user_id)).values()) > 0

    done = await journal.tap(ALEX, button(second, "Erase everything").data)
    said = only(done)
    assert "journal entries: 4" in said
    assert "your safety plan: 1" in said
    assert "where we were in a conversation: 1" in said
    assert "your settings and the name for your younger self: 1" in said

    assert set((await rows_about(database, alex.user_id)).values()) == {0}
    assert await rows_about(database, bea.user_id) == bea_before
    async with database.transaction() as session:
        assert await Repository(session, cipher).user("telegram", "1001") is None
    assert only(await journal.command(ALEX, "forget")) == texts().text("journal.forget.nothing")
    assert only(await journal.command(ALEX, "journal")) == texts().text("journal.list.empty")


async def test_every_table_about_a_person_is_covered() -> None:
    covered = {table.name for table, _ in user_tables()} | {"users"}
    for table in Base.metadata.sorted_tables:
        refers = any(
            fk.column.table.name == "users" for c in table.columns for fk in c.foreign_keys
        )
        if refers or "user_id" in table.columns:
            assert table.name in covered


async def test_an_old_erase_button_has_expired(database: Database, cipher: Cipher) -> None:
    alex = await seed(database, cipher, ALEX, daily(1))
    asked = service(database, cipher, now=NOW - timedelta(hours=1))
    second = await asked.tap(ALEX, "j:f1")
    erase = button(second, "Erase everything").data
    later = await service(database, cipher).tap(ALEX, erase)
    assert only(later) == texts().text("journal.forget.expired")
    assert (await rows_about(database, alex.user_id))["entries"] == 1


@pytest.fixture
async def sqlite_file(tmp_path: Path) -> AsyncIterator[tuple[Database, Path]]:
    """A migrated SQLite database and its file, for the tests that read the file itself."""
    path = tmp_path / "raw.sqlite3"
    database = Database.connect(f"sqlite+aiosqlite:///{path}")
    await upgrade(database)
    yield database, path
    await database.dispose()


def raw_bytes(path: Path) -> bytes:
    """The database file and its WAL/SHM files, as stored on disk."""
    files = [path, *path.parent.glob(path.name + "-*")]
    return b"".join(p.read_bytes() for p in files if p.is_file())


async def test_forgetting_leaves_no_trace_in_the_sqlite_file(
    sqlite_file: tuple[Database, Path], cipher: Cipher
) -> None:
    database, path = sqlite_file
    alex = await seed(database, cipher, ALEX, daily(30))
    bea = await seed(database, cipher, BEA, daily(3))

    async def tokens(user_id: int) -> list[str]:
        async with database.transaction() as session:
            query = select(Entry.data_enc).where(Entry.user_id == user_id)
            return list(await session.scalars(query))

    alex_tokens, bea_tokens = await tokens(alex.user_id), await tokens(bea.user_id)
    assert alex_tokens[0][10:60].encode() in raw_bytes(path)  # the check can see what is there
    await service(database, cipher).forget(ALEX)
    stored = raw_bytes(path)
    assert bea_tokens[0][10:60].encode() in stored
    for token in alex_tokens:
        assert token[10:60].encode() not in stored  # not even the encrypted form is left


# ---- encryption at rest and key rotation -------------------------------------------------------


async def test_the_sqlite_file_holds_none_of_the_words(
    sqlite_file: tuple[Database, Path], cipher: Cipher
) -> None:
    database, path = sqlite_file
    await seed(
        database,
        cipher,
        ALEX,
        daily(3),
        conversation=Conversation("checkin", "own_words", {"happened": STORY}, version=1),
        plan={"reasons": "my cat Miso"},
    )
    await service(database, cipher).command(ALEX, "export")
    await service(database, cipher).command(ALEX, "journal")
    stored = raw_bytes(path)
    for words in ("Bartholomew", "Pemberton", "Wilhelmina", "Miso", "someone on your side"):
        assert words.encode() not in stored, words


async def readable_everything(database: Database, cipher: Cipher) -> int:
    """Decrypt every *_enc value in the database; how many there were."""
    count = 0
    async with database.transaction() as session:
        for _table, columns in encrypted_columns():
            for row in await session.execute(select(*columns)):
                for token in row:
                    if token is not None:
                        cipher.decrypt(token)
                        count += 1
    return count


async def test_rotation_keeps_everything_readable_and_old_keys_can_go(
    database: Database, tmp_path: Path
) -> None:
    old_key = new_key()
    old = Cipher([old_key])
    await seed(
        database,
        old,
        ALEX,
        daily(7),
        conversation=Conversation("checkin", "body", {"happened": STORY}, version=1),
        plan={"reasons": "my cat Miso"},
    )
    await seed(database, old, BEA, daily(2))
    before = await readable_everything(database, old)
    assert before == 7 + 2 + 2 + 1 + 1  # entries, names, Alex's conversation and plan

    key_file = tmp_path / "encryption.key"
    key_file.write_text(old_key + "\n")
    key_file.chmod(0o600)
    new = prepend_key(key_file)
    assert key_file.read_text().splitlines() == [new, old_key]
    assert key_file.stat().st_mode & 0o777 == 0o600

    report = await reencrypt(database, Cipher([new, old_key]), batch=3)
    assert report.total == before
    assert not report.unreadable
    new_only = Cipher([new])
    assert await readable_everything(database, new_only) == before  # the old key can go
    with pytest.raises(InvalidToken):
        await readable_everything(database, old)
    again = await reencrypt(database, Cipher([new, old_key]))
    assert again.total == 0
    assert sum(again.current.values()) == before

    # the journal reads back with the new key alone
    listing = await service(database, new_only).tap(ALEX, "j:l:-:0")
    assert len(entry_buttons(listing)) == 5
    entry = await service(database, new_only).tap(ALEX, entry_buttons(listing)[0])
    assert STORY in only(entry)
    assert CHILD in only(entry)


async def test_rotation_leaves_values_no_key_can_read(database: Database) -> None:
    first, stranger = new_key(), new_key()
    await seed(database, Cipher([first]), ALEX, daily(2))
    await seed(database, Cipher([stranger]), BEA, daily(1))
    report = await reencrypt(database, Cipher([new_key(), first]))
    assert sum(report.unreadable.values()) == 2  # Bea's entry and name: left untouched
    async with database.transaction() as session:
        bea = await Repository(session, Cipher([stranger])).user("telegram", "2002")
        assert bea is not None
        assert Cipher([stranger]).decrypt(bea.child_name_enc or "") == CHILD


# ---- content --------------------------------------------------------------------------------


def test_journal_texts_follow_the_voice() -> None:
    keys = [k for k in texts().text_keys() if k.startswith("journal.") or k in MENU_KEYS]
    assert len(keys) > 80
    for key in keys:
        for variant in texts().variants(key):
            for pattern in AVOID_PATTERNS:
                assert not pattern.search(variant), (key, variant)
            assert len(variant) < 400, key
            assert not re.search(r"\bstreak|\bmissed\b", variant, re.IGNORECASE), key


MENU_KEYS = {"menu.journal", "menu.insights", "menu.export", "menu.forget"}
