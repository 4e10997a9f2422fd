"""The content library in use: a month of daily check-ins never repeats the caring message,
and ``innerchild content --sample N`` lets a reviewer read the voice."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.cli import main
from dialogs.model import RememberVoice, SaveEntry
from dialogs.samples import render, samples
from dialogs.voice import MAIN_SLOTS, MAX_CHARS, slot_of
from storage.repository import RECENT_VOICE_LIMIT
from tests.test_flows import ONBOARDED, Talk


def daily_checkin(talk: Talk) -> tuple[str, list[str]]:
    """One check-in, the same every day: lonely, about six, needing comfort. Returns the caring
    message and the variant ids the service would remember."""
    talk.command("/checkin")
    talk.tap("ready")
    talk.skip()  # what happened
    talk.tap("Chest")
    talk.text("lonely")
    talk.tap("says it")  # "lonely" itself, not a finer word
    talk.tap("6")
    talk.tap("5 to 8")
    talk.text("comfort")
    assert talk.state == "own_words"
    talk.skip()
    talk.tap("4")
    assert talk.conversation.flow is None
    (entry,) = [e for e in talk.results[-1].effects if isinstance(e, SaveEntry)]
    assert entry.answers["feeling_core"] == "lonely"
    assert entry.answers["need"] == "comfort"
    used = [
        variant
        for result in talk.results
        for effect in result.effects
        if isinstance(effect, RememberVoice)
        for variant in effect.used
    ]
    talk.results.clear()
    return str(entry.answers["caring"]), used


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_thirty_daily_checkins_never_repeat_the_caring_message(seed: int) -> None:
    talk = Talk(ONBOARDED, seed=seed)
    messages: list[str] = []
    remembered: list[str] = []
    for _day in range(30):
        caring, used = daily_checkin(talk)
        messages.append(caring)
        assert len(caring) <= MAX_CHARS
        # as the service does: remember what was shown (repository.remember_voice)
        remembered = [*remembered, *used][-RECENT_VOICE_LIMIT:]
        talk.profile = replace(talk.profile, recent_voice=tuple(remembered))
    assert len(set(messages)) == 30, "a caring message came back word for word within 30 days"
    main_ids = [variant for variant in remembered if slot_of(variant) in MAIN_SLOTS]
    assert len(main_ids) == len(set(main_ids)), "a main line came back within 30 days"
    assert len(remembered) < RECENT_VOICE_LIMIT  # a month fits the memory the service keeps


def test_samples_cover_the_voice_without_repeating() -> None:
    found = samples(12, random.Random(5))
    assert len(found) == 12
    assert len({sample.text for sample in found}) == 12
    assert all(len(sample.text) <= MAX_CHARS for sample in found)
    assert len({sample.feeling for sample in found}) > 3
    assert samples(3, random.Random(9)) == samples(3, random.Random(9))
    text = render(found[:2])
    assert text.startswith("--- 1. ")
    assert "characters)" in text


def test_innerchild_content_prints_samples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "--sample", "4", "--seed", "11"]) == 0
    out = capsys.readouterr().out
    assert [line[:6] for line in out.splitlines() if line.startswith("--- ")] == [
        "--- 1.",
        "--- 2.",
        "--- 3.",
        "--- 4.",
    ]
    assert main(["content", "--sample", "4", "--seed", "11"]) == 0
    assert capsys.readouterr().out == out  # a seed gives the same samples
