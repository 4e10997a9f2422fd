"""Alembic environment: runs on a connection handed over by storage.migrate (async engines),
or, from the alembic command line, on an engine made from the configured URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from storage.db import Database
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_from_url(url: str) -> None:
    database = Database.connect(url)
    async with database.engine.begin() as connection:
        await connection.run_sync(run_on)
    await database.dispose()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    asyncio.run(run_from_url(config.get_main_option("sqlalchemy.url") or ""))
