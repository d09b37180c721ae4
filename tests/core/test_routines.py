"""Routines through the core: context, single-use buttons, the ticker, faults, groups."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.core.outcome import Edit
from bot.core.ticker import RESENT, DeliveryFailed, DeliveryUncertain
from bot.storage.interfaces import StorageError
from tests.core.conftest import ALICE, BOB, GROUP_ALICE, GROUP_BOB, World, button, tap


async def start_quick(world: World, actor=ALICE) -> None:  # type: ignore[no-untyped-def]
    picker = await world.core.routines.menu(actor)
    check = await tap(world, actor, button(picker, "Quick"))
    started = await tap(world, actor, button(check, "No, none"))
    assert "3 steps" in started.texts[0]
    await world.ticker.tick()


async def test_a_whole_routine_arrives_in_order_then_a_typed_score_is_saved(world: World) -> None:
    await start_quick(world)
    await world.run_for(6 * 60, step=5)
    texts = world.delivery.texts(ALICE.chat_id)
    assert [t.split(" —")[0] for t in texts[:3]] == ["Step 1/3", "Step 2/3", "Step 3/3"]
    assert "How does your back feel now" in texts[3] and len(texts) == 4
    saved = await world.core.message(ALICE, "7")
    assert "Saved: 7/10" in saved.texts[0]
    entries = await world.store.pain.entries(ALICE.user_id)
    assert [e.score for e in entries] == [7]
    again = await world.core.message(ALICE, "7")  # a second 7 is just a message now
    assert "Saved" not in " ".join(again.texts)


async def test_a_high_score_at_the_end_gets_a_calm_line_instead_of_thank_you(world: World) -> None:
    await start_quick(world)
    await world.run_for(6 * 60, step=5)
    saved = (await world.core.message(ALICE, "10")).texts[0]
    assert saved.startswith("Saved: 10/10") and "new, severe or getting worse" in saved
    assert "Thank you" not in saved and "another session" not in saved


async def test_typed_stop_pause_and_ouch_act_on_the_running_routine(world: World) -> None:
    await start_quick(world)
    paused = await world.core.message(ALICE, "pause")
    assert "Paused" in paused.texts[0]
    twice = await world.core.message(ALICE, "pause please")
    assert "already paused" in twice.texts[0]
    await world.run_for(600, step=60)
    assert len(world.delivery.sent) == 1  # nothing arrives while paused
    await world.core.message(ALICE, "resume")
    hurts = await world.core.message(ALICE, "ouch, that hurts")
    assert "stopped the routine" in hurts.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is None


@pytest.mark.parametrize(("typed", "advice"), [
    ("i feel dizzy", "Sit or lie down"),
    ("my hand is tingling", "Take the pressure off"),
    ("the pain is shooting down my leg", "Ease off"),
    ("it hurts more", "Ease off"),
    ("sharp pain", "Ease off"),
])
async def test_a_steps_stop_if_sign_typed_during_a_routine_stops_it_with_advice(world: World, typed: str,
                                                                               advice: str) -> None:
    await start_quick(world)
    out = await world.core.message(ALICE, typed)
    assert "stopped the routine" in out.texts[0] and advice in out.texts[0]
    assert "only know about back care" not in " ".join(out.texts)
    assert await world.store.sessions.active(ALICE.chat_id) is None
    await world.run_for(600, step=60)
    assert len(world.delivery.sent) == 1  # step 1 only


async def test_a_sign_said_as_absent_does_not_stop_the_routine(world: World) -> None:
    await start_quick(world)
    await world.core.message(ALICE, "no sharp pain, not dizzy, this feels good")
    assert await world.store.sessions.active(ALICE.chat_id) is not None


async def test_a_red_flag_typed_during_a_routine_stops_it_with_the_advice(world: World) -> None:
    await start_quick(world)
    out = await world.core.message(ALICE, "my legs have both gone numb and I can't control my bladder")
    text = "\n".join(out.texts)
    assert "stopped your routine" in text
    assert await world.store.sessions.active(ALICE.chat_id) is None
    await world.run_for(600, step=60)
    assert len(world.delivery.sent) == 1


async def test_the_safety_check_is_single_use_and_typed_answers_count(world: World) -> None:
    check = await world.core.routines.choose(ALICE, "quick")
    yes, no = button(check, "Yes"), button(check, "No, none")
    refused = await tap(world, ALICE, yes)
    assert "won't start a routine" in refused.texts[0]
    late_no = await tap(world, ALICE, no)
    assert await world.store.sessions.active(ALICE.chat_id) is None
    assert "already answered" in late_no.effects[0].text  # type: ignore[union-attr]
    world.clock.advance(25 * 3600)  # after a yes, routines are held off for a day
    await world.core.routines.choose(ALICE, "quick")
    typed = await world.core.message(ALICE, "no")
    assert "3 steps" in typed.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is not None


async def test_yes_i_fell_at_the_safety_check_gets_the_urgent_advice(world: World) -> None:
    await world.core.routines.choose(ALICE, "quick")
    out = await world.core.message(ALICE, "yes, I fell down the stairs yesterday")
    assert await world.store.sessions.active(ALICE.chat_id) is None
    assert any("medical help" in t.lower() or "emergency" in t.lower() for t in out.texts)


async def test_yes_at_the_safety_check_stops_the_routine_already_running(world: World) -> None:
    await start_quick(world)
    picker = await world.core.command(ALICE, "routine")
    await tap(world, ALICE, button(picker, "Quick"))
    out = await world.core.message(ALICE, "yes")
    assert "won't start a routine" in out.texts[0] and "stopped your routine" in out.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is None
    await world.run_for(600, step=30)
    assert [t.split(" —")[0] for t in world.delivery.texts()] == ["Step 1/3"]  # no step 2, no end question


async def test_yes_at_the_safety_check_leads_with_the_emergency_signs_and_the_local_numbers(world: World) -> None:
    await world.core.command(ALICE, "timezone", "London")
    await world.core.routines.choose(ALICE, "quick")
    text = (await world.core.message(ALICE, "yes")).texts[0]
    emergency, doctor = text.index("bladder or bowel control"), text.index("see a doctor today")
    assert emergency < text.index("call 999") < doctor  # the emergency signs get the emergency number, first
    assert "NHS 111" in text and "won't start a routine" in text


async def test_not_sure_at_the_safety_check_is_answered_with_caution(world: World) -> None:
    for answer in ("not sure", "maybe", "I don't know"):
        await world.core.routines.choose(ALICE, "quick")
        out = await world.core.message(ALICE, answer)
        text = "\n".join(out.texts)
        assert "not sure" in text and "won't start a routine" in text and "only know about back care" not in text
        assert await world.store.sessions.active(ALICE.chat_id) is None, answer
    check = await world.core.routines.choose(ALICE, "quick")
    tapped = await tap(world, ALICE, button(check, "Not sure"))
    assert "won't start a routine" in tapped.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_replace_it_tapped_twice_starts_the_routine_once(world: World) -> None:
    await start_quick(world)
    check = await world.core.routines.choose(ALICE, "standard")
    ask = await tap(world, ALICE, button(check, "No, none"))
    replace_it = button(ask, "Replace it")
    await tap(world, ALICE, replace_it)
    second = await tap(world, ALICE, replace_it)
    assert "already answered" in second.effects[0].text  # type: ignore[union-attr]
    active = await world.store.sessions.active(ALICE.chat_id)
    assert active is not None and active.routine_id == "standard"


async def test_controls_of_an_ended_routine_say_so_and_it_hurts_still_advises(world: World) -> None:
    await start_quick(world)
    step_one = world.delivery.sent[0][1]
    await world.core.message(ALICE, "stop")
    pause = await tap(world, ALICE, button(step_one, "Pause"))
    assert "has ended" in pause.texts[0]
    hurts = await tap(world, ALICE, button(step_one, "It hurts more"))
    assert "Ease off" in hurts.texts[0]
    assert "already ended" in hurts.texts[0] and "I've stopped" not in hurts.texts[0]


async def test_hurts_with_no_routine_running_advises_without_saying_it_stopped_one(world: World) -> None:
    out = await world.core.command(ALICE, "hurts")
    assert "no routine running" in out.texts[0] and "Ease off" in out.texts[0]
    assert "I've stopped" not in out.texts[0]


@pytest.mark.parametrize("typed", ["it hurts a bit but ok", "a little sore but fine", "slightly tender, that's fine",
                                   "hurts in a good way"])
async def test_mild_discomfort_said_during_a_routine_does_not_stop_it(world: World, typed: str) -> None:
    await start_quick(world)
    out = await world.core.message(ALICE, typed)
    assert "bearable" in out.texts[0] and "stopped" not in " ".join(out.texts)
    session = await world.store.sessions.active(ALICE.chat_id)
    assert session is not None and session.status == "running"


@pytest.mark.parametrize("typed", ["it hurts a bit more now", "a bit of sharp pain but ok", "it really hurts"])
async def test_pain_that_is_more_than_mild_still_stops_the_routine(world: World, typed: str) -> None:
    await start_quick(world)
    out = await world.core.message(ALICE, typed)
    assert "I've stopped the routine" in out.texts[0], typed
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_a_red_flag_with_mild_words_still_stops_the_routine(world: World) -> None:
    await start_quick(world)
    out = await world.core.message(ALICE, "hurts a bit but ok, though i can't feel my groin")
    assert "emergency" in " ".join(out.texts).lower()
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_a_later_urgent_sign_does_not_lower_the_emergency_a_refused_routine_names(world: World) -> None:
    await world.core.message(ALICE, "I fell off a ladder and hit my back hard")
    await world.core.message(ALICE, "my dad has a fever and back pain")
    held = await world.core.command(ALICE, "routine")
    assert "need help straight away" in held.texts[0] and "should check today" not in held.texts[0]


async def test_a_refused_routine_after_someone_elses_sign_is_worded_for_them(world: World) -> None:
    await world.core.message(ALICE, "my dad has a fever and back pain")
    held = await world.core.command(ALICE, "routine")
    text = held.texts[0]
    assert "someone else" in text and "don't massage them" in text, text
    assert "don't massage until a doctor has checked you" not in text
    checked = await tap(world, ALICE, button(held, "The routine is for me"))
    assert "Which routine would you like?" in checked.texts[-1]
    own = await world.core.message(ALICE, "I have a fever and my back hurts")  # then one's own sign
    assert own.texts
    assert "checked you" in (await world.core.command(ALICE, "routine")).texts[0]


async def test_skip_tapped_twice_skips_one_step(world: World) -> None:
    await start_quick(world)
    step_one = world.delivery.sent[0][1]
    skip = button(step_one, "Skip")
    await tap(world, ALICE, skip)
    await world.ticker.tick()
    again = await tap(world, ALICE, skip)
    await world.ticker.tick()
    assert "already behind us" in again.texts[0]
    assert [t.split(" —")[0] for t in world.delivery.texts()] == ["Step 1/3", "Step 2/3"]


async def test_a_failed_write_after_the_send_never_sends_the_step_again(world: World) -> None:
    await start_quick(world)
    store = world.store.sessions
    real_update = store.update
    broken = {"on": True}

    async def update(new, *, expected):  # type: ignore[no-untyped-def]
        if broken["on"]:
            raise StorageError("the disk holding core.db is full; free some space and try again")
        return await real_update(new, expected=expected)

    store.update = update  # type: ignore[method-assign]
    await world.run_for(25, step=1)  # a 25 s outage just as step 2 falls due
    broken["on"] = False
    await world.run_for(300, step=5)
    steps = [t.split(" —")[0] for t in world.delivery.texts() if t.startswith("Step")]
    assert steps == ["Step 1/3", "Step 2/3", "Step 3/3"]


async def test_a_timed_out_send_counts_as_sent(world: World) -> None:
    world.delivery.after_send.append(DeliveryUncertain("read timeout"))
    await start_quick(world)
    await world.run_for(100, step=5)
    assert [t.split(" —")[0] for t in world.delivery.texts()][:2] == ["Step 1/3", "Step 2/3"]


async def test_a_send_that_never_left_is_tried_again_and_a_blocked_chat_ends_the_routine(world: World) -> None:
    world.delivery.fail.append(DeliveryFailed("connection refused"))
    await start_quick(world)
    assert world.delivery.sent == []
    await world.run_for(10, step=1)
    assert [t.split(" —")[0] for t in world.delivery.texts()] == ["Step 1/3"]
    world.delivery.fail.append(DeliveryFailed("bot was blocked by the user", permanent=True))
    await world.run_for(120, step=5)
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_a_claim_left_by_a_dead_worker_is_resent_marked(world: World) -> None:
    await start_quick(world)
    world.clock.advance(120)
    # another worker claimed step 2 and died mid-send: its lease runs out
    claimed = await world.store.sessions.claim_due(world.clock(), owner="dead", lease=10, limit=10)
    assert len(claimed) == 1
    await world.run_for(5)
    assert len(world.delivery.sent) == 1  # the live claim is respected
    await world.run_for(10)
    assert world.delivery.texts()[1].startswith(RESENT)


async def test_a_reload_that_shortens_a_routine_ends_it_cleanly(world: World) -> None:
    await start_quick(world)
    routines = world.core.deps.kb.routines
    original = routines["quick"]
    routines["quick"] = replace(original, steps=original.steps[:1])
    try:
        await world.run_for(300, step=5)
    finally:
        routines["quick"] = original
    texts = world.delivery.texts()
    assert "How does your back feel now" in texts[-1]
    await world.core.message(ALICE, "3")
    assert len(await world.store.sessions.finished(ALICE.user_id)) == 1
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_in_a_group_only_the_owner_controls_the_routine(world: World) -> None:
    await start_quick(world, GROUP_ALICE)
    step_one = world.delivery.sent[0][1]
    stranger = await tap(world, GROUP_BOB, button(step_one, "Stop"))
    assert stranger.texts == [] and "someone else" in stranger.effects[0].text  # type: ignore[union-attr]
    typed = await world.core.message(GROUP_BOB, "stop")
    assert await world.store.sessions.active(GROUP_ALICE.chat_id) is not None
    assert "Stopped" not in " ".join(typed.texts)


async def test_two_people_in_private_chats_have_their_own_routines(world: World) -> None:
    await start_quick(world, ALICE)
    await start_quick(world, BOB)
    assert len(world.delivery.texts(ALICE.chat_id)) == 1 and len(world.delivery.texts(BOB.chat_id)) == 1


async def test_skip_tapped_the_moment_a_step_arrives_skips_it(world: World) -> None:
    await start_quick(world)
    world.clock.advance(95)
    claimed = await world.store.sessions.claim_due(world.clock(), owner="test", lease=10, limit=10)
    [c] = claimed  # step 2 is on its way: Telegram has it, the send is not yet recorded
    step_two = c.item.step
    skip = await world.core.routines.control(ALICE, "skip", session_id=c.item.id, step=step_two, tapped=True)
    assert "Skipping" in skip.texts[0]
    from bot.core.sessions import sent
    state = await world.store.sessions.get(c.item.id)
    assert state is not None
    routine = world.core.deps.kb.routines["quick"]
    done = sent(state, step_two, routine, world.clock(), 1.0)
    assert await world.store.sessions.update(done, expected=state)
    assert done.due_at == world.clock()  # step 3 is due at once, not after step 2's two minutes


async def test_in_a_group_nobody_replaces_someone_elses_routine(world: World) -> None:
    await start_quick(world, GROUP_ALICE)
    check = await world.core.routines.choose(GROUP_BOB, "standard")
    ask = await tap(world, GROUP_BOB, button(check, "No, none"))
    refused = await tap(world, GROUP_BOB, button(ask, "Replace it"))
    assert "Someone else's routine" in refused.texts[0]
    active = await world.store.sessions.active(GROUP_ALICE.chat_id)
    assert active is not None and active.user_id == GROUP_ALICE.user_id and active.routine_id == "quick"


async def test_pause_and_resume_or_an_old_skip_while_a_step_is_on_its_way_skip_nothing(world: World) -> None:
    await start_quick(world)
    step_one = world.delivery.sent[0][1]
    world.clock.advance(95)
    [c] = await world.store.sessions.claim_due(world.clock(), owner="test", lease=10, limit=10)
    await world.core.routines.control(ALICE, "pause")
    await world.core.routines.control(ALICE, "resume")
    await tap(world, ALICE, button(step_one, "Skip"))  # step 1's Skip, while step 2 is on its way
    from bot.core.sessions import sent
    state = await world.store.sessions.get(c.item.id)
    assert state is not None
    done = sent(state, c.item.step, world.core.deps.kb.routines["quick"], world.clock(), 1.0)
    assert done.due_at == world.clock() + 120  # step 2 keeps its two minutes


@pytest.mark.parametrize(("typed", "saved"), [("about a 3 i guess", 3), ("three", 3), ("3 out of 10", 3),
                                             ("feels better, 2", 2)])
async def test_the_end_score_in_the_persons_own_words_is_saved(world: World, typed: str, saved: int) -> None:
    await start_quick(world)
    await world.run_for(6 * 60, step=5)
    out = await world.core.message(ALICE, typed)
    assert out.texts[0].startswith(f"Saved: {saved}/10")


async def test_a_score_out_of_range_or_with_a_fraction_is_asked_again(world: World) -> None:
    await start_quick(world)
    await world.run_for(6 * 60, step=5)
    too_high = await world.core.message(ALICE, "11")
    assert too_high.texts == ["Please send a number from 0 (no pain) to 10 (worst pain)."]
    half = await world.core.message(ALICE, "3.5")
    assert half.texts == ["Please send a whole number from 0 to 10: 3 or 4?"]
    assert await world.store.pain.entries(ALICE.user_id) == []  # nothing saved yet, the question is still open
    assert (await world.core.message(ALICE, "4")).texts[0].startswith("Saved: 4/10")


@pytest.mark.parametrize(("typed", "title"), [("quick one please", "Quick reset"), ("neck", "Neck and shoulders"),
                                             ("2", "Standard back routine"), ("the short one", "Quick reset")])
async def test_a_routine_typed_at_the_menu_is_chosen_by_number_or_name(world: World, typed: str, title: str) -> None:
    await world.core.command(ALICE, "routine")
    out = await world.core.message(ALICE, typed)
    assert "safety check" in out.texts[0], out.texts
    await world.core.message(ALICE, "no")
    active = await world.store.sessions.active(ALICE.chat_id)
    assert active is not None and world.core.deps.kb.routines[active.routine_id].title.startswith(title)


async def test_routine_with_a_number_or_a_name_skips_the_menu(world: World) -> None:
    assert "safety check" in (await world.core.command(ALICE, "routine", "2")).texts[0]
    assert "safety check" in (await world.core.command(ALICE, "routine", "neck")).texts[0]
    unknown = (await world.core.command(ALICE, "routine", "yoga")).texts[0]
    assert unknown.startswith("I don't have a routine called “yoga”") and "Which routine" in unknown


async def test_a_question_typed_at_the_menu_is_answered_and_the_menu_forgotten(world: World) -> None:
    await world.core.command(ALICE, "routine")
    answer = await world.core.message(ALICE, "how often should I massage my back?")
    assert "week" in answer.texts[0]
    later = await world.core.message(ALICE, "neck")
    assert "safety check" not in " ".join(later.texts)


async def test_stop_with_no_routine_running_says_so(world: World) -> None:
    for typed in ("stop", "pause please", "skip"):
        out = await world.core.message(ALICE, typed)
        assert out.texts == ["There is no routine running. Send /routine to start one."], typed


async def test_a_step_shows_pause_or_resume_never_both(world: World) -> None:
    await start_quick(world)
    step_one = world.delivery.sent[0][1]
    labels = [b.label for row in step_one.buttons for b in row]
    assert "⏸ Pause" in labels and "▶️ Resume" not in labels
    paused = await tap(world, ALICE, button(step_one, "Pause"))
    edit = next(e for e in paused.effects if isinstance(e, Edit))
    assert [b.label for b in edit.buttons[0]][0] == "▶️ Resume"  # type: ignore[index]
    resumed = await tap(world, ALICE, button(paused, "Resume"))
    assert "Resumed." in resumed.texts and button(resumed, "Pause")


async def test_asking_how_long_this_step_lasts_tells_the_step_the_time_left_and_what_comes_next(world: World) -> None:
    await start_quick(world)
    await world.run_for(30, step=5)
    where = (await world.core.message(ALICE, "how long is this step?")).texts
    assert len(where) == 1 and where[0].startswith("Step 1 of 3") and "left" in where[0] and "Next:" in where[0]
    assert "how to massage" not in where[0].lower()
    paused = await world.core.message(ALICE, "pause")
    assert "Paused" in paused.texts[0]
    assert "(paused)" in (await world.core.message(ALICE, "how much time is left")).texts[0]
    await world.core.message(ALICE, "resume")
    await world.run_for(6 * 60, step=5)  # the routine ends: the question is a question again
    after = await world.core.message(ALICE, "what's next?")
    assert not any(t.startswith("Step ") for t in after.texts)
