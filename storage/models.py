"""The database schema as SQLAlchemy 2 typed ORM models.

Columns ending in ``_enc`` hold Fernet tokens of what the person wrote; they are never
stored in plaintext. Plain columns hold only our own vocabulary (feeling and need keys from
the taxonomy, numbers, flags), which the journal's charts need to query.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_users_identity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))  # "telegram" or "local"
    external_id: Mapped[str] = mapped_column(String(64))  # Telegram user id, or a local name
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    locale: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(8))
    country_asked: Mapped[bool] = mapped_column(Boolean, default=False)
    child_name_enc: Mapped[str | None] = mapped_column(Text)
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)
    journal: Mapped[bool] = mapped_column(Boolean, default=False)  # until they consent
    adult: Mapped[bool | None] = mapped_column(Boolean)
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False once they blocked us
    recent_voice: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ConversationRow(Base):
    __tablename__ = "conversations"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32), default="")
    answers_enc: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=0)
    last_update_id: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The replies of the turn of ``last_update_id``, kept until the next turn: if the process
    #: died before they went out, Telegram delivers that update again and they are sent then.
    replies_enc: Mapped[str | None] = mapped_column(Text)


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (Index("ix_entries_user_finished", "user_id", "finished_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "checkin", later "letter", ...
    complete: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    feeling_core: Mapped[str | None] = mapped_column(String(32))
    feeling: Mapped[str | None] = mapped_column(String(32))
    need: Mapped[str | None] = mapped_column(String(32))
    intensity_before: Mapped[int | None] = mapped_column(SmallInteger)
    intensity_after: Mapped[int | None] = mapped_column(SmallInteger)
    data_enc: Mapped[str] = mapped_column(Text)  # every answer, encrypted JSON


class SafetyEvent(Base):
    """A screened message was of concern or a crisis: when, how serious, why. Never the text."""

    __tablename__ = "safety_events"
    __table_args__ = (Index("ix_safety_events_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    level: Mapped[str] = mapped_column(String(16))
    categories: Mapped[str] = mapped_column(String(200))  # comma-separated category names


class SafetyPlan(Base):
    """The person's own safety plan, in their words (encrypted)."""

    __tablename__ = "safety_plans"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    data_enc: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NudgeSchedule(Base):
    """A person's reminder settings in their own time zone, and when the next one is due (UTC)."""

    __tablename__ = "nudge_schedules"
    __table_args__ = (Index("ix_nudge_schedules_due", "next_due_at"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    times: Mapped[str] = mapped_column(String(32), default="")  # "09:00,20:30"
    days: Mapped[str] = mapped_column(String(7), default="0123456")  # Monday is 0
    quiet_start: Mapped[str | None] = mapped_column(String(5))  # "22:00"
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ignored_streak: Mapped[int] = mapped_column(Integer, default=0)
    asked_fewer: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recent_variants: Mapped[list[Any]] = mapped_column(JSON, default=list)


class NudgeDelivery(Base):
    """One nudge for one due time, recorded before it is sent: the key makes it at most once."""

    __tablename__ = "nudge_deliveries"
    __table_args__ = (UniqueConstraint("user_id", "due_at", name="uq_nudge_deliveries_due"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))  # claimed, sent, skipped, failed, blocked
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claim: Mapped[str] = mapped_column(String(32))  # which dispatcher's tick claimed it
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Favourite(Base):
    """A phrase a person kept ("keep this one" in /affirm), by its content id ("comfort:2").

    Ids name our own library's words, never the person's, so they are stored in plain text.
    """

    __tablename__ = "favourites"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "item", name="uq_favourites_item"),
        Index("ix_favourites_user_kind", "user_id", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # "affirm"
    item: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
