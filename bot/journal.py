"""The journal: read past check-ins back, see charts of change, export everything, forget it all.

A transport-agnostic service beside the conversation (the engine in dialogs/ never touches the
database). The Telegram transport (bot/journal_telegram.py) and the terminal chat
(bot/journal_terminal.py) hand it a command (``/journal``, ``/insights``, ``/export``,
``/forget``) or the data of a tapped button, and show the :class:`Screen` it returns: messages
with text, buttons and at most one attachment each (a PNG chart or a document).

Buttons
-------
Button data is ``j:<action>[:<arg>...]``, always under Telegram's 64 bytes, and is checked on
receipt like anything else a client sends: every field must parse, every feeling must be ours,
and every entry id is looked up *within the tapping person's own journal*, so a forged button
naming someone else's entry finds nothing and gets the same calm line as a deleted one.

==========================  ================================================================
``j:l:<f>:<p>``             the newest page (``f`` a core feeling or ``-``; ``p`` 0/7/30/90 days)
``j:o:<f>:<p>:<us>:<id>``   the page older than the entry (finished_at in µs, id): keyset
``j:n:<f>:<p>:<us>:<id>``   the page newer than it
``j:m:<f>:<p>``             choose a feeling or a period
``j:e:<id>``                read one entry
``j:d:<id>``                ask before deleting it; ``j:y:<id>`` delete; ``j:k:<id>`` keep
``j:s``                     the safety plan (when the schema has one)
``j:i``                     charts (as /insights)
``j:f1``, ``j:f2:<min>``    forget: second step, then erase (``min``: when the second question
                            was asked, in minutes since the epoch; older than 15 minutes expires)
``j:fn``                    forget: keep everything
==========================  ================================================================
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from bot import charts
from bot.export import SCHEMA_VERSION, export_json, export_markdown
from bot.journal_text import JournalText, zone_name, zone_of
from bot.service import Identity, utcnow
from storage.crypto import Cipher
from storage.db import Database
from storage.journal import Cursor, JournalStore, Page, checkpoint
from storage.models import ConversationRow, User
from storage.repository import JournalEntry, Repository

log = logging.getLogger(__name__)

PREFIX = "j:"
COMMANDS = ("journal", "insights", "export", "forget")
PAGE_SIZE = 5
PERIODS = (0, 7, 30, 90)
#: Fewest check-ins with a feeling (or both numbers, or a need) before a chart is drawn.
MIN_POINTS = 3
#: How many needs the needs chart shows.
TOP_NEEDS = 6
#: The last "erase everything" button works for this long after it was shown.
FORGET_WINDOW = timedelta(minutes=15)
MAX_CALLBACK_BYTES = 64
SAFETY_PLANS = "safety_plans"


class ForgedData(ValueError):
    """Button data this service did not produce (or no longer understands)."""


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str

    def __post_init__(self) -> None:
        if not self.data.startswith(PREFIX) or len(self.data.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"button data {self.data!r} is not a journal button under 64 bytes")


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: Literal["photo", "document"]
    filename: str
    data: bytes
    mime_type: str


@dataclass(frozen=True, slots=True)
class Message:
    """One message: text (the caption when there is an attachment), buttons in rows."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachment: Attachment | None = None


@dataclass(frozen=True, slots=True)
class Screen:
    """What to show. ``replace``: put the first message in place of the one whose button was
    tapped (page turns, filters, confirmations), when the transport can."""

    messages: tuple[Message, ...]
    replace: bool = False


@dataclass(frozen=True, slots=True)
class _Person:
    user: User
    words: JournalText


@dataclass(frozen=True, slots=True)
class _Filter:
    core: str | None
    days: int

    @property
    def code(self) -> str:
        return f"{self.core or '-'}:{self.days}"


def _rows(*rows: Sequence[Button]) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(row) for row in rows if row)


class JournalService:
    def __init__(
        self,
        database: Database,
        cipher: Cipher,
        *,
        clock: Callable[[], datetime] = utcnow,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.database = database
        self.cipher = cipher
        self.clock = clock
        self.page_size = page_size

    # ---- entry points ---------------------------------------------------------------------

    async def command(self, who: Identity, name: str) -> Screen:
        """``/journal``, ``/insights``, ``/export`` or ``/forget`` (without the slash)."""
        if name == "journal":
            return await self._list(who, _Filter(None, 0), first=True)
        if name == "insights":
            return await self.insights(who)
        if name == "export":
            return await self.export(who)
        if name == "forget":
            return await self._forget_first(who)
        raise ValueError(f"not a journal command: {name}")

    async def tap(self, who: Identity, data: str | None) -> Screen:
        """A tapped journal button; forged or outdated data gets a calm line, nothing else."""
        try:
            return await self._tap(who, data or "")
        except ForgedData:
            return self._say(who, "stale")

    async def _tap(self, who: Identity, data: str) -> Screen:
        if not data.startswith(PREFIX) or len(data.encode()) > MAX_CALLBACK_BYTES:
            raise ForgedData("not journal data")
        action, *args = data[len(PREFIX) :].split(":")
        if action in {"l", "m"} and len(args) == 2:
            chosen = _parse_filter(args[0], args[1], who.locale)
            if action == "m":
                return await self._filter_menu(who, chosen)
            return await self._list(who, chosen, replace=True)
        if action in {"o", "n"} and len(args) == 4:
            chosen = _parse_filter(args[0], args[1], who.locale)
            cursor = Cursor(_micros_to_time(_number(args[2])), _number(args[3]))
            return await self._list(who, chosen, cursor=cursor, older=action == "o", replace=True)
        if action in {"e", "d", "y", "k"} and len(args) == 1:
            entry_id = _number(args[0])
            handlers = {
                "e": self._open,
                "d": self._ask_delete,
                "y": self._delete,
                "k": self._keep,
            }
            return await handlers[action](who, entry_id)
        if action == "s" and not args:
            return await self._safety_plan(who)
        if action == "i" and not args:
            return await self.insights(who)
        if action == "f1" and not args:
            return await self._forget_second(who)
        if action == "f2" and len(args) == 1:
            return await self._forget(who, _number(args[0]))
        if action == "fn" and not args:
            return self._say(who, "forget.kept", replace=True)
        raise ForgedData("unknown journal action")

    # ---- the person -----------------------------------------------------------------------

    async def _person(self, repo: Repository, who: Identity) -> _Person | None:
        user = await repo.user(who.channel, who.external_id)
        if user is None:
            return None
        child = self.cipher.decrypt_opt(user.child_name_enc)
        words = JournalText(user.locale or who.locale, zone_of(user.timezone), child, self.clock())
        return _Person(user, words)

    def _words(self, who: Identity) -> JournalText:
        return JournalText(who.locale, UTC, None, self.clock())

    def _say(self, who: Identity, key: str, *, replace: bool = False, **values: object) -> Screen:
        return Screen((Message(self._words(who).t(key, **values)),), replace=replace)

    # ---- the list -------------------------------------------------------------------------

    async def _list(
        self,
        who: Identity,
        chosen: _Filter,
        *,
        cursor: Cursor | None = None,
        older: bool = True,
        first: bool = False,
        replace: bool = False,
    ) -> Screen:
        async with self.database.transaction() as session:
            repo = Repository(session, self.cipher)
            person = await self._person(repo, who)
            if person is None:
                return self._say(who, "list.empty", replace=replace)
            store = JournalStore(session, self.cipher)
            since = self.clock() - timedelta(days=chosen.days) if chosen.days else None
            page = await store.page(
                person.user.id,
                limit=self.page_size,
                older_than=cursor if older else None,
                newer_than=None if older else cursor,
                core=chosen.core,
                since=since,
            )
            has_plan = first and await store.has_table_rows(SAFETY_PLANS, person.user.id)
            in_flow = False
            if first:
                conversation = await session.get(ConversationRow, person.user.id)
                in_flow = conversation is not None and conversation.flow is not None
        return Screen(
            (self._page_message(person, chosen, page, has_plan=has_plan, in_flow=in_flow),),
            replace=replace,
        )

    def _page_message(
        self, person: _Person, chosen: _Filter, page: Page, *, has_plan: bool, in_flow: bool
    ) -> Message:
        words = person.words
        blocks = [words.t("list.title")]
        showing = []
        if chosen.core:
            feeling = words.wheel.get(chosen.core)
            showing.append(feeling.label if feeling else chosen.core)
        if chosen.days:
            showing.append(words.t(f"periods.p{chosen.days}"))
        if showing:
            blocks.append(words.t("list.showing", details=" · ".join(showing)))
        lines = [
            words.list_item(number, e.kind, e.complete, e.answers, e.finished_at)
            for number, e in enumerate(page.entries, 1)
        ]
        filtered = chosen.core is not None or chosen.days > 0
        if lines:
            blocks.append("\n".join(lines))
            blocks.append(words.t("list.hint"))
        elif filtered:
            blocks.append(words.t("list.empty_filtered"))
        else:
            declined = person.user.onboarded and not person.user.journal
            blocks.append(words.t("list.not_kept" if declined else "list.empty"))
        if in_flow:
            blocks.append(words.t("list.in_flow"))
        numbers = [Button(str(n), f"j:e:{e.id}") for n, e in enumerate(page.entries, 1)]
        paging = []
        if page.newer and page.entries:
            paging.append(Button(words.t("list.newer"), _cursor_data("n", chosen, page.entries[0])))
        if page.older and page.entries:
            paging.append(
                Button(words.t("list.older"), _cursor_data("o", chosen, page.entries[-1]))
            )
        tools = []
        if lines or filtered:
            tools.append(Button(words.t("list.filter"), f"j:m:{chosen.code}"))
        if lines:
            tools.append(Button(words.t("list.charts"), "j:i"))
        plan = [Button(words.t("list.safety_plan"), "j:s")] if has_plan else []
        return Message("\n\n".join(blocks), _rows(numbers, paging, tools, plan))

    async def _filter_menu(self, who: Identity, chosen: _Filter) -> Screen:
        words = self._words(who)

        def mark(label: str, on: bool) -> str:
            return words.t("filter.chosen", label=label) if on else label

        feelings = [
            Button(
                mark(f"{core.emoji} {core.label}".strip(), chosen.core == core.key),
                f"j:l:{core.key}:{chosen.days}",
            )
            for core in words.wheel.cores()
        ]
        everything = Button(
            mark(words.t("filter.all_feelings"), chosen.core is None), f"j:l:-:{chosen.days}"
        )
        periods = [
            Button(
                mark(words.t(f"periods.buttons.{_period_key(days)}"), chosen.days == days),
                f"j:l:{chosen.core or '-'}:{days}",
            )
            for days in (7, 30, 90, 0)
        ]
        back = Button(words.t("filter.back"), f"j:l:{chosen.code}")
        pairs = [feelings[i : i + 2] for i in range(0, len(feelings), 2)]
        buttons = _rows(*pairs, [everything], periods, [back])
        return Screen((Message(words.t("filter.prompt"), buttons),), replace=True)

    # ---- one entry ------------------------------------------------------------------------

    async def _find(self, who: Identity, entry_id: int) -> tuple[_Person, JournalEntry] | None:
        async with self.database.transaction() as session:
            person = await self._person(Repository(session, self.cipher), who)
            if person is None:
                return None
            entry = await JournalStore(session, self.cipher).entry(person.user.id, entry_id)
        return None if entry is None else (person, entry)

    async def _open(self, who: Identity, entry_id: int) -> Screen:
        found = await self._find(who, entry_id)
        if found is None:
            return self._say(who, "entry.gone")
        person, entry = found
        words = person.words
        text = words.entry(entry.kind, entry.complete, entry.answers, entry.finished_at)
        delete = Button(words.t("entry.delete"), f"j:d:{entry.id}")
        return Screen((Message(text, _rows([delete])),))

    async def _ask_delete(self, who: Identity, entry_id: int) -> Screen:
        found = await self._find(who, entry_id)
        if found is None:
            return self._say(who, "entry.gone")
        person, entry = found
        words = person.words
        text = words.t(
            "delete.confirm",
            details=words.kind(entry.kind, in_sentence=True),
            when=words.when(entry.finished_at),
        )
        buttons = [
            Button(words.t("delete.yes"), f"j:y:{entry.id}"),
            Button(words.t("delete.no"), f"j:k:{entry.id}"),
        ]
        return Screen((Message(text, _rows(buttons)),))

    async def _delete(self, who: Identity, entry_id: int) -> Screen:
        async with self.database.transaction() as session:
            person = await self._person(Repository(session, self.cipher), who)
            deleted = person is not None and await JournalStore(session, self.cipher).delete_entry(
                person.user.id, entry_id
            )
        return self._say(who, "delete.done" if deleted else "entry.gone", replace=True)

    async def _keep(self, who: Identity, entry_id: int) -> Screen:
        return self._say(who, "delete.kept", replace=True)

    async def _safety_plan(self, who: Identity) -> Screen:
        async with self.database.transaction() as session:
            repo = Repository(session, self.cipher)
            person = await self._person(repo, who)
            plan = None if person is None else await repo.safety_plan(person.user)
        if person is None or not plan:
            return self._say(who, "plan.empty")
        return Screen((Message(person.words.safety_plan(plan)),))

    # ---- insights -------------------------------------------------------------------------

    async def insights(self, who: Identity) -> Screen:
        """Charts of the last 30 and 90 days, each with a few words beside it."""
        now = self.clock()
        async with self.database.transaction() as session:
            person = await self._person(Repository(session, self.cipher), who)
            rows = []
            if person is not None:
                store = JournalStore(session, self.cipher)
                rows = await store.chart_rows(person.user.id, now - timedelta(days=90))
        words = person.words if person is not None else self._words(who)
        names = words.names
        month_ago = now - timedelta(days=30)
        with_feeling = [r for r in rows if r.feeling_core]
        if len(with_feeling) < MIN_POINTS:
            return Screen((Message(words.t("insights.not_enough", count=MIN_POINTS)),))

        messages: list[Message] = []
        # feelings, last 30 and 90 days
        last_30 = Counter(r.feeling_core for r in with_feeling if r.finished_at >= month_ago)
        last_90 = Counter(r.feeling_core for r in with_feeling)
        counts = [
            charts.FeelingCount(core.key, core.label, last_30[core.key], last_90[core.key])
            for core in words.wheel.cores()
        ]
        chart = words.t
        png = await asyncio.to_thread(
            charts.feelings_png,
            counts,
            title_30=chart("insights.chart.feelings_30"),
            title_90=chart("insights.chart.feelings_90"),
            count=chart("insights.chart.count"),
            nothing=chart("insights.chart.nothing"),
        )
        recent = last_30 or last_90
        top_key = recent.most_common(1)[0][0]
        top = words.wheel.get(top_key or "")
        caption = words.t(
            "insights.feelings",
            period=words.t("periods.p30" if last_30 else "periods.p90"),
            feeling=top.label if top else top_key,
        )
        messages.append(Message(caption, attachment=_png("feelings", png)))

        # intensity before and after, last 90 days
        pairs = [
            r for r in rows if r.intensity_before is not None and r.intensity_after is not None
        ]
        later: list[str] = []
        if len(pairs) >= MIN_POINTS:
            changes = [(r.intensity_after or 0) - (r.intensity_before or 0) for r in pairs]
            average = sum(changes) / len(changes)
            points = [
                charts.IntensityPoint(
                    r.finished_at.astimezone(words.zone).date(),
                    r.intensity_before or 0,
                    r.intensity_after or 0,
                )
                for r in pairs
            ]
            shown = f"{average:+.1f}"
            png = await asyncio.to_thread(
                charts.intensity_png,
                points,
                title=chart("insights.chart.intensity"),
                scale=chart("insights.chart.scale"),
                before=chart("insights.chart.before"),
                after=chart("insights.chart.after"),
                average=chart("insights.chart.average", change=shown),
                first=(now - timedelta(days=90)).astimezone(words.zone).date(),
                last=now.astimezone(words.zone).date(),
            )
            size = f"{abs(average):.1f}"
            if average <= -0.25:
                caption = words.t("insights.eased", change=size)
            elif average >= 0.25:
                caption = words.t("insights.grew", change=size, **names)
            else:
                caption = words.t("insights.same")
            messages.append(Message(caption, attachment=_png("intensity", png)))
        else:
            later.append(words.t("insights.later_intensity", count=MIN_POINTS))

        # needs, last 90 days
        needs = Counter(r.need for r in rows if r.need)
        if sum(needs.values()) >= MIN_POINTS:
            top_needs = []
            for key, number in needs.most_common(TOP_NEEDS):
                need = words.wheel.need(key or "")
                top_needs.append((need.label if need else str(key), number))
            png = await asyncio.to_thread(
                charts.needs_png,
                top_needs,
                title=chart("insights.chart.needs", **names),
                count=chart("insights.chart.count"),
            )
            most = words.wheel.need(needs.most_common(1)[0][0] or "")
            caption = words.t(
                "insights.needs", need=most.label if most else top_needs[0][0], **names
            )
            messages.append(Message(caption, attachment=_png("needs", png)))
        else:
            later.append(words.t("insights.later_needs", count=MIN_POINTS, **names))
        if later:
            messages.append(Message("\n\n".join(later)))
        return Screen(tuple(messages))

    # ---- export ---------------------------------------------------------------------------

    async def export(self, who: Identity) -> Screen:
        """Everything stored about the person: a Markdown journal and a JSON document."""
        now = self.clock()
        async with self.database.transaction() as session:
            person = await self._person(Repository(session, self.cipher), who)
            data = None
            if person is not None:
                data = await JournalStore(session, self.cipher).everything(person.user.id)
        if person is None or data is None:
            return self._say(who, "export.nothing")
        words = person.words
        stamp = now.astimezone(words.zone).strftime("%Y-%m-%d")
        markdown, document = await asyncio.to_thread(
            lambda: (
                export_markdown(data, words),
                export_json(data, now, zone_name(words.zone)),
            )
        )
        return Screen(
            (
                Message(words.t("export.intro")),
                Message(
                    words.t("export.markdown_caption"),
                    attachment=Attachment(
                        "document", f"journal-{stamp}.md", markdown, "text/markdown"
                    ),
                ),
                Message(
                    words.t("export.json_caption", value=SCHEMA_VERSION),
                    attachment=Attachment(
                        "document", f"journal-{stamp}.json", document, "application/json"
                    ),
                ),
            )
        )

    # ---- forget ---------------------------------------------------------------------------

    async def _forget_first(self, who: Identity) -> Screen:
        async with self.database.transaction() as session:
            person = await self._person(Repository(session, self.cipher), who)
            count = 0
            if person is not None:
                count = await JournalStore(session, self.cipher).count(person.user.id)
        if person is None:
            return self._say(who, "forget.nothing")
        words = person.words
        buttons = [
            Button(words.t("forget.go_on"), "j:f1"),
            Button(words.t("forget.keep"), "j:fn"),
        ]
        return Screen((Message(words.t("forget.first", count=count), _rows(buttons)),))

    async def _forget_second(self, who: Identity) -> Screen:
        words = self._words(who)
        minute = int(self.clock().timestamp() // 60)
        buttons = [
            Button(words.t("forget.erase"), f"j:f2:{minute}"),
            Button(words.t("forget.keep"), "j:fn"),
        ]
        return Screen((Message(words.t("forget.second"), _rows(buttons)),), replace=True)

    async def _forget(self, who: Identity, minute: int) -> Screen:
        asked = datetime.fromtimestamp(minute * 60, UTC)
        now = self.clock()
        if not (now - FORGET_WINDOW <= asked <= now + timedelta(minutes=1)):
            return self._say(who, "forget.expired", replace=True)
        counts = await self.forget(who)
        if counts is None:
            return self._say(who, "forget.nothing", replace=True)
        words = self._words(who)
        lines = []
        for table, count in counts.items():
            key = table if words.texts.has(f"journal.forget.tables.{table}") else "other"
            if count:
                line = words.t(f"forget.tables.{key}", count=count)
                lines.append(words.t("forget.line", details=line))
        return self._say(who, "forget.done", replace=True, details="\n".join(lines))

    async def forget(self, who: Identity) -> dict[str, int] | None:
        """Delete every row about the person; counts by table, or None if nothing was kept."""
        async with self.database.transaction() as session:
            user = await Repository(session, self.cipher).user(who.channel, who.external_id)
            if user is None:
                return None
            counts = await JournalStore(session, self.cipher).forget(user.id)
        await checkpoint(self.database)
        log.info("a person's data was erased on request (%d rows)", sum(counts.values()))
        return counts


# ---- helpers ----------------------------------------------------------------------------------


def _number(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 20:
        raise ForgedData("not a number")
    return int(text)


def _micros_to_time(micros: int) -> datetime:
    try:
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=micros)
    except OverflowError as exc:
        raise ForgedData("time out of range") from exc


def _time_to_micros(moment: datetime) -> int:
    delta = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _cursor_data(direction: str, chosen: _Filter, entry: JournalEntry) -> str:
    return f"j:{direction}:{chosen.code}:{_time_to_micros(entry.finished_at)}:{entry.id}"


def _parse_filter(core: str, days: str, locale: str) -> _Filter:
    from dialogs.feelings import FeelingsWheel

    if days not in {str(p) for p in PERIODS}:
        raise ForgedData("unknown period")
    if core == "-":
        return _Filter(None, int(days))
    feeling = FeelingsWheel.for_locale(locale).get(core)
    if feeling is None or not feeling.is_core:
        raise ForgedData("unknown feeling")
    return _Filter(core, int(days))


def _period_key(days: int) -> str:
    return f"p{days}" if days else "all"


def _png(name: str, data: bytes) -> Attachment:
    return Attachment("photo", f"{name}.png", data, "image/png")
