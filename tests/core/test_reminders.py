"""Reminders through the core: a time typed at the picker, a time said in plain words, no duplicates."""

from __future__ import annotations

import pytest

from tests.core.conftest import ALICE, World, button, tap


async def _at_what_time(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    picker = await world.core.command(ALICE, "remind")
    picked = await tap(world, ALICE, button(picker, "Mon"))
    asked = await tap(world, ALICE, button(picked, "Next"))
    assert asked.texts == ["What time?"]


@pytest.mark.parametrize(("typed", "at"), [("6:45pm", "18:45"), ("18:45", "18:45"), ("7am", "07:00"),
                                           ("7 pm", "19:00"), ("at 6.30 p.m.", "18:30")])
async def test_a_time_typed_at_the_picker_sets_the_reminder(world: World, typed: str, at: str) -> None:
    await _at_what_time(world)
    out = await world.core.message(ALICE, typed)
    assert out.texts == [f"Reminder set: Mon at {at} (Europe/London). /reminders lists yours."], typed
    assert len(await world.store.reminders.for_user(ALICE.user_id)) == 1


async def test_a_bare_hour_at_the_picker_asks_morning_or_evening(world: World) -> None:
    await _at_what_time(world)
    assert "7am or 7pm" in (await world.core.message(ALICE, "7")).texts[0]
    assert await world.store.reminders.for_user(ALICE.user_id) == []
    assert "Mon at 19:00" in (await world.core.message(ALICE, "7pm")).texts[0]


async def test_remind_me_at_6pm_keeps_the_time_and_asks_only_the_days(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    asked = await world.core.message(ALICE, "remind me to massage at 6pm")
    assert "18:00" in asked.texts[0]
    picked = await tap(world, ALICE, button(asked, "Wed"))
    done = await tap(world, ALICE, button(picked, "Set the reminder for 18:00"))
    assert done.texts == ["Reminder set: Wed at 18:00 (Europe/London). /reminders lists yours."]


async def test_a_time_said_before_the_time_zone_is_kept_after_it(world: World) -> None:
    asked = await world.core.message(ALICE, "remind me to massage at 6pm")
    assert "where are you" in asked.texts[0]
    zone = await world.core.command(ALICE, "timezone", "London")
    assert "18:00" in zone.texts[-1]


async def test_the_same_reminder_twice_is_not_created_twice(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    await world.core.command(ALICE, "remind", "sat sun 9:00")
    again = await world.core.command(ALICE, "remind", "sat sun 9:00")
    assert again.texts == ["You already have that reminder: Weekends at 09:00 (Europe/London). /reminders lists yours."]
    assert len(await world.store.reminders.for_user(ALICE.user_id)) == 1
    other = await world.core.command(ALICE, "remind", "sat sun 10:00")  # another time is another reminder
    assert other.texts[0].startswith("Reminder set")
