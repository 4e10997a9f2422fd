"""Fuzzing: random sequences of what several people do, with invariants checked after each step.

Two Hypothesis state machines:

* ``CompanionFuzz`` drives ``Companion.handle`` directly (fast, in-process) on a SQLite file
  made from a migrated template: text of any length and script (empty and 4,096 characters
  included), buttons that are current, stale, forged or another person's, commands in the
  middle of flows, edits, photos and stickers, and the same update delivered twice.
* ``TelegramFuzz`` does the same through the real Telegram handlers
  (``Application.process_update`` on the app ``build_application`` makes, talking to the fake
  Bot API), with real Telegram JSON for messages, taps, edits, stickers and photos.

Invariants: nothing raises; every message gets a reply; a duplicate changes nothing and says
nothing; every stored conversation is a valid state of its flow (and so is a flow a safety
flow keeps paused); a check-in answer to "what happened" is stored as given; and nobody ever
sees another person's words (each person's texts carry their own secret word).

Each machine runs its steps on its own event loop (Hypothesis drives them synchronously).
"""

from __future__ import annotations

import asyncio
import itertools
import random
import shutil
import tempfile
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from telegram import Update
from telegram.ext import ContextTypes

from bot.app import build_application
from bot.config import Settings
from bot.service import Companion, Identity, Outcome
from dialogs.engine import FLOWS, Engine
from dialogs.flow import SKIP_WORDS
from dialogs.model import Event
from storage.crypto import Cipher, new_key
from storage.db import Database
from storage.migrate import upgrade
from storage.repository import Repository
from tests.fake_bot_api import FakeBotAPI, FakeUser
from tests.shortcuts import onboard

T = TypeVar("T")
KEY = new_key()
SECRETS = ("QUOKKA7731", "AXOLOTL4410", "PANGOLIN2958")
MAX_TEXT = 4096

# ---- a migrated SQLite file, copied for every example ---------------------------------------

_TEMPLATE_DIR = tempfile.TemporaryDirectory(prefix="innerchild-fuzz-")
_TEMPLATE = Path(_TEMPLATE_DIR.name) / "template.sqlite3"


def fresh_database_url(directory: Path) -> str:
    if not _TEMPLATE.exists():

        async def migrate() -> None:
            database = Database.connect(f"sqlite+aiosqlite:///{_TEMPLATE}")
            await upgrade(database)
            await database.dispose()

        asyncio.run(migrate())
    target = directory / "fuzz.sqlite3"
    shutil.copyfile(_TEMPLATE, target)
    return f"sqlite+aiosqlite:///{target}"


# ---- what people type -----------------------------------------------------------------------

SPECIAL_TEXTS = (
    "",
    " ",
    "\n\n",
    "skip",
    "Skip",
    "-",
    "7",
    "seven",
    "about a 6/10",
    "12",
    "0",
    "10",
    "yes",
    "no",
    "little me",
    "Berlin",
    "sad",
    "I feel so lonely and scared",
    "comfort",
    "I don't want to be here anymore",
    "🙂" * 12,
    "مرحبا، أشعر بالحزن اليوم",
    "אני מרגיש עצוב",
    "我今天很难过",
    "मुझे अकेलापन लग रहा है",
    "e\u0301\u0301\u0301 zalgo",
    "\u202eright to left override",
    "zero\u200bwidth\u200djoiner",
    "tab\tand\x00nul and \x07bell",
    "/not a command in text",
    "<b>html</b> *markdown* _under_ [link](http://example.com)",
)
any_text = st.one_of(
    st.sampled_from(SPECIAL_TEXTS),
    st.builds(lambda: "x" * MAX_TEXT),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.integers(0, MAX_TEXT).map(lambda n: "ж" * n),
)
COMMANDS = (
    "/start",
    "/checkin",
    "/checkin fresh",
    "/cancel",
    "/help",
    "/sos",
    "/settings",
    "/soothe",
    "/rest",
    "/nonsense",
    "/CHECKIN",
    "/start@innerchild_test_bot",
)


def with_secret(text: str, secret: str, add: bool) -> str:
    """``text`` without anybody's secret, then (if ``add``) this person's own, within 4,096."""
    for other in SECRETS:
        text = text.replace(other, "")
    if not add:
        return text
    return f"{secret} {text}"[:MAX_TEXT]


def leaked(seen: str, own: str) -> list[str]:
    return [secret for secret in SECRETS if secret != own and secret in seen]


# ---- stored state -----------------------------------------------------------------------------


@dataclass
class State:
    flow: str | None
    state: str
    answers: dict[str, Any]
    version: int


async def stored_state(database: Database, external_id: str) -> State | None:
    async with database.transaction() as session:
        repo = Repository(session, Cipher([KEY]))
        user = await repo.user("telegram", external_id)
        if user is None:
            return None
        conversation = (await repo.load_conversation(user, lock=False)).conversation
        return State(
            conversation.flow, conversation.state, conversation.answers, conversation.version
        )


def valid(state: State | None) -> str | None:
    """Why the stored conversation is not a valid state of its flow, or None."""
    if state is None or state.flow is None:
        return None
    if state.flow not in FLOWS:
        return f"unknown flow {state.flow!r}"
    if state.state not in FLOWS[state.flow].steps:
        return f"{state.state!r} is not a step of {state.flow}"
    paused = state.answers.get("paused")
    if isinstance(paused, dict) and paused.get("flow") is not None:
        flow = FLOWS.get(str(paused["flow"]))
        if flow is None or paused.get("state") not in flow.steps:
            return f"paused {paused.get('flow')!r}/{paused.get('state')!r} is not valid"
    return None


def checks_what_happened(before: State | None, event: Event, after: State | None) -> None:
    """An answer to the check-in's "what happened" that moved it on is stored as given."""
    if before is None or after is None or event.kind.value != "text":
        return
    if (before.flow, before.state, after.flow, after.state) != (
        "checkin",
        "happened",
        "checkin",
        "body",
    ):
        return
    words = event.value.strip()
    if words and words.lower() not in SKIP_WORDS:
        assert after.answers.get("happened") == words[:MAX_TEXT]


class LoopMachine(RuleBasedStateMachine):
    """A state machine whose steps run coroutines on its own event loop."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.directory = Path(tempfile.mkdtemp(prefix="innerchild-fuzz-"))

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        try:
            self.close()
        finally:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()
            shutil.rmtree(self.directory, ignore_errors=True)

    def close(self) -> None:
        """Release what the machine opened (on its loop)."""


# ---- 1. the service, directly -------------------------------------------------------------


@dataclass
class Person:
    who: Identity
    secret: str
    outcomes: list[Outcome] = field(default_factory=list)
    sent: list[tuple[int, Event]] = field(default_factory=list)


people = st.integers(0, len(SECRETS) - 1)


class CompanionFuzz(LoopMachine):
    def __init__(self) -> None:
        super().__init__()
        self.database = Database.connect(fresh_database_url(self.directory))
        self.companion = Companion(self.database, Cipher([KEY]), Engine(random.Random(0)))
        self.people = [
            Person(Identity("telegram", str(70_001 + i), f"P{i}", "en"), secret)
            for i, secret in enumerate(SECRETS)
        ]
        self.update_ids = itertools.count(1)

    def close(self) -> None:
        self.run(self.database.dispose())

    # -- one turn, and what must hold after it

    def turn(self, index: int, event: Event) -> None:
        person = self.people[index]
        before = self.run(stored_state(self.database, person.who.external_id))
        update_id = next(self.update_ids)
        outcome = self.run(self.companion.handle(person.who, event, update_id=update_id))
        after = self.run(stored_state(self.database, person.who.external_id))
        assert not outcome.duplicate
        assert outcome.replies, f"no reply to {event!r}"
        assert after is not None
        # a turn that moved nothing and showed no buttons keeps the version (old buttons stay valid)
        assert after.version - (before.version if before else 0) in (0, 1)
        assert outcome.version == after.version
        seen = "\n".join(
            [r.text for r in outcome.replies]
            + [c.label for r in outcome.replies for c in r.choices]
        )
        assert not leaked(seen, person.secret), f"{person.who.external_id} saw another's words"
        checks_what_happened(before, event, after)
        person.outcomes = [*person.outcomes[-9:], outcome]
        person.sent.append((update_id, event))

    # -- what people do

    @rule(index=people, text=any_text, add=st.booleans())
    def says(self, index: int, text: str, add: bool) -> None:
        self.turn(index, Event.text(with_secret(text, self.people[index].secret, add)))

    @rule(index=people)
    def says_the_most_telegram_allows(self, index: int) -> None:
        secret = self.people[index].secret
        self.turn(index, Event.text((f"{secret} " * MAX_TEXT)[:MAX_TEXT]))

    @rule(index=people, command=st.sampled_from(COMMANDS))
    def commands(self, index: int, command: str) -> None:
        self.turn(index, Event.command(command))

    @precondition(lambda self: any(p.outcomes for p in self.people))
    @rule(index=people, data=st.data())
    def taps_a_current_button(self, index: int, data: st.DataObject) -> None:
        person = self.people[index]
        if not person.outcomes:
            return
        latest = person.outcomes[-1]
        choices = [c for r in latest.replies for c in r.choices]
        if not choices:
            return
        choice = data.draw(st.sampled_from(choices))
        self.turn(index, Event.choice(choice.value, latest.version))

    @precondition(lambda self: any(len(p.outcomes) > 1 for p in self.people))
    @rule(index=people, data=st.data())
    def taps_a_stale_button(self, index: int, data: st.DataObject) -> None:
        person = self.people[index]
        older = [(o.version, c) for o in person.outcomes[:-1] for r in o.replies for c in r.choices]
        if not older:
            return
        version, choice = data.draw(st.sampled_from(older))
        self.turn(index, Event.choice(choice.value, version))

    @rule(
        index=people,
        value=st.one_of(st.text(max_size=64), st.sampled_from(["skip", "b:nowhere", "i:99"])),
        shown_at=st.one_of(st.none(), st.integers(-1, 2**40)),
    )
    def taps_a_forged_button(self, index: int, value: str, shown_at: int | None) -> None:
        self.turn(index, Event.choice(with_secret(value, "", False), shown_at))

    @precondition(lambda self: any(p.outcomes for p in self.people))
    @rule(index=people, other=people, data=st.data())
    def taps_someone_elses_button(self, index: int, other: int, data: st.DataObject) -> None:
        theirs = [
            (o.version, c)
            for o in self.people[other].outcomes
            for r in o.replies
            for c in r.choices
        ]
        if not theirs:
            return
        version, choice = data.draw(st.sampled_from(theirs))
        self.turn(index, Event.choice(choice.value, version))

    @rule(index=people, text=any_text, add=st.booleans())
    def edits_a_message(self, index: int, text: str, add: bool) -> None:
        self.turn(index, Event.edit(with_secret(text, self.people[index].secret, add)))

    @rule(index=people, caption=st.one_of(st.just(""), any_text), add=st.booleans())
    def sends_a_photo_or_sticker(self, index: int, caption: str, add: bool) -> None:
        self.turn(index, Event.media(with_secret(caption, self.people[index].secret, add)))

    @precondition(lambda self: any(p.sent for p in self.people))
    @rule(index=people, data=st.data())
    def the_same_update_arrives_again(self, index: int, data: st.DataObject) -> None:
        person = self.people[index]
        if not person.sent:
            return
        update_id, event = data.draw(st.sampled_from(person.sent))
        before = self.run(stored_state(self.database, person.who.external_id))
        outcome = self.run(self.companion.handle(person.who, event, update_id=update_id))
        after = self.run(stored_state(self.database, person.who.external_id))
        assert outcome.duplicate
        assert not outcome.replies
        assert before == after

    @invariant()
    def every_stored_conversation_is_valid(self) -> None:
        for person in self.people:
            state = self.run(stored_state(self.database, person.who.external_id))
            problem = valid(state)
            assert problem is None, problem


CompanionFuzz.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestCompanionFuzz = CompanionFuzz.TestCase


# ---- 2. through the Telegram handlers and the fake Bot API ---------------------------------

SENDS = ("sendMessage", "sendPhoto", "sendDocument")
telegram_text = any_text.filter(lambda t: bool(t.strip()))


@dataclass
class TelegramPerson:
    user: FakeUser
    secret: str
    data_seen: list[str] = field(default_factory=list)
    updates: list[int] = field(default_factory=list)


class TelegramFuzz(LoopMachine):
    def __init__(self) -> None:
        super().__init__()
        self.api = FakeBotAPI()
        self.errors: list[BaseException] = []
        url = fresh_database_url(self.directory)
        self.database = Database.connect(url)
        self.run(self._start(url))

    async def _start(self, url: str) -> None:
        await self.api.start()
        self.settings = Settings(
            _env_file=None,
            telegram_bot_token=self.api.token,
            telegram_api_base_url=self.api.base_url,
            telegram_api_base_file_url=self.api.base_file_url,
            database_url=url,
            data_dir=self.directory / "data",
            encryption_keys=KEY,
            nudge_tick_seconds=0,
        )
        self.app = build_application(self.settings)
        await self.app.initialize()
        assert self.app.post_init is not None
        await self.app.post_init(self.app)
        self.app.add_error_handler(self._record_error)
        self.people = [
            TelegramPerson(self.api.user(80_001 + i, first_name=f"P{i}"), secret)
            for i, secret in enumerate(SECRETS)
        ]
        # one newcomer; the others have been through onboarding already
        companion = Companion(self.database, Cipher([KEY]), Engine(random.Random(0)))
        for person in self.people[1:]:
            await onboard(companion, Identity("telegram", str(person.user.user_id), "P", "en"))

    async def _record_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if context.error is not None:
            self.errors.append(context.error)

    def close(self) -> None:
        async def stop() -> None:
            await self.app.shutdown()
            if self.app.post_shutdown is not None:
                await self.app.post_shutdown(self.app)
            await self.api.stop()
            await self.database.dispose()

        self.run(stop())

    # -- one update, and what must hold after it

    def sends(self, chat_id: int) -> int:
        return sum(
            1
            for method in SENDS
            for call in self.api.calls_to(method)
            if call.params.get("chat_id") == chat_id and call.status == 200
        )

    def deliver(self, index: int, update_id: int, *, duplicate: bool = False) -> None:
        person = self.people[index]
        chat_id = person.user.chat_id
        before_sends = self.sends(chat_id)
        before = self.run(stored_state(self.database, str(person.user.user_id)))
        update = Update.de_json(self.api.updates[update_id], self.app.bot)
        self.run(self.app.process_update(update))
        after = self.run(stored_state(self.database, str(person.user.user_id)))
        assert not self.errors, repr(self.errors)
        if duplicate:
            assert self.sends(chat_id) == before_sends, "a duplicate was answered again"
            assert before == after
        else:
            assert self.sends(chat_id) > before_sends, "no reply"
            person.updates.append(update_id)
        for message in self.api.sent_to(chat_id):
            if message.buttons:
                person.data_seen.extend(
                    b.callback_data for row in message.buttons for b in row if b.callback_data
                )
            seen = f"{message.text or ''}\n{message.caption or ''}"
            assert not leaked(seen, person.secret), f"{chat_id} saw another's words"
        person.data_seen = list(dict.fromkeys(person.data_seen))[-60:]

    def newest_with_buttons(self, index: int) -> int | None:
        messages = [m for m in self.people[index].user.messages if m.buttons]
        return messages[-1].message_id if messages else None

    def newest(self, index: int) -> int | None:
        messages = self.people[index].user.messages
        return messages[-1].message_id if messages else None

    # -- what people do

    @rule(index=people, text=telegram_text, add=st.booleans())
    def says(self, index: int, text: str, add: bool) -> None:
        person = self.people[index]
        words = with_secret(text, person.secret, add)
        if not words.strip():
            return
        self.deliver(index, self.run(person.user.send(words)))

    @rule(index=people, command=st.sampled_from(COMMANDS))
    def commands(self, index: int, command: str) -> None:
        self.deliver(index, self.run(self.people[index].user.send(command)))

    @rule(index=people, data=st.data())
    def taps_a_current_button(self, index: int, data: st.DataObject) -> None:
        person = self.people[index]
        message_id = self.newest_with_buttons(index)
        if message_id is None:
            return
        (message,) = [m for m in person.user.messages if m.message_id == message_id]
        buttons = [b for row in message.buttons for b in row if b.callback_data]
        button = data.draw(st.sampled_from(buttons))
        tap = person.user.tap(data=button.callback_data, message_id=message_id)
        self.deliver(index, self.run(tap))

    @rule(index=people, data=st.data(), other=people)
    def taps_old_or_someone_elses_data(self, index: int, data: st.DataObject, other: int) -> None:
        person = self.people[index]
        message_id = self.newest(index)
        pool = self.people[other].data_seen
        if message_id is None or not pool:
            return
        value = data.draw(st.sampled_from(pool))
        self.deliver(index, self.run(person.user.tap(data=value, message_id=message_id)))

    @rule(
        index=people,
        value=st.one_of(
            st.text(min_size=1, max_size=20),
            st.sampled_from(["0|skip", "1|/checkin", "999|f:hacked", "garbage", "x" * 64]),
        ),
    )
    def taps_forged_data(self, index: int, value: str) -> None:
        message_id = self.newest(index)
        if message_id is None or len(value.encode()) > 64:
            return
        self.deliver(
            index, self.run(self.people[index].user.tap(data=value, message_id=message_id))
        )

    @rule(index=people, text=telegram_text, add=st.booleans())
    def edits_a_message(self, index: int, text: str, add: bool) -> None:
        person = self.people[index]
        words = with_secret(text, person.secret, add)
        if not person.updates or not words.strip():
            return
        try:
            last = person.user.last_message_id
        except AssertionError:
            return
        self.deliver(index, self.run(person.user.edit(last, words)))

    @rule(
        index=people,
        kind=st.sampled_from(["sticker", "photo"]),
        caption=any_text,
        add=st.booleans(),
    )
    def sends_a_sticker_or_photo(self, index: int, kind: str, caption: str, add: bool) -> None:
        person = self.people[index]
        if kind == "sticker":
            update_id = self.run(person.user.send_sticker())
        else:
            words = with_secret(caption, person.secret, add)[:1024]
            update_id = self.run(person.user.send_photo(caption=words or None))
        self.deliver(index, update_id)

    @precondition(lambda self: any(p.updates for p in self.people))
    @rule(index=people, data=st.data())
    def the_same_update_arrives_again(self, index: int, data: st.DataObject) -> None:
        person = self.people[index]
        if not person.updates:
            return
        self.deliver(index, data.draw(st.sampled_from(person.updates)), duplicate=True)

    @invariant()
    def every_stored_conversation_is_valid(self) -> None:
        for person in self.people:
            state = self.run(stored_state(self.database, str(person.user.user_id)))
            problem = valid(state)
            assert problem is None, problem


TelegramFuzz.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestTelegramFuzz = TelegramFuzz.TestCase
