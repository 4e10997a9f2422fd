"""The caring-adult voice: content rules from VOICE.md, and the composer's promises."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator, Mapping

import pytest

from dialogs import voice
from dialogs.content import Catalog, ContentError
from dialogs.voice import (
    FORMS,
    MAIN_SLOTS,
    MAX_AGE,
    MAX_CHARS,
    MAX_FEELING,
    MAX_NAME,
    MAX_NEED,
    SOFT_CHARS,
    CaringMessage,
    clean_age,
    clean_feeling,
    clean_name,
    clean_need,
    compose,
    invitation,
    slot_of,
    variants,
)

NAMES = ("little me", "younger me", "Sam", "little Sam")
FEELINGS = ("lonely", "left out", "scared", "angry", "a bit lost", None)
NEEDS = ("someone to notice you", "to feel safe", "comfort", None)
AGES = ("about five", "a teenager", None)
GRID = list(itertools.product(NAMES, FEELINGS, NEEDS, AGES))

AVOID = (
    "should",
    "must",
    "have to",
    "just",
    "calm down",
    "at least",
    "don't be sad",
    "cheer up",
    "everything happens for a reason",
    "it could be worse",
    "good vibes only",
    "stay positive",
    "overreacting",
    "too sensitive",
    "get over it",
    "failure",
    "weak",
    "crazy",
)
AVOID_PATTERNS = [
    re.compile(r"\b" + re.escape(phrase).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
    for phrase in AVOID
]
# It is a program lending words to the user's own caring adult: it may be here and listen,
# never feel, remember, know, or promise.
DISHONEST = re.compile(
    r"\bI know\b|\bI understand\b|\bI feel\b|\bI felt\b|\bI remember\b|\bI promise\b"
    r"|\bI love\b|\bI'm (?:glad|proud|sad|sorry)\b|\bI'll\b|\bI will\b|\balways be\b"
    r"|\byou(?:'re| are) safe\b|\bwill (?:fix|get better)\b|\bnever leave\b",
    re.IGNORECASE,
)
CARING_KEYS = [key for key, form in FORMS.items() if form.slot != "invitation"]
INVITATION_KEYS = [key for key, form in FORMS.items() if form.slot == "invitation"]


def _values(name: str, feeling: str | None, need: str | None, age: str | None) -> dict[str, str]:
    return {
        "child_name": name,
        "Child_name": name[:1].upper() + name[1:],
        "feeling": feeling or "",
        "need": need or "",
        "age": age or "",
    }


def _filled_variants() -> Iterator[tuple[str, int, str]]:
    """Every variant filled with every grid value its form can take."""
    for key, texts in variants().items():
        uses = FORMS[key].uses
        names = NAMES if "child_name" in uses else ("",)
        feelings = [f for f in FEELINGS if f] if "feeling" in uses else [None]
        needs = [n for n in NEEDS if n] if "need" in uses else [None]
        ages = [a for a in AGES if a] if "age" in uses else [None]
        for index, template in enumerate(texts):
            for combo in itertools.product(names, feelings, needs, ages):
                yield key, index, template.format_map(_values(*combo))


def _composed() -> Iterator[tuple[tuple[str, str | None, str | None, str | None], CaringMessage]]:
    for seed, combo in enumerate(GRID):
        name, feeling, need, age = combo
        for offset in range(3):
            rng = random.Random(seed * 10 + offset)
            yield combo, compose(child_name=name, feeling=feeling, need=need, age=age, rng=rng)


def _assert_reads_naturally(text: str) -> None:
    for bad in ("None", "{", "}", "  ", " .", " ,", "..", ",.", "\n\n\n"):
        assert bad not in text, (bad, text)
    assert text == text.strip(), text
    # every sentence starts with a capital letter ("Little me, ...", never "little me, ...")
    assert not re.search(r"(?:^|[.!?]\s+)[a-z]", text), text
    for pattern in AVOID_PATTERNS:
        assert not pattern.search(text), (pattern.pattern, text)
    assert "i know how you feel" not in text.lower()
    assert not DISHONEST.search(text), text


# --- the content file -------------------------------------------------------------------


def test_every_slot_has_enough_variants() -> None:
    table = variants()
    assert set(table) == set(FORMS)
    for key, texts in table.items():
        slot = FORMS[key].slot
        # 30 rather than 20 in the main slots: one check-in a day meets no line twice in 30 days.
        minimum = 30 if slot in MAIN_SLOTS else 12
        assert len(texts) >= minimum, (key, len(texts))
    assert len(table["opening"]) >= 20


def test_no_variant_appears_twice_in_a_list() -> None:
    for key, texts in variants().items():
        assert len(set(texts)) == len(texts), key


def test_each_form_uses_exactly_its_placeholders() -> None:
    for key, texts in variants().items():
        for index, text in enumerate(texts):
            used = {name.replace("Child_name", "child_name") for name in _names_in(text)}
            assert used == set(FORMS[key].uses), (key, index, text)


def _names_in(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_grammar_contracts_of_voice_toml() -> None:
    """The rules in the header of voice.toml, which make any input read right."""
    for key, texts in variants().items():
        for text in texts:
            where = (key, text)
            # a feeling word or phrase only follows feel / felt / feeling
            for match in re.finditer(r"(\S+) \{feeling\}", text):
                assert match.group(1).lower() in {"feel", "felt", "feeling"}, where
            assert not text.startswith("{feeling}"), where
            # a need phrase has "you" as the one who needs; never the order-like "You need"
            for match in re.finditer(r"(\S+) \{need\}", text):
                assert match.group(1).lower() in {
                    "needed",
                    "wanted",
                    "want",
                    "deserve",
                    "deserved",
                    "needing",
                    "wanting",
                }, where
            # an age phrase follows "are", "were", "You're", "who is" (an "only" between is fine)
            for match in re.finditer(r"(\S+) (?:only )?\{age\}", text):
                assert match.group(1).lower() in {"are", "were", "you're", "is"}, where
            # the name addresses the child: capitalised form at sentence starts only
            assert not re.search(r"\{child_name\}'", text), where
            assert not re.search(r"(?:^|[.!?] )\{child_name\}", text), where
            assert not re.search(r"[^.!?] \{Child_name\}", text), where
            # never the subject of a verb: "little me might like" does not read
            subject = r"\{[Cc]hild_name\} (?:is|was|feels|felt|needs|needed|might|can|could|would|"
            assert not re.search(subject + r"will|has|had|wants|wanted|likes)\b", text), where


def test_question_marks_in_content() -> None:
    table = variants()
    for key in CARING_KEYS:
        for text in table[key]:
            assert "?" not in text, (key, text)
    for key in INVITATION_KEYS:
        for text in table[key]:
            assert text.count("?") == 1, (key, text)


def test_invitations_are_gentle_and_let_the_user_skip() -> None:
    optional = re.compile(r"skip|if (?:it feels|you (?:want|like))|only if|leave it|nothing comes")
    for key in INVITATION_KEYS:
        for text in variants()[key]:
            assert optional.search(text.lower()), (key, text)
            asks = re.search(r"words|say|tell|hear|know|answer|give|add something", text)
            assert asks, (key, text)
            assert not re.search(r"\b(?:he|she|they|him|her|them)\b", text, re.I), (key, text)


def test_every_variant_fills_and_follows_the_voice() -> None:
    count = 0
    for key, index, text in _filled_variants():
        count += 1
        _assert_reads_naturally(text)
        assert len(text) <= 160, (key, index, text)
    assert count > 1000


def test_reading_level_stays_plain() -> None:
    """Short sentences, short words: about a 6th-grade reading level or below."""
    grades: list[float] = []
    for _key, _index, text in _filled_variants():
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert len(sentence.split()) <= 16, sentence
        grades.append(_flesch_kincaid_grade(text))
    assert sum(grades) / len(grades) <= 4.0
    assert max(grades) <= 9.0


def _syllables(word: str) -> int:
    word = re.sub(r"'(?:s|re|m|t|ll|ve|d)$", "", word.lower())
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word.removeprefix("y"))))


def _flesch_kincaid_grade(text: str) -> float:
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    syllables = sum(_syllables(word) for word in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59


# --- compose ----------------------------------------------------------------------------


def test_composed_messages_read_naturally_for_the_whole_grid() -> None:
    lengths: list[int] = []
    for combo, message in _composed():
        text = message.text
        _assert_reads_naturally(text)
        assert len(text) <= MAX_CHARS, text
        assert text.count("?") <= 1, text
        assert 2 <= len(text.split("\n\n")) <= 5, text
        lengths.append(len(text))
        _name, feeling, need, age = combo
        for piece in (feeling, need, age):
            if piece:
                assert piece in text, (piece, text)
    assert sum(lengths) / len(lengths) < SOFT_CHARS
    assert max(lengths) <= SOFT_CHARS


def test_lines_of_one_message_do_not_echo_each_other() -> None:
    """ "I'm here." then "I'm still here." reads like a script; unseen variants avoid it."""
    table = variants()
    for _combo, message in _composed():
        templates = [
            table[key][int(index)] for key, _, index in (i.partition(":") for i in message.used)
        ]
        for position in range(1, len(templates)):
            assert not voice._echoes(templates[position], templates[:position]), message.text


def test_every_variant_gets_its_turn() -> None:
    """Avoiding echoes must not starve variants: over many messages each one shows up."""
    seen: set[str] = set()
    for seed in range(600):
        message = compose(
            child_name="Sam",
            feeling="lonely",
            need="comfort",
            age="about five",
            rng=random.Random(seed),
        )
        seen.update(message.used)
    for key in ("opening", "validation", "need", "presence", "permission"):
        assert {f"{key}:{i}" for i in range(len(variants()[key]))} <= seen, key


def test_the_name_is_capitalised_only_at_the_start() -> None:
    for seed in range(60):
        message = compose(
            child_name="little me", feeling="lonely", need=None, age=None, rng=random.Random(seed)
        )
        assert "little me" not in message.text.split("\n\n", 1)[1]  # named in the opening only
        if message.text.startswith("L"):
            assert message.text.startswith("Little me, ")
        else:
            assert ", little me." in message.text.split("\n\n")[0]
    for seed in range(30):
        message = compose(
            child_name="sam", feeling=None, need=None, age=None, rng=random.Random(seed)
        )
        _assert_reads_naturally(message.text)  # no sentence starts "sam, ..."
        assert message.text.startswith("Sam, ") or ", sam." in message.text


def test_nothing_known_still_gives_a_warm_message() -> None:
    for seed in range(40):
        message = compose(child_name="", feeling=None, need=None, age=None, rng=random.Random(seed))
        _assert_reads_naturally(message.text)
        assert len(message.text.split("\n\n")) == 4
        assert {slot_of(i) for i in message.used} >= {"opening", "validation", "need"}
        assert all(
            i.split(":")[0] in {"opening_no_name", "validation_no_feeling_no_age", "need_missing"}
            or slot_of(i) in {"presence", "permission"}
            for i in message.used
        )
        assert not any(i.startswith("permission:") for i in message.used)


def test_empty_and_blank_pieces_count_as_missing() -> None:
    message = compose(child_name="  ", feeling=" ", need="", age="not sure", rng=random.Random(3))
    keys = {i.split(":")[0] for i in message.used}
    assert keys & {"opening_no_name", "validation_no_feeling_no_age", "need_missing"} == {
        "opening_no_name",
        "validation_no_feeling_no_age",
        "need_missing",
    }
    _assert_reads_naturally(message.text)


@pytest.mark.parametrize(
    ("feeling", "need", "age", "validation_key", "need_key"),
    [
        ("lonely", "comfort", "about five", "validation", "need"),
        ("lonely", "comfort", None, "validation_no_age", "need"),
        (None, "comfort", "about five", "validation_no_feeling", "need"),
        (None, None, None, "validation_no_feeling_no_age", "need_missing"),
    ],
)
def test_the_form_follows_what_is_known(
    feeling: str | None, need: str | None, age: str | None, validation_key: str, need_key: str
) -> None:
    for seed in range(10):
        message = compose(
            child_name="Sam", feeling=feeling, need=need, age=age, rng=random.Random(seed)
        )
        keys = [i.split(":")[0] for i in message.used]
        assert keys[:3] == ["opening", validation_key, need_key]
        for key in keys[3:]:
            assert key in {"presence", "permission" if feeling else "permission_no_feeling"}


def test_used_ids_are_stable_and_point_at_the_text() -> None:
    message = compose(
        child_name="Sam",
        feeling="scared",
        need="to feel safe",
        age="about five",
        rng=random.Random(1),
    )
    table = variants()
    values = _values("Sam", "scared", "to feel safe", "about five")
    for variant_id in message.used:
        assert re.fullmatch(r"[a-z_]+:\d+", variant_id)
        key, _, index = variant_id.partition(":")
        assert table[key][int(index)].format_map(values) in message.text
    assert slot_of("validation_no_age:3") == "validation"
    assert slot_of("need_missing:0") == "need"
    assert slot_of("presence:2") == "presence"


def test_tail_varies_between_presence_permission_and_both() -> None:
    endings = set()
    for seed in range(60):
        message = compose(
            child_name="Sam", feeling="angry", need="comfort", age=None, rng=random.Random(seed)
        )
        endings.add(tuple(slot_of(i) for i in message.used[3:]))
    assert endings == {("presence",), ("permission",), ("permission", "presence")}


def test_seeded_rng_is_deterministic() -> None:
    def run(seed: int) -> list[CaringMessage]:
        rng = random.Random(seed)
        return [
            compose(child_name="little me", feeling="scared", need="comfort", age=None, rng=rng),
            compose(child_name="little me", feeling="scared", need="comfort", age=None, rng=rng),
        ]

    assert run(42) == run(42)
    assert run(42) != run(43)
    assert invitation(child_name="Sam", rng=random.Random(5)) == invitation(
        child_name="Sam", rng=random.Random(5)
    )


def test_recent_ids_are_avoided_while_unseen_ones_remain() -> None:
    table = variants()
    keep = 17
    recent = [f"validation:{i}" for i in range(len(table["validation"])) if i != keep]
    for seed in range(20):
        message = compose(
            child_name="Sam",
            feeling="lonely",
            need="comfort",
            age="about five",
            recent=recent,
            rng=random.Random(seed),
        )
        assert f"validation:{keep}" in message.used


def test_when_every_variant_was_seen_it_still_answers() -> None:
    recent = [f"{key}:{i}" for key, texts in variants().items() for i in range(len(texts))]
    message = compose(
        child_name="Sam",
        feeling="lonely",
        need="comfort",
        age=None,
        recent=recent,
        rng=random.Random(0),
    )
    _assert_reads_naturally(message.text)
    assert len(message.used) >= 4


@pytest.mark.parametrize(
    ("feeling", "need", "age"),
    [
        ("lonely", "someone to notice you", "about five"),
        ("left out", "to feel safe", None),
        (None, "comfort", "a teenager"),
        ("a bit lost", None, None),
        (None, None, None),
    ],
)
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_thirty_daily_check_ins_never_repeat(
    feeling: str | None, need: str | None, age: str | None, seed: int
) -> None:
    rng = random.Random(seed)
    recent: list[str] = []
    texts: list[str] = []
    for _day in range(30):
        message = compose(
            child_name="little me", feeling=feeling, need=need, age=age, recent=recent, rng=rng
        )
        texts.append(message.text)
        recent.extend(message.used)
    assert len(set(texts)) == 30
    main = [variant_id for variant_id in recent if slot_of(variant_id) in MAIN_SLOTS]
    assert len(main) == len(set(main)), "a main-slot variant came back within 30 days"


def test_long_input_never_breaks_one_screen() -> None:
    """Worst case by construction: the longest variants with the longest echoed pieces."""
    table = variants()
    piece = {"feeling": MAX_FEELING, "need": MAX_NEED, "age": MAX_AGE, "child_name": MAX_NAME}

    def longest(key: str) -> int:
        return max(
            len(re.sub(r"\{(\w+)\}", lambda m: "x" * piece[m.group(1).lower()], text))
            for text in table[key]
        )

    for feeling, age in itertools.product((True, False), repeat=2):
        validation = "validation" + ("" if feeling else "_no_feeling") + ("" if age else "_no_age")
        tail = max(
            longest("presence"), longest("permission" if feeling else "permission_no_feeling")
        )
        worst = longest("opening") + longest(validation) + longest("need") + tail + 3 * 2
        assert worst <= MAX_CHARS, (validation, worst)

    for seed in range(30):
        message = compose(
            child_name="a" * MAX_NAME,
            feeling="b" * MAX_FEELING,
            need="c" * MAX_NEED,
            age="d" * MAX_AGE,
            rng=random.Random(seed),
        )
        assert len(message.text) <= MAX_CHARS
        huge = compose(
            child_name="qn" * 250,
            feeling="qf " * 300,
            need="qx " * 300,
            age="qy" * 300,
            rng=random.Random(seed),
        )
        assert len(huge.text) <= MAX_CHARS
        assert "q" not in huge.text


# --- what the user typed ----------------------------------------------------------------


def test_cleaning_user_pieces() -> None:
    assert clean_name("  little   me ") == "little me"
    assert clean_name("") is None
    assert clean_name("x" * (MAX_NAME + 1)) is None
    assert clean_feeling("I feel Left out.") == "left out"
    assert clean_feeling("lonely!") == "lonely"
    assert clean_feeling("ANGRY") == "ANGRY"
    assert clean_feeling("I feel like nobody sees me") == "like nobody sees you"
    assert clean_feeling("I'm so tired") == "so tired"
    assert clean_feeling("  ") is None
    assert clean_feeling("...") is None
    assert clean_need("someone to hug me.") == "someone to hug you"
    assert clean_need("I needed my mum to tell me I was okay") == (
        "your mum to tell you you were okay"
    )
    assert clean_need("To feel safe") == "to feel safe"
    assert clean_age("About five") == "about five"
    assert clean_age("not sure") is None
    assert clean_age("Don't know") is None
    assert clean_age(None) is None


def test_typed_feeling_reads_in_every_form() -> None:
    for seed in range(30):
        message = compose(
            child_name="Sam",
            feeling="I feel like nobody sees me",
            need="someone to hug me",
            age=None,
            rng=random.Random(seed),
        )
        _assert_reads_naturally(message.text)
        assert "like nobody sees you" in message.text
        assert "someone to hug you" in message.text
        assert "sees me" not in message.text
        assert "hug me" not in message.text


# --- invitation -------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*NAMES, ""])
def test_invitation_asks_one_gentle_question(name: str) -> None:
    seen: set[str] = set()
    recent: list[str] = []
    for seed in range(12):
        message = invitation(child_name=name, recent=recent, rng=random.Random(seed))
        recent.extend(message.used)
        seen.add(message.text)
        assert message.text.count("?") == 1
        _assert_reads_naturally(message.text)
        if name:
            assert name in message.text
        assert len(message.text) <= 200
    assert len(seen) == 12


# --- content errors surface at load time ------------------------------------------------


def _catalog_with(monkeypatch: pytest.MonkeyPatch, table: Mapping[str, object]) -> None:
    tree = {"voice": {key: list(texts) for key, texts in variants().items()} | dict(table)}
    monkeypatch.setattr(voice, "catalog", lambda locale: Catalog(locale, tree))


def test_a_placeholder_a_form_cannot_fill_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _catalog_with(
        monkeypatch, {"validation_no_age": ["Of course you feel {feeling}. You're {age}."]}
    )
    with pytest.raises(ContentError, match="validation_no_age"):
        variants.__wrapped__("xx")


def test_a_missing_list_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _catalog_with(monkeypatch, {"presence": []})
    with pytest.raises(ContentError, match="presence"):
        variants.__wrapped__("xx")
