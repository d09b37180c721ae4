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
