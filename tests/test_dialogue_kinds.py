"""Kinds of message the answer engine read wrongly, each with wordings of its own (none from the corpora)."""

from __future__ import annotations

import pytest

from bot.dialogue import Dialogue, ReplyKind


def _topics(dialogue: Dialogue, text: str) -> set[str]:
    reply = dialogue.respond(text)
    return {t for t in (reply.topic, *(a.topic for a in reply.also)) if t}


@pytest.mark.parametrize(("text", "topic"), [
    ("my girlfriend has got a knot in her back, do I dig my thumb into it?", "trigger-points"),
    ("should my grandad get his back looked at by a doctor", "see-a-doctor"),
    ("my wife's back is in spasm, what can she do", "back-locked-or-spasm"),
])
def test_someone_elses_back_gets_the_answer_to_what_is_asked_first(dialogue: Dialogue, text: str,
                                                                   topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == topic
    assert "help-someone-else" in {a.topic for a in reply.also}


@pytest.mark.parametrize("text", ["my dad wants a back rub, any tips", "how do i massage my fiance's sore back"])
def test_someone_elses_back_alone_is_the_entry_for_massaging_another_person(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == "help-someone-else" and not reply.also


def test_how_to_rub_her_back_after_naming_her_is_not_ones_own_back(dialogue: Dialogue) -> None:
    assert _topics(dialogue, "I look after my papa who is 90. How do I rub his back softly?") == {"help-someone-else"}


@pytest.mark.parametrize(("text", "topic"), [
    ("okay cheers pal, off to try it now", "thanks"), ("ok ta, that's grand", "thanks"),
    ("alright, speak soon", "goodbye"), ("ok hasta luego amigo", "goodbye"), ("see you, off to bed", "goodbye"),
])
def test_thanks_or_a_goodbye_after_ok_or_with_a_word_around_it_is_small_talk(dialogue: Dialogue, text: str,
                                                                             topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.SMALLTALK and reply.topic == topic


@pytest.mark.parametrize("text", ["bonjour ! qu'est-ce que tu sais faire ?",
                                  "ciao, come posso massaggiare la schiena?"])
def test_a_foreign_greeting_then_that_language_is_another_language(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.topic is None


def test_a_foreign_greeting_then_english_is_answered(dialogue: Dialogue) -> None:
    assert dialogue.respond("hola, how long should I massage for?").topic == "session-length"


@pytest.mark.parametrize("text", ["pretty sure I went at it too hard on my back last night",
                                  "I think I went in too heavy on my lower back",
                                  "went too hard last week and now my back is bruised where I pressed"])
def test_going_at_it_too_hard_is_pressing_too_hard(dialogue: Dialogue, text: str) -> None:
    assert "too-much-pressure" in _topics(dialogue, text)


def test_going_too_hard_at_the_gym_is_not_pressing_too_hard(dialogue: Dialogue) -> None:
    assert "too-much-pressure" not in _topics(dialogue, "went too hard at the gym on leg day and my back aches")


@pytest.mark.parametrize("text", ["how do I knead my shoulders, like pizza dough?",
                                  "I knead my back like I'm making pastry, is that right"])
def test_kneading_likened_to_dough_is_the_kneading_technique(dialogue: Dialogue, text: str) -> None:
    assert "kneading" in _topics(dialogue, text)


def test_dough_without_a_back_is_still_baking(dialogue: Dialogue) -> None:
    assert not _topics(dialogue, "how long do I knead pizza dough for")


def test_what_is_on_meanwhile_is_the_setting_of_a_session(dialogue: Dialogue) -> None:
    assert "session-length" in _topics(dialogue, "been doing it for 40 minutes while the quiz show is on, too much?")


@pytest.mark.parametrize(("text", "topic"), [("three sessions a day, overkill?", "massage-frequency"),
                                             ("lemme know some stretches for my back", "stretches")])
def test_chat_words_for_too_much_and_let_me_are_read(dialogue: Dialogue, text: str, topic: str) -> None:
    assert topic in _topics(dialogue, text)


@pytest.mark.parametrize("text", ["my back is killing me right this minute, help", "sharp back pain rn, what do I do"])
def test_pain_this_minute_is_pain_now(dialogue: Dialogue, text: str) -> None:
    assert "back-hurts-now" in _topics(dialogue, text)


def test_someone_breathing_down_ones_neck_is_not_breathing(dialogue: Dialogue) -> None:
    assert not _topics(dialogue, "my mother-in-law is always breathing down my neck")


@pytest.mark.parametrize("text", ["is it worth going to the clinic about my back or will it settle",
                                  "should I bother my doctor about this back pain"])
def test_contacting_a_doctor_in_other_words_is_seeing_one(dialogue: Dialogue, text: str) -> None:
    assert "see-a-doctor" in _topics(dialogue, text)


@pytest.mark.parametrize(("text", "topic"), [("abeg my back dey pain me right now, wetin I fit do", "back-hurts-now"),
                                             ("masakit ang likod ko, what stretches po?", "stretches")])
def test_pidgin_and_taglish_words_for_the_back_are_read(dialogue: Dialogue, text: str, topic: str) -> None:
    assert topic in _topics(dialogue, text)


@pytest.mark.parametrize("text", ["is it supposed to ache", "should it sting a bit when I press"])
def test_whether_massage_should_hurt_is_good_and_bad_discomfort(dialogue: Dialogue, text: str) -> None:
    assert "discomfort-vs-pain" in _topics(dialogue, text)


def test_doing_it_on_oneself_is_self_massage(dialogue: Dialogue) -> None:
    assert "body-positioning" in _topics(dialogue, "which position works for doing it on myself")


@pytest.mark.parametrize("text", ["I'm 26 weeks and my back is in bits, what can I do",
                                  "28 weeks, lower back aching every evening, any ideas"])
def test_how_far_along_is_not_how_long_the_pain_has_lasted(dialogue: Dialogue, text: str) -> None:
    assert "chronic-back-pain" not in _topics(dialogue, text)


def test_how_far_along_with_a_sore_back_is_the_pregnancy_entry(dialogue: Dialogue) -> None:
    assert "pregnancy" in _topics(dialogue, "24 weeks and my lower back is killing me, what helps")


def test_a_length_of_pain_is_still_a_length(dialogue: Dialogue) -> None:
    assert dialogue.respond("6 months now my back has ached, would massage help").topic == "chronic-back-pain"


@pytest.mark.parametrize(("text", "topic"), [
    # a painkiller by its brand
    ("is nurofen ok for a sore back", "painkillers"), ("can i take tylenol for my lower back", "painkillers"),
    # learners' English: a word in another language's sense, or its word order
    ("I am embarrassed 7 months, is back massage ok?", "pregnancy"),
    ("in which moment must I see a doctor?", "see-a-doctor"),
    ("is there a good respiration while massaging?", "breathing"),
    ("can I use a massage pistol on my shoulders", "massage-gun"),
    ("which oil for sensible skin", "oils-and-lotions"),
    ("you are bot or human?", "about-bot"),
    ("what order, massage or the gym", "massage-and-exercise"),
    # dialect for a back in a bad way, and a leg that goes to sleep
    ("my back is knackered today", "back-hurts-now"), ("my back's in bits this morning", "back-hurts-now"),
    ("my leg keeps falling asleep when I sit on the floor", "leg-numb-when-sitting"),
    # a disc hernia as other languages name it; making it worse in other words
    ("lumbar hernia, can I massage?", "herniated-disc"),
    ("can rubbing do more harm than good", "massage-makes-it-worse"),
    ("how do you massage your back w/o a partner", "how-to-massage-own-back"),
])
def test_words_of_another_sense_dialect_or_brand_find_their_entry(dialogue: Dialogue, text: str,
                                                                  topic: str) -> None:
    assert dialogue.respond(text).topic == topic


@pytest.mark.parametrize("text", [
    "I have osteoporosis and just want to relax a bit. Is a back massage safe?",
    "My gran has osteoporosis and takes her calcium every day. Can I rub her back gently?",
])
def test_a_condition_then_only_whether_it_is_safe_is_the_condition_entry(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic == "when-not-to-massage"


def test_is_that_sciatica_keeps_the_story_it_asks_about(dialogue: Dialogue) -> None:
    text = "pain runs from my bum down the back of my thigh, could it be sciatica and would rubbing it help"
    assert dialogue.respond(text).topic == "sciatica"


@pytest.mark.parametrize(("text", "topic"), [
    # how hard to press, said as "go hard" or "go gentle"
    ("should I go gentle or go deep when I rub my lower back", "too-much-pressure"),
    # a click or a cramp and when it comes: the stretch or the turn is when, not what is asked
    ("my neck clicks whenever i turn, is that bad", "back-cracking"),
    ("I got this cramp in my back muscle and it caught me when i stood up", "back-locked-or-spasm"),
    # desk work by another name; an oil by its name
    ("sitting all day doing online lessons and my back aches, how should i set up", "desk-work-posture"),
    ("can i use kokum oil for a back massage", "oils-and-lotions"),
    # "lay" for lie, on a sofa or out walking: rest or stay active
    ("with a sore back do i lay on the settee all day or go out for a walk", "rest-or-stay-active"),
    # how to self-massage is the how-to entry, not what it is good for
    ("what's the right way to self massage", "how-to-massage-own-back"),
])
def test_when_it_happens_how_hard_and_a_name_do_not_pull_elsewhere(dialogue: Dialogue, text: str,
                                                                   topic: str) -> None:
    assert dialogue.respond(text).topic == topic


@pytest.mark.parametrize(("text", "topic"), [
    ("I speak Urdu at home but English is ok, how long should one session be", "session-length"),
    ("I'm a Cebuano speaker, my English is not so good: which oil for a back massage", "oils-and-lotions"),
    ("excuse my broken english, how often should i massage my back", "massage-frequency"),
])
def test_what_a_person_says_of_their_languages_is_context_not_the_question(dialogue: Dialogue, text: str,
                                                                          topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == topic, text


@pytest.mark.parametrize("text", ["I speak Polish", "my english is poor", "can you teach me Tagalog"])
def test_a_note_about_languages_alone_is_not_answered(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).kind is not ReplyKind.ANSWER


@pytest.mark.parametrize("text", ["I've got asthma and my back aches, is a massage worth a try",
                                  "my back's sore and I'm asthmatic, would rubbing it help"])
def test_a_condition_beside_a_sore_back_and_whether_massage_helps_is_answered(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    # answered, the condition's caution first ("..., would a massage help" asks, after the comma)
    assert reply.kind is ReplyKind.ANSWER and reply.text.startswith("⚠️"), text


@pytest.mark.parametrize("text", ["my mare has a sore back, can I massage it",
                                  "our old dog is stiff, how do I rub him"])
def test_an_animals_complaint_is_not_answered_as_the_persons(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).kind is not ReplyKind.ANSWER, text


@pytest.mark.parametrize(("text", "topic"), [
    ("how hard should ye press on a sore shoulder", "too-much-pressure"),
    ("what sort of things can youse help with", "capabilities"),
    ("cheers, ye're a lifesaver", "thanks"),
    ("right so, hooroo for now", "goodbye"),
])
def test_dialect_you_and_greetings_are_read(dialogue: Dialogue, text: str, topic: str) -> None:
    assert dialogue.respond(text).topic == topic, text


@pytest.mark.parametrize(("text", "topics"), [
    # the person's own back beside another subject's word is the person's question (a review's edges, ours): answered,
    # or offered, never refused
    ("the cat has a sore paw and my own upper back is in knots, how do I massage it",
     {"neck-shoulders-upper-back", "trigger-points"}),
    ("our baby had a rough night and now my lower back is killing me", {"back-hurts-now", "lower-back", "pregnancy"}),
    ("is it safe to rub oil on my baby bump", {"oils-and-lotions", "pregnancy"}),
    ("my thumbs hurt when I massage my back, is a massage tool better", {"tools-or-hands"}),
    ("pain from my buttock right down to my calf", {"sciatica"}),
    ("how high should my monitor screen sit to spare my back", {"desk-work-posture"}),
    ("can kneading my shoulders help me fall asleep", {"kneading"}),
    ("is a foam roller ok to use between sets", {"foam-roller"}),
    ("should I change the oil I use for my back massage", {"oils-and-lotions"}),
])
def test_the_persons_own_back_beside_another_subjects_word_is_answered(dialogue: Dialogue, text: str,
                                                                        topics: set[str]) -> None:
    reply = dialogue.respond(text)
    offered = {reply.topic, *(a.topic for a in reply.also), *(s.topic for s in reply.suggestions
                                                               if reply.kind is ReplyKind.DID_YOU_MEAN)}
    assert topics & offered, (text, reply.kind, reply.topic)
