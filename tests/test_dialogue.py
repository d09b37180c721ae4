"""The conversation core: answers with follow-ups, safety notes in the text, kind refusals."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.dialogue import Dialogue, ReplyKind
from bot.knowledge import KnowledgeBase
from bot.safety import Level, assess


def test_answer_with_follow_ups(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("how often should I massage my back?")
    assert reply.kind is ReplyKind.ANSWER and reply.topic == "massage-frequency"
    assert "week" in reply.text and reply.safety is Level.NONE
    assert [s.topic for s in reply.suggestions] == list(kb.entries["massage-frequency"].follow_ups)
    assert kb.safety_texts["chronic"] not in reply.text


def test_chronic_user_gets_the_answer_and_the_referral(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I've had back pain for years, how often should I massage?")
    assert reply.topic == "massage-frequency" and "week" in reply.text
    assert reply.safety is Level.CHRONIC
    assert reply.text.endswith(kb.safety_texts["chronic"])


def test_emergency_message_leads_with_emergency_advice(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I fell off a ladder and my back hurts, should I use ice?")
    assert reply.safety is Level.EMERGENCY
    assert reply.text.startswith("⚠️ Because your back pain follows a serious accident")
    assert reply.text.index(kb.safety_texts["emergency"]) < reply.text.index("\n\n")


@pytest.mark.parametrize("text", ["what's the point anymore, my back never gets any better",
                                  "honestly I can't cope like this any more", "what is the point of it all",
                                  # Hopelessness without the words of it: no point left, can't go on, not missed.
                                  "physio, pills, the lot, nothing shifts it. what\u2019s even the point",
                                  "I just can't do this anymore, every day it aches",
                                  "if I wasn't around no one would even miss me",
                                  "I'm such a burden with this back, my wife does everything",
                                  "everything feels so hopeless since my back went"])
def test_hopelessness_gets_a_gentle_check_in_with_the_crisis_line(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text, country="GB")
    assert "116 123" in reply.text and "only know about back care" not in reply.text
    assert reply.safety is not Level.EMERGENCY  # a check-in, not the crisis alarm
    if reply.safety < Level.URGENT:  # the person before the massage: the check-in opens the reply
        assert "116 123" in reply.text.split("\n\n", 1)[0], reply.text[:300]


@pytest.mark.parametrize("text", ["what's the point of massage?", "what's the point of stretching if it comes back?",
                                  "I can't do this stretch anymore, it pulls on my knee",
                                  "I'm hopeless at reaching the middle of my back",
                                  "nobody would notice if I swapped heat for ice?"])
def test_what_is_the_point_of_massage_is_a_question(dialogue: Dialogue, text: str) -> None:
    assert "116 123" not in dialogue.respond(text, country="GB").text


def test_an_answer_after_urgent_advice_is_for_after_the_doctor(dialogue: Dialogue) -> None:
    reply = dialogue.respond("I have a fever, can I use a massage gun on my back?")
    assert reply.safety is Level.URGENT
    advice, after, answer = reply.text.split("\n\n", 2)
    assert "Hold off on massage" in advice and "once a doctor has checked you" in after and "massage gun" in answer


def test_an_answer_after_urgent_advice_for_someone_else_is_for_after_their_doctor(dialogue: Dialogue) -> None:
    reply = dialogue.respond("my dad is running a temperature and his back aches, should I use a massage gun on him?")
    assert reply.safety is Level.URGENT
    advice, after, _ = reply.text.split("\n\n", 2)
    assert "doctor" in advice and "once a doctor has checked them" in after, reply.text[:400]


def test_referral_entry_carries_its_safety_level(dialogue: Dialogue) -> None:
    reply = dialogue.respond("When should I see a doctor about my back?")
    assert reply.topic == "see-a-doctor" and reply.safety is Level.CHRONIC


def test_off_topic_gets_a_kind_refusal_with_examples(dialogue: Dialogue) -> None:
    reply = dialogue.respond("how do car title loans work?")
    assert reply.kind is ReplyKind.NO_MATCH and reply.topic is None
    assert "only know about back care" in reply.text
    assert 2 <= len(reply.suggestions) <= 3
    assert reply.safety is Level.NONE


def test_did_you_mean_offers_choices(dialogue: Dialogue) -> None:
    reply = dialogue.respond("stiff")
    assert reply.kind is ReplyKind.DID_YOU_MEAN and reply.topic is None
    assert len(reply.suggestions) >= 2
    # The choices are buttons; the text says so in one sentence instead of listing them again (issue 13).
    assert not any(s.question in reply.text for s in reply.suggestions)


def test_smalltalk_is_not_an_answer_to_rate(dialogue: Dialogue) -> None:
    reply = dialogue.respond("hi")
    assert reply.kind is ReplyKind.SMALLTALK and reply.topic == "hello"


def test_empty_message_gets_examples(dialogue: Dialogue) -> None:
    reply = dialogue.respond("   ")
    assert reply.kind is ReplyKind.EMPTY and reply.suggestions


def test_button_answer_and_stale_topic(dialogue: Dialogue) -> None:
    assert dialogue.answer("effleurage").topic == "effleurage"
    assert dialogue.answer("no-such-entry") is None


def test_json_shape(dialogue: Dialogue) -> None:
    data = dialogue.respond("efleurage??").as_json("efleurage??")
    assert set(data) == {"query", "topic", "score", "answer", "safety", "suggestions"}
    assert data["topic"] == "effleurage" and re.search("strok", data["answer"], re.I)
    assert 0 <= data["score"] <= 100 and data["safety"] == "none"
    assert all(set(s) == {"topic", "question"} for s in data["suggestions"])


def test_every_reply_fits_in_a_telegram_message(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    worst = "I fell and have had chronic pain for years with a fever"
    for entry in kb.entries.values():
        reply = dialogue.respond(f"{worst}. {entry.question}")
        assert len(reply.text) <= 4096, entry.id


@pytest.mark.parametrize(("text", "caution"), [
    ("i take warfarin, can i still massage my back", "blood-thinner"),
    ("on blood thinners, is rubbing my back ok?", "blood-thinner"),
    ("I have osteopenia, is it fine to massage my back", "osteoporosis"),
    ("I take warfarin", "blood-thinner"),
])
def test_a_condition_with_only_can_i_massage_gets_the_safety_entry_not_a_generic_word_s(
        dialogue: Dialogue, kb: KnowledgeBase, text: str, caution: str) -> None:
    # Without the condition the message asks only whether to massage ("i take , can i still massage my back"):
    # a leftover word such as "take" must not pick the session-length entry.
    reply = dialogue.respond(text)
    assert reply.topic == "when-not-to-massage"
    assert reply.text.startswith("⚠️ " + kb.cautions[caution].text)


def test_a_condition_beside_a_specific_question_still_answers_the_question(dialogue: Dialogue) -> None:
    assert dialogue.respond("I take warfarin, is a massage gun ok for my back").topic == "massage-gun"
    assert dialogue.respond("osteoporosis, how often can I massage my back?").topic == "massage-frequency"
    assert dialogue.respond("my dog is on warfarin, can I massage him").topic is None


def test_long_lasting_pain_with_only_would_massage_help_gets_the_chronic_pain_entry(dialogue: Dialogue) -> None:
    for text in ("I've had a stiff back for a long time, would massage help?",
                 "ive had back pain for ages, can massage help"):
        reply = dialogue.respond(text)
        assert reply.topic == "chronic-back-pain" and reply.safety is Level.CHRONIC
    assert dialogue.respond("I've had back pain for years, how often should I massage?").topic == "massage-frequency"


def test_is_it_safe_beside_a_condition_asks_what_the_condition_s_entry_answers(dialogue: Dialogue) -> None:
    reply = dialogue.respond("I'm on clopidogrel, is it safe to do self massage?")
    assert reply.topic == "when-not-to-massage" and "bruise" in reply.text.split("\n")[0]


def test_a_disc_problem_gets_its_entry_for_is_it_allowed_and_its_caution_beside_how_often(dialogue: Dialogue,
                                                                                          kb: KnowledgeBase) -> None:
    assert dialogue.respond("bulging disc in my lower back, is the foam roller allowed?").topic == "herniated-disc"
    reply = dialogue.respond("slipped disc, how often can I massage my back?")
    assert reply.topic == "massage-frequency" and reply.text.startswith("⚠️ " + kb.cautions["disc"].text)
    reply = dialogue.respond("pregnant, how long can I massage for?")
    assert reply.topic == "session-length" and reply.text.startswith("⚠️ " + kb.cautions["pregnancy"].text)


@pytest.mark.parametrize("text", ["merci", "danke schön", "grazie mille", "obrigada"])
def test_thanks_in_another_language_is_a_thank_you(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic == "thanks"


def test_the_assessment_of_the_last_message_is_the_one_respond_made(dialogue: Dialogue) -> None:
    day = dt.date(2026, 12, 1)
    text = "my dad has back pain and a fever"
    dialogue.respond(text, today=day)
    assert dialogue.assess(text, today=day) == assess(text, today=day)
    assert dialogue.assess("my back hurts", today=day) == assess("my back hurts", today=day)


def test_an_exact_phrasing_is_not_overruled_by_the_answer_model(dialogue: Dialogue) -> None:
    # "help" is one of the capabilities entry's phrasings; the model, reading "help" as in "not helpful", may not
    # replace it.
    assert dialogue.respond("help").topic == "capabilities"


@pytest.mark.parametrize("text", ["ok", "Okay!", "hmm", "lol", "yep", "not sure", "got it."])
def test_an_acknowledgement_with_nothing_waiting_is_not_called_off_topic(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert "only know about back care" not in reply.text and "question about your back" in reply.text
    assert reply.topic is None and reply.suggestions  # examples to tap


def test_an_acknowledgement_before_a_question_is_the_question(dialogue: Dialogue) -> None:
    assert dialogue.respond("ok so how often should I massage my back?").topic == "massage-frequency"
