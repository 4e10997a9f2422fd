"""/settings: the inner child's name, time zone, country, and gentle reminders.

The menu shows the current values. Reminders can be turned on or off, given one or two
times, days, quiet hours (nothing is ever sent inside them), or paused for a while. Every
change is saved at once (``SetNudges`` / ``UpdateProfile``); "Back" and "Done" only move.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from dialogs.flow import Edge, FlowModel, build
from dialogs.flows.onboarding import DEFAULT_QUIET, EVENING, MAX_NAME, MORNING
from dialogs.helplines import for_country
from dialogs.model import Choice, Event, EventKind, SetNudges, UpdateProfile
from dialogs.parsing import short_text
from dialogs.schedule import EVERY_DAY, WEEKDAYS, NudgePlan, clock_text, parse_times

SUBMENU = ("name", "timezone", "country", "reminders")
REMINDER_STEPS = ("times", "days", "quiet", "pause")
PAUSES = {"one": 1, "three": 3, "seven": 7}
QUIET_PRESETS = {"q:22-08": (time(22), time(8)), "q:23-07": (time(23), time(7))}


@build
class SettingsFlow(FlowModel):
    name = "settings"
    steps = ("menu", *SUBMENU, *REMINDER_STEPS, "done")
    edges = (
        *(Edge(step, "menu", step) for step in (*SUBMENU, "done")),
        *(Edge("back", step, "menu") for step in SUBMENU),
        *(Edge(step, "reminders", step) for step in REMINDER_STEPS),
        *(Edge("back", step, "reminders") for step in REMINDER_STEPS),
    )
    final = frozenset({"done"})

    @property
    def plan(self) -> NudgePlan:
        zone = self.profile.timezone or "UTC"
        current = self.profile.nudges or NudgePlan(
            quiet_start=DEFAULT_QUIET[0], quiet_end=DEFAULT_QUIET[1]
        )
        return replace(current, timezone=zone)

    def _save(self, plan: NudgePlan) -> None:
        self.effects.append(SetNudges(plan))
        self.profile = replace(self.profile, nudges=plan)

    # ---- the menu -------------------------------------------------------------------------

    def _when(self) -> str:
        plan = self.plan
        if not plan.enabled or not plan.times:
            return self.t("menu.reminders_off")
        if plan.days == EVERY_DAY:
            days = self.t("menu.every_day")
        elif plan.days == WEEKDAYS:
            days = self.t("menu.weekdays")
        else:
            names = self.texts.variants("settings.days.names")
            days = ", ".join(names[d] for d in sorted(plan.days))
        parts = [
            self.t(
                "menu.reminders_on",
                local_time=" & ".join(clock_text(t) for t in plan.times),
                days=days,
            )
        ]
        if plan.quiet_start and plan.quiet_end:
            quiet = f"{clock_text(plan.quiet_start)}–{clock_text(plan.quiet_end)}"
            parts.append(self.t("menu.quiet", value=quiet))
        if plan.paused_until and plan.paused_until > self.now:
            local = plan.paused_until.astimezone(plan.zone)
            parts.append(self.t("menu.paused", date=local.strftime("%d %b")))
        return ", ".join(parts)

    def prompt_menu(self, again: bool) -> None:
        unset = self.t("menu.unset")
        country = for_country(self.profile.country).country if self.profile.country else unset
        self.say(
            self.t(
                "menu.summary",
                timezone=self.profile.timezone or unset,
                country=country,
                when=self._when(),
            )
        )
        self.say(
            self.t("menu.prompt"),
            [Choice(self.t(f"menu.{step}"), step) for step in (*SUBMENU, "done")],
            columns=2,
        )

    def take_menu(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in (*SUBMENU, "done"):
            return event.value
        return None

    def prompt_done(self, again: bool) -> None:
        self.say(self.t("menu.done_text"), end=True)

    def take_done(self, event: Event) -> str | None:
        return None

    def _back(self) -> Choice:
        return Choice(self.t("reminders.back"), "back")

    # ---- name, time zone, country -------------------------------------------------------

    def prompt_name(self, again: bool) -> None:
        options = [str(v) for v in self.texts.variants("onboarding.child_name.options")]
        choices = [Choice(label, f"n:{i}") for i, label in enumerate(options)]
        self.say(self.t("name.prompt"), [*choices, self._back()], columns=2)

    def take_name(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            if event.value == "back":
                return "back"
            options = [str(v) for v in self.texts.variants("onboarding.child_name.options")]
            index = event.value.removeprefix("n:")
            if not index.isdigit() or int(index) >= len(options):
                return None
            name: str | None = options[int(index)]
        else:
            name = short_text(event.value, MAX_NAME)
        if name is None:
            return None
        self.effects.append(UpdateProfile({"child_name": name}))
        self.profile = replace(self.profile, child_name=name)
        return "back"

    def prompt_timezone(self, again: bool) -> None:
        self.say(
            self.t("timezone.again" if again else "timezone.prompt"),
            [*self.zone_choices(), self._back()],
            columns=2,
        )

    def take_timezone(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE and event.value == "back":
            return "back"
        zone = self.zone_from(event)
        if zone is None:
            return None
        self.effects.append(UpdateProfile({"timezone": zone}))
        self.profile = replace(self.profile, timezone=zone)
        return "back"

    def prompt_country(self, again: bool) -> None:
        choices = [*self.country_choices(self.t("country.other")), self._back()]
        self.say(self.t("country.prompt"), choices, columns=2)

    def take_country(self, event: Event) -> str | None:
        if event.kind is not EventKind.CHOICE:
            return None
        if event.value == "back":
            return "back"
        return "back" if self.set_country(event.value) else None

    # ---- reminders ------------------------------------------------------------------------

    def prompt_reminders(self, again: bool) -> None:
        plan = self.plan
        self.say(self.t("menu.reminders") + ": " + self._when())
        toggle = (
            Choice(self.t("reminders.turn_off"), "off")
            if plan.enabled
            else Choice(self.t("reminders.turn_on"), "on")
        )
        choices = [toggle, *(Choice(self.t(f"reminders.{s}"), s) for s in REMINDER_STEPS)]
        if plan.paused_until and plan.paused_until > self.now:
            choices.append(Choice(self.t("reminders.resume"), "resume"))
        choices.append(self._back())
        self.say(self.t("reminders.prompt"), choices, columns=2)

    def take_reminders(self, event: Event) -> str | None:
        if event.kind is not EventKind.CHOICE:
            return None
        plan = self.plan
        if event.value == "off":
            self._save(replace(plan, enabled=False))
            self.say(self.t("reminders.turned_off"))
            return None
        if event.value == "on":
            times = plan.times or (EVENING,)
            self._save(replace(plan, enabled=True, times=times, paused_until=None))
            self.say(self.t("reminders.turned_on"))
            return None
        if event.value == "resume":
            self._save(replace(plan, paused_until=None))
            return None
        if event.value in (*REMINDER_STEPS, "back"):
            return event.value
        return None

    def prompt_times(self, again: bool) -> None:
        self.say(
            self.t("times.again" if again else "times.prompt"),
            [
                Choice(self.t("times.morning"), "morning"),
                Choice(self.t("times.evening"), "evening"),
                Choice(self.t("times.both"), "both"),
                self._back(),
            ],
            columns=2,
        )

    def take_times(self, event: Event) -> str | None:
        presets = {"morning": (MORNING,), "evening": (EVENING,), "both": (MORNING, EVENING)}
        if event.kind is EventKind.CHOICE:
            if event.value == "back":
                return "back"
            times = presets.get(event.value)
        else:
            times = parse_times(event.value)
        if not times:
            return None
        plan = self.plan
        if any(plan.quiet_at(clock) for clock in times):
            self.say(self.t("times.in_quiet"))
            return None
        self._save(replace(plan, times=times, enabled=True))
        return "back"

    def prompt_days(self, again: bool) -> None:
        names = self.texts.variants("settings.days.names")
        days = self.plan.days
        choices = [Choice(f"✓ {names[d]}" if d in days else names[d], f"d:{d}") for d in range(7)]
        choices += [
            Choice(self.t("days.every_day"), "every"),
            Choice(self.t("days.weekdays"), "weekdays"),
            Choice(self.t("days.done"), "back"),
        ]
        self.say(self.t("days.prompt"), choices, columns=4)

    def take_days(self, event: Event) -> str | None:
        if event.kind is not EventKind.CHOICE:
            return None
        plan = self.plan
        if event.value == "back":
            return "back"
        if event.value == "every":
            days = EVERY_DAY
        elif event.value == "weekdays":
            days = WEEKDAYS
        else:
            day = event.value.removeprefix("d:")
            if not day.isdigit() or int(day) > 6:
                return None
            days = plan.days ^ {int(day)}
            if not days:
                return None  # at least one day; turning reminders off is its own button
        self._save(replace(plan, days=frozenset(days)))
        return None  # show the days again, with the change

    def prompt_quiet(self, again: bool) -> None:
        choices = [
            Choice(f"{clock_text(a)}–{clock_text(b)}", key) for key, (a, b) in QUIET_PRESETS.items()
        ]
        choices += [Choice(self.t("quiet.none"), "q:none"), self._back()]
        self.say(self.t("quiet.again" if again else "quiet.prompt"), choices, columns=2)

    def take_quiet(self, event: Event) -> str | None:
        plan = self.plan
        if event.kind is EventKind.CHOICE:
            if event.value == "back":
                return "back"
            if event.value == "q:none":
                self._save(replace(plan, quiet_start=None, quiet_end=None))
                return "back"
            preset = QUIET_PRESETS.get(event.value)
            if preset is None:
                return None
            start, end = preset
        else:
            parsed = parse_times(event.value.replace("-", ",").replace("–", ","))
            if parsed is None or len(parsed) != 2:
                return None
            # typed "22-7": the first number written is the start
            first = parse_times(event.value.replace("–", "-").split("-")[0])
            start = first[0] if first else parsed[0]
            end = parsed[1] if parsed[0] == start else parsed[0]
        quiet = replace(plan, quiet_start=start, quiet_end=end)
        times = tuple(t for t in plan.times if not quiet.quiet_at(t))
        if plan.times and not times:
            self.say(self.t("times.in_quiet"))
            return None
        self._save(replace(quiet, times=times or plan.times))
        return "back"

    def prompt_pause(self, again: bool) -> None:
        choices = [Choice(self.t(f"pause.{key}"), f"p:{key}") for key in PAUSES]
        self.say(self.t("pause.prompt"), [*choices, self._back()], columns=2)

    def take_pause(self, event: Event) -> str | None:
        if event.kind is not EventKind.CHOICE:
            return None
        if event.value == "back":
            return "back"
        days = PAUSES.get(event.value.removeprefix("p:"))
        if days is None:
            return None
        until = self.now + timedelta(days=days)
        self._save(replace(self.plan, paused_until=until))
        local = until.astimezone(self.plan.zone)
        self.say(self.t("pause.paused", date=local.strftime("%d %b %H:%M")))
        return "back"
