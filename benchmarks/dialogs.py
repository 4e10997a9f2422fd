"""What binding a model to a `transitions` machine costs, per turn (DESIGN.md asks for it).

The engine builds each flow's Machine once at import and, per turn, fires one event on a fresh,
unbound model: ``machine.events[name].trigger(model)`` (see ``dialogs/flow.py``). The usual
alternative is ``machine.add_model(model)`` (which binds trigger methods, ``is_<state>``
checks and callbacks onto the instance), ``model.<event>()``, then ``remove_model``; and the
one DESIGN.md rules out is a new Machine per message. All three are timed here:

* on a bare model (a plain object whose state-change callback does nothing), so only the
  library's own cost is measured, and
* on the real check-in flow (``CheckinFlow``, "arrive" -> "happened", which composes the next
  prompt), so the difference can be read against a real step.

The whole engine turn (``Engine.handle``, restore + take + fire + absorb) is timed too, for
scale. Run: ``.venv/bin/python -m benchmarks.dialogs [--quick]``; a summary, then one line of
JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from transitions import Machine

from dialogs.flows.checkin import CheckinFlow
from dialogs.model import Conversation, Event, Profile

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
PROFILE = Profile(first_name="Robin", child_name="little me", onboarded=True, adult=True)
STEPS = ("arrive", "happened", "body", "done")


class Bare:
    """The smallest model a shared machine can drive."""

    def __init__(self, state: str) -> None:
        self.state = state

    def _entered(self) -> None:
        return None


BARE_MACHINE = Machine(
    model=None,
    states=list(STEPS),
    initial=STEPS[0],
    transitions=[{"trigger": "next", "source": a, "dest": b} for a, b in pairwise(STEPS)],
    auto_transitions=False,
    after_state_change="_entered",
    ignore_invalid_triggers=False,
)


def bare_unbound() -> None:
    model = Bare("arrive")
    BARE_MACHINE.events["next"].trigger(model)
    assert model.state == "happened"


def bare_add_remove() -> None:
    model = Bare("arrive")
    BARE_MACHINE.add_model(model, initial=model.state)
    model.next()  # type: ignore[attr-defined]  # bound by add_model
    BARE_MACHINE.remove_model(model)
    assert model.state == "happened"


def bare_machine_per_message() -> None:
    model = Bare("arrive")
    Machine(
        model=model,
        states=list(STEPS),
        initial="arrive",
        transitions=[{"trigger": "next", "source": a, "dest": b} for a, b in pairwise(STEPS)],
        auto_transitions=False,
        after_state_change="_entered",
    )
    model.next()  # type: ignore[attr-defined]
    assert model.state == "happened"


def _checkin_model() -> CheckinFlow:
    return CheckinFlow(
        state="arrive",
        answers={"started_at": NOW.isoformat()},
        profile=PROFILE,
        rng=random.Random(1),
        now=NOW,
    )


def checkin_unbound() -> None:
    model = _checkin_model()
    CheckinFlow.machine.events["next"].trigger(model)
    assert model.state == "happened"


def checkin_add_remove() -> None:
    model = _checkin_model()
    machine = CheckinFlow.machine
    machine.add_model(model, initial=model.state)
    model.trigger("next")  # type: ignore[attr-defined]  # bound by add_model
    machine.remove_model(model)
    assert model.state == "happened"


def checkin_machine_per_message() -> None:
    model = _checkin_model()
    Machine(
        model=model,
        states=list(CheckinFlow.steps),
        initial="arrive",
        transitions=[
            {"trigger": e.event, "source": e.source, "dest": e.dest} for e in CheckinFlow.edges
        ],
        auto_transitions=False,
        after_state_change="_entered",
    )
    model.trigger("next")  # type: ignore[attr-defined]
    assert model.state == "happened"


def engine_turn() -> Callable[[], None]:
    from dialogs.engine import Engine

    engine = Engine(random.Random(1))
    started = engine.handle(None, Event.command("/checkin"), PROFILE, NOW).conversation

    def turn() -> None:
        conversation = Conversation(
            flow=started.flow,
            state=started.state,
            answers=dict(started.answers),
            version=started.version,
        )
        result = engine.handle(
            conversation, Event.choice("ready", shown_at=started.version), PROFILE, NOW
        )
        assert result.conversation.state == "happened"

    return turn


def per_call_us(function: Callable[[], None], number: int, repeat: int) -> float:
    """The best of ``repeat`` runs of ``number`` calls, in microseconds per call."""
    function()  # warm up
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            function()
        best = min(best, (time.perf_counter() - started) / number)
    return best * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="What binding a model to a machine costs.")
    parser.add_argument("--quick", action="store_true", help="a small run for CI")
    args = parser.parse_args(argv)
    number, repeat = (500, 3) if args.quick else (5_000, 7)

    cases: dict[str, Callable[[], None]] = {
        "bare_unbound_trigger": bare_unbound,
        "bare_add_model_remove_model": bare_add_remove,
        "bare_machine_per_message": bare_machine_per_message,
        "checkin_unbound_trigger": checkin_unbound,
        "checkin_add_model_remove_model": checkin_add_remove,
        "checkin_machine_per_message": checkin_machine_per_message,
        "engine_turn_checkin_step": engine_turn(),
    }
    figures: dict[str, Any] = {
        "benchmark": "dialogs",
        "quick": args.quick,
        "python": platform.python_version(),
        "us_per_turn": {
            name: round(per_call_us(f, number, repeat), 2) for name, f in cases.items()
        },
    }
    us = figures["us_per_turn"]
    bare_binding = us["bare_add_model_remove_model"] - us["bare_unbound_trigger"]
    checkin_binding = us["checkin_add_model_remove_model"] - us["checkin_unbound_trigger"]
    figures["binding_cost_us"] = {
        "bare": round(bare_binding, 2),
        "checkin": round(checkin_binding, 2),
    }
    figures["binding_share_of_engine_turn"] = round(
        checkin_binding / us["engine_turn_checkin_step"], 3
    )

    print(f"Binding a model to a shared transitions Machine ({number} calls, best of {repeat})")
    for name, value in us.items():
        print(f"  {name:<34} {value:9.2f} µs per turn")
    share = 100 * checkin_binding / us["checkin_unbound_trigger"]
    print(
        f"add_model + remove_model costs {bare_binding:.1f} µs per turn on a bare model and "
        f"{checkin_binding:.1f} µs on the check-in model ({share:.0f}% "
        "of an unbound trigger of the same step); a Machine per message costs "
        f"{us['checkin_machine_per_message'] - us['checkin_unbound_trigger']:.1f} µs more than "
        "the engine's way."
    )
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
