"""Shortcuts for tests about what happens after onboarding (faults, crashes, fuzzing).

``onboard`` takes a person through onboarding directly through the service, in a few
milliseconds, whatever steps onboarding has: it taps the choice an ordinary adult who keeps a
journal and wants no reminders would tap, and skips where it can.
"""

from __future__ import annotations

from bot.service import Companion, Identity
from dialogs.engine import Engine
from dialogs.model import Event
from storage.crypto import Cipher
from storage.db import Database
from storage.repository import Repository
from tests.fake_bot_api import FakeUser

#: The choices taken, in order of preference, whenever they are offered.
PREFERRED = ("adult", "yes", "none", "later", "skip")


async def onboard(companion: Companion, who: Identity, *, max_turns: int = 20) -> None:
    outcome = await companion.handle(who, Event.command("/start"))
    for _ in range(max_turns):
        if not outcome.replies or outcome.replies[-1].end_of_flow:
            return
        choices = [choice for reply in outcome.replies for choice in reply.choices]
        if not choices:
            return
        values = [choice.value for choice in choices]
        value = next((v for v in PREFERRED if v in values), values[0])
        outcome = await companion.handle(who, Event.choice(value, outcome.version))
    raise AssertionError(f"onboarding did not end within {max_turns} turns")


async def onboarded(database: Database, key: str, user: FakeUser) -> None:
    """Onboarding done directly through the service (fast); the check-in goes via Telegram."""
    companion = Companion(database, Cipher([key]), Engine())
    await onboard(companion, Identity("telegram", str(user.user_id), user.first_name, "en"))
    async with database.transaction() as session:
        row = await Repository(session, Cipher([key])).user("telegram", str(user.user_id))
        assert row is not None
        assert row.onboarded
