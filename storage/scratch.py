"""Throwaway PostgreSQL databases for tests and benchmarks: create one on a server, drop it.

Each test session or benchmark run gets its own database, so runs never see each other's
rows and the server's own database (``test``) stays untouched.
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.db import Database


async def _run_on_server(server_url: str, sql: str) -> None:
    database = Database.connect(server_url)
    try:
        async with database.engine.connect() as connection:
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text(sql))
    finally:
        await database.dispose()


async def create_scratch(server_url: str, prefix: str = "innerchild_scratch") -> str:
    """A new, empty database on the server at ``server_url``; returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    await _run_on_server(server_url, f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def drop_scratch(server_url: str, scratch_url: str) -> None:
    """Drop the database ``scratch_url`` names, even if connections are still open."""
    name = make_url(scratch_url).database
    await _run_on_server(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
