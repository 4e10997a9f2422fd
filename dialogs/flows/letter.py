"""A letter (/letter): the adult writes to their younger self; then, if they like, the younger
self writes back.

know -> protect -> promise -> sign -> the letter, shown -> (younger you writes back) -> done.
Three gentle questions make the body of the letter, in the person's own words and order; a
greeting and their signature frame it. Every step can be skipped; with nothing written the
flow ends kindly and saves nothing.

The journal keeps a letter as a :class:`~dialogs.model.SaveEntry` of kind ``"letter"`` whose
answers hold ``letter`` (the whole letter as shown, ready to read again), ``reply`` (what
younger you wrote back, if anything) and ``parts`` (each answer by question: ``know``,
``protect``, ``promise``, ``sign``). The storage encrypts them like every answer. /cancel keeps
a partial letter (``complete`` False), as a check-in does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dialogs.flow import SKIP, Edge, FlowModel, build, chain
from dialogs.model import Choice, Effect, Event, EventKind, SaveEntry
from dialogs.parsing import short_text

#: The questions whose answers make the body of the letter, in order.
QUESTIONS = ("know", "protect", "promise")
STEPS = (*QUESTIONS, "sign", "letter", "reply", "done", "blank")
#: Longest answer kept for one question; Telegram's own limit is 4,096 characters.
MAX_PART = 4096
#: Longest signature.
MAX_SIGN = 100


@build
class LetterFlow(FlowModel):
    name = "letter"
    steps = STEPS
    edges = (
        *chain("next", (*QUESTIONS, "sign", "letter")),
        *chain(SKIP, (*QUESTIONS, "sign", "letter")),
        Edge("blank", "letter", "blank"),
        Edge("yes", "letter", "reply"),
        Edge("no", "letter", "done"),
        Edge(SKIP, "letter", "done"),
        Edge("next", "reply", "done"),
        Edge(SKIP, "reply", "done"),
    )
    final = frozenset({"done", "blank"})

    def begin(self) -> None:
        self.answers.setdefault("started_at", self.now.isoformat())
        super().begin()

    def on_leave(self) -> list[Effect]:
        """Leaving early keeps what was written, as an unfinished letter (if a journal is kept)."""
        if not self.profile.journal or not (self.letter_text() or self.answers.get("reply")):
            return []
        return [self._entry(complete=False)]

    @property
    def parts(self) -> dict[str, str]:
        parts: dict[str, str] = self.answers.setdefault("parts", {})
        return parts

    # ---- the three questions --------------------------------------------------------------

    def _ask(self, step: str, again: bool) -> None:
        self.say(self.t(f"{step}.again" if again else f"{step}.prompt"), skip=True)

    def _take_words(self, step: str, event: Event) -> str | None:
        if event.kind is not EventKind.TEXT or not event.value.strip():
            return None
        self.parts[step] = event.value.strip()[:MAX_PART]
        return "next"

    def prompt_know(self, again: bool) -> None:
        self._ask("know", again)

    def take_know(self, event: Event) -> str | None:
        return self._take_words("know", event)

    def prompt_protect(self, again: bool) -> None:
        self._ask("protect", again)

    def take_protect(self, event: Event) -> str | None:
        return self._take_words("protect", event)

    def prompt_promise(self, again: bool) -> None:
        self._ask("promise", again)

    def take_promise(self, event: Event) -> str | None:
        return self._take_words("promise", event)

    # ---- the signature -----------------------------------------------------------------

    def _signatures(self) -> tuple[str, ...]:
        return self.texts.variants("letter.sign.options")

    def prompt_sign(self, again: bool) -> None:
        choices = [
            Choice(option.replace("\n", " "), f"s:{index}")
            for index, option in enumerate(self._signatures())
        ]
        self.say(self.t("sign.again" if again else "sign.prompt"), choices, skip=True)

    def take_sign(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            raw = event.value.removeprefix("s:")
            options = self._signatures()
            if not raw.isdigit() or int(raw) >= len(options):
                return None
            self.parts["sign"] = options[int(raw)]
            return "next"
        words = short_text(event.value, MAX_SIGN)
        if words is None:
            return None
        self.parts["sign"] = words
        return "next"

    # ---- the letter, and younger you's reply -------------------------------------------

    def letter_text(self) -> str:
        """The whole letter: greeting, the answers in order, the signature ("" if unwritten)."""
        parts = self.answers.get("parts") or {}
        body = [self._paragraph(key, str(parts[key])) for key in QUESTIONS if parts.get(key)]
        if not body:
            return ""
        blocks = [self.t("letter.greeting"), *body]
        if parts.get("sign"):
            blocks.append(str(parts["sign"]))
        return "\n\n".join(blocks)

    def _paragraph(self, question: str, words: str) -> str:
        """An answer as a paragraph of the letter: as written if it starts like a sentence of
        its own ("You were..."), else after a short lead ("... protect you from this: ...")."""
        first = words.split(maxsplit=1)[0] if words.split() else ""
        first = "".join(ch for ch in first.lower() if ch.isalnum())
        if first in self.texts.variants("letter.leads.own_starts"):
            return words
        return self.t(f"leads.{question}", words=words)

    def prompt_letter(self, again: bool) -> None:
        letter = self.letter_text()
        if not letter:
            self.fire("blank")
            return
        if not again:
            self.say(letter, slow=True)
        choices = [
            Choice(self.t("letter.reply_yes"), "yes"),
            Choice(self.t("letter.reply_no"), "no"),
        ]
        self.say(self.t("letter.reply_again" if again else "letter.reply_offer"), choices)

    def take_letter(self, event: Event) -> str | None:
        if event.kind is EventKind.CHOICE:
            return event.value if event.value in {"yes", "no"} else None
        return self.yes_no(event.value)

    def prompt_reply(self, again: bool) -> None:
        self._ask("reply", again)

    def take_reply(self, event: Event) -> str | None:
        if event.kind is not EventKind.TEXT or not event.value.strip():
            return None
        self.answers["reply"] = event.value.strip()[:MAX_PART]
        return "next"

    # ---- the end -------------------------------------------------------------------------

    def prompt_done(self, again: bool) -> None:
        thanks = self.t("done.thanks_reply" if self.answers.get("reply") else "done.thanks")
        if self.profile.journal:
            self.effects.append(self._entry(complete=True))
            kept = self.t("done.saved")
        else:
            kept = self.t("done.not_saved")
        self.say(
            f"{thanks}\n\n{kept}",
            [Choice(self.t("done.soothe"), "/soothe"), Choice(self.t("done.rest"), "/rest")],
            end=True,
        )

    def take_done(self, event: Event) -> str | None:
        return None

    def prompt_blank(self, again: bool) -> None:
        self.say(self.t("letter.empty"), end=True)

    def take_blank(self, event: Event) -> str | None:
        return None

    def _entry(self, *, complete: bool) -> SaveEntry:
        started = self.answers.get("started_at")
        answers: dict[str, Any] = {
            "letter": self.letter_text(),
            "parts": dict(self.answers.get("parts") or {}),
        }
        if self.answers.get("reply"):
            answers["reply"] = self.answers["reply"]
        if self.answers.get("skipped"):
            answers["skipped"] = list(self.answers["skipped"])
        return SaveEntry(
            kind="letter",
            answers=answers,
            complete=complete,
            started_at=datetime.fromisoformat(started) if started else None,
            finished_at=self.now,
        )
