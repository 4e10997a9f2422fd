"""The engine: one turn of conversation, from an event to replies, the next state and effects.

``Engine.handle`` is the single entry point for every transport. It routes commands, restores
the current flow from the stored conversation, lets it take the event, and answers free talk
outside any flow. It is pure: no I/O, no clock (``now`` is passed in), randomness injected.
"""

from __future__ import annotations

import copy
import random
from dataclasses import replace
from datetime import datetime

from dialogs.content import catalog
from dialogs.feelings import FeelingsWheel
from dialogs.flow import FlowModel
from dialogs.flows.affirm import AffirmFlow
from dialogs.flows.checkin import CheckinFlow
from dialogs.flows.letter import LetterFlow
from dialogs.flows.onboarding import OnboardingFlow
from dialogs.flows.safety import CrisisFlow, SafetyFlow, SosFlow
from dialogs.flows.settings import SettingsFlow
from dialogs.flows.soothe import SootheFlow
from dialogs.model import (
    Choice,
    Conversation,
    Event,
    EventKind,
    NudgeAnswer,
    Profile,
    RecordSafetyEvent,
    Reply,
    SaveEntry,
    TurnResult,
    UpdateProfile,
)
from dialogs.safety import Assessment, Level, assess

FLOWS: dict[str, type[FlowModel]] = {
    flow.name: flow
    for flow in (
        OnboardingFlow,
        CheckinFlow,
        CrisisFlow,
        SosFlow,
        SettingsFlow,
        SootheFlow,
        LetterFlow,
        AffirmFlow,
    )
}
#: Flows a command starts by its own name (after onboarding): /checkin, /settings, ...
PRACTICES = frozenset(
    {CheckinFlow.name, SettingsFlow.name, SootheFlow.name, LetterFlow.name, AffirmFlow.name}
)
#: Practices that offer something fitted to the needs in the person's journal.
NEEDS_AWARE = frozenset({SootheFlow.name, AffirmFlow.name})
#: What a tap on a nudge's own buttons may ask for.
NUDGE_ACTIONS = frozenset({"later", "fewer", "pause", "keep"})
#: Flows that pause whatever was going on, and give it back when they end.
SAFETY_FLOWS = frozenset({CrisisFlow.name, SosFlow.name})
#: Commands that leave a safety flow running; any other command first gives back what it paused.
KEEP_SAFETY_FLOW = frozenset({"sos", "help", "cancel"})

#: Commands shown in menus and /help, in order. Others (like /rest) work but are not listed.
MENU = (
    "checkin",
    "soothe",
    "letter",
    "affirm",
    "journal",
    "insights",
    "sos",
    "settings",
    "export",
    "forget",
    "help",
    "cancel",
    "start",
)


class _Turn:
    """The mutable working set of one turn."""

    def __init__(self, conversation: Conversation, profile: Profile, now: datetime) -> None:
        self.conversation = conversation
        self.profile = profile
        self.now = now
        self.result = TurnResult(conversation=conversation)

    def say(self, text: str, choices: tuple[Choice, ...] = (), *, end: bool = False) -> None:
        self.result.replies.append(Reply(text, choices, end_of_flow=end))

    def absorb(self, flow: FlowModel) -> None:
        """Take a flow's replies and effects, keep its state, and apply profile changes."""
        self.result.replies.extend(flow.replies)
        self.result.effects.extend(flow.effects)
        for effect in flow.effects:
            if isinstance(effect, UpdateProfile):
                self.profile = replace(self.profile, **effect.changes)
        if flow.finished:
            paused = flow.answers.get("paused") if flow.name in SAFETY_FLOWS else None
            self.conversation = _unpacked(paused, self.conversation.version)
        else:
            self.conversation = Conversation(
                flow=flow.name,
                state=flow.state,
                answers=flow.answers,
                version=self.conversation.version,
            )


class Engine:
    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    # ---- the one entry point --------------------------------------------------------------

    def handle(
        self,
        conversation: Conversation | None,
        event: Event,
        profile: Profile,
        now: datetime,
    ) -> TurnResult:
        stored = conversation or Conversation()
        working = Conversation(
            flow=stored.flow,
            state=stored.state,
            answers=copy.deepcopy(stored.answers),
            version=stored.version + 1,
        )
        turn = _Turn(working, profile, now)
        assessment = assess(event.words) if event.words.strip() else None
        if assessment is not None and assessment.level is not Level.NONE:
            reasons = tuple(str(r) for r in assessment.reasons)
            turn.result.effects.append(RecordSafetyEvent(str(assessment.level), reasons))
        if assessment is not None and assessment.is_crisis:
            self._crisis(turn, event, assessment)
        else:
            if assessment is not None and assessment.level is Level.CONCERN:
                turn.say(catalog(profile.locale).text("safety.concern", self.rng))
            self._route(turn, event, stored.version)
        if turn.conversation.version == working.version and _unchanged(stored, turn):
            turn.conversation.version = stored.version  # no new buttons: the old ones stay valid
        turn.result.conversation = turn.conversation
        return turn.result

    def _route(self, turn: _Turn, event: Event, shown_version: int) -> None:
        texts = catalog(turn.profile.locale)
        if event.kind is EventKind.COMMAND:
            self._command(turn, event)
        elif event.kind is EventKind.CHOICE and event.value.startswith("/"):
            self._command(turn, Event.command(event.value))
        elif event.kind is EventKind.CHOICE and event.shown_at != shown_version:
            self._stale(turn)
        elif event.kind is EventKind.EDIT:
            turn.say(texts.text("commands.transport.edited"))
        elif event.kind is EventKind.MEDIA:
            turn.say(texts.text("commands.transport.not_text"))
        elif turn.conversation.active:
            flow = self._restore(turn)
            flow.handle(event)
            turn.absorb(flow)
        else:
            self._outside_flow(turn, event)

    def wants_safety_plan(self, conversation: Conversation | None, event: Event) -> bool:
        """Whether this turn may show the safety plan (so the service loads it)."""
        if event.kind is EventKind.COMMAND and event.command_name == "sos":
            return True
        return conversation is not None and conversation.flow == SosFlow.name

    def wants_nudges(self, conversation: Conversation | None, event: Event) -> bool:
        """Whether this turn reads the reminder settings (so the service loads them)."""
        if event.kind is EventKind.COMMAND and event.command_name in {"settings", "nudge"}:
            return True
        if event.kind is EventKind.CHOICE and event.value.startswith(("/settings", "/nudge")):
            return True
        return conversation is not None and conversation.flow == SettingsFlow.name

    def wants_top_needs(self, conversation: Conversation | None, event: Event) -> bool:
        """Whether this turn may offer something for the person's most frequent needs (so the
        service loads ``Profile.top_needs``): /soothe and /affirm, and while they run."""
        return _starts_or_runs(conversation, event, NEEDS_AWARE)

    def wants_favourites(self, conversation: Conversation | None, event: Event) -> bool:
        """Whether this turn may show the phrases the person kept (``Profile.favourites``)."""
        return _starts_or_runs(conversation, event, frozenset({AffirmFlow.name}))

    def start(self, flow_name: str, profile: Profile, now: datetime) -> TurnResult:
        """Begin ``flow_name`` from nothing (used by tests and the terminal)."""
        return self.handle(None, Event.command(f"/{flow_name}"), profile, now)

    # ---- flows ----------------------------------------------------------------------------

    def _restore(self, turn: _Turn) -> FlowModel:
        conversation = turn.conversation
        flow_class = FLOWS[conversation.flow or ""]
        state = conversation.state
        if state not in flow_class.steps:
            state = flow_class.steps[0]
        return flow_class(
            state=state,
            answers=conversation.answers,
            profile=turn.profile,
            rng=self.rng,
            now=turn.now,
        )

    def _begin(self, turn: _Turn, flow_name: str) -> None:
        self._leave(turn)
        flow_class = FLOWS[flow_name]
        flow = flow_class(
            state=flow_class.steps[0], answers={}, profile=turn.profile, rng=self.rng, now=turn.now
        )
        flow.begin()
        turn.absorb(flow)

    def _leave(self, turn: _Turn) -> bool:
        """Leave the current flow, keeping what it holds. True if there was one."""
        if not turn.conversation.active or turn.conversation.flow not in FLOWS:
            return False
        if turn.conversation.flow in SAFETY_FLOWS:
            self._unpause(turn)
            if turn.conversation.active:
                self._leave(turn)
            return True
        flow = self._restore(turn)
        turn.result.effects.extend(flow.on_leave())
        turn.conversation = Conversation(version=turn.conversation.version)
        return True

    def _resume(self, turn: _Turn) -> None:
        flow = self._restore(turn)
        flow.resume()
        turn.absorb(flow)

    # ---- safety -----------------------------------------------------------------------------

    def _crisis(self, turn: _Turn, event: Event, assessment: Assessment) -> None:
        """A crisis message: the crisis flow, pausing anything else. Already in it: carry on."""
        if turn.conversation.flow == CrisisFlow.name and event.kind is EventKind.TEXT:
            flow = self._restore(turn)
            assert isinstance(flow, SafetyFlow)
            flow.assessment = assessment
            flow.handle(event)
            turn.absorb(flow)
            return
        self._pause_into(turn, CrisisFlow.name, assessment)

    def _pause_into(
        self, turn: _Turn, flow_name: str, assessment: Assessment | None = None
    ) -> None:
        """Start a safety flow that keeps the current flow paused inside it."""
        conversation = turn.conversation
        if conversation.flow in SAFETY_FLOWS:
            paused = conversation.answers.get("paused")
        elif conversation.active:
            paused = {
                "flow": conversation.flow,
                "state": conversation.state,
                "answers": conversation.answers,
            }
        else:
            paused = None
        flow_class = FLOWS[flow_name]
        flow = flow_class(
            state=flow_class.steps[0],
            answers={"paused": paused} if paused else {},
            profile=turn.profile,
            rng=self.rng,
            now=turn.now,
        )
        assert isinstance(flow, SafetyFlow)
        flow.assessment = assessment
        flow.begin()
        turn.absorb(flow)

    def _unpause(self, turn: _Turn) -> None:
        """Leave a safety flow quietly, giving back the flow it paused (if any)."""
        if turn.conversation.flow in SAFETY_FLOWS:
            paused = turn.conversation.answers.get("paused")
            turn.conversation = _unpacked(paused, turn.conversation.version)

    # ---- commands -------------------------------------------------------------------------

    def _command(self, turn: _Turn, event: Event) -> None:
        name = event.command_name
        texts = catalog(turn.profile.locale)
        if name == "sos":
            self._pause_into(turn, SosFlow.name)
            return
        if name not in KEEP_SAFETY_FLOW:
            self._unpause(turn)
        conversation = turn.conversation
        if name == "resume":
            if conversation.active:
                self._resume(turn)
            else:
                turn.say(texts.text("commands.resume.nothing"))
        elif name == "start":
            if not turn.profile.onboarded and conversation.flow != "onboarding":
                self._begin(turn, "onboarding")
            elif conversation.flow == "onboarding":
                self._resume(turn)
            else:
                turn.say(texts.text("commands.start.welcome_back", self.rng, **_names(turn)))
                if conversation.active:
                    self._resume(turn)
        elif name in PRACTICES:
            if not turn.profile.onboarded:
                turn.say(texts.text("commands.checkin.onboard_first"))
                if conversation.flow == "onboarding":
                    self._resume(turn)
                else:
                    self._begin(turn, "onboarding")
            elif (
                conversation.flow == name and event.command_arg != "fresh" and FLOWS[name].resumable
            ):
                resume = f"commands.{name}.resume"
                turn.say(
                    texts.text(resume if texts.has(resume) else "commands.checkin.resume"),
                    (Choice(texts.text("commands.checkin.fresh_button"), f"/{name} fresh"),),
                )
                self._resume(turn)
            else:
                self._begin(turn, name)
        elif name == "cancel":
            was = conversation.flow
            if self._leave(turn):
                key = "commands.cancel.kept" if was == "checkin" else "commands.cancel.stopped"
                if was == "checkin" and not turn.profile.journal:
                    key = "commands.cancel.stopped"
                if was != "checkin" and texts.has(f"commands.cancel.{was}"):  # its own words
                    kept = any(isinstance(e, SaveEntry) for e in turn.result.effects)
                    key = f"commands.cancel.{was}.{'kept' if kept else 'stopped'}"
                turn.say(texts.text(key, self.rng, **_names(turn)), end=True)
            else:
                turn.say(texts.text("commands.cancel.nothing"))
        elif name == "help":
            turn.say(texts.text("commands.help.text"))
            if conversation.active:
                turn.say(texts.text("commands.help.in_flow"))
        elif name == "nudge":
            self._nudge_answer(turn, event.command_arg)
        elif name == "rest":
            turn.say(texts.text("commands.rest.text", self.rng, **_names(turn)), end=True)
        else:
            turn.say(texts.text("commands.unknown.text", value=event.value.split()[0][:32]))

    def _nudge_answer(self, turn: _Turn, action: str) -> None:
        """A tap on one of a nudge's buttons (check in now is plain /checkin)."""
        texts = catalog(turn.profile.locale)
        if action == "ok":
            if turn.profile.journal and turn.profile.adult is not False:
                mood = SaveEntry("mood", {"mood": "okay"}, True, turn.now, turn.now)
                turn.result.effects.append(mood)
            turn.say(texts.text("nudges.answers.okay", self.rng))
        elif action in NUDGE_ACTIONS:
            plan = turn.profile.nudges
            if plan is None or not plan.enabled:
                turn.say(texts.text("nudges.answers.off"))
                return
            turn.result.effects.append(NudgeAnswer(action))
            turn.say(texts.text(f"nudges.answers.{action}"))
        else:
            turn.say(texts.text("commands.unknown.text", value="/nudge"))

    def _stale(self, turn: _Turn) -> None:
        texts = catalog(turn.profile.locale)
        if turn.conversation.active:
            turn.say(texts.text("commands.stale.in_flow"))
            self._resume(turn)
        else:
            turn.say(texts.text("commands.stale.idle"))

    # ---- free talk --------------------------------------------------------------------------

    def _outside_flow(self, turn: _Turn, event: Event) -> None:
        texts = catalog(turn.profile.locale)
        if turn.profile.adult is False:
            turn.say(
                texts.text("onboarding.young.text"),
                (Choice(texts.text("talk.actually_adult"), "/start"),),
            )
            return
        if not turn.profile.onboarded:
            turn.say(texts.text("talk.hello_new"))
            self._begin(turn, "onboarding")
            return
        if event.kind is not EventKind.TEXT:
            turn.say(texts.text("commands.stale.idle"))
            return
        wheel = FeelingsWheel.for_locale(turn.profile.locale)
        suggested = wheel.suggest(event.value, limit=2)
        if suggested:
            labels = [f.label for f in suggested]
            words = (
                labels[0]
                if len(labels) == 1
                else f"{labels[0]} {texts.text('talk.or')} {labels[1]}"
            )
            text = texts.text("talk.reflect", self.rng, suggestions=words, **_names(turn))
        else:
            text = texts.text("talk.heard", self.rng, **_names(turn))
        turn.say(
            f"{text}\n\n{texts.text('talk.offer', self.rng, **_names(turn))}",
            (
                Choice(texts.text("talk.checkin_button"), "/checkin"),
                Choice(texts.text("talk.not_now_button"), "/rest"),
            ),
        )


def _names(turn: _Turn) -> dict[str, object]:
    texts = catalog(turn.profile.locale)
    name = turn.profile.child_name or texts.text("common.default_child_name")
    return {"child_name": name, "Child_name": name[:1].upper() + name[1:]}


def _starts_or_runs(conversation: Conversation | None, event: Event, flows: frozenset[str]) -> bool:
    """Whether ``event`` starts one of ``flows`` (a command, or a button carrying one), or
    one of them is running."""
    if event.kind is EventKind.COMMAND and event.command_name in flows:
        return True
    carried = event.kind is EventKind.CHOICE and event.value.startswith("/")
    if carried and Event.command(event.value).command_name in flows:
        return True
    return conversation is not None and conversation.flow in flows


def _unpacked(paused: object, version: int) -> Conversation:
    """The conversation a safety flow kept paused, or an idle one."""
    if isinstance(paused, dict) and paused.get("flow") in FLOWS:
        return Conversation(
            flow=str(paused["flow"]),
            state=str(paused.get("state", "")),
            answers=dict(paused.get("answers") or {}),
            version=version,
        )
    return Conversation(version=version)


def _unchanged(stored: Conversation, turn: _Turn) -> bool:
    """The turn moved nothing and showed no new buttons (help, a sticker, an edit...)."""
    current = turn.conversation
    return (current.flow, current.state, current.answers) == (
        stored.flow,
        stored.state,
        stored.answers,
    ) and not any(reply.choices for reply in turn.result.replies)
