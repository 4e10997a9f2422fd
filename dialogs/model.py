"""The vocabulary of the conversation core: events in, replies and effects out, stored state.

Nothing here knows about Telegram or databases. A transport turns what a person does into an
:class:`Event`, hands it to the engine with the stored :class:`Conversation` and the user's
:class:`Profile`, and gets back a :class:`TurnResult`: the next conversation state, the
replies to show, and the effects to persist (in the same transaction as the state).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from dialogs.schedule import NudgePlan


class EventKind(StrEnum):
    TEXT = "text"  # free text the person typed
    CHOICE = "choice"  # the value of a button they tapped (or a number typed in the terminal)
    COMMAND = "command"  # "/checkin", "/cancel fresh": name and optional argument
    TIMEOUT = "timeout"  # a timer set by a flow ran out
    EDIT = "edit"  # a message was edited: screened for safety, never taken as an answer
    MEDIA = "media"  # a sticker, photo, voice...: its caption (if any) is screened


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    value: str = ""
    shown_at: int | None = None  # for a choice: the conversation version its button was shown at

    @classmethod
    def text(cls, value: str) -> Event:
        return cls(EventKind.TEXT, value)

    @classmethod
    def choice(cls, value: str, shown_at: int | None = None) -> Event:
        return cls(EventKind.CHOICE, value, shown_at)

    @classmethod
    def command(cls, value: str) -> Event:
        return cls(EventKind.COMMAND, value)

    @classmethod
    def edit(cls, value: str) -> Event:
        return cls(EventKind.EDIT, value)

    @classmethod
    def media(cls, caption: str = "") -> Event:
        return cls(EventKind.MEDIA, caption)

    @property
    def words(self) -> str:
        """What the person wrote in this event, to be screened ("" for buttons)."""
        if self.kind in (EventKind.TEXT, EventKind.EDIT, EventKind.MEDIA):
            return self.value
        if self.kind is EventKind.COMMAND:
            return self.command_arg
        return ""

    @property
    def command_name(self) -> str:
        """For a command event, the name without slash, bot suffix or argument ("checkin")."""
        head = self.value.strip().split(maxsplit=1)[0] if self.value.strip() else ""
        return head.lstrip("/").split("@", 1)[0].lower()

    @property
    def command_arg(self) -> str:
        parts = self.value.strip().split(maxsplit=1)
        return parts[1].strip() if len(parts) > 1 else ""


@dataclass(frozen=True, slots=True)
class Choice:
    label: str
    value: str

    @property
    def is_command(self) -> bool:
        """A choice whose value is a command works in any state (it is never stale)."""
        return self.value.startswith("/")


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    choices: tuple[Choice, ...] = ()
    columns: int = 1  # how many buttons per row a transport should show
    end_of_flow: bool = False
    crisis: bool = False
    slow: bool = False  # a longer, composed message: a transport may show "typing…" first
    delay: float = 0.0  # seconds to wait after the previous reply (paced exercises)


@dataclass(slots=True)
class Conversation:
    """What is stored between turns: the flow, its state, the answers so far, a turn counter.

    ``version`` grows by one on every handled turn. Buttons carry the version they were shown
    at, so a tap on an older message is recognised as stale instead of being misread.
    """

    flow: str | None = None
    state: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    version: int = 0

    @property
    def active(self) -> bool:
        return self.flow is not None


@dataclass(frozen=True, slots=True)
class Profile:
    """What the flows may know about the person. Built by the service from storage."""

    first_name: str | None = None
    child_name: str | None = None
    timezone: str | None = None
    locale: str = "en"
    onboarded: bool = False
    journal: bool = True  # consent to keep check-ins as journal entries
    adult: bool | None = None  # None: not asked yet
    recent_voice: tuple[str, ...] = ()
    country: str | None = None  # ISO code confirmed by the person, for helplines
    country_asked: bool = False  # they answered the country question (maybe with "other")
    language_code: str | None = None  # Telegram's language code: a first guess at the country
    top_needs: tuple[str, ...] = ()  # need keys from their journal, most frequent first
    favourites: tuple[str, ...] = ()  # affirmation ids they kept, newest first (when needed)
    nudges: NudgePlan | None = None  # loaded only when a turn needs it
    safety_plan: dict[str, str] | None = None  # loaded only when a turn needs it


# ---- effects: what the service persists after a turn ------------------------------------


@dataclass(frozen=True, slots=True)
class SaveEntry:
    """Keep a check-in (or another practice) as a journal entry."""

    kind: str
    answers: dict[str, Any]
    complete: bool
    started_at: datetime | None
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class UpdateProfile:
    """Change stored profile fields: child_name, timezone, journal, adult, onboarded, locale."""

    changes: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RememberVoice:
    """Caring-message variant ids just shown, so they are not repeated soon."""

    used: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordSafetyEvent:
    """A screened message was of concern or a crisis: level and categories, never the text."""

    level: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SaveSafetyPlan:
    """The person's own safety plan (stored encrypted)."""

    plan: dict[str, str]


@dataclass(frozen=True, slots=True)
class SetNudges:
    """New reminder settings; the service stores them and computes the next due time."""

    plan: NudgePlan


@dataclass(frozen=True, slots=True)
class NudgeAnswer:
    """A tap on a nudge's own buttons: "later", "fewer", "pause" or "keep"."""

    action: str


@dataclass(frozen=True, slots=True)
class SaveFavourite:
    """Keep a phrase a person chose ("keep this one"): ``kind`` "affirm", ``item`` its id."""

    kind: str
    item: str


@dataclass(frozen=True, slots=True)
class RemoveFavourite:
    """Take a kept phrase off the person's favourites (``kind`` "affirm", ``item`` its id)."""

    kind: str
    item: str


Effect = (
    SaveEntry
    | UpdateProfile
    | RememberVoice
    | RecordSafetyEvent
    | SaveSafetyPlan
    | SetNudges
    | NudgeAnswer
    | SaveFavourite
    | RemoveFavourite
)


@dataclass(slots=True)
class TurnResult:
    conversation: Conversation
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
