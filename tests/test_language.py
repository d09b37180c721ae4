"""Short messages in another language are told so, without lingua's larger models; English stays English.

Lingua's low-accuracy mode guesses short texts wrong ("mi fa male la schiena": Italian at 0.55, under the bar;
"j'ai mal au dos": Turkish): a small lexicon per language is asked first (bot/language.py).
"""

from __future__ import annotations

import pytest

from bot import language
from bot.dialogue import Dialogue, ReplyKind


@pytest.mark.parametrize(("text", "code"), [
    ("mi fa male la schiena da ieri", "it"), ("mal di schiena", "it"), ("schiena?", "it"),
    ("tenho dor nas costas", "pt"), ("dor lombar", "pt"), ("massagem nas costas", "pt"),
    ("j'ai mal au bas du dos", "fr"), ("douleur lombaire", "fr"),
    ("me duele mucho la espalda", "es"), ("mir tut der Rücken weh", "de"), ("pijn in mijn rug", "nl"),
    ("boli mnie plecy", "pl"), ("belim ağrıyor", "tr"),
])
def test_a_short_message_in_another_language_is_told_so(dialogue: Dialogue, text: str, code: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code and reply.topic is None, (text, reply)
    assert "emergency" in reply.text


def test_the_lexicon_needs_no_model() -> None:
    language._detector.cache_clear()
    assert language.detect("ho mal di schiena") == "it" and language.detect("dor nas costas") == "pt"
    assert language._detector.cache_info().currsize == 0


@pytest.mark.parametrize("text", ["the dos and don'ts of self massage", "what do you do then", "la la la my back",
                                  "mi back is sore", "my mam has a bad back, can i massage it"])
def test_english_with_a_word_of_another_language_stays_english(text: str) -> None:
    assert language.by_lexicon(text) is None
