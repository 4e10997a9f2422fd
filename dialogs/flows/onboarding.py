"""Onboarding (/start): what this is and is not, adults only, consent to a private journal,
a name for the inner child, a time zone, then an offer of a first check-in.

Nothing here ever deletes anything: running /start again only asks again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from dialogs.flow import SKIP, Edge, FlowModel, build, chain
from dialogs.model import Choice, Event, EventKind, SetNudges, UpdateProfile
from dialogs.parsing import short_text
from dialogs.schedule import NudgePlan, clock_text, parse_times

STEPS = ("welcome", "consent", "child_name", "timezone", "nudges", "offer", "ready", "young")
#: Quiet hours every new schedule starts with: nothing is sent at night.
DEFAULT_QUIET = (time(22, 0), time(8, 0))
MORNING, EVENING = time(9, 0), time(20, 0)

#: Longest name for the inner child, in characters.
MAX_NAME = 40


@build
class OnboardingFlow(FlowModel):
    name = "onboarding"
    steps = STEPS
    edges = (
        *chain(
            "next", ("welcome", "consent", "child_name", "timezone", "nudges", "offer", "ready")
        ),
        *chain(SKIP, ("child_name", "timezone", "nudges", "offer", "ready")),
        Edge("under_18", "welcome", "young"),
    )
    final = frozenset({"ready", "young"})

    def _update(self, **changes: object) -> None:
        self.effects.append(UpdateProfile(dict(changes)))

    # ---- welcome: what this is, and adults only ----------------------------------------

    def prompt_welcome(self, again: bool) -> None:
        if not again:
            self.say(self.t("welcome.about"))
        self.say(
            self.t("welcome.again" if again else "welcome.adult"),
            [
                Choice(self.t("welcome.adult_yes"), "adult"),
                Choice(self.t("welcome.adult_no"), "young"),
            ],
        )

    def take_welcome(self, event: Event) -> str | None:
        answer = event.value if event.kind is EventKind.CHOICE else self.yes_no(event.value)
        if answer in {"adult", "yes"}:
            self._update(adult=True)
            return "next"
        if answer in {"young", "no"}:
            self._update(adult=False, journal=False)
            return "under_18"
        return None

    # ---- consent to a journal ----------------------------------------------------------

    def prompt_consent(self, again: bool) -> None:
        self.say(
            self.t("consent.again" if again else "consent.prompt"),
            [Choice(self.t("consent.yes"), "yes"), Choice(self.t("consent.no"), "no")],
        )

    def take_consent(self, event: Event) -> str | None:
        answer = event.value if event.kind is EventKind.CHOICE else self.yes_no(event.value)
        if answer not in {"yes", "no"}:
            return None
        self._update(journal=answer == "yes")
        self.say(self.t("consent.thanks_yes" if answer == "yes" else "consent.thanks_no"))
        return "next"

    # ---- a name for the inner child ----------------------------------------------------

    def _name_options(self) -> list[str]:
        options = [str(v) for v in self.texts.variants("onboarding.child_name.options")]
        first = short_text(self.profile.first_name or "", 20)
        if first:
            options += [first, self.t("child_name.little", label=first)]
        return options

    def prompt_child_name(self, again: bool) -> None:
        choices = [Choice(label, f"n:{i}") for i, label in enumerate(self._name_options())]
        self.say(
            self.t("child_name.again" if again else "child_name.prompt"),
            choices,
            columns=2,
            skip=True,
        )

    def take_child_name(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            options = self._name_options()
            index = event.value.removeprefix("n:")
            if not index.isdigit() or int(index) >= len(options):
                return None
            name = options[int(index)]
        else:
            typed = short_text(event.value, MAX_NAME)
            if typed is None:
                return None
            name = typed
        self._update(child_name=name)
        self.profile = replace(self.profile, child_name=name)
        self.say(self.t("child_name.thanks"))
        return "next"

    # ---- time zone ----------------------------------------------------------------------

    def prompt_timezone(self, again: bool) -> None:
        self.say(
            self.t("timezone.again" if again else "timezone.prompt"),
            self.zone_choices(),
            columns=2,
            skip=True,
        )

    def take_timezone(self, event: Event) -> str | None:
        zone = self.zone_from(event)
        if zone is None:
            return None
        self._update(timezone=zone)
        self.say(self.t("timezone.thanks", timezone=zone))
        return "next"

    # ---- gentle reminders ---------------------------------------------------------------

    def prompt_nudges(self, again: bool) -> None:
        self.say(
            self.t("nudges.again" if again else "nudges.prompt"),
            [
                Choice(self.t("nudges.morning"), "morning"),
                Choice(self.t("nudges.evening"), "evening"),
                Choice(self.t("nudges.both"), "both"),
                Choice(self.t("nudges.none"), "none"),
            ],
            columns=2,
        )

    def take_nudges(self, event: Event) -> str | None:
        presets = {"morning": (MORNING,), "evening": (EVENING,), "both": (MORNING, EVENING)}
        if event.kind is EventKind.CHOICE:
            if event.value == "none":
                self.effects.append(SetNudges(NudgePlan(enabled=False, timezone=self._zone())))
                self.say(self.t("nudges.thanks_off"))
                return "next"
            times = presets.get(event.value)
        else:
            times = parse_times(event.value)
        if not times:
            return None
        plan = NudgePlan(
            enabled=True,
            times=times,
            quiet_start=DEFAULT_QUIET[0],
            quiet_end=DEFAULT_QUIET[1],
            timezone=self._zone(),
        )
        if any(plan.quiet_at(clock) for clock in times):
            self.say(self.t("nudges.in_quiet"))
            return None
        self.effects.append(SetNudges(plan))
        when = " & ".join(clock_text(clock) for clock in times)
        self.say(self.t("nudges.thanks_on", local_time=when))
        return "next"

    def _zone(self) -> str:
        return self.profile.timezone or "UTC"

    # ---- a first check-in ---------------------------------------------------------------

    def prompt_offer(self, again: bool) -> None:
        self._update(onboarded=True)
        self.say(
            self.t("offer.prompt"),
            [Choice(self.t("offer.yes"), "/checkin"), Choice(self.t("offer.later"), "later")],
        )

    def take_offer(self, event: Event) -> str | None:
        return "next"

    def prompt_ready(self, again: bool) -> None:
        self.say(self.t("ready.text"), end=True)

    def take_ready(self, event: Event) -> str | None:
        return None

    def prompt_young(self, again: bool) -> None:
        self.say(self.t("young.text"), end=True)

    def take_young(self, event: Event) -> str | None:
        return None
