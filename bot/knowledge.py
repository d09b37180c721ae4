"""Load and validate the YAML knowledge base, reporting every problem as ``file:line: message``.

The knowledge base is a directory of YAML files:

* ``safety.yaml`` is a mapping with the safety messages ``chronic``, ``urgent`` and ``emergency``
  (each a ``text``, an ``other`` wording and ``sources``), optionally ``precheck`` and ``crisis`` in the
  same shape (see :data:`bot.safety.texts.SITUATIONS`), and ``reasons`` (one line per sign);
* ``routines.yaml`` lists the guided self-massage routines (see :mod:`bot.routines`);
* ``cautions.yaml`` (optional) maps a condition that changes the advice (osteoporosis, pregnancy...)
  to the patterns that mention it and a short caution put before any answer (see :class:`Caution`);
* every other ``*.yaml`` file is a list of answerable entries.  Entries from ``smalltalk.yaml``
  are conversation (greetings, thanks) and need no sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import memory
from bot.routines import Routine, Step
from bot.safety.texts import SITUATIONS, SafetyTexts, fill, from_mapping

#: Telegram allows 4096 UTF-16 code units a message (an emoji counts twice); keep room for a safety note and the
#: heading.  Answers and safety texts are measured as Telegram measures them.
TELEGRAM_MESSAGE_UNITS = 4096
MAX_ANSWER_CHARS = 3000
MAX_SAFETY_CHARS = 800
MAX_QUESTION_CHARS = 100
#: Button data is at most 64 bytes (bot.tgbot.callbacks.MAX_BYTES).  The longest data carrying an entry id is
#: "dym:<id>:<prompt id, 12 digits>|<owner, 14 base-36 digits>"; a routine id "rmstart:<id>|<owner>".
#: Ids are ASCII, a byte a character.
MAX_ENTRY_ID_BYTES = 64 - len("dym::999999999999|") - 14
MAX_ROUTINE_ID_BYTES = 64 - len("rmstart:|") - 14
SAFETY_LEVELS = ("none", "chronic", "urgent", "emergency")

ENTRY_REQUIRED = ("id", "question", "alternates", "answer")
ENTRY_OPTIONAL = ("follow_ups", "sources", "safety")
ROUTINE_REQUIRED = ("id", "title", "summary", "steps", "sources")
STEP_REQUIRED = ("title", "minutes", "do", "stop_if")
STEP_OPTIONAL = ("breathing",)
CAUTION_REQUIRED = ("match", "text", "sources")
CAUTION_OPTIONAL = ("not_for",)
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge-base file, located to its line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge base cannot be used; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Entry:
    """One answerable question with the many ways people ask it."""

    id: str
    question: str
    alternates: tuple[str, ...]
    answer: str
    follow_ups: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    safety: str = "none"
    kind: str = "faq"

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Return the canonical question followed by every alternate."""
        return (self.question, *self.alternates)

    @property
    def is_smalltalk(self) -> bool:
        """Return whether this entry is conversation rather than back-care content."""
        return self.kind == "smalltalk"


@dataclass(frozen=True)
class Caution:
    """A condition that changes the advice: how a message mentions it, and what to say first."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    text: str
    not_for: tuple[str, ...] = ()

    def applies(self, text: str) -> bool:
        """Return whether ``text`` mentions this condition."""
        return any(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the bot knows, loaded and checked."""

    entries: dict[str, Entry]
    safety_texts: dict[str, str]
    routines: dict[str, Routine] = field(default_factory=dict)
    directory: Path | None = None
    #: Every level's text (with its ``other`` wording) and every sign's one-line reason.
    safety: SafetyTexts = field(default_factory=SafetyTexts)
    cautions: dict[str, Caution] = field(default_factory=dict)

    def entry(self, entry_id: str) -> Entry | None:
        """Return the entry with this id, or None."""
        return self.entries.get(entry_id)


# --- reading YAML with line numbers ---------------------------------------------------------

#: libyaml's parser and composer (about 10x faster) when PyYAML was built with it, else PyYAML's own.
#: Both give the same nodes and marks; the tests run the ``file:line`` messages on both.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def utf16_len(text: str) -> int:
    """Return the length of ``text`` as Telegram counts it: UTF-16 code units (an emoji is usually 2)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _compose(path: Path, display: str, problems: list[Problem]) -> yaml.Node | None:
    """Parse one file into a node tree, or record where the YAML is broken."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        problems.append(Problem(display, 1, f"cannot read the file ({_one_line(exc)}); check that it is readable"))
        return None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        problems.append(Problem(display, line, f"cannot read the file ({_one_line(exc)}); save it as UTF-8 text"))
        return None
    try:
        root = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # (libyaml marks an error at the end of the file on the line after the last one)
        line = min(mark.line + 1, len(text.splitlines()) or 1) if mark else 1
        what = _one_line(exc.problem or "invalid YAML")
        problems.append(Problem(display, line, f"YAML syntax error: {what}; check indentation and quoting"))
    except yaml.reader.ReaderError as exc:  # a control character: say which, on its line
        # (found again in the text: libyaml gives the position in UTF-8 bytes, PyYAML in characters)
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        position, character = (found.start(), ord(found.group())) if found else (max(exc.position, 0), exc.character)
        line = text.count("\n", 0, position) + 1
        shown = f"U+{character:04X}" if isinstance(character, int) else repr(character)
        problems.append(Problem(display, line, f"YAML syntax error: character {shown} is not allowed in YAML; "
                                               "delete it"))
    except yaml.YAMLError as exc:
        problems.append(Problem(display, 1, f"YAML syntax error: {_one_line(exc)}; check indentation and quoting"))
    except RecursionError:
        problems.append(Problem(display, 1, "YAML nested too deeply to read; check the brackets and indentation"))
    else:
        return root if _readable_scalars(root, display, problems) else None
    return None


def _readable_scalars(root: yaml.Node | None, display: str, problems: list[Problem]) -> bool:
    """Report values whose tag cannot be read (``!!int abc``, ``!!python/name:...``); return whether all can."""
    ok, seen, stack = True, set(), [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
            continue  # nearly every value: a string, which _scalar reads as it is
        if id(node) in seen:  # aliases make the tree a graph
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        else:
            try:
                _scalar(node)
            except Exception as exc:  # PyYAML's constructors raise anything on a bad value ("!!timestamp x")
                what = _one_line(getattr(exc, "problem", None) or exc)
                problems.append(Problem(display, _line(node), f"cannot read the value {node.value[:40]!r} as "
                                                              f"{node.tag} ({what}); fix it, quote it or drop its tag"))
                ok = False
    return ok


def _own(text: str) -> str:
    """Return a copy of ``text``, so that what is kept of a file holds none of the YAML tree's strings.

    The tree of a large file (nodes, marks, values: a few hundred bytes a value) is dropped once the file is
    read. Had the knowledge base kept the tree's own strings, they would hold on to most of its memory (the
    interpreter returns a block of memory only when nothing in it is alive): 55 MB more at rest with 100,000
    phrasings. Copies made after the tree is built sit together, apart from it.
    """
    return "".join((text, ""))  # a join of two makes a new string (of one, it would give back the same)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node) -> Any:
    """Return the Python value of a scalar node (strings, numbers, booleans, null)."""
    if not isinstance(node, yaml.ScalarNode):
        return None
    if node.tag == _STR_TAG:  # nearly every value: what SafeConstructor.construct_yaml_str returns
        return node.value
    try:
        return _CONSTRUCTOR.construct_object(node)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()  # it remembers every node it built


class _Checker:
    """Collect problems for one file while turning its nodes into plain values."""

    def __init__(self, display: str, problems: list[Problem], lines: int | None = None) -> None:
        self.display = display
        self.problems = problems
        #: How many lines the file has, so no problem points past its end.
        self.lines = lines

    def report(self, node: yaml.Node, message: str) -> None:
        line = _line(node)
        if self.lines is not None:  # an empty document's node sits just past the last line
            line = min(line, self.lines)
        self.problems.append(Problem(self.display, line, message))

    def mapping(self, node: yaml.Node, what: str, required: tuple[str, ...],
                optional: tuple[str, ...]) -> dict[str, yaml.Node] | None:
        """Return a mapping's keys and value nodes, reporting unknown, duplicate and missing keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report(node, f"{what} must be a mapping of keys to values (key: value)")
            return None
        allowed = required + optional
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            if not isinstance(key, str) or key not in allowed:
                self.report(key_node, f"unknown key {key!r} in {what}; allowed keys are {', '.join(allowed)}")
            elif key in out:
                self.report(key_node, f"duplicate key {key!r} in {what}; keep only one")
            else:
                out[key] = value_node
        for key in required:
            if key not in out:
                self.report(node, f"{what} is missing the required key {key!r}")
        return out

    def text(self, node: yaml.Node, what: str, *, limit: int | None = None) -> str | None:
        """Return a non-empty string, or report why it is not one."""
        value = _scalar(node)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.report(node, f"{what} must be text")
            return None
        value = _own(str(value).strip())
        if not value:
            self.report(node, f"{what} is empty; write the text or remove the key")
            return None
        if limit is not None and (units := utf16_len(value)) > limit:
            counted = "" if units == len(value) else " as Telegram counts them (an emoji or rare symbol is 2)"
            self.report(node, f"{what} is {units} characters long{counted}; shorten it to at most {limit}, so it "
                              f"fits one Telegram message ({TELEGRAM_MESSAGE_UNITS}) with what the bot adds")
        return value

    def identifier(self, node: yaml.Node, what: str, example: str, max_bytes: int) -> str | None:
        """Return an id, reporting one that is not lowercase words joined by '-' or too long for button data."""
        value = self.text(node, "id")
        if value is not None and not ID_PATTERN.match(value):
            self.report(node, f"id {value!r} must be lowercase words joined by '-', like {example!r}")
        elif value is not None and len(value.encode()) > max_bytes:
            self.report(node, f"{what} id {value!r} is {len(value.encode())} characters long; shorten it to at most "
                              f"{max_bytes}, so its buttons fit Telegram's 64 bytes of button data")
        return value

    def texts(self, node: yaml.Node, what: str, *, minimum: int = 0) -> list[str]:
        """Return a list of non-empty strings, or report why it is not one."""
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{what} must be a list (lines starting with '- ')")
            return []
        out = [t for item in node.value if (t := self.text(item, f"an item of {what}")) is not None]
        if len(out) < minimum:
            self.report(node, f"{what} has {len(out)} items; give at least {minimum}")
        return out

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        """Return the items of a top-level list, or report that the file is not one."""
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{what} must be a list of entries (each starting with '- id: ...')")
            return []
        return list(node.value)


# --- the three kinds of file ----------------------------------------------------------------


def _read_entry(check: _Checker, node: yaml.Node, kind: str) -> tuple[Entry, dict[str, yaml.Node]] | None:
    keys = check.mapping(node, "an entry", ENTRY_REQUIRED, ENTRY_OPTIONAL)
    if keys is None or any(k not in keys for k in ENTRY_REQUIRED):
        return None
    entry_id = check.identifier(keys["id"], "an entry", "massage-frequency", MAX_ENTRY_ID_BYTES)
    question = check.text(keys["question"], "question", limit=MAX_QUESTION_CHARS)
    alternates = check.texts(keys["alternates"], "alternates", minimum=1)
    answer = check.text(keys["answer"], "answer", limit=MAX_ANSWER_CHARS)
    follow_ups = check.texts(keys["follow_ups"], "follow_ups") if "follow_ups" in keys else []
    sources = check.texts(keys["sources"], "sources", minimum=1) if "sources" in keys else []
    if "sources" not in keys and kind != "smalltalk":
        check.report(node, "entry has no sources; name the seed article or the public guidance it rests on")
    safety = "none"
    if "safety" in keys:
        safety = check.text(keys["safety"], "safety") or "none"
        if safety not in SAFETY_LEVELS:
            check.report(keys["safety"], f"safety must be one of {', '.join(SAFETY_LEVELS)}, not {safety!r}")
            safety = "none"
    if entry_id is None or question is None or answer is None:
        return None
    entry = Entry(entry_id, question, tuple(alternates), answer, tuple(follow_ups), tuple(sources), safety, kind)
    return entry, keys


SAFETY_MESSAGES = ("chronic", "urgent", "emergency")


def _read_safety(check: _Checker, root: yaml.Node | None) -> tuple[dict[str, str], SafetyTexts]:
    """Return each level's text (with the common numbers filled in) and the full safety texts."""
    if root is None:
        return {}, SafetyTexts()
    keys = check.mapping(root, "safety.yaml", SAFETY_MESSAGES, ("reasons", *SITUATIONS))
    out: dict[str, str] = {}
    data: dict[str, object] = {}
    for level, node in (keys or {}).items():
        if level == "reasons":
            reasons: dict[str, dict[str, str]] = {}
            for flag_node, reason_node in (node.value if isinstance(node, yaml.MappingNode) else []):
                flag = _scalar(flag_node)
                fields = check.mapping(reason_node, f"the reason {flag!r}", ("self",), ("other",))
                if fields:
                    reasons[str(flag)] = {k: check.text(v, f"the {flag} reason", limit=300) or ""
                                          for k, v in fields.items()}
            data["reasons"] = reasons
            continue
        fields = check.mapping(node, f"the {level} message", ("text", "sources"), ("other",))
        entry: dict[str, object] = {}
        if fields and "text" in fields:
            text = check.text(fields["text"], f"the {level} text", limit=MAX_SAFETY_CHARS)
            if text is not None:
                entry["text"] = text
                out[level] = fill(" ".join(text.split()))
        if fields and "other" in fields:
            entry["other"] = check.text(fields["other"], f"the {level} other text", limit=MAX_SAFETY_CHARS) or ""
        if fields and "sources" in fields:
            entry["sources"] = check.texts(fields["sources"], f"the {level} sources", minimum=1)
        data[level] = entry
    return out, from_mapping(data)


def _read_cautions(check: _Checker, root: yaml.Node | None) -> dict[str, Caution]:
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        check.report(root, "cautions.yaml must be a mapping of condition ids to cautions (osteoporosis: ...)")
        return {}
    out: dict[str, Caution] = {}
    for key_node, node in root.value:
        caution_id = _scalar(key_node)
        if not isinstance(caution_id, str) or not ID_PATTERN.match(caution_id):
            check.report(key_node, f"caution id {caution_id!r} must be lowercase words joined by '-'")
            continue
        fields = check.mapping(node, f"the caution {caution_id!r}", CAUTION_REQUIRED, CAUTION_OPTIONAL)
        if fields is None or any(k not in fields for k in CAUTION_REQUIRED):
            continue
        patterns = []
        for item in fields["match"].value if isinstance(fields["match"], yaml.SequenceNode) else []:
            try:
                patterns.append(re.compile(str(_scalar(item)), re.IGNORECASE))
            except re.error as exc:
                check.report(item, f"pattern {_scalar(item)!r} is not a valid regular expression ({exc}); fix it")
        if not patterns:
            check.report(fields["match"], "match must be a list of regular expressions that mention the condition")
        text = check.text(fields["text"], "the caution text", limit=MAX_SAFETY_CHARS)
        check.texts(fields["sources"], "the caution sources", minimum=1)
        not_for = check.texts(fields["not_for"], "not_for") if "not_for" in fields else []
        if text is not None and patterns:
            out[caution_id] = Caution(caution_id, tuple(patterns), text, tuple(not_for))
    return out


def _read_routine(check: _Checker, node: yaml.Node) -> tuple[Routine, yaml.Node] | None:
    keys = check.mapping(node, "a routine", ROUTINE_REQUIRED, ())
    if keys is None or any(k not in keys for k in ROUTINE_REQUIRED):
        return None
    routine_id = check.identifier(keys["id"], "a routine", "quick-reset", MAX_ROUTINE_ID_BYTES)
    title = check.text(keys["title"], "title", limit=40)
    summary = check.text(keys["summary"], "summary", limit=300)
    check.texts(keys["sources"], "sources", minimum=1)
    steps: list[Step] = []
    step_nodes = check.sequence(keys["steps"], "steps")
    if not step_nodes:
        check.report(keys["steps"], "a routine needs at least one step")
    for step_node in step_nodes:
        fields = check.mapping(step_node, "a step", STEP_REQUIRED, STEP_OPTIONAL)
        if fields is None or any(k not in fields for k in STEP_REQUIRED):
            continue
        minutes = _scalar(fields["minutes"])
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 < minutes <= 60:
            check.report(fields["minutes"], "minutes must be a number between 0 and 60, like 2 or 1.5")
            continue
        parts = [check.text(fields[k], k, limit=800) for k in STEP_REQUIRED if k != "minutes"]
        breathing = check.text(fields["breathing"], "breathing", limit=300) if "breathing" in fields else None
        step_title, do, stop_if = parts
        if step_title and do and stop_if:
            steps.append(Step(step_title, float(minutes), do, stop_if, breathing))
    if routine_id is None or title is None or summary is None or not steps or len(steps) != len(step_nodes):
        return None
    return Routine(routine_id, title, summary, tuple(steps)), keys["id"]


def _files(directory: Path) -> Iterator[Path]:
    yield from sorted(p for p in directory.glob("*.yaml") if p.is_file())
    yield from sorted(p for p in directory.glob("*.yml") if p.is_file())


@memory.collector_paused()
def _read(directory: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    problems: list[Problem] = []
    if not directory.is_dir():
        shown = str(directory)
        return None, [Problem(shown, 1, "knowledge directory not found; pass the folder that holds the YAML files")]
    entries: dict[str, Entry] = {}
    where: dict[str, str] = {}
    follow_up_nodes: list[tuple[_Checker, Entry, yaml.Node]] = []
    safety_texts: dict[str, str] = {}
    safety = SafetyTexts()
    routines: dict[str, Routine] = {}
    cautions: dict[str, Caution] = {}
    safety_seen = False
    for path in _files(directory):
        display = str(path)
        try:
            raw = path.read_bytes()
            lines: int | None = max(1, raw.count(b"\n") + (not raw.endswith(b"\n")))
        except OSError:
            lines = None
        check = _Checker(display, problems, lines)
        root = _compose(path, display, problems)
        if path.stem == "safety":
            safety_seen = True
            safety_texts, safety = _read_safety(check, root)
        elif path.stem == "cautions":
            cautions = _read_cautions(check, root)
        elif path.stem == "routines":
            for node in check.sequence(root, "routines.yaml"):
                read_routine = _read_routine(check, node)
                if read_routine is None:
                    continue
                routine, id_node = read_routine
                if routine.id in routines:
                    check.report(id_node, f"duplicate routine id {routine.id!r}; give each routine its own id")
                routines[routine.id] = routine
        else:
            for node in check.sequence(root, path.name):
                read = _read_entry(check, node, path.stem)
                if read is None:
                    continue
                entry, keys = read
                if entry.id in entries:
                    check.report(keys["id"], f"duplicate id {entry.id!r}, already used at {where[entry.id]}; "
                                             "give each entry its own id")
                    continue
                entries[entry.id] = entry
                where[entry.id] = f"{display}:{_line(keys['id'])}"
                if "follow_ups" in keys:
                    follow_up_nodes.append((check, entry, keys["follow_ups"]))
    for check, entry, node in follow_up_nodes:
        items = node.value if isinstance(node, yaml.SequenceNode) else []
        for item in items:
            target = _scalar(item)
            if isinstance(target, str) and target not in entries:
                check.report(item, f"follow-up {target!r} of {entry.id!r} points to no entry; "
                                   "use the id of an existing entry")
            elif target == entry.id:
                check.report(item, f"entry {entry.id!r} lists itself as a follow-up; remove it")
    anchor = str(directory / "safety.yaml")
    if not safety_seen:
        problems.append(Problem(anchor, 1, "safety.yaml is missing; "
                                           "it must hold the chronic, urgent and emergency messages"))
    if not entries and not problems:
        problems.append(Problem(str(directory), 1, "no entries found; add YAML files with question entries"))
    if problems:
        return None, problems
    return KnowledgeBase(entries, safety_texts, routines, directory, safety, cautions), []


def validate(directory: str | Path) -> list[Problem]:
    """Return every problem in the knowledge base at ``directory`` (empty when it is sound)."""
    return _read(Path(directory))[1]


def load(directory: str | Path) -> KnowledgeBase:
    """Load the knowledge base at ``directory``, or raise KnowledgeError listing every problem."""
    kb, problems = _read(Path(directory))
    if kb is None:
        raise KnowledgeError(problems)
    return kb
