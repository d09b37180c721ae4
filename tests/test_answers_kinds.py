"""Kinds of message a newcomer found answered wrongly (session 6), in wordings of our own.

Asking for a diagnosis, answers that open with a bare "yes" or "no", a worry about cancer, massage after cancer,
stiffness on waking, back pain with a period, soreness days after the gym, a medicine's dose, a leg that goes numb
from sitting, two questions in one message, a question at the end of a long story, and small talk ("wassup",
"this bot is useless").
"""

from __future__ import annotations

import re

import pytest

from bot.dialogue import Dialogue, Reply
from bot.knowledge import KnowledgeBase
from bot.safety import Level
from bot.search import parts


def topics(reply: Reply) -> set[str]:
    return {t for t in (reply.topic, *(a.topic for a in reply.also)) if t is not None}


@pytest.mark.parametrize("text", ["could you diagnose my back?", "what is wrong with my back", "whats wrong with me",
                                  "tell me what's causing this ache"])
def test_asking_for_a_diagnosis_gets_an_honest_no_and_who_can_examine(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == "diagnosis", (text, reply.topic)
    assert "can't diagnose" in reply.text and "GP" in reply.text and "physio" in reply.text


@pytest.mark.parametrize("text", ["could this be a slipped disc?", "do i have sciatica", "is it a trapped nerve?",
                                  "have i got a herniated disc"])
def test_asking_whether_one_has_a_condition_says_only_an_examination_can_tell(dialogue: Dialogue, kb: KnowledgeBase,
                                                                               text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.text.startswith("⚠️ " + kb.cautions["self-diagnosis"].text), (text, reply.topic)


@pytest.mark.parametrize("text", ["what is a slipped disc", "can massage help sciatica", "is it bad to press hard"])
def test_a_question_about_a_condition_or_a_habit_is_no_request_for_a_diagnosis(dialogue: Dialogue,
                                                                               kb: KnowledgeBase, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic != "diagnosis" and kb.cautions["self-diagnosis"].text not in reply.text, (text, reply.topic)


def test_no_answer_opens_with_a_bare_yes_or_no(kb: KnowledgeBase) -> None:
    # An answer is shown for many wordings: "No, keep pressure off the spine" reads as "no, it isn't bad" to
    # "is it bad to crack my back".
    bare = [e.id for e in kb.entries.values() if re.match(r"\s*(?:yes|no)\b", e.answer, re.IGNORECASE)]
    assert not bare


def test_cracking_ones_own_back_is_answered_without_a_no(dialogue: Dialogue) -> None:
    reply = dialogue.respond("is it harmful to crack my own spine")
    assert reply.topic in ("spine-and-bones", "back-cracking") and not reply.text.startswith(("No", "Yes"))
    assert "crack" in reply.text


@pytest.mark.parametrize("text", ["could my back ache be a tumour?", "i'm scared this back pain is cancer",
                                  "how would i know if my back pain was cancer"])
def test_a_worry_about_cancer_is_acknowledged_with_when_to_see_a_doctor(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == "cancer-worry" and reply.safety is Level.NONE, (text, reply.topic)
    for sign in ("understandable to worry", "losing weight without trying", "at night", "had cancer before",
                 "GP", "emergency"):
        assert sign in reply.text, sign


def test_massage_after_cancer_is_answered_with_the_caution_and_no_invented_back_pain(dialogue: Dialogue,
                                                                                    kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I was treated for cancer last year, can I have a back massage?")
    assert reply.safety is Level.URGENT and reply.topic == "when-not-to-massage"
    assert kb.cautions["cancer"].text in reply.text
    assert "together with back pain" not in reply.text


def test_the_cancer_caution_is_not_for_a_worry_or_someone_elses_history(kb: KnowledgeBase) -> None:
    caution = kb.cautions["cancer"]
    assert caution.applies("i had bowel cancer two years ago") and caution.applies("since finishing my chemo")
    assert not caution.applies("could my back pain be cancer")
    assert not caution.applies("my aunt had cancer")


@pytest.mark.parametrize(("text", "topic"), [
    ("every morning my back is really stiff when i get out of bed", "morning-stiffness"),
    ("my lower back aches on my period, will rubbing it help", "period-back-pain"),
    ("sore back for two days since lifting weights at the gym", "after-gardening-or-lifting"),
    ("paracetamol dosage?", "painkillers"),
    ("pins and needles in my leg after sitting cross-legged on the floor", "leg-numb-when-sitting"),
    ("wassup bot", "hello"),
    ("you're a useless bot", "not-helpful"),
    ("the bot is hopeless", "not-helpful"),
])
def test_each_kind_gets_its_entry(dialogue: Dialogue, text: str, topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == topic, (text, reply.topic, reply.kind)


def test_morning_stiffness_says_when_it_is_worth_checking(dialogue: Dialogue) -> None:
    text = dialogue.respond("why am i so stiff in the mornings").text
    assert "30 minutes" in text and "GP" in text


def test_a_question_at_the_end_of_a_long_story_is_what_is_answered(dialogue: Dialogue) -> None:
    reply = dialogue.respond("The muscles by my shoulder blade have been knotted for ages, I've tried stretching "
                             "and a hot bath, nothing shifts it, would a massage gun be any use?")
    assert reply.topic == "massage-gun"


def test_a_short_message_with_a_comma_is_not_cut_into_a_story_and_a_question() -> None:
    assert parts.split("my blood pressure is 140/90, is that high pressure?") == [
        "my blood pressure is 140/90, is that high pressure"]
    assert parts.split("my upper back has been tight since the move, I've tried heat, nothing helps, can a foam "
                       "roller help?")[-1] == "can a foam roller help"


def test_a_message_split_again_gives_the_same_sentences() -> None:
    # The search, the dialogue's checks and its second looks each split the message: every split is the same.
    text = "my mid back locks up after long drives. also is a wooden roller any good?"
    first = parts.split(text)
    assert first == ["my mid back locks up after long drives", "is a wooden roller any good"]
    first.append("what one reader adds")  # is not the next reader's
    assert parts.split(text) == ["my mid back locks up after long drives", "is a wooden roller any good"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("foam roller or tennis ball, which one is better, and how often should I use it",
     {"foam-roller", "tennis-ball", "massage-frequency"}),
    ("can I rub my back now I'm pregnant and what about an ice pack", {"pregnancy", "heat-or-ice"}),
    ("my back aches after cycling, heat or ice, and should i stretch too", {"heat-or-ice", "stretches"}),
])
def test_two_questions_in_one_message_each_get_their_answer(dialogue: Dialogue, text: str, wanted: set[str]) -> None:
    assert wanted <= topics(dialogue.respond(text))
