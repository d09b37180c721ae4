"""The safety patterns' readings shipped beside the models (bot/safety/data/screen.json, bot/safety/screens.py): the
same as reading the patterns now, and what a process uses instead of parsing them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from bot.safety import flags, matching, screens


def test_the_shipped_screen_is_built_from_the_patterns_as_they_are() -> None:
    table = screens.readings(screens.patterns())
    shipped = json.loads(matching.SHIPPED.read_text(encoding="utf-8"))["patterns"]
    on_file = {k: [groups, no_capitals] for k, groups, no_capitals in shipped}
    missing = sorted(set(table) - set(on_file))
    changed = sorted(k for k in set(table) & set(on_file) if table[k] != on_file[k])
    assert not missing and not changed, (
        f"{matching.SHIPPED} is stale ({len(missing)} patterns new or edited, {len(changed)} read differently): "
        f"rebuild it: {matching.REBUILD}")
    assert matching.SHIPPED.read_text(encoding="utf-8") == screens.render(table), (
        f"{matching.SHIPPED} holds patterns no longer used or stale scans: rebuild it: {matching.REBUILD}")


def test_a_shipped_reading_is_the_patterns_own() -> None:
    rows = matching.shipped()
    assert len(rows) > 500
    for pattern, flag_bits in screens.patterns():
        assert matching._read(pattern, flag_bits) == matching.reading(pattern, flag_bits)


def test_a_pattern_the_file_lacks_is_read_as_before() -> None:
    pattern = r"\bunshipped\w* (?:left|right)\b"
    assert matching.key(pattern, re.I | re.U) not in matching.shipped()
    assert matching.needs(re.compile(pattern, re.I)) == (("unshipped",), (" left", " right"))


def test_the_rule_patterns_compile_as_written_when_first_used() -> None:
    for flag in flags.FLAGS:
        for p in flag.patterns:
            assert p.flags == re.compile(p.pattern, re.IGNORECASE).flags, flag.id
    p = matching.Pattern(r"\bback (?P<what>pain|ache)\b", re.IGNORECASE)
    assert p._compiled is None and p.fast is None
    assert p.search("my back pain").group("what") == "pain"  # type: ignore[union-attr]
    assert p._compiled is None and p.fast is not None  # lower-case text: only the case-free copy is compiled
    assert p.search("My Back Ache").span() == (3, 12)  # type: ignore[union-attr]
    assert p.compiled.flags & re.IGNORECASE and p.groupindex == {"what": 1} and p.groups == 1


def test_a_process_reads_no_pattern_of_its_own_on_its_first_messages() -> None:
    code = """import json, datetime as dt
from bot.safety import matching
read = []
plain_reading = matching.reading
matching.reading = lambda pattern, flags: read.append(pattern) or plain_reading(pattern, flags)
from bot.safety import assess
a = assess("since Easter I've lost control of my bladder and both legs are numb; fiebre y dolor de espalda",
           today=dt.date(2026, 1, 1))
print(json.dumps([a.level.name, len(read)]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    level, read = json.loads(out.stdout)
    assert (level, read) == ("EMERGENCY", 0), f"patterns parsed at run time: rebuild the screen: {matching.REBUILD}"
