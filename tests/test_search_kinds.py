"""The engine's reading of kinds of wording (the dialogue's side is tests/test_dialogue_kinds.py)."""

from __future__ import annotations

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
