"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, a cipher, a companion.

Storage and end-to-end tests take the ``database`` fixture and run once per backend. The
PostgreSQL run uses a fresh database created for this test session on the server at
``TEST_POSTGRES_URL`` (default: postgres@127.0.0.1:5432, database ``test``) and dropped at
the end. When that server is not reachable the PostgreSQL variants are skipped with a reason
in the summary; with ``INNERCHILD_REQUIRE_POSTGRES=1`` (set by CI) they fail instead.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.service import Companion
from dialogs.engine import Engine
from storage.crypto import Cipher, new_key
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Base
from storage.scratch import create_scratch, drop_scratch
from tests.fake_bot_api import FakeBotAPI

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_POSTGRES = os.environ.get("INNERCHILD_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated once."""
    try:
        url = asyncio.run(create_scratch(POSTGRES_URL, "innerchild_test"))
    except Exception as exc:
        reason = f"PostgreSQL not reachable at {make_url(POSTGRES_URL).render_as_string()}"
        reason += f" ({type(exc).__name__}): PostgreSQL variants skipped"
        if REQUIRE_POSTGRES:
            pytest.fail(reason + ", but INNERCHILD_REQUIRE_POSTGRES=1")
        pytest.skip(reason)

    async def migrate() -> None:
        database = Database.connect(url)
        await upgrade(database)
        await database.dispose()

    asyncio.run(migrate())
    yield url
    asyncio.run(drop_scratch(POSTGRES_URL, url))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    database = Database.connect(database_url)
    if database.backend == "sqlite":
        await upgrade(database)
    else:
        async with database.engine.begin() as connection:
            tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
            await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield database
    await database.dispose()


@pytest.fixture
def cipher() -> Cipher:
    return Cipher([new_key()])


@pytest.fixture
def companion(database: Database, cipher: Cipher) -> Companion:
    import random

    return Companion(database, cipher, Engine(random.Random(7)))


# ---- the real bot against the fake Bot API (end-to-end tests) ------------------------------


@pytest.fixture
def key() -> str:
    return new_key()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
def settings(
    api: FakeBotAPI, database: Database, database_url: str, tmp_path: Path, key: str
) -> Settings:
    """Settings for a bot that talks to the fake Bot API and uses the test database."""
    return Settings(
        _env_file=None,  # never a developer's .env
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        telegram_api_base_file_url=api.base_file_url,
        database_url=database_url,
        data_dir=tmp_path / "data",
        encryption_keys=key,
    )
