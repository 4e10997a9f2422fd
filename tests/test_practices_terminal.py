"""Paced exercises in ``innerchild chat``: the waits are slept (scaled by ``pace_scale``) while
the person can already type, and a line typed meanwhile stops what is still to come."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.service import Companion, Identity
from bot.terminal import chat
from dialogs.flows.soothe import exercise_seconds
from tests.shortcuts import onboard

PACED_WORDS = ("Breathe", "Hold", "Rest…", "Round", "last round")


class Screen:
    """What the terminal wrote, with when; and a reader that waits for what it expects."""

    def __init__(self) -> None:
        self.lines: list[tuple[float, str]] = []
        self.changed = threading.Condition()

    def write(self, text: str) -> None:
        with self.changed:
            self.lines.append((time.monotonic(), text))
            self.changed.notify_all()

    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def words(self) -> str:
        """What was written, with the terminal's line wrapping undone."""
        return " ".join(self.text().split())

    def wait_for(self, words: str, timeout: float = 10.0) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: words in self.text(), timeout), words

    def reader(self, script: list[tuple[str, str] | str]) -> Callable[[str], str]:
        """Each step: a line to type, or (words to wait for on the screen, line to type)."""
        steps = list(script)

        def read(prompt: str) -> str:
            if not steps:
                raise EOFError
            step = steps.pop(0)
            if isinstance(step, tuple):
                self.wait_for(step[0])
                return step[1]
            return step

        return read


async def test_breathing_is_paced_in_the_terminal(companion: Companion, tmp_path: Path) -> None:
    await onboard(companion, Identity("local", "tess"))
    screen = Screen()
    scale = 0.01
    script: list[tuple[str, str] | str] = ["/soothe", "2", ("last round", "3")]  # box, done
    started = time.monotonic()
    await chat(
        companion,
        name="tess",
        read=screen.reader(script),
        write=screen.write,
        data_dir=tmp_path,
        pace_scale=scale,
    )
    paced = [(at, text) for at, text in screen.lines if "Round" in text or "last round" in text]
    assert len(paced) == 5  # four rounds, then the end
    assert paced[-1][0] - started >= exercise_seconds("box") * scale * 0.9
    assert "1) Once more" in screen.text()  # the options of the last paced message
    assert "1) Rest now" in screen.text()  # "I'm done" (number 3 of those options) ended it


async def test_typing_during_an_exercise_stops_it(companion: Companion, tmp_path: Path) -> None:
    await onboard(companion, Identity("local", "uma"))
    screen = Screen()
    script: list[tuple[str, str] | str] = ["/soothe", "3", ("Round 1.", "1")]  # 4-7-8, Stop
    await chat(
        companion,
        name="uma",
        read=screen.reader(script),
        write=screen.write,
        data_dir=tmp_path,
        pace_scale=0.05,
    )
    stop_words = ("leave it there", "We can stop here")
    stopped = next(
        i
        for i, (_, text) in enumerate(screen.lines)
        if any(words in " ".join(text.split()) for words in stop_words)
    )
    after = [text for _, text in screen.lines[stopped:]]
    assert not any(word in text for text in after for word in PACED_WORDS)
    assert "Round 2." not in screen.text()
