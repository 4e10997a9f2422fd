"""Crash recovery: the bot as its own process (``python -m bot run``), killed with SIGKILL at
random steps of a check-in and started again on the same database.

A seeded random choice (``CRASH_SEED`` to replay another) picks the steps and, for each, the
moment of the kill:

* ``after``: the person's answer was handled and the next question arrived;
* ``sending``: the answer is committed and the bot is in the middle of sending the next
  question (the fake holds the sendMessage; Telegram may still deliver it, and does here);
* ``down``: the bot is already dead when the person answers; the answer waits at Telegram
  and is handled after the restart.

After every restart the stored conversation (read with ``storage.repository.Repository``)
must be at the step after the answer, with every answer so far, and the person carries on
from the newest question they can see. At the end one complete journal entry holds them all.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from storage.crypto import Cipher
from storage.db import Database
from storage.repository import Repository
from tests.fake_bot_api import BotMessage, FakeBotAPI, FakeUser
from tests.shortcuts import onboarded

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("CRASH_SEED", "20261124"))
KILLS = 4
STORY = "my sister read my diary out loud at dinner and everyone laughed"
OWN_WORDS = "It was never your fault. I am proud of you."


@dataclass(frozen=True)
class Step:
    """What the person does, and the conversation state and answer that must then be stored."""

    action: str  # "tap" a button by its text, or "send" words
    value: str
    state: str | None  # None: the check-in is over
    answer: tuple[str, Any] | None = None


CHECKIN = (
    Step("tap", "I'm ready", "happened"),
    Step("send", STORY, "body", ("happened", STORY)),
    Step("tap", "Chest", "feeling_core", ("body", "chest")),
    Step("tap", "😢 Sad", "feeling_fine", ("feeling_core", "sad")),
    Step("tap", "Down", "intensity_before", ("feeling", "down")),
    Step("tap", "7", "age", ("intensity_before", 7)),
    Step("tap", "5 to 8", "need", ("age", "five_to_eight")),
    Step("tap", "Comfort", "own_words", ("need", "comfort")),
    Step("send", OWN_WORDS, "intensity_after", ("own_words", OWN_WORDS)),
    Step("tap", "3", None, ("intensity_after", 3)),
)


class BotProcess:
    """``python -m bot run`` against the fake Bot API, its log in a file."""

    def __init__(self, api: FakeBotAPI, database_url: str, key: str, tmp_path: Path) -> None:
        self.api = api
        self.data_dir = tmp_path / "data"
        self.log = tmp_path / "bot.log"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "ENCRYPTION_KEYS", "DATA_DIR"}
        }
        self.env.update(
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_API_BASE_URL=api.base_url,
            TELEGRAM_API_BASE_FILE_URL=api.base_file_url,
            DATABASE_URL=database_url,
            ENCRYPTION_KEYS=key,
            DATA_DIR=str(self.data_dir),
            LOG_LEVEL="INFO",
            PYTHONPATH=str(ROOT),
        )
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        assert self.process is None
        polls = len(self.api.calls_to("getUpdates"))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self.log.open("a") as log:
            log.write(f"---- start {self.starts + 1}\n")
            log.flush()
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=self.data_dir,  # no .env from the repository
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        self.starts += 1
        # polling has begun once it asks for updates
        await self.api.wait_for(
            lambda: len(self.api.calls_to("getUpdates")) > polls or self._exited(),
            timeout=30,
            what="the bot to start polling",
        )
        assert not self._exited(), self.tail()

    def _exited(self) -> bool:
        return self.process is not None and self.process.returncode is not None

    async def kill(self) -> None:
        assert self.process is not None
        assert self.process.returncode is None, "the bot died on its own:\n" + self.tail()
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()
        self.process = None

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-40:])


@asynccontextmanager
async def bot_process(
    api: FakeBotAPI, database_url: str, key: str, tmp_path: Path
) -> AsyncIterator[BotProcess]:
    bot = BotProcess(api, database_url, key, tmp_path)
    try:
        yield bot
    finally:
        if bot.process is not None and bot.process.returncode is None:
            bot.process.kill()
            await bot.process.wait()


async def stored(database: Database, key: str, user: FakeUser) -> tuple[str | None, dict[str, Any]]:
    """The stored conversation's step (None outside a flow) and answers."""
    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        row = await repo.user("telegram", str(user.user_id))
        assert row is not None
        conversation = (await repo.load_conversation(row, lock=False)).conversation
        return (conversation.state if conversation.flow else None), conversation.answers


async def act(user: FakeUser, step: Step) -> int:
    if step.action == "tap":
        # the question with this button may still be on its way (a reply can come in parts)
        await user.api.wait_for(
            lambda: any(step.value in m.button_texts for m in user.messages),
            timeout=10,
            what=f"a button {step.value!r}",
        )
        return await user.tap(step.value)
    return await user.send(step.value)


async def answered(user: FakeUser) -> list[BotMessage]:
    first = await user.next_message(timeout=15)
    return [first, *await user.messages_until_quiet(quiet=0.3, timeout=10)]


def plan(seed: int) -> dict[int, str]:
    """Which steps end in a kill, and when: {step index: moment}."""
    rng = random.Random(seed)
    steps = sorted(rng.sample(range(len(CHECKIN)), KILLS))
    return {index: rng.choice(("after", "sending", "down")) for index in steps}


async def test_sigkill_at_random_steps_loses_no_answer(
    api: FakeBotAPI, database: Database, database_url: str, key: str, tmp_path: Path
) -> None:
    kills = plan(SEED)
    robin = api.user(12001, first_name="Robin")
    await onboarded(database, key, robin)
    expected: dict[str, Any] = {}
    async with bot_process(api, database_url, key, tmp_path) as bot:
        await bot.start()
        await robin.send("/checkin")
        assert "breath" in "\n".join(m.text or "" for m in await answered(robin))
        for index, step in enumerate(CHECKIN):
            moment = kills.get(index)
            where = f"seed {SEED}, step {index} ({step.value!r}), kill {moment}"
            if moment == "down":
                await bot.kill()
                await act(robin, step)  # waits at Telegram while the bot is down
                await bot.start()
                assert await answered(robin), where
            elif moment == "sending":
                api.delay_next("sendMessage", 1.0)
                await act(robin, step)
                await api.wait_for(
                    lambda: any(
                        c.status is None and c.params.get("chat_id") == robin.chat_id
                        for c in api.calls_to("sendMessage")
                    ),
                    timeout=10,
                    what="the reply to be on its way",
                )
                await bot.kill()
                assert await answered(robin), where  # Telegram delivers what it had
                await bot.start()
            else:
                await act(robin, step)
                assert await answered(robin), where
                if moment == "after":
                    await bot.kill()
                    await bot.start()
            if step.answer is not None:
                expected[step.answer[0]] = step.answer[1]
            state, answers = await stored(database, key, robin)
            assert state == step.state, f"{where}: at {state!r}\n{bot.tail()}"
            for name, value in expected.items():
                if step.state is not None:
                    assert answers.get(name) == value, f"{where}: {name} lost\n{bot.tail()}"
        assert bot.starts == 1 + KILLS

    async with database.transaction() as session:
        repo = Repository(session, Cipher([key]))
        row = await repo.user("telegram", str(robin.user_id))
        assert row is not None
        (entry,) = await repo.entries(row)
    assert entry.complete
    for name, value in expected.items():
        assert entry.answers[name] == value, name


async def _hold_conversation_lock(database: Database, user_id: int) -> AsyncGenerator[None, None]:
    """Keep the person's conversation row locked (SQLite: the whole database) until resumed."""
    async with database.transaction() as session:
        await session.execute(
            text(
                "UPDATE conversations SET version = version WHERE user_id = "
                "(SELECT id FROM users WHERE external_id = :external_id)"
            ),
            {"external_id": str(user_id)},
        )
        yield


async def test_sigkill_after_an_update_was_fetched_but_before_it_was_stored(
    api: FakeBotAPI, database: Database, database_url: str, key: str, tmp_path: Path
) -> None:
    """The update was fetched, the turn waits for the database, and the bot is killed: the
    update must not have been confirmed to Telegram, so the new process gets it again."""
    sam = api.user(12002, first_name="Sam")
    await onboarded(database, key, sam)
    async with bot_process(api, database_url, key, tmp_path) as bot:
        await bot.start()
        await sam.send("/checkin")
        await answered(sam)
        await sam.tap("I'm ready")
        await answered(sam)
        lock = _hold_conversation_lock(database, sam.user_id)
        await anext(lock)  # the bot's turn for Sam now waits for the database
        update_id = await sam.send(STORY)
        await api.wait_for(lambda: api._delivered_up_to >= update_id, what="the bot to fetch it")
        # PTB's Updater would now confirm it with the next long poll's offset at once
        await asyncio.sleep(0.5)
        await bot.kill()
        await lock.aclose()  # rolled back: nothing changed
        await bot.start()
        assert "body" in "\n".join(m.text or "" for m in await answered(sam))
        state, answers = await stored(database, key, sam)
    assert answers.get("happened") == STORY, "the story Sam sent was lost"
    assert state == "body"


async def test_sigkill_between_the_commit_and_the_reply_sends_the_question_after_restart(
    api: FakeBotAPI, database: Database, database_url: str, key: str, tmp_path: Path
) -> None:
    """The answer is committed, the next question never left the process: after the restart
    Telegram delivers the update again and the question goes out then."""
    lee = api.user(12003, first_name="Lee")
    await onboarded(database, key, lee)
    async with bot_process(api, database_url, key, tmp_path) as bot:
        await bot.start()
        await lee.send("/checkin")
        await answered(lee)
        await lee.tap("I'm ready")
        await answered(lee)
        api.lose_next("sendMessage", 2.0)
        await lee.send(STORY)
        await api.wait_for(
            lambda: any(
                c.status is None and c.params.get("chat_id") == lee.chat_id
                for c in api.calls_to("sendMessage")
            ),
            timeout=10,
            what="the question to be on its way",
        )
        assert (await stored(database, key, lee))[0] == "body"  # committed before sending
        await bot.kill()
        await api.wait_for(
            lambda: all(c.status is not None for c in api.calls_to("sendMessage")),
            timeout=10,
            what="the lost question to be dropped",
        )
        shown = len(lee.messages)
        await bot.start()
        assert "body" in "\n".join(m.text or "" for m in await answered(lee)), bot.tail()
        assert len(lee.messages) > shown
        await lee.tap("Chest")  # and the check-in carries on from there
        assert "feel" in "\n".join(m.text or "" for m in await answered(lee))
        state, answers = await stored(database, key, lee)
    assert state == "feeling_core"
    assert answers["happened"] == STORY
    assert answers["body"] == "chest"
