"""/privacy, /export and /forget: what is stored, all of it as a file, and erasing it."""

from __future__ import annotations

import logging

from bot import privacy as texts
from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.outcome import Attachment, Button, Outcome
from bot.core.progress import OPEN_PRIVATE, PRIVATE

logger = logging.getLogger(__name__)

CONFIRM = ("This deletes everything I have stored about you: your pain log and notes, your sessions, "
           "your reminders, your time zone and your answers. It cannot be undone. Delete it all?")
FORGOTTEN = ("Done: everything I had stored about you is deleted, and your reminders and any running "
             "routine are cancelled. You can start again any time with /start.")
KEPT = "OK, nothing was deleted."
NOTHING = "I have nothing stored about you. /privacy says what I would store and why."


class Privacy:
    """The privacy intents."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def explain(self, actor: Actor) -> Outcome:
        """Say in plain words what is stored, why, and for how long."""
        return Outcome().send(texts.PRIVACY)

    async def export(self, actor: Actor) -> Outcome:
        """Send everything stored about the person as a JSON file, privately when asked in a group."""
        data = await self.deps.store.accounts.export(actor.user_id)
        if not texts.has_data(data):
            return Outcome().send(NOTHING)
        document = Attachment(texts.EXPORT_FILENAME, texts.export_json(data, now=self.deps.clock()))
        return Outcome().send("Everything I have stored about you.", attachment=document,
                              private=actor.in_group, fallback=OPEN_PRIVATE, notice=PRIVATE)

    async def forget(self, actor: Actor) -> Outcome:
        """Ask the person (and only them) to confirm erasing all their data."""
        d = self.deps
        prompt = await d.store.prompts.put(actor.chat_id, actor.user_id, "forget", {}, at=d.clock())
        return Outcome().send(CONFIRM, ((Button("Yes, delete everything", "forget", (str(prompt.id), "yes"),
                                                actor.user_id),
                                         Button("No, keep it", "forget", (str(prompt.id), "no"), actor.user_id)),))

    async def confirm(self, actor: Actor, prompt_id: int, yes: bool) -> Outcome:
        """Erase everything about the person on "yes" (their routine and reminders stop with it)."""
        d = self.deps
        prompt = await d.store.prompts.take(prompt_id)
        if prompt is None or prompt.kind != "forget" or prompt.user_id != actor.user_id:
            return Outcome().toast("That question is already answered.").edit(buttons=())
        if not yes:
            return Outcome().toast("").edit(KEPT, ())
        counts = await d.store.accounts.forget(actor.user_id)
        logger.info("Forgot a user: %d session(s), %d reminder(s)", counts.get("sessions", 0),
                    counts.get("reminders", 0))
        out = Outcome().toast("").edit(FORGOTTEN, ())
        out.due_changed = True
        return out
