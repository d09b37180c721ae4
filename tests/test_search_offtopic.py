"""Off-topic messages that share a word with back care, by kind, and the back-care questions beside them.

Every wording here is written for this file (none comes from the corpora): a domain word in another sense (a book's
spine, getting back into an account, stretching shoes or wages, blood or tyre pressure, stretch marks), another
body part, an animal or a medicine as the subject, a product or shop question, and "how long" or "when" about
another activity.  Beside each kind, the in-domain near misses that must keep their answers.
"""

from __future__ import annotations

import pytest

from bot.dialogue import Dialogue, ReplyKind
from bot.search import SearchIndex
from bot.search.domain import off_domain, patients, standing
from bot.text import words


def _topics(dialogue: Dialogue, text: str) -> set[str]:
    reply = dialogue.respond(text)
    return {t for t in (reply.topic, *(a.topic for a in reply.also)) if t}


@pytest.mark.parametrize("text", [
    # a domain word in another sense
    "how do I repair the spine of a hardback that is falling apart",
    "the binding on my grandad's bible has split down the spine",
    "how do I get back into my email account after changing phones",
    "how can I stretch leather boots that pinch",
    "any way to stretch a wool jumper that shrank",
    "tips to stretch my wages until payday",
    "what cream fades stretch marks on my belly",
    "how do I bring my blood pressure down without tablets",
    "what should the tyre pressure be on a family car",
    "backing into a tight driveway, any tips",
    "please message my sister and say I'm running late",
    "can you message my boss for me",
    # another body part, an animal, a medicine as the subject
    "my knee clicks every time I go down the stairs",
    "my knees ache after a long walk, what helps",
    "best lotion for chapped hands from gardening",
    "any good cream for cracked hands",
    "can I use a massage gun on my horse's neck",
    "tattoo on my lower back is itchy, is that normal",
    "how often should my daughter use her asthma inhaler",
    "what running shoes suit someone with flat feet",
    "my gold chain has a knot in it near the clasp, how do I undo it",
    # a product or a shop
    "which protein supplement is best after the gym",
    "can I get a refund on a massage chair that arrived broken",
    "is it safe to put my baby down in a cot with a blanket",
    "which changing bag is easiest to carry on one shoulder",
    # when, how long or how often of another activity
    "I want to plant daffodils in the garden. How long before they flower?",
    "when is the best time to get my toddler to nap",
    "I always get a stitch in my side when jogging, how do I breathe",
    "how do I breathe properly doing front crawl",
    "how do I get my puppy to sleep through the night",
])
def test_off_topic_that_shares_a_word_with_back_care_is_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also, (text, reply.topic)
    assert reply.kind is not ReplyKind.ANSWER


@pytest.mark.parametrize(("text", "topic"), [
    ("how long should I massage my back after a run", "massage-and-exercise"),
    ("my knee to chest stretch makes my lower back click, is that ok", "stretches"),
    ("knees bent or straight when I foam roll my back", "foam-roller"),
    ("my husband cracks my back with his knee, is that safe", "spine-and-bones"),
    ("lotion or oil for a back massage", "oils-and-lotions"),
    ("can I use hand cream to massage my back", "oils-and-lotions"),
    ("should I stretch before massaging my back", "stretches"),
    ("is a pre workout massage of my back a good idea", "massage-and-exercise"),
    ("I lifted my toddler out of the bath and my back went, what do I do", "after-gardening-or-lifting"),
    ("put my back into it digging the garden, now it's sore", "after-gardening-or-lifting"),
    ("what's the best time to massage my back, before or after my baby's bedtime", "best-time-of-day"),
    ("got a tennis ball from the dog's toy box, how do I use it on my back", "tennis-ball"),
    ("my blood pressure is fine, how much pressure should I use when massaging my back", "too-much-pressure"),
    # another body part beside a complaint of the back: the back is a subject too
    ("my knee hurts and my lower back is sore after running, should I massage", "massage-and-exercise"),
    ("I have flat feet and my lower back aches, would massage help", "lower-back"),
    # "back" in another sense at one place is still the body at another, or beside sciatica
    ("how do I ease back into exercise after back pain", "rest-or-stay-active"),
    ("when can I go back into work after pulling my back", "after-gardening-or-lifting"),
    ("how do I get back into running after sciatica", "sciatica"),
    # "message" for "massage" is still read as the slip it is, unless it is sent to someone
    ("how do I message my wife's sore back", "help-someone-else"),
    ("message my lower back with a tennis ball?", "tennis-ball"),
])
def test_back_care_beside_those_words_keeps_its_answer(dialogue: Dialogue, text: str, topic: str) -> None:
    assert topic in _topics(dialogue, text)


def test_massaging_a_pet_is_not_answered_as_ones_own_back(dialogue: Dialogue) -> None:
    # The knowledge base has nothing on animals: the trained model does not answer what the engine refused.
    for text in ("can I massage my dog's back", "is a massage gun ok to use on the cat"):
        assert dialogue.respond(text).topic is None, text


@pytest.mark.parametrize(("text", "marked"), [
    ("my knee cracks when I kneel", "knee"), ("how do I stretch my new boots", "stretch"),
    ("lower my blood pressure", "pressure"), ("get back into my account", "back"),
    ("backing up the van", "backing"),
])
def test_the_word_in_another_sense_is_the_one_marked(text: str, marked: str) -> None:
    ws = words(text)
    assert marked in {ws[i] for i in off_domain(ws)}


@pytest.mark.parametrize(("text", "kept"), [
    ("knee to chest for my back", "knee"), ("crack my back with his knee is good", "knee"),
    ("put my back into it", "back"), ("stretch my back", "stretch"), ("how much pressure on my back", "pressure"),
])
def test_the_body_or_the_massage_sense_is_not_marked(text: str, kept: str) -> None:
    ws = words(text)
    assert kept not in {ws[i] for i in off_domain(ws)}


def test_an_animal_stands_as_the_subject_only_when_it_is_what_is_massaged() -> None:
    massaged = words("a massage gun for my horses shoulder")
    story = words("got a ball from the dog for my shoulder")
    assert standing(massaged, off_domain(massaged)) and not standing(story, off_domain(story))


def test_a_sentence_without_a_back_care_word_does_not_answer_for_another_domain(index: SearchIndex) -> None:
    assert index.find("We are painting the fence. How long should each coat take?").best is None


def test_hands_named_beside_a_back_massage_are_not_skin_care(dialogue: Dialogue) -> None:
    # Only lotion for dry, cracked or chapped hands is the hands' skin care.
    # (answered, or "did you mean" between the lower-back and the oils entries: not "I only know about back care")
    reply = dialogue.respond("can I rub my lower back with the cream I use for my hands")
    assert reply.kind in (ReplyKind.ANSWER, ReplyKind.DID_YOU_MEAN)
    assert {"lower-back", "oils-and-lotions"} & ({reply.topic} | {s.topic for s in reply.suggestions})


@pytest.mark.parametrize("text", [
    # an animal's back, or an animal that is what is massaged
    "our old labrador has a stiff back, is it ok to rub him",
    "my pony is sore behind the saddle, can I massage her back",
    "the heifer's back seems tight after calving, should I knead it",
    "is a massage gun safe to use on my greyhound",
    "My mare has a bad back. Can I massage it?",
    # a baby who is massaged
    "what oil do I use to massage my newborn",
    "is baby massage good for wind",
    "can I rub my infant's tummy when she cries at night",
    "I'd like to give my old tabby cat a little back massage",
    "my dog has a slipped disc, is it ok to rub his back",
    "the collie's hips are stiff after a long walk",
])
def test_an_animal_or_a_baby_as_what_is_massaged_is_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also and reply.kind is ReplyKind.NO_MATCH, (text, reply.topic)


@pytest.mark.parametrize("text", [
    "how do I massage my own tired feet after a long shift",
    "is a foot massage before bed worth it",
    "my hands ache from knitting all evening",
    "heat or ice for a pulled calf muscle",
    "my calves cramp at night, should I stretch them",
    "quick head massage tips for a headache",
])
def test_a_limb_that_is_the_subject_is_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also, (text, reply.topic)


@pytest.mark.parametrize(("text", "topic"), [
    # the back beside an animal or a baby in the story
    ("my back is killing me from carrying the dog food bags, what helps", None),
    ("I strained my back lifting the baby out of the cot, how long should I rest", None),
    ("is cat cow good for a stiff back", "stretches"),
    ("sore back after horse back riding all weekend", None),
    # the limbs a back massage is done with, or the sitting entry's numb foot
    ("can I massage my back with just my hands", "tools-or-hands"),
    ("my foot goes numb when I sit on the floor for long", "leg-numb-when-sitting"),
    ("how do I knead the knots in my back", "trigger-points"),
    ("how long should I keep heat on my back", "heat-or-ice"),
    ("my girlfriend's back is stiff, how do I massage it for her", "help-someone-else"),
])
def test_the_back_beside_an_animal_a_baby_or_a_limb_is_still_answered(dialogue: Dialogue, text: str,
                                                                      topic: str | None) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is not ReplyKind.NO_MATCH, text
    if topic is not None:
        assert topic in _topics(dialogue, text), (text, reply.topic)


def test_the_animal_or_the_baby_is_the_patient_only_when_massaged_or_its_body_named() -> None:
    assert patients(words("my goat has a sore back")) == [1]
    assert patients(words("rub the dogs hips")) == [2]
    assert not patients(words("my back hurts after walking the dog"))
    assert not patients(words("lifting my baby hurt my back"))
    assert not patients(words("cat cow stretch for my back"))


@pytest.mark.parametrize("text", [
    # where to buy a back-care thing: a shop's question
    "where's the cheapest place to pick up a foam roller near me",
    "where could I order a massage chair for my dad's birthday",
    "where do you buy those knitted covers for a hot water bottle",
    # a device that misbehaves, not the desk it is used at
    "my work laptop keeps overheating on my knees, what do I do",
    "my computer fan is loud and hot, is that normal",
    # sleep itself, the calendar, the gym's sets, a show, a rucksack
    "any tricks to nod off quickly after a late shift",
    "how do I get to sleep when I'm jetlagged",
    "what date is it today",
    "what's the time now",
    "how long should I rest between sets when lifting",
    "is that new police drama worth watching",
    "which back pack is best for a school trip",
])
def test_a_shop_a_device_sleep_or_the_calendar_is_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also, (text, reply.topic)


@pytest.mark.parametrize(("text", "topic"), [
    ("is a massage gun worth buying for my lower back", "massage-gun"),
    ("where on my back should I put the foam roller", "foam-roller"),
    ("how do I fall asleep when my back is sore", "sleep-and-mattress"),
    ("what time is best to massage my back", "best-time-of-day"),
    ("my laptop is on a low table and my back aches, how should I sit", "desk-work-posture"),
    ("lugging a heavy back pack around campus has made my back stiff", "after-gardening-or-lifting"),
])
def test_back_care_beside_a_shop_a_device_or_sleep_keeps_its_answer(dialogue: Dialogue, text: str,
                                                                    topic: str) -> None:
    assert topic in _topics(dialogue, text), (text, dialogue.respond(text).topic)


@pytest.mark.parametrize("text", [
    "how often should you change the oil on a diesel van",
    "the zip on my sofa cover broke, how do I get the cushion back in",
    "can a baby sleep with a hot water bottle in her crib",
    "cold plunge before work, any tips for a beginner",
    "my necklace chain has a knot I can't undo",
    "I want to learn front crawl and backstroke this year. Where should I start?",
    "any tips for side stitches when I sprint",
    "the height lever under my desk chair is jammed, how do I free it",
    "how do I shift oil stains from a massage table cover",
])
def test_a_car_a_couch_a_cot_a_plunge_a_chain_or_a_stroke_is_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also, (text, reply.topic)


@pytest.mark.parametrize(("text", "topic"), [
    ("which oil is best to massage my lower back", "oils-and-lotions"),
    ("is an ice pack or a cold bath better for my sore back", "heat-or-ice"),
    ("I've had stitches from an operation, can I massage my back?", "when-not-to-massage"),
    ("got a foam roller as a birthday present, how do I use it", "foam-roller"),
])
def test_back_care_beside_those_words_is_still_answered(dialogue: Dialogue, text: str, topic: str) -> None:
    assert topic in _topics(dialogue, text), (text, dialogue.respond(text).topic)


def test_an_animal_in_an_idiom_is_no_animal(dialogue: Dialogue) -> None:
    text = "I always make a pig's ear of rubbing my own lower back, any tips?"
    assert not {words(text)[i] for i in off_domain(words(text))} & {"pig", "pigs"}
    assert dialogue.respond(text).kind is not ReplyKind.NO_MATCH
