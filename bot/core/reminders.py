"""Reminders and time zones: /remind, the day and time pickers, /reminders, /timezone, starting from a reminder."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.outcome import Button, Keyboard, Outcome, rows
from bot.reminders import DAY_NAMES, SUGGESTION, AmbiguousHour, describe, next_fire, parse_reminder, parse_time

#: How long after the day picker was last used a typed time still answers it.
PICKER_FRESH = 3600.0
TIMES = ("0700", "0800", "1200", "1800", "1900", "2000", "2100")
DEFAULT_ROUTINE = "quick"
NO_REMINDERS = "You have no reminders. Set one with /remind mon wed fri 19:00"
ASK_TIMEZONE = ("First, where are you? Reminders follow your local time, summer time included. Send your city, "
                "for example /timezone London or /timezone New York.")
PRIVATE_ONLY = ("Reminders are personal, so I set them up in our private chat. Open a chat with me "
                "(tap my name, then Start) and send /remind there.")


def zone_label(zone: str) -> str:
    """Return a zone as people read it: "London (Europe/London)", "New York (America/New_York)", "UTC"."""
    place = zone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{place} ({zone})" if place != zone else zone


def _utc(at: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(at, dt.UTC)


class Reminders:
    """The reminder and time-zone intents."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def _tz(self, actor: Actor) -> str | None:
        account = await self.deps.store.accounts.get(actor.user_id)
        return account.tz if account else None

    async def remind(self, actor: Actor, text: str) -> Outcome:
        """Set a reminder from "mon wed fri 19:00", or offer day buttons; ask for the time zone first."""
        d = self.deps
        if actor.in_group:
            return Outcome().send(PRIVATE_ONLY)
        if await self._tz(actor) is None:
            await d.store.prompts.put(actor.chat_id, actor.user_id, "timezone", {"then_remind": text[:100]},
                                      at=d.clock())
            return Outcome().send(ASK_TIMEZONE)
        at: dt.time | None = None
        if text.strip():
            try:
                days, at = parse_reminder(text)
            except ValueError as exc:
                try:  # "6pm" alone ("remind me to massage at 6pm"): the days are asked, the time kept
                    at = parse_time(text)
                except ValueError as bad_time:
                    return Outcome().send(str(bad_time))
                if at is None:
                    return Outcome().send(str(exc))
            else:
                return await self._create(actor, days, at)
        data: dict[str, object] = {"days": []} if at is None else {"days": [], "at": f"{at:%H%M}"}
        prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "remind_days", data, at=d.clock())
        if at is not None:
            return Outcome().send(f"Which days at {at:%H:%M}? Tap them, then “Set the reminder”.",
                                  self._day_keyboard(actor, prompt.id, set(), f"{at:%H%M}"))
        return Outcome().send(f"{SUGGESTION}\n\nTap the days, or type it: /remind mon wed fri 19:00",
                              self._day_keyboard(actor, prompt.id, set()))

    def _day_keyboard(self, actor: Actor, prompt_id: int, selected: set[int], hhmm: str | None = None) -> Keyboard:
        days = [Button(("✅ " if i in selected else "") + name, "rmday", (str(prompt_id), str(i)), actor.user_id)
                for i, name in enumerate(DAY_NAMES)]
        last = f"Set the reminder for {hhmm[:2]}:{hhmm[2:]}" if hhmm else "Next: choose a time"
        return (tuple(days[:4]), tuple(days[4:]), (Button(last, "rmday", (str(prompt_id), "go"), actor.user_id),))

    async def typed_at_picker(self, actor: Actor, prompt_id: int, text: str) -> Outcome | None:
        """Read a message typed at the day and time picker: "mon wed 7pm" sets it, a time ("6:45pm", "18:45") sets
        it for the days tapped; None when it is neither (a message like any other)."""
        d = self.deps
        prompt = await d.store.prompts.get(prompt_id)
        if prompt is None or prompt.kind != "remind_days" or len(text) > 60 \
                or d.clock() - prompt.created_at > PICKER_FRESH:  # a picker left long ago: "7" means something else
            return None
        selected = frozenset(int(x) for x in prompt.data.get("days", []))
        try:
            days, at = parse_reminder(text)
        except ValueError:
            try:
                at = parse_time(text)  # type: ignore[assignment]
            except AmbiguousHour as exc:
                return Outcome().send(str(exc))
            except ValueError as exc:
                return Outcome().send(str(exc))
            if at is None:
                return None
            if not selected:
                return Outcome().send(f"Which days at {at:%H:%M}? Tap them above, then type the time again, or type "
                                      f"it all, for example: mon wed fri {at:%H:%M}")
            days = selected
        if await d.store.prompts.take(prompt.id) is None:
            return None
        return await self._create(actor, days, at)

    async def pick_day(self, actor: Actor, prompt_id: int, choice: str) -> Outcome:
        """Toggle a day on the picker, or move on to the time buttons."""
        d = self.deps
        prompt = await d.store.prompts.get(prompt_id)
        if prompt is None:  # tapped again before the refreshed keyboard arrived: the newest selection counts
            prompt = await d.store.prompts.current(actor.chat_id, actor.user_id, ("remind_days",))
        if prompt is None or prompt.kind != "remind_days" or prompt.user_id != actor.user_id:
            return Outcome().toast("Please start again with /remind.").edit(buttons=())
        selected = {int(x) for x in prompt.data.get("days", [])}
        if choice == "go":
            if not selected:
                return Outcome().toast("Tap at least one day first.")
            if hhmm := prompt.data.get("at"):  # the time was said already ("remind me at 6pm")
                return await self.pick_time(actor, prompt.id, str(hhmm))
            buttons = [Button(f"{t[:2]}:{t[2:]}", "rmtime", (str(prompt.id), t), actor.user_id) for t in TIMES]
            return Outcome().toast("").edit("What time?", (tuple(buttons[:4]), tuple(buttons[4:])))
        selected ^= {int(choice)}
        data = {**prompt.data, "days": sorted(selected)}
        fresh = await d.store.prompts.put(actor.chat_id, actor.user_id, "remind_days", data, at=d.clock())
        hhmm = str(data["at"]) if data.get("at") else None
        return Outcome().toast("").edit(buttons=self._day_keyboard(actor, fresh.id, selected, hhmm))

    async def pick_time(self, actor: Actor, prompt_id: int, hhmm: str) -> Outcome:
        """Create the reminder for the chosen days at the tapped time (once, however often it is tapped)."""
        prompt = await self.deps.store.prompts.take(prompt_id)
        if prompt is None or prompt.kind != "remind_days" or not prompt.data.get("days"):
            return Outcome().toast("That reminder is already set. /reminders lists them.").edit(buttons=())
        days = frozenset(int(x) for x in prompt.data["days"])
        out = await self._create(actor, days, dt.time(int(hhmm[:2]), int(hhmm[2:])))
        return Outcome().toast("").edit(out.texts[0], ())

    async def _create(self, actor: Actor, days: frozenset[int], at: dt.time) -> Outcome:
        d = self.deps
        tz = await self._tz(actor) or "UTC"
        if any(r.days == days and r.at == at and r.tz == tz for r in await d.store.reminders.for_user(actor.user_id)):
            return Outcome().send(f"You already have that reminder: {describe(days, at, tz)}. /reminders lists yours.")
        due = next_fire(days, at, tz, _utc(d.clock()))
        await d.store.reminders.add(actor.chat_id, actor.user_id, days, at, tz, next_due_at=due.timestamp())
        out = Outcome().send(f"Reminder set: {describe(days, at, tz)}. /reminders lists yours.")
        out.due_changed = True
        return out

    async def _list(self, actor: Actor) -> tuple[str, Keyboard]:
        found = await self.deps.store.reminders.for_user(actor.user_id)
        if not found:
            return NO_REMINDERS, ()
        return "Your reminders (tap one to remove it):", rows(
            *(Button(f"🗑 {describe(r.days, r.at, r.tz)}", "rmdel", (str(r.id),), actor.user_id) for r in found))

    async def list(self, actor: Actor) -> Outcome:
        """List the person's reminders, each with a button that removes it (privately when asked in a group)."""
        text, buttons = await self._list(actor)
        if actor.in_group:
            return Outcome().send(text, buttons, private=True, fallback=PRIVATE_ONLY,
                                  notice="I've sent your reminders to you in our private chat.")
        return Outcome().send(text, buttons)

    async def remove(self, actor: Actor, reminder_id: int) -> Outcome:
        """Remove a reminder and show the list again in the same message."""
        d = self.deps
        removed = await d.store.reminders.delete(actor.user_id, reminder_id)
        text, buttons = await self._list(actor)
        out = Outcome().toast("Removed." if removed else "That reminder is already gone.").edit(text, buttons)
        out.due_changed = removed
        return out

    async def timezone(self, actor: Actor, text: str) -> Outcome:
        """Set the time zone from a city, country or zone name; offer choices or explain when unclear."""
        d = self.deps
        if actor.in_group:  # where someone lives is theirs to tell
            return Outcome().send("Your time zone is personal, so please set it in our private chat: tap my name, "
                                  "then Start, and send /timezone there.")
        if not text.strip():
            current = await self._tz(actor)
            now = f"Your time zone is {current}." if current else "You have not set a time zone yet (times are UTC)."
            return Outcome().send(f"{now} Change it by sending your city, for example /timezone London.")
        from bot.timezones import resolve_timezone  # its tables (1.5 MB) only when a time zone is set

        answer = resolve_timezone(text)
        if answer.zone is None:
            if answer.choices:
                prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "timezone_pick",
                                                   {"zones": [c.zone for c in answer.choices]}, at=d.clock())
                return Outcome().send(answer.text, rows(
                    *(Button(c.label, "tz", (str(prompt.id), str(i)), actor.user_id)
                      for i, c in enumerate(answer.choices)), per_row=2))
            return Outcome().send(answer.text)
        return await self.set_timezone(actor, answer.zone)

    async def pick_timezone(self, actor: Actor, prompt_id: int, index: int) -> Outcome:
        """Set the zone tapped from the choices."""
        prompt = await self.deps.store.prompts.take(prompt_id)
        zones = prompt.data.get("zones", []) if prompt is not None and prompt.kind == "timezone_pick" else []
        if not 0 <= index < len(zones):
            return Outcome().toast("That choice has expired; send /timezone and your city again.").edit(buttons=())
        out = await self.set_timezone(actor, str(zones[index]))
        return Outcome().toast("").edit(buttons=()).extend(out)

    async def set_timezone(self, actor: Actor, zone: str) -> Outcome:
        """Store the zone; offer to move existing reminders; then set a reminder the person was setting up."""
        d = self.deps
        await d.store.accounts.set_timezone(actor.user_id, actor.chat_id, zone, at=d.clock())
        out = Outcome().send(f"Time zone set to {zone_label(zone)}.")
        others = [r for r in await d.store.reminders.for_user(actor.user_id) if r.tz != zone]
        if others:
            prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "move_reminders", {"tz": zone},
                                               at=d.clock())
            out.send(f"You have {len(others)} reminder(s) in another time zone. Move them to the same local time "
                     f"in {zone}?", ((Button("Yes, move them", "tzmove", (str(prompt.id), "yes"), actor.user_id),
                                      Button("No, leave them", "tzmove", (str(prompt.id), "no"), actor.user_id)),))
        pending = await d.store.prompts.current(actor.chat_id, actor.user_id, ("timezone",))
        if pending is not None and await d.store.prompts.take(pending.id) is not None:
            out.extend(await self.remind(actor, str(pending.data.get("then_remind", ""))))
        return out

    async def move(self, actor: Actor, prompt_id: int, yes: bool) -> Outcome:
        """Move the person's reminders to the new zone at the same local time, or leave them."""
        d = self.deps
        prompt = await d.store.prompts.take(prompt_id)
        if prompt is None or prompt.kind != "move_reminders":
            return Outcome().toast("That question is already answered.").edit(buttons=())
        if not yes:
            return Outcome().toast("").edit("OK, your reminders keep their time zones.", ())
        zone, moved = str(prompt.data["tz"]), 0
        for r in await d.store.reminders.for_user(actor.user_id):
            if r.tz == zone:
                continue
            due = next_fire(r.days, r.at, zone, _utc(d.clock())).timestamp()
            moved += await d.store.reminders.update(replace(r, tz=zone, next_due_at=due), expected=r)
        out = Outcome().toast("").edit(f"Moved {moved} reminder(s) to {zone}, same local times.", ())
        out.due_changed = True
        return out

    async def routine_for(self, actor: Actor, routine_id: str | None) -> str:
        """Return the routine a reminder offers: its own, the one finished most often, or the quick one."""
        return await self.routine_for_user(actor.user_id, routine_id)

    async def routine_for_user(self, user_id: int, routine_id: str | None) -> str:
        """Return the routine a reminder offers: its own, the one finished most often, or the quick one."""
        routines = self.deps.kb.routines
        if routine_id in routines:
            return str(routine_id)
        favourite = await self.deps.store.sessions.favourite_routine(user_id)
        if favourite in routines:
            return str(favourite)
        return DEFAULT_ROUTINE if DEFAULT_ROUTINE in routines else next(iter(routines), DEFAULT_ROUTINE)
