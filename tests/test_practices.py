"""The practices beyond the check-in, pure and fast: /soothe, /letter and /affirm.

Through the engine, as a person would use them: every step skippable, /cancel at any point,
and the need that comes up most often in the journal shaping what is offered.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from dialogs.content import catalog
from dialogs.engine import FLOWS, MENU, PRACTICES, Engine
from dialogs.feelings import FeelingsWheel
from dialogs.flows.affirm import GENERAL, choose, library, phrase
from dialogs.flows.soothe import EXERCISES, ROUNDS, exercise_seconds
from dialogs.model import (
    Conversation,
    Event,
    Profile,
    RemoveFavourite,
    Reply,
    SaveEntry,
    SaveFavourite,
    TurnResult,
)
from tests.test_flows import NOW, ONBOARDED, Talk, full_checkin_by_buttons

TEXTS = catalog()


class Person(Talk):
    """A Talk that also keeps the favourites the service would store."""

    def send(self, event: Event) -> TurnResult:
        result = super().send(event)
        for effect in result.effects:
            if isinstance(effect, SaveFavourite):
                self.profile = replace(
                    self.profile, favourites=(effect.item, *self.profile.favourites)
                )
            if isinstance(effect, RemoveFavourite):
                kept = tuple(i for i in self.profile.favourites if i != effect.item)
                self.profile = replace(self.profile, favourites=kept)
        return result

    def replies(self) -> list[Reply]:
        return self.results[-1].replies

    def values(self) -> list[str]:
        return [c.value for c in self.last_keyboard().choices]


def one_question_each(replies: list[Reply]) -> None:
    for reply in replies:
        assert reply.text.count("?") <= 1, reply.text


# ---- registration ----------------------------------------------------------------------------


def test_the_practices_are_flows_commands_and_in_the_menu() -> None:
    for name in ("soothe", "letter", "affirm"):
        assert name in FLOWS
        assert name in PRACTICES
        assert name in MENU
        assert TEXTS.text(f"menu.{name}")
        assert f"/{name}" in TEXTS.text("commands.help.text")


def test_the_engine_asks_for_top_needs_and_favourites_only_when_it_needs_them() -> None:
    engine = Engine()
    idle = Conversation()
    assert engine.wants_top_needs(idle, Event.command("/soothe"))
    assert engine.wants_top_needs(idle, Event.command("/affirm"))
    assert engine.wants_top_needs(idle, Event.choice("/soothe", shown_at=3))  # end of a check-in
    assert engine.wants_top_needs(Conversation("soothe", "menu"), Event.choice("box", 1))
    assert not engine.wants_top_needs(idle, Event.command("/checkin"))
    assert not engine.wants_top_needs(Conversation("checkin", "need"), Event.text("a hug"))
    assert engine.wants_favourites(idle, Event.command("/affirm"))
    assert engine.wants_favourites(Conversation("affirm", "offer"), Event.choice("keep", 1))
    assert not engine.wants_favourites(idle, Event.command("/soothe"))


def test_practices_before_onboarding_onboard_first() -> None:
    for command in ("/soothe", "/letter", "/affirm"):
        talk = Person(Profile())
        talk.command(command)
        assert talk.conversation.flow == "onboarding"


def test_the_end_of_a_checkin_leads_on_to_soothe_and_letter() -> None:
    talk = Person()
    full_checkin_by_buttons(talk)
    assert talk.values() == ["/soothe", "/letter", "/rest", "/checkin"]
    talk.tap("Breathe or ground")
    assert talk.conversation.flow == "soothe"
    talk.command("/checkin")
    full_checkin_by_buttons(talk)
    talk.tap("Write to little me")
    assert talk.conversation.flow == "letter"


# ---- /soothe -------------------------------------------------------------------------------


def test_soothe_offers_three_exercises_and_a_way_out() -> None:
    talk = Person()
    talk.command("/soothe")
    assert talk.state == "menu"
    assert talk.values() == ["ground", "box", "four_seven_eight", "done"]
    assert "came up most often" not in talk.said()  # nothing in the journal yet
    one_question_each(talk.replies())


@pytest.mark.parametrize(
    ("need", "first"),
    [("comfort", "four_seven_eight"), ("safety", "ground"), ("heard", "box"), ("rest", None)],
)
def test_soothe_suggests_what_fits_the_most_frequent_need(need: str, first: str | None) -> None:
    talk = Person(replace(ONBOARDED, top_needs=(need, "seen")))
    talk.command("/soothe")
    label = FeelingsWheel.for_locale().need(need)
    assert label is not None
    assert f"“{label.label}”" in talk.said()
    expected = first or TEXTS.section(f"soothe.suggest.{need}")["exercise"]
    assert talk.values()[0] == expected
    assert talk.last_keyboard().choices[0].label.startswith("✨")
    assert sorted(talk.values()[:3]) == sorted(EXERCISES)
    one_question_each(talk.replies())


def test_an_unknown_need_in_the_journal_is_passed_over() -> None:
    talk = Person(replace(ONBOARDED, top_needs=("no_such_need", "comfort")))
    talk.command("/soothe")
    assert talk.values()[0] == "four_seven_eight"


@pytest.mark.parametrize("exercise", EXERCISES)
def test_an_exercise_is_one_turn_of_paced_replies(exercise: str) -> None:
    talk = Person()
    talk.command("/soothe")
    talk.send(Event.choice(exercise, shown_at=talk.conversation.version))
    replies = talk.replies()
    assert talk.state == exercise
    assert replies[0].delay == 0
    assert [c.value for c in replies[0].choices] == ["stop"]
    assert all(reply.delay > 0 for reply in replies[1:])
    assert sum(reply.delay for reply in replies) == pytest.approx(exercise_seconds(exercise))
    assert [c.value for c in replies[-1].choices] == ["again", "menu", "done"]
    assert sum(1 for reply in replies if reply.choices and reply.choices[0].value == "stop") >= 2
    one_question_each(replies)
    if exercise == "ground":
        assert len(replies) == 7  # intro, five senses, the end
    else:
        phases = {"box": 4, "four_seven_eight": 3}[exercise]
        assert len(replies) == 2 + ROUNDS[exercise] * phases
        assert f"Round {ROUNDS[exercise]}." in "\n".join(r.text for r in replies)


def test_stop_ends_the_exercise_kindly() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("Box")
    result = talk.tap("Stop")
    assert talk.conversation.flow is None
    assert result.replies[-1].end_of_flow
    assert "/soothe" in talk.said()
    assert not any(reply.delay for reply in result.replies)


def test_words_typed_during_an_exercise_stop_it() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("Notice 5")
    talk.text("I feel a bit dizzy")
    assert talk.conversation.flow is None
    assert "/soothe" in talk.said()


def test_cancel_during_an_exercise_says_something_kind() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("4-7-8")
    result = talk.command("/cancel")
    assert talk.conversation.flow is None
    assert result.replies[-1].end_of_flow
    assert "exercise" in talk.said() or "far you got" in talk.said()
    assert not result.effects


def test_once_more_something_else_and_done() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("Box")
    again = talk.tap("Once more")
    assert talk.state == "box"
    assert len(again.replies) == 2 + 4 * 4
    talk.tap("Something else")
    assert talk.state == "menu"
    talk.tap("Notice 5")
    result = talk.tap("I'm done")
    assert talk.conversation.flow is None
    assert result.replies[-1].end_of_flow
    assert [c.value for c in result.replies[-1].choices] == ["/rest"]


def test_not_now_at_the_menu_ends_it() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("Not now")
    assert talk.conversation.flow is None


@pytest.mark.parametrize(
    ("typed", "exercise"),
    [("box breathing", "box"), ("the 4-7-8 one", "four_seven_eight"), ("senses", "ground")],
)
def test_an_exercise_can_be_asked_for_in_words(typed: str, exercise: str) -> None:
    talk = Person()
    talk.command("/soothe")
    talk.text(typed)
    assert talk.state == exercise


def test_words_that_name_no_exercise_ask_again_without_starting_one() -> None:
    talk = Person()
    talk.command("/soothe")
    result = talk.text("hmm")
    assert talk.state == "menu"
    assert not any(reply.delay for reply in result.replies)
    assert "Not now" in talk.said()


def test_soothe_again_begins_again_and_sos_gives_back_no_replayed_exercise() -> None:
    talk = Person()
    talk.command("/soothe")
    talk.tap("Box")
    result = talk.command("/soothe")
    assert talk.state == "menu"
    assert "from earlier" not in talk.said()
    talk.tap("Box")
    talk.command("/sos")
    assert talk.conversation.flow == "sos"
    result = talk.tap("Continue where we were")
    assert talk.conversation.flow == "soothe"
    assert not any(reply.delay for reply in result.replies)  # offered, not replayed
    assert [c.value for c in result.replies[-1].choices] == ["again", "menu", "done"]
    result = talk.tap("Begin again")
    assert any(reply.delay for reply in result.replies)


# ---- /letter -------------------------------------------------------------------------------


def write_letter(talk: Person) -> TurnResult:
    talk.command("/letter")
    assert talk.state == "know"
    talk.text("You were never too much. You were a kid.")
    assert talk.state == "protect"
    talk.text("The shouting at dinner.")
    talk.text("I'll listen when you're upset, and I'll rest when you're tired.")
    assert talk.state == "sign"
    return talk.tap("Your grown-up self")


def test_a_whole_letter_and_a_reply_are_saved_as_one_journal_entry() -> None:
    talk = Person()
    shown = write_letter(talk)
    letter = shown.replies[0].text
    assert letter.startswith("Dear little me,")
    assert "never too much" in letter
    assert letter.index("never too much") < letter.index("shouting") < letter.index("listen")
    assert letter.endswith("Your grown-up self")
    assert talk.state == "letter"
    talk.tap("Yes")
    assert talk.state == "reply"
    assert "?" in talk.said()
    end = talk.text("Thank you for coming back for me.")
    assert talk.conversation.flow is None
    assert end.replies[-1].end_of_flow
    assert "/journal" in talk.said()
    assert {c.value for c in end.replies[-1].choices} == {"/soothe", "/rest"}
    (entry,) = talk.entries()
    assert entry.kind == "letter"
    assert entry.complete
    assert entry.started_at == NOW
    assert entry.answers["letter"] == letter
    assert entry.answers["reply"] == "Thank you for coming back for me."
    assert entry.answers["parts"] == {
        "know": "You were never too much. You were a kid.",
        "protect": "The shouting at dinner.",
        "promise": "I'll listen when you're upset, and I'll rest when you're tired.",
        "sign": "Your grown-up self",
    }
    # the journal shows string answers by name: only the letter and the reply are strings
    assert {k for k, v in entry.answers.items() if isinstance(v, str)} == {"letter", "reply"}


def test_a_letter_without_a_reply_and_a_signature_of_ones_own() -> None:
    talk = Person(replace(ONBOARDED, child_name="Sam"))
    talk.command("/letter")
    talk.skip()
    talk.skip()
    talk.text("I promise to take you outside on sunny days.")
    talk.text("Love, big Sam")
    assert "Dear Sam," in talk.said()
    talk.tap("Not this time")
    (entry,) = talk.entries()
    assert entry.answers["letter"] == (
        "Dear Sam,\n\nI promise to take you outside on sunny days.\n\nLove, big Sam"
    )
    assert "reply" not in entry.answers
    assert entry.answers["skipped"] == ["know", "protect"]


def test_every_letter_step_can_be_skipped_and_an_empty_page_is_not_saved() -> None:
    talk = Person()
    talk.command("/letter")
    for _ in range(4):
        talk.skip()
    assert talk.conversation.flow is None
    assert talk.results[-1].replies[-1].end_of_flow
    assert "/letter" in talk.said()
    assert talk.entries() == []


def test_the_reply_offer_and_the_reply_can_be_skipped() -> None:
    talk = Person()
    write_letter(talk)
    talk.text("yes please")
    assert talk.state == "reply"
    talk.skip()
    assert talk.conversation.flow is None
    (entry,) = talk.entries()
    assert "reply" not in entry.answers
    talk = Person()
    write_letter(talk)
    talk.text("skip")
    assert talk.conversation.flow is None


def test_cancel_keeps_a_partial_letter() -> None:
    talk = Person()
    talk.command("/letter")
    talk.text("You are allowed to be loud.")
    result = talk.command("/cancel")
    assert "kept" in result.replies[-1].text
    assert "/letter" in result.replies[-1].text
    (entry,) = talk.entries()
    assert not entry.complete
    assert entry.answers["letter"] == "Dear little me,\n\nYou are allowed to be loud."
    assert entry.answers["parts"] == {"know": "You are allowed to be loud."}


def test_cancel_before_anything_is_written_keeps_nothing_and_says_so() -> None:
    talk = Person()
    talk.command("/letter")
    result = talk.command("/cancel")
    assert talk.entries() == []
    assert "kept" not in result.replies[-1].text


def test_without_a_journal_nothing_is_saved_and_the_letter_can_be_copied() -> None:
    talk = Person(replace(ONBOARDED, journal=False))
    write_letter(talk)
    talk.tap("Not this time")
    assert talk.entries() == []
    assert "copy" in talk.said()
    talk = Person(replace(ONBOARDED, journal=False))
    talk.command("/letter")
    talk.text("Something")
    talk.command("/cancel")
    assert talk.entries() == []


def test_letter_again_offers_to_carry_on_or_start_fresh() -> None:
    talk = Person()
    talk.command("/letter")
    talk.text("You matter.")
    talk.command("/letter")
    assert "letter from earlier" in talk.said()
    assert talk.state == "protect"
    talk.tap("Start fresh")
    assert talk.state == "know"
    assert talk.entries()[0].answers["parts"] == {"know": "You matter."}  # the draft was kept


def test_a_crisis_in_a_letter_pauses_it_and_gives_it_back() -> None:
    talk = Person()
    talk.command("/letter")
    talk.text("You can be sad with me.")
    talk.text("I want to kill myself")
    assert talk.conversation.flow == "crisis"
    talk.tap("No")
    talk.tap("Continue where we were")
    assert talk.conversation.flow == "letter"
    assert talk.state == "protect"


def test_a_forged_signature_button_asks_again() -> None:
    talk = Person()
    talk.command("/letter")
    talk.skip()
    talk.skip()
    talk.skip()
    talk.send(Event.choice("s:99", shown_at=talk.conversation.version))
    assert talk.state == "sign"


# ---- /affirm -------------------------------------------------------------------------------


def test_affirm_with_an_empty_journal_offers_general_words_kindly() -> None:
    talk = Person()
    talk.command("/affirm")
    text = talk.said()
    assert talk.state == "offer"
    assert text.count("“") >= 1
    assert TEXTS.text("affirm.offer.general_note", child_name="little me") in text
    current = talk.conversation.answers["current"]
    assert current.startswith(f"{GENERAL}:")
    assert talk.values() == ["another", "keep", "done"]  # no favourites yet


def test_affirm_fits_the_most_frequent_needs() -> None:
    groups = []
    for seed in range(40):
        talk = Person(replace(ONBOARDED, top_needs=("comfort", "safety", "seen")), seed=seed)
        talk.command("/affirm")
        groups.append(talk.conversation.answers["current"].partition(":")[0])
        assert "“" in talk.said()
    assert set(groups) <= {"comfort", "safety", "seen"}
    assert groups.count("comfort") > groups.count("seen")


def test_another_one_does_not_repeat_until_the_needs_phrases_run_out() -> None:
    talk = Person(replace(ONBOARDED, top_needs=("rest",)))
    talk.command("/affirm")
    for _ in range(len(library()["rest"]) - 1):
        talk.tap("Another one")
    shown = talk.conversation.answers["shown"]
    assert len(shown) == len(set(shown)) == len(library()["rest"])
    assert {item.partition(":")[0] for item in shown} == {"rest"}
    talk.tap("Another one")  # then others, still no repeat
    assert len(set(talk.conversation.answers["shown"])) == len(library()["rest"]) + 1


def test_keep_this_one_saves_a_favourite_once_and_favourites_show_it() -> None:
    talk = Person(replace(ONBOARDED, top_needs=("comfort",)))
    talk.command("/affirm")
    current = talk.conversation.answers["current"]
    result = talk.tap("Keep this one")
    assert [e for e in result.effects if isinstance(e, SaveFavourite)] == [
        SaveFavourite("affirm", current)
    ]
    assert talk.state == "kept"
    assert "favourites" in talk.said()
    result = talk.tap("My favourites")
    words = phrase(current)
    assert words is not None
    assert f"1. “{words}”" in talk.said()
    talk.tap("Another one")
    talk.send(Event.choice("keep", shown_at=talk.conversation.version))
    again = talk.conversation.answers["current"]
    assert again != current
    talk.tap("Another one")
    # keeping the same phrase twice: said kindly, stored once
    talk.conversation.answers["current"] = current
    result = talk.send(Event.choice("keep", shown_at=talk.conversation.version))
    assert not [e for e in result.effects if isinstance(e, SaveFavourite)]
    assert "already" in talk.said()
    result = talk.tap("Done")
    assert talk.conversation.flow is None
    assert result.replies[-1].end_of_flow


def test_stored_favourites_are_shown_newest_first() -> None:
    talk = Person(replace(ONBOARDED, favourites=("comfort:1", "seen:0", "gone:99")))
    talk.command("/affirm")
    assert "favourites" in talk.values()
    talk.tap("My favourites")
    text = talk.said()
    assert text.index(library()["comfort"][1]) < text.index(library()["seen"][0])
    assert "3." not in text  # an id with no words any more is left out


def test_a_favourite_can_be_taken_off_the_list() -> None:
    talk = Person(replace(ONBOARDED, favourites=("comfort:1", "seen:0")))
    talk.command("/affirm")
    talk.tap("My favourites")
    assert talk.values() == ["another", "remove", "done"]
    talk.tap("Remove one")
    assert talk.state == "remove"
    assert [c.label for c in talk.last_keyboard().choices] == ["1", "2", "Keep them all"]
    result = talk.tap("1")  # the newest: comfort:1
    assert [e for e in result.effects if isinstance(e, RemoveFavourite)] == [
        RemoveFavourite("affirm", "comfort:1")
    ]
    assert talk.state == "favourites"
    text = talk.said()
    assert "Taken off your list." in text
    assert library()["comfort"][1] not in text
    assert f"1. “{library()['seen'][0]}”" in text
    # a forged or stale value removes nothing
    talk.tap("Remove one")
    result = talk.send(Event.choice("r:comfort:1", shown_at=talk.conversation.version))
    assert not [e for e in result.effects if isinstance(e, RemoveFavourite)]
    assert talk.state == "remove"
    talk.tap("Keep them all")
    assert talk.state == "favourites"
    talk.tap("Remove one")
    talk.tap("1")
    assert "You haven't kept any words yet." in talk.said()
    assert talk.values() == ["another", "done"]  # nothing left to remove


def test_favourites_without_any_is_not_offered() -> None:
    talk = Person()
    talk.command("/affirm")
    talk.send(Event.choice("favourites", shown_at=talk.conversation.version))
    assert talk.state == "offer"


def test_the_library_covers_every_need_with_several_phrases() -> None:
    groups = library()
    needs = {need.key for need in FeelingsWheel.for_locale().needs()}
    assert needs <= set(groups)
    for key, phrases in groups.items():
        assert len(phrases) >= 6, key
        assert len(set(phrases)) == len(phrases), key
        for words in phrases:
            assert "?" not in words, words  # something to hear, not to answer
            assert len(words) <= 120, words
    assert phrase("comfort:0") == groups["comfort"][0]
    assert phrase("comfort:999") is None
    assert phrase("nonsense") is None


def test_choose_falls_back_when_everything_was_shown() -> None:
    rng = random.Random(3)
    everything = [f"{k}:{i}" for k, v in library().items() for i in range(len(v))]
    assert choose(("comfort",), everything, rng).startswith("comfort:")
    assert choose((), everything, rng).startswith(f"{GENERAL}:")
    assert choose(("comfort",), [f"comfort:{i}" for i in range(6)], rng).startswith(f"{GENERAL}:")


def test_affirm_again_simply_offers_a_phrase() -> None:
    talk = Person()
    talk.command("/affirm")
    talk.command("/affirm")
    assert talk.state == "offer"
    assert "from earlier" not in talk.said()
    assert all(isinstance(e, SaveEntry) is False for e in talk.results[-1].effects)


def test_an_answer_that_is_not_a_sentence_gets_a_short_lead_in_the_letter() -> None:
    talk = Person()
    talk.command("/letter")
    talk.text("that you were loved")
    talk.text("the shouting at dinner")
    talk.text("I'll listen when you're upset.")
    talk.skip()
    letter = talk.results[-1].replies[0].text
    assert letter == (
        "Dear little me,\n\n"
        "I want you to know this: that you were loved\n\n"
        "If I could go back, I would protect you from this: the shouting at dinner\n\n"
        "I'll listen when you're upset."
    )
    talk.tap("Not this time")
    (entry,) = talk.entries()
    assert entry.answers["parts"]["protect"] == "the shouting at dinner"  # as they wrote it
