"""/stats and /reload, for the user ids in BACKCARE_ADMIN_IDS only."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from bot import memory
from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.outcome import Outcome
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeError, load
from bot.text import plural

logger = logging.getLogger(__name__)

#: Room left in one message for the list of problems.
PROBLEMS_LIMIT = 3800


def _percent(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.0%}"


def stats_text(stats: Mapping[str, Any]) -> str:
    """Return the usage figures as a few plain lines."""
    asked = stats["answered"] + stats["unanswered"]
    rated = stats["thumbs_up"] + stats["thumbs_down"]
    return "\n".join([
        f"Users: {stats['users']}",
        f"Sessions: {stats['sessions_started']} started, {stats['sessions_finished']} finished",
        f"Answered: {_percent(stats['answered_rate'])} of {plural(asked, 'question')}",
        f"👍 ratio: {_percent(stats['thumbs_up_ratio'])} of {plural(rated, 'rating')} "
        f"({stats['thumbs_up']} 👍, {stats['thumbs_down']} 👎)",
    ])


def problems_text(problems: list[str], *, limit: int = PROBLEMS_LIMIT) -> str:
    """Return the knowledge-base problems as lines, cut to fit one message."""
    lines = [f"The new knowledge base has {len(problems)} problem(s), so I kept serving the old one. "
             "Fix these and /reload again:"]
    used = len(lines[0])
    for shown, problem in enumerate(problems):
        if used + len(problem) + 1 > limit:
            lines.append(f"… and {len(problems) - shown} more (`backcare-bot validate` lists them all)")
            break
        lines.append(problem)
        used += len(problem) + 1
    return "\n".join(lines)


class Admin:
    """The admin intents."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    def allowed(self, actor: Actor) -> bool:
        """Return whether the person may use the admin commands."""
        return actor.user_id in self.deps.settings.admin_ids

    async def stats(self, actor: Actor) -> Outcome:
        """Reply with the bot's usage figures."""
        await self.deps.stats.flush(self.deps.store.feedback)
        return Outcome().send(stats_text(await self.deps.store.feedback.stats()))

    async def reload(self, actor: Actor) -> Outcome:
        """Reload the knowledge base; keep the old one and list the problems when the new one is broken."""
        directory = self.deps.settings.knowledge_dir
        try:
            dialogue = await asyncio.to_thread(lambda: Dialogue(load(directory)))
        except KnowledgeError as exc:
            logger.warning("Reload of %s refused: %d problem(s)", directory, len(exc.problems))
            return Outcome().send(problems_text([str(p) for p in exc.problems]))
        self.deps.dialogue = dialogue  # running routines carry on with the new steps (a shorter one ends cleanly)
        memory.release()  # the old knowledge base collected, the new one kept off the collector's rounds
        kb = dialogue.kb
        phrasings = sum(len(e.phrasings) for e in kb.entries.values())
        logger.info("Knowledge base reloaded from %s: %d entries", directory, len(kb.entries))
        return Outcome().send(f"Reloaded: {len(kb.entries)} entries, {phrasings} phrasings, "
                              f"{len(kb.routines)} routines.")
