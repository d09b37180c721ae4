"""Search: typos, chat style and synonyms find their answer; lookalike questions find nothing."""

from __future__ import annotations

import time

import pytest

from bot.knowledge import Entry, KnowledgeBase
from bot.search import SearchIndex


@pytest.mark.parametrize(("query", "topic"), [
    ("How often should I massage my own back?", "massage-frequency"),
    ("how ofen shud i masage my bak", "massage-frequency"),
    ("efleurage??", "effleurage"),
    ("how lnog shuld a sesion be", "session-length"),
    ("KNEADING", "kneading"),
    ("kneeding my back", "kneading"),
    ("how do i get rid of a knot in my back", "trigger-points"),
    ("rubbing my back how many times a week", "massage-frequency"),
    ("theragun on lower back?", "massage-gun"),
    ("hot water bottle or ice pack", "heat-or-ice"),
    ("is it safe while expecting a baby", "pregnancy"),
    ("slipped disk massage", "herniated-disc"),
    ("fom roller for my back", "foam-roller"),
    ("hi", "hello"),
    ("thanks!", "thanks"),
    ("who are you?", "about-bot"),
    ("What can you do", "capabilities"),
    ("how hard should i push", "too-much-pressure"),
    ("dug the garden all weekend now my back is stiff", "after-gardening-or-lifting"),
    ("can i massage while preggo", "pregnancy"),
])
def test_finds_the_answer(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None, (query, result.alternatives)
    assert result.best.entry.id == topic
    assert 0 < result.best.score <= 100


@pytest.mark.parametrize("query", [
    "how often should I change my car's oil",
    "how to knead bread dough",
    "common mistakes in a job interview",
    "how long should I boil an egg",
    "is it better to use tools or my hands to fix a bike chain",
    "what's the capital of australia",
    "asdfghjkl",
    "how many weeks are there in a year",
    "how do I back up my phone",
    "best paint roller for a ceiling",
])
def test_rejects_lookalikes(index: SearchIndex, query: str) -> None:
    result = index.find(query)
    assert result.best is None, (query, result.best)


def test_smalltalk_does_not_swallow_a_question(index: SearchIndex) -> None:
    result = index.find("thanks, and how long should a session last?")
    assert result.best is not None and result.best.entry.id == "session-length"


@pytest.mark.parametrize("query", ["is a back massage alright?", "I'm on rivaroxaban - is a back massage alright?",
                                   "cheers, is rubbing my lower back every day too much?"])
def test_a_small_talk_word_beside_the_back_s_words_is_not_small_talk(index: SearchIndex, query: str) -> None:
    result = index.find(query)
    assert all(not m.entry.is_smalltalk for m in (result.best, *result.alternatives) if m is not None), result


def test_vague_message_gets_alternatives_not_an_answer() -> None:
    entries = {
        "session-length": Entry("session-length", "How long should a massage session last?",
                                ("massage session length", "minutes per massage"), "10-15 minutes."),
        "rest-length": Entry("rest-length", "How long should I rest my back?",
                             ("back rest length", "rest days for my back"), "Keep moving."),
    }
    index = SearchIndex(KnowledgeBase(entries, {"chronic": "See a GP.", "urgent": "Get help now."}))
    result = index.find("length of massage or rest")
    assert result.best is None
    assert {m.entry.id for m in result.alternatives} == {"session-length", "rest-length"}
    assert index.find("how long should a massage session last").best.entry.id == "session-length"


def test_runners_up_are_other_entries_in_score_order(index: SearchIndex) -> None:
    result = index.find("how long and how often should I massage")
    found = [m for m in (result.best, *result.alternatives) if m is not None]
    assert len({m.entry.id for m in found}) == len(found)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert {"massage-frequency", "session-length"} <= {m.entry.id for m in found}


@pytest.mark.parametrize("query", ["", "   ", "🙂🙂🙂", "Как часто делать массаж спины?", "背中のマッサージ",
                                   "a" * 10_000, "massage " * 2_000, "\x00\x1f<b>&amp;</b>"])
def test_odd_input_never_raises(index: SearchIndex, query: str) -> None:
    result = index.find(query)
    assert result.best is None or result.best.score <= 100


def test_very_long_message_is_cut_and_fast(index: SearchIndex) -> None:
    start = time.perf_counter()
    index.find("how often should i massage my back " * 300)
    assert time.perf_counter() - start < 2.0  # a generous bound; real figures live in bench/


def test_typo_correction_keeps_real_words(index: SearchIndex) -> None:
    assert "care" not in index.query_stems("car")
    assert "pain" not in index.query_stems("paint")
    assert index.query_stems("masage")[0] == index.query_stems("massage")[0]


# --- issue 11: how people really write ------------------------------------------------------------


@pytest.mark.parametrize(("query", "topic"), [
    ("wat r the benefits of massaging ur own back", "self-massage-benefits"),
    ("how do u use a foam roller pls", "foam-roller"),
    ("keg pain from my back", "sciatica"),  # "keg" is a rare word one key away from "leg"
    ("my lower bake is tight", "lower-back"),  # a real word that the neighbour gives away
    ("my back went out this morning", "back-locked-or-spasm"),
    ("how do i massage my wife's back", "help-someone-else"),
    ("my back hurts", "back-hurts-now"),
    ("I moved house last weekend and carried a lot of heavy boxes. Now my back is stiff. What helps?",
     "after-gardening-or-lifting"),
])
def test_chat_spellings_statements_and_stories(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, (query, result)


def test_typo_corrector_weighs_likelihood(index: SearchIndex) -> None:
    reading = index.read("how ofen shud i masage my bak with a tenis ball")
    assert {c.typed: c.meant for c in reading.corrections} == {"ofen": "often", "masage": "massage",
                                                                "tenis": "tennis"}
    assert "should" in reading.words and "back" in reading.words  # chat spellings, read before correction
    assert index.read("paint roller").corrections == ()  # a common word stays as typed
    assert index.read("how to bake bread").corrections == ()  # "bake" is "back" only beside a back-care word


def test_two_questions_get_two_answers(index: SearchIndex) -> None:
    result = index.find("sciatica + is a foam roller ok?")
    assert result.best is not None
    assert {result.best.entry.id, *(m.entry.id for m in result.also)} == {"sciatica", "foam-roller"}
    assert index.find("how often should I massage my back?").also == ()


def test_a_clear_fit_is_answered_not_hedged(index: SearchIndex) -> None:
    result = index.find("when is it not safe to massage my back")
    assert result.best is not None and result.best.entry.id == "when-not-to-massage"


def test_lay_words_are_read_as_the_knowledge_bases(index: SearchIndex) -> None:
    # "waist" is the lower back, "soldiers" a slip for shoulders, "niggle" a twinge.
    assert {"lower", "back"} <= set(index.query_stems("my waist is killing me"))
    assert "shoulder" in index.query_stems("my soldiers are so tight")
    found = index.find("got a niggle in my waist since the weekend")
    offered = [m.entry.id for m in (found.best, *found.alternatives) if m is not None]
    assert "lower-back" in offered, offered


@pytest.mark.parametrize(("query", "entry"), [
    ("lugged a heavy oak dresser down the stairs and my back is stiff now", "after-gardening-or-lifting"),
    ("hauled crates round the yard all morning, back sore", "after-gardening-or-lifting"),
    ("is it best done laid on the bed or stood by the wall", "body-positioning"),
])
def test_heavy_loads_and_dialect_positions_are_read_as_the_knowledge_bases(
        index: SearchIndex, query: str, entry: str) -> None:
    # A heavy thing carried is the knowledge base's "heavy boxes"; "laid" and "stood" are lying and standing.
    found = index.find(query)
    assert found.best is not None and found.best.entry.id == entry, found.best


def test_a_tool_named_in_full_is_about_self_massage(index: SearchIndex) -> None:
    # "Foam roller" says self-massage as "back" does, so a shopping story around it costs little; beside a word of
    # another domain ("for the paint") it is that domain's roller, and "tennis balls" alone stay the game's.
    found = index.find("my foam roller arrived from amazon, where do i begin")
    assert found.best is not None and found.best.entry.id == "foam-roller", found.best
    assert index.find("how do i wash a foam roller cover for paint").best is None
    assert index.find("how many tennis balls fit in a tube").best is None


def test_common_words_weigh_less_only_beside_the_backs_body(kb: KnowledgeBase) -> None:
    cheap = SearchIndex(kb, common_factor=0.3)
    # A story around a back-care word is read; a shared word alone beside an unknown subject is not.
    assert cheap.find("what stretches are good before a marathon").best is None
    assert cheap.find("how to stretch leather shoes that are too tight").best is None


@pytest.mark.parametrize("query", [
    "is a massage gun just a gimmick?",
    "my sister reckons massage guns are a gimmick, are they any use on the back",
])
def test_back_and_massage_words_are_evidence_of_the_topic(index: SearchIndex, query: str) -> None:
    # "massage" fits many entries, so it says little about which; it still says the message is about back care,
    # and beside it a word the knowledge base lacks ("gimmick", "my sister") is the person's context.
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == "massage-gun", (query, result)


@pytest.mark.parametrize("query", [
    "best paint roller for a textured ceiling",
    "how long do I knead pizza dough",
    "sore loser meaning",
    "the back seat of my van won't fold down",
    "my dog has a lump on his back",
    "what is the warning sign of a stroke",
    "stroke symptoms in women",
    "how do you know if someone had a mini stroke",
])
def test_a_shared_word_beside_another_domain_is_still_rejected(index: SearchIndex, query: str) -> None:
    assert index.find(query).best is None, query


@pytest.mark.parametrize("query", ["what dose of ibuprofen should I take for my back", "co-codamol dose?"])
def test_a_medicines_dose_gets_the_painkillers_entry_that_gives_no_doses(index: SearchIndex, query: str) -> None:
    # The entry sends them to a pharmacist and the leaflet; a dose question is not another domain.
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == "painkillers", (query, result)


@pytest.mark.parametrize("query", ["long strokes on my back", "how many strokes should I do"])
def test_the_massage_stroke_is_still_the_stroking_technique(index: SearchIndex, query: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == "effleurage", (query, result)


def test_a_real_word_is_corrected_only_when_the_correction_clearly_wins(index: SearchIndex) -> None:
    assert index.read("sore loser").corrections == ()  # "loser" is English; "lower" barely likelier
    assert [c.meant for c in index.read("a bal for my back").corrections] == ["ball"]
    assert index.read("hii").words != ("his",)  # a last letter held down ("hi"), not a slip onto "his"


def test_two_strong_entries_for_two_parts_of_a_message_are_both_answered() -> None:
    entries = {
        "kneading": Entry("kneading", "How do I do kneading?", ("kneading technique", "how to knead muscles"),
                          "Squeeze and roll."),
        "lower-back": Entry("lower-back", "How do I massage my lower back?", ("lower back massage",
                                                                            "tight lower back"), "Slowly."),
        "heat": Entry("heat", "Should I use heat?", ("hot water bottle", "heat pack"), "Yes, wrapped."),
        "breathing": Entry("breathing", "How should I breathe?", ("breathing while massaging",), "Slowly."),
        "posture": Entry("posture", "Does posture matter?", ("sitting posture at a desk",), "Move often."),
    }
    # A wide margin: the top two are too close to pick one, so either both are answered or "did you mean".
    index = SearchIndex(KnowledgeBase(entries, {"chronic": "See a GP.", "urgent": "Get help now."}), margin=20.0)
    result = index.find("can I use kneading on my lower back?")
    assert result.best is not None
    assert {result.best.entry.id, *(m.entry.id for m in result.also)} == {"kneading", "lower-back"}
    chosen = index.find("should I do kneading or work on my lower back")  # a choice: the person picks
    assert chosen.best is None and {m.entry.id for m in chosen.alternatives} >= {"kneading", "lower-back"}


def test_small_talk_of_stop_words_with_a_word_or_two_more_is_still_small_talk(index: SearchIndex) -> None:
    found = index.find("and what can you do then")
    assert found.best is not None and found.best.entry.id == "capabilities"
    assert index.find("what is this").best is None  # no phrasing inside it


def test_explain_names_the_words_that_moved_the_gate(index: SearchIndex) -> None:
    from bot.search.explain import explain

    lines = explain(index, "how long do I knead pizza dough")
    gate = next(line for line in lines if "gate:" in line)
    assert "of another domain: dough pizza" in gate, lines
    assert lines[-1].startswith("no match"), lines
    gate = next(line for line in explain(index, "is a massage gun just a gimmick?") if "gate:" in line)
    assert "back or massage words: massag" in gate


def _small_index(**settings: float) -> SearchIndex:
    entries = {
        "oils": Entry("oils", "Which oil can I use?", ("can i use olive oil from the kitchen", "massage oil or lotion"),
                      "Any plain oil."),
        "rash": Entry("rash", "Can I massage over a rash?", ("can i massage over a skin rash",), "Leave it."),
        "often": Entry("often", "How often should I massage?", ("how often should i massage my back",), "Daily."),
        "lower": Entry("lower", "How do I massage my lower back?", ("lower back massage",), "Slowly."),
    }
    return SearchIndex(KnowledgeBase(entries, {"chronic": "See a GP.", "urgent": "Get help now."}), **settings)


def test_a_cue_word_a_phrasing_uses_beside_the_same_word_does_not_count_against_it() -> None:
    index = _small_index()
    # "olive" is cooking, "skin" another body part: except beside "oil" and "rash", as the entries ask it.
    for query, topic in [("is coconut oil or olive oil from the kitchen ok", "oils"),
                         ("is it safe to massage if i have a skin rash there", "rash")]:
        found = index.find(query)
        assert found.best is not None and found.best.entry.id == topic, (query, found)
        assert _small_index(excuse_pairs=False).find(query).best is None, query  # the cue counted in full
    # Elsewhere the word still marks the other domain, and it still counts against every other entry.
    assert index.find("is olive oil good for frying chicken").best is None
    part = index.score_parts("olive oil for my lower back")[0]
    assert set(part.excused) == {"oils"} and part.excused["oils"][1] > part.coverage


@pytest.mark.parametrize(("text", "read"), [
    ("shovelled the drive today", "shovelled the driveway today"),
    ("stiff after the long drive", "stiff after the long drive"),
    ("sore after the drive home", "sore after the drive home"),
    ("are you a real person or a computer", "are you a real person or a bot"),
    ("i sit at a computer all day", "i sit at a computer all day"),
    ("i dig in too hard with my thumbs", "i press in too hard with my thumbs"),
    ("digging into the knot", "pressing into the knot"),
    ("hurt my back digging in the garden", "hurt my back digging in the garden"),
    ("never done this before how do i start", "ever done this ever how do i start"),
    ("should i massage before bed", "should i massage before bed"),
])
def test_a_word_is_read_in_the_sense_its_neighbours_give_it(text: str, read: str) -> None:
    from bot.text import senses

    assert " ".join(senses(text.split())) == read


def test_the_driveway_and_the_bot_are_not_desk_work(index: SearchIndex) -> None:
    for query in ("shovelled the drive today, lower back sore", "are you a real person or a computer?"):
        found = index.find(query)
        assert found.best is None or found.best.entry.id != "desk-work-posture", (query, found)


def test_a_common_english_word_is_not_turned_into_a_knowledge_base_word_without_context(index: SearchIndex) -> None:
    for text in ("who win the football yesterday", "my laptop fan is making a noise", "pilates at the village hall",
                 "i fell off a ladder", "bending to tie my shoe", "who won the womens singles"):
        assert index.read(text).corrections == (), text
    # A slip that a neighbour makes into a knowledge-base phrase, or onto a rare word, is still read.
    assert [c.meant for c in index.read("keg pain").corrections] == ["leg"]
    assert [c.meant for c in index.read("tenis bal on the floor").corrections] == ["tennis", "ball"]
    assert "sore" in index.read("my back is soar").words  # a sound-alike, read beside "back is"


@pytest.mark.parametrize(("text", "read"), [
    ("sore since this morning after massaging last night", "sore since this earlier after massaging earlier"),
    ("my back hurts most of the time", "my back hurts usually"),
    ("stiff all the time", "stiff usually"),
    ("every time i massage it flares up", "whenever i massage it flares up"),
    ("i have had it for a long time", "i have had it for a months chronic"),
    ("sore for ages", "sore for months chronic"),
    ("how long each time", "how long each time"),
    ("what time of day is best", "what time of day is best"),
    ("how long should it last", "how long should it last"),
])
def test_words_that_date_a_story_are_not_the_time_of_day_or_a_session_s_length(index: SearchIndex, text: str,
                                                                                 read: str) -> None:
    assert " ".join(index.read(text).words) == read


@pytest.mark.parametrize(("query", "topic"), [
    ("I did a bit of self massage last night and this morning it's tender where I pressed. Is that normal?",
     "soreness-after-massage"),
    ("rubbed my lower back yesterday evening, bit sore this morning, normal?", "soreness-after-massage"),
    ("I spend all day at a computer for my job and by 3pm my back is stiff and sore. Any suggestions?",
     "desk-work-posture"),
    ("I sit at a computer for my job and my back aches by 4pm", "desk-work-posture"),
])
def test_a_story_s_times_and_work_are_context_not_the_subject(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


def test_a_sentence_about_massage_in_a_story_is_not_small_talk(index: SearchIndex) -> None:
    result = index.find("My grandson plays rugby and comes home with a sore back every Saturday. He asked me to "
                        "massage it for him. How should I go about it without hurting him?")
    assert result.best is not None and result.best.entry.id == "help-someone-else", result


def test_a_statement_does_not_pull_a_clear_message_elsewhere(index: SearchIndex) -> None:
    result = index.find("We've just moved house and I carried far too many boxes. Today my back feels tight and achy "
                        "across the bottom. What would you suggest?")
    assert result.best is not None and result.best.entry.id == "after-gardening-or-lifting", result


@pytest.mark.parametrize(("query", "topic"), [
    ("is it best done at night?", "best-time-of-day"),
    ("would it be better to do it right before bed?", "best-time-of-day"),
    ("thanks! how long should a session be?", "session-length"),
])
def test_a_question_an_entry_answers_is_not_a_greeting_or_a_goodbye(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize(("query", "topic"), [("ok I'm off now, see you next time", "goodbye"),
                                              ("hey, anyone there?", "hello")])
def test_a_goodbye_or_a_greeting_is_still_one(index: SearchIndex, query: str, topic: str) -> None:
    result = index.find(query)
    assert result.best is not None and result.best.entry.id == topic, result


@pytest.mark.parametrize("text", ["how often should I massage my back?", "how often should I massage", "bak masage",
                                  "my back hurts when I bend over and also how long should I massage for",
                                  "tennis ball or foam roller?", "what's the weather like", ""])
def test_one_search_gives_find_for_any_limit_and_the_reading(index: SearchIndex, text: str) -> None:
    found = index.search(text)
    for limit in (1, 3, 5):
        assert found.result(limit) == index.find(text, limit=limit)
    assert found.reading == index.read(text)
