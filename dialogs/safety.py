"""The crisis screen: a fast, rule-based reading of one message for signs of risk, with a
learned layer for the phrasings no rule models.

People open this bot in upset moments, so every message passes through :func:`assess` before
anything else answers it. The screen never stores or logs the text; it returns an
:class:`Assessment` (none / concern / crisis, the reasons, and whether the risk is about someone
else). It is pure standard library and compiled once at import; a typical message takes a few
tens of microseconds (see benchmarks/safety.py).

How a message is read
---------------------
1. **Normalise** (:func:`normalise`): compatibility forms and case are folded, apostrophes are
   dropped ("don't" -> "dont", "I'm" -> "im"), accents are stripped except on Cyrillic, letters
   spelled out with spaces or marks are joined ("k i l l", "sui.cide"), digits and symbols
   inside words are read as letters ("k1ll", "su1c1de", "k!ll", "ki11"), runs of three or more
   letters are squeezed ("dieeee" -> "die"), and every word ends up between spaces.
2. **Split** into sentences; a sentence is the scope of a negation, a subject, a time frame.
3. **Anchor**: every rule names the word stems it cannot match without. One trie-shaped regex
   finds those stems, so only the rules that could possibly match a sentence are tried on it,
   and in a long run-on sentence only near their anchors.
4. **Match**: a rule is a regular expression for a *family* of phrasings, not a list of
   sentences: a death state governed by a desire frame ("want to" x "die", "sleep forever",
   "not wake up"), a life state under a negated desire ("don't want to" x "live", "exist"), an
   act with a reflexive object ("kill/hurt/cut" x "myself"), a means with an intent ("saved"
   x "pills", "standing on" x "the bridge"), a farewell formula, violence happening now.
   Where the common words govern a rare head, the head is the pattern and the frame is checked
   just before it (``before``), which is both cleaner and much faster.
5. **Qualify** each match (:func:`_qualify`): negation scope ("I don't want to die" is fear,
   not ideation; "I don't want to live" is ideation, so life rules carry their own negation),
   who it is about (a reflexive, an inflected verb, or the nearest subject before it), the time
   frame (distant past, recovery), and the context near it (fiction and news, topics, jokes and
   trivial causes, accidents, travel, games). Frames such as grief ("my uncle killed himself"),
   reported words ("she told me to kill myself") and idioms ("I could kill myself for
   forgetting") void the matches they cover.
6. **Decide** (:func:`_decide`): any current crisis-level match gives CRISIS; concern-level
   matches give CONCERN; weak signs (a farewell formula, a will written, a plan mentioned)
   become a crisis next to any other sign. Once the writer's own crisis is established, only
   rules that could add a new reason are still tried.
7. **Learn** (:func:`combine`): where the rules see no crisis, a learned layer
   (dialogs/safety_model.py, a logistic regression over words, word pairs, negation-marked
   words, character n-grams and the rules' own signals) reads the same normalised text. At or
   above its crisis threshold the message is a crisis; above a lower threshold, at least a
   concern. A crisis found by the rules is final, so the learned layer only ever adds. The
   rules generalise by family, the model by resemblance: on files by writers the rules were
   never tuned against it roughly doubles recall (see the weights file's metadata and
   ``python -m dialogs.safety_train``).

:func:`screen` is the rules alone, with the signals the learned layer reads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum

from dialogs import safety_model

__all__ = ["Assessment", "Category", "Level", "Screen", "assess", "normalise", "score", "screen"]


class Level(StrEnum):
    """How worried to be about a message."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


class Category(StrEnum):
    """Why a message was flagged."""

    SUICIDAL_IDEATION = "suicidal_ideation"
    SELF_HARM = "self_harm"
    PLAN_OR_MEANS = "plan_or_means"
    FAREWELL = "farewell"
    IN_DANGER = "in_danger"
    HOPELESSNESS = "hopelessness"


@dataclass(frozen=True, slots=True)
class Assessment:
    """The screen's reading of one message."""

    level: Level
    reasons: tuple[Category, ...] = ()
    about_someone_else: bool = False

    @property
    def is_crisis(self) -> bool:
        """True when the message needs the crisis response now."""
        return self.level is Level.CRISIS


_NOTHING = Assessment(Level.NONE)

SI = Category.SUICIDAL_IDEATION
SH = Category.SELF_HARM
PLAN = Category.PLAN_OR_MEANS
BYE = Category.FAREWELL
DANGER = Category.IN_DANGER
HOPE = Category.HOPELESSNESS

# ---------------------------------------------------------------------------------------------
# 1. Normalisation
# ---------------------------------------------------------------------------------------------

_REPLACE: dict[str, str | None] = {
    # Apostrophes vanish, so "don't", "dont" and "don`t" are one spelling.
    "'": None,
    "\u2019": None,
    "\u2018": None,
    "`": None,
    "\u00b4": None,
    "\u02bc": None,
    "\u2032": None,
    # Invisible characters sometimes used to dodge filters.
    "\u00ad": None,
    "\u200b": None,
    "\u200c": None,
    "\u200d": None,
    "\u2060": None,
    "\ufeff": None,
    # Hyphens and underscores join words ("self-harm", "k-i-l-l"); dashes separate clauses.
    "-": " ",
    "_": " ",
    "\u2010": " ",
    "\u2011": " ",
    "\u2013": ", ",
    "\u2014": ", ",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201e": '"',
    "&": " and ",
    "\r": "\n",
    "\t": " ",
    "\x0b": " ",
    "\x0c": " ",
    "\u2028": "\n",
    "\u2029": "\n",
}
_TRANSLATE = str.maketrans(_REPLACE)
_REPLACE_PAIRS = tuple(_REPLACE.items())


def _translate(text: str) -> str:
    """``str.translate`` is fast on ASCII; elsewhere a few ``str.replace`` calls are faster."""
    if text.isascii():
        return text.translate(_TRANSLATE)
    for char, replacement in _REPLACE_PAIRS:
        if char in text:
            text = text.replace(char, replacement or "")
    return text


# Combining marks are dropped unless they sit on a Cyrillic letter (й and ё must survive).
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_FOLDED = {
    char: folded
    for char in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if (folded := _MARKS.sub("", unicodedata.normalize("NFD", char))) != char
}
# Letters typed one by one: "k i l l", "k.i.l.l", "k*i*l*l" (two spaces still part words).
# The hints are literal-led, so a long message without spelled-out letters costs a few µs.
_SPACED_HINTS = (
    re.compile(r" [a-z013457] [a-z013457] "),
    re.compile(r"\.[a-z013457]\."),
    re.compile(r"\*[a-z013457]\*"),
)
_SPACED = re.compile(r"[ .*(\"][a-z013457](?:[ .*][a-z013457]){2,}(?![^\s.,!?;:\")])")
_SPACED_SEP = re.compile(r"[ .*]")
# In spelled-out text ("i w a n t  t o  d i e") two-letter words are spelled out too, and a
# leading "i" lands on the next word.
_SPACED_PAIR = re.compile(r"  [a-z] [a-z](?=  )")
_GLUED_I = re.compile(
    r" i(?=(?:want|wanna|need|wish|am|m|will|ll|dont|do|cant|hate|feel|should|just|really|might"
    r"|think)\b)"
)
# Key words split by a mark: "sui.cide", "my.self", "k.ill".
_SPLIT_HINTS = (re.compile(r"\.(?<=[a-z]\.)(?=[a-z])"), re.compile(r"\*(?<=[a-z]\*)(?=[a-z])"))
_SEPARATORS = re.compile(r"[.*]")
_SPLIT_KEYWORDS = re.compile(
    "|".join(
        "[.*]?".join(word)
        for word in ("suicide", "suicidal", "myself", "unalive", "overdose", "selfharm", "kill")
    )
)
# Digits and symbols inside a word stand for letters: "k1ll", "d13", "k!ll", "my$elf", "d*e".
_LEET_CHAR = re.compile(r"[013457@$!|*](?:(?<=[a-z].)|(?<=[a-z][013457].))")
_LEET_SYMBOLS = frozenset("@$!|*")
_DOUBLE_ONE = re.compile(r"11(?<=[a-z]11)")
_LEADING_DOLLAR = re.compile(r"\$(?<![a-z]\$)(?=[a-z]{3})")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
_LEET |= {"@": "a", "$": "s", "!": "i", "|": "i", "*": "i"}
# "want 2 die", "going 2": a lone 2 between words is "to".
_TWO = re.compile(r"2(?<=[a-z] 2)(?= [a-z])")
_REPEATS = re.compile(r"(.)\1\1+", re.DOTALL)


def _join_spaced(match: re.Match[str]) -> str:
    """ " k i l l" -> " kill" (the match starts with the separator before the first letter)."""
    run = match.group()
    if run[0] != " " and match.start() and match.string[match.start() - 1].isalnum():
        return run  # "a.b.c" inside a longer word, not letters spelled out
    return run[0] + _SPACED_SEP.sub("", run[1:])


def _unspace(text: str) -> str:
    """Letters typed one by one become words; two or more spaces part the words."""
    joined = _SPACED.sub(_join_spaced, " " + text)[1:]
    if joined == text:
        return text
    joined = _SPACED_PAIR.sub(_join_spaced_pair, "  " + joined + "  ")[2:-2]
    return _GLUED_I.sub(" i ", " " + joined)[1:]


def _join_spaced_pair(match: re.Match[str]) -> str:
    return "  " + match.group()[2:].replace(" ", "")


def _unleet(match: re.Match[str]) -> str:
    char = match.group()
    if char in _LEET_SYMBOLS:
        # A symbol is a letter only inside a word: "k!ll" yes, "die!" no.
        end = match.end()
        text = match.string
        if end >= len(text) or not text[end].isalnum():
            return char
    return _LEET[char]


def _squeeze(text: str) -> str:
    """Letters typed three or more times in a row count once ("dieeee" -> "die"); marks too
    ("!!!", "..."), but never digits ("1000 pills")."""
    return _REPEATS.sub(_squeeze_run, text)


def _squeeze_run(match: re.Match[str]) -> str:
    run = match.group()
    return run if run[0].isdigit() else run[0]


_PAD = {c: f" {c} " for c in '.,!?;:()[]{}<>/\\|~^*+=#%@$"¿¡\n'}


def _pad_marks(text: str) -> str:
    """Space out punctuation, so that every word follows a space ("die." -> "die .")."""
    for char, padded in _PAD.items():
        if char in text:
            text = text.replace(char, padded)
    return text


def _strip_accents(text: str) -> str:
    """ "é" -> "e", "ï" -> "i", "ñ" -> "n"; Cyrillic "й" and "ё" stay as they are.

    After NFKC, accented Latin letters are single code points: each is looked up in a table
    built once from Unicode's decompositions. Stray combining marks (say, "Zalgo" text) go.
    """
    if _LATIN_ACCENTED.search(text):
        text = _LATIN_ACCENTED.sub(_fold_letter, text)
    if _MARKS.search(text):
        text = _MARKS.sub("", text)
    return text


def _fold_letter(match: re.Match[str]) -> str:
    return _FOLDED.get(match.group(), match.group())


def normalise(text: str) -> str:
    """Fold a message into the one spelling the rules (and the learned layer) are written for.

    The result starts and ends with a space and every word follows a space or a newline, so
    ``normalise(text).split()`` is the message's tokens: words, marks and emoji.
    """
    text = _translate(unicodedata.normalize("NFKC", text).casefold())
    if not text.isascii():
        text = _strip_accents(text)
    if any(hint.search(text) for hint in _SPACED_HINTS):
        text = _unspace(text)
    if "11" in text:
        text = _DOUBLE_ONE.sub("ll", text)
    text = _LEET_CHAR.sub(_unleet, text)
    if "$" in text:
        text = _LEADING_DOLLAR.sub("s", text)
    if " 2 " in text:
        text = _TWO.sub("to", text)
    if any(hint.search(text) for hint in _SPLIT_HINTS):
        text = _SPLIT_KEYWORDS.sub(lambda m: _SEPARATORS.sub("", m.group()), text)
    text = _squeeze(text)
    text = _pad_marks(text)
    while "  " in text:
        text = text.replace("  ", " ")
    text = " " + text.strip(" ") + " "
    if len(text) < 400 and _TYPO_WORDS.isdisjoint(text.split()):
        return text
    return _TYPO.sub(_fix_typo, text)


# Misspellings of voice-to-text and hurried thumbs that no real word shares: "tonite",
# "tomorow", "my lfie", "dissapear from existance", "go to sleep and knot wake up".
_TYPOS = {
    "tonite": "tonight",
    "tonit": "tonight",
    "nite": "night",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tmrw": "tomorrow",
    "lfie": "life",
    "liife": "life",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapear": "disappear",
    "existance": "existence",
    "suicied": "suicide",
    "sucide": "suicide",
    "agian": "again",
    "relly": "really",
    "realy": "really",
    "evry": "every",
    "evn": "even",
    "wuld": "would",
    "anymor": "anymore",
    "enymore": "anymore",
    "myslef": "myself",
    "mysefl": "myself",
    "permanantly": "permanently",
    "permanetly": "permanently",
    "wnat": "want",
    "wamt": "want",
    "redy": "ready",
    "rop": "rope",
    "nigt": "night",
    "and knot": "and not",
    "i wont to": "i want to",
    "threw with it": "through with it",
}


def _fix_typo(match: re.Match[str]) -> str:
    return " " + _TYPOS[match.group(1)]


# ---------------------------------------------------------------------------------------------
# 2. Sentences and the words around a match
# ---------------------------------------------------------------------------------------------

# A copy of the normalised text of the same length: sentence ends become newlines and other
# ASCII punctuation spaces, so sentences are found with str.find and anchors at " " or "\n".
_FLAT_MARKS = dict.fromkeys(".!?;", "\n") | dict.fromkeys("\"#%&'()+,-/:<=>[\\]^_`{|}~*@$", " ")
_FLATTEN = str.maketrans(_FLAT_MARKS)


def _flatten(text: str) -> str:
    if text.isascii():
        return text.translate(_FLATTEN)
    for char, replacement in _FLAT_MARKS.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def _words_before(text: str, lo: int, pos: int, limit: int = 8) -> list[str]:
    """Up to ``limit`` tokens before ``pos`` (not before ``lo``), nearest first.

    The normalised text has a space around every word and mark, so splitting is tokenising.
    """
    return text[max(lo, pos - 90) : pos].split()[: -limit - 1 : -1]


# ---------------------------------------------------------------------------------------------
# 3. The lexicon: named pieces the rules are built from
# ---------------------------------------------------------------------------------------------


def _any(*options: str) -> str:
    return "(?:" + "|".join(options) + ")"


def _words(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string."""
    return frozenset(text.split())


# Reflexives decide who an act is aimed at: "myself" (the writer), "herself" (someone else),
# "yourself" (an insult or a generic question, not a disclosure).
_MYSELF = r"m(?:y|i|e)? ?s(?:e?lf|eif|elv|lef|efl|el)(?!\w)"
_THEMSELF = r"(?:(?:him|her|them|they) ?s(?:e?lf|elves|elfs)|themself|oneself|one self)(?!\w)"
_YOURSELF = r"(?:your|ur|yo|you) ?s(?:e?lf|elves)(?!\w)"
_REFL = f"(?:(?P<p1>{_MYSELF})|(?P<p3>{_THEMSELF})|(?P<p2>{_YOURSELF}))"
_MY = r"(?:(?P<p1>my)|(?P<p3>his|her|their)|(?P<p2>your))"

_KILL = r"k(?:[iy]l+|l+)(?:s|ed|ing|in)?"
_SUICIDE = r"s(?:ui|iu|u|ue|uy|ii|i)(?:c|s|z|ss)i?d(?:e|al|ial|aal|aire|io|ality|es)?\w*"

# Adverbs that may sit between a frame and its verb: "I just really want to die".
_ADV_WORD = (
    r"(?:just|really|rly|honestly|actually|literally|simply|seriously|truly|kinda|kind of"
    r"|sort of|so|so much|fucking|fuckin|effing|genuinely|sometimes|often|always|still|finally"
    r"|quietly|already|even|also|badly|desperately|secretly|only|lowkey|deeply|totally|legit"
    r"|tbh|ngl|all|more than anything|go|go and|peacefully)"
)
# Where a clause may end after a short object ("I want to end it." / "end it tonight").
_END = (
    r"(?=\s*(?:$|[^\w\s]|(?:and|but|or|so|because|cause|cuz|cos|anymore|any ?more|any longer"
    r"|tonight|today|now|soon|tomorrow|already|finally|lol|honestly|tbh|ngl|i think|i guess"
    r"|idk|please|pls|ok|okay|right now|for good|once and for all|forever|this time|though"
    r"|again|too|either|sometimes|honestly|here|i|im|when|whenever|while|if|every|after"
    r"|before)\b))"
)

# Desire and volition frames that turn a death state into ideation: "want to", "wish to",
# "ready to", "deserve to", "should just", "would rather", "let me", "might as well".
_WANT = r"(?:want(?:s|ed|ing)?|wanna|wana|wnna|wamt|wnat|wnt|wan)"
_DESIRE = _any(
    _WANT + r"(?: to)?",
    r"(?:wish|wishes|wished) (?:that )?i (?:could|would|can)|if only i could",
    r"(?:would|d|id) (?:like|love) to",
    r"(?:wish|wishes|wished|wishing|long|longs|longing|yearn\w*|hope|hopes|hoping|pray|praying"
    r"|ready|prepared|deserve|deserves|deserved|need|needs|needed|tempted|desperate|begging|plan"
    r"|planning|choose|chose|decided|allowed) to",
    r"(?:should|ought to|must|might as well|may as well|let me|lemme)",
    r"(?:would|d|id) (?:rather|sooner)",
    r"rather",
    r"(?:cant|cannot) wait to",
    r"(?:just )?waiting (?:to|for)",
    r"(?:time|my time) (?:for me )?to",
    r"urges? to",
    r"(?:would|d|itd|it d) be (?:so |too |really )?easy to",
    r"how easy (?:it )?(?:would|d|could|might) be to",
    r"(?:would|d|itd|it d)(?: just| honestly| really)? be (?:so |really |quite )?(?:nice|lovely"
    r"|a relief|peaceful|a mercy) to",
    r"(?:using|drinking|use|drink)(?: just)? to",
)
# "die" and its idioms: dying of embarrassment, laughing, dying on a hill, dying for someone.
_DIE = (
    r"(?:d[iy]e+|di(?= *(?:[.!?;\n]|$)))(?!\w)"
    r"(?! (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cringe|cuteness|jealousy"
    r"|envy|happiness|joy|excitement|hunger|thirst|heat|old age|natural causes|a heart attack"
    r"|fomo|curiosity)"
    r"| (?:laughing|happy|a little|a bit|inside|trying|on (?:that|this|the) hill|for (?:you|him"
    r"|her|them|this|that|it|a |an |some|my (?:country|family|kids|children|friends|team))"
    r"|in (?:the |a )?game|in minecraft|my hair|the hair|(?:it|them) \w+)\b)"
)
# Being dead or absent, as the object of a desire frame.
_DEATH_STATE = _any(
    _DIE,
    r"be (?:dead|gone(?! for| on| away| out))",
    r"not (?:be )?(?:alive|here|around|exist\w*)",
    r"stop (?:existing|living|being alive|breathing)(?!\w)",
    r"stop being(?= *(?:[.!?;,\n]|$))",
    r"get gone(?= *(?:[.!?;,\n]|$))",
    r"let go (?:for good|forever|of (?:life|everything|this life) for good)",
    r"(?:go to sle+p|fall asleep|sle+p|nod off|drift off) and stay (?:asleep|there|under)"
    r"(?: forever)?",
    r"(?:nod|drift) (?:off|out) (?:and stay there )?forever",
    r"(?:go to )?sle+p for good",
    r"(?:stay|sleep|rest|lie|lay|drift|float)(?: \w+){0,4}? and (?:never|not|just not) (?:wake|get)"
    r" up",
    r"cease to exist",
    r"(?:not|never) wake up",
    r"(?:sle+p|asleep|fall asleep|drift off|go to sle+p and sle+p) forever",
    r"(?:sle+p|go to sle+p|fall asleep) (?:and )?(?:never|not) (?:wake up|come back(?! (?:to|from"
    r"|until|till|before|after|for|in|on|at|by|tomorrow)\b))",
    r"(?:disappear|vanish|go away|fade away) (?:forever|for good|permanently|for ever|for real)",
    r"(?:disappear|vanish|go away|fade away) and never (?:come back|return|be seen again|be found)",
    r"(?:disappear|vanish|fade|be erased) from (?:existence|existing)",
    r"leave this (?:world|earth|life|planet)",
    r"(?:be|go) (?:with (?:god|jesus)|to heaven)(?: now)?",
    r"rest (?:in peace|forever)",
    r"be over(?=\s*$)",
    r"(?:get )?out of (?:this )?(?:life|world)",
    r"(?:be )?six feet under",
)
_DYING = (
    r"(?:dying|being dead|not (?:existing|being (?:alive|here|around)|waking up)|my (?:own )?death"
    r"|disappearing (?:forever|for good)|letting go (?:for good|forever))"
)

_PILLS = (
    r"(?:\w+ )?(?:pills|pill|tablets|meds|medication|medications|medicine|medicines|painkillers"
    r"|antidepressants|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|xanax|benzos"
    r"|opioids|oxys?|insulin|lithium|sertraline|prozac|codeine|morphine|tramadol|sleeping aids?"
    r"|(?:morphine|fentanyl|pain) patches|diazepam|valium|mirtazapine|co codamol|digoxin"
    r"|oxycodone|amitriptyline|quetiapine|zopiclone|temazepam|propranolol)"
)
_PILL_NOUN = _PILLS.removeprefix(r"(?:\w+ )?")
# Anchors for every name in _PILLS (a rule searched only near its anchors misses a name left out).
_PILL_ANCHORS = (
    "pill|tablet|meds|medic|painkill|antidepress|paracetamol|tylenol|acetaminophen|ibuprofen"
    "|aspirin|xanax|benzo|opioid|oxy|insulin|lithium|sertraline|prozac|codeine|morphine|tramadol"
    "|sleeping aid|patches|diazepam|valium|mirtazapine|codamol|digoxin|amitriptyline|quetiapine"
    "|zopiclone|temazepam|propranolol"
)
_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|body|ankles?|shoulders?|chest"
    r"|veins?|forearms?|hands?|face|head)"
)
_HIGH_PLACE = (
    r"(?:bridge|building|roof|rooftop|cliff|balcony|window|ledge|tower|overpass|skyscraper"
    r"|car park|parking garage|parking lot roof|multi ?storey|flat|block of flats|dam|viaduct)"
)
_VEHICLE = (
    r"(?:train|tube|subway|metro|tram|bus|lorry|truck|car|traffic|tracks|railway|rails|motorway"
    r"|highway|freeway|oncoming \w+)"
)
_ME_INTENT = (
    r"(?:i|im|ill|id|me|to|gonna|wanna|about|going|could|should|will|would|ready|want|just"
    r"|thinking (?:about|of)|thought about|think about|planning|plan|might)"
)
# Things people "overdose" on in jest.
_TREATS = (
    r"(?:coffee|caffeine|sugar|chocolate|candy|sweets|cake|netflix|tv|anime|sun|sunshine|cute\w*"
    r"|love|carbs|pizza|memes|energy drinks|red ?bull|vitamin \w+|work|studying|music|k ?pop"
    r"|drama|tea|cookies|ice cream|dopamine|serotonin|happiness|kindness|content|reels|tiktok"
    r"|overtime|meetings|emails|revision|homework|english|maths|math|lectures|classes|christmas"
    r" pudding|pudding|nostalgia|youtube|podcasts|gossip|cheese|crisps|chips|candy corn|fudge)"
)

# Who is the subject? A backward scan finds the nearest one of these before the verb.
_FIRST = _words(
    """i im ive ill id me my we were ich mich mir mein meine je j moi yo mi ik mij mijn я мне меня
    мой моя мы"""
)
_THIRD = _words(
    """he she they hes shes theyre theyve theyll hed shed someone somebody friend friends bestie
    bff bf gf boyfriend girlfriend partner husband wife son daughter kid kids child children
    sister sisters brother brothers sibling siblings mum mom mother mama mommy mummy dad father
    papa daddy parent parents stepmom stepmum stepdad stepfather stepmother cousin aunt uncle
    grandma grandpa grandmother grandfather nan nana granny niece nephew roommate flatmate
    housemate classmate colleague coworker boss student pupil client patient teammate neighbour
    neighbor guy girl boy man woman teen teenager ex fiance fiancee crush mate buddy person
    people character protagonist er sie freund freundin schwester bruder mutter vater sohn
    tochter il elle ils elles ami amie copain copine soeur frere mere pere fils fille el ella
    ellos ellas amigo amiga hermano hermana madre padre hijo hija novio novia hij zij ze vriend
    vriendin zus broer moeder vader zoon dochter он она они друг подруга сестра брат мама папа
    сын дочь"""
)
_SECOND = _words("you u du usted jij ты вы")
_SUBJECT_STOP = _words(
    """and but because cause cuz so or then when if while und aber weil et mais parce y pero
    porque en maar omdat и но потому"""
)

# Negation: a negator governs a head when only "transparent" words stand between them.
_NEGATORS = _words(
    """not dont doesnt didnt never wont wouldnt isnt arent wasnt werent havent hasnt hadnt aint
    nicht nie niemals kein keine keinen keiner pas jamais niet nooit geen nunca jamas не ни
    никогда"""
)
_TRANSPARENT = _words(
    """really even ever actually truly honestly seriously necessarily exactly particularly think
    i im am is are be been being going gonna to of want wanna would will ll id ill plan planning
    intend intending trying try like at all so just about thinking thought thoughts having have
    had any a the feel feeling commit committing attempt attempting consider considering
    contemplating ideas urges intent intention intentions plans plan desire wish interest
    suicidal self anymore yet currently right now gedachten pensamientos intencion
    mich mir me se mezelf mijzelf an aan a om te zu de ik ich je yo я хочу буду собираюсь
    хочется will mochte wil veux vais voudrais quiero voy ga gaan plus mehr meer mean meant
    saying said say mentioned anything думаю думал думала о об pienso pensando denk denke dran daran
    dass"""
)
# "trying not to cut" is an urge, "almost" (чуть не) is not a denial; "can't stop" affirms.
_NEGATION_BREAKERS = _words("trying try tried hard struggling fighting hardest чуть")
_DOUBLE_NEGATIVE = _words("stop help quit resist")
# Spanish "no" negates the verb or clitic right after it: "no quiero", "no me voy a".
_NO_VERBS = _words("quiero voy me te se puedo pienso deseo tengo quiere va debo")
# "I see overdoses every shift", "we read about suicide": the writer as witness, not subject.
_REPORTING = _words(
    "see saw seen watch watched watching read reading hear heard learn learned learning study"
    " studied teach teaching taught talk talked discuss discussed write wrote writing research"
    " researching treat treated treating work working volunteer volunteering submitted"
    " dissertation thesis"
)
# "No thoughts of hurting myself", "no plans to", "no intention of".
_NO_NOUNS = _words(
    "thoughts thought plans plan intention intentions intent urge urges desire wish interest"
    " reason reasons"
)
# "Nobody wants to die" is not a disclosure.
_NOBODY = _words("nobody noone niemand personne nadie niemand никто")
_OR = _words("or nor")
# A denied label followed by what the writer does want opens a new clause.
_NEW_CLAUSE = _words("i im just but")

_Trie = dict[str, "_Trie"]
_WORD_END = "\x00"


def _trie_pattern(stems: Iterable[str]) -> str:
    """One regex alternation shaped like a trie, so each position costs a few comparisons.

    A stem matches as a prefix ("suicid" matches "suicidal"); a stem ending in ``_WORD_END``
    matches whole words only.
    """
    root: _Trie = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [
            (r"\b" if char == _WORD_END else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


_GROUP = re.compile(r"\{([^{}]*)\}")


def _expand(template: str) -> list[str]:
    """ "in my {teens|past}" -> ["in my teens", "in my past"]."""
    group = _GROUP.search(template)
    if group is None:
        return [template]
    head, tail = template[: group.start()], template[group.end() :]
    return [
        found for option in group.group(1).split("|") for found in _expand(head + option + tail)
    ]


def _phrases(*templates: str) -> str:
    """A trie-shaped regex for literal phrases: whole words, or prefixes when they end in "*"."""
    stems = [
        phrase[:-1] if phrase.endswith("*") else phrase + _WORD_END
        for template in templates
        for phrase in _expand(template)
    ]
    return "(?:" + _trie_pattern(stems) + ")"


_TYPO = re.compile(" (" + _phrases(*_TYPOS) + ")(?= )")
# A set lookup over the words is cheaper than the regex, which only runs when one is there.
_TYPO_WORDS = frozenset(
    word for typo in _TYPOS for word in typo.split() if word not in {"and", "i", "to", "with", "it"}
)

# Frames around a match. Like the rules, they are led by the space before a word, so that sre
# can skip from word to word.


def _context(pattern: str) -> re.Pattern[str]:
    return re.compile(" (?:" + pattern + ")")


_DISTANT_PAST = _context(
    _phrases(
        "when i was {a |an |in |at |still |very |really |only |just |}{kid|child|little|young"
        "|younger|teen|teenager|baby|boy|girl|student|school|high school|middle school|college"
        "|uni|university|small}",
        "as a {kid|child|teen|teenager|young*}",
        "years ago",
        "used to",
        "back then",
        "back in {the day|the days|those days|my day|school|high school|college|uni|university"
        "|my teens|my twenties|my youth}",
        "in my {teens|twenties|childhood|youth|past}",
        "{in|during} {high|middle} school",
        "growing up",
        "long ago",
        "a long time ago",
        "in the past",
        "last year",
        "years back",
        "childhood",
        "als ich {klein|jung|kind|ein kind} war",
        "vor {vielen|einigen|ein paar} jahren",
        "fruher",
        "quand {j |j|}etais",
        "il y a {des|plusieurs|quelques} ans",
        "cuando era",
        "hace {muchos|unos|varios} anos",
        "toen ik",
        "jaren geleden",
        "vroeger",
        "в детстве",
        "лет назад",
        "когда я был",
        "recovered",
        "in recovery",
        "clean {from|of} {sh|cutting|self harm*|selfharm*}",
        "{days|weeks|months|years|day|week|month|year} {clean|free|sober}",
        "{days|weeks|months|years|day|week|month|year} without {cutting|sh|self harm*|selfharm*}",
        "{havent|have not|hasnt} {cut|self harmed|hurt myself|hurt himself|hurt herself}"
        " {in|for|since}",
        "since i {last |}{cut|self harmed|harmed myself|hurt myself|burned myself|relapsed"
        "|attempted|tried to kill myself|overdosed}",
        "sin {cortarme|lastimarme|autolesionarme|hacerme dano|hacerme daño}",
        "sans me {couper|scarifier|faire du mal|mutiler}",
        "ohne {zu ritzen|mich zu ritzen|mich zu verletzen|mich zu schneiden}",
        "ritzfrei",
        "{self harm|selfharm|self injury|sh|cutting} free",
        "free {from|of} {self harm|selfharm|self harming|sh|cutting}",
        "{stopped|quit} {the |}{self harm|selfharm|self harming|cutting}",
        "{self harm|selfharm|sh} scars",
        "old {self harm|selfharm|sh}",
        "год назад",
        "на {первом|втором|третьем|четвертом|пятом} курсе",
        "в {школе|юности|молодости}",
        "clean seit",
        "zonder {te snijden|mezelf te snijden|te krassen|mezelf te beschadigen}",
        "без {селфхарма|порезов}",
        "il y a {deux|trois|quatre|cinq|six|sept|huit|dix|quelques|plusieurs} ans",
        "vor {zwei|drei|vier|funf|fuenf|sechs|zehn|ein paar|vielen} jahren",
        "hace {dos|tres|cuatro|cinco|seis|diez|unos|muchos|varios} anos",
        "{twee|drie|vier|vijf|zes|tien|een paar|veel} jaar geleden",
        "{два|три|пять|десять|несколько|много} {года|лет} назад",
        "hace {anos|tiempo|mucho|mucho tiempo|un ano}",
        "cuando {yo |}tenia",
        "il y a un an",
        "vor einem jahr",
        "een jaar geleden",
        "это {было |}давно",
        "давно это было",
        "{the part of me|the kid|the girl|the boy|year old self|year old me|younger self"
        "|younger me|teenage self|teenage me} {that|who} {wanted|was|used|tried|felt}",
        "anniversary of {the night|the day|my attempt|my suicide attempt|my overdose}",
        "jahrestag {meines|meiner} {suizidversuch*|versuch*}",
        "раньше",
        "ещё в {институте|университете|универе|школе|колледже}",
        "in {my|the|her|his} {first|second|third|fourth|final|last} year {of|at}",
        "in {sixth form|year 7|year 8|year 9|year 10|year 11|year 12|year 13}",
        "{not|i dont|i do not|i didnt} {anymore|any more}",
    )
    + "|"
    + _phrases(
        "{when i was|als ich|quand j etais|quand jetais} {1|2|3|4|5|6|7|8|9}*",
        "в {1|2}{0|1|2|3|4|5|6|7|8|9} {лет |год |года |}я",
        "{vor|hace|il y a} {1|2|3|4|5|6|7|8|9}{|0|1|2|3|4|5|6|7|8|9} {jahren|anos|ans}",
        "в {1|2}{0|1|2|3|4|5|6|7|8|9} {лет|год|года}",
        "a los {1|2}{0|1|2|3|4|5|6|7|8|9}",
        "a {1|2}{0|1|2|3|4|5|6|7|8|9} ans",
    )
    + r"|(?:in|en|в|that was|was in|im jahr|,) (?:19\d\d|20[01]\d|202[0-4])\b|\bday \d+ without\b"
    r"|прошл\w* (?:\w+ )?(?:лет|года?)\b|a (?:quinze|seize|dix sept|dix huit|dix neuf|vingt) ans\b"
    r"|\bat (?:1[3-9]|2\d|\w+teen|twenty\w*),? i (?:tried|attempted|took|overdosed|cut|wanted"
    r"|used|was|had|nearly|almost)\b"
    r"|уже (?:\w+ )?(?:год|года|лет) (?:не|нет)\b"
    r"|when (?:he|she|they) (?:was|were) (?:about |around |only |just )?(?:\d+|\w+teen|twenty\w*"
    r"|a (?:kid|child|teen\w*|student))\b"
    r"|(?:it|things|die|dead|gone) (?:at|aged) (?:1[3-9]|2\d|\w+teen|twenty\w*)\b"
    r"(?! ?(?:tonight|today|tomorrow|pm|am|oclock|o clock|hours|hrs|past|to|minutes|mins|h)\b"
    r"| [:.] \d)"
    # Number words and ages: "four years since my attempt", "an overdose at nineteen".
     + r"|(?:vor \w+ jahren|hace (?:ya )?\w+ anos|il y a \w+ ans|ca fait \w+ ans|\w+ jaar geleden"
    r"|seit \w+ jahren nicht|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|\d+) (?:years|yrs) (?:(?:today|to the day) )?(?:ago|since|on|clean"
    r"|free|later)"
    r"|(?:attempt|attempted|overdose|overdosed|unalive|suicide|life|myself)\w* (?:at|aged)"
    r" (?:1\d|2\d"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty\w*)"
    r"|when i was (?:about |around |maybe |only |just )?(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty\w*|thirty\w*)|mit (?:1\d|2\d) (?:einen|hab|habe|hatte)"
    # "I was ten when my mum...", "the age I was when I took an overdose".
    r"|the age i was when|(?:i was|age i was) (?:about |around |only |just )?(?:\d+|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\w*|thirty\w*) when)\b"
)
_RETURNING = _context(
    r"\b(?:(?<!never )(?<!not )(?<!not there )(?:do|doing|did|done|try|trying|tried|it|that|cut\w*"
    r"|hurt\w*|burn\w*|harm\w*|feel\w*|want\w*|urges?|thoughts?|thinking|myself|me|happen\w*"
    r"|overdos\w*|start\w*|there|back|at it|on it) (?:\w+ )?again"
    r"|still (?:want|think|feel|have|get|cut|wish)|(?:urges?|thoughts?|feelings?|cravings?"
    r"|(?:urge|need|want|wanting) to \w+(?: \w+)?) (?:(?!(?:hasnt|havent|hadnt|not|never|didnt"
    r"|doesnt|dont|wont)\b)\w+ ){0,2}?(?:coming|came|come|comes|are|is"
    r"|were|was) back|(?:its|it is|theyre|they are) back|started (?:up )?again"
    r"|(?<!worry about )(?<!worried about )(?<!fear of )(?<!afraid of )(?<!scared of )(?<!avoid )"
    r"(?<!prevent )relaps\w*|(?:clean|free) (?:and|but|then|until) (?:i |ive )?"
    r"(?:just|today|tonight|now|yesterday|last night)"
    r"|(?<!dont )(?<!didnt )(?<!not )(?<!never )(?<!no )(?:want|wants|wanting|wanted|urges?) to"
    r" (?:\w+ ){0,3}(?:cut\w*|burn\w*|hurt\w*)|(?:опять|снова) (?:тянет|хочу|хочется))\b"
)
# Words of the present undo a distant past only where they, not the past, sit closest to the
# match: a long message that opens "tonight I told my partner about my attempt at 19" or ends
# "I'm okay right now" is still about the past.
_NOW = _context(
    r"\b(?:lately|recently|these days|right now|tonight|nowadays|at the moment|this week)\b"
)
_FICTION = _context(
    _phrases(
        "{movie|movies|film|films|tv show|series|episode|book|books|novel|character|characters"
        "|protagonist|villain|song|songs|lyrics|album|video game|anime|manga|comic|comics|article"
        "|news|headline|documentary|podcast|netflix|celebrity|actor|actress|singer|rapper|fanfic"
        "|fiction|plot|scene|chapter|author|poem|novelist|musician|the bell jar|hamlet|romeo"
        "|juliet|shakespeare|tells the story|story of a|boek|aflevering|hoofdpersoon|personage"
        "|toneelstuk|buch|hauptfigur|theaterstuck|livre|personnage|libro|pelicula|episodio"
        "|personaje|novela|фильм*|сериал*|книге|книга|peli|pelis|serie|prota|protagonista|heroe"
        "|heros|prop|props}",
        "{tv|teen|netflix} show",
        "in {the|this|that} show",
        "{is|its|was} about a",
    )
)
_TOPIC = _context(
    _phrases(
        "{class|lesson|lecture|course|textbook|research|study|studies|statistics|stats|paper"
        "|essay|assignment|homework|project|presentation|prevention|awareness|training|module"
        "|rate|rates|teacher|professor|school|university|seminar|workshop|volunteer*|charity"
        "|patient|patients|shift|ward|nurse|nursing|paramedic*|ambulance|emergency room|a and e"
        "|clinic|news|report|deaths|cases|epidemic|crisis line|hotline volunteer|doku|dokumentation"
        "|reportage|documentaire|documental|nieuws|nachrichten|noticias|artikel|articulo|students"
        "|teaching|risk assessment*|helpline*|dissertation|thesis|inpatient*|acute unit"
        "|medically stable|crisis team|lfts|bible|church|priest|preacher*|sermon|youth group"
        "|pharmacology|antidote*}",
        "{a|another|his|her|their} {suicide|overdose}",
        "{an|the} overdose",
        "the suicide of",
    )
)
# "What do you do if someone says they're suicidal?": someone else, hypothetically, unless the
# writer then owns it ("asking because that someone is me") or names someone close.
_HYPOTHETICAL = _context(
    _phrases(
        "{if|when|what if} {someone|somebody|a person|a user|a client|anyone} {says|said|tells"
        "|told|types|typed|writes|wrote|texts|messages|mentions|admits|is|seems}"
    )
)
_ITS_ME = _context(
    _phrases(
        "{that someone|the someone|that person|the person} is me",
        "{its|it is|asking} for {me|myself}",
        "{im|i am} {that|the} {someone|person}",
        "asking {because|bc|cause|since|as} {i|im|i am|ive}",
    )
)
_SERIOUS = _context(
    _phrases(
        "{im|i am|being} serious",
        "seriously",
        "not {even |}{joking|kidding|a joke}",
        "no joke",
        "for real",
        "im not kidding",
        "i {|really }mean it",
        "{no but|but} actually",
        "{actually|really|honestly} i do",
        "i {actually|really|honestly} do",
    )
)
_JOKE = _context(
    _phrases(
        "{lol|lool|lmao|lmfao|rofl|jk|jkjk|xd|just kidding|kidding|joking|jokes|mdr|ptdr}",
        "jaja*",
        "jeje*",
        "хаха*",
        "ахах*",
        "haha*",
        "ahah*",
        "hehe*",
    )
)
_JOKE_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f480\U0001f605\U0001f606\U0001f639\U0001f643]")
_TRIVIAL_CAUSE = _context(
    r"\b(?:this|that|these|those|the|my|our) (?!life|pain|world|feelings?|loneliness"
    r"|depression|anxiety|grief|sadness|situation|emptiness|voices?|thoughts?|mind|brain|head"
    r"|trauma|past|family|abuse|illness|body)\w+(?: \w+)? (?:makes?|made|is making|are making)"
    r" me\b|\b(?:embarrass\w*|cringe\w*|awkward|mortified)\b"
    r"|\bif (?:i|we) (?:\w+ ){0,4}one more (?!day|night|week|minute|second|hour|time)\w+"
    r"|\b(?:hear|see|watch|listen to|sit through|read) (?:\w+ ){0,3}one more time\b"
    r"|\bwenn (?:\w+ ){0,4}noch (?:ein|eine|einen|einmal)\b|\bsi (?:\w+ ){0,4}(?:otra vez|una vez"
    r" mas|encore une fois|encore un|encore une)\b"
    # A small public blunder just made: "I just called my teacher mum", "sent it to the wrong chat".
    r"|\bi (?:just|accidentally) (?:called|sent|replied|waved|tripped|spilled|spilt|liked|texted"
    r"|emailed|hit reply|walked into)\b|\bcalled (?:my |the |our )?\w+ (?:mum|mom|mummy|mommy|dad"
    r"|daddy)\b|\bwrong (?:person|chat|group chat|email|address)\b"
)
_RELATION = _context(
    r"\b(?:my|our|mein\w*|mon|ma|mes|mi|mis|mijn|мо\w+) (?:\w+ )?(?:friend|bestie|bff|bf|gf"
    r"|boyfriend|girlfriend|partner|husband|wife|son|daughter|kid|child|sister|brother|sibling"
    r"|mum|mom|mother|dad|father|parent|cousin|aunt|uncle|grandma|grandpa|niece|nephew|roommate"
    r"|flatmate|classmate|colleague|coworker|student|client|patient|teammate|neighbou?r|ex"
    r"|fiancee?|freund\w*|schwester|bruder|ami|amie|soeur|frere|amig[oa]|herman[oa]|vriend\w*"
    r"|zus|broer|друг|подруга|сестра|брат)s?\b"
)


# ---------------------------------------------------------------------------------------------
# 4. Rules
# ---------------------------------------------------------------------------------------------


class _Person(Enum):
    FIRST = 1
    THIRD = 3
    SECOND = 2


@dataclass(frozen=True, slots=True)
class _Rule:
    """One family of phrasings.

    Pattern groups the qualifier understands: ``v`` (the head a negation must reach; the match
    start when absent), ``neg`` (an embedded negation that cancels the match), ``idiom`` (an
    idiomatic continuation that cancels it), ``p1``/``p3``/``p2`` (who the act is aimed at).

    ``before`` is a governing frame that must end right where the pattern starts: the pattern
    is the rare head ("die", "jump off the bridge") and the frame the common words that make it
    a wish or an intent ("I just want to", "going to"). Searching for the head first is fast.

    The other fields: ``level`` (CRISIS; CONCERN for hopelessness and grief; NONE for idiom
    frames), ``negatable`` (a negator just before the head cancels the match), ``weak`` (a
    concern that becomes a crisis next to any other sign), ``mention`` (a bare mention, which
    yields to an overlapping specific match and to fiction, news and topics), ``frame`` (voids
    the matches it covers), ``hyperbole`` (jokes and trivial causes soften it to concern),
    ``unless``/``despite``/``requires`` (context near the match that voids it, that overrides
    such a void, or that must be there), ``own_level`` (the level when the writer is the
    subject, for "committed suicide" said of oneself), ``reach`` (how far before an anchor a
    match may begin, for searching long sentences near the anchors only), ``requires_across``
    (when the match opens its sentence, after at most a subject, the ``requires`` context may
    also lie in a neighbouring one: a clarifying fragment such as "I want to disappear. Not move
    cities.", or "Stopped my insulin. Nobody knows."), ``unless_after`` (a context that voids the
    match when it opens the next sentence: "I won't be here next month! Got the job abroad.",
    "I'm going to end it. The friendship, I mean.").
    """

    name: str
    anchors: tuple[str, ...]
    pattern: re.Pattern[str]
    categories: tuple[Category, ...]
    level: Level = Level.CRISIS
    negatable: bool = True
    weak: bool = False
    mention: bool = False
    frame: bool = False
    hyperbole: bool = False
    unless: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    despite: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    own_level: Level | None = None
    reach: int = 60  # how far before its anchor a match may start (see _BEFORE_ANCHOR)
    requires_across: bool = False
    unless_after: re.Pattern[str] | None = None


def _rule(
    name: str,
    anchors: str,
    pattern: str,
    *categories: Category,
    level: Level = Level.CRISIS,
    negatable: bool = True,
    weak: bool = False,
    mention: bool = False,
    frame: bool = False,
    hyperbole: bool = False,
    unless: str | None = None,
    requires: str | None = None,
    despite: str | None = None,
    before: str | None = None,
    own_level: Level | None = None,
    reach: int = 60,
    requires_across: bool = False,
    unless_after: str | None = None,
) -> _Rule:
    return _Rule(
        name=name,
        anchors=tuple(anchors.split("|")),
        pattern=re.compile(" (?:" + pattern + ")"),
        categories=categories,
        level=Level.CONCERN if weak else level,
        negatable=negatable,
        weak=weak,
        mention=mention,
        frame=frame,
        hyperbole=hyperbole,
        unless=_context(unless) if unless else None,
        requires=_context(requires) if requires else None,
        despite=_context(despite) if despite else None,
        # The frame must end exactly where the head begins (``$`` is the search's endpos).
        before=re.compile(" (?:" + before + ") $") if before else None,
        own_level=own_level,
        reach=reach,
        requires_across=requires_across,
        unless_after=_context(unless_after) if unless_after else None,
    )


_DEATH_ANCHORS = (
    "die|dye|diee|dyee|dead|be gone|alive|not here|not be here|not around|not be around"
)
_DEATH_ANCHORS += "|not exist|stop exist|stop living|stop breath|cease|wake|sle|disappear|vanish"
_DEATH_ANCHORS += "|go away|fade away|leave this|with god|with jesus|to heaven|rest in|rest forever"
_DEATH_ANCHORS += "|be over|out of|six feet|di |asleep|stop being|get gone|nod off|nod out"
_DEATH_ANCHORS += "|let go|drift|never get|not get up"
_ACCIDENT = _phrases(
    "{by accident|accident*|cooking|baking|chopping|shaving|opening|ironing|slipped|fell|falling"
    "|tripped|paper cut|kitchen|at the gym|workout|lifting|playing|football|soccer|skiing|hiking"
    "|climbing|in the sun|sunburn*|curling iron|straighteners|laughing|toast|dinner|cake|pizza"
    "|pasta|slicing|peeling|onion|onions|vegetables|veg|carrots|bread|bagel|avocado|mandoline"
    "|grater|tin can|can opener|recipe|soup|needle|injection|prop|props|t shot|testosterone|jab}",
    "on {a|the} {fence|glass|knife|can|door|nail|stove|oven|pan|hob|iron|kettle|table|corner"
    "|cupboard|edge}",
    "while {cooking|cutting|chopping|opening|working|gardening|playing|running}",
)
_DELIBERATE = _phrases(
    "{on purpose|deliberately|intentionally|again|keep|keeps|kept|every day|every night"
    "|when nobody*|secretly|to feel*|to punish*|until|till|wanted it to hurt|want it to hurt"
    "|so it hurts|to cope|absichtlich|expres|a proposito|expres|met opzet}"
)
_GAMES = _phrases(
    "{minecraft|fortnite|roblox|game|games|gaming|respawn*|tnt|lava|pvp|level|boss fight"
    "|by accident|accidentally|lag|controller|speedrun*|sims|zelda|mario|pokemon}"
)
_TRAVEL = _phrases(
    "{trip|travel*|holiday|vacation|flight|fly|flying|airport|moving|move|moved|away|visit*|work"
    "|shift|busy|offline|internet|wifi|signal|camp|conference|exam|phone|app|uninstall*|delet*"
    "|account|new job|festival|wedding|hospital stay|surgery|retreat|taking a break|leaving for"
    "|abroad|on leave|school|class|meeting|appointment|weekend away}"
)
_EVENT = _phrases(
    "{wedding|party|parties|meeting|appointment|trip|holiday|vacation|birthday|surgery|operation"
    "|exam|test|move|moving|launch|concert|interview|date night|dinner|baby|due|graduation|gig"
    "|show|game|match|premiere|prom|finale|first date|dentist|doctor|flight|start|training"
    "|reunion|marathon|race|ceremony|event}"
)

# An urge already ridden out, in its sentence or the next: "held ice instead and texted my
# friend. it passed", "I ate my dinner and kept it down".
_URGE_RIDDEN_OUT = (
    r"\b(?:it|its|it has|the urge|which) passed\b|\bkept it down\b|\brode it out\b"
    r"|\b(?:did ?nt|did not) act on\b|\binstead\b"
)

# Round-four rule pass, helper A: what a command hallucination tells the hearer to do.
_R4A_COMMAND = (
    r"(?: (?:in my head|from my \w+|in the \w+))?(?: (?:are|is|keep|keeps|kept|have been"
    r"|has been|started|were|was|r|re|just|still|now|always|constantly|getting|get|s)){0,3}"
    r" (?:say|says|saying|said|tell|tells|telling|told|want|wants|wanted|order\w*|command\w*"
    r"|demand\w*|scream\w*|whisper\w*|insist\w*|urg(?:e|es|ing|ed)|instruct\w*)"
    r"(?:(?: at)? (?:me|her|him|them|us|my \w+))?"
    r"(?:(?: that)? (?:i|she|he|they|we) (?:have|has|need|needs|must|should|gotta|got|ought)"
    r"(?: to)?| to)?(?: just| finally| go| go and| come)?"
    r" (?:(?:kill|hurt|harm|stab|strangle|poison|burn|drown|hang|punish) (?!it\b|time\b)"
    r"|sacrifice (?:myself|himself|herself|themselves|me|him|her)\b"
    r"|cut(?= *(?:[.!?;,\n]|$)| (?:and|myself|herself|himself|me|deeper|deep|again|my (?:arms?"
    r"|wrists?|legs?|thighs?|skin|throat))\b)"
    r"|jump(?= *(?:[.!?;,\n]|$)| (?:off|out|from|in front|into (?:the )?(?:river|sea|traffic"
    r"|water))\b)|step (?:in front|off|out)\b|walk (?:in front|into (?:the )?(?:traffic|sea"
    r"|river|road)|off)\b|(?:drink|swallow) (?:the |all |some |my )?(?:bleach|poison|batteries"
    r"|pills|tablets|glass|antifreeze|\w+ under the sink)\b|die\b|end (?:it|myself|my life)\b"
    r"|do it (?:now|tonight)\b|(?:go|be|get) (?:to|on|at|up on) the (?:\w+ ){0,2}?(?:roof"
    r"|bridge|tracks|ledge|edge)\b|(?:on|off|at|in front of) the (?:\w+ )?(?:roof|ledge|bridge"
    r"|tracks|edge|road|train)\b|(?:deal with|stop|get) (?:him|her|them)\b|overdose\b"
    r"|take (?:all|the lot|them all)\b)"
)
_R4A_NOT_VOICES = (
    r"\b(?:inner voice|voice of reason|voice ?notes?|voicemail|gps|sat ?nav|siri|alexa|coach"
    r"|trainer|director|choir|singing|vocal\w*|audition|voice actor|voice over|game|recipe"
    r"|manual|lol|haha|lmao|song says|lyrics say|the film|the book|the show|character"
    r"|(?:dont|do not|never|no longer|stopped) hear\w*|no voices)\b"
)
# Psychiatric and sleeping medicines by name, which the older pill rules do not anchor on: the
# names are their own anchors; the three phrases below are anchored on their stems.
_R4A_MED_NAMES = (
    "olanzapine|clozapine|quetiapine|seroquel|lithium|lamotrigine|valproate|depakote"
    "|risperidone|aripiprazole|abilify|haloperidol|chlorpromazine|zopiclone|zolpidem|diazepam"
    "|lorazepam|clonazepam|benzos|sertraline|fluoxetine|citalopram|venlafaxine|mirtazapine"
    "|amitriptyline|pregabalin|gabapentin|meds|pills|tablets|medication"
)
_R4A_MEDS = (
    r"(?:" + _R4A_MED_NAMES + r"|mood stabili[sz]ers?|antipsychotics?|sleeping (?:pills|tablets))"
)
_R4A_MEDS_ANCHORS = _R4A_MED_NAMES + "|mood stabili|antipsychotic|sleeping"
# What a threat "over" is about when it is a family joke: "kill me if I eat the last biscuit".
_THREAT_TRIVIA = r"biscuits?|cookies?|cake|chocolate|crisps|pizza|last slice|leftovers"


_RULES: tuple[_Rule, ...] = (
    # -- suicidal ideation: desire x death --------------------------------------------------
    _rule(
        "desire-death",
        _DEATH_ANCHORS,
        _DEATH_STATE,
        SI,
        before=rf"(?P<v>{_DESIRE})(?: (?:{_ADV_WORD}|to))*",
        hyperbole=True,
        unless=r"\bnot because (?:i|im|i m) (?:\w+ )?(?:want|wanna|wish)\b"
        r"|\b(?:rather|sooner) d[iy]e than (?!(?:live|living|keep|go on|feel|continue"
        r"|suffer|wake|be alive|spend another|another day|exist|face))|cross my heart",
        unless_after=r"(?:of|from) (?:embarrassment|shame|cringe|mortification)\b",
    ),
    _rule(
        "thinking-about-dying",
        "dying|being dead|not existing|not being|not waking|my death|my own death|disappearing"
        "|letting go",
        _DYING,
        SI,
        before=r"(?P<v>(?:think|thinks|thinking|thought|thoughts|dream|dreams|dreaming"
        r"|fantasi[sz]e\w*|obsess\w*|feel like|felt like|feeling like|fixated|romantici[sz]\w*"
        rf"|ideas?)(?: (?:about|of|on|with))?)(?: {_ADV_WORD})*",
        hyperbole=True,
    ),
    _rule(
        "sleep-and-never-wake",
        "wak",
        r"(?P<v>sle+p|sle+ping|go to sle+p|going to sle+p|fall asleep|falling asleep)"
        r"(?: forever| one night)? (?:and|then) (?:never|not|dont|just not|never ever) (?:wake"
        r"|waking) up\b",
        SI,
    ),
    _rule(
        "longing-for-death",
        "death",
        r"(?P<v>(?:want|wish for|long for|longing for|pray for|praying for|ready for|welcome"
        r"|welcoming|crave|craving|look forward to|looking forward to|waiting for|wait for"
        r"|hope for|hoping for|beg for|begging for|yearn for|yearning for|embrace)) (?:my |sweet"
        r" |an early |death to come|the sweet release of )?death",
        SI,
    ),
    _rule(
        "wish-i-were-dead",
        "wish",
        r"(?P<v>wish(?:ed|ing)?(?: (?:that|so much|so bad|sometimes|every day|everyday|often"
        r"|constantly))* (?:i|id)|(?P<p3>wishes (?:that )?(?:he|she|they)))"
        r"(?: (?:was|were|could|would|d|had|just|simply|really|be|been|to|fall|drift off"
        r"|go to sleep and"
        r"|fall asleep and|sleep and|go|and))*"
        r" (?:dead|die|died|gone|never (?:been |even been )?born|not (?:been )?born|never existed"
        r"|not exist\w*|never exist\w*|stop existing|cease to exist|not (?:be )?(?:alive|here"
        r"|around)|never (?:wake|woke) up|not wake up|disappear\w* (?:forever|for good)"
        r"|vanish\w* forever|(?:fade|go) away (?:forever|for good)|(?:sle+p|asleep) forever"
        r"|didnt exist|did not exist|wasnt born"
        r"|werent born"
        r"|wasnt alive|wasnt here|didnt wake up|wouldnt wake up|would not wake up|hadnt been born"
        r"|had not been born)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "hope-i-die",
        "hop|wish|pray",
        r"(?P<v>hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|pray(?:s|ed|ing)?) (?:that )?(?:i (?:just"
        r" |will |would )?(?:die|dont wake up|never wake up|do not wake up|wont wake up|get hit"
        r"|get run over|get killed|crash|die in my sleep|wake up dead)|(?:a |the |some |this"
        r" |that )?(?:\w+ )?(?:car|bus|truck|lorry|train|plane|cancer|someone|somebody|something"
        r"|virus|bullet|lightning|disease|illness|it|god) (?:will |would |could |just )*(?:hits?"
        r" me|kills? me|runs? me over|takes? me|ends? me|crash(?:es)?|gets? me|(?:doesnt|does not"
        r"|wont|will not|dont) (?:stop|brake|see me)|goes down|go down|falls?|sinks?)"
        r"|(?:it|this|the \w+|that)(?: is| s|s| turns out to be| will be) (?:cancer|terminal"
        r"|fatal|incurable|something that kills me))"
        r"|(?:hop\w*|pray\w*)(?:(?! not\b| isnt\b| nothing\b| wont\b| you\b| u\b"
        r"| they\b)[^.!?]){0,40}"
        r"\b(?:cancer"
        r"|terminal|fatal|incurable)\b",
        SI,
        unless=r"cross my heart",
    ),
    _rule(
        "let-me-die",
        "die|dye",
        r"(?P<v>why (?:cant|cannot|wont|doesnt|does not|can not|dont) (?:i|god|anyone"
        r"|the universe|life) (?:just )?(?:let me )?)d[iy]e+\b",
        SI,
    ),
    _rule(
        "wish-for-fatal-illness",
        "recover|get better|survive|make it|pull through",
        r"(?P<v>(?:hop|wish|pray)\w*) (?:that )?(?:i|id)(?: would| will| could| might)?(?: just)?"
        r" (?:get|catch|develop|had|have|got)\b[^.!?]{0,30}\b(?:and|then|that|i) (?:just )?(?:not"
        r"|never|wont|dont|cant|doesnt) (?:recover|get better|survive|make it|pull through)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "if-i-died-wouldnt-mind",
        "mind|care|bother",
        r"if i (?:got|get|was|were|just)?\b[^.!?]{0,30}\b(?:hit|killed|died|die|dead|run over"
        r"|never woke up|didnt wake up|dont wake up|crashed|drowned)\b[^.!?]{0,25}\b(?:i )?"
        r"(?:wouldnt|would not|wont|dont|honestly wouldnt|really wouldnt) (?:even |really |honestly"
        r" )?(?:mind|care|be bothered)\b",
        SI,
        negatable=False,
        unless=r"\b(?:game|character|level|minecraft|fortnite|respawn)\b",
    ),
    _rule(
        "ready-to-go",
        "ready to go|ready to leave|ready to die",
        r"(?:im|i am|i m|i feel|i think im|i think i am) (?:finally |so |really |just )?ready to"
        r" (?:go|leave)" + _END,
        PLAN,
        weak=True,
        unless=r"\b(?:party|school|work|trip|holiday|vacation|bus|train|airport|flight|out"
        r"|shopping|gym|meeting|class|concert|match|game|home|bed|car|taxi|uber|packed|dressed)\b",
    ),
    _rule(
        "made-peace",
        "peace",
        r"(?:made|make|making) (?:my )?peace with (?:it|everything|dying|death|my (?:death|decision"
        r"|choice|fate|end)|leaving|going|the idea of (?:dying|not being here|death))\b",
        PLAN,
        weak=True,
        unless=r"\b(?:breakup|break up|ex|divorce|job|diagnosis|past|childhood|move|moving|loss"
        r"|his death|her death|their death)\b",
    ),
    _rule(
        "provided-for-after",
        "after|without me|when im gone|when i m gone|once im gone|once i m gone",
        r"(?:they|she|he|it|theyll|shell|hell|everyone|the (?:cats?|dogs?|pets?|kids))(?: will| ll|"
        r" are going to| would)? (?:be )?(?:fine|ok|okay|looked after|taken care of|cared for|safe"
        r"|alright|all right) (?:after|without me|when im gone|when i m gone|once im gone"
        r"|once i m gone)(?= *(?:[.!?;,\n]|$| im| i))",
        PLAN,
        BYE,
        weak=True,
        unless=r"\b(?:holiday|vacation|trip|travel\w*|weekend|work|hospital|surgery|away"
        r"|uni|university|college|moving|month)\b",
    ),
    _rule(
        "goodbye-forever",
        "goodbye|good bye|bye|farewell",
        r"(?:goodbye|good bye|bye|farewell)(?: to (?:everyone|you all|all of you|the world|this"
        r" world))? (?:forever|for good|for ever|for the last time|for real this time)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:twitter|instagram|facebook|tiktok|social media|app|account|server|group"
        r"|chat|job|office|school|city|town|house|flat|ex|smoking|alcohol|sugar|acne|summer|winter"
        r"|game|season|series|show|old me|old self|toxic|carbs|bread|pasta|chocolate|candy|sweets"
        r"|junk food|fast food|coffee|caffeine|meat|dairy|gluten|diet|challenge|vaping|nicotine)\b",
    ),
    _rule(
        "urge-to-harm-other",
        "hurt|harm|kill|stab|strangle|shoot|attack|beat|choke|smother",
        r"(?:(?:scared|afraid|terrified|worried|frightened) (?:that )?(?:i|im|ill|i will|i might"
        r"|i could|i would|id)(?: going to| gonna| actually| really| end up)* |(?:urges?|impulses?"
        r"|thoughts) (?:to|of|about) (?:actually )?)(?:hurt|harm|kill|stab|strangl|shoot|attack"
        r"|beat|chok|smother|drown)\w* (?:him|her|them|someone|somebody|people|my (?:\w+ )?\w+"
        r"|the (?:baby|kids?|children))\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:lol|lmao|haha|game|character|joke|kidding|fries|pizza|food|charger"
        r"|feelings|back|knee|neck|ankle|shoulder|foot|hand|by accident|accidentally"
        r"|hurting (?:his|her|their) feelings|emotionally)\b",
    ),
    _rule(
        "armed-intent-on-other",
        "knife|gun|knives|blade|bat|hammer|axe|weapon|pistol|rifle",
        r"(?:going to|gonna|will|im going to|want to|about to|ready to) (?:kill|stab|shoot"
        r"|hurt|strangle|murder)\w* (?:him|her|them|my (?:\w+ )?\w+)\b[^.!?\n]{0,60}\b(?:i"
        r" have|ive got|i got|got|with|holding|grabbed|bought) (?:a |the |my |his |her )?(?:\w+ )?"
        r"(?:knife|knives|gun|blade|bat|hammer|axe|weapon|pistol|rifle)\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:game|character|lol|lmao|haha|movie|film|book|story|kidding|joke)\b",
    ),
    _rule(
        "indifferent-to-dying",
        "mind|care",
        r"(?:wouldnt|would not|wont|will not|dont|do not|doesnt|really dont|honestly dont)"
        r" (?:even |really )?(?:mind|care)\w*(?: (?:if|when|whether) (?:i )?(?:just )?(?:die|died"
        r"|dying|was dead|were dead|live or die|lived or died|didnt wake up|never woke up|dont wake"
        r" up|got hit|got killed|never wake up|wake up or not)| dying| being dead| not waking up"
        r"| not existing| death)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "relief-if-dead",
        "wak|woke|died|dead|hit|killed|exist",
        r"(?:happy|glad|fine|okay|ok|relieved|grateful|at peace|content|better) if i (?:just )?"
        r"(?:didnt|did not|never|dont|wouldnt|do not) (?:wake|woke) up"
        r"|(?:happy|glad|relieved|grateful|at peace|content) if i (?:just )?"
        r"(?:died|was dead|were dead|got hit by \w+ \w+|didnt exist"
        r"|never existed|stopped existing)"
        r"|if i (?:just )?(?:didnt|did not|never|dont) wake up\b[^.!?]{0,30}\b(?:nice|good"
        r"|easier|better|relief|peaceful|fine|great|a blessing)\b"
        r"|if i\b[^.!?]{0,30}\b(?:died|was dead|were dead|didnt wake up|never woke up|got killed"
        r"|got hit)\b[^.!?]{0,40}\b(?:relieved|relief|happy|glad|at peace|grateful|for the best"
        r"|a good thing|fine with (?:it|that)|okay with (?:it|that)|ok with (?:it|that))\b",
        SI,
        negatable=False,
    ),
    _rule(
        "nobody-would-care",
        "care|notice|miss|mind|cry|funeral|died|dead|killed|gone|wasnt|werent|disappeared|didnt",
        r"(?:no ?one|nobody|no body|who|would anyone|would anybody|does anyone|anyone|anybody)"
        r"\b[^.?!]{0,25}\b(?:care|notice|miss|mind|cry|come to my funeral)\w*\b[^.?!]{0,15}"
        r"\b(?:if|when) i\b[^.?!]{0,10}\b(?:died|dead|gone|killed|wasnt here|werent here"
        r"|disappeared"
        r" forever|didnt wake up|stopped(?= *(?:[.?!,;\n]|$)))"
        r"|if i (?:died|was dead|were dead|killed myself|was gone|were gone|wasnt (?:here|around"
        r"|alive)|werent (?:here|around)|disappeared forever"
        r"|didnt wake up)\b[^.?!]{0,40}\b(?:no ?one"
        r"|nobody|noone|who|would anyone|would they|would people|they wouldnt|people wouldnt"
        r"|it wouldnt|would anybody|nothing would)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "better-off-without-me",
        "better|happier|easier|relieved|lighter|freer|improve",
        r"(?:better|happier|easier|relieved|lighter|freer|improve|improved)(?: off| of)?"
        r"(?: for (?:everyone|everybody|all|them|my \w+|every one|the world|people"
        r"|the people \w+ \w+|all of (?:you|them|us))| all round| all around)? (?:with ?out (?:me"
        r"|us(?= *(?:$|[.!?;,\n]| and\b)))"
        r"|with me"
        r" gone|with me dead|if i (?:was"
        r"|were) (?:gone|dead|not (?:here|around|alive)|never born)|if i (?:wasnt|werent)"
        r" (?:here|around|alive|born)|if i (?:just |simply |finally |were to |was to )?(?:died|die"
        r"|disappeared (?:forever|for good|permanently)|vanished|didnt exist|never existed"
        r"|killed myself|was no longer (?:here|around)|left forever|stopped existing|ended it"
        r"|was gone|were gone|wasnt (?:here|around|alive)|stop(?:ped)?(?= *(?:$|[.!?;,\n]))))"
        r"|better off\b[^.!?\n]{0,45}\bme (?:just )?(?:out of the (?:picture|way)|gone|dead)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "better-off-dead",
        "better|rather",
        r"better off dead|(?P<v>(?:id|i would|i d|im|i am|i|we|would|be)"
        r" (?:be )?(?:better|rather) (?:off )?(?:be )?dead)\b",
        SI,
    ),
    # -- suicidal ideation: the negated will to live ---------------------------------------
    _rule(
        "no-will-to-live",
        "liv|alive|exist|be here|be around|wake|go on|keep living|keep existing"
        "|keep breathing|keep being|keep on|keep going|carry|continu|breath|surviv"
        "|see tomorrow|see another|see the morning|see next|see my|this world|this earth"
        "|this planet|this dunya|this duniya|be anything|days",
        r"(?:dont|do not|doesnt|does not|didnt|did not|no longer|never|not|dont even|dont really"
        r"|dunno)(?: \w+){0,3}? (?P<v>want|wanna|wan|wish|feel like|feel(?:ing)?(?= to )|care to"
        r"|plan"
        r"|intend|need|can"
        r"|could|manage to|be able to"
        r"|have (?:the"
        r"|any) (?:will|energy|strength|desire|reason|motivation)|see (?:the|any) point(?: in)?)"
        # "dont want to eat or live anymore": the negated wish reaches past one coordinated verb
        r"\w*(?: to)? (?:\w+ or )?(?:be |keep |stay |go on |carry on )?(?:"
        r"(?:live|living)(?: (?:anymore|any ?more|no more|more|no longer|any longer|another day"
        r"|like this|like that"
        r"|this (?:life|way)|in this (?:world|body)|on this earth|in (?:this )?pain|with (?:this"
        r"|the) pain|much longer|for much longer|for long|(?:through|thru) (?:this|another \w+)"
        r"|to see"
        r" \w+|past \w+|a life like this))?"
        rf"{_END}"
        r"|(?:be |stay |being )?alive|exist\w*|be anything(?= (?:anymore|any more|at all))"
        r"|(?:any more|anymore|any) days"
        + _END
        + r"|be (?:here|around) (?:anymore|any ?more|no more"
        r"|no longer|any longer"
        r"|on this earth|in this world|tomorrow)|wake up(?: (?:tomorrow|tmrw|tmr|again|anymore"
        r"|ever again"
        r"|in the morning|each morning|every morning|in this (?:world|life|body)(?: again)?))?"
        + _END
        + r"|go on(?: living)?"
        + _END
        + r"|keep (?:living|existing|breathing|being alive|on living|going)(?!\w)"
        r"|carry on(?: living)?" + _END + r"|continue (?:living|existing|my life|this life|on)"
        r"|breathe" + _END + r"|survive(?: this| it| the night| another day"
        r"| anymore)?" + _END + r"|see (?:tomorrow|another day|the morning"
        r"|next year|my next birthday)|live this life|(?:be|stay|remain) (?:in|on) this"
        r" (?:world|earth|planet|dunya|duniya))",
        SI,
        negatable=False,
        unless=r"\blive (?:without|with (?:him|her|them|my \w+)|here|there|in (?:a|the|this"
        r" (?:city|house|flat|town|country))|near|at)",
    ),
    _rule(
        "cant-keep-living",
        "liv|alive|exist|breath|life",
        r"(?:cant|cannot|can not|couldnt|unable to|no longer able to|not able to) (?:\w+ )?"
        r"(?:keep (?:living|existing|breathing|being alive|on living)|go on living|carry on living"
        r"|do (?:this )?life(?= *(?:$|[.!?;,\n]| anymore| any more| any longer))"
        r"|continue living|live (?:like this|anymore|any ?more|any longer|this way|this life"
        r"|with (?:myself|this))|stay alive|bear (?:living|being alive|to live)|stand (?:living"
        r"|being alive)|be alive(?: anymore)?|live" + _END + r")",
        SI,
        negatable=False,
    ),
    _rule(
        "death-appeals",
        "death|dying|being dead|dead|envy|jealous",
        r"(?:death|dying|being dead)(?: \w+){0,2} (?:seems|sounds|feels|would be|is"
        r"|looks)(?: \w+){0,3}?"
        r" (?:peaceful|nice|(?:a )?relief|easier|better|the only (?:way|option)|an escape|appealing"
        r"|welcome|tempting|comforting|freedom|rest|inviting|(?:a )?release)\b"
        r"|(?:envy|jealous of) (?:people who (?:are dead|died)|the dead|dead people|those who"
        r" (?:died|are dead))"
        r"|(?:not|no longer|never) (?:afraid|scared|frightened) of (?:dying|death)(?: anymore| any"
        r" ?more| now)\b",
        SI,
    ),
    _rule(
        "own-funeral",
        "funeral",
        r"(?P<v>picture|picturing|imagine|imagining|plan|planning|think about|thinking about"
        r"|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about|daydream\w* about)"
        r" (?:my|my own) funeral\b",
        SI,
    ),
    _rule(
        "had-enough-of-life",
        "had enough|have had enough|ive had enough|had it",
        r"(?:had enough|had it) (?:of|with) (?:this |my )?(?:life|living|being alive|existing"
        r"|this world|breathing)\b",
        SI,
    ),
    _rule(
        "no-future-alive",
        "see myself|see me|imagine myself|imagine me|picture myself|picture me|make it|alive",
        r"(?:cant|cannot|can not|dont|do not) (?:see|imagine|picture) (?:myself|me) (?:being |still"
        r" )?(?:alive|here|around|living|making it|surviving|existing)(?: (?:much longer|for long"
        r"|next (?:year|month|week)|in (?:a|\d+|five|ten|two) (?:years?|months?)|by|past|until"
        r"|to|much|anymore))?\b"
        r"|(?:wont|will not|not going to|not gonna|dont think i(?:ll| will| can)?|doubt i(?:ll"
        r"| will| can)?|not sure i(?:ll| will| can)?|cant|cannot|might not|may not) make it"
        r" (?:to|through|past|until|till) (?:the|my|next|this|tomorrow|tonight)\b"
        r"|(?:no way|not|wont|dont think|doubt|not sure|never)\b[^.!?]{0,25}\bbe (?:still )?alive"
        r" (?:next \w+|tomorrow|by \w+|much longer|for (?:much )?long|in a \w+|this time next \w+"
        r"|at christmas|for my birthday)",
        SI,
        negatable=False,
        unless=r"\b(?:exam|deadline|flight|train|bus|party|meeting|concert|game|match|on time"
        r"|traffic|shift|class|school|work|job|interview|wedding|holiday|trip)\b",
    ),
    _rule(
        "tired-of-living",
        "tired|sick|weary|exhausted|fed up|done|finished|over|hate|hating",
        r"(?:tired|sick|weary|exhausted|fed up) (?:of|with|from) (?:living|being alive|existing"
        r"|breathing|waking up|being here|this world|life itself|being (?:a )?(?:person|human"
        r"|human being)(?! (?:who|that|with|in|at|for|like)\b))"
        r"|(?:tired|sick|weary) to (?:be alive|live|exist)\b"
        r"|(?:done|finished) with (?:life|living|being alive|existing|this world|this life|it all"
        r" for good)|(?:im|i am) over (?:life|living)|(?:hate|hating) (?:being alive|living"
        r"|existing|that i exist|that im alive|waking up every day)",
        SI,
    ),
    _rule(
        "no-reason-to-live",
        "reason|point|purpose|desire|motivation|meaning|will to|will left|wish to|wish left"
        "|live for|sense|ganas",
        r"(?:no|nuh|nae|not (?:a|one|any)|nothing|(?:dont|doesnt|do not|does not|dont even)"
        r" (?:have|see|find)(?: (?:a|any|the))?|(?:cant|cannot|can not) (?:see|find)(?: (?:a|any"
        r"|the))?|lost (?:all|my|any|the)|lose|losing|have no) (?:single |real |more |nuh )?"
        r"(?:reasons?|point|purpose|will|desire|motivation|wish|meaning|sense|ganas)s? (?:left )?"
        r"(?:to|in|for|fi|for me to|in me) (?:live|living"
        r"|go on|going on"
        r"|keep going|keep living|be alive|being alive|exist|existing|stay alive|staying alive"
        r"|wake up|waking up|carry on|continue|be here|being here)\b"
        r"|(?:no|nae|nuh) point (?:me )?(?:even )?(?:going on|being alive|existing|waking up)"
        r"(?= *(?:$|[.!?;,\n]| anymore))"
        r"|point (?:of|in) me (?:even )?(?:being alive|living|existing|being here)\b"
        r"|nothing (?:left )?to live for|(?:lost|lose|losing|no|dont have (?:the|any)|have no)"
        r" (?:the |my |all |any )?(?:will|desire|wish) to live",
        SI,
        negatable=False,
    ),
    _rule(
        "life-not-worth-living",
        "worth|point|why should|why would|why do|why am|why must",
        r"(?:life|living|my life|it all|existence|being alive)(?: (?:is|s|just|really|feels))*"
        r" (?:not|no longer|never|isnt|aint|nt)(?: (?:really|even))? worth (?:living|it)\b"
        r"|(?:not|isnt|no longer|never) worth living"
        r"|(?:whats|what is|wats|wat is|whats even) (?:the|even the) point (?:of|in) (?:even )?"
        r"(?:living|being alive|existing|going on|waking up|being here|staying alive|me being"
        r" alive|me living|keep living|carrying on)\b"
        r"|(?:no|dont see|do not see|cant see|cannot see|stopped seeing|lost|lose|losing|cant find"
        r"|dont know|dont get) (?:the|any|a) point (?:of|in) (?:even )?(?:being alive|living"
        r"|existing|going on|staying alive|waking up|being here|life)\b"
        r"|why (?:should|would|do|am|must) i (?:even |still |keep )?(?:live|be alive|stay alive"
        r"|keep living|exist|alive|wake up|go on|bother living)\b",
        SI,
        negatable=False,
    ),
    _rule(
        "should-not-exist",
        "shouldnt|should not|dont deserve|do not deserve|wasnt meant|was not meant|not meant"
        "|not supposed|dont get",
        r"(?:shouldnt|should not|dont deserve to|do not deserve to|wasnt meant to|was not meant"
        r" to|not meant to|not supposed to) (?:even )?(?:be alive|exist|live|be here|have been"
        r" born|be born|still be alive)\b",
        SI,
        negatable=False,
    ),
    # -- suicidal ideation: acts -------------------------------------------------------------
    _rule(
        "kill-oneself",
        "kil|kll|kyl",
        rf"(?P<v>{_KILL}) ?{_REFL}(?P<idiom> (?:at (?:the gym|work|school|uni|practice)"
        r"|trying to (?:get|finish|make|keep|please)|to (?:get|finish|make|meet|keep|pay|please"
        r"|impress)|working|studying|training|running|laughing|cleaning|for (?:this|a|an|the|my)"
        r" (?:job|project|exam|test|grade|degree|promotion|deadline|boss|team)|over (?:this|the"
        r"|an|my) (?:essay|project|exam|assignment|homework|deadline|work))"
        r"|(?<=killing myself) over (?:these|this|the|my|all|work|spreadsheets|overtime|deadlines"
        r"|revision)|(?<=killing myself) with (?:(?:all )?(?:these|this) (?:\d+ ?am )?(?:workouts?"
        r"|hours|shifts|deadlines|exams|revision|training|runs|early mornings|meetings)|work"
        r"|overtime))?",
        SI,
        unless=_GAMES + r"|\b(?:tripped|slipped|on the stairs|down the stairs|on the ice)\b",
    ),
    _rule(
        "other-lethal-act",
        "myself|my self|mysel|myslef|mysefl|meself|mself|miself|himself|herself|themsel|themself"
        "|oneself|one self|theyself|him self|her self|them self",
        r"(?P<v>(?:unaliv\w*|delet\w*|hang|hanging|hangs|hung|shoot|shooting|drown"
        r"|drowning|poison|poisoning|gas|gassing|suffocat\w*|strangl\w*|electrocut\w*|neck"
        r"|necking|end|ending|erase|erasing|murder|murdering|overdose|overdosing|od|set fire to"
        r"|burn \w+ alive|top|topping|topped|finish|finishing)) ?"
        + _REFL
        + r"(?P<idiom> (?:in the foot|in (?:work|coffee|tea|alcohol|books|sorrows|music|games)"
        r"|up\b|off (?:with|by)|from (?:the|this|that|his|her|their|my|your|a)(?! (?:ceiling|beam"
        r"|rafters?|tree|banister|bannister|stair\w*|door\w*|hook|fan|ceiling fan|bridge|railing"
        r"|balcony|loft|attic|shower|pipe|rail|bed ?frame|wardrobe|closet)\b)"
        r"|into (?:work|it|my|the|this|that"
        r"|studying|projects?)|at (?:him|her|them|the problem|work)|out there|a party|with (?:bad"
        r"|some|the|food)|on (?:the|my) bed|together|off the deep))?",
        SI,
        PLAN,
    ),
    _rule(
        "off-oneself",
        "off my|off him|off her|off them|off one",
        rf"(?:to|gonna|wanna|will|ill|should|might|just|i|could|about to|going to|finally)"
        rf" (?P<v>off) ?{_REFL}",
        SI,
    ),
    _rule(
        "end-it-all",
        "end|ending|ends|finish",
        r"(?P<v>end(?:s|ing)?|finish(?:ing)?) (?:it all|it al|everything|all of it|all this"
        r"|this all|" + _MY + r" (?:own )?l[iy]fe?|my existence|my suffering|my misery|my story"
        r"|things(?! with"
        r"| between| off| on a| up)" + r"|it(?: (?:now|tonight|today|for good|once and for all"
        r"|soon|here|already))?" + _END + r")",
        SI,
        unless=r"\bend (?:it|things) (?:with|between)\b",
        # "I'm going to end it. The friendship with her, I mean."
        unless_after=r"\b(?:i mean|i meant|meaning) (?:the|my|our|with) (?!life|pain|suffering"
        r"|misery|existence)|\bthe (?!life|pain|suffering|misery|existence|world)\w+(?: \w+){0,4}"
        r"(?: ,)? i mean\b",
    ),
    _rule(
        "ended-my-life",
        "ended|nearly|almost",
        r"(?:ended|nearly ended|almost ended) (?P<p1>my) (?:own )?life",
        SI,
    ),
    _rule(
        "take-a-life",
        "lif|lyf|lives",
        rf"(?P<v>take|taking|takes|took|taken) {_MY} (?:own )?l[iy](?:fe|ves|f)(?! back| into| in"
        r" (?:my|his|her|their) (?:own )?hands| seriously| for granted| to the next| a step"
        r"| off| away from| out)",
        SI,
    ),
    _rule(
        "want-it-all-to-end",
        "to end|to stop|to be over|to just",
        r"(?P<v>(?:want|wish|need)\w*) (?:it all|everything|all of (?:this|it)|this all|life|my"
        r" life|the world|my existence|it to all) to (?:end|stop|be over|just end|just stop)"
        r"(?! for a (?:bit|while|moment|second))",
        SI,
    ),
    _rule(
        "want-someone-to-kill-me",
        "kil|shoot|murder|end me|stab",
        r"(?P<v>(?:want|wish|hope|pray|beg|need)\w*) (?:that )?(?:someone|somebody|something|god"
        r"|anyone|anybody|a \w+|the \w+|he|she|they|you) (?:would |will |could |to |just |come"
        r" and |come )*(?:kill|shoot|murder|end|stab) me\b",
        SI,
    ),
    _rule(
        "suicide-mention",
        "sui|siu|suc|suz|sue|suy|sus|siicid|sicid|sisid",
        r"(?<!career )(?<!political )(?<!social )(?<!commercial )(?<!financial )(?<!fashion )"
        r"(?<!ran )(?<!run )(?<!running )(?<!doing )(?<!did )"
        rf"(?P<v>{_SUICIDE})\b(?<!pravention)(?<!prevention)(?<!rate)(?<!raten)(?<!forschung)"
        r"(?! (?:squad|doors?|prevention|awareness|rates?|statistics|stats|research|bomb\w*"
        r"|mission|run|blonde|king|wings?|sauce|hot sauce|chill?i|challenge|burger|curry"
        r"|shots?|pact of the|silence|notes? of the|grief|loss|bereave\w*|survivors?|squeeze"
        r"|sprint\w*|drills?|in (?:basketball|football|soccer|rugby|hockey|netball|pe)\b"
        r"|at (?:practice|training))\b)",
        SI,
        mention=True,
    ),
    _rule(
        "suicide-attempt",
        "attempt",
        r"(?:made|had|survived|after) (?:a |my |another )?(?:recent )?(?:suicide|suicidal)"
        r" attempts?|my (?:last |recent |latest )?(?:suicide )?attempt\b",
        SI,
        # Looking back on it: an anniversary marked, glad to be here, talked through in therapy.
        weak=True,
        unless=r"\b(?:anniversary|(?:a|one|two|three|five|ten) years? since|glad|grateful|proud"
        r"|cake|celebrat\w*|in therapy for the first time)\b",
        despite=r"\b(?:again|still want|wish (?:it|i)|finish\w*|properly|next time|not done"
        r"|urges?|want to die|want out|plan\w*|tonight)\b",
    ),
    _rule(
        "slang-for-suicide",
        "kms|unaliv|un aliv|unalv|unalyv|sewer|self delet|selfdelet|ctb|catch|catching|self unaliv"
        "|self un|game end|an hero"
        "|rope|roping|neck|final exit|toaster|dirt nap|eternal|do my|do me|do him|do her|do them"
        "|doing my|doing me|doing him|doing her",
        r"(?<!\d )(?<!\d)\b(?P<v>kms|un ?al[iy]?v\w*(?! (?:the|this|that|these|those|a|an) )"
        r"|sewer ?s(?:lide|ide|lid)\w*(?! of\b)|self ?delet\w*"
        r"|self ?un ?aliv\w*"
        r"|(?:do|doing) (?:my|me|him|her|them) ?sel(?:f|ves) in\b(?! (?:at|with|by|for|on)\b)"
        r"|ctb|catch(?:ing)? the bus (?:for good|permanently|forever|and never"
        r" come back|if you know what i mean|for the last time)|an hero|game end(?:ing)? myself"
        r"|final exit|toaster bath|dirt nap|eternal sleep)\b"
        r"|(?:gonna|going to|wanna|want to|time to|ready to|about to|should|will|might|i)"
        r" (?:just )?(?:rope|neck)(?: (?:myself|tonight|today|soon|now))?" + _END,
        SI,
        mention=True,
        unless=r"\b(?:(?:such|what) a (?:weird|stupid|dumb|silly|cringe|strange|funny) word"
        r"|the word|(?:jokes?|memes?|trend) (?:on|about)|why does (?:every\w*|tiktok))\b",
    ),
    _rule(
        "permanent-exit",
        "log|sign|check|clock|bow|tap|peace|exit|leave|quit|go offline|easy way|permanent|cash"
        "|way out",
        r"(?P<v>log\w* off|sign\w* off|check\w* out|clock\w* out|bow\w* out|tap\w* out|peac\w*"
        r" out|exit\w*|leav\w*|quit\w*|go\w* offline)(?: of)? (?:(?:this )?life |this world |it"
        r" all )?(?:permanently|for good|forever|for ever|for the last time|from (?:this )?life"
        r"|from (?:this )?world|from existence)\b"
        r"|way out\b[^.!?\n]{0,25}?\b(?:is )?(?:a |the )?permanent(?: one)?\b"
        r"|(?:got|have|found|theres|there is) (?:a|my|one) way out (?:ready|sorted|planned"
        r"|(?:and|,) (?:im|i am|ive been|i have been)(?: \w+){0,3}? (?:taking|take) it)\b"
        r"|check\w* out early|cash\w* out(?: of)? (?:this )?(?:life|world)(?: early)?\b"
        r"|tak\w* the easy way out|(?:a|the) permanent solution (?:to|for) (?:all (?:of )?this"
        r"|everything|it all|my problems|the pain|my life|this pain|this)",
        SI,
        unless=r"\b(?:hotel|hostel|library|shop|store|cart|basket|book|books|work|shift|job|app"
        r"|account|social media|instagram|tiktok|twitter|facebook|discord|server|game|chat"
        r"|group|phone|diet|pizza|cake|essay|homework|exam|test|shortcut)\b",
        despite=r"\b(?:dont mean|do not mean|not (?:the|this) app|from life|for real"
        r"|i mean life)\b",
    ),
    _rule(
        "kys-at-self",
        "kys",
        r"(?:i|ill|im|i will|i should|i wanna|i want to|gonna|going to|i might|should i|imma"
        r"|i could|i need to|im about to|about to|finna)(?: just| literally| actually| fucking)?"
        r" (?P<v>kys)\b",
        SI,
    ),
    _rule(
        "suicidal-feelings",
        "ideation|thoughts|urges",
        r"(?:have|having|had|get|getting|my) (?:dark |intrusive )?(?:thoughts|urges) (?:of|about)"
        r" (?:ending (?:it|my life|things)|killing myself|not (?:being here|existing|waking up)"
        r"|dying|death)",
        SI,
    ),
    _rule(
        "something-stupid",
        "something",
        r"do(?:ing)? something (?:stupid|drastic|bad|permanent|dangerous|irreversible|i(?:ll"
        r"| will)?"
        r" regret|to myself)\b",
        SI,
        before=r"(?P<v>going to|gonna|about to|will|ill|might|could|want to|wanna|tempted to"
        r"|scared i(?:ll| will| might| could)?|afraid i(?:ll| will| might| could)?|worried i(?:ll"
        r"| will| might| could)?|close to|so close to|thinking about|thinking of|urge to)(?: end up"
        r"| just)?",
        unless=r"\b(?:lol|haha|drunk text|text him|text her|call him|call her|ex|haircut|bangs"
        r"|tattoo|spend|buy|shopping|quit my job)\b",
    ),
    _rule(
        "cannot-stay-safe",
        "safe",
        r"(?:cant|cannot|can not|couldnt|wont|dont know if i can|not sure i can"
        r"|unable to) (?:\w+ )?"
        r"(?:promise|guarantee|say|swear|keep myself|stay|be|remain)(?: (?:that )?(?:i(?:ll| will)?"
        r" )?(?:be|stay|keep myself|remain))? safe\b"
        r"|(?:dont know|not sure) (?:if|whether|how long) i (?:can|will|ll) (?:be|stay|keep myself)"
        r" safe\b",
        SI,
        negatable=False,
        unless=r"\b(?:drive|driving|road|weather|storm|hurricane|covid|virus|flight|streets?"
        r"|neighbou?rhood|area|city|walk home|at night alone)\b",
    ),
    _rule(
        "cannot-stop-myself",
        "stop myself|control myself|hold myself|hold back",
        r"(?:wont|will not|cant|cannot|can not|might not|may not|not) (?:be able to )?(?:stop"
        r"|control|hold back|hold) myself\b(?! (?:from )?(?:laughing|eating|crying|buying|texting"
        r"|calling|snacking|shopping|giggling|scrolling))",
        SI,
        negatable=False,
        requires=r"\b(?:scared|afraid|terrified|worried|tonight|this time|today|right now|now"
        r"|urge|urges|hurt|harm|cut|die|kill|end it|pills|help)\b",
    ),
    _rule(
        "scared-of-myself",
        "scared|afraid|terrified|worried|frightened|dont trust|not trust|dont feel safe|not safe",
        r"(?:(?:scared|afraid|terrified|worried|frightened) (?:of )?(?:what )?(?:i|ill|i will|i"
        r" might|im going to|i am going to|i could) (?:might |will |could |do |end up )?"
        r"(?:do(?: to myself| something (?:stupid|drastic|bad|permanent)|" + _END + r")|hurt"
        r" myself|harm myself|kill myself|end it|not make it)"
        r"|(?:dont|do not|cant|cannot) trust myself(?: (?:right now|tonight|anymore|alone|around"
        r"|with))|(?:dont|do not) feel safe (?:with|around|from) (?:myself|me)"
        r"|(?:im|i am) not safe (?:with|around|from) myself)",
        SI,
        negatable=False,
    ),
    # -- grief and reported words: frames that void the matches they cover ------------------
    _rule(
        "grief",
        "killed|hanged|hung|shot|drowned|poisoned|gassed|electrocuted|lif|lyf|lives|suicide"
        "|overdose|self harm",
        # Grief is always about someone else: the empty group says so.
        r"(?P<x3>)(?:(?:killed|hanged|hung|shot|drowned|poisoned|gassed|electrocuted) "
        + _THEMSELF
        + r"|(?:took|ended) (?:his|her|their) (?:own )?l[iy](?:fe|ves|f)"
        r"|(?:death|deaths|lost \w+(?: \w+)?|loss|losing \w+) (?:by|from|of|to|through|after)"
        r" (?:a |an )?(?:suicide|overdose|self harm))",
        SI,
        level=Level.CONCERN,
        frame=True,
        negatable=False,
    ),
    _rule(
        "died-by-suicide",
        "died|passed|committed|completed|suicided",
        r"(?:died|passed(?: away)?) (?:by|from|of|through|after) (?:a |an )?(?:suicide|overdose)"
        r"|(?:committed|completed) suicide|suicided",
        SI,
        level=Level.CONCERN,
        own_level=Level.CRISIS,
        frame=True,
        negatable=False,
    ),
    _rule(
        "hyperbolic-self-blame",
        "kil|kll|kyl",
        r"(?:could|(?:id|i would|i d) (?:rather |literally |honestly |actually )?) ?(?:just )?"
        + _KILL
        + r" (?:my ?self|myself) (?:for (?:forgetting|being|not|saying|doing|missing|losing"
        r"|letting|eating|that|this|it)\b|if i (?:had to|have to|ever have to|ever had to)"
        r" (?:listen|watch|sit|work|go|wear|eat|hear|read|do))",
        SI,
        level=Level.NONE,
        frame=True,
        negatable=False,
    ),
    # Not waking at a time is about sleep, not death: "hoping I don't wake up before my alarm",
    # "I'd rather not wake up early on a Sunday".
    _rule(
        "waking-on-time",
        "wake",
        r"(?:dont|do not|not|never|wont|will not) wake up (?:(?:before|until|till|til|when)"
        r" (?:(?:the|my|his|her|their) alarm|\d|noon|midday|lunch|lunchtime|the afternoon)|early"
        r"|earlier|in time|on time|too early|too late|late|at \d|for (?:work|school|class"
        r"|my shift))\b",
        SI,
        level=Level.NONE,
        frame=True,
        negatable=False,
    ),
    # Not wanting to see the news is about the news: "don't want to see the morning news".
    _rule(
        "seeing-the-news",
        "news|paper|headline",
        r"see (?:the |todays |tonights |any )?(?:morning |evening |nightly |late )?(?:news"
        r"|papers?|headlines)\b",
        SI,
        level=Level.NONE,
        frame=True,
        negatable=False,
    ),
    _rule(
        "agreeing-with-insult",
        "kys|kill|die|dye",
        r"(?:kys|kill (?:my|your) ?self|d[iy]e)\b[^.!?]{0,60}\b(?:i should|they(?:re| are) right"
        r"|maybe (?:i should|they(?:re| are) right)|i (?:might|will|agree)|i think i (?:should"
        r"|will|might))\b",
        SI,
        frame=True,
        negatable=False,
    ),
    _rule(
        "told-to-die",
        "kil|die|dye|kys|end it|end my|hang|jump|unaliv",
        # The writer is the one told: the empty group says so.
        r"(?P<p1>)(?:(?:told|tell|tells|telling|said|says|saying|keep telling|keeps telling"
        r"|asked)(?: me)? (?:to|that i should|i should)|(?:wants?"
        r"|wanted) me to) (?:go )?(?:just )?(?:kill"
        r" (?:myself|me)|d[iy]e|kys|end (?:it|my life)|hang myself|jump|unalive myself)",
        DANGER,
        level=Level.CONCERN,
        frame=True,
        negatable=False,
    ),
    # -- self-harm --------------------------------------------------------------------------
    _rule(
        "cut-oneself",
        "cut|slit|slic|carv|slash",
        r"(?P<v>cut|cuts|cutting|cutted|slit|slits|slitting|slice|slicing|sliced|carve|carved"
        r"|carving|slash|slashed|slashing)(?: (?:up|into|open))? (?:"
        + _REFL
        + r"|(?P<x1>my|her|his|their) (?:own )?"
        + _BODY
        + r")"
        r"(?P<idiom> (?:off|out|some slack|a (?:break|piece|slice)|short|shaving))?",
        SH,
        unless=_ACCIDENT,
        despite=_DELIBERATE,
    ),
    _rule(
        "carve-into-skin",
        "carv|etch|scratch|burn|cut|writ",
        r"(?P<v>carv\w*|etch\w*|scratch(?:ed|ing)?|burn(?:ed|t|ing)?|cut(?:ting)?|writ\w*)"
        r" (?:into|(?:\w+ ){1,3}?(?:into|in|on)) (?:my|her|his|their) (?:own )?(?:skin|arms?"
        r"|wrists?"
        r"|thighs?|legs?|stomach|body)\b",
        SH,
        unless=_ACCIDENT + r"|\b(?:pen|marker|sharpie|henna|tattoo\w*|sunscreen|lotion|note|cat"
        r"|kitten|dog|puppy|thorns?|bush|roses?|bramble\w*)\b",
    ),
    _rule(
        "slit-wrists",
        "slit|cut|slash|open|wrist",
        r"(?P<v>slit|slitting|slash|slashing|cut|cutting|open|opening) (?:up )?(?:my|her|his"
        r"|their) (?:own )?(?:wrists?|veins?|throat)",
        SI,
        SH,
        unless=_ACCIDENT,
        despite=_DELIBERATE,
    ),
    _rule(
        "harm-urge",
        "cut|sh |self|selfharm|harm|burn|hurt",
        r"(?:(?<!been )(?<!being )(?<!got )(?<!get )(?<!gets )cut|cutting|sh|self harm\w*"
        r"|selfharm\w*|harm myself|burn(?:ing)? myself|hurting myself|hurt myself)" + _END,
        SH,
        before=r"(?P<v>(?:want|wanna|need|needed|urge|urges|craving|crave|tempted|going|gonna"
        r"|about|started|start|keep|kept|been|relapsed|relapse|cant stop|couldnt stop|can not stop"
        r"|used to|im|i am|i m|hes|shes|theyre|cannot stop|trying not|try not|stop|stopping"
        r"|itching|by|through|about|of|into|punish myself by|cope by|coping by|i|ive|i just|i did"
        r"|i have)(?: to)?)(?: (?!(?:not|never|no|dont|didnt|wont|havent|hasnt|isnt|arent|wasnt"
        r"|aint)\b)\w+)?",
    ),
    _rule(
        "harm-again",
        "cut|burn|hurt|harm|scratch|self|sh |shing|shd|relaps",
        r"(?:(?<=\A )|(?<=[.!?;:,\n] )|\b(?:i|ive|i have|i just|im|i am|he|she|they|hes|shes"
        r"|theyre|theyve|has|have|been)(?: just| have| has| been)? )"
        r"(?P<v>cut(?<!been cut)(?<!being cut)|cutted|cutting|burned|burnt|burning|hurt myself"
        r"|harmed myself|hurting myself"
        r"|harming myself|scratched|scratching|self harmed|self harming|shd|sh d|sh ?ing|relapsed)"
        r" (?:myself |again )?(?:again|last night|tonight|today|yesterday|this morning"
        r"|an hour ago|just now|earlier)",
        SH,
    ),
    _rule(
        "harm-urges",
        "urge|urges|craving|temptation|itch|need to",
        r"(?:urges?|craving|temptation|itch) (?:to |for )?(?:cut|self ?harm|sh|hurt myself"
        r"|burn myself|bleed|scratch myself)\b",
        SH,
    ),
    _rule(
        "harm-evidence",
        "cut|wound|scratch|burn|scar|gash|bleeding|blood|bruise",
        r"(?:fresh|new|deep|open|bleeding) (?:cuts|wounds|scratches|burns|scars|gashes)\b"
        r"|cuts (?:all )?(?:over|on|up and down) (?:my|her|his) (?:arms?|wrists?|thighs?|legs?"
        r"|stomach|body)"
        r"|(?:bleeding|blood|cuts?|burns?|bruises?|wounds?)\b[^.!?]{0,40}\b(?:i did (?:it|this"
        r"|them)"
        r" (?:to )?myself|did (?:it|this) on purpose|myself on purpose|i did it)\b",
        SH,
        unless=r"\b(?:surgery|operation|stitches from|cat|cats|kitten|dog|gardening|shaving"
        r"|cooking|kitchen|accident\w*|fell|bike|skateboard|football|rugby|climbing|tattoo\w*"
        r"|piercing)\b",
        despite=r"\b(?:on purpose|myself|deliberately)\b",
    ),
    _rule(
        "deserve-to-bleed",
        "bleed|suffer|pain|hurt|punish",
        r"(?P<v>deserve|want|need|wanna|have) to (?:\w+ (?:and|&) )?(?:bleed|see (?:myself "
        r"|me )?bleed"
        r"|feel (?:the )?pain"
        r"|hurt myself|be punished|punish myself)\b",
        SH,
    ),
    _rule(
        "hitting-walls",
        "punch|hit|bang|slam|kick|smash",
        r"(?:punch\w*|hit|hits|hitting|bang\w*|slam\w*|kick\w*|smash\w*) (?:\w+ ){0,3}?(?:the |a"
        r" |my )?(?:wall|walls|door|mirror|window|head)\b(?=[^.!?]{0,50}\b(?:on purpose"
        r"|deliberately|until|till"
        r"|to feel|wanted it to hurt|want it to hurt|so it hurts|knuckles|bled|bleed\w*|blood"
        r"|broke my|when (?:it|things) gets? (?:bad|too much|loud)|over and over|s[ae]e+ stars"
        r"|dizzy)\b)",
        SH,
        unless=r"\b(?:by accident|accidentally|tripped|fell|door frame|low ceiling|cupboard)\b",
    ),
    _rule(
        "relapse",
        "relaps",
        r"relaps\w*\b[^.!?]{0,30}\b(?:sh|self ?harm\w*|cut\w*|burn\w*|blades?|razors?)\b"
        r"|\b(?:sh|self ?harm\w*|cutting)\b[^.!?]{0,30}\brelaps\w*",
        SH,
    ),
    _rule(
        "hurt-oneself",
        "myself|my self|mysel|myslef|mysefl|meself|mself|miself|himself|herself|themsel|themself"
        "|oneself|one self|him self|her self|them self",
        r"(?<!my )(?P<v>burn|burns|burning|burned|burnt|scratch\w*|hit|hits|hitting|punch\w*"
        r"|bang\w*|bite|bites|biting|bit|hurt|hurts|hurting|harm|harms|harming|harmed|stab|stabs|stabbing"
        r"|stabbed|bruis\w*|mutilat\w*|injur\w*|pinch\w*|scald\w*|bash\w*|slap\w*|beat|beating"
        r"|choke|choking|strangle|strangling) ?"
        + _REFL
        + r"(?P<idiom> (?:out|up(?! so)|laughing|a little|awake|sick|eat|feel better|do|go|at"
        r" (?:the gym|work|practice)|on (?:the|a) \w+|while|playing|doing|lifting|running|when i"
        r" fell|in the (?:foot|gym)|with (?:work|questions|a (?:book|door))))?",
        SH,
        unless=_ACCIDENT,
        despite=_DELIBERATE,
    ),
    _rule(
        "make-myself-bleed",
        "bleed|suffer|hurt|bruise",
        r"(?:make|making|made) (?:myself|me) (?:bleed|suffer|hurt|bruise)|(?:see|seeing|watch"
        r"|watching) (?:myself |me )?bleed|bleed out\b",
        SH,
    ),
    _rule(
        "harm-body-deliberately",
        "burn|scratch|hit|punch|bang|bit|stab|bruis|cut|carv|slic|pick|claw|scrap|pierc",
        r"(?P<v>burn\w*|scratch\w*|hit|hits|hitting|punch\w*|bang\w*|bit|bite|bites|biting|stab\w*"
        r"|bruis\w*|cut|cuts|cutting|carv\w*|slic\w*|pick\w*|claw\w*|scrap\w*|pierc\w*)"
        r" (?:at )?(?:my|her|his|their) (?:own )?" + _BODY + r"\b(?=[^.!?]{0,40}\b(?:on purpose"
        r"|deliberately|intentionally|again|until|till|til|to (?:feel|punish|stop|calm|cope"
        r"|distract)|with (?:a |the |my )?(?:lighter|cigarettes?|match|matches|razor|blade"
        r"|knife|scissors|compass|glass|pen|needle|hot)|so hard|urge|want to|wanna|need to"
        r"|deserve|bleed|bled|blood)\b)",
        SH,
        unless=r"\b(?:by accident|accidentally|cooking|chopping|on the (?:stove|oven|iron))\b",
    ),
    _rule(
        "cut-too-deep",
        "deep|bleeding",
        r"(?:cut|cuts|cutting|went|gone|go|went way) (?:\w+ )?(?:too|so|really|very|way too|extra)"
        r" deep(?:ly)?\b|cut\w* (?:\w+ )?deeper\b|(?:cant|cannot|can not|wont|will not) stop"
        r" (?:the )?bleeding|bleeding (?:wont|will not|doesnt) stop",
        SH,
        unless=r"\b(?:nose\w*|period|gums?|dentist|tooth|teeth|paper cut|shaving|cooking"
        r"|chopping|kitchen|knee|fell|accident\w*)\b",
    ),
    _rule(
        "until-it-bleeds",
        "until|till|til|untill|to the point",
        r"(?:scratch\w*|pick\w*|bit\w*|bite|hit\w*|punch\w*|claw\w*|scrap\w*|rub\w*|pull\w*)"
        r"\b[^.!?]{0,30}\b(?:until|till|til|untill|to the point)\b[^.!?]{0,15}\b(?:bleed\w*|bled"
        r"|blood|bruis\w*|raw|scars?)",
        SH,
    ),
    _rule(
        "self-harm-mention",
        "self|selfharm|cutter|sh |shing",
        r"(?P<v>self ?harm\w*|self ?injur\w*|self ?mutilat\w*|self ?hurt\w*|cutter"
        r"|sh(?= (?:again|urges?|scars?|relapse|wounds?|cuts?|thoughts?|tonight))|shing)\b"
        r"(?! (?:awareness|prevention|research|statistics|stats|module|training|course|pamphlet"
        r"|leaflet)\b)",
        SH,
        mention=True,
    ),
    _rule(
        "overdose",
        "overdos|od|oding|oded",
        r"(?P<v>overdos\w*|od|oding|oded|odd on)\b(?P<idiom> on (?:\w+ )?"
        + _TREATS
        + r"| (?:him|her|them|the baby|my (?:son|daughter|kid|child|baby|dog|cat|patient))\b)?",
        SH,
        PLAN,
        mention=True,
        unless=r"\b(?:died|death|dead) (?:of|from) (?:an |a )?overdose",
    ),
    _rule(
        "took-too-many",
        "pill|tablet|meds|medic|painkill|antidepress|paracetamol|tylenol|acetaminophen"
        "|ibuprofen|aspirin|xanax|benzo|opioid|oxy|insulin|lithium|sertraline|prozac|codeine"
        "|morphine|tramadol|sleeping aid|bottle|pack|box|strip|blister|stash",
        r"(?P<v>took|taken|swallowed|swallow|swallowing|popped|downed|ate|chugged|(?:already|just)"
        r" (?:took|taken|swallowed)|(?:want|wanna"
        r"|going|gonna|about|plan|planning|thinking about|tempted|ready)(?: to)? (?:take|taking"
        r"|swallow|swallowing|down|chug)) (?:like )?(?:all|the whole|a whole|the entire|an entire"
        r"|a handful of|handfuls of|a bunch of|too many|so many|a lot of|lots of|loads of|way too"
        r" many|all of|everything in|(?:like )?\d{2,}|twenty|thirty|forty|fifty|hundred|a hundred"
        r"|a box of|a bottle of|two bottles|a month of|a weeks? of|the rest of|every|every single"
        r"|my whole \w+ of|the whole \w+ of|a whole \w+ of|my entire \w+ of|all of my"
        r"|every last|each|a load of|a ton of"
        r"|tons of|heaps of|a pile of|a stack of|a fistful of|fistfuls of|double|triple|way more"
        r")\w*(?: of)?"
        r"(?: my| the| her| his| mums?| moms?| dads?| these| those| our| all)?"
        r" (?:" + _PILLS + r"|bottle(?! of (?:wine|vodka|whiskey|whisky|gin|rum|beer|water|coke"
        r"|soda|juice|milk|shampoo|perfume|champagne|prosecco))|pack|packet|box|strip|blister"
        r"|stash)",
        SH,
        PLAN,
        unless=r"\b(?:remember\w*|forgot|proud|on time|supposed to|as prescribed|prescribed"
        r"|vitamins?|photos?|pictures?|notes?|selfies?|like a good (?:girl|boy|patient)"
        r"|gold star|(?:morning|evening|night|daily) (?:meds|dose|pills|tablets)|every day"
        r"|each day|on schedule)\b",
    ),
    # -- plans and means -------------------------------------------------------------------
    _rule(
        "pills-stockpiled",
        _PILL_ANCHORS + "|bottle|pack|box|strip|blister|stash",
        r"(?:saving|saved|stockpil\w*|collect\w*|hoard\w*|stash\w*|squirrel\w*|building up|built up"
        r"|been keeping|keeping back|kept back|hiding|hidden|gathered|gathering)(?: up| away)?"
        r" (?:(?:all|some|a lot|lots"
        r"|enough|a bunch|loads|heaps"
        r"|plenty|a stash|a stockpile|months|weeks|a months?|a weeks?|\d+)(?: of)?(?: worth)?"
        r"(?: of)? )?(?:my |the |these |those |her |his |mums? |moms? |dads? )?"
        + _PILLS
        + r"(?! (?:for|in case of) (?:the|my) (?:trip|holiday|flight))"
        r"|(?:putting|put|setting|set|keeping|kept) (?:a (?:couple|few) of |some of )?(?:my |the )?"
        + _PILLS
        + r" (?:aside|back|by)\b"
        r"|(?:\d{2,}|a lot of|loads of|lots of|a stash of|a bunch of|dozens of|hundreds of|so many"
        r"|enough) " + _PILL_NOUN + r" (?:saved|stashed|hidden|stockpiled|collected|put away|ready"
        r"|in my (?:drawer|room|bag|closet|wardrobe))\b"
        r"|enough " + _PILLS + r"(?: (?:to|saved|stashed|hidden|now|to do it|to die|to end|to kill"
        r"|for the job))?" + _END + r"|(?:i have|ive got|i got|i have got) enough " + _PILLS,
        PLAN,
        unless=r"\b(?:pharmacy|prescription|refill|holiday|trip|travel|doctor said|vitamins)\b",
    ),
    _rule(
        "pills-at-hand",
        "pill|tablet|meds|medic|painkill|antidepress|paracetamol|tylenol|acetaminophen"
        "|ibuprofen|aspirin|xanax|benzo|opioid|oxy|insulin|lithium|sertraline|prozac|codeine"
        "|morphine|tramadol|sleeping aid|bottle|pack|box|strip|blister|stash",
        r"(?P<v>take|taking|took|swallow\w*|down|downing|downed|pop|popping|popped|chug\w*)"
        r" (?:them|it|those|these|the lot|every (?:last )?(?:one|pill)|each one)(?: all)?(?: at"
        r" once| together| tonight| now)?" + _END + r"|" + _PILL_NOUN + r" (?:are |is )?(?:in (?:my"
        r" hand|my hands|front of me)|lined up|laid out|counted out|counted"
        r"|ready(?! for| to collect)"
        r"|(?:right )?here (?:with|next to|beside) me|right here|right next to me|beside me)",
        SH,
        PLAN,
        requires=r"\b(?:pills?|tablets?|meds|medication|medicine|painkillers|paracetamol|tylenol"
        r"|ibuprofen|sleeping \w+|antidepressants|bottle|xanax|benzos|insulin|opioids)\b",
        unless=r"\b(?:prescribed|doctor|as directed|with food|vitamins?|remember\w*|forgot|every"
        r" (?:day|morning|night)|daily|twice|headache|cold|flu|organi[sz]er|dosette|weekly|for the"
        r" week|pharmac\w*|refill|inventory|stock ?take|patients?)\b",
    ),
    _rule(
        "means-at-hand",
        "blade|blades|razor|razors|pills|tablets|rope|noose|gun|knife|meds|locked myself"
        "|shut myself|sitting|sat|been sitting|lying|hid|hide|hiding|hidden|keep|kept|carry"
        "|carrying|tabletten|pillen|medikamente|pilules|cachets|comprimes|medicaments|pastillas"
        "|pildoras|таблетк|лекарств|приготовил",
        r"(?:blades?|razors?|razor blades?|pills|tablets|meds|rope|noose|gun|knife) (?:is |are )?"
        r"(?:right )?(?:here|next to me|beside me|in (?:my hand|my hands|front of me|my lap)|on my"
        r" (?:desk|bed|lap|nightstand)|within reach|ready)\b"
        # Alone with the means: "locked myself in the bathroom with the razor", "sitting here
        # with a belt for an hour".
        r"|(?:locked|shut) myself in (?:\w+ ){0,4}?with (?:a |the |my )(?:razor|razor blade|blades?"
        r"|belt|rope|cord|noose|pills|tablets|lighter|knife)\b"
        r"|(?:(?:been )?sitting|sat|lying) (?:\w+ ){0,5}?with (?:a |the |my )(?:razor|razor blade"
        r"|blades?|belt|rope|cord|noose|pills|tablets|lighter|knife)\b(?=[^.!?\n]{0,30}\b(?:for"
        r" (?:an hour|hours|ages|a while|\w+ minutes)|locked|bathroom|alone|again|tonight|right"
        r" now|in my room)\b)"
        r"|(?:hid|hide|hiding|hidden|keep|kept|carry|carrying|stash\w*) (?:a |the |my |some )?"
        r"(?:razors?|knife|knives|blades?) (?:\w+ )?(?:in|under) (?:my|the) (?:bag|mattress|pillow"
        r"|pocket|drawer|socks?|room|bed|wallet|pencil case)\b"
        r"|(?:pills|tablets|meds|pill bottles) (?:are )?(?:all )?(?:out|laid out|lined up|set out)"
        r" on (?:the|my) (?:table|desk|bed|counter|floor|nightstand|bedside table)\b"
        r"|(?:tabletten|pillen|medikamente) (?:\w+ ){0,2}?(?:bereit|vor mir"
        r"|neben mir)\b"
        r"|(?:pilules|cachets|comprimes|medicaments) (?:\w+ )?(?:devant moi|a cote de moi|sont"
        r" prets|sont pretes|pretes?\b)"
        r"|(?:pastillas|pildoras) (?:\w+ )?(?:aqui|conmigo|delante de mi|frente a mi|listas"
        r"|preparadas)\b"
        r"|(?:таблетк\w*|лекарств\w*) (?:\w+ )?(?:приготовил\w*|передо мной|рядом со мной"
        r"|наготове)|(?:приготовил\w*) (?:\w+ )?таблетк\w*",
        PLAN,
        unless=r"\b(?:cook\w*|kitchen|chef|dinner|lunch|vegetables|onions?|garlic|bread|meat"
        r"|chop\w*"
        r"|cutting board|salad|fruit|cheese|cake|butter|pass me|shav\w*|prescri\w*|doctor"
        r"|pharmacy|hunting|range|craft\w*|collect\w*|protection|self defen[cs]e|safety|camping"
        r"|fishing|work|shave|remember\w*|forget|pharmac\w*|farmac\w*|apothek\w*|recet\w*"
        r"|medico|medecin|arzt|rezept|ordonnance|врач\w*|аптек\w*)\b",
    ),
    _rule(
        "means-ready",
        "rope|noose|pill|tablet|blade|razor|gun|note|letter",
        r"(?:the |my )?(?:rope|noose|pills|tablets|blades?|razors?|gun|note|letters?|everything"
        r"|all of it) (?:is|are|s) (?:all )?(?:ready|prepared|tied|set up|waiting|loaded|written"
        r"|in place|hidden|sorted)\b(?! for (?:the|my|our) (?:trip|move|holiday|party|class"
        r"|meeting|exam|wedding))",
        PLAN,
        requires=r"\b(?:rope|noose|pills|tablets|blades?|razors?|gun|note|letters?)\b",
        unless=r"\b(?:trip|move|moving|holiday|party|class|meeting|exam|wedding|camping|climbing"
        r"|boat|sail\w*|school|homework|presentation|christmas|birthday|hunting|range|landlord"
        r"|complaint|council|dosette|pill organi[sz]er|blister packs?)\b",
        unless_after=r"\b(?:landlord|complaint|council)\b",
    ),
    _rule(
        "car-exhaust",
        "car|engine|garage|exhaust|hose|charcoal",
        r"(?:car|engine)\b[^.!?]{0,40}\b(?:garage|exhaust|hose)\b[^.!?]{0,40}\b(?:running|on"
        r"|closed|shut)\b|(?:garage|exhaust)\b[^.!?]{0,40}\b(?:engine|car|motor) (?:running|on)\b"
        r"|(?:hose|pipe|tube) (?:from|to|into|in) the exhaust|charcoal\b[^.!?]{0,30}\b(?:room"
        r"|tent|car|bathroom|sealed|windows)",
        PLAN,
        SI,
        unless=r"\b(?:warm\w* (?:it |the car |the engine )?up|mechanic|repair\w*|fix\w*|bbq"
        r"|barbecue|grill|tinker\w*)\b",
    ),
    # Letting the body fail: stopping insulin, dialysis or vital medication on purpose, in
    # secret, or to "let nature decide"; and the hedged question of how long that would take.
    _rule(
        "stopping-treatment",
        "stop|skip|quit|not taking|not been|not using|not going|no longer|havent|have not|never"
        "|come off|came off|coming off|wont|will not|not going to|ohne|deje|dejar|перест",
        r"(?P<v>stop|stops|stopped|stopping|skip|skips|skipped|skipping|quit|quits|quitting"
        r"|(?:havent|have not|not|no longer|never)(?: been)? (?:taking|taken|using|going to|had)"
        r"|come off|came off|coming off|(?:wont|will not|not going to|refuse to|refusing to) (?:do"
        r"|take|have|start|go to))(?: taking| using| going to| doing| having| to take| with)?"
        r" (?:(?:my|the|all my|all of my|their|his|her|any|all|your) )?(?:own )?(?:\w+ )?"
        r"(?:insulin|dialysis|lithium|meds|medication|medications|medicine|tablets|pills"
        r"|treatment|chemo\w*|antidepressants|antipsychotics|blood thinners|inhalers?|(?:heart"
        r"|seizure|blood pressure|epilepsy|kidney|transplant) ones)\b"
        r"|ohne (?:insulin|dialyse|(?:meine )?medikamente)\b"
        r"|(?:deje|dejar|dejo) (?:de tomar )?(?:la|el|mis|los|las) (?:insulina|dialisis"
        r"|medicamentos|medicinas|pastillas)\b"
        r"|перест\w* (?:пить|принимать|колоть) (?:\w+ )?(?:инсулин|таблетки|лекарства)",
        SI,
        PLAN,
        requires=r"\b(?:on purpose|deliberately|intentionally|didnt forget|did not forget"
        r"|didnt tell|did not tell|havent told|have not told|not telling|doesnt know"
        r"|does not know|dont know"
        r"|nobody knows|no one knows|noone knows|nobody notices|no one notices|way out|let (?:the"
        r" body|nature|it|my body)|letting (?:nature|the body|my body|it)|nature (?:make|do|take)"
        r"|if it (?:goes|happens)|it happens|easier|not fighting|hoping|does the job|for good"
        r"|to die|what happens|how long|quietly|told (?:them|her|him|everyone|the \w+) (?:im|i am"
        r"|i was|its)|for nothing|see the point|without it|weeks? to live|keep going|decided"
        r"|wie lange|nadie lo sabe|mas facil|сколько|протянешь)\b",
        requires_across=True,
        unless=r"\b(?:taper\w*|side effects?|pump|switch\w*|prescri\w*|instead of|new (?:meds"
        r"|medication|tablets)|supervis\w*|agreed|safely|my (?:doctor|gp|psychiatrist|consultant"
        r"|nurse) (?:said|says|told me|wants|suggested|recommended|switched|agreed)|surgery"
        r"|fasting|flight|procedure|blood test|remission|cured|no longer need)\b",
    ),
    # Poisons kept at home, the commonest means in much of the world: drinking bleach, pesticide
    # or "phenyl", rat poison kept for tonight, someone holding the acid bottle.
    _rule(
        "poison-ingestion",
        "bleach|pesticide|insecticide|rat poison|poison|weed killer|weedkiller|phenyl|paraquat"
        "|antifreeze|acid|kerosene|gramoxone|sniper",
        r"(?P<v>drink|drinks|drinking|drank|drunk|swallow\w*|ingest\w*|take|taking|took|eat|ate"
        r") (?:(?:some|a little|a bit|a mouthful|a sip|half) of (?:the |my |that )?|a bottle of"
        r" |the bottle of |the whole bottle of |a cup of |a glass of |the |my |all the |that |a"
        r" |it )?"
        r"(?:\w+ )?(?:rat poison|poison for rats|pesticide|insecticide|weed ?killer|bleach"
        r"|phenyle?|paraquat|antifreeze|kerosene|gramoxone|acid bottle)\b"
        r"|(?:rat poison|poison for rats|pesticide|insecticide|weed ?killer|bleach|phenyle?"
        r"|paraquat|antifreeze|acid)\b[^.!?\n]{0,40}\b(?:(?:i|he|she|they)(?:ll| will| would| is"
        r" going to| am going to| gonna)?|will|going to|gonna) (?:drink|take|swallow) (?:it|them"
        r"|tonight|now|today)?\b",
        SI,
        PLAN,
        requires=r"\b(?:drank|drunk|swallowed|mouthful|tonight|today|now|will|going to|gonna|to see"
        r"|scared|throat|vomit\w*|sick|crying|saying|says|threaten\w*|end|die|courage|waiting)\b",
        unless=r"\b(?:spill\w*|splash\w*|clean\w*|bathroom tiles|mould|mold|garden|weeds|lawn"
        r"|mice|rats in|pest control|exterminator|battery|car|lsd|trip\w*|festival|lab|chemistry"
        r"|reflux|amino|folic|citric|hyaluronic|salicylic|lactic|uric|stomach acid|acid reflux"
        r"|by accident|accidentally|toddler|child ?proof)\b",
        despite=r"\b(?:on purpose|tonight|to die|end it|courage|saying (?:he|she|they) will)\b",
    ),
    # Going into water, woods or snow and not returning: "walk into the sea and keep going",
    # "lie down in the snow and not get up", "a long swim tonight. Not coming back."
    _rule(
        "going-and-not-returning",
        "not com|not come|not get|never com|never come|never get|keep going|keep walking"
        "|keep swimming|let it take|let the|until i",
        r"(?P<v>walk|walks|walking|swim|swims|swimming|go|goes|going|head|heading|wade|wading|drive"
        r"|driving|wander\w*|lie|lay|lying|laying|sleep|sleeping|fall asleep)\b(?: \w+){0,6}?"
        r" (?:into|in|out to|to|out into|down in|out in|off into|along) (?:the |a )?(?:\w+ )?"
        r"(?:sea|ocean|river|lake|water|waves|woods|forest|snow|cold|canal|thames|bay|surf"
        r"|paddock|bush|mountains?|desert|tide|hills|moors?|fells|tops)\b[^.!?\n]{0,40}?\b"
        r"(?:and )?(?:just )?(?:keep"
        r" (?:going|walking|swimming)|not (?:come|coming|get|getting) (?:back|up|out)|never (?:come"
        r"|coming|get|getting) (?:back|up|out)|let (?:it|the cold|the water|the sea|the waves)"
        r" take me|until i (?:cant|cannot|can not|dont) (?:come back|get back|breathe|touch))\b"
        r"(?! (?:to|from|until|till|before|for|in|on|at|tonight|tomorrow|home)\b)"
        r"|(?:(?:im|i m|i am|and|just|ill be) )?(?:not|never) (?:coming|come) back(?= *(?:[.!?,;\n]"
        r"|$))",
        SI,
        PLAN,
        requires=r"\b(?:sea|ocean|river|lake|water|waves|woods|forest|snow|canal|thames|bay|surf"
        r"|swim|paddock|bush|tide|beach|bridge|cliff|tracks|hills|moors?|fells|tops)\b",
        requires_across=True,
        unless=r"\b(?:holiday|vacation|trip|camp\w*|hik\w*|tent|picnic|moving|abroad|fishing"
        r"|kayak\w*|boat|lesson|we|with (?:my|the|our) (?:friends|family|kids|mates|dog)|festival"
        r"|retreat|book|film|movie|novel|heroine|hero|ending|chapter|scene|episode|dog|walkies"
        r"|sunset|sunrise)\b",
    ),
    # Letting the body fail through starving, purging or exercise: "not eating until I'm gone",
    # "running until my heart gives out", "hoping my body quits", "hasta desaparecer".
    _rule(
        "body-giving-out",
        "until|till|til|untill|heart|body|organs|kidneys|hasta|jusqu|bis|пока",
        r"(?P<v>eat|eating|meals?|food|starv\w*|purg\w*|fast|fasting|restrict\w*|run|running"
        r"|exercis\w*"
        r"|cardio|stairs|shrink\w*|throw\w* up|vomit\w*|(?:keep|kept|keeps) (?:going|pushing|doing"
        r" it))\b[^.!?\n]{0,40}? (?:until|till|til|untill) (?:i|im|i am|my (?:heart|body|organs))"
        r"(?: (?:just|finally|actually|simply|literally))? (?:gone|dead|die|disappear\w*|collapse"
        r" and (?:dont|never|do not) get up|(?:gives?|give) (?:out|up|way)|stops?|quits?|fails?"
        r"|shuts? down|theres nothing left|there is nothing left|nothing (?:is )?left|cease"
        r" to exist|stop existing|dont exist)\b"
        r"|(?P<v2>hop\w*|want\w*|wish\w*|pray\w*)(?: that)? my (?:heart|body|organs|kidneys)"
        r"(?: (?:just|finally|will|would|to|gives?))? (?:stops?|give (?:out|up|way)|gives (?:out"
        r"|up|way)|out|up|quits?|fails?|shuts? down|packs? in|packs? up)\b(?! (?:on (?:the|my"
        r" \w+)|hurting|aching|shaking|bleeding|working against))"
        r"|(?:comer|como|comiendo|parar|ayun\w*)\b[^.!?\n]{0,30}\bhasta (?:desaparecer|morir\w*"
        r"|que me muera)"
        r"|(?:manger|mange)\b[^.!?\n]{0,30}\bjusqu ?a (?:disparaitre|mourir|en mourir|ce que je"
        r" (?:meure|disparaisse))"
        r"|(?:essen|esse|hunger\w*)\b[^.!?\n]{0,30}\bbis ich (?:tot bin|sterbe|verschwinde|weg bin)"
        r"|(?:не ем|не есть|голода\w*)\b[^.!?\n]{0,30}\bпока не (?:умру|исчезну|сдохну)",
        SI,
        PLAN,
        negatable=False,  # "not eating until I'm gone": the negation is the act
        hyperbole=True,
        unless=r"\b(?:pizza|chocolate|cake|sushi|tacos|ice cream|burger|fries|buffet|food coma"
        r"|stuffed|full|sunset|iftar|ramadan|yom kippur|lent|blood test|surgery|finish line"
        r"|marathon|race|lol|haha|lmao|hunger games|game|battery|phone|laptop|car)\b",
    ),
    # Self-harm reported as it happens or just after a clean streak: "cutting rn", "blades
    # again", "relapsed with the razor", "two months clean and I just cut".
    _rule(
        "self-harm-now",
        "cut|cutting|sh|self harm|selfharm|blade|blades|razor|razors|relapsed|clean",
        r"(?P<v>cutting|cut|sh ing|shing|sh|self harming|selfharming|self harmed|selfharmed)"
        r" (?:again |myself |myself again )?(?:rn|right now|atm|as we speak|tonight again"
        r"|every night(?: this week)?)\b"
        r"|(?:relapsed|relapse|relapsing)\b[^.!?\n]{0,20}\b(?:blades?|razors?|cutting|sh|self"
        r" ?harm\w*)\b"
        r"|(?<!\w )(?:blades?|razors?|cutting) again\b(?! (?:next|tomorrow|later|soon|for|this"
        r" (?:week|month|year)))"
        r"|(?:days?|weeks?|months?|years?) clean (?:and|but|then) (?:i |ive |i have )?(?:just |now"
        r" |finally |went and )?(?:cut|relapsed|burned myself|sh|self harmed|hurt myself)\b",
        SH,
        unless=r"\b(?:hair|haircut|bangs|fringe|class|classes|school|budget|costs?|funding|hours"
        r"|pay|wages|onions?|vegetables|wood|paper|fabric|lawn|grass|grams?|sugar|carbs|calories"
        r"|coffee|caffeine|smoking|vaping|drinking|alcohol|weed|power|electricity|wifi|film"
        r"|scene|edit\w*|video|shav\w*|gym|gaming|tiktok|social media|diet|rice|meat|ties|off"
        r" from|corners?)\b",
    ),
    # Having survived, with regret: "still here, unfortunately", "alive. sadly", "woke up again.
    # wish I hadn't".
    _rule(
        "alive-unfortunately",
        "unfortunately|sadly|regrettably|worse luck|wish i|wish id",
        r"(?:still here|still alive|alive|still breathing|survived|woke up|woke up again|woken up"
        r"|still standing)(?: ,)? (?:unfortunately|sadly|regrettably|worse luck)(?= (?:[,.!?;]"
        r"|$)| $)"
        r"|(?<!\w )(?:unfortunately|sadly|regrettably)(?= $)"
        r"|(?<!\w )(?:and )?(?:i )?wish (?:i )?(?:hadnt|had not|didnt|did not|wasnt|was not)(?="
        r" $)",
        SI,
        requires=r"\b(?:still here|alive|still breathing|survived|woke up|woken up|wake up|woke"
        r" again|attempt\w*)\b",
        requires_across=True,
        unless=r"\b(?:work|office|airport|queue|traffic|delay\w*|waiting|meeting|rain|snow|shift"
        r"|class|school|party|exam|test|interview|flight|train|bus|plant|plants|cat|dog|phone"
        r"|battery|alarm|early|hangover|lol|haha)\b",
    ),
    _rule(
        "jump-from-here",
        "jump|leap",
        r"(?P<v>thinking (?:about|of)|think about|thought about|want to|wanna|going to|gonna"
        r"|ready to|about to|urge to|tempted to|might|could|should i|considering|scared i(?:ll|"
        r" will|m going to| might)) (?:just )?(?:jump|jumping|leap|leaping)\b(?! (?:in|into|on"
        r"|up|rope|ship|the queue|at|back|around|for))",
        PLAN,
        SI,
        requires=r"\b(?:station|platform|balcony|roof|rooftop|bridge|window|ledge|building|cliff"
        r"|tracks|train|edge|top floor|tower|overpass|car park|parking garage|floor|storey|story"
        r"|high|height|down|river|water below)\b",
        unless=r"\b(?:pool|trampoline|bungee|parachute|skydiv\w*|dive|diving|lake|sea|ocean"
        r"|queue|conclusion\w*|joy|for joy|rope|puddle|bed|couch|sofa|hoop|hurdle|fence)\b",
    ),
    _rule(
        "jump-intent",
        "jump",
        r"(?P<v>going to|gonna|about to|ready to|will|ill|im (?:going to|gonna)|i am going to)"
        r" (?:just )?jump\b" + _END,
        PLAN,
        weak=True,
        unless=r"\b(?:pool|trampoline|bungee|parachute|skydiv\w*|dive|diving|lake|sea|ocean"
        r"|queue|conclusion\w*|joy|rope|puddle|bed|couch|sofa|hoop|hurdle|fence|shower|call"
        r"|meeting|zoom|game|car|start|battery)\b",
    ),
    _rule(
        "method-question",
        "way to|ways to|way of|ways of|method|means to|means of|means for|way for|how |how|lethal"
        "|fatal|deadly|toxic|high enough|tall enough|deep enough|die from|die of|die on"
        "|die by|die if|die after|dye from|overdose from|overdose on|overdose if|overdose by"
        "|od on|od from|od if|kill me|enough to kill",
        r"(?:painless|easiest|easy|quickest|quick|fastest|best|surest|simplest|most effective"
        r"|least painful|peaceful|quiet|quietest|cleanest)(?:est)? (?:way|ways|method|methods"
        r"|means) (?:to|of|for) (?:d[iy]e|dying|kill (?:my|your|one)self|killing (?:my|your|one)"
        r"self|end (?:it|my life|things|everything)|ending (?:it|my life)|go|commit suicide"
        r"|suicide|overdose|od|do it|not wake up)\b"
        r"|how (?:do|can|could|would|to|should|does|might|do i|can i) (?:i |you |one |someone |a"
        r" person |people )?(?:kill (?:my|your|one|them|him|her)self|commit suicide|d[iy]e"
        r"(?! (?:in|on|at|from|of) (?:the |a )?(?:game|minecraft|fortnite|this level))"
        r"|end (?:it|my life)|overdose|od|hang (?:my|your)self|slit (?:my|your) wrists|not wake up"
        r"|unalive)\b"
        r"|how many " + _PILLS + r"?\b[^.!?]{0,40}\b(?:die|kill|lethal|fatal|overdose|od|too"
        r" many|deadly|to end|it takes|would it take|does it take|until|to not wake up)\b"
        r"|(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|dosage)"
        r"|how (?:long|much)\b[^.!?]{0,30}\b(?:to die|to bleed out|bleed out|to pass out and"
        r" die|to suffocate|to drown|until (?:i|you) die)"
        r"|(?:how high|how tall|high enough|tall enough|is it high enough)\b[^.!?]{0,30}\b(?:jump"
        r"|fall|d[iy]e|survive|kill)"
        r"|(?:can|could|would|will|do|does|is it possible to|is it possible for \w+ to)"
        r" (?:\w+ ){0,3}?(?:d[iy]e|overdose|od)\b (?:from|of|on|by|if|after) (?:\w+ )?(?:\d+"
        r"|a|an|too many|taking|all|the whole|a whole|a bottle|a pack|a box|so many)\b"
        r"(?=[^.!?]{0,40}\b(?:pills?|tablets?|meds|mg|paracetamol|tylenol|ibuprofen|sleeping"
        r"|insulin|dose|overdose|xanax|aspirin|medication|antidepressants?)\b)"
        r"|how (?:much|many)\b[^.!?]{0,40}\b(?:would|will|could|to|does it take to|it takes to"
        r"|is|are) (?:kill|be fatal|be lethal|be deadly|be enough|overdose|od|d[iy]e|end it)"
        r"|deep enough to (?:d[iy]e|bleed out|kill)|(?:would|will|does) (?:it|that|this)"
        r" (?:kill|be enough to kill) me\b",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:minecraft|fortnite|game|character|plant|plants|cat|dog|fish|bacteria"
        r"|germs|weeds|mould|mold|cell|cells|process|battery|phone|pharm exam|pharmacology"
        r"|thresholds|pharm final|flashcards)\b|\bend (?:it|things) (?:with|between)\b",
    ),
    _rule(
        "noose",
        "noose|rope|neck|ceiling|beam|tree|garage|attic|closet",
        r"\bnoose"
        r"|\brope\b[^.!?]{0,40}\b(?:neck|ceiling|beam|tree|strong enough|hold my weight|garage"
        r"|attic|loft|closet|wardrobe|banister|bannister|railing|door frame|hang)"
        r"|\b(?:neck|ceiling|beam|garage|attic|closet)\b[^.!?]{0,40}\brope\b",
        PLAN,
        SI,
    ),
    _rule(
        "rope-bought",
        "rope",
        r"(?:bought|buy|buying|got|getting|ordered|have|has|had|found) (?:a |some |the |myself a )?"
        r"(?:strong |long |thick )?rope\b|rope (?:that )?(?:i|he|she|they) (?:bought|got|ordered"
        r"|have|has|hid|hidden)\b",
        PLAN,
        SI,
        unless=r"\b(?:climb\w*|camp\w*|boat|sail\w*|swing|tow\w*|dog|skipping|jump ?rope"
        r"|garden|hammock|washing line|clothes ?line|tent|tie down|moving|luggage|craft\w*|macrame"
        r"|tug|gym|workout|horse|knots?|scouts?)\b",
    ),
    _rule(
        "jump-from-height",
        "jump|leap|throw|step|fall|drop|walk",
        r"(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself|step|stepping|fall|drop"
        r"|walk|walking) (?:off|from|of|out of) (?:a |the |that |this |my |our |an |some |top of"
        r" (?:a |the )?)?(?:\w+ )?" + _HIGH_PLACE + r"\b(?! for (?:you|him|her|them|love|my \w+))",
        PLAN,
        SI,
        before=r"(?P<v>" + _ME_INTENT + r")(?: just)?",
        unless=r"\b(?:bungee|parachute|skydiv\w*|swim\w*|pool|dive|diving|trampoline"
        r"|paraglid\w*|base jump\w*|cat|dog|bird|squirrel|zip ?line)\b",
    ),
    _rule(
        "in-front-of-vehicle",
        "train|tube|subway|metro|tram|bus|lorry|truck|car|traffic|tracks|railway|rails"
        "|motorway|highway|oncoming|road|sea|ocean|river|lake|tree|wall|bridge|cliff|barrier"
        "|pillar",
        r"(?:jump|jumping|leap|leaping|step|stepping|walk|walking|throw myself|throwing myself|run"
        r"|running|dive|diving|drive|driving|swerve|swerving) (?:out )?(?:in front of|under|into"
        r" the path of) (?:a |the |an |oncoming |some |my |speeding |moving )?"
        + _VEHICLE
        + r"(?! (?:station|stop|ride|journey))"
        r"|(?:walk|walking|run|running|step|stepping|drive|driving|wander|wandering) (?:out )?into"
        r" (?:the )?(?:oncoming |busy )?(?:traffic|road|motorway|highway|sea|ocean|river|lake)\b"
        r"|(?:lie|lay|lying|laying|stand|standing) (?:down )?(?:on|across"
        r"|in the middle of) (?:the )?"
        r"(?:tracks|railway|rails|train tracks|motorway|highway|road)\b"
        r"|(?:driv|crash|swerv|steer)\w* (?:my car |the car |it )?(?:into|off) (?:a "
        r"|the )?(?:tree"
        r"|wall|bridge|cliff|oncoming \w+|truck|lorry|river|lake|barrier|pillar|motorway"
        r"|highway)\b"
        r"|(?:crash|wreck)\w* (?:my|the) car (?:on purpose|deliberately)",
        PLAN,
        SI,
        before=r"(?P<v>" + _ME_INTENT + r")(?: just)?",
        unless=r"\b(?:accident\w*|almost got hit|nearly got hit|careful|didnt see|wasnt looking"
        r"|swim\w*|paddl\w*|surf\w*|beach|boat|kayak\w*|picnic|cross\w*|fishing)\b",
    ),
    _rule(
        "at-the-edge",
        "edge|ledge|bridge|rooftop|roof|tracks|railway|cliff|top of|railing|balcony|window",
        r"(?:im|i am|i m|currently|right now)(?: \w+){0,2}? (?:on|at|near|by|over|above) (?:the |a"
        r" |this |that )?(?:edge of (?:the |a )?(?:roof|bridge|building|cliff|platform)|ledge"
        r"|bridge|rooftop|roof|tracks|train tracks|railway(?: line)?|cliff(?: edge)?"
        r"|top of (?:the|a) (?:building|bridge|car park|parking garage|cliff|tower))\b"
        r"|(?:im|i am|i m) (?:standing |sitting )?on the edge\b(?! of)"
        r"|(?:stood|standing|sat|sitting|climbed|climbing|been|leaning|up) (?:up )?(?:on|onto|at"
        r"|over|out of) (?:the |a |my )?(?:edge of (?:the |a )?(?:roof|bridge|building|cliff"
        r"|platform)|ledge|railing|bridge|rooftop|roof|tracks|train tracks|railway|cliff edge"
        r"|balcony|window ledge|windowsill|window)\b(?=[^.!?]{0,40}\b(?:looking down|down|for"
        r" ages|for hours|for an hour|again|tonight|right now|now|rn|jump|edge)\b)"
        r"|(?:he|she|they|my \w+)(?: is|s| are|re) (?:standing |sitting )?(?:on|at) (?:the |a )?"
        r"(?:edge of (?:the |a )?(?:roof|bridge|building|cliff)|ledge|bridge|rooftop|roof|tracks"
        r"|train tracks|railway|cliff edge|balcony edge|railings? of (?:the"
        r"|a) (?:\w+ )?bridge)\b(?= *(?:right now|now|tonight|again"
        r"|and|,|[.!?\n]|$))"
        r"|(?:drove|driven|walked|went|came|got|am going|im going) (?:up )?(?:to|out to) (?:the )?"
        r"(?:cliffs?|cliff edge|bridge|tracks|railway|train tracks|rooftop|roof)\b",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:fix\w*|repair\w*|work\w*|view|photo\w*|selfie|sunset|sunrise|picnic|walk"
        r"|hik\w*|tour\w*|holiday|vacation|waiting for (?:a|my|the) (?:friend|bus|train)|gutters"
        r"|antenna|solar|fireworks|watch\w*|band|concert|wedding|fishing|painting|kids|boat"
        r"|swans|ducks|river cruise|we|trip|sightseeing|golden gate)\b",
    ),
    _rule(
        "fast-train",
        "fast|express|non stop|nonstop|freight|speeding",
        r"(?:fast|express|non ?stop|freight|speeding) trains?\b",
        PLAN,
        SI,
        requires=r"\b(?:platform|tracks|waiting|wait|jump|step|in front|edge|rails|railway)\b",
        unless=r"\b(?:commute|commuting|late for|to work|to school|home|catch|caught|missed|ticket"
        r"|delayed|cancelled)\b",
    ),
    _rule(
        "gun",
        "gun|pistol|rifle|firearm|revolver|shotgun|barrel|head|mouth|temple|trigger|load",
        r"\b(?<!toy )(?<!nerf )(?<!water )(?<!glue )(?<!nail )(?:gun|pistol|rifle|firearm|revolver"
        r"|shotgun)\b[^.!?]{0,30}\b(?:(?:to|against|in|into) my (?:head|mouth|temple|chest)|loaded"
        r"|pull the trigger|end it|(?<!found )(?<!caught )(?<!told )(?<!asked )myself|kill me"
        r"|under my chin|(?:im |i am )?holding (?:it|the gun|the pistol)|in my hand)"
        r"|(?:to|against|in|into) my (?:head|mouth|temple)\b[^.!?]{0,20}\b(?:gun|pistol|barrel)"
        r"|(?:pull|pulling) the trigger\b[^.!?]{0,20}\b(?:on myself|at my head|and end)",
        PLAN,
        SI,
    ),
    _rule(
        "weapon-on-myself",
        "use|using|turn|turning|point|pointing|aim|aiming",
        r"(?P<v>use|using|turn|turning|point|pointing|aim|aiming) (?:it|them|that|the \w+|a \w+"
        r"|my \w+|his \w+|her \w+) (?:on|at|against) (?:myself|me)\b",
        PLAN,
        SI,
        unless=r"\b(?:cream|mask|lotion|make ?up|product|brush|oil|shampoo|tool|massager"
        r"|skincare|method|technique|therapy|tips?|advice|exercise|trick|camera|phone|spray"
        r"|tweezers|trimmer|clippers)\b",
    ),
    _rule(
        "gun-access",
        "gun|pistol|rifle|firearm",
        r"(?:bought|buy|get|got|getting|find|found|have|has|took|take|taking|know where|keeps?"
        r"|loaded|load)\w* (?:a |the |my |his |her |dads |my dads |our )?(?:gun|pistol|rifle"
        r"|firearm|revolver|shotgun)",
        PLAN,
        weak=True,
        unless=r"\b(?:hunting|range|club|licen[cs]e|game|toy|nerf|water gun|glue gun|video game"
        r"|airsoft|paintball)\b",
    ),
    _rule(
        "blade-on-skin",
        "blade|razor|knife|glass|scissors|wrist|arm|thigh|skin|sharpener",
        r"\b(?:blades?|razors?|razor blades?|knife|knives|glass|scissors|sharpener)\b[^.!?]{0,25}"
        r"\b(?:my|her|his) (?:wrists?|arms?|thighs?|skin|legs?|stomach)\b"
        r"|\b(?:wrists?|arms?|thighs?)\b[^.!?]{0,20}\b(?:blades?|razors?)\b"
        r"|(?:bought|buy|got|have|hid|hide|hiding|hidden|keep|kept|stash\w*|took apart|broke"
        r"|breaking|taking apart) (?:a |some |new |my |the |fresh |more )?(?:razor blades?"
        r"|blades?|sharpener blades?)\b(?! for (?:shaving|my razor|the shaver|work))",
        SH,
        PLAN,
        unless=r"\b(?:shav\w*|cooking|kitchen|chef|craft\w*|hobby|woodwork\w*|lawn ?mower"
        r"|skates?|blender|fan|hockey|cut myself on|by accident)\b"
        r"|\brazors? (?:on|to|over|across|along) my (?:legs?|face|chin|head|armpits?)\b",
    ),
    _rule(
        "note-written",
        "suicide|goodbye|good bye|farewell|last note|final note|my note|the note|my notes"
        "|the notes|my letters|the letters|letters to|letter to|notes to|note to|letters for"
        "|letter for|notes for|note for",
        r"(?:suicide|goodbye|good bye|farewell) (?:note|letter|message|video|text|post|email"
        r"|voice ?note|voicemail|tweet|story)s?|(?:last|final)"
        r" notes?"
        r"(?! (?:from|for) (?:work|school|class|my (?:teacher|boss|job|old job|colleagues)))"
        r"|(?:wrote|written|writing|write|finished|left|leave|leaving|drafted|drafting|prepared)"
        r" (?:my|the) (?:note|notes|letters)\b(?! (?:for|to) (?:work|school|class|my (?:teacher"
        r"|boss|therapist|landlord|roommate|flatmate)))"
        r"|(?:wrote|written|writing|write|left|leave|leaving|prepared|finished) (?:a |some |my"
        r" |the )?(?:notes?|letters?) (?:to|for) (?:everyone|everybody|all of you|my (?:whole )?"
        r"family|my loved ones|each of|all my \w+|my (?:kids|children|parents|family|wife|husband"
        r"|partner) explaining)",
        PLAN,
        BYE,
        unless=r"\b(?:younger self|inner child|little me|child self|past self|future self"
        r"|old self|therapist|exercise|homework|thank you (?:note|letter)s?|love letters?|cover"
        r" letter|work|resign\w*|retire\w*|graduat\w*|semester|class|camp|leaving do|to my"
        r" (?:ex|abuser|addiction|eating disorder|depression|anxiety|childhood|old \w+)|to (?:my"
        r"|the)"
        r" (?:team|colleagues|coworkers|department|staff|clients))\b",
    ),
    _rule(
        "letters-to-family",
        "letter|note",
        r"(?:wrote|written|writing|write|left|leave|leaving|finished) (?:some |a few |the |my |a )?"
        r"(?:letters?|notes?) (?:to|for) (?:my|each|all)\b",
        PLAN,
        BYE,
        weak=True,
        unless=r"\b(?:younger self|inner child|little me|child self|past self|future self"
        r"|old self|therapist|exercise|homework|thank you|christmas|birthday|cards?|teacher"
        r"|school|work|pen pal|holiday|postcards?)\b",
    ),
    _rule(
        "giving-things-away",
        "giv|gave|given|giving|rehom|find|found|finding",
        r"(?:giv\w*|gave|given)(?: away)? (?:all |most )?(?:of )?my (?:stuff|things|belongings"
        r"|possessions|prized \w+|favou?rite things|valuables|most precious \w+)(?: away)?"
        r"|(?:giv\w*|gave|given) away (?:all |most )?(?:of )?(?:everything|all my \w+|my \w+"
        r" (?:and|to))"
        r"|(?:giv\w*|gave|given)\b[^.!?]{0,40}\bmy (?:stuff|things|belongings|possessions"
        r"|\w+ collection) (?:away|to)\b"
        r"|(?:giv\w*|gave|given) (?:me|us|them|away) (?:all )?(?:of )?(?:her|his|their) (?:stuff"
        r"|things|belongings|possessions|plants|books|clothes|jewel\w*|games|guitar|pets?|cat"
        r"|dog)\b",
        PLAN,
        unless=r"\b(?:mov\w*|declutter\w*|minimalis\w*|charity|donat\w*|garage sale|yard sale"
        r"|car boot|marie kondo|spring clean\w*|new (?:house|flat|place|home)|selling|sold"
        r"|outgrown|old clothes|too small|kids toys|christmas|birthday|secret santa|fundrais\w*)\b",
    ),
    _rule(
        "will-written",
        "written|wrote|made|updated|finished|sorted|drafted|writing|making|put|putting|got"
        "|getting|left|leaving|testament|not because|nothing medical",
        r"(?:written|wrote|made|updated|finished|sorted|drafted|writing|making)(?: out)? (?:my|a)"
        r" (?:will|wasiyy?at|testament)\b|(?:hab|habe) (?:mein|ein) testament"
        # Affairs put in order, and the illness that would explain it ruled out: each a weak
        # sign, a crisis together ("Papers in order. Not because anything is wrong medically.").
        r"|(?:put|putting|got|getting|sorted|sorting) (?:all )?(?:of )?my (?:papers|affairs"
        r"|paperwork|finances|things) (?:in order|sorted)"
        r"|(?:left|leaving|wrote|written|writing) (?:down )?(?:all )?(?:my |the )?(?:passwords"
        r"|pins?|pin numbers|bank details|logins)\b(?! (?:for (?:the|my) (?:house ?sitter|cat"
        r" ?sitter|holiday|trip)))"
        r"|not because (?:anything is wrong|im sick|i am sick|im ill|of (?:my )?health)"
        r"|nothing medical",
        PLAN,
        weak=True,
        unless=r"\b(?:new job|mortgage|baby|pregnan\w*|wedding|married|retire\w*|moving|house"
        r" ?sit\w*|it department|password manager|reset|hacked|phishing|flu|cold|covid|sick"
        r" note|sick day|work|school)\b",
    ),
    _rule(
        "rehoming-pets",
        "find|found|finding|rehom|who will|who would|take care|look after|feed|giv|gave|given",
        r"(?:find|found|finding) (?:a )?(?:new )?homes? for my (?:cat|dog|pets?|kids|rabbit)"
        r"|rehom\w* my (?:cat|dog|pets?)|(?:giv\w*|gave|given) away (?:my )?(?:cat|dog|pets?)"
        r"|(?:giv\w*|gave|given) my (?:cat|dog|pets?|rabbit|hamster|bird) to",
        PLAN,
        weak=True,
    ),
    _rule(
        "date-chosen",
        "picked|chosen|chose|choose|set|decided|settled|fixed|know|figured|worked out|ive planned"
        "|i have planned",
        r"(?:picked|chosen|chose|set|decided on|settled on|fixed) (?:a |the |my )?(?:date|day)\b"
        r"(?! (?:for|to|with|of))"
        + _END
        + r"|(?:i (?:know|have decided|ve decided|decided)|figured out|worked out|ive planned|i"
        r" have planned) (?:exactly |already )?(?:how|when|where) (?:i|ill|id|im|i will|i would"
        r"|i am|im going to|i am going to|im gonna|i want to|gonna|to) (?:do it|d[iy]e|end it"
        r"|kill myself|go|leave this world)\b",
        PLAN,
        unless=_EVENT,
    ),
    _rule(
        "chosen-place-or-day",
        "which bridge|which building|which pills|which rope|which method|which way|which spot"
        "|which place|which day|which date|which night|which train|which cliff|which gun"
        "|which tree|which car park|which parking|which roof|what day|what date|what night"
        "|what time|what method|what pills|where to|the bridge|the building|the spot"
        "|the place|the date|the method|the rope|the pills|the cliff|the roof",
        r"(?:know|knew|decided|chosen|chose|picked|figured out|worked out|deciding|choosing"
        r"|picking) (?:exactly )?(?:which|what|where|the) (?:bridge|building|pills|rope|method|way"
        r"|spot|place|day|date|night|train|cliff|gun|tree|car park|parking garage|roof)\b"
        r"(?: \w+){0,3}? (?:to (?:use|do it|go|jump)|(?:im|i am|i m|ill"
        r"|i will) (?:going to )?(?:use"
        r"|do it|go|jump)|is best|seems best|would work|will work)\b",
        PLAN,
        SI,
        unless=_EVENT,
    ),
    _rule(
        "everything-needed",
        "everything|all i need|all the",
        r"(?:have|got|gathered|bought|ready with) (?:everything|all (?:the stuff|the things)|all)"
        r" (?:i need|ready|sorted|prepared)(?: to do it| for it| to end it| for tonight)\b",
        PLAN,
        SI,
    ),
    _rule(
        "everything-i-need",
        "everything i need|all i need",
        r"(?:everything|all) i need (?:to do it|to end it|to d[iy]e|to go through with it|for (?:it"
        r"|tonight))\b",
        PLAN,
        SI,
    ),
    _rule(
        "futures-cancelled",
        "cancel|cancelled|canceled|cancelling",
        r"cancel\w* (?:all |every |all of )?(?:my |the )?(?:plans|appointments|subscriptions"
        r"|everything|sessions) (?:after|beyond|past|from) (?:this|tonight|tomorrow|friday|monday"
        r"|\w+day|next)",
        PLAN,
        unless=_TRAVEL + r"|\b(?:sick|ill|flu|covid|surgery|operation|moving|busy)\b",
    ),
    _rule(
        "when-nobody-is-around",
        "asleep|to bed|to sleep|to work|gone|away|checks on|check on|find me|everyones out"
        "|everyone is out|everyone s out|theyre out|they re out|they are out|is out|are out"
        "|left",
        r"(?:after|when|once|while) (?:everyone|everybody|they|my (?:family|parents|wife|husband"
        r"|kids|partner|mum|mom|dad|roommate|flatmate)s?)(?: is| are| has| have| goes| go| went|s"
        r"| s|re| re) (?:asleep|to (?:bed|sleep|work)|out|gone|left|away)\b|(?:nobody"
        r"|no one) (?:checks on|will"
        r" check on|would find|will find) me\b",
        PLAN,
        weak=True,
    ),
    _rule(
        "my-plan-is",
        "my plan is|the plan is|plan is",
        r"(?:my|the) plan is (?:tonight|tomorrow|today|this \w+|next \w+|on \w+day|\w+day|after"
        r"|when|at|to do it|set|ready|simple)\b",
        PLAN,
        weak=True,
    ),
    _rule(
        "tonight-is-the-night",
        "tonight",
        r"(?:tonights|tonight is|tonight s) the night|(?:its|it is|it s) (?:going to be|gonna be)"
        r" tonight\b" + _END,
        PLAN,
        unless=_EVENT + r"|\b(?:date|party|concert|drinks|fun|celebrat\w*|game)\b",
    ),
    _rule(
        "doing-it-soon",
        "go through|follow through|do it|a plan|my plan|my mind|mind is|decision|im ready"
        "|i am ready|i m ready|todays the|today is the|today s the|tomorrow is the",
        r"(?:going to|gonna|will|ill|im|i am|planning to|plan to|decided to|ready to|about to"
        r"|finally going to) (?:actually |finally |really )?(?:go through with it|follow through"
        r"(?: with it)?)\b|(?:going to|gonna|will|ill|im|i am|planning to|plan to|decided to"
        r"|ready to|about to|finally going to) do it (?:tonight|today|tomorrow|this weekend"
        r"|on \w+day|soon|now|when"
        r" (?:everyone|they|my \w+|nobody)|before (?:anyone|they|my \w+)|after (?:everyone|they"
        r"|my \w+)|finally)\b"
        r"|(?:todays|today is|today s|tomorrow is) the day"
        + _END
        + r"|(?:i have|ive got|i made|ive made|i ve made|i got|im making|i am making|i have made)"
        r" (?:a |my )plan" + _END + r"|(?:my )?mind is made up|ive made (?:up )?my (?:mind"
        r"|decision)" + _END + r"|(?:im|i am) ready" + _END,
        PLAN,
        weak=True,
        unless=_EVENT + r"|\b(?:homework|essay|assignment|workout|gym|diet|presentation"
        r"|laundry|dishes|chores|ask \w+ out|confess|call|tell (?:him|her|them))\b",
    ),
    _rule(
        "plan-to-die",
        "plan to|plans to|plan for|plans for|plan on|plans on|plan of|plans of|plan about"
        "|plans about",
        r"(?:a |my |the )?plans? (?:to|for how to|on how to|of how to|about how to) (?:d[iy]e|end"
        r" (?:it|my life|things)|kill myself|take my (?:own )?life|do it|commit suicide"
        r"|overdose|hang myself|jump)\b",
        PLAN,
        SI,
    ),
    _rule(
        "ways-to-die",
        "ways|methods|method|means|how to",
        r"(?P<v>ways|methods|method|means|how) (?:to|of) (?:d[iy]e|dying|kill (?:my|one)self"
        r"|killing (?:my|one)self|end (?:it|my life)|ending (?:it|my life)|commit suicide|suicide"
        r"|overdose|unalive)\b",
        SI,
        PLAN,
        mention=True,
        unless=r"\b(?:game|minecraft|show|movie|episode|1000|thousand|character)\b",
    ),
    _rule(
        "dwelling-on-means",
        "pill|tablet|meds|medic|painkill|paracetamol|tylenol|how many|tallest|highest",
        r"(?:thinking|think|thought|kept thinking|keep thinking|obsessing|staring|stare|looking)"
        r" (?:about|of|at) (?:the|my|all the|all my|those|that) (?:\w+ )?(?:pills|tablets|meds"
        r"|medication|painkillers|paracetamol|rope|blade|razor|gun|bridge|drop|height)\b"
        r"|how many (?:\w+ )?(?:pills|tablets|meds) (?:there are|i have|are left|are in|we have)",
        PLAN,
        weak=True,
    ),
    _rule(
        "counting-pills",
        "how many|count",
        r"how many (?:(?:\w+ )?(?:pills|tablets|meds) )?(?:there are|i have|are left|are in|we have"
        r"|ive got|i(?: have)? got)\b|count\w* (?:the|my|all the|all my) (?:pills|tablets|meds)",
        PLAN,
        weak=True,
        requires=r"\b(?:pills?|tablets?|meds|medication|painkillers|paracetamol|sleeping \w+)\b",
    ),
    _rule(
        "researching-methods",
        "research|googl|looked up|looking up|searched|searching|look up|read",
        r"(?:researched|researching|googled|googling|looked up|looking up|searched|searching"
        r"|look up|reading about)\b[^.!?]{0,30}\b(?:ways to d[iy]e|how to d[iy]e|how to kill"
        r" myself|suicide methods?|methods?|lethal|overdose|painless|how many pills|how to hang"
        r"|how to end it|(?:the )?(?:tallest|highest) (?:buildings?|bridges?|cliffs?|car parks?"
        r"|parking garages?|towers?|places?))",
        PLAN,
        SI,
        unless=r"\b(?:essay|class|paper|research project|assignment|for school|for work"
        r"|nursing|pharmacology|homework)\b",
    ),
    # -- farewell ---------------------------------------------------------------------------
    _rule(
        "this-is-goodbye",
        "goodbye|good bye|farewell|bye|final message|last message|final words|last words"
        "|final text|last text|last thing|final thing",
        r"(?:this is|this will be|consider this|its|it is|here is|heres)(?: (?:my|our|the))?"
        r" (?:final |last )?(?:goodbye|good bye|farewell|bye)\b(?! (?:to (?:my|the|this|our)"
        r" (?:old|job|house|flat|city|town|school|hair)|for now|for today|for tonight|till"
        r"|until))"
        r"|(?:my |the |this is (?:my )?)?(?:final|last) (?:goodbye|farewell|message|words)\b"
        r"(?! (?:for|of) (?:today|tonight|the day|the night|now|this week)| before (?:bed|sleep"
        r"|i (?:go to )?(?:bed|sleep)|work|my shift|the weekend|i log off|lunch))"
        r"|(?:goodbye|good bye|bye|farewell) (?:forever|for good|world|cruel world|for the last"
        r" time|for ever|everyone forever)\b"
        r"|(?:final|last) (?:goodbye|farewell)s?\b"
        r"|(?:this is|this will be|consider this|here is|heres) (?:my )?(?:final|last) (?:message"
        r"|words|text|thing ill (?:ever )?(?:say|write))(?! before (?:bed|sleep|i (?:go to )?"
        r"(?:bed|sleep)|work|my shift|the weekend|i log off|lunch))",
        BYE,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:season|series|show|book|episode|game|tour|concert|funeral"
        r"|grave|hospice|passed away|died|grandma|grandpa|nan|carbs|sugar|chocolate|junk food"
        r"|coffee|caffeine|diet|challenge|smoking|vaping)\b",
    ),
    _rule(
        "wont-be-here",
        "be here|be around|be alive|be on|be in|burden|problem|being here|being around|being alive"
        "|be answer|be repl|be respond|be online|be check|be doing",
        r"(?:wont|will not|not going to|not gonna|wont even|am not going to|im not going to)"
        r" (?:still )?be (?:here|around|alive|on this earth"
        r"|in this world)(?: \w+){0,5}? (?:tomorrow"
        r"|anymore"
        r"|any ?more|any longer|much longer|for much longer|for long|by (?:tomorrow|morning|the"
        r" morning|then|the end of \w+|monday|friday|the weekend|next week|christmas|new year)"
        r"|when you|to see|next (?:week|year|month)|soon|after (?:tonight|today))\b"
        # "won't be around for it" (the court date, the rent), "to thank you", "for christmas"
        r"|(?:wont|will not|not going to|not gonna) be (?:here|around|alive) (?:for (?:it|that"
        r"|christmas|the next (?:check ?in|session|one)|(?:my|the|your) (?:next )?(?:birthday"
        r"|check ?in|session|court date|hearing|trial|sentencing|rent))|to (?:do it myself|thank"
        r" you|see (?:it|that)|read (?:it|this|your reply)))(?= *(?:$|[.!?;,\n]| (?:after|anyway"
        r"|though|i|so)\b))"
        r"|(?:wont|will not|not going to|not gonna) be (?:answering|replying|responding|online"
        r"|on here|checking in|doing (?:the|my|our) check ?ins?)(?: \w+){0,2}? (?:after (?:tonight"
        r"|today|this)|much longer|ever again|or ever)\b"
        r"|(?:dont|do not) (?:plan on|intend to|expect to|think ill|see myself) be(?:ing)? (?:here"
        r"|around|alive) (?:for|at|by|next|on|much longer|in)\b"
        r"|(?:wont|will not|not going to|not gonna) (?:be a )?(?:burden|problem) (?:to (?:anyone"
        r"|you|them|anybody) )?(?:for )?(?:much longer|anymore|for long|soon)\b",
        BYE,
        SI,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:off to|heading|headed|away|visiting|abroad|spain|france|italy"
        r"|staying (?:at|with|over)|sleeping (?:at|over)"
        r"|germany|london|paris|new york|camp|festival|wedding|retreat|hospital|surgery)\b",
        # "I won't be here next month! Got the job in Leeds, moving on the 3rd."
        unless_after=r"\b(?:got (?:(?:the|a|my) (?:job|place|flat|visa|offer|transfer|apartment)|in"
        r"|into|accepted)|starting|moving|flying|relocat\w*|new job|job in|off to|transferr?ed"
        r"|emigrat\w*)\b",
    ),
    _rule(
        "wont-need-it",
        "need|needing|using",
        r"(?:wont|will not|not going to|not gonna|dont|do not) (?:need|be needing|be using)"
        r" (?:it|him|her|them|this|that|these|those|my \w+|any of (?:it|this|them|my \w+)|anything)"
        r"(?: \w+)? (?:anymore|any ?more|no more|no longer|any longer|where im going"
        r"|after (?:tonight|today|this"
        r" week|friday)|soon)\b|(?:wont|will not|not going to) (?:need|be needing) (?:them|it|those"
        r"|these|my \w+)(?= *(?:[.!?;\n]|$))",
        PLAN,
        BYE,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:mov\w*|sell\w*|sold|upgrad\w*|replac\w*|new one|old|broken"
        r"|outgrown|too small|grown|winter|summer|course|graduat\w*|quit\w*)\b",
    ),
    _rule(
        "by-the-time-you-read",
        "by the time|when you read|when you find|when they find|if youre reading|if you are",
        r"by the time (?:you|anyone|someone|they|u|somebody) (?:read|see|find|get)s? (?:this"
        r"|these|it|my)|(?:when|once) (?:you|they|someone) (?:read|find|see)s? this(?: ,)? i"
        r"|if (?:youre|you are|u r) reading this(?: ,)? (?:im|i am|i m|i) (?:already "
        r"|probably )?(?:gone"
        r"|dead|not here)",
        BYE,
        negatable=False,
    ),
    _rule(
        "never-hear-from-me",
        "me again|me anymore|me any|me ever",
        r"(?:you|nobody|no one|noone|they|u|anyone|no body)(?:ll never|ll not| wont| will never"
        r"| will not| never| wont ever| will not ever)(?: ever)? (?:hear from|see|talk to"
        r"|speak to|hear|have to deal with) me (?:again|anymore|any ?more|ever again)\b",
        BYE,
        negatable=False,
        unless=r"\b(?:unless|until|if you|if u|blocked|block\w*|app|delete\w*|unsubscrib\w*)\b",
    ),
    _rule(
        "nice-knowing-you",
        "knowing you|knowing y|knowing everyone|knowing all|knowing u|other side|next life"
        "|another life|in heaven|in hell|afterlife|you never|u never|y all never",
        r"(?:its|it has|it was|its been|it s|it has been|been) (?:been )?(?:nice|good|a pleasure"
        r"|lovely|great|an honou?r) knowing (?:you|y ?all|everyone|all of you|u)"
        r"|(?:see|meet) (?:you|u|y ?all) (?:on the other side|in (?:the next|another) life|in"
        r" heaven|in hell|in the afterlife|never)",
        BYE,
        negatable=False,
    ),
    _rule(
        "when-im-gone",
        "gone|dead|no longer|not here|not around",
        r"(?:when|after|once) (?:im|i am|i m) (?:gone|dead|no longer here|not here anymore|not"
        r" around anymore)\b(?! (?:on|for|to|away|out|shopping|from (?:work|school|home)))",
        BYE,
        SI,
        negatable=False,
        unless=r"\b(?:holiday|vacation|trip|travel\w*|old|one day|someday|in \d+ years|will"
        r" (?:money|inheritance)|funeral plan|life insurance)\b",
    ),
    _rule(
        "tell-them-i-love-them",
        "tell",
        r"(?:please )?tell (?:my \w+(?: and (?:my )?\w+)?|everyone|them all|my family) (?:that )?i"
        r" (?:love|loved|am sorry|m sorry|im sorry)\b(?=[^.!?]{0,40}(?:$|goodbye|bye|gone"
        r"|forever|anymore|for everything|always))",
        BYE,
        negatable=False,
        unless=r"\b(?:later|tomorrow|next time|when i see|birthday|card|party)\b",
    ),
    _rule(
        "said-my-goodbyes",
        "goodbye|good bye",
        r"(?:ive |i have |i )?(?:said|saying|say|written) (?:my )?goodbyes?(?= *(?:[.!?;,\n]|$|and"
        r"|to (?:everyone|my family|everybody|all my|the people i love|you all|the world|(?:my )?"
        r"(?:kids|children|parents|mum|mom|dad|wife|husband|partner|friends|sister|brother|cat"
        r"|dog|pets?))))",
        BYE,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:last session|final session|therapist|counsell?or|retir\w*|last day"
        r"|party|leaving do|farewell party|graduation|funeral|grandma"
        r"|grandpa|nan|vet|put down|put to sleep|passed|died|hospital|hospice|grave)\b",
    ),
    _rule(
        "farewell-formula",
        "thank|thanks|thx|forgive|sorry|love you|fault|goodbye|good bye|bye|farewell"
        "|take care|look after|feed|adieu|adios|adeus|tschuss|vaarwel|прощ|before i go|you were"
        "|u were|you have been|youve been|if i dont|if i do not|if i never|if i stop|last time"
        "|i wont|i will not|ill never|i never|i not"
        "|not picking|not answering|not responding|not replying|isnt picking|isnt answering"
        "|isnt responding|isnt replying|wont pick|wont answer|wont respond|wont reply|hasnt been"
        "|stopped picking|stopped answering|stopped responding|stopped replying",
        r"(?:thank you|thanks|thank u|thx) for (?:everything|always being there|being there"
        r"|all (?:these|those) (?:years|months)|all this time|listening to me all this time"
        r"|putting up with me|all (?:youve|you have) done)\b(?! (?:today|tonight|you did today|so"
        r" far|this week|the (?:help|chat)))|please forgive me\b|forgive me for (?:everything"
        r"|what im about to do|this)|(?:im|i am|i m) (?:so )?sorry for everything\b|(?:i )?love"
        r" you all\b|(?:its|it is|it s|this is) (?:not|nobodys|no ones) (?:your|anyones|anybodys"
        r"|their) fault\b|none of this is your fault|(?:goodbye|bye|farewell|adieu|adios|adeus"
        r"|tschuss|vaarwel|прощай\w*)(?= *(?:[.!?;\n]|$))"
        r"|(?:goodbye|bye|farewell) (?:everyone|everybody|all|y ?all|you all|world|little me"
        r"|\w+ me)"
        r"|(?:im|i am|i m) (?:so )?sorry(?= *(?:[.!?;\n]|$))|before i go(?= *(?:[.!?;,\n]|$))"
        r"|(?:you|u) (?:were|have been|ve been) (?:so |really |always )?(?:nice|kind|good|there)"
        r" (?:to|for) me|take care of (?:yourself|urself|everyone)"
        r"|if i (?:dont|do not|never|stop) (?:reply|answer|respond|message|come back|show up|log"
        r" in|text)\w*|(?<!remember the )(?<!since the )(?<!was the )(?<!when the )last time"
        r" (?:i|im|ill|opening|using|talking|writing|here)\b(?! \w+ed\b| (?:was|felt|saw|had|did"
        r"|went|slept|ate|spoke|heard|got|made|took|sang|ran|laughed|cried|smiled))"
        r"|(?:i|ill|i will) (?:wont|will not|not|never) (?:be )?(?:talk|talking|speak|speaking"
        r"|message|messaging|write|writing|text|texting) (?:to )?(?:you|u|anyone) (?:again"
        r"|anymore|any ?more)"
        r"|(?:isnt|is not|not|wont|will not|hasnt been|stopped) (?:picking up|answering|responding"
        r"|replying)\b"
        r"|(?:please )?(?:take care of|look after|feed) my (?:cat|dog|pets?|kids|children"
        r"|plants|hamster|rabbit)(?: for me)?" + _END,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:see you|talk (?:tomorrow|soon|later)|next week|next time|holiday|vacation"
        r"|trip|weekend|for now|to bed|bedtime|goodnight|good night|late|busy|meeting|lunch"
        r"|phone (?:died|dying|battery)|battery|signal)\b",
    ),
    _rule(
        "not-their-fault",
        "tell|fault",
        r"(?:tell|let) (?:them|him|her|my \w+|everyone|everybody|my family)(?: know)? (?:that )?"
        r"(?:it|this) (?:wasnt|was not|isnt|is not|is nobodys|was nobodys) (?:their|his|her|your"
        r"|anyones|anybodys)? ?fault",
        BYE,
        negatable=False,
        unless=r"\b(?:little one|inner child|inner kid|little me|younger me|little self)\b",
    ),
    _rule(
        "last-night-alive",
        "last",
        r"(?:is|will be|be|its|it s) (?:my|her|his|their) (?:very )?last (?:night|day|week|weekend"
        r"|message|time)(?: alive| on earth| here| ever)?\b(?! (?:at|of|in|before|on|with|as"
        r"|together|off)\b)",
        BYE,
        SI,
        negatable=False,
        unless=r"\b(?:holiday|vacation|trip|job|shift|office|internship|contract|term|semester"
        r"|season|visit\w*|travel\w*|flight|moving)\b",
    ),
    _rule(
        "they-will-find-me",
        "find|found",
        r"(?:he|she|they|someone|my \w+)(?:ll| will| is going to| s going to| are going to|re going"
        r" to| ll) find (?:me|my body|it|the note|my note|the letter)(?: \w+){0,2}? (?:in the"
        r" morning|tomorrow|when|after|later|first)\b",
        BYE,
        weak=True,
    ),
    # -- in danger from someone ------------------------------------------------------------
    _rule(
        "being-hurt-now",
        "hitting|beating|punching|kicking|choking|strangling|slapping|attacking|raping"
        "|abusing|molesting|touching|threatening|stalking|following|chasing|hurting|locking",
        r"(?:hitting|beating|punching|kicking|choking|strangling|slapping|attacking|raping|abusing"
        r"|molesting|touching|threatening|stalking|following|chasing|hurting|beating up|locking)"
        r" (?:(?:my \w+|him|her|them) and )?(?P<p1>me|us|mum|mom|mam|my (?:mum|mom|mother|sister"
        r"|brother"
        r"|little \w+|baby|kids?|children|siblings?|dog|cat))\b",
        DANGER,
        before=r"(?:he|she|they|someone|somebody|my \w+|a man|a guy|this guy|this man"
        r"|(?:step)?(?:dad|mum|mom|father|mother)|husband|boyfriend|partner)"
        r"(?:s| is|s been| keeps| has been| are|re| have been| just| started| starts| wont stop"
        r"| is still|re still|s still| always| comes? into my room)(?: [^.!?]{0,40}?)?",
        unless=r"\b(?:game|match|joke|jokingly|playing|play|tickl\w*|hug\w*|pillow fight)\b",
    ),
    _rule(
        "hurt-recently",
        "hit me|beat me|punched me|kicked me|choked me|strangled me|slapped me|attacked me"
        "|raped me|assaulted me|molested me|threatened me|grabbed me|pushed me|shoved me"
        "|hurt me|threw me",
        r"(?:hit|beat|punched|kicked|choked|strangled|slapped|attacked|raped|assaulted|molested"
        r"|threatened|grabbed|pushed|shoved|hurt|threw) (?P<p1>me)\b(?:[^.!?]{0,30}\b(?:again"
        r"|tonight"
        r"|today|last night|this morning|just now|an hour ago|earlier|yesterday|right now)\b)?",
        DANGER,
        before=r"(?:he|she|they|someone|somebody|my \w+)(?: just| has just| just now)?",
        requires=r"\b(?:just|again|tonight|today|last night|this morning|just now|an hour ago"
        r"|earlier|yesterday|right now)\b",
        unless=r"\b(?:game|match|joke|jokingly|playing|play|tickl\w*|hug\w*|pillow fight"
        r"|when i was|as a (?:kid|child)|used to|years ago)\b",
    ),
    _rule(
        "threatened",
        "threat|kill me|hurt me|beat me|stab me|shoot me|rape me|see the|see tomorrow|see another"
        "|live to see|make it",
        r"(?:threaten\w*|threat) (?:to (?:kill|hurt|beat|stab|shoot|rape|harm|burn) me|me with"
        r" (?:a |his |her )?(?:knife|gun|weapon|violence))"
        r"|(?:he|she|they|my \w+) (?:said|says|told me)\b[^.!?]{0,15}\b(?:(?:he|she|they)(?:ll|d"
        r"| will| would| is going to| s going to))? (?:kill|hurt|beat|stab|shoot|rape) me\b"
        r"|(?:he|she|they|my \w+) (?:said|says|told me|is saying|keeps saying|threatened)"
        r" (?:that )?i (?:wont|will not|would not|wouldnt|am not going to|m not going to) (?:see"
        r"|live to see|make it (?:to|through)) (?:the morning|tomorrow|another day|the night"
        r"|the weekend)",
        DANGER,
        unless=r"\b(?:grades?|homework|late|finds? out|sees? (?:my|the|this)|phone|broke|forgot"
        r"|mess|room|jokingly|joking|joke|lol|haha|if i (?:dont|forget|fail|lose|break|miss)"
        r"|spoilers?|" + _THREAT_TRIVIA + r")\b",
    ),
    _rule(
        "severe-violence",
        "choked|strangled|raped|stabbed|beat|suffocated|drugged",
        r"(?:choked|strangled|raped|stabbed|suffocated|drugged|beat me (?:up|unconscious|black"
        r" and blue)|beat the \w+ out of) (?:me|us)?\b",
        DANGER,
        requires=r"\b(?:me|us)\b",
        unless=r"\b(?:game|movie|film|book|joke|dream|laughing|chess|in a race|at (?:cards"
        r"|chess|tennis|fifa)|score)\b",
    ),
    _rule(
        "will-kill-me",
        "kill me|kil me|hurt me|beat me|stab me|shoot me|rape me|strangle me|choke me|murder me"
        "|do me in|my neck|my throat|my legs|my leg|my arms|my jaw|acid|finish what|and me",
        r"(?:he|she|they)(?:ll| will| would|d| is going to|s going to| are going to|re going to|s"
        r" gonna| is gonna|re gonna| gon| gonna| finna) (?:\w+ )?(?:(?:kill|hurt|beat|stab|shoot"
        r"|rape|strangle|choke|murder)(?: (?:the \w+|my \w+|him|her|them|us) and)? me\b|do me"
        r" in\b|(?:snap|break|slit|cut) my (?:neck|throat|legs?|arms?|jaw)\b|throw acid (?:on|at"
        r"|in) (?:me|my face)|finish what (?:he|she|they) started)",
        DANGER,
        negatable=False,
        unless=r"\b(?:grades?|homework|late|finds? out|sees? (?:my|the|this)|phone|broke|forgot"
        r"|mess|room|jokingly|joking|joke|lol|haha|if i (?:dont|forget|fail|lose|break|miss|eat"
        r"|tell (?!anyone|anybody|someone|somebody|the police|the cops))|when (?:he|she|they)"
        r" (?:see|hear|find)|spoil\w*|ending|surprise|hair|car|dent"
        r"|scratch|ruin\w*|lmao|😂|if i finish|" + _THREAT_TRIVIA + r")\b",
    ),
    _rule(
        "worse-next-time",
        "next time|worse",
        r"(?:next time|the next time) (?:will be|it will be|itll be|he ll|hell|she ll|shell)"
        r" (?:worse|the last|kill)|(?:said|says|told me) (?:that )?(?:next time|it) (?:will|would"
        r"|ll)"
        r" be worse",
        DANGER,
    ),
    _rule(
        "afraid-of-someone",
        "kill me|hurt me|hit me|beat me|rape me|attack me|harm me|strangle me|choke me"
        "|stab me|shoot me",
        r"(?:scared|afraid|terrified|frightened|worried|fear) (?:that )?(?:he|she|they|my \w+"
        r"|someone)(?:s| is| will|ll| might| going to| gonna|s going to| is going to| are going"
        r" to|re going to| will come back and)? (?:\w+ )?(?:hurt|kill|hit|beat|rape|attack|harm"
        r"|strangle|choke|stab|shoot) me\b",
        DANGER,
        unless=r"\b(?:grades?|homework|late|finds? out|sees? (?:my|the|this)|phone|broke|forgot"
        r"|mess|room|if i (?:dont|forget|fail|lose|break|miss))\b",
    ),
    _rule(
        "not-safe",
        "not safe|dont feel safe|do not feel safe|unsafe|never feel safe",
        r"(?:(?:im|i am|i m) not|(?:dont|do not|never) feel|(?:im|i am|i feel)) (?:un)?safe"
        r" (?:at home|in my (?:own )?(?:home|house|room)|here|around (?:him|her|them|my \w+)"
        r"|with (?:him|her|them|my \w+)|right now|tonight|in this house)"
        # The bare state, or a fragment that opens its sentence: "I'm not safe.", "not safe at
        # home tonight".
        r"|(?:im|i am|i m|i feel|feeling) not safe(?: (?:anymore|any more|at all))?(?= (?:[.!?,;]"
        r"|$)| $)|(?<!\w )not safe (?:at home|here|in (?:my|this) (?:home|house|room|flat"
        r"|apartment)|right now|tonight)\b",
        DANGER,
        negatable=False,
    ),
    _rule(
        "armed-person",
        "knife|gun|weapon|machete|a bat",
        r"(?P<p1>)(?:has|s got|got|is holding|holding|is pointing|pointing|is waving|waving|has got"
        r"|came at me with|is coming at me with|coming at me with|pulled|grabbed) (?:a |his |her"
        r" |the |their )?(?:knife|gun|weapon|machete|bat)\b",
        DANGER,
        before=r"(?:he|she|hes|shes|someone|somebody|a man|a guy|they|there s|theres|there is"
        r"|my \w+|(?:dad|mum|mom|father|stepdad|husband|boyfriend|partner|brother|ex|neighbou?r"
        r"|uncle)s?)"
        r"(?: [^.!?]{0,30})?",
        unless=r"\b(?:game|movie|film|show|dream|nightmare|hunting|range|kitchen|cooking|chef"
        r"|toy|nerf|water gun|glue gun|baseball|cricket|softball)\b",
        despite=r"\b(?:scared|afraid|terrified|screaming|drunk|threat\w*|help)\b",
    ),
    _rule(
        "weapon-or-intruder",
        "break in|breaking in|break into|breaking into"
        "|outside my|following me|banging on|in my house|in my flat|in my room|locked|trapped"
        "|let me leave|let me go|let me out|let me escape|to get in|getting in|broke into"
        "|broken into|hiding|drunk|upstairs|leave|go away|get out|stop following|myself in"
        "|locked myself|hid|shut myself",
        r"\b(?:someone|somebody|a man|a guy|he|she|they)(?: is|s| are|re|s been| has been)"
        r" (?:trying to )?(?:break"
        r"(?:ing)? in(?:to)?|get(?:ting)? in|outside my (?:door|house|room|window)|following me"
        r"|banging on (?:my|the) door|in my (?:house|flat|room))"
        r"|(?:locked|trapped) me in|(?:wont|will not|doesnt) let me (?:leave|go|out|escape)"
        r"|\b(?:someone|somebody|(?:a|some|this|that|the) (?:man|guy|woman|person|stranger|dude)"
        r"|he|she|they|my ex)(?: just)? (?:wont|will not"
        r"|refuses to|doesnt want to) (?:leave|go away|get out|stop following)"
        r"|(?:locked|hid|hiding|shut) (?:myself )?in (?:the|my) (?:bathroom|toilet|room|bedroom"
        r"|closet|car)\b(?=[^.!?]{0,60}\b(?:scared|afraid|terrified|frightened|hitting|beating"
        r"|hurting|screaming|yelling|shouting|drunk|knife|gun|weapon|help|police|safe|from (?:him"
        r"|her|them)|he s|hes|she s|shes|he is|she is)\b)"
        r"|(?:broke|breaking|broken) into (?:my|our|the) (?:house|flat|room|apartment|home|place)"
        r"|(?:im|i am|i m) hiding (?:from (?:him|her|them|my \w+)|in (?:the|my) (?:bathroom|closet"
        r"|wardrobe|room|bedroom|car|cupboard)|upstairs|under (?:the|my) bed)",
        DANGER,
        unless=r"\b(?:game|movie|film|show|dream|nightmare|cat|dog|kids? (?:game|play)|locked out"
        r"|keys|party|cry|crying|panic attack|anxiety|need space|alone time)\b",
        despite=r"\b(?:scared|afraid|terrified|hitting|beating|screaming|drunk|knife|gun|help)\b",
    ),
    _rule(
        "being-abused",
        "abused|hurt|beaten|hit|threatened|stalked|followed|attacked|raped|molested"
        "|trafficked|held|groomed|blackmailed",
        r"(?:im|i am|i m) being (?:abused|hurt|beaten|hit|threatened|stalked|followed|attacked"
        r"|raped|molested|trafficked|held|groomed|blackmailed)",
        DANGER,
        negatable=False,
    ),
    # -- hopelessness (concern) -------------------------------------------------------------
    _rule(
        "no-way-out",
        "way out|way forward|escape|no hope|any hope|no future|a future|the light|light at"
        "|the point|no point|pointless|hopeless|worthless|trapped|nothing matters"
        "|stuck forever|empty|numb|get better|gets better|getting better|change|be okay|be ok"
        "|improve|thread|run away",
        r"(?:no|not any|dont see (?:a|any)|cant see (?:a|any)|theres no|there is no|there s no)"
        r" (?:way out|way forward|escape|hope|future|light at the end|point)\b"
        r"|(?:whats|what is|wats|whats even) the point(?: (?:of|in) (?:anything|it all|everything"
        r"|trying|it|this|even trying|me|life|any of (?:it|this)))?(?: anymore)?\b"
        r"|\b(?:pointless|hopeless|worthless|trapped|nothing matters|no way out|stuck forever"
        r"|empty inside|(?:feel|feeling) (?:so )?(?:empty|numb))\b"
        r"|(?:nothing|it|things|life) (?:will|is going to|gonna|s never going to|will never|is"
        r" never going to) (?:ever )?(?:never )?(?:get better|change|be okay|be ok|improve)\b"
        r"|nothing (?:ever )?(?:gets|is getting|will get) better|hanging (?:on )?by a thread"
        r"|run away from (?:everything|it all|life|my life)",
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "burden",
        "burden|waste|mistake|failure|disappointment|useless",
        r"(?:im|i am|i feel like|feel like|i m|being|i was born|just|such|always been|only ever)"
        r" (?:just |such |so much of |nothing but |only |always )?(?:a |an )?(?:burden|waste of"
        r" (?:space|air|oxygen|life|skin)|mistake|failure|disappointment|useless)\b",
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "cant-go-on",
        "cant|cannot|can not|no longer|unable|couldnt",
        r"(?:cant|cannot|can not|no longer able to|unable to|couldnt) (?:go on|keep going|carry on"
        r"|do this|do it|take (?:it|this|any more|much more|anymore)|cope|handle (?:it|this"
        r"|anything|life)|bear (?:it|this)|deal with (?:it|this|anything|life)|face (?:it"
        r"|tomorrow|another day|anything|life)|keep doing this|stand (?:it|this|myself)|breathe"
        r"|live like this)(?= *(?:$|[^\w\s]|anymore|any ?more|any longer|alone|like this|another"
        r" day|now|and|but|i|\w+))",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    _rule(
        "giving-up",
        "give up|giving up|given up|gave up|want to give|ready to give",
        r"(?:i give up|giving up|given up|gave up|want to give up|ready to give up)(?: on"
        r" (?:everything|life|myself|it all|living|trying))?" + _END,
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "tired-of-everything",
        "tired|exhausted|sick|weary|fed up|done|so done|hate",
        r"(?:tired|exhausted|sick|weary|fed up) (?:of|with) (?:everything|it all|fighting|trying"
        r"|life|my life|this life|being me|being this way|struggling|feeling (?:like this|this"
        r" way)|pretending|being sad|the pain|hurting)\b"
        r"|(?:im|i am|i m) (?:so |just |really )?done(?: with (?:everything|it all|this|trying"
        r"|people|life))?" + _END + r"|(?:i )?hate (?:myself|my life|my existence|who i am"
        r"|everything about me)\b",
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "want-to-disappear",
        "to stop|to end|to go away|to be over|go away|fade|disappear|vanish|not feel"
        "|stop feeling|run away",
        r"(?:want to|wanna|want|wish i could|wish to|need to|wish i would) (?:just )?(?:disappear"
        r"|vanish|go away|fade away|run away and never come back|not feel anything|stop feeling)"
        r"|(?:want|wish|need)\w* (?:it|this|the pain|everything|the hurt) to (?:stop|end|go away"
        r"|be over)",
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "nobody-cares",
        "no one|noone|nobody|no body|better off|happier",
        r"(?:no ?one|nobody|no body) (?:would|will|even|really)? ?(?:care|notice|miss me"
        r"|cares|notices|would miss me|loves me|wants me)\b"
        r"|(?:everyone|everybody|they|people|my family) (?:would|will|d) (?:all )?be (?:better"
        r" off|happier)" + _END,
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "dont-want-to-be-here",
        "be here|be around|exist like|do this|do life",
        r"(?:dont|do not) (?:even )?(?:want|wanna)(?: to)? (?:be here|be around|exist like this"
        r"|do this anymore|do this any ?more|do life)" + _END,
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    _rule(
        "thinking-about-death",
        "death|dying",
        r"(?:think|thinking|thought|thoughts|obsess\w*|fixated|preoccupied)(?: a lot)? (?:about"
        r"|of|on|with) death\b",
        SI,
        level=Level.CONCERN,
    ),
    _rule(
        "want-pain-to-end",
        "end|ending|pain",
        r"(?:end|ending|stop) (?:the|this|my) (?:pain|suffering|hurt)\b",
        HOPE,
        level=Level.CONCERN,
    ),
    _rule(
        "starving-myself",
        "starv",
        r"starv(?:e|ing|ed) (?:myself|my self)",
        SH,
        level=Level.CONCERN,
    ),
    # -- families across languages ---------------------------------------------------------
    _rule(
        "better-off-without-me-xl",
        "besser|mieux|mejor|beter|лучше|легче|проще|спокойнее",
        r"besser (?:dran |ab )?ohne mich|besser dran,? wenn ich (?:tot|weg|nicht mehr da)"
        r"|besser(?: (?:sein|ware|waere|waer))?(?: ,)? wenn ich (?:tot|weg|nicht mehr da)"
        r" (?:ware|waere|waer|war|bin)\b"
        r"|mieux sans moi|mieux si (?:je n ?etais|jetais|j etais|j ?etais) (?:plus la|pas la|mort)"
        r"|mejor sin mi\b|mejor si (?:yo )?(?:no estuviera|estuviera muert[oa]|me muriera)"
        r"|beter (?:af )?(?:(?:is|zijn|zou zijn|waren|was) )?zonder mij\b"
        r"|beter af als ik (?:er )?niet? (?:meer )?(?:was|ben)"
        r"|(?:лучше|легче|проще|спокойнее) без меня|лучше,? если меня не (?:будет|станет)",
        SI,
        negatable=False,
    ),
    _rule(
        "at-the-edge-xl",
        "brucke|dach|gleis|klippe|bahnsteigkante|hochhaus|pont|toit|voie|rails|falaise|quai"
        "|puente|azotea|techo|vias|via|acantilado|borde|brug|dak|spoor|rand|klif|мосту|крыше"
        "|рельсах|краю",
        r"(?:stehe|steh|sitze|sitz|bin) (?:\w+ ){0,2}?(?:auf|an) (?:der|dem|einer|einem) (?:brucke"
        r"|dach|gleis\w*|klippe|bahnsteigkante|hochhaus)"
        r"|(?:je suis|suis|je me trouve|jsuis) (?:\w+ )?(?:sur|au bord) (?:le|du|de la|la|les)"
        r" (?:pont|toit|voie|voies|rails|falaise|quai)"
        r"|(?:estoy|me encuentro) (?:\w+ )?(?:en|sobre|al borde de) (?:el|la|las|los) (?:puente"
        r"|azotea|techo|vias|via|acantilado|borde)"
        r"|(?:ik sta|ik zit|ik ben|sta|zit) (?:\w+ )?(?:op|bij|aan) (?:de|het) (?:brug|dak|spoor"
        r"|rails|rand|klif)"
        r"|(?:стою|сижу|я) (?:\w+ )?на (?:мосту|крыше|рельсах|краю)",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:foto\w*|photo\w*|vue|blick|uitzicht|vista|вид|sonnenuntergang|coucher"
        r"|atardecer|zonsondergang|touris\w*|urlaub|vacances|vacaciones|vakantie|отпуск"
        r"|vertraging|vertraagd|verspatung|verspaetung|retard|retraso|опаздывает)\b",
    ),
    _rule(
        "danger-now-xl",
        "schlagt|schlaegt|verprugelt|verpruegelt|bedroht|wurgt|wuergt|tritt|vergewaltigt"
        "|eingeschlossen|versteckt|frappe|bat|menace|etrangle|viole|tape|pegando|golpeando"
        "|amenazando|ahorcando|violando|pega|golpea|amenaza|slaat|schopt|bedreigt|verkracht"
        "|opgesloten|бь|избивает|душит|угрожает",
        r"(?:er|sie|mein \w+|meine \w+) (?:schlagt|schlaegt|verprugelt|verpruegelt|bedroht|wurgt"
        r"|wuergt|tritt|vergewaltigt) mich"
        r"|ich (?:hab|habe) mich (?:\w+ ){0,2}(?:eingeschlossen|versteckt)"
        r"|(?:il|elle|mon \w+|ma \w+) me (?:frappe|bat|menace|etrangle|viole|tape)\b"
        r"|me (?:esta|estan) (?:pegando|golpeando|amenazando|ahorcando|violando)"
        r"|me (?:pega|golpea|amenaza) (?:ahora|ahorita|otra vez)"
        r"|(?:hij|zij|ze|mijn \w+) (?:slaat|schopt|bedreigt|wurgt|verkracht) (?:me|mij)\b"
        r"|ik zit (?:\w+ )?opgesloten"
        r"|(?:он|она|муж|отец|отчим) (?:\w+ )?(?:бь[её]т|избивает|душит|угрожает) (?:меня|мне)",
        DANGER,
        negatable=False,
    ),
    _rule(
        "never-wake-xl",
        "aufwach|reveiller|despert|wakker|проснуться|уснуть|заснуть",
        r"(?:wunsch\w*|wuensch\w*|hoffe)\b[^.!?]{0,30}\b(?:nicht? mehr|nie mehr|nie wieder)"
        r" aufwach\w*|einschlafen und (?:nicht? mehr|nie wieder|nie mehr|nie) aufwach\w*"
        r"|(?:ne (?:plus|jamais|pas) |jamais |sans )me reveiller|m ?endormir (?:pour toujours|et"
        r" (?:ne )?(?:jamais|plus|pas) (?:me )?reveiller)"
        r"|(?:ojala|quisiera|quiero|deseo|pido|pidiendo|rezo|rezando|seria"
        r"|preferiria)\b[^.!?]{0,20}"
        r"\b(?:no despertar|no volver a despertar"
        r"|dormir y no despertar|no despertarme)"
        r"|(?:wou|wilde|wenste|hoop|wil)\b[^.!?]{0,40}\b(?:niet?|nooit)(?: meer)? wakker"
        r" (?:werd|word|worden|zou worden)|slapen en (?:niet|nooit) meer wakker (?:worden|word)"
        r"|(?:уснуть|заснуть) и не проснуться|уснуть навсегда",
        SI,
        negatable=False,
    ),
    _rule(
        "farewell-xl",
        "letzte|mein abschied|dernier|message|mes derniers|ultimo|mensaje|mis ultimas|laatste"
        "|mijn afscheid|прощальн|последнее",
        r"letzte[rnms]? (?:abschied|nachricht|worte)|mein abschied|dernier message|message"
        r" d ?adieu|mes derniers mots|ultimo mensaje|mensaje de despedida|mis ultimas palabras"
        r"|laatste (?:bericht|woorden|afscheid)|mijn afscheid|прощальн\w*|последнее сообщение",
        BYE,
        negatable=False,
    ),
    _rule(
        "farewell-formula-xl",
        "danke|merci|gracias|bedankt|спасибо",
        r"danke (?:fur|fuer) alles|merci pour tout|gracias por todo|bedankt voor alles|спасибо за"
        r" вс[её]",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:heute|aujourd ?hui|hoy|vandaag|сегодня|bis morgen|a demain|hasta manana"
        r"|tot morgen|до завтра)\b",
    ),
    _rule(
        "pills-saved-xl",
        "pastillas|pildoras|medicamentos|medicaments|cachets|pilules|comprimes|накопил|коплю"
        "|собрал|собираю|запас|припрятал",
        r"(?:pastillas|pildoras|medicamentos)\b[^.!?]{0,20}\b(?:guardad|escondid|juntad|acumulad"
        r"|listas|preparad)\w*"
        r"|(?:medicaments|cachets|pilules|comprimes)\b[^.!?]{0,20}\b(?:de cote|caches|gardes"
        r"|stockes|accumules|prets)"
        r"|(?:накопил\w*|коплю|собрал\w*|собираю|запас\w*|припрятал\w*) (?:\w+ )?(?:таблет\w*"
        r"|лекарств\w*|снотворн\w*|\w+зепам\w*|\w+пам)\b",
        PLAN,
        SI,
    ),
    _rule(
        "self-harm-done-xl",
        "heb|had|mich|mir",
        r"(?:heb|had) (?:mezelf|mijzelf) (?:weer |opnieuw )?(?:gesneden|gekrast|pijn gedaan"
        r"|verwond|gebrand|beschadigd)"
        r"|(?:mich|mir)\b[^.!?]{0,40}\b(?:geschnitten|verletzt|verbrannt|geritzt)\b",
        SH,
        requires=r"\b(?:absichtlich|mit absicht|wieder|feuerzeug|klinge|rasierklinge|zigarette"
        r"|messer|heb|had|mezelf|mijzelf)\b",
        unless=r"\b(?:gemuse\w*|zwiebel\w*|kochen|beim kochen|kuche|kueche|brot\w*|papier|aus"
        r" versehen|groente|uien|koken|keuken|per ongeluk)\b",
    ),
    _rule(
        "third-person-reflexive-xl",
        "se tuer|se suicid|se pendre|se foutre|se jeter|se faire|se scarif|se mutil",
        r"(?P<x3>se) (?:tuer|suicider|pendre|foutre en l ?air|jeter (?:d ?un|du|sous)|faire du mal"
        r"|scarifier|mutiler)\b",
        SI,
        unless=r"\b(?:film|livre|roman|serie|personnage|article|journal|comment)\b",
    ),
    # -- grief in other languages, and reported questions: frames --------------------------
    _rule(
        "grief-xl",
        "s est|sest|se suicid|se mat|se quit|se ahorc|hat sich|heeft|sui|anniversary",
        r"(?P<x3>)(?:s ?est (?:suicide|tue|pendu|donne la mort)e?s?"
        r"|se (?:suicido|mato|quito la vida|ahorco)"
        r"|hat sich (?:\w+ )?(?:umgebracht|das leben genommen|erhangt|erschossen|suizidiert)"
        r"|heeft (?:zelfmoord gepleegd|zichzelf (?:van kant gemaakt|gedood|opgehangen))"
        r"|(?:dads|mums|moms|fathers|mothers|brothers|sisters|friends|sons|daughters|uncles|aunts"
        r"|cousins|grandpas|grandmas|husbands|wifes|partners|boyfriends|girlfriends|his|her"
        r"|their) (?:\w+ )?suicide(?! (?:note|notes|letter|letters|attempt|attempts|plan|plans"
        r"|threat|threats|pact|message|text))"
        r"|anniversary of (?:\w+ ){0,3}(?:suicide|death|killing (?:himself|herself|themselves)"
        r"|taking (?:his|her|their) (?:own )?life))",
        SI,
        level=Level.CONCERN,
        frame=True,
        negatable=False,
    ),
    _rule(
        "reported-question",
        "asked|asks|asking|ask|wondered|wonders|wondering",
        r"(?:asked|asks|asking|ask|wondered|wonders|wondering) (?:me )?(?:if|whether) (?:i|im|i m"
        r"|i was|i am|id|i have|ive|i had|i ever|i would|i d)\b(?: \w+){0,4}",
        SI,
        level=Level.NONE,
        frame=True,
        negatable=False,
        unless=r"\b(?:said yes|i said i am|i said i was|i do|i am|i was|told (?:him|her|them)"
        r" (?:yes|the truth)|and i (?:am|do|have|was))\b(?! not)",
    ),
    # -- broad families, written for phrasings by writers the rules were not tuned on -------
    # "I won't be anyone's problem much longer", "you won't have to put up with me anymore":
    # the writer as a burden that is about to end.
    _rule(
        "burden-ending-soon",
        "longer|put up|deal with|worry about|rekenen|last meer|sans moi",
        r"(?:wont|will not|not going to|not gonna) be (?:a |an |anyones |your |their |the |such"
        r" a |one |in (?:the|your|anyones|their) )?(?:problem|burden|bother|trouble|nuisance"
        r"|weight|one|hard work|way)?(?: (?:to|for) (?:\w+ ){0,2}?\w+)? (?:for )?(?:much|very"
        r" much) longer"
        r"|(?:wont|will not|dont|do not|not) (?:\w+ )?(?:have|need) to (?:put up with|deal with"
        r"|worry about|look after|bother with|carry) (?P<p1>me|it|this)(?: \w+)? (?:anymore"
        r"|any ?more|much longer|for (?:much )?longer|for long)\b"
        r"|(?:hebben|hoeven) (?:jullie|jij|je|ze|we) (?:\w+ )?geen last meer van (?:me|mij)"
        r"|niet meer op (?:me|mij|haar|hem) (?:te )?(?:hoeven|hoeft|hoef) (?:te )?rekenen",
        BYE,
        SI,
        negatable=False,
        unless=r"\b(?:notice|lease|landlord|tenan\w*|mov\w*|contract|job|flat|house|drums?"
        r"|neighbou?rs?|noise|renovat\w*|builders?|exam|deadline|project|shift|rota|course|term"
        r"|semester|visit\w*|holiday|trip|flight|stay\w*|guest|sofa|couch|room|spare)\b",
    ),
    # "Won't be needing this after tonight", "I won't need one where I'm going".
    _rule(
        "wont-need-after",
        "need|needing|brauch",
        r"(?:wont|will not|not going to|not gonna|dont think ill|ill not|i wont) (?:be )?(?:need"
        r"|needing|have (?:any )?need of|be using) (?:it|one|him|her|them|this|that|these|those"
        r"|my \w+|the \w+|this \w+|any of (?:it|this|them|my \w+))(?: \w+)?"
        r" (?:much longer|for much longer|where im going|where i am going|after (?:tonight|today"
        r"|this week|this weekend|friday|saturday|sunday|tomorrow))\b"
        r"|(?:brauch\w*) (?:ich|ihn|sie|es|das) (?:eh |sowieso |ja |dann |jetzt )*nicht mehr\b",
        PLAN,
        BYE,
        negatable=False,
        requires=r"\b(?:where im going|where i am going|much longer|tonight|verschenkt|geschenkt"
        r"|gegeben|gebracht|vermacht|after (?:tonight|today|this week|friday|saturday|sunday)"
        r"|thanks|thank you)\b",
        unless=r"\b(?:mov\w*|sell\w*|sold|upgrad\w*|replac\w*|new one|broken|outgrown|too small"
        r"|winter|summer|weather|sunny|rain|graduat\w*|holiday|vacation|trip|flight|cancel\w* my"
        r" subscription|umzug|ziehe? um|ausmisten|aussortiert)\b",
    ),
    # Relief, indifference or welcome at one's own death in a conditional: "I wouldn't mind if
    # my heart gave out", "if I didn't wake up it'd be a relief", and its counterparts.
    _rule(
        "conditional-death-welcome",
        "mind|care|relie|relief|be ok|be okay|be fine|so bad|that bad|take not|grave|soulag"
        "|ferait rien|egal|schlimm|erleichtert|erg vind|opgelucht|alivio|importaria|igual"
        "|проснул|умерла|умер|help it",
        r"(?:id|i would|i d|wouldnt|would not|honestly)(?: \w+)? (?:be )?(?:ok|okay|fine|relieved"
        r"|glad|grateful|mind|care|take it|welcome it)\b(?: \w+){0,2} if (?:i|my|a|the|something"
        r"|some)\b(?: \w+){0,5}? (?:died|die|dead|didnt wake|did not wake|never woke|not wake"
        r"|dont wake|stopped|gave out|gives out|hit me|hits me|ran me over|crashed|crashes|went"
        r" down|goes down|happened to me)\b"
        r"|(?:id|i would|i d) (?:honestly |happily |gladly |really )?take not waking up"
        r"|\bif (?:i|my heart|my old heart|a \w+|the \w+|something|someone)\b(?: \w+){0,5}?"
        r" (?:died|die|dead|didnt wake up|did not wake up|never woke up|not wake up|dont wake up"
        r"|wouldnt wake up|stopped|gave out|hit me|hits me|ran me over|crash\w*|went down|goes"
        r" down|happened to me)\b[^.!?\n]{0,40}\b(?:(?:id|i would|i d|it would|itd|thatd|that"
        r" would|i)(?: \w+)? (?:be )?(?:relieved|a relief|glad|grateful|okay|ok|fine)"
        r"|relief|(?:wouldnt|would not|dont|do not|not)(?: \w+)? (?:mind|care)"
        r"|(?:wouldnt|would not|not) be (?:so |that |all that |the )?(?:bad|worst|end of the"
        r" world)|i might help it along)\b"
        r"|si (?:je|j)\b(?: \w+){0,3}? (?:mourais|crevais|ne me reveillais pas|reveillais plus"
        r"|ne me reveille pas|die)\b[^.!?\n]{0,40}\b(?:(?:ca|ce|cela) (?:ne )?(?:me )?(?:ferait"
        r" rien|serait (?:pas|meme plutot un soulagement|un soulagement)|ne serait pas (?:si |tres"
        r" )?grave))"
        r"|\bif i die\b[^.!?\n]{0,30}\bce serait pas grave"
        r"|\bwenn\b(?: \w+){1,6}? (?:sterbe|tot ware|nicht mehr aufwache|kommt|uberfahrt)\b"
        r"[^.!?\n]{0,30}\b(?:egal|nicht schlimm|erleichtert|recht)\b"
        r"|\b(?:niet erg vinden|opgelucht zijn|stiekem opgelucht)\b[^.!?\n]{0,10}\bals\b"
        r"|\bals\b[^.!?\n]{0,60}\b(?:niet meer wakker|dood|neerstort|verongeluk)\w*\b[^.!?\n]{0,30}"
        r"\bopgelucht\b"
        r"|если бы (?:я|у меня)\b(?: \S+){0,4} (?:не проснулась|не проснулся|умерла|умер"
        r"|нашли что)"
        r"|\bsi (?:me muero|muriera|me muriera|no despertara)\b[^.!?\n]{0,40}\b(?:alivio"
        r"|no me importaria|me daria igual|nadie)\b",
        SI,
        negatable=False,
        unless=r"\b(?:game|minecraft|fortnite|character|level|respawn|phone|battery|laptop"
        r"|plant|car died|my car|the car|wifi|sims)\b",
    ),
    # Joining the dead: "I'll be with her soon", "go and see grandma early", "join you".
    _rule(
        "join-the-dead",
        "with him|with her|with them|with my|with mum|with mom|with dad|with grand|with nan"
        "|join|see grand|see mum|see mom|see dad|see him|see her|chair with|zu mama|zu papa"
        "|zu ihr|zu ihm|rejoindre|bij haar|bij hem|bij opa|bij oma|bij mama|bij papa|к ней"
        "|к нему|к маме|к папе|con el|con ella|con mi|me lleve|take me|takes me|забрать меня",
        r"(?P<v>(?:ill|i will|i wanna|i want to|want to|wanna|going to|gonna|to|id like to|id"
        r" rather|rather|can|could|ready to)) (?:go |just |finally )?(?:and )?(?:be with|see"
        r"|join|go (?:and )?(?:see|be with)|pull up a chair with|come (?:and )?join) (?:you|him"
        r"|her|them|my \w+|grandma|grandpa|nan|nana|mum|mom|dad|mama|papa|[a-z]+)(?: \w+)?"
        r"(?: again)? (?:soon|early|now|tonight|sooner|in heaven|up there|there|on the other"
        r" side)\b"
        r"|(?:will|mochte|moechte|muss)(?: ich)? (?:einfach |endlich |nur )*zu (?:mama"
        r"|papa|ihr|ihm|oma|opa)\b|zu (?:ihr|ihm) zu gehen"
        r"|(?:envie de |veux )?rejoindre (?:papa|maman|mon \w+|ma \w+|mes \w+) (?:la haut|au ciel)"
        r"|(?:wil|wil gewoon|wil graag) (?:gewoon |graag )?bij (?:haar|hem|opa|oma|mama|papa)"
        r" (?:zijn|gaan liggen)|bij (?:opa|oma|mama|papa) op het kerkhof gaan liggen"
        r"|хочу к (?:ней|нему|маме|папе)"
        r"|(?:pido|pide|rezo) a dios que me lleve"
        r"|(?:the lord|god|him|jesus|gott)(?: would| will| to)? (?:takes?|take) me (?:in my sleep"
        r"|tonight|soon|now|home)"
        r"|прошу бога забрать меня",
        SI,
        requires=r"\b(?:died|dead|passed|gone|heaven|grave|cemetery|kerkhof|funeral|late"
        r"|memorial|since (?:\w+ ){1,3}died|lost (?:her|him|my)|tod|gestorben|da oben|himmel|la"
        r" haut|mort|overleden|умерла|умер|смерти|pray\w*|lord|dios|бога)\b",
        hyperbole=True,
        unless=r"\b(?:party|pub|dinner|lunch|holiday|hospital|visit\w*|bus|train|flight|house"
        r"|concert|weekend)\b",
    ),
    # A death or leaving word with its everyday reading explicitly ruled out: "I want out. Not
    # out of the marriage", "disappear, not run away", "the forever kind", "I mean my life".
    _rule(
        "not-the-everyday-sense",
        "holiday|vacation|trip|nap|spooky|funny kind|figure of|run away|move away|moving away"
        "|travel|homework|job|work|school|marriage|emoji|meme|voyage|vacances|vacaciones|gruppe"
        "|dahergesagt|дома|spruch|sieste|i mean|i meant|forever kind|permanent|dirt|eternal"
        "|forever|move|moving|another|umzieh|umzug|to another|metaphor|figurativ|symbolic"
        "|kind|literal|dont mean|do not mean|didnt mean",
        r"(?:not|pas|no(?= de)|nicht|не) (?:just |like |a |an |the |in a |in the |on |with |about"
        r" |out of |from |en |de |aus |so |из )?(?:\w+ )?(?:holiday|vacation|trip|nap"
        r"|spooky way|funny kind|figure of speech|run away|move away|moving away|travelling"
        r"|traveling|homework|the job|job|work|school|the marriage|marriage|emoji way|meme"
        r"|voyage|vacances|vacaciones|gruppe|dahergesagt|дома|spruch|sieste|move cities"
        r"|moving cities|(?:move |moving )?to (?:another|a new|a different) (?:city|country|town"
        r"|place|state)|another (?:city|country|town|state)|umziehen|umzug)\b"
        r"|i (?:mean|meant) (?:my life|being alive|life|it|for good|forever|permanently)\b"
        r"|the (?:forever|permanent|dirt|eternal) (?:kind|one|nap|sleep)"
        r"|(?:permanent|eternal|forever) (?:nap|sleep|exit|rest|logoff|log off)"
        # "not metaphorically", "that wasn't a metaphor", "not the meditation kind"
        r"|(?:not|isnt|wasnt|didnt \w+ (?:it|that)) (?:as )?(?:a )?(?:metaphor(?:ically)?"
        r"|figurative(?:ly)?"
        r"|symbolic(?:ally)?)\b(?! (?:for|of)\b)"
        r"|not the (?:\w+ )?(?:meditation|spiritual|ego|tarot|metaphorical|poetic) kind"
        r"|(?:want|need) it to be literal\b"
        r"|(?:dont|do not|didnt) mean (?:quit(?:ting)?|(?:the |my )?job|work|school|move|moving"
        r"|a holiday|(?:go |going )?on (?:a )?(?:holiday|trip|vacation)|leave|leaving|run away"
        r"|go away)\b",
        SI,
        negatable=False,
        hyperbole=True,
        requires=r"\b(?:disappear\w*|vanish\w*|sleep\w*|rest|gone|done|out|leave|leaving|go"
        r"|dead|die|dying|ghost|exist\w*|end|ending|over|permanent\w*|forever|for good|kms"
        r"|quit|log off|alive|breathing|life|living|kind|exit|nap|disparaitre|desaparecer"
        r"|abmelden|weg|allem|уйти|вообще|being|mean it|irme|join|ancestors|my body|darkness"
        r"|here|death)\b",
        requires_across=True,
        unless=r"\b(?:hair|tattoo|marker|ink|residen\w*|position|record|makeup|solution to"
        r"|fix|haha|lol jk|game)\b",
    ),
    # "I want it all to stop, forever"; "wil dat alles stopt voor altijd".
    _rule(
        "stop-forever",
        "forever|for good|permanently|fur immer|voor altijd|pour de bon|pour toujours|para siempre"
        "|навсегда",
        r"(?P<v>want|wish|wanna|need|hope|wil|will|veux|jveux|voudrais|quiero|хочу|хочется"
        r"|чтобы|dass|que|make)\b[^.!?\n]{0,40}?\b(?:stop|stops|stopped|end|ends|over|aufhort"
        r"|ophoudt|stopt|s ?arrete|arreter|termine|acabe|закончилось|прекратилось|кончилось"
        r"|existing|exister|bestaan|existir|существовать)\b(?: \w+){0,3} (?:forever|for good"
        r"|permanently|fur immer|voor altijd|pour de bon|pour toujours|para siempre|навсегда)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:rain|noise|music|snoring|barking|pain in my|headache|cough|itch\w*|ads"
        r"|spam|calls|emails|texting me|messaging me|war|fighting|arguing|smoking|drinking"
        r"|vaping|job|work)\b",
    ),
    # Farewell words whose object is the other person: "don't look for me".
    _rule(
        "dont-look-for-me",
        "look for me|search for me|ищите|ishchite|cherchez|busquen|busques|such|zoek|find me"
        "|worry|come after me|come looking",
        r"(?:dont|do not|please dont|pls dont) (?:come |try to |bother |try and )?(?:look|search)"
        r" for me\b|(?:dont|do not|please dont|pls dont) (?:try to|bother to|bother trying to|try"
        r" and|come) (?:find"
        r" me|come after me)\b|(?:dont|do not|please dont|pls dont) come looking for me\b"
        r"|(?:dont|do not|please dont|pls dont|no need to) worry (?:about me )?(?:after (?:today"
        r"|tonight)|when i (?:stop|dont|no longer|never) (?:\w+ )?(?:answer|reply|respond"
        r"|write|text|message|check)\w*|if i (?:stop|dont|never) (?:\w+ )?(?:answer|reply|respond"
        r"|write|text|message|come back|show up)\w*|tomorrow or (?:any|ever)\w*|ever again"
        r"|once im gone|when im gone)\b"
        r"|не ищите меня|ne ishchite|ne me cherchez pas|no me (?:busquen|busques)"
        r"|such(?:t)? (?:mich )?nicht nach mir|zoek (?:me|mij) niet",
        BYE,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:party|pub|office|work|class|school|meeting|store|shop|mall"
        r"|tomorrow at|game|hide and seek|hiding|exam|busy|retreat|detox|break)\b",
    ),
    # Bare thanks-and-sorry farewells in six languages: weak, a crisis next to any other sign.
    _rule(
        "farewell-thanks-sorry",
        "sorry for|sorry voor|прости|простите|perdon|pardon|desole|tut mir leid|thank you for"
        "|thanks for|merci pour|gracias por|danke fur|bedankt voor|спасибо за|bye|doei|пока"
        "|tschuss|adios|salut|goodbye|sry",
        r"(?:sorry|sry|sorry voor|perdon|pardon|desolee?|tut mir leid|прости(?:те)?(?: меня)?)"
        r" (?:for|voor|por|pour|fur|за) (?:everything|all of it|alles|todo|tout|вс[её])\b"
        r"|(?:thank you|thanks|merci|gracias|danke|bedankt|спасибо) (?:for|pour|por|fur|voor|за)"
        r" (?:everything|all|tout|todo|alles|вс[её])\b"
        r"|(?:bye|goodbye|doei|tschuss|adios|всем пока|пока|salut) (?:guys|everyone|all|iedereen"
        r"|leute|a todos|tout le monde|всем)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:job|work|team|office|colleagues?|see you|see ya|cya|monday|tomorrow|next"
        r" week|later|trip|holiday|vacation|moving|last day|party|dinner|lunch|gift|present"
        r"|birthday|help|advice|tips|feedback|reply|listening|chat|class|course|semester|term"
        r"|night|weekend|stream)\b",
    ),
    # Pills already swallowed: "took about twelve of my sleeping tablets an hour ago".
    _rule(
        "pills-taken-just-now",
        "took|taken|swallow|downed|necked|tome|pris|genomen|ingenomen|geslikt|выпил|наглотал"
        "|eingeworfen"
        "|geschluckt",
        r"(?:took|taken|swallowed|downed|necked)(?: like| about| around| maybe| roughly| already"
        r"| just)* (?:the lot|all of (?:them|my \w+|it)|them all|them|(?:\d+|ten|twelve|fifteen"
        r"|twenty|thirty|forty|fifty|a whole \w+|the whole \w+|a handful|a bunch|loads|a few more)"
        r"(?: of)?(?: my| them| the| her| his)?(?: \w+)?(?: pills| tablets| meds)?)\b"
        r"[^.!?\n]{0,30}?\b(?:ago|earlier|just now|tonight)\b"
        r"|me tom[e] (?:como |unas |mas de )?(?:\d+|todas|veinte|treinta) (?:pastillas|pildoras"
        r"|de las pastillas)"
        r"|(?:j ?ai|jai) pris (?:toute la boite|toute la plaquette|tous mes|\d+) "
        r"|(?:heb|ik heb) (?:net |zojuist )?(?:een hele strip|alle|\d+) \w+ (?:genomen|geslikt"
        r"|ingenomen)"
        r"|(?:выпила?|наглотал\w*|сожрала?) (?:пачку|вс[её]|\d+|таблеток|таблетки)"
        r"|(?:\d+|alle|eine ganze packung) \w+ (?:eingeworfen|geschluckt)",
        PLAN,
        SI,
        requires=r"\b(?:pills?|tablets?|meds|them|lot|paracetamol|ibus?|\w+ine|\w+am|\w+ol"
        r"|pastillas|doliprane|comprimes|cachets|таблет\w*|феназепам\w*|\w+пам|\w+ин|sleeping"
        r"|weird|woozy|floaty|dizzy|heavy|mareado|ago|geleden|hace|вчера|час)\b",
        unless=r"\b(?:bus|train|tube|taxi|uber|shower|bath|nap|photo|picture|test|exam|dog"
        r"|kids|walk|break|notes|vitamins?|multivitamin|as prescribed|my dose|usual dose|antibiotic"
        r"\w*|one pill|two pills|nap)\b",
    ),
    # Someone is threatening to kill or hurt the writer right now, in five more languages.
    _rule(
        "threat-to-kill-me-xl",
        "matar|mata|tue|tuer|bringt|bringe|kaltmach|aandoen|vermoord|убь|убить|угрожа|kill|mich"
        "|buter|egorger|etrangler|doodmaakt|afmaakt|neersteekt|прибь|зареж|cuchillo|navaja|pistol"
        "|couteau|messer|mes ",
        r"(?:dice|grita|amenaz\w*|dijo) (?:que )?(?:\w+ ){0,6}?(?:me|nos) (?:va a )?"
        r"mat(?:a|ar|aria)"
        r"\b|amenazo con matarme|me (?:va a|quiere) matar\b"
        r"|(?:il|elle) (?:\w+ ){0,3}?(?:dit|crie|hurle|menace)\b[^.!?\n]{0,40}\b(?:il|elle)? ?me"
        r" (?:tue|tuera|tuer)\b"
        r"|(?:bringt|bringe) (?:er|sie) mich um|(?:er|sie) bringt mich (?:noch )?um"
        r"|(?:er|sie) (?:\w+ ){0,2}?mich (?:kaltmacht"
        r"|umbringt|totet|umbringen|absticht|abstechen|erschiesst|erwurgt|totschlagt)"
        r"|(?:il|elle) (?:allait|va|voulait|veut|menace de|menacait de) me (?:tuer|buter|egorger"
        r"|etrangler)\b(?! (?:de rire|a force|avec (?:ses|son|sa) (?:blagues|histoires|questions)))"
        r"|(?:dreigt|zegt|schreeuwt) (?:\w+ ){0,4}?(?:me|mij) (?:iets )?(?:gaat )?(?:aan te doen"
        r"|aandoen|vermoorden|vermoordt|dood te maken|doodmaakt|afmaakt|neersteekt)"
        r"|(?:убь[её]т|убьют|прибь[её]т|зареж[её]т) (?:меня|нас)|угрожает (?:мне )?(?:ножом|убить)"
        # A blade or a gun held to the writer: "un cuchillo en el cuello", "ein Messer am Hals".
        r"|(?:cuchillo|navaja|pistola|couteau|pistolet|messer|pistole|mes|pistool) (?:\w+ )?"
        r"(?:en|contra|sous|sur|an|gegen|op|tegen) (?:el|mi|la|ma|le|den|meinen|meine|mijn|de)"
        r" (?:cuello|garganta|gorge|cou|tete|hals|kehle|kopf|keel|nek|hoofd)\b"
        r"|(?:yelling|shouting|screaming|threatening|saying) (?:that )?(?:he|she|they)(?:ll| will"
        r"| is going to|s going to| would|d)? (?:kill|hurt|murder) (?:him|her|them|us)\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:si (?:llego|repruebo|suspendo|rompo)|a disgustos|de un disgusto|del susto"
        r"|notas|examen|broma|jaj\w*|jej\w*|lol|haha\w*|forma de hablar|no duerme|llegue tarde"
        r"|mdr|spoil\w*|handy|cahier|note|zeugnis|cijfer)\b",
    ),
    # Spelled-out letters glued back by the normaliser: "i w a n t t o d i e".
    _rule(
        "spelled-out-death-wish",
        "iwant|idont|idontwant|wanttodie|goodbye",
        r"(?:i|im)(?:want|wanna)(?:to|2)?(?:die|bedead|killmyself|disappear)\w*"
        r"|i(?:dont|do ?not)(?:want|wanna)(?:to|2)?(?:behere|live|exist|beal?ive)\w*",
        SI,
    ),
    # -- families from writers in particular worlds, others at risk, colloquial languages ---
    # An activity judged "suicide" is a figure of speech: "driving in this is suicide", "c'est
    # suicidaire avec ce marché", "es un suicidio", "dat is zelfmoord", "это самоубийство".
    _rule(
        "activity-is-suicide",
        "selbstmord|suicid|zelfmoord|самоубийств",
        r"(?:(?:ist|war|ware|waere)(?: (?:doch|ja|echt|reiner|purer|glatter|der reinste|quasi"
        r"|praktisch|einfach))* selbstmord"
        r"|(?:c ?est|serait|etait)(?: (?:du|un|carrement|vraiment|completement|limite|de la))*"
        r" (?:suicide|suicidaire)"
        r"|(?:es|era|seria)(?: (?:un|como un|puro|casi|practicamente|literal))+ suicidio"
        r"|(?:is|was|zou)(?: (?:echt|gewoon|pure|regelrechte|bijna|toch))* zelfmoord(?! (?:gepleegd"
        r"|plegen|te plegen))"
        r"|(?:это|этот \w+|эта \w+|это \w+)(?: ,)?(?: (?:же|просто|прям|чистое|было))* самоубийство"
        r"|(?:this|that|the) \w+(?: \w+)? (?:is|was|would be|sounds like)(?: (?:pure|basically"
        r"|literally|just|absolute|total|practically|like))* suicide(?! (?:for|to) me)"
        r"|(?:driving|going|cycling|swimming|walking|running) (?:\w+ ){0,4}(?:is|was|would be)"
        r" (?:\w+ )?suicide)\b",
        SI,
        level=Level.NONE,
        frame=True,
        negatable=False,
        unless=r"\b(?:einzige|einzig|losung|loesung|ausweg|seine|ihr tod|tod|seul\w*|solution"
        r"|only|answer|option|way out|end it|myself|life"
        r"|issue|mort|unica|solucion|salida|muerte|murio|enige|oplossing|uitweg|dood|overleden"
        r"|единственн\w*|выход|смерть|умер\w*|ich|je|yo|ik|я|mich|moi|mezelf|себя)\b",
    ),
    # Transliterated Russian, typed in Latin letters: "hochu umeret", "ne mogu bolshe zhit",
    # "ustala zhit", "rezat sebya", "vypila vsyu upakovku".
    _rule(
        "ru-translit",
        "hochu|hochetsya|hotel|mechtayu|ne |ustal|rezat|rezhu|porez|pokonch|ubit|ubyu|vypil"
        "|nagl|do utra|ne dozhiv",
        r"(?P<neg>ne )?(?:ya )?(?:hochu|hochetsya|hotela?|mechtayu)(?: (?:prosto|uzhe|ochen|tak"
        r"|by|bolshe))* (?:umeret|umirat|sdohnut|ne zhit|ne prosypat\w*|ischeznut|pokonchit s"
        r" soboj|pokonchit s soboi|ubit sebya|povesit\w*)"
        r"|ne (?:hochu|hochetsya|mogu)(?: (?:bolshe|uzhe|tak))* (?:zhit|sushchestvovat"
        r"|sushestvovat|prosypat\w*)"
        r"|ustala? (?:ot )?(?:zhit|zhizni|sushchestvovat|sushestvovat)"
        r"|pokonch\w* (?:s soboj|s soboi|so vsem)|(?:ubyu|ubit) sebya"
        r"|(?:rezat|rezhu|porezat|porezala?|rezala?|tushu sigarety ob) (?:sebya|sebe|ruku|ruki)"
        r"|(?:vypila?|naglotal\w*) (?:vsyu |celuyu |vse )?(?:upakovku|pachku|tabletki|tabletok)"
        r"|do (?:utra|zavtra) (?:\w+ )?ne dozhivu",
        SI,
        negatable=False,
    ),
    # A farewell sent, then silence: "her phone is off", "geht nicht ran", "répond plus",
    # "neemt niet op", "не отвечает". Weak: a crisis next to a farewell or any other sign.
    _rule(
        "unreachable-after",
        "not answer|not pick|not repl|not respond|isnt answer|isnt pick|wont answer|wont pick"
        "|doesnt answer|doesnt pick|stopped answer|no longer answer|phone|voicemail|geht nicht"
        "|geht nich|repond|neemt|reageert|не отвеч|не бер|ne beret|ne otvech|no contesta"
        "|no responde|no me contesta|hasnt read|has not read|movil|will not",
        r"(?:not|isnt|wont|doesnt|hasnt been|stopped|no longer) (?:answering|picking up|replying"
        r"|responding|reading (?:my|the) (?:texts|messages))\b"
        r"|(?:her|his|their) phone (?:is|s|went|goes) (?:off|dead|straight to voicemail)"
        r"|(?:her|his|their) phones (?:off|dead)\b|(?:wont|will not) (?:pick up|answer)\b"
        r"|(?:hasnt|has not) read (?:anything|my messages|my texts)|movil apagado"
        r"|goes straight to voicemail"
        r"|geht (?:nicht|nich) (?:mehr )?(?:ran|ans handy|ans telefon)"
        r"|(?:ne )?repond (?:plus|pas)|neemt (?:niet|nie) (?:meer )?op"
        r"|reageert nergens (?:meer )?op"
        r"|не (?:отвечает|берет трубку|бер[её]т)|ne (?:beret trubku|otvechaet)"
        r"|no (?:me )?(?:contesta|responde)",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:fight|argument|argued|row|busy|at work|in a meeting|asleep|sleeping|battery"
        r"|signal|abroad|plane|flight|ghost\w*|date|tinder|hinge|crush|landlord|boss|recruiter"
        r"|customer|client|email|streit|dispute|pelea|ruzie|ссор\w*)\b",
    ),
    # Hiding from violence now: locked in a room while someone drinks, smashes or threatens.
    _rule(
        "hiding-from-violence",
        "locked|hid|hiding|shut|barricad|eingeschlossen|eingesperrt|abgesperrt|versteckt|sitz"
        "|sitze|enferm|cache|barrica|encerr|escondid|con seguro|con llave|op slot|opgesloten"
        "|закрыл|заперл|спрятал|сижу|took my|taken my|has my|hid my|smashed my|broke my"
        "|разбил",
        r"(?:locked|hid|hiding|shut|barricaded)(?: myself| us| ourselves)? (?:in|inside) (?:the|my"
        r"|our|a) (?:bathroom|toilet|loo|room|bedroom|closet|wardrobe|car|kitchen|cupboard|shed)\b"
        r"|(?:hab|habe|haben) (?:mich|uns) (?:\w+ ){0,5}?(?:eingeschlossen|eingesperrt|versteckt)"
        r"|(?:hab|habe) (?:\w+ )?abgesperrt"
        r"|(?:sitz|sitze|sitzen) (?:\w+ ){0,4}?im (?:bad|badezimmer|schlafzimmer|klo|kinderzimmer)"
        r"|(?:me suis|nous sommes) (?:enfermee?s?|cachee?s?|barricadee?s?)"
        r"|(?:estoy|estamos|me) (?:encerrad[oa]s?|escondid[oa]s?)|(?:en el|en la) (?:cuarto|bano"
        r"|habitacion) con (?:seguro|llave)"
        r"|(?:zit|zitten|ik zit) (?:\w+ ){0,5}?op slot"
        r"|(?:heb|hebben) (?:me|ons) (?:\w+ )?opgesloten"
        r"|я (?:закрылась|закрылся|заперлась|заперся|спряталась|спрятался)|сижу в ванной"
        r"|(?:he|she|they) (?:took|has taken|has|hid|smashed|broke) my (?:phone|keys|car keys"
        r"|passport)\b|разбил (?:мой )?телефон",
        DANGER,
        negatable=False,
        requires=r"\b(?:drunk|drinking|betrunken|besoffen|borracho|dronken|пьян\w*|bu|saoul"
        r"|throwing|smashing|breaking|punching|hitting|beating|screaming|yelling|shouting"
        r"|banging|kicking|threat\w*|scared|afraid|terrified|angst|peur|miedo|bang|боюсь|knife"
        r"|gun|messer|couteau|cuchillo|machete|нож\w*|schreit|schlagt|schlaegt|tritt|gooit"
        r"|schreeuw\w*|casse|crie|hurle|frappe|pegando|golpe\w*|gritando|кричит|ломится|ломает"
        r"|locked (?:the )?(?:front |back )?door|not leaving|wont let me|tonight ill learn"
        r"|ill pay for (?:it|this))\b",
        requires_across=True,
        unless=r"\b(?:cry|crying|peace|quiet|minutes of|lol|haha|game|hide and seek|alone time"
        r"|exam|study|panic attack|phone call|meeting|zoom|spider|wasp|bee|mouse|storm|thunder"
        r"|keys inside|locked out|accident\w*|by mistake)\b",
    ),
    # Violence heard through the wall or next door, in six languages.
    _rule(
        "violence-next-door",
        "neighbou|next door|through the wall|nachbar|voisin|vecin|de al lado|buurm|buren"
        "|door de muur|сосед|за стен|derriere le mur|durch die wand|depa de al",
        r"(?:neighbou?rs?|next door|through the wall|nachbar\w*|voisin\w*|vecin[oa]s?|de al lado"
        r"|buurm\w*|buren|door de muur|сосед\w*|за стен\w*|derriere le mur|durch die wand)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:beating (?:her|him|his|the|a)|hitting (?:her|him)|hits her|beat her"
        r"|punching (?:her|him)|screaming for help|scream\w* help|um hilfe|knallts|schlagt|schlaegt"
        r"|prugelt|verprugelt|coups|la frappe|le frappe|au secours|pegando|golpes|pide ayuda"
        r"|slaan|slaat|gilt|mishandel\w*|бьет|бьёт|избива\w*|помогите)\b",
        unless=r"\b(?:tv|television|fernseher|tele|film|movie|game|football|fussball|match"
        r"|partido|party|fete|fiesta|feest|renovat\w*|drill\w*|bohr\w*|sex|music|musik|musique"
        r"|musica|muziek)\b",
    ),
    # Someone at the door or downstairs now, with a threat, in five more languages: "il
    # est devant ma porte et menace de la defoncer", "hij staat beneden en dreigt".
    _rule(
        "threat-at-the-door-xl",
        "devant|en bas|vor meiner|vor der|unten|puerta|abajo|deur|beneden|двер|внизу",
        r"(?:il|elle|er|sie|el|ella|hij|zij|он|она)(?: \w+){0,2}? (?:devant (?:ma|la|notre)"
        r" porte|en bas|vor (?:meiner|der|unserer) (?:tur|wohnungstur|haustur)|unten|(?:en|delante"
        r" de) (?:mi|la) puerta|abajo|voor (?:de|mijn|onze) deur|beneden|у (?:моей |нашей )?двери"
        r"|под дверью|внизу)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:menace\w*|defoncer|casser la porte|me tuer|me frapper|bedroht|droht|mich"
        r" umbringen|eintreten|amenaza\w*|matarme|pegarme|tirar la puerta|dreigt|bedreigt|pijn"
        r" (?:gaat )?doen|vermoorden|intrappen|угрожа\w*|убь\w*|выбить|ломится)\b",
        unless=r"\b(?:colis|paquet|livr\w*|paket|post|lieferung|pizza|paquete|pedido|pakket"
        r"|bezorg\w*|посылк\w*|курьер\w*|retard|spat|tarde|laat|опаздыва\w*|film|jeu|spiel"
        r"|juego|spel|игр\w*)\b",
    ),
    # An ex or a banned partner at the door now, in six languages.
    _rule(
        "ex-at-the-door",
        "ex |exfreund|ex freund|бывш",
        r"(?:ex|exfreund|ex freund|бывш\w*)\b[^.!?\n]{0,50}\b(?:door|doorstep|house|flat|window"
        r"|tur|haustur|haus|wohnung|porte|appart\w*|puerta|portal|casa|deur|huis|двер\w*|подъезд\w*"
        r"|outside|downstairs|abajo|beneden|en bas|unten)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:banging|kicking|pounding|screaming|yelling|shouting|threat\w*|scared|smash\w*"
        r"|afraid|terrified|angst|peur|miedo|bang|боюсь|страшно|restraining order|kontaktverbot"
        r"|orden de alejamiento|contactverbod|ordonnance|police|polizei|policia|politie|полици\w*"
        r"|klingelt (?:immer|standig|sturm)|hammert|schreit|crie|hurle|gritando|grita"
        r"|schreeuw\w*|bonkt|орет|ор[её]т|ломится|кричит|wont leave|gewurgt|strangled|choked"
        r"|hit me|beat me)\b",
        unless=r"\b(?:pick up|picking up|drop off|dropping off|kids stuff|his stuff|her stuff"
        r"|parcel|package|abholen|holt|recoger|ophalen)\b",
    ),
    # Disappointed to wake up, or to still be alive: passive ideation in six languages.
    _rule(
        "disappointed-to-wake",
        "disappoint|gutted|upset|annoyed|sad|decu|triste|enttausch|enttaeusch|decepcion"
        "|teleurgesteld|разочарован|обидно",
        r"(?:disappointed|gutted|upset|annoyed|sad|angry) (?:when|that|to) (?:i )?(?:(?:woke|wake"
        r"|waking) up|still be alive|be still alive|survived|am still alive|m still alive|was"
        r" still alive|still be here|be still here|am still here|m still here"
        r"|was still here)\b(?! (?:late|early|at|to (?:find|see|rain|snow)|with|from|before|after"
        r"|on time))"
        r"|(?:decue?s?|triste) de (?:me )?(?:reveiller|etre encore (?:en vie|la))"
        r"|(?:enttauscht|enttaeuscht|traurig)(?: ,)? (?:dass ich (?:wieder )?aufwache|aufzuwachen"
        r"|dass ich noch lebe)"
        r"|(?:decepcionad[oa]|triste) (?:de|al) (?:despertar|seguir viv[oa])"
        r"|teleurgesteld (?:dat ik (?:weer )?wakker (?:word|werd)|om wakker te worden|dat ik nog"
        r" leef)"
        r"|(?:разочарован\w*|обидно)(?: ,)? что (?:снова |опять )?(?:проснул\w*|жив\w*)",
        SI,
        negatable=False,
        unless=r"\b(?:alarm|wecker|reveil|despertador|wekker|будильник|dream|reve|traum|sueno"
        r"|droom|сон|nap|sieste|siesta|dutje|holiday|vacances|urlaub|weekend)\b",
    ),
    # Not surviving tonight, said plainly: "not sure I'll make it through the night" across
    # languages ("jsp si je vais passer la nuit", "no creo que llegue a mañana", "до утра не
    # доживу", "weiß nicht ob ich die Nacht überlebe").
    _rule(
        "not-surviving-the-night-xl",
        "passer la nuit|llegue|llego|aguante|sobreviva|до утра|до завтра|переживу|uberlebe"
        "|ueberlebe|schaffe|haal|overleef|red de|red deze",
        r"(?:sais pas|jsp|sais plus|pas sure?|sais meme pas) si (?:je vais|jvais|j vais|je vas)"
        r" (?:passer|survivre a) la nuit|(?:je vais|jvais) pas (?:passer|survivre a) la nuit"
        r"|(?:no creo que|no se si|dudo que) (?:llegue|llego|aguante|sobreviva) (?:a|hasta)"
        r" (?:manana|la manana|el lunes|esta noche)"
        r"|до (?:утра|завтра) (?:\w+ ){0,2}?не доживу|не переживу (?:эту|сегодняшнюю) ночь"
        r"|ob ich (?:die|diese) nacht (?:uberlebe|ueberlebe|schaffe)"
        r"|(?:uberlebe|ueberlebe) (?:die|diese) nacht nicht"
        r"|(?:haal|overleef) (?:ik )?(?:de|deze) nacht (?:niet|nie)"
        r"|of ik (?:de|deze) nacht (?:haal|overleef|doorkom)",
        SI,
        negatable=False,
        unless=r"\b(?:reunion|clase|trabajo|examen|cita|fiesta|tren|vuelo|soiree|fete|examen"
        r"|boulot|party|prufung|schicht|feest|dienst|tentamen|bus|train|zug|trein|экзамен"
        r"|смен\w*|поезд)\b",
    ),
    # Rope acquired or kept, across languages ("das Seil hab ich schon", "touw gekocht",
    # "купил веревку", "pogné la corde", "la soga en el closet", "rope's up in the barn").
    _rule(
        "rope-kept-xl",
        "seil|strick|corde|soga|touw|верёвк|веревк|verevk|rope",
        r"(?:seil|strick|corde|soga|touw|верёвк\w*|веревк\w*|verevk\w*)\b"
        r"|ropes? (?:is |are )?(?:up|hung|tied|set up|ready)\b",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:gekauft|besorgt|hab ich|habe ich|schon|keller|dachboden|garage|scheune"
        r"|achete\w*|pogne|grenier|regarde|closet|armario|compre|tengo|gekocht|zolder|kelder"
        r"|schuur|купил\w*|лежит|гараж\w*|приготовил\w*|kupil\w*|lezhit|up|hung|tied|barn"
        r"|shed|attic|loft|beam|balken|poutre|viga|balk|балк\w*)\b",
        unless=r"\b(?:kletter\w*|boot|segel\w*|camping|zelt|escalade|bateau|voile|tente|escalada"
        r"|barco|velero|springseil|springtouw|klimmen|zeil\w*|tent|скакалк\w*|альпин\w*|лодк\w*"
        r"|палатк\w*|wasche|linge|ropa|tendedero|tender|waslijn|белье|бельё|белья|hund|chien"
        r"|perro|hond|собак\w*"
        r"|schaukel|balancoire|columpio|schommel|качел\w*|basteln|bricolage|manualidad\w*"
        r"|knutsel\w*|sauter|saltar|springen|gym|climb\w*|swing|tug|tow\w*|boxing|skipping"
        r"|guitare|gitarre|guitarra|gitaar|violon|violin|geige|viool|струн\w*|cowboy|lasso"
        r"|magie|zauber|magia)\b",
    ),
    # Injury until blood or bruises, or with cigarettes and lighters, in dialect and slang.
    _rule(
        "self-injury-until-blood-xl",
        "jusqu|hasta sangr|hasta que|hasta hacer|bis es|bis blut|bis aufs|tot ik|tot het"
        "|tot bloed|avec mes|avec ma|avec une|avec un|mitm|mit dem|mit einem|mit nem|met een"
        "|met mn|met mijn|con el|con la|con un|con una|тушу",
        r"(?:me (?:suis )?|mi |mich |(?:me|mezelf|mijzelf) )(?:\w+ ){0,2}?(?:brule\w*|griff\w*"
        r"|tap\w*|frapp\w*|cogn\w*|coup\w*|grat\w*|pegue|golpee|corte|rasgue|rasque|queme"
        r"|gschnitten|geschnitten|brenn\w*|schlag\w*|sla|slaan|brand|bijt|gebrand|gesneden"
        r"|gekrast)\b[^.!?\n]{0,40}?\b(?:jusqu ?au sang|jusqua (?:saigner|voir flou)|jusqu a"
        r" (?:saigner|voir flou)|hasta (?:sangrar|que sangr\w*|hacerme sangre)|bis (?:es )?blut"
        r"|bis aufs blut|tot (?:ik bloed|het bloedt|ik blauwe plekken heb|bloedens)"
        r"|avec (?:mes|ma|une|un) (?:clopes?|cigarettes?|briquet|lame|rasoir|compas)"
        r"|mit ?(?:m|dem|einem|nem) feuerzeug|met (?:een|mn|mijn) (?:aansteker|sigaret|mesje)"
        r"|con (?:el|la|un|una) (?:cinturon|encendedor|cigarro|navaja))"
        r"|тушу сигарет\w* об (?:руку|руки|себя|кожу|ногу)",
        SH,
        negatable=False,
        reach=90,
        unless=r"\b(?:cuisine|cuisinant|kochen|kuche|cocinando|koken|keuken|кухн\w*|accident\w*"
        r"|sans faire expres|aus versehen|sin querer|per ongeluk|случайно|match|rugby|football"
        r"|fussball|futbol|voetbal)\b",
    ),
    # Fear of harming a child or a dependent, across languages.
    _rule(
        "fear-of-harming-dependent-xl",
        "angst|peur|miedo|bang|боюсь|scared|afraid|terrified",
        r"(?:scared|afraid|terrified|frightened) (?:that )?(?:i|ill|i will|im going to|i might"
        r"|i could|i am going to)(?: (?:actually|really|end up))? (?:hit|shake|push|shove|smack"
        r"|slap|throttle|hurt|harm) (?:the baby|my (?:baby|son|daughter|kid|kids|child|children"
        r"|toddler|newborn|mother|mum|mom|father|dad|wife|husband|partner|sister|brother|nephew"
        r"|niece))\b"
        r"|angst(?: ,)? (?:dass|das) ich (?:meinem|meiner|dem|der|ihm|ihr|den) (?:\w+ )?"
        r"(?:was|etwas) (?:antue|antu|antun)"
        r"|angst(?: ,)? (?:dass|das) ich (?:mein|meine|das|die|den) (?:\w+ )?"
        r"(?:schlage|verletze|schuttle|schuettle)"
        r"|miedo (?:de|a) (?:hacerle dano|lastimar|pegarle|golpear|sacudir) (?:a )?(?:mi|mis)"
        r"|peur de (?:faire du mal a|frapper|secouer|blesser) (?:mon|ma|mes)"
        r"|bang (?:dat|om) (?:ik )?(?:mijn|mn|de|m ?n) \w+ (?:iets aan te doen|iets aandoe|sla"
        r"|pijn (?:te )?doe\w*|door elkaar (?:te )?schud\w*)"
        r"|боюсь(?: ,)? что (?:ударю|убью|покалечу|сделаю больно|сделаю что(?: то|-то)? с) \w+",
        DANGER,
        negatable=False,
    ),
    # "I'm scared of myself": weak, a crisis next to any other sign.
    _rule(
        "afraid-of-myself",
        "scared of|afraid of|terrified of|frightened of|angst vor|peur de|miedo de|bang voor"
        "|bang van|боюсь себя",
        r"(?<!not )(?<!never )(?:scared|afraid|terrified|frightened) of (?:myself|me)\b(?! (?:being"
        r"|when|in"
        r" photos|on camera))|angst vor mir (?:selbst|selber)|peur de moi(?: meme)?\b"
        r"|miedo de mi mism[oa]|bang (?:voor|van) mezelf|боюсь себя",
        SI,
        weak=True,
        negatable=False,
    ),
    # A letter for someone close, and "when I'm no longer here", in five more languages: weak.
    _rule(
        "letter-for-family-xl",
        "brief|abschiedsbrief|lettre|carta|записк|письмо|briefje|ecrit|prepare|laisse|escribi"
        "|deje|написал",
        r"(?:brief|abschiedsbrief) (?:geschrieben )?(?:fur|fuer|an) (?:meine|meinen|mein|die"
        r" kinder)|(?:ecrit|prepare|laisse) une lettre (?:pour|a) (?:ma|mon|mes)"
        r"|(?:escribi|deje|prepare) una carta (?:para|a) (?:mi|mis)"
        r"|(?:brief|briefje) (?:geschreven )?voor (?:mn|mijn|m ?n|de kleine|de kinderen)"
        r"|(?:een|n) (?:brief|briefje) (?:\w+ )?(?:geschreven|achtergelaten) voor"
        r"|написала? (?:записку|письмо|записки)|записк\w* (?:для|сестре|маме|папе|брату|дочке"
        r"|сыну|мужу|жене)",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:anniversaire|noel|merci|cumpleanos|navidad|verjaardag|geburtstag"
        r"|weihnacht\w*|kerst\w*|рожден\w*|рождеств\w*|correspondant|bewerbung|candidature"
        r"|solicitud|sollicitatie|school|ecole|escuela|schule|школ\w*|liebesbrief|amor|amour"
        r"|liefde|любв\w*|rente|retraite|jubilacion|pensioen|пенси\w*)\b",
    ),
    _rule(
        "when-im-gone-xl",
        "als ik|wenn ich|quand je|cuando ya|когда меня|kogda menya",
        r"als ik er niet? meer ben|wenn ich nicht mehr (?:da |hier )?bin|wenn ich weg bin"
        r"|quand je (?:ne )?serai plus la|cuando ya no (?:este|estes)|когда меня не (?:станет"
        r"|будет)|kogda menya ne (?:stanet|budet)",
        BYE,
        SI,
        weak=True,
        negatable=False,
        unless=r"\b(?:urlaub|reise|vacances|voyage|vacaciones|viaje|vakantie|reis|отпуск"
        r"|поездк\w*|umzug|demenagement|mudanza|verhuizing|переезд\w*)\b",
    ),
    # "You'll be rid of me soon": the burden ending, in five more languages.
    _rule(
        "rid-of-me-xl",
        "los|van mij|van me|debarrass|librar|избав",
        r"(?:seid|bist|sind|seit) (?:ihr |du |sie )?mich (?:bald|endlich|morgen|dann)? ?los\b"
        r"|(?:zijt|zijn|ben|bent) (?:ge|jullie|je|jij|ze|gij) (?:\w+ )?van (?:mij|me) af\b"
        r"|(?:serez|seras|seront) (?:bientot |enfin |demain )?debarrass\w* de moi"
        r"|(?:van|vas|vais) a librar\w* de mi|(?:избавитесь|избавишься|избавятся) от меня",
        BYE,
        SI,
        negatable=False,
        unless=r"\b(?:urlaub|reise|ferien|vacances|voyage|vacaciones|viaje|vakantie|reis"
        r"|отпуск|umzug|ausziehen|ziehe um|zieh um|umziehen|demenage\w*|mudo|verhuis\w*"
        r"|переезд\w*|lol|haha|mdr|jaja"
        r"|witz|blague|broma|grapje|шутк\w*)\b",
    ),
    # Someone drunk and violent right now: throwing, smashing, breaking, swinging, driving.
    _rule(
        "drunk-and-violent-now",
        "drunk|betrunken|besoffen|borracho|borracha|dronken|пьян|bu |saoul",
        r"(?:drunk|betrunken|besoffen|borrach[oa]|dronken|пьян\w*|a bu|saoul)\b[^.!?\n]{0,50}?"
        r"\b(?:throwing|smashing|breaking|punching|hitting|kicking|swinging|swerving|driving us"
        r"|waving (?:a|the|his|her) (?:\w+ )?(?:knife|gun|bottle|bat|hammer)|brandishing"
        r"|grabbed|wirft|schlagt|schlaegt|tritt|zerschlagt|casse|frappe|tape|agarro|pegando"
        r"|rompiendo|gooit|slaat|schopt|sloopt|ломает|ломится|бь[её]т|разбил\w*|кричит что)\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:party|pub|bar|karaoke|game|darts|pool|football|match|video|tiktok|lol|haha"
        r"|funny|last year|years ago|used to|when i was|wedding|stag|hen)\b",
    ),
    # -- English families from the faith, questions, older-adult, substance, parts and short
    # -- message files -------------------------------------------------------------------
    # Everything in reach taken at once: "took all of it", "swallowed everything in the
    # cabinet", "drank the lot". The writer (no other subject) is the one who took it.
    _rule(
        "took-everything",
        "took|tok|taken|swallow|drank|downed|necked|shot up|injected",
        r"(?:(?<!\w )|(?<=\bi )|(?<=\bive ))(?:(?:just|already|literally|actually|then) )*"
        r"(?P<v>took|tok|taken|swallowed|drank|downed|necked|shot up|injected)"
        r"(?: (?:like|just|already|about|maybe|literally))* (?:all of (?:it|them|my \w+)|them all"
        r"|the lot|every ?thing|evrything|everythin|all (?:the|my) \w+(?: \w+)? at once"
        r"|what was (?:in|left in) (?:my|the) \w+|whatever (?:was|i had|i could find)"
        r"|a whole (?:pack|packet|box|bottle|strip|sheet) of \w+)"
        r"(?= *(?:$|[.!?;,\n]| (?:(?:in|from) (?:the|my) (?:\w+ )?(?:cabinet|cupboard|drawer"
        r"|house|flat"
        r"|bag|bathroom)|i (?:had|could find|saved|had left|have|got)|at once|on purpose|left"
        r"|tonight|already|ago|(?:\d+|\w+) minutes|an hour|earlier|just now|sorry|feel \w+)\b))",
        PLAN,
        SH,
        unless=r"\b(?:to the|zoo|shop\w*|tip|charity|school|park|photos?|pictures?|notes|exam"
        r"|test|bins?|rubbish|recycling|holiday|trip|boxes|advice|compliments?|criticism"
        r"|feedback|class|course|money|cash|points|chips|pot|medals?|trophies|prizes?|wine|beer"
        r"|beers|cider|prosecco|champagne|coffee|tea|juice|water|milk|soup|smoothie|lol|haha"
        r"|burglars?|bailiffs?|thieves|divorce)\b",
    ),
    # Someone else took everything in reach, or anyone took "enough to not wake up".
    _rule(
        "took-enough",
        "took|taken|swallow|drank|downed|enough",
        r"(?P<v>took|taken|swallowed|drank|downed) (?:a whole (?:pack|packet|box|bottle|strip)"
        r" of \w+|every ?thing in (?:the|my|his|her) (?:\w+ )?(?:cabinet|cupboard|drawer))"
        r"|(?P<v2>took|taken|swallowed|drank|downed|have|got|bought|saved) enough (?:\w+ )?to"
        r" (?:not wake up|never wake up|die|kill (?:me|myself|him|her|them)|end (?:it|things|me)"
        r"|not come back|stop (?:my|his|her) heart)\b",
        PLAN,
        SI,
        unless=r"\b(?:horse|elephant|army|lol|haha|coffee|caffeine|sugar|chocolate|cake)\b",
    ),
    # Drinking or using until the body stops: "drink until I don't wake up", "use till I die".
    _rule(
        "using-until-dead",
        "until|till|til|untill|to death",
        r"(?P<v>drink|drinking|drank|use|using|shoot|shooting|snort\w*|smok\w*|nod|nodding|not"
        r" stopping|wont stop|keep using|keep drinking)(?: (?:it|them|myself|tonight|alone))?"
        r" (?:until|till|til|untill) (?:i (?:die|drop dead|dont wake up|do not wake up|never wake"
        r" up|stop breathing|am dead|m dead|im dead|pass out for good)|my (?:heart|liver|body"
        r"|lungs|breathing) (?:stops?|quits?|gives? out|gives? up|fails?|packs? in)|(?:it|this"
        r"|the \w+) (?:stops|kills|finishes) me)\b"
        r"|(?P<v2>drink|drinking|use|using) myself to death",
        SI,
        PLAN,
        hyperbole=True,
    ),
    # Hoping something will finish the writer: "hoping my liver finishes the job", "praying
    # for a heart attack", "wish the fall had killed me".
    _rule(
        "hope-it-finishes-me",
        "hop|pray|wish|let|inshallah|insha|god willing|fingers crossed|please god|please let",
        r"(?P<v>hop(?:e|es|ed|ing)|pray(?:s|ed|ing)?|wish(?:es|ed|ing)?)"
        r"(?:(?! (?:doesnt|dont|wont|not|never|isnt|didnt|does not|will not|wouldnt|that (?:he"
        r"|she|they))\b) \w+){0,7}?"
        r" (?:(?:kills|finish(?:es)?|takes) me(?: off| out)?(?= *(?:$|[.!?;,\n]| (?:tonight|already"
        r"|for good|tbh|honestly|this time|i)\b))|finish(?:es)? (?:me off|the job)"
        r"|(?:my )?(?:heart|liver|lungs|breathing|body) (?:will |would |just |finally )*(?:stops?"
        r"|gives? out|quits|packs? in|fails?)"
        r"|(?:dont|never|wont|do not|will not|doesnt) (?:come back|wake up)(?: from)?"
        r"|(?:had|would have|d have) (?:killed|finished|taken) me(?: off)?"
        r"|(?:had|would have|d have) finished (?:the job|what (?:he|she|they|it) started))"
        r"|(?:hop|pray|wish)\w* for (?:a |an )?(?:heart attack|stroke|aneurysm|bad batch|fatal"
        r" \w+|car crash|crash)\b"
        r"|(?:hop|pray|wish)\w*(?: \w+){0,2}? (?:i|that i) (?:get|find|score|buy) (?:a |the )?bad"
        r" (?:batch|pill|one)\b"
        r"|(?:hop|pray|wish|let)\w*\b[^.!?\n]{0,20}?\b(?:this|it|tonight|today)(?: is| s| will be|"
        r" be| ll be)? the last (?:morning|night|day|sunrise|breath|thing i (?:ever )?(?:say|do"
        r"|see|hear|write))(?= *(?:$|[.!?;,\n]| (?:i|ever)\b))"
        r"|(?:inshallah|insha allah|god willing|hopefully|fingers crossed|please god|please let)"
        r" (?:i |me )?(?:dont|wont|never|do not|will not|not) wake up\b",
        SI,
        hyperbole=True,
    ),
    # Asking a god to take the writer, or going home to one: "Lord, take me home", "asking God
    # every night to take me in my sleep", "ready to meet my maker", "I'll go to Him myself".
    _rule(
        "god-take-me",
        "take me|takes me|took me|call me|calls me|bring me|brings me|get me|home lord|home to"
        "|home god|home jesus|home heaven|home allah|home my|maker|let me wake|in person|go to him"
        "|go to god|go to jesus|go to heaven|go to the lord|go to allah|me off|my heart|die",
        r"(?:god|lord|jesus|allah|father|mary|universe|heavens?)(?: please| pls| just| oh| lord"
        r"| god| ,)* (?:take|come (?:and )?(?:take|get)|call|bring) me(?! now\b)(?: (?:home|away"
        r"|already|soon|tonight|please|pls|with you|to (?:you|him|her|heaven|be with \w+)|in my"
        r" sleep|lord|god|jesus|allah|up))*(?= *(?:$|[.!?;,\n]| (?:i|im|because|cause|cuz|so|and"
        r"|amen)\b))"
        r"|(?:pray\w*|ask\w*|beg\w*|wish\w*|hop\w*|want\w*) (?:\w+ ){0,4}?(?:that )?(?:god|he|him"
        r"|the lord|lord|jesus|allah|the universe)(?: \w+){0,4}? (?:to )?(?:(?:takes?|took) me\b(?!"
        r" (?:to (?:the|a|church|school|work|see)|out|for|shopping|back|places|seriously)\b)"
        r"|(?:switch|turn)(?:es|s)? me off|stops? my heart|let (?:me|her|him) die)"
        r"|(?:pray\w*|ask\w*|beg\w*|hop\w*) (?:\w+ ){0,4}?(?:not to|to not|dont|wont|never"
        r"|will not) let me wake(?: up)?"
        r"|(?:wish\w*|pray\w*|hop\w*|want\w*|ready for|waiting for|ask\w*) (?:\w+ ){0,3}?(?:the"
        r" lord|god|jesus|he|him|allah) (?:\w+ ){0,2}(?:call|calls|bring|brings|take|takes) me"
        r" home"
        r"|take me home (?:lord|god|jesus|father)"
        r"|(?:coming|going|go|come) home (?:to )?(?:god|lord|jesus|the lord|my lord|heaven|allah"
        r"|my (?:maker|father in heaven))\b"
        r"|(?:ready|want|going|time|about|gonna|wanna|decided|like) to meet (?:my|our) maker"
        r"|(?:ask|tell|see|meet|face) (?:god|jesus|the lord|allah) in person"
        r"|(?:ill|i will|im going to|gonna|i ll|then ill) go to (?:him|god|jesus|the lord|heaven"
        r"|allah) (?:myself|first|soon|tonight|now|instead)",
        SI,
        hyperbole=True,
        unless_after=r"\b(?:passed|died)\b",
        unless=r"\bwhen (?:the lord|god|he) calls\b|\b(?:passed|passed away|died|funeral|rip)\b"
        r"|\b(?:church|mass|service|retreat|camp|trip"
        r"|work|office|shopping|concert)\b(?= *(?:today|tomorrow|this|on|at))",
    ),
    # Not caring whether one wakes up or lives: "idc if I wake up", "stopped caring whether I
    # wake up", "don't care if the drugs kill me".
    _rule(
        "indifferent-if-wake",
        "idc|care|caring|bothered",
        r"(?:idc|i dont care|dont care|dont even care|dont really care|stopped caring|not"
        r" bothered|couldnt care less|do not care|no longer care)(?: anymore| really| even)?"
        r" (?:if|whether) (?:i (?:wake up|live|survive|make it|see (?:tomorrow|the morning)|come"
        r" back)(?: or (?:not|die|dont))?(?= *(?:$|[.!?;,\n]| (?:tomorrow|anymore|again|or not"
        r"|tbh|honestly|either)\b))|(?:the |a |this )?(?:dope|drugs?|drink|booze|alcohol|pills?"
        r"|gear|stuff|batch|fent\w*|car|bus|truck|train) (?:hit|hits|kills|kill|killed) me)",
        SI,
        negatable=False,
        hyperbole=True,
    ),
    # A ghost already, "might as well make it official"; "thinking of making it permanent".
    _rule(
        "make-it-permanent",
        "official|permanent|literal|for real",
        r"(?P<v>(?:might as well|may as well|time to|going to|gonna|thinking (?:of|about)|want"
        r" to|wanna|ready to|decided to|about to|should|i could)) (?:just )?mak(?:e|ing) (?:it"
        r"|that|this) (?:official|permanent|literal|for real)\b",
        SI,
        requires=r"\b(?:ghost|dead|die|dying|gone|disappear\w*|alive|exist\w*|nobody|no one"
        r"|invisible|death|visits?|rings?|miss me|here)\b",
        requires_across=True,
        unless=r"\b(?:dating|relationship|engaged|girlfriend|boyfriend|partner|job|contract"
        r"|tattoo|hair|move|lease|quit|resign\w*|work|office|band|team)\b",
    ),
    # Wanting to hurt someone, with the means or the person within reach now.
    _rule(
        "harm-other-within-reach",
        "kill|hurt|beat|stab|strangle|smother",
        r"(?:want|wanna|going|gonna|about|ready|planning)(?: to)? (?:really )?(?:kill|hurt|beat"
        r"|stab|strangle|smother)\w* (?:him|her|them|the (?:man|guy|woman) \w+|my \w+)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:knife|gun|weapon|blade|bat|hammer|asleep|sleeping|next (?:door|room)"
        r"|parked outside|outside (?:his|her|their)|where (?:he|she|they) lives?|holding"
        r"|until (?:he|she|they) stops? moving|stops? moving|(?:sitting|parked|waiting) in my car"
        r" outside)\b",
        requires_across=True,
        unless=r"\b(?:lol|lmao|haha|game|character|joke|kidding|fries|pizza|cake|feelings"
        r"|charger|by accident|accidentally|emotionally)\b",
    ),
    # Questions about a method's lethality or pain: "how many of my pills would it take",
    # "would it hurt if I jumped", "is there a painless way".
    _rule(
        "lethality-question",
        "how many|how much|painless|painful|quick|peaceful|least painful|gentlest|surest|hurt"
        "|strong enough|enough enough",
        r"how (?:many|much) (?:of )?(?:my |his |her |these |the |those |mums? |moms? |dads? )?"
        r"(?:\w+ )?" + _PILL_NOUN + r" (?:would it take|does it take|it would take|it takes"
        r"|it will take|would (?:kill|do it)|to (?:die|not wake up|be (?:fatal|lethal|enough)))"
        r"(?: to (?:die|kill|be (?:fatal|lethal|enough)|not wake up|do it))?"
        r"(?= *(?:$|[.!?;,\n]| (?:i|im|tbh|asking|honestly|lol)\b))"
        r"|(?:most |least |a |any |the )?(?:painless|peaceful|least painful|gentlest|surest)"
        r" ways?(?: to (?:go|die|do it|end it|leave|not wake up))?(?= *(?:$|[.!?;,\n]))"
        r"|(?:would|does|will|did|is) (?:it|dying|drowning|jumping|freezing to death|bleeding out"
        r"|hanging|an overdose|overdosing) (?:\w+ )?(?:hurt|be painful|be quick|painless)"
        r"(?: much)?(?: (?:if|when) (?:i|you) (?:just )?(?:jump\w*|drown\w*|die\w*|didnt wake up"
        r"|dont wake up|took (?:them all|all of them|the lot)|do it))?(?= *(?:$|[.!?;,\n]| to"
        r" (?:die|drown|freeze|bleed)))"
        r"|(?:strong|enough) enough to (?:do (?:it|something|the job|damage)|kill)"
        r"|strong enough (?:to do something )?if (?:i|you) (?:take|took) (?:them all|all of them"
        r"|the lot|all)",
        PLAN,
        unless_after=r"\b(?:my (?:\d+ ?yo|son|daughter|kid|child|students?)|(?:he|she"
        r"|they) asked)\b",
        unless=r"\b(?:tattoo|piercing|wax\w*|injection|vaccine|jab|needle|birth|labou?r|surgery"
        r"|filling|dentist|braces|show|movie|film|book|novel|character|game|story|fish|lobster"
        r"|plants?|dog|cat|pet|headache|work|kick in|fever|caffeine|coffee|asked|watched"
        r"|titanic)\b",
    ),
    # Hiding a death as an accident: "make it look like an accident so the insurance pays".
    _rule(
        "look-like-accident",
        "accident|natural causes",
        r"(?:mak(?:e|ing) (?:it|my death|this|things)|(?:so|and) (?:it|itll|itd|it will|it would"
        r"|my death (?:will|would))) (?:look|seem|appear) like (?:an |a )?"
        r"(?:accident|natural causes)",
        PLAN,
        SI,
        unless=r"\b(?:novel|story|book|character|plot|scene|murder\w*|villain|movie|film|show"
        r"|game|dnd|script|mystery|detective|killer|killed|podcast|crime|episode)\b",
    ),
    # A decision that this is the last one: "I've decided this winter is my last".
    _rule(
        "decided-the-last",
        "last",
        r"(?:decided|deciding|planning it|planned it|picked|chosen)\b[^.!?\n]{0,25}?\b(?:this|it"
        r"|that|today|tonight|tomorrow|its|thats)(?: \w+)?(?: is| s| will be| ll be| was)? (?:my"
        r" |the |also )?last(?: (?:one|day|night|winter|summer|christmas|birthday|anniversary"
        r"|morning))?(?= *(?:$|[.!?;,\n]))"
        r"|would (?:be|make) a (?:nice|good|perfect|lovely|beautiful|fitting) (?:last day|day to"
        r" (?:die|go))",
        SI,
        PLAN,
        unless=r"\b(?:smok\w*|cigarettes?|cig|drink|drinks|vape|beer|coffee|slice|piece|biscuit"
        r"|chocolate|season|job|shift|term|semester|school|exam|match|race|tour|show|episode"
        r"|holiday|trip|visit)\b",
    ),
    # Done with living itself, not with a task: "I'm done living", "so done existing".
    _rule(
        "done-living",
        "done|can i|could i",
        # "can I just not exist", asked flat
        r"(?:can|could) i (?:just )?(?:not exist|stop existing|cease to exist|not be alive)"
        + _END
        + r"|(?:im|i am|i m|ill be|i will be|shes|hes|she is|he is|theyre)(?: so| just| completely"
        r"| totally| officially| honestly| really)? done (?:living|existing|being alive|with"
        r" (?:living|existing|being alive|life|this life|being me|being alive))"
        r"(?= *(?:$|[.!?;,\n]| (?:and|i|im|now|tonight|anyway|honestly)\b))",
        SI,
        hyperbole=True,
    ),
    # The life insurance worth more than the writer: "they'd be better off collecting on my
    # life insurance", "the insurance money would do more good than I did".
    _rule(
        "insurance-over-me",
        "insurance|payout",
        r"(?:better off|more good|worth more|more useful|most useful)\b[^.!?\n]{0,40}\b(?:insurance"
        r"|my (?:share of the )?payout)"
        r"|insurance\b[^.!?\n]{0,40}\b(?:better off|more good|worth more|than (?:with )?me|than i"
        r" (?:ever )?(?:did|could|am|earn|make|bring in|am worth))\b"
        r"|collect\w* (?:on )?my (?:life )?insurance"
        r"|(?:so|and|then) (?:they|the kids|my kids|mum|my mum|my family|my wife|my husband)"
        r"(?: still| would| could| will| can)? get (?:the |my )?(?:life )?insurance",
        SI,
        PLAN,
        unless=r"\b(?:premium|quote|renewal|house|car|contents|piano|dad s|dads|his|her)\b",
    ),
    # Everything left used at once, said ahead: "gonna take everything I've got left", "use
    # the lot tonight", with a substance in the message.
    _rule(
        "use-it-all-intent",
        "everything|every thing|all of it|all of them|the lot|it all|them all",
        r"(?:gonna|going to|about to|ready to|want to|wanna|imma|to|im|i m|just)(?: just)?"
        r" (?P<v>take|taking|swallow|drink|drinking|shoot|shooting|use|using|do|doing|finish"
        r"|finishing)(?: up)? (?:every ?thing|all of it|all of them|the lot|it all|them all)"
        r"(?= *(?:$|[.!?;,\n]| (?:i (?:have|ve|got|saved|had)|ive|left|at once|tonight|in one go"
        r"|and)\b))",
        PLAN,
        requires=r"\b(?:pills?|tablets|meds|stash|gear|dope|oxy|benzos?|heroin|fent\w*|needle"
        r"|nod|high|clean|sober|relaps\w*|dealer|narcan|using|use|saved up|bottle|overdose)\b",
        requires_across=True,
        unless=r"\b(?:money|cash|savings|budget|points|leave|holiday|vacation|time|energy"
        r"|strength|advice|course|class|food|pizza|cake|snacks|paint)\b",
    ),
    # "Asking for a friend" turned round: a question about dying, then "asking for me".
    _rule(
        "asking-for-me",
        "asking|ask|for mine|for soon",
        r"(?:asking|ask|asked) (?:for|because of|bc of) (?:me|myself|tonight|soon|later)\b"
        r"|for (?:mine|soon)(?= *(?:$|[.!?;,\n]))",
        SI,
        PLAN,
        unless_after=r"\b(?:it was|my (?:friend|brother|sister|mum|mom|dad|son|daughter))\b",
        requires=r"\b(?:die|dies|died|dying|dead|death|kill\w*|suicide|overdose|funeral|wake"
        r" up|missing|painless|jump\w*|drown\w*|dont come back|never come back|stop\w* eating"
        r"|not eating|heaven|afterlife|on purpose|go early|leave\w* early|nod)\b",
        requires_across=True,
        unless=r"\b(?:asking for a friend|recipe|hair|skin|outfit|diet|plants?|dog|cat|whose"
        r"|died by|lost (?:my|a|her|his|their)|grief|grieving)\b",
    ),
    # Wanting to see what comes after: "do you think heaven is real? I'd like to find out soon".
    _rule(
        "find-out-firsthand",
        "find out",
        r"(?:want|like|going|gonna|about|ready|planning) to find out(?: (?:soon|tonight|for myself"
        r"|firsthand|first hand|myself|sooner|this week))*(?= *(?:$|[.!?;,\n]))",
        SI,
        requires=r"\b(?:heaven|hell|afterlife|after ?life|comes after|anything after|other side"
        r"|dead|die|dying|death|died)\b",
        requires_across=True,
        unless=r"\b(?:results?|exam|test|grades?|scan|biopsy|diagnosis|baby|gender|movie|show"
        r"|season|episode|book|ending|finale|game)\b",
    ),
    # Hiding fresh self-harm: "how do I hide cuts in summer", "clean a cut so nobody notices",
    # "will the scars fade if I keep opening them".
    _rule(
        "hiding-fresh-harm",
        "cut|burn|scar|wound|opening|reopen|re opening|self harm",
        r"(?:hide|hiding|cover|covering|clean|cleaning|explain|disguise) (?:up )?(?:my |the |these"
        r" |those |fresh |new )*(?:cuts|burns|a cut|fresh (?:scars|marks)|self harm|wounds)\b"
        r"(?=[^.!?\n]{0,40}\b(?:so (?:nobody|no one|noone|my \w+|people|they)|from (?:my \w+"
        r"|everyone|people|them)|in summer|at school|at work|thighs|arms|wrists|notices?|sees?"
        r"|asks?|pe|gym|swimming)\b)"
        r"|(?:keep|kept|keeps) (?:re ?)?opening (?:them|it|the (?:cuts|wounds|scars)|my (?:cuts"
        r"|wounds|scars))\b",
        SH,
        unless=r"\b(?:kitchen|cooking|paper cut|surgery|c section|tattoo|piercing|acne|cat|dog"
        r"|garden\w*|shaving|pimple|spot|zit)\b",
    ),
    # A chosen day named in passing: "it's the day I picked".
    _rule(
        "the-day-i-picked",
        "picked|chose|chosen|decided on",
        r"(?:its|thats|is|was|saturday|sunday|monday|tuesday|wednesday|thursday|friday) the"
        r" (?:day|date|night) (?:ive |i )(?:picked|chose|chosen|decided on)(?= *(?:$|[.!?;,\n]))",
        PLAN,
    ),
    # Questions that weigh living itself: "why live", "why should I bother waking up tomorrow",
    # "why am I still here", "would it even matter if I died".
    _rule(
        "why-live",
        "why|matter|benefits",
        r"why (?:should i |would i |do i |even )?(?:bother )?(?:live|living|be alive|waking up"
        r"|wake up|stay alive|staying alive|keep living|keep going|go on|exist|keep existing)"
        r"(?= *(?:$|[.!?;,\n]| (?:tomorrow|anymore|any more|at all)\b))"
        r"|why am i still (?:here|alive|breathing)(?= *(?:$|[.!?;,\n]))"
        r"|(?:would|does|will|why would) it (?:even |really |actually )*matter if i (?:died|die"
        r"|was gone|were gone|wasnt here|disappeared|was dead|killed myself)\b"
        r"|who (?:actually |even |really )*benefits from me (?:staying|being|still being) (?:alive"
        r"|here|around)",
        SI,
        unless=r"\b(?:essay|philosophy|class|lecture|debate|book|novel|character|song|lyrics"
        r"|movie|film|poem|work|office|meeting|party|queue|line|lol|lmao)\b",
    ),
    # An inner part (little me, the teen part, my protector, the exiles) wants the writer dead,
    # out, cut or gone: in parts work the part's wish is the writer's own risk.
    _rule(
        "part-wants-death",
        "little me|younger me|teen me|teenage me|kid me|baby me|child me|yo me|old me|part|exile"
        "|protector|inner|little one|system|alter|younger|teen|kid in|child in|child inside"
        "|kid part|child part|kid inside|girl in me|boy in me|year old in|none of|all of us"
        "|the vote|the system|all of me",
        r"(?:inner (?:child|kid|teen|critic)|(?:little|younger|teen|teenage|baby|kid|child|\d+ yo"
        r"|\d+ year old) me|(?:my|the|a"
        r"|our|this) (?:\w+ )?(?:part|parts|exiles?|protectors?|inner (?:child|kid|teen|critic)"
        r"|little one|system|alters?|younger (?:self|me|parts?|ones?)|teen(?:ager)?(?: part)?"
        r"|kid part|child part|child inside|kid inside|(?:kid|child|teen(?:ager)?|girl|boy|\d+"
        r" year old) in me)(?: of me)?|none of (?:my|the) parts|all (?:of )?(?:my parts|of us"
        r"|my parts))(?: \w+){0,2}?"
        r" (?:wants?|is begging|are begging|keeps? (?:saying|asking|begging|whispering)|says|voted"
        r"(?: for)?)(?: (?:me |us )?(?:to )?(?:just|really|so bad|again))*"
        r" (?:(?:us|me|it|her|them|all of us) )?"
        r"(?:dead|gone|out(?= *(?:$|[.!?;,\n]| of (?:living|life|here|this life|existence|this"
        r" world)))|to (?:die|be dead|cut|bleed|disappear|stop living|stop existing|not (?:be )?"
        r"(?:alive|exist\w*|here)|end it|end (?:it all|us|things|everything)|jump|starve|rest"
        r" forever|be gone|go(?= *(?:$|[.!?;,\n]))|stop(?= *(?:$|[.!?;,\n]| now| living| existing))"
        r"|(?:go back to )?(?:starving|cutting|bleeding)|hurt (?:us|me|him|her|them|myself"
        r"|ourselves))|to be(?= *(?:$|[.!?;,\n]))|kill (?:yourself|myself|ourselves|us)"
        r"|(?:we|i) (?:could|should) (?:just )?(?:jump|die|end it|go|stop))\b"
        r"|the vote (?:is|was) (?:to )?(?:stop|die|end it|go)(?= *(?:$|[.!?;,\n]))"
        r"|(?:im|i am|i m|i) (?:thinking (?:about|of)|want to|going to|gonna|wanna|about to)"
        r" (?:end|ending|kill|killing) (?:all of us|the system|all of me)\b",
        SI,
        SH,
        frame=True,  # a part's words are the writer's own, not an insult reported
        unless=r"\b(?:play|ice cream|toys?|cuddl\w*|hug\w*|snack\w*|safe|seen|heard|loved|held"
        r"|comfort\w*|rest and|sometimes|kit|coping|used it|worked|skills?|distract\w*|passed)\b",
    ),
    # Short farewells and "not like I'll be around": "if I'm gone tomorrow don't be sad", "this
    # is my last check in".
    _rule(
        "short-farewell",
        "gone|not here|not around|dead|not like|last",
        r"if (?:im|i am|i m) (?:gone|not here|not around|dead) (?:tomorrow|tonight|by (?:tomorrow"
        r"|morning|the morning)|in the morning)\b"
        r"|not like (?:ill|i will|im going to|im gonna|i ll) (?:even )?be (?:around|here|alive)"
        r"(?= *(?:$|[.!?;,\n]| (?:anyway|for it|to see)\b))"
        r"|this (?:is|will be|ll be) (?:my|the) last (?:check ?in|message|text|post|entry|prayer)"
        r"(?= *(?:$|[.!?;,\n]))",
        BYE,
        SI,
        unless=_TRAVEL,
    ),
    # Waiting by the line, not for a ride: "waiting for the train. not to get on it".
    _rule(
        "not-to-board",
        "not to get|not to catch|not getting on|not to board|not for get",
        r"not (?:to|for) (?:get on|getting on|catch|board)(?: it| one)?(?= *(?:$|[.!?;,\n]))",
        PLAN,
        requires=r"\b(?:trains?|tracks|platform|railway|express|freight|station)\b",
        requires_across=True,
        unless=r"\b(?:just for|pick\w* (?:up|\w+ up)|meet\w*|waiting for (?:my|a|her|his) \w+)\b",
    ),
    # Someone at a height talking about jumping, or locked in with the means.
    _rule(
        "other-at-risk-now",
        "balcony|roof|bridge|ledge|edge|locked",
        r"(?:on|at) the (?:balcony|roof|bridge|ledge|edge)\b[^.!?\n]{0,30}\b(?:talking about"
        r"|threatening to|saying (?:hell|shell|he ll|she ll|he will|she will|he wants to|she wants"
        r" to|they want to)) (?:jump\w*|end it|kill)"
        r"|locked (?:himself|herself|themselves|themself) in\b[^.!?\n]{0,30}\b(?:with"
        r" (?:a|the|his|her|\w+s) (?:\w+ ){0,2}?(?:knife|blade|razor|pills|tablets|gun|rifle"
        r"|shotgun|firearm|rope|stash)"
        r"(?= *(?:$|[.!?;,\n]| and\b))|and (?:wont|will not) (?:come out|answer|open))\b",
        PLAN,
        DANGER,
        negatable=False,
        unless=r"\b(?:game|movie|film|show|book|lol|haha|cat|dog|keys)\b",
    ),
    # Holding the means, said flat: "holding the blade. not yet".
    _rule(
        "holding-the-means",
        "holding",
        r"holding (?:the|a|my|these|those) (?:blade|razor|pills|tablets|rope|noose|gun)"
        r"(?= *(?:$|[.!?;,\n]| (?:again|right now|now|in my hand|and)\b))",
        PLAN,
        unless=r"\b(?:kitchen|cooking|shav\w*|craft\w*|hobby|plane|toy|nerf|water gun|glue gun"
        r"|vitamins?|prescription|pharmacy)\b",
    ),
    # One's own funeral prepared: picked hymns, a dress, a playlist, a eulogy. A sign on its
    # own (many people plan their funerals calmly); a crisis when it is soon or not a joke.
    _rule(
        "own-funeral-prepared",
        "funeral|memorial|eulogy|obituary",
        r"(?:picked|chose|chosen|choosing|ordered|bought|made|making|wrote|written|writing"
        r"|recorded|planned|planning|sorted) (?:out )?(?:the |a |my |all the )?(?:\w+ )?"
        r"(?:hymns?|songs?|music|playlist|readings?|dress|outfit|suit|flowers|eulogy|order of"
        r" service|coffin|casket|urn) (?:for|at) my (?:own )?(?:funeral|memorial)\b"
        r"|(?:writing|wrote|written|write) my own (?:eulogy|obituary)",
        PLAN,
        weak=True,
        unless=r"\b(?:years ago|funeral plan|prepaid|pre paid|organised|organized|practical"
        r"|morbid|lol|haha)\b",
    ),
    _rule(
        "own-funeral-soon",
        "funeral|memorial|eulogy|obituary",
        # led by the words before it, so that a clarifying next sentence ("It'll be soon.") counts
        r"(?:\w+ ){0,6}?(?:for|at) my (?:own )?(?:funeral|memorial)\b"
        r"|(?:\w+ ){0,4}?my own (?:eulogy|obituary)\b",
        PLAN,
        SI,
        reach=100,
        requires=r"\b(?:soon|tonight|this week|not a joke|no joke|not sick|not ill|it ll be|itll"
        r" be|for mine)\b",
        requires_across=True,
        unless=r"\b(?:years ago|funeral plan|prepaid|pre paid|organised|organized|lol|haha)\b",
    ),
    # Asking not to be stopped, next to a word of going: "I'm going tonight, please don't try to
    # stop me", "now I want to rest. Please don't try to talk me out of it."
    _rule(
        "dont-stop-me",
        "stop me|talk me out|change my mind",
        r"(?:dont|do not|please dont|pls dont|no one can|nobody can|nobody could|no one could)"
        r" (?:try (?:to|and) |even try to )?(?:stop me|talk me out of (?:it|this)|change my mind)"
        r"(?= *(?:$|[.!?;,\n]| (?:this time|now|anymore)\b))",
        PLAN,
        SI,
        requires=r"\b(?:rest|permanent\w*|tonight|counted|peace|ready|decided|goodbye|bye|angels"
        r"|heaven|waiting|going|done|over|gone|dialysis|treatment|tablets|pills)\b",
        requires_across=True,
        unless=r"\b(?:hair\w*|fringe|tattoo|piercing|buy\w*|bought|puppy|kitten|car|trip"
        r"|holiday|marathon|skydiv\w*|job|quit\w*|dress|wedding|order\w*|cake|dessert|party"
        r"|concert|move|moving|lol|haha)\b",
    ),
    # "Forgive me for what I'm about to do"; "choosing my own time".
    _rule(
        "forgive-what-i-will-do",
        "forgive me|own time|own day|own ending|own exit",
        r"forgive me for what (?:im|i am|i m) (?:about|going) to do\b"
        r"|(?:choosing|choose|chose|picking|pick|picked) my own (?:time|day|ending|exit)"
        r"(?= *(?:$|[.!?;,\n]))",
        SI,
        PLAN,
        unless=r"\b(?:eat|eating|cake|lol|haha|pun|joke|say|write|cook\w*|sing\w*|diet|sugar"
        r"|study|revision|bedtime|schedule)\b",
    ),
    # A one-word sentence that makes a rest or a sleep final: "I want to rest. Permanently."
    _rule(
        "permanently-after",
        "permanently|for good|forever",
        r"(?<=[.!?] )(?:permanently|for good|forever)(?= *(?:[.!?;,\n]|$))"
        r"|sort\w* (?:myself|me|it all) out (?:permanently|for good)\b",
        SI,
        hyperbole=True,
        requires=r"\b(?:rest|sleep|stop|disappear|vanish|be gone|not wake|close my eyes|be over"
        r"|end it|end things|myself)\b",
        requires_across=True,
        unless=r"\b(?:job|work|office|city|country|town|spain|abroad|moving|move|flat|house"
        r"|social media|app|account|diet|sugar|booze|drinking|smoking|vaping|ex|him|her)\b",
    ),
    # Ending it before an illness does: "finish it myself before it finishes me", "go on my
    # own terms", "not hanging about for the end", "I might help it along".
    _rule(
        "before-the-illness-does",
        "before it|before the|before this|own terms|for the end|help it along|helping it along"
        "|while i",
        r"(?:finish|end) (?:it|things|myself|me)(?: \w+)? before (?:it|the \w+|this) (?:finishes"
        r"|gets|takes|ends) me\b"
        r"|(?:go|die|end it|end things|going)(?: first)?(?: ,)? on my own terms\b"
        r"|not (?:hanging|sticking|waiting) (?:about|around) for the end\b"
        r"|(?:go|die|end it|end things|end my life)(?: first)?(?: ,)? while i (?:still )?(?:can"
        r"|know (?:my|who)|have (?:my|the)|am (?:still )?able)\b"
        r"|(?P<v>might|could|will|going to|gonna|ill|i ll|thinking of|thinking about|may)"
        r" (?:just )?help(?:ing)? it along\b",
        SI,
        PLAN,
        requires=r"\b(?:months?|weeks?|diagnos\w*|terminal|end|die|dying|death|sooner|cancer"
        r"|dementia|alzheimers|illness|disease|scan|chemo|ms|parkinsons|als|mnd|decline|while i"
        r" still|finish\w*)\b",
        requires_across=True,
        unless=r"\b(?:job|contract|lease|relationship|marriage|career|project|retire\w*"
        r"|business|shop|company)\b",
    ),
    # Someone at the door now, with fear or a weapon near: "he's outside the bedroom door and
    # I'm scared", "he's yelling at the door", "he found where I live".
    _rule(
        "someone-at-the-door",
        "outside|at the|at my|at our|banging|pounding|kicking|shouting|yelling|trying to|found"
        "|standing",
        r"(?:he|she|they|hes|shes|theyre|someone|somebody)(?: is| s| are| re| keeps)?(?: \w+)?"
        r"(?: and)? (?:outside|at|banging on|pounding on|kicking|shouting (?:outside|at)|yelling"
        r" (?:outside|at)|trying to (?:get|break) (?:in|through)|standing (?:outside|at))"
        r" (?:the|my|our) (?:\w+ )?(?:door|window|room|bathroom|bedroom|house|flat)\b"
        r"|(?:he|she|they) (?:has |have )?found (?:out )?where (?:i|we) (?:live|am|are|stay)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:scared|frightened|terrified|afraid|right now|hiding|hid|locked|belt"
        r"|knife|gun|weapon|found where|coming back|back tonight|help|punish\w*|hurt|hit|hits"
        r"|broke|threat\w*|the one from before|flashback|baby|in here|whisper\w*|chain)\b",
        requires_across=True,
        unless=r"\b(?:pizza|delivery|parcel|package|postman|courier|amazon|uber|surprise|flowers"
        r"|lol|haha|cat|dog|kitten|puppy|birthday|party|carol\w*|trick or treat|neighbours? kid"
        r"|spider|moth|bird)\b"
        r"|scared (?:she|he|they)(?:ll| ll| will| might) (?:see|find|notice|judge|think|know)",
    ),
    # Hurt in the present tense, habitually or just now: "she slaps me when nobody is here",
    # "his hands were on my throat an hour ago", "I can hear him hitting her".
    _rule(
        "hurt-habitually-or-just-now",
        "hits|slaps|punches|kicks|chokes|beats|strangles|pinches|burns|hitting|slapping|hands"
        "|hand|fingers|arm|hear",
        r"(?:he|she|they|someone|somebody|my \w+|the \w+ from the \w+|(?:step)?(?:dad|mum|mom"
        r"|father|mother)|husband|wife|partner|boyfriend|girlfriend|carer|brother|sister)"
        r" (?:still |always |often |keeps )?(?:hits|slaps|punches|kicks"
        r"|chokes|beats|strangles|pinches|burns|hitting|slapping) (?P<p1>me|us)\b"
        r"|(?:hands?|fingers|arm) (?:was|were|is|are) (?:on|around|round) (?P<q1>my) (?:throat"
        r"|neck)\b"
        r"|(?:i can|can|i could) hear (?:him |her |them |someone )?(?:hitting|punching|beating"
        r"|slapping|smashing|kicking)\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:game|fortnite|minecraft|playing|play fight\w*|tickl\w*|pillow|physio"
        r"|massage|doctor|dentist|chiro\w*|yoga|karate|boxing|sparring|training|wrestl\w*|judo"
        r"|kids? (?:is|are) playing|lol|haha|waves?|ball|tennis|music|drums|the wall to"
        r"|hammer|diy|builders?|renovat\w*|lights|sun|every year|date|anniversary|memory"
        r"|memories|grief|reality)\b",
    ),
    # "Did it again" where the message is about self-harm: "wrists hurt. did it again",
    # "how long do burns take to heal? I did it again last night".
    _rule(
        "did-it-again-harm",
        "did it again|done it again",
        r"(?:did|done) it again(?: (?:tonight|last night|this morning|today|just now|earlier))?"
        r"(?: ,)?(?: deeper(?: than (?:usual|before|last time))?)?(?= *(?:$|[.!?;,\n]))",
        SH,
        requires=r"\b(?:cut (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))|cuts|cutting"
        r"|burns|wrists?|thighs?|arms?|blades?|razors?|bleed\w*|deeper|scars?|hurts me"
        r"|hurt myself|self harm\w*|sh|skin|wounds?)\b",
        requires_across=True,
        unless=r"\b(?:toast|cooking|kitchen|oven|sunburn\w*|hair|fringe|paper|lol|haha|bed"
        r"|keys|phone|exam|test|gym|workout|run|running|leg day|squats|climb\w*|swim\w*)\b",
    ),
    # Finishing an earlier attempt: "thinking about finishing what she started" (an inner
    # part's attempt at twelve), "going to finish what I started" (after walking out of rehab).
    _rule(
        "finish-what-was-started",
        "finish",
        # led by its frame, so that the earlier attempt may be told in the sentence before
        r"(?:(?:im|i am|i m|going to|gonna|about to|thinking about|want to|will|ill|i will)"
        r"(?: \w+){0,2}? )?(?P<v>finish|finishing|finished) (?:off )?what (?:i|she|he|they|we"
        r"|little me|\w+ me)"
        r" (?:started|began|tried)\b",
        SI,
        PLAN,
        requires=r"\b(?:attempt\w*|overdose\w*|pills|suicid\w*|tried to (?:die|kill|end)|me tried"
        r"|rehab|relaps\w*|using|die|dead|death|end it|kill myself)\b",
        requires_across=True,
        unless=r"\b(?:project|essay|degree|course|book|novel|painting|puzzle|marathon|race|job"
        r"|renovation|kitchen|garden|knitting|series|game)\b",
    ),
    # Settling what happens after one's death, with the death soon: "who gets my stuff if I
    # die? need it sorted before friday, after that it won't matter".
    _rule(
        "after-my-death-soon",
        "die|died|dead|gone",
        # led by the question before it, so that "soon" may follow in the next sentence
        r"(?:\w+ ){0,8}?(?:after i die|if i (?:die|died)|(?:if|when|once|after) (?:im|i m|i am)"
        r" (?:dead|gone))\b",
        PLAN,
        reach=100,
        requires=r"\b(?:soon|wont matter|won t matter|leave a mess|before (?:friday|saturday|sunday"
        r"|monday|tuesday|wednesday|thursday|the weekend|tonight)|this week|tonight)\b",
        requires_across=True,
        unless=r"\b(?:pension|retire\w*|someday|one day|eventually|old|older|years|decades|kids"
        r" are grown|in case|just in case|life insurance|holiday|flight|trip|surgery|operation"
        r"|game|boss|level|controller|respawn|lives|again)\b",
    ),
    # When the body or the note will be found: "I want them to find me before it gets bad",
    # "make sure nobody finds the note too early", "how long before anyone would find me".
    _rule(
        "found-after",
        "find|finds|found|finding",
        r"(?:find|finds|found|finding) (?:me|us|my body|the note|my note|the letter|my letter"
        r"|the letters)(?: \w+){0,2}? (?:before it gets bad|too early|too soon|in time|after"
        r"(?= *(?:$|[.!?;,\n])))"
        r"|(?:how long|how many days)(?: \w+){0,3}? (?:would|will|d|till|until|before)"
        r" (?:anyone|anybody|someone|somebody|they|people) (?:would )?(?:find|found) me\b",
        PLAN,
        BYE,
        negatable=False,  # "make sure nobody finds me too soon" is the plan, not a denial
        unless=r"\b(?:treasure|hunt|surprise|present|gifts?|birthday|easter|game|hide and seek"
        r"|hiding spot|lost|missing (?:dog|cat)|hike|hiking|trail|woods walk|signal)\b",
    ),
    # A decision left unnamed, next to a strange calm: "I'm not sad anymore. I've decided.",
    # "is it weird to feel peaceful now I've decided?", "what's the point of therapy if I've
    # already decided".
    _rule(
        "unnamed-decision",
        "decided",
        r"(?:ive|i have|i ve|its|it s|it is|i|i kind of|i kinda|already|now ive|now i have)"
        r"(?: \w+){0,2}? decided(?= *(?:$|[.!?;,\n]))",
        SI,
        requires=r"\b(?:calm|calmer|peace|peaceful|not sad|not scared|therapy|therapist|whats the"
        r" point|quiet now|relief|relieved|understand|forgive\w*|make it to|ready|scares me"
        r"|cry for help|just informing you)\b",
        requires_across=True,
        unless=r"\b(?:job|uni|university|course|degree|move|moving|breakup|break up|divorce|quit"
        r"|pizza|dinner|holiday|wedding|dress|name|baby|vegan|diet|leave him|leave her|leaving"
        r" him|leaving her|house|flat|car|tattoo|hair|school|college|career|offer)\b",
        unless_after=r"\b(?:moving|move|quitting|leaving (?:him|her|them|my job)|going back|getting"
        r"|buying|booking|booked|starting|applying|taking the|pasta|pizza)\b",
    ),
    # -- German ---------------------------------------------------------------------------
    _rule(
        "de-desire-death",
        "sterben|tot|nicht|nich mehr|nich so|nich leb|nich weiter|nich exist|nich aufwach"
        "|nie mehr|nie wieder|einschlafen|verschwinden|fur immer|mich|mir|von der|von einer"
        "|den loffel|den loeffel"
        "|vor den|vor einen",
        r"(?P<v>(?:ich )?(?:will|mochte|moechte|mocht|wurde gern|wuerde gern|wurde gerne"
        r"|wuerde gerne|wunsche mir|wuensche mir|wunschte|wuenschte|sehne mich danach|bin bereit))"
        r"(?: (?:einfach|nur|endlich|lieber|gern|gerne|so|echt|wirklich|jetzt|bald|am liebsten"
        r"|ganz|doch|halt|zu))* (?:sterben|tot sein|tot\b|nicht? mehr (?:lebe?n|da sein|hier sein"
        r"|aufwachen|sein|existieren|weiterleben|weitermachen|atmen)|nicht? (?:so )?(?:lebe?n"
        r"|weiterleben|existieren|aufwachen)|nie (?:mehr|wieder) aufwachen|einschlafen und nicht"
        r" mehr aufwachen|verschwinden fur immer|fur immer verschwinden|mich umbringen|mich toten"
        r"|mir das lebe?n nehmen|mich erhangen|mich aufhangen|von (?:der|einer) brucke springen"
        r"|vor (?:den|einen) zug (?:springen|werfen)|mich vor (?:den|einen) zug werfen|mich ritzen"
        r"|mich verletzen|mir weh tun|mir wehtun|den (?:loffel|loeffel) abgeben)",
        SI,
    ),
    _rule(
        "de-wish-dead",
        "ware|waere|nie geboren|wunschte|wuenschte",
        r"(?:ware|waere|wär) (?:lieber |einfach |am liebsten |besser )?(?:tot|nie geboren|nicht"
        r" (?:mehr )?(?:da|hier|am lebe?n))|nie geboren (?:worden )?(?:ware|waere)|(?:ware|waere)"
        r" ich (?:doch )?(?:tot|nie geboren)",
        SI,
        negatable=False,
    ),
    _rule(
        "de-acts",
        "mich|sich|mir|bringe|bring|nehm|genommen",
        r"(?<!konnt )(?<!konnte )(?<!koennt )(?<!koennte )"
        r"(?:(?P<p1>mich)|(?P<p3>sich)) (?:(?!nicht?\b)\w+ ){0,3}?(?:umbringen|umbringt|umzubringen"
        r"|toten|zu toten|erhangen|aufhangen|aufzuhangen|erschiessen|vergiften|ertranken|ritzen"
        r"|verletzen|verbrennen)"
        r"|(?:ich |i )?(?P<v>bringe|bring) (?P<q1>mich|mi) (?:(?!nicht\b)\w+ ){0,3}?um\b"
        r"|(?P<w>bringt|bringen) (?P<q3>sich) (?:(?!nicht\b)\w+ ){0,3}?um\b"
        r"|(?:(?P<r1>mir)|(?P<r3>sich)) (?:(?!nicht?\b)\w+ ){0,3}?(?:das lebe?n (?:zu )?nehmen"
        r"|etwas antun|was"
        r" antun|was anzutun|etwas anzutun|weh tun|wehtun|schaden)"
        r"|(?:nehm\w*|genommen) (?:mir|sich) das lebe?n|tu\w* (?:mir|sich) (?:was|etwas) an\b",
        SI,
    ),
    _rule(
        "de-life-negated",
        "nicht mehr|nich mehr|kein|lebensmud|lebnsmud|keinen|lebens|aufhoren zu|ka |koa |kei "
        "|nimma|nimmer|numme|nuemme|nimmi",
        r"(?:will|mochte|moechte|mag|kann) (?:einfach |echt |wirklich |auch )?nicht? mehr"
        r" (?:lebe?n|da sein|hier sein|aufwachen|existieren|weiterleben)"
        # "Ich mag nicht mehr sein.", "Ich wäre lieber nicht mehr da."
        r"|(?:will|mochte|moechte|mag) (?:einfach |echt |wirklich )?nicht mehr sein"
        r"(?= *(?:[.!?;,\n]|$))|lieber nicht mehr (?:da|hier|am leben)\b"
        r"|(?:kein\w*|ka|koa|kei) (?:sinn|grund|bock|lust|willen|kraft) (?:mehr )?(?:, )?"
        r"(?:zu|zum|am)"
        r" (?:lebe?n|lebn"
        r"|weiterleben)"
        r"|lebe?nsmude|lebe?nsmuede|kein lebe?nswille|keinen lebe?nswillen"
        r"|(?:will|wott|wett|mog|mag|mocht|moecht)\w* (?:\w+ )?(?:nimma|nimmer|numme|nuemme|nimmi)"
        r" (?:da |do |hier )?(?:si|sei|sein|lebe?n|lebn)\b"
        r"|kein bock mehr auf (?:das )?lebe?n|aufhoren zu existieren"
        r"|(?:das )?lebe?n (?:ist )?"
        r"nicht (?:mehr )?lebe?nswert",
        SI,
        negatable=False,
    ),
    _rule(
        "de-end-it",
        "ende|beend|schluss",
        r"(?:allem|meinem leben|dem ganzen|alles|dem allen) (?:ein )?ende (?:setzen|machen"
        r"|bereiten)"
        r"|(?:mein leben|alles|es) beenden" + _END + r"|schluss machen mit (?:allem|dem leben"
        r"|meinem leben)|mach\w* (?:\w+ ){0,3}?schluss mit (?:allem|dem leben|meinem leben)"
        r"|(?:heute|heut) (?:nacht|abend) (?:mach|mache) ich schluss" + _END,
        SI,
    ),
    _rule(
        "de-nouns",
        "selbstmord|suizid|freitod|selbstverletz|selbsttotung",
        r"(?P<v>selbstmord\w*|suizid\w*|freitod|selbstverletz\w*|selbsttotung\w*)\b"
        r"(?<!pravention)(?<!praevention)(?<!rate)(?<!raten)(?<!forschung)(?<!statistik)",
        SI,
        mention=True,
    ),
    _rule(
        "de-self-harm",
        "ritz|geritzt|aufgeritzt|schneide|verletze|verbrenne|schlage|mich|mir",
        r"\b(?P<v>ritze|ritzen|ritzt|ritzte|ritzten|geritzt|ritzwunden|ritzerei|aufgeritzt"
        r"|ritz mich)\b"
        r"|(?:ich )?(?:schneide|verletze|verbrenne|schlage) mich (?:selbst|wieder|absichtlich"
        r"|jeden tag|oft|immer)|(?:mich|mir) (?:selbst )?(?:wieder )?(?:geschnitten|verletzt"
        r"|verbrannt) (?:absichtlich|mit absicht|wieder)",
        SH,
    ),
    _rule(
        "de-plans",
        "tablett|pillen|abschied|brucke|zug|strick|schienen|hochhaus",
        r"(?:tabletten|pillen|medikamente)\b[^.!?]{0,30}\b(?:gesammelt|sammeln|sammle|gehortet"
        r"|horten|gebunkert|bunkern|alle genommen|geschluckt|gespart)"
        r"|(?:alle|viele|eine packung|die ganze packung|die ganzen) (?:meine )?(?:tabletten|pillen"
        r"|medikamente) (?:genommen|geschluckt|nehmen|schlucken)"
        r"|abschiedsbrief\w*|(?:von (?:der|einer|dem) (?:brucke|dach|hochhaus|balkon)|vor (?:den"
        r"|einen) zug|auf die schienen) (?:zu )?(?:springen|werfen|gesprungen|legen)"
        r"|\bstrick\b[^.!?]{0,30}\b(?:gekauft|besorgt|hals|aufhangen|decke)",
        PLAN,
        SI,
    ),
    _rule(
        "de-farewell",
        "lebt wohl|leb wohl|das ist|dies ist|ich verabschiede|danke fur alles|danke fuer alles",
        r"lebt wohl|leb wohl|(?:das|dies) ist (?:mein )?(?:abschied|lebewohl)|ich verabschiede"
        r" mich (?:fur immer|von allen|von euch|von dieser welt)",
        BYE,
        negatable=False,
    ),
    _rule(
        "de-hopeless",
        "ich kann|kann nicht|es hat|hat keinen|hoffnungslos|last|halte|will nicht|ausweg"
        "|verschwind|sinnlos",
        r"(?:ich )?kann nicht mehr\b|es hat (?:alles )?keinen sinn(?: mehr)?|hoffnungslos"
        r"|(?:ich bin|bin) (?:nur )?(?:eine|ne) last|ich halte (?:das|es) nicht mehr aus"
        r"|ich will nicht mehr" + _END + r"|keinen ausweg|ich will (?:einfach )?verschwinden"
        r"|alles ist sinnlos",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    # Regional German: Swiss "nümm da si", Bavarian/Austrian "nimma", "müed vom Läbe", "ka
    # Kraft mehr zum Weiterlebn"; tired of life itself rather than of work.
    _rule(
        "de-regional-life-negated",
        "nimmer|nimma|numm|num|nume|nimmi|mude|muede|mued|muad|kraft|energie|mut",
        r"(?:will|wott|wett|mog|mag|mocht|moecht|mochte|moechte|wurd|wuerd)\w* (?:\w+ ){0,3}?"
        r"(?:nimmer|nimma|numm|nuemm|nummer|nimmi|nume|num) (?:da |do |hier )?(?:si|sei|sein"
        r"|lebe?n|lebn|labe|existiere?n?)\b"
        r"|(?:mude|muede|mued|muad) (?:vom|vo|von) (?:lebe?n|lebn|labe|dasein|existieren)\b"
        r"|(?:kein\w*|ka|koa|kei) (?:kraft|energie|mut) (?:mehr )?(?:zum|zu) (?:weiterlebe?n"
        r"|weiterlebn|lebe?n|lebn)\b",
        SI,
        negatable=False,
    ),
    # The writer's absence as a coming fact: "wenn ich nicht mehr da bin", "leichter für alle,
    # wenn ich weg wäre", "würde es jemand merken, wenn ich weg wäre".
    _rule(
        "de-absence",
        "nicht mehr|nimmer|nimma|nie mehr|besser|leichter|einfacher|merk|vermiss|glaub|egal"
        "|effizienter|praktischer"
        "|wurscht|wurst",
        r"(?:wenn|falls|sobald) ich (?:\w+ ){0,2}?(?:nicht mehr|nimmer|nimma|nie mehr) (?:da"
        r"|hier|am lebe?n) (?:bin|ware|waere|war|sein werde)\b"
        r"|(?:besser|leichter|einfacher|effizienter|praktischer)\b[^.!?]{0,40}\b(?:wenn|falls)"
        r" (?:\w+ ){0,6}?ich"
        r" (?:\w+ )?(?:nicht mehr da|nicht mehr hier|tot|(?:einfach |fur immer |endgultig )weg)\b"
        r"|(?:besser|leichter) (?:fur|fuer) (?:alle|jeden|euch|meine \w+)\b[^.!?]{0,12}\bwenn ich"
        r" (?:\w+ )?weg\b"
        r"|(?:glaub|glaube) (?:\w+ )?nicht(?: ,)? dass ich (?:dann|da|nachste woche|morgen"
        r"|bis dahin) noch (?:da|hier|am lebe?n) (?:bin|sein werde)\b"
        r"|(?:egal|wurscht|wurst)(?: ,)? ob (?:i|ich) (?:no|noch) (?:da|do|hier) (?:bi|bin) oder"
        r" (?:nicht|nod|ned|net|nit)\b"
        r"|(?:merk\w*|vermiss\w*)\b[^.!?]{0,30}\bwenn ich (?:\w+ )?(?:weg|tot|nicht mehr da)"
        r" (?:ware|waere|war|bin)\b",
        SI,
        negatable=False,
        unless=r"\b(?:urlaub|reise|ferien|umzug|ausland|arbeit|krankenhaus|kur|wochenende|schicht"
        r"|party|feier|kurz|minuten|stunden)\b",
        unless_after=r"\b(?:urlaub|reise|ferien|umzug|ausland|kur|krankenhaus|dienstreise)\b",
    ),
    # Asking God to be taken, praying not to wake, falling asleep "and that's it", not caring
    # whether one wakes; wanting to go to a dead parent "in den Himmel".
    _rule(
        "de-taken-in-sleep",
        "gott|herr|jesus|bete|wunsch|wuensch|hoffe|egal|aufwach|himmel|nach oben|ins grab"
        "|da oben|da rauf|bitte|warte",
        r"(?:gott|herrgott|herr|jesus)\b[^.!?]{0,20}\b(?:hol|nimm|holst|nimmst) (?:du )?mich"
        r" (?:\w+ ){0,4}?(?:zu dir|zu sich|heim|zu dir nach hause|weg)\b"
        r"|(?:bete|wunsch\w*|wuensch\w*|hoffe)\b[^.!?]{0,30}\b(?:nicht mehr|nie mehr|nie wieder"
        r"|nimmer|nimma) aufwach\w*"
        r"|(?:wunsch\w*|wuensch\w*|hoffe|bete)\b[^.!?]{0,50}\beinschlaf\w* und (?:fertig|aus|vorbei"
        r"|weg|schluss)\b"
        r"|egal(?: ,)? ob ich (?:\w+ ){0,2}?(?:aufwache|aufwach|uberlebe|ueberlebe)\b"
        r"|(?:(?:gott|herrgott|herr|jesus)\b[^.!?]{0,30}\bbitte|bete)\b[^.!?]{0,40}\bmich"
        r" (?:\w+ ){0,3}?(?:zu )?(?:holen|zu dir zu nehmen|heimzuholen)\b"
        r"|warte\w* (?:\w+ ){0,3}?darauf(?: ,)? (?:ihm|ihr|ihnen) zu folgen\b"
        r"|wenn ich\b(?: \w+){0,3}? (?:nicht mehr|nimmer|nimma|nie mehr) aufwach\w*\b[^.!?]{0,30}"
        r"\b(?:ok|okay|egal|recht|gut|nicht schlimm)\b"
        r"|(?:will|mocht\w*|moecht\w*) (?:\w+ )?zu (?:meiner|meinem|mein) (?:mama|mutter|papa|vater"
        r"|oma|opa|frau|mann|sohn|tochter|bruder|schwester) (?:in den himmel|nach oben|ins grab"
        r"|da oben|da rauf)",
        SI,
        negatable=False,
    ),
    # Possessions given away with "brauch ich eh nimmer"; means ready to hand; cutting as
    # relief ("wenn ich mich schneid", "wieder geschnitten").
    _rule(
        "de-affairs-and-means",
        "brauch|tablett|pillen|medikament|schlaftablett|klinge|rasierklinge|gefahrlich"
        "|todlich|sammle|sammel|gesammelt|horte|gehortet|bunkere|nehm|nehme|schluck|wie viele",
        r"brauch\w* (?:ich|ihn|sie|es|das|i) (?:eh |sowieso |ja |dann |jetzt )*(?:nimmer|nimma"
        r"|numm|nicht mehr|nie mehr)\b"
        r"|(?:tabletten|pillen|medikamente|schlaftabletten|klinge|rasierklinge)\b (?:\w+ )?"
        r"(?:schon |bereits |alle )?(?:hier|neben mir|vor mir|bereit|griffbereit|in der hand)\b"
        r"|(?:nehm|nehme|schluck|schlucke) (?:heut |heute |jetzt |gleich )*(?:abend |nacht )?alles"
        r"(?: ,)? was ich (?:noch )?(?:hab|habe|da hab|finde)\b"
        r"|wie viele (?:tabletten|pillen|schlaftabletten) (?:\w+ ){0,2}(?:todlich|braucht man"
        r"|brauche ich)\b"
        r"|welche (?:\w+ ){0,4}(?:medikamente|medikamenten|tabletten|pillen) (?:\w+ ){0,2}"
        r"(?:gefahrlich|todlich)\b"
        r"|(?:sammle|sammel|gesammelt|horte|gehortet|bunkere) (?:\w+ )?\w*(?:tabletten|pillen"
        r"|medikamente)\b",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:verschenkt|hergegeben|weggegeben|vermacht|hab|habe|liegen|liegt|fur den"
        r" fall|nur so|alles|meine|meinen|heimlich|niemand)\b",
        requires_across=True,
        unless=r"\b(?:arzt|arztin|apotheke|verschrieben|rezept|dosis|umzug|ausmisten|aussortiert"
        r"|oma nimmt|patient\w*|pflege\w*|zu klein|kaputt|urlaub|mit in|koffer|reise)\b",
    ),
    _rule(
        "de-cutting-regional",
        "schneid|geschnitten|gschnitten",
        r"(?:ich )?(?:mich|mi) (?:\w+ )?(?:schneid|schneide|schneiden)\b(?! (?:mir )?(?:die|das"
        r" haar|haare))"
        r"|(?:wieder|schon wieder|nochmal|erneut) (?:\w+ )?(?:geschnitten|gschnitten)\b",
        SH,
        requires=r"\b(?:druck|weg|wieder|heut|heute|abend|nacht|erste mal|monaten|wochen|drang"
        r"|klinge|rasierklinge)\b",
        unless=r"\b(?:haar\w*|frisur|gemuse\w*|zwiebel\w*|kochen|kuche|kueche|brot|papier"
        r"|rasier(?!klinge)"
        r"\w*|finger|hecke|rasen|stoff|film|video|szene|interview)\b",
    ),
    # Danger now in colloquial German: "er steht vor der Tür und hämmert", "hab mich im Bad
    # eingsperrt", "er bringt mi um".
    _rule(
        "de-danger-now",
        "tur|wohnungstur|haustur|zimmertur|eingesperrt|eingsperrt|eingeschlossen"
        "|eingschlossen|versteckt|verschanzt|bringt|bringe|hat|hot|umbringen|abstechen",
        r"(?:steht|ist) (?:\w+ ){0,2}?vor (?:meiner|der|unserer|meine) (?:tur|wohnungstur|haustur"
        r"|zimmertur) (?:und|,) ?(?:\w+ )?(?:hammert|schreit|tritt|brullt|droht|schlagt|randaliert"
        r"|klingelt sturm)\b"
        r"|(?:hab|habe) (?:mich|mi) (?:\w+ ){0,3}?(?:eingesperrt|eingsperrt|eingeschlossen"
        r"|eingschlossen|versteckt|verschanzt)\b"
        r"|(?:er|sie) (?:\w+ ){0,2}?(?:bringt|bringe) (?:mi|mich) (?:\w+ )?um\b"
        r"|(?:hat|hot) (?:mi|mich) (?:grad|gerade|eben|vorhin|grade) (?:\w+ ){0,4}?(?:geschmissen"
        r"|gschmissn|gschmissen|geschlagen|gschlagn|gewurgt|getreten|gestossen|gstossn)\b"
        r"|(?:umbringen|abstechen)\b[^.!?]{0,50}\b(?:hol|hole|nehm|nehme|schnapp) (?:\w+ )?(?:jetzt"
        r" |gleich )?(?:das|ein|mein|n) messer\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:er|sie|ex|vater|papa|stiefvater|freund|mann|schreit|brullt|hammert|tritt"
        r"|schlagt|messer|angst|droht|gsagt|gesagt|gschrieben|geschrieben|besoffen|gsoffen)\b",
        unless=r"\b(?:spiel|film|serie|verstecken|escape|witz|haha|lol|als ich klein|fruher"
        r"|schlussel|ausgesperrt|aus versehen|paket|post|lieferung|lieferant|nachbar\w*)\b",
    ),
    # Wanting to die as an infinitive under a question ("ist es falsch, sterben zu wollen?"),
    # not caring whether one wakes after taking everything ("mal sehen, ob ich aufwach"),
    # gone "und zwar endgültig", a friend who swallowed a packet on purpose.
    _rule(
        "de-wish-infinitive",
        "sterben|tot|mich umbringen|mich toten|nicht mehr leben|mal sehen|mal schauen"
        "|endgultig|fur immer|fuer immer|absichtlich",
        r"(?:sterben|tot sein|mich umbringen|mich toten|nicht mehr leben) zu wollen\b"
        r"|mal (?:sehen|schauen)(?: ,)? ob ich (?:\w+ )?(?:wieder |noch )?(?:aufwach\w*|uberlebe)\b"
        r"|weg(?: ,)? (?:und zwar )?(?:endgultig|fur immer|fuer immer)\b"
        r"|absichtlich (?:\w+ ){0,3}(?:packung|tabletten|pillen|alles|schlaftabletten)"
        r" (?:\w+ )?(?:geschluckt|genommen|eingeworfen)",
        SI,
        unless=r"\b(?:urlaub|umzug|ausland|reise|job|firma|stadt|handy|social media|insta)\b",
    ),
    # "Pass auf dich auf" as a parting word: weak, a crisis next to "danke für alles".
    _rule(
        "de-take-care",
        "pass gut|pass auf|pass mir|tschuss|ciao|servus|kummer",
        r"pass (?:gut |mir gut )?auf (?:dich|di|dich selbst|euch) auf"
        r"|(?:tschuss|ciao|servus) an alle|kummer\w* dich um (?:meine|meinen) (?:katze|kater|hund"
        r"|pflanzen|tiere)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:heute|morgen|bis bald|bis dann|bis spater|wochenende|urlaub|reise|fahrt"
        r"|flug|strasse|glatteis|wetter|krank|erkaltung|schule|arbeit|prufung)\b",
    ),
    # Goodbyes already said to everyone, as in English "said my goodbyes".
    _rule(
        "de-said-goodbyes",
        "verabschiedet",
        r"(?:hab|habe) mich (?:schon |heimlich |bereits |still )?von (?:allen|jedem|allen anderen"
        r"|meiner familie|allen die ich liebe) verabschiedet",
        BYE,
        negatable=False,
        unless=r"\b(?:urlaub|reise|party|feier|umzug|ausland|rente|job|arbeit|abschiedsfeier"
        r"|kollegen|flughafen)\b",
    ),
    # "Dieser Winter wird mein letzter": a time chosen as the last.
    _rule(
        "de-last-season",
        "letzter|letztes|letzte",
        r"(?:dieser|dieses|diese|der|das) (?:winter|sommer|herbst|fruhling|jahr|weihnachten|woche"
        r"|monat|geburtstag) (?:\w+ )?(?:mein|meine) (?:letzter|letztes|letzte)(?: (?:wird|ist|sein"
        r" wird))?\b",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:job|arbeit|firma|schule|studium|uni|verein|team|saison|wohnung|stadt|hier in"
        r"|im|in|an der|bei|als)\b",
    ),
    # Death as a comfort: "der Gedanke, nicht mehr zu existieren, ist tröstlich".
    _rule(
        "de-death-appeals",
        "gedanke|vorstellung",
        r"(?:gedanke|gedanken|vorstellung)(?: ,)? (?:\w+ )?(?:nicht mehr zu (?:existieren|leben"
        r"|sein|atmen)|tot zu sein|zu sterben|einfach weg zu sein)\b[^.!?]{0,40}\b(?:trostlich"
        r"|beruhigend"
        r"|verlockend|erleichternd|schon|angenehm|friedlich)\b",
        SI,
        negatable=False,
        unless=r"\b(?:film|buch|roman|figur|serie|philosoph\w*|religion|kirche|unterricht)\b",
    ),
    # Weak signs of affairs being settled, each a crisis only next to another sign: a day
    # picked ("den Samstag ausgesucht"), "dann ist es vorbei", a last poem or letter for the
    # family left on the desk, peace made with God, farewell posts from a friend.
    _rule(
        "de-affairs-settled",
        "ausgesucht|vorbei|gedicht|brief|briefe|zeilen|letzte|liegt auf|mehr gibts|von mir"
        "|frieden|abschieds|antwortet|reagiert",
        r"(?:den|einen|am|hab mir (?:den|einen)) (?:montag|dienstag|mittwoch|donnerstag|freitag"
        r"|samstag|sonntag|tag) (?:\w+ )?ausgesucht\b"
        r"|dann (?:is|ist) (?:es|alles) vorbei\b"
        r"|(?:mein )?letzte[srn]? (?:gedicht|brief|zeilen)\b"
        r"|(?:brief|briefe|gedicht|zeilen) (?:\w+ ){0,3}?(?:fur|fuer|an) (?:meine|meinen|mein)"
        r" (?:schwester|bruder|mutter|mama|vater|papa|eltern|kinder|frau|mann|familie|tochter"
        r"|sohn)\b"
        r"|liegt auf (?:dem|meinem) (?:schreibtisch|tisch|kopfkissen|bett)\b"
        r"|mehr gibts von mir nicht mehr|von mir gibts nichts mehr"
        r"|(?:meinen )?frieden (?:mit gott|mit allem|mit allen|mit der welt) gemacht"
        r"|abschieds(?:sachen|nachricht\w*|post\w*|video\w*|worte|zeilen)"
        r"|(?:antwortet|reagiert) (?:\w+ )?(?:nicht|nich|nimmer|nimma) (?:mehr )?(?:ans handy|auf"
        r" nachrichten)?(?= *(?:[.!?;,\n]|$))",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:geburtstag|hochzeit|weihnachten|urlaub|reise|party|feier|termin|arzt"
        r"|prufung|umzug|rente|kollegin|kollege|schule|kurs|buch|roman|film|serie|krimi)\b",
    ),
    # Walking into the sea and not coming back; dialysis stopped "so it can be over".
    _rule(
        "de-no-return",
        "zuruck|dialyse|chemo|bestrahlung|angschaut|angeschaut|nachgeschaut|gegoogelt"
        "|recherchiert|gemessen|brucke|bruecke|dach|balkon|hochhaus|parkhaus|turm",
        r"(?:geh|gehe|fahr|fahre) (?:ich )?(?:\w+ )?(?:ans|ins|in den|in die) (?:meer|wasser|see"
        r"|fluss|wald|berge) und (?:komm|komme) nicht (?:mehr )?zuruck"
        r"|(?:geh|gehe) nicht mehr zur (?:dialyse|chemo|bestrahlung)\b"
        r"|(?:brucke|bruecke|dach|balkon|hochhaus|parkhaus|turm)\b[^.!?]{0,40}\b(?:ist|sind|ware"
        r"|waere) hoch genug\b"
        r"|(?:angschaut|angeschaut|nachgeschaut|gegoogelt|recherchiert|gemessen) (?:\w+ )?wie"
        r" (?:hoch|tief) (?:die|das|der) (?:brucke|bruecke|hochhaus|dach|klippe|turm|parkhaus)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:vorbei|frieden|gott|sterben|tot|ende|endlich|schluss|zuruck|genug)\b",
        requires_across=True,
        unless=r"\b(?:urlaub|ferien|zuruck nach hause|transplant\w*|neue niere|geheilt|umzug)\b",
    ),
    # -- French ---------------------------------------------------------------------------
    _rule(
        "fr-desire-death",
        "veux|veut|voudrais|voudrait|souhaite|aimerais|envie|prefererais|pret|prete|besoin|reve"
        "|pense|jpense",
        r"(?P<v>(?:veux|jveux|jveu|(?P<p3>veut|voudrait)|voudrais|souhaite|aimerais"
        r"|(?:ai|j ?ai)? ?envie d"
        r"|prefererais|suis pret a|suis prete a|besoin de|reve de|(?:je |j )?pense (?!pas\b|plus\b"
        r"|jamais\b)(?:\w+ )?a"
        r"|jpense (?:\w+ )?a))"
        r"(?: (?:juste|simplement|vraiment|tellement|tant|seulement))*"
        r" ?(?:e |e)?(?:mourir|crever|etre mort|etre morte|disparaitre (?:pour toujours|a jamais)"
        r"|ne (?:plus|pas) (?:me )?reveiller|ne plus (?:vivre|exister|etre la)|me tuer|me suicider"
        r"|en finir|mettre fin a (?:mes jours|ma vie)|me foutre en l ?air|me pendre"
        r"|me jeter (?:d ?un|du|sous|par)|dormir pour toujours|m ?endormir (?:pour toujours|et ne"
        r" plus me reveiller))(?! de (?:rire|faim|honte|soif|chaud|froid|ennui|envie))",
        SI,
    ),
    _rule(
        "fr-acts",
        "tuer|tue|suicid|pendre|pends|foutre|fous|jeter|jette|fin a|finir|den finir",
        r"\bje (?:\w+ ){0,3}?(?:me|m) (?P<v>tuer|tue|suicider|suicide|pendre|pends|foutre en l"
        r" ?air|fous en l ?air|jeter|jette)\b(?! (?:au travail|a la tache|a le repeter|a te le"
        r" dire|pour \w+))"
        r"|\b(?P<p3>(?:il|elle|ils|elles|mon ami|mon amie|ma soeur|mon frere|ma fille|mon fils)"
        r" (?:\w+ )?(?:veut|va|voudrait|pense a) se (?:tuer|suicider|pendre|foutre en l ?air))"
        r"|mettre fin a (?:mes|ses) jours|mettre fin a (?:ma|sa) vie|en finir avec (?:la|ma) vie"
        r"|\bd ?en finir\b|\ben finir\b" + _END,
        SI,
    ),
    _rule(
        "fr-life-negated",
        "veux|voudrais|ai plus|nai|n ai|marre|raison|envie|vie|vivre|exister|fatigue|nen peux"
        "|n en peux|vois",
        r"(?:ne )?(?:veux|jveux|jveu|voudrais|veut) (?:plus|pas) (?:vivre|exister|etre la"
        r"|me reveiller)|(?:plus|pus) le gout de vivre|fatiguee? (?:d ?exister|de vivre)"
        r"|(?:n ?ai|nai) plus (?:envie|la force|le courage|de raison) de (?:vivre|rester en vie"
        r"|continuer a vivre)|(?:n ?en|nen) peux plus (?:d ?exister|de vivre|d ?etre en vie)"
        r"|(?:ne )?vois (?:simplement |vraiment )?plus (?:l ?interet|le sens|de raison) d ?etre"
        r" (?:encore )?(?:la|en vie|vivante?)\b"
        r"|marre de (?:vivre|la vie|exister|etre en vie)|(?:plus|aucune) (?:raison|envie) de vivre"
        r"|la vie ne vaut (?:pas|plus) la peine"
        r"|(?:plus|pu|pas) envie d ?etre (?:en vie|vivante?)\b|plus envie d ?etre la\b(?! bas)"
        r"|ne (?:veux|voudrais) plus (?:etre la|exister"
        r"|me reveiller)",
        SI,
        negatable=False,
    ),
    _rule(
        "fr-self-harm",
        "scarif|mutil|du mal|blesse|coupe|couper|brule|automutil",
        r"(?:je |j )?me (?:scarifie|scarifier|mutile|mutiler|fais du mal|faire du mal|blesse"
        r" volontairement|coupe (?:les (?:bras|poignets|cuisses|veines)|encore|volontairement"
        r"|expres)|couper (?:les (?:bras|poignets|cuisses|veines))|brule volontairement)"
        r"|(?:je )?me suis (?:scarifiee?|mutilee?|fait du mal|coupee? (?:les (?:bras|poignets"
        r"|cuisses)|encore|volontairement|expres))|automutilation|scarification"
        r"|(?:envie|besoin) de me (?:couper|scarifier|faire du mal|bruler)",
        SH,
    ),
    _rule(
        "fr-self-harm-mention",
        "scarif|automutil|mutil",
        r"(?P<v>scarifi\w*|automutil\w*|(?:me|se|s) ?(?:suis |est )?mutil\w*)",
        SH,
        mention=True,
    ),
    _rule(
        "fr-plans",
        "lettre|sauter|jeter|pris|avale|medicament|cachet|pilule|comprim|corde|garde|stock",
        r"lettre d ?adieu|(?:sauter|me jeter) (?:d ?un|du|dun|du haut d ?un|du haut du) (?:pont"
        r"|immeuble|toit|balcon|falaise)|(?:me jeter|sauter) sous (?:un|le) (?:train|metro)"
        r"|(?:j ?ai|jai) (?:garde|stocke|accumule|cache|mis de cote) (?:des|mes|plein de|assez de)"
        r" (?:medicaments|cachets|pilules|comprimes)|(?:pris|avale) (?:tous mes|toute la boite"
        r" de|toute la plaquette de|tous les|toute ma boite de) (?:medicaments|cachets|pilules"
        r"|comprimes)|acheter une corde|une corde (?:pour|autour)",
        PLAN,
        SI,
    ),
    _rule(
        "fr-farewell",
        "adieu|c est|cest",
        r"adieu (?:a tous|tout le monde|pour toujours|le monde)|c ?est un adieu|(?:je|j) vous dis"
        r" adieu|ceci est (?:mon )?(?:dernier message|adieu)",
        BYE,
        negatable=False,
    ),
    _rule(
        "fr-hopeless",
        "je n|nen|n en|en peux|ca sert|plus aucun|sans espoir|fardeau|poids|disparaitre|a quoi"
        "|aucune issue|a bout|craque",
        r"(?:je )?n ?en peux plus|nen peux plus|ca (?:ne )?sert a rien|plus aucun espoir"
        r"|sans espoir|(?:je suis|suis) (?:un|une) (?:fardeau|poids)|je veux disparaitre"
        r"|a quoi bon|aucune issue|je suis a bout|je craque",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    # Québec, Belgian and SMS French: "chui tanné de vivre", "j'en peux plus de vivre", "je
    # mérite pas de vivre", "à quoi bon rester en vie", "jveux plus être là".
    _rule(
        "fr-regional-life-negated",
        "tanne|ecoeure|fatigue|lasse|use|peux|merite|quoi bon|veux plus|veux pu|jveux|jveu"
        "|mieux|plus simple|plus facile|plus leger|serai|serais|creve|meurs|mourais|crevais"
        "|disparais",
        r"(?:chui|chu|jsuis|je suis|suis) (?:\w+ )?(?:tannee?|ecoeuree?|fatiguee?|lassee?|usee?)"
        r" (?:de|d) (?:vivre|la vie|exister|etre en vie)\b"
        r"|(?:j ?en|jen|n ?en|nen) peux (?:pu|plus) (?:de vivre|d ?exister|de la vie|d ?etre en"
        r" vie)|(?:je |j )?(?:ne )?merite (?:pas|plus|pu) (?:de |d )?(?:vivre|exister|dexister"
        r"|etre en vie|detre en vie)\b"
        r"|a quoi bon (?:rester en vie|vivre|continuer a vivre|etre en vie|continuer de vivre)\b"
        r"|(?:jveux|jveu|je veux|veux) (?:plus|pu) (?:etre la|exister|vivre)\b(?! bas)"
        r"|(?:mieux|plus simple|plus facile|plus leger)\b[^.!?]{0,30}\bsi (?:je n ?etais|jetais"
        r"|j etais|je netais|j ?etais) (?:plus|pu|pas) la\b(?! bas)"
        r"|quand (?:je ne |je |j )?(?:serai|serais) (?:plus|pu) la\b(?! bas)"
        r"|(?:je ne|jne|il ne|elle ne) (?:serai|sera) (?:plus|pu) la (?:lundi|mardi|mercredi|jeudi"
        r"|vendredi|samedi|dimanche|demain|ce soir)\b"
        r"|si je (?:creve|meurs|mourais|crevais|disparais|disparaissais)\b[^.!?]{0,40}\b(?:personne"
        r"|nul ne)\b",
        SI,
        negatable=False,
        unless=r"\b(?:vacances|voyage|boite|demission\w*|reunion|soiree|fete|demenag\w*|rire|faim"
        r"|froid|chaud|honte|disait|disais|repetait|a dit|occupez vous)\b",
    ),
    # Asking God to be taken: "prie le bon Dieu de me reprendre", "Seigneur, prends-moi".
    _rule(
        "fr-taken-in-sleep",
        "dieu|seigneur|jesus|prie|supplie",
        r"(?:dieu|seigneur|jesus)\b[^.!?]{0,30}\b(?:me reprendre|me prendre|reprends moi|prends"
        r" moi|viens me chercher|venir me chercher|emmene moi|rappelle moi|me rappeler)\b"
        r"|(?:prie|supplie)\b[^.!?]{0,30}\b(?:me reprendre|venir me chercher|ne (?:plus|pas) me"
        r" reveiller)\b",
        SI,
        negatable=False,
    ),
    # Self-harm in SMS spelling ("jme suis encore coupée") and the urge ("envie de me faire
    # mal", "ça monte").
    _rule(
        "fr-self-harm-regional",
        "coupe|scarifie|mutile|brule|ouvert les|me faire mal|me blesser|me couper|me taillader",
        r"(?:jme|je me|j me|me) suis (?:encore |re |a nouveau )?(?:coupee?|scarifiee?|mutilee?"
        r"|brulee?|ouvert les (?:bras|poignets))\b"
        r"|(?:envie|besoin|l ?envie) (?:\w+ )?de me (?:faire mal|blesser|couper|taillader)\b",
        SH,
        unless=r"\b(?:cuisin\w*|legumes?|oignons?|pain|papier|doigt|rasant|rasoir (?!pour)"
        r"|accident\w*|sans faire expres|par megarde|cheveux|frange|soleil|four|fer a|epluch\w*"
        r"|rien de grave|pansement)\b",
    ),
    # Someone violent here now: hitting "vient de me frapper", a knife carried "me suit partout
    # avec un couteau", the writer shut in the bathroom.
    _rule(
        "fr-danger-now",
        "vient de me|viens de me|vien de me|me suit|me court|me poursuit|me menace|enferm"
        "|barre|cache|refugi",
        r"(?:vient de|viens de|vien de) me (?:frapper|taper|battre|cogner|etrangler|pousser"
        r"|gifler)\b"
        r"|me (?:suit|court apres|poursuit|menace) (?:\w+ ){0,2}?avec (?:un|une|son|sa) (?:couteau"
        r"|arme|pistolet|flingue|hache|batte|lame)\b"
        r"|(?:enfermee?|barree?|cachee?|refugiee?) (?:\w+ ){0,3}?(?:dans|sous) (?:la|le|les|ma|mon)"
        r" (?:salle de bain|salle de bains|toilettes|chambre|placard|wc|armoire|cave|lit)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:il|elle|crie|hurle|frapp\w*|tape|cogne|bourre|saoul|soul|couteau|menace"
        r"|coups?|violent\w*|cass\w*|defonce)\b",
        unless=r"\b(?:jeu|cache cache|film|serie|blague|mdr|lol|quand j ?etais|petite?|enfance)\b",
    ),
    # Belongings handed out: "j'ai donné mon chat à ma voisine et mes livres à mon frère".
    _rule(
        "fr-giving-away",
        "donne|jai donne|j ai donne|distribue",
        r"(?:donne|distribue) (?:toutes )?mes (?:affaires|choses|trucs|biens)\b",
        PLAN,
        negatable=False,
        unless=r"\b(?:demenag\w*|vide grenier|brocante|trop petit\w*|noel|anniversaire|cadeau"
        r"|association|tri|range\w*)\b",
    ),
    # On the roof "chui sur le toit"; wanting to die under a question ("c'est grave de vouloir
    # mourir ?"); gone "pour de bon"; a flatmate who took all her pills on purpose.
    _rule(
        "fr-colloquial-intent",
        "chui|chu |jsuis|j suis|vouloir|disparai|cachets|medicaments|pilules|comprimes|medocs"
        "|pourquoi|envie|personne|anxiolytiques|somniferes|antidepresseurs|calmants|combien",
        r"(?:chui|chu|jsuis|j suis) (?:\w+ )?(?:sur|au bord) (?:le|du|de la|la|les) (?:pont|toit"
        r"|voie|voies|rails|falaise|quai)\b"
        r"|(?:de |d )?vouloir (?:mourir|me tuer|me suicider|en finir|crever)\b(?! de (?:rire|faim"
        r"|honte|soif|chaud|froid|ennui))"
        r"|disparai\w* (?:pour de bon|pour toujours|a jamais)\b"
        r"|pourquoi (?:je )?(?:ne )?(?:devrais|dois|pourrais) (?:pas|pa) (?:en finir|mourir|me tuer"
        r"|me suicider)\b"
        r"|(?:j ?ai |jai )?(?:pas|plus|aucune) envie de (?:me )?reveiller(?= *(?:[.!?;,\n]|$))"
        r"|(?:medocs|medicaments|cachets|somniferes|pilules) (?:de (?:ma|mon) (?:mere|pere|grand"
        r" mere|grand pere|mamie|papi|soeur|frere)) (?:\w+ ){0,2}dans (?:mon sac|ma poche|ma"
        r" chambre|mon sac a dos)\b"
        r"|personne ne (?:remarquerait|remarquera|verrait|verra) (?:mon absence|si je)\b"
        r"|combien de (?:cachets|comprimes|pilules|somniferes|medocs) (?:\w+ ){0,2}(?:pour mourir"
        r"|faut il|il faut|sont mortels)"
        r"|(?:jai|j ai) pris tous (?:mes|les) (?:anxiolytiques|somniferes|antidepresseurs"
        r"|calmants)\b"
        r"|a pris (?:tous (?:ses|les|mes) |toute (?:la|sa|ma) boite de |toute la plaquette de )"
        r"(?:cachets|medicaments|pilules|comprimes|medocs)\b",
        SI,
        unless=r"\b(?:reseaux|insta|instagram|internet|appli|vacances|photo|vue|coucher"
        r"|prescrit\w*|ordonnance|comme prevu|tous les jours|jeu|boulot|travail|cours|ecole|lundi"
        r"|demain matin|tot|alarme|grasse)\b",
    ),
    # "Prends soin de toi/vous" as a parting word: weak, a crisis next to "merci pour tout".
    _rule(
        "fr-take-care",
        "prends soin|prenez soin|occupe|occupez",
        r"(?:prends|prenez) (?:bien )?soin de (?:toi|vous)"
        r"|(?:occupe toi|occupez vous|prends soin) de mon (?:chat|chien|lapin)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:demain|ce soir|a bientot|a plus|bon voyage|vacances|route|rhume|malade"
        r"|grippe|examen|week end|travail)\b",
    ),
    # Weak signs of affairs being settled: "c'est décidé", "tout préparé pour samedi", "je
    # voulais juste que qqn le sache", a last poem, peace made with everyone.
    _rule(
        "fr-affairs-settled",
        "decide|prepare|organise|regle|sache|dernier|paix|peur|lettre|sous|donne|confie"
        "|laisse|legue|me reste|il me|il ne",
        r"c ?est decide(?= *(?:[.!?;,\n]|$))"
        r"|(?:g|jai|j ai) tout (?:prepare|organise|regle) pour (?:lundi|mardi|mercredi|jeudi"
        r"|vendredi|samedi|dimanche|demain|ce soir)\b"
        r"|(?:je )?voulais (?:juste |seulement )?que (?:qqn|quelqu ?un|qq1) le (?:sache|sachent)"
        r"|(?:mon )?dernier (?:poeme|texte|message|mot)\b"
        r"|(?:la )?lettre (?:pour|a) (?:ma|mon|mes) (?:femme|mari|fille|fils|mere|pere|parents"
        r"|enfants|soeur|frere)\b|sous (?:son|mon|leur) oreiller\b"
        r"|fait la paix avec (?:tout le monde|dieu|tous|tout|le bon dieu)\b"
        r"|(?:donne|confie|laisse|legue) (?:mon|ma|mes) \w+ a (?:la |le |l |ma |mon |mes )?\w+"
        r"(?: ,| et)+ (?:mon|ma|mes) \w+ a\b"
        r"|(?:il )?(?:ne )?me reste (?:plus )?(?:grand chose|rien) a faire (?:ici|sur terre)\b"
        r"|(?:jai|j ai|je n ?ai|je nai) plus peur(?= *(?:[.!?;,\n]|$))",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:anniversaire|mariage|noel|vacances|voyage|fete|soiree|examen|exam|rdv"
        r"|rendez vous|entretien|demenag\w*|cours|travail|boulot|livre|serie|film|concours)\b",
    ),
    # Death as a comfort: "l'idée de mourir m'apaise", "la mort me paraît un repos".
    _rule(
        "fr-death-appeals",
        "idee|pensee|mort|mourir",
        r"(?:l ?idee|lidee|la pensee) (?:de mourir|de ne plus (?:exister|etre la|me reveiller)"
        r"|d ?etre morte?)\b[^.!?]{0,30}\b(?:m ?apaise|me rassure|me soulage|me console"
        r"|me fait du bien|est (?:douce|reconfortante|apaisante|rassurante))\b"
        r"|la mort (?:me )?(?:parait|semble|serait) (?:\w+ )?(?:un repos|une delivrance|un"
        r" soulagement|douce)\b",
        SI,
        negatable=False,
        unless=r"\b(?:film|livre|roman|personnage|serie|philosoph\w*|cours|religion)\b",
    ),
    # -- Spanish --------------------------------------------------------------------------
    _rule(
        "es-desire-death",
        "morir|muert|suicid|matar|quitar|acabar|desaparecer|dormir|despertar|no despertar"
        "|dejar de|existir|no existir|terminar|cortar|hacerme|lastim|tirar",
        r"(?P<neg>\bno )?(?:(?:me|(?P<p3>se)) )?(?P<v>quiero|kiero|ojala(?: que)?|(?P<x3>quiere)"
        r"|queria|quisiera|deseo"
        r"|tengo ganas de|ganas de|necesito|prefiero|preferiria|me gustaria|pienso en|estoy"
        r" pensando en|pensando en)(?: (?:solo|ya|simplemente|realmente|tanto|mucho))*"
        r" (?:morir(?:me)?|estar muert[oa]|suicidarme|matarme|quitarme la vida|acabar con (?:todo"
        r"|mi vida)|desaparecer para siempre|dormir y no despertar|no despertar|dejar de existir"
        r"|no existir|terminar con (?:todo|mi vida)|cortarme|hacerme dano|lastimarme|tirarme"
        r" (?:de|desde|a))(?! de (?:la |el )?(?:verguenza|risa|hambre|sueno|calor|frio|ganas|amor"
        r"|aburrimiento"
        r"|envidia|pena))",
        SI,
        negatable=False,
    ),
    _rule(
        "es-acts",
        "matar|suicid|quitar|ahorc|colgar|tirar|acabar|terminar|morir",
        r"(?P<neg>\bno )?(?:me voy a (?:matar|suicidar|quitar la vida|ahorcar|colgar|tirar)"
        r"|voy a (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme)"
        r"|(?:ahorcarme|colgarme del|quitarme la vida|acabar con mi vida|terminar con mi vida))"
        r"|(?P<p3>se (?:va a|quiere|piensa|intenta|intento|quiso|ha intentado) (?:a )?"
        r"(?:matar|suicidar|quitar la vida|ahorcar|morir)|(?:va a|quiere|piensa|intenta|intento"
        r"|quiso|ha intentado) (?:a )?(?:matarse|suicidarse|quitarse la vida|ahorcarse|morirse))",
        SI,
    ),
    _rule(
        "es-clitic-acts",
        "matar|suicid|morir|quitar|ahorc|colgar|cortar|lastim|tirar",
        r"(?P<neg>\bno )?(?:(?P<p1>me) (?P<v>quiero|kiero|queria|voy a|iba a|pienso|tengo ganas de"
        r"|deberia|debo|puedo|tengo que|intente|quise|estoy pensando en)|(?P<p3>se) (?:quiere"
        r"|queria"
        r"|va a|iba a|piensa|tiene ganas de|intento|quiso|esta pensando en))(?: (?:solo|ya"
        r"|simplemente|realmente))* (?:matar"
        r"|suicidar|morir|quitar la vida|ahorcar|colgar|cortar|lastimar|tirar (?:de|desde|a|por))"
        r"\b(?! (?:de (?:la |el )?(?:verguenza|risa|hambre|sueno|calor|frio|ganas|amor"
        r"|aburrimiento|envidia"
        r"|pena)|el pelo|el cabello|las unas))",
        SI,
        negatable=False,
    ),
    _rule(
        "es-life-negated",
        "vivir|viviendo|estar aqui|estar viv|existir|despertar|seguir|vale la|merece la|razon"
        "|ganas|motivo|cansad|hart|ya no quiero|vida ya",
        r"\bno (?:quiero|tengo ganas de|deseo|puedo) (?:seguir )?(?:vivir|viviendo|estar aqui"
        r"|estar viva|estar vivo|existir|despertar|seguir)(?: mas| asi)?"
        + _END
        + r"|ya no quiero (?:vivir|estar aqui|seguir|existir)|no (?:vale|merece) la pena vivir"
        r"|ya no quiero estar(?= *(?:[.!?;\n]|$))|(?:esta|mi) vida ya no la quiero"
        r"|no quiero seguir aqui|cansad[oa] de existir"
        r"|sin (?:razon|ganas|motivo)s? (?:para|de) vivir|cansad[oa] de vivir|(?:harto|harta) de"
        r" vivir|no quiero seguir (?:viviendo|asi|mas)",
        SI,
        negatable=False,
    ),
    _rule(
        "es-no-point",
        "sentido|razon",
        r"(?:no )?(?:le )?(?:veo|encuentro|tiene) (?:ningun |ningún )?(?:sentido|razon) (?:a|en|de"
        r"|para)"
        r" (?:seguir )?(?:vivir|viviendo|la vida|seguir|estar viv[oa])",
        SI,
        negatable=False,
    ),
    _rule(
        "es-self-harm",
        "volvi a|corto|cortarme|corte|lastim|hacerme|hago|autolesion|cortando|quemar|quemo|cortado"
        "|lastimado|autolesionado|quemado|hecho|haciendo",
        r"\b(?:me volvi a (?:cortar|lastimar|quemar)|me corto|cortarme|me corte|lastimarme"
        r"|me lastimo|hacerme dano|me hago dano"
        r"|autolesion\w*|cortandome|quemarme|me quemo|(?:me )?(?:he|e|estoy|volvi a|sigo) (?:\w+ )?"
        r"(?:cortado|cortando|cortarme|lastimado|lastimando|autolesionado|quemado|hecho dano"
        r"|haciendo dano)(?: otra vez| de nuevo)?)\b(?! (?:el pelo|el cabello|el dedo|con un"
        r" papel|cocinando|las unas|la mano cocinando|el flequillo))",
        SH,
        unless=r"\b(?:pelo|cabello|cocinando|accidente|sin querer|las unas|flequillo|picando"
        r"|cebolla\w*|cocina|arroz|mandolina|verdura\w*|tomate\w*|dedo|onions?|cooking)\b"
        r"|\bno (?:tengo|hay|siento) (?:\w+ )?(?:pensamientos|ideas|intencion\w*|planes|impulsos)"
        r" de\b",
    ),
    _rule(
        "es-plans",
        "carta|tirarme|lanzarme|aventarme|me tiro|me voy a tirar|juntando|guardando|acumulando"
        "|guarde|junte|me tome|tome|tomarme|soga|juntadas|guardadas|escondidas|acumuladas",
        r"carta de despedida|(?:tirarme|lanzarme|aventarme|me voy a tirar|me tiro) (?:de|desde)"
        r" (?:un|el|la) (?:puente|edificio|techo|azotea|balcon)|(?:tirarme|me tiro|lanzarme)"
        r" (?:a las vias|al tren|bajo el tren|delante del tren)|(?:juntando|guardando|acumulando"
        r"|guarde|junte) (?:pastillas|medicamentos|pildoras)|(?:me tome|tome|tomarme) (?:todas las"
        r"|todas mis|un monton de|muchas|la caja de) (?:pastillas|pildoras|medicinas"
        r"|medicamentos)|una soga"
        r"|(?:juntadas|guardadas|escondidas|acumuladas) (?:las |mis |unas )?(?:pastillas|pildoras"
        r"|medicinas|medicamentos)",
        PLAN,
        SI,
    ),
    _rule(
        "es-farewell",
        "esto es|adios",
        r"esto es (?:un )?adios|adios para siempre|adios a todos",
        BYE,
        negatable=False,
    ),
    _rule(
        "es-hopeless",
        "ya no|no aguanto|no puedo|soy una|no tiene|no hay|sin esperanza|quiero desaparecer"
        "|estoy harto|estoy harta",
        r"ya no (?:puedo|aguanto)(?: mas)?|no aguanto mas|no puedo mas|soy una carga"
        r"|no tiene sentido|no hay salida|sin esperanza|quiero desaparecer|estoy hart[oa] de todo",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    # Colloquial Spanish: "pa que seguir", "dormirme para siempre", "no despertar nunca", "si me
    # muero nadie se entera", "mejor si yo ya no estuviera", "cuando ya no esté".
    _rule(
        "es-regional-life-negated",
        "pa que|para que|pa q|para q|dormir|no despertar|si me muero|si muero|si me mato"
        "|si desaparezco|nadie|no one|nobody|mejor|cuando ya|cuando yo|si ya|si yo|better off"
        "|dejo|dejara|dejaria|deje|ojala",
        r"(?:pa|para) (?:que|q) (?:seguir|vivir|seguir viviendo|seguir aqui|estar vivo|estar viva)"
        + _END
        + r"|dormir(?:me)? (?:\w+ )?para siempre|no despertar(?:me)? (?:nunca|jamas|mas)\b"
        r"|si (?:me muero|muero|me mato|desaparezco)\b[^.!?]{0,30}\bnadie\b"
        r"|(?:nadie|no one|nobody)\b[^.!?]{0,30}\bsi me muero\b|better off sin mi\b"
        r"|(?:dejo|dejara|dejaria|deje) de (?:contestar|responder|escribir|existir) para siempre"
        r"|ojala (?:esta noche|hoy|este ano|esta semana) (?:fuera|sea) (?:la|el) ultim[oa]\b"
        r"|mejor\w*\b[^.!?]{0,40}\bsi\b[^.!?]{0,40}\b(?:yo )?ya no (?:estuviera|existiera"
        r"|estoy)\b"
        r"|(?:cuando|si) (?:yo )?ya no (?:este|estoy|estuviera|exista)(?= *(?:[.!?;,\n]|$))",
        SI,
        negatable=False,
        unless=r"\b(?:trabajo|oficina|viaje|vacaciones|mudanza|fiesta|clase|risa|hambre|sueno"
        r"|verguenza)\b",
    ),
    # Asking God to be taken: "Diosito llévame ya", "que no me deje despertar"; wanting to go
    # to a dead mother ("irme con mi mamá") once a goodbye or a death is near.
    _rule(
        "es-taken-in-sleep",
        "dios|diosito|senor|jesus|virgen|pido|pidiendo|rezo|ruego|irme con|ir con",
        r"(?:dios|diosito|senor|jesus|virgencita)\b[^.!?]{0,20}\b(?:llevame|recogeme|llevame"
        r" contigo)\b"
        r"|(?:pido|pidiendo|rezo|ruego)\b[^.!?]{0,30}\bque (?:no me deje despertar|me lleve"
        r" (?:ya|contigo|esta noche|hoy))"
        r"|(?:quiero|quisiera|me quiero) (?:ir|irme) con (?:mi|mis) (?:mama|papa|madre|padre"
        r"|abuel[oa]s?|herman[oa]|hij[oa]|espos[oa]|mami|papi)\b",
        SI,
        negatable=False,
        requires=r"\b(?:dios|diosito|senor|jesus|cielo|muri\w*|fallec\w*|despedi\w*|ya no esta"
        r"|tumba|panteon|regale|llevame|recogeme|despertar)\b",
        requires_across=True,
    ),
    # Means in hand ("tengo la navaja en la mano", "tengo las pills aqui"), stockpiling
    # ("estoy guardando las pastillas"), giving away ("ya no la voy a necesitar"), and a
    # brother who said he would jump.
    _rule(
        "es-means-and-affairs",
        "navaja|cuchilla|hoja|pastillas|pildoras|pills|soga|cuerda|pistola|cuchillo|guardando"
        "|juntando|acumulando|escondiendo|necesitar|regal|tirar|cuanto tarda|decid|me he"
        "|me ha|me tome|me voy|me meto|me tomo|cuantas|compr",
        r"tengo (?:la|una|el|un|las|mis) (?:navaja|cuchilla|hoja|pastillas|pildoras|pills|soga"
        r"|cuerda|pistola|cuchillo) (?:\w+ )?(?:en la mano|en mi mano|en las manos|aqui|aca"
        r"|conmigo|al lado|listas?|preparad[oa]s?)\b"
        r"|(?:estoy )?(?:guardando|juntando|acumulando|escondiendo) (?:las |mis |unas )?"
        r"(?:pastillas|pildoras|medicinas|medicamentos)\b"
        r"|ya no (?:lo|la|los|las|le|les) (?:voy a|vamos a) necesitar"
        r"|regal\w* (?:todas )?mis cosas"
        r"|(?P<x3>se) (?:iba|va|quiere|queria) a tirar (?:del|de un|de una|desde el|desde la|desde"
        r" un) (?:puente|edificio|techo|balcon|piso|azotea)"
        r"|decid\w* que (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana"
        r"|hoy) es el dia" + _END + r"|me (?:he|ha) vuelto a (?:cortar|lastimar|quemar)\b"
        r"|(?:me he tomado|me tome|me voy a tomar|me meto|me tomo) todo lo que"
        r" (?:(?:habia|tenia|hay) en (?:el botiquin|el cajon de (?:medicinas|pastillas))"
        r"|(?:me )?queda\b(?! (?:de|del) (?:cafe|agua|comida|cena|vino|cerveza|sopa|postre"
        r"|tarta|pizza)))"
        r"|cuantas (?:pastillas|pildoras) (?:hacen falta|se necesitan|necesito|son mortales|son"
        r" letales)|compr\w* una (?:cuerda|soga)\b"
        r"|cuanto tarda (?:\w+ ){0,7}(?:toda la caja|todas las pastillas|todo el frasco|toda la"
        r" tira)",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:mudanza|me mudo|vend\w*|ropa vieja|me queda chica|cocina\w*|cocinando"
        r"|receta|medico|doctor|farmacia|como me recetaron|chiste|jaja|tender|ropa|escalar|camping"
        r"|columpio)\b",
    ),
    # Danger now: someone outside pounding on the door, a beating "otra vez" with worse
    # promised.
    _rule(
        "es-danger-now",
        "golpeando|pateando|gritando|rompiendo|aporreando|me pego|me golpeo|me pega|me golpea",
        r"(?:esta|estan) (?:afuera|fuera|en la puerta|abajo|aqui afuera) (?:de (?:mi |la )?casa"
        r" |del depa |del cuarto )?(?:golpeando|pateando|gritando|rompiendo|aporreando)\b"
        r"|me (?:pego|golpeo|pega|golpea)\b[^.!?]{0,40}\b(?:otra vez|de nuevo)\b[^.!?]{0,60}\bme va"
        r" a (?:ir peor|matar|pegar|golpear)",
        DANGER,
        negatable=False,
        unless=r"\b(?:jaja|broma|partido|futbol|pelicula|serie|juego|cuando era|de nino|de nina)\b",
    ),
    # Wanting to die under a question ("¿está mal querer morirse?"); a brother who took all
    # his pills on purpose.
    _rule(
        "es-wish-infinitive",
        "querer|se tomo",
        r"querer (?:morir(?:me|se)?|matarme|matarse|suicidarme|suicidarse|desaparecer para"
        r" siempre|dejar de vivir)\b(?! de (?:la |el )?(?:verguenza|risa|hambre|sueno|calor|frio))"
        r"|(?P<x3>se) tomo (?:todas (?:las|sus) |toda la caja de |un monton de |todo el frasco de )"
        r"(?:pastillas|pildoras|medicinas|medicamentos|pastis)\b",
        SI,
        unless=r"\b(?:como le recetaron|receta|vitaminas?|jaja|broma|verguenza)\b",
    ),
    # "Cuídate mucho" as a parting word: weak, a crisis next to "gracias por todo".
    _rule(
        "es-take-care",
        "cuidate|cuidense|cuida",
        r"(?:cuidate|cuidense) (?:mucho|muchisimo|siempre|por favor)"
        r"|cuida (?:de |a )?mi (?:gata|gato|perro|perra|plantas|mascota)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:manana|hoy|nos vemos|hasta luego|viaje|vacaciones|carretera|resfriado"
        r"|gripe|examen|fin de semana|trabajo)\b",
    ),
    # Goodbyes already said, as in English "said my goodbyes".
    _rule(
        "es-said-goodbyes",
        "me despedi|ya me despedi",
        r"(?:ya )?me despedi de (?:todos|todo el mundo|mis \w+|mi familia)\b",
        BYE,
        negatable=False,
        unless=r"\b(?:viaje|vacaciones|fiesta|mudanza|aeropuerto|trabajo|oficina|jubilacion"
        r"|despedida de soltera?)\b",
    ),
    # Weak signs of affairs being settled: a day decided ("el viernes es el día"), letters or a
    # last poem left for the family, "que me perdonen", peace made with God, a friend's
    # goodbye audio.
    _rule(
        "es-affairs-settled",
        "es el dia|escribi|deje|ultimo|ultima|que me perdonen|hice|he hecho|despidiendose"
        "|se despidio|mensaje de|la carta|ojala",
        r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana) es el dia"
        + _END
        + r"|(?:escribi|deje) (?:unas |las |mis |una )?(?:cartas?|notas?|poemas?) (?:para|a) (?:mi"
        r"|mis)\b"
        r"|(?:mi )?(?:ultimo poema|ultima carta)\b"
        r"|(?:las|la|lo|los) deje en (?:el cajon|la mesa|mi cuarto|la cama|el buro)\b"
        r"|la carta (?:esta|queda) (?:en|sobre|debajo)\b"
        r"|que me perdonen\b"
        r"|(?:hice|he hecho) las paces con (?:dios|diosito|todos|todo)\b"
        r"|despidiendose|se despidio de (?:todos|mi)|mensaje de despedida",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:cumple\w*|boda|navidad|vacaciones|viaje|fiesta|examen|cita|entrevista"
        r"|mudanza|clase|escuela|trabajo|libro|serie|pelicula)\b",
    ),
    # Death as a comfort: "la idea de morir me calma", "solo pienso en apagarme".
    _rule(
        "es-death-appeals",
        "idea|pensar|pienso",
        r"(?:la idea|pensar) (?:de|en) (?:morir(?:me)?|no existir|no despertar|dejar de existir)\b"
        r"[^.!?]{0,30}\b(?:me (?:calma|tranquiliza|alivia|consuela|da paz)|es un alivio)\b"
        r"|solo pienso en (?:apagarme|desaparecer para siempre|no despertar|morirme)\b",
        SI,
        negatable=False,
        unless=r"\b(?:pelicula|libro|novela|personaje|serie|filosofia|clase|religion|apagar la"
        r" luz|el movil|el celular)\b",
    ),
    _rule(
        "es-stop-dialysis",
        "dialisis|quimio|tratamiento",
        r"(?:dejar|deje|dejo) (?:la |el )?(?:dialisis|quimio|tratamiento)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:terminar|acabar|de una vez|morir|ya no quiere|no quiere hablar|nadie)\b",
        unless=r"\b(?:trasplante|transplante|curad[oa]|remision|el medico dijo)\b",
    ),
    # -- Dutch ----------------------------------------------------------------------------
    _rule(
        "nl-desire-death",
        "dood|sterven|er niet|niet meer|nie meer|nooit meer|mezelf|zelfmoord|er een|een eind"
        "|verdwijnen",
        r"(?P<v>(?:ik )?(?:wil|zou (?:willen|graag)|wens|verlang ernaar|ben klaar om|denk (?:erover"
        r"|aan|na over)))(?: (?:gewoon|echt|liever|graag|zo graag|eigenlijk|nu|het liefst))*"
        r" (?:dood(?!s)\b|doodgaan|sterven|dood zijn|er niet? meer zijn|niet? meer leven|niet? meer"
        r" wakker worden|nooit meer wakker worden|mezelf (?:van kant (?:\w+ )?(?:te )?maken|doden"
        r"|ombrengen"
        r"|vermoorden|iets aandoen|pijn doen|ophangen)|zelfmoord plegen|er een eind(?:e)? aan"
        r" (?:te )?maken|een eind(?:e)? aan mijn leven (?:te )?maken|verdwijnen voor altijd)",
        SI,
    ),
    _rule(
        "nl-de-verb-final",
        "dood|sterven|doodgaan|tot|umbringen|van kant",
        r"(?:dood|sterven|doodgaan|niet? meer leven|mezelf van kant maken|zichzelf van kant maken)"
        r" (?:wil|wilt|willen|wou|wilde)\b|(?:sterben|tot sein|nicht mehr leben|sich umbringen"
        r"|mich umbringen) (?:will|mochte|moechte|wollte|mochten)\b",
        SI,
    ),
    _rule(
        "nl-life-negated",
        "wil niet|wilde niet|wil nie|wilde nie|geen zin|geen reden|het leven|levensmoe|heb geen"
        "|wil er|moe van|ophouden met|hoef ik|hoeft|niet meer|nie meer",
        r"(?:wil|wilde|zou)(?: (?:alleen|gewoon|echt|eigenlijk|ook|liever))* niet? meer (?:leven"
        r"|wakker worden|bestaan|hier zijn|verder)"
        r"|(?:hoef ik|hoeft het(?: voor mij)?|hoeft t) (?:gewoon )?niet? meer"
        + _END
        + r"|wil er (?:\w+ )?niet meer zijn|moe van (?:het )?bestaan|ophouden met bestaan"
        r"|geen zin meer (?:in|om te) (?:leven|het leven|bestaan)|(?:heb )?geen reden (?:meer )?om"
        r" te leven|het leven (?:heeft|is) geen zin meer|levensmoe\w*",
        SI,
        negatable=False,
    ),
    _rule(
        "nl-acts",
        "mezelf|mijzelf|zichzelf|zelfmoord|zelfdod|er een|een eind|mijn leven|uit het leven",
        r"(?:(?P<p1>mezelf|mijzelf)|(?P<p3>zichzelf)) (?:van kant (?:\w+ )?(?:te )?maken|doden"
        r"|te doden|om"
        r" (?:te )?brengen|ombrengen|vermoorden|ophangen|op te hangen|iets aandoen"
        r"|iets aan te doen)"
        r"|er een eind(?:e)? aan (?:te )?(?:maken|maakt)"
        + _END
        + r"|er een eind(?:e)? aan maakt\b"
        + r"|een eind(?:e)? aan mijn leven"
        r"|mijn leven (?:te )?beeindigen|uit het leven (?:te )?stappen",
        SI,
        unless=r"\bmet (?:hem|haar|die|de relatie)\b",
    ),
    _rule(
        "nl-nouns",
        "zelfmoord|zelfdod|suicid|zelfbeschad|automutil",
        r"(?P<v>zelfmoord(?!actie|missie|commando|terroris|aanslag)\w*|zelfdoding\w*|suicidaal"
        r"|zelfbeschadiging|automutilatie)",
        SI,
        mention=True,
        unless=r"\b(?:financiele|politieke|sociale|commerciele|professionele) zelfmoord"
        r"|\b(?:is|was|wordt|zou zijn) (?:pure |echt |regelrechte |gewoon )?zelfmoord\b",
    ),
    _rule(
        "nl-self-harm",
        "snij|sneed|kras|brand|sla|bijt|mezelf|mijzelf|heb me|had me",
        r"(?:ik )?(?:snij|snijd|kras|sneed|krast|snijden|krassen|brand|sla|bijt) (?:mezelf"
        r"|mijzelf|in mijn (?:armen|arm|polsen|benen))|(?:mezelf|mijzelf) (?:te )?(?:snijden"
        r"|pijn doen|verwonden|beschadigen|krassen|branden)|(?:heb|had) (?:me|mezelf|mijzelf)"
        r" (?:\w+ ){0,3}(?:gesneden|gekrast|gebrand)",
        SH,
        unless=r"\b(?:koken|keuken|per ongeluk|papier|scheren|brood|uien|groente|blikje|glas"
        r"|aan (?:een|het|de|mn|mijn) (?!arm|pols|been|dij)\w+)\b",
    ),
    _rule(
        "nl-plans",
        "afscheidsbrief|pillen|medicijn|tabletten|van een|van de|voor de|voor een|alle",
        r"afscheidsbrie\w*|(?:pillen|medicijnen|tabletten) (?:gespaard|sparen|verzameld|verzamelen"
        r"|opgespaard)|van (?:een|de) (?:brug|flat|dak) (?:te )?springen|voor (?:de|een) trein"
        r" (?:te )?(?:springen|spring|gaan liggen)|alle (?:pillen|medicijnen|tabletten)"
        r" (?:ingenomen|genomen|geslikt)",
        PLAN,
        SI,
    ),
    _rule(
        "nl-farewell",
        "dit is|vaarwel",
        r"dit is (?:mijn )?afscheid|vaarwel (?:allemaal|iedereen|voor altijd)",
        BYE,
        negatable=False,
    ),
    _rule(
        "nl-hopeless",
        "ik kan|ik ben|het heeft|ik wil|hopeloos|uitzichtloos|ik trek",
        r"ik kan (?:het )?niet meer\b|ik ben (?:een|alleen maar een) last|het heeft (?:allemaal"
        r" )?geen zin|ik wil verdwijnen|hopeloos|uitzichtloos|ik trek het niet meer",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    # Flemish and Netherlands colloquial: "het leven zo beu", "zo moe om te bestaan", "waarom
    # zou ik nog verder leven", "zou zo graag niet meer wakker worden", "als ik er niet meer
    # ben", God asked to "me komen halen", going "naar mijn moeder toe" who is dead.
    _rule(
        "nl-regional-life-negated",
        "beu|moe|zat|kotsbeu|waarom zou|graag|niet meer ben|god|toe ",
        r"(?:ben|zijn|ik) het leven (?:\w+ )?(?:beu|moe|zat|kotsbeu)\b"
        r"|(?:ben|zijn) het (?:\w+ )?(?:beu|moe|zat) om te (?:leven|bestaan)\b"
        r"|moe (?:om|van) te bestaan"
        r"|waarom zou ik (?:nog )?(?:verder |blijven )?(?:leven|bestaan)\b"
        r"|zou (?:zo |heel |echt |zo ontzettend )?graag (?:niet? meer|nooit meer) (?:wakker worden"
        r"|leven|bestaan|hier zijn)\b"
        r"|(?:als|wanneer|zodra) ik er (?:\w+ )?niet meer ben\b"
        r"|god\b[^.!?]{0,30}\b(?:om )?(?:me|mij) (?:te )?(?:komen halen|halen|weg te halen|mee te"
        r" nemen)\b"
        r"|wil (?:\w+ )?naar (?:mijn|mn|m n) (?:moeder|vader|mama|papa|oma|opa|man|vrouw|zoon"
        r"|dochter) toe\b",
        SI,
        negatable=False,
        unless=r"\b(?:vakantie|reis|werk|kantoor|verhuis\w*|feest|weekend weg|thuis|bezoek\w*"
        r"|verjaardag|ziekenhuis|op bezoek)\b",
        unless_after=r"\b(?:vakantie|reis|verhuis\w*|op bezoek|weekend weg|naar het buitenland)\b",
    ),
    # Self-harm urge and act: "de drang om mezelf pijn te doen", "wil weer snijden".
    _rule(
        "nl-self-harm-urge",
        "mezelf|mijzelf|snijden|krassen",
        r"(?:drang|neiging|zin|behoefte) om (?:mezelf|mijzelf) (?:pijn te doen|te snijden|te"
        r" krassen|te verwonden|iets aan te doen|te branden)\b"
        r"|(?:wil|wilde) (?:weer|opnieuw|terug) (?:snijden|krassen)\b"
        r"|(?:wil|wilde) (?:\w+ )?(?:snijden|krassen) tot (?:het|ik) (?:bloedt|bloed)\b",
        SH,
        unless=r"\b(?:koken|keuken|brood|groente|uien|haar|kapper|papier)\b",
    ),
    # Danger now: shut in the toilet while he shouts and breaks things; a threat "dat hij me
    # iets aandoet"; an ex downstairs "met een mes".
    _rule(
        "nl-danger-now",
        "opgesloten|verstopt|aandoet|aan doet|vermoordt|doodmaakt|afmaakt|neersteekt"
        "|kapotmaakt|mes|pistool|wapen|bijl|hamer|knuppel",
        r"(?:ik )?(?:zit|heb (?:me|mezelf)) (?:\w+ ){0,4}?(?:opgesloten|verstopt)\b"
        r"|(?:zegt|dreigt|schreeuwt|roept|appt)\b[^.!?]{0,30}\b(?:me|mij) (?:iets )?(?:aandoet"
        r"|aan doet|vermoordt|doodmaakt|afmaakt|neersteekt|kapotmaakt)\b"
        r"|(?:staat|zit|is) (?:\w+ ){0,3}?met een (?:mes|pistool|wapen|bijl|hamer|knuppel)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:hij|zij|ze|ex|vriend|vader|man|stiefvader|schreeuw\w*|roep\w*|slaat"
        r"|geslagen|kapot|dronken|mes|deur|bedreig\w*)\b",
        unless=r"\b(?:film|serie|spel|game|verstoppertje|escape ?room|grap|haha|lol|vroeger"
        r"|toen ik klein)\b",
    ),
    # Belongings given away: "al mijn spullen weggegeven".
    _rule(
        "nl-giving-away",
        "weggegeven|weg gegeven|verdeeld|weggeschonken",
        r"(?:mijn|al mijn|m n|mn) (?:spullen|bezittingen|dingen) (?:\w+ ){0,3}?(?:weggegeven"
        r"|weg gegeven|verdeeld|weggeschonken)\b",
        PLAN,
        negatable=False,
        unless=r"\b(?:verhuis\w*|kringloop|rommelmarkt|opruim\w*|te klein|marktplaats)\b",
    ),
    # Not caring whether one wakes ("maakt me niet meer uit of ik wakker word"), welcoming an
    # accident ("als ik onder een auto kom, vind ik dat niet erg"), saving pills, asking which
    # pills are dangerous "with enough lying here", sitting by the tracks, gone "voorgoed",
    # wanting to die under a question, a friend who took too much on purpose.
    _rule(
        "nl-colloquial-intent",
        "wakker|blijf leven|het overleef|doodga|dood ga|onder een|sterf|verongeluk|spaar"
        "|gevaarlijk|dodelijk|brug|spoor|rails|dak|rand|voorgoed|willen|expres|hele|hoeveel",
        r"(?:maakt (?:me|mij) (?:\w+ )?niet (?:meer )?uit|kan (?:me|mij) niet (?:meer )?schelen)"
        r" of ik (?:\w+ )?(?:wakker word|blijf leven|het overleef|doodga)\b"
        r"|als ik\b[^.!?]{0,40}\b(?:onder een (?:auto|trein|bus|tram|vrachtwagen) kom|doodga|dood"
        r" ga|niet meer wakker word|sterf|verongeluk)\b[^.!?]{0,40}\b(?:niet erg|prima|best"
        r"|geen probleem|niet uit|opgelucht)\b"
        r"|spaar (?:\w+ ){0,2}(?:pillen|medicijnen|tabletten|slaappillen) op\b"
        r"|welke (?:\w+ ){0,3}(?:pillen|medicijnen|tabletten) (?:\w+ ){0,2}(?:gevaarlijk|dodelijk)"
        r"|(?:zit|sta|ben) (?:\w+ ){0,5}?(?:op|bij|aan) (?:de|het) (?:brug|spoor|rails|dak|rand)\b"
        r"|wil (?:\w+ ){0,2}?(?:weg(?: ,)? voorgoed|voorgoed weg)\b"
        r"|(?:dood|sterven|doodgaan|er een einde? aan te|een einde? aan te) (?:te )?willen\b"
        r"|(?:de|een) hele (?:strip|doos|pot|verpakking) (?:\w+ ){0,4}(?:ingenomen|genomen"
        r"|geslikt)\b"
        r"|hoeveel (?:pillen|tabletten|slaappillen) (?:\w+ ){0,2}(?:dodelijk|heb je nodig|nodig)\b"
        r"|expres (?:\w+ ){0,3}(?:te veel|alle pillen|alles|een hele strip) (?:\w+ )?(?:genomen"
        r"|geslikt|ingenomen)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:ik|me|mij|mezelf|hij|zij|ze|genoeg|liggen|heb|niemand|treinen|trein|uur"
        r"|last|dood|sterven|einde?|expres)\b",
        unless=r"\b(?:vertraging|perron|station|ns|foto\w*|uitzicht|vakantie|werk|verhuis\w*|baan"
        r"|school|stad|dokter|apotheek|huisarts|recept|grap|haha|goot|klussen|repareren|schilder\w*"
        r"|zonnepanelen|antenne|fiets\w*|wandel\w*|vissen|hengel)\b",
    ),
    # "Zorg goed voor jezelf" as a parting word: weak, a crisis next to "bedankt voor alles".
    _rule(
        "nl-take-care",
        "zorg goed|pas goed|zorg voor|pas op|dank|het is beter",
        r"(?:zorg (?:goed )?voor|pas (?:goed )?op) (?:jezelf|jullie zelf|elkaar)"
        r"|dank (?:je |u |jullie )?voor alles|het is beter zo(?= *(?:[.!?;,\n]|$))",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:morgen|vanavond|tot (?:zo|straks|morgen|later|gauw)|vakantie|reis|weg"
        r"|ziek|griep|verkouden|examen|weekend|werk)\b",
    ),
    # Weak signs of affairs being settled: "morgen is het zover", "alles klaargelegd voor
    # zaterdag", "niemand gaat me tegenhouden", "wou het aan iemand zeggen", a letter for the
    # parents on the desk, a last poem, farewell posts from a brother.
    _rule(
        "nl-affairs-settled",
        "is het zover|klaargelegd|tegenhouden|iemand|geschreven|ligt op|laatste gedicht"
        "|vindt de brief|afscheid",
        r"(?:morgen|vanavond|vannacht|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
        r" is het zover\b"
        r"|alles klaargelegd voor\b"
        r"|niemand (?:gaat|kan|zal) (?:me|mij) (?:nog )?tegenhouden"
        r"|(?:wou|wilde) het (?:gewoon |alleen )?(?:aan )?iemand (?:zeggen|vertellen|laten weten)"
        r"|(?:brief|briefje|brieven) (?:\w+ )?geschreven (?:voor|aan) (?:mijn|mn|m n)\b"
        r"|ligt op (?:mijn|mn|het|m n) (?:bureau|bed|kussen|tafel|nachtkastje)\b"
        r"|laatste gedicht\b|vindt de brief\b|afscheid genomen van iedereen"
        r"|afscheids(?:bericht\w*|post\w*|video\w*)",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:verjaardag|bruiloft|kerst|vakantie|reis|feest|examen|tentamen|afspraak"
        r"|sollicitatie|verhuiz\w*|les|school|werk|collega|boek|serie|film|concert|festival)\b",
    ),
    # Death as a comfort: "de gedachte om er niet meer te zijn stelt me gerust".
    _rule(
        "nl-death-appeals",
        "gedachte|idee",
        r"(?:de gedachte|het idee) (?:om |aan |dat ik )?(?:er niet meer te zijn|niet meer te"
        r" bestaan|dood te gaan|te sterven|dood te zijn|niet meer wakker te worden)\b[^.!?]{0,30}"
        r"\b(?:troost|troostend|geruststellend|stelt me gerust|kalmeert|rustgevend|fijn)\b",
        SI,
        negatable=False,
        unless=r"\b(?:film|boek|roman|personage|serie|filosofie|les|geloof)\b",
    ),
    # -- Russian --------------------------------------------------------------------------
    _rule(
        "ru-desire-death",
        "умер|умир|сдох|жить|просып|исчезн|поконч|убить|уйти|повес|вскры|выпил|самоуб|резать|порез",
        r"(?P<neg>\bне )?(?P<v>хочу|(?P<p3>хочет)|хочется|хотела?|мечтаю|хотел бы|хотела бы"
        r"|готова?|лучше бы)(?: (?:просто|уже|очень|так|бы))* (?:умереть|умирать|сдохнуть|не жить"
        r"|не просыпаться|исчезнуть навсегда|покончить с собой|убить себя|покончить со всем"
        r"|уйти из жизни|повеситься|вскрыться|выпилиться|самоубиться|резать себя|порезать себя"
        r"|порезаться|резаться)",
        SI,
        negatable=False,
    ),
    _rule(
        "ru-life-negated",
        "жить|незачем|просып|существовать|устал|проснуться|zhit|хорошо|лучше",
        r"не (?:хочу|хочется|могу) (?:больше |уже )?жить|жить (?:больше |уже )?не (?:хочу|хочется)"
        r"|незачем жить|нет смысла жить|устала? жить|не хочу (?:больше )?просыпаться"
        r"|устала? (?:существовать|быть)\b|перестать существовать|хочу (?:просто )?не проснуться"
        r"|уснуть и (?:больше )?не просыпаться|ne hochu (?:bolshe |uzhe )?zhit"
        r"|не хочу (?:больше |уже )?существовать"
        r"|(?:хорошо|лучше) (?:бы )?(?:\w+ ){0,2}?не проснуться",
        SI,
        negatable=False,
    ),
    _rule(
        "ru-acts",
        "поконч|убить|убью|повес|вскры|налож|выпил|суицид|самоубий",
        r"(?P<v>поконч\w* (?:с|со) (?:собой|этим(?! (?!всем\b)\w+(?:ом|ем|ой|ей|ами|ями)\b)"
        r"|всем|жизнью)\b|убить себя|убью себя|повеситься"
        r"|повешусь"
        r"|вскрыть вены|вскрою вены|наложить на себя руки|выпилиться|суицид\w*|самоубийств\w*)",
        SI,
        mention=True,
    ),
    _rule(
        "ru-grief",
        "поконч",
        r"(?P<p3>(?:он|она|брат|сестра|друг|подруга|отец|мать|мама|папа)\w* (?:\w+ )?)покончила?"
        r" с собой|(?<!чуть не )(?<!едва не )(?<!почти )(?P<x3>)покончил[аи]? с собой",
        SI,
        level=Level.CONCERN,
        frame=True,
        negatable=False,
    ),
    _rule(
        "ru-self-harm",
        "реж|резат|порез|селфхарм|самоповрежд|причин|резал|прижига|царапа",
        r"(?:режу|резать|порезать|порезала?|режусь|резала?|резал) (?:себя|себе (?:руки|вены"
        r"|запястья|ноги))|селфхарм\w*|самоповрежд\w*|причин\w* себе (?:боль|вред)"
        r"|порезалась|порезался|резалась|резался|(?:прижига\w*|царапа\w*) себя",
        SH,
        unless=r"(?:лук\w*|резала? (?:лук|хлеб|овощи)|готовил\w*|случайно|бумаг\w*|кухн\w*"
        r"|чистил\w* (?:рыбу|картошку|овощи)|рыб\w*|овощ\w*|нечаянно|бритв\w* при бритье)",
    ),
    _rule(
        "ru-hopeless",
        "не могу|больше не|нет смысла|обуза|безнадеж|безнадёж",
        r"не могу больше|больше не могу|нет смысла|я обуза|безнад[её]жн\w*",
        HOPE,
        level=Level.CONCERN,
        negatable=False,
    ),
    # Colloquial and Ukrainian-influenced Russian: "нашто мне жить", "не вижу смысла жить",
    # "шоб меня не было", "когда меня не будет", "без меня будут жить лучше", "если я не
    # проснусь, никто не расстроится"; God asked to take the writer.
    _rule(
        "ru-regional-life-negated",
        "зачем|нашто|нахрена|нафига|для чего|ради чего|не вижу|ne vizhu|не было|не стало"
        "|не будет|не станет|без меня|никто|господи|боже|прошу|молю|молюсь|перестану"
        "|перестала|перестал|уйти навсегда|не хочу",
        r"(?:зачем|нашто|нахрена|нафига|для чего|ради чего) (?:мне )?(?:вообще |дальше |ещ[её] )?"
        r"жить\b"
        r"|не вижу смысла (?:дальше )?(?:жить|в жизни)|зачем я (?:вообще )?живу"
        r"|не хочу (?:больше )?быть(?= *(?:[.!?;,\n]|$))|ne vizhu smysla (?:dalshe )?(?:zhit"
        r"|v zhizni)"
        r"|(?:чтоб|чтобы|шоб|штоб) меня (?:просто )?(?:не было|не стало)"
        r"|(?:когда|если) меня (?:уже )?(?:не будет|не станет)"
        r"|без меня (?:\w+ ){0,2}?(?:будет|будут|станет|станут|заживут) (?:\w+ )?(?:лучше|легче"
        r"|проще)"
        r"|если я (?:\w+ )?(?:не проснусь|умру|исчезну|сдохну)\b[^.!?]{0,40}\bникто"
        r"|(?:перестану|перестала бы|перестал бы) (?:\w+ )?(?:отвечать|писать|выходить на связь)"
        r" навсегда|(?:просто )?уйти навсегда(?= *(?:[.!?;,\n]|$))"
        r"|(?:господи|боже)\b[^.!?]{0,20}\b(?:забери|прибери|возьми) меня"
        r"|(?:прошу|молю|молюсь)\b[^.!?]{0,30}\b(?:не проснулась|не проснулся|забрал меня"
        r"|забрали меня)",
        SI,
        negatable=False,
        unless=r"\b(?:отпуск\w*|командировк\w*|работ\w*|переезд\w*|поездк\w*|дома не будет"
        r"|не будет дома|компани\w*|отношени\w*|из дома|от него|от не[её]|от мужа|из группы"
        r"|из чата|школ\w*)\b",
    ),
    # Self-harm word orders and urges: "себя порезать", "сделать себе больно", "резать руки",
    # sitting with a blade; pills beside the writer.
    _rule(
        "ru-self-harm-regional",
        "порез|резат|поранить|ранить|изрезать|больно|сижу с|таблетки|снотворн|лекарства"
        "|сколько|прижига|выпью|выпил|съем|сожрал",
        r"себя (?:порезать|резать|поранить|ранить|изрезать)"
        r"|тянет (?:\w+ )?(?:порезаться|резаться|резать)"
        r"|(?:хочу|хочется|тянет) (?:\w+ )?сделать себе больно|сделаю себе больно"
        r"|резать (?:руки|вены|запястья|ноги)"
        r"|(?:порезала?|резала?|режу) (?:опять |снова |уже )?(?:руки|вены|запястья|ноги|бедра)"
        r"|прижига\w* (?:\w+ )?(?:руку|руки|кожу|себя)"
        r"|сижу (?:\w+ )?с (?:лезвием|ножом|таблетками|верёвкой|веревкой|бритвой)"
        r"|(?:выпью|выпила?|съем|сожрал\w*) вс[её](?: ,)? что (?:есть|было|осталось)"
        r"|(?:таблетки|снотворное|лекарства) (?:уже )?(?:рядом|тут|здесь|передо мной|в руке"
        r"|в руках)\b"
        r"|сколько (?:\w+ )?(?:снотворного|таблеток) (?:\w+ )?(?:опасно|смертельно|нужно|надо"
        r"|хватит)",
        SH,
        PLAN,
        negatable=False,
        unless=r"\b(?:лук\w*|хлеб\w*|овощ\w*|готовил\w*|готовлю|случайно|бумаг\w*|кухн\w*"
        r"|врач\w*|рецепт\w*|по назначению|волосы|вод\w*|чай|кофе|сок\w*|молок\w*|компот\w*)\b",
    ),
    # Danger now: a stepfather beating mum "прямо сейчас", a threat "убьёт, если не открою",
    # hiding in a cupboard.
    _rule(
        "ru-danger-now",
        "бь|избива|душит|убь|в шкафу|в ванной|в туалете|задуш|зареж|прибь",
        r"(?:бь[её]т|избивает|душит) (?:\w+ )?(?:маму|мать|сестру|брата|меня|нас) (?:прямо )?"
        r"сейчас"
        r"|(?:убь[её]т|задушит|зарежет|прибь[её]т)(?: меня)?(?: ,)? если (?:я )?(?:не )?(?:открою"
        r"|открою дверь|выйду|вернусь|позвоню|уйду|расскажу)"
        r"|я (?:\w+ )?(?:в шкафу|в ванной|в туалете) (?:сижу|прячусь|заперлась|заперся|закрылась"
        r"|закрылся)",
        DANGER,
        negatable=False,
        unless=r"\b(?:прятки|игра\w*|фильм\w*|сериал\w*|в детстве|шутк\w*)\b",
    ),
    # Belongings and pets handed out: "раздала свои вещи, кота отдала соседке".
    _rule(
        "ru-giving-away",
        "раздал|отдал",
        r"раздал\w* (?:свои |все |все свои )?(?:вещи|вещички|книги|одежду)",
        PLAN,
        negatable=False,
        unless=r"\b(?:переезд\w*|переезжа\w*|уборк\w*|аллерги\w*|продал\w*|малы)\b",
    ),
    # Sleeping pills fetched out ("снотворные ... достала"); wanting to die under a question;
    # "береги себя" as a parting word (weak, a crisis next to "спасибо за всё" or "прощай").
    _rule(
        "ru-means-fetched",
        "снотворн|таблетк|хотеть",
        r"(?:снотворн\w*|таблетк\w*)\b[^.!?]{0,30}\b(?:достала?|приготовила?|припрятала?"
        r"|насобирала?|выложила?)\b"
        r"|хотеть (?:умереть|умирать|покончить с собой|не жить)\b",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:врач\w*|рецепт\w*|аптек\w*|по назначению|витамин\w*|от головы|шутк\w*)\b",
    ),
    _rule(
        "ru-take-care",
        "береги|берегите",
        r"берег(?:и|ите) (?:себя|себе)",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:завтра|сегодня|до встречи|до завтра|пока пока|поездк\w*|дорог\w*|простуд\w*"
        r"|болеешь|экзамен\w*|выходн\w*|работ\w*)\b",
    ),
    # Goodbyes already said to everyone, as in English "said my goodbyes".
    _rule(
        "ru-said-goodbyes",
        "попрощал|со всеми|не ищи",
        r"(?:со всеми|с родными|с семь[её]й) (?:уже )?попрощал\w*|попрощал\w* со всеми"
        r"|не ищи(?:те)? меня|не ищите(?= *(?:[.!?;,\n]|$))",
        BYE,
        negatable=False,
        unless=r"\b(?:отпуск\w*|поездк\w*|переезд\w*|аэропорт\w*|вокзал\w*|работ\w*|коллег\w*"
        r"|праздник\w*)\b",
    ),
    # Weak signs of affairs being settled: the day it ends ("в субботу всё закончится"), "я
    # решила.", letters to mother and sister, a last poem left on the table, a friend's "last
    # day" message.
    _rule(
        "ru-affairs-settled",
        "закончится|кончится|я решил|написал|последн|оставлю|кота|кошку|собаку|пса|письма",
        r"(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|эти выходные)"
        r" вс[её] (?:закончится|кончится)"
        r"|вс[её] (?:закончится|кончится) (?:в|во) (?:понедельник|вторник|среду|четверг|пятницу"
        r"|субботу|воскресенье)"
        r"|я решила?(?= *(?:[.!?;\n]|$))"
        r"|написала? (?:\w+ )?письма (?:маме|папе|сестре|брату|детям|мужу|жене|родителям)"
        r"|письма (?:маме|папе|сестре|брату|детям|мужу|жене|родителям) (?:лежат|оставила?)"
        r"|последнее стихотворение|оставлю на столе"
        r"|(?:кота|кошку|собаку|пса) отдал\w* (?:соседке|соседу|подруге|сестре|маме|брату|другу)"
        r"|(?:это|сегодня) (?:\w+ )?последний день(?! (?:отпуска|работы|лета|каникул|в школе))",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:день рождения|свадьб\w*|отпуск\w*|поездк\w*|экзамен\w*|праздник\w*|переезд\w*"
        r"|работ\w*|школ\w*|учеб\w*|книг\w*|фильм\w*|конкурс\w*)\b",
    ),
    # Death as a comfort: "мысль о смерти успокаивает", "думаю о смерти с облегчением".
    _rule(
        "ru-death-appeals",
        "мысль|мысли|думаю",
        r"(?:мысль|мысли) (?:о смерти|о том,? чтобы не (?:жить|быть|проснуться)|умереть)\b"
        r"[^.!?]{0,30}(?:успокаива\w*|утеша\w*|облегчени\w*|приятн\w*)"
        r"|думаю о смерти\b[^.!?]{0,40}\bс облегчением",
        SI,
        negatable=False,
        unless=r"\b(?:фильм\w*|книг\w*|роман\w*|персонаж\w*|сериал\w*|философ\w*|урок\w*)\b",
    ),
    # Round-two rule pass, helper C: in de/fr/es/nl/ru, a knife in hand while he sleeps; nobody
    # would notice if I were gone; regret at having survived; still wanting to die; the wish that
    # it stop and the only way out; steering into a tree or a truck; a step off the platform; a
    # day set and the matter decided; hurting oneself till it bleeds; an abuser still in the
    # flat; better for all if I did not exist; out of the way; affairs handed over; an end "with
    # everything"; disappearing, not travelling; looked up how; someone else's overdose; a
    # goodbye then silence; no point in living; all the pills laid out, the rope already there.
    #
    # Rage at a sleeping partner with a knife in hand: "ich steh mit dem Messer da und er
    # pennt", "j'ai pris le couteau et il dort", "tengo el cuchillo y él duerme".
    _rule(
        "xl-knife-while-asleep",
        "messer|couteau|cuchillo|een mes|het mes|mijn mes|dat mes|нож",
        r"(?:messer|couteau|cuchillo|(?:een|het|mijn|dat|t) mes|нож\w*)\b[^.!?\n]{0,60}?"
        r"\b(?:er|sie|il|elle|el|ella|hij|zij|ze|он|она)\b(?: \w+){0,3}? (?:schlaft|schlaeft"
        r"|pennt|dort|duerme|esta dormid[oa]|sigue dormid[oa]|slaapt|ligt te slapen|спит|уснул\w*"
        r"|заснул\w*)\b"
        r"|(?:er|il|el|hij|он|она) (?:schlaft|pennt|dort|duerme|slaapt|спит)\b[^.!?\n]{0,50}?"
        r"\b(?:messer|couteau|cuchillo|(?:een|het|mijn|dat) mes|нож\w*)\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:brot\w*|gemuse|kuchen|koche\w*|zwiebel\w*|pain|legumes|gateau|oignon\w*"
        r"|pan|verdura\w*|cebolla\w*|cocin\w*|tarta|brood|groente\w*|kook\w*|koken|ui|uien|хлеб\w*"
        r"|овощ\w*|лук|готов\w*|торт\w*|film\w*|serie|pelicula|фильм\w*)\b",
    ),
    # Nobody would notice, or miss the writer, if they were gone: "ob es überhaupt jemandem
    # auffallen würde, wenn ich weg wär", "personne remarquerait si je disparaissais".
    _rule(
        "xl-nobody-would-notice",
        "niemand|keiner|keinem|jemand|personne|nadie|geen mens|никто",
        r"(?:niemand|keiner|keinem|jemand\w*)\b[^.!?]{0,30}?\b(?:merk\w*|auffallen|auffiele"
        r"|vermiss\w*)\b[^.!?]{0,25}?\b(?:wenn|falls) ich (?:\w+ )?(?:weg|tot|nicht mehr da"
        r"|verschwinde|verschwunden|verschwinden wurde|nicht mehr (?:lebe|lebte))\b"
        r"|personne (?:ne )?(?:remarquerait|remarquera|verrait|verra|s ?en rendrait compte"
        r"|sapercevrait|me regretterait|me manquerait)\b[^.!?]{0,15}?\bsi (?:je|jetais|j etais)"
        r" (?:\w+ )?(?:disparaissais|disparais|partais|mourais|netais plus la|n etais plus la"
        r"|etais plus la|plus la|etais mort\w*|mort\w*)\b"
        r"|nadie (?:lo )?(?:notaria|notara|se daria cuenta|me echaria de menos|me extranaria)\b"
        r"[^.!?]{0,15}?\bsi (?:yo )?(?:desapareciera|me muriera|no estuviera|ya no estuviera"
        r"|me fuera para siempre|dejara de existir)\b"
        r"|(?:niemand|geen mens)\b[^.!?]{0,20}?\b(?:merken|merkt|missen|mist|opmerken"
        r"|opvallen)\b[^.!?]{0,20}?\b(?:als|wanneer|mocht) ik (?:er )?(?:\w+ )?(?:niet meer"
        r" (?:was|ben|zou zijn|zijn)|weg (?:was|ben|zou zijn)|dood (?:was|ben|zou zijn|ga)"
        r"|verdween|verdwijn|er niet meer was)\b"
        r"|никто (?:бы )?(?:и )?(?:даже )?(?:не )?(?:заметил|заметит|хватился|хватится"
        r"|расстроился|расстроится|скучал|вспомнил)\w*\b[^.!?]{0,20}?\bесли (?:бы )?(?:меня не"
        r" (?:стало|станет|будет|было)|я (?:исчезну|исчезла?|умру|умерла?|пропаду|пропала?))",
        SI,
        negatable=False,
        unless=r"\b(?:urlaub|reise|ferien|arbeit|buro|schule|party|feier|vacances|voyage|travail"
        r"|boulot|bureau|ecole|soiree|fete|vacaciones|viaje|trabajo|oficina|fiesta|clase"
        r"|vakantie|reis|werk|kantoor|feest|les|school|отпуск\w*|поездк\w*|работ\w*|офис\w*"
        r"|школ\w*|вечеринк\w*|урок\w*|minute\w*|minuto\w*|stunde\w*|heure\w*|hora\w*|uur"
        r"|минут\w*|час\w*)\b",
    ),
    # Regret at having survived or been found: "wär ich damals nur nicht gefunden worden", "je
    # regrette de m'être réveillée aux urgences", "лучше бы я тогда не выжила", "жалею, что
    # меня откачали", "ojalá no me hubieran encontrado", "hadden ze me maar niet gevonden".
    _rule(
        "xl-regret-surviving",
        "wunsch|war ich|ware ich|waere ich|hatte ich|hatten sie|regrette|aurais|ojala"
        "|me arrepiento|was ik|had ik|hadden ze|лучше бы|жалею|зря",
        r"(?:wunschte|wunschte mir|wunsche mir)\b[^.!?]{0,40}?\bich (?:\w+ ){0,7}?(?:gestorben"
        r"|tot geblieben|draufgegangen|nicht (?:uberlebt|aufgewacht|gefunden worden))\b"
        r"|(?:war|ware|waere|hatte) ich (?:\w+ ){0,4}?(?:nur|doch|blo?ss) (?:nicht|nie|auch)"
        r" (?:gefunden|gerettet|wiederbelebt|aufgewacht|uberlebt|gestorben)\w*"
        r"|hatten (?:sie|die) mich (?:\w+ ){0,2}?(?:nur|doch) (?:nicht|nie) (?:gefunden|gerettet"
        r"|wiederbelebt)"
        r"|regrette (?:de m ?etre|de metre|davoir|d avoir|qu ?on m ?ait|quon mait) (?:\w+ )?"
        r"(?:reveille\w*|sauve\w*|trouve\w*|reanime\w*|survecu)\b"
        r"|(?:jaurais|j aurais) (?:\w+ )?(?:du|voulu|prefere) (?:y rester|mourir"
        r"|ne pas me reveiller"
        r"|pas me reveiller|ne pas survivre|pas survivre)\b"
        r"|ojala (?:me muera|me muriera|no despierte|no despertara|no me despierte|no haber"
        r" sobrevivido|no me hubieran (?:encontrado|salvado|reanimado)|me hubiera muerto"
        r"|hubiera muerto)\b"
        r"|me arrepiento de (?:haber sobrevivido|haberme despertado|que me (?:encontraran"
        r"|salvaran|reanimaran))\b"
        r"|(?:was|ware) ik (?:\w+ )?maar (?:\w+ )?(?:nooit geboren|dood|nooit wakker geworden"
        r"|er niet meer|weg(?! (?:uit|van|bij|hier|daar|naar)))\b"
        r"|(?:hadden ze|had ik) (?:me |het )?maar (?:niet|nooit) (?:gevonden|gered|gereanimeerd"
        r"|overleefd)\b"
        r"|лучше бы я (?:тогда |тоже |просто )?(?:не выжила?|умерла?|умер|не проснулась?"
        r"|не проснулся|сдохла?)\b"
        r"|(?:жалею|зря)(?: ,)? что (?:меня (?:\w+ )?(?:откачали|спасли|нашли|реанимировали)"
        r"|(?:я )?(?:выжила?"
        r"|проснулась?|проснулся|осталась? жив\w*))"
        r"|зря меня (?:откачали|спасли|нашли|реанимировали)",
        SI,
        negatable=False,
        unless=r"\b(?:lachen|vor lachen|rire|de rire|risa|de la risa|lachen|смеха|со смеху"
        r"|wecker|reveil|despertador|wekker|будильник\w*|zu fruh|trop tot|si tot|ce matin"
        r"|tan temprano"
        r"|te vroeg"
        r"|рано|konzert|concert|party|fete|fiesta|feest|film\w*|serie|game|jeu|juego|spel)\b",
    ),
    # Still wanting to die (after a discharge): "ich will immer noch nicht mehr leben", "sigo
    # queriendo morirme", "ik wil nog steeds dood"; with the verb first or last ("will ich
    # nicht mehr leben", "dat ik er niet meer wil zijn").
    _rule(
        "xl-still-want-to-die",
        "leben|sterben|tot sein|da sein|existieren|morir|matarme|suicidarme|quitarme|desaparecer"
        "|dood|sterven|niet meer|mourir|en finir|me tuer|умереть|не жить|покончить|сдохнуть"
        "|klaar met|fertig mit|wakker|aufzuwachen|nicht mehr|bestaan|существовать|просыпаться"
        "|проснуться|exister|etre la|me reveiller|existir|despertar|endormir",
        r"(?:will|mochte) (?:ich )?(?:\w+ )?(?:immer noch|noch immer|nach wie vor|weiterhin)"
        r" (?:nicht mehr (?:leben|da sein|existieren)|sterben|tot sein)\b"
        r"|(?:will|mag|mochte) ich (?:\w+ )?(?:nicht mehr|nimmer|nicht langer) (?:leben"
        r"|weiterleben|da sein|existieren)\b(?! (?:wie|in|mit|so|bei|hier|ohne|als))"
        r"|(?:will|mochte) ich (?:einfach |nur )?(?:sterben|tot sein)\b"
        r"|(?:sigo|continuo) (?:queriendo|con ganas de|pensando en) (?:morir(?:me)?|matarme"
        r"|suicidarme|quitarme la vida|desaparecer para siempre)\b"
        r"|(?:wil|wou) (?:ik )?(?:\w+ )?(?:nog steeds|nog altijd|steeds nog) (?:dood|sterven"
        r"|niet meer leven|er niet meer zijn|mezelf (?:van kant maken|doden|ombrengen))\b"
        r"|(?:dat|omdat|want) ik (?:er )?(?:\w+ )?niet meer (?:wil|wou) (?:zijn|leven|bestaan)\b"
        r"|(?:ik )?ben (?:\w+ ){0,2}?klaar met (?:het|dit|mijn) leven\b(?! (?:als|van|in|bij))"
        r"|(?:ich )?bin (?:\w+ )?fertig mit dem leben\b|mit dem leben abgeschlossen"
        r"|(?:veux|voudrais) (?:toujours|encore) (?:mourir|en finir|me tuer)\b"
        r"|(?:вс[её] ещ[её]|до сих пор|по-прежнему|по прежнему) (?:хочу|хочется) (?:умереть"
        r"|не жить|покончить с собой|сдохнуть)\b"
        # Not waking, not being there, not existing as a thought or a comfort: "denke jeden Tag
        # daran, nicht mehr aufzuwachen", "fijn om niet meer te bestaan", "хорошо не существовать".
        r"|(?:hoef|hoeft) (?:ik )?(?:\w+ )?niet meer wakker te worden\b"
        r"|(?:denke|denk|dachte|gedanke\w*)\b[^.!?]{0,40}?\b(?:nicht mehr (?:da zu sein"
        r"|aufzuwachen|zu leben|zu existieren)|tot zu sein)\b"
        r"|wunsch\w* (?:mir )?(?:\w+ ){0,4}?dass ich (?:\w+ )?(?:nicht mehr da|tot|nicht mehr am"
        r" leben|nicht mehr aufwache)\b"
        r"|(?:fijn|lekker|prettig|heerlijk|mooi) (?:\w+ ){0,2}?om (?:\w+ )?niet meer te (?:bestaan"
        r"|zijn|leven)\b"
        r"|(?:хорошо|здорово|неплохо|проще|легче) (?:просто )?не (?:существовать|жить|просыпаться"
        r"|проснуться)\b"
        r"|schon (?:ware|waere|war) es(?: ,)? (?:\w+ )?nicht mehr (?:da zu sein|zu existieren"
        r"|aufzuwachen)\b"
        r"|ce serait (?:\w+ )?(?:bien|bon|doux|reposant) de (?:ne )?plus (?:exister|etre la"
        r"|me reveiller)\b"
        r"|seria (?:\w+ )?(?:bueno|lindo|genial|un alivio) (?:no (?:existir|despertar)|dejar de"
        r" existir)\b"
        r"|(?:aimerais|voudrais|veux) (?:juste |seulement )?m ?endormir (?:et )?(?:que ce soit fini"
        r"|pour toujours|pour de bon|et ne (?:plus|pas) me reveiller)",
        SI,
        negatable=False,
        unless=r"\b(?:film\w*|serie|buch|roman|livre|libro|boek|книг\w*|фильм\w*|figur\w*"
        r"|personnage|personaje|personage|персонаж\w*)\b",
    ),
    # The wish that it stop, and a single way out (weak: a crisis next to each other or any
    # other sign): "ich will nur, dass es aufhört. Und ich kenn nur einen Weg.", "je veux juste
    # que ça s'arrête", "ik zie geen andere manier", "другого способа не вижу".
    _rule(
        "xl-stop-and-one-way",
        "aufhort|aufhoert|vorbei ist|endet|zu ende|sarrete|s arrete|finisse|se termine|se acabe"
        "|pare|termine|ophoudt|stopt|voorbij|прекратил|закончил|кончил|weg|ausweg|losung|manier"
        "|uitweg|oplossing|способа|выхода|solution|issue|sortie|moyen|salida|forma|manera|solucion",
        r"(?:will|mochte|wunsch\w*) (?:\w+ |, ){0,3}?dass (?:es|alles|das alles) (?:\w+ )?"
        r"(?:aufhort|aufhoert|vorbei ist|endet|zu ende ist)\b"
        r"|(?:veux|voudrais|veut) (?:\w+ |, ){0,2}?que (?:tout |ca |cela )?(?:s ?arrete|sarrete"
        r"|finisse"
        r"|se termine)\b"
        r"|quiero (?:\w+ |, ){0,2}?que (?:todo |esto )?(?:se acabe|pare|termine|se termine)\b"
        r"|(?:wil|wou) (?:\w+ |, ){0,2}?dat (?:het|alles) (?:\w+ )?(?:ophoudt|stopt|voorbij is)\b"
        r"|(?:хочу|хочется)(?: ,)? чтобы (?:вс[её] |это )?(?:прекратилось|закончилось|кончилось)"
        r"|(?:kenn|kenne|sehe|seh|gibt|gibts) (?:\w+ )?(?:nur (?:noch )?(?:einen|eine) (?:weg"
        r"|ausweg|losung)|keinen anderen (?:weg|ausweg))\b(?! (?:als|aus der|zur|zum|nach))"
        r"|(?:zie|ken|is) (?:\w+ )?(?:geen andere (?:manier|uitweg|oplossing|weg)|maar een"
        r" (?:manier|uitweg))\b(?! (?:dan|om|naar))"
        r"|(?:другого (?:способа|выхода) (?:не вижу|нет)|не вижу другого (?:способа|выхода))"
        r"(?! (?:кроме|как))"
        r"|(?:une seule (?:solution|issue|sortie)|pas d ?autre (?:solution|issue|moyen|sortie))"
        r"(?! (?:que|de|pour))"
        r"|(?:no veo|no hay|no conozco|no tengo|solo veo|solo conozco|solo hay) (?:otra|una)"
        r" (?:salida|forma|manera|solucion)\b(?! (?:que|de|para|mas))",
        SI,
        weak=True,
        negatable=False,
        unless=r"\b(?:larm|streit|regen|schmerz\w*|kopfschmerz\w*|bruit|pluie|ruido|lluvia"
        r"|lawaai|regen|шум\w*|дожд\w*|job|arbeit|travail|trabajo|werk|работ\w*|beziehung"
        r"|relation|relacion|relatie|отношени\w*)\b",
    ),
    # Steering into a tree, a truck or the barrier: "das Lenkrad rumzureißen", "meterme contra
    # un camión", "свернуть в отбойник", "ik rij straks tegen een boom".
    _rule(
        "xl-steer-into",
        "lenkrad|baum|pfeiler|bruckenpfeiler|lkw|laster|mauer|leitplanke|gegenverkehr|arbre|mur "
        "|camion|pilier|platane|poids lourd|glissiere|pile de pont|meterme|estrellarme|empotrarme"
        "|tirarme|chocarme|lanzarme|boom|muur|vrachtwagen|pijler|vangrail|truck|свернуть|врезаться"
        "|въехать|влететь|вылететь",
        r"lenkrad (?:\w+ )?(?:rumzureissen|rumreissen|herumzureissen|herumreissen|zu verreissen"
        r"|verreissen)\b"
        r"|(?:gegen|in) (?:einen|den|die|eine) (?:baum|bruckenpfeiler|pfeiler|lkw|laster|mauer"
        r"|leitplanke|gegenverkehr) (?:zu )?(?:fahren|rasen|knallen|steuern|lenken)\b"
        r"|(?:finir|me foutre|me jeter|me planter|foncer|me crasher|me mettre) (?:\w+ )?(?:dans"
        r"|contre) (?:un|le|la|l|une) ?(?:arbre|mur|camion|pilier|platane|poids lourd|glissiere"
        r"|pile de pont)\b"
        r"|(?:meterme|estrellarme|empotrarme|tirarme|chocarme|lanzarme) (?:\w+ )?(?:contra|bajo"
        r"|debajo de) (?:un|el|una|la) (?:camion|arbol|muro|pared|tren|poste|trailer)\b"
        r"|(?:rij|rijd|knal|stuur|ga) (?:\w+ ){0,3}?tegen (?:een|de) (?:boom|muur|vrachtwagen"
        r"|pijler|vangrail|truck)\b"
        r"|tegen (?:een|de) (?:boom|muur|vrachtwagen|pijler|vangrail|truck) (?:aan )?te (?:rijden"
        r"|knallen|sturen|crashen)\b"
        r"|(?:свернуть|врезаться|въехать|влететь|вылететь) (?:\w+ )?(?:в|на|под) (?:отбойник"
        r"|дерево|столб|стену|встречку|встречную|фуру|грузовик|камаз)\b",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:fast|beinahe|unfall|glatte|glatteis|failli|accident|verglas|casi"
        r"|accidente|hielo|bijna|ongeluk|gladheid|чуть не|авари\w*|гололед\w*|film\w*|game"
        r"|glatt|aufpassen|vorsichtig|prudent\w*|cuidado|voorzichtig|осторожн\w*|schnee|neige"
        r"|nieve|sneeuw|снег\w*|fahrschule|auto ecole|autoescuela|rijles|автошкол\w*"
        r"|videojuego\w*|jeu video|videogame\w*|computerspiel\w*|videospiel\w*"
        r"|jeu|juego|spel|игр\w*)\b",
    ),
    # A step off the platform: "op het perron denk ik: één stap", "на платформе думаю шагнуть",
    # "am Bahnsteig denke ich an den einen Schritt".
    _rule(
        "xl-platform-step",
        "perron|bahnsteig|gleis|quai|anden|платформ|перрон",
        r"(?:perron|bahnsteig\w*|gleis\w*|quai|anden|платформ\w*|перрон\w*)\b[^.!?\n]{0,60}?"
        r"\b(?:een stap|ervoor|voor de trein|onder de trein|ervoor springen|einen schritt"
        r"|vor den zug|vor die bahn|davor springen|un pas|devant le train|sous le train"
        r"|sauter devant|un paso|delante del tren|tirarme|шагнуть|сделать шаг|прыгнуть"
        r"|под поезд)\b",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:zuruck|achteruit|recule\w*|atras|назад|verpasst|gemist|rate|perdi"
        r"|опоздал\w*|verspat\w*|vertraging|retard|retraso|задерж\w*|abstand|afstand|distance"
        r"|distancia|дистанц\w*)\b",
    ),
    # A day set and the matter decided (weak: a crisis next to any other sign): "Samstag ist es
    # soweit", "el viernes lo hago", "zondag is het zover", "в субботу. я уже решила", "ya lo
    # tengo decidido", "c'est la dernière fois que je t'écris", "ich werd mich nicht mehr melden".
    _rule(
        "xl-day-set",
        "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
        "|vendredi|samedi|dimanche|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado"
        "|el domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|в понедельник"
        "|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|понедельник|вторник|среду"
        "|четверг|пятницу|субботу|воскресенье|bis dahin|decid|decision|geregeld|besloten|derniere"
        "|ultima|melden|reviendrai|напишу|писать|решил|qui me trouv|mich findet|me encuentre"
        "|me encuentren|niet vind|не наш|hier niet|не будет|не станет|danke",
        r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (?:ist es soweit"
        r"|ist es so weit|mach ich es|mache ich es|tu ich es|passiert es)\b"
        r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:, )?(?:c ?est decide|je le"
        r" fais|cest le jour|c est le jour)\b"
        r"|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) lo hago\b"
        r"|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?:is het zover"
        r"|doe ik het|gebeurt het)\b"
        r"|(?:в понедельник|во вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье)"
        r"(?= *(?:[.!?;,\n]|$))|(?:в|во) (?:понедельник|вторник|среду|четверг|пятницу|субботу"
        r"|воскресенье) (?:вс[её] )?(?:закончу|сделаю это|это сделаю)"
        r"|bis dahin (?:hab|habe) ich alles (?:geregelt|erledigt)\b"
        r"|(?:ya )?lo tengo decidido|ya (?:lo )?he decidido(?= *(?:[.!?;\n]|$))"
        r"|(?:jai|j ai) pris ma decision|c ?est decide(?= *(?:[.!?;\n]|$))"
        r"|ik heb (?:alles geregeld|het besloten)(?= *(?:[.!?;\n]|$))"
        r"|(?:c ?est|es) (?:la )?(?:derniere|ultima) (?:fois|vez) (?:que )?(?:je (?:t|vous) "
        r"?ecris|jtecris|te escribo|escribo aqui|que te escribo)\b|esta es mi ultima vez aqui"
        r"|(?:ich )?(?:werd|werde) mich (?:hier )?nicht mehr melden"
        r"|(?:je )?(?:ne )?(?:reviendrai|reviendrais) (?:plus|pas) (?:ecrire|ici)"
        r"|ik ga hier niet meer (?:schrijven|komen)|больше не (?:напишу|буду писать)"
        r"|я (?:уже )?вс[её] решила?\b|я (?:уже )?решила?(?= *(?:[.!?;,\n]|$))"
        r"|решила?(?: ,)? что(?= (?:в|во) )|меня (?:просто |уже )?(?:не будет|не станет)"
        r"(?= *(?:[.!?;\n]|$))|danke (?:fur|fuer) die letzten (?:wochen|monate|jahre"
        r"|tage)\b"
        # Arranged so that a mother or a child is not the one who finds the writer.
        r"|(?:pour que|pour pas que|afin que) (?:ce (?:ne )?soit pas|ce soit pas) (?:ma|mon|mes"
        r"|les) \w+ qui me (?:trouve|trouvent|retrouve)\b"
        r"|damit (?:nicht )?(?:meine|mein|die|der) \w+ mich (?:nicht )?findet\b"
        r"|para que no me (?:encuentre|encuentren) (?:mi|mis) \w+"
        r"|zodat (?:mijn|m) \w+ (?:me|mij) niet (?:vindt|vinden)\b"
        r"|чтобы (?:меня )?не наш(?:ла|ел|ли) (?:мама|мать|дочь|сын|папа|дети)",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:hochzeit|feier|party|umzug|urlaub|prufung|geburtstag|konzert|spiel|termin"
        r"|mariage|fete|demenagement|vacances|examen|anniversaire|concert|match|rendez vous"
        r"|boda|fiesta|mudanza|vacaciones|cumple\w*|concierto|partido|cita|bruiloft|feest"
        r"|verhuiz\w*|vakantie|tentamen|verjaardag|concert|wedstrijd|afspraak|свадьб\w*"
        r"|праздник\w*|переезд\w*|отпуск\w*|экзамен\w*|день рождения|концерт\w*|матч\w*"
        r"|каникул\w*|kurs|cours|curso|cursus|курс\w*|job|boulot|trabajo|baan|работ\w*"
        r"|diat\w*|dieta|regime|dieet|диет\w*|rauchen|fumer|fumar|roken|курить)\b",
        unless_after=r"\b(?:hochzeit|party|umzug|urlaub|mariage|fete|vacances|boda|fiesta"
        r"|bruiloft|feest|vakantie|свадьб\w*|праздник\w*|отпуск\w*)\b",
    ),
    # Hurting oneself till it bleeds or bruises, banging the head against the wall, cutting
    # again: "ich kratz mich bis es blutet", "me taper les cuisses jusqu'aux bleus", "me doy
    # golpes contra la pared", "бьюсь головой об стену", "heb weer gekrast", "опять резала руки".
    _rule(
        "xl-hurt-till-it-shows",
        "blut|blaue flecken|kopf|jusqu|golpes|cabezazos|punetazos|golpeo|rasco|aranno|muerdo"
        "|hoofd tegen|бьюсь|gekrast|gesneden|резал|порезал|режу|резать|резануть|порезаться|прижг",
        r"(?:kratz\w*|ritz\w*|schlag\w*|hau|haue|beiss\w*) (?:mich"
        r"|mir (?:\w+ ){1,2}) (?:\w+ ){0,3}?"
        r"(?:bis (?:es|ich) (?:blut\w*|blaue flecken)|blutig|bis aufs blut)"
        r"|me (?:taper|tape|frapper|frappe|griffer|griffe|gratter|gratte|mordre"
        r"|mords) (?:\w+ ){0,6}?"
        r"(?:jusquaux (?:bleus|sang)|jusqu aux (?:bleus|sang)|jusquau sang|jusqu au sang"
        r"|jusqua (?:saigner|avoir des bleus)|jusqu a (?:saigner|avoir des bleus))"
        r"|me (?:doy|daba|di) (?:golpes|cabezazos|punetazos) (?:contra|en)"
        r"|me (?:golpeo|rasco|aranno|muerdo) (?:\w+ ){0,3}?(?:contra la pared|hasta sangrar"
        r"|hasta que sangra|hasta hacerme sangre|hasta dejarme marcas)"
        r"|(?:schlag|schlage|hau|haue) (?:mir |meinen )?(?:den |meinen )?kopf (?:gegen|an) (?:die"
        r" )?(?:wand|tur)"
        r"|(?:bonk|sla|bons) (?:mijn|met mijn) hoofd tegen (?:de )?(?:muur|deur)"
        r"|бьюсь (?:\w+ )?головой (?:об|о|в) (?:стену|стенку|пол|дверь)"
        r"|(?:heb|had|ik heb) (?:me |mezelf )?(?:\w+ )?(?:weer|opnieuw|vannacht|gisteren) (?:\w+ )?"
        r"(?:gekrast|gesneden)(?= *(?:[.!?;,\n]|$)| (?:vannacht|vandaag|gisteren|vanavond|na)\b)"
        r"|(?:опять|снова|вчера|сегодня) (?:\w+ )?(?:резала?|порезала?|режу) (?:себе )?(?:руки|руку"
        r"|запяст\w*|ноги|ногу|бедр\w*|кожу)\b"
        r"|прижгла? (?:себе )?(?:руку|кожу|запястье|ногу) (?:сигаретой|зажигалкой)"
        r"|(?:хочется|хочу|тянет) (?:снова |опять )?(?:резать(?:ся)?|порезаться|резануть)"
        r"(?= *(?:[.!?;,\n]|$)| (?:прямо сейчас|сейчас|руки|себя)\b)",
        SH,
        negatable=False,
        unless=r"\b(?:konnte|koennte|wurde am liebsten|pourrais|podria|zou kunnen|kon|мог бы"
        r"|могла бы|moustique\w*|mucke\w*|mugg\w*|mosquito\w*|комар\w*|hund|chien|perro|hond"
        r"|собак\w*|katze|chat|gato|kat|кошк\w*|ausschlag|eczema|ekzem|neurodermitis|juckt"
        r"|papier|papel|бумаг\w*|случайно|per ongeluk|sin querer|par accident|aus versehen"
        r"|хлеб\w*|овощ\w*|лук|готов\w*|brood|groente\w*|ui|risa|rire|lachen|смех\w*|chiste"
        r"|blague|witz|grap\w*|шутк\w*)\b",
    ),
    # The abuser hit or threatened and is still there: "il a cassé la porte. il est encore dans
    # l'appartement", "hij heeft me net geslagen en hij is nog thuis", "me está esperando fuera".
    _rule(
        "xl-abuser-still-here",
        "kuche|wohnung|flur|wohnzimmer|haus|schlafzimmer|zu hause|vor der tur|unten|draussen"
        "|drausen|gleich wieder|gleich zuruck|bald wieder|bald zuruck|sofort wieder|sofort zuruck"
        "|cuisine|appartement|lappartement|salon|maison|couloir|lentree|l entree|devant la porte"
        "|en bas|revient|va revenir|cocina|casa|la puerta|el portal|abajo|fuera|afuera|thuis"
        "|in huis|keuken|beneden|voor de deur|buiten|terug|weer|дома|квартир|кухне|за дверью"
        "|под дверью|внизу|стоит под",
        r"(?:er|sie|mein ex) (?:ist|steht|sitzt|wartet) (?:noch |immer noch |gerade |jetzt "
        r"|hier )?(?:in"
        r" der (?:kuche|wohnung)|im (?:flur|wohnzimmer|haus|schlafzimmer)|zu hause|vor der tur"
        r"|unten|drau?ssen)\b|(?:er|sie) kommt (?:gleich|bald|sofort) (?:wieder|zuruck)\b"
        r"|(?:il|elle) est (?:encore |toujours |juste )?(?:dans (?:la cuisine|lappartement|l"
        r" appartement|le salon|la maison|le couloir|lentree|l entree)|devant la porte|en bas"
        r"|a la maison|la)\b|(?:il|elle) (?:revient|va revenir) (?:bientot|tout de suite)\b"
        r"|(?:el|ella) (?:esta|sigue) (?:todavia |aun |aqui |ahi )?(?:en (?:la cocina|casa"
        r"|el salon|la puerta|el portal)|abajo|fuera|afuera)\b"
        r"|(?:me esta esperando|esta esperando|esta abajo|sigue abajo) (?:\w+ )?(?:fuera|abajo"
        r"|afuera|en la puerta|en el portal)\b"
        r"|(?:hij|zij|ze|mijn ex) (?:is|zit|staat) (?:nog |nu |nog steeds )?(?:thuis|in huis"
        r"|in de keuken"
        r"|beneden|voor de deur|buiten)\b|(?:hij|zij) komt (?:zo|zometeen|straks) (?:terug"
        r"|weer)\b"
        r"|(?:он|она) (?:ещ[её] |сейчас |вс[её] ещ[её] )?(?:дома|в квартире|на кухне|за дверью"
        r"|под дверью|внизу)\b|стоит под дверью",
        DANGER,
        negatable=False,
        requires=r"\b(?:geschlagen|schlagt|schlaegt|verprugel\w*|bedroh\w*|droht|umbringen"
        r"|gewurgt|eingetreten|frappe\w*|frapper|me tuer|cogne\w*|menace\w*|casse la porte"
        r"|defonce\w*|pegado|pego|golpe\w*|partir la cara|rompe la cara|romper la cara|matarme"
        r"|amenaz\w*|geslagen|slaat|sloeg|gedreigd|dreigt|bedreig\w*|geschopt|бил|бь[её]т|избил\w*"
        r"|ударил\w*|выломает|угрожа\w*|убь[её]т)\b",
        requires_across=True,
        unless=r"\b(?:film\w*|serie|pelicula|фильм\w*|spiel|jeu|juego|spel|игр\w*|fruher|autrefois"
        r"|antes|vroeger|раньше бил|tennis|schach|echecs|ajedrez|schaken|шахмат\w*|karten|cartes"
        r"|cartas|kaarten|карт\w*|partie|partida|potje|wette|pari|apuesta|weddenschap|пари)\b",
    ),
    # Better for everyone if the writer did not exist: "es wäre für alle leichter, wenn es mich
    # nicht gäbe", "mieux si je n'existais pas", "лучше уйти насовсем".
    _rule(
        "xl-better-not-existing",
        "besser|leichter|einfacher|mieux|plus simple|plus facile|mejor|mas facil|beter"
        "|makkelijker|лучше",
        r"(?:besser|leichter|einfacher) (?:\w+ |, ){0,5}?wenn es mich (?:\w+ )?nicht (?:mehr )?"
        r"(?:gabe|gaebe|gab|gibt|geben wurde)\b"
        r"|(?:mieux|plus simple|plus facile) (?:\w+ ){0,4}?si je (?:n ?existais|nexistais|existais)"
        r" (?:pas|plus)\b"
        r"|(?:mejor|mas facil) (?:\w+ ){0,4}?si (?:yo )?no (?:existiera|hubiera nacido)\b"
        r"|(?:beter|makkelijker) (?:\w+ ){0,4}?als ik (?:er )?niet (?:meer )?(?:zou )?(?:bestond"
        r"|bestaan|geboren was)\b"
        r"|лучше (?:мне )?(?:просто )?(?:уйти|исчезнуть) (?:насовсем|навсегда)\b(?! (?:из|с|от))",
        SI,
        negatable=False,
        unless=r"\b(?:film\w*|serie|pelicula|фильм\w*|spiel|jeu|juego|spel|игр\w*|job|arbeit"
        r"|travail|trabajo|werk|работ\w*|team|equipe|equipo|команд\w*|gruppe|groupe|grupo|groep"
        r"|групп\w*|chat)\b",
    ),
    # Taking oneself out of the way, and feeling a burden (weak: a crisis next to any other
    # sign): "lo mejor sería quitarme de en medio", "me siento un estorbo".
    _rule(
        "es-out-of-the-way",
        "quitarme|me quito|me quitare|quitarse|estorbo|carga",
        r"(?:quitarme|me quito|me quitare|quitarse) de en medio\b(?! (?:para que|un rato|un momento"
        r"|mientras))"
        r"|(?:soy|me siento|siento que soy) (?:solo |solamente )?(?:un|una) (?:estorbo|carga)"
        r" (?:para|pa) (?:todos|todo el mundo|mi familia|mis hijos|los demas)\b"
        r"|(?:me siento|soy) (?:solo |solamente )?(?:un|una) (?:estorbo|carga)(?= *(?:[.!?;,\n]|$)"
        r"| y\b)",
        SI,
        weak=True,
        negatable=False,
        unless=r"\b(?:reunion\w*|clase|trabajo|oficina|cocina|foto|conversacion|discusion"
        r"|pareja de|fiesta)\b",
    ),
    # Affairs handed over (weak: a crisis next to any other sign): letters left in the drawer
    # or on the table, papers put in order, the cat or the dog given to a sister, savings
    # transferred, the calm that follows.
    _rule(
        "xl-affairs-handed-over",
        "elles sont|elle est|ils sont|deje|estan|ligt|liggen|liegen|liegt|лежат|лежит|оставил"
        "|ecrit|range|kater|katze|hund|chat|chien|guitare|perro|gato|guitarra|kat|hond"
        "|spaargeld|calme|tranquil|rustig|ruhig|спокойн",
        r"(?:ecrit|laisse) (?:des|deux|trois|une|mes) lettres? (?:pour|a) (?:mes|ma|mon|chacun)"
        r"|(?:jai |j ai )?range (?:tous )?mes papiers\b|(?:le|les) deje una carta\b"
        r"|(?:meinen|meine) (?:kater|katze|hund)\b[^.!?]{0,50}?\b(?:gebracht|gegeben|abgegeben"
        r"|soll (?:ihn|sie) behalten)"
        r"|(?:donne|confie|laisse) (?:ma|mon|mes) (?:chat|chien|guitare|affaires|velo)\b"
        r"[^.!?]{0,20}?\ba (?:mon|ma) (?:frere|soeur|cousin|cousine|voisin|voisine|amie?)\b"
        r"|(?:le )?di mi (?:perro|gato|guitarra) a mi\b"
        r"|el (?:perro|gato) se lo queda mi\b"
        r"|(?:mijn |m )?(?:kat|hond) (?:heb ik )?naar (?:mijn|m) \w+ gebracht"
        r"|spaargeld (?:naar|aan) (?:mijn"
        r"|m) \w+ overgemaakt"
        r"|(?:je me sens|me siento|ich fuhle mich|voelt|ik voel me|чувствую себя) (?:\w+ )?"
        r"(?:calme|tranquil[oa]|rustig|ruhig|спокойно)(?: ,)? (?:bizarrement|raro|vreemd genoeg"
        r"|komischerweise|странно)\b|voelt rustig(?= *(?:[.!?;\n]|$))",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:urlaub|reise|umzug|vacances|voyage|demenagement|vacaciones|viaje|mudanza"
        r"|vakantie|reis|verhuiz\w*|отпуск\w*|поездк\w*|переезд\w*|allergie\w*|alergia"
        r"|allergi\w*|аллерги\w*|geburtstag|anniversaire|cumple\w*|verjaardag|день рождения"
        r"|weihnacht\w*|noel|navidad|kerst\w*|рождеств\w*|liebesbrief|bewerbung|candidature"
        r"|solicitud|sollicitatie)\b",
    ),
    # Where the letters lie, said after them (weak): "Elles sont dans le tiroir du bureau.",
    # "Las dejé en el cajón", "Лежат в ящике стола", "die Briefe liegen auf dem Tisch".
    _rule(
        "xl-letters-lie-there",
        "sont|elle est|deje|estan|ligt|liggen|liegen|liegt|лежат|лежит|оставил",
        r"(?:liegen|liegt|liggen|ligt|sont|elle est|las deje|la deje|los deje|estan|лежат|лежит"
        r"|оставила?) (?:\w+ ){0,2}?(?:dans le tiroir|dans mon tiroir|en el cajon|in de la"
        r"|in mijn la|op de keukentafel|op tafel|in der schublade|auf dem tisch|auf dem kuchentisch"
        r"|в ящике|на столе)",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        requires=r"\b(?:briefe?|brieven|lettres?|cartas?|письма|письмо|brief)\b",
        requires_across=True,
    ),
    # Making an end "with everything", the partner ruled out: "Ich mach heute Schluss. Nicht mit
    # ihm. Mit allem."
    _rule(
        "de-end-with-everything",
        "schluss",
        r"(?:mach|mache|machen) (?:\w+ ){0,2}?schluss(?= *(?:[.!?;\n]|$))"
        r"|(?:mach|mache|machen) (?:\w+ ){0,2}?schluss mit (?:allem|dem leben|mir)\b",
        SI,
        negatable=False,
        requires=r"\bmit (?:allem|dem leben|mir selbst|mir)\b|\bschluss mit (?:allem|dem leben)",
        requires_across=True,
        unless=r"\b(?:arbeit|feierabend|job|fur heute|beziehung|freund\w*|diat|rauchen"
        r"|alkohol|trinken|social media|handy|netflix)\b",
    ),
    # Wanting to disappear, travel ruled out: "Je voudrais disparaître. Pas partir en voyage,
    # disparaître.", "ik wil verdwijnen. Niet op vakantie. Echt weg."
    _rule(
        "xl-disappear-not-travel",
        "disparaitre|verdwijnen|verschwinden|desaparecer|исчезнуть",
        r"(?:voudrais|veux|aimerais) (?:juste |seulement |simplement )?disparaitre\b"
        r"|(?:wil|wou) (?:\w+ ){0,2}?verdwijnen\b|(?:will|mochte) (?:\w+ ){0,2}?verschwinden\b"
        r"|quiero (?:\w+ )?desaparecer\b|хочу (?:\w+ )?исчезнуть\b",
        SI,
        negatable=False,
        requires=r"\b(?:pas|niet|nicht|no|не) (?:\w+ ){0,2}?(?:voyage|vacances|vakantie|urlaub"
        r"|reise|vacaciones|viaje|отпуск\w*|поездк\w*)\b|\becht weg\b",
        requires_across=True,
    ),
    # Having looked up how to do "it", and keeping it secret or not yet done (weak: a crisis
    # only next to another sign): "ya busqué cómo hacerlo. no te voy a decir más", "уже
    # посмотрела, как это сделать", "ik heb opgezocht hoe het moet. ik heb het nog niet gedaan".
    _rule(
        "xl-looked-up-how",
        "hacerlo|сделать|comment|hoe het|hoe ik|wie ich|wie man|decir mas|digas|скажу|говори"
        "|personne|niemandem|niemand|nog niet|pas encore|todavia no|ещ",
        r"(?:busque|he buscado|mire|he mirado|he pensado|pense|investigue) (?:en internet |en"
        r" google )?como hacerlo(?= *(?:[.!?;,\n]|$))"
        r"|(?:посмотрела?|искала?|загуглила?|гуглила?|прочитала?|узнала?|продумала?)(?: ,)? как"
        r" (?:это )?сделать(?= *(?:[.!?;,\n]|$))"
        r"|(?:cherche|regarde|googl\w*|renseigne\w*) (?:\w+ ){0,3}?comment (?:faire|le faire"
        r"|m y prendre)(?= *(?:[.!?;,\n]|$))"
        r"|(?:opgezocht|gegoogeld|uitgezocht|bedacht) hoe (?:het moet|ik het (?:ga )?doe\w*)"
        r"(?= *(?:[.!?;,\n]|$))"
        r"|(?:gegoogelt|nachgelesen|recherchiert|nachgeschaut|uberlegt)(?: ,)? wie (?:ich es|man"
        r" es|ichs) (?:machen (?:wurde|werde)|mache|mach|tun wurde)(?= *(?:[.!?;,\n]|$))"
        r"|no te voy a decir (?:nada )?mas|no se lo digas a nadie|больше ничего не скажу"
        r"|никому не говори|(?:ne le )?dis (?:le |rien )?a personne|sag es niemandem"
        r"|(?:zeg|vertel) het (?:tegen )?niemand|ik heb het nog niet gedaan"
        r"|je (?:ne )?lai pas encore fait|todavia no lo he hecho|я ещ[её] не сделала?",
        PLAN,
        weak=True,
        negatable=False,
        unless=r"\b(?:uberraschung|surprise|sorpresa|verrassing|сюрприз\w*|geschenk|cadeau"
        r"|regalo|cadeautje|подар\w*|rezept|recette|receta|recept|рецепт\w*|kuchen|gateau|tarta"
        r"|taart|торт\w*|steuer\w*|impots|impuestos|belasting\w*|налог\w*|reparier\w*|reparer"
        r"|arreglar|repareren|почин\w*|party|fete|fiesta|feest|вечеринк\w*|hausaufgabe\w*"
        r"|devoirs|deberes|huiswerk|домашн\w*)\b",
    ),
    # Someone else has swallowed a handful of pills: "ma coloc a avalé plein de cachets", "se
    # ha tomado todas las pastillas", "heeft een hele strip pillen geslikt".
    _rule(
        "xl-overdose-other",
        "avale|pris|tomado|tomo|trago|geslikt|ingenomen|genomen|geschluckt",
        r"(?:a|as) (?:avale|pris) (?:plein de|tous (?:ses|les)|toutes (?:ses|les)|toute (?:la|sa)"
        r" (?:boite|plaquette) de|une boite de|une plaquette de) (?:\w+ )?(?:cachets|medicaments"
        r"|pilules|comprimes|medocs|somniferes|anxiolytiques)\b"
        r"|se (?:ha tomado|tomo|ha tragado|trago) (?:todas (?:las|sus)|un monton de|muchas|una caja"
        r" (?:entera )?de|la caja de) (?:\w+ )?(?:pastillas|pildoras|medicamentos|somniferos)\b"
        r"|(?:heeft|hebben) (?:\w+ )?(?:een hele strip|een hele doos|alle|al (?:haar|zijn) |een"
        r" heleboel|heel veel) (?:\w+ )?(?:pillen|tabletten|slaappillen|medicijnen) (?:\w+ )?"
        r"(?:geslikt|ingenomen|genomen)\b"
        r"|(?:hat|haben) (?:\w+ )?(?:eine ganze packung|die ganze packung|haufenweise|ganz viele"
        r"|alle (?:ihre|seine)?) ?(?:\w+ )?(?:tabletten|pillen|schlaftabletten) (?:\w+ )?"
        r"(?:geschluckt|genommen|eingeworfen)\b",
        PLAN,
        negatable=False,
        unless=r"\b(?:arzt|arztin|verschrieben|vitamin\w*|medecin|prescrit\w*|ordonnance"
        r"|medico|receta|recetad\w*|dokter|voorgeschreven|antibiotic\w*|antibiotique\w*"
        r"|antibiotika|antibiotica|kur|cure|tratamiento|behandeling|behandlung|traitement"
        r"|grippe|gripe|griep|erkaltung|rhume|resfriado|verkoudheid)\b",
    ),
    # Someone else's goodbye or apology "for everything" (weak: a crisis next to their silence):
    # "sorry mama für alles" and he does not pick up, "m'a dit au revoir d'une façon bizarre",
    # "прислала голосовое, прощалась", "телефон выключен".
    _rule(
        "xl-goodbye-then-silence",
        "sorry|entschuldig|pardon|desole|perdon|lo siento|прости|au revoir|adieu|afscheid"
        "|gedag|despidi|adios|прощал|попрощал|телефон|handy|telefoon|telephone|telefono|portable"
        "|movil|mobiel",
        r"(?:sorry|entschuldigung|entschuldige|pardon|desolee?|perdon|lo siento|sorry|прости"
        r"|простите)(?: ,)? (?:\w+ )?(?:fur|fuer|pour|por|voor|за) (?:alles|tout|todo|вс[её])\b"
        r"|(?:m|nous|lui|leur) ?a dit (?:au revoir|adieu)\b|(?:heeft|had) (?:\w+ )?afscheid"
        r" genomen|zei (?:\w+ )?gedag (?:op een|zo)|se despidio de (?:mi|nosotros|todos)"
        r"|(?:прощал\w*|попрощал\w*)\b"
        r"|(?:телефон|мобильник) (?:\w+ )?(?:выключен|отключен|вне зоны)"
        r"|(?:handy|telefon) (?:ist )?(?:aus|ausgeschaltet)\b|(?:telefoon|mobiel) (?:staat )?uit\b"
        r"|(?:telephone|portable) (?:est )?(?:eteint|coupe)\b|(?:telefono|movil) (?:esta )?apagado",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:streit|gestritten|ruzie|dispute|pelea|ссор\w*|akku|batterie|bateria|batterij"
        r"|заряд\w*|flug|vol|vuelo|vlucht|самол[её]т\w*|kino|cinema|cine|bioscoop|кино|urlaub"
        r"|vacances|vacaciones|vakantie|отпуск\w*|arbeit|travail|trabajo|werk|работ\w*|schlaft"
        r"|dort|duerme|slaapt|спит|vergessen|oublie|olvido|vergeten|забыл\w*)\b",
    ),
    # No point in living any more: "je ne vois plus l'intérêt de continuer à vivre", "ich sehe
    # keinen Sinn mehr im Leben", "ik zie het nut niet meer van verder leven".
    _rule(
        "xl-no-point-living",
        "interet|linteret|sens|raison|utilite|lutilite|sinn|nut|zin",
        r"(?:vois|trouve) (?:plus|pas|aucun\w*|vraiment plus) (?:l ?interet|linteret|le sens"
        r"|de sens"
        r"|de raison|la raison|l ?utilite|lutilite) (?:de|a) (?:continuer (?:a|de) )?vivre\b"
        r"(?! (?:ici|la|dans|en|avec|comme|sans|chez|a (?:paris|la)))"
        r"|(?:sehe|seh) (?:\w+ )?(?:keinen|kein) sinn (?:mehr )?(?:im leben"
        r"|(?:darin )?(?:weiter )?zu"
        r" leben|weiterzuleben)\b(?! (?:in|mit|hier|so|als|wie))"
        r"|zie (?:er )?(?:het nut|de zin) (?:niet|niet meer|nog steeds niet) (?:meer )?(?:van|om"
        r"|in) (?:verder |nog )?(?:te )?(?:leven|doorleven)\b(?! (?:in|met|hier|zo|als))"
        r"|zie (?:er )?geen (?:nut|zin) (?:meer )?(?:in|om|van) (?:verder |nog )?(?:te )?(?:leven"
        r"|doorleven)\b(?! (?:in|met|hier|zo|als))",
        SI,
        negatable=False,
        unless=r"\b(?:film\w*|serie|roman|livre|buch|boek|personnage|figur|personage|philosoph\w*"
        r"|filosof\w*)\b",
    ),
    # All the pills laid out, counted or hoarded; the rope already in the shed: "den ganzen
    # Blister vor mir", "tengo todas las pastillas aquí en la mesa", "une boîte de médocs devant
    # moi", "hab die Tabletten schon gezählt", "ya tengo la cuerda en el garaje".
    _rule(
        "xl-means-laid-out",
        "tablett|blister|pillen|packung|cachets|medocs|medicaments|comprimes|somniferes|pilules"
        "|pastillas|pildoras|medicamentos|pillen|slaappillen|tabletten|таблет|снотворн|strick"
        "|seil|corde|cuerda|soga|touw|strop|верёвк|веревк|петл",
        r"(?:alle|ganzen?|die ganze packung|toutes? (?:les|mes)|une boite de|la boite de|une"
        r" plaquette de|todas (?:las|mis)|la caja de|una caja de|alle|een doos|een strip|все"
        r"|целую пачку|пачку|упаковку)\b[^.!?]{0,30}?\b(?:tablett\w*|blister|pillen|cachets|medocs"
        r"|medicaments|comprimes|somniferes|pilules|pastillas|pildoras|medicamentos|slaappillen"
        r"|таблет\w*|снотворн\w*)\b[^.!?]{0,40}?\b(?:vor mir|auf dem tisch|in der hand|neben mir"
        r"|devant moi|sur la table|dans la main|a cote de moi|en la mesa|delante de mi|en la mano"
        r"|aqui|voor me|voor mij|op tafel|in mijn hand|naast me|передо мной|на столе|в руке|рядом)"
        r"|(?:tablett\w*|blister|cachets|medocs|pastillas|pildoras|pillen|slaappillen|таблет\w*"
        r"|снотворн\w*)\b[^.!?]{0,60}?\b(?:gezahlt|gesammelt|gehortet|gebunkert|comptes|comptees"
        r"|stockes|stockees|contado|contadas|juntado|juntadas|guardado|guardadas|opgespaard"
        r"|geteld|verzameld|gespaard|посчитала?|накопила?|собрала?|припрятала?)\b"
        r"|(?:gezahlt|gesammelt|gehortet|compte|stocke|contado|juntado|opgespaard|geteld|verzameld"
        r"|посчитала?|накопила?) (?:\w+ ){0,2}?(?:tablett\w*|cachets|medocs|pastillas|pillen"
        r"|somniferes|comprimes|medicaments|pilules|pildoras"
        r"|slaappillen|таблет\w*|снотворн\w*)\b"
        r"|(?:schon|deja|ya|al|уже) (?:\w+ ){0,2}?(?:strick|seil|corde|cuerda|soga|touw|strop"
        r"|верёвк\w*|веревк\w*|петл\w*)\b[^.!?]{0,20}?\b(?:im keller|in der garage|im schuppen"
        r"|dans le garage|a la cave|dans le coffre|en el garaje|en el sotano|in de garage"
        r"|in de schuur|в сарае|в гараже|в подвале|на балконе)"
        r"|(?:strick|seil|corde|cuerda|soga|touw|strop|верёвк\w*|веревк\w*|петл\w*)\b(?: \w+)?"
        r" (?:schon|deja|ya|al|уже) (?:im keller|in der garage|im schuppen|dans le garage|a la"
        r" cave|dans le coffre|en el garaje|en el sotano|in de garage|in de schuur|в сарае|в гараже"
        r"|в подвале|на балконе)",
        PLAN,
        negatable=False,
        unless=r"\b(?:arzt|arztin|apotheke|rezept|woche|wochen|dosierer|vitamin\w*|medecin"
        r"|pharmacie|ordonnance|semaine|pilulier|medico|farmacia|receta|semana|pastillero"
        r"|vitamina\w*|dokter|huisarts|apotheek|recept|week|weekdoos|врач\w*|аптек\w*|рецепт\w*"
        r"|недел\w*|витамин\w*|kletter\w*|escalade|escalada|klimmen|скалолаз\w*|camping|zelt"
        r"|tente|tienda|tent|палатк\w*|wasche|linge|ropa|was|бель\w*|boot|bateau|barco|лодк\w*)\b",
    ),
    # Round-two rule pass, helper B: before and after a crisis (survival regretted, another
    # attempt intended, the thoughts and urges back), reasons to stay run out, a check-in that
    # explains its own silence.
    _rule(
        "survival-regretted",
        "woken up|woke up|wake up|survived|made it|pulled through|been saved|been found"
        "|been revived|been resuscitated|been rescued|save me|revive me|resuscitate me|find me"
        "|rescue me|bring me|stayed dead|been dead|been left dead|still here|still alive"
        "|still breathing|be saved|be rescued|be revived|be resuscitated|be stopped|be found"
        "|ambulance",
        r"(?P<v>wish(?:ed|ing)?) (?:that )?(?:i )?(?:hadnt|had not|never|didnt|did not)"
        r" (?:woken up|woke up|wake up|survived|made it|pulled through|been (?:saved|found"
        r"|revived|resuscitated|rescued))\b"
        r"|(?:survived|woke up|pulled through)(?: it| that)? (?:and|but) (?:i )?(?:honestly |really"
        r" |kind of |still )?wish (?:i )?(?:hadnt|had not|didnt|did not)\b"
        r"|why (?:did|do|would|does|didnt) (?:they|you|he|she|someone|anyone|anybody|god|the \w+)"
        r" (?:have to |even |just )?(?:save|revive|resuscitate|find|rescue|bring) me(?: back)?"
        r"(?= *(?:[.!?;,\n]|$))"
        r"|should(?:a| have|ve|nt have) (?:just )?(?:stayed|been left|been) dead\b"
        r"|(?:disappointed|gutted|annoyed|angry|upset|devastated|pissed off|sad) (?:that |to be"
        r" |to find |when i realise |when i see )?(?:im |i am |i was |i m )?still (?:here|alive"
        r"|breathing)(?= *(?:[.!?;,\n]|$))"
        r"|(?:dont|do not|didnt|did not) want to be (?:saved|rescued|revived|resuscitated"
        r"|(?:stopped|found) (?:this|next) time)\b"
        r"|(?:if|wish) the ambulance (?:had|hadnt|had not|d|would have) (?:been|come|got there"
        r"|arrived|taken) (?:\w+ )?(?:\w+ )?(?:later|late|too late)\b",
        SI,
        negatable=False,
        unless=r"\b(?:game|character|movie|film|book|episode|plant|plants|phone|laptop|battery"
        r"|file|files|document|essay|seat|spot|slice|lol|haha|early|alarm|lie in|nap|hangover"
        r"|office|desk|work|meeting|shift|queue|party|saturday|sunday|weekend)\b",
    ),
    _rule(
        "attempt-again",
        "try again|trying again|try it again|trying it again|do it again|doing it again"
        "|it properly|it right|it for real|what i started|the job|it off|somewhere|not done"
        "|promise",
        r"(?P<v>(?:going to|gonna|will|ill|want to|wanna|planning to|plan to|thinking (?:about|of)"
        r"|(?:can )?think about(?: is)?|urge to|ready to|about to|might|scared i(?:ll| will"
        r"| might)|afraid i(?:ll| will| might)|feel like|feeling like|need to|have to|try to))"
        r" (?:just )?(?:try(?:ing)?"
        r" (?:it )?again|do(?:ing)? it again|do(?:ing)? it (?:properly|right|for real)(?: (?:next"
        r"|this) time)?|finish(?:ing)? (?:what i started|the job|it (?:properly|off)))\b"
        r"|next time i(?:ll| will| am going to| m going to|m going to) (?:go|do it) somewhere"
        r" (?:no ?one|nobody|they|she|he|you|people) (?:cant|can not|cannot|wont|will not|wouldnt)"
        r" (?:find|stop|reach) me\b"
        r"|(?:and |but )?(?:im|i am|i m) not done(?: yet)?(?= *(?:[.!?;,\n]|$))"
        r"|(?:cant|can not|cannot|dont think i can|wont be able to|not sure i can) keep"
        r" (?:that|this|my|the) promise (?:much longer|any longer|anymore|any more|for long"
        r"|forever)\b",
        SI,
        PLAN,
        requires=r"\b(?:attempt\w*|tried|last time|overdos\w*|survived|hospital|icu|a and e|ward"
        r"|discharg\w*|let me out|sent me home|home from|sectioned|psych\w*|suicid\w*|kill myself"
        r"|pills|rope|bridge|the plan|crisis team|tell someone|someone to know|someone know)\b",
        requires_across=True,
        unless=r"\b(?:exam|test|recipe|cake|diet|driving|interview|game|level|boss|puzzle|essay"
        r"|homework|project|quit smoking|smoking|marathon|workout|audition|ivf|baby|pregnan\w*"
        r"|lol|haha)\b",
    ),
    _rule(
        "thoughts-back",
        "si |thoughts",
        r"(?:passive |active )?si (?:is |s |has been |)(?:back|again|returning|came back"
        r"|coming back|every day|everyday|daily|worse|bad|getting worse)\b"
        r"|(?:train|bridge|jumping|pill|cutting|rope|suicidal|suicide|kill myself|dying|si)"
        r" thoughts (?:are |re |have |s )?(?:back|come back|came back|returned|again|every day"
        r"|coming back)\b",
        SI,
        negatable=False,
        unless=r"\b(?:smok\w*|cigarett\w*|vap\w*|drink\w*|alcohol|beer|wine|gambl\w*|bet\w*|eat"
        r"|eating|food|binge\w*|snack\w*|sugar|chocolate|pee|toilet|sneez\w*|shop\w*|spend\w*"
        r"|text (?:him|her)|call (?:him|her)|porn|weed|crav\w*|travel\w*|write|writing|paint"
        r"|clean\w*|push|nap|sleep|si senor|si si)\b",
    ),
    # An urge with no object, in a message about harm: "8 months clean and the urge is back".
    _rule(
        "urges-back",
        "urge",
        r"(?<!suicidal )(?:sh |self harm |cutting |harm )?urges? (?:to (?:cut|sh|self harm|hurt"
        r" myself|harm myself|relapse) )?(?:is |are |s |were |have been |has been |)(?:back|so bad"
        r"|really bad|bad|screaming|so strong|strong|unbearable|winning|returning|came back"
        r"|coming back|getting worse|worse)\b",
        SH,
        negatable=False,
        unless=r"\b(?:smok\w*|cigarett\w*|vap\w*|drink\w*|alcohol|beer|wine|gambl\w*|bet\w*|eat"
        r"|eating|food|binge\w*|snack\w*|sugar|chocolate|pee|toilet|sneez\w*|shop\w*|spend\w*"
        r"|text (?:him|her)|call (?:him|her)|porn|weed|crav\w*|travel\w*|write|writing|paint"
        r"|clean up|cleaning|push|nap|sleep|takeaway|order|pizza|delivery|buy|online)\b|"
        + _URGE_RIDDEN_OUT,
        unless_after=_URGE_RIDDEN_OUT,
    ),
    _rule(
        "reasons-to-stay-gone",
        "reason|remind me why",
        r"(?:no|not (?:a|one|a single)|cant (?:find|think of|see|come up with|name) (?:a|one|any"
        r"|a single)|(?:running|run|ran) out of|zero) (?:single |good |real )?reasons? (?:left )?"
        r"(?:to|for) (?:stay(?:ing)?|stick(?:ing)? around|be(?:ing)? here|keep(?:ing)? going"
        r"|go(?:ing)? on|carry(?:ing)? on|stay alive|staying alive|live|living|exist|hold(?:ing)?"
        r" on)\b(?! (?:in|at|with|for|on|up|late|over|home|inside|the night|overnight|longer in"
        r"|a minute|a bit|to|till|until|calm|quiet|positive|friends)\b)"
        r"|(?P<p1>remind me) why i(?:m| am| m)? (?:should|supposed to|meant to|need to|have to)"
        r" (?:stay|live|keep going|stay alive|be here|go on)\b(?! (?:in|at|with|for|on|up|late"
        r"|over|home|inside|the night|overnight|to|till|until|calm|quiet|positive|friends)\b)",
        SI,
        negatable=False,
        unless=r"\b(?:job|company|city|town|party|relationship|marriage|uni|school|college|team"
        r"|club|group|course|country|flat|house|apartment|band|app|server|platform|game)\b",
    ),
    _rule(
        "silence-explained",
        "if i dont|if i do not|if i never|if you dont hear|if you never hear|if you do not hear",
        r"if (?:i (?:dont|do not|never) (?:answer|reply|respond|check in|message|text|write|show up"
        r"|turn up|come online|log on|come back|get back to you)|you (?:dont|do not|never) hear"
        r" (?:from|back from) me)(?: back| you| in| again)?(?: (?:by|after|again))?"
        r" (?:tomorrow|tonight|in the morning|morning|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)(?: morning| night)?(?: ,)? (?:thats|that is|now you know|youll know"
        r"|you will know|you know) why\b",
        BYE,
        SI,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:asleep|sleeping|exam|hike|hiking|trail|camping|dead battery"
        r"|signal|off grid|lol|haha)\b",
    ),
    _rule(
        "want-out",
        "want out|wants out|wanted out|wanna out|wish out|want it|wants it|wanted it|wanna it"
        "|want this|want everything|want all|wanna this|wish it|wished it|wish this|wish everything"
        "|wish all|wishes it|need it|needs it|needed it|need this|need everything|need all",
        r"(?P<v>(?:want|wanna|wish)(?:s|ed)?) (?:it )?out(?: (?:of (?:life|living|this life"
        r"|my life|existence|this world|my (?:body|skin|head))(?: (?:permanently|for good"
        r"|forever))?|permanently|for good|forever))?(?= *(?:[.!?;,\n]|$))"
        r"|(?P<x1>(?:want|wanna|need|wish)(?:s|ed)?) (?:it|this|it all|all of it|all this"
        r"|everything) (?:all )?(?:to (?:be )?|be |was |were |would be |d be )?(?:all )?over"
        r"(?: (?:for good|already|forever|now))?"
        r"(?= *(?:[.!?;,\n]|$))",
        SI,
        hyperbole=True,
        unless=r"\b(?:job|marriage|relationship|contract|deal|group|chat|lease|band|team|course"
        r"|program|programme|club|city|town|house|flat|week|day|shift|exam|exams|term|semester"
        r"|meeting|flight|move|surgery|appointment|interview|game|match|season|winter|summer"
        r"|heatwave|hangover|cold|flu)\b|\bnot that (?:i|we) (?:want|wish)",
        despite=r"\bnot out of\b|\bout of (?:life|living)\b",
    ),
    _rule(
        "told-them-safe",
        "told|tell|telling|said to|promised",
        r"(?:told|tell|telling|said to|promised) (?:them|him|her|everyone|everybody|my \w+"
        r"|the \w+(?: team)?)(?: that)? (?:(?:i was|im|i am|i m|i wasnt) (?:fine|safe|ok|okay"
        r"|better|good|not suicidal)|(?:i had|i have|i dont have|i didnt have|i did not have)"
        r" no (?:thoughts|plans?|suicidal thoughts|thoughts of suicide))\b",
        SI,
        negatable=False,
        # (not the words of the claim itself: "I told the doctor I have no plans to hurt myself")
        requires=r"\b(?:the plan|my plan|a plan|planned|planning|letters?|notes?|pills|stash"
        r"|let me (?:go|out|leave|home)|go home|discharg\w*|crisis team|psychiatrist|ward"
        r"|section\w*|counting down|i lied|lying|not sure i am|not safe|getting things ready"
        r"|lined up)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|dentist|hairdresser|teacher|boss|coach|doctor said)\b",
    ),
    _rule(
        "took-something",
        "took something|taken something|swallowed something|downed something|took some"
        "|taken some|swallowed some|downed some|took a|taken a|swallowed a|downed a|took the"
        "|taken the|swallowed the|downed the|took all|taken all|swallowed all|downed all",
        r"(?:took|taken|swallowed|downed) (?:something|some(?: \w+)? pills|(?:a|the) (?:whole )?"
        r"(?:bunch|load|handful|bottle|packet|box|strip) of (?:\w+ )?(?:pills|tablets|meds|them)"
        r"|all (?:her|his|their|my|the) (?:\w+ )?(?:pills|tablets|meds))\b",
        PLAN,
        DANGER,
        negatable=False,
        requires=r"\b(?:locked|wont open|not opening|sleepy|drowsy|out of it|cant stay awake"
        r"|unconscious|wont wake|not waking|passing out|passed out|not breathing|breathing right"
        r"|ambulance|112|999|911|scared|falls asleep|on the line|help me|goodbye|sorry)\b",
        requires_across=True,
        unless=r"\b(?:for (?:my |the |a )?(?:headache|cold|flu|migraine|pain|cramps|allerg\w*"
        r"|nausea|fever|hay fever|period|back)|prescribed|as prescribed|doctor told|recreational"
        r"|festival|rave|party|edible|trip)\b",
    ),
    _rule(
        "scars-reopened",
        "open|reopen|re open|pick|rip|tear|tore|scratch|make new|make fresh|make more|add new"
        "|add fresh|add more|cut new|cut fresh|cut more|new one|new cut|new scar|new burn|new mark"
        "|fresh one|fresh cut|fresh scar|fresh burn|fresh mark",
        r"(?:open\w*|re ?open\w*|pick\w*|rip\w*|tear\w*|tore|scratch\w*) (?:them|my scars|the"
        r" scars|old scars|my old scars|the old scars|my cuts|the cuts|old cuts|the wounds|my"
        r" wounds|it)(?: up| open| back up| back open)?(?: again| back up)?\b"
        r"|(?:want|wanna|need|urge|going|tempted) to (?:make|add|cut) (?:new|fresh|more)"
        r" (?:ones|cuts|scars|marks|lines)\b"
        r"|(?:a|another) (?:new|fresh) (?:one|cut|scar|burn|mark) on my " + _BODY + r"\b",
        SH,
        negatable=False,
        requires=r"\b(?:scars?|cuts|wounds)\b",
        requires_across=True,
        unless=r"\b(?:surgery|surgical|operation|c section|caesarean|tattoo\w*|acne|chicken pox"
        r"|eczema|psoriasis|cat|dog|scratched by|mosquito|bites?)\b",
    ),
    _rule(
        "go-where-they-went",
        "go where|be where|be with|join|go too|go with|follow",
        r"(?P<v>(?:want|wanna|need|wish i could|ready|going|long|longing) to) (?:go|be)"
        r" (?:where (?:he|she|they) (?:went|is|are|has gone|have gone)|with (?:him|her|them)"
        r" (?:again|now|up there|in heaven|for real|actually|properly))"
        r"|(?:actually|really|properly) be with (?:him|her|them)(?= *(?:[.!?;,\n]|$))"
        r"|(?:want|wanna|wish i could|ready) to join (?:him|her|them|my \w+)(?= *(?:[.!?;,\n]|$))"
        r"|(?:i|me) (?:could|should|might|will|would) (?:just )?(?:go|follow) (?:too|with (?:him"
        r"|her|them))(?= *(?:[.!?;,\n]|$))",
        SI,
        requires=r"\b(?:died|dead|death|suicide|passed|passing|anniversary|funeral|grave|killed"
        r"|lost|took (?:his|her|their) life|heaven|ashes|memorial|gone)\b",
        requires_across=True,
        unless=r"\b(?:holiday|trip|concert|party|wedding|club|gym|team|band|date|move|moving"
        r"|flat|house|city|abroad|married)\b",
    ),
    _rule(
        "scared-ill-do-it",
        "scared|afraid|terrified|worried|frightened",
        r"(?:scared|afraid|terrified|worried|frightened) (?:that )?(?:i(?:ll| will| might| am going"
        r" to|m going to| could)|im gonna|im going to|i m going to) (?:actually |really |just )?"
        r"(?:do it(?: again)?|go through with it|act on (?:it|them|the thoughts|the urges))"
        r"(?= *(?:[.!?;,\n]|$|tonight|if|this time|again|when))",
        SI,
        unless=r"\b(?:bungee|skydiv\w*|speech|presentation|exam|test|audition|driving|tattoo"
        r"|piercing|interview|haircut|wrong|badly|mess it up|quit|lol|haha|jump out of a plane"
        # a binge, a spree or a text to the ex "again"
        r"|ate|eat|eating|binge\w*|cake|chocolate|pizza|snack\w*|spent|spend\w*|shopping"
        r"|text (?:him|her|them)|texted|drunk)\b",
    ),
    _rule(
        "tired-of-staying-alive",
        "alive|live|living|survive|exist|stay here|holding on",
        r"(?:tired|sick|exhausted|done|weary) (?:of|with|from) (?:fighting|trying|struggling"
        r"|working|having|pretending|battling) (?:so hard )?to (?:stay alive|keep (?:myself )?"
        r"alive|live|survive|stay here|exist)\b"
        r"|(?:dont|do not|cant|can not|cannot) see (?:why|the point|any reason|a reason)"
        r" (?:i should|to|in|of) (?:keep(?:ing)? (?:myself )?alive|stay(?:ing)? alive"
        r"|keep(?:ing)? living|living|being alive)\b"
        r"|(?:tired|sick|exhausted) of holding on(?= *(?:[.!?;,\n]|$))",
        SI,
        negatable=False,
        unless=r"\b(?:plant|plants|pet|fish|tamagotchi|game|character|sims)\b",
    ),
    _rule(
        "done-with-living",
        "alive thing|living thing|existing thing|life thing|breathing thing|person thing"
        "|do tomorrow|doing tomorrow|do another|doing another|do one more|doing one more|do any"
        "|doing any|do life|doing life|do this life|doing this life|a way to|any way to|a reason to"
        "|any reason to",
        r"(?:cant be bothered|done|finished|over|sick|tired|fed up) (?:with |of )?(?:the whole )?"
        r"(?:being alive|living|existing|life|breathing|being a person) thing\b"
        r"|(?P<v>(?:dont|do not|cant|cannot|can not) (?:want to |wanna |face )?(?:do|doing))"
        r" (?:tomorrow|another day|one more day|any more days|another year|life|this life"
        r"|any of it)(?= *(?:[.!?;,\n]|$|anymore|any more|again))"
        r"|(?:cant|cannot|can not|dont|do not) see (?:a|any) (?:way|reason) to (?:keep going|go on"
        r"|carry on|keep living|stay alive)(?= *(?:[.!?;,\n]|$|anymore|any more))",
        SI,
        negatable=False,
        hyperbole=True,
        unless=r"\b(?:job|work|shift|exam|school|class|meeting|gym|project|diet|relationship|marriage"
        r"|commute|uni|course|game|season)\b",
    ),
    _rule(
        "look-like-an-accident",
        "accident",
        r"(?:would|could|d|will|itd|it d|it would|it could|make it|making it|might|should)"
        r" (?:just |all )?(?:look|seem|pass|be ruled|be put down) (?:like|as|for|to) an accident\b",
        SI,
        PLAN,
        negatable=False,
        hyperbole=True,
        requires=r"\b(?:insurance|wheel|crash|swerve|driv\w*|car|truck|lorry|bridge|dive|fall|slip"
        r"|overdose|pills|family|kids|nobody would|no one would|my death|if i|myself|payout)\b",
        requires_across=True,
        unless=r"\b(?:kill (?:him|her|them|my \w+)|murder\w*|novel|plot|game|character|movie"
        r"|film|book|show|episode|detective|villain|story)\b",
    ),
    _rule(
        "eat-the-gun",
        "gun|rifle|shotgun|pistol|bullet|barrel|revolver|service weapon",
        r"(?:eat|eats|ate|eating|eaten) (?:my|a|the|his|her) (?:own )?(?:gun|rifle|shotgun|pistol"
        r"|bullet|barrel|revolver|service weapon)\b",
        SI,
        PLAN,
        hyperbole=True,
        unless=r"\b(?:than|chocolate|cake|candy|gummy|sweet|sweets|sandwich|sub)\b",
    ),
    _rule(
        "swallowed-the-lot",
        "whole|to many|too many",
        r"(?:took|take|taking|swallowed|swallow|swallowing|downed|down|downing|necked|necking)"
        r" (?:the|a|my|her|his|their) whole (?:bottle|packet|box|strip|pack|blister|sheet)\b"
        r"(?! of (?:wine|vodka|gin|whisky|whiskey|rum|beer|cider|biscuits|sweets|candy|crisps|chips"
        r"|cookies|water|juice|soda|coke|cereal|gum))"
        r"|(?:took|taken|swallowed|downed) (?:way |far |so )?(?:to|too) many (?:of )?(?:my |the"
        r" |her |his )?(?:\w+ )?(?:pills|tablets|meds|painkillers)\b",
        PLAN,
        SH,
        negatable=False,
        unless=r"\b(?:vitamins?|gummies|gummy|supplements?|mints?|tic tacs?|skittles|smarties"
        r"|charcoal)\b",
    ),
    _rule(
        "cut-deep",
        "deep|stitches",
        r"(?:cut|sliced|went) (?:myself )?(?:too |really |so |way too |a bit too )?deep"
        r"(?:er| enough)?(?: this time| last night| tonight| again)?\b"
        r"(?! (?:into|in the|conversation|talk|dive))"
        r"|(?:need|needs|needed|probably need|might need|shouldve got|should have got|should have"
        r" gotten) stitches\b",
        SH,
        requires=r"\b(?:section\w*|again|on purpose|hid\w*|hide|nobody knows|cant go|cant tell"
        r"|relaps\w*|this time|should(?:ve| have) gone in|myself|blade|razor|arm|arms|wrist"
        r"|thigh)\b",
        requires_across=True,
        unless=_ACCIDENT + r"|\b(?:words|comment|remark|betrayal|that hurt|it hurt|haircut"
        r"|fringe|bangs|dog|cat|surgery|stitches out)\b",
    ),
    # Letters left for the people after: "writing letters to my kids so they have something
    # after", "the letters to everyone are already written", "wrote her a note, she'll find it".
    _rule(
        "letters-for-after",
        "letters to|letters for|letter to|letter for|notes to|notes for|note to|note for|cards to"
        "|cards for|card to|card for",
        r"(?:writing|wrote|written|write|left|leaving|leave) (?:a |the |some |my |last )?"
        r"(?:letters?|notes?|cards?) (?:to|for) (?:my |the |all my |each of my )?(?:kids|children"
        r"|family|everyone|everybody|parents|mum|mom|dad|wife|husband|partner|sister|brother|son"
        r"|daughter|missus|friends|boys|girls)\b"
        r"|(?:the |my )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|my \w+|the kids"
        r"|the family) (?:are|is|have been|has been) (?:already |all )?(?:written|done|ready"
        r"|sealed|finished|in the \w+)\b",
        PLAN,
        BYE,
        negatable=False,
        requires=r"\b(?:after|already|drawer|when im gone|once im gone|find (?:it|them)|goodbye"
        r"|last|so they have|before i go|someone to know|someone know|crisis team|told \w+ (?:im"
        r"|i was) fine|sorry)\b",
        requires_across=True,
        unless=r"\b(?:birthday|christmas|xmas|wedding|valentine\w*|thank you|thank you notes|santa"
        r"|tooth fairy|graduation|holiday|trip|camp|deployment|posting|school|lunchbox|lunch box"
        r"|fridge|shopping|grocer\w*|after school|after work|after dinner|after the)\b",
    ),
    # Back where the attempt was: "I'm at the spot where I tried last time".
    _rule(
        "where-i-tried",
        "where i tried|where i attempted|where i nearly|where i almost|where i overdosed|where i od"
        "|where i jumped|that i tried|that i attempted|that i jumped",
        r"(?:at|back at|went back to|going back to|go back to|standing at|sitting at|in|on|near)"
        r" the (?:same |exact )?(?:spot|place|bridge|car park|cliff|beach|woods|hotel|room|station"
        r"|platform|building|roof|tracks|river) (?:where|that) i (?:tried|attempted|nearly died"
        r"|almost died|overdosed|od d|jumped)"
        r"(?= *(?:[.!?;,\n]|$|last|before|the last|to (?:die|kill|end)|that time|back then))",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:sushi|food|restaurant|cafe|surf\w*|ski\w*|skat\w*|climb\w*|proposed|kiss\w*"
        r"|ate|eat|recipe|dish|first date)\b",
    ),
    # A last check-in said as such: weak alone, a crisis next to a thank-you or a goodbye.
    _rule(
        "last-check-in",
        "last check|last message|last one|last update|last text|very last",
        r"(?:this(?: ll| will|ll)? be|this is|its|it s|thatll be|that will be) my (?:very )?last"
        r" (?:check ?in|message|one|update|text)(?= *(?:[.!?;,\n]|$))"
        r"|(?<![a-z] )(?:my )?(?:very )?last (?:check ?in|message)(?= *(?:[.!?;,\n]|$))",
        BYE,
        weak=True,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:program|programme|course|study|trial|session|sessions|therapy"
        r"|streak|challenge|month|week|year|today|tonight|for today|for tonight|for now|lol"
        r"|haha|until|till|before i (?:sleep|go to bed|log off))\b",
    ),
    # Round-two rule pass, helper A: not coming back from it, nothing left to stay for, done
    # with being alive, them happier if I weren't here, a blade in a small room, lingering at
    # a drop, a harming thought that no longer feels foreign, fear for one's own child, taking
    # a child along, life insurance as the answer, starving to die, not here for the dreaded
    # day, sleeping into death, farewell then silence, threats still near, tools taken to the
    # body, heights checked, farewells to the listener, agreeing with those who wish one
    # dead, following the dying, commanded harm, a plan not to exist, the ordinary reading
    # denied, the point of me, staying at the water, means kept, hoping the body does it,
    # harm that leaves marks, a spot picked, going weighed, a decision then the day, secret
    # goodbyes, a weapon fetched, loose ends and access left (work, identity, parents).
    # "If I fail tomorrow I'm not coming back from it", "go for a walk and not come back",
    # "thinking about just not coming back".
    _rule(
        "not-coming-back-from-it",
        "not coming|never coming|not come|never come|not be coming|not gonna come"
        "|not going to come|not going back|never going back|not gonna be coming",
        r"(?:not|never|not gonna|not going to) (?:be )?(?:coming|come) (?:back|home) from (?:it"
        r"|that"
        r"|this|there|the \w+)(?= *(?:$|[.!?;,\n]| (?:ive|i have|i think|alive|at all|either"
        r"|again|i)\b))"
        r"|(?:go|going|gonna|head|heading|walk|drive|went|goes)(?: out| off)?(?: for a (?:walk"
        r"|drive"
        r"|run|swim))? and (?:just )?(?:not|never) (?:come|coming) back(?= *(?:$|[.!?;,\n]"
        r"| (?:this time|at all|ever)\b))"
        r"|(?:think\w*|thought|dream\w*) (?:about|of) (?:just )?(?:not|never) (?:coming|going)"
        r" back(?: (?:inside|in|home|up))?(?= *(?:$|[.!?;,\n]| (?:at all|ever|for good)\b))",
        SI,
        unless=r"\b(?:holiday|vacation|trip|abroad|country|city|town|uni|university|college|job"
        r"|company|office|relationship|marriage|church|club|team|gym|injury|surgery|hospital|tour"
        r"|sabbatical|move|moving|emigrat\w*|visa|lol|haha|season|band|show|series|channel)\b",
    ),
    # Nothing left to stay for: "what's left to stay for", "nothing left to stay for", "a list
    # of reasons to stay, couldn't think of one", "the only thing keeping me here was my cat and
    # she died", "don't see why I should stick around".
    _rule(
        "nothing-to-stay-for",
        "stay for|staying for|stay alive for|staying alive for|stay around"
        "|staying around|reason to stay|reasons to stay|reason for staying"
        "|reasons for staying|stick around|sticking around|keeping me|kept me|keeps me"
        "|held me|holding me|reason im|reason i am|reason i m|reason i was|thing im"
        "|thing i am|thing i was|thing i m",
        r"(?:nothing|no one|nobody|no reason|not (?:a|one) (?:single )?reason|whats|what s|what is"
        r"|anything|nothing much|not much|what else is) (?:\w+ ){0,2}?(?:to|worth) stay(?:ing)?"
        r" (?:for|alive for|around for)(?= *(?:$|[.!?;,\n]| (?:anymore|now|any ?more|though"
        r"|honestly"
        r"|tbh|i)\b))"
        r"|(?:lose|losing|lost|list of|find|no|any|few|fewer|more"
        r"|many) (?:\w+ ){0,2}?reasons? (?:to"
        r" stay|for staying)(?= *(?:$|[.!?;,\n]| (?:left|alive|here|anymore|now)\b))"
        r"|only (?:thing|reason|one|person)(?: that)? (?:keeping|kept|keeps|holding|held|that"
        r" kept|that keeps) me (?:here|alive|going|around)\b[^.!?\n]{0,40}\b(?:died|dead|gone|is"
        r" gone|left|over|lost|ended|took)\b"
        r"|only (?:thing|reason) (?:im|i am|i m|i was) still (?:here|alive|around)\b[^.!?\n]{0,30}"
        r"\b(?:gone|died|dead|over|lost|ended|took)\b"
        r"|(?:dont|do not|cant|cannot) (?:really )?see why i (?:should|would) (?:stick|stay) around"
        r"|(?:decided|ive decided|im|i am) (?:that )?(?:im )?not (?:sticking|going to stick|gonna"
        r" stick) around(?= *(?:$|[.!?;,\n]| (?:to|for|much|any)\b))",
        SI,
        negatable=False,
        unless=r"\b(?:job|work|company|firm|city|town|country|house|flat|apartment|party|club"
        r"|team|band|school|uni|university|course|relationship|marriage|him|her|them|game"
        r"|server|group chat|channel|show|season|league|village|area|neighbourhood|business)\b",
    ),
    # Done with being alive, after a denial of the ordinary reading: "I'm so done. Not with the
    # baby, with being alive", "done with all of it. with being alive", "done being anything",
    # "tired of being. period".
    _rule(
        "done-with-being-alive",
        "with being|with living|with existing|with breathing|done being|finished being"
        "|tired of being|sick of being|exhausted of being|weary of being",
        r"(?:not with (?:the|my|this|that|work|school|\w+) (?:\w+ )?, )?with (?:being alive|living"
        r"|existing|being here|breathing)(?= *(?:$|[.!?;,\n]))"
        r"|(?:done|finished) being (?:anything|anyone|anybody|a person|a human|human|alive|here)"
        r"(?= *(?:$|[.!?;,\n]| (?:at all|anymore|now)\b))"
        r"|(?:tired|sick|exhausted|weary) of being(?= *(?:$|[.!?;\n]| period| full stop"
        r"| at all\b))",
        SI,
        negatable=False,
        requires=r"\b(?:done|finished|over it|enough|tired|sick|exhausted|weary)\b",
        requires_across=True,
    ),
    # The family happier if the writer were not here: "if I wasn't here they'd be happy again",
    # "they'd heal faster if I just wasn't here", "it'd be a mercy for all of them if I were
    # gone", "happier grieving me than living with me", "I'm better off nowhere".
    _rule(
        "happier-if-i-were-gone",
        "if i wasnt|if i werent|if i was|if i were|if i just|if i simply|if i finally"
        "|grieving|better off|no more me",
        r"(?:d|would|could|will|ll|might|theyd|itd|shed|hed|wed|youd|everyoned)(?: all| finally"
        r"| just)? (?:be )?(?:happy again|happier|fine"
        r"|be fine|better|okay|ok|relieved|free|freer|heal\w*(?: faster)?|move on|at peace|a mercy"
        r"|a relief|lighter|easier)(?: \w+){0,4}? if i (?:just |simply |finally )?(?:(?:wasnt"
        r"|werent"
        r"|was not|were not) (?:here|around|alive|in the picture)|(?:was|were) (?:gone|dead"
        r"|no longer"
        r" (?:here|around)))(?: anymore)?"
        r"(?! (?:for|this|next|today|tomorrow|on|to|at|in|while|during|when)\b)"
        r"|if i (?:just |simply )?(?:wasnt|werent|was not|were not) (?:here|around|alive|in the"
        r" picture)(?: anymore)?(?: ,)? (?:theyd|hed|shed|wed|everyoned|they|everyone|everybody|he"
        r"|she|we|my \w+|the \w+)(?: d| would| could| will| ll)?(?: all| finally"
        r"| just)? (?:be )?(?:happy"
        r"|happier|fine|better|ok|okay|relieved"
        r"|free|heal|move on)\b"
        r"|(?:happier|better off|better) grieving (?:me|you|us)\b"
        r"|(?:im|i am|i m|id be|i d be|i would be) better off (?:nowhere|not existing|not here"
        r"|gone|dead|not alive)\b"
        r"|no more me(?= *(?:$|[.!?;,\n]))",
        SI,
        negatable=False,
        unless=r"\b(?:party|meeting|trip|holiday|office|shift|week|weekend|game|match|team"
        r"|project)\b",
    ),
    # Shut in a small room with a blade or the pills: "on the bathroom floor with the
    # scissors", "in the office toilet with a razor", "in the school bathroom and I have the
    # compass from maths", "on the stairs with the razor for like 20 min".
    _rule(
        "in-a-room-with-means",
        "razor|blade|scissors|knife|knives|pills|tablets|painkillers|rope|belt|cord"
        "|compass|box cutter|stanley|craft knife|sharpener",
        r"(?:bathroom|toilet|toilets|loo|stairs|stairwell|shower|bath|bathtub|garage|shed|floor"
        r"|cubicle|locked room|bedroom)(?: floor)?(?: at (?:work|school))?(?: for (?:\w+ ){0,2}"
        r"(?:min|mins|minutes|hours?|ages|a while))? (?:with|holding|and (?:i|ive) (?:have|got"
        r"|brought|took)|and i ve got|and ive got) (?:the|a|my|some|his|her|mums?|moms?|dads?"
        r"|all my|all the) (?:\w+ )?(?:razor|razors|razor blade|blade|blades|scissors|knife|knives"
        r"|pills|tablets|painkillers|rope|belt|cord|compass|box cutter|stanley knife|craft knife"
        r"|sharpener blade|pencil sharpener)\b",
        SH,
        PLAN,
        negatable=False,
        unless=r"\b(?:shav\w*|trim\w*|beard|legs|hair|haircut|fringe|bangs|nails|eyebrows"
        r"|clean\w*|craft\w*|whittl\w*|sewing|paint\w*|grout|caulk\w*|tiles?|plumb\w*|fix\w*"
        r"|lol|haha|cooking|baby|toddler|son|daughter|kids|dog|cat)\b",
    ),
    # Lingering at a drop or at the tracks, which a day's errand does not explain: "stood at
    # the edge of the platform and let two trains go past", "standing on the balcony for twenty
    # minutes and I can't make myself go back in", "on the top level of the multi-storey for an
    # hour".
    _rule(
        "lingering-at-a-drop",
        "edge|platform|tracks|top level|top floor|top deck|multi|balcony|ledge|railing|bridge|roof",
        r"(?:stood|standing|stand|sat|sitting|waited|waiting|lingered|stayed|been|parked|was|im"
        r"|i am)(?: \w+){0,3}? (?:at|on|by|near|close to|next to|right by|over) (?:the |a |this"
        r" |that )?(?:very )?(?:edge of the (?:platform|roof|bridge|cliff|car park|tracks)"
        r"|platform edge|(?:train |railway )?tracks|top (?:level|floor|deck)(?: of (?:the|a) \w+"
        r"(?: \w+)?)?|multi ?storey|cliff edge|ledge|balcony|railings?|bridge|roof)\b"
        r"(?=[^.!?\n]{0,60}\b(?:for (?:a while|ages|hours|an hour|half an hour|(?:like |about )?"
        r"(?:\d+|ten|fifteen|twenty|thirty|forty) (?:min|mins|minutes))|(?:let|letting|watched"
        r"|watching) (?:\w+ )?(?:trains?|cars?) (?:go|pass)|(?:cant|cannot|couldnt) (?:make myself"
        r"|bring myself to) (?:go|step|walk|move|get)|looking down|counting (?:the )?trains)\b)",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:view|photo\w*|selfie|sunset|sunrise|picnic|hik\w*|tour\w*|holiday|vacation"
        r"|waiting for (?:a|my|the|our) (?:friend|bus|train|tram|ride|lift|taxi)|delay\w*"
        r"|cancel\w*|signal failure|strike|fireworks|concert|wedding|fishing|paint\w*|kids"
        r"|boats?|swans|ducks|we|smok\w*|vap\w*|phone call|on the phone|calling|watch\w*|birds?)\b",
    ),
    # The harming thought no longer feels foreign: "it didn't feel like the usual OCD thought",
    # "less like an intrusive thought and more like an idea", "the thought of hurting her isn't
    # scary anymore", "tonight it doesn't feel like just a thought".
    _rule(
        "thought-no-longer-foreign",
        "thought|idea|intrusive",
        r"(?:doesnt|didnt|does not|did not|dont|do not|no longer|not|wasnt|isnt) (?:feel|feels"
        r"|felt|seem|seems|seemed)? ?(?:like )?(?:just )?(?:a|an|the|my) (?:usual |normal |regular"
        r" |typical |intrusive |ocd |random )*(?:intrusive )?thoughts?(?: anymore| any more)?"
        r"(?= *(?:$|[.!?;,\n]| (?:anymore|any more|tonight|now|today)\b))"
        r"|less like (?:an? )?(?:intrusive |ocd |random )?thought and more like (?:an? )?(?:idea"
        r"|plan|option|urge|decision|intention)"
        r"|thoughts? of (?:hurting|harming|killing|drowning|smothering|shaking|hitting) (?:her|him"
        r"|them|my \w+|the baby) (?:isnt|is not|doesnt|does not|arent|are not|no longer)"
        r" (?:scary|scare me|frighten me|scaring me|feel wrong|upset me)",
        DANGER,
        SI,
        negatable=False,
        requires=r"\b(?:hurt\w*|harm\w*|kill\w*|drown\w*|smother\w*|pillow|shak\w*|hit|hitting"
        r"|swerv\w*|jump\w*|die|dying|dead|bath|knife|stairs|window|baby|cot|crib)\b",
        requires_across=True,
    ),
    # A parent afraid of what they will do to a child in their care: "I think I'm dangerous to
    # her", "I don't trust what I'll do with the baby", "scared I'm going to hit her. properly".
    _rule(
        "danger-to-own-child",
        "dangerous|trust|hit her|hit him|hurt her|hurt him|hurt them|shake her|shake him"
        "|smother|harm her|harm him|harm them|strangle|drown",
        r"(?:im|i am|i m|i might be|i could be|im becoming|i feel) (?:\w+ )?dangerous (?:to|for"
        r"|around) (?:her|him|them|the (?:baby|kids|children|twins)|my (?:baby|son|daughter|kids?"
        r"|children|child|toddler|newborn|twins))\b"
        r"|(?:dont|do not|cant|can not|cannot|no longer) trust (?:myself|me|what (?:i ll|ill|i will"
        r"|i might|id|i d|i would|you ll|youll|you might) do)(?: \w+){0,4}? (?:with|around|near"
        r"|alone with) (?:her|him|them|the (?:baby|kids|children|twins)|my (?:baby|son|daughter"
        r"|kids?|children|child|toddler|newborn|twins)|your (?:baby|kids?|child))\b"
        r"|(?:left|be|being) alone with (?:your|my|the) (?:baby|child|kids?|newborn|son|daughter)"
        r" because (?:you|i) (?:dont|do not|cant|cannot) trust (?:what|yourself|myself|me)"
        r"|(?:scared|afraid|terrified|frightened) (?:that )?(?:i|ill|i will|im going to|im gonna|i"
        r" might|i could) (?:really |actually )?(?:hit|hurt|shake|smother|harm|strangle|drown)"
        r" (?:her|him|them)(?= *(?:$|[.!?;,\n]| (?:properly|tonight|again|really|badly|this time"
        r"|one day)\b))",
        DANGER,
        negatable=False,
        requires=r"\b(?:baby|babies|newborn|toddler|son|daughter|kids?|child|children|twins|cot"
        r"|crib|screaming|crying|wont stop|bath|nappy|feed\w*|\d+ ?(?:yo|year old|month old|months"
        r"|weeks)|mum|mom|mummy|mommy|dad|parent\w*|alone till|alone until|no one here)\b",
        requires_across=True,
        unless=r"\b(?:clums\w*|drop|dropping|dropped|feelings|feeling|by accident|accidentally"
        r"|ocd|intrusive|therapist|know i (?:wont|would never|never)|id never|i would never"
        r"|never would|never will)\b",
    ),
    # Taking a child along: "she'd be better off if I took her with me", "I'd take us both out
    # if he tries to take her", "thinking we should go together" (after "if I die").
    _rule(
        "taking-the-child-along",
        "her with me|him with me|them with me|kids with me|baby with me|children with me"
        "|twins with me|son with me|daughter with me|boy with me|girl with me|her along"
        "|him along|them along|kids along|baby along|us both out|us all out|them both out"
        "|them all out|go together|going together",
        r"(?:take|took|taking|bring|brought|bringing) (?:her|him|them|the (?:kids|baby|children"
        r"|twins)|my (?:kids|baby|son|daughter|children|boy|girl|twins)) (?:with me|along)\b"
        r"|(?:take|taking|took) (?:us|them) (?:both|all) out(?= *(?:$|[.!?;,\n]| (?:if|too|with"
        r"|before|first)\b))"
        r"|(?:we|us two|the two of us|both of us)(?: should| could| will| ll| might| would)?"
        r" (?:just )?go together(?= *(?:$|[.!?;,\n]))",
        DANGER,
        SI,
        negatable=False,
        requires=r"\b(?:better off|if i (?:go|die|went|died|m gone|am gone)|when i (?:go|die)"
        r"|if (?:he|she) (?:goes|dies)|die|dies|dead|death|kill\w*|gone|end it|swerv\w*|both"
        r"|tries to take|take her away|take him away|custody)\b",
        requires_across=True,
        unless=r"\b(?:shop\w*|park|holiday|vacation|trip|school|work|party|doctor|dinner|lunch"
        r"|breakfast|cinema|movies?|zoo|beach|visit\w*|swimming|church|mass|game|concert"
        r"|lol|haha)\b",
    ),
    # Life insurance as the remaining worth or the fix: "the only thing I own that's worth
    # anything now is my life insurance", "showed me his life insurance papers, says he has a
    # plan to fix the money".
    _rule(
        "life-insurance-worth",
        "insurance|policy",
        r"(?:life insurance|insurance policy|life policy|death benefit)\b(?:[^.!?\n]{0,60})"
        r"\b(?:worth (?:more than (?:the|my|our|me|i)\b|anything now|something now)|most useful"
        r"|only"
        r" (?:thing|way|use|asset)|fix (?:the|our"
        r"|my) (?:money|debts?|problems?)|pay (?:it )?off|pays? out|payout|cover (?:the|our|my)"
        r" debts?|provide for|look after (?:them|her|him|the kids))\b"
        r"|(?:worth (?:more|anything|something) (?:now|dead)|most useful|only thing|plan to fix"
        r"|fix (?:the|our"
        r"|my) (?:money|debts?))\b[^.!?\n]{0,60}\b(?:life insurance|insurance (?:papers|policy))\b",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:quote|premium|premiums|broker|renew\w*|sign\w* up|signed|compare|comparison"
        r"|mortgage advisor|agent|sell\w*|selling|exam|course|job|claim form|lol|haha|grandad"
        r"|grandpa|grandma|nan|passed away|died|funeral|dads|mums|moms|paperwork|estate|probate"
        r"|executor)\b",
        unless_after=r"\b(?:sorting|dads|mums|moms|my (?:late )?(?:dad|mum|mom|father|mother"
        r"|grandad"
        r"|grandpa|gran|nan|husband|wife)|paperwork|estate|probate)\b",
    ),
    # Stopping eating in order to die: "I should just stop eating and let it happen slowly",
    # "stopped eating since the funeral, I don't plan to start again", "if I just stopped
    # eating completely would anyone notice".
    _rule(
        "starving-to-die",
        "stop eat|stopped eat|stopping eat|quit eat|quitting eat|not eating",
        r"(?:stop|stopped|stopping|quit|quitting|not) eating(?: and drinking)?(?: \w+){0,3}?"
        r" (?:and (?:just )?(?:let (?:it|nature|my body|the \w+) (?:happen|take its course|give"
        r" out|do (?:it|the rest))|waste away|fade|disappear|die|not (?:wake|get) up)|until (?:i"
        r" (?:die|disappear|waste away|fade|pass out for good|stop)|my (?:body|heart) (?:gives"
        r" out|stops))|on purpose(?= *(?:[.!?;,\n]|$| (?:and|i|so)\b))|(?:completely|entirely"
        r"|for good) (?:would|and|until|to see|so)\b|to (?:die|disappear|waste away))"
        r"|(?:stopped|stop) eating\b[^.!?\n]{0,40}\b(?:(?:dont|do not|wont|will not|no) (?:plan"
        r"|intend"
        r"|intention|reason) (?:to |of |on )?(?:start\w*|eat\w*) again)\b",
        SI,
        negatable=False,
        requires_across=True,
        requires=r"\b(?:eat\w*|food|meal\w*|starv\w*|die|dead|gone|funeral|without (?:her|him)"
        r"|here|notice|nobody|no one|anyone)\b",
        unless=r"\b(?:diet\w*|fast\w*|ramadan|lent|surgery|operation|colonoscopy|blood test|bug"
        r"|stomach (?:bug|flu)|nause\w*|sick|gluten|dairy|meat|sugar|carbs|junk|takeaway"
        r"|chocolate|snack\w*|late|after \d|after (?:six|seven|eight|nine)|past \d|calories"
        r"|weight|lbs|kg|bulking|cutting|gym|vegan|vegetarian|restaurant|fast food)\b",
    ),
    # Not here for the day that was dreaded, nor any day: "I'll make sure I'm not around for
    # the review on Friday", "I'm not going to be here at all", "I won't be around to find
    # out", "not planning on seeing the morning", "there's no version of me after this".
    _rule(
        "not-here-for-the-day",
        "be here|be around|be alive|being here|being around|being alive|not here|not around"
        "|not alive|see the morning"
        "|seeing the morning|see tomorrow|seeing tomorrow|see the sunrise"
        "|seeing the sunrise|see next|seeing next|see another|seeing another|see my next"
        "|seeing my next|see my birthday|seeing my birthday|see christmas"
        "|seeing christmas|see the weekend|seeing the weekend|see new year"
        "|seeing new year|see myself|no version|no me",
        r"(?:(?:wont|will not|not going to|not gonna) (?:even |still )?be|make sure (?:im|i am|i m)"
        r" not) (?:here|around|alive) (?:at all|to (?:find out|see (?:it|that|how|what|the)"
        r"|reapply|retry|try again|face (?:it|them)|deal with (?:it|this))|for (?:the|my|her|his"
        r"|their|our) (?:\w+ )?(?:review|results?|hearing|verdict|appraisal|inspection|defen[cs]e"
        r"|viva|birthday|due date|anniversary)|(?:on )?(?:monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday))\b"
        r"|(?:dont|do not|not) (?:plan|planning|intend|intending) (?:on|to) be(?:ing)? (?:here"
        r"|around|alive) when\b"
        r"|(?:dont|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?see"
        r"(?:ing)? (?:the )?(?:morning|tomorrow|sunrise|next (?:week|month|year)|another (?:day"
        r"|week|birthday|christmas)|my (?:next )?birthday|christmas|the weekend|new year)\b"
        r"|(?:dont|do not|cant|cannot) see myself (?:at|in|reaching|making it to|alive (?:at|in"
        r"|by)) (?:next (?:week|month)|christmas|the weekend|new year)(?= *(?:$|[.!?;,\n]))"
        r"|(?:theres|there s|there is|there will be|there ll be) no (?:version of )?me (?:after"
        r" (?:this|that|tonight|today|\w+day)|in (?:\w+|\d+) (?:years|months|weeks)|next (?:year"
        r"|week|month))\b",
        SI,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:off to|heading|headed|away|visiting|abroad|staying (?:at|with"
        r"|over)|sleeping (?:at|over)|camp|festival|wedding|retreat|hospital|surgery|sick"
        r"|flu|covid|leave|day off|annual leave|appointment|dentist|doctor|lol|haha|online|office"
        r"|last day|leaving|retir\w*)\b",
    ),
    # "I won't be there. Or anywhere.": the absence widened to every place.
    _rule(
        "or-anywhere",
        "anywhere",
        r"(?:or|and|nor) (?:anywhere|anywhere else)(?: (?:else|at all|ever again))?"
        r"(?= *(?:$|[.!?;,\n]))",
        SI,
        negatable=False,
        requires=r"\b(?:wont|will not|not going to|not gonna|wont ever) be (?:there|here|at|in"
        r"|around)"
        r"\b",
        requires_across=True,
        unless=_TRAVEL,
    ),
    # Sleeping into death, in spellings and frames the core rules miss: "wanna sleep n not wake
    # up", "close my eyes and never open them", "what if I just didn't exist tomorrow", "would
    # it be easier if I just went to sleep forever", "go to sleep and have it be over".
    _rule(
        "sleep-or-not-exist-variants",
        "wake|woke|close my eyes|forever|for good|skipped|be over|exist",
        r"(?:sle+p|go to sle+p|fall asleep|drift off) (?:n|an|nd|&) (?:never|not|dont) wake up\b"
        r"|(?:want|wanna|wish|hope|pray|like|rather|just) (?:to |i could )?(?:just )?close my eyes"
        r" and (?:never|not|just not) (?:open|opening) them(?: again)?\b"
        r"|(?:if|what if) i (?:just )?(?:went|go|fell|fall|drifted|drift) (?:to sleep|asleep|off)"
        r" (?:forever|for good|and (?:never|didnt|did not|dont|not) (?:woke|wake) up|and skipped"
        r" (?:the rest|everything))"
        r"|(?:want|wanna|wish i could|like) to (?:just )?(?:go to sle+p|fall asleep|sleep) and"
        r" (?:have|let) (?:it|everything|this) (?:all )?be over"
        r"|what if i (?:just )?(?:didnt|did not|stopped|ceased to|wouldnt|no longer) exist(?:ed)?"
        r"|(?:didnt|did not|wouldnt) exist (?:tomorrow|anymore|after tonight)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:game|character|plane|flight|train|bus|holiday|vacation|nap|alarm|movie"
        r"|film|book|story|hibernat\w*|bear|cat|dog)\b",
    ),
    # Making the pain stop oneself: "or should I just make it stop myself", "she's going to
    # make it stop for all of us".
    _rule(
        "make-it-stop-myself",
        "make it stop|make this stop|make everything stop|make the pain stop|make the hurt stop",
        r"(?:should i|ill|i will|im going to|i m going to|gonna|i could|i can|i might|going to"
        r"|about to|want to|wanna) (?:just )?make (?:it|this|everything|the pain|the hurt|it all)"
        r" stop (?:myself|for good|permanently|forever|for all of us|for (?:both|all) of us|for"
        r" everyone)\b",
        SI,
        unless=r"\b(?:noise|alarm|dog|baby crying|leak|dripping|music|neighbours?|ringing|tinnitus"
        r"|itch\w*|headache|migraine|lol|haha)\b",
    ),
    # Someone's farewell words, then silence: "she texted 'tell mum I'm sorry' and now she's not
    # answering", "posted 'thank you all, take care of each other' and won't pick up", "said
    # tonight was his last night and logged off".
    _rule(
        "farewell-then-silence",
        "not answer|isnt answer|wont answer|stopped answer|hasnt been|hasnt answer"
        "|didnt answer|doesnt answer|not picking|isnt picking|wont pick|not pick"
        "|hasnt picked|didnt pick|doesnt pick|not respond|isnt respond|wont respond"
        "|stopped respond|hasnt respond|didnt respond|doesnt respond|not reply|isnt reply"
        "|wont reply|stopped reply|hasnt repl|didnt repl|doesnt repl|not read|isnt read"
        "|wont read|hasnt read|didnt read|phone|logged off|logged out|signed off"
        "|signed out|went offline|gone offline|now nothing|now silent|now its silent"
        "|now silence|was his last|was her last|is his last|is her last|was my last"
        "|is my last|was their last|is their last|be his last|be her last|be my last"
        "|be their last",
        r"(?P<p3>)(?:(?:not|isnt|wont|will not|stopped|hasnt been|is not|hasnt|doesnt|didnt)"
        r" (?:answering"
        r"|picking up|pick up|responding|replying|reading|answered|replied|responded|read)\b"
        r"|(?:phone|phones)(?: is| s|s)? (?:off|switched off|dead"
        r"|going (?:straight )?to voicemail)\b"
        r"|(?:logged|signed) (?:off|out)\b|went offline|gone offline"
        r"|now (?:nothing|(?:its )?silent|silence)(?= *(?:$|[.!?;,\n]))"
        r"|(?:tonight|today|this) (?:was|is|will be|would be) (?:his|her|their|my) last (?:night"
        r"|day)(?= *(?:$|[.!?;,\n]| and\b)))",
        BYE,
        SI,
        negatable=False,
        requires=r"\b(?:sorry (?:i|for everything|i couldnt|i cant)|couldnt be stronger|tell (?:mum"
        r"|mom|dad|my \w+|everyone|them|him|her) (?:i m |im |that i m |that im )?(?:sorry|i love"
        r"|love)|thank you (?:all|for everything|for believing|for being)|thanks for (?:everything"
        r"|believing|being)|good run|take care of (?:each other|yourselves|everyone)"
        r"|you were (?:all"
        r" )?(?:good|kind|nice) to me|goodbye|said (?:goodbye|bye)|tried my best|(?:was|is|will be)"
        r" (?:his|her|their|my) last (?:night|day)|(?:dont|do not) come in|(?:texted|messaged|sent)"
        r" (?:me )?help)\b",
        requires_across=True,
        unless=r"\b(?:asleep|sleeping|battery|signal|busy|shift|flight|plane|bed|probably"
        r"|cinema|class|exam|meeting|gaming|game|wifi|festival|holiday|hostel|in (?:the|this)"
        r" (?:job|flat|house|city|town)|at (?:work|the \w+)|party)\b",
    ),
    # The threat is still there: "he's in the kitchen still. I'm in the bathroom with the baby",
    # "I'm hiding in a shop, they're still outside", "he's still standing by my car. I'm in the
    # stairwell", "a car has been parked outside for an hour and I'm alone".
    _rule(
        "threat-still-near",
        "still|hiding|hidden|locked|shut myself|shut us|barricad|hid myself|hid us|hid me"
        "|circling|following me|banging on|parked outside|waiting outside|been parked"
        "|been waiting|been sitting outside|been standing outside",
        r"(?:hes|shes|theyre|he is|she is|they are|he s|she s|they re|guys are|men are|guy is|man"
        r" is|car is|van is|(?:he|she|they) (?:is|are)) (?:still )?(?:(?:standing|waiting|sitting"
        r"|parked"
        r"|hanging around|lurking) )?(?:outside|around the corner"
        r"|out there|by my car|at (?:the|my) door|downstairs|in the (?:kitchen|house|hall|hallway"
        r"|living room|car park)|parked outside|waiting outside|circling|up)(?: still)?(?= *(?:$"
        r"|[.!?;,\n]| (?:and|i|im|waiting|shouting|yelling|banging)\b))"
        r"|(?:im|i am|i m|were|we are) (?:hiding|locked|shut|hidden) (?:in|inside|behind|under)"
        r" (?:a|the|my|our) \w+"
        r"|i (?:just )?(?:locked|shut|barricaded|hid) (?:myself|us|me and \w+) (?:in|inside) (?:the"
        r"|my|a|our) \w+"
        r"|(?:guy|man|car|van|someone|somebody|he|they) (?:keeps|kept|has been|have been|is|s|are)"
        r" (?:circling|following me|banging on (?:the|my) (?:window|door|car))"
        r"|(?:car|van|someone|somebody|a guy|a man|some guy|he|they) (?:has|have"
        r"|s)? ?been (?:parked"
        r"|waiting|sitting|standing) outside(?: (?:my|the|our) (?:house|flat|door|building))? for"
        r" (?:an hour|hours|ages|\d+ (?:min|mins|minutes|hours))",
        DANGER,
        negatable=False,
        requires=r"\b(?:followed|jumped|attacked|threw|thrown|throwing|hit me|hit her|hit him|hits"
        r"|punch\w*|kick\w*|slap\w*|slurs?|threat\w*|grabbed|knife|gun|regret|bleeding|address"
        r"|doxx\w*|stalk\w*|banging on|smash\w*|choked|strangled)\b",
        requires_across=True,
        unless=r"\b(?:hide and seek|game|surprise|party|cat|dog|kitten|puppy|spider|wasp|bee"
        r"|mouse|rain|storm|paparazzi|fans|lol|haha|cooking|dinner|tv|football|playing|uber"
        r"|taxi|delivery|pizza)\b",
    ),
    # An explicit threat of harm, with the threat present: "I think my supervisor is going to
    # hit me, he's shouting", "he had his hands round my neck", "going to burn the house down
    # with us in it", "the baby and I are going to 'have an accident' if I tell".
    _rule(
        "threat-of-harm-now",
        "going to hit|gonna hit|about to hit|going to hurt|gonna hurt|about to hurt"
        "|going to beat|gonna beat|going to punch|gonna punch|going to strangle"
        "|going to choke|gonna choke|hands round|hands around|hands on my|burn the"
        "|burn our|burn my|set fire|torch the|torch our|have an accident|get an accident"
        "|have a little accident|hurt her|hurt him|hurt me|hurt us|hurt them|hurt the"
        "|kill her|kill him|kill me|kill us|kill them|kill the|hit me|hit her|hit him"
        "|hit us|beat me|beat her|beat him|stab me|stab her|stab him|stab us|gun|rifle"
        "|shotgun|pistol",
        r"(?:is|s|are|re) (?:going to|gonna|about to) (?:hit|hurt|beat|punch|strangle|choke)"
        r" (?:me|us|her|him|the (?:baby|kids))\b"
        r"|(?:had|put|got|wrapped) (?:his|her|their|both) hands (?:round|around|on) my (?:neck"
        r"|throat)"
        r"|(?:burn|set fire to|torch) (?:the|our|my) (?:house|flat|place|home)(?: down)? with (?:us"
        r"|me|the kids|the baby|them) (?:in|inside)(?: it)?"
        r"|(?:are|is|were|was|am) (?:going to|gonna) (?:have|get) (?:an|a little) accident if (?:i"
        r"|we"
        r"|you) (?:tell|call|go|leave|speak|report|say)\b"
        r"|(?:hell|shell|theyll|ll|will|would|hed|shed|theyd|d) (?:hurt|kill|hit|beat|stab) (?:her"
        r"|him"
        r"|me|us|them|the (?:baby|kids))"
        r" if (?:i|we) (?:call|tell|leave|go|report|take|try)\b"
        r"|(?:his|her|their|the) (?:gun|rifle|shotgun|pistol) (?:is )?(?:out )?on the (?:table|bed"
        r"|counter|sofa|couch|seat)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:shout\w*|yell\w*|scream\w*|block\w*|drunk|drinking|threat\w*|texting|said"
        r"|says|told|if i|knows where|raised|fists?|coming|door|tonight|neck|throat|house|flat"
        r"|home|i think|scared|afraid|terrified)\b",
        requires_across=True,
        unless=r"\b(?:game|ball|lol|haha|joke|kidding|by accident|pinata|piñata|boxing|sparring"
        r"|training|match|football|rugby|hockey|stage|play|film|movie|book|character)\b",
    ),
    # A blade or tool taken to one's own body: "took the craft knife to my own hand",
    # "scratching my forearm with a paperclip", "been cutting on my thigh", "reopened the
    # cuts", "the burns on my arm are fresh", "arms are a mess again".
    _rule(
        "tool-to-own-body",
        "paperclip|compass|blade|razor|knife|glass|lighter|nails|scissors|sharpener"
        "|staple|safety pin|cutting on|reopen|re open|fresh|still bleeding|are bleeding"
        "|mess again|wrecked again|covered again|cut up again",
        r"(?:took|take|taking|put|held|pressed|dragged|ran) (?:a |the |my )?(?:\w+ )?(?:knife|blade"
        r"|razor|scissors|compass|lighter|paperclip|glass|sharpener) (?:to|into|across"
        r"|along|against) my (?:own )?" + _BODY + r"\b"
        r"|(?:scratch\w*|scrap\w*|dig\w*|gouge\w*|carv\w*|burn\w*|cut\w*) (?:at |into |on )?my"
        r" (?:own )?" + _BODY + r" (?:with|using) (?:a|the|my) (?:\w+ )?(?:paperclip|pin|needle"
        r"|compass|blade|razor|knife|glass|lighter|nails|scissors|sharpener|staple|safety pin)\b"
        r"|(?:been |keep |kept )?cutting on my " + _BODY + r"\b"
        r"|re ?opened (?:the (?:cuts|wounds|scars)|my (?:cuts|wounds|scars)|(?:an? )?old"
        r" (?:cut|wound|scar)s?)\b"
        r"|(?:burns|cuts|marks|scratches|wounds) on my " + _BODY + r" (?:are|r) (?:fresh|new|still"
        r" bleeding|bleeding)\b"
        r"|(?:arms|legs|thighs|wrists|stomach|skin) (?:are|r|is) (?:a mess|wrecked|covered|cut up)"
        r" again\b",
        SH,
        negatable=False,
        unless=_ACCIDENT + r"|\b(?:surgery|stitches|c section|operation|biopsy|tattoo\w*|piercing"
        r"|mosquito\w*|bites|eczema|rash|paint\w*|gym|sore|dermatolog\w*|nurse|doctor|acupunct\w*"
        r"|injection|vaccin\w*|blood test|insulin|cat|dog|kitten|brambles|thorns|garden\w*|lol"
        r"|haha|henna|makeup|glitter|fake blood|costume|halloween|scar cream|sunburn\w*)\b",
    ),
    # Heights and means checked: "I keep looking at the window. It's high enough", "looked up
    # how tall the parking garage near work is", "looking at the painkillers differently".
    _rule(
        "height-or-means-checked",
        "high enough|how tall|how high|how far|long the drop|differently",
        r"(?:its|it s|it is|thats|that s|is|looks|seems|was) (?:probably |definitely |easily )?high"
        r" enough(?= *(?:$|[.!?;,\n]| to (?:die|do it|kill|not survive|work|end it)\b))"
        r"|(?:looked up|look up|looking up|googled|google|googling|searched|checked|measured"
        r"|researched|find out|found out|worked out) how (?:tall|high|far (?:down|up)|long the drop"
        r" (?:from|off)) (?:the |that |my |our )?(?:\w+ ){0,2}" + _HIGH_PLACE + r"\b"
        r"|(?:look\w*|star\w*) at (?:the|my|those|that|these) (?:\w+ ){0,4}?(?:pills|painkillers"
        r"|tablets|meds|rope|bridge|knife|razor|blades?|window"
        r"|balcony)(?: \w+){0,4}? (?:differently|in a"
        r" different way|a different way)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:window|balcony|bridge|floor|storey|story|roof|building|drop|ledge|car"
        r" park|parking garage|multi ?storey|cliff|top level|tall|high|pills|painkillers|tablets"
        r"|meds|rope|knife|razor|blades?|maternity|ward)\b",
        requires_across=True,
        unless=r"\b(?:view|tourist|quiz|homework|trivia|school project|visit\w*|climb\w*|abseil\w*"
        r"|bungee|skydiv\w*|paraglid\w*|architect\w*|engineer\w*|survey\w*|ladder|shelf|shelves"
        r"|fence|hedge|jump (?:rope|height)|high jump|horse|kite|drone|lol|haha|photo\w*"
        r"|expir\w*|dose|dosage|prescri\w*|pharmac\w*|side effects?|generic|toddler|baby|kids|child"
        r"|safe|safety|railing|gate|cot|crib)\b",
    ),
    # A farewell to the listener: "sorry for all the messages, this is the last one, thank you
    # for being nice to me", "imma go now, thx for trying", "just wanted to tell someone
    # before", "I wanted to say it to someone first", "goodbye. kiss the kids for me".
    _rule(
        "farewell-to-the-listener",
        "for trying|nice to me|kind to me|good to me|someone before|somebody before"
        "|anyone before|you before|before i go|someone first|somebody first|anyone first"
        "|kids for me|children for me|them for me|babies for me|son for me"
        "|daughter for me|boys for me|girls for me",
        r"(?:thx|thanks|thank you|thank u|ty) (?:for trying|for being (?:so )?(?:nice|kind|good) to"
        r" me)\b"
        r"|(?:tell|talk to|say (?:it |this |goodbye )?to) (?:someone|somebody|anyone|you) (?:\w+ )?"
        r"before(?: i go)?(?= *(?:$|[.!?;,\n]))"
        r"|(?:someone|somebody|anyone|you) to know (?:\w+ ){0,4}before i go(?= *(?:$|[.!?;,\n]))"
        r"|(?:want|wanna|wanted|need|needed) to talk (?:to (?:someone|somebody|you) )?before i go"
        r"(?= *(?:$|[.!?;,\n]))"
        r"|(?:wanted|want|needed) to (?:say|tell) (?:it|this) to (?:someone|somebody|anyone)"
        r" first(?= *(?:$|[.!?;,\n]))"
        r"|(?:kiss|hug|cuddle) (?:the kids|my kids|the children|my children|my (?:babies|son"
        r"|daughter|boys|girls)|them) for me(?= *(?:$|[.!?;,\n]))",
        BYE,
        negatable=False,
        requires=r"\b(?:(?:go|gonna go|going) now(?= *(?:$|[.!?;\n]))|last one|last message"
        r"|last time|before i go"
        r"|goodbye|sorry (?:for|i was|for being)|parked|somewhere quiet|call a hotline|call"
        r" someone|hotline)\b",
        requires_across=True,
        unless=_TRAVEL + r"|\b(?:bed|sleep|shower|dinner|lunch|shop\w*|store|gym|date|party|drive"
        r" home|bus|train|see you|talk (?:tomorrow|soon|later)|next time|goodnight|good night"
        r"|session|therapy|appointment|interview|surgery|operation|procedure|lol|haha)\b",
    ),
    # Agreeing with those who wish one dead: "kys is all my comments say. starting to think
    # they're right", "my dad says I should have the decency to disappear. I think he's right".
    _rule(
        "agreeing-with-death-wishers",
        "theyre right|hes right|shes right|they re right|he s right|she s right"
        "|they are right|he is right|she is right|be right|agree with|be correct"
        "|are correct|is correct",
        r"(?:starting|beginning|begin|start|started|coming round) to (?:think|believe|feel|agree)"
        r" (?:that )?(?:they|he|she|theyre|hes|shes|they re|he s|she s|they are|he is|she is"
        r"|(?:they|he|she) (?:might|may|could) be)(?: are| is)? (?:right|correct)\b"
        r"|(?:starting|beginning|started|coming round) to agree with (?:them|him|her|it)\b"
        r"|i think (?:hes|shes|theyre|he s|she s|they re|he is|she is|they are) right(?= *(?:$"
        r"|[.!?;,\n]| i think i (?:will|should|might)\b))",
        SI,
        negatable=False,
        requires=r"\b(?:kys|kill (?:your|ur|my) ?self|(?:should|better) (?:just )?(?:die|disappear"
        r"|be dead|off myself)|decency to (?:disappear|die|go)|never been born|better off dead"
        r"|rather have a dead|41 ?%|wish (?:you|u) (?:were|was|d) (?:dead|never)|go die|drop dead"
        r"|neck (?:yourself|urself))\b",
        requires_across=True,
    ),
    # Following a dying loved one: "if he dies I'm going with him", "if she goes I go", "when
    # she goes, I'm following her".
    _rule(
        "following-the-dying",
        "going with|go with|follow|coming with|go too|going too|die too|so do i|goes i go"
        "|dies i go|goes , i go|dies , i go",
        r"(?:if|when|once) (?:he|she|they|my \w+|the baby)(?: ever)? (?:dies|die|goes|passes"
        r"|passes away|doesnt make it|does not make it)(?: ,)? (?:(?:then )?(?:im|i am|i m|ill|i"
        r" will|i ll|i)(?: just)? (?:going with|go with|follow\w*|coming with|go too|going too"
        r"|die too|go|am going|m going) ?(?:him|her|them|too)?(?= *(?:$|[.!?;,\n]| (?:too|i mean"
        r"|honestly|straight after)\b))|so do i\b|i go too\b)",
        SI,
        negatable=False,
        requires=r"\b(?:terminal|hospital|neonatal|losing (?:her|him)|illness|ill|dying|icu|cancer"
        r"|dies|die|passes|life support|hospice|prognosis|doesnt make it|does not make it|unit)\b",
        requires_across=True,
        unless=r"\b(?:party|club|pub|school|trip|holiday|shop\w*|concert|gym|game|work|office"
        r"|bar|home early|to bed)\b",
    ),
    # Commands heard from voices or a god: "the voices say I need to do something about it",
    # "god keeps telling me we both need to go home to him", "my thoughts are saying I need to
    # protect the baby from me by dying".
    _rule(
        "commanded-to-die-or-harm",
        "voice|protect|telling me|keeps telling|keep telling|kept telling|is telling"
        "|are telling|keeps saying|keep saying|kept saying|is saying|are saying"
        "|commanding|ordering|whispering|not my baby|not really my|isnt really my|isnt my"
        "|is not my|s not my|not mine|isnt mine",
        r"(?:voices?|god|the lord|the devil|satan|something|my thoughts|my head)"
        r" (?:keeps?|kept|is|are|were|was|s) (?:telling|saying|ordering|commanding|whispering)"
        r"(?: to)?(?: me)? (?:that )?(?:\w+ ){0,6}?(?:we|i)(?: both| all)? (?:need|have|must"
        r"|should|got|ought)(?: to)? (?:go home to (?:him|god|heaven|jesus)|die|do something about"
        r" (?:it|her|him|them|the baby)|hurt|kill|jump|end it|drown|protect \w+ (?:\w+ )?from me)\b"
        r"|(?:voices?|god|the devil) (?:keeps?|kept|is|are|s)? ?(?:telling|saying|tell|say|said"
        r"|told)"
        r" (?:me )?(?:that )?(?:she|he|the baby|it) (?:isnt|is not|s not|isn t) (?:really )?(?:my"
        r" baby|mine|my (?:son|daughter|child|real \w+))\b"
        r"|protect (?:the baby|her|him|them|my (?:baby|kids|children|son|daughter)) from me by"
        r" (?:dying|going|leaving for good|killing myself|disappearing|not being here)\b",
        SI,
        DANGER,
        negatable=False,
        unless=r"\b(?:game|character|film|movie|book|song|lyrics|sermon|bible study|lol|haha"
        r"|podcast)\b",
    ),
    # A plan, a goal or the only option that is not to exist: "the only plan I have after the
    # defense is to not exist", "I'd rather not have it [this life]", "I'm going off a bridge on
    # the way home", "dealing with it permanently", "when my contract ends I end too".
    _rule(
        "plan-is-not-to-exist",
        "is to not|is to die|is to stop|is to disappear|is to end|is to go to sleep"
        "|is just to|is simply to|rather not|off a bridge|off the bridge|off that bridge"
        "|off a cliff|off the cliff|off a roof|off the roof|off a building"
        "|off the building|off a ledge|off the ledge|off an overpass|off the overpass"
        "|off the multi|off a multi|off the car park|off the viaduct|off the balcony"
        "|off a balcony|permanently|end too|go too|die too|end as well|last anything"
        "|last everything|final anything|final everything",
        r"(?:plan|goal|only option|only way out|hope|wish|idea|answer)(?: \w+){0,6}? is (?:just "
        r"|simply"
        r" )?to (?:not (?:exist|be here|be alive|wake up|be around)|die|stop existing|disappear"
        r" for good|end it|end my life|go to sleep forever)(?= *(?:$|[.!?;,\n]|(?: anymore| at all"
        r"| after| forever| any ?more| honestly| tbh)\b))"
        r"|(?:life|living|future|years)\b[^.!?\n]{0,60}?\b(?:id|i d|i would|i) rather not (?:have"
        r"|live|do|keep) (?:it|one|any of it|the rest(?: of it)?)(?= *(?:$|[.!?;,\n]| at all\b))"
        r"|(?:going|gonna|go|drive|driving|drove|ill go|walk|walking|step|stepping) off (?:a|the"
        r"|that) (?:bridge|cliff|roof|building|ledge|overpass|multi ?storey|car park|viaduct"
        r"|balcony)\b"
        r"|(?:dealing with|deal with|sorting|sort|solving|solve|handling|handle|ending|end)"
        r" (?:it|this|things|everything|the problem|my problems)(?: out)? permanently\b"
        r"|(?:ends|is over|finishes|runs out)(?: ,)? (?:i|so do i|im|i will|ill) (?:end|go|die|stop"
        r"|finish|am done|m done|done)(?: too| as well)(?= *(?:$|[.!?;,\n]))"
        r"|(?:my )?(?:last|final) (?:anything|everything)(?= *(?:$|[.!?;,\n]))",
        SI,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:bug|leak|code|hair|issue with|car|roof|pest|mould|damp|weeds"
        r"|fence|software|ticket|exit|ramp|junction|slip road|diving|dive|bungee|swim\w*|lake"
        r"|pool|quarry|cliff jump\w*|zipline|game|level|tour|lease|sale|season|series|show"
        r"|wedding|exam|sale|deal|lol|haha|rent)\b",
    ),
    # The ordinary reading denied: "I don't think I can survive another semester. And I don't
    # mean academically", "a way out if I fail, and I don't mean a different career", "not
    # gonna make it to payday. Not because of money".
    _rule(
        "not-the-ordinary-reading",
        "mean|because of",
        r"(?:and )?(?:i )?(?:dont|do not|didnt|did not) mean (?:academically|financially"
        r"|professionally|at work|job ?wise|money ?wise|career ?wise|grade ?wise|(?:a |another"
        r" |the )?(?:different|new|other) (?:career|job|school|course|uni|city|country|program"
        r"|degree)|(?:quitting|dropping out|leaving|changing) (?:my |the )?(?:\w+ )?(?:job|school"
        r"|uni|course|career|program|degree))(?= *(?:$|[.!?;,\n]))"
        r"|not because of (?:the )?(?:money|rent|bills|payday|debt)(?= *(?:$|[.!?;,\n]))",
        SI,
        negatable=False,
        requires=r"\b(?:survive|make it|way out|exit|end|gone|leave|leaving|last|not be here|not"
        r" be around|done|finish\w*|see (?:the|next)|around|here)\b",
        requires_across=True,
        unless=r"\bi mean (?:financially|money|socially|physically|emotionally|literally broke"
        r"|mentally tired)\b",
    ),
    # The point of me, doing me another day: "I don't see the point of me anymore", "what's the
    # point in me being anything", "can't do me another day", "want to be nothing", "I want
    # out, permanently".
    _rule(
        "point-of-me",
        "point of me|point in me|do me|be nothing|be empty|be gone|want out|go nowhere|point to me",
        r"(?:no|the|whats the|what is the|any) point (?:of|in|to) me (?:being anything|being"
        r" anyone|anymore|any more|existing|at all)(?= *(?:$|[.!?;,\n]))"
        r"|(?:cant|cannot|can not) do (?:me|being me|myself) (?:another|one more) (?:day|night"
        r"|week|minute)"
        r"|(?:want|wanna|need) (?:to )?be nothing(?: (?:for good|forever|permanently|at all))?"
        r"(?= *(?:$|[.!?;,\n]))"
        r"|(?:want|wanna|need) (?:to )?be empty (?:for good|forever|permanently)\b"
        r"|(?:want|wanna|need|i am going|im going|im getting) out(?: ,)? (?:permanently|for good"
        r"|forever)\b"
        r"|go nowhere(?: ,)? (?:permanently|forever|for good)\b",
        SI,
        negatable=False,
        unless=r"\b(?:job|work|company|marriage|relationship|contract|lease|band|team|group"
        r"|club|school|city|country|town|party|game|lol|haha|holiday|trip)\b",
    ),
    # At the water or the tracks and staying there, or weighing the means: "walked to the river
    # and I'm still standing here", "keep walking to the train tracks and standing there",
    # "looking at the water thinking how cold and quiet it would be", "every time I see a lorry
    # I think about stepping out", "I think about swerving".
    _rule(
        "staying-at-the-means",
        "to the river|to the bridge|to the tracks|to the train tracks|to the railway"
        "|to the cliff|to the sea|to the water|to the canal|to the lake|to the quarry"
        "|to the viaduct|to the platform|at the water|at the river|at the sea"
        "|at the tracks|at the drop|at the waves|at the canal|at the lake|into the water"
        "|into the river|into the sea|into the canal|into the lake|down at the|stepping"
        "|swerv|about jumping|of jumping|about walking|of walking|about driving"
        "|of driving",
        r"(?:keep|kept|keeps) (?:walking|driving|going|cycling) (?:out |down |up "
        r"|back )?to the (?:\w+"
        r" )?(?:river|bridge|tracks|cliffs?|sea|water|canal|lake|quarry|railway|viaduct|platform"
        r" edge)\b[^.!?\n]{0,40}?\b(?:and )?(?:just )?(?:standing|stood|sitting|sat|staring down)"
        r"(?: (?:here|there))?(?= *(?:$|[.!?;,\n]| for\b))"
        r"|(?:walked|drove|went|came|got|cycled) (?:out |down |up |back )?to the (?:\w+ )?(?:river"
        r"|bridge|tracks|cliffs?|sea|water|canal|lake|quarry|railway|viaduct|platform edge)\b"
        r"[^.!?\n]{0,40}?\b(?:and )?(?:im|i m|i am|i was|been) still (?:standing|sitting|stood|sat)"
        r"(?: (?:here|there))?(?= *(?:$|[.!?;,\n]| for\b))"
        r"|(?:looking|staring|looked|stared) (?:at|into|down at) the (?:water|river|sea|tracks|drop"
        r"|waves|canal|lake)(?: and)? (?:thinking|wondering|imagining) (?:about )?how (?:cold|quiet"
        r"|easy|quick|peaceful|deep|fast|calm|simple)(?: and \w+)? it (?:would|d|will|could"
        r"|might) be\b"
        r"|(?:see|pass|hear|passes|sees) (?:a|the|every) (?:lorry|truck|bus|train|van|car)\b"
        r"[^.!?\n]{0,20}?\b(?:think|thinking|thought) (?:about|of) (?:just )?(?:stepping|walking"
        r"|jumping|swerving|driving)(?: out| off| in front| into (?:it|its path))?(?= *(?:$"
        r"|[.!?;,\n]| daily| every| again\b))"
        r"|(?:think|thinking|thought) (?:about|of) (?:just )?swerving(?= *(?:$|[.!?;,\n]| into"
        r" (?:a|the|oncoming) \w+))",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:swim\w*|fishing|picnic|walk the dog|dog walk|holiday|vacation|trip|view"
        r"|sunset|sunrise|photo\w*|paint\w*|ducks|swans|boat|kayak\w*|paddle\w*|surf\w*|camp\w*"
        r"|with (?:my|the|our) (?:friends|family|partner|boyfriend|girlfriend|husband|wife)"
        r"|we|deer|fox|cat|dog|squirrel|hedgehog|pothole|ice|black ice|nearly hit|almost hit"
        r"|cyclist|avoid\w*)\b",
    ),
    # Means kept, collected or taken in bulk: "the pills I've been collecting", "took a lot of my
    # prescription at once", "I've put the rope in the shed".
    _rule(
        "means-kept-or-taken",
        "been collecting|been saving|been stockpiling|been hoarding|been keeping"
        "|been stashing|been squirrel|been putting aside|been setting aside|took a lot"
        "|took loads|took lots|took too|took a bunch|took a handful|took half|took most"
        "|took the rest|took all|taking all|take all|rope",
        r"(?:pills|tablets|meds|painkillers|medication|sleeping pills|rope|razors|blades)"
        r" (?:that )?(?:ive|i have|i ve|id|i d|i had|i)(?: secretly)? (?:been )?(?:collecting"
        r"|saving|stockpiling|hoarding|stashing|squirrelling away|putting aside|setting aside)\b"
        r"|took (?:a lot|loads|lots|too much|too many|a bunch|a handful|half|most|the rest|all)"
        r" of (?:my|the|mums?|moms?|dads?|her|his) (?:\w+ )?(?:prescription|meds|medication"
        r"|medicine|pills|tablets|painkillers|sleeping pills|insulin) (?:at once|in one go|all at"
        r" once|together|on purpose)\b"
        r"|(?:taking|gonna take|going to take|will take|ll take) all (?:of )?(?:her|his|their|my)"
        r" (?:\w+ )?(?:pills|tablets|meds|medication|painkillers) (?:tonight|at once|in one go"
        r"|together|now)\b"
        r"|(?:put|hid|hidden|left|keep|kept|stashed|stashing|hung|tied) (?:the|a|my) (?:\w+ )?rope"
        r" (?:in|under|up in|behind|on|from|over) (?:the|my) (?:shed|garage|loft|attic|wardrobe"
        r"|closet|car|boot|trunk|beam|rafters?|banister|bannister|bag|drawer|bed|tree)\b",
        PLAN,
        negatable=False,
        unless=r"\b(?:trip|holiday|travel\w*|vacation|camp\w*|boat|sail\w*|climb\w*|washing"
        r"|swing|tow\w*|tent|garden\w*|tug|skipping|jump rope|dog|gym|pharmac\w*"
        r"|prescri\w* (?:me|by)|disposal|dispose|take back|return\w*|hammock|tarp|crafts?"
        r"|macrame|knots?|horse|pony|goat|lol|haha)\b",
    ),
    # Assorted death wishes in spellings or frames the core rules miss: "i wsh i coudl just
    # die", "so tired I could die and honestly I'd be ok with that", "kinda wish the car had hit
    # me", "the kindest thing I could do is remove myself", "my body kills babies, it should
    # kill me too".
    _rule(
        "death-wish-variants",
        "wsh|wsih|whish|wiish|could die|would die|might die|could just die|would just die"
        "|might just die|could dye|hit me|killed me|taken me|finished me|remove myself"
        "|erase myself|eliminate myself|kill me too|take me too|kill me instead"
        "|take me instead|kill me as well|take me as well|kill me next|take me next",
        r"(?:wsh|wsih|whish|wiish) (?:that )?i (?:coudl|cuold|cld|culd|could|coud|cold"
        r"|would) (?:just"
        r" )?d[iy]e\b"
        r"|(?:could|would|might) (?:just )?d[iy]e\b[^.!?\n]{0,30}?\b(?:id|i d|i would|and id|and i"
        r" d) (?:honestly |really |actually |genuinely )?(?:be )?(?:ok|okay|fine|happy|glad"
        r"|relieved) with (?:that|it)\b"
        r"|wish\w* (?:that )?(?:the|a|that) (?:\w+ )?(?:car|bus|truck|lorry|train|van|taxi)"
        r" (?:had|would have|d have) (?:hit|killed|taken|finished) me\b"
        r"|(?:kindest|best|right|decent|only) thing (?:i|to) (?:could|can) do (?:for (?:them"
        r"|everyone|\w+) )?is (?:to )?(?:remove|erase|eliminate) myself\b"
        r"|(?:it|this|that|god|my body) should (?:just )?(?:kill|take) me (?:too|instead|as well"
        r"|next)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:from the (?:group|chat|team|list|project|equation of the)|mailing list"
        r"|lol|haha|game|character)\b",
    ),
    # Someone who threatened the writer knows where they are: "the guy from the app knows where
    # I live and sent a photo of my front door", "says he knows where my kids go to school and
    # I'll regret it. he's parked outside again", "dad's punching the door".
    _rule(
        "threat-knows-where",
        "knows where|know where|parked outside|punching|kicking|banging on|hammering on"
        "|breaking down",
        r"(?:knows|know|found out) where (?:i|we) (?:live|am|are|stay|work|sleep)\b"
        r"|(?:knows|know) where my (?:kids|children|son|daughter) (?:go to school|are|live)\b"
        r"|(?:hes|shes|theyre|he s|she s|they re|he is|she is|they are|dads|mums|moms|my \w+ is)"
        r" (?:\w+ )?(?:parked outside|punching|kicking|banging on|hammering on|breaking down)"
        r"(?: (?:the|my|our) (?:door|bedroom door|window|car))?(?= *(?:$|[.!?;,\n]| again| now"
        r"| and\b))",
        DANGER,
        negatable=False,
        requires=r"\b(?:see you tonight|tonight|front door|photo of (?:my|the|our) (?:house|door"
        r"|flat|car|street)|outside again|threat\w*|regret|coming (?:for|over|round|to get)"
        r"|burn|kill|hurt|stalk\w*|followed|what do i do|climb out|scared|terrified|help|hiding"
        r"|locked)\b",
        requires_across=True,
        unless=r"\b(?:surprise|party|present|gift|delivery|pizza|flowers|lol|haha|dog|cat"
        r"|music|neighbours?|builders?|drill\w*|diy|bag|punching bag|boxing|gym)\b",
    ),
    # Harm to one's own baby wanted, or feared again: "I want to hurt him. my own baby", "I shook
    # him and I'm scared I'll do it again tonight".
    _rule(
        "harm-to-own-baby",
        "hurt him|hurt her|harm him|harm her|smother|shake him|shake her|do it again",
        r"(?:want|wanna|going|gonna|about) to (?:hurt|harm|smother|shake|hit|drown) (?:him|her)\b"
        r"|(?:scared|afraid|terrified|frightened) (?:that )?(?:ill|i will|i ll|im going to|im gonna"
        r"|i might|i could) do it again\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:my own (?:baby|son|daughter|child)|newborn|cot|crib|nappy|shook (?:him|her)"
        r"|shaken|smacked (?:him|her)|hit (?:him|her)|grabbed (?:him|her|my \w+)|the baby|my baby"
        r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few) ?(?:weeks?|months?|days?)"
        r" old)\b",
        requires_across=True,
        unless=r"\b(?:feelings|by accident|accidentally|ocd|intrusive|therapist|lol|haha)\b",
    ),
    # Hoping the body or the road does it: "I keep hoping I get really sick so I can die", "part
    # of me hopes I fall asleep at the wheel", "the thought of stopping for good is the only
    # thing that calms me", "woke up disappointed again".
    _rule(
        "hoping-the-body-does-it",
        "sick so|ill so|cancer so|sick and|ill and|sick enough|ill enough|cancer and|sick that"
        "|ill that|at the wheel|behind the wheel|for good"
        "|forever|permanently|disappointed",
        r"hop\w* (?:that )?i (?:get|got|become) (?:really |very |seriously |so )?(?:sick|ill"
        r"|cancer)"
        r"(?: enough)? (?:so|and|that) (?:i can |that i can |i could |i )?(?:just )?(?:die"
        r"|not wake up|go|stop)\b"
        r"|(?:hop|wish|pray)\w* (?:that )?i (?:just )?(?:fall asleep|crash|nod off|drift off) (?:at"
        r"|behind) the wheel\b"
        r"|(?:thought|idea) of (?:stopping|ending (?:it|everything|things)|sleeping|checking out)"
        r" (?:for good|forever|permanently)\b[^.!?\n]{0,40}\b(?:calms?|sooth\w*|comfort\w*|relief"
        r"|reliev\w*|peace\w*|helps)\b"
        r"|(?:woke|wake|waking) up (?:\w+ )?disappointed (?:again(?= *(?:$|[.!?;\n]))|that i (?:did"
        r"|woke)|to (?:still )?be (?:alive|here)|i (?:woke|did|am still))",
        SI,
        negatable=False,
        unless=r"\b(?:smok\w*|vap\w*|drink\w*|alcohol|weed|caffeine|sugar|rain\w*|snow|weather"
        r"|score|result\w*|game|match|lol|haha|dream)\b",
    ),
    # Harm to a child or partner marked on the body: "smacks my 2yo so hard he leaves
    # handprints", "grabbed her by the arm so hard there's marks", "he's coming back tonight".
    _rule(
        "harm-that-leaves-marks",
        "so hard|hard enough|coming back",
        r"(?:hits?|smacks?|smacked|slaps?|slapped|grabbed|grabs|punch(?:es|ed)?|kicks?|kicked"
        r"|beats?|shakes?|shook|squeezed|pinched|pinches|throws?|threw)\b[^.!?\n]{0,40}?\b(?:so"
        r" hard|hard enough)\b[^.!?\n]{0,20}?\b(?:handprints?|marks|bruises|a bruise|a mark"
        r"|bleed\w*|finger ?marks)\b"
        r"|(?:hes|shes|theyre|he s|she s|they re|he is|she is|they are) (?:\w+ ){0,5}?coming back"
        r"(?: home)? (?:tonight|later|soon|any minute)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:(?:hit|hits|smack\w*|slap\w*|grabbed|squeezed|punch\w*|kick\w*|beat|beats"
        r"|shook"
        r"|shakes) (?:me|her|him|us|them|my \w+|our \w+)|choked|strangled|threw \w+ at|hands"
        r" round|handprints|bruises)\b",
        requires_across=True,
        unless=r"\b(?:game|ball|lol|haha|tennis|football|hug\w*|pillow|keyboard|paper|pen"
        r"|pencil|button|door|punching bag|boxing|gym|sparring|massage)\b",
    ),
    # A spot picked, said flat: "I'll be honest, I've picked the spot", "already found the
    # place".
    _rule(
        "spot-picked",
        "picked the|chosen the|chose the|found the|scouted the|picked a|found a|chosen a",
        r"(?:ive|i have|i ve|already|i) (?:already )?(?:picked|chosen|chose|found|scouted) (?:the"
        r"|a|my) (?:spot|place|location)(?= *(?:$|[.!?;,\n]))",
        PLAN,
        negatable=False,
        unless=r"\b(?:picnic|wedding|tent|camp\w*|party|photo\w*|holiday|vacation|date|dinner"
        r"|restaurant|flat|apartment|house|office|venue|parking|seat|lol|haha|we|christmas tree"
        r"|birthday|proposal|propose)\b",
    ),
    # Going as dying, weighed: "just tell me it won't hurt the kids too much if I go", "is it
    # selfish if I go? they won't remember me", "what's the difference if I go now", "why am I
    # still here honestly", "I don't want to do this life anymore".
    _rule(
        "if-i-go-weighed",
        "if i go|if i went|if i die|if i died|still here|still alive|still breathing|this life"
        "|do life",
        r"(?:selfish|a sin|hurt (?:the kids|them|her|him|my \w+|everyone)(?: too much| that much)?"
        r"|the difference|so bad|so wrong) (?:\w+ ){0,2}?if i (?:just )?(?:go|went|die|died"
        r"|left for"
        r" good|leave for good)(?: now| first| early)?(?= *(?:$|[.!?;,\n]))"
        r"|why (?:am i|am i even|m i) still (?:here|alive|breathing)(?= *(?:$|[.!?;,\n]"
        r"|(?: honestly"
        r"| tbh| though| anyway)\b))"
        r"|(?:dont|do not) (?:want to|wanna) do (?:this )?life (?:anymore|any more|any longer)\b"
        r"|(?:cant|cannot|can not) do (?:this )?life (?:anymore|any more|any longer)\b",
        SI,
        negatable=False,
        requires=r"\b(?:remember me|kids|children|little|baby|miss me|without me|hell|anyway|now"
        r"|too much|here|alive|breathing|life)\b",
        requires_across=True,
        unless=r"\b(?:party|club|pub|gym|shop\w*|concert|trip|holiday|work|office|meeting|class"
        r"|queue|line|school|job|lol|haha|early|game|cinema|date)\b",
    ),
    # A decision, then the day: "Quick one, I've decided. Sunday.", "have decided. after my
    # last lecture on friday".
    _rule(
        "decided-then-the-day",
        "after my last|after the last|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        "|tonight|tomorrow night",
        r"(?:after (?:my|the) last \w+(?: on \w+day)?|(?:on |this |next )?(?:monday|tuesday"
        r"|wednesday|thursday|friday|saturday|sunday)(?: night)?|tonight|tomorrow night)"
        r"(?= *(?:$|[.!?;\n]))",
        PLAN,
        negatable=False,
        requires=r"(?:ive|i have|have|i ve|i) (?:finally |already |just )?decided(?= *(?:[.!?;\n]"
        r"|$))",
        requires_across=True,
        unless=_TRAVEL + r"|\b(?:roast|dinner|lunch|brunch|party|date|game|match|gym|booking"
        r"|book|flight|tickets?|wedding|meeting)\b",
    ),
    # Goodbyes said in secret: "been saying goodbye to people at work without them knowing",
    # "I've started saying goodbye to things".
    _rule(
        "secret-goodbyes",
        "goodbye|goodbyes",
        r"saying (?:goodbye|my goodbyes|bye) to (?:\w+ ){0,4}?without (?:them|anyone|people|him|her"
        r"|anybody) knowing"
        r"|(?:started|start|begun|began|been) saying (?:goodbye|my goodbyes) to (?:things|places"
        r"|everything|the little things)\b",
        BYE,
        PLAN,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:moving|move|leaving for|new job|emigrat\w*|relocat\w*|graduat\w*"
        r"|retir\w*|surprise|party|flat|house|city|town|country|lol|haha)\b",
    ),
    # A weapon fetched now, or a child afraid to go home to violence: "he's getting his gun to
    # teach management a lesson", "his dad hits him and he's scared to go home today".
    _rule(
        "weapon-fetched-or-afraid-home",
        "gun|rifle|shotgun|pistol|knife|machete|weapon|go home",
        r"(?:getting|gone to get|went to get|fetching|grabbing|going to get|gone for|gonna get)"
        r" (?:his|her|their|a|the|dads|my) (?:\w+ )?(?:gun|rifle|shotgun|pistol|knife|machete"
        r"|weapon)(?= *(?:$|[.!?;,\n]| to (?!(?:the )?(?:range|clean|sell|hunt))| and (?:coming"
        r"|come)\b))"
        r"|(?:scared|afraid|terrified|frightened) to go (?:back )?home\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:hits?|beats?|hurts?|hit (?:me|him|her)|kill\w*|lesson|angry|furious"
        r"|stormed|threat\w*|drunk|drinking|punch\w*|kick\w*|coming for|revenge|teach)\b",
        requires_across=True,
        unless=r"\b(?:hunt\w*|range|clean\w*|sell\w*|licen[cs]e|shooting club|deer|season|duck"
        r"|nerf|water gun|glue gun|toy|game|lol|haha|butter knife|bread knife|cooking|steak)\b",
    ),
    # Affairs settled and access left behind (weak, as "affairs in order" is): "tying up loose
    # ends this week, returning books", "if anything happens my passwords are in my desk
    # drawer", "wrote out my passwords for my partner so she can get into everything after".
    _rule(
        "loose-ends-and-access",
        "loose ends|if anything|if something|passwords|pins|logins",
        r"(?:tying|tie|tied|tidying) up (?:all )?(?:my |the )?loose ends\b"
        r"|if (?:anything|something) (?:happens|were to happen|should happen)(?: to me)?(?: ,)?"
        r" (?:the |my |all my )?(?:\w+ )?(?:passwords?|passports?|will|papers|documents|pin|pins"
        r"|codes?|bank details|logins?) (?:is|are|s)\b"
        r"|(?:wrote|written|writing|left|leaving|listed|printed) (?:out |down )?(?:all )?my"
        r" (?:passwords|pins|logins|bank details|accounts)\b[^.!?\n]{0,60}?\bafter"
        r"(?= *(?:$|[.!?;,\n]))",
        PLAN,
        weak=True,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:surgery|operation|hospital|deploy\w*|hik\w*|climb\w*|just in case"
        r"|insurance|advice|tips?|lol|haha|project|deadline|work|office|thesis|essay|wedding"
        r"|moving|move)\b",
    ),
    # Round-two rule pass, helper D: the acute minutes. An urge winning right now; a worrying
    # farewell text from someone who now does not answer; bleeding more than meant; the whole
    # bottle or cabinet already taken (five languages); high places right now (the wrong side of
    # the railing, texting from the roof, still on the ledge); a threat tied to leaving or
    # opening the door; someone passed out who cannot be woken; fear of harming a dependant;
    # the note left out, letters written, goodbyes to the little one; and "if I don't answer
    # tomorrow it's because I did it".
    _rule(
        "urge-winning-now",
        "urge|drang",
        r"(?P<v>urges?)(?: to (?:cut|hurt myself|harm myself|self harm|sh|do it|die|jump|end it"
        r"|relapse|slice|burn|scratch|purge|starve|overdose|take (?:them|the pills)|open (?:up )?my"
        r" (?:arms?|thighs?|wrists?|skin)(?: again)?|use (?:the|a) (?:blade|razor|knife)))?"
        r"(?: (?:is|are|s|keeps|just))?(?: (?:really|still|actually))? (?:winning|too loud|so loud"
        r"|too strong|so strong|taking over|getting (?:louder|stronger)|unbearable|overwhelming"
        r"|(?:really |so )?strong (?:tonight|right now|rn))\b"
        r"|(?:de|mijn|der|mein) drang (?:wint|gewinnt|is te sterk|ist zu stark|wordt te sterk"
        r"|wird zu stark)\b",
        SH,
        unless=r"\b(?:lol|haha|eat|eating|food|sugar|snack\w*|chocolate|cheesecake|cake|shop\w*"
        r"|buy\w*|spend\w*|text\w*|call\w*|ex|quit\w*|smok\w*|vap\w*|drink\w*|sober|alcohol"
        r"|gambl\w*|bet\w*|porn|sleep|nap|pee|scroll\w*|sneeze|cough|order\w*|takeaway|pizza"
        r"|bites?|itch\w*|eczema|mosquito\w*)\b",
        despite=r"\b(?:cut\w*|blade|razor|harm|hurt myself|die|pills|bleed\w*)\b",
    ),
    _rule(
        "someone-to-stop-me",
        "stop me|stop myself|not doing it|hold off|resist|fight it|fight this|fight the",
        r"(?P<v>need|needs|want|wants)(?: (?:someone|somebody|you) to| (?:someone|somebody) who"
        r" can) stop me(?= *(?:[.!?;,\n]|$|now|tonight|please|pls))"
        r"|how (?:much )?longer (?:i can|can i|i will be able to) (?:keep )?(?:not doing it"
        r"|hold off|resist(?: it| the urge)?|fight (?:it|this|the urge)|stop myself)\b",
        SI,
        unless=r"\b(?:lol|haha|lmao|eat\w*|food|snack\w*|chocolate|cake|shop\w*|buy\w*|order\w*"
        r"|text\w*|ex|quit\w*|smok\w*|vap\w*|drink\w*|sober|gambl\w*|scroll\w*|netflix|sleep"
        r"|crying|laughing)\b",
    ),
    # A farewell in someone else's message: weak alone; next to "isn't answering" a crisis.
    _rule(
        "farewell-text-received",
        "look after|take care of|sorry i wasnt|sorry i was not|nice knowing|best part|best thing"
        "|dont be mad|said goodbye|cuida|sorry i couldnt|sorry i could not|tell|free of me"
        "|messaged me goodbye|texted me goodbye|sent me a goodbye|sent me goodbye",
        r"(?:look after|take care of) (?:\w+ ){1,2}?for me\b"
        r"|(?:(?:im|i am) )?sorry i (?:wasnt|was not|couldnt be|could not be) (?:strong"
        r"|stronger|enough"
        r"|better|a better \w+)\b"
        r"|(?:it )?(?:was|its been) nice knowing (?:you|ya|everyone|y all)\b"
        r"|dont be mad at me\b"
        r"|you (?:were|was) the best (?:part|thing) (?:of|in) (?:this|my life|it all|everything)\b"
        r"|sorry i (?:couldnt|could not)(?= *(?:[.!?,;\n\x22]|$| and| now))"
        r"|tell (?:mum|mom|dad|the (?:boys|girls|kids)|my \w+|\w+) (?:that )?(?:im sorry|i m sorry"
        r"|i love|i loved|i said goodbye)\b"
        r"|(?:youll|you will|you ll|everyone will|theyll|they will) be free of me\b"
        r"|(?:messaged|texted|sent|wrote)(?: me| us)? (?:a )?goodbye\b"
        r"|said goodbye (?:like (?:he|she|they) never (?:does|do|did)|out of nowhere|for no reason"
        r"|really weirdly)\b"
        r"|cuida (?:a |de )?(?:mama|papa|\w+) por mi\b",
        BYE,
        weak=True,
        negatable=False,
        requires=r"\b(?:sent|texted|wrote|messaged|posted|said|says|text|message|voicemail"
        r"|group chat|left the|mando|escribio)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|holiday|vacation|trip|while (?:im|i m|he s|hes"
        r"|she s|shes) away|away|leftovers|ate)\b",
    ),
    # Bleeding more than meant: "way more blood than usual", "bleeding through the bandage".
    _rule(
        "bleeding-more-than-meant",
        "blood|bleed|bled|soaked|blutet|bluten",
        r"(?:more|so much|too much|loads more|much more) blood than (?:usual|normal|ever|before"
        r"|last time|i (?:meant|wanted|expected|thought|planned|intended))\b"
        r"|bleed\w* (?:\w+ ){0,2}(?:more|deeper|worse|heavier|longer) than (?:usual|normal|ever"
        r"|before|last time|i (?:meant|wanted|expected|thought|planned|intended))\b"
        r"|(?:bleeding|bled|blood\w*) (?:right |straight )?through (?:the |my |a )?(?:bandages?"
        r"|dressings?|plasters?|towels?|gauze|sleeves?|tissues?)\b"
        r"|(?:towels?|bandages?|dressings?|sleeves?|sheets?|tissues?|plasters?)(?: is| are| s"
        r"| were)? (?:already |completely |totally )?soaked(?: through| in blood| red)\b"
        r"|es blutet (?:\w+ )?mehr als (?:ich wollte|sonst|gedacht)\b"
        r"|hort nicht auf zu bluten\b",
        SH,
        unless=_ACCIDENT + r"|\b(?:nose\w*|period|periods|menstrua\w*|gums?|dentist|tooth|teeth"
        r"|shaving|paper cut|donat\w*|gave blood|blood test|tattoo\w*|piercing|patient\w*|dog"
        r"|cat|puppy|kitten|vet|surgery|stitches|birth|labour|labor|miscarr\w*|rain|sweat\w*)\b",
    ),
    # The bottle or the cabinet already taken, and the same in German, French, Spanish, Dutch.
    _rule(
        "took-the-bottle",
        "took|taken|swallowed|downed|necked|genommen|geschluckt|eingeworfen|avale|ingere|tome"
        "|trague|ingenomen|geslikt",
        r"(?:took|taken|swallowed|downed|necked) (?:half|most|the rest) (?:of )?(?:the|a|my|her"
        r"|his) (?:bottle|pack|packet|box|strip|blister|tub|jar)\b(?! of (?:wine|vodka|whisk\w*"
        r"|gin|rum|beer|water|cider|champagne|prosecco|juice|milk|coke|ketchup|sweets|candy|gum))"
        r"|(?:took|swallowed|downed) (?:the|a|my) (?:whole|entire) (?:bottle|pack|packet|box|strip"
        r"|blister)(?! of (?:wine|vodka|whisk\w*|gin|rum|beer|water|cider|champagne|prosecco"
        r"|juice|milk|coke|sweets|candy|gum))\b"
        r"|took every ?thing (?:that was |that were )?(?:left )?in (?:the|my) (?:\w+ )?(?:cabinet"
        r"|cupboard|drawer|medicine \w+)\b"
        r"|(?:hab|habe|ich hab|ich habe) (?:\w+ )?(?:alles|alle|die ganze packung|die ganze"
        r" schachtel) (?:\w+ )?(?:genommen|geschluckt|eingeworfen)\b"
        r"|(?:j ai|jai) (?:tout|toute la boite|toutes? les \w+|tous les \w+) (?:avale|ingere)\b"
        r"|(?:j ai|jai) (?:avale|ingere) (?:tout|toute la boite|toutes les \w+|tous les \w+)\b"
        r"|me (?:las|los) (?:tome|trague) (?:todas|todos)\b"
        r"|(?:heb|ik heb) (?:\w+ )?(?:alles|alle pillen|alle tabletten|de hele strip|het hele"
        r" doosje) (?:\w+ )?(?:ingenomen|geslikt)\b",
        PLAN,
        SI,
        unless=r"\b(?:vitamins?|as prescribed|wie verschrieben|comme prescrit|antibiotic\w*"
        r"|lol|haha|photos?|pictures?|notes|money|cash|mitgenommen|bags?|kids|dog|chips"
        r"|crisps|cookies|biscuits)\b",
    ),
    # High places right now: "the wrong side of the railing", "texting from the roof".
    _rule(
        "high-place-now",
        "wrong side|other side|outer side|far side|railing|parapet|roof|ledge|bridge|cliff|edge"
        "|legs over|legs dangling|legs hanging"
        "|windowsill|window sill|platform|so easy",
        r"(?:on|over|past|behind) the (?:wrong|other|outer|far) side of the (?:railings?|barriers?"
        r"|rail|balustrade|guard ?rails?|parapet|safety (?:fence|barrier|net))\b"
        r"|(?:texting|typing|writing|messaging) (?:you |this )?from (?:the |a )?(?:roof|rooftop"
        r"|ledge|bridge|cliff edge|cliff top|clifftop)\b"
        r"|(?:been|standing|sitting|stood|sat) on the (?:ledge|edge of the roof|roof edge|railing"
        r"|parapet) for (?:like |about |over |almost )?(?:\d+|an|ages|hours|half an hour)\b"
        r"|(?:with )?(?:my |her |his )?legs (?:over|dangling over|hanging over) the (?:edge|side"
        r"|ledge|railing|parapet)\b"
        r"|(?:still|already) (?:on|at|standing on|sitting on) (?:the |a |my )?(?:ledge|window ledge"
        r"|windowsill|railing|edge|roof|rooftop|bridge|parapet|cliff edge)\b"
        r"|(?:on|at) (?:the |a )?(?:bridge|ledge|rooftop|roof|edge|cliff edge) (?:rn|right now"
        r"|as we speak)\b"
        r"|(?:im|i am) (?:sitting|standing|sat|stood) on (?:the |my )?(?:window ledge|windowsill"
        r"|window sill|ledge)\b"
        r"|(?:sitting|standing|stood|sat) (?:right )?(?:at|on|by|near) (?:the )?(?:very )?edge of"
        r" (?:the )?platform\b"
        r"|(?:would be|its|it s|itd be|id be|it would be) so easy (?:right now|to (?:just )?(?:jump"
        r"|step off|step out|fall|let go|do it|end it))\b",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:railings?|barriers?|rail|balustrade|guard ?rails?|parapet|safety|roof"
        r"|rooftop|ledge|bridge|cliff\w*|edge|windowsill|window|platform|train|floor|balcony"
        r"|tracks|drop|height|jump|pills|tablets|blade|knife)\b",
        requires_across=True,
        unless=r"\b(?:fix\w*|repair\w*|gutters?|tiles?|shingles?|aerial|satellite|dish|ladder"
        r"|view|photo\w*|selfie|sunset|sunrise|picnic|hik\w*|tour\w*|party|terrace|bar|drinks"
        r"|traffic|stuck|ferry|closed|game|minecraft|smok\w*|cigarette|reading|book|coffee|tea"
        r"|cat|plants?|zoo|fence|queue|cross\w*|concert|festival|lol|haha|commut\w*|delayed"
        r"|cancel\w*|waiting for (?:my|the) train|pool|boat|dock|pier|jetty|bed|sofa|couch|bath"
        r"|swim\w*|bench|canoe|kayak|chair|desk|table)\b",
    ),
    # A threat tied to leaving or opening the door; "says I'm not leaving alive"; a driver who
    # will crash with the writer inside, or take everyone "with him".
    _rule(
        "threat-if-i-leave",
        "kill me|end me|hurt me|murder me|stab me|shoot me|kill us|end us|hurt us|murder us"
        "|stab us|shoot us|here alive|house alive|room alive|leaving alive|leave alive|out alive"
        "|crash us|crash the car|with him|with her|with them|make sure|make me",
        r"(?:he|she|they)(?:ll| will| would|d| is going to| s going to| s gonna| gonna) (?:\w+ )?"
        r"(?:kill|end|hurt|murder|stab|shoot) (?:me|us)\b(?: \w+)?? if (?:i|we)"
        r" (?:ever |even |dont |do not |try to )*(?:leave(?: (?:him|her|them|the house|this house"
        r"|this room|here))?|open(?: the door| up)?|let (?:him|her|them) in|come out|run|scream"
        r"|call (?:the police|the cops|999|911|112)|tell (?:the police|the cops))"
        r"(?= *(?:[.!?,;\n]|$|again|tonight|now))"
        r"|if (?:i|we) (?:ever |even |try to )*(?:leave(?: (?:him|her|them|the house|here))?"
        r"|call (?:the police|the cops|999|911|112)|tell (?:the police|the cops)) *,?"
        r"(?: (?:he|she|they) (?:says|said|swears|swore))?"
        r" (?:he|she|they)(?:ll| will| would|d| is going to| s going to) (?:\w+ )?(?:(?:kill|end"
        r"|hurt|murder|stab|shoot) (?:me|us)\b|make (?:sure (?:i|we) (?:cant|can not|dont|never"
        r"|wont)|me regret it|me pay)\b)"
        r"|(?:says|said|told me|saying|screaming|shouting|yelling) (?:that )?(?:i|im|i m|we|were"
        r"|we re)(?: am| are| will| wont| will not| arent| not| never)* (?:leav\w*|get\w* out"
        r"|mak\w* it out|go\w* out)(?: (?:of )?(?:here|this house|this room|the house))? alive\b"
        r"|(?:he|she|they)(?:ll| will| is going to| s going to| s gonna| gonna| keeps saying"
        r" (?:he|she|they)(?:ll| will)) (?:crash (?:us|the car)(?: both| all)?(?: with (?:us|me|the"
        r" kids)(?: both| all)?)?"
        r"|take (?:all of )?(?:us|me|the kids|the children)(?: all)? with (?:him|her|them))"
        r"(?= *(?:[.!?,;\n]|$|and|tonight|now))",
        DANGER,
        negatable=False,
        unless=r"\b(?:lol|haha|lmao|joke|joking|kidding|game|movie|film|book|story|surprise"
        r"|holiday|trip|beach|party|shops?|shopping|park)\b",
    ),
    # Someone passed out who cannot be woken, blue lips, breathing wrong, empty packets.
    _rule(
        "cannot-wake-them",
        "cant wake|cannot wake|can not wake|couldnt wake|wont wake|lips|her breath|his breath"
        "|their breath|passed out|unconscious|unresponsive|collapsed|took something"
        "|taken something|swallowed|took a load|took loads|took all|took everything|took pills",
        r"(?:cant|cannot|can not|couldnt|wont|we cant) (?:wake|rouse) (?:him|her|them|my \w+)"
        r"(?: up)?\b"
        r"|(?:her|his|their) lips (?:look|looks|are|have gone|going|turning|turned|gone) (?:\w+ )?"
        r"(?:blue|grey|gray|purple)\b"
        r"|(?:her|his|their) (?:breathing|breath) (?:sounds|is|looks|seems|s) (?:\w+ )?(?:wrong"
        r"|weird|strange|funny|shallow|rattly|gurgling|slow|off|bad)\b"
        r"|(?:passed out|unconscious|unresponsive|collapsed)\b[^.!?\n]{0,60}\b(?:empty|pill"
        r"|pills|tablets|packets|blister\w*|overdos\w*)\b"
        r"|(?:says|said|texted|told me) (?:that )?(?:she|he|they)(?: s| has| have| had)? (?:took"
        r"|taken|swallowed) (?:something|a load|loads|all of (?:them|her \w+|his \w+)|everything"
        r"|pills|tablets)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:passed out|unconscious|unresponsive|collapsed|packets|pills|tablets"
        r"|empty|overdos\w*|od|bottle|lips|blue|floor|not moving|party|drunk|took|cant wake"
        r"|wont wake|breathing)\b",
        unless=r"\b(?:patients?|pt|ward|bay|obs|resus|shift|training|course|exam|lecture|cold"
        r"|flu|asthma|snor\w*|congest\w*|croup|swim\w*|pool|winter|snow|lipstick|popsicle"
        r"|slushie|school|nap|lol|haha|heavy sleeper|headache|migraine|cramps|hangover"
        r"|prescribed|painkiller\w*|for (?:her|his|their|the) \w+)\b",
    ),
    _rule(
        "fear-of-what-i-will-do",
        "what ill|what i will|what i might|what i could|what i would|what im|what i m",
        r"(?:scared|afraid|terrified|worried|frightened) (?:of )?what i(?:ll| will| might| could"
        r"| would| m going to| m gonna| am going to)? do to (?:her|him|them|the baby|my (?:baby"
        r"|son|daughter|kid|child|children|kids|newborn|partner|wife|husband|mum|mom|dad|\w+))\b",
        DANGER,
        negatable=False,
        unless=r"\b(?:lol|haha|lmao|joke|kidding|ex|game|if i see|when i see|car|phone|room"
        r"|hair|cake|food)\b",
    ),
    # The note left out, letters written, goodbyes to the little one: weak alone.
    _rule(
        "note-left-out",
        "the note|my note|the letter|my letter|the notes|the letters|my letters|its addressed"
        "|it s addressed|addressed to|der brief|mein brief|mein abschiedsbrief|wrote them"
        "|wrote each|wrote all|wrote everyone|j ai ecrit|jai ecrit|записк|написал|оставил|прощай"
        "|tschuss|leb wohl|vaarwel|better this way|demain|ce soir|cette nuit|morgen|manana",
        r"(?:the|my) (?:note|notes|letter|letters) (?:is|are|s) (?:on|in|under|by|next to|beside)"
        r" (?:the|my) (?:\w+ )?(?:table|bed|pillow|desk|dresser|counter|nightstand|bedside"
        r"|drawer)\b"
        r"|(?:its|it s|the note is|the letter is|theyre|they re) addressed to (?:my|mum|mom|dad"
        r"|the kids|everyone)\b"
        r"|(?:der|mein) (?:abschieds)?brief liegt (?:auf|im|unter|neben)\b"
        r"|wrote (?:them|each of them|the kids|my kids|everyone|all of them) (?:each |all )?(?:a )?"
        r"(?:letter|note)s?\b"
        r"|(?:j ai|jai) (?:ecrit|laisse|termine|fini) (?:les|mes) lettres\b"
        r"|(?:demain|ce soir|cette nuit)(?: matin| soir)? (?:ce sera|tout sera) fini\b"
        r"|morgen (?:fruh )?ist (?:alles|es) vorbei\b"
        r"|manana (?:todo )?(?:habra terminado|se acaba todo|estara terminado)\b"
        r"|записк\w* (?:написал\w*|оставил\w*)|(?:написал\w*|оставил\w*) записк\w*"
        r"|(?:прощай\w*|tschuss|leb wohl|vaarwel)(?: ,)? (?:малыш\w*|маленьк\w*|kleine|kleiner"
        r"|kleintje"
        r"|little one)\b"
        r"|(?:its|it s|it is|this is) better this way for (?:them|everyone|everybody|all of them"
        r"|the kids|my (?:family|kids|children))\b",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:landlord|complaint|council|boss|teacher|school|birthday|christmas|card"
        r"|thank you|younger self|inner child|little me|therapist|exercise|homework|shopping"
        r"|milk|groceries|santa|tooth fairy|holiday|trip|pen pal|penpal|love letters?)\b",
    ),
    # "if I don't answer tomorrow it's because I did it"; "not a cry for help this time";
    # "there isn't an after"; "everyone will be better off by morning".
    _rule(
        "because-i-did-it",
        "because i did|because i went|because im gone|because i m gone|because i am gone"
        "|because i died|because i finally|cry for help|there isnt|there is no|there s no"
        "|theres no|there wont|there will not|better off",
        r"if i (?:dont|do not|never|stop|havent) (?:answer|reply|respond|text back|message|show up"
        r"|turn up|wake up|post)\w*\b[^.!?\n]{0,30}\b(?:its |it s |it is |thats )?because"
        r" (?:im gone\b|i m gone\b|i"
        r" (?:did it|went through with it|m gone|am gone|died|finally did it)\b)"
        r"|not a cry for help (?:this time|anymore|any more)\b"
        r"|this (?:isnt|is not) a cry for help\b"
        r"|there (?:isnt|is no|s no|wont be|will not be|is not) an? after\b(?! (?:school|party"
        r"|work|dinner|show|hours))"
        r"|(?:everyone|everybody|they|you all|my family)(?: will| ll| would| are going to)?"
        r"(?: all)?"
        r" be better off (?:by (?:the )?(?:morning|tomorrow|tonight)|tomorrow)\b",
        SI,
        negatable=False,
        unless=r"\b(?:lol|haha|game|movie|film|book|story|show|episode|essay|article|myth)\b",
    ),
    # Joining the dead on a day of grief: "it's the anniversary and I've decided to join her".
    _rule(
        "decided-to-join-them",
        "join her|join him|join them|join my",
        r"(?:decided|going|ready|time|want|wanna|gonna|about) to (?:go )?join (?:her|him|them"
        r"|my (?:mum|mom|dad|brother|sister|son|daughter|wife|husband|partner|grandma|grandad"
        r"|grandpa|nan|friend|best friend|baby))(?: now| tonight| soon| today| up there"
        r"| in heaven)?(?= *(?:[.!?,;\n]|$))",
        SI,
        requires=r"\b(?:anniversary|died|dead|death|passed|lost|grave|funeral|miss (?:her|him"
        r"|them)|heaven|since (?:she|he|they)|without (?:her|him|them)|suicide)\b",
        requires_across=True,
        unless=r"\b(?:club|team|gym|class|trip|party|call|zoom|lunch|dinner|holiday|choir|band"
        r"|business|company|course|abroad|lol|haha)\b",
    ),
    # Violence heard now: "her boyfriend is hitting her in the next room"; followed in the dark;
    # men "on their way to teach me a lesson"; a classmate bringing a weapon for his bullies.
    _rule(
        "violence-in-progress",
        "hitting|beating|punching|kicking|strangling|choking|slapping|following me|sort me out"
        "|to teach me|to get me|to deal with me|to finish me|to hurt me|to beat me|to kill me"
        "|to do me|to make me pay|a gun|a knife|a weapon|dads gun|dad s gun|something to school"
        "|something in tomorrow|something for|shoot up",
        r"(?:is|s|keeps|are|re) (?:hitting|beating|punching|kicking|strangling|choking|slapping)"
        r" (?:her|him|them|my (?:\w+ )?\w+)\b"
        r"|(?:someone|somebody|some (?:guy|man|bloke|dude)|a (?:guy|man|bloke|car|van|stranger)"
        r"|this (?:guy|man|car)|guys|he)(?: s| has| is| keeps?| have)?(?: been)? following me\b"
        r"|(?:coming|on (?:his|her|their) way|heading)(?: over| round| here| back)?(?: with"
        r"(?: \w+){1,3}?)? to(?: \x22)? (?:sort me out(?! with| for)|teach me a lesson|get me"
        r"|deal with me|finish me|hurt me|beat me|kill me|do me in|make me pay)\b"
        r"|(?:bring|bringing|brings|take|taking) (?:a gun|a knife|a weapon|(?:his|her) (?:dads"
        r" |dad s )?gun|something) (?:to school|in tomorrow|for (?:the ones|those|the people"
        r"|everyone|the kids|all the \w+) who (?:bullied|hurt|laughed|picked|mocked|wronged"
        r"|ignored))\b"
        r"|(?:gonna|going to) shoot up (?:the |our |my )?(?:school|class|college)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:next room|hear|right now|rn|now|downstairs|upstairs|through the wall"
        r"|screaming|crying|closer|dark|scared|terrified|afraid|help|running|wont stop|alone"
        r"|night|min away|minutes away|brothers|mates|gang|knife|gun|angry|furious|tonight"
        r"|threat\w*|hide|hiding|serious|tomorrow|school|bullied)\b",
        unless=r"\b(?:film|movie|show|episode|game|story|book|video|ball|balls|target|bag|gym"
        r"|snooze|the books|the road|the wall|traffic|pinata|instagram|twitter|tiktok|online"
        r"|insta|account|socials|fans|cat|dog|toddler|puppy|kitten|lol|haha|joke|kidding"
        r"|chess|tennis|fifa|cards|bake sale|show and tell|lunch|snack\w*|in the ring|sparring"
        r"|phone|laptop|computer|haircut|taxes|tax)\b",
    ),
    # "kinder than them finding me at home", "that's kind of the point", "staring at the knife
    # block", "holding the blade for twenty minutes", "did something stupid, there's blood".
    _rule(
        "kinder-than-finding-me",
        "finding me|find me|seeing me",
        r"(?:kinder|better|easier|less awful)(?: for them| for everyone)? than (?:them|my \w+"
        r"|the kids|her|him|my family|someone i love) (?:finding|having to find|seeing) me\b",
        SI,
        PLAN,
        negatable=False,
    ),
    _rule(
        "thats-the-point",
        "the plan|the point|the idea|the whole",
        r"(?:thats|that s|that is) (?:kind of |sort of |basically |actually |literally )?the"
        r" (?:whole )?(?:plan|point|idea)\b",
        SI,
        negatable=False,
        requires=r"\b(?:make it (?:to|through) (?:the )?(?:morning|night)|see (?:the )?morning"
        r"|wake up|alive|nobody knows where|no one knows where|not coming back|never come back"
        r"|die|dying)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|game|party|holiday|trip|surprise|hide and seek|retreat|detox"
        r"|camping|festival)\b",
    ),
    _rule(
        "means-in-sight-now",
        "staring at|stare at|keep looking|keep staring|holding|something stupid|something bad"
        "|something dumb|something really",
        r"(?:staring|stare|keep looking|keep staring) at (?:the|my|a) (?:knife block|knives|knife"
        r"|blade|blades|razor|razors|pills|tablets|rope|pill bottle|bottle of pills)\b"
        r"|holding (?:the|a|my) (?:blade|razor|knife|pills|rope|gun)\b(?= (?:for (?:like |about"
        r" |over |almost )?(?:\d+|an|ages|hours|a while|so long)|rn|right now|again|in my"
        r" (?:hand|lap)))"
        r"|(?:did|done) something (?:really )?(?:stupid|bad|dumb)\b",
        PLAN,
        SH,
        requires=r"\b(?:cant stop|keep|for hours|for ages|all night|urge|thinking|want|blood"
        r"|bleeding|bleed|pills|tablets|took|cut|overdos\w*|\d+ min\w*|an hour|blade|razor|rn"
        r"|right now)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|drunk text\w*|texted|ex|haircut|tattoo|cooking|chef|shop|buy\w*"
        r"|museum|collection|sharpen\w*|recipe|kitchen|onions?|dinner|boss|exam|work|money)\b",
    ),
    _rule(
        "garage-door-down",
        "garage",
        r"garage door (?:is |s )?(?:down|shut|closed|locked)\b",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:in the car|engine|running|exhaust|hose|sat in|sitting in)\b",
        requires_across=True,
        unless=r"\b(?:broken|stuck|cant get|wont open|fix\w*|remote|motor|repair\w*|mechanic"
        r"|warm\w* up|winter|storm|parcel)\b",
    ),
    _rule(
        "not-turning-the-wheel",
        "not turn|not steer",
        r"not (?:turning|turn|steering|steer) (?:the wheel|into the bend|at the bend)\b",
        SI,
        unless=r"\b(?:game|driving lesson|instructor|icy|ice|skid\w*|brakes failed|lol|haha)\b",
    ),
    # Weak signs of the last evening: "you helped a bit, not enough", "gracias por escucharme",
    # "everything's ready in the garage", "waiting for the house to be empty", "she doesn't know
    # that's what it was", a "goodbye dinner with mum".
    _rule(
        "last-evening-signs",
        "you helped|gracias por|ready in|set up in|in place in|everything i need|waiting for the"
        "|waiting for everyone|waiting for them|waiting for my|waiting till|waiting until"
        "|wait for the|wait for everyone|wait for them|wait for my|wait till|wait until"
        "|what it was|goodbye dinner|goodbye lunch|goodbye hug|goodbye visit|goodbye call"
        "|goodbye walk|goodbye breakfast",
        r"you helped(?: a bit| a little| some| a lot)?(?: \.)?(?: but)? not enough\b"
        r"|gracias por (?:escucharme|todo|estar ahi)\b"
        r"|(?:everything|everythings|everything s|it s all|its all) (?:is )?(?:all )?(?:ready|set"
        r" up|in place) in the (?:garage|shed|loft|attic|woods|car|bathroom|basement)\b"
        r"|(?:i have|ive got|i got|i ve got) everything i need(?= *(?:[.!?;,\n]|$))"
        r"|(?:waiting|wait) (?:for|till|until) (?:the house|the flat|everyone|them|the kids"
        r"|my (?:parents|family|flatmates?|husband|wife|partner)) (?:to )?(?:be empty|go out"
        r"|leave|fall asleep|go to sleep|be asleep|is empty|are asleep|go to bed)\b"
        r"|(?:doesnt|dont|does not|didnt) know (?:thats|that s|that) what it was\b"
        r"|(?:my |a |our )?goodbye (?:dinner|lunch|hug|visit|call|walk|breakfast) with (?:mum|mom"
        r"|dad|my \w+)\b",
        PLAN,
        BYE,
        weak=True,
        negatable=False,
        unless=_TRAVEL + r"|\b(?:party|surprise|birthday|christmas|holiday|trip|movie|film|tv"
        r"|game|netflix|colleagues|leaving do|retirement|lol|haha)\b",
    ),
    # Round-two rule pass, helper E: stopping vital treatment to let the body fail; wanting the
    # illness, the cold or a vehicle to finish the writer; crashes sought on the road (no
    # seatbelt, not taking the bend, into a tree); exhaust and charcoal set-ups; a barrel held to
    # the head; "when she goes, I go"; taking oneself out of the equation; someone breaking in.
    _rule(
        "vital-treatment-stopped",
        "anticoagulant|immunosuppress|anti rejection|infusion|hydrocortisone|steroid|levothyroxine"
        "|diuretic|beta blocker|basal|bolus|injection|injecting|insulin|dialysis|transfusion|feeds"
        "|feeding tube|lithium|antidepressant|antipsychotic|meds|medication|tablets|pills",
        r"(?P<v>stop|stops|stopped|stopping|skip|skips|skipped|skipping|quit|quitting"
        r"|(?:havent|have not|not|no longer|never)(?: been)? (?:taking|taken|using|injecting"
        r"|doing|going to|touched)|no more|refus\w*|(?:threw|thrown|binned) (?:out )?)"
        r"(?: taking| using| injecting| having| going to| with)? (?:(?:my|the|all my|all of my"
        r"|his|her|any|all) )?(?:own )?(?:\w+ )?(?:anticoagulants|immunosuppressants|anti rejection"
        r" (?:meds|pills|tablets)|infusions|hydrocortisone|steroids|levothyroxine|diuretics"
        r"|beta blockers|basal|bolus|injections|insulin|dialysis|transfusions?|feeds|feeding tube"
        r"|lithium|antidepressants|antipsychotics|meds|medication|medications|tablets|pills"
        r"|(?:heart|seizure|epilepsy|transplant|kidney|blood pressure|bp|thyroid|cardiac) (?:meds"
        r"|pills|tablets|medication))\b|(?:stopped|stopping|quit|quitting) injecting\b",
        SI,
        PLAN,
        requires=r"\b(?:hoping|hope|let (?:it|my body|the \w+) (?:happen|fail|go|reject|take|win"
        r"|quit|give out)|so be it|whatever happens|if (?:my|the) (?:body|heart|kidney|graft|lung"
        r"|liver) (?:quits|stops|fails|gives out|rejects)|reject|rejects|done fighting|im done"
        r"|want (?:it|this) (?:to be )?(?:over|done|to end)|just want it done|(?:i )?know what"
        r" (?:that means|happens|it means)|my choice|from now on|or ever|ever again|dont want to be"
        r" here|not be here|wont be here|peaceful|(?:the|a) clot|look natural|to die|waiting"
        r"|the point|for good|i decided|ive decided|done|(?:dont|not) wake up|ill let it"
        r"|(?:body|heart|kidneys?|liver) (?:is |are )?failing|helping it|on purpose|deliberately"
        r"|secretly|(?:nobody|no one|noone) (?:needs to )?knows?)\b",
        requires_across=True,
        unless=r"\b(?:taper\w*|side effects?|switch\w*|prescri\w*|instead|supervis\w*|agreed"
        r"|safely|my (?:doctor|gp|consultant|nurse|team|specialist) (?:said|says|told|wants"
        r"|agreed|suggested)|surgery|fasting|procedure|remission|cured|no longer need|pump)\b",
    ),
    _rule(
        "thing-to-finish-me",
        "kill me|end me|finish me|take me|takes me|have me|claim me|clip me|hit me|gives out"
        "|give out|roll on me|get me",
        r"(?P<v>want|wanted|wanting|wants|hope|hoped|hoping|wish|wished|wishing|pray|praying"
        r"|prayed|need)(?: that)? (?:it|this|the (?:ed|anorexia|bulimia|illness|cancer|disease"
        r"|diabetes|drink|drinking|drugs|current|tide|sea|river|water|waves|cold|frost|snow"
        r"|train|truck|lorry|bus|car|artic|tractor|bull|crash)|a (?:train|truck|lorry|bus|car"
        r"|crash)|(?:my|the) (?:ed|eating disorder|anorexia|bulimia|heart|body|illness|habit))"
        r" (?:would |will |to |could |might |just |finally |actually )*(?:kill me|end me|finish me"
        r"(?: off)?|clip me|hit me|gives? out|roll on me|(?:takes?|have|get|claim) me"
        r"(?= *(?:[.!?;,\n]|$| this| before| first| tonight| soon| for good| instead)))\b"
        r"(?! (?:home|back|to|there|out|up|off|away|through|in|a)\b)",
        SI,
        unless=r"\b(?:home|back|to school|to work|party|concert|airport|holiday|trip|tickets?)\b",
    ),
    _rule(
        "starve-to-death",
        "starv|so thin|so small|so light|so weak",
        r"starv(?:e|ing|ed) (?:myself|my self|me) (?:to death|out of existence|into the ground"
        r"|until|till|away to nothing)"
        r"|so (?:thin|small|light|weak) (?:that )?my (?:heart|body|organs) (?:just )?(?:gives? out"
        r"|stops?|fails?|packs? in|shuts? down)",
        SI,
        SH,
        unless=r"\b(?:hungry|lunch|dinner|breakfast|snack|fridge|takeaway|pizza|lol|haha)\b",
    ),
    _rule(
        "elements-take-me",
        "let the|let it|letting the",
        r"(?P<v>let|letting) (?:the )?(?:frost|cold|snow|sea|river|tide|current|water|waves|ocean"
        r"|lake) (?:just )?(?:have|take|claim|finish) me\b",
        SI,
        PLAN,
        unless=r"\b(?:swim\w* lesson|surf\w*|float\w* on my back|paddle\w*|holiday)\b",
    ),
    _rule(
        "road-crash-sought",
        "seatbelt|seat belt|belt off|no belt|bend|corner|tree|oak|pillar|wall|lamp|bridge|brak"
        "|barrier|abutment",
        r"(?:no|without (?:a|the|my)|(?:took|take|taking|kept|keep|keeping) (?:the|my) ?)"
        r" ?(?:seatbelt|seat belt|belt)(?: off)?|(?:the|my) (?:seatbelt|seat belt) off"
        r"|(?:not|never|just not|didnt|dont) (?:take|taking|make|making|turn|turning) (?:the|that)"
        r" (?:bend|corner|turn|curve)|(?:just )?(?:not|never) (?:brake|braking|hitting the brakes)"
        r"|(?:drive|driving|drove|put|putting|steer|steering|plough|ploughing|wrap|wrapping|aim"
        r"|aiming|swerve|swerving|turn|turning) (?:(?:the|my) (?:car|truck|van|wagon|ute|lorry"
        r"|rig|bike|motorbike) )?(?:straight )?(?:into|at) (?:a|the|that) (?:\w+ ){0,2}?(?:tree"
        r"|oak|pillar|wall|lamp ?post|bridge|barrier|abutment)\b",
        SI,
        PLAN,
        requires=r"\b(?:hoping|hope|hoped|wanted|want|wanna|on purpose|eyes (?:shut|closed)"
        r"|crash|nearly|almost|one of these|look like an accident|insurance|did it|faster|think"
        r"|\d{3}|thinking|keep thinking|end it|tonight|no brakes|see what happens)\b",
        requires_across=True,
        unless=r"\b(?:forgot|ticket|fine|fined|police stopped|icy|ice|skid\w*|deer|fox"
        r"|someone (?:drove|crashed)|cut me off|idiot|other driver|to avoid|road rage|driving test"
        r"|lesson|instructor|game|gta|mario kart)\b",
    ),
    _rule(
        "exhaust-set-up",
        "hose|exhaust|garage|charcoal|bbq|barbecue|disposable|lit|light|pipe|tube|run|ran|feed",
        r"(?:hose|hosepipe|pipe|tube)\w*\b[^.!?]{0,30}\b(?:for|to|on|into|onto|from) the exhaust"
        r"|(?:run|running|ran|feed|feeding) the (?:hose|hosepipe|pipe|tube) (?:in|into|through)\b"
        r"|(?:engine|car|van|motor) (?:running )?in the (?:shut|closed|locked|sealed) garage"
        r"|(?:hose|hosepipe)s? (?:is |are )?in (?:the|my|his|her) (?:boot|car|van)|(?:garage|car"
        r"|van"
        r"|boot) with (?:the|a) (?:hose|hosepipe)|(?:a|the) (?:hose|hosepipe) and (?:a|the|my) car"
        r"|(?:charcoal|disposable (?:bbq|barbecue)s?|(?:lit|light|lighting) (?:a|the) (?:bbq"
        r"|barbecue))(?: \w+){0,4}? (?:in|inside) (?:a|the|my) (?:van|car|cab|tent|bathroom"
        r"|room)\b",
        PLAN,
        SI,
        unless=r"\b(?:mechanic|repair\w*|fix\w*|garden\w*|watering|wash\w*|plants|pond|pool"
        r"|allotment|camping trip|warm\w* up|fumes"
        r" warning|mot)\b",
    ),
    _rule(
        "barrel-to-head",
        "barrel|muzzle|chin|jaw",
        r"(?:barrel|muzzle)s? (?:\w+ )?(?:in|into|under|against|to|on) my (?:mouth|chin|head"
        r"|temple|jaw)"
        r"|(?:gun|shotgun|rifle|pistol|revolver|\w+ 22) (?:\w+ )?(?:under|against) my (?:chin|jaw)",
        PLAN,
        SI,
        unless=r"\b(?:dentist|toothbrush|hairdryer|thermometer|water pistol|nerf|toy)\b",
    ),
    _rule(
        "sat-with-the-gun",
        "sat |sitting|sit |sat there",
        r"(?:sat|sitting|sit|sat there)(?! up) (?:\w+ ){0,3}?with (?:it|them|the \w+|my \w+"
        r"|dads \w+"
        r"|(?:my )?(?:grandads|dads) (?:old )?\w+)\b",
        PLAN,
        SI,
        requires=r"\b(?:gun|shotgun|rifle|pistol|revolver|firearm|22|barrel|loaded)\b",
        requires_across=True,
        unless=r"\b(?:range|cleaning kit|licen[cs]e|hunting|clay|season|shoot (?:day|practice))\b",
    ),
    _rule(
        "when-they-go-i-go",
        "i go|i end|i follow|im gone|so do i|i check out|i do too",
        r"(?:when|once|after|the day) (?:she|he|they|it|(?:the|my) (?:\w+ )?\w+) (?:goes|go|ends"
        r"|end|dies|die|is gone|are gone|runs out|run out)(?: ,)? (?:then )?(?:i go|i end|i follow"
        r"|im gone|so do i|i check out)\b"
        r"(?! (?:home|back|to|with|too|out|abroad|travelling|traveling)\b)"
        r"|(?:thats|that is) when i (?:end|go)(?= *(?:[.!?;,\n]|$))",
        SI,
        negatable=False,
        unless=r"\b(?:holiday|trip|party|shift|lease|flat|move|moving|job|school|work|visit\w*"
        r"|abroad|travel\w*|sleep|bed|home)\b",
    ),
    _rule(
        "out-of-the-equation",
        "equation|picture",
        r"(?P<v>take|taking|took|remove|removing|removed|get|getting) (?:myself|me) out (?:of )?the"
        r" (?:equation|picture)(?! (?:for a while|for now|at work|at work|for the weekend))"
        r"|(?:remove|removing) myself from the (?:equation|picture)",
        SI,
        unless=r"\b(?:relationship|group chat|friendship|team|project|drama|argument|conversation"
        r"|decision|negotiation|business|company|band)\b",
    ),
    _rule(
        "breaking-in-now",
        "kicking|booting|banging|smashing|breaking|trying the|trying to get|trying to break|trying"
        " to kick|hammer|knife|machete|bat |crowbar|axe",
        r"(?:hes|he is|shes|she is|theyre|they are|hes been|shes been) (?:\w+ )?(?:kicking"
        r"|smashing|booting|breaking|banging on|banging) (?:in )?(?:the|my|our) (?:front |back"
        r" |bedroom |bathroom )?(?:door|doors|window|windows)(?: in| down)?"
        r"|(?:hes|he is|shes|she is|theyre|they are) (?:\w+ )?(?:trying the (?:handle|door)|trying"
        r" to (?:get|break|kick) (?:in|the door))"
        r"|(?:hes|he has|shes|she has|theyve|they have) (?:got )?(?:a|the) (?:hammer|knife|machete"
        r"|bat|crowbar|axe)\b(?=[^.!?]{0,60}\b(?:door|coming|me|us|kids|threat\w*|kill|shouting"
        r"|screaming|in here|outside|hes|shes))",
        DANGER,
        negatable=False,
        unless=r"\b(?:police|fire ?fighters?|locked out|lost (?:his|her|their) keys|forgot"
        r" (?:his|her|their) keys|game|movie|film|show|builder\w*|diy|fixing|repair\w*|joiner"
        r"|carpenter|kitchen|cooking|dinner)\b",
    ),
    _rule(
        "sitting-with-means",
        "sat |sitting|sit |sat there",
        r"(?P<v>sat|sitting|sit|sat there)(?! up)(?: \w+){0,6}? with (?:the |a |my |his |her "
        r"|dads |my dads |grandads |my grandads )?(?:old )?(?:\w+ (?:and|&) (?:the |a |my |all my"
        r" |all the )?)?(?:blade|razor|razors|rope|noose|pills|tablets|meds|gun|shotgun|rifle"
        r"|pistol|revolver"
        r"|belt round my neck)\b(?! (?:block|sharpener|collection|club|licence|license|safe"
        r"|cabinet|case|till|until|all night|overnight|in case)\b)",
        PLAN,
        SI,
        unless=r"\b(?:cooking|kitchen knife sharpen\w*|chopping|sharpening|cleaning|range|hunting"
        r"|shoot(?:ing)? (?:day|practice)|clay|barber|shaving|shave|dosette|organi[sz]er"
        r"|vitamins|headache|cold|flu|prescription|pharmacy|snack\w*|apple|fruit|wolf|wolves|fox"
        r"|foxes|calves|lambs"
        r"|lambing|stock|livestock|predators?|vermin|rabbits|deer|intruders?|burglars?)\b",
    ),
    _rule(
        "means-would-do-it",
        "do it|do the job|do the trick",
        r"(?P<v>would|will|should|could|wud|wld)(?: \w+)? do (?:it|the job|the trick)"
        r"(?: easy| easily| quick| quickly)?(?= *(?:[.!?;,\n]|$| if| wouldnt| wont| right| yeah"
        r"| surely| for sure| i reckon))",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:pills|tablets|meds|paracetamol|sleeping pills|smack|heroin|gear|fent\w*"
        r"|insulin|rope|belt|cable|bridge|car park|train|overdose|enough|doubled up|double up"
        + "|"
        + _PILL_NOUN.removeprefix("(?:").removesuffix(")")
        + r")\b",
        requires_across=True,
        unless=r"\b(?:headache|hangover|cold|flu|sleep|stain|glue|paint|tape|recipe|cake|fix"
        r"|repair|cleaning|plants?|weeds?|garden|pest|rats?|mice|slugs?)\b",
    ),
    _rule(
        "pills-swallowed-now",
        "handful|fistful|a load|loads|the lot|whole|at once|twenty|thirty|forty|fifty",
        r"(?P<v>took|swallowed|downed|necked|taken|had) (?:a handful|handfuls|a fistful|a load"
        r"|loads|the lot|(?:the|my|a) whole (?:box|pack|packet|bottle|strip|week|month|tub)"
        r"|all (?:of )?"
        r"(?:my|the|his|her|mums|dads|my \w+s) (?:\w+ )?(?:pills|tablets|meds) at once"
        r"|twenty|thirty|forty|fifty) (?:of )?(?:(?:my|the|his|her|mums|dads|my \w+s) )?"
        r"(?:\w+ ){0,2}?" + _PILL_NOUN + r"\b",
        PLAN,
        SH,
        unless=r"\b(?:vitamins?|supplements?|prescribed|doctor said|years ago|when i was|dosette"
        r"|organi[sz]er|turned out|childhood|by mistake|accidentally|double dosed)\b",
    ),
    _rule(
        "counting-out-pills",
        "counting|counted|count out|lined up|lining up|line up",
        r"(?P<v>counting|counted|count out|counting out|counted out|lined up|lining up|line up)"
        r" (?:out )?(?:all )?(?:the |my |all my |his |her |mums |dads )?(?:\w+ )?"
        + _PILL_NOUN
        + r"\b",
        PLAN,
        SI,
        requires=r"\b(?:not for|enough|tonight|this weekend|tomorrow|\d+ (?:tabs|tablets|pills)"
        r"|thinking|how many|is it enough|will it be enough|goodbye|note)\b",
        requires_across=True,
        unless=r"\b(?:pharmacy|pharmacist|dispens\w*|dosette|organi[sz]er|prescription|refill"
        r"|shift|ward|patients?|stock ?take|audit|for (?:mum|mom|dad|gran|nan)|for the week)\b",
    ),
    _rule(
        "counting-them",
        "counting them|counted them|count them|counting the|counted the",
        r"(?P<v>counting|counted|count) (?:them|the (?:tablets|pills|meds|boxes|packets))"
        r"(?= *(?:[.!?;,\n]|$| again| every| twice| each| at night| before bed))",
        PLAN,
        SI,
        negatable=False,
        requires=r"\b(?:pills|tablets|meds|paracetamol|box of|packets?|strips?|amitriptyline"
        r"|sleeping|prescription|" + _PILL_NOUN.removeprefix("(?:").removesuffix(")") + r")\b",
        requires_across=True,
        unless=r"\b(?:pharmacy|pharmacist|dispens\w*|dosette|organi[sz]er|refill|shift|ward"
        r"|patients?|stock ?take|audit|sheep|lambs|cows|votes|money|coins|sleeps till"
        r"|days till|stitches)\b",
    ),
    _rule(
        "hoping-for-the-crash",
        "crash|collapse|get hit|run over|does it for me|do it for me|drifts over|drift over"
        "|goes down|go down|mounts|hits me|hit me",
        r"(?P<v>hop\w*|wish\w*|pray\w*)(?: that)? (?:i ?ll|i will|i would|id|i) (?:just )?"
        r"(?:crash (?:the|my) (?:car|van|truck|bike)|crash\b(?! (?:at|on|with|in|out|early|for)\b)"
        r"|collapse and (?:dont|do not|never) (?:get up|wake up)|get hit by|get run over)"
        r"|(?P<v2>hop\w*|wish\w*|pray\w*)(?: that)? (?:a|the) (?:\w+ )?(?:bus|lorry|truck|car|train"
        r"|van|artic|plane|coach|tram|taxi|motorbike)(?: \w+){0,4}? (?:does it for me"
        r"|will do it for me|drifts over|drift"
        r" over|mounts the (?:kerb|curb|pavement)|goes down|go down|hits me|hit me)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:computer|laptop|server|site|website|app|game|stocks?|market|price|prices"
        r"|party|sofa|couch|sleepover|their place|his place|her place|bed)\b",
    ),
    _rule(
        "make-it-look-natural",
        "look like|looks like|look natural|look accidental",
        r"(?:make|making|it ?ll|itll|it will|it would|itd|would|so it|to|that"
        r"|which) (?:\w+ )?(?:look|looks)"
        r" (?:like )?(?:(?:an? )?(?!the |my |his |her )(?:\w+ )?accident|natural(?: causes)?"
        r"|accidental|i fell asleep"
        r"(?: at the wheel)?|i slipped)\b",
        SI,
        PLAN,
        unless=r"\b(?:game|story|novel|book|script|film|movie|character|murder mystery|crime"
        r"|insurance fraud|staged photo|photo|prank|costume|makeup|make up|fake tan|paint\w*"
        r"|podcast|true crime|episode|killed|murder\w*|detective|documentary"
        r"|scratch|dent|stain|haircut|spill\w*|broke|broken|vase|mug)\b",
    ),
    _rule(
        "wish-not-woken",
        "woken|woke|wake|survived|made it|come round|pulled through",
        r"(?P<v>wish|wishing|wished)(?: that)? (?:i (?:had|d|hadnt|had not|didnt|did not|never)"
        r"|id|id not|idnt)"
        r" (?:not |never )?(?:woken|woke|wake|survived|made it|come round|pulled through)"
        r"(?: up)?\b(?! (?:early|late|earlier|sooner|on time|in time|at \w+|for the|to the|the"
        r" exam|that exam|that test|the test|that course|uni|university|college|that level))"
        r"|(?P<v2>wish|wishing|wished)(?: that)? i (?:had|d|hadnt|had not|didnt|did not|never)"
        r" (?:not |never )?(?:woken|woke|wake|survived|made it|come round|pulled through)"
        r"(?: up)?\b(?! (?:early|late|earlier|sooner|on time|in time|at \w+|for the|to the|the"
        r" exam|that exam|that test|the test|that course|uni|university|college|that level))",
        SI,
        negatable=False,
        unless=r"\b(?:alarm|early|late|lie in|nap|naps|traffic|meeting|class|bus|train"
        r"|flight|embarrass\w*|hangover|exam|test|quiz|level|boss fight|game)\b",
    ),
    _rule(
        "wouldnt-mind-if-it-hit-me",
        "wouldnt mind|would not mind|wouldnt care|dont care|do not care|wouldnt be sad|id welcome",
        r"(?P<v>wouldnt mind|would not mind|wouldnt care|would not care|dont care|do not care"
        r"|wouldnt be sad|would not be sad|id welcome it) if (?:a|the|that) (?:\w+ )?(?:tractor|bus"
        r"|truck|lorry|car|train|van|bull|wave|tree|plane)\b[^.!?]{0,10}\b(?:hit|hits|rolled on"
        r"|rolls on|ran me over|runs me over|fell on|falls on|crushed|crushes|killed|kills|took"
        r"|takes|flattened|got) me\b|(?P<v2>wouldnt mind|would not mind|wouldnt care|dont care)"
        r" if (?:i|it) (?:crashed|crashes|went off the road|didnt make it|dont make it|died|killed"
        r" me)\b",
        SI,
        negatable=False,
        unless=r"\b(?:lol|haha|lmao|jk|kidding|concert|gig|tickets|queue|traffic jam|late|wifi"
        r"|exam|meeting|monday|work)\b",
    ),
    _rule(
        "join-the-fallen",
        "join|joining",
        r"(?:(?:thinking about|thinking of|think about|want to|wanna|going to|gonna|ready to|time"
        r" to|i reckon i|i will|ill|might|could|should|about to) (?:just )?join|joining) (?:them"
        r"|him|her|the first lot|the rest of them|my (?:mates|mum|mom|dad|wife|husband|brother"
        r"|sister|son|daughter|boy|girl|lads|friends|family|nan|gran|grandad|grandma|baby))\b"
        r"(?! (?:for|at|on|in|later|tomorrow|next|this|when|after|over|and)\b)",
        SI,
        requires=r"\b(?:dead|died|lost|passed|killed|gone|grave|graves|heaven|buried|funeral"
        r"|rip|suicide|took (?:his|her|their) own)\b",
        requires_across=True,
        unless=r"\b(?:club|team|army|gym|class|call|zoom|discord|game|party|trip|dinner|lunch"
        r"|pub|drinks|walk|run|march|remembrance|memorial service|charity|fundraiser)\b",
    ),
    _rule(
        "exit-for-good",
        "for good",
        r"(?:clock\w* off|check\w* out|float\w* (?:away|off)|drift\w* (?:away|off)|slip\w* away"
        r"|switch\w* (?:myself )?off|want out|out of (?:it|this body|my body)|go to sleep|doing a"
        r" runner from everything|from everything(?: ,)?) for good\b",
        SI,
        unless=r"\b(?:app|account|job|work|shift|retir\w*|social media|twitter|instagram|facebook"
        r"|tiktok|town|city|country|house|flat|relationship|marriage|band|team|group|chat"
        r"|friendship|hotel|office|company|school|uni|smoking|drinking|vaping|gambling|bed"
        r"|night|nap|hospital|ward|rehab)\b",
    ),
    _rule(
        "no-day-left-in-me",
        "in me|see 20|see 30|want to see|wanna see|easier to not|easier not|better to not"
        "|being dead|hang before|hang if|hang rather|round my neck|around my neck|swinging"
        "|stop eating",
        r"(?:dont|do not|havent got|have not got|aint got|aint) (?:got |have )?(?:another|one more)"
        r" (?:day|night|week|winter) (?:left )?in me\b"
        r"|(?:dont|do not) (?:want|wanna) (?:to )?(?:see|reach|make it to) (?:\d{2}|another"
        r" birthday|my next birthday|next year|another year|another christmas)(?= *(?:[.!?;,\n]|$))"
        r"|(?:easier|better) (?:to not|not to) (?:be here|be around|exist|be alive|wake up)\b"
        r"|being dead (?:cant|cannot|couldnt|could not|wouldnt|would not) be (?:any )?worse"
        r"|(?:ill|i will|id|i would|im gonna|im going to) hang (?:myself )?(?:before|rather than"
        r"|if)\b"
        r"|(?:tied|tie|tying|put|putting|wrapped|had) (?:a |the |my )?(?:belt|rope|cable|cord|sheet"
        r"|scarf|lead|noose|flex|wire) (?:round|around) my neck"
        r"|(?:seeing|see|picture|picturing|imagine|imagining) myself (?:swinging|hanging)"
        r"|stop(?:ping)? eating (?:\w+ )?and (?:let|letting) (?:it|myself|me) (?:end|die|go|waste"
        r" away|disappear)",
        SI,
        PLAN,
        unless=r"\b(?:there were (?:nights|times|days|moments)|i used to|back then|months ago"
        r"|years ago|at the time|job|work|shift|office|exam|tie dye|scarf weather|necklace|choker"
        r"|freezing|cold|warm|winter|costume"
        r"|lanyard|headphones|yoga|swing set|playground|hammock|picture frame|washing)\b",
    ),
    _rule(
        "gone-by-the-date",
        "wont be|will not be|not gonna be|not going to be|aint gonna be",
        r"(?:wont|will not|not gonna|not going to|aint gonna) be (?:here|around|alive) (?:by|for)"
        r" (?:the \d+\w*|them|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|christmas|the end of the month|payday|the hearing|the court date|the eviction"
        r"|when they come)\b",
        SI,
        unless=_TRAVEL
        + "|"
        + _EVENT
        + r"|\b(?:off sick|sick|ill|dentist|busy|late|visit\w*|weekend|off to|away|sisters|mums"
        r"|brothers|nans|parents)\b",
    ),
    _rule(
        "disappointed-still-here",
        "still here|still alive|still breathing|woke up|wake up|waking up|to not be|not to be"
        "|easy it",
        r"(?:disappointed|gutted|annoyed|angry|upset|sad|furious|devastated|pissed off)(?: that)?"
        r" (?:im|i am|i was|to be|to find (?:im|i was|myself)) still (?:here|alive|breathing)\b"
        r"|(?:woke|wake|waking) up (?:\w+ )?(?:disappointed|gutted|annoyed|angry|upset|devastated)"
        r"(?= *(?:[.!?;,\n]|$| that| i| to| again))"
        r"|all i (?:want|wanna|need)(?: is)? (?:is )?(?:to not|not to) be(?= *(?:[.!?;,\n]|$))"
        r"|(?:how|so) easy it (?:would|d|will|could) be (?:to not|not to) (?:wake|be here|be"
        r" around|exist|be alive)",
        SI,
        unless=r"\b(?:alarm|weekend|holiday|holidays|snow|melted|rain\w*|weather|lie in|nap"
        r"|dream was|dream about"
        r" (?:him|her|them|my)|result|results|score|game|match|team|exam|monday|work|school"
        r"|hangover|diet|weight|office|desk|shift|meeting|queue|party|pm|am)\b",
    ),
    _rule(
        "nobody-will-look-for-me",
        "look for me|find me|miss me|notice i|question it|suspect",
        r"(?:nobody|no one|noone|no body|nobodyd|nobody d) (?:will|would|is going to|gonna|wont"
        r"|d|ll|is gonna)? ?(?:even )?(?:look for|find|notice) me (?:till|until|for (?:days|a week"
        r"|weeks|ages|a while|hours)|before)\b"
        r"|(?:nobody|no one|noone|nobodyd|nobody d)(?: would| will| d)? (?:question|suspect) (?:it"
        r"|a thing|anything)\b",
        SI,
        PLAN,
        requires=r"\b(?:do it|did it|crash\w*|rolled|road|wheel|accident|pills|insulin|heart|meds"
        r"|overdose|diabet\w*|die|dead|natural|rota|off|flat|here|room|tent|woods|bridge|body"
        r"|ambulance|car|van|truck|locked|lock|bedsit|house|home|place|cell|hostel)\b",
        requires_across=True,
        unless=r"\b(?:hide and seek|hiding game|game|surprise|party|prank|nap|library|reading"
        r"|book|escape room|day off|sick day|annual leave|skive|skiving|bunk\w*|nap)\b",
    ),
    _rule(
        "someone-stop-me",
        "stop me|without doing it|without hurting|without killing|without cutting",
        r"(?:need|want|needs|wants|needed|wanted|wish|please|pls|plz) (?:someone|somebody|anyone"
        r"|anybody|you|u)? ?"
        r"(?:to )?(?:come and |come )?stop me\b(?! (?:from (?:eating|buying|spending|texting"
        r"|calling|ordering|procrastinat\w*|snacking|scrolling|checking|shopping|drinking|going"
        r"|bingeing"
        r"|binge\w*|watching|playing|messaging)|eating|buying|spending|texting|ordering|shopping))"
        r"|(?:get|getting|make it|making it) through (?:the next|this|tonight|the night|today)(?:"
        r" \w+)? without (?:doing it|hurting myself|killing myself|cutting|doing something)",
        SI,
        negatable=False,
        unless=r"\b(?:eat\w*|snack\w*|chocolate|biscuits|crisps|cake|shopping|online|amazon|ebay"
        r"|spend\w*|texting|text (?:him|her|my ex)|my ex|scroll\w*|phone|netflix|game|gaming"
        r"|vap\w*|smok\w*|drink\w*|pub|gambl\w*|bet\w*|procrastinat\w*|essay|dancing|singing"
        r"|lol|haha|lmao)\b",
    ),
    _rule(
        "nobody-would-notice-if-gone",
        "notice|miss me|care if",
        r"(?:nobody|no one|noone|nobodyd)(?: would| will| d)? (?:even )?(?:notice|care|miss me)\b"
        r"[^.!?]{0,30}\bif i (?:just )?(?:vanished|disappeared|was gone|were gone|didnt exist"
        r"|stopped existing|just stopped|died|wasnt here|wasnt around|walked out)\b"
        r"|\bif i (?:just )?(?:vanished|disappeared|was gone|were gone|didnt exist|died|wasnt here"
        r"|wasnt around)\b[^.!?]{0,30}\b(?:nobody|no one|noone)(?: would| will| d)? (?:even )?"
        r"(?:notice|care|miss me)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:party|meeting|class|lecture|group chat|chat|work|office|shift|early|for an"
        r" hour|for a day|for a bit|for a while|weekend|holiday|trip|from the \w+)\b",
    ),
    # Round-four rule pass, helper A: voices and commands telling the writer (or someone close) to
    # harm; a manic sense of being unkillable next to a lethal place or act; a sharp tool worked
    # into the skin; safety no longer promised (lied about being safe, take the knives away).
    _rule(
        "r4a-voices-command",
        "voice|vocies|vioces|command|hallucinat|thoughts|the tv|the radio|god|the devil|demon",
        r"(?:voices?|vocies|vioces|commands?|(?:command )?hallucinations?|thoughts|the tv|the radio"
        r"|god|the devil|demons?)(?=" + _R4A_COMMAND + ")",
        SI,
        DANGER,
        unless=_R4A_NOT_VOICES,
    ),
    _rule(
        "r4a-voices-command-vague",
        "they want|they said|they say|they tell|they told|they keep|theyre|they re|they are"
        "|it says|it said|it tells|it told|it wants|it keeps|its telling|it s telling|it is",
        r"(?:theyre|they|it)(?=" + _R4A_COMMAND + ")",
        SI,
        DANGER,
        requires=r"\b(?:voices?|vocies|commands?|hallucinat\w*|instructions|psychos\w*|schizo\w*"
        r"|paranoi\w*)\b",
        requires_across=True,
        unless=_R4A_NOT_VOICES,
    ),
    _rule(
        "r4a-voices-say-i-must",
        "voice|vocies|command|hallucinat|the tv|god|the devil",
        r"(?:voices?|vocies|commands?|hallucinations?|the tv|god|the devil)(?: \w+){0,3}?"
        r" (?:say|says|saying|said|tell|tells|telling|told)(?: me)?\b[^.!?]{0,70}? (?:i|she|he)"
        r" (?:need|needs|have|has|must|gotta|got)(?: to)? (?:kill|hurt|stab|poison|deal with"
        r"|stop|get rid of) (?:him|her|them|the \w+|my \w+)\b",
        SI,
        DANGER,
        unless=_R4A_NOT_VOICES,
    ),
    _rule(
        "r4a-voices-quieted-by-harm",
        "voices|the thoughts|darkness|demons|urges win|if i cut|if i hurt|if i hit|if i burn"
        "|if i die"
        "|if i jump|if i do it",
        r"(?:let|letting) (?:the |my )?(?:voices|thoughts|darkness|demons|illness|depression|urges)"
        r" win\b"
        r"|(?:hit|hitting|bang|banging|cut|cutting|burn|burning|hurt|hurting|scratch\w*) (?:my"
        r" head|myself|my \w+)\b[^.!?]{0,50}?\b(?:makes?|making) (?:the|my) (?:voices|thoughts)"
        r" (?:go )?(?:quieter|quiet|stop|away|shut up)\b"
        r"|if i (?:cut|hurt myself|hit myself|burn myself|die|jump|do it)(?: \w+){0,3}?"
        r" (?:the voices|they|theyll|they ll|it|itll|it ll)(?: will| would| d)?(?: finally)?"
        r" (?:go quiet|stop|leave me alone|shut up|be quiet)\b",
        SI,
        SH,
        requires=r"\b(?:voices?|hear\w*|thoughts|quiet|darkness|demons|illness|depression|urges"
        r"|tonight|tired)\b",
        requires_across=True,
        unless=r"\b(?:game|match|chess|argument|debate|kids|lol|haha)\b",
    ),
    _rule(
        "r4a-dead-calling-me",
        "dead|late|passed|died|calling me home|calling him home|calling her home",
        r"(?:dead|late|passed) (?:\w+ ){1,2}?(?:telling|calling|asking|begging|wants|wanting"
        r"|beckoning|tells|told|says|saying)(?: me)?(?: to)?(?: come)?(?: and)? (?:join|be with"
        r"|follow) (?:him|her|them)\b"
        r"|(?:died|passed away|passed)(?: \w+){0,3}? (?:keeps |is |has been |kept )?(?:telling"
        r"|asking|calling|begging|wants|wanting)(?: me)?(?: to)?(?: come)?(?: and)? (?:join|be with"
        r"|follow) (?:him|her|them)\b"
        r"|(?:god|the universe|heaven|jesus|the lord|the angels|the sea|the river|the water)"
        r" (?:is |are |keeps |has been )?calling (?:me|him|her) home(?= *(?:[.!?;,\n]|$| and| now"
        r"| tonight))",
        SI,
        requires=r"\b(?:hear|hearing|heard|voice|louder|loud|every night|accept|want|wanna|ready"
        r"|tonight|not coming back"
        r"|one way|gave away|ticket|quit|invitation|soon)\b",
        requires_across=True,
        unless=r"\b(?:dream\w*|game|song|lyrics|film|movie|book|choir|church service|sermon"
        r"|dinner|tea|holiday)\b",
    ),
    _rule(
        "r4a-unkillable-at-risk",
        "invincible|untouchable|immortal|bulletproof|like a god|like being god|like god"
        "|nothing can|gravity|cant die|cannot die|can not die|come back to life|rise again"
        "|can fly|could fly|can touch the|could touch the|angels",
        r"(?:invincible|untouchable|immortal|bulletproof|like (?:a god|being god|god)|nothing can"
        r" (?:touch|hurt|kill) (?:me|him|her)|gravity (?:doesnt|does not|cant|wont) (?:apply"
        r"|touch|work)|(?:angels|i|im|gods|he|she) (?:cant|cannot|can not) (?:die|be hurt|be"
        r" killed|fall)|(?:come|coming) back to life|rise again|(?:can|could) (?:fly|touch the"
        r" (?:stars|sky|sun|clouds)))\b",
        DANGER,
        PLAN,
        requires=r"\b(?:motorway|highway|freeway|tracks|train|roof|rooftop|ledge|window|crane"
        r"|bridge|cliff|lighthouse|swim\w* out|freezing|\d{3} (?:on|down|along|mph|kmh)"
        r"|crazy speed|lights off|no harness|\d+\w* floor|car park|jump\w*|traffic|edge|prove it"
        r"|balcony|no sleep|not slept|havent slept|hasnt slept|manic|mania|bipolar|psychos\w*"
        r"|lithium|grandios\w*)\b",
        requires_across=True,
        unless=r"\b(?:once|(?:19|20)\d\d|writing about|peer support|used to|back then|years ago"
        r"|last year|recover\w*|game|gaming|mario|fortnite|minecraft|gym|workout|deadlift|pb|pr"
        r"|exam|dance"
        r" floor|karaoke|lol|haha|lmao|superhero|marvel|movie|film|costume|coffee|espresso"
        r"|marathon|race|running|ran|run|song|lyrics|album|poem|story|book|dream\w*|metaphor"
        r"|resurrection|easter|church|sermon|bible|gospel|jesus|plane|flight|airport|pilot"
        r"|kite|drone|birds?|butterfl\w*|holiday|hotel|view|concert|gig|party|festival|wedding"
        r"|stage|crowd|rooftop bar)\b",
    ),
    _rule(
        "r4a-tool-worked-into-skin",
        "using|use|used|pressing|press|dragging|drag|digging|dig|dug|scraping|scrape|jabbing|jab"
        "|pushing|push|running|ran|holding|held|putting|put|kept going|keep going|scratch|carv"
        "|picking"
        "|stabbing"
        "|etch|slash|slic",
        r"(?:using|use|used|uses|pressing|press|pressed|dragging|drag|dragged|digging|dig|dug"
        r"|scraping|scrape|scraped|jabbing|jab|jabbed|pushing|push|pushed|running|run|ran|holding"
        r"|hold|held|putting|put|kept going|keep going)(?: into it| it| them)?(?: with)?"
        r"(?: (?:the|a|my|an|this|that)(?: \w+){0,3}?)? (?:needles?|blades?|razors?|scalpel|knife"
        r"|sharp (?:end|bit|edge)|shards?|broken glass|glass|safety pins?|pins?|compass|scissors"
        r"|point|lighter|string|wire)\b(?: \w+){0,5}? (?:on|into|in|against|across|along|over|to"
        r"|through) (?:my|the same spot on my|the inside of my|the back of my|the skin on my) "
        + _BODY
        + r"\b|(?:scratched|scratching|carved|carving|etched|etching|cut|cutting|sliced|slicing)"
        r" (?:\w+ ){1,3}?(?:into|in) my (?:own )?"
        + _BODY
        + r"\b|(?:slashed|slashing|sliced|slicing|cut|cutting) (?:up )?(?:my|the|all my|all the)"
        r" (?:\w+ ){0,2}?(?:canvases|paintings|drawings|clothes|photos|pictures|sketchbooks?)"
        r" (?:and|then|and then) (?:my|myself)(?: (?:own )?"
        + _BODY
        + r")?\b|(?:digging|dig|dug|jabbing|scraping|pressing|picking|stabbing) (?:into |at )?(?:it"
        r"|my skin|the \w+|my \w+) with (?:a|the|my) (?:\w+ )?(?:needle|pin|blade|razor|compass"
        r"|scalpel|knife)(?: \w+){0,2}? (?:till|until) (?:it |i )?(?:bleeds|bled|bleed|is raw"
        r"|its raw"
        r"|blood)\b",
        SH,
        requires=r"\b(?:till|until|bleed\w*|blood|raw|couldnt stop|cant stop|again|every|lately"
        r"|tonight|keep|kept|been|without ink|want|wanted|yet|deep\w*|hurt|pain|scars?|into my"
        r"|and then my|and then myself|then my|then myself|wrists?|because)\b",
        requires_across=True,
        unless=r"\b(?:shav\w*|wax\w*|epilat\w*|splinter|insulin|inject\w*|jab|vaccin\w*|blood"
        r" test|diabet\w*|piercer|tattoo artist|my artist|appointment|session|henna|biro|pen|marker"
        r"|sharpie|eyeliner|makeup|acupunct\w*|sewing|knitting|stitch\w*|crochet|massage|lotion"
        r"|cream|sunscreen|by accident|accidentally|ice|heat pack|hot water bottle|cooking"
        r"|kitchen)\b|razors? (?:on|to|over|across|along) my (?:legs?|face|chin|head|armpits?)",
    ),
    _rule(
        "r4a-safety-not-promised",
        "promise|guarantee|keep myself safe|stay safe|be safe|lied|lying|a lie|take the|take my"
        "|take all|hide the|hide my|lock up|lock away|get rid of",
        r"(?:cant|cannot|can not|couldnt|wont|dont think i can|not sure i can|unable to)"
        r" (?:promise|guarantee|keep)(?: (?:you|anyone|them|her|him|anybody|myself))?"
        r" (?:my (?:own )?safety|(?:that )?(?:i ll|ill|i will|im going to|i can|id) (?:be|stay"
        r"|keep myself) safe|to (?:be|stay|keep myself) safe|(?:myself )?safe)(?! from)\b"
        r"|(?:need|needs|want|please|pls|plz|can|could|will|would|must) (?:someone|somebody"
        r"|anyone|you|u|\w+)? ?(?:to )?(?:come )?(?:and )?(?:take|hide|lock up|lock away|get rid"
        r" of) (?:the|my|all the|all my|these|those) (?:knives|knife|blades|razors|pills|meds"
        r"|tablets|medication|rope|gun|guns|belts|cords|painkillers)(?: away)? from me\b",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:kids?|toddler|baby|puppy|dog|cat|biscuits|chocolate|sweets|snacks|phone"
        r"|credit card|cards|car keys|keys|lol|haha|when i was)\b",
    ),
    _rule(
        "r4a-said-safe-lied",
        "lied|lying|a lie|have a plan|got a plan|the plan",
        r"(?:i )?(?:lied|was lying|lied to (?:her|him|them|everyone))(?= *(?:[.!?;,\n]|$| about"
        r" (?:it|that|being safe|being ok|being fine)| again| to))"
        r"|(?:i have|ive got|i ve got|i got|i do have) a plan(?: for \w+| and (?:its|it is"
        r"|it s) for"
        r" \w+)?"
        r"(?= *(?:[.!?;,\n]|$))",
        SI,
        PLAN,
        requires=r"\b(?:(?:asked|asks|asking) (?:me )?(?:if|whether) (?:im|i m|i am|i was|i felt"
        r"|i feel|id be|i would be|i will be|ill be) (?:safe|ok|okay|fine|suicidal)|(?:told|tell"
        r"|telling|said to|promised) (?:my |the |her |him |them )?(?:care coordinator|nurse"
        r"|psychiatrist|psych|therapist|doctor|gp|crisis team|key worker|counsel+or|support worker"
        r"|team|mum|mom|dad|everyone|her|him|them)(?: that)? (?:im|i m|i am|i was|id be|i would be"
        r"|i will be|ill be) (?:safe|fine|ok|okay|alright|not suicidal)|said (?:yes|i was safe"
        r"|i was"
        r" fine|im safe|im fine))",
        requires_across=True,
        unless=r"\b(?:homework|essay|exam|diet|gym|smok\w*|vap\w*|drink\w*|surprise|party"
        r"|birthday|present|gift|money|grades?|lol|haha)\b",
    ),
    # Round-four rule pass, helper A: the writer's own art as the last act ("the poem is finished
    # and so am I", "my last piece on this wall and on this earth", the last song left for
    # whoever finds it); erasure wished for as a metaphor taken literally (erased, dissolving and
    # never coming back, no future with me in it); the image made real at the place (stones for
    # the pockets, stepping forward off the roof, closer to the edge than last time, the train
    # that does not stop, not walking back).
    _rule(
        "r4a-work-finished-so-am-i",
        "and so am i|and so is my life|and so is me",
        r"(?:poem|poems|song|songs|album|record|painting|paintings|piece|mural|book|novel|play"
        r"|canvas|story|verse|letter|note|playlist|set|show|tour|chapter|last \w+)"
        r"(?: \w+){0,3}? (?:is|s|are|was) (?:finished|done|over|complete|written|recorded"
        r"|painted)(?: now)?(?: ,)? and so (?:am i|is my life|is me)\b",
        SI,
        unless=r"\b(?:tired|exhausted|sleep\w*|bed|nap|celebrat\w*|drinks?|pub|holiday|break"
        r"|lol|haha|proud|relieved|deadline|editor|publisher|launch|release party)\b",
    ),
    _rule(
        "r4a-last-here-and-on-earth",
        "and on this|and in this|or on this|or in this|anywhere",
        r"(?:last|final) \w+(?: \w+){0,5}? (?:and|or) (?:on|in) this (?:earth|world|life"
        r"|planet)\b"
        r"|(?:last|final) (?:night|day|morning|sunrise|sunset|meal|breakfast|weekend|week)"
        r" anywhere(?: really| at all)?(?= *(?:[.!?;,\n]|$))",
        SI,
        unless=r"\b(?:lol|haha|holiday|trip|travel\w*|festival|tour|moving|move|lease|flat"
        r" hunting)\b(?! (?:in this flat|in this house))",
    ),
    _rule(
        "r4a-last-work-left-behind",
        "last song|last poem|last verse|last painting|last piece|last recording|last line"
        "|last text|last canvas|last drawing|last mural|final song|final poem|final verse"
        "|final painting|final piece|final recording|final line|final canvas|final drawing"
        "|final mural",
        r"(?:last|final) (?:song|poem|verse|painting|piece|recording|line|text|canvas|drawing"
        r"|mural)\b",
        SI,
        BYE,
        requires=r"\b(?:whoever finds|finds (?:it|this|me)|after i|when im gone|im gone|before i"
        r" go|my things|sorted|sorry for the mess|what i mean|what i meant|on this earth|goodbye"
        r"|love you (?:guys|all)|the cat|cats food|the neighbour has|no chorus after"
        r"|literal|literally)\b",
        requires_across=True,
        unless=r"\b(?:encore|setlist says|album|track ?list|concert was|gig was|favourite|review"
        r"|lol|haha|class|exam|homework|deadline|portfolio)\b",
    ),
    _rule(
        "r4a-whoever-finds-this",
        "whoever finds|whoever reads|for whoever|to whoever",
        r"(?:to|for) whoever (?:finds|reads) (?:this|it|me)(?: after| afterwards| first)?\b",
        BYE,
        weak=True,
        unless=r"\b(?:bottle|geocach\w*|time capsule|treasure|scavenger|library book|secondhand"
        r"|second hand|charity shop|lol|haha|have a (?:good|nice|great) day|you are loved"
        r"|youre loved|smile)\b",
    ),
    _rule(
        "r4a-erased-dissolved",
        "erased|deleted|wiped out|unmade|dissolve|evaporate|fade|melt|turn to dust|sink",
        r"(?:want|wanna|wish i could|wish to|need|ready|going|gonna)(?: to)? (?:just )?be"
        r" (?:erased|deleted|wiped out|unmade)(?: (?:completely|from (?:everything|existence"
        r"|the world|the earth)|forever|for good))?(?= *(?:[.!?;,\n]|$))"
        r"|(?:want|wanna|wish i could|wish to|need|ready|going|gonna)(?: to)? (?:just )?"
        r"(?:dissolve|evaporate|fade|melt|turn to dust|sink|dissipate|float away|drift away)"
        r"(?: \w+){0,5}? and (?:never|not) (?:come back|return|resurface|be seen again"
        r"|wake up)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:from (?:the|this|that|his|her|their|my) (?:photo|photos|group|chat|memory"
        r"|life|story|records?|list|database|internet|meeting|class|thread)|meeting|class|sofa"
        r"|couch|bath|bed|duvet|holiday|beach|boat|island|lol|haha|lmao|embarrass\w*|cringe)\b",
    ),
    _rule(
        "r4a-no-me-in-the-future",
        "be a me|be any me|future with me|future that has me|future that includes me",
        r"there (?:isnt|is not|wont|will not|aint)(?: going to| gonna)? be (?:a|any) me"
        r"(?: anymore| left| after| by then)?(?= *(?:[.!?;,\n]|$))"
        r"|(?:dont|do not|cant|cannot|can not|no longer)(?: really| even)? (?:see|picture"
        r"|imagine) (?:a|any) future (?:with|that has|that includes) me in it\b",
        SI,
        negatable=False,
        unless=r"\b(?:job|company|team|band|relationship|role|firm|school|club|firm|at work"
        r"|in this (?:town|city|country|house))\b",
    ),
    _rule(
        "r4a-stones-in-pockets",
        "stones|rocks|bricks|weights|pockets",
        r"(?:stones|rocks|bricks|weights)(?: \w+){0,2}? (?:for|in|into|filling|to fill) (?:my"
        r"|her|his|the) (?:coat |jacket )?pockets"
        r"|(?:fill|filled|filling|stuff\w*|load\w*) (?:my|her|his|the) (?:coat |jacket )?pockets"
        r" with (?:stones|rocks|bricks|weights)"
        r"|pockets (?:are |were )?(?:full|filled|weighed down|loaded)(?: (?:of|with) (?:stones"
        r"|rocks|bricks|weights))?\b",
        SI,
        PLAN,
        requires=r"\b(?:river|pier|lake|sea|water|bridge|canal|drown\w*|woolf|tonight|after her"
        r" set|after my set|she is me|ocean|reservoir|quarry|jetty|harbour|loch)\b",
        requires_across=True,
        unless=r"\b(?:snacks?|sweets|coins|change|shells|conkers|receipts|phone|keys|beach ?comb\w*"
        r"|collect\w*|kids|son|daughter|museum|garden\w*|crystals?|fossils?|geolog\w*|gym|ankle"
        r" weights|diving|dive|scuba|magic trick|prank|lol|haha)\b",
    ),
    _rule(
        "r4a-stepping-forward-off",
        "step|lean|walk|closer than|closer each|closer every|which train|what train|which express"
        "|what express",
        r"(?:im|i m|i am|ill|i will|gonna|going to|about to|this time im|this time i m)"
        r" (?:just )?(?:step|stepping|lean|leaning|walk|walking|going) (?:forward|off|over"
        r"|off the (?:edge|end|ledge|roof|pier|bridge))(?= *(?:[.!?;,\n]|$| tonight| this time"
        r"| now))"
        r"|(?:going to|gonna|will|want to|wanna|about to|ll|plan to|planning to|is going to"
        r"|s going to) (?:walk|step|jump) off the end of (?:the|a) (?:pier|jetty|dock|harbour wall"
        r"|quay)\b"
        r"|closer (?:than (?:last time|before|yesterday|ever)|each time|every time|every night"
        r"|every day)\b"
        r"|(?:know|knew|found|checked|looked up) (?:which|what|the) (?:train|trains|express)"
        r" (?:doesnt|does not|dont|do not|wont|never) stops?\b",
        SI,
        PLAN,
        requires=r"\b(?:roof\w*|ledge|edge|bridge|balcony|cliff|platform|tracks|railing|window"
        r"|overpass|pier|jetty|drop|floor|station|no point|tonight|silhouette)\b",
        requires_across=True,
        unless=r"\b(?:dance|dancing|choreograph\w*|audition|stage|role|team|lead|volunteer\w*"
        r"|promotion|relationship|goal|finals?|recovery|therapy|hike|hiking|summit|view|photo\w*"
        r"|holiday|tour|commute|late|timetable|missed|connection|change at|avoid|slow train"
        r"|stopping service|slow one|take the|catch the|get the|so i|lol|haha)\b",
    ),
    _rule(
        "r4a-not-walking-back",
        "walk back|come back|coming back|make it back|go back",
        r"(?:not sure|dont know if|dont think|doubt) (?:i ll|ill|i will|im going to|i can|i d|id)"
        r" (?:walk|come|make it|go) back\b(?! (?:to|from|in|on|for|before|after|with|home|up"
        r"|down|inside|later))"
        r"|(?:easy|easier|want|wanna|planning|plan|might|hoping|hope) (?:\w+ ){0,3}?(?:not|never)"
        r" (?:to )?(?:come|coming|walk|walking|go|make it) back from (?:my|the|this|tonights|a)"
        r" (?:walk|swim|drive|run|hike)\b(?! (?:on time|early|late|with))",
        SI,
        requires=r"\b(?:bridge|river|edge|ledge|lake|pier|cliff|tracks|sea|water|roof|tonight"
        r"|every night|stand|easy|so easy)\b",
        requires_across=True,
        unless=r"\b(?:taxi|uber|bus|lift|ride|too nice|so nice|beautiful|lovely|lol|haha|holiday"
        r"|tired legs|blister\w*|rain\w*|dark|lost)\b",
    ),
    _rule(
        "r4a-my-last-message",
        "my last|my final",
        r"(?:this is|its|it s|thats|that s|heres|here s|this will be) my (?:last|final) (?:text"
        r"|message|post|words?)\b(?! (?:before|for|of|in|on|to)\b)",
        BYE,
        weak=True,
        unless=r"\b(?:bed|today|tonight|the day|the year|this chat|this group|group chat|phone"
        r"|battery|credit|data|signal|wifi|lol|haha|exam|holiday|trip|offline|break|detox"
        r"|signing off)\b",
    ),
    # Round-four rule pass, helper A: psychiatric medicines hoarded, held or taken in bulk and
    # questions about their lethality; the means watched, talking, or not put back; a rope set
    # up or waiting.
    _rule(
        "r4a-meds-hoarded",
        _R4A_MEDS_ANCHORS,
        r"(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|collecting|keeping back|holding back"
        r"|hiding|hidden)(?: up| away)? (?:(?:my|the|her|his|all my|all the|all of my) )?"
        r"(?:\w+ ){0,2}?" + _R4A_MEDS + r"\b"
        r"|(?:a|one|two|three|\d+) (?:months?|weeks?) (?:worth )?(?:of )?(?:my )?(?:\w+ )?"
        + _R4A_MEDS
        + r" (?:in my hand|in front of me|laid out|lined up|counted out|on the (?:table|bed|desk))"
        r"|holding (?:the|my|all my|all the) (?:\w+ )?" + _R4A_MEDS + r" every (?:night|day)\b",
        PLAN,
        requires=r"\b(?:enough|just in case|something else|for later|\d{2,}|instead of taking"
        r"|not taking|took none|for when|for it|ready|glass of water|tin|box|drawer|put them back"
        r"|in my hand|tonight|every night)\b",
        requires_across=True,
        unless=r"\b(?:pharmac\w*|prescription|refill|holiday|trip|travel|doctor said|vitamins"
        r"|ward|patients?|shift|dispos\w*|return\w*|take back|kids|children|safe|lock\w*)\b",
    ),
    _rule(
        "r4a-meds-for-something-else",
        "for something else|for something different|for another reason|for later",
        r"(?:theyre|they re|they are|these are|those are|its|it s|theyll be|they will be)"
        r" (?:\w+ )?for (?:something else|something different|another reason|later)"
        r"(?= *(?:[.!?;,\n]|$))",
        PLAN,
        requires=r"\b(?:dosette|blister packs?|pills|tablets|meds|medication|took none"
        r"|havent taken|not taking"
        r"|stopped taking|saving|saved|" + _R4A_MEDS + r")\b",
        requires_across=True,
        unless=r"\b(?:recipe|cook\w*|bake|baking|cake|party|gift|present|craft\w*|school|work"
        r"|garden|money|savings|saving up for|holiday|trip|ticket)\b",
    ),
    _rule(
        "r4a-took-all-meds",
        "took|taken|swallowed|downed|necked|necking|drinking|drank|drink|more than",
        r"(?:took|taken|swallowed|downed|necked)(?: all| the whole (?:box|bottle|pack|packet"
        r"|strip|lot)(?: of)?| every one of| the rest of| a months? worth of)(?: of)? (?:my |the"
        r" |her |his )?(?:\w+ )?" + _R4A_MEDS + r"\b"
        r"|took (?:way |a lot |much |so much )?more than (?:i should|i was meant to|i was supposed"
        r" to|i meant to|prescribed)(?: have| of| ve)?\b"
        r"|(?:drinking|drank|drink|necking|necked) (?:\w+ )?on top of (?:my|the|all my|all the)"
        r" (?:\w+ )?" + _R4A_MEDS + r"\b",
        PLAN,
        SI,
        requires=r"\b(?:ago|at once|in one go|together|sleepy|drowsy|dizzy|shaky|scared|its fine"
        r"|it s fine|whole|enough|a lot more|way more|on purpose|deliberately|hoping|hope|this"
        r" time|tell|goodbye|cant feel|heart)\b",
        requires_across=True,
        unless=r"\b(?:today|this morning|on time|as prescribed|proud|remembered|finally took"
        r"|yay|morning dose|evening dose|caffeine|coffee|sugar|chocolate|sweets|cake|ibuprofen"
        r"|back pain|headache|period|cramps|tooth\w*|hangover|vitamins?)\b",
    ),
    _rule(
        "r4a-lethal-question-named",
        "how many|how much|lethal|fatal|deadly|does it hurt|would it hurt|will it hurt|bleach",
        r"(?P<p1>)(?:how many|how much) (?:of )?(?:\w+ )?"
        + _R4A_MEDS
        + r"(?: \w+)? (?:would|will|does it take to|would it take to|it takes to|to) (?:stop"
        r" (?:your|my|a|the) heart|kill|be (?:lethal|fatal|deadly)|do it)\b"
        r"|(?P<q1>)(?:\w+ )?" + _R4A_MEDS + r" (?:\w+ )?(?:to )?be (?:lethal|fatal|deadly) if"
        r" (?:you|u|i|someone) (?:take|took|takes|swallow\w*|drink\w*) (?:the whole|all|a whole"
        r"|every)\b"
        r"|(?P<r1>)if (?:u|you|i|someone) (?:take|took|swallow\w*) (?:too many|all|the whole"
        r" (?:bottle|box|pack)|a lot of|loads of)(?: of)? (?:\w+ )?"
        + _R4A_MEDS
        + r"(?: \w+){0,2}? (?:does|would|will) it hurt\b"
        r"|(?P<x1>)(?:mix\w*|combin\w*) (?:\w+ ){0,2}?bleach (?:with|and) (?:\w+ ){0,2}?(?:in"
        r"|inside)"
        r" (?:a|the|my) (?:closed|small|locked|sealed|shut) (?:room|bathroom|space|car)\b",
        PLAN,
        unless=r"\b(?:exam|class|lecture|pharmacolog\w*|nursing|student|essay|assignment|protocol"
        r"|patients?|toxicolog\w*|novel|book|character|story|script|scene|podcast|documentary"
        r"|my (?:dog|cat)|puppy|toddler|kid|child|son|daughter|accident\w*|by mistake|never|dont"
        r"|label|warning|safety)\b",
        unless_after=r"(?<!not )(?:asking for|its for|it s for|for) (?:a|my|the) (?:novel|book"
        r"|story|script"
        r"|scene|class|essay|project|friend)\b(?!\W*not\b)",
        despite=r"\b(?:not for (?:a|the|my) (?:scene|story|book|novel|script|class|essay)"
        r"|not (?:writing|researching)|asking for real|for real|asking for me|asking for myself"
        r"|not for a \w+)\b",
    ),
    _rule(
        "r4a-means-watched",
        "looking at|staring at|starring at|glancing at|whispering|calling to me|calling my name"
        "|talking to me|put them back|put it back|give them back|i mean all",
        r"(?:keep|kept|been|just|sitting|sat|keeps|cant stop|can not stop|cannot stop)(?: \w+)?"
        r" (?:looking|staring|starring|glancing) at (?:it|them|the (?:\w+ )?(?:gun|weapon|pistol"
        r"|rifle|rope|noose|pills|tablets|bottle|knife|blade|razor|cabinet|bleach))\b"
        r"|(?:it|its|it s|they|theyre|they re|the (?:gun|rope|pills|knife|blade))(?: is| are"
        r"| s| keeps| has been| have been)? (?:whispering|calling|talking) (?:to me|my name)\b"
        r"|(?:might|may|could|wont|will not|gonna|going to|not going to) not (?:put|give)"
        r" (?:them|it) back\b"
        r"|(?:i mean|meaning|as in) all of (?:them|it)(?= *(?:[.!?;,\n]|$))",
        PLAN,
        SI,
        requires=r"\b(?:guns?|weapons?|pistols?|rifles?|ropes?|noose|knot|hanging|pills|tablets"
        r"|medicine cabinet|blades?|razors?|knife|knives|disappearing for good"
        r"|" + _R4A_MEDS + r")\b",
        requires_across=True,
        unless=r"\b(?:scope|range|cleaning|collection|museum|shop|price|display|photo\w*|video"
        r"|game|lol|haha|sailing|climbing|decor|paint\w*|drawing|sketch\w*|still life|wine|beer"
        r"|vodka|library|borrow\w*|cake|pizza|chocolate|biscuits?|fridge|knife set|bought|new"
        r"|pretty|sharpen\w*|chef|kitchen|cooking)\b",
    ),
    _rule(
        "r4a-rope-set-up",
        "tied|tie|tying|rigged|set up|hung|put up|knotted|rope is|noose is|real rope"
        "|actual rope|proper rope",
        r"(?:tied|tying|rigged|set up|hung|put up|knotted)(?: up)? (?:the|a|my) (?:\w+ )?(?:rope"
        r"|noose|knot|belt|cord|cable)\b"
        r"|(?:the|a|my) (?:rope|noose) (?:is|s) (?:in|on|under|ready|up|hanging|tied)\b"
        r"|(?:bought|got|have|found|checked|its|it s|is) (?:an? )?(?:actual|real|proper) (?:rope"
        r"|noose)\b",
        PLAN,
        SI,
        requires=r"\b(?:hanging|empty|everyone|gone|alone|tonight|beam|rafters?|banister"
        r"|bannister|loft|garage|decided|decision|looking at it|tell someone|sitting|staying late"
        r"|dont know why|im telling|made up my mind)\b",
        requires_across=True,
        unless=r"\b(?:boat|sail\w*|climb\w*|tent|camp\w*|scouts|macrame|shoes?|laces|hair"
        r"|dog|horse|pony|swing|tug|skipping|jump rope|washing|hammock|tarp|gym|crafts?|lights"
        r"|fairy|decorations?|bunting|banner|curtains?|hammock|garden|tree house|treehouse|rigging"
        r" class|married|wedding|lol|haha)\b",
    ),
    # Round-four rule pass, helper A: the body asking for it ("my wrists want to be opened"); an
    # end set for a date or the next crash; no more nights of being alive; no reason left to
    # still be here; the part that wants to live grown small; checking out or going on my own
    # terms; a crash or a heart attack welcomed; becoming stars; the final chapter, the credits
    # and the final bow as the writer's own.
    _rule(
        "r4a-body-wants-it",
        "wrists want|arms want|veins want|hands want|skin wants|thighs want|wrists are|veins are"
        "|they want to be|keep begging|are begging|beg to|want to finish|wants to finish",
        r"(?:wrists|arms|veins|hands|skin|thighs|they) (?:want|wants|are begging|beg|keep begging)"
        r" to (?:be )?(?:opened|cut|sliced|bled|slit|finish what (?:they|i) started with the"
        r" (?:razor|blade|knife|glass))\b",
        SH,
        SI,
        unless=r"\b(?:hug\w*|held|massag\w*|warm\w*|cream|moisturi[sz]\w*|paint\w*|knit\w*"
        r"|gloves|cold|lol|haha)\b",
    ),
    _rule(
        "r4a-end-it-on-a-date",
        "end it on|end it at|end it after|end it by|end it before",
        r"(?:decided|going|gonna|plan|planning|ill|i will|swear ill|swore id|swear i ll|swore i d"
        r"|im going|want) (?:to )?end it (?:on|at|after|by|before) (?:the|my|next|this|his|her)"
        r" (?:\w+ )?(?:anniversary|crash|low|episode|birthday|funeral|\w+day|weekend|night)\b",
        SI,
        PLAN,
        requires=r"\b(?:cant keep|cannot keep|cant go on|flashbacks|crash|low|episode|anymore"
        r"|tired|done|no point|every night|ptsd|bipolar|depress\w*|voices|high)\b",
        requires_across=True,
        unless=r"\b(?:relationship|boyfriend|girlfriend|husband|wife|partner|him|her|things"
        r"|marriage|friendship|lease|contract|subscription|membership|job|band|call|meeting"
        r"|season|game|series|streak|diet|fast)\b",
    ),
    _rule(
        "r4a-no-more-nights-alive",
        "another|one more|the point of",
        r"(?:cant|cannot|can not|couldnt|wont|dont want to) (?:do|face|survive|take|handle|bear"
        r"|stand) (?:another|one more) (?:day|night|week|year|morning|minute|hour) (?:of )?"
        r"(?:being alive|living|existing|this life|in this body|of my life)\b"
        r"|(?:cant|cannot|dont|do not) see the point (?:of|in) (?:another|more|any more)"
        r" (?:sunrise|sunrises|morning|mornings|tomorrow|tomorrows)(?= *(?:[.!?;,\n]|$))",
        SI,
        unless=r"\b(?:job|work|shift|school|class|exam|office|commute|meeting|lol|haha)\b",
    ),
    _rule(
        "r4a-no-reason-to-still-be-here",
        "see why|see any reason|see a reason|part of me that wants",
        r"(?:dont|do not|cant|cannot|no longer) see (?:why|any reason|a reason)(?: why)?"
        r" (?:i should|to|for me to|i need to)(?: still)? (?:be here|be alive|stay alive|keep"
        r" living|exist|stay)(?= *(?:[.!?;,\n]|$| anymore| any more| at all))"
        r"|(?:the )?part of me that wants to (?:live|stay|keep going|be alive|survive) (?:is|feels"
        r"|s|has|keeps) (?:\w+ ){0,3}?(?:small|tiny|quiet|quieter|losing|gone|weak|weaker|fading"
        r"|dying|shrinking|disappearing|smaller)\b",
        SI,
        negatable=False,
        unless=r"\b(?:party|office|work|meeting|class|lecture|queue|club|lol|haha)\b",
    ),
    _rule(
        "r4a-checking-out-own-terms",
        "checking out|check out|on my own terms",
        r"(?:im|i m|i am|ill be|i will be|going to be|gonna be) checking out(?: ,)? (?:this"
        r" weekend|tonight|soon|tomorrow|on \w+day|for good|this week)\b"
        r"|(?:go|going|leave|leaving|die|dying|end it|ending it|check out|exit|bow out) on my"
        r" own terms\b",
        SI,
        requires=r"\b(?:before|ready|everything ready|tonight|dawn|taken everything|no point"
        r"|done|decided|cant|bipolar|tired|probably|for good)\b",
        requires_across=True,
        unless=r"\b(?:hotel|airbnb|hostel|room|library|shop|store|cart|basket|book|job|company"
        r"|career|retir\w*|team|band|contract|relationship|club|school|uni|university|match"
        r"|game|race|season|tournament|party)\b",
    ),
    _rule(
        "r4a-welcome-a-crash",
        "welcome a|welcome an|welcome the|welcome death",
        r"(?:id|i would|i d|i ll|ill) (?:honestly |actually |really |happily )?welcome (?:a |an"
        r" |the )?(?:car accident|car crash|crash(?! (?:course|mat|pad|diet))|accident|heart attack"
        r"|aneurysm|stroke|death|end|bullet|bus|lorry|truck|train)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:change|break|rest|holiday|visit|guests?|feedback|lol|haha|lmao|stock"
        r"|market|crash course)\b",
    ),
    _rule(
        "r4a-becoming-stars",
        "constellation|stardust|the stars",
        r"(?:gonna|going to|will|ill|about to|soon to|ready to) (?:be|become|join) (?:a |the )?"
        r"(?:constellation|stardust|stars)(?: \w+)?(?= *(?:[.!?;,\n]|$| soon| tonight| now))",
        SI,
        unless=r"\b(?:costume|halloween|nativity|play|party|tattoo|band|famous|movie|film|show"
        r"|tv|stage|career|album|record|contract|deal|planetarium|telescope|lol|haha)\b",
    ),
    _rule(
        "r4a-final-chapter-credits-bow",
        "final chapter|last chapter|fade to black|roll credits|rolling credits|roll the credits"
        "|final curtain|final bow|last bow|exit stage|my exit",
        r"(?:writing|wrote|written|write|finishing|closing|close) (?:my|the) (?:own )?(?:final"
        r"|last) chapter\b"
        r"|fade to black|roll(?:ing)? (?:the )?credits|(?:the|my) final curtain|(?:my|the) (?:final"
        r"|last) bow|exit stage (?:left|right)"
        r"|(?:i know|ive planned|i ve planned|planning|rehearsed|rehearsing|planned) my (?:exit"
        r"|final bow|last bow)\b",
        SI,
        requires=r"\b(?:letting it|im letting|ready|tonight|soon|my life|of me|my mind|where im at"
        r"|where i m at|for me|on me|goodbye|that s me|thats me)\b",
        requires_across=True,
        unless=r"\b(?:thesis|dissertation|novel|book|draft|editor|manuscript|memoir|series|readers"
        r"|fic|fanfic|film|movie|show|play|musical|cinema|theatre|performance|audience|cast"
        r"|rehearsal|season|episode|netflix|tour|concert|gig|opening night|closing night|matinee"
        r"|career|retir\w*|job|company|party|stage|first act|second act|third act|cue|script"
        r"|director|scene|lol|haha)\b",
    ),
    _rule(
        "r4a-planning-my-exit",
        "planning my|planned my|plotting my",
        r"(?:planning|planned|plotting) my (?:final |last |real )?exit(?= *(?:[.!?;,\n]|$))",
        SI,
        PLAN,
        unless=r"\b(?:job|work|company|boss|career|notice|resign\w*|retir\w*|team|band|club"
        r"|school|uni|course|party|chat|group|relationship|marriage|lease|flat|city|country"
        r"|stage|scene|play|game|lol|haha)\b",
        unless_after=r"\b(?:job|notice|resign\w*|quit|handing in|leaving do|new role|new job"
        r"|retir\w*|moving|the company|my boss)\b",
    ),
    # Round-four rule pass, helper B: the small hours, minimisers and inner-child work. Not
    # waking made sure of; not wanting to see the morning; a deadline set for the night; the
    # little one needing to stop existing; wrists that want the blade; the one way it stops;
    # not around for the next session; who gets my things; a pet handed over with a cover
    # story; pills saved up until there are enough; voices saying jump; another's goodbye then
    # silence; an abuser with a child now; a partner's hands on the throat.
    _rule(
        "r4b-make-sure-not-waking",
        "wake|waking",
        r"(?:make|making|made) (?:sure|certain) (?:that )?(?:i|id|i d|i would) (?:dont|do not"
        r"|wont|will not|never|wouldnt|would not|didnt) (?:ever )?wake(?: up)?\b"
        r"|(?P<v>hop(?:e|ed|ing)|pray(?:ed|ing)?) (?:that )?(?:i|id|i d) (?:wouldnt|would not"
        r"|wont|will not|never|didnt|dont) (?:ever )?wake(?: up)?\b"
        r"|(?:prefer|rather|like) (?:to )?not (?:to )?(?:ever )?wake up(?! (?:early|at|before"
        r"|for|to)\b)"
        r"|(?:like )?just (?:not|never) wake up (?:tomorrow|in the morning)\b"
        r"|(?:skip|not do|not have to do|without) the waking(?: up)? (?:part|bit)\b"
        r"|(?:notice|care|miss (?:you|me)) if (?:you|i) (?:just )?(?:dont|didnt|never|do not)"
        r" wake up\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:alarm|lie in|weekend|lazy|nap|hangover|hungover|early shift|school run"
        r"|baby|kids|toddler|cat|dog|snoring|the neighbours|the house)\b",
    ),
    _rule(
        "r4b-not-see-the-morning",
        "daylight|morning|sunrise|the sun|dawn|tomorrow",
        r"(?:dont|do not|not sure i|dont think i|dont know if i|not sure if i) (?:\w+ )?"
        r"(?:want|wanna|need) (?:to )?(?:see|reach|make it to|be here for) (?:the )?(?:daylight"
        r"|morning|sunrise|the sun (?:come|coming) up|dawn|tomorrow)(?= *(?:[.!?;,\n]|$| tbh"
        r"| honestly| anymore| again))",
        SI,
        negatable=False,
        unless=r"\b(?:hangover|hungover|news|shift|alarm|exam|meeting|work|school|monday|results"
        r"|lol|haha|weather|rain|office|emails?|inbox)\b",
    ),
    _rule(
        "r4b-deadline-set-for-the-night",
        "still like this|still here|still awake|still feel|till i go|until i go|im going|im doing"
        "|ill do it|i go |im gone|thats it|im out",
        r"if (?P<p1>im|i am|i m|i) (?:still )?(?:like this|here|awake|feeling (?:like )?this"
        r"|feel(?:ing)? this way|not asleep) (?:at|by) (?:\d+|dawn|sunrise|morning|midnight"
        r"|first light)(?: ?(?:am|pm|oclock|o clock))? (?:then )?(?:im going|im doing it"
        r"|ill do it|i go|im gone|thats it|im out)(?= *(?:[.!?;,\n]|$))"
        r"|days? (?:left )?(?:till|until|before) i go(?= *(?:[.!?;,:\n]|$))",
        SI,
        PLAN,
        unless=_TRAVEL + r"|\b(?:bed|sleep|gym|out|home|shop|doctor|gp|a and e|walk|pub|work"
        r"|party|back)\b",
    ),
    _rule(
        "r4b-little-one-needs-to-go",
        "needs|needed|wants|wanted|permission|ok to|okay to|alright to|fine to|way out|not exist",
        r"(?:she|he|little me|the little one|my little one|little one|inner child|the child"
        r"|(?:little|younger) (?:me|self|girl|boy))(?: in me)? (?:just |really |only )?(?:needs"
        r"|needed|wants|wanted)(?: me)? to (?:stop existing|not exist|not be here|not be alive"
        r"|die|be dead|stop (?:being alive|living)|go(?= *(?:[.!?;,\n]|$| properly| for good"
        r"| forever))|stop(?= *(?:[.!?;,\n]|$| forever| for good)))"
        r"|(?:she|he|the little one|little me|inner child) (?:just |really )?(?:needs|needed"
        r"|wants|wanted) (?:it|this|everything) to (?:stop|end) (?:forever|for good)\b"
        r"|what (?:she|he|little me|the little one|my inner child|my little one) (?:really )?"
        r"(?:needs|needed|wants) is (?:to not exist|not to exist|to stop existing|to die|to be"
        r" dead|to go(?= *(?:[.!?;,\n]|$| for good| forever| properly)))"
        r"|(?:permission|someone to tell (?:her|him) (?:its|it is) (?:ok|okay|alright|fine)) to"
        r" (?:go|stop|die|leave)(?= *(?:[.!?;,\n]|$))"
        r"|(?<=[.!?:] )(?:a|an) (?:real )?way out(?= *(?:[.!?;,\n]|$| i guess| i think))",
        SI,
        hyperbole=True,
        requires=r"\b(?:little one|little me|inner child|younger me|younger self|little girl"
        r"|little boy|child in me|what (?:does )?(?:she|he) needs?"
        r"|exist\w*|alive|permission)\b",
        requires_across=True,
        unless=r"\b(?:nap|bed|toilet|loo|potty|school|park|playground|hug|cuddle|snack|break"
        r"|rest and|blanket|apologi\w*|saying sorry|worrying|holiday|doctor|ice cream|sweets"
        r"|cake|toy|toys)\b",
    ),
    _rule(
        "r4b-wrists-want-the-blade",
        "blade|razor|opened|cut open|sliced|to bleed|hand to|grip to",
        r"(?:wrists?|arms?|thighs?|skin|veins?|they|theyre|it|its|legs?) (?:\w+ ){0,2}?(?:ache"
        r"|aches|aching"
        r"|itch|itches|itching|itchy|want|wants|wanting|crave|craves|craving|beg|begs|begging"
        r"|scream|screams|screaming|long|longs|longing|burn|burns|burning|call|calls|calling)"
        r" (?:\w+ )?(?:for|to be|out for)? ?(?:the|a|my)? ?(?:blade|razor|opened|cut"
        r" open|sliced(?: open)?|to bleed)\b"
        r"|want (?:the|that|this) (?:hand|grip) to (?:squeeze|tighten|close) (?:until|till)"
        r" (?:its|it is|i am|im) (?:over|gone|done|dead)\b",
        SH,
        SI,
        negatable=False,
        requires=r"\b(?:wrists?|arms?|thighs?|skin|veins?|legs?|stomach|body)\b",
        requires_across=True,
        unless=r"\b(?:shav\w*|beard|stubble|skat\w*|rink|hockey|mower|blender|razor burn|rash"
        r"|bumps|bikini|legs? hair|waxing|wax|scissors for|knife skills|surgeon|surgery|blood"
        r" test|cannula|drip)\b",
    ),
    _rule(
        "r4b-one-way-it-stops",
        "one way|only way|only thing|one thing|1 way|1 thing",
        r"(?:stop|stops|end|ends|go away|quiet|quieter|quieten|over|calm down"
        r"|shut up)\b(?: \w+){0,6}? (?:and )?(?:i|ive)"
        r" (?:only )?(?:know|found|got) (?:of )?(?:only |just )?(?:one|1) (?:way|thing)"
        r"(?: that)?(?= *(?:[.!?;,\n]|$| (?:definitely|really|actually|always|fully|properly"
        r"|that|it|to|for)\b))"
        r"|(?:the )?only (?:way|thing) (?:that )?(?:ever )?(?:works|worked|helps|helped|makes it"
        r" (?:quieter|quiet|stop|better|go away)|stops it|stopped it|quiets it) (?:is|was)"
        r" (?:\w+ )?(?:the|a|my) (?:razor|blade|bridge|rope|knife|pills|tablets|overdose|cutting"
        r"|tracks|train|ledge|roof|edge|drop)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:pain|hurts?|voices?|ringing|noise|flashbacks?|nightmares?|memories|this"
        r"|it|room|thoughts?|razor|blade|bridge|rope|knife|pills|tablets)\b",
        unless=r"\b(?:hiccups?|headache|migraine|cramp|crying baby|the baby|toddler|snoring"
        r"|dog barking|itch|coffee|ice|nap|tea|ibuprofen|paracetamol|painkillers?|physio"
        r"|stretch\w*|heat pad|hot water bottle|music|earplugs|headphones|white noise|brown noise"
        r"|fan|exercise|gym|run|walk|meditat\w*|breathing)\b",
    ),
    _rule(
        "r4b-not-around-for-the-next",
        "be around|be here|be alive",
        r"(?:wont|will not|not gonna|not going to|dont think ill|dont think i will|doubt ill"
        r"|doubt i will|cant promise ill|cant promise i will|cant promise i ll|might not|may not)"
        r" (?:still )?be (?:here|around|alive)(?: anymore)? (?:for (?:any|the|her|his|my|your"
        r"|our|another|a) (?:\w+ )?(?:appeal|session|sessions|sentencing|verdict|retrial|review"
        r"|results?|return|check in|follow up|appointment|anniversary|birthday)|when (?:she|he"
        r"|they|you|my \w+) (?:gets?|comes?|are|is|s|get) back|when (?:shes|hes|theyre|youre) back"
        r"|by the time (?:she|he|they|you)"
        r" (?:gets?|comes?|get) back)\b",
        SI,
        unless=r"\b(?:holiday|vacation|trip|travel\w*|moving|move|moved|abroad|leaving for|new job"
        r"|on leave|off to|flight|conference|festival|wedding|hospital stay|surgery|operation"
        r"|retreat|camp|shift|nights|working|work|busy|exam|course|study|signal|wifi|offline"
        r"|fly\w*|flight|airport|plane|driving|drive|on leave"
        r"|phone|visit\w*|sick|internet|dentist|doctor)\b",
        despite=r"\bnot in (?:a|the) (?:\w+ ){1,4}way\b|\bhavent told (?:her|him|them|anyone)\b",
    ),
    _rule(
        "r4b-last-one-i-survive",
        "last one|last christmas|last birthday|last holiday|last new year|last easter|last summer"
        "|last winter|last year|last anniversary",
        r"(?:(?:the|my) )?last (?:one|christmas|birthday|holiday|new year|easter|summer|winter"
        r"|year|anniversary) (?:that )?(?:im|i am|ill|i will|i|id|i d) (?:ever )?(?:survive"
        r"|(?:be|am)? ?(?:here|around|alive) for|live through|make it through"
        r"|see)(?= *(?:[.!?;,\n]|$| (?:this|i|ive|alive)\b))",
        SI,
        requires=r"\b(?:decided|promise\w*|cant (?:carry|do|take|face|go on|keep)|another year"
        r"|anymore|survive|for real|actually keep|keep the promise|no more)\b",
        requires_across=True,
        unless=r"\b(?:host\w*|cook\w*|pay\w*|buy\w*|at (?:my|mums|dads|their|his|her|the)"
        r"|with (?:them|him|her|my \w+)|visit\w*|job|work|office|flat|house|contract|school"
        r"|uni|course|team|club|season|tour)\b",
    ),
    _rule(
        "r4b-pills-saved-up",
        "saving|keeping|stashing|hoarding|stockpiling|collecting|putting|enough|a jar|a box"
        "|different|a use for|than i need|a tin|a pot",
        r"(?:saving|keeping|stashing|hoarding|stockpiling|collecting|putting) (?:them|\w+"
        r" doses|my (?:\w+ )?(?:meds|pills|tablets|doses)|the (?:\w+ )?(?:meds|pills|tablets))"
        r"(?: \w+){0,2}? (?:instead|in a (?:jar|box|tin|drawer|bag|sock|pot)|up)\b"
        r"|(?:theres|there is|i think theres|now theres|ive got|i have) (?:a (?:jar|box|tin|pot)"
        r"|enough)(?: of them)? now(?= *(?:[.!?;,\n]|$))"
        r"|so (?:id|i would|i d|i) (?:have|had|got) enough(?= *(?:[.!?;,\n]|$| now| this time"
        r"| for tonight))"
        r"|(?:packets|boxes|packs) (?:\w+ ){0,2}?(?:from|at|in) different (?:shops|pharmacies"
        r"|chemists|supermarkets|places|stores)\b"
        r"|(?:got|have|found) a use for the rest\b"
        r"|more (?:\w+ )?(?:pills|tablets|meds|painkillers) than i (?:need|needed)\b",
        PLAN,
        SI,
        requires=r"\b(?:meds|medication|pills|tablets|capsules|doses|paracetamol|ibuprofen"
        r"|tramadol|codeine|co codamol|cocodamol|morphine|oxy\w*|zopiclone|sertraline|insulin"
        r"|sleeping|amitriptyline|pregabalin|gabapentin|diazepam|propranolol|lithium"
        r"|quetiapine|painkillers)\b",
        requires_across=True,
        unless=r"\b(?:recycl\w*|pharmacist (?:said|says|told)|doctor (?:said|says|told)"
        r"|repeat prescription|for the (?:month|week|holiday|trip)|for my (?:mum|dad|nan|gran"
        r"|grandad|grandma|son|daughter|kids)|hay ?fever|vitamins?|supplements?|seeds|buttons"
        r"|coins|money|cash|savings|points|sweets|disposal|dispose|take back|return\w*)\b",
    ),
    _rule(
        "r4b-is-this-many-enough",
        "enough",
        r"(?:(?:(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|a hundred) (?:of (?:these|them"
        r"|those)|(?:\w+ )?(?:tablets|pills|capsules|paracetamol|ibuprofen|sleeping pills)))"
        r" (?:is|are|would be|will be|be) enough|(?:is|are|would|will) (?:(?:\d{2,3}|twenty"
        r"|thirty|forty|fifty|sixty|a hundred) (?:of (?:these|them|those)|(?:\w+ )?(?:tablets"
        r"|pills|capsules|paracetamol|ibuprofen|sleeping pills))) (?:be )?enough)"
        r"(?= *(?:[.!?;,\n]|$| to (?:do it|kill|die|not wake|end it|be sure)| for (?:tonight|it"
        r"|me)))"
        r"|(?:\d+|\w+) (?:storeys|stories|floors) (?:is |be )?high enough(?= *(?:[.!?;,\n]|$))",
        PLAN,
        SI,
        unless=r"\b(?:month|week|fortnight|holiday|trip|course|prescription|dose|doses|daily"
        r"|a day|per day|party|guests|people|kids|class|plants|seeds|photos?|view|the shot"
        r"|building regs|planning|crane|ladder|lol|haha)\b",
    ),
    _rule(
        "r4b-already-took-a-lot",
        "took|taken|swallowed|necked",
        r"(?:took|taken|swallowed|necked) (?:a (?:load|bunch|heap|handful|fistful|whole lot|lot)"
        r" of (?:stuff|them|pills|tablets|my \w+)|all (?:of )?(?:the ones|the \w+ (?:in|from)"
        r" the (?:cupboard|cabinet|drawer|box|bottle|packet))|too many(?= *(?:[.!?;,\n]|$| and"
        r"| so| because| again| earlier| last night| tonight| an hour| of them)))"
        r"|(?<=already )(?:took|taken|swallowed) (?:them all|all of them|the lot|them(?= anyway))"
        r"(?= *(?:[.!?;,\n]|$| anyway| already| now| at once| tonight| and))",
        PLAN,
        SI,
        requires=r"\b(?:sleepy|drowsy|sorry|sense|drunk|floor|typing|a and e|hospital|wait\w*"
        r"|ago|anyway|no rush|tired|dizzy|sick|cupboard|cabinet|pills|tablets|meds|bottle"
        r"|overdose|ambulance|leave|stop making)\b",
        requires_across=True,
        unless=r"\b(?:photos?|pictures|pics|selfies|notes|shots|drinks|beers|pints|breaks"
        r"|classes|modules|credits|days off|risks|steps|hits|wickets|penalties|screenshots"
        r"|vitamins?|supplements|antibiotics|as prescribed|the dose|my dose|prescribed dose|the"
        r" bins|the rubbish|recycling|back|out|off|home|to the|with me|the dog|the kids|from"
        r"|office|charity|tip|boot|shop|shopping|hungover|hangover|lol|haha)\b",
    ),
    _rule(
        "r4b-who-gets-my-things",
        "who gets|who should get|who will get|who can have|who is having|who theyre for"
        "|who they are for|who its for|who it is for|who each",
        r"(?:list|note|notes|letter|letters|written|writing|wrote|write|rewritten|rewrote"
        r"|rewriting|labels?|labelled) (?:out |down )?(?:\w+ ){0,4}?(?:of |saying |about |for )?who"
        r" (?:gets|should get|will get|can have|is having|theyre for|they are for|its for|it is"
        r" for|each is for)(?: what| my \w+| the \w+| which)?\b",
        PLAN,
        BYE,
        unless=r"\b(?:christmas|presents?|gifts?|birthday|wrapped|party|santa|raffle|seating"
        r"|rota|chores|divorce|wedding|prize|prizes|cake|sweets|toys|tickets|dinner|lunch|bbq"
        r"|mums will|dads will|nans will|grans will|grandads will|her will|his will|their will"
        r"|estate|funeral|house clearance|after (?:mum|dad|nan|gran|grandad|grandma) died"
        r"|moving|move|flat share|tidy\w*|declutter\w*|while (?:im|i am|i m|i) (?:still )?here"
        r"|while i (?:still )?can|squabbl\w*|argu\w*|fight\w*|referee|lawyer|solicitor"
        r"|if (?:something|anything) (?:happens|happened|ever happens)|one day|someday"
        r"|eventually|fly|flying|work|fantasy|league|draft|trade deadline|squad|lineup)\b",
    ),
    _rule(
        "r4b-pet-handed-over",
        "asked her|asked him|asked them|asked my|begged|gave|given|giving|took|taken|handed"
        "|dropped|in case",
        r"(?:asked|begged) (?:her|him|them|my \w+) to (?:keep|have|take|look after) (?:him|her"
        r"|them|(?:my|the) (?:cat|dog|puppy|kitten|rabbit|bird|pets?))(?: for good| permanently"
        r"| forever)?\b"
        r"|(?:gave|given|giving|took|taken|handed|dropped) (?:\w+ ){1,3}?(?:to|round to|over to"
        r"|off (?:at|with)) (?:the (?:lady|man|woman|couple|family|people|neighbours?|girl|guy|lad"
        r"|bloke|old man|old lady|kid|boy)"
        r" (?:next door|downstairs|upstairs|across the (?:road|street|hall|landing))"
        r"|(?:my|our) (?:neighbours?|next door neighbours?|mums?|moms?|sisters?|brothers?|nans?"
        r"|grans?"
        r"|friends?|parents|aunts?|uncles?))\b"
        r"|(?:just )?in case (?:im|i am|i m) not (?:around|here|alive) (?:to (?:do|feed|walk|look"
        r" after|see to) (?:it|him|her|them))?(?= *(?:[.!?;,\n]|$))",
        PLAN,
        BYE,
        requires=r"\b(?:sorted|for good|permanently|forever|it isnt|it is not|its not|it wasnt"
        r"|sort of|happier there|better off|wont need|in case|not around|not be here)\b",
        requires_across=True,
        unless=r"\b(?:holiday|vacation|trip|away for|while (?:im|i am|i m)|fortnight|week away"
        r"|back (?:on|in|next)|shift|nights|hospital stay|op|operation|surgery|parcel|package"
        r"|spare key|keys|cake|cookies|biscuits|leftovers|veg|vegetables|eggs|jam|courgettes"
        r"|tomatoes|birthday|christmas|present|card|flowers|lift|car)\b",
    ),
    _rule(
        "r4b-voice-says-jump",
        "jump|do it",
        r"(?:voices?|thoughts?|one of them|my head|my brain|it|he|she)(?: \w+){0,4}?(?= (?:saying"
        r"|says|tells me|telling me|told me|keeps? (?:saying|telling me|going|whispering)"
        r"|going|whispers|whispering|shouting|screaming|chanting)(?: that)?(?: i should| me to"
        r"| to| i have to| i need to| i must)? (?:jump|do it)(?: jump)*"
        r"(?= *(?:[.!?;,\n]|$| and| tonight| now| again| louder)))",
        SI,
        negatable=False,
        requires=r"\b(?:voices?|in my head|louder|loud|convincing|window|balcony|bridge|edge|roof"
        r"|ledge|tonight|awake|still saying|wont stop|racing|nightmare|dream)\b",
        unless=r"\b(?:coach|instructor|trampoline|pool|dive|diving|skydiv\w*|bungee|parachute"
        r"|game|chance|gun|queue|marathon|apply|job|ask (?:her|him|them) out|buy|order|shoes"
        r"|tattoo|haircut|sign up|text (?:her|him)|in the lake|in the sea|into the sea|lol|haha"
        r"|rope|skipping|hurdles?|puddles?|song|lyrics|film|movie)\b",
    ),
    _rule(
        "r4b-their-goodbye-then-silence",
        "goodbye|goodnight forever|loves|love us|love me|love you|love everyone"
        "|sorry for everything|sorry and|sleep forever|locked",
        r"(?:said|says|saying|sent|texted|messaged|whispered) (?:me )?(?:\w+ ){0,6}?(?:goodbye"
        r" (?:to me )?through the door|goodnight forever|goodbye forever|(?:he|she|they) loves?"
        r" (?:everyone|us all|you all|us|me)|(?:hes|shes|theyre|he is|she is) sorry (?:for"
        r" everything|and (?:he|she|they) loves? (?:everyone|us|me|you all)))\b"
        r"|(?:something|stuff|pills|tablets) to (?:help|make) (?:her|him|them) sleep forever\b"
        r"|locked (?:herself|himself|themselves|themself) in (?:the|her|his|their) (?:bathroom"
        r"|toilet|loo|room|car|garage|shed)\b[^.!?]{0,60}\b(?:blood|goodbye|wont answer|not"
        r" answering|wont open|pills|knife|blade|razor|rope|silent|gone quiet)\b"
        r"|(?:been )?locked in (?:the|her|his|their) (?:bathroom|toilet|loo)(?: \w+){0,4}?"
        r"[^.!?]{0,40}? (?:theres|there is|with) blood\b",
        SI,
        requires=r"\b(?:answer\w*|picking up|pick up|hung up|hangs up|phone off|no reply|silence"
        r"|silent|quiet|slurr\w*|bridge|canal|river|towpath|away|door|blood|pills|taken|overdose"
        r"|not replying|phones? (?:is |s )?(?:off|dead)|phones off)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|film|movie|show|series|episode|book|novel|game|joke|prank"
        r"|drama queen|teenager|sulk\w*|tantrum|makeup|make up|facetime|phone call with)\b",
    ),
    _rule(
        "r4b-abuser-with-the-child-now",
        "with him|with them|with my uncle|with my grandad|with my grandpa|with my stepdad"
        "|with my dad|with my father|with my abuser|with grandad|with grandpa|babysit"
        "|sleeping over|staying at|staying with|at grandpas|at grandads|at his|look after"
        "|alone with|into her room|into his room|into their room|secret game|back in",
        r"(?:shes|hes|theyre|she is|he is|they are|kids are|kids|children are|are|is|cousins|nieces"
        r"|nephews|sisters|brothers|daughters|sons) (?:\w+"
        r" ){0,4}?(?:with (?:him|them|my (?:uncle|grandad|grandpa|stepdad|dad|father|abuser))"
        r"|at (?:grandpas|grandads|his (?:place|house|flat))|babysitting|sleeping over|staying"
        r" (?:at|with) (?:him|his|grandpas|grandads|my uncles|them))(?: \w+){0,4}? (?:right now"
        r"|now|tonight|this weekend|for the weekend|for a week|all week|till \w+day)\b"
        r"|(?:letting|let|lets|left|leaving|leave) (?:my )?(?:abuser|him|grandad|grandpa|my uncle"
        r"|my stepdad|my dad) (?:babysit|look after|alone with) (?:\w+ ){0,3}?(?:kids"
        r"|children|daughter|son|niece|nephew|sister|brother|grandkids|grandchildren)\b"
        r"|(?:left|leaving|leave) (?:them|her|him|the kids|my kids) (?:alone )?with (?:him|my"
        r" abuser|grandad|grandpa)\b"
        r"|(?:comes?|came|coming|goes|going) into (?:her|his|their) room at night\b"
        r"|(?:plays?|playing) (?:a |the )?secret game with (?:her|him|them)\b"
        r"|(?:letting|let|lets) him (?:move|moving|come|coming) back in\b",
        DANGER,
        requires=r"\b(?:abuser|abused|abuse|what he did|did (?:it|this|that|things) to me|the one"
        r" who (?:did|hurt|abused|touched)|same (?:words|thing|game)|touched me|that (?:grandpa"
        r"|grandad|uncle|man)|secret game|nobody (?:listens|believes)|(?:she|he)s (?:\d+|six"
        r"|seven|eight|nine|ten|eleven|twelve)|(?:im|i am|is|aged?) (?:1[0-7]|\d|six|seven|eight"
        r"|nine|ten|eleven|twelve)|prison|reported"
        r"|police|being dramatic|dont believe me)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|film|movie|book|novel|story|game night|board game|video game)\b",
    ),
    _rule(
        "r4b-hands-on-the-child",
        "hands on|into her|into his|into their|into my|me again",
        r"(?:put|puts|putting|had|has|got) (?:his|her) hands on (?:my|her|our|his) (?:\d+ year old"
        r" |little |baby |young )?(?:daughter|son|niece|nephew|sister|brother|kid|kids|child"
        r"|children|granddaughter|grandson|girl|boy)(?= *(?:[.!?;,\n]|$| when| while| at| in"
        r" the| again| last))"
        r"|(?:he|hes|he still|stepdad|dad|grandad|grandpa|uncle) (?:still |keeps )?(?:comes?"
        r"|coming|goes|going|gets|getting|got|came) into (?:her|his|their|my sisters|my brothers)"
        r" (?:bed)?room at night(?= *(?:[.!?;,\n]|$| now| again| when| while))"
        r"|(?:stepdad|dad|mum|mom|stepmum|stepmom|father|mother|brother|he|she|boyfriend"
        r"|husband|partner|uncle|grandad) (?:hit|hits|punched|kicked|slapped|beat|strangled"
        r"|choked) me again(?= *(?:[.!?;,\n]|$| tonight| today| last night| this morning| but"
        r"| and))",
        DANGER,
        unless=r"\b(?:shoulders?|head|to (?:stop|help|steady|catch|hold|bless)|bless\w*|pray\w*"
        r"|heal\w*|lol|haha|film|movie|book|story|game|cat|dog|check\w*|tuck\w*|nightmares?"
        r"|monitor|feed\w*|comfort\w*|read\w*|pillow|snowball|ball|joke|playing|play)\b",
    ),
    _rule(
        "r4b-hands-on-my-throat",
        "throat|neck",
        r"(?:grabbed|grabs|grabbing|grab|squeezed|squeezes|squeezing|choked|chokes|choking"
        r"|strangled|strangles|strangling|pinned|pins) (?:me by )?(?:my|the) (?:throat|neck)\b"
        r"|(?:had|has|put|puts) (?:his|her|their) hands? (?:round|around|on) my (?:throat|neck)\b",
        DANGER,
        unless=r"\b(?:dream\w*|nightmare|film|movie|show|game|wrestl\w*|bjj|judo|jiu jitsu|mma"
        r"|martial|sparring|training|class|massage|physio|chiropractor|doctor|gp|scarf|collar"
        r"|tie|necklace|lol|haha|my cat|the cat|the dog|kitten|puppy|baby|toddler|when i was"
        r"|as a kid|years ago|used to|hug\w*)\b",
    ),
    _rule(
        "r4b-threat-at-the-door",
        "kick|break|smash|bash|knock|hammering|banging|pounding|trying the|trying my|outside",
        r"(?:says|saying|said|threatening|threatens|swears|swearing|shouting) (?:that )?(?:hell"
        r"|he will|hes going to|hes gonna|to|they will|theyll|shell) (?:kick|break|smash|bash"
        r"|knock) (?:(?:the|my) (?:front |back |bedroom )?(?:door|window)|it) (?:in|down)\b"
        r"|(?:hammering|banging|pounding|kicking) (?:on|at) (?:my|the) (?:bedroom |front |back )?"
        r"(?:door|window)\b"
        r"|(?:someone|somebody|a man|a guy|theres someone|he|hes|they) (?:\w+ ){0,5}?trying (?:the"
        r"|my) (?:front |back |kitchen |bedroom |patio )?(?:door|window|handle)s?\b"
        r"|(?:hes|shes|theyre|he is|she is|they are|ex is|abuser is|dad is|stepdad is|husband is"
        r"|boyfriend is|partner is|theres a (?:man|car|van)|the car is) outside (?:the"
        r" (?:refuge|shelter|house|flat)|my (?:house|flat|door|window|work)|again)\b",
        DANGER,
        requires=r"\b(?:drunk|scared|terrified|shaking|alone|on my own|if i dont|believe him"
        r"|ringing|since \d+|locked|hiding|upstairs|police|minutes|refuge|shouting my name|my"
        r" name|found my|same (?:plate|car)|abuser|ex|restraining|injunction|did all this"
        r"|kill|hurt me|hit me)\b",
        requires_across=True,
        unless=r"\b(?:delivery|postman|parcel|courier|amazon|neighbours? (?:party|music)|builders?"
        r"|film|movie|game|dog|cat|puppy|kids?|toddler|son|daughter|locked (?:myself )?out"
        r"|lost (?:his|her|my) keys|forgot (?:his|her|my) keys|lol|haha|uber|taxi|lift|pick me"
        r" up|waiting for me|carol\w*|trick or treat\w*|jehovah|salesman|for ages)\b",
    ),
    _rule(
        "r4b-weapon-for-him",
        "knife|hammer|bat |machete|crowbar|blade|skull|head in|face in",
        r"(?:bringing|bring|taking|take|got|grabbed|have|ive got|holding|with) (?:a|the|my)"
        r" (?:knife|hammer|bat|machete|crowbar|blade)(?: in my hand)?\b"
        r"|(?:smash|cave|bash|kick|stove) (?:his|her|their) (?:skull|head|face) in\b",
        DANGER,
        requires=r"\b(?:if (?:he|she|they) (?:turns? up|shows? up|comes?|touch\w*)|swear to god"
        r"|i swear|wont let (?:him|her|them)|going down|kill (?:him|her|them)|stab\w*|smash\w*"
        r"|his skull|her skull|for (?:him|her|them)|at (?:him|her|them))\b",
        requires_across=True,
        unless=r"\b(?:cook\w*|kitchen|bbq|diy|shelf|shelves|nail|nails|picture|tent|camping"
        r"|fishing|cricket|baseball|softball|rounders|lol|haha|carving|pumpkin|cake|bread"
        r"|steak|game|film|movie|book|story|nightmare|dream)\b",
    ),
    _rule(
        "r4b-not-a-figure-of-speech",
        "not a figure|not as a figure|not a metaphor|not an exaggeration|thought about exactly"
        "|thought about precisely|planned exactly|worked out exactly|figured out exactly"
        "|planned precisely|worked out precisely|figured out precisely|i mean it literally"
        "|i mean that literally|literally mean",
        r"not (?:a |as a |an )?(?:figure of speech|metaphor|exaggeration)\b"
        r"|(?:i|ive|i have) (?:thought about|planned|worked out|figured out) (?:exactly"
        r" |precisely )how\b"
        r"|i mean (?:it|that) literally\b|literally mean\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:going to|gonna|ill|i will|im going to|i am going to) (?:kill|stab|murder"
        r"|hurt) (?:him|her|them|my \w+)\b",
        requires_across=True,
    ),
    _rule(
        "r4b-scared-i-will-hurt-the-baby",
        "baby|newborn|infant|toddler",
        r"(?:want|wanted|urge|urges|going|gonna|feel like i could) to (?:hit|hurt|shake|smother"
        r"|throw|harm) (?:my|the|our) (?:baby|newborn|infant|toddler)\b(?! (?:a|an|some|her|his"
        r"|the)\b)",
        DANGER,
        negatable=False,
        requires=r"\b(?:scared|afraid|terrified|worried|frightened) (?:that )?i (?:actually |really"
        r" )?(?:will|am going to|m going to|im going to|actually might)\b|\bcant trust myself\b"
        r"|\bgoing to snap\b|\bcant stop myself\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|by accident|accidentally|sleep deprived joke|feelings)\b",
    ),
    _rule(
        "r4b-letting-go-tonight",
        "letting go|giving in|let go",
        r"(?:im|i am|i m|time to|ready to|going to|gonna) (?:just )?(?:letting go|giving in|let"
        r" go)(?= *(?:[.!?;,\n]|$| tonight| now| for good| this time))",
        SI,
        requires=r"\b(?:no point|stop|done|tired of|sick of|cant|can not) (?:\w+ )?(?:fighting"
        r"|fight|holding on|hold on)\b|\bfighting it\b",
        requires_across=True,
        unless=r"\b(?:grudge|resentment|anger|past|control|expectations|perfection\w*|of it"
        r"|the wheel|the rope swing|meditat\w*|yoga|therapy|lesson|balloon)\b",
    ),
    _rule(
        "r4b-wake-me-when-its-over",
        "wake me",
        r"wake me (?:up )?when (?:its|it is|this is|all this is|it s|everything is) over\b",
        SI,
        requires=r"\bor (?:dont|not)\b|\bpreferably (?:dont|not)\b|\bbetter (?:yet )?(?:dont"
        r"|not)\b|\bdont bother\b|\bactually dont\b",
        requires_across=True,
    ),
    _rule(
        "r4b-goodbye-little-bot",
        "goodbye|bye|farewell|take care|look after",
        r"(?:goodbye|bye|farewell|take care of yourself|look after yourself|take care)"
        r" (?:little|dear|lovely|sweet|old|my|kind) (?:bot|robot|chatbot|app|ai|friend)"
        r"(?= *(?:[.!?;,\n]|$| x))",
        BYE,
        weak=True,
        unless=r"\b(?:for now|tomorrow|tonight|later|see you|see ya|talk soon|next week|back"
        r"|again|morning|night night|till|until|bedtime|sleep|lol|haha)\b",
    ),
    _rule(
        "r4b-planning-my-exit",
        "my exit|my way out|my ending|my departure",
        r"(?:planning|plan|planned|plotting|arranging|arranged) my (?:exit|way out|ending"
        r"|departure)(?= *(?:[.!?;,\n]|$| not| from (?:life|this|here|everything)))",
        SI,
        PLAN,
        unless=r"\b(?:job|work|company|role|career|marriage|relationship|market|trade|position"
        r"|house|flat|party|stage|band|team|club|group|chat|twitter|social|contract|lease"
        r"|tenancy|course|uni|school|scene|script|novel|story|character|game|escape room)\b",
    ),
    _rule(
        "r4b-thought-about-how",
        "thought about|thought through|worked out|figured out|looked up|researched|googled"
        "|planned|decided how",
        r"(?:(?P<p1>ive|i have|i)|weve) (?:thought about|thought through|worked out|figured out"
        r"|looked"
        r" up|researched|googled|planned) (?:exactly |precisely |just |roughly )?how"
        r"(?= *(?:[.!?;,\n]|$| anyway))"
        r"|(?:hes|shes|he has|she has) (?:worked out|figured out|planned|decided) how (?:hed|shed"
        r"|he d|she d|he would|she would|to) do it\b",
        SI,
        PLAN,
        requires=r"\b(?:burden|die|dying|dead|death|kill|not here|wasnt here|not be here|end it"
        r"|rather die|suicide|gone|overdose|not around|out of the way|care home)\b",
        requires_across=True,
        unless=r"\b(?:recipe|cook\w*|fix\w*|assembl\w*|install\w*|repair\w*|knit\w*|bake|baking"
        r"|garden\w*|lol|haha|game|level|boss)\b",
    ),
    _rule(
        "r4b-politely-stop-existing",
        "to stop exist|to not exist|to end it|to end my|to die|to be dead|to not be here|stop being"
        "|out of|breathe easier|better off|be happier|be relieved|save them|save everyone"
        "|if im gone"
        "|if i am gone|if i was gone|if i were gone|if i was dead|if i were dead|if im dead"
        "|if i am dead|stop surviv|for everyone|for everybody|for them|for all|for my family"
        "|for the family|wish"
        "|stop period|stop full stop",
        r"(?P<p1>id|i would|i d) (?:\w+ )?(?:like|prefer|love) to (?:stop existing|not exist|end it"
        r"(?: all)?|end my (?:life|existence)|die|be dead"
        r"|not be here(?: anymore)?)(?= *(?:[.!?;,\n]"
        r"|$| now| politely| quietly| please| if| soon| tonight| permanently))"
        r"|(?:(?P<q1>ill|i will|im going to|i am going to)|gonna) stop being (?:a|the|your"
        r"|everyones"
        r"|their) (?:problem|burden|inconvenience|nuisance|drain)(?= *(?:[.!?;,\n]|$| on \w+day"
        r"| soon| tonight| permanently| for good| forever| this week))"
        r"|out of (?:everyones|your|their|the familys"
        r"|everybodys) hair(?: \w+)?(?: ,)? (?:permanently"
        r"|for good|forever)\b"
        r"|(?:breathe easier|be better off|be happier|be relieved|save (?:them|everyone) (?:\w+"
        r" ){0,3}?(?:money|time))(?: \w+){0,3}? if (?:[\w()]+ ){0,4}?(?:i|me|me \)) (?:just "
        r"|quietly )*"
        r"(?:disappeared|vanished|was gone|were gone|wasnt here|werent here|didnt exist|died)\b"
        r"|if (?:im|i am|i was|i were) (?:gone|dead)(?: \w+){0,2}? (?:theyll|they will|theyd"
        r"|they would|people will|people would|everyone will|everyone would|hell|shell|hed|shed)"
        r" (?:finally |actually )?(?:believe|listen|notice|care|understand|be sorry|regret)\b"
        r"|if (?:i was|i were|im) dead (?:he|she|they) (?:couldnt|wouldnt|cant|could not"
        r"|would not|can not) (?:\w+ )?(?:get at|hurt|touch|reach|find)\b"
        r"|(?:want|wanna|need) to stop (?:period|full stop|surviving)(?= *(?:[.!?;,\n]|$))"
        r"|(?:better|easier) for (?:everyone|everybody|them|all|my family|the family|all of them)"
        r"(?: \w+)? if i (?:just |quietly |simply )*(?:disappear|disappeared|vanish|vanished"
        r"|was gone|were gone|wasnt here|werent here|wasnt around|didnt exist|died|was dead"
        r"|stopped existing)\b"
        r"|wish (?:\w+ ){0,3}?(?:that )?(?:id|i would|i d|i could) (?:just )?(?:stop existing"
        r"|not exist|cease to exist)\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:week|weekend|holiday|trip|work|month|for a day|for an hour|move|moving"
        r"|moved|flat|house|job|uni|college|get a job|pay|rent|lol|haha|smok\w*|vap\w*|drink\w*"
        r"|game|level|respawn)\b",
    ),
    _rule(
        "r4b-goodnight-forever",
        "goodbye forever|bye forever|goodbye x|made my peace"
        "|goodbye tour|in little ways|in small ways|in quiet ways|in secret ways|in subtle ways"
        "|thats me done",
        r"(?:goodbye|bye) forever(?= *(?:[.!?;\n]|$| x+| everyone| all| world| guys| then))"
        r"|goodbye x+(?= *(?:[.!?;,\n]|$))"
        r"|(?P<p1>ive|i have) made my peace(?= *(?:[.!?;,\n]|$| now| with (?:it all|everything|life"
        r"|dying|leaving)))"
        r"|(?:a|my|like a) goodbye tour\b"
        r"|saying goodbye to (?:people|everyone|everybody|friends|them) in (?:little|small|quiet"
        r"|secret|subtle) ways\b"
        r"|thats me done(?= *(?:[.!?;,\n]|$))",
        BYE,
        weak=True,
        unless=r"\b(?:cigarettes?|smok\w*|vap\w*|fags|drink\w*|booze|sugar|job|office|boss"
        r"|school|exams?|uni|ex|twitter|facebook|instagram|tiktok|social media|diagnosis"
        r"|divorce|lol|haha|for the day|for today|for now|for the night|for the week|shift"
        r"|homework|essay|see you|tomorrow|bed|gym|workout|reps|laps)\b",
    ),
    _rule(
        "r4b-goodnight-forever-strong",
        "goodnight forever|good night forever",
        r"(?:goodnight|good night) forever(?= *(?:[.!?;\n]|$| x+| everyone| all| world| guys"
        r"| then| my))",
        BYE,
        SI,
        unless=r"\b(?:cigarettes?|smok\w*|vap\w*|lol|haha|game|song|lyrics|film|movie|book)\b",
    ),
    _rule(
        "r4b-means-out-in-front-of-me",
        "tablets|pills|razor|blade|knife|rope|belt|lighter|scissors|bottle",
        r"(?:(?P<p1>ive got|i have|ive|i got)|got|have) (?:the|my) (?:tablets|pills|razor|blade"
        r"|blades"
        r"|knife|rope|belt|lighter|scissors) out(?= *(?:[.!?;,\n]|$| and| again| now| tonight"
        r"| in front| on the))"
        r"|(?:brought|took|taking|bringing|have|got) (?:the|my) (?:razor|blade|knife|pills"
        r"|tablets) (?:in too|in with me|into the bath\w*|in the bath\w*)(?: too| with me)?"
        r"(?= *(?:[.!?;,\n]|$))"
        r"|went (?:straight |right )?for the (?:scissors|razor|blade|knife|lighter)\b"
        r"|(?:been|keep|kept|sitting|sat|(?P<q1>im|i am|i was|ive been)) (?:\w+ )?(?:looking"
        r"|staring)"
        r" at (?:the|my|a) (?:pills|tablets|razor|blade|rope|knife|bottle)(?= *(?:[.!?;,\n]|$"
        r"| for (?:an hour|hours|ages|\w+ minutes|a while|a long time)| again| now| tonight))",
        SH,
        PLAN,
        requires=r"\b(?:sorry|shaking|dont know what to do|wobble|bath|blood|bleed\w*|cut\w*"
        r"|arm|wrists?|skin|not fine|hour|hours|minutes|ages|long time|tonight|again|make it go"
        r"|stop|woke|nightmare|flashback)\b",
        requires_across=True,
        unless=r"\b(?:shav\w*|legs|beard|cook\w*|bake|baking|kitchen|dinner|chopping|craft\w*"
        r"|wrapping|gym|hiking|camping|fishing|vitamins|sort\w*|organis\w*|count\w*|dosette"
        r"|pill organiser|wine|beer|whisky|vodka|gin|prosecco|label|amazon|online|vet|dog|cat"
        r"|price|shop|pharmacy|hair|fringe|paper|cardboard|fabric|tape|present|candles?"
        r"|birthday|lol|haha)\b",
    ),
    _rule(
        "r4b-decided-and-waiting",
        "decided|made up my mind",
        r"(?P<p1>ive|i have|i|im|i am) (?:already |finally |now )?(?:decided|made up my mind)"
        r"(?= *(?:[.!?;,\n]|$))",
        SI,
        requires=r"\b(?:too late|waiting (?:till|until)|(?:house|everyone|they) (?:is |are )?"
        r"asleep|cant (?:talk|change) me|dont try|no one can stop|nobody can stop|made my peace"
        r"|carry this|another year|last one)\b",
        requires_across=True,
        unless=r"\b(?:wedding|dress|outfit|holiday|trip|job|offer|course|uni|university|house"
        r"|flat|car|name|baby name|colour|paint|menu|dinner|cake|hair|tattoo|divorce|break up"
        r"|leave him|leave her|quit)\b",
    ),
    _rule(
        "r4b-not-them-to-find-me",
        "find me",
        r"(?:never|not|dont|wouldnt|would never|do not|didnt) (?:\w+ )?(?:want|let) (?:the kids"
        r"|my kids|the children|my children|my \w+|them|her|him|anyone|my family|mum|dad)"
        r" (?:to )?(?:be the (?:one|ones) to )?find me(?= *(?:[.!?;,\n]|$| like (?:that|this)"
        r"| first| there| here| after))",
        SI,
        PLAN,
        negatable=False,
        unless=r"\b(?:smok\w*|vap\w*|drunk|crying|hiding|hide and seek|game|party|surprise"
        r"|present|gift|naked|messy|mess|like this (?:state|mess)|lol|haha)\b",
    ),
    _rule(
        "r4b-vehicle-welcome",
        "hit by|run over|welcome a|welcome the|hit me|river|sea |lake|canal|harbour|quarry"
        "|reservoir|cliff|pier|dock|into something|into oncoming",
        r"(?:want|wants|wanna|wanted|wish|wished|hoping|hope|hoped|pray|praying|would like"
        r"|wouldnt mind) (?:to |for |that |i )?(?:get |be |got |was |would get )?(?:hit by"
        r"|run over by)"
        r" (?:a|the) (?:bus|car|train|truck|lorry|van|tram)\b"
        r"|(?:would|d|id|i would|i d) (?:\w+ )?welcome (?:a|the) (?:car crash|crash|accident"
        r"|bus|train|heart attack|stroke)\b(?! (?:course|test|diet|landing|mat|pad|helmet"
        r"|replacement|service|ride|ticket|journey|station|set))"
        r"|if (?:a|the) (?:car|bus|train|truck|lorry|van) hit me (?:\w+ ){0,5}?(?:id|i would"
        r"|i d) (?:thank|welcome|be grateful|be glad|be relieved)\b"
        r"|(?:taking|take|took|drive|driving|drove|put|putting|steer\w*|roll\w*|aim\w*) (?:the"
        r"|my) (?:car|van|truck) (?:straight )?(?:into|off) (?:the|a) (?:river|sea|lake|canal"
        r"|harbour|quarry|reservoir|cliff|pier|dock)\b"
        r"|(?:driving|drive|steering|swerving|crashing|crash) (?:the car |my car )?into"
        r" (?:something|oncoming (?:traffic|lorries|trucks|cars))\b",
        SI,
        hyperbole=True,
        unless=r"\b(?:car wash|parking|reversed|bumper|dent|insurance claim|game|gta|movie|film"
        r"|dream|nightmare|accidentally|nearly hit|almost hit)\b",
    ),
    _rule(
        "r4b-threatened-to-kill-at-home",
        "threaten|hurt|kill|stab|beat |strangle|hit me|hit my|hit her|hit us|hit the kids",
        r"(?:threatening|threatened|threatens|(?:says|said|told me|telling me|keeps saying)"
        r" (?:hes|he is) (?:going|gonna)) (?:to )?(?:hurt|kill|stab|hit|beat|strangle)"
        r" (?:me|my \w+|her|us|the kids)\b"
        r"|(?:said|says|told me|threatened) (?:that )?(?:hed|he would|he d|hell|he will)"
        r" (?:hurt|kill|stab|hit|beat) (?:me|my \w+|her|us|the kids)(?= *(?:[.!?;,\n]|$| if"
        r" i| unless i| when i))",
        DANGER,
        negatable=False,
        requires=r"\b(?:knife|gun|weapon|done it before|hit me|drunk|downstairs|next room"
        r"|locked|scared|hiding|hammering|if i (?:dont|didnt|go|report|tell|leave)|unless i"
        r"|court|police|pictures of|outside)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|lmao|joke|joking|kidding|game|grades|results|mess|phone bill"
        r"|dent|curfew|finds out|find out|sees|broke (?:her|his|the)|late|spoilers?"
        # the writer is the one who "threatened" (over the dishwasher)
        r"|(?:i|ive|i ve|i have|weve|we have) (?:\w+ )?threaten\w*|number of times)\b",
    ),
    _rule(
        "r4b-chair-and-belt",
        "chair|stool|ladder|coming up|coming back up|breath under",
        r"(?:stood|standing|stand|got up) on (?:a|the|my) (?:chair|stool|ladder)(?: \w+){0,5}?"
        r" with (?:the|a|my) (?:belt|rope|cord|cable|noose|scarf|lead|sheet)\b"
        r"|(?:hold|holding|held|practi[cs]e\w*)(?: \w+){0,2}? (?:my )?breath under (?:the )?"
        r"(?:bath |shower |bath water|water)\w*"
        r"|(?:think|thinking|thought) about not coming (?:back )?up\b"
        r"|(?:not|never|im not|wont be|without) coming (?:back )?up(?= *(?:[.!?;,\n]|$| this"
        r" time| again))",
        SI,
        PLAN,
        requires=r"\b(?:belt|rope|cord|cable|noose|not coming|longer|each night|every night"
        r"|think about|thinking about|until|how long|lake|river|sea|water|bath|drown\w*)\b",
        requires_across=True,
        unless=r"\b(?:swim\w*|snorkel\w*|diving|dive|pool|freediv\w*|lesson|training"
        r"|competition|kids|game|stairs|upstairs|downstairs|lift|elevator|basement|cellar"
        r"|curtain|light ?bulb|smoke alarm|shelf|decorat\w*|paint\w*|spider)\b",
    ),
    _rule(
        "r4b-not-alive-by-the-date",
        "not alive|no longer alive|not planning|dont plan|do not plan|not intending|dont intend"
        "|yet|last past|last beyond|last till"
        "|last until|last through|used it|used them",
        r"if (?:im|i am|i m) (?:not|no longer) alive (?:on|by|after|come) (?:the \d+\w*|\w+day"
        r"|the weekend|christmas|new year|the \w+ of \w+)\b"
        r"|(?:not planning|dont plan|do not plan|not intending|dont intend) (?:on being|to be"
        r"|on sticking|to stick|on staying|to stay) (?:around|here|alive)(?: for)?(?: much)?"
        r" (?:longer|more)\b"
        r"|(?:i|im|i am|ill|i will|the strong one|this one|she|he) (?:\w+ ){0,3}?(?:going to |gonna"
        r" |will |is going to )?last (?:past|beyond|till|until|through) (?:christmas|new year"
        r"|the weekend|the \d+\w*|\w+day|tonight|this week|next week|the month|spring|summer"
        r"|autumn|winter|my birthday|easter)(?= *(?:[.!?;,\n]|$))"
        r"|(?:havent|have not|didnt|not) used (?:it|them)(?: \w+)? yet(?= *(?:[.!?;,\n]|$))"
        r"|(?:(?<=used it \. )|(?<=used it , )|(?<=used them \. )|(?<=used them , ))yet"
        r"(?= *(?:[.!?;,\n]|$))",
        SI,
        requires=r"\b(?:knife|knives|razors?|blades?|rope|pills|tablets|belt|strong one|dont think"
        r"|subscription"
        r"|cancel|brother|sister|family|worry|alarm|thanks|goodbye|alive|planning|sorry|bag)\b",
        requires_across=True,
        unless=r"\b(?:job|work|diet|resolution|phone|battery|marriage|relationship|milk|bread|food"
        r"|fridge|plants?|flowers|car|boiler|laptop|budget|money|savings|rent|lease|contract"
        r"|holiday|trip|moving|move|abroad|gym|voucher|gift card|ticket|coupon|lol|haha"
        r"|recipe|paint|tools?|cream|lotion|product|yet to)\b",
    ),
    _rule(
        "r4b-deeper-than-usual",
        "deeper than|get it to stop|get the bleeding|get them to stop",
        r"(?:cut|cutting|went|gone|go) (?:a bit |way |much |too |a lot |quite a bit )?deeper than"
        r" (?:usual|normal|i meant|i wanted|i planned|planned|ever|before|last time)\b"
        r"|(?:cant|cannot|can not) get (?:it|the bleeding|them) to stop(?= *(?:[.!?;,\n]|$))",
        SH,
        requires=r"\b(?:cut|cutting|blade|razor|bleed\w*|blood|arm|wrist|thigh|usual|stop)\b",
        requires_across=True,
        unless=r"\b(?:cook\w*|onion|chopping|kitchen|shav\w*|paper cut|garden\w*|hedge|wood"
        r"|carv\w*|pumpkin|dig\w*|dive|diving|swim\w*|conversation|therapy|session|talk\w*"
        r"|nosebleed|nose bleed|nose|period|hiccups|baby|crying|alarm|dog|barking)\b",
    ),
    _rule(
        "r4b-fade-out",
        "fade out|slip out",
        r"(?:want|wanna|wanting|going|trying) to (?:just )?(?:fade|slip) out(?: quietly| literally"
        r"| for good| completely| forever| of (?:life|existence|the world))?(?= *(?:[.!?;,\n]|$))",
        SI,
        hyperbole=True,
        unless=r"\b(?:music|song|track|video|edit\w*|transition|hair|dye|colou?r|tan|scar|bruise"
        r"|light|screen|party|background|of the (?:party|group|chat|conversation|room)"
        r"|early|door)\b",
    ),
    _rule(
        "r4b-door-barricaded",
        "against the|against my|under the handle|under my handle|under the door|under my door",
        r"(?:dresser|wardrobe|chair|chest of drawers|drawers|sofa|couch|bed|table|desk"
        r"|bookcase|bookshelf) (?:is |are |pushed |wedged |shoved )*(?:up )?(?:against|under)"
        r" (?:the|my) (?:door|handle|bedroom door|front door)\b",
        DANGER,
        requires=r"\b(?:he|him|hes|ex|key|let himself in|scared|cant sleep|terrified|shaking"
        r"|break in|outside|drunk|dad|stepdad|husband|boyfriend|partner)\b",
        requires_across=True,
        unless=r"\b(?:room|space|redecorat\w*|paint\w*|feng shui|draught\w*|cat|dog|puppy|kids"
        r"|toddler|rearrang\w*|moving|move|delivery|new flat|wind|storm|ghost|film|movie|lol"
        r"|haha)\b",
    ),
    _rule(
        "r4b-how-quiet-it-would-be",
        "how quiet|how peaceful|how still|how calm",
        r"(?:think|thinking|imagine|imagining|picture|picturing|about) (?:about )?how (?:quiet"
        r"|peaceful|still|calm) it (?:would|d|will|could|might) be\b",
        SI,
        requires=r"\bno me\b|\bforever\b|\bfor good\b|\bnot being here\b|\bif i (?:was|were)"
        r" gone\b|\bwithout me\b|\bdead\b|\bnever waking\b",
        requires_across=True,
        unless=r"\b(?:kids|holiday|trip|cabin|retire\w*|lol|haha|neighbours? (?:moved|left)"
        r"|library|countryside|beach|if they moved)\b",
    ),
    _rule(
        "r4b-everything-ready-there",
        "everything ready|everything set|everything prepared|everything laid|everything sorted"
        "|it all ready|it all set|it all prepared|it all laid|it all sorted"
        "|all i want|all i wanna|all i can think|what happens",
        r"(?:got|have|ive got|ive) (?:everything|it all) (?:ready|set up|prepared|laid out|sorted)"
        r" in the (?:garage|shed|car|bathroom|loft|attic|woods|garden|van)(?= *(?:[.!?;,\n]|$))"
        r"|all i (?:want|wanna|can think about)(?: to do)?(?: is)? (?:to )?(?:cut|burn|bleed"
        r"|hurt myself)(?= *(?:[.!?;,\n]|$| again| so bad| tonight| right now))"
        r"|what happens (?:to (?:your|my|a) body )?if (?:you|i|someone|u) (?:take|took|swallow\w*"
        r"|ods?|overdose\w*) (?:like |about |around |maybe )?(?:[2-9]\d|\d{3}|twenty|thirty"
        r"|forty|fifty|a hundred) (?:\w+ )?(?:ibuprofen|paracetamol|tablets|pills|aspirin"
        r"|painkillers|sleeping pills|\w+s)\b",
        SI,
        PLAN,
        unless=r"\b(?:party|barbecue|bbq|camping|trip|christmas|birthday|surprise|decorations"
        r"|tools|diy|project|hair|fringe|fabric|paper|wood|cake|dog|cat|horse|vet|for a"
        r" (?:class|project|essay|book)|essay|pharmacology|exam|lol|haha)\b",
    ),
    _rule(
        "r4b-head-against-the-wall",
        "my head against|my head on|my head into",
        r"(?:hitting|hit|banging|banged|bang|smashing|smashed|smash|bashing|bashed|bash|slamming"
        r"|slammed|slam) my head"
        r" (?:against|on|into) (?:the|a|my) (?:wall|floor|door|desk|radiator|sink|mirror)\b",
        SH,
        requires=r"\b(?:split|blood|bleed\w*|bruise\w*|lump|cut|hurt|drown out|ringing|voices"
        r"|keep|kept|until|till|again)\b",
        unless=r"\b(?:code|bug|excel|homework|maths|math|paperwork|bureaucra\w*|trying to"
        r"|council|admin|lol|haha|figurative\w*|metaphor\w*|cupboard door|accident\w*|slipped"
        r"|fell|tripped|ceiling|low beam|beam)\b",
    ),
    # Round-four rule pass, helper C: game and stream exits said of real life; the last thing
    # with its everyday reading ruled out; agreeing with "kys"; jumping if the bet loses; the
    # urge for the blade, hidden marks, hurting more, cutting again (5 languages); pill counts;
    # an aggressor close now, doxxing, the reported one at the door, threats (5 languages); a
    # decision next to an ending; going to hurt someone; ledges; farewells, belongings given
    # away; not waking, voices commanding, mania at a height, pills ready, knowing how, gone
    # tomorrow, ending it plainly, a child near an abuser nobody believes (de/fr/es/nl/ru).
    #
    # A game's way out said of real life: "going afk irl", "ending the run. irl", "not the
    # game. me.", "rage quitting life", "Nicht aus dem Spiel. Aus allem.", "не из доты, из
    # жизни". The clarifier is the head; the game's exit must be near it.
    _rule(
        "r4c-game-exit-irl",
        "irl|in real life|not the game|not the stream|not the match|not the ranked|not the server"
        "|not the app|not the account|not a game|not a stream|not a match|not my game"
        "|not my stream|not my account|not in the game|not in a game|not from the game"
        "|i mean me|aus allem|aus dem leben|uit het leven|uit alles|из жизни|de la vie"
        "|de la vida",
        r"(?:irl|in real life)\b(?! (?:friend|friends|mate|mates|meetup|meet|event|tournament"
        r"|lan|job|work))"
        r"|not (?:the (?:game|stream|match|ranked|server|app|account)|a (?:game|stream|match)"
        r"|my (?:game|stream|account)|in (?:the|a) game|from the game)\b"
        r"(?: (?:me|myself|life|my life))?"
        r"|i mean me\b"
        r"|(?:aus allem|aus dem leben|uit het leven|uit alles|из жизни|de la vie|de la vida)\b",
        SI,
        negatable=False,
        hyperbole=True,
        requires=r"\b(?:afk|despawn\w*|uninstall\w*|rage ?quit\w*|permadeath|permanent\w*"
        r"|game over|log(?:ging)? ?out|logout|log(?:ging)? off|disconnect\w*|respawn\w*"
        r"|end(?:ing)? (?:the|my|this) run|end credits|final boss|boss (?:hit|kill)\w* me"
        r"|1 ?hp|no lives|last life|for good|forever|fur immer|endgultig|voorgoed|voor altijd"
        r"|навсегда|pour de bon|pour toujours|para siempre|uitlog\w*|auslog\w*|logge\w*"
        r"|выйти из игры|nicht aus|niet uit|не из|pas du|no del)\b",
        requires_across=True,
        unless=r"\b(?:brb|dinner|lunch|food|shower|bathroom|toilet|a bit|few min\w*|minutes"
        r"|an hour|break|nap|twitter|discord|server|mods|social media|instagram|tiktok|reddit"
        r"|forum|patch|update|channel|pc|laptop|console|save file|lol|lmao|haha)\b",
    ),
    # A game's death or exit wished for oneself: "wish I could despawn", "rage quitting life",
    # "uninstall myself", "the only respawn I want is none", "time to disconnect for good.
    # got the stuff ready".
    _rule(
        "r4c-game-death-wish",
        "despawn|perma|uninstall|rage quit|ragequit|log out|logout|logging out|log off of"
        "|logging off of|delete me|respawn|disconnect|quit life|quits life|quitting life"
        "|quit living|quitting living|quit existence|quit reality|exit life|exiting life"
        "|exit existence",
        r"(?P<v>want|wanna|wish i could|wish i would|going to|gonna|ready to|time to|thinking"
        r" (?:about|of)|about to|need to|could just) (?:just |finally )?(?:despawn|perma ?die"
        r"|permadeath|uninstall (?:myself|me)|delete (?:myself|me)|log ?out (?:of life|for good"
        r"|permanently|forever)|disconnect (?:for good|permanently|forever))\b"
        r"|(?:rage ?quit(?:ting|s)?|uninstall(?:ing|ed)?|log(?:ging)? (?:out|off) of"
        r"|quit(?:ting|s)?|exit(?:ing)?) (?:life|living|existence|reality)\b"
        r"(?! (?:insurance|coach|lessons|skills|hack|admin))"
        r"|(?:no|the only|dont want (?:a|any|to)) respawn\w*(?: point)?(?: (?:i want|for me|this"
        r" time|is none))"
        r"|(?:despawn|permadeath|perma ?die|uninstall|delete) (?:myself|me) (?:irl|for real"
        r"|forever|for good|permanently)\b",
        SI,
        hyperbole=True,
        requires=r"\b(?:irl|real|me|myself|my life|i want|wish|point|life|ready|stuff|pills|rope"
        r"|exist\w*|alive|anymore|tonight|everyone|none|thats the)\b",
        requires_across=True,
        unless=r"\b(?:twitter|discord|server|mods|social media|instagram|tiktok|reddit|forum"
        r"|patch|update|channel|laptop|console|save file|hair|character|boss fight|timer"
        r"|lobby|queue|match)\b",
    ),
    # The last stream, song or match, with its everyday reading ruled out: "final stream. not
    # a joke, not a stunt", "my last game. and not just of ranked", "told chat it was my last
    # stream, they thought I meant streaming. I didn't", "letztes Lied. Mit allem.", "dernier
    # stream ce soir. Pour de vrai.", "последняя песня. дальше меня не будет". The clarifier is
    # the head; the last thing is named near it.
    _rule(
        "r4c-last-show-not-everyday",
        "not a joke|not a stunt|not a bit|not a drill|not a prank|not a promo|not just|not only"
        "|no joke|not joking|not kidding|like all|all of it|i didnt"
        "|i did not|i meant|mit allem|met alles|alles geregel|todo ordenado|de tout"
        "|con todo|со всем|после|дальше|danach|daarna|apres|despues|after that|after this"
        "|final anything|last anything|y no hablo|меня не|there wont be|there will not be",
        r"not a (?:joke|stunt|bit|drill|prank|promo)\b|no joke\b|not (?:joking|kidding)\b"
        r"|not (?:just|only) (?:of |from |the |my )?(?:\w+)(?= *(?:[.!?,;]|$))"
        r"|like all of it|(?<=[.!?] )i (?:didnt|did not)(?= *(?:[.!?]|$))"
        r"|(?:they|everyone|chat) (?:all )?(?:thought|think|assumed) i meant\b"
        r"|(?:mit|met|со) (?:allem|alles|всем)(?= *(?:[.!?]|$))|alles geregel[dt]|todo ordenado"
        r"|(?:after (?:that|this)|danach|daarna|apres|despues|после этого|дальше) (?:there (?:wont"
        r"|will not) be a me|(?:i|ill) (?:wont|will not) be (?:here|around)|(?:bin ich|gibt es"
        r" mich) nicht mehr|ben ik er niet meer|je (?:ne )?serai (?:plus|pas) la|ya no (?:estare"
        r"|voy a estar)|меня (?:не будет|больше не будет|нет))\b"
        r"|there (?:wont|will not) be a me\b"
        r"|(?:my|the) (?:last|final) anything\b|y no hablo de (?:un|una) (?:viaje|mudanza)",
        SI,
        BYE,
        negatable=False,
        requires=r"\b(?:last|final|letzte\w*|laatste|dernier\w*|derniere|ultim[oa]|последн\w+)"
        r" (?:\w+ )?(?:stream|game|match|song|lied|chanson|cancion|песн\w+|стрим\w*|gig|set"
        r"|video|post|tweet|ranked|run|race|fight|tournament|performance|bet|concert|obra"
        r"|painting|schilderij|tableau|bild|upload|anything|live|broadcast|dance|poem|partido"
        r"|partie|spiel|wedstrijd|матч\w*|игр\w*)\b(?! (?:of (?:the|this)|on (?:this|that|the"
        r"|twitch|youtube)|before|for (?:now|the|this|a while)|until|till|in \d|here|of 20))",
        requires_across=True,
        unless=r"\b(?:of the (?:year|season|tour|day|night|week|series|month)|on (?:this|that|the)"
        r" (?:channel|platform|account)|before (?:i|we) (?:move|switch|go|take)|new channel"
        r"|taking a break|break for|christmas|holiday|vacation|see you|see ya|link in bio"
        r"|next (?:week|month|year|season)|on twitch|to youtube|for now|this year|retir\w*"
        r"|tour|moving to|move to|album|drop|merch|tickets|hiatus|pause|vacances|vacaciones"
        r"|vakantie|urlaub|отпуск\w*|of the evening|tonight only|episode|finale|series|movie"
        r"|film|book|show was|lol|lmao|haha)\b",
    ),
    # Agreeing with those who told the writer to die: "chat spammed kys and I think I'm going
    # to", "the fans said I should die. maybe they're right", "they'd rather have a dead son
    # and I started agreeing". The agreement is the head; the insult is near it.
    _rule(
        "r4c-agree-with-kys",
        "theyre right|they are right|they re right|hes right|he is right|shes right|she is right"
        "|chat is right|chats right|be right|got a point|a point|onto something|i think im"
        "|i think i am|honestly i think|and im going|and i am going|so im going|so i am going"
        "|and im gonna|so im gonna|agree",
        r"(?:theyre|they are|they re|theyve got|they have|they got|they might be|they may be"
        r"|hes|he is|shes|she is|chat is|chats) (?:right|got a point|a point|onto something)\b"
        r"|(?:i think|honestly i think|and|so) (?:im|i am) (?:going to|gonna)(?= *(?:[.!?,]"
        r"|$| tonight| do it| after| listen))"
        r"|(?:started|starting|start|begun|beginning) (?:to )?agree\w* with (?:them|him|her|chat"
        r"|it)\b",
        SI,
        negatable=False,
        requires=r"\b(?:kys|kill (?:your|my|ur) ?self|should (?:just )?(?:die|be dead)(?! (?:my"
        r"|your|ur|his|her|it|the|their))|go die|(?:rather|prefer) (?:have )?(?:a )?dead"
        r"|better off dead|wish (?:i|you) (?:was|were) dead|unalive (?:your|my|ur) ?self"
        r"|telling me to (?:die|end it)|neck (?:your|my|ur) ?self|rope (?:your|ur)self)\b",
        requires_across=True,
        unless=r"\b(?:lol|lmao|haha|reported|blocked|muted|banned)\b",
    ),
    # Losing a bet or a match as the signal to jump or drive to the cliff: "placed my last bet.
    # if it loses I'm jumping", "if this bet doesn't land I know which bridge I'm driving to",
    # "проиграл всё на ставках, завтра выйду в окно".
    _rule(
        "r4c-if-lost-then-jump",
        "jumping|which cliff|which bridge|which roof|which building|which car park"
        "|выйду в окно|выйти в окно|шагну в окно",
        r"(?:im|i am|ill|i will|im gonna|im going to) (?:be )?jumping\b(?! (?:in|into|on|off to"
        r"|around|up|for|at|with|ship|the gun|through|between|rope|castle|back)\b)"
        r"|(?:i know|i already know|i ?ve picked|ive chosen|i know exactly) which (?:cliff|bridge"
        r"|roof|building|car park) (?:im|i am|ill be|to) (?:driving|going|heading|walking) to\b"
        r"|(?:выйду|выйти|шагну|шагнуть) в окно",
        SI,
        PLAN,
        hyperbole=True,
        requires=r"\b(?:bet|bets|parlay|loses|lose|lost|doesnt land|ставк\w*|проиграл\w*"
        r"|долг\w*)\b",
        requires_across=True,
        unless=r"\b(?:trampoline|pool|lake|sea|river|puddle|joy|castle|queue|plane|parachute"
        r"|skydiv\w*|bungee|rope|hurdles|horse|show ?jump\w*|high jump|long jump|one more"
        r"|i swear)\b",
    ),
    # No writer left after a date: "after friday there won't be a me to stream", "there's not
    # going to be a me by spring".
    _rule(
        "r4c-no-me-left",
        "there wont be|there will not be|there wont be|wont be a me|not going to be a me"
        "|not gonna be a me|no more me|no me left",
        r"there (?:wont|will not|isnt going to|is not going to|aint gonna|is not gonna|isnt gonna)"
        r" be (?:a|any) me\b(?! (?:and you|without you|in (?:this|that) (?:team|band|group)))"
        r"|there (?:will be|ll be) no (?:more )?me\b|no me left\b(?! (?:to give|for))",
        SI,
        hyperbole=True,
        unless=r"\b(?:team|band|group|duo|relationship|us|we|couple|without you)\b",
    ),
    # The urge to cut in the body or the hands, or a plea to have the blade taken away: "my
    # wrists keep itching for the razor", "my hands want the blade again", "someone needs to
    # take the razor off me, I can't do it on my own tonight".
    _rule(
        "r4c-blade-urge",
        "razor|blade|sharpener|take the knife|take the pills|take the rope|take my knife"
        "|take my pills|take my rope",
        r"(?P<v>itch\w*|want|wants|wanting|craving|crave|craves|need|needs|keep reaching"
        r"|reaching) (?:for )?(?:the|my) (?:razor|blade|blades|razors|sharpener)\b"
        r"(?! (?:to shave|for (?:my|shaving)|on|refills?|heads?))"
        r"|take (?:the|my) (?:razor|blade|blades|razors|knife|pills|rope) (?:away|off me"
        r"|from me)\b",
        SH,
        negatable=False,
        requires=r"\b(?:wrists?|hands?|arms?|thighs?|legs?|skin|again|did it|cut\w*|urge\w*"
        r"|little (?:me|one)|part of me|on my own|alone|myself|i cant|tonight)\b",
        requires_across=True,
        unless=r"\b(?:shav\w*|beard|legs are|hairy|stubble|toddler|baby|kid|child|dog|puppy"
        r"|from (?:him|her|them)|kitchen|cooking|craft|box cutter|carpet|lino|stanley)\b",
    ),
    # Marks hidden where nobody looks: "burns on my thighs so no one sees", "I cut where
    # people won't notice".
    _rule(
        "r4c-hidden-marks",
        "so no one|so nobody|so noone|where no one|where nobody|where noone|so people|where people"
        "|so my|where my|so anyone|where anyone",
        r"(?:cuts?|burns?|cutting|burning|marks?|scratch\w*|scars?|bruises?) (?:on|into|to) my"
        r" (?:thighs?|hips?|stomach|belly|upper arms?|arms?|legs?|wrists?|ribs|sides?|feet)"
        r" (?:so|where) (?:no ?one|nobody|people|anyone|my (?:mum|mom|dad|parents|wife|husband"
        r"|partner|family)) (?:\w+ )?(?:can|will|would|wont|cant|doesnt|dont)? ?(?:see|sees|notice"
        r"|notices|find|finds|ask|asks)\b"
        r"|(?:i )?(?:cut|burn|scratch) (?:myself )?(?:where|so) (?:no ?one|nobody|people)"
        r" (?:can|will|would|wont|cant) (?:see|notice)\b",
        SH,
        negatable=False,
        unless=r"\b(?:tattoo\w*|birthmark|surgery|operation|stretch marks|cellulite|eczema"
        r"|psoriasis|acne|sunburn|wax\w*|years ago|used to)\b",
    ),
    # Hurting oneself to hurt more: "broke my knuckles on the locker and I want to do the other
    # hand too", "I want it to hurt more".
    _rule(
        "r4c-want-it-to-hurt",
        "hurt more|hurt worse|hurt longer|the other",
        r"(?P<v>want|wanted|need|needed|wanna) (?:it|them|this) to hurt (?:more|worse|longer)\b"
        r"|(?P<v2>want|wanna|going to|gonna) (?:to )?do the other (?:hand|arm|wrist|leg|side)"
        r" too\b",
        SH,
        negatable=False,
        requires=r"\b(?:punch\w*|knuckles?|hit\w*|cut\w*|burn\w*|wall|locker|door|fist\w*"
        r"|bleed\w*|blood|bruis\w*|broke|broken|smash\w*|myself)\b",
        requires_across=True,
        unless=r"\b(?:gym|workout|leg day|training|stretch\w*|massage|tattoo\w*|wax\w*|nails"
        r"|manicure|paint\w*|henna|sunscreen|cream|lotion|spray tan)\b",
    ),
    # Cutting or burning oneself again, in five languages: "me estoy quemando otra vez", "j'ai
    # recommencé à me couper", "ik kras weer in mijn arm", "опять режусь", "me acabo de cortar
    # otra vez", "ik heb vanmiddag weer in mijn arm gesneden".
    _rule(
        "r4c-xl-harm-again",
        "me estoy|me acabo|me volvi|me vuelvo|me sigo|recommence|je continue|continue a|je me"
        "|weer|opnieuw|nog steeds|опять|снова|режусь|режу себя",
        r"me (?:estoy|acabo de|volvi a|vuelvo a|sigo) (?:\w+ )?(?:cortar|cortando|quemar|quemando"
        r"|lastimar|lastimando|rasgu\w+)\b(?! (?:el|la|los|las|un|una|con el cuchillo de cocina"
        r"|cocinando|el pelo|las unas))"
        r"|(?:recommence\w*|je continue|continue) a me (?:couper|scarifier|bruler|mutiler|griffer)"
        r"|je me (?:coupe|scarifie|brule|mutile) (?:encore|a nouveau|de nouveau|tous les soirs"
        r"|chaque soir)"
        r"|(?:ik )?(?:kras|snij|brand) (?:\w+ )?(?:weer|opnieuw|nog steeds) (?:\w+ )?(?:in|op)"
        r" (?:mijn|m) (?:arm|armen|been|benen|pols|polsen|huid|dijen|dij|buik)\b"
        r"|heb (?:\w+ ){0,2}?(?:weer|opnieuw) (?:in|op) (?:mijn|m) (?:arm|armen|been|benen|pols"
        r"|polsen|huid|dijen|dij|buik) (?:gesneden|gekrast|gebrand)\b"
        r"|(?:опять|снова) (?:режусь|резала?сь|резался|порезала?сь|порезался|жгу себя"
        r"|режу себя|царапаю себя)"
        r"|(?:режусь|режу себя)\b[^.!?]{0,30}\b(?:опять|снова|лезви\w*|бритв\w*|каждый"
        r" (?:вечер|день))",
        SH,
        negatable=False,
        unless=r"\b(?:cocin\w*|cuchillo de cocina|cebolla|pelo|sol|playa|plancha|horno|cuisine"
        r"|cuisin\w*|oignon|soleil|plage|four|keuken|koken|zon|strand|ui|oven|доту|дотк\w*|игр\w*"
        r"|карты|кс|cs|готов\w*|кухн\w*|солнц\w*|пляж\w*)\b",
    ),
    # Whether a number of pills would be enough, or how long they'd take with drink: "would 20
    # of my sleeping pills be enough", "if someone had 40 paracetamol and a bottle of vodka how
    # long would it take", "I keep looking up how much paracetamol".
    _rule(
        "r4c-pill-count-enough",
        "enough|vodka|whisky|whiskey|wine|gin|rum|alcohol|booze|drink|looking up|look up"
        "|looked up|googl|search|stockpil",
        r"(?:would|will|is|are|be|if) (?:(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|a hundred"
        r"|a whole box of|a whole pack of|a whole bottle of|all) )(?:of )?(?:my |his |her |mums"
        r" |moms |dads |the |these |those )?(?:\w+ )?" + _PILL_NOUN + r"\b(?: \w+){0,2}?"
        r" (?:would |will |is |are )?(?:be )?enough\b(?! (?:for (?:the|a|my) (?:week|month|trip"
        r"|holiday|flight|year)|to (?:last|get through|sleep)))"
        r"|(?:[1-9]\d|twenty|thirty|forty|fifty|a (?:box|pack|packet|bottle) of) (?:\w+ )?"
        + _PILL_NOUN
        + r" (?:and|with|plus|washed down with) (?:a |some |half a |the )?(?:bottle of |litre"
        r" of )?(?:vodka|whisky|whiskey|wine|gin|rum|alcohol|booze|drink)\b"
        r"|(?:looking up|look up|looked up|googl\w*|search\w*|search history is)"
        r" (?:\w+ )?\"? ?how (?:much|many) (?:\w+ )?" + _PILL_NOUN + r"\b"
        r"|stockpil\w* (?:\w+ )?(?:\w+ )?" + _PILL_NOUN + r"\b",
        PLAN,
        SI,
        negatable=False,
        unless=r"\b(?:headache|migraine|period pain|cramps|toothache|for the week|for the month"
        r"|prescription|refill|repeat|pharmacy|pharmacist|dog|cat|vet|nurse|ward|patient"
        r"|shortage|lockdown|pandemic|winter supply|travel|trip|holiday)\b",
    ),
    # Someone who threatened or hurt the writer is close by now: "he's in the next room and
    # I'm scared to come out", "I can hear him on the stairs", "he's in the hallway saying he'll
    # set the door on fire", "banging on the stall saying he'll teach me".
    _rule(
        "r4c-aggressor-close-now",
        "next room|hallway|hall |corridor|landing|stairs|downstairs|outside my|outside the"
        "|outside our|banging on|pounding on|kicking the|hammering on|i can hear|can hear",
        r"(?:he|she|they|hes|shes|theyre|my \w+)(?: is| s| are| re| keeps| still)?(?: \w+)?"
        r" (?:in the (?:next room|hallway|hall|corridor|landing)|on the (?:stairs|landing)"
        r"|downstairs|outside (?:my|the|our) (?:flat|house|room|door|window|building|stall"
        r"|cubicle|car))\b"
        r"|(?:banging|pounding|kicking|hammering) (?:on )?(?:the|my) (?:stall|cubicle|car window"
        r"|window|wall)\b"
        r"|(?:i )?can hear (?:him|her|them|my \w+) (?:on the stairs|in the (?:hall|hallway"
        r"|corridor|next room)|downstairs|coming (?:up|back|home))\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:scared|frightened|terrified|afraid|hiding|locked|lock|threat\w*|said (?:hed"
        r"|he would|hell|youre dead)|youre dead|saying (?:hell|hes going|he will|she will|shell"
        r"|theyll)|going to (?:kill|hurt|beat|set|teach|fix|get) \w+|beat (?:it|me)|fists?|knife"
        r"|gun|bat|drunk|drinking|broke|smash\w*|chanting|please|what do i do|help|grabbed"
        r"|throat|hit me|punched|on fire|teach me)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|party|cat|dog|puppy|delivery|parcel|plumber|builder\w*|decorat\w*"
        r"|kids? (?:playing|are playing)|cooking|dinner|birthday|surprise|santa|ghost|film|movie"
        r"|game|noisy|music|hoover\w*|vacuum\w*|" + _THREAT_TRIVIA + r")\b",
    ),
    # The writer's address or door posted with a threat, or "they know where I live" after an
    # assault: "sent me a photo of my front door with 'soon'", "posted my address and 'see you
    # soon'", "прислали мой адрес и фото подъезда".
    _rule(
        "r4c-doxxed-threat",
        "my address|my home address|my street|my front door|my door|my house|my flat"
        "|know where|knows where|know which|knows which|мой адрес|фото подъезда|фото моего",
        r"(?:post\w*|sent|send\w*|messag\w*|shar\w*|leak\w*|put up|publish\w*|dm\w*)"
        r" (?:me )?(?:\w+ ){0,4}?(?:my (?:home )?address|the name of my street|my street"
        r"|(?:a )?(?:photo|pic|picture) of my (?:front )?(?:door|house|flat|building|car))\b"
        r"|(?:they|he|she) (?:all )?(?:know|knows) (?:where i (?:live|work|sleep)|which (?:house"
        r"|flat|door) is mine|my address)\b"
        r"|(?:прислали|выложили|скинули|написали) (?:мне )?(?:мой адрес|фото (?:моего )?подъезда"
        r"|фото моей двери)",
        DANGER,
        negatable=False,
        requires=r"\b(?:soon|see you|gun|knife|coming|tonight|kill\w*|hurt|scared|terrified"
        r"|live alone|parked outside|outside|next time|beat|beaten|attack\w*|assault\w*|вычислил\w*"
        r"|threat\w*|followed|let go|released|приедут|сегодня|убь\w*|жди|ночью)\b",
        requires_across=True,
        unless=r"\b(?:delivery|parcel|package|amazon|courier|wedding|invitation|christmas card"
        r"|postcard|friends?|mum|mom|dad|nan|gran|estate agent|pizza|uber|taxi)\b",
    ),
    # The one the writer reported to the police is waiting at the door: "il sait que j'ai
    # porté plainte", "Hij weet dat ik aangifte heb gedaan", "hab Anzeige gegen ihn erstattet".
    _rule(
        "r4c-xl-after-report",
        "anzeige|plainte|denuncia|aangifte|заявлени|reported him|reported her|reported them"
        "|pressed charges",
        r"(?:(?:ich|je|j|yo|ik|я|i) (?:\w+ ){0,4}?)?(?:anzeige (?:gegen (?:ihn|sie) )?(?:erstattet"
        r"|gemacht|gestellt)|(?:porte|deposer"
        r"|depose) plainte|(?:puse|he puesto|pusiste|presente|he presentado) (?:una |la )?denuncia"
        r"|aangifte (?:\w+ )?(?:gedaan|doen|gedaan heb)|(?:подала?|написала?) заявлени\w*"
        r"|reported (?:him|her|them)(?: to the police)?|pressed charges)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:vor meiner|vor der tur|steht|klingelt|wartet|devant|m ?attend|mattend"
        r"|delante|esperando|afuera|voor mijn|voor de deur|staat|wacht|под дверью|у подъезда"
        r"|жд[её]т|outside|waiting|at my door|weiss wo|weiss dass|sait|sabe|weet|знает|peur"
        r"|angst|miedo|bang|боюсь|scared)\b",
        requires_across=True,
        unless=r"\b(?:vermieter|proprietaire|casero|huisbaas|арендодател\w*|landlord|\w*diebstahl"
        r"|vol|robo|\w*diefstal|inbraak|einbruch|cambriolage|кража|stolen|bike|velo|fiets\w*"
        r"|fahrrad\w*|bici\w*|arbeitgeber|employeur|agent|agente|polizist\w*|policier)\b",
    ),
    # A threat to beat or kill, said now by someone drunk, armed or at the door, in five
    # languages: "zegt dat hij me in elkaar slaat", "sagt, er bringt Mama um", "dice que yo soy
    # la siguiente", "il a dit qu'il allait me défoncer", "грозится меня убить".
    _rule(
        "r4c-xl-threat-now",
        "zegt|zei|dreigt|sagt|droht|dice|dijo|amenaza|dit qu|a dit|il dit|грозит|говорит|сказал",
        r"(?:zegt|zei|dreigt) (?:dat )?(?:hij|ze|zij) (?:me|mij|ons|mama|mijn \w+) (?:\w+ ){0,3}?"
        r"(?:in elkaar (?:slaat|gaat slaan|te slaan)|iets (?:aan gaat doen|aandoet|aan te doen)"
        r"|vermoordt|gaat vermoorden|dood maakt|doodmaakt|pijn (?:gaat )?doet)\b"
        r"|(?:sagt|droht)(?: ,)? (?:dass )?(?:er|sie) (?:\w+ ){0,2}?(?:bringt|bringe|schlagt"
        r"|schlaegt) (?:mich|mama|uns|meine \w+|meinen \w+) (?:\w+ )?(?:um|tot|zusammen)\b"
        r"|(?:dice|dijo|amenaza con) que (?:yo )?(?:soy (?:la|el) siguiente|me va a (?:matar|pegar"
        r"|partir)|va a matar(?:me|nos)|nos va a matar)\b"
        r"|(?:il|elle) (?:a dit|dit|menace) qu ?(?:il|elle) (?:allait|va|vas) me (?:defoncer|tuer"
        r"|buter|frapper|casser la gueule)\b"
        r"|(?:(?:муж|он|она|отец|отчим|брат|сын|жена|мать|парень)\b[^.!?\n]{0,80}?)?(?:грозится"
        r"|угрожает|говорит|сказал\w*)(?: ,)? (?:что )?(?:меня )?(?:убь[её]т|убить|прибь[её]т"
        r"|зарежет)",
        DANGER,
        negatable=False,
        requires=r"\b(?:messer|couteau|cuchillo|mes|нож\w*|betrunken|besoffen|bourre|ivre|borracho"
        r"|dronken|gedronken|пьян\w*|jetzt|gerade|maintenant|ahora|nu|сейчас|vannacht|heute nacht"
        r"|ce soir|esta noche|сегодня|vor|devant|afuera|fuera|voor de deur|deur|tur|puerta|porte"
        r"|за дверью|под дверью|m ?attend|mattend|wartet|attend|espera\w*|wacht|жд[её]т|kuche"
        r"|cuisine|cocina|keuken|кухн\w*|gritando|schreit|crie|hurle|schreeuwt|кричит|peur|angst"
        r"|miedo|bang|боюсь|страшно|durf)\b",
        requires_across=True,
        unless=r"\b(?:film\w*|serie|pelicula|фильм\w*|spiel|jeu|juego|spel|игр\w*|witz|blague"
        r"|broma|grapje|шутк\w*|lol|haha|mdr|jaja)\b",
        reach=100,
    ),
    # A decision or a date, next to an ending: "this is the last one I'll go to. I've decided",
    # "when the season ends I end too. I've made my peace with it", "press F for me. I've
    # decided", "im calmly planning it. date is set", "planned it for the 14th ... end it".
    _rule(
        "r4c-decided-with-end",
        "decided|decision|made my peace|date is|planning it|planned it|set the date"
        "|picked the date|picked a date|chosen the date|chose the date",
        r"(?:ive|i have|i ve|i) (?:(?:already|finally|now) )?(?:decided|made (?:my|the) decision"
        r"|made my peace with it)(?= *(?:[.!?,;]|$| and i| already))"
        r"|(?:the )?date is (?:set|picked|chosen)\b"
        r"|(?:set|picked|chose|chosen) (?:the|a) date\b(?! (?:for (?:the|our|my) (?:wedding|party"
        r"|move|trip|surgery|op|operation)))"
        r"|(?:im|i am) (?:calmly |quietly |carefully )?planning it\b(?! (?:for (?:his|her|their"
        r"|your|the (?:party|wedding|trip))))"
        r"|planned it for (?:the \d+\w*|the \w+th|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|tonight|tomorrow|after)\b",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:last (?:one|time|match|game|day|night|season|week|pride|christmas)"
        r"|i end\b|end (?:it|too|things)|ending it|ending things|press f|not a (?:bit|joke)"
        r"|goodbye|dont try|wont be here|not be here|suicid\w*"
        r"|kill myself|die|dying|dead|deadname\w*|where it started)\b",
        requires_across=True,
        unless=r"\b(?:job|uni|university|course|degree|move|moving|breakup|break up|divorce"
        r"|quit\w*|wedding|dress|name change|baby|vegan|diet|sober|house|flat|car|tattoo|hair"
        r"|school|college|career|offer|retir\w*|surgery|holiday|trip|party|leave (?:him|her)"
        r"|leaving (?:him|her|the team|the club)|transfer|contract|coach\w*|league)\b",
        unless_after=r"\b(?:moving|move|quitting|leaving (?:him|her|them|my job)|going back"
        r"|getting|buying|booking|booked|starting|applying|taking the)\b",
    ),
    # "I'm done." then "goodbye": "I'm done. goodbye x", "the game is over for me. goodbye".
    _rule(
        "r4c-done-then-goodbye",
        "goodbye|bye|farewell",
        r"(?<=[.!?] )(?:goodbye|bye|bye bye|farewell|bye everyone|goodbye everyone)\b"
        r"|(?:im|i am) (?:so |just )?done(?: ,)? (?:goodbye|farewell)\b",
        BYE,
        SI,
        negatable=False,
        requires=r"\b(?:(?:im|i am) (?:so |just |really )?done(?! with (?:this|the|my|that|it)\b)"
        r"|(?:its|it is|the game is) over for me|ive had enough|i cant (?:do this|anymore))\b",
        requires_across=True,
        unless=r"\b(?:see you|see ya|cya|later|tomorrow|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|next week|work|shift|class|homework|essay|exam|job|office"
        r"|meeting|chat|stream|night|sleep|bed|lol|haha|dinner|for today|for now|for the day)\b",
    ),
    # Going now to hurt someone, the wish and the way there said together: "I'm following him
    # to the car park right now. I want to stab him", "I know where he lives, I'm getting in
    # the car, I want to break his skull", "heading there now with a bat".
    _rule(
        "r4c-violence-on-the-way",
        "stab|skull|stops breathing|stop breathing|make him pay|make her pay|make them pay"
        "|cave his|cave her|cave their|smash his|smash her|smash their|break his|break her"
        "|break their|bat |knife|machete|hammer|crowbar",
        r"(?P<v>want|wanna|going|gonna|about|need) (?:to )?(?:stab (?:him|her|them|that \w+)"
        r"|break (?:his|her|their) (?:skull|neck|jaw|legs)|smash (?:his|her|their) (?:head|skull"
        r"|face)|cave (?:his|her|their) (?:head|skull|face) in|make (?:him|her|them) pay(?! for"
        r" (?:dinner|lunch|drinks|the|it|a|coffee|petrol|gas|rent|tickets))"
        r"|(?:punch|kick|beat|hit) (?:\w+ ){0,4}?until (?:he|she|they) (?:stops|stop) breathing)\b"
        r"|(?:heading|walking|driving|going) (?:there|over|round) (?:\w+ )?(?:now )?with (?:a|the"
        r"|my|my \w+s) (?:bat|knife|machete|hammer|crowbar)\b",
        DANGER,
        negatable=False,
        requires=r"\b(?:getting in the car|heading|walking over|walking to|driving (?:over|there"
        r"|to)|on my way|following|right now|waiting for (?:him|her|them)|outside (?:his|her"
        r"|their)|bus stop|car park|know where (?:he|she|they) (?:lives?|works?)|bat|knife"
        r"|machete|hammer)\b",
        requires_across=True,
        unless=r"\b(?:lol|haha|lmao|jk|joking|game|fifa|ranked|in game|boss|npc|spider|wasp|fly"
        r"|mosquito|zombie|pinata|cricket|baseball|softball|rounders)\b",
    ),
    # On a ledge or railing, high up, or standing at the edge longer than one should: "sitting
    # on the hotel window ledge, 14th floor", "he's on the balcony railing with his legs over",
    # "I keep standing at the railing longer than I should", "give me one reason not to".
    _rule(
        "r4c-on-the-ledge",
        "ledge|railing|parapet|balcony rail|edge|reason not to",
        r"(?:sitting|standing|stood|sat|perched|climbed|balancing|hanging) (?:on|onto|over|at"
        r"|outside) (?:the|a|my|his|her) (?:\w+ )?(?:window ledge|ledge|railing|railings"
        r"|parapet|balcony rail)\b"
        r"|(?:standing|stand|stood|stay\w*|sit\w*) (?:\w+ )?(?:at|by|on|near|close to) the"
        r" (?:\w+ )?(?:railing|edge|ledge) (?:longer than (?:i|he|she) should|too long|for ages"
        r"|a bit too long)\b"
        r"|(?:really |too |very |so )?close to the (?:platform )?edge (?:lately|again|every day"
        r"|more and more|at the station)\b"
        r"|(?:give|tell|need|got) (?:me )?(?:one|a single|any|1) (?:good )?reason not to"
        r"(?= *(?:[.!?,]|$| do it| jump| go through| end it))",
        SI,
        PLAN,
        negatable=False,
        requires=r"\b(?:floor|storey|story|legs over|other side|longer than|idk what|dont know"
        r" what|jump\w*|edge|drop|below|one reason|call someone|watching|lost|done|over|top deck"
        r"|car park|roof|bridge|balcony|hotel|station|platform|lately|again|railing)\b",
        requires_across=True,
        unless=r"\b(?:reading|coffee|tea|photo\w*|selfie|sunset|view|cat|pigeon|bird|plant\w*"
        r"|paint\w*|clean\w*|window cleaner|smok\w*|fireworks|party|pub|pint|beer|wine|parade"
        r"|concert|skat\w*|bmx|parkour|climbing wall|gym|buy|order|eat|text (?:him|her)|quit my"
        r" job|my seat|of my seat|lol|haha|knife edge|cutting edge)\b",
    ),
    # Farewell words in five languages, weak (a crisis next to silence or another sign):
    # "machts gut jungs, war schön mit euch", "прощайте, пацаны", "adieu", "on se reverrait
    # pas", "na de wedstrijd zie je me niet meer", "me dijo adiós como si fuera la última vez".
    _rule(
        "r4c-xl-farewell-words",
        "machts|macht s|macht es|lebt wohl|war schon|прощай|adieu|como si fuera|like it was"
        "|se reverr|zie je|zien jullie|zie jullie|no nos|wir sehen|мы больше|выключил",
        r"(?:macht(?:s| s| es) gut|lebt wohl|war schon mit euch)\b|прощай(?:те)?\b|adieu\b"
        r"|como si fuera la ultima vez|like it was (?:the last time|forever|goodbye)"
        r"|(?:qu ?on|on) (?:ne )?se (?:reverrait|reverra) (?:pas|plus|jamais)"
        r"|(?:zie|zien) (?:je|jullie) me (?:niet meer|nooit meer)|no nos (?:volveremos|vamos) a"
        r" (?:volver a )?ver|wir sehen uns (?:nicht mehr|nie wieder)|мы больше не увидимся"
        r"|выключил\w* телефон",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:urlaub|umzug|vacances|demenagement|vacaciones|mudanza|vakantie|verhuizing"
        r"|отпуск\w*|переезд\w*|film\w*|serie|pelicula|фильм\w*|song|chanson|cancion|lied"
        r"|песн\w*|abschlussfeier|ecole|school|schule)\b",
    ),
    # Belongings given away, in five languages, weak; with "where I'm going I won't need them"
    # a crisis: "Wo ich hingeh, brauch ich die nicht mehr", "мне они больше не понадобятся",
    # "he'll get more use out of them than I will where I'm going".
    _rule(
        "r4c-gave-away-things",
        "gave|given|giving|give|handed|weggegeven|verschenkt|geschenkt|donne|regale|раздал"
        "|отдал|подарил",
        r"(?:gave|given|giving|give|handed|handing) (?:away )?(?:all (?:of )?)?(?:my|his|her)"
        r" (?:\w+ ){0,2}?(?:skins|boots|jerseys|shirts|kit|scores|pc|games|console|guitar|flags"
        r"|drag stuff|stuff|things|dog|cat|plants|records|books|paintings)\b"
        r"|(?:al|alle) (?:mijn|zijn|haar) (?:\w+ )?(?:spullen|schilderijen|shirts|boeken"
        r"|gitaren) (?:\w+ )?weggegeven|(?:hab|habe|hat) (?:\w+ ){0,4}?(?:verschenkt|geschenkt)"
        r"|(?:a|ai) donne (?:tous |toutes )?(?:ses|mes) \w+|regale (?:todos )?mis \w+"
        r"|(?:раздал\w*|отдал\w*|подарил\w*) (?:\w+ )?(?:свои|все свои|мои|всё своё|все мои)\b",
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:birthday|christmas|xmas|gift|charity shop|moving|move|declutter\w*"
        r"|outgrown|upgrade\w*|new one|geburtstag|weihnacht\w*|umzug|anniversaire|noel"
        r"|cumpleanos|navidad|verjaardag|kerst|день рождения|новый год|переезд\w*|пенси\w*"
        r"|коллег\w*|sale|sold|retir\w*|pension|rente|retraite|jubilacion|pensioen)\b",
    ),
    _rule(
        "r4c-wont-need-where-going",
        "wo ich hin|where im going|where i am going|than i will|понадоб|нужн|more than me",
        r"wo ich hingeh\w*(?: ,)? (?:brauch\w*|werd\w*) ich (?:\w+ )?(?:nicht mehr|nicht)\b"
        r"|(?:more|better) use (?:out )?of (?:them|it|those) than (?:i|me) (?:will|would|ever"
        r" will)\b"
        r"|мне (?:они|это|оно|их|она|он) (?:\w+ )?больше не (?:понадоб\w+|нужн\w+)"
        r"|(?:need|needs) (?:it|them) more than (?:me|i do)\b",
        BYE,
        PLAN,
        negatable=False,
        requires=r"\b(?:geschenkt|verschenkt|gegeben|gave|given|giving|handed|раздал\w*|отдал\w*"
        r"|подарил\w*|where im going|tonight|after tonight)\b",
        requires_across=True,
        unless=r"\b(?:moving|move|abroad|holiday|trip|upgrade\w*|new one|umzug|переезд\w*|outgrown"
        r"|retir\w*|нов\w*|купил\w*|bought|neue\w*|gekauft)\b",
    ),
    # Not wanting to wake tomorrow or be alive at dawn, in three more languages: "no quiero
    # despertar mañana", "no quiero estar viva cuando amanezca", "will morgen nicht mehr
    # aufwachen", "als ik morgen niet wakker word is het ook goed".
    _rule(
        "r4c-xl-not-wake",
        "no quiero|aufwach|wakker",
        r"no quiero (?:volver a )?(?:despertar(?:me)?|amanecer) (?:manana|nunca mas|mas)\b"
        r"(?! (?:temprano|pronto|a las|tan|antes|tarde))"
        r"|no quiero (?:estar|seguir) viv[oa] (?:cuando amanezca|manana|al amanecer)\b"
        r"|(?:will|mochte|mag) (?:\w+ )?(?:morgen |einfach |ubermorgen )?nicht mehr aufwachen\b"
        r"|als ik (?:morgen |vannacht )?(?:niet|nooit) (?:meer )?wakker (?:word|wordt)(?: ,)?"
        r" (?:is het|vind ik het|dan is het) (?:\w+ )?(?:goed|prima|niet erg|beter|fijn)\b",
        SI,
        negatable=False,
        unless=r"\b(?:lunes|examen|trabajo|colegio|escuela|montag|schule|arbeit|prufung|maandag"
        r"|school|werk|toets|wecker|despertador|wekker|alarma|alarm|jetlag|cansad\w*|mude"
        r"|moe)\b",
    ),
    # Voices or a god commanding a jump, a cut or a killing, in five languages: "Die Stimmen
    # sagen mir, dass ich springen soll", "de stemmen zeggen dat ik het water in moet",
    # "голоса говорят мне шагнуть с балкона", "Dieu lui ordonne de se couper les mains",
    # "dice que tiene que matar al vecino".
    _rule(
        "r4c-xl-voices-command",
        "stimme|stemme|голос|voix|voces|gott|god|dieu|dios|бог|tiene que|muss|moet|doit|должен"
        "|должна",
        r"(?:stimmen?|stemmen?|голоса?|voix|voces|gott|god|dieu|dios|бог)\b[^.!?\n]{0,40}?"
        r"\b(?:sagen|sagt|befehlen|befiehlt|zeggen|zegt|bevelen|beveelt|говорят|говорит|велят"
        r"|велит|приказывают|приказывает|disent|dit|ordonnent|ordonne|dicen|dice|ordenan|ordena)"
        r"\b[^.!?\n]{0,50}?\b(?:springen|sterben|umbringen|toten|ritzen|schneiden|ins wasser"
        r"|dood|water in|snijden|vermoorden|doden|шагнуть|прыгнуть|умереть|убить|порезать"
        r"|сдохнуть|sauter|mourir|tuer|couper|saltar|matar|cortar|morir|tirarme|tirarse)\w*"
        r"|(?:dice|dijo|sagt|zegt|dit|говорит)(?: ,)? (?:que |dass |dat |qu ?|что )?(?:\w+ ){0,2}?"
        r"(?:tiene que|muss|moet|doit|должен|должна) (?:\w+ ){0,3}?(?:matar|umbringen|toten"
        r"|vermoorden|doden|tuer|убить)\b",
        DANGER,
        SI,
        negatable=False,
        unless=r"\b(?:film\w*|serie|pelicula|фильм\w*|spiel|jeu|juego|spel|игр\w*|buch|livre"
        r"|libro|boek|книг\w*|roman|novela|chor|choir|coro|koor|хор\w*|zeit|tijd|temps|tiempo"
        r"|время|mucken|moucherons|muggen|mosquitos?|комар\w*|fliegen|mouches|moscas|vliegen"
        r"|мух\w*)\b",
    ),
    # Feeling invincible or able to fly, with a road, a roof or a flood tonight: "fühl mich
    # unbesiegbar, ich lauf über die Autobahn", "me siento invencible, voy a saltar de azotea en
    # azotea", "чувствую, что могу летать. сегодня проверю с крыши", "hij zegt dat hij kan
    # vliegen" on the roof.
    _rule(
        "r4c-xl-invincible-danger",
        "unbesiegbar|unverwundbar|invencible|invincible|invulnerable|onkwetsbaar"
        "|onoverwinnelijk|неуязвим|могу летать|может летать|kan vliegen|puedo volar|puede volar"
        "|kann fliegen|peux voler|peut voler|can fly",
        r"(?:(?:\w+|,) ){0,8}?(?:unbesiegbar|unverwundbar|invencible|invincible|invulnerable"
        r"|onkwetsbaar|onoverwinnelijk|неуязвим\w*|(?:могу|может) летать|kan vliegen"
        r"|(?:puedo|puede) volar"
        r"|kann fliegen|(?:peux|peut) voler|can fly)\b",
        DANGER,
        SI,
        negatable=False,
        requires=r"\b(?:autobahn|dach|brucke|fenster|azotea\w*|techo|tejado|puente|ventana|riviere"
        r"|crue|toit|pont|fenetre|dak|brug|raam|snelweg|l ?autoroute|крыш\w*|мост\w*|окн\w*"
        r"|балкон\w*|motorway"
        r"|roof|bridge|traffic|autoroute|autopista|trafico|verkehr|verkeer|rio|rivier|fluss"
        r"|river|река|реку)\b",
        requires_across=True,
        unless=r"\b(?:spiel|jeu|juego|game|spel|игр\w*|film\w*|pelicula|фильм\w*|traum|reve"
        r"|sueno|droom|сон|superheld|superheroe|superhero|супергеро\w*|red bull|flugzeug|avion"
        r"|vliegtuig|самол[её]т\w*|plane|gleitschirm|parapente|paraglid\w*|once|used to|back"
        r" then|ago|writing about|training|thing was)\b",
        reach=100,
    ),
    # The pills counted, laid out or bought, waiting: "Ich hab die Tabletten schon abgezählt",
    # "Ik heb de pillen al klaargelegd, ik wacht tot iedereen slaapt", "таблетки уже у меня,
    # я просто жду вечера", "таблетки уже отсчитала".
    _rule(
        "r4c-xl-pills-ready",
        "tabletten|pillen|таблетк|pastillas|medocs|medicaments|cachets|comprimes",
        r"(?:tabletten|pillen|таблетк\w*|pastillas|medocs|medicaments|cachets|comprimes)"
        r" (?:\w+ ){0,2}?(?:schon|bereits|al|уже|ya|deja) (?:\w+ )?(?:abgezahlt|gezahlt"
        r"|bereitgelegt|klaargelegd|klaar gelegd|gekocht|geteld|отсчитал\w*|у меня|приготовил\w*"
        r"|купил\w*|contadas|preparadas|compradas|comptes|prepares|achetes)\b"
        r"|(?:hab|habe|heb) (?:de |die )?(?:tabletten|pillen) (?:al |schon )?(?:klaargelegd"
        r"|abgezahlt|geteld|gekocht|bereitgelegt)\b",
        PLAN,
        negatable=False,
        unless=r"\b(?:oma|opa|mama|papa|moeder|vader|бабушк\w*|дедушк\w*|маме|папе|abuela\w*"
        r"|grand mere|woche|week|semana|semaine|неделю|dosett\w*|pillendose|pillendoos|hund"
        r"|katze|hond|kat|perro|chien|кошк\w*|собак\w*|apotheke|apotheek|аптек\w*|pharmacie"
        r"|farmacia|reise|vakantie|vacances|vacaciones|отпуск\w*|kopfschmerz\w*|hoofdpijn"
        r"|головн\w*)\b",
    ),
    # Knowing how already, weak (a crisis next to any other sign): "Ik weet al hoe", "ich weiß
    # schon wie", "я уже решила как", "ya lo tengo todo pensado", "je sais déjà comment".
    _rule(
        "r4c-xl-know-how",
        "weet al|weet ook al|weiss schon|weiss auch schon|weiss bereits|уже реш|уже знаю"
        "|уже придум|ya lo tengo|ya tengo|ya se como|je sais deja|jsais deja",
        r"(?:ik )?weet (?:ook )?al hoe(?= *(?:[.!?,]|$))"
        r"|(?:ich )?weiss (?:auch )?(?:schon|bereits) wie(?= *(?:[.!?,]|$))"
        r"|(?:я )?уже (?:решила?|знаю|придумала?) как(?= *(?:[.!?,]|$))"
        r"|ya (?:lo )?tengo (?:todo )?(?:pensado|planeado|decidido)(?= *(?:[.!?,]|$))"
        r"|ya se como(?= *(?:[.!?,]|$))|(?:je |j )?sais deja comment(?= *(?:[.!?,]|$))",
        SI,
        weak=True,
        negatable=False,
    ),
    # Gone tomorrow or at peace after tonight, weak: "après je serai tranquille", "demain ce
    # sera fini", "morgen ben ik er niet meer", "je pense partir ce soir", "завтра меня не
    # будет", "no es una letra de canción, soy yo".
    _rule(
        "r4c-xl-soon-gone",
        "apres|demain|ce soir|morgen|vannacht|manana|завтра|je pense|kein songtext|no es una"
        "|ce nest pas|geen songtekst|это не",
        r"(?:apres|demain|ce soir) (?:je serai (?:tranquille|en paix|libre|plus la)|ce sera fini"
        r"|tout sera fini)\b"
        r"|(?:morgen|vannacht|straks) (?:ben|zijn) (?:ik|we) er niet meer\b"
        r"|je pense partir (?:ce soir|cette nuit|demain)\b"
        r"|morgen bin ich (?:nicht mehr da|weg|nicht mehr)\b"
        r"|manana ya no (?:estare|voy a estar)\b|завтра меня (?:уже )?не будет"
        r"|(?:das ist )?kein songtext|no es una letra de cancion|ce n ?est pas (?:une chanson"
        r"|des paroles)|geen songtekst|это не (?:текст )?песн\w*",
        SI,
        BYE,
        weak=True,
        negatable=False,
        unless=r"\b(?:urlaub|reise|vacances|voyage|vacaciones|viaje|vakantie|reis|отпуск\w*"
        r"|поездк\w*|arbeit|travail|trabajo|werk|работ\w*|schule|ecole|escuela|school|школ\w*"
        r"|krank|malade|enfermo|ziek|болею|flug|vol|vuelo|vlucht|рейс|еду|уезжаю|курс\w*"
        r"|командировк\w*|спишемся|созвонимся|bis morgen|a demain|tot morgen|hasta)\b",
    ),
    # Ending it, said plainly in four languages: "mach ich Schluss. Endgültig.", "denke nur
    # noch daran, wie ich es beende", "hoe ik er een eind aan kan maken", "si mañana sigo con
    # este dolor me mato", "je tire ma révérence pour de bon".
    _rule(
        "r4c-xl-end-it-plain",
        "schluss|beende|eind aan|einde aan|me mato|reverence",
        r"(?:(?:\w+|,) ){0,8}?(?:mach|mache) ich schluss\b(?! (?:mit (?:ihm|ihr|dir|dem job"
        r"|der arbeit)|fur heute))"
        r"|wie ich (?:es|alles|mein leben) (?:\w+ )?(?:beende|beenden kann|beenden soll)\b"
        r"|hoe ik (?:er|mijn leven) (?:\w+ )?(?:een )?(?:eind|einde) aan (?:kan |ga |moet )?maken\b"
        r"|(?:si|cuando) [^.!?\n]{0,40}?\bme mato\b(?! (?:de|a|trabajando|estudiando|corriendo"
        r"|riendo|por))"
        r"|tire ma reverence pour de bon",
        SI,
        negatable=False,
        requires=r"\b(?:endgultig|fur immer|mit allem|mit dem leben|tabletten|brucke|denke|nur"
        r" noch|alleen nog|denk|3 uur|nacht|vannacht|pensado|dolor|sigo|pas au theatre|cette"
        r" fois|de bon)\b",
        requires_across=True,
        unless=r"\b(?:beziehung|freund|freundin|relatie|ruzie|discussie|abonnement|contract|job"
        r"|arbeit|werk|risa|de risa|calor|frio|hambre|film|serie|theatre au|fin de saison)\b",
        reach=100,
    ),
    # Nobody believes the writer about an abuser, and a child within reach, weak each: "Ma mère
    # ne me croit pas", "Мне никто не верит", "nadie me escucha"; "El mismo que abusó de mí.
    # Tiene 7 años", "У того самого. Ей шесть", "ma petite sœur a 8 ans" with the stepfather.
    _rule(
        "r4c-xl-nobody-believes",
        "believ|listens to me|listened to me|cree|creyo|escucha|hace caso|croit|croyait|ecoute"
        "|верит|поверил|glaubt|hort mir|gelooft",
        r"(?:nobody|no one|noone) (?:\w+ )?(?:believes|believed|listens to|listened to) me\b"
        r"|my (?:mum|mom|mother|dad|family) (?:doesnt|does not|wont|didnt) believe me\b"
        r"|nadie me (?:cree|escucha|creyo|hace caso)\b"
        r"|(?:ma mere|mon pere|ma famille|personne) ne me (?:croit|croient|croyait|ecoute)\b"
        r"|(?:мне )?никто не (?:верит|поверил)|мама (?:мне )?не верит"
        r"|niemand (?:glaubt|hort) mir|(?:meine )?(?:mutter|mama) glaubt mir nicht"
        r"|niemand gelooft (?:me|mij)|(?:mijn )?(?:moeder|mama) gelooft (?:me|mij) niet",
        DANGER,
        weak=True,
        negatable=False,
        unless=r"\b(?:lol|haha|talent\w*|gifted|cook\w*|won|gewonnen|gagne|gane|выиграл\w*"
        r"|ghost\w*|alien\w*|ufo)\b",
    ),
    _rule(
        "r4c-xl-child-near-abuser",
        "2 |3 |4 |5 |6 |7 |8 |9 |10 |11 |12 |two |three |four |five |six |seven |eight |nine "
        "|ten |dos |tres |cuatro |cinco |seis |siete |ocho |nueve |diez |deux |trois |quatre "
        "|cinq |sept |huit |neuf |dix |два |три |четыре |пять |шесть |семь |восемь |девять "
        "|десять |el mismo|la misma|того самого|тот самый|the same|celui qui|derselbe|dezelfde",
        r"(?:el mismo|la misma) que (?:abuso|me abuso|me toco|me violo)\b"
        r"|the same (?:\w+ )?(?:who|that) (?:abused|touched|hurt|raped|molested) me\b"
        r"|(?:у )?(?:того самого|тот самый)(?= *(?:[.!?,]|$))"
        r"|celui qui (?:m ?a|ma) (?:abuse\w*|touche\w*|viole\w*)|derselbe(?: ,)? der mich"
        r" (?:missbraucht|angefasst)|dezelfde die (?:mij|me) (?:misbruikt|betast)"
        r"|(?:tiene|ей|ему|elle a|il a|sie ist|er ist|ze is|hij is|she is|shes|he is|hes)"
        r" (?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco"
        r"|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|sept|huit|neuf|dix|два|три|четыре"
        r"|пять|шесть|семь|восемь|девять|десять)(?: (?:anos|ans|лет|года|jahre|jaar|years old))?"
        r"(?= *(?:[.!?,]|$| y | et | und | en | и | and ))",
        DANGER,
        weak=True,
        negatable=False,
        requires=r"\b(?:abus\w*|missbr\w*|misbr\w*|toco|touched|molest\w*|viol\w*|abuelo"
        r"|grandpa|grandad|stepdad|step dad|beau pere|stiefvater|stiefvader|padrastro|отчим\w*"
        r"|дедушк\w*|того самого|тот самый|the same|el mismo|la misma|celui qui|derselbe"
        r"|dezelfde)\b",
        requires_across=True,
        unless=r"\b(?:birthday|cumpleanos|anniversaire|geburtstag|verjaardag|день рождения"
        r"|school|colegio|ecole|schule|школ\w*|party|fiesta|fete|feest|праздник\w*)\b",
    ),
)


# ---------------------------------------------------------------------------------------------
# 5. Anchors: a trie of stems tells which rules can match a sentence
# ---------------------------------------------------------------------------------------------


def _index_anchors(rules: tuple[_Rule, ...]) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    by_stem: dict[str, set[int]] = {}
    for index, rule in enumerate(rules):
        for stem in rule.anchors:
            by_stem.setdefault(stem, set()).add(index)
    # A longer stem also carries the rules of every stem it starts with ("end my" -> "end").
    closed = {
        stem: tuple(sorted(set().union(*(ids for s, ids in by_stem.items() if stem.startswith(s)))))
        for stem in by_stem
    }
    # Led by the space before a word (sre then skips from word to word) and a lookahead, so that
    # stems may overlap ("im not" and "not safe" in "im not safe"). Sentences are searched one by
    # one; each starts and ends with a space, so "sh " is the whole word "sh".
    return re.compile(r" (?=(" + _trie_pattern(by_stem) + "))"), closed


_ANCHOR, _RULES_BY_STEM = _index_anchors(_RULES)
_STEMS_OF_RULE = {
    index: tuple(stem for stem, ids in _RULES_BY_STEM.items() if index in ids)
    for index in range(len(_RULES))
}
_ANCHOR_SIGNALS = tuple("anchor:" + rule.name for rule in _RULES)
_VOIDING_IDS = frozenset(
    index for index, rule in enumerate(_RULES) if rule.frame and rule.level is not Level.CRISIS
)


# ---------------------------------------------------------------------------------------------
# 6. Qualifying a match
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: _Rule
    start: int
    end: int
    level: Level
    about_other: bool


class _Message:
    """The normalised text, with each frame searched at most once per message or sentence, and
    the signals the qualifier noted on the way (see :class:`Screen`)."""

    __slots__ = ("_found", "_seen", "signals", "text", "voided")

    # Caches are keyed by id(): a compiled pattern hashes its whole program on every lookup, and
    # these patterns are module constants that live as long as the process.
    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[int, bool] = {}
        self._found: dict[tuple[int, int], list[int]] = {}
        self.signals: set[str] = set()
        # Where a specific rule matched and its context voided it: a bare mention there yields
        # as it would to the match had it stood ("sh urges at lunch, went for a run, passed").
        self.voided: list[tuple[int, int]] = []

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Does ``pattern`` occur anywhere in the message?"""
        found = self._seen.get(id(pattern))
        if found is None:
            found = self._seen[id(pattern)] = pattern.search(self.text) is not None
        return found

    def near(self, pattern: re.Pattern[str], context: _Context) -> bool:
        """Does ``pattern`` occur in the sentence, close to the match being qualified?

        The sentence is searched once per pattern; each match then only compares positions.
        """
        return bool(self.starts_near(pattern, context))

    def starts_near(self, pattern: re.Pattern[str], context: _Context) -> list[int]:
        """Where ``pattern`` occurs in the sentence, close to the match being qualified."""
        key = (id(pattern), context.lo)
        starts = self._found.get(key)
        if starts is None:
            starts = [m.start() for m in pattern.finditer(self.text, context.lo, context.hi)]
            self._found[key] = starts
        return [start for start in starts if context.near_lo <= start < context.near_hi]


@dataclass(frozen=True, slots=True)
class _Context:
    """Where a match sits: its sentence, and the stretch of it read as the match's context."""

    lo: int
    hi: int
    near_lo: int
    near_hi: int


def _group(match: re.Match[str], *names: str) -> bool:
    index = match.re.groupindex
    return any(name in index and match.group(name) is not None for name in names)


def _negated(text: str, lo: int, head: int) -> bool:
    """Does a negator reach ``head`` across only transparent words ("don't really want")?"""
    words = _words_before(text, lo, head, limit=7)
    coordinated = crossed = False
    for i, word in enumerate(words):
        if word == "suicidal" and i and words[i - 1] in _NEW_CLAUSE:
            return False  # "I'm not suicidal, I just want to stop existing": a new clause
        if word in _NEGATORS or (word == "longer" and i + 1 < len(words) and words[i + 1] == "no"):
            closer = words[i - 1] if i else ""
            farther = words[i + 1] if i + 1 < len(words) else ""
            return closer not in _DOUBLE_NEGATIVE and farther not in _NEGATION_BREAKERS
        if word == "no" and (i == 0 or words[i - 1] in _NO_VERBS or words[i - 1] in _NO_NOUNS):
            return True
        if word in _NOBODY:
            return True
        if word in _OR and not coordinated:
            # "no urges to restrict or hurt myself": the negation reaches both conjuncts, so
            # the first conjunct's verb may be crossed.
            coordinated = True
        elif word == "that" and i + 1 < len(words) and words[i + 1] in _NEGATORS:
            continue  # "not that I want to die" (but "it's not me that wants to")
        elif word not in _TRANSPARENT:
            if not coordinated or crossed:
                return False
            crossed = True
    return False


_GENERIC_YOU = re.compile(
    r" (?:is it|its|it is|isnt it) (?:normal|ok|okay|weird|bad|wrong|common|strange) to\b"
    r"|does anyone else|do other people|does everyone"
)


def _person(match: re.Match[str], text: str, lo: int) -> tuple[_Person, bool]:
    """Who the matched words are about, and whether that was said or only assumed.

    A reflexive or an inflected verb in the match decides; otherwise the nearest subject before
    it. With no subject at all ("want to die", "so done. kms") the writer is assumed.
    """
    if _group(match, "p1", "q1", "r1", "x1"):
        return _Person.FIRST, True
    if _group(match, "p3", "q3", "r3", "x3"):
        return _Person.THIRD, True
    if _group(match, "p2"):
        if _GENERIC_YOU.search(text, lo, match.start() + 1):
            return _Person.FIRST, True  # "is it normal to want to kill yourself?"
        return _Person.SECOND, True
    opening = text[match.start() : match.start() + 12].split(maxsplit=1)
    if opening and opening[0] in _FIRST:  # "sorry to bother you, [i've kept the pills]"
        return _Person.FIRST, True
    for word in _words_before(text, lo, match.start(), limit=10):
        if word in _FIRST:
            return _Person.FIRST, True
        if word in _THIRD:
            return _Person.THIRD, True
        if word in _SECOND:
            return _Person.SECOND, True
        if word in _SUBJECT_STOP:
            break
    return _Person.FIRST, False


def _is_joke(message: _Message, context: _Context) -> bool:
    """Laughter or a trivial cause ("this traffic makes me want to die"), unless "I'm serious"."""
    if message.has(_SERIOUS):
        return False
    if message.near(_JOKE, context) or message.near(_TRIVIAL_CAUSE, context):
        return True
    return message.near(_JOKE_EMOJI, context)


def _softened(rule: _Rule, message: _Message, context: _Context, start: int) -> bool:
    """Current risk read as concern: a distant past or recovery, or hyperbole in jest."""
    past = message.starts_near(_DISTANT_PAST, context)
    if past and not message.has(_RETURNING):
        now = message.starts_near(_NOW, context)
        if not now or min(abs(p - start) for p in past) < min(abs(n - start) for n in now):
            return True
    return rule.hyperbole and _is_joke(message, context)


_NEAR = 100
_AFTER = 60  # a clarifying next sentence opens with its point ("The friendship, I mean.")
_FRAME_REACH = 70  # a governing frame ("i just really want to") is a few words long


def _voided(rule: _Rule, message: _Message, context: _Context) -> bool:
    """An ``unless`` context voids a match, except where a ``despite`` context is also near."""
    after = rule.unless_after
    if after is not None and after.search(message.text, context.hi, context.hi + _AFTER):
        signals = message.signals
        signals.add("voided")
        return True
    if rule.unless is None or not message.near(rule.unless, context):
        return False
    return rule.despite is None or not message.near(rule.despite, context)


def _required(
    requires: re.Pattern[str], rule: _Rule, message: _Message, context: _Context, start: int
) -> bool:
    """Is the context a rule requires near the match? For ``requires_across`` rules whose match
    opens its sentence (after at most a subject), a neighbouring sentence counts too."""
    if message.near(requires, context):
        return True
    text = message.text
    return (
        rule.requires_across
        and len(text[context.lo : start].split()) <= 2
        and requires.search(text, max(0, start - _NEAR), context.near_hi + _NEAR) is not None
    )


def _hypothetical(message: _Message, context: _Context) -> bool:
    """Someone else, hypothetically: not owned by the writer, and no one close is named."""
    return (
        message.near(_HYPOTHETICAL, context)
        and not message.has(_ITS_ME)
        and not message.has(_RELATION)  # "...? my sister just did"
    )


def _qualify(rule: _Rule, match: re.Match[str], message: _Message, lo: int, hi: int) -> _Hit | None:
    """Turn a raw match into a hit at the right level, or drop it."""
    text = message.text
    signals = message.signals
    if _group(match, "neg", "idiom"):
        signals.add("idiom" if _group(match, "idiom") else "negated")
        return None
    frame = None
    if rule.before is not None:
        frame = rule.before.search(text, max(lo, match.start() - _FRAME_REACH), match.start() + 1)
        if frame is None:
            return None
        if _group(frame, "neg"):
            signals.add("negated")
            return None
    start = frame.start() if frame is not None else match.start()
    # Context is read near the match: in a long run-on message, words 300 characters away
    # belong to another thought.
    context = _Context(lo, hi, max(lo, start - _NEAR), min(hi, match.end() + _NEAR))
    if _voided(rule, message, context):
        signals.add("voided")
        if not rule.mention and not rule.frame:
            message.voided.append((start, match.end()))
        return None
    if rule.requires is not None and not _required(rule.requires, rule, message, context, start):
        return None
    if frame is not None:
        head = frame.start("v") if _group(frame, "v") else frame.start()
    else:
        head = match.start("v") if _group(match, "v") else match.start()
    if rule.negatable and _negated(text, lo, head):
        signals.add("negated")
        signals.add("negated:" + rule.categories[0])
        return None
    person, explicit = _person(frame or match, text, lo)
    if frame is not None and not explicit:
        person, explicit = _person(match, text, lo)
    if person is _Person.SECOND and rule.level is Level.CRISIS and not rule.frame:
        signals.add("second_person")
        return None
    about_other = person is _Person.THIRD
    own = person is _Person.FIRST and explicit
    level = rule.own_level if rule.own_level and own else rule.level
    hypothetical = (about_other or rule.mention) and _hypothetical(message, context)
    if (
        about_other
        and (hypothetical or message.has(_FICTION))
        and not message.near(_RELATION, context)
    ):
        signals.add("fiction")
        return None
    if rule.mention and (hypothetical or message.has(_FICTION) or message.has(_TOPIC)):
        # "We read a book about suicide", "a patient came in after an overdose": a topic, unless
        # the writer owns it ("I'm suicidal") or it is about someone close ("my brother").
        before = _words_before(text, lo, start, limit=4)
        owned = (
            any(word in _FIRST for word in before) and not any(w in _REPORTING for w in before)
        ) or message.near(_RELATION, context)
        if not owned:
            signals.add("topic")
            return None
    if level is Level.CRISIS and _softened(rule, message, context, start):
        signals.add("softened")
        level = Level.CONCERN
    return _Hit(rule, start, match.end(), level, about_other)


# ---------------------------------------------------------------------------------------------
# 7. Deciding
# ---------------------------------------------------------------------------------------------


def _overlaps(a: _Hit, b: _Hit) -> bool:
    return a is not b and a.start < b.end and b.start < a.end


def _separate(hits: list[_Hit]) -> int:
    """How many signs that do not overlap each other."""
    spans = sorted((hit.start, hit.end) for hit in hits)
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


def _reasons(hits: Iterable[_Hit]) -> tuple[Category, ...]:
    found = {category for hit in hits for category in hit.rule.categories}
    return tuple(category for category in Category if category in found)


def _shadow(hits: list[_Hit], message: _Message) -> list[_Hit]:
    """Frames (grief, reported insults, idioms) void what they cover; mentions yield to
    specific matches, standing or voided by their context."""
    signals = message.signals
    frames = [hit for hit in hits if hit.rule.frame]
    if frames:
        kept = [h for h in hits if h.rule.frame or not any(_overlaps(h, f) for f in frames)]
        if len(kept) < len(hits):
            signals.update(
                "framed:" + ("idiom" if f.level is Level.NONE else f.rule.categories[0])
                for f in frames
            )
        hits = kept
    specific = [hit for hit in hits if not hit.rule.mention]
    voided = message.voided
    hits = [
        h
        for h in hits
        if not h.rule.mention
        or not (
            any(_overlaps(h, s) for s in specific)
            or any(h.start < end and start < h.end for start, end in voided)
        )
    ]
    return [hit for hit in hits if hit.level is not Level.NONE]  # idiom frames leave nothing


def _decide(hits: list[_Hit]) -> Assessment:
    if not hits:
        return _NOTHING
    crisis = [hit for hit in hits if hit.level is Level.CRISIS]
    if not crisis and any(hit.rule.weak for hit in hits) and _separate(hits) > 1:
        crisis = hits  # a farewell formula or a chosen date next to any other sign
    chosen = crisis or hits
    level = Level.CRISIS if crisis else Level.CONCERN
    return Assessment(level, _reasons(chosen), all(hit.about_other for hit in chosen))


def _settled(hits: list[_Hit]) -> frozenset[Category]:
    """Categories of the writer's own current crisis: once any exists, the level and the person
    are decided, and only a rule that could add a new reason is worth running."""
    own = [hit for hit in hits if hit.level is Level.CRISIS and not hit.about_other]
    return frozenset(c for hit in own for c in hit.rule.categories) if own else frozenset()


# A rule's match lies within these distances of one of its anchors. In a long run-on sentence,
# each rule is searched only in these windows around its own anchors.
_BEFORE_ANCHOR = 60
_AFTER_ANCHOR = 100
_LONG_SENTENCE = 2 * (_BEFORE_ANCHOR + _AFTER_ANCHOR)


@dataclass(slots=True)
class _Sentence:
    """A sentence that holds anchors: its bounds, its candidate rules, and (when it is long)
    where each rule's anchors are."""

    lo: int
    hi: int
    rule_ids: set[int]
    anchors: dict[str, list[int]] | None = None

    def spans(self, rule_id: int) -> list[tuple[int, int]]:
        if self.anchors is None:
            return [(self.lo, self.hi)]
        anchors = self.anchors
        positions = sorted(
            pos for stem in _STEMS_OF_RULE[rule_id] if stem in anchors for pos in anchors[stem]
        )
        spans: list[tuple[int, int]] = []
        before = _RULES[rule_id].reach
        for pos in positions:
            lo, hi = max(self.lo, pos - before), min(self.hi, pos + _AFTER_ANCHOR)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
        return spans


def _candidates(flat: str) -> list[_Sentence]:
    """The sentences that hold any anchor, with the rules that could match in each."""
    sentences: list[_Sentence] = []
    lo = 0
    for part in flat.split("\n"):
        hi = lo + len(part)
        if len(part) <= _LONG_SENTENCE:
            stems = _ANCHOR.findall(part)
            if stems:
                rule_ids = set().union(*map(_RULES_BY_STEM.__getitem__, stems))
                sentences.append(_Sentence(lo, hi, rule_ids))
        else:
            anchors: dict[str, list[int]] = {}
            for found in _ANCHOR.finditer(part):
                anchors.setdefault(found.group(1), []).append(lo + found.start())
            if anchors:
                rule_ids = set().union(*(_RULES_BY_STEM[stem] for stem in anchors))
                sentences.append(_Sentence(lo, hi, rule_ids, anchors))
        lo = hi + 1
    return sentences


def _sentence_hits(sentence: _Sentence, rule_ids: list[int], message: _Message) -> list[_Hit]:
    """The hits of these rules in one sentence. Frames that only void (grief, reported words,
    idioms) matter only next to another hit, so they are tried last and only then."""
    hits = _rule_hits(sentence, [i for i in rule_ids if i not in _VOIDING_IDS], message)
    if hits:
        hits += _rule_hits(sentence, [i for i in rule_ids if i in _VOIDING_IDS], message)
    return _shadow(hits, message)


def _rule_hits(sentence: _Sentence, rule_ids: list[int], message: _Message) -> list[_Hit]:
    hits: list[_Hit] = []
    for rule_id in rule_ids:
        rule = _RULES[rule_id]
        for start, end in sentence.spans(rule_id):
            for match in rule.pattern.finditer(message.text, start, end):
                hit = _qualify(rule, match, message, sentence.lo, sentence.hi)
                if hit is not None:
                    hits.append(hit)
    return hits


@functools.cache
def _still_useful(settled: frozenset[Category]) -> frozenset[int]:
    """Once the writer's own crisis is established, the rules that could still add a reason
    (and the frames that could void them)."""
    return frozenset(
        index
        for index, rule in enumerate(_RULES)
        if rule.frame or (rule.level is Level.CRISIS and not settled.issuperset(rule.categories))
    )


@dataclass(frozen=True, slots=True)
class Screen:
    """The rules' reading of one message, with what the learned layer needs to read it too.

    ``signals`` names what the qualifier saw on the way to ``assessment``: a match dropped
    because it was ``negated`` (and ``negated:<category>``), an ``idiom`` or a ``framed:<...>``
    match (grief, reported words, idioms voiding what they cover), a ``voided`` or ``softened``
    one (distant past, jokes), ``fiction``, ``topic``, ``second_person``; each surviving
    ``hit:<rule>`` short of a crisis; and ``anchor:<rule>`` for every rule whose anchor words
    occur (the rules' lexicon, grouped by family, whether or not the rule then matched). Once
    the writer's own crisis is established the rest of the message is only partly read, so the
    signals of a crisis are incomplete; they are not needed then, since a crisis found by the
    rules is final.
    """

    assessment: Assessment
    normalised: str
    signals: frozenset[str]

    def features(self) -> list[str]:
        """The rules' outputs as the learned layer's features (see dialogs/safety_model.py).

        Only what the rules say short of a crisis: the model is consulted only then, and it
        learns nothing from the rules' crises (on the files the rules were tuned against they
        would explain away the very examples its words must learn from).
        """
        found = sorted(self.signals)
        assessment = self.assessment
        if assessment.level is Level.CONCERN:
            found.append("level:" + assessment.level)
            found.extend("cat:" + category for category in assessment.reasons)
            if assessment.about_someone_else:
                found.append("other")
        return found


def screen(text: str) -> Screen:
    """The rules alone (no learned layer). Never stores or logs ``text``."""
    if not text or text.isspace():
        return Screen(_NOTHING, " ", frozenset())
    norm = normalise(text)
    sentences = _candidates(_flatten(norm))
    if not sentences:
        return Screen(_NOTHING, norm, frozenset())
    message = _Message(norm)
    hits: list[_Hit] = []
    settled: frozenset[Category] = frozenset()
    useful: frozenset[int] | None = None  # None: every rule is still useful
    for sentence in sentences:
        candidates = sentence.rule_ids if useful is None else sentence.rule_ids & useful
        if useful is not None and candidates <= _VOIDING_IDS:
            continue
        hits += _sentence_hits(sentence, sorted(candidates), message)
        now = _settled(hits)
        if now != settled:  # the writer's own crisis is established: only new reasons matter
            settled, useful = now, _still_useful(now)
    signals = message.signals
    signals.update(map(_ANCHOR_SIGNALS.__getitem__, set().union(*[s.rule_ids for s in sentences])))
    signals.update("hit:" + hit.rule.name for hit in hits if hit.level is not Level.CRISIS)
    return Screen(_decide(hits), norm, frozenset(signals))


# ---------------------------------------------------------------------------------------------
# 8. The learned layer
# ---------------------------------------------------------------------------------------------


def combine(rules: Screen, model: safety_model.Model | None = None) -> Assessment:
    """The rules' reading, raised by the learned layer where the rules see no crisis.

    A crisis found by the rules stands. Otherwise a probability at or above the model's crisis
    threshold gives a crisis and one at or above its concern threshold at least a concern.
    In a long message the window penalty can hold back a sentence that alone would be a
    crisis; such a message still gets at least a concern (a warm word and /sos, no pause).
    The reasons and the person then come from the model's aspect heads (one-vs-rest models of
    the rules' own categories, see dialogs/safety_model.py), plus the reasons the rules gave.
    """
    assessment = rules.assessment
    if assessment.is_crisis:
        return assessment
    if model is None:
        model = safety_model.MODEL
    probability, top_window = model.probabilities(rules.normalised, rules.features())
    if probability >= model.crisis_threshold:
        level = Level.CRISIS
    elif assessment.level is Level.NONE and (
        probability >= model.concern_threshold or top_window >= model.crisis_threshold
    ):
        level = Level.CONCERN
    else:
        return assessment
    names, about_other = model.aspects(rules.normalised)
    found = set(assessment.reasons) | {Category(name) for name in names}
    reasons = tuple(category for category in Category if category in found)
    return Assessment(level, reasons, about_other)


def score(text: str) -> float:
    """The learned layer's probability that ``text`` is a crisis (whatever the rules say)."""
    rules = screen(text)
    return safety_model.MODEL.probability(rules.normalised, rules.features())


def assess(text: str) -> Assessment:
    """Screen one message for risk: the rules, then the learned layer where they see no crisis
    (see :func:`combine`). Never stores or logs ``text``; never raises on any string."""
    if not text or text.isspace():
        return _NOTHING
    return combine(screen(text))
