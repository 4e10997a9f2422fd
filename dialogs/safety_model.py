"""The crisis screen's learned layer: a logistic regression over the words of a message.

The rules in dialogs/safety.py read families of phrasings precisely, and miss the phrasings
nobody wrote a rule for. This module reads the same normalised text as a bag of sparse
features and gives the probability that the message is a crisis; :func:`dialogs.safety.combine`
consults it only where the rules see no crisis. It owns the features, the weights file
(``dialogs/data/safety_model.json``, written by ``python -m dialogs.safety_train``) and scoring.
It is pure standard library and does not import the rules: the screen hands it the normalised
text and the rules' own outputs as feature names (:meth:`dialogs.safety.Screen.features`).

Features
--------
Tokens are the normalised text split on spaces (words, marks, emoji; a line break is a ".").

* ``w:`` each token; ``n:`` a word within :data:`NEGATION_SCOPE` words after a negator in any of
  the six languages (en de fr es nl ru), before a clause break: "i dont want to live" has
  ``n:live``, "i dont want to die" has ``n:die``, and the two can weigh in opposite directions.
* ``b:`` each pair of adjacent tokens; ``s:`` each pair one token apart ("want _ die" in
  "want to die", "want 2 die" and "want u die" alike).
* ``c:`` character 3- to 5-grams inside each word, with its boundaries ("<die>" gives "<di",
  "die", "ie>", "<die", ...): misspellings, inflections and compounds share most of them.
* ``r:`` the rules' outputs: their level and categories, each rule that matched, and what they
  voided (a negation, an idiom, grief, a joke, fiction...).

Values are 1 (counts for repeats); there is no length normalisation. Instead a message longer
than :data:`WINDOW` tokens is read sentence by sentence (see :func:`windows`) and its
probability is the largest, so one crisis sentence inside a long, ordinary message is read as
it would be alone, and the cost stays linear in the length. The rules' features are the
message's and go into every window.

Speed: everything a word contributes (its weight, its negated weight, the sum of its
character n-grams) is computed once per distinct word and kept in a bounded LRU cache, so a
message costs about one dictionary lookup per token plus one per pair of tokens. The cache
holds words only in memory, never on disk or in logs; it is as private as the process.

Aspect heads: small one-vs-rest models of the rules' own categories and of "about someone
else", trained on the messages the rules call a crisis (their outputs as labels). When the
learned layer raises a message the rules did not, they name the likely reason and person.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

__all__ = [
    "DATA_FILE",
    "MODEL",
    "NEGATION_SCOPE",
    "NEGATORS",
    "SPAN",
    "STRIDE",
    "WINDOW",
    "Linear",
    "Model",
    "char_ngrams",
    "features",
    "from_json",
    "governed",
    "load",
    "negated",
    "score",
    "tokens",
    "windows",
]

DATA_FILE: Final = Path(__file__).parent / "data" / "safety_model.json"
FORMAT: Final = 1


#: Words that open a negation scope, after normalisation (apostrophes dropped, accents folded).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NEGATORS: Final = _words(
    """not no never dont doesnt didnt cant cannot couldnt wont wouldnt shouldnt isnt arent
    wasnt werent havent hasnt hadnt aint nobody noone nothing nowhere neither nor without
    nicht nie niemals kein keine keinen keiner keinem keines nichts niemand ohne
    ne n pas jamais rien personne sans aucun aucune
    nunca jamas nada nadie ni sin tampoco ningun ninguna
    niet nooit geen niets niemand zonder
    не нет никогда ни ничего никто никак без"""
)
#: How many words after a negator it governs.
NEGATION_SCOPE: Final = 4
#: Tokens that close a negation scope: clause marks and contrasting conjunctions.
SCOPE_BREAKERS: Final = _words(". , ! ? ; : but aber sondern mais pero sino maar но а")
#: Character n-gram sizes, inside "<word>".
NGRAM_SIZES: Final = (3, 4, 5)
#: A message of up to this many tokens is read whole, a longer one sentence by sentence ...
WINDOW: Final = 64
#: ... and a sentence longer than this in windows of this many tokens ...
SPAN: Final = 32
#: ... starting every this many tokens.
STRIDE: Final = 16
#: Tokens that end a sentence (a line break is read as ".").
SENTENCE_ENDS: Final = _words(". ! ? ;")

_CACHE_WORDS = 1 << 15


def tokens(normalised: str) -> list[str]:
    """The tokens of a normalised text (see :func:`dialogs.safety.normalise`)."""
    return normalised.replace("\n", " . ").split()


def negated(words: Sequence[str]) -> list[bool]:
    """For each token, whether a negator governs it."""
    marks = [False] * len(words)
    for index in governed(words):
        marks[index] = True
    return marks


def governed(words: Sequence[str]) -> list[int]:
    """The positions of the tokens a negator governs: up to NEGATION_SCOPE tokens after it,
    stopping at a clause break or at the next negator (which governs its own)."""
    found: list[int] = []
    present = NEGATORS.intersection(words)
    if not present:
        return found
    for start in [at for negator in present for at in _positions(words, negator)]:
        for index in range(start + 1, min(start + 1 + NEGATION_SCOPE, len(words))):
            word = words[index]
            if word in NEGATORS or word in SCOPE_BREAKERS:
                break
            found.append(index)
    return found


def char_ngrams(word: str) -> list[str]:
    """Character n-grams of a word with its boundaries; none for marks and emoji."""
    if not word.isalnum():
        return []
    padded = "<" + word + ">"
    return list(map(padded.__getitem__, _ngram_slices(len(padded))))


@functools.lru_cache(maxsize=64)  # word lengths; a long "word" is rare and costs its length
def _ngram_slices(length: int) -> tuple[slice, ...]:
    return tuple(
        slice(start, start + size) for size in NGRAM_SIZES for start in range(length - size + 1)
    )


def windows(words: Sequence[str]) -> list[tuple[int, int]]:
    """The token spans a message is read in: the whole message when it is short (as nearly all
    training messages are), otherwise each sentence, and a long sentence in overlapping spans.

    In a long message, ordinary sentences would drown a single worrying one in a linear sum; one
    at a time, each is read as it would be alone. The spans cover each token at most twice.
    """
    count = len(words)
    if count <= WINDOW:
        return [(0, count)]
    return parts(words)


def parts(words: Sequence[str]) -> list[tuple[int, int]]:
    """Each sentence of a message, a long sentence in overlapping spans: the windows of a long
    message, and the sentences :meth:`Model.probabilities` reads one by one in a shorter one."""
    count = len(words)
    ends = [count]
    for mark in SENTENCE_ENDS.intersection(words):
        ends.extend(_positions(words, mark, 1))
    spans: list[tuple[int, int]] = []
    lo = 0
    for hi in sorted(set(ends)):
        if hi - lo <= SPAN:
            if hi > lo:
                spans.append((lo, hi))
        else:
            starts = [*range(lo, hi - SPAN, STRIDE), hi - SPAN]
            spans.extend((start, start + SPAN) for start in starts)
        lo = hi
    return spans


def _positions(words: Sequence[str], word: str, offset: int = 0) -> list[int]:
    """Where ``word`` occurs (plus ``offset``); list.index scans in C."""
    found: list[int] = []
    at = -1
    while True:
        try:
            at = words.index(word, at + 1)
        except ValueError:
            return found
        found.append(at + offset)


def features(
    normalised: str, rule_features: Iterable[str] = (), *, span: tuple[int, int] | None = None
) -> dict[str, float]:
    """The named features of one window of a message (the whole message by default).

    This is the definition; :meth:`Model.probability` computes the same sums faster.
    """
    words = tokens(normalised)
    marks = negated(words)
    lo, hi = span if span is not None else (0, len(words))
    found: dict[str, float] = {}

    def add(name: str) -> None:
        found[name] = found.get(name, 0.0) + 1.0

    for index in range(lo, hi):
        word = words[index]
        add(("n:" if marks[index] else "w:") + word)
        if index > lo:
            add("b:" + words[index - 1] + " " + word)
        if index > lo + 1:
            add("s:" + words[index - 2] + " " + word)
        for gram in char_ngrams(word):
            add("c:" + gram)
    for name in rule_features:
        found["r:" + name] = 1.0
    return found


def _sigmoid(logit: float) -> float:
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    exp = math.exp(logit)
    return exp / (1.0 + exp)


@dataclass(frozen=True, slots=True)
class Linear:
    """A bias and sparse weights by feature name (only those the trainer kept)."""

    bias: float
    weights: Mapping[str, float]

    def logit(self, found: Mapping[str, float]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(name, 0.0) * value for name, value in found.items())


#: What one token adds, computed once per distinct word: its weight plus its n-grams' as a
#: plain word, the same as a negated word, and the weights of the pairs it opens (adjacent, and
#: one token apart) by the token that closes them.
_WordWeights = tuple[float, float, Mapping[str, float], Mapping[str, float]]
_NO_PAIRS: Mapping[str, float] = {}
_ZEROS = itertools.repeat(0.0)
_plain = operator.itemgetter(0)
_pairs_opened = operator.itemgetter(2)
_skips_opened = operator.itemgetter(3)


@dataclass(frozen=True)
class Model:
    """The crisis model, its thresholds and its aspect heads, as the trainer wrote them."""

    crisis: Linear
    crisis_threshold: float
    concern_threshold: float
    heads: Mapping[str, Linear]
    metadata: Mapping[str, Any] = field(default_factory=dict)
    #: Subtracted from the top window's logit per natural log of the number of windows: each
    #: window of a long message is one more chance for an ordinary sentence to look like risk,
    #: so the most worrying of many windows has to stand out more (0 for a short message).
    window_penalty: float = 0.0
    _pairs: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    _skips: dict[str, dict[str, float]] = field(init=False, repr=False, compare=False)
    _grams: dict[str, float] = field(init=False, repr=False, compare=False)
    _word: Callable[[str], _WordWeights] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pairs: dict[str, dict[str, float]] = {}
        skips: dict[str, dict[str, float]] = {}
        grams: dict[str, float] = {}
        for name, weight in self.crisis.weights.items():
            if name.startswith(("b:", "s:")):
                first, _, second = name[2:].partition(" ")
                (pairs if name[0] == "b" else skips).setdefault(first, {})[second] = weight
            elif name.startswith("c:"):
                grams[name[2:]] = weight
        object.__setattr__(self, "_pairs", pairs)
        object.__setattr__(self, "_skips", skips)
        object.__setattr__(self, "_grams", grams)
        object.__setattr__(self, "_word", functools.lru_cache(_CACHE_WORDS)(self._word_weights))

    def _word_weights(self, word: str) -> _WordWeights:
        weights = self.crisis.weights
        ngrams = sum(map(self._grams.get, char_ngrams(word), _ZEROS))
        return (
            weights.get("w:" + word, 0.0) + ngrams,
            weights.get("n:" + word, 0.0) + ngrams,
            self._pairs.get(word, _NO_PAIRS),
            self._skips.get(word, _NO_PAIRS),
        )

    def logits(self, normalised: str, rule_features: Iterable[str] = ()) -> list[float]:
        """The crisis logit of each window (see :func:`windows`): the same sums as
        :func:`features` with the weights, in one pass over the tokens."""
        return self._read(normalised, rule_features)[0]

    def _read(
        self, normalised: str, rule_features: Iterable[str], *, sentences: bool = False
    ) -> tuple[list[float], list[float]]:
        """The logit of each window and, with ``sentences``, of each sentence of a message read
        in one window that has several (else none)."""
        weights = self.crisis.weights
        base = self.crisis.bias + sum(weights.get("r:" + name, 0.0) for name in rule_features)
        words = tokens(normalised)
        if not words:
            return [base], []
        found = list(map(self._word, words))
        singles = list(map(_plain, found))
        for index in governed(words):
            singles[index] = found[index][1]
        # closing[i]: the pair of tokens i and i + 1
        closing = [
            opened.get(word, 0.0)
            for opened, word in zip(map(_pairs_opened, found), words[1:], strict=False)
        ]
        # skipping[i]: the pair of tokens i and i + 2 (none for the last two tokens)
        skipping = [
            opened.get(word, 0.0)
            for opened, word in zip(map(_skips_opened, found), words[2:], strict=False)
        ]
        skipping += (0.0, 0.0)

        def each(spans: list[tuple[int, int]]) -> list[float]:
            single_sums = [0.0, *itertools.accumulate(singles)]
            closing_sums = [0.0, *itertools.accumulate(closing)]
            skipping_sums = [0.0, *itertools.accumulate(skipping)]
            return [
                base
                + single_sums[hi]
                - single_sums[lo]
                + closing_sums[hi - 1]
                - closing_sums[lo]
                + skipping_sums[max(hi - 2, lo)]
                - skipping_sums[lo]
                for lo, hi in spans
            ]

        spans = windows(words)
        if len(spans) > 1:
            return each(spans), []
        whole = [base + math.fsum(singles) + math.fsum(closing) + math.fsum(skipping)]
        within = parts(words) if sentences else []
        return whole, each(within) if len(within) > 1 else []

    def probability(self, normalised: str, rule_features: Iterable[str] = ()) -> float:
        """The probability that the message is a crisis: its most worrying window's, less the
        window penalty when it was read in several."""
        return self._penalised(self.logits(normalised, rule_features))

    def _penalised(self, logits: Sequence[float]) -> float:
        return _sigmoid(max(logits) - self.window_penalty * math.log(len(logits)))

    def probabilities(
        self, normalised: str, rule_features: Iterable[str] = ()
    ) -> tuple[float, float]:
        """The message's probability (see :meth:`probability`) and its most worrying sentence's
        read alone: the top window's without the penalty, or, for a message read in one window,
        the larger of the whole message's and each of its sentences' (ordinary sentences around
        a worrying one pull a linear sum down)."""
        logits, sentences = self._read(normalised, rule_features, sentences=True)
        return self._penalised(logits), _sigmoid(max([*logits, *sentences]))

    def aspects(self, normalised: str) -> tuple[tuple[str, ...], bool]:
        """The likely categories (names of dialogs.safety.Category, at least one) and whether
        the message is about someone else, from the aspect heads."""
        found = features(normalised)
        scores = {name: head.logit(found) for name, head in self.heads.items()}
        about_other = scores.pop("about_someone_else", -1.0) > 0
        if not scores:
            return ("suicidal_ideation",), about_other
        likely = tuple(name for name, logit in scores.items() if logit > 0)
        return likely or (max(scores, key=scores.__getitem__),), about_other

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "metadata": dict(self.metadata),
            "thresholds": {
                "crisis": self.crisis_threshold,
                "concern": self.concern_threshold,
                "window_penalty": self.window_penalty,
            },
            "bias": self.crisis.bias,
            "weights": dict(sorted(self.crisis.weights.items())),
            "heads": {
                name: {"bias": head.bias, "weights": dict(sorted(head.weights.items()))}
                for name, head in sorted(self.heads.items())
            },
        }


def from_json(data: Mapping[str, Any]) -> Model:
    """A model from the weights file's contents; raises ValueError when they are malformed."""
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown safety model format {data.get('format')!r}")
    try:
        thresholds = data["thresholds"]
        return Model(
            crisis=Linear(float(data["bias"]), _floats(data["weights"])),
            crisis_threshold=float(thresholds["crisis"]),
            concern_threshold=float(thresholds["concern"]),
            heads={
                str(name): Linear(float(head["bias"]), _floats(head["weights"]))
                for name, head in data.get("heads", {}).items()
            },
            metadata=dict(data.get("metadata", {})),
            window_penalty=float(thresholds.get("window_penalty", 0.0)),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"malformed safety model: {error!r}") from error


def _floats(weights: Mapping[str, Any]) -> dict[str, float]:
    return {str(name): float(weight) for name, weight in weights.items()}


def load(path: Path = DATA_FILE) -> Model:
    """Read a weights file written by ``python -m dialogs.safety_train``."""
    with path.open(encoding="utf-8") as handle:
        return from_json(json.load(handle))


#: The committed model, read once at import: a missing or broken file stops the bot at
#: start-up (and fails the tests) rather than in front of someone in crisis.
MODEL: Final = load()


def score(text: str) -> float:
    """Probability of crisis for a raw message (the screen's normalisation and rules first)."""
    from dialogs.safety import score as screen_score  # the screen is built on this module

    return screen_score(text)
