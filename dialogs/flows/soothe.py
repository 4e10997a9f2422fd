"""Soothe (/soothe): a short grounding (5-4-3-2-1 senses) or paced breathing (box, 4-7-8).

menu -> one exercise -> once more, something else, or done. An exercise is one turn that
returns all its messages at once, each :class:`~dialogs.model.Reply` carrying the seconds to
wait after the one before (``delay``). The transport paces them: Telegram through its job
queue (cancelled when the conversation moves on), the terminal by sleeping. The flow never
waits itself, so nothing here blocks.

Stopping: "Stop" on the messages, any typed words, or /cancel. The menu puts first the
exercise that fits the need that comes up most often in the person's check-ins
(``Profile.top_needs``, loaded by the service when ``Engine.wants_top_needs`` says so).
"""

from __future__ import annotations

from dialogs.feelings import FeelingsWheel
from dialogs.flow import Edge, FlowModel, build
from dialogs.model import Choice, Event, EventKind

EXERCISES = ("ground", "box", "four_seven_eight")

#: Seconds to read an exercise's first message before the first step arrives.
SETTLE = 5.0
#: 5-4-3-2-1: seconds before each sense (time to notice the one before), then the end.
GROUND_STEPS: tuple[tuple[str, float], ...] = (
    ("see", SETTLE),
    ("touch", 20.0),
    ("hear", 20.0),
    ("smell", 15.0),
    ("taste", 15.0),
    ("end", 15.0),
)
#: Breathing: the phases of one round and how long each lasts, in seconds.
BOX = (("breathe_in", 4.0), ("hold", 4.0), ("breathe_out", 4.0), ("rest", 4.0))
FOUR_SEVEN_EIGHT = (("breathe_in", 4.0), ("hold", 7.0), ("breathe_out", 8.0))
ROUNDS = {"box": 4, "four_seven_eight": 4}
PHASES = {"box": BOX, "four_seven_eight": FOUR_SEVEN_EIGHT}

_CHOICES = ("again", "menu", "done", "stop")


def exercise_seconds(exercise: str) -> float:
    """How long an exercise takes at pace 1, from its first message to its last."""
    if exercise == "ground":
        return sum(delay for _, delay in GROUND_STEPS)
    cycle = sum(seconds for _, seconds in PHASES[exercise])
    return SETTLE + cycle * ROUNDS[exercise]


@build
class SootheFlow(FlowModel):
    name = "soothe"
    steps = ("menu", *EXERCISES, "stopped", "done")
    edges = (
        *(Edge(exercise, "menu", exercise) for exercise in EXERCISES),
        Edge("done", "menu", "done"),
        *(Edge("again", exercise, exercise) for exercise in EXERCISES),
        *(Edge("menu", exercise, "menu") for exercise in EXERCISES),
        *(Edge("done", exercise, "done") for exercise in EXERCISES),
        *(Edge("stop", exercise, "stopped") for exercise in EXERCISES),
    )
    final = frozenset({"stopped", "done"})
    resumable = False  # /soothe again simply begins again

    _resuming = False

    # ---- the menu -----------------------------------------------------------------------

    def suggestion(self) -> tuple[str, str] | None:
        """(exercise, words) for the need that comes up most often, if we know one."""
        wheel = FeelingsWheel.for_locale(self.profile.locale)
        for key in self.profile.top_needs:
            need = wheel.need(key)
            if need is None or not self.texts.has(f"soothe.suggest.{key}"):
                continue
            table = self.texts.section(f"soothe.suggest.{key}")
            exercise = str(table.get("exercise", ""))
            if exercise not in EXERCISES:
                continue
            lead = self.t("suggest.lead", need=need.label)
            return exercise, f"{lead} {self.t(f'suggest.{key}.text')}"
        return None

    def prompt_menu(self, again: bool) -> None:
        suggested = self.suggestion()
        order = list(EXERCISES)
        choices: list[Choice] = []
        if suggested is not None:
            order.remove(suggested[0])
            label = self.t(f"menu.{suggested[0]}")
            choices.append(Choice(self.t("menu.suggested", label=label), suggested[0]))
        choices += [Choice(self.t(f"menu.{exercise}"), exercise) for exercise in order]
        choices.append(Choice(self.t("menu.not_now"), "done"))
        if again:
            self.say(self.t("menu.again"), choices)
            return
        parts = [self.t("menu.intro")]
        if suggested is not None:
            parts.append(suggested[1])
        parts.append(self.t("menu.prompt"))
        self.say("\n\n".join(parts), choices)

    def take_menu(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in (*EXERCISES, "done"):
            return event.value
        if event.kind is EventKind.TEXT:
            lowered = event.value.lower()
            for exercise in ("four_seven_eight", "ground", "box"):  # "4-7-8 breath": not box
                if any(word in lowered for word in self.texts.variants(f"soothe.words.{exercise}")):
                    return exercise
        return None

    # ---- the exercises --------------------------------------------------------------------

    def resume(self) -> None:
        """Given back (after /sos, a restart, an old button): offer to begin again, never
        replay a whole exercise unasked."""
        self._resuming = True
        super().resume()

    def _run(self, exercise: str, again: bool) -> None:
        if again or self._resuming:
            self.say(self.t("exercise.resumed"), self._after_choices(resumed=True))
            return
        self.answers["exercise"] = exercise
        self.answers["runs"] = int(self.answers.get("runs", 0)) + 1
        stop = [Choice(self.t("exercise.stop"), "stop")]
        if exercise == "ground":
            self.say(self.t("ground.intro"), stop)
            for step, delay in GROUND_STEPS[:-1]:
                self.say(self.t(f"ground.{step}"), stop, delay=delay)
            last = GROUND_STEPS[-1][1]
        else:
            phases = PHASES[exercise]
            rounds = ROUNDS[exercise]
            self.say(self.t(f"{exercise}.intro", count=rounds), stop)
            wait = SETTLE
            for number in range(1, rounds + 1):
                for index, (phase, seconds) in enumerate(phases):
                    text = self.t(f"{exercise}.{phase}", count=number)
                    # "Stop" at the start of each round: always close at hand, never on every line
                    self.say(text, stop if index == 0 else (), delay=wait)
                    wait = seconds
            last = wait
        end = f"{self.t(f'{exercise}.end')}\n\n{self.t('exercise.next')}"
        self.say(end, self._after_choices(resumed=False), delay=last)

    def _after_choices(self, *, resumed: bool) -> list[Choice]:
        first = "exercise.begin_again" if resumed else "exercise.again_button"
        return [
            Choice(self.t(first), "again"),
            Choice(self.t("exercise.other_button"), "menu"),
            Choice(self.t("exercise.done_button"), "done"),
        ]

    def _take_exercise(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            return event.value if event.value in _CHOICES else None
        if event.kind is EventKind.TEXT:
            return "stop"  # words in the middle of an exercise: stop and listen
        return None

    def prompt_ground(self, again: bool) -> None:
        self._run("ground", again)

    def take_ground(self, event: Event) -> str | None:
        return self._take_exercise(event)

    def prompt_box(self, again: bool) -> None:
        self._run("box", again)

    def take_box(self, event: Event) -> str | None:
        return self._take_exercise(event)

    def prompt_four_seven_eight(self, again: bool) -> None:
        self._run("four_seven_eight", again)

    def take_four_seven_eight(self, event: Event) -> str | None:
        return self._take_exercise(event)

    # ---- the end ----------------------------------------------------------------------------

    def prompt_stopped(self, again: bool) -> None:
        self.say(self.t("stopped.text"), end=True)

    def take_stopped(self, event: Event) -> str | None:
        return None

    def prompt_done(self, again: bool) -> None:
        self.say(self.t("done.text"), [Choice(self.t("done.rest"), "/rest")], end=True)

    def take_done(self, event: Event) -> str | None:
        return None
