"""Opening what every command needs: the encryption keys, the database, migrations applied.

Used by ``innerchild run``, ``chat`` and ``migrate`` alike, so all three see the same data.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.config import Settings
from bot.service import Companion
from storage.crypto import Cipher, load_or_create_keys
from storage.db import Database
from storage.migrate import upgrade

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Runtime:
    settings: Settings
    database: Database
    cipher: Cipher
    companion: Companion

    async def close(self) -> None:
        await self.database.dispose()


def make_cipher(settings: Settings) -> Cipher:
    keys, created = load_or_create_keys(settings.configured_keys, settings.key_file)
    if created:
        log.warning(
            "No ENCRYPTION_KEYS configured: generated a new key in %s (permissions 0600). "
            "Back it up: without it the journal cannot be read.",
            settings.key_file,
        )
    return Cipher(keys)


async def open_runtime(settings: Settings, *, migrate: bool = True) -> Runtime:
    cipher = make_cipher(settings)
    database = Database.connect(settings.resolved_database_url)
    if migrate:
        await upgrade(database)
    return Runtime(settings, database, cipher, Companion(database, cipher))
