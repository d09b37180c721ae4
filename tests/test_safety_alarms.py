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
    ("none", "weird fever dream about exams and woke up with a crick in my back"),
    # Felling trees is not falling.
    ("none", "been felling a few birch trees at the allotment, back tight today"),
    # A pet owned as "me dog": the pet's; "me back" is still the writer's.
    ("none", "me old lab's back legs have gone wobbly, vet says arthritis"),
    ("none", "me moggy's got a bad back end, limping since last week"),
    ("emergency", "walking me dog when me back went, now both legs numb"),
    ("none", "numb legs from the hard pew at the christening, fine once I walked around, back a bit stiff"),
    ("none", "sitting on the loo too long my bum goes numb, then normal when I get up, lower back aches"),
    # Night pain eased by rest or a turn, or put down to the bed; not "doesn't ease even when I lie down".
    ("none", "my back throbs at night after the late shift but it settles when I lie on my side"),
    ("none", "back pain wakes me if I roll onto it, then it eases once I turn over"),
    ("none", "my lower back hurts at night because my mattress is knackered"),
    ("urgent", "my back hurts at night and it doesn't ease even when I lie down"),
    # Hot from the room, shaky from coffee, hot and bothered: not a fever.
    ("none", "all hot and bothered over the in-laws visiting, my back is tense"),
    ("none", "I feel so hot in this warehouse all day and my back aches from lifting"),
    ("none", "I've got the shakes from three espressos and my back is stiff"),
    ("urgent", "I'm shivery and hot with a temperature and my back aches"),
    # An inhaled or rubbed-on steroid is not the long-term tablets.
    ("none", "my brown inhaler is a steroid one, back stiff after netball"),
    ("urgent", "I've been on steroid tablets for two years and now my back hurts"),
    # Seen on the news or dreamt, hit with something soft: not an accident of one's own.
    ("none", "on the telly a climber fell off a cliff, made me wince with my own sore back"),
    ("none", "had a nightmare I was in a car crash and woke with a crick in my back"),
    ("none", "watching the motogp crashes all afternoon on the sofa did my back no favours"),
    ("none", "the twins started a pillow fight and I got whacked in the back with a cushion, bit sore"),
    ("emergency", "I was in a car crash this morning and my back is agony"),
    ("none", "my brother was paralysed in a motorbike crash years back, my own back is just stiff from work"),
    # A lump of a stuff.
    ("none", "a lump of plaster came off the ceiling, my back is sore from clearing it up"),
    # A frequency word with a short length after it; a bank length the rules read as today.
    ("none", "i'm 55 and my back has ached on and off for a couple of days after digging"),
    ("none", "my back's been sore since the football practice this morning"),
    ("chronic", "my back has ached on and off for years"),
    # A past episode dated and told in the past, ended, or outgrown; still counted when it has gone on since.
    ("none", "my back bothered me for eight months in 2020 but it's been grand until this weekend"),
    ("none", "had a bad back last summer that went on for ages, this is a fresh twinge from Saturday"),
    ("none", "had acupuncture for my back three years ago and it worked, now a new ache from painting"),
    ("none", "terrible back pain for years as a teen, grew out of it, now just sore after the move"),
    ("chronic", "hurt my back last spring and it still aches"),
    ("chronic", "had a bad back last winter, still got it"),
    # The fall as an event, not the autumn.
    ("none", "my back is sore from the fall off the swing at the park on Sunday"),
    ("chronic", "my back has been sore since the fall"),
    # Knocked, not a lump; sweats and chills with a cause that is not a fever; weight lost by eating less.
    ("none", "I bumped my back on the car door, it's tender"),
    ("urgent", "there's a new bump on my spine and my back hurts"),
    ("none", "which oil is best for hair growth"),
    ("none", "will massage help me keep muscle mass after my back op, the scar aches"),
    ("none", "my 13 year old is in a growth spurt and says his back aches after football"),
    ("urgent", "I've found a growth on my lower back that wasn't there last month"),
    ("none", "hot flushes and night sweats from the menopause, and my back aches"),
    ("none", "my back hurts and I get the chills from the office aircon"),
    ("none", "my trousers are looser since I gave up beer, back twinges"),
    ("urgent", "I've lost a stone without trying and my back aches"),
    # Other languages: "nor" denies the sign after it.
    ("none", "Ik heb geen tintelingen noch koorts, alleen rugpijn"),
    ("urgent", "Boli mnie kręgosłup i mam gorączkę od wczoraj"),
]


@pytest.mark.parametrize(("expected", "text"), ALARMS_BY_KIND)
def test_false_alarms_by_kind_and_the_signs_beside_them(expected: str, text: str) -> None:
    got = level(text)
    assert got is Level.parse(expected), (text, got, assess(text, today=TODAY).signs)


def test_the_booster_is_not_asked_when_the_signs_are_said_to_be_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    # "I can feel my legs fine and peeing is normal": the writer has checked the signs; the booster keys on their words.
    from bot.safety import learned

    monkeypatch.setattr(learned, "boost", lambda *args, **kwargs: Level.EMERGENCY)
    assert level("pulled my back lifting the dog food, since yesterday") is Level.EMERGENCY
    assert level("I can still feel my feet and my bladder is fine, pulled my back since yesterday") is Level.NONE
    assert level("waterworks all normal, legs ok, just pulled my back yesterday") is Level.NONE


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


# Structural readings of whose a sign is and whether it is had (our own wordings, the real sign beside each).
STRUCTURAL = [
    # An age said as the name of a person ("my 3 year old") is that person's age, not the writer's.
    ("none", "picked up my 3 year old off the floor and felt a twinge in my back for the first time"),
    ("none", "my 4-year-old jumped on me and now my lower back aches"),
    ("none", "carrying our 16 year old's bags upstairs, my back hurts, first time ever"),
    ("urgent", "my 7 year old says his back hurts"),
    ("urgent", "my 15 year old has back pain for the first time"),
    ("urgent", "I'm 16 and my back hurts for the first time"),
    # A sign named as what a programme, an article or one's reading is about, or a title in quotes.
    ("none", "saw a documentary about spinal tumours last night, my back is only a bit stiff"),
    ("none", "read an article on cauda equina syndrome, just a normal sore back from gardening here"),
    ("none", "we watched the movie 'Fever Pitch' and my back ached from the sofa"),
    ("emergency", "read an article about cauda equina and now I can't feel my bum and I've wet myself"),
    ("emergency", "watched a film about it last night, now both my legs are numb and my back is agony"),
    ("emergency", "I have crushing chest pain and my back hurts"),
    # Someone else's condition with their pain denied: not their back pain.
    ("none", "my sister has ankylosing spondylitis but no pain these days, can I give her a shoulder rub?"),
    ("none", "my neighbour is on chemo, she has no back pain at all, just wants to know about hand massage"),
    ("urgent", "my neighbour is on chemo and her back has been hurting since Monday"),
    # A test for a condition is not the condition.
    ("none", "my daughter has a scoliosis screening next week, my own neck is a bit stiff"),
    ("chronic", "my daughter has scoliosis and her back hurts most days"),
    # "neck" the noun, beside "myself": not the slang for suicide.
    ("none", "the kids have colds and I've got a sore neck myself"),
    ("emergency", "I want to neck myself, this back pain is too much"),
    # Numbness from sitting that came back on getting up, the subject left out.
    ("none", "leg went numb on the train, came back as soon as I stood up, back a little stiff"),
    ("emergency", "both my legs went numb this morning and have not come back"),
    # A length in a stretch of its own with no pain (a job, a condition, a place) while the pain has its own time.
    ("none", "coaching the under-12s for 15 years, my back's stiff since Saturday's match"),
    ("none", "been working at the depot since 2008, back sore this week from the new forklift seats"),
    ("chronic", "for 7 months now, and this week my lower back is worse"),
    ("chronic", "struggling for 5 months, today my back is agony"),
    ("chronic", "my back has hurt for 20 years"),
    # Words that only look like pain words: "teaching", "reached", "painting" (not "headache", "painful").
    ("none", "been painting houses for 30 years, my back hurts since Monday"),
    ("none", "teaching PE for 25 years, I reached for a ball yesterday and my back twinged"),
    ("chronic", "I've had a headache and back pain for 6 months"),
    # An ending said without its apostrophe is an ending: "its gone now".
    ("none", "had a temperature on sunday with a cold but its gone now, back a bit stiff from lying about"),
    ("urgent", "i have a temperature and back pain, its not gone"),
    # A sign supposed of anyone at all is a question, not a sign had.
    ("none", "if anybody loses feeling in their groin what should they do? doing a first aid course"),
    ("emergency", "I've lost feeling in my groin, what should I do?"),
]


@pytest.mark.parametrize(("expected", "text"), STRUCTURAL)
def test_whose_sign_and_whether_it_is_had_are_read_structurally(expected: str, text: str) -> None:
    got = level(text)
    assert got is Level.parse(expected), (text, got, assess(text, today=TODAY).signs)
