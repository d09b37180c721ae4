"""The fall reader (bot/safety/falls.py): whether a message tells of a fall, how serious it is, and whose it is, and
what triage makes of it (our own wordings, not the corpora's)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess, falls
from bot.safety.clauses import clauses, prepare

#: The day these messages are read on.
TODAY = dt.date(2026, 12, 1)


def read(text: str) -> falls.Fall | None:
    """Read the first clause of ``text`` that tells of a fall, as triage does."""
    low = prepare(text)
    return next((f for f in (falls.read(low, c) for c in clauses(low)) if f is not None), None)


@pytest.mark.parametrize("text", [
    "I fell off a ladder cleaning the gutters and my back hurts",
    "fell from a ladder yesterday",
    "came off the ladder doing the windows, landed on my back",
    "my husband slipped off a ladder this morning and his back is sore",
])
def test_a_fall_from_a_ladder_is_an_emergency(text: str) -> None:
    a = assess(text, today=TODAY)
    assert a.level is Level.EMERGENCY and "serious-accident" in a.signs


@pytest.mark.parametrize("text", [
    "I fell onto the sofa and my back hurts",
    "fell onto the sofa",
    "tripped and landed on the sofa, soft landing, back a bit sore",
])
def test_a_fall_onto_the_sofa_is_nothing(text: str) -> None:
    assert assess(text, today=TODAY).level is Level.NONE


@pytest.mark.parametrize("text,who", [
    ("my nan fell and hit her head", "your nan"),
    ("my dad slipped on the ice this morning and banged his head, now his back hurts", "your dad"),
])
def test_a_fall_that_knocks_the_head_is_an_emergency_for_the_one_who_fell(text: str, who: str) -> None:
    a = assess(text, today=TODAY)
    assert a.level is Level.EMERGENCY and a.signs == ("serious-accident",) and a.subject == "other"
    assert [(f.subject, f.person) for f in a.findings] == [("other", who)]


def test_a_head_knock_the_writer_denies_is_not_one() -> None:
    assert assess("I fell but didn't hit my head", today=TODAY).level is Level.NONE


@pytest.mark.parametrize("text", [
    "fell asleep",
    "I fell asleep on the sofa and my back hurts",
    "my legs fell asleep when I sat cross-legged",
    "we fell in love last fall",
])
def test_falling_asleep_or_in_love_is_nothing(text: str) -> None:
    assert assess(text, today=TODAY).level is Level.NONE
    fall = read(text)
    assert fall is None or not fall.had


@pytest.mark.parametrize("text", [
    "I have osteoporosis and I fell",
    "I have osteoporosis and had a fall",
    "osteopenia, and I slipped off a kitchen chair",
    "I've got osteoporosis and slipped on the ice, my back hurts",
    "my mum has brittle bones and tripped over the cat yesterday, her back aches",
])
def test_osteoporosis_and_a_fall_is_at_least_urgent(text: str) -> None:
    a = assess(text, today=TODAY)
    assert a.level >= Level.URGENT and "osteoporosis" in a.signs


def test_osteoporosis_and_a_feared_fall_is_not_a_fall() -> None:
    # A fall spoken of is not had: the history with no pain and no fall leaves the advice to the answer.
    assert assess("I have osteoporosis and I'm scared of falling, is massage safe?", today=TODAY).level \
        is Level.NONE


def test_an_older_persons_fall_with_pain_is_urgent() -> None:
    a = assess("my 80 year old dad fell and his back hurts", today=TODAY)
    assert a.level is Level.URGENT and "older-fall" in a.signs and a.subject == "other"


def test_the_reader_says_whether_there_was_a_fall_and_whose() -> None:
    fall = read("My nan fell in the garden.")
    assert fall is not None and fall.had and fall.subject == "other"
    fall = read("I slipped on the stairs")
    assert fall is not None and fall.had and fall.subject == "self"
    fall = read("I'm scared of falling")
    assert fall is not None and not fall.had
    assert read("I fell asleep at my desk") is None
    assert falls.read(prepare("no falls here, just a sore back after gardening")) is not None  # "falls" spoken of
    assert falls.read(prepare("just a sore back after gardening")) is None


@pytest.mark.parametrize("text,serious", [
    ("I fell off the roof", True),  # a height
    ("I fell hard on the kitchen floor", True),  # said to be hard
    ("I tripped over the dog", False),
    ("I tripped over the dog and now I can't get up", True),  # it hurt badly
    ("my 85 year old gran tripped over the dog", True),  # an older person
    ("I tripped over the dog and hit my head", True),  # a head knock
])
def test_how_serious_a_fall_is(text: str, serious: bool) -> None:
    fall = read(text)
    assert fall is not None and fall.serious is serious


@pytest.mark.parametrize(("text", "who"), [
    ("Slipped in the kitchen and I can't get myself up, my back hurts", "self"),
    ("fell over in the hallway and I can't get back up, back hurts", "self"),
    ("she fell and is stuck on the floor, her back hurts", "other"),
    ("My wife slipped in the bathroom and she's still on the floor, I can't lift her, her back hurts", "other"),
    ("my dad had a fall last night and was on the floor till morning, his back hurts", "other"),
    ("slipped at the pool and landed on my tailbone, the pain is insane", "self"),
    ("fell on the ice and I've broken my back", "self"),
    ("fell down in the street and I'm in so much pain I can hardly breathe", "self"),
    ("my nan slipped and she thinks she broke her hip, her back hurts", "other"),
])
def test_a_fall_that_left_them_down_or_in_great_pain_is_an_emergency(text: str, who: str) -> None:
    a = assess(text, today=TODAY)
    assert a.level is Level.EMERGENCY and a.subject == who, (text, a)


@pytest.mark.parametrize("text", [
    "fell on my bum and the pain is off the charts, I can't sit",
    "my dad fell out of his wheelchair this morning and his back hurts",
    "fell and my back hurts and I feel faint and sick",
])
def test_the_booster_keeps_an_emergency_when_the_fall_is_not_minor(text: str) -> None:
    assert assess(text, today=TODAY).level is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "My mother (91) fell getting out of bed and says her back hurts",
    "Gran, 92, took a tumble yesterday and her back hurts",
    "Great-aunt Mary, who's in her late 80s, tripped on the rug and her back hurts",
])
def test_an_older_persons_age_said_beside_them_counts(text: str) -> None:
    assert assess(text, today=TODAY).level >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "I slipped and nearly hit my head, my back is a bit sore",
    "I tripped on the step but got straight back up, my back is a bit stiff",
    "I did some stretches and was on the floor for ages, my back feels better",
    "I fell asleep on the floor for hours watching telly and now my back is stiff",
    "I fell and didn't break my back thankfully, just sore",
])
def test_a_near_miss_or_a_floor_without_a_fall_is_nothing(text: str) -> None:
    assert assess(text, today=TODAY).level is Level.NONE, text
