"""Crisis and /sos in the conversation core: pausing, asking, resources, the way back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogs.engine import FLOWS
from dialogs.model import Event, RecordSafetyEvent, SaveEntry, SaveSafetyPlan
from tests.test_flows import ONBOARDED, Talk, answer_step

CRISIS = "i don't want to be alive anymore"
UK = replace(ONBOARDED, country="GB", timezone="Europe/London")


def events_of(talk: Talk) -> list[RecordSafetyEvent]:
    return [e for r in talk.results for e in r.effects if isinstance(e, RecordSafetyEvent)]


def test_a_crisis_message_in_a_checkin_pauses_it_and_resume_works() -> None:
    talk = Talk(UK)
    talk.command("/checkin")
    talk.tap("ready")
    talk.text("a fight with my dad")
    assert talk.state == "body"
    crisis = talk.text(CRISIS)
    assert talk.conversation.flow == "crisis"
    said = "\n".join(r.text for r in crisis.replies)
    assert "Thank you for telling me" in crisis.replies[0].text  # care comes first
    assert "116 123" in said  # their country's helpline
    assert "999" in said  # and the emergency number
    assert "ending your life" in crisis.replies[-1].text  # asked directly
    (event,) = events_of(talk)
    assert event.level == "crisis"
    assert "suicidal_ideation" in event.reasons

    glad = talk.tap("No")
    assert "/sos is always here" in glad.replies[-1].text  # a gentle check, not a dismissal
    assert talk.conversation.flow == "checkin"  # the paused check-in is given back
    assert talk.state == "body"
    assert talk.conversation.answers["happened"] == "a fight with my dad"
    talk.tap("Continue where we were")
    assert talk.state == "body"
    assert "body" in talk.said()
    talk.tap("Chest")
    assert talk.state == "feeling_core"


def test_yes_gets_support_grounding_and_the_numbers_again() -> None:
    talk = Talk(UK)
    talk.text("i'm going to kill myself tonight")
    assert talk.conversation.flow == "crisis"
    support = talk.tap("Yes")
    said = "\n".join(r.text for r in support.replies)
    assert "116 123" in said
    assert "999" in said
    grounding = talk.tap("grounding")
    assert "breath" in "\n".join(r.text for r in grounding.replies).lower()
    talk.tap("helplines again")
    assert "116 123" in talk.said()
    talk.tap("safe for now")
    assert talk.conversation.flow is None
    assert "/sos" in talk.said()


def test_not_sure_is_treated_with_care_like_yes() -> None:
    talk = Talk(UK)
    talk.text("i want to die")
    talk.tap("not sure")
    assert talk.state == "support"


def test_a_crisis_message_as_the_answer_keeps_caring() -> None:
    talk = Talk(UK)
    talk.text("i want to die")
    talk.text("i have the pills ready and wrote my note")
    assert talk.state == "support"


def test_unknown_country_shows_the_directory_and_asks_once() -> None:
    talk = Talk(replace(ONBOARDED, country=None, timezone=None, language_code=None))
    result = talk.text("i want to kill myself")
    said = "\n".join(r.text for r in result.replies)
    assert "findahelpline.com" in said
    assert "local emergency number" in said


def test_about_someone_else() -> None:
    talk = Talk(UK)
    result = talk.text("my best friend just texted me that she's going to kill herself")
    assert talk.conversation.flow == "crisis"
    assert "someone you care about" in result.replies[0].text
    assert "116 123" in "\n".join(r.text for r in result.replies)


def test_concern_is_acknowledged_without_interrupting() -> None:
    talk = Talk(UK)
    talk.command("/checkin")
    talk.tap("ready")
    result = talk.text("i'm so tired of everything, what's the point of anything")
    if events_of(talk) and events_of(talk)[-1].level == "concern":
        assert "/sos" in result.replies[0].text
        assert talk.conversation.flow == "checkin"
        assert talk.state == "body"  # the words were taken as what happened
    else:  # the screen may read it as none; the flow must simply go on
        assert talk.state == "body"


def test_idioms_do_not_interrupt_a_checkin() -> None:
    talk = Talk(UK)
    talk.command("/checkin")
    talk.tap("ready")
    talk.text("my boss is killing me with these deadlines, i could kill for a coffee")
    assert talk.conversation.flow == "checkin"
    assert events_of(talk) == []


@pytest.mark.parametrize(
    "state",
    ["idle", "onboarding", *[f"checkin:{s}" for s in FLOWS["checkin"].steps[:-1]], "crisis"],
)
def test_sos_answers_in_every_state(state: str) -> None:
    talk = Talk(UK)
    if state == "onboarding":
        talk = Talk(replace(ONBOARDED, onboarded=False, country="GB"))
        talk.command("/start")
    elif state.startswith("checkin:"):
        step = state.split(":")[1]
        talk.command("/checkin")
        while talk.state != step:
            answer_step(talk)
    elif state == "crisis":
        talk.text(CRISIS)
    before = (talk.conversation.flow, talk.conversation.state)
    result = talk.command("/sos")
    said = "\n".join(r.text for r in result.replies)
    assert "116 123" in said
    assert "999" in said
    assert talk.conversation.flow == "sos"
    labels = [c.label for r in result.replies for c in r.choices]
    assert "A grounding exercise" in labels
    assert "My safety plan" in labels
    if before[0] not in (None, "crisis", "sos"):
        assert "Continue where we were" in labels
        talk.tap("Continue where we were")
        assert (talk.conversation.flow, talk.conversation.state) == before


def test_sos_guesses_the_country_and_asks_to_confirm_once() -> None:
    talk = Talk(replace(ONBOARDED, country=None, timezone="Europe/Berlin"))
    result = talk.command("/sos")
    said = "\n".join(r.text for r in result.replies)
    assert "Germany" in said
    assert "findahelpline.com" in said  # not assumed until confirmed
    again = talk.tap("that's right")
    assert talk.profile.country == "DE"
    assert "0800 111 0 111" in "\n".join(r.text for r in again.replies)
    assert "112" in "\n".join(r.text for r in again.replies)


def test_sos_country_can_be_chosen_or_left_unknown() -> None:
    talk = Talk(replace(ONBOARDED, country=None, timezone=None))
    talk.command("/sos")
    talk.tap("Change my country")
    talk.tap("Australia")
    assert talk.profile.country == "AU"
    assert "13 11 14" in talk.said()
    talk.tap("Change my country")
    talk.tap("Somewhere else")
    assert talk.profile.country is None
    assert talk.profile.country_asked


def test_safety_plan_is_written_saved_and_read_back() -> None:
    talk = Talk(UK)
    talk.command("/sos")
    talk.tap("My safety plan")
    talk.tap("Write my plan")
    talk.text("I stop answering messages")
    talk.skip()
    talk.text("my sister Rowena, the park")
    talk.text("my cat")
    saved = [e for r in talk.results for e in r.effects if isinstance(e, SaveSafetyPlan)]
    (plan,) = saved
    assert plan.plan["warning_signs"] == "I stop answering messages"
    assert plan.plan["what_helps"] == ""
    assert plan.plan["reasons"] == "my cat"
    assert "Rowena" in talk.said()
    talk.tap("Back")
    assert talk.state == "menu"


def test_youth_lines_for_someone_under_18() -> None:
    talk = Talk(replace(ONBOARDED, adult=False, onboarded=False, journal=False, country="GB"))
    result = talk.command("/sos")
    assert "Childline" in "\n".join(r.text for r in result.replies)


def test_cancel_in_sos_keeps_the_paused_checkin_as_partial() -> None:
    talk = Talk(UK)
    talk.command("/checkin")
    talk.tap("ready")
    talk.text("an awful meeting")
    talk.command("/sos")
    talk.command("/cancel")
    assert talk.conversation.flow is None
    (entry,) = [e for r in talk.results for e in r.effects if isinstance(e, SaveEntry)]
    assert entry.answers["happened"] == "an awful meeting"
    assert not entry.complete


def test_edits_and_captions_are_screened_too() -> None:
    talk = Talk(UK)
    talk.send(Event.edit("actually i want to end my life"))
    assert talk.conversation.flow == "crisis"
    talk = Talk(UK)
    talk.send(Event.media("goodbye everyone, i won't be here tomorrow. i've decided to end it"))
    assert talk.conversation.flow == "crisis"
    talk = Talk(UK)
    result = talk.send(Event.media(""))
    assert "text" in result.replies[0].text
    assert talk.conversation.flow is None


def test_a_command_argument_is_screened() -> None:
    talk = Talk(UK)
    talk.command("/checkin i want to kill myself")
    assert talk.conversation.flow == "crisis"


def test_help_and_stickers_leave_the_buttons_valid() -> None:
    talk = Talk(UK)
    talk.command("/checkin")
    version = talk.conversation.version
    talk.command("/help")
    talk.send(Event.media(""))
    assert talk.conversation.version == version
    talk.send(Event.choice("ready", shown_at=version))  # the button shown before /help
    assert talk.state == "happened"
