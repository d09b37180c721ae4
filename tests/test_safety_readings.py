"""Safety triage reads what a person means: lengths told without a pain word, questions asked in general,
pain that has ended, and phrases that hold a sign's words but say something else (our own wordings)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

#: The day these messages are read on ("since Feb" = about ten months).
TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


@pytest.mark.parametrize("text", [
    # A start before the pain, the pain running on from it.
    "I came off my bike back in 2020 and my lower back has ached ever since",
    "we had a fall on the ice in 2022 and since then my back has never been right",
    # Months by their short names; "it" for the pain in a back-care chat.
    "it hasn't really gone away since we moved in Jan",
    "still hanging around since the start of Feb, any tips?",
    # A length as a reply, with a few words round it.
    "about a quarter of a year, that's how long it's been",
    "the guts of a year now",
    # Another person's pain that is still going on ("she's had" is now).
    "my mum's had a bad back for about two years, how can I help her",
    # A whole season, or two.
    "my back's been at me for the whole of the summer and into autumn",
    "i've had this ache all through the winter",
    # The writer's own back "like this" for years.
    "years now my back's been like this, ever since the warehouse",
])
def test_lasting_pain_told_without_a_pain_word_is_chronic(text: str) -> None:
    assert level(text) >= Level.CHRONIC


@pytest.mark.parametrize("text", [
    "is it true that numb legs are a sign of something serious? just curious, mine are fine",
    "if I ever lost control of my bladder with back pain, would that be an emergency? I'm fine, only asking",
    "my sister reckons if anyone can't pee with back pain they need A&E, is that right? I'm ok, just wondering",
    "should I see my GP if it doesn't go away?",
])
def test_a_question_about_a_sign_in_general_raises_nothing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text", [
    "I can't feel my legs, is that serious? just asking",
    "numbness between my legs since this morning, is that bad? I feel ok",
    "my legs went numb and I can't pee, is that serious?",
])
def test_a_sign_said_as_ones_own_is_not_made_general_by_a_disclaimer(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "my back was awful for months last year but it's been brilliant since the summer, how often should I massage",
    "had back trouble for ages in the winter but it cleared up by spring, now just a bit stiff from the gym",
])
def test_pain_that_ended_is_not_chronic(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text", [
    "how long should I keep going each session? my arms got tired after twenty minutes yesterday",
    "my nan always said to rest a bad back, is that still the advice?",
    "the arthritis in my fingers makes pressing hard, would a tool help?",
    "my pilates teacher goes on and on about breathing, should I breathe deeply while I massage?",
    "I'm a chronic worrier so a small twinge in my back from yesterday has me fretting",
    "totalled my car in forza three times and then sat gaming all night, now my back aches",
    "almost wet myself laughing at the telly, anyway my back's a bit stiff",
    "my bum went numb on the hard stadium seat but it came back as soon as I stood up, back just a little stiff",
    "i can't reach the middle of my back no matter what i do",
])
def test_phrases_with_a_signs_words_that_say_something_else_raise_nothing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text, expected", [
    ("first time in my 72 years my back has been like this", Level.URGENT),
    ("my dad's lost a lot of weight, not on purpose, and now he's complaining about his back", Level.URGENT),
    ("I lost weight on purpose this year and my back aches after the gym", Level.NONE),
    ("I've been a nurse in my 30 years of work and my back started aching on Monday", Level.NONE),
    # Others' past pain ("my parents had") is history; "she's had" is now.
    ("my parents had bad backs for years, how do I look after mine?", Level.NONE),
    ("she's had back pain for two years, how can I help her", Level.CHRONIC),
])
def test_ages_and_weight_read_as_meant(text: str, expected: Level) -> None:
    assert level(text) is expected


@pytest.mark.parametrize("text, expected", [
    # Dictation slips: "know" as "no", "weight" as "wait".
    ("i don't no when i need the toilet any more and my back is bad", Level.EMERGENCY),
    ("i've been losing wait without trying and my back aches", Level.URGENT),
    # "all over" is everywhere, not over.
    ("shivery and aching all over and my lower back is killing me, could it be flu?", Level.URGENT),
])
def test_slips_and_idioms_do_not_hide_a_sign(text: str, expected: Level) -> None:
    assert level(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("our quad bike flipped over on the field an hour ago and my back is throbbing", Level.EMERGENCY),
    ("i've lost the feeling round my back end, can't tell if i'm on the seat or not, and my low back aches",
     Level.EMERGENCY),
    ("this back ache is new and lying down does nothing for it", Level.URGENT),
    ("my right foot won't come up properly when I walk and my back has been sore since Monday", Level.URGENT),
    ("I had leukaemia as a child and now my back has started aching this week", Level.URGENT),
    ("my husband has a swollen bit come up on his lower back, should I rub it?", Level.URGENT),
    ("former iv drug user, clean for years, but I've got new back pain", Level.URGENT),
    ("our daughter is 16 and her back hurts, she's never had anything like it", Level.URGENT),
])
def test_lay_words_for_signs(text: str, expected: Level) -> None:
    assert level(text) is expected


@pytest.mark.parametrize("text", [
    "legs are dead... leg day yesterday lol, back a bit sore",
    "started a temp job in a kitchen, my back's sore after a week of it",
    "transplanted the tomato seedlings all afternoon and my back is sore",
    "the massage gun shakes my teeth, is it fine on my back?",
    "my brother has had back pain for years, mine only started on Saturday, what can I do?",
])
def test_more_look_alikes_raise_nothing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text", [
    "since my son's wedding in April, never really right",
    "started in July and it's nearly Christmas now",
    "4 months of this, fed up",
    "a quarter of a year lol",
])
def test_a_short_reply_that_opens_with_a_length_is_about_the_back(text: str) -> None:
    assert level(text) >= Level.CHRONIC


@pytest.mark.parametrize("text, expected", [
    ("my dad keeps wetting the bed since his back went and doesn't even wake up", Level.EMERGENCY),
    ("I have to stand and strain for ages before anything will come out, since my back went on Friday",
     Level.EMERGENCY),
    ("tried to go for a wee after my back went this morning and I couldn't, not a drop", Level.EMERGENCY),
    ("on steroid tablets and injections for years for my lungs, and now new back pain", Level.URGENT),
    ("sore back donkey's years. Decades.", Level.CHRONIC),
    ("been this way since planting season", Level.CHRONIC),
])
def test_more_lay_wordings(text: str, expected: Level) -> None:
    assert level(text) >= expected


@pytest.mark.parametrize("text", [
    # A reassurance or a supposition beside a sign told as happening does not make it general.
    "I'm ok in the day but if I cough I leak pee and my bum is numb",
    "Since yesterday if I try to pee nothing comes out. Otherwise I'm fine.",
    "Out of interest, both legs gone numb and weak this morning, should I go to A&E?",
    "The nurse said if I can't pee by tonight to come in, and I still can't pee",
    "I read that if your legs go numb it's serious, both my legs are numb",
    # An ending said before a sign does not reach it; numbness that comes back is not feeling that comes back.
    "My back's been grand for years but this week I wet myself and my legs are numb",
    "The numbness in my bum came back when I walked to the shop, back pain too",
    "My legs went numb but it came back when I moved, now both legs are weak",
    # Look-alikes that do not fit: a teenager wetting the bed with a bad back, legs still weak days after a match.
    "My son wet the bed last night and he's 15 with a bad back",
    "No fever. Both my legs went weak after the match and they are still weak two days later, can barely walk",
    "I had numbness in my groin 5 weeks ago and it's still there",
    "I saw the car crash into my side door this morning and my back is agony",
    "my back hurts and i cnt pee",
])
def test_signs_told_as_happening_stay_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text, expected", [
    ("Hit by a car yesterday, back pain since last spring is now awful", Level.EMERGENCY),
    ("I can't sleep at night with the pain no matter what I do", Level.URGENT),
    ("I'm 80 and fell forwards on the path, my back hurts", Level.URGENT),
])
def test_recent_events_and_night_pain_are_not_explained_away(text: str, expected: Level) -> None:
    assert level(text) >= expected


@pytest.mark.parametrize("text, expected", [
    ("I had a heart attack a few years ago, is massage ok for my back?", Level.NONE),
    ("my mate was joking that he can't feel his legs after the gym lol", Level.NONE),
    ("I think I'm having a heart attack, my chest and back hurt", Level.EMERGENCY),
])
def test_histories_and_jokes_read_as_meant(text: str, expected: Level) -> None:
    assert level(text) is expected


def test_numbness_between_the_legs_is_told_as_the_saddles_alone() -> None:
    found = assess("I've got numbness between my legs since this morning", today=TODAY)
    assert found.level is Level.EMERGENCY and found.signs == ("saddle-numbness",)


# --- session 6: the kinds w19-w22's development rows brought (our own wordings) ----------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # Hinglish words for pain and the lower back; bowel control said as "potty"; wetting the bed unawares.
    ("seene mein dard hai and kamar dard also since 1 hour", Level.EMERGENCY),
    ("chest me dard with back pain, what to do", Level.EMERGENCY),
    ("papa cannot control potty from morning and his kamar is paining", Level.EMERGENCY),
    ("nani passed urine in bed last night and did not realise, she has back pain", Level.EMERGENCY),
    # Legs "not moving properly", in any word order.
    ("my both legs are not moving right since this morning and my back is paining", Level.EMERGENCY),
    # A bladder that does not empty; trying to pee and nothing comes.
    ("since my back went i feel like i've not fully emptied when i go for a wee", Level.EMERGENCY),
    ("been trying to piss for hours and nothing comes, lower back killing me", Level.EMERGENCY),
    # A slipper that one foot loses without feeling it.
    ("my right chappal keeps slipping off and i don't even feel it, back sore too", Level.URGENT),
    # A fever with a number, then a question about something else.
    ("lower back ache plus a fever of 39, fine to have a hot bath?", Level.URGENT),
    # Weight lost "without trying", whatever the person guesses the cause is.
    ("dropped a stone without trying, I put it down to the stress of moving, and now my back aches", Level.URGENT),
    ("my husband has lost a load of weight and is off his food, now his back hurts", Level.URGENT),
    # An age said in text-speak before "pls": a first back pain at 16.
    ("im 16 pls help, first time ever my back hurts like this", Level.URGENT),
])
def test_lay_and_regional_words_for_the_signs(text: str, want: Level) -> None:
    assert level(text) >= want
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    # Lengths as people tell them: regional new years, "since about", "since I was an apprentice", a baby's age.
    "since Puthandu my lower back has been aching",
    "since roughly Valentine's Day, so most of the year, my back",
    "on and off since i was an apprentice, i'm 50 now",
    "my back's been sore since the twins arrived and they're 9 months now",
    # Fragments: "years now" in a message of pieces; "this thing" for the pain; a short spelling of months.
    "years now. lower back. fed up",
    "this thing has been going on for 4 mths, any ideas",
])
def test_lengths_said_as_people_say_them_are_chronic(text: str) -> None:
    assert level(text) >= Level.CHRONIC


@pytest.mark.parametrize("text", [
    # The zodiac, a split "mass age", clothes that shrank, peeing in peace, night shifts.
    "i'm a Cancer so i worry a lot lol, my back is just stiff from the sofa",
    "what's the best way to mass age my lower back?",
    "how do I unshrink a jumper that shrunk in the dryer",
    "can't even wee in peace in this house, back's stiff from hoovering",
    "been on nights all week and my back aches by the end of the shift",
    # An event dated last week or on a weekday.
    "since the office move last week my back's been tight",
    "after the Christmas fair on Saturday my back was sore from standing",
    # "a fever" in a general question.
    "can you massage with a fever?",
    # A slipper lost in a trip is not a foot that drops; clothes and dishwashers are not bladders.
    "i haven't emptied the bins since my back went",
    # A relative's history, then a question about one's own pain.
    "my aunt had leukaemia, does that mean my lower back ache is something bad?",
])
def test_look_alikes_of_session_6_raise_nothing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize(("text", "want"), [
    # w27-w30's kinds: a foot that does not lift, tiptoe lost on one side, medicine that lowers immunity, a fever
    # said in Spanish or as "feverish", a Yiddish word for the bottom, a fall down a flight of steps.
    ("my right foot's not lifting properly when i walk, and my back's sore", Level.URGENT),
    ("can't stand on my toes on the left side since my back went", Level.URGENT),
    ("on tablets that weaken my immune system for my Crohn's, and now new back pain", Level.URGENT),
    ("tengo fiebre and my lower back is killing me", Level.URGENT),
    ("feeling feverish with pain in my back round the kidneys", Level.URGENT),
    ("my tush has gone numb and my back hurts", Level.EMERGENCY),
    ("took a tumble and went straight down the stairs at the station, back is agony", Level.EMERGENCY),
])
def test_signs_in_the_words_of_session_6s_later_writers(text: str, want: Level) -> None:
    assert level(text) >= want
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "since before the school holidays, had it a good while",
    "back probs for yonks",
    "the chiropractor said it's chronic but I stopped seeing him",
    "had backache since I was pregnant with my daughter, she's 3 now",
])
def test_more_lengths_as_people_say_them(text: str) -> None:
    assert level(text) >= Level.CHRONIC


@pytest.mark.parametrize("text", [
    "me mam had osteoporosis. I'm 41 and I've tweaked my back gardening",
    "my yiayia had cancer years ago but she's well now, my back's just stiff from work",
    "I have chronic fatigue syndrome and my back is a bit stiff after the weekend",
    "I went down the steps to the garden and my back twinged a bit",
    "since the Halloween disco on Saturday my back is sore",
])
def test_look_alikes_of_session_6s_later_writers_raise_nothing(text: str) -> None:
    assert level(text) is Level.NONE


#: A fresh-eyes review of session 6's rules found these ways to miss a sign or raise a false alarm; each was fixed by
#: narrowing or taking back the change (our own wordings beside the reviewer's kinds).
@pytest.mark.parametrize(("text", "want"), [
    ("my bottom went numb on the train and it's stayed numb since, back aches", Level.EMERGENCY),
    ("the feeling in my legs its gone and my back is agony", Level.EMERGENCY),
    ("if someone's legs suddenly went numb after a fall, what do I do, it's my husband right now", Level.EMERGENCY),
    ("me and mum are both on steroids long term and my back's suddenly bad", Level.URGENT),
    ("my brother's had back trouble for years, mine's been 5 months and flared yesterday", Level.CHRONIC),
    ("my back is agony on nights, I can't sleep for it", Level.URGENT),
    ("I have fibromyalgia, can I use a foam roller", Level.CHRONIC),
    ("my back hurts from kneeling at church for months now", Level.CHRONIC),
])
def test_what_the_review_found_is_flagged(text: str, want: Level) -> None:
    assert level(text) >= want
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "I went straight down the stairs to answer the door and my back was stiff",
    "still haven't emptied out the garage, back aches from the boxes",
    "my little girl can't control potty yet so lots of lifting, back sore",
    "they say stress lowers your immune system, could that be why my back hurts",
    "lost half a stone since I joined the gym, not trying to show off but my back still aches",
    "I'm feverish with excitement about the wedding, back's a bit stiff",
    "my back started hurting at 20 past 7 this morning",
    "is a foam roller ok for a lump?",
])
def test_what_the_review_found_raises_nothing(text: str) -> None:
    assert level(text) is Level.NONE

@pytest.mark.parametrize("text", [
    "knocked my back falling off the kitchen stool, it's a little sore",
    "slid on the wet decking... no wait, the wet patio, and my back aches a bit",
    "tripped on the rug and fell onto the carpet, back twinges now",
    "went over on the ice outside the shop, landed on my bottom, a bit sore today",
    "I missed a step coming out of the shed and jarred my lower back",
    "the garden chair gave way and broke under me, I fell on the grass and my back is a bit sore",
])
def test_a_minor_fall_is_not_a_serious_accident(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text, expected", [
    # From a height or down the stairs, hard, or hurt badly by it: a serious accident whatever the surface.
    ("went head first down the stairs at my mum's, my back is sore", Level.EMERGENCY),
    ("fell off the loft ladder onto the landing and my back hurts", Level.EMERGENCY),
    ("slipped on the patio and now I can't get up, my back is agony", Level.EMERGENCY),
    ("fell off my chair and cracked my head on the desk, back hurts too", Level.EMERGENCY),
    ("tripped in the garden and my dad is still lying on the ground, he says his back hurts", Level.EMERGENCY),
    ("my gran fell from the stairs this morning and her back is paining", Level.EMERGENCY),
    ("fell off the kitchen table and I think I've broken my wrist, my back hurts as well", Level.EMERGENCY),
    # A minor fall with osteoporosis is urgent.
    ("I've got osteoporosis and I tripped over a toy, now my back hurts", Level.URGENT),
])
def test_a_fall_is_serious_when_it_is_from_a_height_or_hurts_badly(text: str, expected: Level) -> None:
    assert level(text) is expected


@pytest.mark.parametrize("text", [
    "a heavy pain between my shoulder blades and I've come over all clammy and nauseous",
    "pressure between the shoulder blades, my jaw aches too and I feel light-headed",
    "my dad has a burning ache between his shoulder blades and he feels sick, he's gone pale and sweaty",
    "sharp pain between my shoulder blades moving up into my jaw",
])
def test_pain_between_the_shoulder_blades_with_a_heart_attacks_signs_is_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "what's the best way to work on the tight spot between my shoulder blades with a tennis ball?",
    "achy between my shoulder blades after a day hunched over the laptop, any stretches?",
    "the spot between my shoulder blades is sore after rowing, I was out of breath and sweaty but that was the workout",
    "sore between the shoulder blades, which arm should I reach over with, my left arm or right?",
    "my chest is fine, it's just a niggle between my shoulder blades from carrying the toddler",
    "aching between my shoulder blades, I'm sick and tired of it",
])
def test_an_ordinary_ache_between_the_shoulder_blades_raises_nothing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text", [
    # The toilet left unsaid in a message about the back.
    "my lower back seized on Tuesday and now I'm bursting but I just can't go",
    "back's been agony since the weekend and I've been sat there for ages and still can't go",
    "hurt my back at work, since then I keep needing to go but hardly anything happens",
    "sciatica flared up, been trying to go since last night",
    "my back is killing me and when I try I can't get anything out",
])
def test_trouble_peeing_said_without_a_pee_word_is_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "my back's too sore, I really need to go to the dentist but I can't face the drive",
    "lower back ache, I keep trying to go for a swim but it's always too busy",
    "my back hurts and the lawnmower's playing up, I can't get it started",
    "back's stiff and I can't go jogging, what stretches instead?",
    "I'm bursting with questions about my sore back",
    "can't go, the physio's fully booked and my back hurts",
])
def test_going_somewhere_or_starting_something_else_is_not_trouble_peeing(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize("text, expected", [
    ("I have osteoporosis and I'm scared of falling, how do I massage safely?", Level.NONE),
    # "can't go at all", with back pain.
    ("my back is agony and I can't go at all", Level.EMERGENCY),
    ("my back is agony and I can't go at all to the gym now", Level.NONE),
])
def test_osteoporosis_falls_and_not_going_at_all(text: str, expected: Level) -> None:
    assert level(text) is expected


@pytest.mark.parametrize(("text", "want"), [
    ("think I wet myself without realising, back's been bad all week", Level.EMERGENCY),
    ("my left leg feels heavier than the right one now and my back aches", Level.URGENT),
    ("my grandad's 79 and never had a bad back before, now it's sore since Sunday", Level.URGENT),
    ("never had a day's trouble with my back in 76 years and now this", Level.URGENT),
])
def test_first_pain_late_in_life_and_signs_said_plainly(text: str, want: Level) -> None:
    assert level(text) >= want
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    # A fall at 65 or over, with osteoporosis, or onto the floor is at least urgent whatever its words; the review of
    # the falls reading found plain falls of older people read as minor, so these now stay serious accidents.
    "I'm 74 and slipped off the bottom step, my back hurts",
    "osteoporosis, and I slid off the bed onto the floor this morning",
    "my 82 year old mum fell onto the floor last night",
    "my elderly dad slipped on the ice and landed on his back",
    "fell onto the kitchen floor and hit the back of my head, back sore",
    "I fell over on the ice and my back is in so much pain",
])
def test_a_fall_of_someone_at_risk_or_that_hurt_is_at_least_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT


@pytest.mark.parametrize(("text", "want"), [
    # A second review (of the falls, the shoulder blades, the other languages and despair): signs it found missed.
    ("pain between my shoulder blades and I've broken out in a cold sweat, feel faint", Level.EMERGENCY),
    ("no one would notice if I was gone, my back pain is all I have", Level.EMERGENCY),
    ("sometimes I think they'd all be better off if I wasn't around", Level.EMERGENCY),
    ("I just want to fall asleep and never wake up, the pain is too much", Level.EMERGENCY),
])
def test_what_the_second_review_found_is_flagged(text: str, want: Level) -> None:
    assert level(text) is want


@pytest.mark.parametrize("text", [
    # English words that a lexicon of another language holds ("rug", "incontinent", "prednisolone").
    "hurt my back playing rugby, I'm not incontinent and no numbness anywhere",
    "tripped on the rug last night, never taken prednisolone, back's just sore",
])
def test_english_is_not_read_with_another_languages_lexicon(text: str) -> None:
    assert level(text) is Level.NONE


@pytest.mark.parametrize(("text", "want"), [
    # Other languages, as the second review wrote them: falls down the stairs, a phone's curly apostrophe, thoughts
    # of ending one's life (our own wordings beside its kinds).
    ("me caí por la escalera esta mañana y me duele la espalda", Level.EMERGENCY),
    ("je suis tombée dans l’escalier, j’ai mal au dos", Level.EMERGENCY),
    ("bin gestern die Treppe hinuntergestürzt, starke Rückenschmerzen", Level.EMERGENCY),
    ("mio padre è caduto per le scale, ha mal di schiena", Level.EMERGENCY),
    ("mama spadła ze schodów, boli ją plecy", Level.EMERGENCY),
    ("ik ben van de ladder gevallen, mijn rug doet pijn", Level.EMERGENCY),
    ("pienso en quitarme la vida, el dolor de espalda no para", Level.EMERGENCY),
])
def test_other_languages_signs_the_second_review_found(text: str, want: Level) -> None:
    assert level(text) is want


@pytest.mark.parametrize(("text", "want"), [
    ("lower back agony and I just can't seem to go, however hard I try", Level.EMERGENCY),
    ("my back's bad and when I go nothing comes out", Level.EMERGENCY),
    ("when I go to the gym nothing happens to my back pain", Level.NONE),
    ("my back hurts and when I try to stretch nothing happens", Level.NONE),
])
def test_retention_in_a_few_more_words(text: str, want: Level) -> None:
    assert level(text) is want
