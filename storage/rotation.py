"""Key rotation: re-encrypt every ``*_enc`` column of every table under the first key.

The columns are found from :data:`storage.models.Base.metadata`, so a table added later is
rotated without a change here. Rows are read in batches in primary-key order (keyset), each
batch in its own transaction; a value is only replaced if it is still the one that was read
(compare and swap), so a write that happens meanwhile is never overwritten, and a second run
picks up whatever is left. Values already under the first key are left alone, which makes a
run that was interrupted cheap to repeat.

The key file helpers write atomically with mode 0600.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, and_, or_, select, update

from storage.crypto import Cipher, InvalidToken, new_key
from storage.db import Database
from storage.models import Base

__all__ = ["RotationReport", "encrypted_columns", "prepend_key", "reencrypt"]

BATCH = 500


@dataclass(slots=True)
class RotationReport:
    """How many values were re-encrypted (and left as they were), by ``table.column``."""

    rotated: dict[str, int] = field(default_factory=dict)
    current: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rotated.values())


def encrypted_columns() -> list[tuple[Table, list[Column[Any]]]]:
    """Every table with ``*_enc`` columns, and those columns."""
    found: list[tuple[Table, list[Column[Any]]]] = []
    for table in Base.metadata.sorted_tables:
        columns = [column for column in table.columns if column.name.endswith("_enc")]
        if columns:
            found.append((table, columns))
    return found


async def reencrypt(
    database: Database,
    cipher: Cipher,
    *,
    batch: int = BATCH,
    progress: Callable[[str, int], None] | None = None,
) -> RotationReport:
    """Re-encrypt every encrypted value not yet under ``cipher``'s first key.

    ``cipher`` holds the new key first and the old keys after it. A value no key can read is
    counted in ``unreadable`` and left untouched (never destroyed).
    """
    report = RotationReport()
    for table, columns in encrypted_columns():
        key = list(table.primary_key.columns)
        if not key:  # pragma: no cover - every table of ours has a primary key
            raise ValueError(f"table {table.name} has no primary key to page through")
        last: tuple[Any, ...] | None = None
        while True:
            async with database.transaction() as session:
                query = select(*key, *columns).order_by(*key).limit(batch)
                if last is not None:
                    query = query.where(_after(key, last))
                rows = (await session.execute(query)).all()
                for row in rows:
                    ids = tuple(row[: len(key)])
                    tokens = row[len(key) :]
                    changes: dict[str, str] = {}
                    read: dict[str, str] = {}
                    for column, token in zip(columns, tokens, strict=True):
                        name = f"{table.name}.{column.name}"
                        if not isinstance(token, str):
                            continue
                        if cipher.is_current(token):
                            report.current[name] = report.current.get(name, 0) + 1
                            continue
                        try:
                            changes[column.name] = cipher.rotate(token)
                        except InvalidToken:
                            report.unreadable[name] = report.unreadable.get(name, 0) + 1
                        else:
                            read[column.name] = token
                    if not changes:
                        continue
                    # compare and swap: only if nobody wrote these values since we read them
                    result = await session.execute(
                        update(table)
                        .where(*(c == v for c, v in zip(key, ids, strict=True)))
                        .where(*(table.c[name] == token for name, token in read.items()))
                        .values(**changes)
                    )
                    if getattr(result, "rowcount", 1) == 1:
                        for name in changes:
                            counted = f"{table.name}.{name}"
                            report.rotated[counted] = report.rotated.get(counted, 0) + 1
                if rows:
                    last = tuple(rows[-1][: len(key)])
            if progress is not None and rows:
                progress(table.name, len(rows))
            if len(rows) < batch:
                break
    return report


def _after(key: Sequence[Column[Any]], last: tuple[Any, ...]) -> Any:
    """Rows after ``last`` in primary-key order (a row-value comparison, spelled out)."""
    clauses = []
    for depth in range(len(key)):
        equal = [key[i] == last[i] for i in range(depth)]
        clauses.append(and_(*equal, key[depth] > last[depth]))
    return or_(*clauses)


# ---- the key file ----------------------------------------------------------------------------


def prepend_key(key_file: Path, key: str | None = None) -> str:
    """Put a new key (generated unless given) first in ``key_file``; returns it.

    The other keys and comments stay below it. The file is replaced atomically and stays
    readable only by its owner (0600).
    """
    key = key or new_key()
    Cipher([key])  # refuse a malformed key before touching the file
    old = key_file.read_text("ascii") if key_file.exists() else ""
    key_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".encryption.", dir=key_file.parent)
    try:
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key + "\n" + old)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, key_file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return key
