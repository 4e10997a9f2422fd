"""The safety flows: the crisis response and /sos, both of which pause whatever was going on.

Crisis (a message screened as a crisis): care first, the helpline and emergency number for
the person's country, a direct and calm question whether they are thinking of ending their
life or hurting themselves, then support and grounding for a "yes", and a gentle check for a
"no". /sos (any time): resources, a short grounding exercise, the person's own safety plan,
and their country. Both keep the paused flow in ``answers["paused"]``; when they end, the
engine restores it, so the check-in can continue exactly where it was.

No text here names a method; a test lints all content for that.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dialogs.flow import SKIP, Edge, FlowModel, build, chain
from dialogs.helplines import Helpline, for_country, guess_country
from dialogs.model import Choice, Event, EventKind, SaveSafetyPlan
from dialogs.parsing import short_text
from dialogs.safety import Assessment, Level

PLAN_PARTS = ("warning_signs", "what_helps", "people_places", "reasons")
#: Longest answer kept for one part of a safety plan.
MAX_PLAN_PART = 1000


class SafetyFlow(FlowModel):
    """What both safety flows share: resources for the person's country, and the way back."""

    assessment: Assessment | None = None

    @property
    def helpline(self) -> Helpline:
        entry = for_country(self.profile.country)
        if self.profile.adult is False and entry.youth is not None:
            return entry.youth
        return entry

    def resources(self) -> str:
        """The helpline and the emergency number, for their country or the directory."""
        line = self.helpline
        if self.profile.country and line.country_code == self.profile.country:
            return self.texts.text(
                "safety.resources.country",
                country=line.country,
                helpline=line.helpline,
                emergency=" / ".join(line.emergency),
            )
        return self.texts.text("safety.resources.directory", helpline=line.helpline, url=line.url)

    def paused_choices(self) -> list[Choice]:
        if self.answers.get("paused"):
            return [Choice(self.texts.text("safety.common.continue"), "/resume")]
        return []

    def country_guess(self) -> str | None:
        if self.profile.country or self.profile.country_asked:
            return None
        return guess_country(self.profile.timezone, self.profile.language_code)


@build
class CrisisFlow(SafetyFlow):
    name = "crisis"
    steps = ("ask", "support", "grounding", "glad", "closing")
    edges = (
        Edge("yes", "ask", "support"),
        Edge("no", "ask", "glad"),
        Edge("ground", "support", "grounding"),
        Edge("okay", "support", "closing"),
        Edge("okay", "grounding", "closing"),
        Edge("again", "grounding", "support"),
    )
    final = frozenset({"glad", "closing"})

    def prompt_ask(self, again: bool) -> None:
        other = bool(self.assessment and self.assessment.about_someone_else)
        if not again:
            self.say(self.t("care.other" if other else "care.self"))
            self.say(self.resources())
        key = "ask.again" if again else ("ask.other" if other else "ask.self")
        self.say(
            self.t(key),
            [
                Choice(self.t("ask.yes"), "yes"),
                Choice(self.t("ask.no"), "no"),
                Choice(self.t("ask.unsure"), "unsure"),
            ],
        )

    def take_ask(self, event: Event) -> str | None:
        if self.assessment is not None and self.assessment.level is Level.CRISIS:
            return "yes"
        value = event.value.strip().lower() if event.kind is EventKind.TEXT else event.value
        if value in {"yes", "unsure"} or self.yes_no(value) == "yes":
            return "yes"
        if value == "no" or self.yes_no(value) == "no":
            return "no"
        return "yes" if event.kind is EventKind.TEXT and value else None

    def prompt_support(self, again: bool) -> None:
        self.say(self.t("support.text"))
        self.say(self.resources())
        self.say(
            self.t("support.offer"),
            [
                Choice(self.t("support.ground"), "ground"),
                Choice(self.t("support.okay"), "okay"),
            ],
        )

    def take_support(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in {"ground", "okay"}:
            return event.value
        return "ground" if event.kind is EventKind.TEXT else None

    def prompt_grounding(self, again: bool) -> None:
        self.say(self.texts.text("safety.grounding.text", self.rng))
        self.say(
            self.t("grounding.after"),
            [
                Choice(self.t("grounding.steadier"), "okay"),
                Choice(self.t("grounding.helplines"), "again"),
            ],
        )

    def take_grounding(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in {"okay", "again"}:
            return event.value
        return "okay" if event.kind is EventKind.TEXT else None

    def prompt_glad(self, again: bool) -> None:
        self.say(self.t("glad.text"), self.paused_choices(), end=True)

    def take_glad(self, event: Event) -> str | None:
        return None

    def prompt_closing(self, again: bool) -> None:
        self.say(self.t("closing.text"), self.paused_choices(), end=True)

    def take_closing(self, event: Event) -> str | None:
        return None


@build
class SosFlow(SafetyFlow):
    name = "sos"
    steps = ("menu", "grounding", "country", "plan", *PLAN_PARTS, "plan_saved", "done")
    edges = (
        Edge("ground", "menu", "grounding"),
        Edge("country", "menu", "country"),
        Edge("plan", "menu", "plan"),
        Edge("done", "menu", "done"),
        Edge("back", "grounding", "menu"),
        Edge("back", "country", "menu"),
        Edge("back", "plan", "menu"),
        Edge("write", "plan", PLAN_PARTS[0]),
        *chain("next", (*PLAN_PARTS, "plan_saved")),
        *chain(SKIP, (*PLAN_PARTS, "plan_saved")),
        Edge("back", "plan_saved", "menu"),
        Edge("done", "plan_saved", "done"),
        Edge("done", "grounding", "done"),
    )
    final = frozenset({"done"})

    # ---- the menu -------------------------------------------------------------------------

    def prompt_menu(self, again: bool) -> None:
        if not again:
            self.say(self.t("menu.intro"))
        self.say(self.resources())
        choices = [
            Choice(self.t("menu.ground"), "ground"),
            Choice(self.t("menu.plan"), "plan"),
        ]
        guess = self.country_guess()
        if guess is not None:
            country = for_country(guess).country
            self.say(
                self.t("menu.guess", country=country),
                [
                    Choice(self.t("menu.guess_yes"), f"c:{guess}"),
                    Choice(self.t("menu.other"), "country"),
                ],
            )
        else:
            choices.append(Choice(self.t("menu.country"), "country"))
        choices += self.paused_choices()
        if not self.answers.get("paused"):
            choices.append(Choice(self.t("menu.done"), "done"))
        self.say(self.t("menu.prompt"), choices)

    def take_menu(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            if event.value.startswith("c:"):
                self._set_country(event.value)
                return None  # the menu again, now with their country's numbers
            if event.value in {"ground", "country", "plan", "done"}:
                return event.value
        return None

    def _set_country(self, value: str) -> bool:
        """Keep the country they confirmed, and thank them."""
        if not self.set_country(value):
            return False
        self.say(self.t("country.thanks"))
        return True

    # ---- grounding ------------------------------------------------------------------------

    def prompt_grounding(self, again: bool) -> None:
        self.say(self.texts.text("safety.grounding.text", self.rng))
        self.say(
            self.t("grounding.after"),
            [Choice(self.t("back"), "back"), Choice(self.t("grounding.done"), "done")],
        )

    def take_grounding(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in {"back", "done"}:
            return event.value
        return "back" if event.kind is EventKind.TEXT else None

    # ---- country ----------------------------------------------------------------------------

    def prompt_country(self, again: bool) -> None:
        self.say(self.t("country.prompt"), self.country_choices(self.t("country.other")), columns=2)

    def take_country(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value.startswith("c:"):
            return "back" if self._set_country(event.value) else None
        return None

    # ---- the safety plan ---------------------------------------------------------------------

    def prompt_plan(self, again: bool) -> None:
        plan = self.profile.safety_plan
        if plan:
            self.say(self._plan_text(plan))
            choices = [Choice(self.t("plan.edit"), "write"), Choice(self.t("back"), "back")]
        else:
            self.say(self.t("plan.explain"))
            choices = [Choice(self.t("plan.start"), "write"), Choice(self.t("back"), "back")]
        self.say(self.t("plan.prompt"), choices)

    def take_plan(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in {"write", "back"}:
            return event.value
        return None

    def _plan_text(self, plan: dict[str, str]) -> str:
        lines = [self.t("plan.heading")]
        for part in PLAN_PARTS:
            words = plan.get(part) or self.t("plan.empty")
            lines.append(f"{self.t(f'plan.parts.{part}.title')}\n{words}")
        return "\n\n".join(lines)

    def _prompt_part(self, part: str, again: bool) -> None:
        key = f"plan.parts.{part}"
        self.say(self.t(f"{key}.again" if again else f"{key}.prompt"), skip=True)

    def _take_part(self, part: str, event: Event) -> str | None:
        if event.kind is not EventKind.TEXT:
            return None
        words = short_text(event.value.replace("\n", "; "), MAX_PLAN_PART)
        if words is None:
            return None
        self.answers.setdefault("plan", {})[part] = words
        return "next"

    def prompt_warning_signs(self, again: bool) -> None:
        self._prompt_part("warning_signs", again)

    def take_warning_signs(self, event: Event) -> str | None:
        return self._take_part("warning_signs", event)

    def prompt_what_helps(self, again: bool) -> None:
        self._prompt_part("what_helps", again)

    def take_what_helps(self, event: Event) -> str | None:
        return self._take_part("what_helps", event)

    def prompt_people_places(self, again: bool) -> None:
        self._prompt_part("people_places", again)

    def take_people_places(self, event: Event) -> str | None:
        return self._take_part("people_places", event)

    def prompt_reasons(self, again: bool) -> None:
        self._prompt_part("reasons", again)

    def take_reasons(self, event: Event) -> str | None:
        return self._take_part("reasons", event)

    def prompt_plan_saved(self, again: bool) -> None:
        old = dict(self.profile.safety_plan or {})
        new: dict[str, Any] = self.answers.pop("plan", {})
        plan = {part: str(new.get(part) or old.get(part) or "") for part in PLAN_PARTS}
        self.effects.append(SaveSafetyPlan(plan))
        self.profile = replace(self.profile, safety_plan=plan)
        self.say(self._plan_text(plan))
        self.say(
            self.t("plan.saved"),
            [Choice(self.t("back"), "back"), Choice(self.t("grounding.done"), "done")],
        )

    def take_plan_saved(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in {"back", "done"}:
            return event.value
        return None

    def prompt_done(self, again: bool) -> None:
        self.say(self.t("done.text"), self.paused_choices(), end=True)

    def take_done(self, event: Event) -> str | None:
        return None
