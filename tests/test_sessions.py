"""Guided sessions without Telegram: timing, pause and resume, skip, stop, scores, restart recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.routines import Routine
from bot.sessions import LATE_AFTER_SECONDS, Due, SessionError, Sessions
from bot.storage import Storage

CHAT, USER = 42, 7
T0 = 1_700_000_000.0


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def routines(kb: KnowledgeBase) -> dict[str, Routine]:
    return kb.routines


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sessions(tmp_path: Path, routines: dict[str, Routine], clock: Clock) -> Sessions:
    return Sessions(Storage(tmp_path / "s.db", clock=clock), routines, clock=clock)


def send_due(sessions: Sessions, session_id: int, log: list[Due]) -> Due | None:
    """Do what the adapter does when a job fires: send what is due, then mark it sent."""
    due = sessions.due(session_id)
    if due is not None:
        log.append(due)
        sessions.mark_sent(session_id, due.step)
    return due


def run_to_end(sessions: Sessions, clock: Clock, session_id: int, log: list[Due]) -> None:
    """Fire at each due time until the session stops running."""
    while (state := sessions.get(session_id)) is not None and state.status == "running":
        assert state.due_at is not None
        clock.now = max(clock.now, state.due_at)
        assert send_due(sessions, session_id, log) is not None


def test_a_whole_routine_in_order(sessions: Sessions, clock: Clock, routines: dict[str, Routine]) -> None:
    routine = routines["standard"]
    state = sessions.start(CHAT, USER, "standard")
    assert state.due_at == T0 and state.step == 0
    log: list[Due] = []
    due_times = []
    while (current := sessions.get(state.id)).status == "running":
        due_times.append(current.due_at)
        clock.now = current.due_at - 1
        assert sessions.due(state.id) is None  # not yet
        clock.now = current.due_at
        send_due(sessions, state.id, log)
    expected, at = [], T0
    for step in routine.steps:
        expected.append(at)
        at += step.minutes * 60
    assert due_times == [*expected, at]
    assert [d.step for d in log] == list(range(len(routine.steps) + 1))
    assert log[1].text.startswith(f"Step 2/{len(routine.steps)} — Kneading (4 min)\n")
    assert not any(d.late for d in log) and [d.final for d in log] == [False] * len(routine.steps) + [True]
    assert "0 (no pain) to 10" in log[-1].text
    finished = sessions.get(state.id)
    assert finished.status == "finished" and finished.ended_at == at and sessions.active(CHAT) is None
    scored = sessions.record_score(state.id, 3)
    assert scored.score == 3
    assert [(p.score, p.source) for p in sessions.storage.pain_entries(USER)] == [(3, "session")]
    assert sessions.storage.get_usual_routine(USER) == "standard"


def test_mark_sent_is_idempotent(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "quick")
    first = sessions.mark_sent(state.id, 0)
    clock.now += 5
    assert sessions.mark_sent(state.id, 0) == first  # the same step again changes nothing
    assert first.step == 1 and first.due_at == T0 + 90


def test_time_scale_multiplies_every_duration(tmp_path: Path, routines: dict[str, Routine], clock: Clock) -> None:
    fast = Sessions(Storage(tmp_path / "fast.db", clock=clock), routines, time_scale=0.01, clock=clock)
    state = fast.start(CHAT, USER, "standard")
    assert fast.mark_sent(state.id, 0).due_at == pytest.approx(T0 + 1.8)


def test_pause_and_resume_shift_the_remaining_steps(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "standard")
    sessions.mark_sent(state.id, 0)  # effleurage: 3 minutes, step 1 due at T0 + 180
    clock.now = T0 + 60
    paused = sessions.pause(CHAT)
    assert paused.status == "paused" and paused.paused_remaining == 120 and paused.due_at is None
    clock.now = T0 + 5000
    assert sessions.due(state.id) is None  # nothing is sent while paused
    assert sessions.pause(CHAT) == paused  # pausing twice changes nothing
    resumed = sessions.resume(CHAT)
    assert resumed.status == "running" and resumed.due_at == T0 + 5000 + 120
    clock.now = resumed.due_at
    log: list[Due] = []
    send_due(sessions, state.id, log)
    assert log[0].step == 1 and not log[0].late
    assert sessions.get(state.id).due_at == resumed.due_at + 240  # kneading keeps its 4 minutes


def test_a_pause_while_a_step_is_being_sent_keeps_it_from_repeating(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "quick")
    due = sessions.due(state.id)
    sessions.pause(CHAT)  # the user taps Pause while the message is on its way
    after = sessions.mark_sent(state.id, due.step)
    assert after.status == "paused" and after.step == 1 and after.paused_remaining == 90
    clock.now += 30
    assert sessions.resume(CHAT).due_at == clock.now + 90


def test_skip_makes_the_next_step_due_now(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "standard")
    sessions.mark_sent(state.id, 0)
    clock.now = T0 + 10
    assert sessions.skip(CHAT).due_at == T0 + 10
    due = sessions.due(state.id)
    assert due.step == 1 and not due.late
    sessions.mark_sent(state.id, 1)
    sessions.pause(CHAT)
    clock.now = T0 + 100
    skipped = sessions.skip(CHAT)  # skipping while paused carries on with the next step now
    assert skipped.status == "running" and skipped.due_at == T0 + 100 and sessions.due(state.id).step == 2


def test_stop_and_it_hurts_more(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "quick")
    sessions.mark_sent(state.id, 0)
    stopped = sessions.stop(CHAT, "user")
    assert stopped.status == "stopped" and stopped.due_at is None and stopped.ended_at == T0
    assert sessions.active(CHAT) is None and sessions.due(state.id) is None
    assert sessions.stop(CHAT) is None
    again = sessions.start(CHAT, USER, "desk")
    clock.now += 30
    hurt, advice = sessions.hurts_more(CHAT)
    assert hurt.id == again.id and hurt.status == "stopped"
    assert "Ease off" in advice and "GP or physiotherapist" in advice
    assert sessions.hurts_more(CHAT)[0] is None


def test_one_session_per_chat(sessions: Sessions) -> None:
    first = sessions.start(CHAT, USER, "quick")
    with pytest.raises(SessionError, match="already has session .* replace=True"):
        sessions.start(CHAT, USER, "desk")
    second = sessions.start(CHAT, USER, "desk", replace=True)
    assert sessions.get(first.id).status == "stopped" and sessions.active(CHAT) == second
    assert sessions.pause(CHAT, session_id=first.id) is None  # a stale button acts on nothing
    assert sessions.start(CHAT + 1, USER, "quick").status == "running"  # other chats are separate
    with pytest.raises(SessionError, match="unknown routine 'yoga'; choose one of: desk, quick, standard"):
        sessions.start(CHAT, USER, "yoga")


def test_scores_are_checked_and_the_first_one_wins(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "quick")
    log: list[Due] = []
    run_to_end(sessions, clock, state.id, log)
    with pytest.raises(ValueError, match="0 to 10"):
        sessions.record_score(state.id, 11)
    assert sessions.record_score(state.id, 2).score == 2
    assert sessions.record_score(state.id, 8).score == 2
    assert len(sessions.storage.pain_entries(USER)) == 1
    with pytest.raises(SessionError, match="no session 999"):
        sessions.record_score(999, 5)


def test_late_after_a_long_delay(sessions: Sessions, clock: Clock) -> None:
    state = sessions.start(CHAT, USER, "quick")
    clock.now = T0 + LATE_AFTER_SECONDS / 2
    assert not sessions.due(state.id).late
    clock.now = T0 + LATE_AFTER_SECONDS + 1
    due = sessions.due(state.id)
    assert due.late and "late" in due.text.splitlines()[1]


def test_restart_mid_session_delivers_every_remaining_step_exactly_once(
        tmp_path: Path, routines: dict[str, Routine], clock: Clock) -> None:
    path = tmp_path / "restart.db"
    before = Sessions(Storage(path, clock=clock), routines, clock=clock)
    state = before.start(CHAT, USER, "standard")
    log: list[Due] = []
    send_due(before, state.id, log)  # step 0 at T0
    clock.now = before.get(state.id).due_at
    send_due(before, state.id, log)  # step 1 at T0 + 180; step 2 due at T0 + 420
    # The process is killed: nothing else runs.  It comes back 10 minutes after step 2 fell due.
    clock.now = T0 + 420 + 600
    after = Sessions(Storage(path, clock=clock), routines, clock=clock)
    assert [s.id for s in after.recover()] == [state.id]
    late = send_due(after, state.id, log)
    assert late.step == 2 and late.late and "late" in late.text
    assert send_due(after, state.id, log) is None  # sent once, not twice
    assert after.get(state.id).due_at == clock.now + 180  # the late step still gets its full time
    run_to_end(after, clock, state.id, log)
    assert [d.step for d in log] == [0, 1, 2, 3, 4]
    assert [d.late for d in log] == [False, False, True, False, False]


def test_a_crash_between_sending_and_recording_repeats_at_most_that_step(
        tmp_path: Path, routines: dict[str, Routine], clock: Clock) -> None:
    path = tmp_path / "crash.db"
    before = Sessions(Storage(path, clock=clock), routines, clock=clock)
    state = before.start(CHAT, USER, "quick")
    sent = [before.due(state.id).step]  # sent, then killed before mark_sent
    clock.now += 5
    after = Sessions(Storage(path, clock=clock), routines, clock=clock)
    log: list[Due] = []
    after.recover()
    run_to_end(after, clock, state.id, log)
    sent += [d.step for d in log]
    assert sent == [0, 0, 1, 2, 3]


def test_paused_and_finished_sessions_are_not_recovered(
        tmp_path: Path, routines: dict[str, Routine], clock: Clock) -> None:
    path = tmp_path / "mixed.db"
    before = Sessions(Storage(path, clock=clock), routines, clock=clock)
    paused = before.start(1, USER, "quick")
    before.pause(1)
    done = before.start(2, USER, "quick")
    run_to_end(before, clock, done.id, [])
    gone = before.start(3, USER, "desk")
    without_desk = {k: v for k, v in routines.items() if k != "desk"}
    after = Sessions(Storage(path, clock=clock), without_desk, clock=clock)
    assert after.recover() == []
    assert after.get(gone.id).status == "stopped"  # its routine no longer exists
    assert after.get(paused.id).status == "paused"
    assert after.resume(1).status == "running"
