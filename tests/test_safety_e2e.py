"""Safety end to end through the fake Bot API: /sos in every state, crisis with the right number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.config import Settings
from storage.db import Database
from storage.models import SafetyEvent
from tests.fake_bot_api import FakeBotAPI
from tests.test_e2e import onboard, running, said, texts

pytestmark = pytest.mark.e2e

DIRECTORY = "findahelpline.com"


async def test_sos_answers_in_every_state(api: FakeBotAPI, settings: Settings) -> None:
    kim = api.user(11001, first_name="Kim", language_code=None)
    async with running(settings):
        # before anything else
        await kim.send("/sos")
        assert DIRECTORY in texts(await said(kim))
        # in the middle of onboarding
        await kim.send("/start")
        await said(kim)
        await kim.send("/sos")
        assert DIRECTORY in texts(await said(kim))
        await kim.send("/start")
        await said(kim)
        await kim.tap("Yes, I'm 18 or older")
        await said(kim)
        await kim.tap("Yes, keep my journal")
        await said(kim)
        await kim.tap("little me")
        await said(kim)
        await kim.tap("Berlin · Paris")
        await said(kim)
        await kim.tap("No reminders")
        await said(kim)
        # in the middle of a check-in, at several steps
        await kim.send("/checkin")
        await said(kim)
        for step_action in ("I'm ready", None):
            await kim.send("/sos")
            sos = texts(await said(kim))
            assert "112" in sos or DIRECTORY in sos
            await kim.tap("Continue where we were")
            await said(kim)
            if step_action:
                await kim.tap(step_action)
                await said(kim)
        # in the middle of a crisis response
        await kim.send("i want to kill myself")
        await said(kim)
        await kim.send("/sos")
        sos = texts(await said(kim))
        assert "112" in sos or DIRECTORY in sos


async def test_a_crisis_message_shows_the_number_for_their_country(
    api: FakeBotAPI, settings: Settings, database: Database
) -> None:
    lea = api.user(11002, first_name="Lea", language_code="de")
    async with running(settings):
        await onboard(lea)
        await lea.tap("Not now")
        await said(lea)
        await lea.send("/sos")
        await said(lea)
        await lea.tap("Yes, that's right")  # Europe/Berlin was guessed as Germany
        assert "0800 111 0 111" in texts(await said(lea))
        await lea.tap("I'm okay for now")
        await said(lea)

        await lea.send("/checkin")
        await said(lea)
        await lea.tap("I'm ready")
        await said(lea)
        await lea.send("ich will nicht mehr leben")
        crisis = texts(await said(lea))
        assert "Thank you for telling me" in crisis
        assert "0800 111 0 111" in crisis
        assert "112" in crisis
        assert "ending your life" in crisis
        await lea.tap("No")
        glad = texts(await said(lea))
        assert "/sos is always here" in glad
        await lea.tap("Continue where we were")
        assert "What happened" in texts(await said(lea))

    async with database.transaction() as session:
        (event,) = (await session.execute(select(SafetyEvent))).scalars()
        assert event.level == "crisis"
        assert "leben" not in event.categories
