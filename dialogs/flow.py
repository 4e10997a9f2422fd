"""The base of every flow: a `transitions` machine built once per flow class, and a small
per-turn model object that the machine drives.

A flow class declares its steps and the events between them. At import, :func:`build` turns
that declaration into one :class:`transitions.Machine` shared by every conversation. A turn
creates a model instance from the stored state and answers, lets the current step's
``take_<step>`` method read the event, and fires the event it names through the shared
machine (``machine.events[name].trigger(model)``: no per-turn binding of trigger methods).
Entering a step calls ``prompt_<step>``, which queues the replies for the person.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise
from typing import Any, ClassVar

from transitions import Machine

from dialogs.content import Catalog, catalog
from dialogs.helplines import for_country, known_countries
from dialogs.model import Choice, Effect, Event, EventKind, Profile, Reply, UpdateProfile
from dialogs.timezones import is_valid, resolve

SKIP = "skip"
SKIP_WORDS = frozenset({"skip", "pass", "next", "skip it", "not now", "-"})


@dataclass(frozen=True, slots=True)
class Edge:
    """One arrow of a flow: ``event`` leads from ``source`` to ``dest``."""

    event: str
    source: str
    dest: str


def chain(event: str, steps: Sequence[str]) -> list[Edge]:
    """Edges that lead through ``steps`` in order on ``event``."""
    return [Edge(event, a, b) for a, b in pairwise(steps)]


class FlowModel:
    """Base of the per-turn models. Subclasses set ``name``, ``steps`` and ``edges``."""

    name: ClassVar[str]
    steps: ClassVar[tuple[str, ...]]
    edges: ClassVar[tuple[Edge, ...]]
    final: ClassVar[frozenset[str]] = frozenset()
    #: Whether its command, sent again while it runs, offers to carry on (else: begins anew).
    resumable: ClassVar[bool] = True
    machine: ClassVar[Machine]

    def __init__(
        self,
        *,
        state: str,
        answers: dict[str, Any],
        profile: Profile,
        rng: random.Random,
        now: datetime,
    ) -> None:
        self.state = state
        self.answers = answers
        self.profile = profile
        self.rng = rng
        self.now = now
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []
        self.texts: Catalog = catalog(profile.locale)

    # ---- the turn ------------------------------------------------------------------------

    def begin(self) -> None:
        """Show the first step (the model's state is already the initial step)."""
        self._prompt(again=False)

    def handle(self, event: Event) -> None:
        """Let the current step read ``event`` and fire the event it names, or ask again."""
        taker = getattr(self, f"take_{self.state}")
        wants_skip = (event.kind is EventKind.CHOICE and event.value == SKIP) or (
            event.kind is EventKind.TEXT and event.value.strip().lower() in SKIP_WORDS
        )
        fired: str | None
        if wants_skip and self.can_skip:
            fired = SKIP
        elif event.kind is EventKind.CHOICE and event.value == SKIP:
            fired = None  # a forged skip on a step that has none
        else:
            fired = taker(event)
        if fired is None:
            self._prompt(again=True)
            return
        if fired == SKIP:
            self.answers.setdefault("skipped", []).append(self.state)
        self.fire(fired)

    @property
    def can_skip(self) -> bool:
        skip = self.machine.events.get(SKIP)  # a flow may have no skip at all (crisis, soothe)
        return skip is not None and bool(skip.transitions.get(self.state))

    def fire(self, event_name: str) -> None:
        self.machine.events[event_name].trigger(self)

    def resume(self) -> None:
        """Show the current step again as it was first asked (after a pause or a restart)."""
        self._prompt(again=False)

    def _prompt(self, *, again: bool) -> None:
        getattr(self, f"prompt_{self.state}")(again)

    def _entered(self) -> None:
        """Machine callback after every state change: show the new step."""
        self._prompt(again=False)

    @property
    def finished(self) -> bool:
        return self.state in self.final

    def on_leave(self) -> list[Effect]:
        """Effects when the person leaves this flow before its end (override to keep a draft)."""
        return []

    # ---- helpers for subclasses ---------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """A text of this flow (``<flow>.<key>``), a random variant if it has several."""
        return self.texts.text(f"{self.name}.{key}", self.rng, **{**self.common_values(), **values})

    def common(self, key: str, **values: object) -> str:
        """A text shared by all flows (``common.<key>``)."""
        return self.texts.text(f"common.{key}", self.rng, **{**self.common_values(), **values})

    def common_values(self) -> dict[str, object]:
        name = self.profile.child_name or self.texts.text("common.default_child_name")
        return {"child_name": name, "Child_name": name[:1].upper() + name[1:]}

    # ---- questions several flows ask: time zone and country ------------------------------

    def zone_choices(self) -> list[Choice]:
        """Buttons for the common time zones (the content file lists them)."""
        zones = self.texts.section("onboarding.timezone.common")
        return [Choice(str(label), f"z:{i}") for i, label in enumerate(zones.values())]

    def zone_from(self, event: Event) -> str | None:
        """The IANA zone a tapped zone button or a typed place stands for, validated."""
        if event.kind is EventKind.CHOICE:
            zones = list(self.texts.section("onboarding.timezone.common"))
            index = event.value.removeprefix("z:")
            zone = zones[int(index)] if index.isdigit() and int(index) < len(zones) else None
        else:
            zone = resolve(event.value)
        return zone if zone is not None and is_valid(zone) else None

    def country_choices(self, other_label: str) -> list[Choice]:
        """A button per country with helplines, and one for somewhere else."""
        choices = [Choice(for_country(code).country, f"c:{code}") for code in known_countries()]
        return [*choices, Choice(other_label, "c:other")]

    def set_country(self, value: str) -> bool:
        """Keep a tapped country ("c:other": none of ours, the directory is shown)."""
        code = value.removeprefix("c:")
        if code not in known_countries() and code != "other":
            return False
        country = None if code == "other" else code
        self.effects.append(UpdateProfile({"country": country, "country_asked": True}))
        self.profile = replace(self.profile, country=country, country_asked=True)
        return True

    def yes_no(self, text: str) -> str | None:
        """ "yes" or "no" when the words clearly say one of them, else None."""
        words = set(text.lower().replace(",", " ").replace(".", " ").replace("!", " ").split())
        yes = set(self.texts.variants("common.yes_words"))
        no = set(self.texts.variants("common.no_words"))
        if words & yes and not words & no:
            return "yes"
        if words & no and not words & yes:
            return "no"
        return None

    def say(
        self,
        text: str,
        choices: Iterable[Choice] = (),
        *,
        columns: int = 1,
        skip: bool = False,
        end: bool = False,
        slow: bool = False,
        delay: float = 0.0,
    ) -> None:
        buttons = list(choices)
        if skip:
            buttons.append(Choice(self.texts.text("common.skip"), SKIP))
        self.replies.append(
            Reply(text, tuple(buttons), columns=columns, end_of_flow=end, slow=slow, delay=delay)
        )


def build(flow: type[FlowModel]) -> type[FlowModel]:
    """Class decorator: build the flow's shared machine once, at import."""
    flow.machine = Machine(
        model=None,
        states=list(flow.steps),
        initial=flow.steps[0],
        transitions=[{"trigger": e.event, "source": e.source, "dest": e.dest} for e in flow.edges],
        auto_transitions=False,
        after_state_change="_entered",
        ignore_invalid_triggers=False,
    )
    return flow


def mermaid(flow: type[FlowModel]) -> str:
    """The flow's machine as a Mermaid state diagram (generated, never hand-written)."""
    lines = ["stateDiagram-v2", f"    [*] --> {flow.machine.initial}"]
    for event_name, event in flow.machine.events.items():
        for source, transitions in event.transitions.items():
            for transition in transitions:
                lines.append(f"    {source} --> {transition.dest}: {event_name}")
    lines.extend(f"    {state} --> [*]" for state in sorted(flow.final))
    return "\n".join(lines)
