"""A health condition the person states as their own, beside a question about massaging their back, is the question's
context: the answer is the entry about massaging with a condition (or what else is asked), its caution first; never
"I only know about back care".  Messages that only share the condition's words stay off-topic.  Wordings of our own."""

from __future__ import annotations

import pytest

from bot.dialogue import CONDITION_CAUTION, CONDITION_TOPIC, Dialogue, ReplyKind
from bot.knowledge import KnowledgeBase
from bot.search import conditions

#: A condition of the person's own, then whether (or how) to massage their back: nothing more specific is asked.
WHETHER_WITH_A_CONDITION = [
    "I've got asthma, would massaging my back be alright?",
    "diabetic here, am I ok to rub my own back",
    "I have epilepsy. Can I still give my back a massage?",
    "got MS, is self massage of my back a good idea",
    "i have high blood pressure, is it safe for me to massage my back",
    "I suffer with varicose veins, should I massage my lower back",
    "eczema sufferer, can I rub my back",
    "I have bad psoriasis, is massaging my back ok",
    "Since I have a pacemaker fitted, is massaging my back safe?",
    "I had a knee replacement two years ago, is it ok to massage my back",
    "I have arthritis in my fingers, how can I massage my back",
    "I've been diagnosed with lupus, is back massage safe",
    "I have irritable bowel syndrome, can I massage my lower back",
    "diagnosed with fibromyalgia in 2019, how should I massage my back",
    "I'm on blood pressure tablets, can I massage my back",
    "I am on antidepressants, is it alright to massage my back",
    "asthmatic here, is rubbing my back ok",
    "with my heart condition, should I be massaging my back",
    "I suffer from migraines, is it ok to massage my upper back",
    "I have heart failure, can I massage my back",
    "I've got rheumatoid arthritis, how do I massage my back gently",
    "I have Ehlers-Danlos syndrome, is it safe to massage my back",
    "I live with Crohn's disease, can I massage my back",
    "I have Parkinson's, can I still massage my back",
    "I'm hypermobile, should I be careful massaging my back",
    "i have copd, is back massage ok for me",
    "I have kidney disease, is it safe to massage my lower back",
    "I have an underactive thyroid, can I massage my back",
    "I'm anaemic, is it ok to massage my back",
    "I'm epileptic, is it ok to massage my back on my own",
    "I have a stent in my heart, can I massage my back",
    "I have gout in my feet, can I massage my back",
    "I have sickle cell, is massaging my back safe",
    "I've got long covid, is it ok to massage my back",
    "as someone with dementia, can I massage my back",
    "I have a bleeding disorder, can I massage my back",
    "I take levothyroxine, can I massage my back",
    "Asthmatic: can I massage my back?",
    "I've had diabetes for 20 years, is it safe to massage my back",
    "I have liver disease, should I avoid massaging my back",
    "is it ok to massage my back if I have MS",
    "massaging my back with high blood pressure, is that alright?",
    "I use an inhaler for my asthma, would it be ok to massage my back",
    "I take tablets for epilepsy, should I massage my back",
    "can you massage your back when you have diabetes",
]

#: A condition of the person's own beside a question about a tool: the tool's answer, the caution first.
WITH_A_TOOL = [
    ("I'm diabetic, can I use a massage gun on my back?", "massage-gun"),
    ("I have lupus, can I use a foam roller on my back", "foam-roller"),
]

#: A condition beside a question of how to massage a part of the back, or when: that entry, the caution first.
HOW_OR_WHEN = [
    ("I have endometriosis, how do I massage my lower back", "lower-back"),
    ("I have asthma, how do I massage my lower back", "lower-back"),
    ("with my high blood pressure, how should I massage my upper back", "neck-shoulders-upper-back"),
    ("I have high blood pressure, what is the best time of day to massage my back", "best-time-of-day"),
    # how to massage one's own back is the how-to entry ("own" is a stop word, so no stem says it)
    ("I've got coeliac disease, how would I go about massaging my own back", "how-to-massage-own-back"),
    ("I'm diabetic, what's the best way to rub my back myself", "how-to-massage-own-back"),
    # which oil, beside a skin condition: the oils entry, the caution first
    ("I have rosacea, what oil is best for a back massage", "oils-and-lotions"),
    ("with my dermatitis, which massage oil should I pick", "oils-and-lotions"),
]

#: A condition's words beside a question about something else, or someone or something else's condition.
OFF_TOPIC = [
    "I have asthma, what inhaler should I get",
    "my dog has diabetes, what should he eat",
    "is it ok to massage my kitten",
    "my knee has arthritis, which brace is best",
    "I've got diabetes, what can I have for breakfast",
    "I have epilepsy, am I allowed to drive",
    "I'm on blood pressure tablets, can I have a glass of wine",
    "I have eczema on my hands, which cream works",
    "I have a pacemaker, is the airport scanner safe",
    "I have lupus, is sunbathing ok",
    "I have IBS, which foods should I avoid",
    "I have varicose veins, do compression stockings help",
    "I have asthma, is it safe to go jogging when it's cold",
    "my cat has arthritis, can I massage her",
    "I'm diabetic, can I drink beer",
    "my horse has arthritis, can I massage it",
    "I have gout, is red meat bad",
    "I'm anaemic, what supplement should I take",
    "Asthmatic, which inhaler is strongest",
    "I have MS, can I get a parking permit",
    "I take tablets for asthma, which ones work best",
]


@pytest.mark.parametrize("text", WHETHER_WITH_A_CONDITION)
def test_a_stated_condition_then_whether_to_massage_gets_the_entry_about_massaging_with_a_condition(
        dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == CONDITION_TOPIC, text
    assert reply.text.startswith("⚠️")  # a caution (or the safety note it calls for) first, never a plain yes


@pytest.mark.parametrize(("text", "topic"), WITH_A_TOOL)
def test_a_stated_condition_beside_a_tool_gets_the_tools_answer_with_a_caution_first(
        dialogue: Dialogue, kb: KnowledgeBase, text: str, topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic == topic
    # The general caution, or the safety note the condition calls for, comes before the answer.
    head = reply.text.split(kb.entries[topic].answer)[0]
    assert "⚠️" in head


def test_the_general_caution_names_the_condition_and_says_whom_to_ask(dialogue: Dialogue,
                                                                     kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I have asthma, is it ok to massage my back?")
    caution = kb.cautions[CONDITION_CAUTION].text
    assert reply.text.startswith(f"⚠️ {caution}")
    assert "GP" in caution and "stop" in caution


def test_a_condition_with_its_own_caution_gets_that_caution_not_the_general_one(dialogue: Dialogue,
                                                                              kb: KnowledgeBase) -> None:
    reply = dialogue.respond("I have osteoporosis and asthma, can I massage my back?")
    assert kb.cautions["osteoporosis"].text in reply.text
    assert kb.cautions[CONDITION_CAUTION].text not in reply.text


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_a_condition_beside_another_question_or_not_the_persons_own_is_still_off_topic(dialogue: Dialogue,
                                                                                     text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also, text
    assert reply.kind is not ReplyKind.ANSWER


@pytest.mark.parametrize("text", ["I have a foam roller, how do I use it on my back",
                                  "I'm on my feet all day, can I massage my back in the evening",
                                  "with my hands, how do I massage my lower back",
                                  "I have a knot in my shoulder, can I massage it",
                                  "how do I massage my back after a long day"])
def test_an_ordinary_message_gets_no_condition_caution(dialogue: Dialogue, kb: KnowledgeBase, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER
    assert kb.cautions[CONDITION_CAUTION].text not in reply.text


@pytest.mark.parametrize(("text", "stated"), [
    ("I have asthma, is it ok to massage my back", "I have asthma"),
    ("psoriasis sufferer here, can I rub my back", "psoriasis sufferer here"),
    ("I'm on blood pressure medication, can I massage my back", "I'm on blood pressure medication"),
    ("I have arthritis in my hands, how do I massage my back", "I have arthritis in my hands"),
    ("is it ok to massage my back with my asthma", "with my asthma"),
])
def test_the_persons_own_condition_is_found_with_its_frame(text: str, stated: str) -> None:
    assert [text[s:e] for s, e in conditions.spans(text)] == [stated]


@pytest.mark.parametrize("text", ["my dog has diabetes, can I massage his back", "my cat's arthritis is bad",
                                  "what is asthma", "I have a question about my back"])
def test_a_condition_that_is_not_the_persons_own_or_no_condition_is_not_found(text: str) -> None:
    assert conditions.spans(text) == []


@pytest.mark.parametrize(("text", "topic"), HOW_OR_WHEN)
def test_a_stated_condition_beside_how_or_when_gets_that_answer_with_a_caution_first(
        dialogue: Dialogue, text: str, topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == topic, text
    assert reply.text.startswith("⚠️"), text


@pytest.mark.parametrize("text", ["I take blood thinners, how firmly should I press when I massage my back?",
                                  "osteoporosis here, how hard can I press on my lower back"])
def test_a_stated_condition_s_caution_says_it_wins_over_the_general_advice(dialogue: Dialogue, text: str) -> None:
    # The pressure entry says "aim for a firm discomfort": for this person the caution's "keep it light" holds.
    reply = dialogue.respond(text)
    caution, rest = reply.text.split("\n\n", 1)
    assert caution.startswith("⚠️") and "light" in caution, reply.text[:300]
    assert caution.endswith("Where the general advice below says otherwise, follow this."), caution
    assert reply.topic == "too-much-pressure" and "4-6 out of 10" in rest


@pytest.mark.parametrize(("text", "topic"), [
    ("got my gall bladder taken out a month ago, is rubbing my back alright now", CONDITION_TOPIC),
    ("I had a caesarean in March, can I use a foam roller on my back", "foam-roller"),
    ("had an appendicectomy recently, can I use a massage gun on my back", "massage-gun"),
    # "3 weeks ago" dates the operation: it does not ask how long or how often
    ("I had keyhole surgery on my back 3 weeks ago, am I ok to massage", CONDITION_TOPIC),
])
def test_a_recent_operation_by_any_name_gets_its_caution_first(dialogue: Dialogue, text: str, topic: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == topic, text
    assert reply.text.startswith("⚠️ After an operation"), text
