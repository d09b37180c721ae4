"""The ``backcare-bot`` command: run, chat, validate, ask, report, migrate-db."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import logs
from bot.config import ConfigError, Settings
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase, KnowledgeError, load, validate

logger = logging.getLogger(__name__)


def _load(settings: Settings) -> KnowledgeBase:
    """Load the knowledge base or exit 2 with every problem as ``file:line: message``."""
    try:
        return load(settings.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"The knowledge base has {len(exc.problems)} problem(s); fix them and try again "
              "(`backcare-bot validate` lists them).", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    """Check the knowledge base and print each problem, or a one-line summary."""
    directory = Path(args.directory) if args.directory else settings.knowledge_dir
    problems = validate(directory)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found in {directory}", file=sys.stderr)
        return 2
    kb = load(directory)
    phrasings = sum(len(e.phrasings) for e in kb.entries.values())
    print(f"OK: {len(kb.entries)} entries, {phrasings} phrasings, {len(kb.routines)} routines in {directory}")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer one question, or one question a line from stdin with ``-``."""
    dialogue = Dialogue(_load(settings))
    question = " ".join(args.question)
    if args.explain:
        from bot.search.explain import explain

        print("\n".join(explain(dialogue.index, question)))
        # The search above is one step of the reply: the dialogue also triages, looks past a stated condition
        # or the safety signs, and lets a red flag stand alone; say what it finally gives.
        context = dialogue.condition_context(question)
        if context is not None:
            print(f"stated condition: the person's own, read as the question's context; asked: {context!r}")
        reply = dialogue.respond(question)
        print(f"reply: {reply.kind} {reply.topic or '(no entry)'} at {reply.score:.1f}, safety {reply.safety}")
        return 0
    lines = (line.rstrip("\r\n") for line in sys.stdin) if question == "-" else iter([question])
    for line in lines:
        reply = dialogue.respond(line)
        if args.json:
            print(json.dumps(reply.as_json(line), ensure_ascii=False), flush=True)
        else:
            print(reply.text)
            for s in reply.suggestions:
                print(f"  → {s.question}")
    return 0


def _chats(args: argparse.Namespace, settings: Settings) -> bool:
    """Return whether this command opens the terminal chat."""
    return args.command == "chat" or (args.command == "run" and not settings.token and args.fallback_to_chat)


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """Talk to the bot in the terminal."""
    from bot.console import run_console

    log_file = getattr(args, "log_file", None)
    if log_file is not None:
        print(f"Warnings and errors go to {log_file}.", file=sys.stderr)
    return run_console(_load(settings), settings)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Telegram bot (polling, or a webhook with ``--webhook``)."""
    if not settings.token:
        if args.fallback_to_chat:
            print("No TELEGRAM_BOT_TOKEN set: starting the terminal chat instead "
                  "(put the token in .env to run the Telegram bot).", file=sys.stderr)
            return cmd_chat(args, settings)
        print("TELEGRAM_BOT_TOKEN is not set: put it in .env or the environment "
              "(see .env.example), or use `backcare-bot chat` for the terminal.", file=sys.stderr)
        return 2
    from bot import memory
    from bot.tgbot import lean_import

    # The search index first: what building it leaves free in the heap is then filled by python-telegram-bot's
    # modules instead of staying free at rest (2.3 MB less at rest than building it in the application's start-up).
    dialogue = Dialogue(_load(settings))
    dialogue.prepare()  # the first message's loads too (2.5 MB less at rest after it)
    memory.release()
    lean_import(webhook=args.webhook)  # PTB without APScheduler (0.9 MB less at rest), nor tornado when polling (3.4)
    from bot.tgbot.app import StartupError, run_application

    try:
        run_application(settings, dialogue, webhook=args.webhook)
    except StartupError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="backcare-bot", description="BackCare: back-care and self-massage bot.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the Telegram bot (polling, or --webhook)")
    run.add_argument("--webhook", action="store_true",
                     help="serve a webhook (WEBHOOK_URL, WEBHOOK_LISTEN, WEBHOOK_PORT, WEBHOOK_SECRET_TOKEN)")
    run.add_argument("--fallback-to-chat", action="store_true",
                     help="open the terminal chat when no TELEGRAM_BOT_TOKEN is set (what `make run` does)")
    run.set_defaults(func=cmd_run)

    chat = sub.add_parser("chat", help="talk to the bot in the terminal")
    chat.set_defaults(func=cmd_chat)

    val = sub.add_parser("validate", help="check the knowledge base; exit 2 on problems")
    val.add_argument("directory", nargs="?", help="knowledge directory (default: BACKCARE_KNOWLEDGE_DIR)")
    val.set_defaults(func=cmd_validate)

    ask = sub.add_parser("ask", help="answer a question; '-' reads one question a line from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object a question")
    ask.add_argument("--explain", action="store_true",
                     help="show the stems, corrections, each part's scores and why the winner won")
    ask.add_argument("question", nargs="+", help="the question, or '-' for stdin")
    ask.set_defaults(func=cmd_ask)

    report = sub.add_parser("report", help="what users asked that the knowledge base could not answer")
    report.add_argument("--limit", type=int, default=15, help="rows per table (default 15)")
    report.set_defaults(func=cmd_report)

    from bot.storage.migrate import add_command

    add_command(sub)  # migrate-db --from FILE --to URL
    return parser


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """Print the knowledge-base maintenance report from the database."""
    from bot.report import print_report

    return print_report(settings, limit=args.limit)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``backcare-bot`` command line."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    secrets = {settings.token or "": "[bot token]", settings.webhook_secret or "": "[webhook secret]"}
    if _chats(args, settings):  # the conversation stays clean: warnings and errors go to a file
        args.log_file = logs.setup("WARNING", secrets=secrets, path=logs.chat_log_path(settings.db_path))
    else:
        logs.setup(settings.log_level if args.command == "run" else "WARNING", secrets=secrets)
    try:
        return args.func(args, settings)
    except KeyboardInterrupt:
        return 0
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
