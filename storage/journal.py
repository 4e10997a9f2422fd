"""The journal's queries: pages of entries, one entry, chart data, export, and forgetting.

Every query is scoped by ``user_id``: an entry id alone never reaches another person's row.

Pages use keyset pagination on the index ``entries(user_id, finished_at, id)``: a page is
"the next ``limit`` entries older (or newer) than this (finished_at, id)", so turning to page
200 costs what turning to page 2 does, however long the history.

The tables about a person are found from :data:`storage.models.Base.metadata` (every table
with a ``user_id`` column or a foreign key to ``users.id``), so tables added later are
exported and forgotten without a change here. Columns ending in ``_enc`` are decrypted for
export; nothing in this module logs or keeps a person's words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Table, and_, delete, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.crypto import Cipher, InvalidToken
from storage.db import Database
from storage.models import Base, ConversationRow, Entry, User
from storage.repository import JournalEntry

#: Encrypted columns that hold JSON (everything else encrypted is text as the person wrote it).
JSON_COLUMNS = frozenset({"data_enc", "answers_enc"})

__all__ = [
    "ChartRow",
    "Cursor",
    "JournalStore",
    "Page",
    "UserData",
    "checkpoint",
    "user_tables",
]


@dataclass(frozen=True, slots=True)
class Cursor:
    """A position in someone's journal: the (finished_at, id) of one entry."""

    finished_at: datetime
    id: int

    @classmethod
    def of(cls, entry: JournalEntry) -> Cursor:
        return cls(entry.finished_at, entry.id)


@dataclass(frozen=True, slots=True)
class Page:
    """Entries newest first, and whether there are newer or older ones beyond them."""

    entries: list[JournalEntry]
    newer: bool
    older: bool


@dataclass(frozen=True, slots=True)
class ChartRow:
    """The plain (unencrypted) columns of one entry that the charts need."""

    finished_at: datetime
    kind: str
    feeling_core: str | None
    need: str | None
    intensity_before: int | None
    intensity_after: int | None


@dataclass(frozen=True, slots=True)
class UserData:
    """Everything stored about one person, decrypted: for an export."""

    user: dict[str, Any]
    conversation: dict[str, Any] | None
    entries: list[dict[str, Any]]  # oldest first; ``data`` holds the decrypted answers
    other: dict[str, list[dict[str, Any]]]


def user_tables() -> list[tuple[Table, Column[Any]]]:
    """Every table that holds rows about a person, with the column naming them.

    Children come before parents, so deleting in this order never trips a foreign key.
    The ``users`` table itself is not in the list.
    """
    found: list[tuple[Table, Column[Any]]] = []
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == User.__tablename__:
            continue
        for column in table.columns:
            refers = any(fk.column.table.name == User.__tablename__ for fk in column.foreign_keys)
            if column.name == "user_id" or refers:
                found.append((table, column))
                break
    return found


class JournalStore:
    def __init__(self, session: AsyncSession, cipher: Cipher) -> None:
        self.session = session
        self.cipher = cipher

    # ---- reading --------------------------------------------------------------------------

    async def page(
        self,
        user_id: int,
        *,
        limit: int = 5,
        older_than: Cursor | None = None,
        newer_than: Cursor | None = None,
        core: str | None = None,
        since: datetime | None = None,
    ) -> Page:
        """One page, newest first: the newest entries, or those just older/newer than a cursor."""
        if older_than is not None and newer_than is not None:
            raise ValueError("a page is either older or newer than a cursor, not both")
        scope = self._scope(user_id, core, since)
        if newer_than is not None:
            rows = await self._rows(scope, _after(newer_than), ascending=True, limit=limit + 1)
            more_newer = len(rows) > limit
            rows = list(reversed(rows[:limit]))
            if not rows:  # nothing newer any more (deleted): show the newest page instead
                return await self.page(user_id, limit=limit, core=core, since=since)
            older = await self._exists(scope, _before(Cursor.of(rows[-1])))
            return Page(rows, newer=more_newer, older=older)
        condition = _before(older_than) if older_than is not None else None
        rows = await self._rows(scope, condition, ascending=False, limit=limit + 1)
        more_older = len(rows) > limit
        rows = rows[:limit]
        newer = False
        if older_than is not None:
            anchor = Cursor.of(rows[0]) if rows else older_than
            newer = await self._exists(scope, _after(anchor))
        return Page(rows, newer=newer, older=more_older)

    async def entry(self, user_id: int, entry_id: int) -> JournalEntry | None:
        """One entry, only if it belongs to ``user_id``."""
        row = await self.session.scalar(
            select(Entry).where(Entry.user_id == user_id, Entry.id == entry_id)
        )
        return None if row is None else self._decrypted(row)

    async def count(self, user_id: int) -> int:
        result = await self.session.scalar(
            select(func.count()).select_from(Entry).where(Entry.user_id == user_id)
        )
        return int(result or 0)

    async def chart_rows(self, user_id: int, since: datetime) -> list[ChartRow]:
        """Plain columns of the entries finished since ``since``, oldest first (no decryption)."""
        result = await self.session.execute(
            select(
                Entry.finished_at,
                Entry.kind,
                Entry.feeling_core,
                Entry.need,
                Entry.intensity_before,
                Entry.intensity_after,
            )
            .where(Entry.user_id == user_id, Entry.finished_at >= since)
            .order_by(Entry.finished_at, Entry.id)
        )
        return [ChartRow(*row) for row in result]

    async def everything(self, user_id: int) -> UserData | None:
        """All rows about a person, decrypted, for an export; None when there is no such user."""
        user = await self.session.get(User, user_id)
        if user is None:
            return None
        conversation = await self.session.get(ConversationRow, user_id)
        entries = await self.session.scalars(
            select(Entry).where(Entry.user_id == user_id).order_by(Entry.finished_at, Entry.id)
        )
        other: dict[str, list[dict[str, Any]]] = {}
        for table, column in user_tables():
            if table.name in {Entry.__tablename__, ConversationRow.__tablename__}:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            result = await self.session.execute(
                select(table).where(column == user_id).order_by(*order)
            )
            other[table.name] = [self._plain(dict(row)) for row in result.mappings()]
        return UserData(
            user=self._plain(_columns(_table(User), user)),
            conversation=None
            if conversation is None
            else self._plain(_columns(_table(ConversationRow), conversation)),
            entries=[self._plain(_columns(_table(Entry), row)) for row in entries],
            other=other,
        )

    async def has_table_rows(self, table_name: str, user_id: int) -> bool:
        """Whether a table (if this schema has it) holds a row about the person."""
        table = Base.metadata.tables.get(table_name)
        if table is None or "user_id" not in table.columns:
            return False
        found = await self.session.scalar(
            select(table.c.user_id).where(table.c.user_id == user_id).limit(1)
        )
        return found is not None

    # ---- changing -------------------------------------------------------------------------

    async def delete_entry(self, user_id: int, entry_id: int) -> bool:
        """Delete one entry of ``user_id``; False when there is no such entry of theirs."""
        result = await self.session.execute(
            delete(Entry)
            .where(Entry.user_id == user_id, Entry.id == entry_id)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete every row about a person, table by table; the counts, by table name.

        ``users`` is deleted last (its count is 1 when the person existed). On SQLite the
        freed pages are overwritten (``secure_delete``), so even encrypted traces go.
        """
        sqlite = self.session.get_bind().dialect.name == "sqlite"
        if sqlite:
            await self.session.execute(text("PRAGMA secure_delete = ON"))
        counts: dict[str, int] = {}
        for table, column in user_tables():
            result = await self.session.execute(delete(table).where(column == user_id))
            counts[table.name] = _rowcount(result)
        users = Base.metadata.tables[User.__tablename__]
        result = await self.session.execute(delete(users).where(users.c.id == user_id))
        counts[users.name] = _rowcount(result)
        if sqlite:
            await self.session.execute(text("PRAGMA secure_delete = OFF"))
        return counts

    # ---- helpers --------------------------------------------------------------------------

    @staticmethod
    def _scope(user_id: int, core: str | None, since: datetime | None) -> list[Any]:
        scope: list[Any] = [Entry.user_id == user_id]
        if core is not None:
            scope.append(Entry.feeling_core == core)
        if since is not None:
            scope.append(Entry.finished_at >= since)
        return scope

    async def _rows(
        self, scope: Sequence[Any], condition: Any, *, ascending: bool, limit: int
    ) -> list[JournalEntry]:
        query = select(Entry).where(*scope)
        if condition is not None:
            query = query.where(condition)
        if ascending:
            query = query.order_by(Entry.finished_at.asc(), Entry.id.asc())
        else:
            query = query.order_by(Entry.finished_at.desc(), Entry.id.desc())
        rows = await self.session.scalars(query.limit(limit))
        return [self._decrypted(row) for row in rows]

    async def _exists(self, scope: Sequence[Any], condition: Any) -> bool:
        found = await self.session.scalar(select(Entry.id).where(*scope, condition).limit(1))
        return found is not None

    def _decrypted(self, row: Entry) -> JournalEntry:
        try:
            answers = self.cipher.decrypt_json(row.data_enc)
        except InvalidToken:  # a key was dropped too early: show the entry without its words
            answers = {}
        return JournalEntry(
            id=row.id,
            kind=row.kind,
            complete=row.complete,
            started_at=row.started_at,
            finished_at=row.finished_at,
            answers=answers if isinstance(answers, dict) else {},
        )

    def _plain(self, row: dict[str, Any]) -> dict[str, Any]:
        """A row for export: ``*_enc`` columns decrypted under their name without ``_enc``."""
        plain: dict[str, Any] = {}
        for name, value in row.items():
            if name.endswith("_enc"):
                plain[name.removesuffix("_enc")] = self._open(name, value)
            else:
                plain[name] = value
        return plain

    def _open(self, column: str, token: Any) -> Any:
        """Decrypt one ``*_enc`` value: JSON for the JSON columns, else the words as written."""
        if not isinstance(token, str):
            return None
        try:
            words = self.cipher.decrypt(token)
        except InvalidToken:
            return None
        if column in JSON_COLUMNS or (words.startswith("{") and words.endswith("}")):
            try:
                value = json.loads(words)
            except ValueError:
                return words
            if column in JSON_COLUMNS or isinstance(value, dict):
                return value
        return words


def _before(cursor: Cursor) -> Any:
    """Entries before the cursor in (finished_at, id) order. The first bound is implied by the
    second; it is there so every backend seeks the index to the cursor instead of scanning
    the person's newer entries."""
    return and_(
        Entry.finished_at <= cursor.finished_at,
        or_(
            Entry.finished_at < cursor.finished_at,
            and_(Entry.finished_at == cursor.finished_at, Entry.id < cursor.id),
        ),
    )


def _after(cursor: Cursor) -> Any:
    """Entries after the cursor in (finished_at, id) order (see :func:`_before`)."""
    return and_(
        Entry.finished_at >= cursor.finished_at,
        or_(
            Entry.finished_at > cursor.finished_at,
            and_(Entry.finished_at == cursor.finished_at, Entry.id > cursor.id),
        ),
    )


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _columns(table: Table, obj: object) -> dict[str, Any]:
    return {column.name: getattr(obj, column.key) for column in table.columns}


def _rowcount(result: Any) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count) if isinstance(count, int) and count > 0 else 0


async def checkpoint(database: Database) -> None:
    """On SQLite, move the write-ahead log into the database file and empty it.

    After :meth:`JournalStore.forget` this overwrites the old pages in the file itself, so a
    forgotten person's rows leave no copy behind in the WAL. Best effort: a reader holding an
    old snapshot can keep part of the log for a moment; the next checkpoint finishes it.
    """
    if database.backend != "sqlite":
        return
    async with database.engine.connect() as connection:
        await connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
