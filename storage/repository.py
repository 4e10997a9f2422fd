"""Reading and writing a person's data inside one transaction, encrypting their words.

The service opens a transaction, makes a :class:`Repository` on it, and works in terms of the
conversation core's types (:class:`~dialogs.model.Conversation`,
:class:`~dialogs.model.Profile`, :class:`~dialogs.model.SaveEntry`); this module is the only
place that maps them to rows and back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import BigInteger, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from dialogs.model import Choice, Conversation, Profile, Reply, SaveEntry
from dialogs.schedule import (
    NudgePlan,
    clock_text,
    days_code,
    days_from_code,
    fewer,
    next_due,
    parse_times,
    snoozed,
)
from storage.crypto import Cipher
from storage.models import (
    ConversationRow,
    Entry,
    Favourite,
    NudgeSchedule,
    SafetyEvent,
    SafetyPlan,
    User,
    utcnow,
)

#: How many caring-message variant ids to remember per person (about a month of check-ins).
RECENT_VOICE_LIMIT = 200

#: Profile fields a flow may change, and the column each maps to.
PROFILE_FIELDS = frozenset(
    {"timezone", "onboarded", "journal", "adult", "locale", "country", "country_asked"}
)


#: The two statements of every turn, built once (building a statement costs more than running
#: it on SQLite); values travel as bound parameters.
_OPEN_TURN = (
    select(User, ConversationRow)
    .join(ConversationRow, ConversationRow.user_id == User.id)
    .where(User.channel == bindparam("channel"), User.external_id == bindparam("external_id"))
    .with_for_update(of=ConversationRow)
)
_SAVE_CONVERSATION = (
    update(ConversationRow)
    .where(
        ConversationRow.user_id == bindparam("user"),
        ConversationRow.version == bindparam("expected_version"),
    )
    .values(
        flow=bindparam("new_flow"),
        state=bindparam("new_state"),
        answers_enc=bindparam("new_answers"),
        version=bindparam("new_version"),
        updated_at=bindparam("now"),
        replies_enc=bindparam("new_replies"),
        last_update_id=func.coalesce(
            bindparam("update_id", type_=BigInteger), ConversationRow.last_update_id
        ),
    )
)


class ConcurrentUpdate(RuntimeError):
    """The conversation changed under us (another replica handled the same person)."""


@dataclass(frozen=True, slots=True)
class StoredConversation:
    conversation: Conversation
    last_update_id: int | None
    replies_token: str | None = None  # the last turn's replies, encrypted (see last_replies)
    at: datetime | None = None  # when it was stored


@dataclass(frozen=True, slots=True)
class _StoredReplies:
    """What a replies token holds: the last turn's replies and, when that turn left the
    conversation where it was (/help, a sticker), the replies and time of the turn before it
    whose paced messages may still be coming (see :meth:`Repository.recent_turns`)."""

    replies: list[dict[str, Any]]
    earlier: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class RecentTurn:
    """A person's last stored turn: who, its conversation version, when, and its replies."""

    channel: str
    external_id: str
    version: int
    at: datetime
    replies: list[Reply]


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    kind: str
    complete: bool
    started_at: datetime | None
    finished_at: datetime
    answers: dict[str, Any]


class Repository:
    def __init__(self, session: AsyncSession, cipher: Cipher) -> None:
        self.session = session
        self.cipher = cipher

    # ---- users ----------------------------------------------------------------------------

    async def user(self, channel: str, external_id: str) -> User | None:
        result = await self.session.execute(
            select(User).where(User.channel == channel, User.external_id == external_id)
        )
        return result.scalar_one_or_none()

    async def get_or_create_user(
        self, channel: str, external_id: str, *, locale: str = "en"
    ) -> User:
        user = await self.user(channel, external_id)
        if user is not None:
            return user
        user = User(channel=channel, external_id=external_id, locale=locale, recent_voice=[])
        self.session.add(user)
        await self.session.flush()
        self.session.add(ConversationRow(user_id=user.id, state="", version=0))
        await self.session.flush()
        return user

    def profile(
        self,
        user: User,
        *,
        first_name: str | None = None,
        language_code: str | None = None,
        safety_plan: dict[str, str] | None = None,
        nudges: NudgePlan | None = None,
    ) -> Profile:
        return Profile(
            first_name=first_name,
            child_name=self.cipher.decrypt_opt(user.child_name_enc),
            timezone=user.timezone,
            locale=user.locale,
            onboarded=user.onboarded,
            journal=user.journal,
            adult=user.adult,
            recent_voice=tuple(str(v) for v in user.recent_voice or ()),
            country=user.country,
            country_asked=user.country_asked,
            language_code=language_code,
            safety_plan=safety_plan,
            nudges=nudges,
        )

    def update_profile(self, user: User, changes: dict[str, Any]) -> None:
        for field, value in changes.items():
            if field == "child_name":
                user.child_name_enc = self.cipher.encrypt_opt(value)
            elif field in PROFILE_FIELDS:
                setattr(user, field, value)
            else:
                raise ValueError(f"unknown profile field {field!r}")

    def remember_voice(self, user: User, used: Sequence[str]) -> None:
        recent = [*list(user.recent_voice or ()), *used]
        user.recent_voice = recent[-RECENT_VOICE_LIMIT:]

    # ---- the conversation -----------------------------------------------------------------

    async def load_conversation(self, user: User, *, lock: bool = True) -> StoredConversation:
        query = select(ConversationRow).where(ConversationRow.user_id == user.id)
        if lock:
            query = query.with_for_update()
        row = (await self.session.execute(query)).scalar_one_or_none()
        if row is None:
            row = ConversationRow(user_id=user.id, state="", version=0)
            self.session.add(row)
            await self.session.flush()
        return self._stored(row)

    async def open_turn(
        self, channel: str, external_id: str, *, locale: str = "en"
    ) -> tuple[User, StoredConversation]:
        """The person and their conversation for one turn, in one query (the conversation row
        locked on PostgreSQL); both are made on their first message."""
        params = {"channel": channel, "external_id": external_id}
        found = (await self.session.execute(_OPEN_TURN, params)).first()
        if found is None:
            user = await self.get_or_create_user(channel, external_id, locale=locale)
            return user, await self.load_conversation(user)
        user, row = found
        return user, self._stored(row)

    def _stored(self, row: ConversationRow) -> StoredConversation:
        answers = self.cipher.decrypt_json(row.answers_enc) if row.answers_enc else {}
        return StoredConversation(
            Conversation(flow=row.flow, state=row.state, answers=answers, version=row.version),
            row.last_update_id,
            row.replies_enc,
            row.updated_at,
        )

    def last_replies(self, stored: StoredConversation) -> list[Reply]:
        """The replies of the turn of ``stored.last_update_id`` (see :meth:`save_conversation`)."""
        return self.last_replies_of(stored.replies_token)

    def last_replies_of(self, token: str | None) -> list[Reply]:
        return [_reply(item) for item in self._stored_replies(token).replies]

    def _stored_replies(self, token: str | None) -> _StoredReplies:
        if not token:
            return _StoredReplies([])
        data = self.cipher.decrypt_json(token)
        if isinstance(data, list):  # a turn's replies alone
            return _StoredReplies(data)
        return _StoredReplies(list(data["replies"]), data.get("earlier"))

    def _earlier(self, previous: StoredConversation) -> dict[str, Any] | None:
        """The turn whose paced messages may still be coming, carried past a turn that left
        the conversation where it was: the previous turn, or the one it carried itself."""
        stored = self._stored_replies(previous.replies_token)
        if stored.earlier is not None:
            return stored.earlier
        if not stored.replies or previous.at is None:
            return None
        return {"at": previous.at.isoformat(), "replies": stored.replies}

    async def save_conversation(
        self,
        user: User,
        conversation: Conversation,
        *,
        expected_version: int,
        update_id: int | None,
        replies: Sequence[Reply] = (),
        carry_from: StoredConversation | None = None,
    ) -> None:
        """Store the turn's outcome if nobody else stored one since ``expected_version``.

        With an ``update_id``, its ``replies`` are kept (encrypted) until the next turn. A turn
        that left the conversation where it was passes the state it started from as
        ``carry_from``: the replies of the turn before are kept too, with their time, so an
        exercise interrupted by /help still resumes after a restart."""
        kept: list[dict[str, Any]] | dict[str, Any] = []
        if update_id is not None:
            kept = [_reply_data(reply) for reply in replies]
            earlier = self._earlier(carry_from) if carry_from is not None else None
            if earlier is not None:
                kept = {"replies": kept, "earlier": earlier}
        params = {
            "user": user.id,
            "expected_version": expected_version,
            "new_flow": conversation.flow,
            "new_state": conversation.state,
            "new_answers": self.cipher.encrypt_json(conversation.answers)
            if conversation.answers
            else None,
            "new_version": conversation.version,
            "now": utcnow(),
            "update_id": update_id,
            "new_replies": self.cipher.encrypt_json(kept) if kept else None,
        }
        connection = await self.session.connection()  # Core: no ORM bookkeeping for one UPDATE
        result = await connection.execute(_SAVE_CONVERSATION, params)
        if getattr(result, "rowcount", 1) != 1:
            raise ConcurrentUpdate(f"conversation of user {user.id} changed concurrently")

    # ---- safety ---------------------------------------------------------------------------

    def record_safety_event(self, user: User, level: str, reasons: Sequence[str]) -> None:
        self.session.add(SafetyEvent(user_id=user.id, level=level, categories=",".join(reasons)))

    async def safety_events(self, user: User) -> list[SafetyEvent]:
        rows = await self.session.execute(
            select(SafetyEvent).where(SafetyEvent.user_id == user.id).order_by(SafetyEvent.at)
        )
        return list(rows.scalars())

    async def safety_plan(self, user: User) -> dict[str, str] | None:
        row = await self.session.get(SafetyPlan, user.id)
        if row is None:
            return None
        plan = self.cipher.decrypt_json(row.data_enc)
        return {str(k): str(v) for k, v in plan.items()}

    async def save_safety_plan(self, user: User, plan: dict[str, str]) -> None:
        row = await self.session.get(SafetyPlan, user.id)
        token = self.cipher.encrypt_json(plan)
        if row is None:
            self.session.add(SafetyPlan(user_id=user.id, data_enc=token))
        else:
            row.data_enc = token
            row.updated_at = utcnow()

    # ---- nudges ---------------------------------------------------------------------------

    async def nudge_schedule(self, user: User) -> NudgeSchedule | None:
        return await self.session.get(NudgeSchedule, user.id)

    async def nudge_plan(self, user: User) -> NudgePlan | None:
        row = await self.nudge_schedule(user)
        return None if row is None else plan_of(row, user.timezone)

    async def save_nudges(self, user: User, plan: NudgePlan, now: datetime) -> NudgeSchedule:
        row = await self.nudge_schedule(user)
        if row is None:
            row = NudgeSchedule(user_id=user.id, recent_variants=[], ignored_streak=0)
            self.session.add(row)
        row.enabled = plan.enabled
        row.times = ",".join(clock_text(t) for t in plan.times)
        row.days = days_code(plan.days)
        row.quiet_start = clock_text(plan.quiet_start) if plan.quiet_start else None
        row.quiet_end = clock_text(plan.quiet_end) if plan.quiet_end else None
        row.paused_until = plan.paused_until
        row.ignored_streak = 0
        row.asked_fewer = False
        row.next_due_at = next_due(plan_of(row, user.timezone), now)
        return row

    async def reschedule(self, user: User, now: datetime) -> None:
        """Recompute the next due time (after a time zone change)."""
        row = await self.nudge_schedule(user)
        if row is not None:
            row.next_due_at = next_due(plan_of(row, user.timezone), now)

    async def nudge_answer(self, user: User, action: str, now: datetime) -> bool:
        """Apply a tap on a nudge's buttons. False when reminders are off (nothing to change)."""
        row = await self.nudge_schedule(user)
        if row is None or not row.enabled:
            return False
        plan = plan_of(row, user.timezone)
        row.ignored_streak = 0
        if action == "later":
            row.next_due_at = snoozed(plan, now)
        elif action == "fewer":
            await self.save_nudges(user, fewer(plan), now)
        elif action == "pause":
            await self.save_nudges(user, replace(plan, paused_until=now + timedelta(days=7)), now)
        elif action == "keep":
            row.asked_fewer = True  # asked and answered: not asked again
        return True

    # ---- journal entries ------------------------------------------------------------------

    async def add_entry(self, user: User, entry: SaveEntry) -> Entry:
        answers = entry.answers
        row = Entry(
            user_id=user.id,
            kind=entry.kind,
            complete=entry.complete,
            started_at=entry.started_at,
            finished_at=entry.finished_at,
            feeling_core=_key(answers.get("feeling_core")),
            feeling=_key(answers.get("feeling")),
            need=_key(answers.get("need")),
            intensity_before=_intensity(answers.get("intensity_before")),
            intensity_after=_intensity(answers.get("intensity_after")),
            data_enc=self.cipher.encrypt_json(answers),
        )
        self.session.add(row)
        await self.session.flush()
        return row

    async def entries(self, user: User, *, limit: int = 20, offset: int = 0) -> list[JournalEntry]:
        rows = await self.session.execute(
            select(Entry)
            .where(Entry.user_id == user.id)
            .order_by(Entry.finished_at.desc(), Entry.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [self._journal_entry(row) for row in rows.scalars()]

    async def count_entries(self, user: User) -> int:
        result = await self.session.execute(
            select(func.count()).select_from(Entry).where(Entry.user_id == user.id)
        )
        return int(result.scalar_one())

    async def top_needs(self, user: User, *, limit: int = 3) -> tuple[str, ...]:
        """The need keys a person named most often in their journal, most frequent first (ties:
        the one named most recently first). Reads plain columns only: nothing is decrypted."""
        times = func.count(Entry.id)
        rows = await self.session.execute(
            select(Entry.need)
            .where(Entry.user_id == user.id, Entry.need.is_not(None))
            .group_by(Entry.need)
            .order_by(times.desc(), func.max(Entry.finished_at).desc(), Entry.need)
            .limit(limit)
        )
        return tuple(str(need) for need in rows.scalars())

    # ---- favourites (phrases a person kept) ---------------------------------------------

    async def favourites(self, user: User, kind: str) -> tuple[str, ...]:
        """The ids a person kept of one kind ("affirm"), newest first."""
        rows = await self.session.execute(
            select(Favourite.item)
            .where(Favourite.user_id == user.id, Favourite.kind == kind)
            .order_by(Favourite.created_at.desc(), Favourite.id.desc())
        )
        return tuple(rows.scalars())

    async def add_favourite(self, user: User, kind: str, item: str) -> bool:
        """Keep ``item``; False when it was kept already (the turn is serialised per person)."""
        found = await self.session.scalar(
            select(Favourite.id).where(
                Favourite.user_id == user.id, Favourite.kind == kind, Favourite.item == item
            )
        )
        if found is not None:
            return False
        self.session.add(Favourite(user_id=user.id, kind=kind, item=item))
        await self.session.flush()
        return True

    async def remove_favourite(self, user: User, kind: str, item: str) -> None:
        await self.session.execute(
            delete(Favourite).where(
                Favourite.user_id == user.id, Favourite.kind == kind, Favourite.item == item
            )
        )

    async def conversation_version(self, channel: str, external_id: str) -> int | None:
        """A person's conversation version (None when unknown), read without a lock."""
        result = await self.session.execute(
            select(ConversationRow.version)
            .join(User, User.id == ConversationRow.user_id)
            .where(User.channel == channel, User.external_id == external_id)
        )
        return result.scalar_one_or_none()

    async def recent_turns(self, since: datetime) -> list[RecentTurn]:
        """Conversations whose last turn was stored at or after ``since`` and kept its
        replies: what a restarted process needs to carry on a paced exercise."""
        result = await self.session.execute(
            select(
                User.channel,
                User.external_id,
                ConversationRow.version,
                ConversationRow.updated_at,
                ConversationRow.replies_enc,
            )
            .join(User, User.id == ConversationRow.user_id)
            .where(ConversationRow.updated_at >= since, ConversationRow.replies_enc.is_not(None))
        )
        turns = []
        for channel, external_id, version, at, token in result:
            stored = self._stored_replies(token)
            replies = stored.replies
            if stored.earlier is not None:  # the turn before one that moved nothing
                at = datetime.fromisoformat(stored.earlier["at"])
                replies = stored.earlier["replies"]
            turns.append(
                RecentTurn(channel, external_id, version, at, [_reply(r) for r in replies])
            )
        return turns

    def _journal_entry(self, row: Entry) -> JournalEntry:
        return JournalEntry(
            id=row.id,
            kind=row.kind,
            complete=row.complete,
            started_at=row.started_at,
            finished_at=row.finished_at,
            answers=self.cipher.decrypt_json(row.data_enc),
        )


def _key(value: Any) -> str | None:
    """Only our own taxonomy keys go into plain columns; anything else stays encrypted."""
    if isinstance(value, str) and value.isidentifier() and len(value) <= 32:
        return value
    return None


def _intensity(value: Any) -> int | None:
    return value if isinstance(value, int) and 0 <= value <= 10 else None


def plan_of(row: NudgeSchedule, timezone: str | None) -> NudgePlan:
    """The reminder settings a schedule row stands for, in the person's time zone."""
    return NudgePlan(
        enabled=row.enabled,
        times=parse_times(row.times) or () if row.times else (),
        days=days_from_code(row.days),
        quiet_start=_clock(row.quiet_start),
        quiet_end=_clock(row.quiet_end),
        paused_until=row.paused_until,
        timezone=timezone or "UTC",
    )


def _clock(text: str | None) -> time | None:
    if not text:
        return None
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _reply_data(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = {"text": reply.text}
    if reply.choices:
        data["choices"] = [[choice.label, choice.value] for choice in reply.choices]
    for name, default in (
        ("columns", 1),
        ("end_of_flow", False),
        ("crisis", False),
        ("slow", False),
        ("delay", 0.0),
    ):
        if getattr(reply, name) != default:
            data[name] = getattr(reply, name)
    return data


def _reply(data: dict[str, Any]) -> Reply:
    choices = tuple(Choice(str(label), str(value)) for label, value in data.get("choices", ()))
    return Reply(
        text=str(data["text"]),
        choices=choices,
        columns=int(data.get("columns", 1)),
        end_of_flow=bool(data.get("end_of_flow", False)),
        crisis=bool(data.get("crisis", False)),
        slow=bool(data.get("slow", False)),
        delay=float(data.get("delay", 0.0)),
    )
