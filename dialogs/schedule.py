"""When to send a gentle nudge: local times, days, quiet hours, pauses, snoozes, DST.

Everything is computed in the person's own time zone with :mod:`zoneinfo` and returned as an
aware UTC datetime, so storage can index one ``next_due_at`` column. Local times that do not
exist (the hour skipped when clocks go forward) move forward by the gap; local times that
happen twice (clocks go back) are used once, the first time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EVERY_DAY = frozenset(range(7))  # Monday is 0, as in datetime.weekday()
WEEKDAYS = frozenset(range(5))
#: The longest look-ahead: a week and a day finds the next slot for any set of days.
_HORIZON_DAYS = 8
_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NudgePlan:
    """One person's reminder settings, as they chose them."""

    enabled: bool = False
    times: tuple[time, ...] = ()
    days: frozenset[int] = EVERY_DAY
    quiet_start: time | None = None
    quiet_end: time | None = None
    paused_until: datetime | None = None
    timezone: str = "UTC"

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def in_quiet_hours(self, moment: datetime) -> bool:
        """Is the aware ``moment`` inside the quiet hours, in local time?"""
        return self.quiet_at(moment.astimezone(self.zone).time().replace(tzinfo=None))

    def quiet_at(self, clock: time) -> bool:
        """Is the local clock time ``clock`` inside the quiet hours?"""
        if self.quiet_start is None or self.quiet_end is None or self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= clock < self.quiet_end
        return clock >= self.quiet_start or clock < self.quiet_end  # across midnight

    def end_of_quiet(self, moment: datetime) -> datetime:
        """The first instant at or after ``moment`` that is outside the quiet hours."""
        if not self.in_quiet_hours(moment) or self.quiet_end is None:
            return moment
        local = moment.astimezone(self.zone)
        day = local.date()
        if local.time().replace(tzinfo=None) >= self.quiet_end:
            day += timedelta(days=1)
        return _at(day, self.quiet_end, self.zone)


def _at(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of local ``clock`` on ``day``.

    ``fold=0`` picks the first of a repeated local time (clocks going back). A local time that
    does not exist (clocks going forward) is read with the offset from before the change, so
    it lands after the gap: 02:30 on a spring-forward night becomes 03:30.
    """
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def next_due(plan: NudgePlan, after: datetime) -> datetime | None:
    """The first nudge strictly after the aware instant ``after``, or None when off."""
    if not plan.enabled or not plan.times or not plan.days:
        return None
    start = after
    if plan.paused_until is not None and plan.paused_until > start:
        start = plan.paused_until - timedelta(microseconds=1)
    zone = plan.zone
    first_day = start.astimezone(zone).date() - timedelta(days=1)
    best: datetime | None = None
    for offset in range(_HORIZON_DAYS + 2):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in plan.days:
            continue
        for clock in plan.times:
            moment = _at(day, clock, zone)
            if moment <= start or plan.in_quiet_hours(moment):
                continue
            if best is None or moment < best:
                best = moment
        if best is not None:
            return best
    return best


def snoozed(plan: NudgePlan, now: datetime, hours: float = 2) -> datetime:
    """When a snoozed nudge comes back: ``hours`` later, never inside the quiet hours."""
    return plan.end_of_quiet(now + timedelta(hours=hours))


def parse_times(text: str) -> tuple[time, ...] | None:
    """One or two clock times from "9", "9:30", "9am", "20:00 and 8.30pm"; None if unclear."""
    parts = [p for p in re.split(r"\s*(?:,|;|/|\band\b|\+|&)\s*", text.strip()) if p]
    if not 1 <= len(parts) <= 2:
        return None
    found: list[time] = []
    for part in parts:
        match = _CLOCK.match(part)
        if match is None:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower().replace(".", "")
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        found.append(time(hour, minute))
    return tuple(sorted(set(found)))


def fewer(plan: NudgePlan) -> NudgePlan:
    """Back off: one time a day instead of two; then every other chosen day."""
    if len(plan.times) > 1:
        return replace(plan, times=plan.times[:1])
    days = sorted(plan.days)
    if len(days) > 2:
        return replace(plan, days=frozenset(days[::2]))
    return plan


def days_code(days: Iterable[int]) -> str:
    """Days as stored: "0123456" for every day."""
    return "".join(str(d) for d in sorted(set(days)))


def days_from_code(code: str) -> frozenset[int]:
    return frozenset(int(c) for c in code if c.isdigit() and int(c) < 7)


def clock_text(clock: time) -> str:
    return clock.strftime("%H:%M")
