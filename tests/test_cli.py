"""The ``backcare-bot`` command as a user runs it: a subprocess with its real exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.dialogue import Dialogue

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "BACKCARE_KNOWLEDGE_DIR": str(KNOWLEDGE), **(env or {})}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=full_env, timeout=60)


def test_validate_ok() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK: ") and len(result.stdout.splitlines()) == 1


def test_validate_reports_file_and_line_and_exits_2(tmp_path: Path) -> None:
    copy = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, copy)
    faq = copy / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("- id: session-length", "- id: massage-frequency", 1), encoding="utf-8")
    line = text[: text.index("- id: session-length")].count("\n") + 1
    result = run("validate", str(copy))
    assert result.returncode == 2
    assert f"{faq}:{line}: duplicate id 'massage-frequency'" in result.stdout


def test_commands_refuse_a_broken_knowledge_base(tmp_path: Path) -> None:
    copy = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, copy)
    (copy / "topics.yaml").write_text("- id: x\n  question: [unclosed\n", encoding="utf-8")
    result = run("ask", "hello", env={"BACKCARE_KNOWLEDGE_DIR": str(copy)})
    assert result.returncode == 2
    assert f"{copy / 'topics.yaml'}:" in result.stderr and "YAML syntax error" in result.stderr


def test_ask_json_lines_in_order() -> None:
    questions = ["How often should I massage my own back?", "", "🙂🙂", "x" * 10_000,
                 "how do car title loans work", "my back has hurt for 5 months", "Как дела?"]
    result = run("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["query"] for r in rows] == questions
    assert rows[0]["topic"] == "massage-frequency" and "week" in rows[0]["answer"]
    assert rows[4]["topic"] is None and rows[4]["suggestions"]
    assert rows[5]["safety"] == "chronic"
    for row in rows:
        assert set(row) == {"query", "topic", "score", "answer", "safety", "suggestions"}
        assert row["answer"]


def test_ask_plain_text() -> None:
    result = run("ask", "what", "is", "effleurage")
    assert result.returncode == 0 and "strok" in result.stdout.lower()


def test_chat_answers_in_the_terminal() -> None:
    result = run("chat", stdin="how often should I massage my back?\n1\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert "not medical advice" in result.stdout
    assert "a few times a week" in result.stdout.lower()


def test_run_without_token_explains_what_to_do() -> None:
    result = run("run")
    assert result.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in result.stderr


def test_run_falls_back_to_the_console_chat() -> None:
    result = run("run", "--fallback-to-chat", stdin="how often should I massage my back?\n")
    assert result.returncode == 0 and "week" in result.stdout


def test_bad_setting_is_explained() -> None:
    result = run("ask", "hi", env={"BACKCARE_TIME_SCALE": "fast"})
    assert result.returncode == 2 and "BACKCARE_TIME_SCALE" in result.stderr


def test_migrate_db_is_a_command_and_says_what_is_wrong(tmp_path: Path) -> None:
    result = run("migrate-db", "--from", str(tmp_path / "missing.db"), "--to", "postgresql://localhost/backcare")
    assert result.returncode == 1
    assert "there is no SQLite database at" in result.stderr and "--from" in result.stderr
    assert run("migrate-db", "--from", str(tmp_path / "x.db"), "--to", str(tmp_path / "y.db")).stderr.startswith(
        "migrate-db: --to must be a postgresql:// URL")


def test_explain_ends_with_the_reply_ask_gives(dialogue: Dialogue) -> None:
    question = "back pain, lost 10kg without trying"  # the search answers it; the red flag stands alone
    lines = run("ask", "--explain", question).stdout.splitlines()
    given = dialogue.respond(question).as_json(question)  # what `ask --json` prints (test_ask_json_lines_in_order)
    assert lines[-1] == f"reply: no_match (no entry) at 0.0, safety {given['safety']}", lines
    assert given["topic"] is None and given["safety"] == "urgent"


def test_explain_says_when_a_stated_condition_is_read_as_the_questions_context() -> None:
    lines = run("ask", "--explain", "I'm epileptic, can I rub my lower back?").stdout.splitlines()
    assert lines[-2] == "stated condition: the person's own, read as the question's context; asked: " \
                        "'can I rub my lower back?'", lines
    assert lines[-1].startswith("reply: answer when-not-to-massage")
