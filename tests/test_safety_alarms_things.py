"""False alarms of idioms and of falls that are nobody's, in our own wordings: a thrill down the spine, a figure of
speech with "fever", legs dead tired; a thing that fell, a slip that did not end in a fall, another's fall said to
have done no harm; each with the real sign beside it still firing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)

CASES = [
    # A thrill down the spine, a fever of something that is not a temperature.
    ("none", "that choir gave me shivers up my spine, lovely, my shoulders are tight though"),
    ("none", "the final whistle sent chills down my spine! back stiff from the stand"),
    ("none", "the office has a fever of resignations this month, my back is sore from the desk"),
    ("none", "there's a fever of wedding plans in our house, my back is sore from the decorating"),
    ("urgent", "I've had a fever of several days and my back aches"),
    ("urgent", "a fever of high temperatures all week and my back hurts"),
    ("urgent", "shivering with a fever since last night and my back aches"),
    ("urgent", "a fever of 38.5 and my lower back is sore"),
    # Legs dead tired after a day out, not dead legs.
    ("none", "legs were dead beat after the charity walk, back fine, what stretches help?"),
    ("emergency", "both my legs have gone dead, I cannot feel them, back pain"),
    ("emergency", "legs feel dead beat from the shift and I cannot feel either foot since lunchtime"),
    ("none", "my legs are dead tired after the hike and my back aches a bit"),
    # A thing's fall.
    ("none", "my tablet fell on the pavement and I jarred my back bending to grab it"),
    ("none", "the washing basket fell off the stairs and my back twinged picking it all up"),
    ("none", "some bricks fell off the old wall, back sore from clearing them"),
    ("none", "Slates fell off the porch roof, my back aches from sweeping up"),
    ("none", "It was windy. Tiles slid off the shed roof and my back is sore from picking them up"),
    ("emergency", "a shelf fell on my back and it really hurts"),
    ("emergency", "me and my bike fell off the kerb into the road, back sore"),
    ("emergency", "I fell off the ladder onto the concrete, my back hurts"),
    # Stones off a wall are not stones of weight.
    ("none", "three stones came off the top of the wall in the storm, lifting them back hurt my back"),
    ("urgent", "about two stones came off me since the summer without trying, and my back aches"),
    # A slip or trip that did not end in a fall.
    ("none", "tripped on the kerb but didn't go down, just a twinge in my back"),
    ("none", "stumbled on the bus step without falling, lower back a bit achy today"),
    ("emergency", "slipped on the ice and fell hard on my back"),
    # Another's fall from something low at play, said harmless.
    ("none", "my nipper fell off the trampoline, he's fine, I wrenched my back grabbing him"),
    ("emergency", "my son fell off the trampoline, he's fine but he banged his head and his back hurts"),
    ("emergency", "my husband fell off the roof, he's fine, my back aches from helping him up"),
    ("emergency", "she fell off a horse today and landed hard, she says she's ok but her back is very sore"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_idioms_and_nobodys_falls_raise_nothing_and_real_signs_still_fire(expected: str, text: str) -> None:
    got = assess(text, today=TODAY)
    assert got.level is Level.parse(expected), (text, got.level, got.signs)
