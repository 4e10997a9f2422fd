"""Journal entries in words: dates in the person's time zone, feelings, needs, whole entries.

Shared by the journal views (bot/journal.py) and the Markdown export (bot/export.py), so an
entry reads the same in the chat and in the file. Every word comes from the content files
(``journal.*``, and the check-in's own labels in ``checkin.*``); the feelings and needs are
labelled from :mod:`dialogs.feelings`. A person's own words are passed through unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogs.content import Catalog, catalog
from dialogs.feelings import FeelingsWheel

#: Answer keys the check-in writes, in reading order; anything else is shown after them.
KNOWN_KEYS = frozenset(
    {
        "happened",
        "body",
        "body_words",
        "feeling",
        "feeling_core",
        "feeling_words",
        "intensity_before",
        "intensity_after",
        "age",
        "age_years",
        "age_words",
        "need",
        "need_words",
        "caring",
        "own_words",
        "skipped",
        "started_at",
    }
)


def zone_of(name: str | None) -> tzinfo:
    """The person's time zone; UTC when unset or unknown."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or "UTC"


@dataclass(frozen=True, slots=True)
class Field:
    heading: str
    text: str
    own_words: bool  # the person's own words (quoted as they wrote them)


class JournalText:
    """Words for one person's journal: their locale, time zone and name for their younger self."""

    def __init__(
        self, locale: str, zone: tzinfo, child_name: str | None, now: datetime | None = None
    ) -> None:
        self.texts: Catalog = catalog(locale)
        self.wheel = FeelingsWheel.for_locale(locale)
        self.zone = zone
        self.now = (now or datetime.now(UTC)).astimezone(zone)
        name = child_name or self.texts.text("common.default_child_name")
        self.names = {"child_name": name, "Child_name": name[:1].upper() + name[1:]}

    def t(self, key: str, **values: object) -> str:
        return self.texts.text(f"journal.{key}", None, **values)

    # ---- dates ----------------------------------------------------------------------------

    def when(self, moment: datetime, *, with_year: bool | None = None) -> str:
        """ "Tue 3 May, 14:05" in the person's time zone (with the year if not this year)."""
        local = moment.astimezone(self.zone)
        dates = self.texts.section("journal.dates")
        values = {
            "weekday": str(dates["weekdays"][local.weekday()]),
            "day": local.day,
            "month": str(dates["months"][local.month - 1]),
            "year": local.year,
        }
        if with_year is None:
            with_year = local.year != self.now.year
        day = self.t("dates.date_year" if with_year else "dates.date", **values)
        return self.t("dates.when", date=day, local_time=local.strftime("%H:%M"))

    # ---- parts of an entry ----------------------------------------------------------------

    def kind(self, kind: str, *, in_sentence: bool = False) -> str:
        base = "kinds.in_sentence" if in_sentence else "kinds"
        key = kind if self.texts.has(f"journal.{base}.{kind}") else "other"
        return self.t(f"{base}.{key}")

    def feeling(self, answers: Mapping[str, Any], *, with_core: bool = False) -> str | None:
        """The feeling's label ("picked on", or "picked on (hurt)"), or their own word."""
        keys = [answers.get("feeling"), answers.get("feeling_core")]
        found = next(
            (self.wheel.get(k) for k in keys if isinstance(k, str) and self.wheel.get(k)), None
        )
        if found is not None:
            core = self.wheel.get(found.core)
            if with_core and core is not None and core.key != found.key:
                return self.t("entry.finer", feeling=found.label, feeling_core=core.label)
            return found.label
        words = answers.get("feeling_words")
        return str(words) if words else None

    def feeling_with_emoji(self, answers: Mapping[str, Any]) -> str | None:
        label = self.feeling(answers)
        core_key = answers.get("feeling_core")
        core = self.wheel.get(core_key) if isinstance(core_key, str) else None
        if label and core is not None and core.emoji:
            return f"{core.emoji} {label}"
        return label

    def intensity(self, answers: Mapping[str, Any]) -> str | None:
        before, after = answers.get("intensity_before"), answers.get("intensity_after")
        has_before, has_after = isinstance(before, int), isinstance(after, int)
        if has_before and has_after:
            return self.t("list.intensity", before=before, after=after)
        if has_before:
            return self.t("list.intensity_before", before=before)
        if has_after:
            return self.t("list.intensity_after", after=after)
        return None

    def _body(self, answers: Mapping[str, Any]) -> str | None:
        key = answers.get("body")
        places = self.texts.section("checkin.body.places")
        if isinstance(key, str) and key in places:
            return str(places[key])
        words = answers.get("body_words")
        return str(words) if words else None

    def _age(self, answers: Mapping[str, Any]) -> str | None:
        key = answers.get("age")
        options = self.texts.section("checkin.age.options")
        if isinstance(key, str) and key in options:
            return str(options[key]["label"])
        years = answers.get("age_years")
        if isinstance(years, int):
            return self.t("entry.age_years", count=years)
        words = answers.get("age_words")
        return str(words) if words else None

    def _need(self, answers: Mapping[str, Any]) -> str | None:
        key = answers.get("need")
        need = self.wheel.need(key) if isinstance(key, str) else None
        if need is not None:
            return need.label
        words = answers.get("need_words")
        return str(words) if words else None

    def fields(self, answers: Mapping[str, Any]) -> list[Field]:
        """What an entry holds, in the order of the check-in, then anything else written."""

        def heading(key: str) -> str:
            return self.t(f"entry.fields.{key}", **self.names)

        found: list[Field] = []

        def add(key: str, text: str | None, *, own: bool = False) -> None:
            if text:
                found.append(Field(heading(key), text, own))

        add("happened", _words(answers.get("happened")), own=True)
        add("body", self._body(answers), own="body" not in answers)
        add("feeling", self.feeling(answers, with_core=True), own="feeling_words" in answers)
        add("intensity", self.intensity(answers))
        add("age", self._age(answers), own="age_words" in answers)
        add("need", self._need(answers), own="need_words" in answers)
        add("caring", _words(answers.get("caring")))
        add("own_words", _words(answers.get("own_words")), own=True)
        for key, value in answers.items():
            if key in KNOWN_KEYS or not _words(value):
                continue
            named = key if self.texts.has(f"journal.entry.fields.{key}") else "other"
            add(named, _words(value), own=True)
        return found

    # ---- whole lines and entries ----------------------------------------------------------

    def list_item(
        self,
        number: int,
        kind: str,
        complete: bool,
        answers: Mapping[str, Any],
        finished_at: datetime,
    ) -> str:
        if kind == "checkin":
            parts = [self.feeling_with_emoji(answers) or self.t("list.no_feeling")]
            intensity = self.intensity(answers)
            if intensity:
                parts.append(intensity)
        else:
            parts = [self.kind(kind)]
        details = " · ".join(parts)
        if not complete:
            details = f"{details} {self.t('list.unfinished')}"
        return self.t("list.item", number=number, when=self.when(finished_at), details=details)

    def entry(
        self, kind: str, complete: bool, answers: Mapping[str, Any], finished_at: datetime
    ) -> str:
        """A whole entry to read back in the chat: title, then each part under its heading."""
        title = self.t("entry.title", details=self.kind(kind), when=self.when(finished_at))
        blocks = [title]
        if not complete:
            blocks.append(self.t("entry.unfinished"))
        for field in self.fields(answers):
            blocks.append(f"{field.heading}:\n{field.text}")
        return "\n\n".join(blocks)

    def safety_plan(self, plan: Mapping[str, Any]) -> str:
        """The safety plan, part by part under the titles the /sos flow uses."""
        parts = self.texts.section("sos.plan.parts") if self.texts.has("sos.plan.parts") else {}
        blocks = [self.t("plan.title")]
        for key in [*parts, *(k for k in plan if k not in parts)]:
            title = str(parts[key]["title"]) if key in parts else self.t("entry.fields.other")
            words = _words(plan.get(key)) or self.t("plan.unwritten")
            blocks.append(f"{title}:\n{words}")
        return "\n\n".join(blocks)


def _words(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
