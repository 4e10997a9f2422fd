"""Resuming an exercise after a restart: which paced messages are scheduled again, and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.pacing import Paced, Pacer
from dialogs.model import Reply
from storage.repository import RecentTurn

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


class Turns:
    """Stands in for the Companion: the recent turns a restarted process would read."""

    def __init__(self, turns: list[RecentTurn]) -> None:
        self.turns = turns
        self.asked_since: datetime | None = None

    async def recent_turns(self, since: datetime) -> list[RecentTurn]:
        self.asked_since = since
        return [t for t in self.turns if t.at >= since]


class Jobs:
    """Records what would be put on PTB's JobQueue."""

    def __init__(self) -> None:
        self.scheduled: list[tuple[float, Paced, int | None]] = []

    def run_once(self, callback: Any, when: float, data: Paced, name: str, chat_id: int) -> None:
        self.scheduled.append((when, data, chat_id))


def breathing(at: datetime, *, channel: str = "telegram", version: int = 7) -> RecentTurn:
    replies = [
        Reply("Let's breathe together."),
        Reply("Round 1. In…", delay=10),
        Reply("Out…", delay=10),
        Reply("Round 2. In…", delay=10),
        Reply("How do you feel?", delay=10, end_of_flow=True),
    ]
    return RecentTurn(channel, "501", version, at, replies)


async def resume(turns: list[RecentTurn], scale: float = 1.0) -> list[tuple[float, str, int]]:
    jobs = Jobs()
    pacer = Pacer(Turns(turns), send=None, scale=scale)  # type: ignore[arg-type]
    count = await pacer.resume(jobs, NOW)  # type: ignore[arg-type]
    assert count == len(jobs.scheduled)
    return [(round(when, 6), paced.reply.text, paced.version) for when, paced, _ in jobs.scheduled]


async def test_the_steps_still_to_come_keep_their_times_and_missed_ones_are_not_sent_late() -> None:
    # started 25 s ago: round 1 (due at 10 s) and "Out" (20 s) fell due while the bot was down
    plan = await resume([breathing(NOW - timedelta(seconds=25))])
    assert plan == [(5.0, "Round 2. In…", 7), (15.0, "How do you feel?", 7)]


async def test_the_pace_scale_is_applied_to_what_remains() -> None:
    plan = await resume([breathing(NOW - timedelta(seconds=2.5))], scale=0.5)
    assert [when for when, _, _ in plan] == [2.5, 7.5, 12.5, 17.5]  # every 5 s, begun 2.5 s ago


async def test_finished_exercises_unpaced_turns_and_other_channels_are_left_alone() -> None:
    done = breathing(NOW - timedelta(seconds=41))
    plain = RecentTurn("telegram", "502", 3, NOW - timedelta(seconds=1), [Reply("Hello")])
    local = breathing(NOW - timedelta(seconds=1), channel="local")
    assert await resume([done, plain, local]) == []
