"""The journal in ``innerchild chat``: the same commands and buttons, shown as terminal text.

Buttons become numbered options like the conversation's; attachments (charts, the export) are
written as files under ``<data dir>/journal`` (the folder 0700, each file 0600: they hold the
person's words) and their paths printed beside the caption.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from bot.journal import COMMANDS, PREFIX, JournalService, Screen
from bot.service import Companion, Identity, Outcome
from dialogs.content import catalog
from dialogs.model import Choice, Event, EventKind, Reply


class TerminalJournal:
    def __init__(
        self,
        companion: Companion,
        who: Identity,
        folder: Path,
        journal: JournalService | None = None,
    ) -> None:
        self.who = who
        self.folder = folder
        self.journal = journal or JournalService(
            companion.database, companion.cipher, clock=companion.clock
        )

    async def turn(self, event: Event, version: int) -> Outcome | None:
        """The journal's answer to ``event``, or None when the event is not for the journal."""
        if event.kind is EventKind.COMMAND and event.command_name in COMMANDS:
            screen = await self.journal.command(self.who, event.command_name)
        elif event.kind is EventKind.CHOICE and event.value.startswith(PREFIX):
            screen = await self.journal.tap(self.who, event.value)
        else:
            return None
        return self.outcome(screen, version)

    def outcome(self, screen: Screen, version: int) -> Outcome:
        replies: list[Reply] = []
        for message in screen.messages:
            text = message.text
            if message.attachment is not None:
                path = self.save(message.attachment.filename, message.attachment.data)
                saved = catalog(self.who.locale).text("journal.terminal.saved", value=str(path))
                text = f"{text}\n{saved}"
            choices = tuple(Choice(b.label, b.data) for row in message.buttons for b in row)
            replies.append(Reply(text, choices))
        return Outcome(replies, version)

    def save(self, filename: str, data: bytes) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"{stamp}-{Path(filename).name}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        return path
