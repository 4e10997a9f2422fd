"""``innerchild chat``: the same flows in a terminal, against the same database.

Buttons become numbered options (type the number, or type your own words); commands work as
in Telegram. The person is a local user, so nothing here needs Telegram to try the product.
"""

from __future__ import annotations

import asyncio
import textwrap
from collections.abc import Callable
from pathlib import Path

from bot.config import default_data_dir
from bot.journal_terminal import TerminalJournal
from bot.service import Companion, Identity, Outcome
from dialogs.content import catalog
from dialogs.model import Choice, Event

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


def render(outcome: Outcome, width: int = 72) -> tuple[str, list[Choice]]:
    """The replies as terminal text, and the options a number can pick."""
    blocks: list[str] = []
    options: list[Choice] = []
    for reply in outcome.replies:
        paragraphs = [textwrap.fill(p, width) if p else "" for p in reply.text.split("\n")]
        blocks.append("\n".join(paragraphs))
        if reply.choices:
            options = list(reply.choices)
    if options:
        blocks.append("\n".join(f"  {i}) {c.label}" for i, c in enumerate(options, 1)))
    return "\n\n".join(blocks), options


def to_event(line: str, options: list[Choice], version: int) -> Event | None:
    text = line.strip()
    if not text:
        return None
    if text.startswith("/"):
        return Event.command(text)
    if text.isdigit() and 1 <= int(text) <= len(options):
        return Event.choice(options[int(text) - 1].value, shown_at=version)
    return Event.text(text)


async def chat(
    companion: Companion,
    *,
    name: str = "local",
    read: Callable[[str], str] = input,
    write: Callable[[str], object] = print,
    data_dir: Path | None = None,
) -> None:
    who = Identity(channel="local", external_id=name)
    texts = catalog()
    journal = TerminalJournal(companion, who, (data_dir or default_data_dir()) / "journal")
    write(texts.text("terminal.intro") + "\n")
    outcome = await companion.handle(who, Event.command("/start"))
    while True:
        text, options = render(outcome)
        write(text + "\n")
        try:
            line = await asyncio.to_thread(read, "> ")
        except (EOFError, KeyboardInterrupt):
            write("\n" + texts.text("terminal.bye"))
            return
        if line.strip().lower() in QUIT_WORDS:
            write(texts.text("terminal.bye"))
            return
        event = to_event(line, options, outcome.version)
        if event is None:
            outcome = Outcome(version=outcome.version)
            continue
        outcome = await journal.turn(event, outcome.version) or await companion.handle(who, event)
