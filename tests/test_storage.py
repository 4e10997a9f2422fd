"""Storage on SQLite and PostgreSQL: users, conversation state, entries, encryption at rest."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from dialogs.model import Choice, Conversation, Reply, SaveEntry
from storage.crypto import Cipher, EncryptionKeyError, load_or_create_keys, new_key
from storage.db import Database
from storage.inline_sqlite import InlineConnection
from storage.migrate import current_revision, head_revision, upgrade
from storage.models import Base, Entry, User
from storage.repository import ConcurrentUpdate, Repository

SECRET_STORY = "my sister laughed at my drawing in front of everyone"
SECRET_NAME = "little Wilhelmina"


async def test_migrations_reach_head(database: Database) -> None:
    assert await current_revision(database) == head_revision()


async def test_user_is_created_once_per_identity(database: Database, cipher: Cipher) -> None:
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        first = await repo.get_or_create_user("telegram", "42")
        again = await repo.get_or_create_user("telegram", "42")
        other = await repo.get_or_create_user("local", "42")
    assert first.id == again.id
    assert other.id != first.id


async def test_conversation_round_trip_and_version_check(
    database: Database, cipher: Cipher
) -> None:
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "7")
        stored = await repo.load_conversation(user)
        assert stored.conversation == Conversation()
        state = Conversation("checkin", "body", {"happened": SECRET_STORY}, version=1)
        await repo.save_conversation(user, state, expected_version=0, update_id=100)

    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "7")
        stored = await repo.load_conversation(user)
        assert stored.conversation == state
        assert stored.last_update_id == 100
        stale = Conversation("checkin", "feeling_core", {}, version=2)
        with pytest.raises(ConcurrentUpdate):
            await repo.save_conversation(user, stale, expected_version=0, update_id=101)


async def test_the_last_turns_replies_are_kept_encrypted_until_the_next_turn(
    database: Database, cipher: Cipher
) -> None:
    question = Reply(
        f"Where in your body do you feel {SECRET_NAME}?",
        choices=(Choice("Chest", "b:chest"), Choice("Skip", "skip")),
        columns=2,
        slow=True,
    )
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user, stored = await repo.open_turn("telegram", "70")
        state = Conversation("checkin", "body", {}, version=1)
        await repo.save_conversation(
            user, state, expected_version=0, update_id=500, replies=[question]
        )
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user, stored = await repo.open_turn("telegram", "70")
        assert repo.last_replies(stored) == [question]
        raw = await session.scalar(text("SELECT replies_enc FROM conversations"))
        assert SECRET_NAME not in raw
        assert "Chest" not in raw
        await repo.save_conversation(
            user, Conversation("checkin", "feeling_core", {}, 2), expected_version=1, update_id=None
        )
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        _, stored = await repo.open_turn("telegram", "70")
        assert repo.last_replies(stored) == []


async def test_a_turn_that_moved_nothing_keeps_the_exercise_before_it_resumable(
    database: Database, cipher: Cipher
) -> None:
    """Box breathing, then /help (the conversation stays where it was): a redelivered /help
    is answered with the help text, and a restart still finds the breathing and its time."""
    breathing = [Reply("Breathe in…"), Reply("Hold…", delay=4), Reply("Out…", delay=4)]
    help_text = [Reply("Here is what I can do.")]
    since = datetime.now(UTC) - timedelta(minutes=5)
    state = Conversation("soothe", "box", {}, version=3)
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user, stored = await repo.open_turn("telegram", "71")
        await repo.save_conversation(
            user, state, expected_version=0, update_id=600, replies=breathing
        )
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user, stored = await repo.open_turn("telegram", "71")
        began = stored.at
        assert began is not None
        for update_id in (601, 602):  # /help twice: still the breathing's turn that is carried
            await repo.save_conversation(
                user,
                state,
                expected_version=3,
                update_id=update_id,
                replies=help_text,
                carry_from=stored,
            )
            _, stored = await repo.open_turn("telegram", "71")
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        _, stored = await repo.open_turn("telegram", "71")
        assert repo.last_replies(stored) == help_text
        [turn] = await repo.recent_turns(since)
        assert (turn.version, turn.replies, turn.at) == (3, breathing, began)
        raw = await session.scalar(text("SELECT replies_enc FROM conversations"))
        assert "Breathe" not in raw
        await repo.save_conversation(  # the conversation moves on: nothing carried
            await repo.get_or_create_user("telegram", "71"),
            Conversation("soothe", "after", {}, version=4),
            expected_version=3,
            update_id=603,
            replies=help_text,
        )
        [turn] = await repo.recent_turns(since)
        assert turn.replies == help_text


async def test_entries_newest_first(database: Database, cipher: Cipher) -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "8")
        for day in range(3):
            answers = {"feeling": "lonely", "intensity_before": 7, "happened": f"day {day}"}
            await repo.add_entry(
                user,
                SaveEntry("checkin", answers, True, start, start + timedelta(days=day)),
            )
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "8")
        entries = await repo.entries(user, limit=2)
        assert [e.answers["happened"] for e in entries] == ["day 2", "day 1"]
        assert entries[0].finished_at == start + timedelta(days=2)
        assert entries[0].finished_at.tzinfo is not None
        assert await repo.count_entries(user) == 3


async def test_words_are_not_stored_in_plaintext(database: Database, cipher: Cipher) -> None:
    now = datetime.now(UTC)
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "9")
        repo.update_profile(user, {"child_name": SECRET_NAME})
        answers = {"happened": SECRET_STORY, "own_words": "I am here for you", "feeling": "hurt"}
        await repo.add_entry(user, SaveEntry("checkin", answers, True, now, now))
        state = Conversation("checkin", "age", {"happened": SECRET_STORY}, version=1)
        await repo.save_conversation(user, state, expected_version=0, update_id=None)

    dump = await _dump_all_text(database)
    for secret in (SECRET_STORY, SECRET_NAME, "I am here for you", "laughed", "Wilhelmina"):
        assert secret not in dump
    assert "hurt" in dump  # taxonomy keys stay queryable for charts

    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "9")
        assert repo.profile(user).child_name == SECRET_NAME
        (entry,) = await repo.entries(user)
        assert entry.answers["happened"] == SECRET_STORY


async def test_only_taxonomy_keys_reach_plain_columns(database: Database, cipher: Cipher) -> None:
    now = datetime.now(UTC)
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "10")
        answers = {"feeling": "like nobody sees me", "need": "hug", "intensity_before": 99}
        await repo.add_entry(user, SaveEntry("checkin", answers, False, None, now))
    async with database.transaction() as session:
        row = (await session.execute(select(Entry))).scalar_one()
        assert row.feeling is None  # free text never goes into a plain column
        assert row.need == "hug"
        assert row.intensity_before is None
        assert row.complete is False


async def test_deleting_a_user_deletes_their_rows(database: Database, cipher: Cipher) -> None:
    now = datetime.now(UTC)
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "11")
        await repo.add_entry(user, SaveEntry("checkin", {"feeling": "sad"}, True, now, now))
    async with database.transaction() as session:
        user = (await session.execute(select(User))).scalar_one()
        await session.delete(user)
    async with database.transaction() as session:
        for table in ("users", "conversations", "entries"):
            count = (await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
            assert count == 0, table


def test_key_file_is_created_private_and_reused(tmp_path: Path) -> None:
    key_file = tmp_path / "data" / "encryption.key"
    keys, created = load_or_create_keys([], key_file)
    assert created
    assert key_file.stat().st_mode & 0o777 == 0o600
    again, created_again = load_or_create_keys([], key_file)
    assert again == keys
    assert not created_again
    configured, _ = load_or_create_keys([" " + new_key() + " "], tmp_path / "unused.key")
    assert not (tmp_path / "unused.key").exists()
    Cipher(configured)


def test_rotation_reads_old_tokens_and_writes_with_the_new_key() -> None:
    old, new = new_key(), new_key()
    token = Cipher([old]).encrypt(SECRET_STORY)
    both = Cipher([new, old])
    assert both.decrypt(token) == SECRET_STORY
    assert not both.is_current(token)
    rotated = both.rotate(token)
    assert both.is_current(rotated)
    assert Cipher([new]).decrypt(rotated) == SECRET_STORY


def test_a_bad_key_is_a_clear_error() -> None:
    with pytest.raises(EncryptionKeyError):
        Cipher(["not-a-key"])
    with pytest.raises(EncryptionKeyError):
        Cipher([])


async def _dump_all_text(database: Database) -> str:
    """Every value of every row of every table, as text: what an attacker with the file sees."""
    chunks: list[str] = []
    async with database.transaction() as session:
        for table in Base.metadata.sorted_tables:
            rows = await session.execute(text(f"SELECT * FROM {table.name}"))
            chunks.extend(str(value) for row in rows for value in row)
    path = database.engine.url.database
    if database.backend == "sqlite" and path:
        await database.engine.dispose()  # checkpoint: the raw file holds everything
        raw = Path(path).read_bytes()
        for suffix in ("-wal", "-shm"):
            extra = Path(path + suffix)
            if extra.exists():
                raw += extra.read_bytes()
        chunks.append(raw.decode("utf-8", errors="replace"))
    return "\n".join(chunks)


async def test_safety_events_keep_no_text_and_the_plan_is_encrypted(
    database: Database, cipher: Cipher
) -> None:
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "12")
        repo.record_safety_event(user, "crisis", ["suicidal_ideation", "plan_or_means"])
        await repo.save_safety_plan(user, {"reasons": "my niece Philippa", "what_helps": "tea"})
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", "12")
        (event,) = await repo.safety_events(user)
        assert event.level == "crisis"
        assert event.categories == "suicidal_ideation,plan_or_means"
        assert event.at.tzinfo is not None
        plan = await repo.safety_plan(user)
        assert plan == {"reasons": "my niece Philippa", "what_helps": "tea"}
        await repo.save_safety_plan(user, {"reasons": "the sea"})
    assert "Philippa" not in await _dump_all_text(database)


async def test_models_and_migrations_agree(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    def diff(connection: object) -> list[object]:
        context = MigrationContext.configure(connection)  # type: ignore[arg-type]
        return list(compare_metadata(context, Base.metadata))

    async with database.engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == []


async def test_sqlite_runs_on_the_loop_thread_without_a_worker(tmp_path: Path) -> None:
    database = Database.connect(f"sqlite:///{tmp_path / 'inline.db'}")
    threads = threading.active_count()
    try:
        async with database.transaction() as session:
            raw = await (await session.connection()).get_raw_connection()
            driver = raw.driver_connection
            assert isinstance(driver, InlineConnection)
            assert (await session.execute(text("select 40 + 2"))).scalar() == 42
        assert threading.active_count() == threads  # no worker thread was started
    finally:
        await database.dispose()


async def test_sqlite_transactions_that_overlap_in_time_both_commit(tmp_path: Path) -> None:
    """One waits (for the network, say) with its write open; the other must not deadlock the
    loop on SQLite's lock, and neither write is lost."""
    database = Database.connect(f"sqlite:///{tmp_path / 'overlap.db'}")
    await upgrade(database)
    try:

        async def write(external_id: str, pause: float) -> None:
            async with database.transaction() as session:
                session.add(User(channel="telegram", external_id=external_id, recent_voice=[]))
                await session.flush()
                await asyncio.sleep(pause)

        await asyncio.wait_for(asyncio.gather(write("1", 0.2), write("2", 0.0)), timeout=3)
        async with database.transaction() as session:
            count = await session.scalar(select(func.count()).select_from(User))
        assert count == 2
    finally:
        await database.dispose()
