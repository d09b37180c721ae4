"""Replies that do not repeat themselves: 👎, the routine picker as one message, reminders naming their routine,
and /timezone with a city, as the reminder prompt suggests."""

from __future__ import annotations

import datetime as dt

from bot.core.outcome import Edit, Outcome, Send, Toast
from bot.core.reminders import ASK_TIMEZONE
from bot.routines import routine_label
from tests.core.conftest import ALICE, World, button, tap

QUESTION = "how often should I massage my back?"


def kinds(outcome: Outcome) -> list[str]:
    return [type(e).__name__ for e in outcome.effects]


def labels(effect: Send | Edit) -> list[str]:
    return [b.label for row in effect.buttons or () for b in row]


async def test_thumbs_down_offers_close_answers_and_how_to_rephrase(world: World) -> None:
    answer = await world.core.message(ALICE, QUESTION)
    [sent] = answer.effects
    assert isinstance(sent, Send) and "👎 Not helpful" in labels(sent)
    topic = button(answer, "Not helpful").args[0]
    follow_ups = [b for b in labels(sent) if not b.startswith(("👍", "👎"))]

    down = await tap(world, ALICE, button(answer, "Not helpful"))
    assert kinds(down) == ["Toast", "Edit", "Send"]
    toast, edit, offer = down.effects
    assert isinstance(toast, Toast) and toast.text
    assert isinstance(edit, Edit) and labels(edit) == follow_ups  # rated once: the 👍/👎 row goes, follow-ups stay
    assert isinstance(offer, Send) and "other words" in offer.text and "pick one of these" in offer.text
    choices = [b for row in offer.buttons for b in row]
    assert 1 <= len(choices) <= 3 and all(b.args[0] != topic for b in choices)
    assert len({b.args[0] for b in choices}) == len(choices)
    opened = await tap(world, ALICE, choices[0])
    assert opened.texts and opened.texts[0] != sent.text  # another answer, not the same one again


async def test_thumbs_up_thanks_and_keeps_only_the_follow_ups(world: World) -> None:
    answer = await world.core.message(ALICE, QUESTION)
    up = await tap(world, ALICE, button(answer, "Helpful"))
    assert kinds(up) == ["Toast", "Edit"]
    assert not any(label.startswith(("👍", "👎")) for label in labels(up.effects[1]))  # type: ignore[arg-type]


async def test_choosing_a_routine_edits_one_message_from_picker_to_start(world: World) -> None:
    picker = await world.core.command(ALICE, "routine")
    assert kinds(picker) == ["Send"]
    check = await tap(world, ALICE, button(picker, "Quick"))
    assert kinds(check) == ["Toast", "Edit"] and "safety check" in check.texts[0]
    started = await tap(world, ALICE, button(check, "No, none"))
    assert kinds(started) == ["Toast", "Edit"] and "3 steps" in started.texts[0] and started.due_changed
    await world.ticker.tick()
    assert world.delivery.texts(ALICE.chat_id)[0].startswith("Step 1/3")  # steps then come as their own messages


async def test_yes_at_the_safety_check_edits_the_same_message_too(world: World) -> None:
    check = await tap(world, ALICE, button(await world.core.command(ALICE, "routine"), "Quick"))
    refused = await tap(world, ALICE, button(check, "Yes, one of"))
    assert kinds(refused) == ["Toast", "Edit"] and "won't start a routine" in refused.texts[0]


async def finish(world: World, routine_title: str) -> None:
    """Run a whole routine, chosen from the picker, to its end."""
    check = await tap(world, ALICE, button(await world.core.command(ALICE, "routine"), routine_title))
    await tap(world, ALICE, button(check, "No, none"))
    while (session := await world.store.sessions.active(ALICE.chat_id)) is not None:
        assert session.due_at is not None
        world.clock.now = max(world.clock.now, session.due_at)
        await world.ticker.tick()


async def test_a_reminder_offers_the_routine_finished_most_often_not_the_last_started(world: World) -> None:
    kb = world.core.deps.kb
    await finish(world, "Standard")
    await finish(world, "Standard")
    await finish(world, "Quick")  # finished last, but less often
    check = await tap(world, ALICE, button(await world.core.command(ALICE, "routine"), "Neck"))
    await tap(world, ALICE, button(check, "No, none"))  # started last, not finished
    await world.core.command(ALICE, "stop")

    await world.core.command(ALICE, "timezone", "UTC")
    now = dt.datetime.fromtimestamp(world.clock.now, dt.UTC) + dt.timedelta(minutes=2)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[now.weekday()]
    await world.core.command(ALICE, "remind", f"{day} {now:%H:%M}")
    world.delivery.sent.clear()
    world.clock.now = now.timestamp() + 60
    await world.ticker.tick()
    [(chat, reminder)] = world.delivery.sent
    assert chat == ALICE.chat_id and reminder.text.startswith("⏰")
    assert routine_label(kb.routines["standard"]) in reminder.text
    start = button(reminder, "Start")
    assert start.label == f"▶️ Start {kb.routines['standard'].title}" and start.args == ("standard",)
    check = await tap(world, ALICE, start)
    assert "safety check" in check.texts[0]


async def test_the_first_reminder_asks_where_you_are_and_timezone_london_works(world: World) -> None:
    asked = await world.core.command(ALICE, "remind", "mon wed 19:00")
    assert asked.texts == [ASK_TIMEZONE] and "/timezone London" in ASK_TIMEZONE
    done = await world.core.command(ALICE, "timezone", "London")
    text = "\n".join(done.texts)
    assert "Europe/London" in text and "19:00" in text  # the zone is set, then the reminder it was asked for
    [reminder] = await world.store.reminders.for_user(ALICE.user_id)
    assert reminder.tz == "Europe/London" and reminder.days == frozenset({0, 2}) and reminder.at == dt.time(19, 0)
    for typed in ("london", "LONDON", "  London  ", "londn"):
        again = await world.core.command(ALICE, "timezone", typed)
        assert "Europe/London" in again.texts[0], typed
    assert "New York" in (await world.core.command(ALICE, "timezone", "New York")).texts[0]


async def test_a_time_zone_is_named_once_as_people_read_it(world: World) -> None:
    london = (await world.core.command(ALICE, "timezone", "London")).texts[0]
    assert london == "Time zone set to London (Europe/London)."
    new_york = (await world.core.command(ALICE, "timezone", "New York")).texts[0]
    assert new_york == "Time zone set to New York (America/New_York)."
    assert (await world.core.command(ALICE, "timezone", "UTC")).texts[0] == "Time zone set to UTC."
