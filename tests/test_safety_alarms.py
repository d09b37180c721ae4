"""False alarms by kind, in our own wordings: a sign denied by the word it is named with, numbness from sitting that
goes on getting up, look-alike words (sleeping over, a fever of excitement, felling trees), a pet owned in dialect,
a holiday dated by its month, and a length pieced together from two (each kind with the real sign beside it)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


ALARMS_BY_KIND = [
    # "not feeling X": the feeling named is the sign, so it is denied; "not feeling my legs" is still numbness.
    ("none", "I'm not feeling any tingling in my feet, just a sore lower back from the garden"),
    ("none", "not feeling any weakness in my legs, only a stiff back"),
    ("none", "honestly not feeling numb anywhere, back just aches after the move"),
    # Numbness from sitting, kneeling or a journey that goes within minutes or on getting up.
    ("none", "foot went to sleep kneeling to paint the skirting, back to normal after a couple of minutes"),
    ("none", "my left leg went numb on the long drive but after a short walk it was fine, back bit sore"),
    ("none", "sat on my foot watching telly and it went dead, the feeling came back quickly when I got up"),
    ("none", "my leg goes numb when I sit on the loo too long but it comes back straight away when I stand up"),
    ("urgent", "my left leg keeps going numb and it doesn't come back, my back is killing me"),
    ("urgent", "my leg went numb two days ago and it is still numb, back pain too"),
    ("emergency", "both legs went numb after the fall and it's not come back, my back is agony"),
    # Crashing as sleeping over, and a crash watched.
    ("none", "crashed on my cousin's sofa after the wedding and my back is wrecked"),
    ("none", "been crashing at my sister's flat for a week, her spare bed has done my back in"),
    ("none", "the pile-up was on the news, not us, but sitting glued to it all evening stiffened my back"),
    ("emergency", "I crashed my bike on the way to work and my back hurts"),
    # A fever of excitement.
    ("none", "fever pitch excitement for the final, back aching from standing at the match"),
    ("none", "the hype reached fever level at the concert, my back is sore from dancing"),
    ("urgent", "I've got a fever and my back aches"),
    # Felling trees is not falling.
    ("none", "been felling a few birch trees at the allotment, back tight today"),
    # A pet owned as "me dog": the pet's; "me back" is still the writer's.
    ("none", "me old lab's back legs have gone wobbly, vet says arthritis"),
    ("none", "me moggy's got a bad back end, limping since last week"),
    ("emergency", "walking me dog when me back went, now both legs numb"),
    # Other languages: "nor" denies the sign after it.
    ("none", "Ik heb geen tintelingen noch koorts, alleen rugpijn"),
    ("urgent", "Boli mnie kręgosłup i mam gorączkę od wczoraj"),
]


@pytest.mark.parametrize(("expected", "text"), ALARMS_BY_KIND)
def test_false_alarms_by_kind_and_the_signs_beside_them(expected: str, text: str) -> None:
    got = level(text)
    assert got is Level.parse(expected), (text, got, assess(text, today=TODAY).signs)


def test_a_holiday_said_with_its_month_is_dated_by_the_month() -> None:
    # A national day falls on another date in each country; the month said with it settles it.
    assert level("my lower back has ached since Independence Day in October") is Level.NONE
    assert level("my lower back has ached since Republic Day in January") is Level.CHRONIC
    assert level("my lower back has ached since Christmas") is Level.CHRONIC


def test_a_length_is_not_pieced_together_from_two() -> None:
    # "since 2 days ... last year" is not "since last year"; "the school trip since Monday" is not "since school".
    assert level("my nephew's back hurts since 2 days from football, he had the same thing last year") is Level.NONE
    assert level("my back has hurt from the school trip since Monday") is Level.NONE
    assert level("my back has hurt since last year") is Level.CHRONIC
