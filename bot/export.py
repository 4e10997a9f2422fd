"""/export: everything stored about a person, as JSON (versioned schema) and readable Markdown.

The JSON file
=============

One object, described by the JSON Schema :data:`SCHEMA` (also in ``bot/export_schema.json``;
a test keeps the two the same and validates real exports against it). Times are ISO 8601 in
UTC (``2026-05-03T12:05:00+00:00``); the person's time zone is given so a reader can show
local times. Decrypted fields carry the column name without ``_enc``.

- ``format``: always ``"innerchild-export"``.
- ``schema_version``: ``1``. Raised on any change a reader could trip over (a field renamed,
  removed or changing type). New fields may appear in ``person``, ``conversation``, entries
  and ``other`` without a new version, so readers ignore fields they do not know.
- ``exported_at``: when the file was made.
- ``timezone``: the IANA time zone the Markdown file uses (``"UTC"`` when none was set).
- ``person``: the settings row: ``channel`` (``"telegram"`` or ``"local"``), ``external_id``
  (the Telegram user id), ``created_at``, ``locale``, ``timezone``, ``country``,
  ``child_name`` (the name for their younger self), ``onboarded``, ``journal`` (whether
  check-ins are kept), ``adult``, ``active``, ``recent_voice`` (ids of caring-message
  variants shown lately, so they are not repeated).
- ``conversation``: where they are in a conversation (``flow``, ``state``, ``answers`` so far,
  ``version``, ``last_update_id``, ``updated_at``), or ``null``.
- ``entries``: journal entries, oldest first: ``id``, ``kind`` (``"checkin"``, ``"letter"``,
  ...), ``complete`` (false for a check-in left before the end), ``started_at``,
  ``finished_at``, the plain columns ``feeling_core``, ``feeling``, ``need`` (keys of the
  feelings wheel), ``intensity_before``, ``intensity_after`` (0-10), and ``answers``: every
  answer as the check-in stored it (``happened``, ``body``/``body_words``, ``feeling``/
  ``feeling_words``, ``age``/``age_years``/``age_words``, ``need``/``need_words``,
  ``caring``: the caring adult's words, ``own_words``, ``skipped``: the steps skipped).
- ``other``: every other table with rows about them (a safety plan, safety events, ...), by
  table name, each a list of rows (column: value).

The Markdown file is the same journal to read: newest first, in their time zone.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bot.journal_text import JournalText, zone_name
from storage.journal import UserData

SCHEMA_VERSION = 1
FORMAT = "innerchild-export"

_TIME = {"type": "string", "format": "date-time"}
_TIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}
_KEY_OR_NULL = {"type": ["string", "null"], "maxLength": 32}
_INTENSITY = {"type": ["integer", "null"], "minimum": 0, "maximum": 10}

#: The JSON Schema (draft 2020-12) of an export.
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://innerchild.invalid/export/v1.json",
    "title": "Inner Child Companion export",
    "description": "Everything the companion keeps about one person. See bot/export.py.",
    "type": "object",
    "required": [
        "format",
        "schema_version",
        "exported_at",
        "timezone",
        "person",
        "conversation",
        "entries",
        "other",
    ],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "schema_version": {"const": SCHEMA_VERSION},
        "exported_at": _TIME,
        "timezone": {"type": "string"},
        "person": {
            "type": "object",
            "required": [
                "channel",
                "external_id",
                "created_at",
                "locale",
                "timezone",
                "child_name",
                "journal",
            ],
            "properties": {
                "channel": {"type": "string"},
                "external_id": {"type": "string"},
                "created_at": _TIME,
                "locale": {"type": "string"},
                "timezone": {"type": ["string", "null"]},
                "country": {"type": ["string", "null"]},
                "child_name": {"type": ["string", "null"]},
                "onboarded": {"type": "boolean"},
                "journal": {"type": "boolean"},
                "adult": {"type": ["boolean", "null"]},
                "active": {"type": "boolean"},
                "recent_voice": {"type": "array", "items": {"type": "string"}},
            },
        },
        "conversation": {
            "type": ["object", "null"],
            "required": ["flow", "state", "answers", "version"],
            "properties": {
                "flow": {"type": ["string", "null"]},
                "state": {"type": "string"},
                "answers": {"type": ["object", "null"]},
                "version": {"type": "integer", "minimum": 0},
                "last_update_id": {"type": ["integer", "null"]},
                "updated_at": _TIME,
            },
        },
        "entries": {
            "type": "array",
            "items": {
                "type": "object",
                "required": [
                    "id",
                    "kind",
                    "complete",
                    "started_at",
                    "finished_at",
                    "feeling_core",
                    "feeling",
                    "need",
                    "intensity_before",
                    "intensity_after",
                    "answers",
                ],
                "properties": {
                    "id": {"type": "integer"},
                    "kind": {"type": "string"},
                    "complete": {"type": "boolean"},
                    "started_at": _TIME_OR_NULL,
                    "finished_at": _TIME,
                    "feeling_core": _KEY_OR_NULL,
                    "feeling": _KEY_OR_NULL,
                    "need": _KEY_OR_NULL,
                    "intensity_before": _INTENSITY,
                    "intensity_after": _INTENSITY,
                    "answers": {
                        "type": "object",
                        "properties": {
                            "happened": {"type": "string"},
                            "caring": {"type": "string"},
                            "own_words": {"type": "string"},
                            "skipped": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
        },
        "other": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "object"}},
        },
    },
}


def _plain(value: Any) -> Any:
    """A value as JSON: times in ISO 8601 (UTC), containers walked, the rest as it is."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _without(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in names}


def export_document(data: UserData, now: datetime, timezone: str) -> dict[str, Any]:
    """The export as a JSON-ready dict (see :data:`SCHEMA`)."""
    entries = []
    for row in data.entries:
        entry = _without(row, "user_id", "data")
        entry["answers"] = row.get("data") or {}
        entries.append(entry)
    conversation = None
    if data.conversation is not None:
        conversation = _without(data.conversation, "user_id", "answers")
        conversation["answers"] = data.conversation.get("answers") or {}
    document: dict[str, Any] = _plain(
        {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "exported_at": now,
            "timezone": timezone,
            "person": _without(data.user, "id"),
            "conversation": conversation,
            "entries": entries,
            "other": {
                table: [_without(row, "user_id") for row in rows]
                for table, rows in data.other.items()
            },
        }
    )
    return document


def export_json(data: UserData, now: datetime, timezone: str) -> bytes:
    document = export_document(data, now, timezone)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---- Markdown -------------------------------------------------------------------------------


def _quote(text: str) -> str:
    """A person's words as a Markdown block quote, line by line, exactly as written."""
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def export_markdown(data: UserData, words: JournalText) -> bytes:
    def t(key: str, **values: object) -> str:
        return words.t(f"export.markdown.{key}", **values)

    user = data.user
    lines = [f"# {t('title')}", "", t("about"), ""]
    lines += [
        t("exported", when=words.when(words.now, with_year=True), timezone=zone_name(words.zone))
    ]
    lines += ["", f"## {t('settings')}", ""]
    if user.get("child_name"):
        lines.append(f"- {t('child_name', value=user['child_name'])}")
    lines.append(f"- {t('timezone', timezone=user.get('timezone') or 'UTC')}")
    lines.append(f"- {t('journal_on' if user.get('journal') else 'journal_off')}")
    if isinstance(user.get("created_at"), datetime):
        lines.append(f"- {t('joined', when=words.when(user['created_at'], with_year=True))}")

    conversation = data.conversation or {}
    answers = conversation.get("answers") or {}
    if conversation.get("flow") and answers:
        lines += ["", f"## {t('open')}: {words.kind(str(conversation['flow']))}", ""]
        lines += _fields(words, answers)

    lines += ["", f"## {t('entries', count=len(data.entries))}", ""]
    if not data.entries:
        lines.append(t("no_entries"))
    for row in reversed(data.entries):
        title = words.kind(str(row["kind"]))
        lines += [f"### {title}, {words.when(row['finished_at'], with_year=True)}", ""]
        if not row.get("complete"):
            lines += [f"*{words.t('entry.unfinished')}*", ""]
        lines += _fields(words, row.get("data") or {})

    for row in data.other.get("safety_plans", []):
        if isinstance(row.get("data"), dict):
            plan = words.safety_plan(row["data"]).split("\n\n")
            lines += ["", f"## {plan[0]}", ""]
            for block in plan[1:]:
                title, _, text = block.partition(":\n")
                unwritten = text == words.t("plan.unwritten")
                lines += [f"**{title}**", "", text if unwritten else _quote(text), ""]

    rest = {k: v for k, v in data.other.items() if v and k != "safety_plans"}
    if rest:
        lines += ["", f"## {t('other')}", ""]
        for table, rows in rest.items():
            named = f"tables.{table}"
            heading = t(named) if words.texts.has(f"journal.export.markdown.{named}") else table
            lines += [f"### {heading}", ""]
            for row in rows:
                shown = ", ".join(
                    f"{name}: {_shown(value)}"
                    for name, value in _without(row, "user_id", "id").items()
                )
                lines.append(f"- {shown}")
            lines.append("")
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, str):
        return value
    return json.dumps(_plain(value), ensure_ascii=False)


def _fields(words: JournalText, answers: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for field in words.fields(answers):
        lines.append(f"**{field.heading}**")
        lines.append("")
        lines.append(_quote(field.text) if field.own_words or "\n" in field.text else field.text)
        lines.append("")
    return lines
