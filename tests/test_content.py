"""Every bot text, linted: loads cleanly, never names a method, avoids VOICE.md's words, fits
one screen, reads at about grade 7 or easier, and asks one question per message at most."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogs.content import CONTENT_DIR, PLACEHOLDERS, ContentError, catalog, load_tree

#: Word lists people write to the bot (never shown by it) are matched against, not linted.
NOT_BOT_TEXT = re.compile(
    r"^feelings\..*\.(keywords|aliases)$|^common\.(yes|no)_words$|^soothe\.words\."
    r"|^letter\.leads\.own_starts$"
)

#: Safe messaging: no bot text may name or hint at a method of self-harm or suicide.
METHODS = re.compile(
    r"\b(overdos\w*|pills?|tablets?|poison\w*|noose|rope|hang(ing|ed)? (your|my|them)sel\w+"
    r"|cut(ting)? (your|my|them)sel\w+|razor\w*|blades?|knife|knives|guns?|firearms?|shoot\w*"
    r"|bridges?|jump(ing|ed)? (off|from)|train tracks|railway|carbon monoxide|ligature\w*"
    r"|suffocat\w*|drown\w*|lethal|dosage)\b",
    re.IGNORECASE,
)

#: VOICE.md's words to avoid, in any bot text.
AVOID = re.compile(
    r"\b(should|must|have to|has to|just|calm down|at least|don'?t be sad|cheer up"
    r"|everything happens for a reason|it could be worse|good vibes only|stay positive"
    r"|overreacting|too sensitive|get over it|failure|weak|crazy)\b",
    re.IGNORECASE,
)


def bot_texts() -> list[tuple[str, str]]:
    texts = catalog()
    return [
        (key, text)
        for key in texts.text_keys()
        if not NOT_BOT_TEXT.match(key)
        for text in texts.variants(key)
    ]


def test_there_are_texts_to_lint() -> None:
    assert len(bot_texts()) > 300


@pytest.mark.parametrize(("key", "text"), bot_texts())
def test_no_text_names_a_method(key: str, text: str) -> None:
    assert not METHODS.search(text), f"{key}: {text[:80]!r}"


@pytest.mark.parametrize(("key", "text"), bot_texts())
def test_no_text_uses_words_to_avoid(key: str, text: str) -> None:
    assert not AVOID.search(text), f"{key}: {AVOID.search(text)} in {text[:80]!r}"


def test_the_lint_itself_catches_what_it_should() -> None:
    assert METHODS.search("take all your pills")
    assert METHODS.search("jump off a bridge")
    assert not METHODS.search("feeling cut off from everyone")
    assert AVOID.search("You should calm down")
    assert not AVOID.search("You deserved someone to adjust to you")


def test_a_broken_placeholder_fails_at_load_with_file_and_key(tmp_path: Path) -> None:
    locale = tmp_path / "xx"
    locale.mkdir()
    (locale / "demo.toml").write_text('[greeting]\nhello = "Hi {chld_name}"\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"demo\.greeting\.hello.*chld_name"):
        load_tree(locale)
    (locale / "demo.toml").write_text('hello = "Hi {child_name"\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"demo\.hello"):
        load_tree(locale)
    (locale / "demo.toml").write_text('hello = "Hi {child_name!r}"\n', encoding="utf-8")
    with pytest.raises(ContentError, match="conversion"):
        load_tree(locale)


def test_every_locale_loads_and_uses_known_placeholders() -> None:
    for directory in CONTENT_DIR.iterdir():
        if directory.is_dir():
            load_tree(directory)
    assert "child_name" in PLACEHOLDERS


# ---- style: one screen, plain words, one question -------------------------------------------

#: A message fits one phone screen (VOICE.md aims under 400 characters).
MAX_CHARS = 600
#: About a 6th-grade reading level (VOICE.md), measured per text: grade 7 at most.
MAX_GRADE = 7.0
#: The Flesch-Kincaid grade says little about a handful of words: shorter texts are not graded.
MIN_GRADED_WORDS = 12


def _longest(values: list[str]) -> str:
    return max(values, key=len)


def _long_values() -> dict[str, object]:
    """Realistic long values for every placeholder: the longest the code lets through."""
    from dialogs.feelings import FeelingsWheel
    from dialogs.flows.affirm import library
    from dialogs.helplines import for_country, known_countries

    wheel = FeelingsWheel.for_locale()
    lines = [for_country(code) for code in known_countries()] + [for_country(None)]
    name = "little Maximiliana Josephine Katharina"  # onboarding keeps up to 40 characters
    return {
        "child_name": name,
        "Child_name": name[:1].upper() + name[1:],
        "first_name": "Maximiliana-Josephine",
        "feeling": "a bit lost and completely left out again",  # voice.MAX_FEELING: 40
        "feeling_core": _longest([core.label for core in wheel.cores()]),
        "need": "someone to sit with you and say it was not your fault",  # voice.MAX_NEED: 60
        "age": "somewhere around six or seven",  # voice.MAX_AGE: 30
        "before": 10,
        "after": 10,
        "change": 10,
        "timezone": "America/Argentina/ComodRivadavia",
        "local_time": "23:45",
        "value": "/" + "x" * 31,  # an unknown command, cut to 32 characters
        "label": "A button label of forty characters, long",
        "text": "A question shown earlier, with its buttons. " * 6,  # a quoted bot text
        "suggestions": "left out, not good enough or disappointed",
        "country": _longest([line.country for line in lines]),
        "helpline": _longest([line.helpline for line in lines]),
        "emergency": _longest([" / ".join(line.emergency) for line in lines]),
        "count": 999,
        "date": "Wed 30 Sep 2026",
        "step": "intensity_before",
        "words": "The person's own words, shown back to them only. " * 3,
        "when": "Wed 30 Sep 2026, 23:45",
        "days": 365,
        "url": _longest([line.url for line in lines]),
        "weekday": "Wed",
        "day": 30,
        "month": "Sep",
        "year": 2026,
        "number": 20,
        "details": "😢 heartbroken (sad) · 10 → 10 (unfinished)",
        "period": "the last 90 days",
        "phrase": _longest([p for phrases in library().values() for p in phrases]),
    }


#: Everyday values for reading: the grade of a text as a person would read it.
TYPICAL: dict[str, object] = {
    "child_name": "little me",
    "Child_name": "Little me",
    "first_name": "Alex",
    "feeling": "lonely",
    "feeling_core": "sad",
    "need": "comfort",
    "age": "about six",
    "before": 7,
    "after": 4,
    "change": 3,
    "timezone": "Europe/Berlin",
    "local_time": "20:30",
    "value": "/journal",
    "label": "Chest",
    "text": "Where do you notice it in your body?",
    "suggestions": "left out or lonely",
    "country": "Germany",
    "helpline": "call 0800 111 0 111 (free, 24/7)",
    "emergency": "112",
    "count": 3,
    "date": "Tue 3 May",
    "step": "need",
    "words": "my boss shouted at me",
    "when": "Tue 3 May, 14:05",
    "days": 7,
    "url": "https://findahelpline.com",
    "weekday": "Tue",
    "day": 3,
    "month": "May",
    "year": 2026,
    "number": 2,
    "details": "lonely · 8 → 3",
    "period": "the last 30 days",
    "phrase": "You can rest now. You've carried a lot.",
}

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
#: A word is letters (and apostrophes inside): numbers, emoji and arrows are not read as words.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*")
#: What nobody reads as prose: commands (/checkin) and web addresses (findahelpline.com).
_NOT_PROSE = re.compile(r"/\w+|https?://\S+|\b[\w.-]+\.(?:com|org|net|de|uk|au|nz|ie|at|ch)\b")
#: A sentence ends at . ! ? or … and at a line break (a list item or paragraph without one).
_SENTENCE_END = re.compile(r"[.!?…]+|\n")


def syllables(word: str) -> int:
    """An English syllable estimate: vowel groups, less a silent final e and the -ed and -es
    endings that are not said as a syllable, plus one for "didn't"-type contractions."""
    lowered = word.lower().replace("’", "'")
    spoken_nt = lowered.endswith("n't") and len(lowered) > 4 and lowered[-4] not in "aeiouy"
    letters = re.sub(r"[^a-z]", "", lowered)
    if not letters:
        return 0
    count = len(_VOWEL_GROUPS.findall(letters))
    if count > 1:
        if letters.endswith("e") and not letters.endswith(("le", "ee", "ye")):
            count -= 1  # make, breathe, gentle stays two
        elif letters.endswith("le") and letters[-3:-2] in tuple("aeiouy"):
            count -= 1  # whole, while
        if letters.endswith("ed") and not letters.endswith(("ted", "ded")):
            count -= 1  # named, helped; but wanted, needed
        elif letters.endswith("es") and not letters.endswith(
            ("ses", "xes", "zes", "ches", "shes", "ges", "ces")
        ):
            count -= 1  # makes, times; but places, wishes
    return max(1, count) + (1 if spoken_nt else 0)


def reading_grade(text: str) -> tuple[float, int]:
    """The Flesch-Kincaid grade of ``text`` and its number of words."""
    prose = _NOT_PROSE.sub(" ", text)
    sentences = [part for part in _SENTENCE_END.split(prose) if _WORD.search(part)]
    words = _WORD.findall(prose)
    if not words:
        return 0.0, 0
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(word) for word in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59, len(words)


def _filled(text: str, values: dict[str, object]) -> str:
    from dialogs.content import fill

    return fill(text, values)


def test_the_reading_grade_measures_what_it_should() -> None:
    counted = {
        "little": 2, "breathe": 1, "gentle": 2, "whole": 1, "named": 1, "wanted": 2,
        "makes": 1, "places": 2, "feelings": 2, "didn't": 2, "don't": 1, "you're": 1,
        "comfortable": 4, "together": 3, "I": 1, "okay": 2,
    }  # fmt: skip
    assert {word: syllables(word) for word in counted} == counted
    easy, _ = reading_grade("The cat sat on the mat. It was warm. It slept.")
    hard, _ = reading_grade(
        "Notwithstanding considerable organisational complexity, comprehensive institutional "
        "accountability mechanisms necessitate continuous, independent evaluation."
    )
    assert easy < 1 < MAX_GRADE < hard
    run_on, _ = reading_grade(
        "When something difficult happens and you notice that your body is reacting in ways "
        "that feel unfamiliar, it can be helpful to acknowledge the experience compassionately."
    )
    assert run_on > MAX_GRADE
    # commands, numbers and web addresses are not words; a line break ends a sentence
    assert reading_grade("/checkin 1 2 3 findahelpline.com")[1] == 0
    assert reading_grade("one\ntwo")[0] == reading_grade("one. two.")[0]


@pytest.mark.parametrize(("key", "text"), bot_texts())
def test_every_text_fits_one_screen_with_long_values(key: str, text: str) -> None:
    filled = _filled(text, _long_values())
    assert len(filled) <= MAX_CHARS, f"{key}: {len(filled)} characters: {filled[:80]!r}"


@pytest.mark.parametrize(("key", "text"), bot_texts())
def test_every_text_reads_at_about_grade_seven(key: str, text: str) -> None:
    grade, words = reading_grade(_filled(text, TYPICAL))
    if words >= MIN_GRADED_WORDS:
        assert grade <= MAX_GRADE, f"{key}: grade {grade:.1f}: {text[:100]!r}"


@pytest.mark.parametrize(("key", "text"), bot_texts())
def test_every_text_asks_one_question_at_most(key: str, text: str) -> None:
    assert text.count("?") <= 1, f"{key}: {text[:100]!r}"


def _sent_together() -> dict[str, list[list[str]]]:
    """Texts the code joins into one message, as groups: one text of each group is used."""
    from dialogs.feelings import FeelingsWheel
    from dialogs.voice import FORMS

    voice: dict[str, list[str]] = {}
    for key, form in FORMS.items():
        if form.slot != "invitation":  # the invitation is a message of its own
            voice.setdefault(form.slot, []).append(f"voice.{key}")
    needs = [f"soothe.suggest.{need.key}.text" for need in FeelingsWheel.for_locale().needs()]
    parts = ("warning_signs", "what_helps", "people_places", "reasons")
    return {
        "the end of a check-in (flows/checkin.py prompt_done)": [
            [f"checkin.done.{key}" for key in ("eased", "same", "stronger", "thanks")],
            ["checkin.done.saved", "checkin.done.not_saved"],
            ["checkin.done.next"],
        ],
        "free talk (engine.py _outside_flow)": [["talk.reflect", "talk.heard"], ["talk.offer"]],
        "the caring message (voice.py compose)": list(voice.values()),
        "the soothe menu (flows/soothe.py prompt_menu)": [
            ["soothe.menu.intro"],
            ["soothe.suggest.lead"],
            needs,
            ["soothe.menu.prompt"],
        ],
        "the end of an exercise (flows/soothe.py _run)": [
            ["soothe.ground.end", "soothe.box.end", "soothe.four_seven_eight.end"],
            ["soothe.exercise.next"],
        ],
        "the end of a letter (flows/letter.py prompt_done)": [
            ["letter.done.thanks", "letter.done.thanks_reply"],
            ["letter.done.saved", "letter.done.not_saved"],
        ],
        "a phrase (flows/affirm.py prompt_offer)": [
            ["affirm.offer.from_journal", "affirm.offer.general", "affirm.offer.another"],
            ["affirm.offer.phrase"],
            ["affirm.offer.general_note"],
        ],
        "favourites (flows/affirm.py prompt_favourites)": [
            ["affirm.favourites.title"],
            ["affirm.favourites.item"],
        ],
        "a safety plan (flows/safety.py _plan_text)": [
            ["sos.plan.heading"],
            *([f"sos.plan.parts.{part}.title"] for part in parts),
            ["sos.plan.empty"],
        ],
    }


@pytest.mark.parametrize(("where", "groups"), list(_sent_together().items()))
def test_texts_sent_together_ask_one_question_at_most(where: str, groups: list[list[str]]) -> None:
    texts = catalog()
    most = 0
    for group in groups:
        assert all(texts.has(key) for key in group), f"{where}: {group}"
        most += max(text.count("?") for key in group for text in texts.variants(key))
    assert most <= 1, f"{where} can ask {most} questions in one message"


#: How a walk through each flow begins: (onboarded, the first event's text or command).
WALKS = {
    "onboarding": (False, "/start"),
    "checkin": (True, "/checkin"),
    "crisis": (True, "I want to kill myself"),
    "sos": (True, "/sos"),
    "settings": (True, "/settings"),
    "soothe": (True, "/soothe"),
    "letter": (True, "/letter"),
    "affirm": (True, "/affirm"),
}


@pytest.mark.parametrize("flow", sorted(WALKS))
def test_every_message_of_a_random_walk_asks_one_question_and_fits(flow: str) -> None:
    """Texts combined at run time, whatever the path: tap, type or skip at random."""
    import random
    from dataclasses import replace
    from datetime import UTC, datetime

    from dialogs.engine import FLOWS, Engine
    from dialogs.model import Conversation, Event, Profile, UpdateProfile

    assert flow in FLOWS
    onboarded, first = WALKS[flow]
    now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    for seed in range(12):
        rng = random.Random(seed)
        engine = Engine(random.Random(seed))
        profile = Profile(
            child_name="little me", onboarded=onboarded, adult=True if onboarded else None,
            top_needs=("comfort", "seen") if seed % 2 else (),
        )  # fmt: skip
        conversation = Conversation()
        event = Event.command(first) if first.startswith("/") else Event.text(first)
        for _ in range(30):
            result = engine.handle(conversation, event, profile, now)
            for effect in result.effects:
                if isinstance(effect, UpdateProfile):
                    profile = replace(profile, **effect.changes)
            conversation = result.conversation
            for reply in result.replies:
                assert reply.text.count("?") <= 1, f"{flow}: {reply.text[:120]!r}"
                assert len(reply.text) <= MAX_CHARS, f"{flow}: {reply.text[:120]!r}"
            if not conversation.active:
                break
            choices = [c for r in result.replies for c in r.choices if not c.is_command]
            roll = rng.random()
            if choices and roll < 0.75:
                event = Event.choice(rng.choice(choices).value, conversation.version)
            elif roll < 0.9:
                event = Event.text("okay")
            else:
                event = Event.text("skip")
