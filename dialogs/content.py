"""Bot texts: loads the TOML content files of a locale and validates their placeholders.

Every word the bot says lives in ``dialogs/content/<locale>/<namespace>.toml``. A file's
name is the first part of each key (``checkin.toml`` holds ``checkin.*``). A value is a
string, a list of string variants, or a table of further keys. Placeholders use Python's
``{name}`` syntax; only the names in :data:`PLACEHOLDERS` are allowed, without conversions
or format specs, so a typo in a content file fails at load time with the file and key,
never in front of a user.
"""

from __future__ import annotations

import random
import string
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

CONTENT_DIR = Path(__file__).parent / "content"
DEFAULT_LOCALE = "en"

#: Every placeholder a content text may use. Adding a name here is a deliberate act.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "child_name",  # what the user calls their inner child ("little me")
        "Child_name",  # the same, capitalised for the start of a sentence
        "first_name",  # the user's first name from Telegram, if any
        "feeling",  # a feeling word ("lonely")
        "feeling_core",  # a core feeling word ("sad")
        "need",  # a need phrase ("to be seen")
        "age",  # an age phrase ("about six", "a teenager")
        "before",  # intensity before (0-10)
        "after",  # intensity after (0-10)
        "change",  # size of a change in intensity
        "timezone",  # an IANA time zone name
        "local_time",  # a local clock time
        "value",  # a value the user chose, echoed back
        "label",  # a button label
        "text",  # a bot text quoted back (keyboard removed)
        "suggestions",  # a short list of suggested words
        "country",  # a country name
        "helpline",  # a helpline line from the data file
        "emergency",  # an emergency number
        "count",  # a count of things
        "date",  # a local date
        "step",  # a step name
        "words",  # the user's own words, shown back to them only
        "when",  # a relative or absolute time phrase
        "days",  # a number of days
        "url",  # a web address from the data files
        "weekday",  # a short weekday name (journal dates)
        "day",  # a day of the month (journal dates)
        "month",  # a short month name (journal dates)
        "year",  # a year (journal dates)
        "number",  # the position of an item in a list the person sees
        "details",  # a line or list composed from other content texts (journal)
        "period",  # a time span in words ("the last 30 days")
        "phrase",  # a caring phrase from the affirmation library (affirm.toml)
    }
)


class ContentError(ValueError):
    """A content file is missing, malformed, or uses an unknown placeholder."""


def placeholders_in(text: str) -> set[str]:
    """Return the placeholder names used in ``text``; raise ContentError if malformed."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ContentError(f"malformed braces in {text[:60]!r}: {exc}") from exc
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier():
            raise ContentError(f"placeholder {{{field}}} is not a plain name in {text[:60]!r}")
        if spec or conversion:
            raise ContentError(f"placeholder {{{field}}} may not carry a format spec or conversion")
        names.add(field)
    return names


def _validate(value: Any, where: str) -> None:
    if isinstance(value, str):
        try:
            unknown = placeholders_in(value) - PLACEHOLDERS
        except ContentError as exc:
            raise ContentError(f"{where}: {exc}") from exc
        if unknown:
            raise ContentError(f"{where}: unknown placeholder(s) {sorted(unknown)}")
    elif isinstance(value, list):
        if not value:
            raise ContentError(f"{where}: empty list of variants")
        for index, item in enumerate(value):
            _validate(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _validate(item, f"{where}.{key}")
    elif not isinstance(value, int | float | bool):
        raise ContentError(f"{where}: unsupported value type {type(value).__name__}")


class Catalog:
    """The texts of one locale, addressed by dotted keys such as ``checkin.arrive.prompt``."""

    def __init__(self, locale: str, tree: Mapping[str, Any]) -> None:
        self.locale = locale
        self._tree = tree

    def _lookup(self, key: str) -> Any:
        node: Any = self._tree
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise KeyError(f"no content key {key!r} in locale {self.locale!r}")
            node = node[part]
        return node

    def has(self, key: str) -> bool:
        try:
            self._lookup(key)
        except KeyError:
            return False
        return True

    def section(self, key: str) -> Mapping[str, Any]:
        node = self._lookup(key)
        if not isinstance(node, Mapping):
            raise KeyError(f"content key {key!r} is not a table")
        return node

    def variants(self, key: str) -> tuple[str, ...]:
        node = self._lookup(key)
        if isinstance(node, str):
            return (node,)
        if isinstance(node, list) and all(isinstance(item, str) for item in node):
            return tuple(node)
        raise KeyError(f"content key {key!r} is not a text or a list of texts")

    def text(self, key: str, rng: random.Random | None = None, **values: object) -> str:
        """The text at ``key`` with placeholders filled; a random variant when it has several."""
        options = self.variants(key)
        chosen = options[0] if len(options) == 1 or rng is None else rng.choice(options)
        return fill(chosen, values)

    def text_keys(self) -> list[str]:
        """Every dotted key that leads to a text or a list of texts."""
        found: list[str] = []

        def walk(node: Mapping[str, Any], prefix: str) -> None:
            for key, value in node.items():
                path = f"{prefix}.{key}" if prefix else key
                if isinstance(value, Mapping):
                    walk(value, path)
                elif isinstance(value, str) or (
                    isinstance(value, list) and all(isinstance(v, str) for v in value)
                ):
                    found.append(path)

        walk(self._tree, "")
        return found


def fill(template: str, values: Mapping[str, object]) -> str:
    """Fill named placeholders; a missing value is a programming error, not a user's problem."""
    needed = placeholders_in(template)
    missing = needed - values.keys()
    if missing:
        raise ContentError(f"missing value(s) {sorted(missing)} for {template[:60]!r}")
    return template.format_map({name: values[name] for name in needed})


def load_tree(directory: Path) -> dict[str, Any]:
    """Read and validate every TOML file of one locale directory into one tree."""
    if not directory.is_dir():
        raise ContentError(f"no content directory {directory}")
    tree: dict[str, Any] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(f"{path.name}: {exc}") from exc
        _validate(data, path.stem)
        tree[path.stem] = data
    return tree


@cache
def catalog(locale: str = DEFAULT_LOCALE) -> Catalog:
    """The catalog for ``locale``, falling back to the default locale for missing files."""
    tree = load_tree(CONTENT_DIR / DEFAULT_LOCALE)
    if locale != DEFAULT_LOCALE and (CONTENT_DIR / locale).is_dir():
        tree.update(load_tree(CONTENT_DIR / locale))
    return Catalog(locale, tree)


@cache
def available_locales() -> tuple[str, ...]:
    """Locales with a content directory (read once: it is asked on every update)."""
    return tuple(sorted(p.name for p in CONTENT_DIR.iterdir() if p.is_dir()))
