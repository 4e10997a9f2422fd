"""The check-in: the core practice, from one breath to the caring adult's words and back.

arrive -> what happened -> where in the body -> feeling (core, then a finer word; or a word
suggested from their own story) -> intensity -> how old this part feels -> what it needed ->
the caring adult answers the child, and an invitation to answer in one's own words ->
intensity again -> done (saved, with a gentle next step). Every step can be skipped, and free
text is accepted wherever buttons are shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dialogs.feelings import FeelingsWheel
from dialogs.flow import SKIP, Edge, FlowModel, build, chain
from dialogs.model import Choice, Effect, Event, EventKind, RememberVoice, SaveEntry
from dialogs.parsing import number_in, short_text
from dialogs.voice import compose, invitation

STEPS = (
    "arrive",
    "happened",
    "body",
    "feeling_core",
    "feeling_fine",
    "intensity_before",
    "age",
    "need",
    "own_words",
    "intensity_after",
    "done",
)

#: Longest free text kept for one answer; Telegram's own limit is 4,096 characters.
MAX_WORDS = 4096
#: Longest own word for a feeling, a body place or a need.
MAX_LABEL = 60


@build
class CheckinFlow(FlowModel):
    name = "checkin"
    steps = STEPS
    edges = (
        *chain("next", STEPS),
        *(e for e in chain(SKIP, STEPS) if e.source != "feeling_core"),
        Edge(SKIP, "feeling_core", "intensity_before"),
        Edge("named", "feeling_core", "intensity_before"),
    )
    final = frozenset({"done"})

    @property
    def wheel(self) -> FeelingsWheel:
        return FeelingsWheel.for_locale(self.profile.locale)

    def begin(self) -> None:
        self.answers.setdefault("started_at", self.now.isoformat())
        super().begin()

    def on_leave(self) -> list[Effect]:
        """Leaving early keeps what was given, as a partial entry (if a journal is kept)."""
        if not self.profile.journal or not _has_content(self.answers):
            return []
        return [self._entry(complete=False)]

    # ---- arrive -------------------------------------------------------------------------

    def prompt_arrive(self, again: bool) -> None:
        self.say(self.t("arrive.prompt"), [Choice(self.t("arrive.ready"), "ready")], skip=True)

    def take_arrive(self, event: Event) -> str | None:
        return "next"  # a tap or any words: they are here

    # ---- what happened ------------------------------------------------------------------

    def prompt_happened(self, again: bool) -> None:
        self.say(self.t("happened.again" if again else "happened.prompt"), skip=True)

    def take_happened(self, event: Event) -> str | None:
        if event.kind is not EventKind.TEXT or not event.value.strip():
            return None
        self.answers["happened"] = event.value.strip()[:MAX_WORDS]
        return "next"

    # ---- body ---------------------------------------------------------------------------

    def prompt_body(self, again: bool) -> None:
        places = self.texts.section("checkin.body.places")
        choices = [Choice(str(label), f"b:{key}") for key, label in places.items()]
        self.say(self.t("body.again" if again else "body.prompt"), choices, columns=2, skip=True)

    def take_body(self, event: Event) -> str | None:
        places = self.texts.section("checkin.body.places")
        if event.kind is EventKind.CHOICE:
            key = event.value.removeprefix("b:")
            if key not in places:
                return None
            self.answers["body"] = key
            return "next"
        words = short_text(event.value, MAX_LABEL)
        if words is None:
            return None
        self.answers["body_words"] = words
        return "next"

    # ---- feeling ------------------------------------------------------------------------

    def prompt_feeling_core(self, again: bool) -> None:
        wheel = self.wheel
        suggested = wheel.suggest(self.answers.get("happened", ""), limit=3)
        choices = [Choice(_button(f.label, f.emoji), f"f:{f.key}") for f in suggested]
        choices += [Choice(_button(c.label, c.emoji), f"c:{c.key}") for c in wheel.cores()]
        if suggested:
            text = self.t(
                "feeling_core.with_suggestions",
                suggestions=_listing([f.label for f in suggested], self.t("feeling_core.or")),
            )
        else:
            text = self.t("feeling_core.prompt")
        if again:
            text = self.t("feeling_core.again")
        self.say(text, choices, columns=2, skip=True)

    def take_feeling_core(self, event: Event) -> str | None:
        wheel = self.wheel
        if event.kind is EventKind.CHOICE:
            kind, _, key = event.value.partition(":")
            feeling = wheel.get(key)
            if feeling is None or kind not in {"c", "f"}:
                return None
            self.answers["feeling_core"] = feeling.core
            if kind == "c" and feeling.key == feeling.core:
                return "next"
            self.answers["feeling"] = feeling.key
            return "named"
        return self._typed_feeling(event.value, from_core=True)

    def prompt_feeling_fine(self, again: bool) -> None:
        core = self.wheel.get(self.answers.get("feeling_core", ""))
        if core is None:  # an impossible stored state; recover instead of failing
            self.fire("next")
            return
        choices = [Choice(_button(f.label), f"f:{f.key}") for f in self.wheel.finer(core.key)]
        choices.append(Choice(self.t("feeling_fine.keep_core", feeling=core.label), "keep"))
        self.say(
            self.t("feeling_fine.again" if again else "feeling_fine.prompt", feeling=core.label),
            choices,
            columns=2,
            skip=True,
        )

    def take_feeling_fine(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            if event.value == "keep":
                self.answers["feeling"] = self.answers.get("feeling_core")
                return "next"
            feeling = self.wheel.get(event.value.removeprefix("f:"))
            if feeling is None or feeling.core != self.answers.get("feeling_core"):
                return None
            self.answers["feeling"] = feeling.key
            return "next"
        return self._typed_feeling(event.value, from_core=False)

    def _typed_feeling(self, text: str, *, from_core: bool) -> str | None:
        feeling = self.wheel.match_feeling(text)
        if feeling is not None:
            self.answers["feeling_core"] = feeling.core
            if from_core and feeling.key == feeling.core:
                return "next"
            self.answers["feeling"] = feeling.key
            return "named" if from_core else "next"
        words = short_text(text, MAX_LABEL)
        if words is None:
            return None
        self.answers["feeling_words"] = words
        return "named" if from_core else "next"

    # ---- intensity ----------------------------------------------------------------------

    def _scale(self) -> list[Choice]:
        return [Choice(str(n), f"i:{n}") for n in range(11)]

    def _take_intensity(self, event: Event, key: str) -> str | None:
        if event.kind is EventKind.CHOICE:
            raw = event.value.removeprefix("i:")
            value = int(raw) if raw.isdigit() else None
            if value is None or not 0 <= value <= 10:
                return None
        else:
            value = number_in(event.value, self._numbers(), low=0, high=10)
            if value is None:
                return None
        self.answers[key] = value
        return "next"

    def _prompt_intensity(self, step: str, again: bool) -> None:
        self.say(
            self.t(f"{step}.again" if again else f"{step}.prompt"),
            self._scale(),
            columns=6,
            skip=True,
        )

    def _numbers(self) -> dict[str, int]:
        """Number words of the locale ("seven" -> 7)."""
        return {k: int(v) for k, v in self.texts.section("common.numbers").items()}

    def prompt_intensity_before(self, again: bool) -> None:
        self._prompt_intensity("intensity_before", again)

    def take_intensity_before(self, event: Event) -> str | None:
        return self._take_intensity(event, "intensity_before")

    # ---- age ----------------------------------------------------------------------------

    def prompt_age(self, again: bool) -> None:
        ages = self.texts.section("checkin.age.options")
        choices = [Choice(str(option["label"]), f"a:{key}") for key, option in ages.items()]
        self.say(self.t("age.again" if again else "age.prompt"), choices, columns=2, skip=True)

    def take_age(self, event: Event) -> str | None:
        ages = self.texts.section("checkin.age.options")
        if event.kind is EventKind.CHOICE:
            key = event.value.removeprefix("a:")
            if key not in ages:
                return None
            self.answers["age"] = key
            return "next"
        years = number_in(event.value, self._numbers(), low=0, high=120)
        if years is not None:
            self.answers["age_years"] = years
            return "next"
        words_given = short_text(event.value, MAX_LABEL)
        if words_given is None:
            return None
        self.answers["age_words"] = words_given
        return "next"

    def _age_phrase(self) -> str | None:
        years = self.answers.get("age_years")
        if isinstance(years, int):
            if years < 18:
                return self.t("age.years", count=years)
            return None
        key = self.answers.get("age")
        if key:
            phrase = self.texts.section("checkin.age.options").get(key, {}).get("phrase", "")
            return str(phrase) or None
        return None

    # ---- need ---------------------------------------------------------------------------

    def prompt_need(self, again: bool) -> None:
        feeling_key = self.answers.get("feeling") or self.answers.get("feeling_core")
        needs = self.wheel.needs_for(feeling_key)[:8]
        choices = [Choice(_button(n.label), f"n:{n.key}") for n in needs]
        self.say(self.t("need.again" if again else "need.prompt"), choices, columns=2, skip=True)

    def take_need(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            need = self.wheel.need(event.value.removeprefix("n:"))
            if need is None:
                return None
            self.answers["need"] = need.key
            return "next"
        matched = self.wheel.match_need(event.value)
        if matched is not None:
            self.answers["need"] = matched.key
            return "next"
        words = short_text(event.value, 200)
        if words is None:
            return None
        self.answers["need_words"] = words
        return "next"

    # ---- the caring adult, and the person's own words ------------------------------------

    def prompt_own_words(self, again: bool) -> None:
        child = str(self.common_values()["child_name"])
        recent = self.profile.recent_voice
        if not again:
            feeling = self._feeling_label()
            need = self.wheel.need(self.answers.get("need", ""))
            message = compose(
                child_name=child,
                feeling=feeling,
                need=need.phrase if need else None,
                age=self._age_phrase(),
                recent=recent,
                rng=self.rng,
                locale=self.profile.locale,
            )
            self.answers["caring"] = message.text
            self.effects.append(RememberVoice(message.used))
            recent = (*recent, *message.used)
            self.say(message.text, slow=True)
        ask = invitation(child_name=child, recent=recent, rng=self.rng, locale=self.profile.locale)
        self.effects.append(RememberVoice(ask.used))
        self.say(ask.text, skip=True)

    def take_own_words(self, event: Event) -> str | None:
        if event.kind is not EventKind.TEXT or not event.value.strip():
            return None
        self.answers["own_words"] = event.value.strip()[:MAX_WORDS]
        return "next"

    def _feeling_label(self) -> str | None:
        feeling = self.wheel.get(
            self.answers.get("feeling") or self.answers.get("feeling_core", "")
        )
        if feeling is not None:
            return feeling.label
        words = self.answers.get("feeling_words")
        return str(words) if words else None

    # ---- intensity again, and the end -----------------------------------------------------

    def prompt_intensity_after(self, again: bool) -> None:
        self._prompt_intensity("intensity_after", again)

    def take_intensity_after(self, event: Event) -> str | None:
        return self._take_intensity(event, "intensity_after")

    def prompt_done(self, again: bool) -> None:
        before = self.answers.get("intensity_before")
        after = self.answers.get("intensity_after")
        if isinstance(before, int) and isinstance(after, int):
            if after < before:
                reflection = self.t("done.eased", before=before, after=after)
            elif after == before:
                reflection = self.t("done.same", after=after)
            else:
                reflection = self.t("done.stronger", after=after)
        else:
            reflection = self.t("done.thanks")
        if self.profile.journal:
            self.effects.append(self._entry(complete=True))
            saved = self.t("done.saved")
        else:
            saved = self.t("done.not_saved")
        # Not a dead end: the next gentle step, two buttons to a row so all four fit one screen.
        self.say(
            f"{reflection}\n\n{saved}\n\n{self.t('done.next')}",
            [
                Choice(self.t("done.soothe"), "/soothe"),
                Choice(self.t("done.letter"), "/letter"),
                Choice(self.t("done.rest"), "/rest"),
                Choice(self.t("done.again_button"), "/checkin"),
            ],
            columns=2,
            end=True,
        )

    def take_done(self, event: Event) -> str | None:
        return None

    def _entry(self, *, complete: bool) -> SaveEntry:
        started = self.answers.get("started_at")
        return SaveEntry(
            kind="checkin",
            answers={k: v for k, v in self.answers.items() if k != "started_at"},
            complete=complete,
            started_at=datetime.fromisoformat(started) if started else None,
            finished_at=self.now,
        )


def _has_content(answers: dict[str, Any]) -> bool:
    return any(key not in {"started_at", "skipped"} for key in answers)


def _button(label: str, emoji: str = "") -> str:
    """A button label: capitalised like a sentence, with the feeling's emoji if it has one."""
    label = label[:1].upper() + label[1:]
    return f"{emoji} {label}" if emoji else label


def _listing(words: list[str], joiner: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {joiner} {words[-1]}"
