"""/stats and /reload for the user ids in BACKCARE_ADMIN_IDS; for anyone else they do not exist."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeError, load
from bot.storage import StorageError
from bot.text import plural
from bot.tgbot.render import MAX_MESSAGE, html
from bot.tgbot.services import KEY, services

logger = logging.getLogger(__name__)

#: Admin commands stay out of the public command menu.
COMMANDS: list[BotCommand] = []


def _percent(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.0%}"


def stats_text(stats: Mapping[str, Any]) -> str:
    """Return the usage figures (``Storage.stats``) as a few plain lines."""
    asked = stats["answered"] + stats["unanswered"]
    rated = stats["thumbs_up"] + stats["thumbs_down"]
    return "\n".join([
        f"Users: {stats['users']}",
        f"Sessions: {stats['sessions_started']} started, {stats['sessions_finished']} finished",
        f"Answered: {_percent(stats['answered_rate'])} of {plural(asked, 'question')}",
        f"👍 ratio: {_percent(stats['thumbs_up_ratio'])} of {plural(rated, 'rating')} "
        f"({stats['thumbs_up']} 👍, {stats['thumbs_down']} 👎)",
    ])


def problems_text(problems: list[str], *, limit: int = MAX_MESSAGE - 200) -> str:
    """Return the knowledge-base problems as escaped HTML lines, cut to fit one message."""
    head = (f"The new knowledge base has {len(problems)} problem(s), so I kept serving the old one. "
            "Fix these and /reload again:")
    lines: list[str] = []
    used = len(head)
    for shown, problem in enumerate(problems):
        line = f"<code>{html(problem)}</code>"
        if used + len(line) + 1 > limit:
            lines.append(html(f"… and {len(problems) - shown} more (`backcare-bot validate` lists them all)"))
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join([html(head), *lines])


def _load_dialogue(directory: Path) -> Dialogue:
    """Load the knowledge base and build its search index (slow: run it off the event loop)."""
    return Dialogue(load(directory))


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the bot's usage figures."""
    try:
        stats = services(context).storage.stats()
    except StorageError as exc:
        await update.effective_message.reply_text(html(f"Cannot read the database: {exc}"))
        return
    await update.effective_message.reply_text(html(stats_text(stats)))


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the knowledge base; keep the old one and list the problems when the new one is broken."""
    s = services(context)
    directory = s.settings.knowledge_dir
    try:
        dialogue = await asyncio.to_thread(_load_dialogue, directory)
    except KnowledgeError as exc:
        logger.warning("Reload of %s refused: %d problem(s)", directory, len(exc.problems))
        await update.effective_message.reply_text(problems_text([str(p) for p in exc.problems]))
        return
    s.dialogue = dialogue
    s.sessions.routines = dialogue.kb.routines  # routines started from now on come from the new file
    kb = dialogue.kb
    phrasings = sum(len(e.phrasings) for e in kb.entries.values())
    logger.info("Knowledge base reloaded from %s: %d entries", directory, len(kb.entries))
    await update.effective_message.reply_text(html(
        f"Reloaded: {len(kb.entries)} entries, {phrasings} phrasings, {len(kb.routines)} routines."))


def register(application: Application) -> None:
    """Add /stats and /reload for admins only; other users' commands fall through unanswered."""
    admins = filters.User(user_id=application.bot_data[KEY].settings.admin_ids)
    application.add_handler(CommandHandler("stats", stats_command, filters=admins))
    application.add_handler(CommandHandler("reload", reload_command, filters=admins))
