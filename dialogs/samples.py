"""Sample caring-adult messages, so a reviewer can read the voice (``innerchild content``).

Each sample takes a random feeling of the wheel, a random need, an age phrase of the check-in
(or none) and a name for the younger self, and composes the message a check-in would show,
then the invitation that follows it. Variant ids are passed on from sample to sample as a
person's recent ids would be, so one run shows the range of the voice, not one line twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from dialogs.content import DEFAULT_LOCALE, catalog
from dialogs.feelings import FeelingsWheel
from dialogs.voice import compose, invitation

#: Names people give their younger self (the onboarding offers the first two).
NAMES = ("little me", "younger me", "little Sam", "Alex", "kiddo")


@dataclass(frozen=True, slots=True)
class Sample:
    child_name: str
    feeling: str
    need: str
    age: str | None
    text: str  # the caring adult's message
    invitation: str  # the question that follows it


def samples(
    count: int, rng: random.Random | None = None, locale: str = DEFAULT_LOCALE
) -> list[Sample]:
    rng = rng or random.Random()
    wheel = FeelingsWheel.for_locale(locale)
    feelings = [f for core in wheel.cores() for f in (core, *wheel.finer(core.key))]
    needs = list(wheel.needs())
    ages: list[str | None] = [None]
    for option in catalog(locale).section("checkin.age.options").values():
        ages.append(str(option.get("phrase", "")) or None)
    recent: list[str] = []
    found: list[Sample] = []
    for _ in range(count):
        name, feeling, need, age = (
            rng.choice(NAMES),
            rng.choice(feelings),
            rng.choice(needs),
            rng.choice(ages),
        )
        message = compose(
            child_name=name,
            feeling=feeling.label,
            need=need.phrase,
            age=age,
            recent=recent,
            rng=rng,
            locale=locale,
        )
        recent.extend(message.used)
        ask = invitation(child_name=name, recent=recent, rng=rng, locale=locale)
        recent.extend(ask.used)
        found.append(Sample(name, feeling.label, need.phrase, age, message.text, ask.text))
    return found


def render(found: list[Sample]) -> str:
    """The samples as plain text, each with what it was made from and its length."""
    blocks = []
    for number, sample in enumerate(found, 1):
        made_of = " · ".join(
            part for part in (sample.child_name, sample.feeling, sample.need, sample.age) if part
        )
        head = f"--- {number}. {made_of} ({len(sample.text)} characters)"
        blocks.append(f"{head}\n{sample.text}\n\n{sample.invitation}")
    return "\n\n".join(blocks)
