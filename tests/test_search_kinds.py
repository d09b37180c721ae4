"""The engine's reading of kinds of wording (the dialogue's side is tests/test_dialogue_kinds.py)."""

from __future__ import annotations

import pytest

from bot.search import SearchIndex
from bot.search.idioms import as_own, story_words


def test_doing_it_is_back_care_evidence_in_the_gate(index: SearchIndex) -> None:
    doing = index.score_parts("are four goes a day too many to do it")[0]
    having = index.score_parts("are four goes a day too many for it")[0]
    assert doing.anchor == 1.0 and having.anchor < 1.0


def test_doing_it_beside_another_domain_is_not(index: SearchIndex) -> None:
    assert index.score_parts("how do I do it to my car's engine")[0].anchor < 1.0


def test_a_simile_after_kneading_and_what_is_watched_are_setting() -> None:
    ws = "knead it like pizza dough while watching a film".split()
    assert {ws.index("pizza"), ws.index("dough"), ws.index("film")} <= story_words(ws)
    assert not story_words("how long do i knead pizza dough".split())


def test_someone_elses_back_told_as_ones_own() -> None:
    assert as_own("my wifes back is in spasm and she cant move".split()) == \
        "my back is in spasm and i cant move".split()
    assert as_own("should my dad see a doctor for his back".split()) == "should i see a doctor for my back".split()


def test_what_a_hurting_back_was_strained_over_is_the_storys_setting() -> None:
    ws = "hauled the bags of cement up the ladder and my back aches".split()
    assert {ws.index("bags"), ws.index("cement"), ws.index("ladder")} <= story_words(ws)
    assert ws.index("back") not in story_words(ws)
    # without a back that hurts, what is lifted is the subject
    assert not story_words("how do i lift my car engine out".split())


def test_a_lifting_or_garden_story_finds_its_entry_whatever_was_lifted(index: SearchIndex) -> None:
    for text in ("carried the trampoline into the garden yesterday and my back is stiff",
                 "been repotting the orchids all morning and my lower back is sore",
                 "mowing the lawn all afternoon, now my back aches"):
        best = index.find(text).best
        assert best is not None and best.entry.id == "after-gardening-or-lifting", text


def test_a_knee_is_the_subject_unless_the_back_is(index: SearchIndex) -> None:
    assert index.find("my knee clicks when i kneel down").best is None
    best = index.find("weeding on my knees all day and now my back is stiff").best
    assert best is not None and best.entry.id == "after-gardening-or-lifting"


def test_a_refund_is_not_a_question_about_the_tool(index: SearchIndex) -> None:
    assert index.find("how do i get a refund for my foam roller").best is None
    assert index.find("can i return the massage gun i bought last week").best is None


def test_an_oil_named_by_a_word_the_knowledge_base_lacks_is_still_an_oil(index: SearchIndex) -> None:
    best = index.find("can i use kokum oil for a back massage").best
    assert best is not None and best.entry.id == "oils-and-lotions"
    assert index.find("can i use engine oil on my squeaky door").best is None


def test_good_for_you_asks_what_massage_is_good_for(index: SearchIndex) -> None:
    assert "benefit" in index.read("is rubbing your own back good for you or not").words
    assert "benefit" not in index.read("is walking good for my back").words
    best = index.find("is self massage good for the back").best
    assert best is not None and best.entry.id == "self-massage-benefits"


def test_kneeling_or_need_typed_for_kneading_beside_a_technique_or_the_back(index: SearchIndex) -> None:
    for text in ("how long should i spend needing my shoulders", "can i do the need technique on my neck",
                 "kneeling on my shoulders with my knuckles, too hard?"):
        best = index.find(text).best
        assert best is not None and best.entry.id == "kneading", text
    # kneeling itself, and a need, stay what they are
    assert "kneading" not in index.read("my leg tingles after kneeling for a while").words
    assert "knead" not in index.read("i need a massage for my back").words


def test_an_animals_back_or_neck_stays_the_animals_however_sure_the_massage_words(index: SearchIndex) -> None:
    assert index.find("is a massage gun ok for my pony's neck").best is None
    assert index.find("what oil should i rub into my dog's shoulder").best is None
    # the dog walked is the story's setting, not whose back it is
    assert index.find("walking the dog for hours and now my lower back aches").best is not None


def test_an_animal_with_its_own_complaint_is_the_animals_back(index: SearchIndex) -> None:
    assert index.find("my donkey has a stiff back, should I rub it").best is None
    assert index.find("the puppy is limping, can I massage his hips").best is None
    # the person's own back beside an animal's complaint is the person's story
    assert index.find("our dog has a bad hip so walks are slow and now my back is stiff, what helps").best is not None


@pytest.mark.parametrize(("text", "topic"), [
    ("could you explain the eff la rahj technique", "effleurage"),
    ("what is the ef loo rage stroke", "effleurage"),
    ("where do I put the tennyson ball for my upper back", "tennis-ball"),
    ("sigh attica down the back of my thigh, can massage ease it", "sciatica"),
])
def test_words_heard_for_a_back_care_word_are_that_word(index: SearchIndex, text: str, topic: str) -> None:
    best = index.find(text).best
    assert best is not None and best.entry.id == topic, text


@pytest.mark.parametrize(("text", "topic"), [
    ("is rubbing bengay into my back a good idea", "oils-and-lotions"),
    ("my aunt brought me amrutanjan, can I massage it into my back", "oils-and-lotions"),
    ("does maalish do any good for the back", "self-massage-benefits"),
    ("lumbago again this morning, what should I do", "back-hurts-now"),
    ("the rheumatics are at my back again, does rubbing it do any good", "self-massage-benefits"),
])
def test_remedies_and_older_words_by_name_are_read_as_the_knowledge_bases(index: SearchIndex, text: str,
                                                                          topic: str) -> None:
    best = index.find(text).best
    assert best is not None and best.entry.id == topic, text


def test_a_slip_onto_lumber_is_the_lower_back_but_timber_stays_timber(index: SearchIndex) -> None:
    assert "lower" in index.read("my lumber feels tight after gardening").words
    assert "lower" not in index.read("carried lumber to the shed all day").words


@pytest.mark.parametrize("text", ["is there ever a time when massaging would be a bad idea",
                                  "are there certain times I should avoid massaging"])
def test_an_occasion_not_to_massage_is_when_not_to_not_the_time_of_day(index: SearchIndex, text: str) -> None:
    best = index.find(text).best
    assert best is not None and best.entry.id == "when-not-to-massage", text


def test_a_time_of_day_not_to_massage_stays_the_time_of_day(index: SearchIndex) -> None:
    best = index.find("is there a time of day I shouldn't massage my back").best
    assert best is not None and best.entry.id == "best-time-of-day"


@pytest.mark.parametrize("text", ["how should I need my upper back", "can I need my shoulders with my knuckles",
                                  "what is the right way to nead my back muscles"])
def test_need_or_nead_done_to_the_back_is_kneading(index: SearchIndex, text: str) -> None:
    best = index.find(text).best
    assert best is not None and best.entry.id == "kneading", text


@pytest.mark.parametrize("text", ["I need my back checked, is a GP best", "do i need my shoulders x-rayed",
                                  "I need my lower back to stop aching"])
def test_a_need_for_something_done_to_the_back_stays_a_need(index: SearchIndex, text: str) -> None:
    assert "knead" not in index.read(text).words and "kneading" not in index.read(text).words, text
