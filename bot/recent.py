"""A bounded memory of recent update ids: what this process has already been given.

Telegram may deliver an update twice (a lost confirmation, a webhook retry). The conversation
skips a duplicate by the update id stored with its state; everything else (the journal, the
calm lines for stickers and edits) relies on this in-process memory, which keeps the newest
``size`` ids in insertion order.
"""

from __future__ import annotations


class RecentIds:
    def __init__(self, size: int) -> None:
        self.size = size
        self._ids: dict[int, None] = {}  # insertion-ordered

    def __contains__(self, update_id: object) -> bool:
        return update_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, update_id: int) -> None:
        self._ids[update_id] = None
        if len(self._ids) > self.size:
            del self._ids[next(iter(self._ids))]

    def first_time(self, update_id: int) -> bool:
        """Remember ``update_id``; whether it was new."""
        if update_id in self._ids:
            return False
        self.add(update_id)
        return True
