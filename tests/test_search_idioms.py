"""Idioms read as the knowledge base's words, and the answers they lead to (bot.search.idioms)."""

from __future__ import annotations

import pytest

from bot.search import SearchIndex, idioms
from bot.text import words


def read(text: str) -> str:
    return " ".join(idioms.read(words(text)))


@pytest.mark.parametrize("text", [
    "how should i massage my fiance's back",
    "my stepdad's shoulders are tight, can i rub them",
    "want to give my missus a back rub",
    "my niece asked me for a massage",
    "my friend hurt her back, can I massage it for her",
])
def test_someone_else_s_back_is_marked_whoever_the_person_is(text: str) -> None:
    assert idioms.SOMEONE_ELSE in read(text).split()


@pytest.mark.parametrize("text", [
    "can my husband massage my back",  # the writer's own back
    "my mum says i should massage my back",
    "my coworker rubs her own back at lunch",
    "my dog has a lump on his back",  # no person named: "his" is not someone's
    "my mother uses mustard oil for massage",
])
def test_the_writer_s_own_back_or_an_animal_s_is_not_someone_else_s(text: str) -> None:
    assert idioms.SOMEONE_ELSE not in read(text).split()


@pytest.mark.parametrize(("text", "read_as"), [
    ("whats the point of rubbing my back", "whats the benefit of rubbing my back"),
    ("is there any point in massaging", "is there any benefit in massaging"),
    ("does it actually do anything", "does it actually benefit anything"),
    ("good pain or bad pain", "discomfort pain or bad pain"),
    ("how do i tell good hurt from bad hurt", "how do i tell discomfort hurt from bad hurt"),
    ("threw my back out lifting", "threw my back locked lifting"),
    ("my back went again", "my back locked again"),
    ("seized up at work", "locked up at work"),
    ("a spot i cant get to", "a spot i cant reach to"),
])
def test_idioms_are_read_as_what_they_mean(text: str, read_as: str) -> None:
    assert read(text) == read_as


@pytest.mark.parametrize("text", [
    "at what point should i see a doctor",  # a moment, not a purpose
    "press the trigger point for a minute",
    "what's the point of you",  # the bot's purpose: small talk
    "does it do anything for sciatica",  # names what it is for: that entry answers
    "what do you actually do",
    "a good massage for my back",
])
def test_the_idioms_leave_other_senses_alone(text: str) -> None:
    assert read(text) == " ".join(words(text))


@pytest.mark.parametrize(("query", "topic"), [
    ("how can I massage my fiancee's lower back", "help-someone-else"),
    ("my stepdad asked me for a back rub, any tips", "help-someone-else"),
    ("is there any point massaging my own back, does it even do anything?", "self-massage-benefits"),
    ("how can I tell a good ache from a bad one", "discomfort-vs-pain"),
    ("put my back out hoovering, what now", "back-locked-or-spasm"),
    ("a knot in the middle of my back that I can't get to", "hard-to-reach-spots"),
])
def test_the_idioms_find_their_entries(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize(("text", "read_as"), [
    ("massage for the base of my spine", "massage for the lower back"),
    ("long term back pain", "chronic back pain"),
    ("it ached more the next day", "it worse the next day"),
    ("ouch my back", "pain my back"),
    ("a crick in my neck", "a stiff in my neck"),
    ("cheers hun", "cheers"),
    ("sore after x and y", "sore after and"),
    ("lifted bags at b q", "lifted bags at bq"),
])
def test_phrases_terms_of_address_and_letters(text: str, read_as: str) -> None:
    assert read(text) == read_as


def test_a_story_s_similes_and_vehicles_are_its_setting_not_its_subject() -> None:
    ws = words("stiff as a board after getting out of the car")
    assert {ws[i] for i in idioms.story_words(ws)} == {"board", "car"}
    assert not idioms.story_words(words("how often should i change the oil in my car"))
    assert not idioms.story_words(words("i would like a glass of wine"))


@pytest.mark.parametrize(("query", "topic"), [
    ("is this a real person or a machine?", "about-bot"),
    ("are you a physio or a bot", "about-bot"),
    ("massage for the base of my spine?", "lower-back"),
    ("does massage help long standing back problems", "chronic-back-pain"),
    ("cheers hun", "thanks"),
    ("sat in the car for five hours and now my back is killing me", "desk-work-posture"),
])
def test_more_idioms_find_their_entries(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


def test_letters_of_a_name_do_not_vanish_into_an_on_topic_message(index: SearchIndex) -> None:
    assert index.find("how long should a D&D session last").best is None


@pytest.mark.parametrize(("query", "topic"), [
    ("when must I not rub my back?", "when-not-to-massage"),
    ("what should I not do when I rub my back", "mistakes-overview"),
    ("point of rubbing my own back?", "self-massage-benefits"),
    ("my back has ached since morning, please suggest something", "back-hurts-now"),
    ("how do I massage someone elses lower back", "help-someone-else"),
])
def test_question_words_and_asking_words(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize("query", [
    "what does trigger warning mean",
    "how do i back up my laptop",  # "back" in its other sense is not excused beside "laptop"
    "how do i get rid of a migraine",
    "what position should i sleep in with a cold",
    "best stretch for a tight hamstring",
])
def test_other_senses_and_other_complaints_are_rejected(index: SearchIndex, query: str) -> None:
    result = index.find(query)
    assert result.best is None and not result.also, result


def test_a_back_that_hurts_with_a_cough_is_still_a_back(index: SearchIndex) -> None:
    result = index.find("my back aches when i cough")
    assert result.best is not None and result.best.entry.id == "back-hurts-now", result


@pytest.mark.parametrize(("query", "topic"), [
    ("is massaging my lower back every evening too often?", "massage-frequency"),
    ("is it ever unsafe to rub my back", "when-not-to-massage"),
    ("cheers bot", "thanks"),
    ("good morning bot", "hello"),
    ("tweaked my back reaching up to the top shelf", "back-locked-or-spasm"),
    ("hurt my back lifting the fridge", "after-gardening-or-lifting"),
])
def test_how_often_safety_thanks_and_how_it_happened(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize("query", ["my dog has a sore back", "my cats back is sore"])
def test_an_animal_s_sore_back_is_still_not_back_care(index: SearchIndex, query: str) -> None:
    assert index.find(query).best is None


@pytest.mark.parametrize(("query", "topic"), [
    ("sry to bother u, how long should a massage go on for", "session-length"),
    ("what's the worst thing you can do to your back when massaging", "mistakes-overview"),
    ("are there times when I shouldn't rub my back at all?", "when-not-to-massage"),
    ("my osteopath told me to try a tennis ball, how do I do it?", "tennis-ball"),
    ("working from home is ruining my back", "desk-work-posture"),
    ("been hoovering all morning and my back is stiff", "after-gardening-or-lifting"),
    ("what kind of stuff can you do then", "capabilities"),
])
def test_politeness_advice_and_chores_are_read_for_what_they_ask(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize(("query", "topic"), [
    ("how it should feel, little pain is normal?", "discomfort-vs-pain"),
    ("how to massage the place of the back where my hands not reaching", "hard-to-reach-spots"),
    ("does massage help someone who has back pain for long time?", "chronic-back-pain"),
    ("hello bot", "hello"),
    ("Had a clot in my leg years back, it's fine now. Is massage of the back allowed?", "when-not-to-massage"),
])
def test_plainer_englishes(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize(("query", "topic"), [
    ("my back has been bad since 2018, would massage help?", "chronic-back-pain"),
    ("what do people usually get wrong when rubbing their own back", "mistakes-overview"),
    ("any tips for my lower back specifically", "lower-back"),
    ("is a healthy ache different from an injury?", "discomfort-vs-pain"),
    ("massage after pilates, good or bad?", "massage-and-exercise"),
    ("carried boxes up three flights of stairs and my back aches", "after-gardening-or-lifting"),
    ("ok cheers, bye", "goodbye"),
])
def test_durations_mistakes_fillers_and_numbers(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize("query", ["my lower back's caught again, can barely turn",
                                   "stuck bent over since I picked up the baby"])
def test_a_back_that_has_caught_or_is_stuck_bent_over_has_locked(index: SearchIndex, query: str) -> None:
    best = index.find(query).best
    assert best is not None and best.entry.id == "back-locked-or-spasm", query


@pytest.mark.parametrize(("query", "topic"), [("how firmly am I meant to push on the muscle", "too-much-pressure"),
                                               ("is it supposed to hurt when I massage my back", "discomfort-vs-pain")])
def test_supposed_to_asks_what_one_should_do(index: SearchIndex, query: str, topic: str) -> None:
    best = index.find(query).best
    assert best is not None and best.entry.id == topic, query


@pytest.mark.parametrize("query", ["whenever I rub my back the pain gets more",
                                   "my back pain increased after the massage"])
def test_pain_that_becomes_more_is_worse(index: SearchIndex, query: str) -> None:
    best = index.find(query).best
    assert best is not None and best.entry.id == "massage-makes-it-worse", query


@pytest.mark.parametrize(("text", "read_as"), [
    ("the small of me back", "the lower back"),  # "me" for "my"
    ("she talks behind my back", "she talks unbeknown"),  # not a back
    ("my hard drive is clicking", "my harddisk is clicking"),  # not a spinal disc
    ("took a pregnancy test", "took a pregnancytest"),
    ("hurts so good", "discomfort"),
])
def test_phrases_that_are_not_what_their_words_say(text: str, read_as: str) -> None:
    assert read(text) == read_as


def test_regional_and_chat_spellings_are_read() -> None:
    assert [idioms.CHAT[w] for w in ("rite", "yr", "cannae", "nowt", "wi", "nah")] == [
        "right", "year", "cannot", "nothing", "with", "no"]
