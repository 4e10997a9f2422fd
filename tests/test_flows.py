"""The conversation core, pure and fast: onboarding, the check-in, skips, /cancel, stale taps."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from dialogs.engine import FLOWS, Engine
from dialogs.flow import mermaid
from dialogs.flows.checkin import STEPS as CHECKIN_STEPS
from dialogs.model import (
    Conversation,
    Event,
    Profile,
    RememberVoice,
    Reply,
    SaveEntry,
    SetNudges,
    TurnResult,
    UpdateProfile,
)

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
ONBOARDED = Profile(first_name="Alex", child_name="little me", onboarded=True, adult=True)


class Talk:
    """A person talking to the engine: keeps the conversation and applies profile changes."""

    def __init__(self, profile: Profile = ONBOARDED, seed: int = 1) -> None:
        self.engine = Engine(random.Random(seed))
        self.profile = profile
        self.conversation = Conversation()
        self.results: list[TurnResult] = []

    def send(self, event: Event) -> TurnResult:
        result = self.engine.handle(self.conversation, event, self.profile, NOW)
        for effect in result.effects:
            if isinstance(effect, UpdateProfile):
                self.profile = replace(self.profile, **effect.changes)
        self.conversation = result.conversation
        self.results.append(result)
        return result

    def text(self, words: str) -> TurnResult:
        return self.send(Event.text(words))

    def command(self, command: str) -> TurnResult:
        return self.send(Event.command(command))

    def tap(self, label_part: str) -> TurnResult:
        """Tap the button whose label contains ``label_part`` on the newest keyboard."""
        shown = [c for r in reversed(self.results[-1].replies) for c in r.choices]
        matches = [c for c in shown if label_part.lower() in c.label.lower()]
        assert matches, f"no button like {label_part!r} in {[c.label for c in shown]}"
        return self.send(Event.choice(matches[0].value, shown_at=self.conversation.version))

    def skip(self) -> TurnResult:
        return self.tap("Skip")

    def last_keyboard(self) -> Reply:
        for reply in reversed(self.results[-1].replies):
            if reply.choices:
                return reply
        raise AssertionError("the last turn showed no buttons")

    @property
    def state(self) -> str:
        return self.conversation.state

    def entries(self) -> list[SaveEntry]:
        return [e for r in self.results for e in r.effects if isinstance(e, SaveEntry)]

    def said(self) -> str:
        return "\n".join(reply.text for reply in self.results[-1].replies)


# ---- onboarding ------------------------------------------------------------------------


def test_onboarding_by_buttons_sets_up_the_profile() -> None:
    talk = Talk(Profile(first_name="Alex"))
    first = talk.command("/start")
    assert "not therapy" in first.replies[0].text
    assert "crisis" in first.replies[0].text
    talk.tap("18 or older")
    talk.tap("keep my journal")
    assert talk.state == "child_name"
    labels = [c.label for c in talk.last_keyboard().choices]
    assert {"little me", "younger me", "Alex", "little Alex"} <= set(labels)
    talk.tap("little Alex")
    assert talk.profile.child_name == "little Alex"
    talk.tap("Berlin")
    assert talk.profile.timezone == "Europe/Berlin"
    assert talk.state == "nudges"
    talk.tap("Evenings")
    assert talk.profile.onboarded
    assert talk.state == "offer"
    result = talk.tap("let's begin")
    assert talk.conversation.flow == "checkin"
    assert talk.state == "arrive"
    assert result.replies


def test_onboarding_by_typing() -> None:
    talk = Talk(Profile())
    talk.command("/start")
    talk.text("yes")
    talk.text("no thanks")
    assert talk.profile.journal is False
    talk.text("Kiddo")
    assert talk.profile.child_name == "Kiddo"
    talk.text("atlantis")
    assert talk.state == "timezone"
    assert "couldn't find" in talk.said()
    talk.text("new york")
    assert talk.profile.timezone == "America/New_York"
    talk.text("3am")
    assert "night" in talk.said()
    talk.text("9:30")
    plans = [e.plan for r in talk.results for e in r.effects if isinstance(e, SetNudges)]
    assert plans[-1].times == (time(9, 30),)
    assert plans[-1].timezone == "America/New_York"
    assert plans[-1].enabled
    talk.tap("Not now")
    assert talk.conversation.flow is None
    assert talk.results[-1].replies[-1].end_of_flow


def test_onboarding_skips_name_and_timezone() -> None:
    talk = Talk(Profile())
    talk.command("/start")
    talk.tap("18 or older")
    talk.tap("keep my journal")
    talk.skip()
    talk.skip()
    talk.tap("No reminders")
    assert talk.state == "offer"
    assert talk.profile.child_name is None
    assert talk.profile.timezone is None
    assert talk.profile.onboarded


def test_under_18_gets_a_kind_end_and_no_journal() -> None:
    talk = Talk(Profile())
    talk.command("/start")
    result = talk.tap("under 18")
    assert talk.profile.adult is False
    assert talk.profile.journal is False
    assert talk.conversation.flow is None
    assert "/sos" in result.replies[-1].text


def test_start_again_never_wipes_anything() -> None:
    talk = Talk()
    result = talk.command("/start")
    assert not any(isinstance(e, UpdateProfile) for e in result.effects)
    assert "Nothing was lost" in talk.said() or "as you left them" in talk.said()
    assert talk.conversation.flow is None


def test_a_message_before_onboarding_starts_it() -> None:
    talk = Talk(Profile())
    talk.text("hello?")
    assert talk.conversation.flow == "onboarding"
    assert talk.state == "welcome"


def test_checkin_before_onboarding_onboards_first() -> None:
    talk = Talk(Profile())
    talk.command("/checkin")
    assert talk.conversation.flow == "onboarding"


# ---- the check-in ----------------------------------------------------------------------


def full_checkin_by_buttons(talk: Talk) -> None:
    talk.command("/checkin")
    assert talk.state == "arrive"
    talk.tap("ready")
    talk.text(STORY)
    talk.tap("Chest")
    talk.tap("Scared")
    assert talk.state == "feeling_fine"
    fine = talk.last_keyboard().choices[0]
    talk.send(Event.choice(fine.value, shown_at=talk.conversation.version))
    talk.tap("7")
    talk.tap("5 to 8")
    caring = talk.tap("safe")
    assert talk.state == "own_words"
    assert caring.replies[0].slow
    assert any(isinstance(e, RememberVoice) for e in caring.effects)
    talk.text("I see you. You did nothing wrong.")
    talk.tap("4")


STORY = "My boss shouted at me in front of everyone and I froze"


def test_full_checkin_by_buttons_saves_every_answer() -> None:
    talk = Talk()
    full_checkin_by_buttons(talk)
    assert talk.conversation.flow is None
    end = talk.results[-1].replies[-1]
    assert end.end_of_flow
    assert "7" in end.text
    assert "4" in end.text
    # not a dead end: a gentle next step (soothe, a letter, rest), or another check-in
    assert [c.value for c in end.choices] == ["/soothe", "/letter", "/rest", "/checkin"]
    (entry,) = talk.entries()
    assert entry.complete
    answers = entry.answers
    assert answers["happened"] == STORY
    assert answers["body"] == "chest"
    assert answers["feeling_core"] == "scared"
    assert answers["intensity_before"] == 7
    assert answers["intensity_after"] == 4
    assert answers["age"] == "five_to_eight"
    assert answers["need"] == "safety"
    assert answers["own_words"] == "I see you. You did nothing wrong."
    assert "little me" in answers["caring"].lower()
    assert entry.started_at == NOW


def test_suggestions_from_the_story_are_offered_first() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.tap("ready")
    talk.text("my friends went out and didn't invite me")
    talk.skip()
    choices = talk.last_keyboard().choices
    assert choices[0].value.startswith("f:")
    assert "might feel" in talk.said()


@pytest.mark.parametrize("skip_at", CHECKIN_STEPS[:-1])
def test_every_step_can_be_skipped(skip_at: str) -> None:
    talk = Talk()
    talk.command("/checkin")
    for _ in range(20):
        if talk.conversation.flow is None:
            break
        if talk.state == skip_at:
            talk.skip()
        else:
            answer_step(talk)
    assert talk.conversation.flow is None
    (entry,) = talk.entries()
    assert entry.complete
    assert skip_at in entry.answers["skipped"]


def test_skipping_everything_still_ends_warmly() -> None:
    talk = Talk()
    talk.command("/checkin")
    for _ in range(15):
        if talk.conversation.flow is None:
            break
        talk.skip()
    assert talk.conversation.flow is None
    assert "Thank you" in talk.said()
    (entry,) = talk.entries()
    assert entry.answers.get("caring")  # the caring adult still speaks


def test_typed_answers_work_where_buttons_are_shown() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.text("ok")
    talk.text("skip")
    talk.text("a knot in my belly")
    talk.text("lonely")
    assert talk.state == "feeling_fine"  # a core word typed asks for the finer word
    talk.text("left out")
    assert talk.state == "intensity_before"
    talk.text("about a 7/10")
    talk.text("I was six")
    talk.text("someone to hold me")
    talk.text("I'm here now.")
    talk.text("five")
    (entry,) = talk.entries()
    answers = entry.answers
    assert answers["body_words"] == "a knot in my belly"
    assert answers["feeling_core"] == "lonely"
    assert answers["feeling"] == "left_out"
    assert answers["intensity_before"] == 7
    assert answers["age_years"] == 6
    assert answers["intensity_after"] == 5
    assert "happened" in answers["skipped"]


def test_an_unknown_feeling_word_is_kept_as_their_own() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.skip()
    talk.skip()
    talk.skip()
    talk.text("like a ghost")
    assert talk.state == "intensity_before"
    assert talk.conversation.answers["feeling_words"] == "like a ghost"


def test_a_number_out_of_range_asks_again_gently() -> None:
    talk = Talk()
    talk.command("/checkin")
    for _ in range(4):
        talk.skip()
    assert talk.state == "intensity_before"
    talk.skip()  # into age
    talk.command("/checkin fresh")
    for _ in range(4):
        talk.skip()
    before = talk.conversation.version
    result = talk.text("banana")
    assert talk.state == "intensity_before"
    assert talk.conversation.version == before + 1
    assert "0 to 10" in result.replies[-1].text
    talk.text("12")
    assert talk.state == "intensity_before"


def answer_step(talk: Talk) -> None:
    """Give an ordinary answer to whatever step the check-in is at."""
    first = talk.last_keyboard().choices[0] if talk.results[-1].replies else None
    answers = {
        "arrive": lambda: talk.tap("ready"),
        "happened": lambda: talk.text("someone forgot me"),
        "body": lambda: talk.tap("Throat"),
        "feeling_core": lambda: talk.tap("Sad"),
        "own_words": lambda: talk.text("You matter."),
        "intensity_before": lambda: talk.tap("6"),
        "intensity_after": lambda: talk.tap("5"),
        "age": lambda: talk.tap("teenager"),
    }
    if talk.state in answers:
        answers[talk.state]()
    else:
        assert first is not None
        talk.send(Event.choice(first.value, shown_at=talk.conversation.version))


@pytest.mark.parametrize("cancel_at", CHECKIN_STEPS[:-1])
def test_cancel_at_any_step_keeps_what_was_given(cancel_at: str) -> None:
    talk = Talk()
    talk.command("/checkin")
    while talk.state != cancel_at:
        answer_step(talk)
    result = talk.command("/cancel")
    assert talk.conversation.flow is None
    entries = talk.entries()
    if cancel_at in {"arrive", "happened"}:
        assert not entries  # nothing was given yet, so there is nothing to keep
        return
    (entry,) = entries
    assert not entry.complete
    assert "kept" in result.replies[-1].text
    assert entry.answers["happened"] == "someone forgot me"


def test_cancel_with_nothing_running() -> None:
    talk = Talk()
    result = talk.command("/cancel")
    assert "nothing running" in result.replies[0].text


def test_stale_button_is_recognised_and_the_step_is_shown_again() -> None:
    talk = Talk()
    talk.command("/checkin")
    old_version = talk.conversation.version
    talk.tap("ready")
    state = talk.state
    result = talk.send(Event.choice("ready", shown_at=old_version))
    assert talk.state == state
    assert "earlier step" in result.replies[0].text
    assert len(result.replies) >= 2  # the current question again


def test_forged_value_on_a_current_button_asks_again() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.tap("ready")
    talk.skip()
    assert talk.state == "body"
    talk.send(Event.choice("b:../../etc/passwd", shown_at=talk.conversation.version))
    assert talk.state == "body"
    talk.send(Event.choice("f:not_a_feeling", shown_at=talk.conversation.version))
    assert talk.state == "body"


def test_checkin_again_offers_to_resume_or_start_fresh() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.tap("ready")
    talk.text("it was a long day")
    result = talk.command("/checkin")
    assert talk.state == "body"
    assert any(c.value == "/checkin fresh" for r in result.replies for c in r.choices)
    talk.tap("Start fresh")
    assert talk.state == "arrive"
    (partial,) = talk.entries()
    assert not partial.complete
    assert partial.answers["happened"] == "it was a long day"


def test_no_journal_means_nothing_is_saved() -> None:
    talk = Talk(replace(ONBOARDED, journal=False))
    full_checkin_by_buttons(talk)
    assert talk.entries() == []
    assert "Nothing was saved" in talk.said()


# ---- outside any flow --------------------------------------------------------------------


def test_free_talk_reflects_and_offers_a_next_step() -> None:
    talk = Talk()
    result = talk.text("nobody called me on my birthday")
    reply = result.replies[0]
    assert "might feel" in reply.text
    assert [c.value for c in reply.choices] == ["/checkin", "/rest"]
    assert "unknown" not in reply.text.lower()


def test_unknown_command_gets_a_gentle_answer() -> None:
    talk = Talk()
    result = talk.command("/frobnicate")
    assert "/frobnicate" in result.replies[0].text
    assert "/checkin" in result.replies[0].text


def test_help_in_the_middle_keeps_the_flow() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.tap("ready")
    talk.command("/help")
    assert talk.state == "happened"
    assert "not a crisis service" in talk.results[-1].replies[0].text


def test_engine_does_not_mutate_the_stored_conversation() -> None:
    talk = Talk()
    talk.command("/checkin")
    talk.tap("ready")
    stored = talk.conversation
    snapshot = (stored.state, dict(stored.answers), stored.version)
    talk.engine.handle(stored, Event.text("something"), talk.profile, NOW)
    assert (stored.state, dict(stored.answers), stored.version) == snapshot


def test_mermaid_diagrams_cover_every_state() -> None:
    for flow in FLOWS.values():
        diagram = mermaid(flow)
        for state in flow.steps:
            assert state in diagram
