"""The journal in ``innerchild chat``, and ``innerchild rotate-key``, as an operator runs them."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from sqlalchemy import select

from storage.crypto import Cipher, InvalidToken, new_key
from storage.db import Database
from storage.rotation import encrypted_columns
from tests.test_cli import CHAT_SCRIPT, innerchild

OWN_WORDS = "You are not forgotten, Pip."


def decrypt_all(database_file: Path, keys: list[str]) -> int:
    """Decrypt every encrypted value in the SQLite file with ``keys``; how many there were."""

    async def run() -> int:
        database = Database.connect(f"sqlite+aiosqlite:///{database_file}")
        cipher = Cipher(keys)
        count = 0
        try:
            async with database.transaction() as session:
                for _, columns in encrypted_columns():
                    for row in await session.execute(select(*columns)):
                        for token in row:
                            if token is not None:
                                cipher.decrypt(token)
                                count += 1
        finally:
            await database.dispose()
        return count

    return asyncio.run(run())


def test_journal_export_and_forget_in_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = [CHAT_SCRIPT, "/journal", "1", "/export", "/forget", "1", "1", "/journal"]
    result = innerchild("chat", data_dir=data, stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Your journal, newest first" in out
    assert OWN_WORDS in out  # the entry read back
    assert "1) Delete this entry" in out

    saved = re.findall(r"(/\S+\.(?:md|json))\)", out)
    assert len(saved) == 2
    for name in saved:
        path = Path(name)
        assert path.parent == data / "journal"
        assert path.stat().st_mode & 0o777 == 0o600
    markdown = next(Path(p) for p in saved if p.endswith(".md")).read_text("utf-8")
    assert OWN_WORDS in markdown

    assert "One last check. Erase everything now?" in out
    assert "journal entries: 1" in out
    assert out.rstrip().count("Your journal is empty for now") >= 1  # nothing left after
    assert decrypt_all(data / "innerchild.sqlite3", [new_key()]) == 0  # no rows with words


def test_rotate_key_with_a_key_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert innerchild("chat", data_dir=data, stdin=CHAT_SCRIPT + "\n").returncode == 0
    key_file = data / "encryption.key"
    (old,) = key_file.read_text().split()
    stored = decrypt_all(data / "innerchild.sqlite3", [old])
    assert stored >= 2  # the entry and the name, at least

    result = innerchild("rotate-key", data_dir=data)
    assert result.returncode == 0, result.stderr
    new, kept = key_file.read_text().split()
    assert kept == old
    assert new != old
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert new not in result.stdout  # a key file's key is never printed
    assert f"{stored} values re-encrypted" in result.stdout

    # the old key can go: everything reads with the new one alone, in the chat too
    assert decrypt_all(data / "innerchild.sqlite3", [new]) == stored
    try:
        decrypt_all(data / "innerchild.sqlite3", [old])
    except InvalidToken:
        pass
    else:  # pragma: no cover - the assertion below explains
        raise AssertionError("data still readable with the old key alone")
    key_file.write_text(new + "\n")
    again = innerchild("chat", data_dir=data, stdin="/journal\n1\n")
    assert OWN_WORDS in again.stdout

    nothing = innerchild("rotate-key", "--reencrypt", data_dir=data)
    assert nothing.returncode == 0, nothing.stderr
    assert "0 values re-encrypted" in nothing.stdout


def test_rotate_key_with_configured_keys_prints_the_new_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = new_key()
    env = {"ENCRYPTION_KEYS": old}
    chat = innerchild("chat", data_dir=data, stdin=CHAT_SCRIPT + "\n", extra_env=env)
    assert chat.returncode == 0, chat.stderr
    stored = decrypt_all(data / "innerchild.sqlite3", [old])

    result = innerchild("rotate-key", data_dir=data, extra_env=env)
    assert result.returncode == 0, result.stderr
    printed = re.findall(r"^[A-Za-z0-9_-]{43}=$", result.stdout, re.MULTILINE)
    assert len(printed) == 1
    (new,) = printed
    assert "put it first" in result.stdout.lower()
    assert not (data / "encryption.key").exists()  # configured keys are never written to disk
    assert decrypt_all(data / "innerchild.sqlite3", [new]) == stored

    later = innerchild(
        "chat", data_dir=data, stdin="/journal\n1\n", extra_env={"ENCRYPTION_KEYS": new}
    )
    assert OWN_WORDS in later.stdout

    bad = innerchild("rotate-key", "--key", "not-a-key", data_dir=data, extra_env=env)
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
