"""Guided routines: choosing one, the safety check, replacing a running one, the controls, the end score."""

from __future__ import annotations

import contextlib
import logging
import re

from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.model import SessionState
from bot.core.outcome import Button, Keyboard, Outcome, rows
from bot.core.sessions import SessionService, paused, resumed, skipped, skipped_in_flight, stopped
from bot.routines import HURTS_MORE, PRECHECK_QUESTION, PRECHECK_YES, Routine, opening_text, routine_label
from bot.safety import Level, country_of_zone
from bot.safety.texts import fill
from bot.storage.interfaces import StorageError

logger = logging.getLogger(__name__)

NO_SESSION = "There is no routine running. Send /routine to start one."
ENDED = "That routine has ended. Send /routine to start another."
RUNNING = "A routine is already running here. Replace it with the new one?"
#: The advice after "It hurts more" starts with this; with no routine running it is left out.
STOPPED_PREFIX = "I've stopped the routine. "
NO_SESSION_HURTS = "There is no routine running, so there is nothing to stop."
ENDED_HURTS = "That routine has already ended."
#: Mild discomfort told during a routine ("it hurts a bit but ok"): the routine goes on.
MILD_OK = ("Good to hear it's bearable. Keep the pressure gentle and ease off that spot if you need to. If it gets "
           "sharper, spreads or grows, type \"it hurts\" and I'll stop the routine.")
CHECK_DONE = "That safety check is already answered."
NOT_YOURS = "That routine belongs to someone else in this chat."
STOPPED_FOR_SAFETY = "I've stopped your routine. Please don't continue the massage now."
SOMEONE_ELSES = ("Someone else's routine is running in this chat, so I won't replace it. Start yours in our "
                 "private chat: tap my name, then Start.")
LEAVING = "I've stopped your routine ({name}) because you're leaving the chat. Send /routine next time to start again."
LEFT_RUNNING = ("Your last routine ({name}) was still going when the chat closed, so I've stopped it. Send /routine "
                "to start again.")
CONTROLS_DONE = {
    "pause": "Paused. Resume when you're ready.",
    "resume": "Resumed.",
    "skip": "Skipping to the next step.",
    "stop": "Stopped. Well done for what you did.",
}
#: What to do after stopping for a step's stop sign other than pain (pain gets HURTS_MORE); NHS back-pain advice.
SIGN_ADVICE = {
    "dizzy": ("I've stopped the routine. Sit or lie down and rest until the dizziness passes, then get up slowly "
              "and have a drink of water. If it does not pass, or comes with chest pain, a severe headache, "
              "fainting, or trouble speaking or seeing, call {emergency}."),
    "tingling": ("I've stopped the routine. Take the pressure off that area and rest. Tingling or numbness from "
                 "pressing on a nerve usually fades within a few minutes; if it does not, keeps coming back or "
                 "spreads, see a GP or physiotherapist. If you notice numbness around your bottom or genitals, in "
                 "both legs, or problems with your bladder or bowel, call {emergency}."),
}
ALREADY = {
    "pause": "It's already paused. Resume when you're ready.",
    "resume": "It's already running.",
    "skip": "That step is already behind us.",
}


#: After a red flag (a message, a /log note, a "yes" at the safety check), routines are refused this long.
RED_FLAG_HOLD = 24 * 3600.0
HELD = {
    "emergency": ("Earlier in our chat you mentioned signs that need help straight away. If you haven't already, "
                  "please call {emergency} or go to the nearest emergency department."),
    "urgent": ("Earlier in our chat you mentioned signs that a doctor should check today: ask for an urgent "
               "appointment or call {non_emergency}."),
}
HELD_TAIL = "So I won't start a routine now: please don't massage until a doctor has checked you."
CHECKED = "A doctor has checked me, or you misread me"
#: The same for signs told of someone else ("my dad has a fever"): worded for them, not the writer.
HELD_OTHER = {
    "emergency": ("Earlier in our chat you mentioned signs in someone else that need help straight away. If they "
                  "haven't already, please call {emergency} for them or help them to the nearest emergency "
                  "department."),
    "urgent": ("Earlier in our chat you mentioned signs in someone else that a doctor should check today: please "
               "help them ask for an urgent appointment or call {non_emergency}."),
}
HELD_OTHER_TAIL = ("So I won't start a routine now, and please don't massage them until a doctor has checked them. "
                   "If the routine is for you and you are well, tap below.")
CHECKED_OTHER = "The routine is for me, or you misread me"
UNSURE = "If you're not sure, it's safest not to massage today."
AFTER_UNSURE = "Once a doctor has checked you, or you're sure none of these apply, send /routine again."


def precheck_advice(deps: Deps, country: str | None = None) -> str:
    """Return the advice shown instead of a routine after a "yes" at the safety check (emergency signs first)."""
    return (deps.kb.safety.message("precheck", country=country) or deps.kb.safety_texts.get("urgent")
            or PRECHECK_YES)


def controls(session: SessionState, step: int, owner: int) -> Keyboard:
    """Return the buttons of step ``step``: Pause (Resume while paused), Skip, Stop and "It hurts more"."""
    args = (str(session.id), str(step))
    toggle = (Button("▶️ Resume", "ss", ("resume", *args), owner) if session.status == "paused" else
              Button("⏸ Pause", "ss", ("pause", *args), owner))
    return ((toggle, Button("⏭ Skip", "ss", ("skip", *args), owner), Button("⏹ Stop", "ss", ("stop", *args), owner)),
            (Button("😣 It hurts more", "ss", ("hurts", *args), owner),))


#: A score from here up gets one calm line on what to do (a pain log or the end of a routine).
HIGH_SCORE = 8
HIGH_SCORE_LINE = ("That's a high score. If this pain is new, severe or getting worse, please see a doctor: ask for "
                   "an appointment today or call {non_emergency}.")


def high_score_line(country: str | None) -> str:
    """Return the calm line said after a high pain score, with the person's non-emergency number."""
    return fill(HIGH_SCORE_LINE, country=country)


def zero_to_ten(action: str, owner: int, *prefix: str) -> Keyboard:
    """Return buttons 0-10 in two rows."""
    buttons = [Button(str(n), action, (*prefix, str(n)), owner) for n in range(11)]
    return (tuple(buttons[:6]), tuple(buttons[6:]))


#: Words that name no routine in particular ("a quick one please", "the neck routine").
_FILLER = frozenset("a an the one please pls routine routines session for and with of to i id i'd like want "
                    "do start lets let's me my can could give try that this".split())
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1}
_SHORT = frozenset("short shorter shortest quick quicker quickest fast brief little small".split())
_LONG = frozenset("long longer longest full whole complete big proper".split())


def _words(text: str) -> list[str]:
    return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"[a-z0-9']+", text.lower())]


def named_routine(text: str) -> bool:
    """Return whether ``text`` names a routine at all ("the quick", "2"), not only "a" or "the"."""
    return any(w not in _FILLER for w in _words(text))


def pick_routine(text: str, routines: list[Routine]) -> Routine | None:
    """Return the routine a typed choice names: by number ("2"), place ("the first one"), length ("a short one",
    "12 min") or name words ("neck", "quick reset"); None when it names none, or several."""
    low = text.strip().lower()
    if not routines or len(low) > 40 or "?" in low:
        return None
    words = [w for w in _words(low) if w not in _FILLER]
    if len(words) == 1 and words[0].isdigit() and 1 <= int(words[0]) <= len(routines) and "min" not in low:
        return routines[int(words[0]) - 1]
    if (minutes := re.search(r"\b(\d+(?:\.\d+)?)\s*min", low)) is not None:
        same = [r for r in routines if r.minutes == float(minutes[1])]
        return same[0] if len(same) == 1 else None
    ordinal = [_ORDINALS[w] for w in words if w in _ORDINALS]
    if len(ordinal) == 1:
        return routines[ordinal[0]] if ordinal[0] < len(routines) else None
    named = {r.id: len(set(words) & (set(_words(f"{r.id} {r.title}")) - _FILLER - {"back"})) for r in routines}
    best = max(named.values())
    if best and list(named.values()).count(best) == 1:
        return next(r for r in routines if named[r.id] == best)
    if set(words) & _SHORT:
        return min(routines, key=lambda r: r.minutes)
    if set(words) & _LONG:
        return max(routines, key=lambda r: r.minutes)
    return None


class Routines:
    """The routine intents."""

    def __init__(self, deps: Deps, *, terminal: bool = False) -> None:
        self.deps = deps
        #: In the terminal chat, where /progress does not work.
        self.terminal = terminal
        self.sessions = SessionService(deps.store.sessions, deps.clock, time_scale=deps.settings.time_scale)

    def _routines(self) -> dict[str, Routine]:
        return self.deps.kb.routines

    async def _held(self, actor: Actor, routine_id: str = "") -> Outcome | None:
        """Return the reminder that a recent red flag rules out a routine for now, or None when none was mentioned."""
        d = self.deps
        try:
            flag = await d.store.prompts.current(actor.chat_id, actor.user_id, ("red_flag",))
        except StorageError:  # the menu needs no database; starting a routine says it is unavailable
            return None
        if flag is None or d.clock() - flag.created_at > RED_FLAG_HOLD:
            return None
        level = "emergency" if flag.data.get("level") == "emergency" else "urgent"
        other = flag.data.get("whose") == "other"
        held, tail, checked = (HELD_OTHER, HELD_OTHER_TAIL, CHECKED_OTHER) if other else (HELD, HELD_TAIL, CHECKED)
        text = f"⚠️ {fill(held[level], country=await self._country(actor))} {tail}"
        return Outcome().send(text, ((Button(checked, "rfok", (str(flag.id), routine_id or "menu"), actor.user_id),),))

    async def checked(self, actor: Actor, prompt_id: int, routine_id: str) -> Outcome:
        """Let routines start again after a red flag: a doctor has checked the person, or the bot misread them."""
        await self.deps.store.prompts.take(prompt_id)
        out = Outcome().toast("").edit(buttons=())
        if routine_id in self._routines():
            return out.extend(await self.choose(actor, routine_id))  # still through the safety check
        return out.extend(await self.menu(actor))

    async def menu(self, actor: Actor, args: str = "") -> Outcome:
        """Offer the routines, one button each, or choose the one ``args`` names ("/routine 2", "/routine neck");
        after a recent red flag, the reminder instead."""
        routines = list(self._routines().values())
        if args.strip() and (picked := pick_routine(args, routines)) is not None:
            return await self.choose(actor, picked.id)
        held = await self._held(actor)
        if held is not None:
            return held
        if not routines:
            return Outcome().send("No routines are loaded right now. Please try again later.")
        buttons = rows(*(Button(routine_label(r), "rt", (r.id,), actor.user_id) for r in routines))
        text = "Which routine would you like? Each step arrives as its own message at its time."
        if args.strip():
            text = f"I don't have a routine called “{args.strip()[:40]}”. {text}"
        # A typed choice ("neck") picks one as a button does (without the database, the buttons still work).
        with contextlib.suppress(StorageError):
            await self.deps.store.prompts.put(actor.chat_id, actor.user_id, "routine_pick", {}, at=self.deps.clock())
        return Outcome().send(text, buttons)

    async def pick(self, actor: Actor, prompt_id: int, text: str) -> Outcome | None:
        """Choose the routine a message typed at the menu names; None (and the menu forgotten) if it names none."""
        await self.deps.store.prompts.take(prompt_id)
        picked = pick_routine(text, list(self._routines().values()))
        return await self.choose(actor, picked.id) if picked is not None else None

    async def choose(self, actor: Actor, routine_id: str, *, in_place: bool = False) -> Outcome:
        """Ask the one-tap safety check before a routine (editing the picker when it was tapped)."""
        d = self.deps
        if routine_id not in self._routines():
            return Outcome().toast("That routine is no longer available.").send("That routine is no longer "
                                                                                "available. Send /routine to pick one.")
        await d.store.prompts.drop(actor.chat_id, actor.user_id, ("routine_pick",))
        held = await self._held(actor, routine_id)
        if held is not None:
            return Outcome().toast("").edit(buttons=()).extend(held) if in_place else held
        prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "safety_check", {"routine": routine_id},
                                           at=d.clock())
        buttons = ((Button("Yes, one of these", "chk", (str(prompt.id), "yes"), actor.user_id),
                    Button("No, none of these", "chk", (str(prompt.id), "no"), actor.user_id)),
                   (Button("Not sure", "chk", (str(prompt.id), "unsure"), actor.user_id),))
        text = f"{PRECHECK_QUESTION}\n(You can also type yes, no or not sure.)"
        out = Outcome()
        return out.toast("").edit(text, buttons) if in_place else out.send(text, buttons)

    async def _country(self, actor: Actor) -> str | None:
        account = await self.deps.store.accounts.get(actor.user_id)
        return country_of_zone(account.tz) if account is not None and account.tz else None

    async def answer_check(self, actor: Actor, prompt_id: int | None, yes: bool | None, *,
                           in_place: bool) -> Outcome:
        """Answer the safety check: "no" starts the routine; "yes", or "not sure" (``yes`` None), gives the advice,
        starts nothing and stops a routine already running."""
        d = self.deps
        prompt = await d.store.prompts.take(prompt_id) if prompt_id is not None else None
        if prompt is None or prompt.kind != "safety_check":
            return Outcome().toast(CHECK_DONE).edit(buttons=()) if in_place else Outcome().send(CHECK_DONE)
        if yes or yes is None:
            advice = precheck_advice(d, await self._country(actor))
            text = (f"⚠️ {advice}\n\nI won't start a routine now." if yes else
                    f"⚠️ {UNSURE} {advice}\n\nI won't start a routine now. {AFTER_UNSURE}")
            # What rules out a new routine rules out the running one; only a yes holds routines off for a while.
            if await self.stop_for_red_flag(actor, Level.URGENT if yes else None):
                text += f"\n\n{STOPPED_FOR_SAFETY}"
            return Outcome().toast("").edit(text, ()) if in_place else Outcome().send(text)
        return await self.begin(actor, str(prompt.data["routine"]), in_place=in_place)

    async def begin(self, actor: Actor, routine_id: str, *, in_place: bool, replace: bool = False) -> Outcome:
        """Start the routine now (after the check), or ask before replacing a running one."""
        d = self.deps
        routine = self._routines().get(routine_id)
        out = Outcome().toast("") if in_place else Outcome()
        if routine is None:
            return out.send("That routine is no longer available. Send /routine to pick one.")
        if replace:
            current = await self.sessions.store.active(actor.chat_id)
            if current is not None and current.user_id != actor.user_id:
                return out.edit(SOMEONE_ELSES, ()) if in_place else out.send(SOMEONE_ELSES)
            await self.sessions.apply(current, stopped)
        state = await self.sessions.start(actor.chat_id, actor.user_id, routine_id)
        if state is None:
            prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "replace", {"routine": routine_id},
                                               at=d.clock())
            buttons = ((Button("Replace it", "rep", (str(prompt.id), "yes"), actor.user_id),
                        Button("Keep the current one", "rep", (str(prompt.id), "no"), actor.user_id)),)
            return out.edit(RUNNING, buttons) if in_place else out.send(RUNNING, buttons)
        out.due_changed = True
        text = opening_text(routine)
        return out.edit(text, ()) if in_place else out.send(text)

    async def answer_replace(self, actor: Actor, prompt_id: int | None, yes: bool, *, in_place: bool) -> Outcome:
        """Replace the running routine with the one asked for, or keep it; a second tap does nothing."""
        prompt = await self.deps.store.prompts.take(prompt_id) if prompt_id is not None else None
        if prompt is None or prompt.kind != "replace":
            done = "That question is already answered."
            return Outcome().toast(done).edit(buttons=()) if in_place else Outcome().send(done)
        if not yes:
            kept = "OK, the current routine carries on."
            return Outcome().toast("").edit(kept, ()) if in_place else Outcome().send(kept)
        return await self.begin(actor, str(prompt.data["routine"]), in_place=in_place, replace=True)

    async def _hurts_advice(self, actor: Actor, sign: str) -> str:
        template = SIGN_ADVICE.get(sign)
        return fill(template, country=await self._country(actor)) if template else HURTS_MORE

    async def control(self, actor: Actor, action: str, *, session_id: int | None = None,
                      step: int | None = None, tapped: bool = False, sign: str = "pain") -> Outcome:
        """Pause, resume, skip or stop the routine, or stop it for a step's stop ``sign`` ("It hurts more")."""
        out = Outcome().toast("") if tapped else Outcome()
        state = await self.sessions.store.active(actor.chat_id)
        if state is None or (session_id is not None and state.id != session_id):
            if action == "hurts":  # nothing to stop: the advice, without "I've stopped the routine"
                advice = (await self._hurts_advice(actor, sign)).removeprefix(STOPPED_PREFIX)
                return out.send(f"{ENDED_HURTS if session_id is not None else NO_SESSION_HURTS} {advice}")
            return out.send(ENDED if session_id is not None else NO_SESSION)
        if state.user_id != actor.user_id:
            return Outcome().toast(NOT_YOURS) if tapped else Outcome().send(NOT_YOURS)
        # Skip acts on the step it was sent with: the one whose time is running now, or (tapped the moment it
        # arrived, before its send was recorded) the one still in flight; an older step's Skip does nothing.
        in_flight = state.claim.in_flight and (step is None or state.step == step)
        if action == "skip" and step is not None and state.step != step + 1 and not in_flight:
            return out.send(ALREADY["skip"])
        change = {"pause": paused, "resume": resumed, "skip": skipped_in_flight if in_flight else skipped}.get(
            action, stopped)
        new, changed = await self.sessions.apply(state, change)
        out.due_changed = changed
        if action == "hurts":
            return out.send(await self._hurts_advice(actor, sign))
        if not changed:
            return out.send(ALREADY.get(action, NO_SESSION))
        logger.info("Session %d: %s", state.id, action)
        if tapped and step is not None and new is not None and action in ("pause", "resume"):
            out.edit(buttons=controls(new, step, actor.user_id))  # the step's Pause becomes Resume, and back
        return out.send(CONTROLS_DONE[action])

    async def where(self, actor: Actor) -> Outcome | None:
        """Say which step of the person's routine is running, how long it has left and what comes next ("how long
        is this step?" asked during it); None when no routine of theirs is running or paused."""
        state = await self.sessions.store.active(actor.chat_id)
        routine = self._routines().get(state.routine_id) if state is not None else None
        if state is None or routine is None or state.user_id != actor.user_id or not routine.steps:
            return None
        shown = min(max(state.step - 1, 0), len(routine.steps) - 1)  # ``step`` is the next one to send
        left = state.paused_remaining if state.status == "paused" else (
            None if state.due_at is None else max(0.0, state.due_at - self.deps.clock()))
        minutes = None if left is None else left / 60 / max(self.sessions.time_scale, 1e-9)
        when = "" if minutes is None else (" (paused)" if state.status == "paused" else "") + (
            f": about {round(minutes)} minute{'s' if round(minutes) != 1 else ''} left" if minutes >= 1.5 else
            ": under a minute left" if minutes < 1 else ": about a minute left")
        step = routine.steps[shown]
        nxt = (f" Next: {routine.steps[shown + 1].title}." if shown + 1 < len(routine.steps) else
               " It is the last step.")
        return Outcome().send(f"Step {shown + 1} of {len(routine.steps)}, {step.title}{when}.{nxt}")

    async def leave(self, actor: Actor, *, at_start: bool = False) -> Outcome:
        """Stop the person's routine because they leave the chat (or, ``at_start``, because they left it running
        last time) and say so; nothing when none is running or paused.  For the terminal, which cannot send
        steps to someone who has gone."""
        state = await self.sessions.store.active(actor.chat_id)
        if state is None or state.user_id != actor.user_id:
            return Outcome()
        _, changed = await self.sessions.apply(state, stopped)
        if not changed:
            return Outcome()
        logger.info("Session %d stopped: %s", state.id, "left running last time" if at_start else "the person left")
        routine = self._routines().get(state.routine_id)
        name = routine.title if routine is not None else "your routine"
        out = Outcome().send(LEFT_RUNNING.format(name=name) if at_start else LEAVING.format(name=name))
        out.due_changed = True
        return out

    async def stop_for_red_flag(self, actor: Actor, level: Level | None = Level.URGENT, *, whose: str = "self") -> bool:
        """Stop the person's running routine, drop their pending starts and, for a ``level``, hold new ones off
        for a while (the conversation's context, not a health record: the level and whether the signs were the
        person's own or someone else's (``whose``), never the words); return whether a routine was running.

        A red flag held already keeps what weighs more: an emergency is not lowered by a later urgent sign, nor
        the person's own signs by someone else's."""
        d = self.deps
        await d.store.prompts.drop(actor.chat_id, actor.user_id, ("safety_check", "replace"))
        if level is not None:
            held = await d.store.prompts.current(actor.chat_id, actor.user_id, ("red_flag",))
            if held is not None and d.clock() - held.created_at <= RED_FLAG_HOLD:
                if held.data.get("level") == "emergency":
                    level = Level.EMERGENCY
                if held.data.get("whose", "self") == "self":
                    whose = "self"
            await d.store.prompts.put(actor.chat_id, actor.user_id, "red_flag", {"level": str(level), "whose": whose},
                                      at=d.clock())
        state = await self.sessions.store.active(actor.chat_id)
        if state is None or state.user_id != actor.user_id:
            return False
        _, changed = await self.sessions.apply(state, stopped)
        if changed:
            logger.info("Session %d stopped: red flag", state.id)
        return changed

    async def score(self, actor: Actor, prompt_id: int | None, score: int, *, in_place: bool) -> Outcome:
        """Store the end-of-routine score 0-10 in the pain log (the first answer counts)."""
        d = self.deps
        prompt = await d.store.prompts.take(prompt_id) if prompt_id is not None else None
        if prompt is None or prompt.kind != "score":
            done = "That score is already saved."
            return Outcome().toast(done).edit(buttons=()) if in_place else Outcome().send(done)
        await d.store.sessions.score(int(prompt.data["session"]), score, at=d.clock())
        if not actor.private:  # no one's score in a group, nor a hint of it
            text = "Saved, thank you. Send /routine whenever you want another session."
        elif score >= HIGH_SCORE:  # not "thank you, another session?" to someone in a lot of pain
            text = f"Saved: {score}/10. {high_score_line(await self._country(actor))}"
        else:
            text = f"Saved: {score}/10. Thank you! Send /routine whenever you want another session."
        if not self.terminal:
            text += " /progress shows your chart."
        # The edit says it: no "Saved." toast before "Saved: 5/10" (the terminal prints both).
        return Outcome().toast("").edit(text, ()) if in_place else Outcome().send(text)
