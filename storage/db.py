"""The async engine and sessions: SQLite (WAL) by default, PostgreSQL by URL.

``Database.connect(url)`` makes the engine with the right settings for its backend;
``database.transaction()`` yields a session inside one transaction, committed on success.
SQLite runs its calls on the event loop's thread (:mod:`storage.inline_sqlite`) through one
pooled connection; PostgreSQL uses asyncpg and a normal pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage import inline_sqlite


def normalise_url(url: str) -> str:
    """Use the async drivers whatever the URL names (postgres://, postgresql://, sqlite://)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend in {"postgres", "postgresql"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    return parsed.render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _inline_sqlite(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
    params["async_creator_fn"] = inline_sqlite.connect


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @classmethod
    def connect(cls, url: str, *, echo: bool = False) -> Database:
        url = normalise_url(url)
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        if make_url(url).get_backend_name() == "sqlite":
            # One connection: statements run on the loop's thread, so a second connection
            # would add no concurrency, only a chance to wait on the first one's lock.
            pool: dict[str, Any] = {"pool_size": 1, "max_overflow": 0} if path else {}
            engine = create_async_engine(url, echo=echo, **pool)
            event.listen(engine.sync_engine, "do_connect", _inline_sqlite)
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        else:
            engine = create_async_engine(url, echo=echo, pool_pre_ping=True)
        return cls(engine)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
