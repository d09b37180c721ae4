"""Red flags said in Spanish, French, German, Italian, Portuguese and Polish reach their level, and an ordinary
question in those languages still gets the reply in its language without alarm (our own wordings)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dialogue import Dialogue, ReplyKind
from bot.safety import Level, assess

TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


@pytest.mark.parametrize("text", [
    # Spanish
    "me duele mucho la espalda y desde anoche no puedo orinar",
    "dolor lumbar fuerte y se me escapa la orina sin darme cuenta",
    "tengo ciática y los glúteos dormidos desde ayer",
    # French
    "mal au dos depuis lundi et je ne sens plus mes jambes",
    "lombalgie et je n'arrive plus à faire pipi",
    "j'ai mal au dos, et une douleur à la poitrine qui serre",
    # German
    "starke Rückenschmerzen, und ich bin taub im Genitalbereich",
    "Hexenschuss seit gestern, jetzt kann ich nicht mehr pinkeln",
    "mein Vater hatte einen Autounfall und klagt über den Rücken",
    # Italian
    "mal di schiena da ieri e perdo urina senza accorgermene",
    "ho la sciatica e non sento più le gambe",
    "dolore alla schiena e ho il perineo intorpidito",
    # Portuguese
    "dor nas costas e não consigo urinar desde hoje de manhã",
    "caí do telhado e estou com muita dor na coluna",
    # Polish
    "bolą mnie plecy i nie mogę oddać moczu od rana",
    "ból kręgosłupa i nie czuję nóg",
])
def test_an_emergency_said_in_another_language_is_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "me duele la espalda y tengo fiebre desde el martes",
    "j'ai mal au dos et de la fièvre depuis hier",
    "Rückenschmerzen und seit zwei Tagen Fieber",
    "mal di schiena e febbre a 38",
    "dor nas costas e febre alta",
    "bolą mnie plecy i mam gorączkę",
    "j'ai maigri de huit kilos sans raison et j'ai mal au dos",
])
def test_an_urgent_sign_said_in_another_language_is_urgent(text: str) -> None:
    assert level(text) is Level.URGENT


@pytest.mark.parametrize("text", [
    "¿cuántas veces por semana puedo darme un masaje en la espalda?",
    "me duele la espalda, pero no tengo fiebre, ¿qué estiramientos sirven?",
    "si tengo las piernas dormidas al despertar, ¿es malo para la espalda?",
    "comment masser le bas du dos avec une balle ?",
    "j'ai mal au dos, pas de fièvre, quels exercices ?",
    "Rückenschmerzen, aber kein Fieber. Was hilft?",
    "wie lange sollte ich meinen Rücken massieren?",
    "ho mal di schiena, niente febbre, posso fare stretching?",
    "posso fazer massagem nas costas todos os dias?",
    "nie mam gorączki, tylko bolą mnie plecy po pracy",
])
def test_an_ordinary_message_in_another_language_raises_nothing(text: str) -> None:
    assert level(text) is Level.NONE


def test_an_emergency_in_another_language_gets_the_emergency_advice_with_the_local_number(dialogue: Dialogue) -> None:
    reply = dialogue.respond("me duele la espalda y no puedo orinar desde ayer", country="ES", today=TODAY)
    assert reply.safety is Level.EMERGENCY and "112" in reply.text
    assert reply.kind is not ReplyKind.OTHER_LANGUAGE


def test_an_ordinary_question_in_another_language_gets_the_reply_in_that_language(dialogue: Dialogue) -> None:
    reply = dialogue.respond("wie oft soll ich meinen Rücken massieren?", country="DE", today=TODAY)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == "de" and reply.safety is Level.NONE


@pytest.mark.parametrize("text, expected", [
    # Dutch, and words between the German verb and its negation.
    ("ik heb rugpijn en kan sinds vanochtend niet plassen", Level.EMERGENCY),
    ("lage rugpijn en ik voel mijn benen niet", Level.EMERGENCY),
    ("rugpijn en koorts sinds gisteren", Level.URGENT),
    ("ik gebruik al lang prednison en nu heb ik rugpijn", Level.URGENT),
    ("hoe vaak mag ik mijn rug masseren? geen koorts", Level.NONE),
    ("Kreuzschmerzen, und ich kann seit gestern Abend nicht mehr richtig pinkeln", Level.EMERGENCY),
])
def test_more_languages_and_word_orders(text: str, expected: Level) -> None:
    assert level(text) is expected
