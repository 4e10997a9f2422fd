"""Turning the core's choices into Telegram inline keyboards, and button data back into events.

Callback data is ``<version>|<value>``: the conversation version the button was shown at
(so a tap on an older message is recognised as stale) and the choice's value. It always fits
Telegram's 64-byte limit; anything that does not parse is treated as forged and answered
calmly, never trusted.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from dialogs.model import Choice, Event

MAX_CALLBACK_BYTES = 64
#: Telegram's limit for one message's text.
MAX_MESSAGE_CHARS = 4096


class ForgedData(ValueError):
    """Callback data that this bot did not produce."""


def encode(version: int, value: str) -> str:
    data = f"{version}|{value}"
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes for value {value!r}")
    return data


def decode(data: str | None) -> Event:
    """The event a button stands for; ForgedData if it cannot be one of ours."""
    if not data or len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ForgedData("empty or oversized callback data")
    version, sep, value = data.partition("|")
    if not sep or not version.isdigit() or not value or not value.isprintable():
        raise ForgedData("malformed callback data")
    return Event.choice(value, shown_at=int(version))


def markup(choices: Sequence[Choice], version: int, columns: int) -> InlineKeyboardMarkup | None:
    if not choices:
        return None
    columns = max(1, columns)
    buttons = [
        InlineKeyboardButton(c.label, callback_data=encode(version, c.value)) for c in choices
    ]
    rows = [buttons[i : i + columns] for i in range(0, len(buttons), columns)]
    return InlineKeyboardMarkup(rows)


def label_for(keyboard: InlineKeyboardMarkup | None, data: str | None) -> str | None:
    """The label of the button with ``data`` on ``keyboard``, if it is there."""
    if keyboard is None or data is None:
        return None
    for row in keyboard.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


def split_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Split a long text at paragraph or line breaks so each part fits one message."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    parts.append(rest)
    return [p for p in parts if p]
