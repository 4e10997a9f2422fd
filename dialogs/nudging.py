"""The words of a nudge: a warm, varied invitation with its buttons, or a gentle question
whether fewer reminders would suit better. Pure: the dispatcher decides when, this decides what.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import cache

from dialogs.content import catalog, fill
from dialogs.model import Choice, Reply

#: How many of the person's last nudges a new one never repeats.
NO_REPEAT = 5


@cache
def nudge_buttons(locale: str = "en") -> tuple[Choice, ...]:
    texts = catalog(locale)
    return (
        Choice(texts.text("nudges.buttons.checkin"), "/checkin"),
        Choice(texts.text("nudges.buttons.okay"), "/nudge ok"),
        Choice(texts.text("nudges.buttons.later"), "/nudge later"),
        Choice(texts.text("nudges.buttons.fewer"), "/nudge fewer"),
        Choice(texts.text("nudges.buttons.pause"), "/nudge pause"),
    )


def compose_nudge(
    *,
    child_name: str | None,
    recent: Sequence[str],
    rng: random.Random,
    locale: str = "en",
    ask_fewer: bool = False,
    backed_off: bool = False,
) -> tuple[Reply, str | None]:
    """The nudge to send, and the id of the variant used (to remember it)."""
    texts = catalog(locale)
    name = child_name or texts.text("common.default_child_name")
    names = {"child_name": name, "Child_name": name[:1].upper() + name[1:]}
    if ask_fewer:
        choices = (
            Choice(texts.text("nudges.fewer_yes"), "/nudge fewer"),
            Choice(texts.text("nudges.fewer_keep"), "/nudge keep"),
            Choice(texts.text("nudges.fewer_pause"), "/nudge pause"),
        )
        return Reply(texts.text("nudges.ask_fewer"), choices), None
    variants = texts.variants("nudges.variants")
    avoid = set(recent[-NO_REPEAT:])
    fresh = [i for i in range(len(variants)) if f"nudge:{i}" not in avoid]
    index = rng.choice(fresh or list(range(len(variants))))
    text = fill(variants[index], names)
    if backed_off:
        text = f"{text}\n\n{texts.text('nudges.backed_off')}"
    return Reply(text, nudge_buttons(locale), columns=2), f"nudge:{index}"
