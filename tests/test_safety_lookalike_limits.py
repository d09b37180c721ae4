"""Signs the round-7 false-alarm fixes had come to miss, and alarms its recall work had newly raised (a fresh-eyes
review, in our own wordings): a fever named inside a look-alike, a denial reaching past a turn, numbness from sitting
that now happens all the time, night pain that wakes one, a soft hit beside a real fall, and heavy or unnoticed
things that are not a sign."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)

CASES = [
    # A fever named between a look-alike's words is still a fever; the look-alike alone is not.
    ("urgent", "shivering with a fever after coffee this morning, lower back agony"),
    ("urgent", "shivering and feverish from the cold I caught, back agony"),
    ("urgent", "shaky with a temperature after coffee"),
    ("none", "a bit shaky from too much coffee this morning, lower back is stiff"),
    ("none", "I get chills from the air con at work and my back aches"),
    # "Not feeling sick" or "not feeling any numbness" denies that, not the sign after a turn.
    ("urgent", "I'm not feeling sick, just shivery with a temp of 39 and lower back pain"),
    ("emergency", "not feeling dizzy, just numb in both legs since this morning"),
    ("urgent", "I'm not feeling any numbness, just shivery with a temp of 39"),
    ("emergency", "not feeling weak, just tingling in my bum and can't feel the toilet paper"),
    ("none", "not feeling any weakness in my legs, only a stiff back"),
    # Numbness from sitting that was fine after a minute but now happens all the time.
    ("emergency", "legs numb after sitting, fine after a few seconds, but now numb all the time"),
    ("emergency", "both my legs went numb after sitting and were fine after a minute but now it happens all the time "
                  "and they feel weak"),
    ("none", "both legs go a bit numb on the long drive but they're fine after a few minutes of walking"),
    # Pain that wakes one is not eased by lying down; a change of position still eases.
    ("urgent", "back pain eases when I lie down but wakes me every night"),
    ("none", "aches at night but eases when I lie down"),
    ("none", "the pain wakes me up but goes when I turn over in bed"),
    # A soft hit does not cancel a real fall said after it.
    ("emergency", "hit with a pillow, then slipped and fell down the stairs onto my back"),
    ("none", "my son hit me with a pillow and my back went"),
    # Heavy things and unnoticed passing: what is not a sign.
    ("none", "a load of washing fell on me lol, my back is fine"),
    ("emergency", "a load of bricks fell on my back"),
    ("none", "I pooped a bit and didn't notice any blood, back pain"),
    ("emergency", "pooped a lil and didnt notice, back pain"),
    ("emergency", "I peed a bit and didn't feel anything"),
    ("none", "the gate swung into me and I got a bruise on my arm"),
    ("none", "I got knocked by a swinging door"),
    ("emergency", "the garage door came down on my back"),
    # A spine that has bumped out is a change of shape; a back bumped on a door is a knock.
    ("urgent", "my spine has bumped out in one place and it's getting bigger"),
    ("none", "I bumped my back on the door frame"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_review_signs_and_alarms(expected: str, text: str) -> None:
    assert assess(text, today=TODAY).level.value == Level[expected.upper()].value, text
