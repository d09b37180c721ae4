"""The knowledge loader on both YAML parsers (libyaml's and PyYAML's own), and Telegram's size limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import bot.knowledge
from bot.knowledge import MAX_ANSWER_CHARS, MAX_ENTRY_ID_BYTES, MAX_ROUTINE_ID_BYTES, load, utf16_len, validate
from bot.tgbot.callbacks import encode
from tests.test_knowledge import ENTRIES, KNOWLEDGE, make_kb, only_problem

DEFAULT_LOADER = bot.knowledge.YAML_LOADER  # as imported, before a test's fixture swaps it
LOADERS = [pytest.param(yaml.SafeLoader, id="pyyaml"),
           pytest.param(getattr(yaml, "CSafeLoader", None), id="libyaml",
                        marks=pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml"))]

ROUTINE = """\
- id: {id}
  title: Quick reset
  summary: Two short steps.
  sources: [seed article]
  steps:
    - title: Warm up
      minutes: 1
      do: Rub your lower back gently.
      stop_if: It hurts more.
"""


@pytest.fixture(params=LOADERS, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[type]:
    """Run each test with the knowledge loader on one YAML parser."""
    monkeypatch.setattr(bot.knowledge, "YAML_LOADER", request.param)
    yield request.param


def test_the_fast_parser_is_used_when_present() -> None:
    assert DEFAULT_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


def test_shipped_knowledge_base_loads_the_same_on_both(loader: type, monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load(KNOWLEDGE)
    monkeypatch.setattr(bot.knowledge, "YAML_LOADER", yaml.SafeLoader)
    reference = load(KNOWLEDGE)
    assert kb.entries == reference.entries and kb.routines == reference.routines
    assert kb.safety_texts == reference.safety_texts


@pytest.mark.parametrize(("broken", "lines"), [
    ("  answer: [10-15 minutes.", (12, 13)),             # an unclosed list
    ("  answer: 10-15 minutes.\n\tsources: [x]", (13,)),  # a tab as indentation
    ("  answer: 'unclosed", (12, 13)),                    # an unclosed quote (found at the end of the file)
])
def test_syntax_errors_name_their_line(tmp_path: Path, broken: str, lines: tuple[int, ...]) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", broken))
    message = only_problem(tmp_path)
    path, line, text = message.split(":", 2)
    assert path == str(tmp_path / "faq.yaml") and int(line) in lines, message
    assert "YAML syntax error" in text and "check indentation and quoting" in text


def test_a_control_character_is_named_on_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("10-15 minutes.", "10–15 mínutes 😣\x07"))  # non-ASCII before it
    assert only_problem(tmp_path) == (f"{tmp_path / 'faq.yaml'}:12: YAML syntax error: character U+0007 is not "
                                      "allowed in YAML; delete it")


def test_an_error_at_the_very_end_is_on_the_last_line(tmp_path: Path) -> None:
    make_kb(tmp_path, "[")
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'faq.yaml'}:1: YAML syntax error")


def test_unreadable_values_and_keys_keep_their_lines(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: !!int abc"))
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'faq.yaml'}:12: cannot read the value 'abc'")
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: 10-15 minutes.\n  anwser: typo"))
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'faq.yaml'}:13: unknown key 'anwser'")


def test_numbers_read_as_text_and_dates_are_refused_alike(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("session length", "1.5"))
    assert load(tmp_path).entries["second"].alternates == ("1.5",)
    make_kb(tmp_path, ENTRIES.replace("massage frequency", "2020-01-01"))
    assert f"{tmp_path / 'faq.yaml'}:4: an item of alternates must be text" in [str(p) for p in validate(tmp_path)]


# --- Telegram's limits -------------------------------------------------------------------------


def long_id(n: int) -> str:
    return "-".join(["abcd"] * (n // 5 + 1))[:n].strip("-").ljust(n, "x")


def test_entry_ids_must_fit_every_button_that_carries_them(tmp_path: Path) -> None:
    fits = long_id(MAX_ENTRY_ID_BYTES)
    owner = 36 ** 14 - 1  # the longest owner a button carries
    for action, *args in (("ans",), ("dym", "999999999999"), ("fb", "1"), ("fb", "0")):
        encode(action, (fits, *args), owner)  # raises if the limit were wrong
    make_kb(tmp_path, ENTRIES.replace("second", fits))
    assert validate(tmp_path) == []
    too_long = fits + "x"
    make_kb(tmp_path, ENTRIES.replace("second", too_long))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:8: an entry id '{too_long}' is {MAX_ENTRY_ID_BYTES + 1} "
                              f"characters long; shorten it to at most {MAX_ENTRY_ID_BYTES}")
    with pytest.raises(ValueError):
        encode("dym", (too_long, "999999999999"), owner)


def test_routine_ids_must_fit_every_button_that_carries_them(tmp_path: Path) -> None:
    fits = long_id(MAX_ROUTINE_ID_BYTES)
    owner = 36 ** 14 - 1
    for action in ("rt", "rmstart"):
        encode(action, (fits,), owner)
    make_kb(tmp_path)
    (tmp_path / "routines.yaml").write_text(ROUTINE.format(id=fits), encoding="utf-8")
    assert validate(tmp_path) == []
    (tmp_path / "routines.yaml").write_text(ROUTINE.format(id=fits + "x"), encoding="utf-8")
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'routines.yaml'}:1: a routine id")
    with pytest.raises(ValueError):
        encode("rmstart", (fits + "x",), owner)


def test_answers_are_measured_as_telegram_counts_them(tmp_path: Path) -> None:
    emoji = "😣" * (MAX_ANSWER_CHARS // 2 + 1)  # 1,501 characters, 3,002 UTF-16 code units
    assert utf16_len(emoji) == MAX_ANSWER_CHARS + 2
    make_kb(tmp_path, ENTRIES.replace("A few times a week.", emoji))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:5: answer is {MAX_ANSWER_CHARS + 2} characters long as "
                              "Telegram counts them")
    assert "4096" in message
    make_kb(tmp_path, ENTRIES.replace("A few times a week.", "😣" * (MAX_ANSWER_CHARS // 2)))
    assert validate(tmp_path) == []
    make_kb(tmp_path, ENTRIES.replace("A few times a week.", "é" * MAX_ANSWER_CHARS))  # one unit each
    assert validate(tmp_path) == []
