"""Every message is triaged with the person's date and country, in every adapter."""

from __future__ import annotations

import datetime as dt

from bot.core.actor import Actor
from bot.safety import Level
from tests.core.conftest import ALICE, World


async def test_since_easter_is_counted_from_the_clock(world: World) -> None:
    world.clock.now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC).timestamp()
    assert (await world.core.respond(ALICE, "my back has hurt since Easter")).safety is Level.CHRONIC
    world.clock.now = dt.datetime(2026, 4, 20, 12, tzinfo=dt.UTC).timestamp()  # Easter 2026 was on 5 April
    assert (await world.core.respond(Actor(303, 303), "my back has hurt since Easter")).safety is Level.NONE


async def test_the_emergency_number_follows_the_time_zone(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/Berlin")
    out = await world.core.message(ALICE, "back pain and crushing chest pain")
    text = "\n".join(out.texts)
    assert "112" in text
    us = Actor(404, 404)
    await world.core.reminders.set_timezone(us, "America/Chicago")
    assert "911" in "\n".join((await world.core.message(us, "back pain and crushing chest pain")).texts)


async def test_thoughts_of_ending_ones_life_get_crisis_advice_with_the_local_crisis_line(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    text = "\n".join((await world.core.message(ALICE, "I want to end my life")).texts)
    assert "Samaritans on 116 123" in text and "999" in text
    assert "massage" not in text.lower() and "988" not in text  # advice for the situation, the UK's line only
    someone = Actor(505, 505)
    await world.core.reminders.set_timezone(someone, "Australia/Sydney")
    theirs = "\n".join((await world.core.message(someone, "my husband keeps saying he wants to die")).texts)
    assert "your husband" in theirs and "Lifeline on 13 11 14" in theirs and "000" in theirs


async def test_without_a_country_the_crisis_advice_lists_the_common_lines(world: World) -> None:
    text = "\n".join((await world.core.message(ALICE, "I want to end my life")).texts)
    assert all(line in text for line in ("988", "116 123", "13 11 14", "findahelpline.com"))


async def test_a_country_without_a_listed_crisis_line_gets_its_emergency_number_and_the_directory(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Asia/Tokyo")
    text = "\n".join((await world.core.message(ALICE, "I want to end my life")).texts)
    assert "119" in text and "findahelpline.com" in text and "988" not in text


async def test_several_signs_say_because_once_and_read_as_one_lead(world: World) -> None:
    said = "back pain, I lost control of my bladder and numbness between my legs"
    text = "\n".join((await world.core.message(ALICE, said)).texts)
    assert text.count("Because") == 1 and text.count("pressure on the nerves") == 1
    said = "back pain with a fever and I've lost weight without trying"
    mixed = "\n".join((await world.core.message(ALICE, said)).texts)
    assert mixed.count("Because") == 1 and "You also mentioned losing weight" in mixed
