"""After start-up the live objects are frozen for the collector, and a /reload's release still frees the old ones."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from bot import memory


class _Node:
    """An object in a reference cycle, as a replaced knowledge base may hold."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()  # the rest of the test process as before
    gc.set_threshold(*thresholds)


def test_release_keeps_the_collector_off_what_start_up_built() -> None:
    memory.release()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] >= memory.YOUNG_THRESHOLD


def test_a_second_release_collects_cycles_frozen_by_the_first() -> None:
    old = _Node()
    gone = weakref.ref(old)
    memory.release()  # start-up: the old knowledge base is frozen with everything else
    del old  # /reload replaced it: only its own cycle refers to it now
    gc.collect()
    assert gone() is not None  # frozen: the collector does not look at it
    memory.release()  # after the reload
    assert gone() is None


def test_the_collector_runs_again_after_a_paused_build() -> None:
    with memory.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_paused_build_leaves_the_collector_off_if_it_was_off() -> None:
    gc.disable()
    try:
        with memory.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
