"""The grouping `make test`'s scheduler relies on: every test on the PostgreSQL server runs on one worker."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.scheduling import LONG_FIRST, SAFETY_CORPUS, SAFETY_MATCHING, group_of

ROOT = Path(__file__).resolve().parent.parent


def on_postgres(item: pytest.Item) -> bool:
    """Return whether a test uses the session's PostgreSQL server (directly, or as the storage contract's backend)."""
    params = getattr(item, "callspec", None)
    return bool({"postgres_server", "postgres_url"} & set(item.fixturenames)) or (
        params is not None and params.params.get("backend") == "postgres")


def test_every_test_on_the_postgres_server_is_in_its_group(request: pytest.FixtureRequest) -> None:
    """(Of the tests collected in this run: all of them under `make test`.)"""
    needs = [item.nodeid for item in request.session.items if on_postgres(item)]
    assert [n for n in needs if group_of(n) != "postgres"] == [], "add them to tests/scheduling.py's POSTGRES"
    if any(item.nodeid.startswith("tests/workers/") for item in request.session.items):
        assert needs, "no test uses PostgreSQL: is the fixture still called postgres_url?"


def test_the_blind_corpora_are_each_scored_on_one_worker() -> None:
    assert group_of("tests/test_eval.py::test_blind_corpus_keeps_its_ground[dev]") == group_of(
        "tests/test_eval.py::test_blind_corpus_meets_the_bar[dev]") == "eval-dev"
    assert group_of("tests/test_eval.py::test_blind_corpus_keeps_its_ground[held-out]") == "eval-held-out"
    assert group_of("tests/storage/test_contract.py::test_one_active_session_per_chat[sqlite]") is None


def test_the_safety_patterns_corpus_matches_are_worked_out_on_one_worker() -> None:
    source = (ROOT / "tests" / "test_safety_matching.py").read_text(encoding="utf-8")
    sharing = {f"tests/test_safety_matching.py::{name}" for name in re.findall(r"^def (test_\w+)\(", source, re.M)
               if "_fast_found()" in source.split(f"def {name}(", 1)[1].split("\ndef ", 1)[0]}
    assert sharing == set(SAFETY_MATCHING)
    assert {group_of(n) for n in sharing} == {"safety-matching-corpora"}


def test_each_safety_corpus_is_scored_on_one_worker() -> None:
    source = (ROOT / "tests" / "test_safety.py").read_text(encoding="utf-8")
    sharing = {name for name in re.findall(r"^def (test_\w+)\(", source, re.M)
               if "_scored(name)" in source.split(f"def {name}(", 1)[1].split("\ndef ", 1)[0]}
    assert {f"tests/test_safety.py::{name}[" for name in sharing} == set(SAFETY_CORPUS)
    for part in ("safety_dev.yaml", "safety_heldout.yaml"):
        assert {group_of(prefix + part + "]") for prefix in SAFETY_CORPUS} == {f"safety-corpus-{part}"}
    assert group_of("tests/test_safety.py::test_corpus_figures[safety_probes.yaml]") is None


def test_every_long_test_named_exists() -> None:
    missing = []
    for prefix in LONG_FIRST:
        path, _, name = prefix.partition("::")
        where = ROOT / path
        if not where.exists() or (name and f"def {name}(" not in where.read_text(encoding="utf-8")):
            missing.append(prefix)
    assert missing == [], "renamed or gone: update tests/scheduling.py's LONG_FIRST"
