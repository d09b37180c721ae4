"""The pain log and the progress chart."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.model import NOTE_MAX_CHARS
from bot.core.outcome import Attachment, Outcome
from bot.core.routines import HIGH_SCORE, STOPPED_FOR_SAFETY, high_score_line, zero_to_ten
from bot.core.scores import read_score, score_problem
from bot.safety import Assessment, Level, assess, country_of_zone, safety_note

ASK = "How does your back feel today? 0 = no pain, 10 = the worst you can imagine."
USAGE = ("Send /log with a score from 0 (no pain) to 10 (worst), and a short note if you like, "
         "for example: /log 4 stiff after gardening")
EXAMPLE = "For example: /log 4, or with a short note: /log 4 stiff after gardening"
PRIVATE = "I've sent it to you in our private chat."
OPEN_PRIVATE = ("That's personal, so I only show it in our private chat. Open a chat with me (tap my name, then "
                "Start) and send the command there.")


def parse_log(text: str) -> tuple[int, str | None] | None:
    """Return the score and note from "/log 4 stiff" ("/log four", "/log 4/10"), or None without a score 0-10."""
    head, _, note = text.strip().partition(" ")
    said = read_score(head)
    if said is None or said.value is None:
        return None
    return said.value, note.strip() or None


class Progress:
    """/log and /progress."""

    def __init__(self, deps: Deps, on_red_flag: Callable[[Actor, Level], Awaitable[bool]] | None = None) -> None:
        self.deps = deps
        #: Stops the person's routine; a red flag in a note counts like one in a message.
        self.on_red_flag = on_red_flag

    async def _tz(self, user_id: int) -> dt.tzinfo:
        account = await self.deps.store.accounts.get(user_id)
        try:
            return ZoneInfo(account.tz) if account and account.tz else dt.UTC
        except (ZoneInfoNotFoundError, ValueError):
            return dt.UTC

    async def log(self, actor: Actor, text: str) -> Outcome:
        """Log a score (and note) from the command text, or ask with buttons."""
        if not text.strip():
            return Outcome().send(ASK, zero_to_ten("log", actor.user_id), private=actor.in_group,
                                  fallback=OPEN_PRIVATE, notice=PRIVATE)
        parsed = parse_log(text)
        if parsed is None:
            said = read_score(text.strip().partition(" ")[0])
            # the problem says the range already: then only the example, not the range again
            return Outcome().send(f"{score_problem(said)} {EXAMPLE}" if said is not None else USAGE)
        return await self.save(actor, *parsed)

    async def save(self, actor: Actor, score: int, note: str | None, *, tapped: bool = False) -> Outcome:
        """Store the score; the note is triaged like any message (and never shown in a group)."""
        from bot import progress as chart  # with statistics and decimal: only once someone logs (0.4 MB at rest)

        d = self.deps
        now = d.clock()
        await d.store.pain.add(actor.user_id, actor.chat_id, score, note, at=now)
        tz = await self._tz(actor.user_id)
        day = dt.datetime.fromtimestamp(now, tz).date()
        start = dt.datetime.combine(day, dt.time(), tz).timestamp()
        today = chart.scores_on(await d.store.pain.entries(actor.user_id, start), day, tz=tz)
        text = chart.logged_summary(today, score)
        if note and len(note) > NOTE_MAX_CHARS:
            text += f" (Your note was cut to {NOTE_MAX_CHARS} characters.)"
        text += " /progress shows your chart."
        account = await d.store.accounts.get(actor.user_id)
        country = country_of_zone(account.tz) if account is not None and account.tz else None
        assessment = assess(note, today=day) if note else Assessment(Level.NONE)
        note_safety = safety_note(d.kb, assessment, country)
        red_flag = assessment.level >= Level.URGENT
        if red_flag:
            text = f"{note_safety}\n\n{text}"  # the urgent or emergency advice first, as in every reply
            if self.on_red_flag is not None and await self.on_red_flag(actor, assessment.level):
                text += f"\n\n{STOPPED_FOR_SAFETY}"
        elif note_safety:  # the referral after, as in every reply
            text += "\n\n" + note_safety
        if score >= HIGH_SCORE and not red_flag:
            text += "\n\n" + high_score_line(country)
        if tapped:
            return Outcome().toast("").edit(text, ())  # the edit says it: no "Logged." before "Logged 4/10"
        if actor.in_group:
            return Outcome().send(text, private=True, fallback=OPEN_PRIVATE, notice=PRIVATE)
        return Outcome().send(text)

    async def progress(self, actor: Actor) -> Outcome:
        """Send the pain chart and a summary, privately when asked in a group."""
        from bot import progress as chart

        d = self.deps
        now = d.clock()
        since = now - (7 * chart.WEEKS + 1) * 86400
        tz = await self._tz(actor.user_id)
        ends = [s.ended_at for s in await d.store.sessions.finished(actor.user_id, since) if s.ended_at is not None]
        series = chart.build_series(await d.store.pain.entries(actor.user_id, since), ends, now=now, tz=tz)
        if series.empty:
            return Outcome().send(chart.NO_DATA, private=actor.in_group, fallback=OPEN_PRIVATE, notice=PRIVATE)
        png = await asyncio.to_thread(chart.render_chart, series)
        out = Outcome().send(chart.summary(series), attachment=Attachment("progress.png", png, picture=True),
                             private=actor.in_group, fallback=OPEN_PRIVATE, notice=PRIVATE)
        return out
