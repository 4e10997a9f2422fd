"""The companion service: one person's turn, durably, whatever the transport.

Telegram handlers and the terminal chat both call :meth:`Companion.handle`. In one database
transaction it loads the person and their conversation, skips an update it has already seen,
runs the conversation engine, applies the effects (journal entries, profile changes), and
saves the new state with a version check. Replies are sent only after that commit, so a
crash at any point loses no answer the person already gave.

The replies are stored with the state, until the next turn. Telegram delivers an update again
when the process died before confirming it, which includes dying between the commit and the
sending: if that update is the person's newest and this process has not handled it, its
replies go out again, so nobody is left without the question they are to answer next (at
worst they see it twice).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from bot.recent import RecentIds
from dialogs.content import available_locales
from dialogs.engine import Engine
from dialogs.model import (
    Event,
    NudgeAnswer,
    RecordSafetyEvent,
    RememberVoice,
    RemoveFavourite,
    Reply,
    SaveEntry,
    SaveFavourite,
    SaveSafetyPlan,
    SetNudges,
    UpdateProfile,
)
from storage.crypto import Cipher
from storage.db import Database
from storage.models import User
from storage.repository import RecentTurn, Repository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Identity:
    channel: str  # "telegram" or "local"
    external_id: str
    first_name: str | None = None
    language_code: str | None = None

    @property
    def locale(self) -> str:
        language = (self.language_code or "").split("-")[0].lower()
        return language if language in available_locales() else "en"


@dataclass(slots=True)
class Outcome:
    replies: list[Reply] = field(default_factory=list)
    version: int = 0  # the conversation version the replies' buttons belong to
    duplicate: bool = False
    resent: bool = False  # the stored replies of a turn handled before a restart


#: How many update ids a process remembers handling: a duplicate of one of those was answered.
REMEMBERED_UPDATES = 4096


def utcnow() -> datetime:
    return datetime.now(UTC)


class Companion:
    def __init__(
        self,
        database: Database,
        cipher: Cipher,
        engine: Engine | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = database
        self.cipher = cipher
        self.engine = engine or Engine()
        self.clock = clock
        self._handled = RecentIds(REMEMBERED_UPDATES)  # update ids this process handled

    async def handle(self, who: Identity, event: Event, update_id: int | None = None) -> Outcome:
        now = self.clock()
        async with self.database.transaction() as session:
            repo = Repository(session, self.cipher)
            user, stored = await repo.open_turn(who.channel, who.external_id, locale=who.locale)
            seen = stored.last_update_id
            if update_id is not None and seen is not None and update_id <= seen:
                if update_id == seen and update_id not in self._handled:
                    replies = repo.last_replies(stored)
                    if replies:
                        log.info("update %s was handled before a restart; replies sent again", seen)
                        self._handled.add(update_id)
                        return Outcome(replies, stored.conversation.version, resent=True)
                log.info("update %s already handled for user %s; skipped", update_id, user.id)
                return Outcome(version=stored.conversation.version, duplicate=True)
            if not user.active:
                user.active = True  # they wrote to us again, so they unblocked us
            plan = None
            if self.engine.wants_safety_plan(stored.conversation, event):
                plan = await repo.safety_plan(user)
            nudges = None
            if self.engine.wants_nudges(stored.conversation, event):
                nudges = await repo.nudge_plan(user)
            profile = repo.profile(
                user,
                first_name=who.first_name,
                language_code=who.language_code,
                safety_plan=plan,
                nudges=nudges,
            )
            if self.engine.wants_top_needs(stored.conversation, event):
                profile = replace(profile, top_needs=await repo.top_needs(user))
            if self.engine.wants_favourites(stored.conversation, event):
                profile = replace(profile, favourites=await repo.favourites(user, "affirm"))
            result = self.engine.handle(stored.conversation, event, profile, now)
            await self._apply(repo, user, result.effects, now)
            await repo.save_conversation(
                user,
                result.conversation,
                expected_version=stored.conversation.version,
                update_id=update_id,
                replies=result.replies,
                # a turn that moved nothing (/help, a sticker) keeps a running exercise's
                # paced messages resumable after a restart
                carry_from=stored
                if result.conversation.version == stored.conversation.version
                else None,
            )
        if update_id is not None:
            self._handled.add(update_id)
        return Outcome(result.replies, result.conversation.version)

    async def _apply(
        self, repo: Repository, user: User, effects: list[object], now: datetime
    ) -> None:
        for effect in effects:
            if isinstance(effect, UpdateProfile):
                repo.update_profile(user, effect.changes)
                if "timezone" in effect.changes:
                    await repo.reschedule(user, now)
            elif isinstance(effect, RememberVoice):
                repo.remember_voice(user, effect.used)
            elif isinstance(effect, SaveEntry):
                if user.journal and user.adult is not False:
                    await repo.add_entry(user, effect)
            elif isinstance(effect, RecordSafetyEvent):
                repo.record_safety_event(user, effect.level, effect.reasons)
            elif isinstance(effect, SaveSafetyPlan):
                await repo.save_safety_plan(user, effect.plan)
            elif isinstance(effect, SetNudges):
                await repo.save_nudges(user, effect.plan, now)
            elif isinstance(effect, NudgeAnswer):
                await repo.nudge_answer(user, effect.action, now)
            elif isinstance(effect, SaveFavourite):
                await repo.add_favourite(user, effect.kind, effect.item)
            elif isinstance(effect, RemoveFavourite):
                await repo.remove_favourite(user, effect.kind, effect.item)
            else:  # pragma: no cover - a new effect type without a handler is a bug
                raise TypeError(f"no handler for effect {type(effect).__name__}")

    async def current_version(self, who: Identity) -> int | None:
        """The person's conversation version now (None if unknown). A paced message checks it
        before it goes out: if the conversation moved on, in this process or another, it stays."""
        async with self.database.transaction() as session:
            repo = Repository(session, self.cipher)
            return await repo.conversation_version(who.channel, who.external_id)

    async def recent_turns(self, since: datetime) -> list[RecentTurn]:
        """Last turns stored since ``since`` with their replies (see bot/pacing.py: resume)."""
        async with self.database.transaction() as session:
            return await Repository(session, self.cipher).recent_turns(since)

    async def mark_inactive(self, channel: str, external_id: str) -> None:
        """The person blocked the bot: stop writing to them until they write again."""
        async with self.database.transaction() as session:
            user = await Repository(session, self.cipher).user(channel, external_id)
            if user is not None:
                user.active = False
