"""The application core: one entry point per user intent, and what a message means in its context.

Adapters call :meth:`BackCare.command`, :meth:`BackCare.message` and :meth:`BackCare.press` (or the
feature objects directly) and turn the :class:`~bot.core.outcome.Outcome` into sends and edits.  The
:class:`~bot.core.ticker.Ticker` sends what falls due.  Nothing here imports ``telegram``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from bot.core.actor import Actor
from bot.core.admin import Admin
from bot.core.clock import today
from bot.core.deps import Deps
from bot.core.model import QUESTIONS, Account
from bot.core.outcome import Button, Outcome, rows
from bot.core.privacy import Privacy
from bot.core.progress import OPEN_PRIVATE, PRIVATE, Progress
from bot.core.questions import Questions, label
from bot.core.reminders import Reminders
from bot.core.requests import Request, only_a_score, read_request
from bot.core.routines import MILD_OK, NO_SESSION, STOPPED_FOR_SAFETY, Routines, named_routine
from bot.core.scores import read_score, score_problem
from bot.core.signs import mild_pain, stop_sign
from bot.dialogue import NOT_MEDICAL_ADVICE, Reply, ReplyKind
from bot.reminders import parse_reminder, parse_time
from bot.safety import Assessment, Finding, Level, country_of_zone, durations, safety_note
from bot.storage.interfaces import StorageError, Store

logger = logging.getLogger(__name__)
T = TypeVar("T")

GREETING = ("Hi! I'm BackCare. I answer questions about looking after your back and self-massage, "
            "guide you through short self-massage routines, and remind you to do them.")
#: The terminal chat sends no reminders.
TERMINAL_GREETING = ("Hi! I'm BackCare. I answer questions about looking after your back and self-massage, "
                     "and guide you through short self-massage routines.")
MENU = (("❓ Ask a question", "ask"), ("💆 Techniques", "techniques"), ("▶️ Start a routine", "routine"),
        ("⏰ Reminders", "reminders"), ("📈 My progress", "progress"))
HELP = """\
Just type a question, for example "how often should I massage my back?" or "heat or ice?".
/techniques - the self-massage techniques, one tap each
/routine - a guided self-massage routine, step by step (/pause, /resume, /skip, /stop; type "it hurts" to stop)
/remind - reminders, e.g. /remind mon wed fri 19:00 (/reminders lists them, /timezone sets yours)
/log - how your back feels today, 0-10
/progress - a chart of how it has been going
/privacy - what I store; /export sends it to you, /forget deletes it all
/help - this text
If your pain has lasted for months, or comes with numbness, fever, a fall, or trouble \
controlling your bladder or bowels, I will point you to a professional: please take that seriously."""
ACK = "👍 Ask me anything about your back or self-massage whenever you like, or send /routine for a guided routine."
ACK_NO = "No problem. I'm here if you want to ask something about your back, or send /routine for a guided routine."
TERMINAL_FORGET = ("Deleting your data works in Telegram (/forget there). This terminal chat keeps everything in the "
                   "local database file (BACKCARE_DB, backcare.db by default): delete that file to erase it all.")
TERMINAL_EXPORT = ("Exporting your data works in Telegram (/export there). This terminal chat keeps everything in the "
                   "local database file (BACKCARE_DB, backcare.db by default).")
ASK_PROMPT = "Type your question in your own words, for example: “how long should a session last?”"
UNSUPPORTED = ("I can only read text. Type a question about your back or self-massage, "
               "or send /help to see what I can do.")
EDITED = "I only act on new messages, so I left that edit alone. Send it again as a new message if you like."
NOT_YOURS = "This button is for someone else."
TERMINAL_PRIVACY = ("In this terminal chat it all stays in the local database file (BACKCARE_DB, backcare.db by "
                    "default); /export and /forget work in Telegram.")
DURATION_QUESTION = "How long has it been hurting?"
LONG_PAIN = "over-3-months"
DURATIONS = (("under-6-weeks", "Under 6 weeks"), ("6-12-weeks", "6-12 weeks"), (LONG_PAIN, "Over 3 months"))
DURATION_UNIT = ("Is that days, weeks or months? Type it with the unit, for example “5 weeks”, or pick one of the "
                 "choices above.")
DURATION_WHEN = ("Roughly how long ago was that? Type it, for example “5 weeks” or “about 4 months”, or pick one of "
                 "the choices above.")
DURATION_UNSURE = ("That's fine, it doesn't need to be exact. Most back pain eases within a few weeks; if yours lasts "
                   "beyond about 6 weeks, or gets worse, see a GP or physiotherapist.")

#: Stored as the pain duration once "how long has it been hurting?" was asked and not answered: it is asked once.
DURATION_ASKED = "asked"
#: Words that say when the pain began, or how long ago, without a length the triage reads: no need to ask.
_WHEN = re.compile(r"\b(?:yesterday|today|tonight|overnight|earlier|"
                   r"this (?:morning|afternoon|evening|week|weekend|month|year)|"
                   r"last (?:night|week|weekend|month|year|time|mon|tues|wednes|thurs|fri|satur|sun)\w*|"
                   r"(?:on|since) (?:mon|tues|wednes|thurs|fri|satur|sun)day|the other day|a (?:few|couple of) "
                   r"(?:days|weeks|months)|ago|since|recently|lately|just started|woke up|all (?:day|week|month|year)|"
                   r"for (?:days|weeks|months|years|ages)|ages|forever|years|months)\b", re.I)
#: Messages longer than this are read in a worker thread.
LONG_TEXT = 600
_YES = re.compile(r"^\s*(y|yes|yeah|yep|yup|sure|i do|it does|they do|one of them|some)\b", re.I)
#: Not a yes or a no at the safety check: read as a reason for caution (checked before _NO: "I don't know").
_UNSURE = re.compile(r"\b(not sure|unsure|no idea|maybe|may be|might|perhaps|possibly|probably|don'?t know|do not know|"
                     r"dunno|idk|not certain|can'?t say|hard to say|i think so|kind of|kinda|sort of|a bit|a little|"
                     r"not really sure|could be)\b", re.I)
_NO = re.compile(r"^\s*(n|no|nope|nah|none|none of (these|them)|not really|i don'?t|no,? none)\b", re.I)
_CONTROL = re.compile(r"^\s*(?:please\s+)?(stop|pause|skip|next|resume|continue|carry on|go on)\b[\s\w]{0,20}[.!]*\s*$",
                      re.I)
#: A question about the routine that is running: its step, the time left, what comes next.
_WHERE = re.compile(r"^\W*(?:how (?:long|much longer) (?:is|for|on|left|do i|does|till|until)\b[^.!?]{0,25}"
                    r"(?:step|this|it|one|left|go|next)\b|how much (?:time|longer) (?:is )?left\b|"
                    r"what(?:'s| is) next\b|which step\b|what step\b|how many (?:more )?steps\b|time left\b)", re.I)
#: A routine control said alone: with no routine running, the answer is that none is.
_BARE_CONTROL = re.compile(r"^\s*(?:please\s+)?(?:stop|pause|skip|next|resume|continue|carry on|go on)(?:\s+(?:it|the "
                           r"routine|the session|the massage|massaging|now|please))?\s*[.!]*\s*$", re.I)
#: "a week or two", "3 or 4 months": the second number of a rough length.
_EITHER = re.compile(r"\s+or\s+(?:so|two|three|four|five|six|\d+)\b")
_WEEKS = re.compile(r"(\d+)\s*(day|week|wk|month|year|yr)s?", re.I)


async def _unless_unavailable(step: Awaitable[T], default: T) -> T:
    """Return what ``step`` returns, or ``default`` when the database is unavailable (questions are still answered)."""
    try:
        return await step
    except StorageError as exc:
        logger.warning("Answering without the conversation's context: %s", exc)
        return default


#: An answer to "how long has it been hurting?" that says the person does not know: fine, nothing is stored.
UNSURE_DURATION = "unsure"
#: A bare number ("5") at that question: 5 days, weeks or months? Asked back; never a pain score meanwhile.
BARE_NUMBER = "number"
#: A start with no date ("since my baby was born"): how long ago that was is asked back.
UNDATED = "undated"
_DURATION_UNSURE = re.compile(r"^\W*(?:i'?m |im |i am )?(?:not (?:really |too |so |that )?sure|unsure|no idea|"
                              r"(?:i )?(?:don'?t|dont|do not) (?:really )?know|dunno|idk|maybe|not certain|"
                              r"can'?t (?:remember|say|recall)|cant (?:remember|say)|hard to say|no clue|who knows|"
                              r"(?:a|quite a|for a) while|a bit|some time|for some time|on and off|off and on|"
                              r"it varies|varies|hmm+|um+|not really)\b[\w\s',.!]{0,20}$", re.I)
_DURATION_NUMBER = re.compile(r"^\s*(?:about |around |roughly |maybe )?(\d{1,3})\s*[.!]*\s*$", re.I)
_UNDATED_EVENT = re.compile(r"\b(?:born|birth|pregnan\w*|had (?:my|the) (?:baby|kids?|children|son|daughter))\b",
                            re.I)
#: Words that say the message tells of pain or a back that is not right (a question about cracking one's back,
#: or about massage in general, describes none: nobody is asked how long it has hurt).
_DESCRIBES_PAIN = re.compile(r"\b(?:pain\w*|hurt\w*|ach(?:e|es|ed|ing|y)|sore\w*|stiff\w*|agony|twinge\w*|"
                             r"killing me|bad back|spasm\w*|throb\w*|tender|pulled|strained|tweaked|put my back out|"
                             r"(?:back|neck)(?:'s| is| has been| feels?) (?:bad|awful|terrible|rough|wrecked|"
                             r"playing up|giving me (?:trouble|grief)))\b", re.I)
#: The three answers to "how long has it been hurting?", by days (6 weeks, 12 weeks: durations.CHRONIC_DAYS).
_BUCKETS = ((42.0, "under-6-weeks"), (float(durations.CHRONIC_DAYS), "6-12-weeks"))


def bucket(days: float) -> str:
    """Return the answer to "how long has it been hurting?" for a pain of ``days`` days."""
    return next((key for limit, key in _BUCKETS if days < limit), LONG_PAIN)


def duration_answer(text: str, day: dt.date | None = None) -> str | None:
    """Read a typed answer to "how long has it been hurting?": one of the three choices ("about 2 months" is
    6-12 weeks, "3 weeks", "since summer" and "since March" counted back from ``day``, "years"), or
    :data:`UNSURE_DURATION` ("not sure", "dunno"), :data:`BARE_NUMBER` ("5"), :data:`UNDATED` ("since my baby
    was born"); None if it is not an answer at all."""
    low = text.lower().strip()
    if len(low) > 40 or "?" in low or not low:  # a question or a story is a new message, not the answer
        return None
    if _DURATION_NUMBER.match(low):
        return BARE_NUMBER
    said = durations.find(low, day or dt.date.today())
    if said:
        longest = max(d.days for d in said)
        if longest >= durations.LONG and _UNDATED_EVENT.search(low):
            return UNDATED
        return bucket(longest)
    match = _WEEKS.search(low)
    if match:
        n, unit = int(match[1]), match[2].lower()
        factor = 1 if unit == "day" else 7 if unit in ("week", "wk") else 30.44 if unit == "month" else 365.25
        return bucket(n * factor)
    if re.search(r"\b(years?|months|ages|forever|long time|over 3|more than 3)\b", low):
        return LONG_PAIN
    if re.search(r"\b(days?|today|yesterday|a week|last week|this week|few weeks|couple of weeks|recently|just started|"
                 r"not long|not very long)\b", low):
        return "under-6-weeks"
    if _DURATION_UNSURE.match(low):
        return UNSURE_DURATION
    return None


def describes_pain(text: str) -> bool:
    """Return whether ``text`` tells of pain or a back that is not right ("my back hurts", "stiff neck")."""
    return bool(_DESCRIBES_PAIN.search(text))


def gives_time(text: str, day: dt.date) -> bool:
    """Return whether ``text`` says when the pain began or how long ago ("since yesterday", "last weekend")."""
    return bool(_WHEN.search(text)) or bool(durations.find(text.lower(), day))


class BackCare:
    """Every user intent, transport-free."""

    def __init__(self, deps: Deps, *, terminal: bool = False) -> None:
        self.deps = deps
        self.terminal = terminal
        self.questions = Questions(deps)
        self.routines = Routines(deps, terminal=terminal)
        self.reminders = Reminders(deps)
        self.progress = Progress(deps, on_red_flag=self.routines.stop_for_red_flag)
        self.privacy = Privacy(deps)
        self.admin = Admin(deps)

    @property
    def store(self) -> Store:
        """Return the database."""
        return self.deps.store

    # --- commands ------------------------------------------------------------------------------

    async def start(self, actor: Actor) -> Outcome:
        """Greet, say what this is and is not, and show the menu."""
        await _unless_unavailable(self.store.accounts.touch(actor.user_id, actor.chat_id, at=self.deps.clock()), False)
        menu = () if self.terminal else rows(*(Button(t, "menu", (item,), actor.user_id) for t, item in MENU))
        tail = "Type a question, or /help for what works here." if self.terminal else ""
        greeting = TERMINAL_GREETING if self.terminal else GREETING
        return Outcome().send(f"{greeting}\n\n{NOT_MEDICAL_ADVICE}" + (f"\n{tail}" if tail else ""), menu)

    async def help(self, actor: Actor) -> Outcome:
        """Explain how to use the bot (in the terminal, what works there)."""
        if self.terminal:
            from bot.console import TERMINAL_HELP

            return Outcome().send(TERMINAL_HELP)
        return Outcome().send(HELP)

    async def _privacy(self, actor: Actor) -> Outcome:
        """Say what is stored (in the terminal, where it is kept and that /export and /forget are Telegram's)."""
        out = await self.privacy.explain(actor)
        if self.terminal:
            out.send(TERMINAL_PRIVACY)
        return out

    async def techniques(self, actor: Actor) -> Outcome:
        """List the techniques as buttons."""
        entries = [e for e in self.deps.kb.entries.values() if e.kind == "techniques"]
        return Outcome().send("Which technique would you like to learn?",
                              rows(*(Button(label(e.question), "ans", (e.id,), actor.user_id) for e in entries)))

    async def command(self, actor: Actor, name: str, args: str = "") -> Outcome:
        """Carry out a slash command (without the slash); unknown ones get a short help."""
        name = name.lower().split("@", 1)[0]
        admin = {"stats": self.admin.stats, "reload": self.admin.reload}
        simple = {
            "start": self.start, "help": self.help, "techniques": self.techniques,
            "reminders": self.reminders.list, "progress": self.progress.progress, "privacy": self._privacy,
            "export": self.privacy.export, "forget": self.privacy.forget,
        }
        with_args: dict[str, Callable[[Actor, str], Awaitable[Outcome]]] = {
            "log": self.progress.log, "remind": self.reminders.remind, "timezone": self.reminders.timezone,
            "routine": self.routines.menu}
        if name in ("pause", "resume", "skip", "stop", "hurts"):
            return await self.routines.control(actor, name)
        if name in admin and self.admin.allowed(actor):
            return await admin[name](actor)
        if self.terminal and name in TERMINAL_UNSUPPORTED:
            return Outcome().send(f"/{name} works in Telegram, not in this terminal chat. /help lists what works here.")
        if name in simple:
            return await simple[name](actor)
        if name in with_args:
            return await with_args[name](actor, args)
        return Outcome().send(f"I don't know /{name}. Send /help to see what I can do, or just type your question.")

    async def unsupported(self, actor: Actor) -> Outcome:
        """Answer a sticker, voice note, photo or file."""
        return Outcome().send(UNSUPPORTED)

    async def edited(self, actor: Actor, text: str = "") -> Outcome:
        """Answer an edited message without acting on it again, unless the edit tells of an urgent or emergency
        sign: that gets the advice (and stops a routine) as a new message would."""
        if text.strip() and not text.lstrip().startswith("/"):
            reply = await self.respond(actor, text)
            if reply.safety >= Level.URGENT:
                return await self._red_flag(actor, text, reply)
        return Outcome().send(EDITED)

    async def _red_flag(self, actor: Actor, text: str, reply: Reply) -> Outcome:
        """Show the urgent or emergency advice of ``reply``, stop the person's routine and hold new ones off."""
        whose = await self._whose(text)
        stopped = await _unless_unavailable(self.routines.stop_for_red_flag(actor, reply.safety, whose=whose), False)
        out = await self.questions.reply(actor, text, reply)
        if stopped:
            out.send(STOPPED_FOR_SAFETY)
        return out

    async def _whose(self, text: str) -> str:
        """Return whose red flag ``text`` tells of: "self", or "other" (someone else's, "my dad has a fever")."""
        day = today(self.deps.clock)
        if len(text) > LONG_TEXT:
            return (await asyncio.to_thread(self.deps.dialogue.assess, text, today=day)).subject
        return self.deps.dialogue.assess(text, today=day).subject

    # --- free text -----------------------------------------------------------------------------

    async def respond(self, actor: Actor, text: str, account: Account | None = None) -> Reply:
        """Return the answer engine's reply for this person (their time zone's country picks the numbers)."""
        if account is None:
            account = await _unless_unavailable(self.store.accounts.get(actor.user_id), None)
        country = country_of_zone(account.tz) if account is not None and account.tz else None
        day = today(self.deps.clock)
        if len(text) > LONG_TEXT:  # a long paste takes a while to read: not on the loop other chats wait on
            return await asyncio.to_thread(self.deps.dialogue.respond, text, country=country, today=day)
        return self.deps.dialogue.respond(text, country=country, today=day)

    async def message(self, actor: Actor, text: str) -> Outcome:
        """Handle free text in the context of the conversation: a routine, a pending question, or a question."""
        # What the conversation is in the middle of, read at once (each read says None if the database is down).
        account, prompt, session = await asyncio.gather(
            _unless_unavailable(self.store.accounts.get(actor.user_id), None),
            _unless_unavailable(self.store.prompts.current(actor.chat_id, actor.user_id, QUESTIONS), None),
            _unless_unavailable(self.store.sessions.active(actor.chat_id), None))
        reply = await self.respond(actor, text, account)
        if reply.safety >= Level.URGENT:  # the advice comes even when the database is unavailable
            return await self._red_flag(actor, text, reply)
        day = today(self.deps.clock)
        if prompt is not None:
            handled = await self._answer_prompt(actor, prompt.kind, prompt.id, text, prompt.data)
            if handled is not None:
                return handled
        answer = duration_answer(text, day)
        if answer is not None and answer != BARE_NUMBER and (prompt is None or prompt.kind != "duration"):
            # "2 months" after another question came in between, or a length told again once it was answered
            pending = await _unless_unavailable(
                self.store.prompts.current(actor.chat_id, actor.user_id, ("duration",)), None)
            if pending is not None:
                return await self._typed_duration(actor, pending.id, answer)
            if answer not in (UNSURE_DURATION, UNDATED) and account is not None and account.pain_duration is not None \
                    and durations.bare(_EITHER.sub(" ", text.lower()), day):
                return await self.answer_duration(actor, None, answer, in_place=False)
        if session is not None and session.user_id == actor.user_id and (sign := stop_sign(text)) is not None:
            # A step's "Stop if" sign in the person's words acts like the "It hurts more" button.
            out = await self.routines.control(actor, "hurts", sign=sign)
            if "?" in text and reply.kind is ReplyKind.ANSWER:  # "is tingling normal?": the answer follows
                out.extend(await self.questions.reply(actor, text, reply))
            return out
        if session is not None and session.user_id == actor.user_id and mild_pain(text) and "?" not in text:
            return Outcome().send(MILD_OK)  # "it hurts a bit but ok": the routine goes on
        request = read_request(text) if reply.safety is Level.NONE else None
        if request is not None and request.kind not in ("ack", "ack_no", "log"):
            return await self._request(actor, request)
        if session is not None and session.user_id == actor.user_id and _WHERE.search(text) \
                and (where := await self.routines.where(actor)) is not None:
            return where  # "how long is this step?", "what's next?" during the routine
        if session is not None and session.user_id == actor.user_id and len(text) <= 60:
            match = _CONTROL.match(text)
            if match:
                word = match[1].lower()
                action = {"next": "skip", "continue": "resume", "carry on": "resume", "go on": "resume"}.get(word, word)
                return await self.routines.control(actor, action)
        if request is not None and request.kind == "log":  # "i feel 3/10 today": offered to log, after any answer
            offer = await self._request(actor, request)
            if reply.kind is not ReplyKind.ANSWER or only_a_score(text):
                return offer
            return (await self.questions.reply(actor, text, reply)).extend(offer)
        if session is None and _BARE_CONTROL.match(text) and reply.kind is not ReplyKind.ANSWER:
            return Outcome().send(NO_SESSION)  # "stop" with nothing running: not "did you mean..."
        # "ok", "lol", "no" with nothing open: a short reply, not a guess (nor "sorry that wasn't helpful" for "no")
        if request is not None and (reply.kind in (ReplyKind.NO_MATCH, ReplyKind.DID_YOU_MEAN)
                                    or (reply.kind is ReplyKind.SMALLTALK and reply.topic == "not-helpful")):
            return Outcome().send(ACK_NO if request.kind == "ack_no" else ACK)
        if reply.asks_duration and account is not None and account.pain_duration == LONG_PAIN:
            reply = self._with_known_duration(reply, account)
        out = await self.questions.reply(actor, text, reply)
        known = account is not None and account.pain_duration not in (None, DURATION_ASKED)
        if session is not None or known or not describes_pain(text):
            return out
        if gives_time(text, day):  # a length told is remembered: the question is never asked after it
            told = self._told_length(text, day, reply)
            if account is None or told != account.pain_duration:
                await _unless_unavailable(self.store.accounts.set_pain_duration(
                    actor.user_id, actor.chat_id, told, at=self.deps.clock()), None)
        elif reply.asks_duration and (account is None or account.pain_duration is None):
            await _unless_unavailable(self._ask_duration(actor, out), None)
        return out

    @staticmethod
    def _told_length(text: str, day: dt.date, reply: Reply) -> str:
        """Return what a message that says how long the pain has lasted tells: one of the three answers to "how
        long has it been hurting?", or :data:`DURATION_ASKED` (no need to ask) when it says when but not how long."""
        said = [d for d in durations.find(text.lower(), day) if d.kind in ("length", "start", "ago")]
        if not said or len(text.lower()) != len(text):
            return DURATION_ASKED
        longest = max(d.days for d in said)
        if longest >= durations.LONG and _UNDATED_EVENT.search(text):
            return DURATION_ASKED
        told = bucket(longest)
        # Over 3 months only when the triage read it as the pain's length too ("yoga for 5 years" is not).
        return DURATION_ASKED if told == LONG_PAIN and reply.safety < Level.CHRONIC else told

    async def _request(self, actor: Actor, request: Request) -> Outcome:
        """Carry out what a message asks for in plain words, as its command would (or say where it works)."""
        kind, terminal = request.kind, self.terminal
        if kind == "privacy":
            return await self._privacy(actor)
        if kind == "forget":
            if terminal:
                return Outcome().send(TERMINAL_FORGET)
            return await self.privacy.forget(actor)
        if kind == "techniques":
            return await self.techniques(actor)
        if kind == "start":
            return await self.start(actor)
        if kind == "export":
            if terminal:
                return Outcome().send(TERMINAL_EXPORT)
            return await self.privacy.export(actor)
        if kind == "progress":
            if terminal:
                return Outcome().send("Your pain chart works in Telegram: there, send /progress.")
            return await self.progress.progress(actor)
        if kind == "routine":  # "start the quick routine": that one; "start a routine", or one not known: the menu
            named = re.sub(r"^(?:(?:the|a|an|my|your)\s+)+", "", request.args, flags=re.I)
            return await self.routines.menu(actor, named if named_routine(named) else "")
        if kind == "log_now":
            if terminal:
                return Outcome().send(f"The pain log works in Telegram: there, send /log {request.args}.")
            return await self.progress.log(actor, request.args)
        if kind == "stop_reminders":
            if terminal:
                return Outcome().send("This terminal chat sends no reminders; reminders work in Telegram.")
            return await self.reminders.list(actor)
        if kind == "remind":
            if terminal:
                return Outcome().send("Reminders work in Telegram: there, send for example /remind mon wed fri 19:00.")
            try:
                parse_reminder(request.args)
            except ValueError:  # no days and time read: the day picker asks for them (keeping a time said)
                try:
                    said = parse_time(request.args)
                except ValueError:
                    said = None
                return await self.reminders.remind(actor, f"{said:%H:%M}" if said is not None else "")
            return await self.reminders.remind(actor, request.args)
        score = int(request.args)  # "log": offer to log what was said, one tap
        if terminal:
            return Outcome().send(f"Thanks for telling me. The pain log works in Telegram: there, send /log {score}.")
        return Outcome().send(f"Shall I log {score}/10 for today in your pain log? Tap to log it, or just carry on.",
                              ((Button(f"📝 Log {score}/10", "log", (str(score),), actor.user_id),),),
                              private=actor.in_group, fallback=OPEN_PRIVATE, notice=PRIVATE)

    def _with_known_duration(self, reply: Reply, account: Account) -> Reply:
        """Return ``reply`` with the referral, for someone who said before that their pain has lasted months."""
        told = Assessment(Level.CHRONIC, ("told-duration",),
                          findings=(Finding("told-duration", Level.CHRONIC, 0, 0),))
        note = safety_note(self.deps.kb, told, country_of_zone(account.tz) if account.tz else None)
        text = note if reply.kind is ReplyKind.NO_MATCH else f"{reply.text}\n\n{note}"
        return replace(reply, text=text, safety=Level.CHRONIC, asks_duration=False)

    async def _ask_duration(self, actor: Actor, out: Outcome) -> None:
        """Add "how long has it been hurting?" (one tap, typed answers count too) to ``out``, and remember it was
        asked, so it is asked once (an answer, tapped or typed, later replaces that)."""
        p = await self.store.prompts.put(actor.chat_id, actor.user_id, "duration", {}, at=self.deps.clock())
        await self.store.accounts.set_pain_duration(actor.user_id, actor.chat_id, DURATION_ASKED, at=self.deps.clock())
        out.send(DURATION_QUESTION, (tuple(Button(lbl, "dur", (str(p.id), key), actor.user_id)
                                           for key, lbl in DURATIONS),))

    async def _answer_prompt(self, actor: Actor, kind: str, prompt_id: int, text: str,
                             data: Mapping[str, Any] | None = None) -> Outcome | None:
        """Return the outcome of ``text`` read as the answer to the pending prompt, or None if it is not one."""
        if kind == "score" and (said := read_score(text)) is not None:
            if said.value is not None:
                return await self.routines.score(actor, prompt_id, said.value, in_place=False)
            return Outcome().send(score_problem(said))  # the question stays open
        if kind == "safety_check" and len(text) <= 60 and not _YES.match(text) and _UNSURE.search(text):
            return await self.routines.answer_check(actor, prompt_id, None, in_place=False)
        if kind in ("safety_check", "replace"):
            yes, no = bool(_YES.match(text)), bool(_NO.match(text))
            if yes == no:
                return None
            if kind == "safety_check":
                return await self.routines.answer_check(actor, prompt_id, yes, in_place=False)
            return await self.routines.answer_replace(actor, prompt_id, yes, in_place=False)
        if kind == "remind_days":  # "6:45pm" at "What time?", "mon wed 7pm" at the day picker
            return await self.reminders.typed_at_picker(actor, prompt_id, text)
        if kind == "routine_pick":
            return await self.routines.pick(actor, prompt_id, text)
        if kind == "did_you_mean" and (number := re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text)) is not None:
            # "2" typed under "did you mean" buttons picks the second, as it does in the terminal
            topics = [str(t) for t in (data or {}).get("topics") or ()]
            if 1 <= int(number[1]) <= len(topics):
                return await self.questions.pick(actor, topics[int(number[1]) - 1], prompt_id)
            return None
        if kind == "duration" and (answer := duration_answer(text, today(self.deps.clock))) is not None:
            return await self._typed_duration(actor, prompt_id, answer)
        if kind == "timezone" and len(text) <= 64 and not text.startswith("/"):
            from bot.timezones import resolve_timezone  # its tables (1.5 MB) only when a time zone is asked for

            if resolve_timezone(text).found:
                return await self.reminders.timezone(actor, text)
            await self.store.prompts.take(prompt_id)  # not a place: it is a message like any other
        return None

    async def _typed_duration(self, actor: Actor, prompt_id: int, answer: str) -> Outcome:
        """Answer "how long has it been hurting?" as typed: a length is one of the three choices; "not sure" is
        fine (nothing is stored); a bare number or a start with no date is asked back (the question stays)."""
        if answer == BARE_NUMBER:
            return Outcome().send(DURATION_UNIT)
        if answer == UNDATED:
            return Outcome().send(DURATION_WHEN)
        if answer == UNSURE_DURATION:
            await self.store.prompts.take(prompt_id)
            return Outcome().send(DURATION_UNSURE)
        return await self.answer_duration(actor, prompt_id, answer, in_place=False)

    async def answer_duration(self, actor: Actor, prompt_id: int | None, answer: str, *, in_place: bool) -> Outcome:
        """Remember how long the pain has lasted; over three months gets the referral.  ``prompt_id`` None: told
        again after the question was answered ("a week or two")."""
        d = self.deps
        prompt = await self.store.prompts.take(prompt_id) if prompt_id is not None else None
        if prompt_id is not None and (prompt is None or prompt.kind != "duration"):
            return Outcome().toast("Already answered, thank you.").edit(buttons=())
        if answer not in {key for key, _ in DURATIONS}:
            return Outcome().toast("That button no longer works.").edit(buttons=())
        await self.store.accounts.set_pain_duration(actor.user_id, actor.chat_id, answer, at=d.clock())
        if answer == LONG_PAIN:
            text = f"Thanks for telling me.\n\n🩺 {d.kb.safety_texts['chronic']}"
        elif answer == "6-12-weeks":  # already past the "few weeks" most back pain takes to ease
            text = ("Thanks. Pain that has lasted more than about 6 weeks is worth having checked: see a GP or "
                    "physiotherapist, sooner if it is getting worse or stopping you doing daily things.")
        else:
            text = ("Thanks. Most back pain eases within a few weeks. If it lasts beyond about 6 weeks, or gets "
                    "worse, see a GP or physiotherapist.")
        out = Outcome()
        return out.toast("").edit(text, ()) if in_place else out.send(text)

    # --- buttons -------------------------------------------------------------------------------

    async def press(self, actor: Actor, action: str, args: tuple[str, ...], *, owner: int | None) -> Outcome:
        """Carry out a button tap; buttons sent to someone else answer only with a short notice."""
        if owner is not None and owner != actor.user_id:
            return Outcome().toast(NOT_YOURS)
        r, q = self.routines, self.questions
        a = args
        if action == "menu":
            item = a[0]
            opened = {"techniques": self.techniques, "routine": r.menu, "reminders": self.reminders.list,
                      "progress": self.progress.progress}
            if item in opened:
                return Outcome().toast("").extend(await opened[item](actor))
            return Outcome().toast("").send(ASK_PROMPT)
        if action == "ans":
            return await q.open(actor, a[0])
        if action == "dym":
            return await q.pick(actor, a[0], int(a[1]))
        if action == "fb":
            return await q.feedback(actor, a[0], a[1] == "1")
        if action == "rt":
            return await r.choose(actor, a[0], in_place=True)
        if action == "chk":
            return await r.answer_check(actor, int(a[0]), None if a[1] == "unsure" else a[1] == "yes", in_place=True)
        if action == "rfok":
            return await r.checked(actor, int(a[0]), a[1])
        if action == "rep":
            return await r.answer_replace(actor, int(a[0]), a[1] == "yes", in_place=True)
        if action == "ss":
            return await r.control(actor, a[0], session_id=int(a[1]), step=int(a[2]), tapped=True)
        if action == "score":
            return await r.score(actor, int(a[0]), int(a[1]), in_place=True)
        if action == "dur":
            return await self.answer_duration(actor, int(a[0]), a[1], in_place=True)
        if action == "log":
            return await self.progress.save(actor, int(a[0]), None, tapped=True)
        if action == "rmday":
            return await self.reminders.pick_day(actor, int(a[0]), a[1])
        if action == "rmtime":
            return await self.reminders.pick_time(actor, int(a[0]), a[1])
        if action == "rmdel":
            return await self.reminders.remove(actor, int(a[0]))
        if action == "rmstart":
            routine = await self.reminders.routine_for(actor, a[0] if a else None)
            return await r.choose(actor, routine, in_place=False)
        if action == "tz":
            return await self.reminders.pick_timezone(actor, int(a[0]), int(a[1]))
        if action == "tzmove":
            return await self.reminders.move(actor, int(a[0]), a[1] == "yes")
        if action == "forget":
            return await self.privacy.confirm(actor, int(a[0]), a[1] == "yes")
        return Outcome().toast("Sorry, that button no longer works. Send /start for the menu.", alert=True)


#: Commands the terminal chat cannot carry out (they need Telegram's files, pictures or a running bot).
TERMINAL_UNSUPPORTED = frozenset({"log", "progress", "remind", "reminders", "timezone", "export", "forget",
                                  "stats", "reload"})
