"""Safety triage: every red flag, chronic phrasings, negations and past tense, no false alarms."""

from __future__ import annotations

import pytest

from bot.safety import Level, assess


@pytest.mark.parametrize("text", [
    "my back hurts and I suddenly can't control my bladder",
    "I've lost control of my bowels and my back is killing me",
    "I wet myself this morning and my back is agony",
    "numbness between my legs and terrible back pain",
    "my groin and buttocks feel numb",
    "both my legs feel weak and my back hurts",
    "my legs keep giving way since my back went",
    "I fell down the stairs and now my back hurts a lot",
    "back pain after a car accident yesterday",
    "back pain with a high fever",
    "I had breast cancer five years ago and now my back aches",
    "losing weight without trying and my back hurts",
    "severe back pain at night that wakes me up",
    "Not sure if it matters, I have numbness in my groin",
    "I don't know what to do, I've wet myself twice",
    "no idea what happened, I had a fever yesterday with back pain",
    "not sure if related, I lost weight without trying",
    "I don't want to overreact, my legs keep giving way",
    "never had this before, both legs are numb",
    "I can't control when I need to go to the toilet since the back pain started",
    "my bum feels numb since my back went",
    "I slipped on the ice yesterday and now my back is killing me",
    "i was rear-ended last week and my back hurts",
    "I've got a temperature and my back really hurts",
    "I feel hot and shivery and my back is sore",
    "I've lost a stone without trying and my back aches",
    "I can't sleep, the pain at night is unbearable",
    "my legs are numb and tingly",
])
def test_red_flags_are_urgent(text: str) -> None:
    assert assess(text).level is Level.URGENT, text


@pytest.mark.parametrize("text", [
    "I've had lower back pain for over a year now, what can I do?",
    "my back has been hurting every day for 4 months",
    "I live with chronic back pain, how often should I massage",
    "back pain for years, nothing helps",
    "persistent ache in my lower back",
    "my back has been sore for ages",
    "stiff back since last winter",
    "back pain that never goes away",
    "aching back for 14 weeks",
    "six months of back trouble",
    "my back has bothered me since my teens",
    "my back's been bad since my pregnancy two years ago",
])
def test_long_lasting_pain_is_chronic(text: str) -> None:
    assert assess(text).level is Level.CHRONIC, text


@pytest.mark.parametrize("text", [
    "how often should I massage my back?",
    "no numbness, just a stiff back from yesterday",
    "I don't have a fever, my back is just tight",
    "my pain went away after a week, how do I keep it away",
    "I fell asleep on the sofa and my neck is stiff",
    "I've been doing self massage for years, any new techniques?",
    "no bladder or bowel problems, just an achy back",
    "how long should a session last",
    "I used to have back pain for months but it is gone now",
    "is it ok to massage twice a week",
    "my back only hurt for two days last month",
    "what stretch can I do sitting with both legs straight out",
    "I lie on my back with both feet flat on the floor, then what",
    "does massage help with weight loss",
    "can massage help me lose weight",
    "I want to lose weight and fix my posture",
    "is it normal that my back is worse when I lie down",
    "I fell off the pace in my running club and my back is stiff",
    "massage for cancer patients?",
    "my partner is doing chemo, can I massage her back",
    "I lost 5 kg on purpose by dieting and my back feels better",
    "no fever, numbness or bladder problems, just a stiff back",
    "I don't have a fever or any numbness",
])
def test_ordinary_messages_raise_nothing(text: str) -> None:
    assert assess(text).level is Level.NONE, (text, assess(text).signs)


def test_signs_are_named_and_can_be_removed_for_search() -> None:
    text = "I've had back pain for years, how often should I massage"
    result = assess(text)
    assert result.signs == ("months or years",)
    assert "for years" not in result.without_signs(text)
    assert "how often should I massage" in result.without_signs(text)


def test_urgent_outranks_chronic() -> None:
    assert assess("chronic back pain for years and now a fever").level is Level.URGENT


@pytest.mark.parametrize("text", ["", "🙂" * 5000, "a" * 10_000, "fever " * 2000, "\u202e\u0000"])
def test_odd_input_never_raises(text: str) -> None:
    assert assess(text).level in Level
