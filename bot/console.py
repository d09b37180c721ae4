"""The terminal adapter: the same conversation as in Telegram, typed at a prompt.

Lines go to the same core intents as Telegram updates; a message's buttons are shown as numbers
(type the number to tap it), and the one ticker prints each routine step when it falls due.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
import threading
from typing import TextIO

from bot.config import Settings
from bot.core.actor import Actor
from bot.core.app import BackCare
from bot.core.build import build_core, build_ticker
from bot.core.outcome import Button, Edit, Outcome, Send, Toast
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.storage.interfaces import StorageError

logger = logging.getLogger(__name__)

TERMINAL_HELP = """\
Type a question about your back or self-massage. When a reply offers choices, type a choice's number.
/routine - a guided self-massage routine, one step at a time
/pause, /resume, /skip, /stop - control the running routine (or type pause, skip, stop, or "it hurts")
/techniques - the self-massage techniques
/privacy - what the bot stores
/start - the greeting again
/help - this text; /quit (or Ctrl-D) leaves
Reminders, the pain log, charts, exports and deleting your data work in Telegram."""
GOODBYE = "Goodbye, and look after your back!"
PROMPT = "> "
CLEAR_LINE = "\r\x1b[K"  # back to the line's start and clear it: a scheduled message replaces the waiting prompt

#: The core's words for a tap, as they read where a choice is typed as a number.
TYPED = ((re.compile(r"\bTap one below\b"), "Type its number"),
         (re.compile(r"\btap one below\b"), "type the number of one below"),
         (re.compile(r"\bplease tap again\b"), "please try again"))


def typed_words(text: str) -> str:
    """Return ``text`` worded for the terminal, where a choice is typed rather than tapped."""
    for pattern, words in TYPED:
        text = pattern.sub(words, text)
    return text


#: The terminal is one chat with one person; its rows never clash with Telegram's ids (never 0).
CONSOLE_ID = 0
ACTOR = Actor(CONSOLE_ID, CONSOLE_ID, private=True)


class Terminal:
    """Prints outcomes and scheduled messages; remembers the last choices offered."""

    def __init__(self, core: BackCare, out: TextIO, *, interactive: bool) -> None:
        self.core = core
        self.out = out
        self.interactive = interactive
        self.choices: list[Button] = []
        self._lock = threading.Lock()
        self._prompted = False  # whether "> " is on the screen, waiting for a line

    def _print(self, text: str, *, prompt: bool = True) -> None:
        """Print a message on its own lines (over a waiting prompt), then the prompt again."""
        with self._lock:
            if self.interactive:
                print(CLEAR_LINE, end="", file=self.out)
            print(text, file=self.out)
            print(file=self.out)
            self._prompted = False
            if self.interactive and prompt:
                print(PROMPT, end="", file=self.out)
                self._prompted = True
            self.out.flush()

    def typed(self) -> None:
        """Note that a line was entered (its Enter used up the prompt)."""
        self._prompted = False

    def prompt(self) -> None:
        """Show the prompt unless it is already waiting (a line that printed nothing)."""
        with self._lock:
            if self.interactive and not self._prompted:
                print(PROMPT, end="", file=self.out, flush=True)
                self._prompted = True

    def goodbye(self) -> None:
        """Print the goodbye, with no prompt after it."""
        self._print(GOODBYE, prompt=False)

    def show(self, outcome: Outcome) -> None:
        """Print every effect of an outcome; its choices are numbered once across all its messages ([1]-[5] under
        an answer, then [6]-[8] under "how long has it been hurting?"), and replace the ones offered before."""
        offered: list[Button] = []
        for effect in outcome.effects:
            if isinstance(effect, Toast):
                if effect.text:
                    self._print(typed_words(effect.text))
            elif isinstance(effect, Send | Edit):
                offered += self._message(effect.text, effect.buttons, first=len(offered) + 1)
        if offered:
            self.choices = offered

    def show_message(self, text: str | None, buttons: tuple[tuple[Button, ...], ...] | None) -> None:
        """Print one message and its buttons as numbered choices (controls as a hint)."""
        offered = self._message(text, buttons)
        if offered:
            self.choices = offered

    def _message(self, text: str | None, buttons: tuple[tuple[Button, ...], ...] | None, *, first: int = 1,
                 ) -> list[Button]:
        """Print a message with its choices numbered from ``first``; return the choices it offers."""
        flat = [b for row in (buttons or ()) for b in row]
        lines = [typed_words(text)] if text else []
        offered: list[Button] = []
        if flat and all(b.action == "ss" for b in flat) and text is None:
            return []  # a step's buttons changed (Pause became Resume): the typed controls stay the same
        if flat and all(b.action == "ss" for b in flat):
            lines.append("(type pause, resume, skip, stop, or \"it hurts\")")
        elif flat and all(b.label.isdigit() for b in flat):
            lines.append("Type a number: " + " ".join(b.label for b in flat))
            offered = flat
        elif flat:
            lines += [f"  [{i}] {b.label}" for i, b in enumerate(flat, first)]
            offered = flat
        elif buttons == () and text is None:
            return []
        if lines:
            self._print("\n".join(lines))
        return offered

    async def deliver(self, chat_id: int, message: Send) -> None:
        """Print a scheduled message (the ticker's delivery)."""
        self.show_message(message.text, message.buttons)

    def _numbered(self) -> list[Button]:
        """Return the choices typed by their number in the list ([1], [2], ...), not by their label (0-10)."""
        return [b for b in self.choices if not b.label.isdigit()]

    def chosen(self, text: str) -> Button | None:
        """Return the offered choice that a typed number picks, or None."""
        for b in self.choices:
            if b.label == text:
                return b
        numbered = self._numbered()
        if text.isdigit() and 1 <= int(text) <= len(numbered):
            return numbered[int(text) - 1]
        return None

    def out_of_range(self, text: str) -> str | None:
        """Return what to say when a typed number picks none of the choices shown ("12" under 9), or None."""
        if not text.isdigit() or not self.choices:
            return None
        labels = [b.label for b in self.choices if b.label.isdigit()]
        numbered = self._numbered()
        if labels and not numbered:
            return f"Please type one of the numbers shown: {labels[0]} to {labels[-1]}."
        if len(numbered) == 1:
            return "There is one choice above: type 1 to pick it, or type your question."
        return (f"Please type a number from 1 to {len(numbered)} to pick one of the choices above, or type your "
                "question.")


async def _lines(stdin: TextIO) -> asyncio.Queue[str | None]:
    """Return a queue fed with stdin's lines by a reader thread (None at the end of input)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        try:
            for line in iter(stdin.readline, ""):
                loop.call_soon_threadsafe(queue.put_nowait, line)
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except (OSError, ValueError):  # stdin closed
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except RuntimeError:  # the chat ended (/quit) and its loop is closed: nobody is reading any more
            pass

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return queue


async def _idle(core: BackCare) -> bool:
    """Return whether no routine is running (so piped input may end)."""
    try:
        session = await core.store.sessions.active(CONSOLE_ID)
    except StorageError:  # no database: no routine either
        return True
    return session is None or session.status != "running"


async def _leave(core: BackCare, terminal: Terminal, *, at_start: bool = False) -> None:
    """Stop the routine of someone leaving the chat (or left running by the last one) and say so."""
    with contextlib.suppress(StorageError):  # no database: no routine either
        terminal.show(await core.routines.leave(ACTOR, at_start=at_start))


def is_quit(text: str) -> bool:
    """Return whether a typed line leaves the chat ("/quit", "/quit now", "/exit")."""
    return text.startswith("/") and text[1:].split(maxsplit=1)[:1] in (["quit"], ["exit"])


async def converse(core: BackCare, stdin: TextIO, stdout: TextIO) -> int:
    """Hold the conversation until /quit or the end of input; the ticker prints due steps meanwhile.

    Leaving (/quit, Ctrl-D or Ctrl-C at a terminal) stops a running routine and says so: nobody is left to
    receive its steps.  Piped input ("printf '/routine\\n1\\nn\\n' | make run") lets the routine finish first.
    """
    interactive = stdin.isatty()
    terminal = Terminal(core, stdout, interactive=interactive)
    ticker = build_ticker(core, terminal, worker="terminal")
    stop = asyncio.Event()
    ticking: asyncio.Task[None] | None = None
    try:
        await _leave(core, terminal, at_start=True)  # before the ticker can send its steps, marked late
        ticking = asyncio.create_task(ticker.run(stop))
        terminal.show(await core.start(ACTOR))
        queue = await _lines(stdin)
        while True:
            line = await queue.get()
            if line is None:
                while not interactive and not await _idle(core):  # piped: let a running routine finish first
                    await asyncio.sleep(0.01)
                break
            terminal.typed()
            text = line.strip()
            if is_quit(text):
                break
            outcome = await handle_safely(core, terminal, text)
            terminal.show(outcome)
            terminal.prompt()
            if outcome.due_changed:
                ticker.poke()
        await _leave(core, terminal)
        terminal.goodbye()
        return 0
    finally:
        stop.set()
        if ticking is not None:
            await ticking
        await _leave(core, terminal)  # Ctrl-C: the goodbye follows from run_console
        await core.store.close()


#: What the terminal says when a line could not be handled (the chat goes on), as Telegram's error handler does.
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
NO_STORAGE = ("Sorry, I can't save or look up anything right now, so routines and your answers can't be kept for "
              "the moment. I can still answer your questions about back care.")


async def handle_safely(core: BackCare, terminal: Terminal, text: str) -> Outcome:
    """Handle one typed line; a failure is logged with its traceback and answered kindly, and the chat goes on."""
    try:
        return await handle(core, terminal, text)
    except StorageError as exc:
        logger.error("Could not handle a typed line, the database is unavailable: %s", exc)
        return Outcome().send(NO_STORAGE)
    except Exception:
        logger.exception("Error while handling a typed line")
        return Outcome().send(SORRY)


async def handle(core: BackCare, terminal: Terminal, text: str) -> Outcome:
    """Turn one typed line into an intent."""
    if not text:
        return Outcome()
    if text.startswith("/"):
        name, _, args = text[1:].partition(" ")
        return await core.command(ACTOR, name, args.strip())
    button = terminal.chosen(text)
    if button is not None:  # the choices stay: the others of the list can still be picked, as in Telegram
        return await core.press(ACTOR, button.action, button.args, owner=button.owner)
    if (nothing := terminal.out_of_range(text)) is not None:
        return Outcome().send(nothing)
    return await core.message(ACTOR, text)


def run_console(kb: KnowledgeBase | Dialogue, settings: Settings, *, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    """Run the terminal chat; Ctrl-C and Ctrl-D end it with a goodbye and exit status 0.

    ``kb`` may come as a Dialogue with its search index built already (tests share one).
    """

    async def main() -> int:
        core = await build_core(settings, kb, terminal=True)
        return await converse(core, stdin, stdout)

    try:
        return asyncio.run(main())
    except KeyboardInterrupt:
        print(f"\n{GOODBYE}", file=stdout)
        return 0
