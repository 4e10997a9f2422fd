"""``innerchild rotate-key``: a new encryption key first, and everything re-encrypted under it.

With ENCRYPTION_KEYS configured, the new key is printed (before anything is re-encrypted, so
it is never lost) and the operator puts it first in the setting. Without it, the new key is
written first into the key file (atomically, mode 0600), above the old ones. Either way every
``*_enc`` column of every table is re-encrypted under it (see storage/rotation.py), checked
with the new key alone, and the old keys can be dropped once the bot runs with the new key.

``--reencrypt`` makes no new key: it re-encrypts whatever is not yet under the current first
key (run it after restarting the bot with a new key first, to catch anything a bot still on
the old keys wrote in between). ``--key`` uses a key you generated yourself.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import Settings
from storage.crypto import Cipher, EncryptionKeyError, load_or_create_keys, new_key
from storage.db import Database
from storage.migrate import upgrade
from storage.rotation import RotationReport, prepend_key, reencrypt


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rotate = sub.add_parser(
        "rotate-key",
        help="re-encrypt everything under a new encryption key",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rotate.add_argument("--key", help="use this Fernet key instead of generating one")
    rotate.add_argument(
        "--reencrypt",
        action="store_true",
        help="no new key: re-encrypt what is not yet under the current first key",
    )


def cmd_rotate_key(settings: Settings, *, key: str | None = None, only: bool = False) -> int:
    configured = settings.configured_keys
    try:
        if only:
            keys, _ = load_or_create_keys(configured, settings.key_file)
            new = None
        elif configured:
            new = key or new_key()
            Cipher([new])  # refuse a malformed --key before anything happens
            print(f"New encryption key (keep it safe: without it nothing can be read):\n{new}")
            keys = [new, *configured]
        else:
            load_or_create_keys((), settings.key_file)  # the file exists before it is rotated
            new = prepend_key(settings.key_file, key)
            keys, _ = load_or_create_keys((), settings.key_file)
            print(f"A new key is now first in {settings.key_file} (readable only by you).")
        cipher = Cipher(keys)
    except EncryptionKeyError as exc:
        print(f"innerchild: {exc}", file=sys.stderr)
        return 2

    report, check = asyncio.run(_run(settings, cipher, Cipher(keys[:1])))
    _print_report(report)
    if report.unreadable or check.unreadable:
        print(
            f"{sum(check.unreadable.values())} values still need an old key (unreadable with "
            "any key, or written meanwhile) and were left as they are. Keep the old keys; run "
            "`innerchild rotate-key --reencrypt` again once the bot runs with the new key.",
            file=sys.stderr,
        )
        return 1
    if new is None:
        print("Everything is now under the first key.")
    elif configured:
        print(
            "Everything is now encrypted under the new key. Put it first in ENCRYPTION_KEYS:\n"
            f"  ENCRYPTION_KEYS={new},<your current keys>\n"
            "and restart the bot. Then run `innerchild rotate-key --reencrypt` once more (it "
            "catches anything written in between); after that the old keys can be dropped."
        )
    else:
        print(
            "Everything is now encrypted under the new key. Restart the bot, then run "
            "`innerchild rotate-key --reencrypt` once more (it catches anything written in "
            f"between); after that the old keys (the lines below the first in "
            f"{settings.key_file}) can be deleted."
        )
    return 0


async def _run(
    settings: Settings, cipher: Cipher, first_only: Cipher
) -> tuple[RotationReport, RotationReport]:
    """Re-encrypt, then check that the first key alone now reads everything."""
    database = Database.connect(settings.resolved_database_url)
    try:
        await upgrade(database)
        report = await reencrypt(database, cipher)
        check = await reencrypt(database, first_only)
    finally:
        await database.dispose()
    return report, check


def _print_report(report: RotationReport) -> None:
    names = sorted({*report.rotated, *report.current, *report.unreadable})
    for name in names:
        print(
            f"  {name}: {report.rotated.get(name, 0)} re-encrypted, "
            f"{report.current.get(name, 0)} already current, "
            f"{report.unreadable.get(name, 0)} unreadable"
        )
    print(f"{report.total} values re-encrypted.")
