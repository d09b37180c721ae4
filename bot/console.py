"""The terminal adapter: the same conversation as in Telegram, typed at a prompt."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.config import Settings
from bot.dialogue import NOT_MEDICAL_ADVICE, Dialogue, Reply
from bot.knowledge import KnowledgeBase

HELP = ("Type a question about your back or self-massage. Type a number to pick a suggested question, "
        "/help for this text, /quit to leave.")


def _show(reply: Reply, out: TextIO) -> None:
    print(reply.text, file=out)
    for i, s in enumerate(reply.suggestions, 1):
        print(f"  [{i}] {s.question}", file=out)
    print(file=out, flush=True)


def run_console(kb: KnowledgeBase, settings: Settings, *, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    """Hold a conversation on stdin/stdout until /quit or end of input."""
    dialogue = Dialogue(kb)
    print(f"BackCare: ask me about back care and self-massage. {NOT_MEDICAL_ADVICE}", file=stdout)
    print(HELP, file=stdout)
    last: Reply | None = None
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if text in ("/quit", "/exit"):
            return 0
        if text in ("/help", "/start"):
            print(HELP, file=stdout)
            continue
        if last is not None and text.isdigit() and 1 <= int(text) <= len(last.suggestions):
            reply = dialogue.answer(last.suggestions[int(text) - 1].topic) or dialogue.respond(text)
        else:
            reply = dialogue.respond(text)
        _show(reply, stdout)
        last = reply
