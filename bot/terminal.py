"""``innerchild chat``: the same flows in a terminal, against the same database.

Buttons become numbered options (type the number, or type your own words); commands work as
in Telegram. The person is a local user, so nothing here needs Telegram to try the product.
"""

from __future__ import annotations

import asyncio
import contextlib
import textwrap
from collections.abc import Callable
from pathlib import Path

from bot.config import default_data_dir
from bot.journal_terminal import TerminalJournal
from bot.pacing import split
from bot.service import Companion, Identity, Outcome
from dialogs.content import catalog
from dialogs.model import Choice, Event, Reply

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


def render(outcome: Outcome, width: int = 72) -> tuple[str, list[Choice]]:
    """The replies as terminal text, and the options a number can pick."""
    blocks: list[str] = []
    options: list[Choice] = []
    for reply in outcome.replies:
        paragraphs = [
            textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) if p else ""
            for p in reply.text.split("\n")
        ]  # a long word (a file path, a link) stays whole
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
    pace_scale: float = 1.0,
) -> None:
    """Talk until Ctrl-D or /quit. Paced replies (an exercise) are written after their scaled
    delays while the person can already type: a line (like the number of "Stop") stops them."""
    who = Identity(channel="local", external_id=name)
    texts = catalog()
    journal = TerminalJournal(companion, who, (data_dir or default_data_dir()) / "journal")
    write(texts.text("terminal.intro") + "\n")
    outcome = await companion.handle(who, Event.command("/start"))
    while True:
        now, later = split(outcome.replies)
        text, options = render(Outcome(now, outcome.version))
        write(text + "\n")
        shown = _Shown(options)
        pacing = asyncio.create_task(_pace(later, outcome.version, write, pace_scale, shown))
        try:
            line = await asyncio.to_thread(read, "> ")
            while not line.strip() and not pacing.done():  # Enter alone: the exercise goes on
                line = await asyncio.to_thread(read, "> ")
        except (EOFError, KeyboardInterrupt):
            await _stop(pacing)
            write("\n" + texts.text("terminal.bye"))
            return
        await _stop(pacing)
        options = shown.options
        if line.strip().lower() in QUIT_WORDS:
            write(texts.text("terminal.bye"))
            return
        event = to_event(line, options, outcome.version)
        if event is None:
            outcome = Outcome(version=outcome.version)
            continue
        outcome = await journal.turn(event, outcome.version) or await companion.handle(who, event)


class _Shown:
    """The options a typed number picks: those of the newest reply with buttons so far."""

    def __init__(self, options: list[Choice]) -> None:
        self.options = options


async def _pace(
    replies: list[Reply], version: int, write: Callable[[str], object], scale: float, shown: _Shown
) -> None:
    """Write paced replies after their delays (scaled), as Telegram would send them."""
    for reply in replies:
        await asyncio.sleep(max(reply.delay, 0.0) * max(scale, 0.0))
        text, options = render(Outcome([reply], version))
        write(text + "\n")
        if options:
            shown.options = options


async def _stop(pacing: asyncio.Task[None]) -> None:
    """Stop writing paced replies (the person typed something, or left)."""
    if not pacing.done():
        pacing.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await pacing
