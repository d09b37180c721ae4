"""False alarms of lengths that are not the pain's, in our own wordings: another's long pain beside the writer's own
recent one ("I did mine yesterday"), a length asked about in an "if" ("if back pain lasts 3 months"), a stretch with
no pain in it ("no pain since"), how often rather than how long ("twice a year"), and a holiday dated by the words
after it ("since the fair last week"); each with the real length beside it still read."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)

CASES = [
    # Another's long pain, then the writer's own told with a recent time.
    ("none", "my sister's had a bad back for twenty years, I only ricked mine this morning"),
    ("none", "grandad has had back trouble since the 70s; I'm asking for me, I strained my back on Saturday"),
    ("chronic", "my sister's had a bad back for twenty years and mine's been going for 6 months"),
    ("chronic", "my husband has had back pain for a year, I'm asking for him"),
    # ... unless the question is still about the other's: their long pain counts.
    ("chronic", "my dad's had sciatica for nine months and I jarred mine on Sunday helping him, how can he ease his"),
    ("chronic", "my partner has had lumbago for 3 years and I cricked mine this morning, what would help her"),
    ("none", "my partner has had lumbago for 3 years and I cricked mine this morning, what should I do"),
    # A length only asked about in an "if".
    ("none", "should I worry if lower back pain goes on for 12 weeks? mine only started at the weekend"),
    ("chronic", "if back pain lasts 3 months is it chronic? mine has lasted 4 months"),
    # The "if" clause over, the writer's own length after a dash or a comma.
    ("chronic", "should you see a doctor if back ache goes on 12 weeks - it has been 5 months for me"),
    ("chronic", "if it gets any worse I'll ring the surgery, had it for 7 months"),
    # A length of the pain there now inside the "if": "after 4 months of this".
    ("chronic", "if it gets much worse after eight months of this I'm asking for a scan"),
    ("chronic", "if it flares up again after six months of this I'm going to A&E"),
    ("chronic", "do I see a GP if back ache carries on six months, because mine has been going since march"),
    # A stretch said to hold no pain.
    ("none", "had a bad back as a student but since I started swimming 3 years ago no pain at all, keep it up?"),
    ("none", "pain-free for two years now thanks to yoga, what else helps"),
    ("chronic", "no back trouble for 3 years then it came back in the summer and has been sore since"),
    # "no pain pill works", "no pain free day": pain there, nothing easing it.
    ("chronic", "for a year now my back is stiff and no pain medicine helps"),
    ("chronic", "for a year now my back aches and no pain pill works"),
    ("chronic", "for two years my back has been sore with no pain free day at all"),
    ("none", "no back pain for a year now since I took up pilates, any tips to keep it that way"),
    # "this"/"that" before a noun of its own is not the pain; before a verb it is ("this goes on...").
    ("none", "this raid has taken us 4 months to clear, my back is a bit stiff from the chair tonight"),
    ("chronic", "my back seizes up every few weeks and this goes on for three years now"),
    ("chronic", "lower back twinges, that keeps happening for 2 years now"),
    # How often, not how long.
    ("none", "my back twinges maybe twice a year after gardening, today's one is mild"),
    ("none", "I play squash three times a week and my back is a bit stiff today"),
    ("chronic", "my back goes into spasm three or four times a year and has done for a decade"),
    ("chronic", "my back has hurt every day for a year"),
    # "every day a year": every day, for a year (as learners of English say it), not how often.
    ("chronic", "my back pain every single day a year, no change"),
    ("chronic", "back is hurting me each day a year long now"),
    # A holiday dated by the words after it.
    ("none", "my lower back has been sore since the fair last week"),
    ("none", "back stiff since the bank holiday a few days ago"),
    ("chronic", "sore back since easter and it hasn't let up"),
    ("chronic", "my back has hurt since christmas"),
    # After a comma, the recent words open a clause of their own: a change of the pain, not the holiday's date.
    ("chronic", "sore back since Halloween last year, last weekend it flared up again"),
    ("chronic", "my back has hurt since christmas, a few days ago it got much worse"),
    ("none", "back twinging since the carnival, last weekend, any stretches?"),
    # "this" or "that" before a noun of its own is no pronoun of the pain: the length is the game's, the place's.
    ("none", "been grinding this raid for weeks and weeks, my lower back is sore from the chair tonight"),
    ("none", "we've been members of that golf club since the nineties, my back is stiff today after the round"),
    ("chronic", "I've had this bloody thing for months, my back is sore today"),
    ("chronic", "had this condition since 2019 and my back is sore today"),
    ("chronic", "I've had this for 5 months, today my back is worse"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_lengths_that_are_not_the_pains_raise_nothing_and_the_pains_still_count(expected: str, text: str) -> None:
    got = assess(text, today=TODAY)
    assert got.level is Level.parse(expected), (text, got.level, got.signs)
