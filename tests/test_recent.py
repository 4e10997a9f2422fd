"""The bounded memory of update ids that keeps a duplicate delivery from being handled twice."""

from __future__ import annotations

from bot.recent import RecentIds


def test_a_repeated_id_is_not_new_and_the_oldest_are_forgotten() -> None:
    recent = RecentIds(3)
    assert [recent.first_time(n) for n in (1, 2, 1, 3)] == [True, True, False, True]
    recent.add(4)  # 1 falls out: only the newest three are kept
    assert 1 not in recent
    assert [n in recent for n in (2, 3, 4)] == [True, True, True]
    assert len(recent) == 3
    assert recent.first_time(1)
