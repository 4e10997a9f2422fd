"""The feelings wheel and the needs: what a younger self may feel, and what it needed.

The words live in ``dialogs/content/<locale>/feelings.toml`` (its header documents the
fields and the keyword syntax). This module turns them into a :class:`FeelingsWheel` once per
locale and answers four questions for the flows:

- which feelings and needs there are, in the order of the buttons;
- which finer feelings a person's own words hint at (:meth:`FeelingsWheel.suggest`);
- which needs to offer first for a feeling (:meth:`FeelingsWheel.needs_for`);
- whether a typed answer names one of our feelings or needs (``match_feeling``/``match_need``).

Matching works on words, not characters: the text is lower-cased, apostrophes are dropped
("didn't" and "didnt" are the same word) and it is cut into words and clause breaks. The
keywords are compiled once per locale and indexed by their first word (or first two), so a
suggestion costs a couple of dictionary look-ups per word of the text, whatever the number
of keywords: about 0.1-0.2 ms for 1,000 characters. Nothing here keeps or logs the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from dialogs.content import ContentError, catalog

__all__ = ["Feeling", "FeelingsWheel", "Need"]


@dataclass(frozen=True, slots=True)
class Feeling:
    """A feeling word. For a core feeling ``core == key``; a finer word names its core."""

    key: str
    label: str
    core: str
    emoji: str = ""

    @property
    def is_core(self) -> bool:
        return self.key == self.core


@dataclass(frozen=True, slots=True)
class Need:
    """Something the younger self needed: ``label`` for a button, ``phrase`` for a sentence."""

    key: str
    label: str
    phrase: str


# ---- words ---------------------------------------------------------------------------------

#: A word (letters and digits) or one character that ends a clause.
_TOKEN = re.compile(r"\w+|[.!?;:,()\[\]\"\n\u2014\u2013\u2026]")
#: Apostrophes go ("didn't" -> "didnt"); an underscore splits words like a space.
_DROP = str.maketrans(
    {"'": None, "\u2019": None, "\u2018": None, "\u02bc": None, "`": None, "\u00b4": None, "_": " "}
)
#: Tokens that are not words: a keyword never runs across them.
_BREAK_CHARS = frozenset('.!?;:,()[]"\n\u2014\u2013\u2026')

#: Words that turn the next few words around: "he didn't yell", "I'm not scared".
_NEGATORS = frozenset(
    {
        "not", "never", "no", "nobody", "noone", "neither", "nor", "without", "cannot",
        "didnt", "doesnt", "dont", "wasnt", "werent", "isnt", "arent", "hasnt", "havent",
        "hadnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt", "aint",
    }
)  # fmt: skip
#: Words that start another clause, so a negation before them does not reach past them:
#: "I can't believe he yelled" still tells of yelling.
_CLAUSE_STARTS = _BREAK_CHARS | frozenset(
    {
        "and", "but", "so", "because", "cause", "then", "after", "before", "while", "until",
        "though", "although", "yet", "or", "if", "when", "why", "how", "what", "who", "that",
        "which", "i", "he", "she", "they", "we", "you", "it", "im", "hes", "shes", "theyre",
        "youre", "everyone", "everybody", "someone", "somebody", "people", "stop",
        "stopped", "help", "believe",
    }
)  # fmt: skip
#: How many words back a negation may reach.
_NEGATION_REACH = 4
#: How many words ".." in a keyword may skip.
_MAX_GAP = 3
#: Shortest stem allowed before a trailing "*".
_MIN_STEM = 3
#: How much a hint at the core adds to each finer word of that core that was hinted at too.
_CORE_SHARE = 0.5
#: A typed answer longer than this is a story, not a name: use suggest() for it.
_MAX_NAME_WORDS = 12

#: Words around a typed feeling that are not the feeling: "I feel a bit scared I think".
_FEELING_LEAD = frozenset(
    {
        "i", "im", "ive", "id", "am", "was", "were", "is", "be", "being", "been", "feel",
        "feels", "feeling", "felt", "so", "very", "really", "quite", "pretty", "super",
        "too", "a", "bit", "little", "lil", "kind", "kinda", "sort", "sorta", "of", "just",
        "like", "mostly", "mainly", "maybe", "probably", "think", "guess", "honestly", "um",
        "uh", "hmm", "well", "still", "also", "more", "most", "somewhat", "totally", "deeply",
        "extremely", "incredibly", "me", "my", "inner", "child", "kid", "part", "younger",
        "self", "he", "she", "they", "it", "its", "this", "that", "right", "now", "getting",
    }
)  # fmt: skip
_FEELING_TRAIL = frozenset(
    {
        "i", "think", "guess", "suppose", "maybe", "now", "right", "today", "tonight",
        "really", "too", "also", "honestly", "probably", "idk", "tbh", "though", "still",
        "again", "mostly", "inside", "lol", "please", "feeling", "feel",
    }
)  # fmt: skip
_NEED_LEAD = frozenset(
    {
        "i", "id", "little", "lil", "me", "my", "inner", "child", "kid", "part", "younger",
        "self", "he", "she", "they", "we", "it", "just", "really", "so", "think", "guess",
        "maybe", "probably", "mostly", "most", "of", "all", "need", "needs", "needed",
        "needing", "want", "wants", "wanted", "wish", "wished", "would", "have", "liked",
        "like", "longed", "for", "more", "than", "anything", "some", "was", "is",
    }
)  # fmt: skip
_NEED_TRAIL = frozenset(
    {
        "i", "think", "guess", "maybe", "probably", "now", "then", "really", "too", "also",
        "mostly", "please", "the", "most", "more", "than", "anything", "back", "again",
        "honestly", "idk", "tbh", "lol",
    }
)  # fmt: skip
#: A need reads the same from either side: "someone to notice me" = "someone to notice you".
_PERSON = {
    "i": "you", "me": "you", "you": "you", "my": "your", "your": "your", "mine": "yours",
    "yours": "yours", "myself": "yourself", "yourself": "yourself", "im": "youre",
    "youre": "youre", "ive": "youve", "youve": "youve",
}  # fmt: skip


#: Spelled-out negations read like their contractions: "did not invite" = "didn't invite".
_CONTRACTIONS = {
    ("did", "not"): "didnt", ("do", "not"): "dont", ("does", "not"): "doesnt",
    ("was", "not"): "wasnt", ("were", "not"): "werent", ("is", "not"): "isnt",
    ("are", "not"): "arent", ("has", "not"): "hasnt", ("have", "not"): "havent",
    ("had", "not"): "hadnt", ("could", "not"): "couldnt", ("would", "not"): "wouldnt",
    ("can", "not"): "cant", ("will", "not"): "wont",
}  # fmt: skip


def _tokens(text: str) -> list[str]:
    """Words and clause breaks of ``text``: lower case, apostrophes dropped, negations joined."""
    raw = _TOKEN.findall(text.casefold().translate(_DROP))
    tokens: list[str] = []
    for token in raw:
        joined = _CONTRACTIONS.get((tokens[-1], token)) if tokens else None
        if joined is not None:
            tokens[-1] = joined
        else:
            tokens.append("cant" if token == "cannot" else token)
    return tokens


def _words(text: str) -> list[str]:
    return [t for t in _tokens(text) if t not in _BREAK_CHARS]


def _negated(tokens: Sequence[str], start: int) -> bool:
    """True when a negation in the same clause stands shortly before ``tokens[start]``."""
    for index in range(start - 1, max(-1, start - 1 - _NEGATION_REACH), -1):
        token = tokens[index]
        if token in _NEGATORS:
            return True
        if token in _CLAUSE_STARTS:
            return False
    return False


def _strip(words: list[str], lead: frozenset[str], trail: frozenset[str]) -> list[str]:
    start, end = 0, len(words)
    while start < end and words[start] in lead:
        start += 1
    while end > start and words[end - 1] in trail:
        end -= 1
    return words[start:end]


# ---- keywords ------------------------------------------------------------------------------

_EXACT, _PREFIX, _GAP = 0, 1, 2
_Step = tuple[int, str]


@dataclass(frozen=True, slots=True)
class _Cue:
    """One compiled keyword: who it hints at, how strongly, and what is left to check after
    the ``matched`` words its index entry already compared: nothing, plain ``words`` (one
    list comparison), or ``steps`` with stems and gaps."""

    owner: str
    weight: float
    matched: int
    words: list[str] | None
    steps: tuple[_Step, ...] | None

    @classmethod
    def of(cls, owner: str, weight: float, matched: int, rest: Sequence[_Step]) -> _Cue:
        if not rest:
            return cls(owner, weight, matched, None, None)
        if all(kind == _EXACT for kind, _ in rest):
            return cls(owner, weight, matched, [word for _, word in rest], None)
        return cls(owner, weight, matched, None, tuple(rest))


def _compile(keyword: str, where: str) -> tuple[list[_Step], float]:
    """Parse one keyword into its steps and its weight."""
    steps: list[_Step] = []
    for part in keyword.casefold().translate(_DROP).split():
        if part == "..":
            if not steps or steps[-1][0] == _GAP:
                raise ContentError(f"{where}: '..' must stand between two words in {keyword!r}")
            steps.append((_GAP, ""))
            continue
        star = part.endswith("*")
        word = part.rstrip("*")
        if not word.isalnum():
            raise ContentError(
                f"{where}: {keyword!r} may hold only letters, digits, a trailing '*' and '..'"
            )
        if star and len(word) < _MIN_STEM:
            raise ContentError(f"{where}: stem {part!r} in {keyword!r} is too short")
        steps.append((_PREFIX if star else _EXACT, word))
    if not steps:
        raise ContentError(f"{where}: empty keyword")
    if steps[-1][0] == _GAP:
        raise ContentError(f"{where}: '..' must stand between two words in {keyword!r}")
    words = sum(1 for kind, _ in steps if kind != _GAP)
    # A phrase says more than a single word: 1.0, 1.5, then 2.0 for three words or more.
    return steps, min(1.0 + 0.5 * (words - 1), 2.0)


def _follows(tokens: Sequence[str], at: int, steps: tuple[_Step, ...], step: int = 0) -> bool:
    """Do ``steps[step:]`` match the tokens from ``tokens[at]`` on?"""
    count = len(tokens)
    while step < len(steps):
        kind, word = steps[step]
        if kind == _GAP:  # never last: the next step is a word to look for a little further on
            kind, word = steps[step + 1]
            for index in range(at, min(at + _MAX_GAP + 1, count)):
                token = tokens[index]
                if token in _BREAK_CHARS:
                    return False
                fits = token == word if kind == _EXACT else token.startswith(word)
                if fits and _follows(tokens, index + 1, steps, step + 2):
                    return True
            return False
        if at >= count:
            return False
        token = tokens[at]
        fits = token == word if kind == _EXACT else token.startswith(word)
        if not fits:
            return False
        at += 1
        step += 1
    return True


class _Index:
    """Keywords by how they start, so most words of a text cost two dict look-ups.

    - ``pairs``: keywords starting with two plain words, by that pair ("didnt", "invite");
    - ``starts``: by plain first word, the other keywords starting with it (``"heart .. racing"``)
      and whether ``pairs`` holds any keyword starting with it;
    - ``stems``: keywords starting with a stem ("yell*"), by the stem's first three letters.
    """

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], list[_Cue]] = {}
        self.stems: dict[str, list[tuple[str, list[_Cue]]]] = {}
        self.starts: dict[str, tuple[list[_Cue], bool]] = {}

    def add(self, keyword: str, owner: str, where: str) -> None:
        steps, weight = _compile(keyword, where)
        (kind, word), *rest = steps
        if kind == _PREFIX:
            cue = _Cue.of(owner, weight, 1, rest)
            bucket = self.stems.setdefault(word[:_MIN_STEM], [])
            for stem, cues in bucket:
                if stem == word:
                    cues.append(cue)
                    return
            bucket.append((word, [cue]))
        elif rest and rest[0][0] == _EXACT:
            key = (word, rest[0][1])
            self.pairs.setdefault(key, []).append(_Cue.of(owner, weight, 2, rest[1:]))
            single, _ = self.starts.get(word, ([], False))
            self.starts[word] = (single, True)
        else:
            self.starts.setdefault(word, ([], False))[0].append(_Cue.of(owner, weight, 1, rest))

    def hits(self, tokens: list[str]) -> dict[tuple[str, int], float]:
        """The strongest weight per (owner, position) of every keyword found, not negated."""
        found: dict[tuple[str, int], float] = {}
        pairs, starts, stems = self.pairs, self.starts, self.stems
        last = len(tokens) - 1
        for position, token in enumerate(tokens):
            # Most words start no keyword: one slice and two look-ups, then on.
            start = starts.get(token)
            bucket = stems.get(token[:_MIN_STEM])
            if start is None and bucket is None:
                continue
            cues: list[_Cue] = []
            if start is not None:
                single, paired = start
                if paired and position < last:
                    cues += pairs.get((token, tokens[position + 1]), ())
                cues += single
            if bucket is not None:
                for stem, more in bucket:
                    if token.startswith(stem):
                        cues += more
            negated: bool | None = None
            for cue in cues:
                if cue.words is not None:
                    at = position + cue.matched
                    if tokens[at : at + len(cue.words)] != cue.words:
                        continue
                elif cue.steps is not None and not _follows(
                    tokens, position + cue.matched, cue.steps
                ):
                    continue
                if negated is None:
                    negated = _negated(tokens, position)
                if negated:
                    break
                spot = (cue.owner, position)
                if found.get(spot, 0.0) < cue.weight:
                    found[spot] = cue.weight
        return found


# ---- the wheel -----------------------------------------------------------------------------


def _strings(table: Mapping[str, Any], field: str, where: str) -> list[str]:
    value = table.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ContentError(f"{where}.{field}: expected a list of non-empty strings")
    return list(value)


def _text(table: Mapping[str, Any], field: str, where: str, *, required: bool = True) -> str:
    value = table.get(field, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ContentError(f"{where}.{field}: expected a non-empty string")
    return value.strip()


def _table(node: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(node, Mapping):
        raise ContentError(f"{where}: expected a table")
    return node


class FeelingsWheel:
    """Core feelings, finer words, needs, and the matchers built from their keywords."""

    def __init__(self, content: Mapping[str, Any], where: str = "feelings") -> None:
        self._cores: list[Feeling] = []
        self._finer: dict[str, tuple[Feeling, ...]] = {}
        self._all: dict[str, Feeling] = {}
        self._order: dict[str, int] = {}
        self._ordered: list[Feeling] = []
        self._index = _Index()
        self._feeling_names: dict[str, Feeling] = {}
        self._needs: list[Need] = []
        self._need_by_key: dict[str, Need] = {}
        self._need_links: dict[str, frozenset[str]] = {}
        self._need_names: dict[str, Need] = {}

        for core_key, core_node in _table(content.get("cores"), f"{where}.cores").items():
            here = f"{where}.cores.{core_key}"
            core_table = _table(core_node, here)
            core = self._add_feeling(core_key, core_key, core_table, here)
            self._cores.append(core)
            finer: list[Feeling] = []
            for key, node in _table(core_table.get("finer"), f"{here}.finer").items():
                finer_here = f"{here}.finer.{key}"
                feeling = self._add_feeling(key, core_key, _table(node, finer_here), finer_here)
                if not _strings(node, "keywords", finer_here):
                    raise ContentError(f"{finer_here}.keywords: a finer feeling needs keywords")
                finer.append(feeling)
            if not finer:
                raise ContentError(f"{here}: a core feeling needs finer words")
            self._finer[core_key] = tuple(finer)

        for key, node in _table(content.get("needs"), f"{where}.needs").items():
            here = f"{where}.needs.{key}"
            table = _table(node, here)
            need = Need(key, _text(table, "label", here), _text(table, "phrase", here))
            self._needs.append(need)
            self._need_by_key[key] = need
            links = _strings(table, "keywords", here)
            unknown = sorted(set(links) - self._all.keys())
            if unknown:
                raise ContentError(f"{here}.keywords: no feeling(s) {unknown}")
            self._need_links[key] = frozenset(links)
            for name in (need.label, need.phrase, key, *_strings(table, "aliases", here)):
                self._name(self._need_names, _need_words(name), need, here)
        if not self._cores or not self._needs:
            raise ContentError(f"{where}: needs at least one core feeling and one need")
        self._feeling_name_len = max(len(name.split()) for name in self._feeling_names)
        self._need_name_len = max(len(name.split()) for name in self._need_names)

    def _add_feeling(self, key: str, core: str, table: Mapping[str, Any], where: str) -> Feeling:
        if not key.isidentifier() or key != key.lower():
            raise ContentError(f"{where}: key {key!r} is not snake_case")
        if key in self._all:
            raise ContentError(f"{where}: key {key!r} is used twice in the wheel")
        emoji = _text(table, "emoji", where, required=False)
        feeling = Feeling(key, _text(table, "label", where), core, emoji)
        self._all[key] = feeling
        self._order[key] = len(self._order)
        self._ordered.append(feeling)
        for keyword in _strings(table, "keywords", where):
            self._index.add(keyword, key, f"{where}.keywords")
        for name in (feeling.label, key, *_strings(table, "aliases", where)):
            self._name(self._feeling_names, " ".join(_words(name)), feeling, where)
        return feeling

    @staticmethod
    def _name(names: dict[str, Any], name: str, value: Feeling | Need, where: str) -> None:
        if not name:
            raise ContentError(f"{where}: a name or alias has no words")
        other = names.setdefault(name, value)
        if other != value:
            raise ContentError(f"{where}: {name!r} already names {other.key!r}")

    # ---- construction ----------------------------------------------------------------------

    @classmethod
    def for_locale(cls, locale: str = "en") -> FeelingsWheel:
        """The wheel of ``locale`` (built once per locale, then shared; it never changes)."""
        return _wheel(locale)

    # ---- feelings --------------------------------------------------------------------------

    def cores(self) -> tuple[Feeling, ...]:
        return tuple(self._cores)

    def finer(self, core_key: str) -> tuple[Feeling, ...]:
        """The finer words of a core feeling; KeyError for anything that is not a core key."""
        return self._finer[core_key]

    def get(self, key: str) -> Feeling | None:
        return self._all.get(key)

    def suggest(self, text: str, limit: int = 3) -> tuple[Feeling, ...]:
        """Finer feelings the person's own words hint at, best first; () when nothing fits.

        Each keyword found counts by its weight (longer phrases count more), at most once per
        feeling and word position; a keyword negated in its clause does not count. Hints at a
        core feeling ("scared") add to the finer words of that core that were hinted at too.
        Ties go to the feeling hinted at earliest in the text, then to the wheel's order.
        """
        if limit <= 0 or not text:
            return ()
        hits = self._index.hits(_tokens(text))
        if not hits:
            return ()
        score: dict[str, float] = {}
        first: dict[str, int] = {}
        for (owner, position), weight in hits.items():
            score[owner] = score.get(owner, 0.0) + weight
            first[owner] = min(first.get(owner, position), position)
        ranked: list[tuple[float, int, int]] = []
        for key, points in score.items():
            feeling = self._all[key]
            if not feeling.is_core:
                points += _CORE_SHARE * score.get(feeling.core, 0.0)
                ranked.append((-points, first[key], self._order[key]))
        ranked.sort()
        return tuple(self._ordered[order] for _, _, order in ranked[:limit])

    def match_feeling(self, text: str) -> Feeling | None:
        """The feeling a short typed answer names ("Lonely", "i feel left out"), else None."""
        found = self._match(
            text, self._feeling_names, self._feeling_name_len, _FEELING_LEAD, _FEELING_TRAIL
        )
        return found if isinstance(found, Feeling) else None

    # ---- needs -----------------------------------------------------------------------------

    def needs(self) -> tuple[Need, ...]:
        return tuple(self._needs)

    def need(self, key: str) -> Need | None:
        return self._need_by_key.get(key)

    def needs_for(self, feeling_key: str | None) -> tuple[Need, ...]:
        """Every need once: those linked to this feeling first, then those linked to its core
        (for a core: to its finer words), then the rest; content order within each group."""
        feeling = self._all.get(feeling_key) if feeling_key else None
        if feeling is None:
            return tuple(self._needs)
        core = feeling.is_core
        near = {f.key for f in self._finer[feeling.key]} if core else {feeling.core}

        def tier(need: Need) -> int:
            links = self._need_links[need.key]
            if feeling.key in links:
                return 0
            return 1 if links & near else 2

        return tuple(sorted(self._needs, key=tier))

    def match_need(self, text: str) -> Need | None:
        """The need a short typed answer names ("a hug", "someone on my side"), else None."""
        found = self._match(
            text, self._need_names, self._need_name_len, _NEED_LEAD, _NEED_TRAIL, person=True
        )
        return found if isinstance(found, Need) else None

    # ---- typed answers ---------------------------------------------------------------------

    @staticmethod
    def _match(
        text: str,
        names: Mapping[str, Feeling | Need],
        longest: int,
        lead: frozenset[str],
        trail: frozenset[str],
        *,
        person: bool = False,
    ) -> Feeling | Need | None:
        tokens = _tokens(text)
        if person:
            tokens = [_PERSON.get(t, t) for t in tokens]
        words = [t for t in tokens if t not in _BREAK_CHARS]
        if not words or len(words) > _MAX_NAME_WORDS:
            return None
        # The whole answer, once the words around it are set aside.
        raw = [t for t in _tokens(text) if t not in _BREAK_CHARS]
        core = _strip(raw, lead, trail)
        if person:
            core = [_PERSON.get(t, t) for t in core]
        for candidate in (core, words):
            exact = names.get(" ".join(candidate))
            if exact is not None:
                return exact
        # Otherwise the first name in it that is not negated: "not angry, just sad" -> sad.
        for start in range(len(tokens)):
            for size in range(min(longest, len(tokens) - start), 0, -1):
                found = names.get(" ".join(tokens[start : start + size]))
                if found is not None and not _negated(tokens, start):
                    return found
        return None


def _need_words(text: str) -> str:
    return " ".join(_PERSON.get(w, w) for w in _words(text))


@cache
def _wheel(locale: str) -> FeelingsWheel:
    return FeelingsWheel(catalog(locale).section("feelings"))
