"""What I needed to hear (/affirm): a caring phrase for the younger self, chosen for the needs
that come up most often in the person's own check-ins.

offer -> another one, keep this one (a favourite), my favourites (where one can be taken off
again: remove -> the numbered list as buttons), done. The phrases live in
``affirm.toml``, grouped by need; the person's most frequent needs (``Profile.top_needs``)
weigh the choice, and with an empty journal the general phrases come first, with a word that
the choice will fit better as the journal grows. Kept phrases are stored by id
(``"<group>:<index>"``, see the content file) through :class:`~dialogs.model.SaveFavourite`;
the service loads them into ``Profile.favourites`` when ``Engine.wants_favourites`` says so.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from functools import cache

from dialogs.content import ContentError, catalog
from dialogs.feelings import FeelingsWheel
from dialogs.flow import Edge, FlowModel, build
from dialogs.model import Choice, Event, EventKind, RemoveFavourite, SaveFavourite

KIND = "affirm"
GENERAL = "general"
#: How many of the person's most frequent needs weigh the choice, and how much each weighs.
WEIGHTS = (3, 2, 1)


@cache
def library(locale: str = "en") -> Mapping[str, tuple[str, ...]]:
    """Every group of phrases by key ("general", then need keys), checked against the wheel."""
    texts = catalog(locale)
    groups: dict[str, tuple[str, ...]] = {GENERAL: texts.variants("affirm.general.phrases")}
    wheel = FeelingsWheel.for_locale(locale)
    for key in texts.section("affirm.needs"):
        if wheel.need(key) is None:
            raise ContentError(f"{locale}/affirm.toml: needs.{key} is not a need of the wheel")
        groups[key] = texts.variants(f"affirm.needs.{key}.phrases")
    return groups


def phrase(item: str, locale: str = "en") -> str | None:
    """The words of a phrase id ("comfort:2"), or None when there is no such phrase."""
    group, _, index = item.partition(":")
    phrases = library(locale).get(group, ())
    if not index.isdigit() or int(index) >= len(phrases):
        return None
    return phrases[int(index)]


def choose(
    top_needs: Sequence[str], shown: Sequence[str], rng: random.Random, locale: str = "en"
) -> str:
    """A phrase id: from the person's most frequent needs (weighted), not shown yet this time.

    Falls back to the general phrases, then to every group, and only repeats once everything
    has been shown.
    """
    groups = library(locale)
    seen = set(shown)
    mine = [key for key in dict.fromkeys(top_needs) if key in groups][: len(WEIGHTS)]

    def unseen(keys: Sequence[str]) -> list[str]:
        ids = [f"{key}:{i}" for key in keys for i in range(len(groups[key]))]
        return [item for item in ids if item not in seen]

    if mine:
        pools = [(unseen([key]), weight) for key, weight in zip(mine, WEIGHTS, strict=False)]
        pools = [(pool, weight) for pool, weight in pools if pool]
        if pools:
            chosen = rng.choices([p for p, _ in pools], weights=[w for _, w in pools])[0]
            return rng.choice(chosen)
    for keys in ([GENERAL], list(groups)):
        pool = unseen(keys)
        if pool:
            return rng.choice(pool)
    everything = [f"{key}:{i}" for key in (mine or [GENERAL]) for i in range(len(groups[key]))]
    return rng.choice(everything)


@build
class AffirmFlow(FlowModel):
    name = "affirm"
    steps = ("offer", "kept", "favourites", "remove", "done")
    edges = (
        *(Edge("another", source, "offer") for source in ("offer", "kept", "favourites")),
        Edge("keep", "offer", "kept"),
        Edge("favourites", "offer", "favourites"),
        Edge("favourites", "kept", "favourites"),
        Edge("remove", "favourites", "remove"),
        Edge("favourites", "remove", "favourites"),
        *(Edge("done", source, "done") for source in ("offer", "kept", "favourites", "remove")),
    )
    final = frozenset({"done"})
    resumable = False  # /affirm again simply offers a phrase

    # ---- helpers ----------------------------------------------------------------------------

    def _kept(self) -> list[str]:
        """Ids of their favourites, newest first: kept now, then those stored before, less any
        taken off now."""
        now: list[str] = list(reversed(self.answers.get("kept", [])))
        removed = set(self.answers.get("removed", []))
        kept = dict.fromkeys([*now, *self.profile.favourites])
        return [item for item in kept if item not in removed]

    def _buttons(self, *, keep: bool) -> list[Choice]:
        choices = [Choice(self.t("buttons.another"), "another")]
        if keep:
            choices.append(Choice(self.t("buttons.keep"), "keep"))
        if self._kept():
            choices.append(Choice(self.t("buttons.favourites"), "favourites"))
        choices.append(Choice(self.t("buttons.done"), "done"))
        return choices

    def _take(self, event: Event, allowed: set[str]) -> str | None:
        if event.kind is EventKind.CHOICE and event.value in allowed:
            if event.value == "favourites" and not self._kept():
                return None
            return event.value
        return None

    # ---- a phrase -------------------------------------------------------------------------

    def prompt_offer(self, again: bool) -> None:
        if again and self.answers.get("current"):
            self.say(self.t("offer.again"), self._buttons(keep=True), columns=2)
            return
        shown: list[str] = self.answers.setdefault("shown", [])
        first = not shown
        item = choose(self.profile.top_needs, shown, self.rng, self.profile.locale)
        shown.append(item)
        self.answers["current"] = item
        group = item.partition(":")[0]
        need = FeelingsWheel.for_locale(self.profile.locale).need(group)
        if not first:
            lead = self.t("offer.another")
        elif need is not None and group in self.profile.top_needs:
            lead = self.t("offer.from_journal", need=need.label)
        else:
            lead = self.t("offer.general")
        words = self.t("offer.phrase", phrase=phrase(item, self.profile.locale) or "")
        blocks = [lead, words]
        if first and not self.profile.top_needs:
            blocks.append(self.t("offer.general_note"))
        self.say("\n\n".join(blocks), self._buttons(keep=True), columns=2)

    def take_offer(self, event: Event) -> str | None:
        fired = self._take(event, {"another", "keep", "favourites", "done"})
        if fired == "keep":
            item = str(self.answers.get("current", ""))
            if phrase(item, self.profile.locale) is None:
                return None
            self.answers["already"] = item in self._kept()
            if not self.answers["already"]:
                self.answers.setdefault("kept", []).append(item)
                self.effects.append(SaveFavourite(KIND, item))
        return fired

    # ---- kept, and the favourites -------------------------------------------------------------

    def prompt_kept(self, again: bool) -> None:
        key = "kept.already" if self.answers.get("already") else "kept.text"
        self.say(self.t(key), self._buttons(keep=False), columns=2)

    def take_kept(self, event: Event) -> str | None:
        return self._take(event, {"another", "favourites", "done"})

    def prompt_favourites(self, again: bool) -> None:
        words = [text for item in self._kept() if (text := phrase(item, self.profile.locale))]
        if words:
            items = [self.t("favourites.item", number=n, phrase=w) for n, w in enumerate(words, 1)]
            text = "\n".join([self.t("favourites.title"), "", *items])
        else:
            text = self.t("favourites.empty")
        if self.answers.pop("just_removed", False):
            text = "\n\n".join([self.t("remove.done"), text])
        choices = [Choice(self.t("buttons.another"), "another")]
        if words:
            choices.append(Choice(self.t("buttons.remove"), "remove"))
        choices.append(Choice(self.t("buttons.done"), "done"))
        self.say(text, choices, columns=2)

    def take_favourites(self, event: Event) -> str | None:
        fired = self._take(event, {"another", "remove", "done"})
        if fired == "remove" and not self._kept():
            return None
        return fired

    def prompt_remove(self, again: bool) -> None:
        kept = [item for item in self._kept() if phrase(item, self.profile.locale)]
        choices = [Choice(str(number), f"r:{item}") for number, item in enumerate(kept, 1)]
        choices.append(Choice(self.t("buttons.keep_all"), "favourites"))
        self.say(self.t("remove.which"), choices, columns=4)

    def take_remove(self, event: Event) -> str | None:
        if event.kind is not EventKind.CHOICE:
            return None
        if event.value == "favourites":
            return "favourites"
        if event.value == "done":
            return "done"
        item = event.value.removeprefix("r:")
        if not event.value.startswith("r:") or item not in self._kept():
            return None
        self.answers.setdefault("removed", []).append(item)
        kept_now: list[str] = self.answers.get("kept", [])
        if item in kept_now:
            kept_now.remove(item)
        self.answers["just_removed"] = True
        self.effects.append(RemoveFavourite(KIND, item))
        return "favourites"

    def prompt_done(self, again: bool) -> None:
        self.say(self.t("done.text"), end=True)

    def take_done(self, event: Event) -> str | None:
        return None
