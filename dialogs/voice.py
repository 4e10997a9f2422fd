"""The caring-adult voice: what the user's own caring adult says to their inner child.

A check-in ends with a short message to the child, built from what the user named (each
piece may be missing, because every step can be skipped):

    opening       addresses the child by name           "Little me, I'm here."
    validation    names the feeling first (and age)     "Of course you feel lonely. ..."
    need          names the need, without blame         "You needed comfort. You deserved that."
    presence      the adult is here, in this moment     "I'm right here, and I'm on your side."
    permission    the feeling is allowed                "You're allowed to feel lonely. ..."

The message is opening, validation, need, then presence or permission or both, one short
paragraph each. :func:`invitation` is a separate message that asks the adult, once and
gently, to say something to the child in their own words.

Every word lives in ``dialogs/content/<locale>/voice.toml``; its header states the grammar
rules a line follows so that any name, feeling word, need phrase and age phrase reads right.
Each slot has one list per combination of missing pieces (``validation_no_age``,
``need_missing``, ...); this module picks the list, a variant from it, and fills it.

Variant ids. Every chosen line is reported in :attr:`CaringMessage.used` as a stable id
``"<key>:<index>"`` (``"validation:7"`` is line 8 of ``validation``, counted from 0). The
caller stores the ids a user has seen and passes them back as ``recent``; a variant whose id
is in ``recent`` is only chosen when every variant of its list is in ``recent``. Because ids
are positions, reordering or deleting lines in the file changes what stored ids mean: append
new variants, and rewrite a retired one in place. Main lists hold at least 30 variants, so a
user who does one check-in a day and passes the last 30 days of ids meets no line twice.

The module is pure and synchronous: no I/O beyond the cached content files, no global state
(randomness comes from the ``rng`` argument, or a fresh ``random.Random`` per call).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from dialogs.content import DEFAULT_LOCALE, ContentError, catalog, fill, placeholders_in

__all__ = [
    "FORMS",
    "MAIN_SLOTS",
    "MAX_CHARS",
    "SOFT_CHARS",
    "CaringMessage",
    "clean_age",
    "clean_feeling",
    "clean_name",
    "clean_need",
    "compose",
    "invitation",
    "slot_of",
    "variants",
]

NAMESPACE = "voice"

#: A caring message never exceeds this many characters (one phone screen).
MAX_CHARS = 600
#: Above this length a message with both presence and permission keeps only presence.
SOFT_CHARS = 450

# Longest piece of user input that is echoed back. Longer input is most likely a sentence,
# not a name or a feeling word; it is left out of the message (the form for a missing piece
# is used) rather than cut mid-word. The journal keeps what the user wrote.
MAX_NAME = 30
MAX_FEELING = 40
MAX_NEED = 60
MAX_AGE = 30


@dataclass(frozen=True, slots=True)
class CaringMessage:
    """A text to send, and the ids of the variants it was made from (see the module doc)."""

    text: str
    used: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Form:
    """One list of variants in voice.toml: the slot it belongs to and its placeholders."""

    slot: str
    uses: frozenset[str]  # placeholders every variant uses (Child_name counts as child_name)


_NAME = frozenset({"child_name"})
_NONE: frozenset[str] = frozenset()

#: Every list in voice.toml, by key.
FORMS: Mapping[str, Form] = {
    "opening": Form("opening", _NAME),
    "opening_no_name": Form("opening", _NONE),
    "validation": Form("validation", frozenset({"feeling", "age"})),
    "validation_no_age": Form("validation", frozenset({"feeling"})),
    "validation_no_feeling": Form("validation", frozenset({"age"})),
    "validation_no_feeling_no_age": Form("validation", _NONE),
    "need": Form("need", frozenset({"need"})),
    "need_missing": Form("need", _NONE),
    "presence": Form("presence", _NONE),
    "permission": Form("permission", frozenset({"feeling"})),
    "permission_no_feeling": Form("permission", _NONE),
    "invitation": Form("invitation", _NAME),
    "invitation_no_name": Form("invitation", _NONE),
}

#: Slots that must not repeat within 30 daily check-ins.
MAIN_SLOTS: tuple[str, ...] = ("validation", "need", "presence", "permission")

# Groups of phrases that read as an echo when two lines of one message both use the group
# ("I'm here." ... "I'm still here."). Among the unseen variants, one that shares no group
# with the lines already chosen is preferred.
_ECHOES: tuple[tuple[str, ...], ...] = (
    ("i'm here", "i'm still here", "right here", "here with", "here now", "here for you"),
    ("i'm with you", "together"),
    ("beside you", "next to you", "close by", "staying close"),
    ("i hear",),
    ("i see",),
    ("listening", "attention"),
    ("alone", "on your own", "by yourself"),
    ("a lot",),
    ("to hold", "hold this"),
    ("allowed",),
    ("deserve",),
    ("makes sense", "make sense"),
    ("too much",),
    ("welcome",),
    ("matter",),
    ("room for",),
    ("what you feel", "whatever you feel"),
    ("real",),
    ("tender",),
    ("of course", "no wonder", "no surprise"),
    ("human", "being a person"),
    ("nothing is wrong", "nothing wrong", "isn't wrong", "never wrong"),
    ("then, and", "still do", "always did"),
    ("fix",),
    ("for a moment", "for a while"),
    ("good reason", "a reason"),
    ("trying so hard", "doing your best", "the best you can"),
)


def slot_of(variant_id: str) -> str:
    """The slot of a variant id: ``"validation_no_age:3"`` -> ``"validation"``."""
    key = variant_id.partition(":")[0]
    form = FORMS.get(key)
    return form.slot if form else key


@cache
def variants(locale: str = DEFAULT_LOCALE) -> Mapping[str, tuple[str, ...]]:
    """Every list of voice.toml for ``locale``, checked against :data:`FORMS`.

    Raises ContentError when a list is missing or empty, or when a variant uses a
    placeholder its form cannot fill (``{age}`` in ``validation_no_age`` would print "").
    """
    table = catalog(locale).section(NAMESPACE)
    found: dict[str, tuple[str, ...]] = {}
    for key, form in FORMS.items():
        value = table.get(key)
        if not isinstance(value, list) or not value:
            raise ContentError(f"{locale}/{NAMESPACE}.toml: {key} must be a list of variants")
        allowed = form.uses | ({"Child_name"} if "child_name" in form.uses else set())
        for index, text in enumerate(value):
            if not isinstance(text, str):
                raise ContentError(f"{locale}/{NAMESPACE}.toml: {key}[{index}] is not a text")
            extra = placeholders_in(text) - allowed
            if extra:
                raise ContentError(
                    f"{locale}/{NAMESPACE}.toml: {key}[{index}] uses {sorted(extra)}, "
                    f"which {key} cannot fill"
                )
        found[key] = tuple(value)
    return found


# --- cleaning what the user typed -------------------------------------------------------

_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n.,;:!?\"'`«»“”‘’()[]"

# First person becomes second person, so "someone to hug me" reads "someone to hug you".
_PRONOUN_PAIRS = (
    (re.compile(r"\bi am\b", re.IGNORECASE), "you are"),
    (re.compile(r"\bi was\b", re.IGNORECASE), "you were"),
)
_PRONOUN_WORDS = re.compile(r"\b(i'm|im|i've|i'd|i'll|i|me|my|mine|myself)\b", re.IGNORECASE)
_PRONOUN_SWAP = {
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
}

# Leading words a person may type around a feeling or a need ("I feel lonely", "I needed a hug").
_FEELING_LEADS = (
    "i'm feeling ",
    "i am feeling ",
    "i was feeling ",
    "im feeling ",
    "i feel ",
    "i felt ",
    "i'm ",
    "i am ",
    "im ",
    "i was ",
    "feeling ",
    "feel ",
    "felt ",
)
_NEED_LEADS = (
    "i needed ",
    "i need ",
    "i wanted ",
    "i want ",
    "needed ",
    "need ",
    "wanted ",
    "want ",
)
_UNSURE_AGES = frozenset(
    {"not sure", "unsure", "don't know", "dont know", "i don't know", "no idea", "idk", "?"}
)


def _tidy(value: str | None) -> str:
    if value is None:
        return ""
    text = _SPACES.sub(" ", value.replace("’", "'")).strip()
    return text.strip(_EDGE_PUNCTUATION)


def _lower_first(text: str) -> str:
    """Lower a capital that only starts a sentence: "Lonely" -> "lonely"; "ANGRY" stays."""
    if text[:1].isupper() and not text[1:2].isupper():
        first_word = text.split(" ", 1)[0]
        if first_word[1:].islower() or len(first_word) == 1:
            return text[:1].lower() + text[1:]
    return text


def _strip_lead(text: str, leads: Sequence[str]) -> str:
    lowered = text.lower()
    for lead in leads:
        if lowered.startswith(lead) and len(text) > len(lead):
            return text[len(lead) :].strip()
    return text


def _second_person(text: str) -> str:
    for pattern, replacement in _PRONOUN_PAIRS:
        text = pattern.sub(replacement, text)
    return _PRONOUN_WORDS.sub(lambda match: _PRONOUN_SWAP[match.group(0).lower()], text)


def clean_name(value: str | None) -> str | None:
    """The child's name as the user chose it, tidied; None when empty or too long."""
    text = _SPACES.sub(" ", value or "").strip().strip(",.;:!?")
    return text if text and len(text) <= MAX_NAME else None


def clean_feeling(value: str | None) -> str | None:
    """A feeling to follow "feel": "I feel Left out." -> "left out"; None when unusable."""
    text = _tidy(value)
    text = _strip_lead(text, _FEELING_LEADS)
    text = _second_person(_lower_first(text)).strip(_EDGE_PUNCTUATION)
    return text if text and len(text) <= MAX_FEELING else None


def clean_need(value: str | None) -> str | None:
    """A need to follow "You needed": "someone to hug me." -> "someone to hug you"."""
    text = _tidy(value)
    text = _strip_lead(text, _NEED_LEADS)
    text = _second_person(_lower_first(text)).strip(_EDGE_PUNCTUATION)
    return text if text and len(text) <= MAX_NEED else None


def clean_age(value: str | None) -> str | None:
    """An age phrase to follow "You were": "About five" -> "about five"; "not sure" -> None."""
    text = _lower_first(_tidy(value))
    if not text or text.lower() in _UNSURE_AGES or len(text) > MAX_AGE:
        return None
    return text


def _capitalised(name: str) -> str:
    """The first letter only: "little me" -> "Little me", "sam" -> "Sam"."""
    return name[:1].upper() + name[1:]


# --- choosing variants ------------------------------------------------------------------


@cache
def _echo_groups(text: str) -> frozenset[int]:
    """Which groups of :data:`_ECHOES` ``text`` has a phrase of (texts come from the catalog,
    so the cache holds at most one entry per variant)."""
    lowered = text.lower()
    return frozenset(
        number for number, group in enumerate(_ECHOES) if any(p in lowered for p in group)
    )


def _echoes(text: str, chosen: Sequence[str]) -> bool:
    """Whether ``text`` shares a group of :data:`_ECHOES` with any of ``chosen``."""
    groups = _echo_groups(text)
    return bool(groups) and any(groups & _echo_groups(other) for other in chosen)


class _Chooser:
    """Picks variants for one message: unseen first, then ones that do not echo."""

    def __init__(
        self, table: Mapping[str, tuple[str, ...]], recent: Sequence[str], rng: random.Random
    ) -> None:
        self._table = table
        self._recent = frozenset(recent)
        self._rng = rng

    def unseen(self, key: str) -> list[int]:
        return [i for i in range(len(self._table[key])) if f"{key}:{i}" not in self._recent]

    def pick(self, key: str, chosen: Sequence[str]) -> tuple[str, str]:
        """A (variant id, template) of list ``key``."""
        options = self._table[key]
        pool = self.unseen(key) or list(range(len(options)))
        quiet = [i for i in pool if not _echoes(options[i], chosen)]
        index = self._rng.choice(quiet or pool)
        return f"{key}:{index}", options[index]


def _validation_key(feeling: str | None, age: str | None) -> str:
    if feeling and age:
        return "validation"
    if feeling:
        return "validation_no_age"
    if age:
        return "validation_no_feeling"
    return "validation_no_feeling_no_age"


def _build(
    chooser: _Chooser,
    rng: random.Random,
    name: str | None,
    feeling: str | None,
    need: str | None,
    age: str | None,
) -> CaringMessage:
    values: dict[str, object] = {
        "child_name": name or "",
        "Child_name": _capitalised(name or ""),
        "feeling": feeling or "",
        "need": need or "",
        "age": age or "",
    }
    ids: list[str] = []
    templates: list[str] = []

    def take(key: str) -> str:
        variant_id, template = chooser.pick(key, templates)
        ids.append(variant_id)
        templates.append(template)
        return fill(template, values)

    paragraphs = [
        take("opening" if name else "opening_no_name"),
        take(_validation_key(feeling, age)),
        take("need" if need else "need_missing"),
    ]

    permission = "permission" if feeling else "permission_no_feeling"
    endings: list[tuple[str, ...]] = [("presence",), (permission,), (permission, "presence")]
    fresh = [ending for ending in endings if all(chooser.unseen(key) for key in ending)]
    ending = rng.choice(fresh or endings)
    tail = [take(key) for key in ending]

    text = "\n\n".join([*paragraphs, " ".join(tail)])
    if len(ending) == 2 and len(text) > SOFT_CHARS:
        # Keep presence, the warmer last word, and drop permission.
        del ids[-2], tail[0]
        text = "\n\n".join([*paragraphs, *tail])
    return CaringMessage(text=text, used=tuple(ids))


def compose(
    *,
    child_name: str,
    feeling: str | None,
    need: str | None,
    age: str | None,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
    locale: str = DEFAULT_LOCALE,
) -> CaringMessage:
    """The caring adult's message to the child, in 4 short paragraphs, at most 600 characters.

    Any piece may be None or empty; with nothing known a warm general message still comes
    out. User input is tidied (see the ``clean_*`` functions): "I feel Left out." is echoed
    as "left out", "someone to hug me" as "someone to hug you", "not sure" as no age.
    ``recent`` holds variant ids this user saw lately; they are avoided while unseen
    variants remain. ``rng`` makes the choice reproducible.
    """
    table = variants(locale)
    rng = rng if rng is not None else random.Random()
    pieces = [clean_name(child_name), clean_feeling(feeling), clean_need(need), clean_age(age)]
    while True:
        chooser = _Chooser(table, recent, rng)
        message = _build(chooser, rng, *pieces)
        if len(message.text) <= MAX_CHARS or not any(pieces):
            return message
        # Too long for one screen (long input): stop echoing the longest piece, and retry.
        longest = max(range(len(pieces)), key=lambda i: len(pieces[i] or ""))
        pieces[longest] = None


def invitation(
    *,
    child_name: str,
    recent: Sequence[str] = (),
    rng: random.Random | None = None,
    locale: str = DEFAULT_LOCALE,
) -> CaringMessage:
    """One gentle question to the adult: would they say something to the child themselves."""
    table = variants(locale)
    rng = rng if rng is not None else random.Random()
    name = clean_name(child_name)
    key = "invitation" if name else "invitation_no_name"
    variant_id, template = _Chooser(table, recent, rng).pick(key, ())
    text = fill(template, {"child_name": name or "", "Child_name": _capitalised(name or "")})
    return CaringMessage(text=text, used=(variant_id,))


if __name__ == "__main__":  # pragma: no cover - a way to read the voice: python -m dialogs.voice
    _rng = random.Random(7)
    _examples: list[tuple[str, str | None, str | None, str | None]] = [
        ("little me", "lonely", "someone to notice you", "about five"),
        ("Sam", "left out", "to feel safe", None),
        ("younger me", None, "comfort", "a teenager"),
        ("little Sam", "a bit lost", None, None),
        ("", None, None, None),
    ]
    for _name, _feeling, _need, _age in _examples:
        _message = compose(child_name=_name, feeling=_feeling, need=_need, age=_age, rng=_rng)
        print(f"--- {_name!r}, {_feeling!r}, {_need!r}, {_age!r} ({len(_message.text)} chars)")
        print(_message.text)
        print()
        print(invitation(child_name=_name, rng=_rng).text)
        print()
