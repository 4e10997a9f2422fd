"""Reading small answers out of free text: a number on a scale, an age, a short name.

People type "7", "7/10", "about a 6", "seven" or "maybe 8?" where a button would do; all of
these should simply work. Number words come from the locale's content (``common.numbers``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_DIGITS = re.compile(r"(?<![\d.])(\d{1,3})(?![\d.]*\d)")
_OUT_OF = re.compile(r"(\d{1,3})\s*(?:/|out of|of)\s*(\d{1,3})")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def number_in(text: str, words: Mapping[str, int], *, low: int, high: int) -> int | None:
    """The single number in ``text`` within [low, high], or None if there is none or several."""
    lowered = text.lower()
    out_of = _OUT_OF.search(lowered)
    if out_of:
        candidates = [int(out_of.group(1))]
    else:
        candidates = [int(match) for match in _DIGITS.findall(lowered)]
        candidates += [words[w] for w in _WORD.findall(lowered) if w in words]
    unique = set(candidates)
    if len(unique) != 1:
        return None
    (value,) = unique
    return value if low <= value <= high else None


def short_text(text: str, limit: int) -> str | None:
    """A one-line name or label the person typed, trimmed; None when empty or too long."""
    cleaned = " ".join(_CONTROL.sub(" ", text).split())
    if not cleaned or len(cleaned) > limit:
        return None
    return cleaned
