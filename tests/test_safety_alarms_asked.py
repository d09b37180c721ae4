"""False alarms of signs only asked or read about, in our own wordings: a term whose meaning is asked, a sign that is
the topic of a school project or revision, a sign read about that the writer then says they do not have, a rule known
of a sign with the writer's own told as different, and the writer's history when the question is for someone else;
each with a near miss where the writer has the sign and it still fires."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


ASKED = [
    # The meaning of a term asked, the term alone in the question.
    ("none", "what's spondylosis? the word was on my nan's letter"),
    ("none", "What does cauda equina mean, my flatmate said it on the phone"),
    ("none", "quick question, what is fibromyalgia exactly?"),
    ("none", "could you explain what degenerative disc disease means? came up at work"),
    ("none", "what means foot drop? I saw it in a leaflet at the pharmacy"),
    ("emergency", "what does saddle anaesthesia mean? I have it now"),
    ("emergency", "what is saddle numbness? I think that's what I've got, cannot feel my bum"),
    ("chronic", "what's ankylosing spondylitis? i have it and my back aches every morning"),
    ("urgent", "what is this lump on my spine"),
    # The term then said of the writer's own body, without "I": it is theirs.
    ("urgent", "what is foot drop exactly? the consultant thinks my right foot has got it"),
    ("none", "what is foot drop? my feet are fine, I just saw it on a poster"),
    ("emergency", "what is the tingling in both my legs, it started today"),
    # A sign as the topic of study.
    ("none", "I'm doing a presentation on spinal tumours for sixth form, what should I include"),
    ("none", "writing coursework on cauda equina, which symptoms matter most"),
    ("emergency", "doing my project on back pain but I have numbness around my bum now"),
    # A sign supposed of anyone while revising: "my exam" is not the writer's sign.
    ("none", "if a person loses bladder control what is the advice? revising for my nursing exam"),
    ("emergency", "if someone loses bladder control what should they do? asking because I just wet myself"),
    # A person named by the class or training is someone whose sign it is, now.
    ("emergency", "if anyone loses control of their bowels is that an emergency? my training buddy has had that since "
                  "last night"),
    ("emergency", "if a person can't feel their bottom is it bad? my class teacher has had that since this morning"),
    ("none", "if someone can't feel their bum what does it mean? it's for my training course essay"),
    # A sign read or asked about, then said not to be the writer's.
    ("none", "I heard numb legs are serious, I don't have that, my back is just stiff"),
    ("none", "does a temperature matter with back ache? only wondering, I don't have one"),
    ("emergency", "I have chest pain and I don't have it in my arms, my back hurts"),
    ("emergency", "is numbness in both legs serious? I don't have it in my arms but both my legs are numb"),
    # Said not to be had, then had at times: it is the writer's.
    ("emergency", "is tingling round the back passage serious? i dont have it, only when i sit down"),
    ("none", "is a temperature with back ache a worry? I don't have one, only asking for my notes"),
    # A rule the writer knows of a sign, then theirs told as different; or as had.
    ("none", "I know a temperature with back ache is a warning sign. Mine is just stiffness after the drive"),
    ("none", "I understand night pain is a red flag; mine is only first thing when I get up"),
    ("emergency", "I know numb legs are an emergency and mine have gone numb since this morning"),
    ("urgent", "I know night pain is a red flag and I have it every night, it wakes me"),
    ("emergency", "I read that numbness around the bum is serious, I have numbness there since yesterday"),
    # The rule told to its end, then the writer's own sign in their own words; or theirs gone, or a question.
    ("emergency", "I know losing feeling in the saddle area is serious and I can't feel my inner thighs on the "
                  "loo seat"),
    ("emergency", "I read that both legs going numb is an emergency and both of mine went numb after tea"),
    ("none", "I know numbness around the bum is a red flag and I wonder if tingling in the toes is too"),
    ("none", "I read that saddle numbness needs a doctor, but mine went away when I stood up"),
    # The question is for someone else: the writer's own history with another's new pain.
    ("none", "I'm on long-term steroids myself, but I'm asking for my mum, her back went yesterday"),
    ("urgent", "I had cancer two years ago and my back has started hurting, asking about my own back"),
    ("urgent", "I had bowel cancer, asking for my wife who has back pain, and my own back hurts too"),
]


@pytest.mark.parametrize(("expected", "text"), ASKED)
def test_signs_only_asked_about_raise_nothing_and_signs_had_still_fire(expected: str, text: str) -> None:
    got = assess(text, today=TODAY)
    assert got.level is Level.parse(expected), (text, got.level, got.signs)
