"""Every bot text, linted: loads cleanly, never names a method, avoids VOICE.md's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogs.content import CONTENT_DIR, PLACEHOLDERS, ContentError, catalog, load_tree

#: Word lists people write to the bot (never shown by it) are matched against, not linted.
NOT_BOT_TEXT = re.compile(r"^feelings\..*\.(keywords|aliases)$|^common\.(yes|no)_words$")

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
