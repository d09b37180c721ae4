"""Red flags and long-lasting pain told in kinds of wording the rules had not met: lay words for the anus and the
seat, accidents passed unawares with a word or two between, heavy things landing on the back, shapes "gone
funny", lengths with "for" left out, starts told as an age, and the same signs in a few more languages (our own
wordings, none copied from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

#: The day these messages are read on.
TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


@pytest.mark.parametrize("text", [
    # Passed unawares, a few words between the act and not noticing it.
    "think I pooed a tiny bit and never even noticed, my back is awful",
    "weed a little in the night without realising, lower back in agony",
    "she soiled herself slightly and didn't feel it happen, her back went on Monday",
    # Not in control of when.
    "since my back went I can't control when I need a poo",
    # Numbness of the anus or the seat in lay words.
    "my bumhole has gone numb and my lower back is killing me",
    "pins n needles right around my ring piece, back is agony",
    "the area you sit on feels dead since the back pain started",
    "the bits of me that touch the saddle have no feeling, sore back",
    "when I wipe I can't tell it's even me, back pain since Friday",
    # A stream gone slow, said with "'s gone".
    "my peeing's gone really sluggish since the back pain came on",
    # A heavy thing landing on or swinging into the back.
    "a sack of cement slid off the pallet and landed on my back, it hurts",
    "my spotter let a 60kg bar drop onto my neck, really painful",
    "got walloped by a swinging girder at work, back is agony",
    # A hard hit in sport or a fall at speed.
    "got checked into the boards at ice hockey and my back is really sore",
    "stacked it hard on my mountain bike and my back is in bits",
    # Done in the clothes, as many Englishes say it; the pee stopped or leaking.
    "my mother did toilet in her clothes and did not know, her back is paining",
    "since last night my pee has stopped coming, lower back pain",
    "I keep losing my wee when I stand up since my back went",
    # Both legs as "two leg", "cannot able to", Pidgin "no fit"; the seat numb like after the dentist.
    "I no fit move my two leg since morning and my waist dey pain me",
    "cannot able to feel my two legs, back pain from yesterday",
    "my bottom feels like after the dentist injection, back agony",
])
def test_emergency_kinds(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    # A shape that is new, said plainly.
    "my spine's turned a weird shape over the summer and it aches",
    "my hubby says one hip looks a lot higher than the other lately, back aches",
    # Weight lost, in the grammar of non-native English.
    "my weight reduce 4 kilos since last month and I am not on diet, back pain",
    # A foot that flaps.
    "my right foot flaps on the pavement when I walk, sore back",
    "weight come down 10 pounds in few weeks, not trying, back is aching",
])
def test_urgent_kinds(text: str) -> None:
    assert level(text) >= Level.URGENT


@pytest.mark.parametrize("text", [
    # "for" left out.
    "had this pain years, is massage any good",
    "I've had it months now, lower back",
    # The pain's own age.
    "my back pain is well over 4 months old",
    # The spine's wear said of it.
    "the doctor says my discs are wearing thin, lower back aches",
    # A start as an age, the age now said too.
    "my back's hurt since I was 35, I'm 52 now",
    "I'm 70, it's been aching since I turned sixty",
    "lower back pain from the age of 25, I am 40",
    # "From long time", "since long" (Indian and African English).
    "my back is paining from very long time",
    "suffering with back ache since long",
    # A holiday in another spelling.
    "back has been bad since carnevale",
])
def test_chronic_kinds(text: str) -> None:
    assert level(text) >= Level.CHRONIC


@pytest.mark.parametrize("text", [
    # Look-alikes of the kinds above.
    "a box of books fell on my foot, back a bit stiff from moving",
    "slipped at the bar and fell on my bum, bit sore",
    "I'm out of shape and my back aches after the gym",
    "my back is in good shape these days, just stiff in the mornings",
    "trying to drop 5 kilos before the wedding, back sore from the gym",
    "I wipe down the kitchen counters and my back aches",
    "back's been sore since I was 30 weeks pregnant",
    "I've had it a week, sore lower back",
    "back sore after the carnival parade last weekend",
    "I wouldn't know if it's serious, my back just aches a bit",
    "my toddler did a poo in his pants again, back sore from lifting him",
    "the kitchen tap is leaking water, back sore from crawling under the sink",
    "drove from long distance yesterday and my back is stiff",
    "my baby is 4 months old and my back aches from carrying her",
    "my car tyres are worn and my back aches from the bumpy roads",
])
def test_look_alikes_stay_at_none(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize(("text", "want"), [
    # Long-lasting pain in the languages the lexicons read: a count of months or years, or a holiday counted from
    # today (Christmas 2025 is eleven months before 1 December 2026).
    ("tengo dolor de espalda desde hace tres meses", Level.CHRONIC),
    ("j'ai mal au dos depuis deux ans", Level.CHRONIC),
    ("ho mal di schiena da quattro mesi", Level.CHRONIC),
    ("estou com dor nas costas há cinco anos", Level.CHRONIC),
    ("ich habe seit mehreren Monaten Rückenschmerzen", Level.CHRONIC),
    ("boli mnie kręgosłup od kilku lat", Level.CHRONIC),
    ("ik heb al jaren rugpijn", Level.CHRONIC),
    ("dolor de espalda desde la navidad", Level.CHRONIC),
    # Hinglish, Tagalog and Swahili.
    ("teen saal se kamar mein dard rehta hai", Level.CHRONIC),
    ("kamar dard hai aur tez bukhar bhi hai", Level.URGENT),
    ("papa ki kamar mein dard hai aur dono pair sunn ho gaye", Level.EMERGENCY),
    ("masakit ang likod ko at may lagnat ako", Level.URGENT),
    ("nina maumivu ya mgongo na homa kali", Level.URGENT),
    # Night pain and medicines said in the languages.
    ("me duele la espalda y empeora por la noche", Level.URGENT),
    ("dor nas costas que não melhora com o repouso", Level.URGENT),
    ("biorę encorton od roku i boli mnie kręgosłup", Level.URGENT),
    ("ik heb chemo gehad en nu rugpijn", Level.URGENT),
    # Short words English shares ("me", "de", "la") do not make a message English when the back is named in another
    # language; weak legs, half a year.
    ("me caí de la escalera de casa y me duele la espalda", Level.EMERGENCY),
    ("minhas duas pernas estão fracas e a dor nas costas piorou", Level.EMERGENCY),
    ("ich habe seit einem halben Jahr Rückenschmerzen", Level.CHRONIC),
    # A sign in another language, the back named in English.
    ("nilalagnat ako kagabi pa, tapos my back is aching", Level.URGENT),
])
def test_other_languages(text: str, want: Level) -> None:
    assert level(text) >= want
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    # Short lengths and denials in those languages.
    "me duele la espalda desde hace dos semanas",
    "j'ai mal au dos depuis deux jours",
    "kamar mein dard hai par bukhar nahi hai",
    "kamar mein dard hai, dono pair sunn nahi hain",
    "boli mnie plecy od wczoraj, nie mam gorączki ani drętwienia",
    "dor nas costas desde o carnaval",  # in March the carnival was a month ago
    "il massaggio aiuta con il mal di schiena cronico?",  # a question in general
])
def test_other_languages_look_alikes(text: str) -> None:
    assert assess(text, today=dt.date(2026, 3, 20)).level is Level.NONE
