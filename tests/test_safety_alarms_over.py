"""False alarms of signs that are over or denied, in our own wordings: an infection cleared by its treatment, another's
long-term condition said to give no pain, and signs checked and denied beside a short pain (which the trained
booster must not read back in); each with the real sign beside it still firing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)

CASES = [
    # An infection cleared by its treatment is over.
    ("none", "had a water infection a few weeks back, cleared up with antibiotics, back a little stiff today"),
    ("none", "the chest infection cleared with the course of tablets, now just a sore back from coughing"),
    ("urgent", "had a kidney infection, it cleared by itself but now I have a fever again and back pain"),
    ("urgent", "I've got a chest infection and a fever and my back aches"),
    # ... and back again after it is the sign now.
    ("urgent", "my temperature cleared with the antibiotics last week, now it's back up at 38.9 and my lower back is "
               "throbbing"),
    ("urgent", "the fever cleared by the tablets on Monday but now it is back at 39, my back aches"),
    # Another's long-term condition said to give no pain.
    ("none", "my nephew has scoliosis but no pain whatsoever, is back massage ok for him"),
    ("chronic", "my son has scoliosis and his back hurts after school"),
    ("chronic", "my wife has scoliosis in her back, can I massage it"),
    # Signs checked and denied, the pain short: nothing, whichever detector reads it.
    ("none", "no tingling or numbness anywhere, peeing fine, lower back sore for 3 days after moving house"),
    ("none", "I checked and there is no numbness around my bum or in my legs. Back has ached for four days."),
    ("emergency", "no numbness in my legs but I keep wetting myself since tuesday and my back hurts"),
    ("emergency", "no tingling in my feet, but I can't feel my bum when I wipe and my back has hurt for 2 days"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_signs_over_or_denied_raise_nothing_and_real_signs_still_fire(expected: str, text: str) -> None:
    got = assess(text, today=TODAY)
    assert got.level is Level.parse(expected), (text, got.level, got.signs)
