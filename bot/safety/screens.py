"""Build the shipped readings of the safety patterns (:data:`bot.safety.matching.SHIPPED`): ``make screen``.

Reading a pattern (:func:`bot.safety.matching.reading`: the words it cannot match without, and whether it can match
lower-case text without its case folding) parses it with the standard library's parser, about 0.45 s for the
triage's 400-odd patterns, once a process, on its first message. The readings depend only on the patterns and on
that reading, so they are worked out here, at build time, and a process looks each pattern up by its key instead.
tests/test_safety_screens.py fails when a pattern or the reading changed and the file was not rebuilt (a pattern the
file lacks is still read at run time, only slower: never a different decision).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator

from bot.safety import matching


def patterns() -> list[tuple[str, int]]:
    """Return every pattern and its flags the safety package screens or reads case-free, sorted: the patterns of the
    triage's, the lexicons' and the durations' screens, the lexicons' context and every
    :class:`~bot.safety.matching.Pattern` the modules of ``bot`` hold (in their globals, and in the tuples, lists,
    sets, dicts and dataclasses there)."""
    import bot.dialogue  # noqa: F401 - every module with patterns of its own
    from bot.safety import durations, lexicons, triage

    screens = (triage._rules()[0], lexicons._table()[0], durations._screen())
    found: set[tuple[str, int]] = {(p.pattern, p.flags) for s in screens for p in s.patterns}
    found |= {(p.pattern, p.flags) for context in lexicons._table()[2].values() for p in context}
    found |= {(p.pattern, p.flags) for p in _held(m for name, m in sorted(sys.modules.items())
                                                    if name == "bot" or name.startswith("bot."))}
    return sorted(found)


def _held(modules: Iterable[object]) -> Iterator[matching.Pattern]:
    """Yield the patterns the modules' globals hold, directly or in containers."""
    seen: set[int] = set()
    todo = [v for m in modules for v in vars(m).values()]
    while todo:
        value = todo.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, matching.Pattern):
            yield value
        elif isinstance(value, (tuple, list, set, frozenset)):
            todo += value
        elif isinstance(value, dict):
            todo += value.values()
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            todo += vars(value).values() if hasattr(value, "__dict__") else ()


def readings(sources: Iterable[tuple[str, int]]) -> dict[str, list[object]]:
    """Return each pattern's reading by its key, as written to the file: ``[groups or None, no capitals]``."""
    out: dict[str, list[object]] = {}
    for pattern, flags in sources:
        groups, no_capitals = matching.reading(pattern, flags)
        out[matching.key(pattern, flags)] = [None if groups is None else [list(g) for g in groups], no_capitals]
    return dict(sorted(out.items()))


def scans(table: dict[str, list[object]]) -> dict[str, str]:
    """Return the scans of the triage's, the lexicons' and the durations' screens by the key of their words, each
    screen's words worked out from ``table`` (not from the readings a process has)."""
    from bot.safety import durations, lexicons, triage

    out: dict[str, str] = {}
    for screen in (triage._rules()[0], lexicons._table()[0], durations._screen()):
        readings = [table[matching.key(p.pattern, p.flags)][0] for p in screen.patterns]
        words = sorted({w for groups in readings if groups for w in groups[0]})  # type: ignore[index]
        out[matching.words_key(words)] = matching.scan_source(words)
    return dict(sorted(out.items()))


def render(table: dict[str, list[object]]) -> str:
    """Return the file's text: one pattern or scan a line (so that a change reads as one in a diff)."""
    rows = ",\n".join(json.dumps([k, *v], ensure_ascii=True) for k, v in table.items())
    found = ",\n".join(json.dumps([k, v], ensure_ascii=True) for k, v in scans(table).items())
    return ('{"about": "bot/safety/screens.py: the readings of the safety patterns, by key, and the scans of their '
            f'screens; rebuild with {matching.REBUILD}",\n"patterns": [\n{rows}\n],\n"scans": [\n{found}\n]}}\n')


def main() -> int:
    """Write :data:`bot.safety.matching.SHIPPED`."""
    table = readings(patterns())
    matching.SHIPPED.write_text(render(table), encoding="utf-8")
    print(f"wrote {matching.SHIPPED} ({len(table)} patterns, {len(scans(table))} scans)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
