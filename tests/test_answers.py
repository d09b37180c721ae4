"""Answers that fit the message: a caution for a stated condition, two answers, other languages."""

from __future__ import annotations

import pytest

from bot.dialogue import Dialogue, ReplyKind
from bot.knowledge import KnowledgeBase
from bot.language import detect, plainly_english
from bot.safety import Level


def test_a_stated_condition_puts_its_caution_first(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I'm 70 with osteoporosis, can I use a massage gun?")
    assert reply.kind is ReplyKind.ANSWER and reply.topic == "massage-gun"
    assert reply.text.startswith("⚠️ " + kb.cautions["osteoporosis"].text)
    plain = dialogue.respond("can I use a massage gun on my back?")
    assert plain.topic == "massage-gun" and "⚠️" not in plain.text


@pytest.mark.parametrize("text", ["I'M 70 WITH OSTEOPOROSIS, CAN I USE A MASSAGE GUN?",
                                  "I’m 70 with Osteoporosis, can I use a massage gun? 🙏"])
def test_a_condition_is_found_however_it_is_written(dialogue: Dialogue, kb: KnowledgeBase, text: str) -> None:
    assert dialogue.respond(text).text.startswith("⚠️ " + kb.cautions["osteoporosis"].text)


def test_blood_thinner_caution_and_none_for_the_condition_s_own_entry(dialogue: Dialogue,
                                                                      kb: KnowledgeBase) -> None:
    assert "bruise" in dialogue.respond("I take warfarin, is a massage gun ok for my back").text.split("\n")[0]
    reply = dialogue.respond("is it safe to massage my back when pregnant")
    assert reply.topic == "pregnancy" and kb.cautions["pregnancy"].text not in reply.text


def test_two_questions_in_one_message_get_both_answers(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("sciatica + is a foam roller ok?")
    assert {reply.topic, *(a.topic for a in reply.also)} == {"sciatica", "foam-roller"}
    assert kb.entries["sciatica"].answer in reply.text and kb.entries["foam-roller"].answer in reply.text
    assert len(reply.text) <= 4096


@pytest.mark.parametrize(("text", "code", "phrase"), [
    ("¿Con qué frecuencia debo masajear mi espalda?", "es", "solo puedo responder en inglés"),
    ("Wie oft sollte ich meinen Rücken massieren?", "de", "nur auf Englisch"),
    ("Как часто делать массаж спины?", "ru", "только на английском"),
    ("背中のマッサージはどのくらいの頻度でやればいいですか", "ja", "英語"),
    ("কোমরের ব্যথায় টেনিস বল দিয়ে মালিশ করা যায়?", "bn", "ইংরেজিতে"),
    ("முதுகு வலிக்கு தினமும் மசாஜ் செய்யலாமா?", "ta", "ஆங்கிலத்தில்"),
    ("허리 마사지는 얼마나 자주 해야 하나요?", "ko", "영어로만"),
    # A script without a sentence of its own still is not English, and is told so in English.
    ("ზურგის მასაჟი რამდენად ხშირად შეიძლება?", "ka", "I can only answer in English"),
])
def test_another_language_is_told_in_it_and_not_called_off_topic(dialogue: Dialogue, text: str, code: str,
                                                                  phrase: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.topic is None and reply.language == code
    assert phrase in reply.text and len(reply.suggestions) == 2 and reply.safety is Level.NONE


def test_another_language_is_told_the_emergency_number_since_triage_reads_english_only(dialogue: Dialogue) -> None:
    reply = dialogue.respond("Je ne peux plus contrôler ma vessie et j'ai très mal au dos", country="FR")
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and "emergency, call 15 or 112" in reply.text


@pytest.mark.parametrize("text", ["ok thx", "wat r u", "whats 17 x 23", "spasibo, it was useful!"])
def test_english_however_written_is_english(text: str) -> None:
    assert detect(text) is None


def test_typos_are_answered_not_taken_for_another_language(dialogue: Dialogue) -> None:
    assert dialogue.respond("how ofen shoud i masage my bak").topic == "massage-frequency"


def test_plain_english_needs_no_model() -> None:
    assert plainly_english("how often should I massage my back")
    assert not plainly_english("con qué frecuencia debo masajear mi espalda")


@pytest.mark.parametrize("text", ["back pain, lost 10kg without trying", "back pain worse at night",
                                  "I'm 55 and this is the first time my back has hurt"])
def test_a_red_flag_told_without_a_question_gets_the_advice_alone(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.safety >= Level.URGENT and reply.topic is None and not reply.suggestions, (text, reply.topic)


def test_a_red_flag_beside_a_clear_question_gets_the_advice_then_the_answer(dialogue: Dialogue) -> None:
    reply = dialogue.respond("lost 8 kg without trying. also can I use a foam roller?")
    assert reply.safety is Level.URGENT and reply.topic == "foam-roller"


@pytest.mark.parametrize("text", ["lower back's been aching for about a month now",
                                  "sore back for three weeks, what can I do",
                                  "had a bad back for 6 weeks"])
def test_pain_of_weeks_is_pain_now_not_chronic(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == "back-hurts-now"
    assert reply.safety is Level.NONE


@pytest.mark.parametrize("text", ["my back has ached for four months", "lower back pain for 5 months now, ideas?"])
def test_pain_of_months_gets_the_chronic_entry_and_referral(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == "chronic-back-pain"
    assert reply.safety is Level.CHRONIC


@pytest.mark.parametrize("text", ["lower back so painful i can hardly walk today",
                                  "my back went and now I'm unable to walk",
                                  "back's too sore to walk, should I keep active?"])
def test_pain_that_stops_walking_gets_the_doctor_not_keep_moving(dialogue: Dialogue, kb: KnowledgeBase,
                                                                 text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.text.startswith("⚠️ " + kb.cautions["cannot-move"].text)
    assert reply.topic == "see-a-doctor"
    assert "Keep moving gently" not in reply.text


@pytest.mark.parametrize(("text", "code"), [("Hola!!", "es"), ("bonjour à tous", "fr"), ("Ciao", "it"),
                                            ("buongiorno, ho mal di schiena da ieri", "it")])
def test_a_greeting_in_another_language_is_not_a_typo(dialogue: Dialogue, text: str, code: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code and reply.topic is None


@pytest.mark.parametrize("text", ["namaste", "Hallo there"])
def test_greetings_english_speakers_use_get_the_hello(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic == "hello"


@pytest.mark.parametrize("text", ["how should I massage my cat", "best way to rub my dog's back",
                                  "my cat's back is stiff"])
def test_a_pet_s_back_is_off_topic(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and reply.kind in (ReplyKind.NO_MATCH, ReplyKind.DID_YOU_MEAN)


def test_the_cat_cow_stretch_is_still_a_stretch(dialogue: Dialogue) -> None:
    assert dialogue.respond("how do I do the cat cow stretch for my back").topic == "stretches"


@pytest.mark.parametrize(("text", "topic"), [
    ("what kind of mattress should I buy, my lower back aches", "sleep-and-mattress"),
    ("is sleeping face-down bad for a sore lower back", "sleep-and-mattress"),
    ("is ibuprofen any good for a bad back", "painkillers"),
    ("should I be taking paracetamol for my back ache", "painkillers"),
    ("there's a popping sound in my back when I stretch, is that bad", "back-cracking"),
])
def test_near_domain_questions_get_an_honest_answer(dialogue: Dialogue, text: str, topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == topic


@pytest.mark.parametrize("text", ["what's the right paracetamol dose for my toddler", "best cot mattress for a baby",
                                  "ibuprofen or paracetamol for a migraine"])
def test_medicines_and_beds_without_a_back_stay_off_topic(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic is None


def test_the_painkiller_answer_sends_to_a_pharmacist_and_gives_no_dose(dialogue: Dialogue) -> None:
    text = dialogue.respond("can I take ibuprofen for my lower back").text
    assert "pharmacist" in text and "mg" not in text


@pytest.mark.parametrize(("text", "both"), [
    ("how long should a session be and do I need oil", {"session-length", "oils-and-lotions"}),
    ("should I stretch first and how hard should I press", {"stretches", "too-much-pressure"}),
    ("I've got a knot under my shoulder blade, how do I get it out and can I use a tennis ball",
     {"trigger-points", "tennis-ball"}),
])
def test_two_questions_joined_by_and_get_both_answers(dialogue: Dialogue, text: str, both: set[str]) -> None:
    reply = dialogue.respond(text)
    assert {reply.topic, *(a.topic for a in reply.also)} == both


@pytest.mark.parametrize(("text", "both"), [
    ("foam roller or a tennis ball, which should I get?", {"foam-roller", "tennis-ball"}),
    ("massage gun vs foam roller for my upper back", {"massage-gun", "foam-roller"}),
])
def test_a_comparison_answers_both_sides(dialogue: Dialogue, text: str, both: set[str]) -> None:
    reply = dialogue.respond(text)
    assert {reply.topic, *(a.topic for a in reply.also)} == both


@pytest.mark.parametrize("text", ["is it best to massage before or after a workout", "heat or ice for a stiff back?"])
def test_one_entry_that_answers_both_sides_is_answered_alone(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).also == ()


@pytest.mark.parametrize("text", ["is it ok to put a percussion massager on my neck", "theragun for a stiff neck?"])
def test_a_tool_on_the_neck_leads_with_the_neck_caution(dialogue: Dialogue, kb: KnowledgeBase, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.text.startswith("⚠️ " + kb.cautions["neck-tools"].text)
    assert not reply.text.split("\n")[0].startswith("Yes")


def test_time_since_an_operation_asks_whether_it_is_safe_not_how_often(dialogue: Dialogue, kb: KnowledgeBase) -> None:
    reply = dialogue.respond("is it ok to rub my lower back 10 days after back surgery")
    assert reply.text.startswith("⚠️ " + kb.cautions["recent-operation"].text)
    assert reply.topic == "when-not-to-massage"


def test_a_story_then_a_clear_question_answers_the_question_and_the_story(dialogue: Dialogue) -> None:
    reply = dialogue.respond("my lower back aches whenever I bend down and also how many minutes should I massage")
    assert reply.topic == "session-length" and reply.kind is ReplyKind.ANSWER


@pytest.mark.parametrize("text", ["your answer was wrong", "that was a useless answer"])
def test_a_complaint_gets_an_apology_and_how_to_ask(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.SMALLTALK and reply.topic == "not-helpful"


def test_a_complaint_about_something_else_is_not_about_the_bot(dialogue: Dialogue) -> None:
    assert dialogue.respond("my new phone is useless").topic is None


@pytest.mark.parametrize(("text", "topic"), [
    ("Good evening madam", "hello"),
    ("cheers mate, really appreciate it", "thanks"),
    ("take care, speak soon", "goodbye"),
    ("hi there, how often should I massage my lower back?", "massage-frequency"),
])
def test_courtesy_with_words_around_it_is_still_courtesy(dialogue: Dialogue, text: str, topic: str) -> None:
    assert dialogue.respond(text).topic == topic

