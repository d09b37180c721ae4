"""Loading and validating the knowledge base: every problem located to its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.knowledge import MAX_ANSWER_CHARS, KnowledgeError, load, validate

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"

SAFETY = """\
chronic:
  text: See a GP or physiotherapist about pain that has lasted 12 weeks or more.
  sources: [NHS]
urgent:
  text: See a doctor today or call {non_emergency}.
  sources: [NHS]
emergency:
  text: Call {emergency} now.
  sources: [NHS]
"""

ENTRIES = """\
- id: first
  question: How often should I massage?
  alternates:
    - massage frequency
  answer: A few times a week.
  follow_ups: [second]
  sources: [seed article]
- id: second
  question: How long should a session last?
  alternates:
    - session length
  answer: 10-15 minutes.
  sources: [seed article]
"""


def make_kb(tmp_path: Path, entries: str = ENTRIES, safety: str = SAFETY) -> Path:
    (tmp_path / "faq.yaml").write_text(entries, encoding="utf-8")
    (tmp_path / "safety.yaml").write_text(safety, encoding="utf-8")
    return tmp_path


def only_problem(directory: Path) -> str:
    problems = validate(directory)
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def test_shipped_knowledge_base_is_valid() -> None:
    assert validate(KNOWLEDGE) == []
    kb = load(KNOWLEDGE)
    assert {"chronic", "urgent"} <= set(kb.safety_texts)
    assert len(kb.entries) >= 40


def test_shipped_entries_have_enough_alternates_and_sources() -> None:
    kb = load(KNOWLEDGE)
    for entry in kb.entries.values():
        if entry.is_smalltalk:
            continue
        assert len(entry.alternates) >= 5, entry.id
        assert entry.sources, entry.id


def test_shipped_knowledge_base_has_no_page_junk() -> None:
    text = " ".join(p.read_text(encoding="utf-8").lower() for p in KNOWLEDGE.glob("*.yaml"))
    assert "title loan" not in text and "iphone" not in text


def test_small_knowledge_base_loads(tmp_path: Path) -> None:
    kb = load(make_kb(tmp_path))
    assert kb.entries["first"].follow_ups == ("second",)
    assert kb.entries["first"].phrasings == ("How often should I massage?", "massage frequency")


def test_duplicate_id_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("id: second", "id: first").replace("  follow_ups: [second]\n", ""))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:7: duplicate id 'first'")
    assert "faq.yaml:1" in message


def test_unknown_key_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: 10-15 minutes.\n  anwser: typo"))
    message = only_problem(tmp_path)
    assert message.startswith(f"{tmp_path / 'faq.yaml'}:13: unknown key 'anwser'")
    assert "allowed keys are" in message


def test_follow_up_to_missing_id_is_reported(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("follow_ups: [second]", "follow_ups: [third]"))
    expected = f"{tmp_path / 'faq.yaml'}:6: follow-up 'third' of 'first' points to no entry"
    assert only_problem(tmp_path).startswith(expected)


def test_yaml_syntax_error_is_reported_at_its_line(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: [10-15 minutes."))
    assert only_problem(tmp_path).startswith(f"{tmp_path / 'faq.yaml'}:")
    line = int(only_problem(tmp_path).split(":")[1])
    assert 12 <= line <= 14
    assert "YAML syntax error" in only_problem(tmp_path)


def test_missing_field_and_empty_answer(tmp_path: Path) -> None:
    broken = ENTRIES.replace("  question: How long should a session last?\n", "").replace(
        "answer: A few times a week.", 'answer: "  "')
    make_kb(tmp_path, broken)
    problems = [str(p) for p in validate(tmp_path)]
    assert any(":5: answer is empty" in p for p in problems), problems
    assert any(":8: an entry is missing the required key 'question'" in p for p in problems), problems


def test_over_long_answer_is_reported(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("A few times a week.", "x" * (MAX_ANSWER_CHARS + 1)))
    assert "shorten it to at most" in only_problem(tmp_path)


def test_missing_sources_and_bad_safety(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  sources: [seed article]\n- id: second", "  safety: maybe\n- id: second"))
    problems = [str(p) for p in validate(tmp_path)]
    assert any("entry has no sources" in p for p in problems), problems
    assert any("safety must be one of none, chronic, urgent" in p for p in problems), problems


def test_duplicate_key_in_one_entry(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("  answer: 10-15 minutes.", "  answer: 10-15 minutes.\n  answer: again"))
    assert "duplicate key 'answer'" in only_problem(tmp_path)


def test_missing_safety_file(tmp_path: Path) -> None:
    make_kb(tmp_path)
    (tmp_path / "safety.yaml").unlink()
    assert "safety.yaml is missing" in only_problem(tmp_path)


def test_load_refuses_a_broken_knowledge_base(tmp_path: Path) -> None:
    make_kb(tmp_path, ENTRIES.replace("follow_ups: [second]", "follow_ups: [nowhere]"))
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path)
    assert "nowhere" in str(caught.value)


def test_copy_of_shipped_base_with_one_break(tmp_path: Path) -> None:
    copy = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, copy)
    faq = copy / "faq.yaml"
    lines = faq.read_text(encoding="utf-8").splitlines()
    first_id = next(i for i, line in enumerate(lines) if line.startswith("- id:"))
    lines.insert(first_id + 1, "  colour: blue")
    faq.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert only_problem(copy).startswith(f"{faq}:{first_id + 2}: unknown key 'colour'")
