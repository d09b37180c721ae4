"""Round 9's recall kinds, from the writers of rural Irish and Welsh, South Asian, US Southern, African and Caribbean
and non-native English: signs told in constructions the rules had not met (our own wordings, none from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

#: The day these messages are read on.
TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


@pytest.mark.parametrize("text", [
    # A vehicle that skidded, spun or swerved at speed or into something; control of it lost.
    "the van skidded into a ditch on the way home and now my lower back is killing me",
    "we skidded at speed on the wet motorway, my back has hurt since",
    "my car spun into the barrier yesterday, back aching today",
    "I lost control of the scooter on a bend, my back is sore",
    # Collided, said of the vehicle.
    "our minibus collided with a lorry last night, my back is very painful",
    # Struck by a vehicle, said passively with a lay verb: clipped, bumped, side-swiped.
    "got bumped by a taxi while crossing, lower back hurts a lot",
    "I was side-swiped by a pickup on my bicycle, my spine is aching",
    # A vehicle named in the words of other Englishes: a "moto", a "coaster", a side-by-side rolled.
    "a moto knocked me on the road, my back is paining",
    "the coaster flipped over on the mountain road, my back hurts",
    "rolled our side by side in the creek, back real sore",
    # A vehicle that went into a skid; knocked by a vehicle, said passively.
    "the scooter went into a skid at speed on the wet road, my back is very sore",
    "got knocked by an auto rickshaw near the market, my back is hurting",
    # A fall said to be hard, with the place between: "fell in the kitchen hard on the tiles".
    "my mother fell in the kitchen hard on the tiles and her back is very sore",
])
def test_vehicle_accidents_and_hard_falls_in_other_words_are_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "my car skidded a little on the wet road, my back is stiff from driving",
    "my foot slid into the gap between the boards and my back twinged",
    "we collided in the corridor at work, my back is a bit sore",
    "the ball spun into my back during the match, just a bruise",
    "fell asleep on the sofa hard on my side and my back is stiff",
])
def test_vehicle_and_fall_look_alikes_stay_below_emergency(text: str) -> None:
    assert level(text) is not Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # "wanna" with its "to" left out.
    "my back pain is that bad i dont wanna be alive no more",
    # Thoughts of harm said as a noun.
    "I keep having thoughts of harming myself since the back pain began",
    # A way to die said in a non-native construction: "think to jump".
    "with this pain I think to jump off the bridge sometimes",
    # Pills taken in bulk on purpose.
    "swallowed a handful of my tablets deliberately last night because of my back",
    # Thinking about harm; feeling like jumping; a whole box of pills on purpose.
    "I keep thinking about harming myself, the back pain never stops",
    "some days I feel like throwing myself off the flyover, this back pain is endless",
    "I swallowed the whole strip of painkillers on purpose last night",
    # Harm done to cope: "I burn myself when it gets too much".
    "sometimes i burn myself when the pain gets too much",
])
def test_self_harm_in_other_constructions_is_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "I took my pills on purpose before bed so the back pain would let me sleep",
    "my kids want to jump off the roof of the shed into the pool, my back hurts from watching them",
    "sometimes i cut myself on the sharp edge of the desk, my back is sore too",
    "we are thinking to jump from the diving board at the lake, is that ok for my back",
    "I was thinking about hurting myself less at the gym by using lighter weights, my back is sore",
    "got knocked by a football at the park and my back is a bit sore",
    "I feel like jumping off the diving board into the pool but my back is stiff",
])
def test_self_harm_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # "sensation" for "feeling", with "down there".
    "there is no sensation down there since yesterday and my lower back is agony",
    # A negation inside a simile ("a chair that isn't there") does not deny the sign after it.
    "feels like my seat isn't there, no feeling round my bum and the insides of my legs",
    # "eggs" for the testicles.
    "pins and needles in my eggs since this morning, back really hurts",
    # The "g" of "-ing" dropped: "leakin", "wettin".
    "my back's been bad and i been wettin myself without noticin",
    # Passing it in bed, said with "made" and a word from another language.
    "last night I made pipi in the bed and did not wake, my back is very painful",
    # Pressing the belly to pass urine; only drops coming.
    "I must push on my stomach to pee since my back went",
    "my back is bad and when I try to wee only a few drops come",
])
def test_saddle_and_bladder_signs_in_other_words_are_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "I had eggs for breakfast and my fingers are numb from the cold, my back is stiff",
    "I use eye drops every day and only a few drops, my back is a bit sore",
    "the baby made poo in the bath, my back hurts from bending over",
])
def test_saddle_and_bladder_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A teenager's own back pain that began lately, not said to have come before.
    "im 16 and my lower back has been sore for about a week",
    "I am 14, my back started hurting at school this month",
    # An age said with "have", as Spanish and Portuguese speakers say it, is an age and not the pain's length.
    "I have 61 years and this is the first time my back hurts like this, since 5 days",
    # Another person's first back pain over 50, told as "no problems until".
    "my mum is 72 and had no trouble with her back till last week, now it really hurts",
])
def test_age_of_onset_in_other_words_is_urgent(text: str) -> None:
    assert level(text) is Level.URGENT, text


@pytest.mark.parametrize("text", [
    "im 19 and my back is sore since saturday, same as every season",
    "im 17 and my back hurts again, it comes and goes since I was a kid",
    "my dad is 58 and had back problems in his thirties, I am asking for my own shoulder",
])
def test_a_teenagers_recurring_pain_or_an_old_history_is_not_age_onset(text: str) -> None:
    assert "age-onset" not in assess(text, today=TODAY).signs, text


def test_a_length_said_with_have_of_the_pain_stays_chronic() -> None:
    assert level("I have 15 years of back pain, what massage helps") is Level.CHRONIC


@pytest.mark.parametrize("text", [
    # Weight lost, with the intent denied after it ("not trying to lose weight" is no plan to lose it).
    "my jeans have got loose, and I'm not trying to lose weight, and my back has ached for a fortnight",
    "everyone says I've thinned down though I'm not on a diet, and my lower back hurts",
    # Woken on several nights, the count said between.
    "I have been woken two nights running by the pain in my lower back",
    # Woken every night "because of my back"; out of bed at night to walk it off.
    "I've woken every night this week because of my back",
    "most nights I must get out of bed and walk around because of the pain in my back",
    # Shirts and tops hanging loose, as well as jeans.
    "my shirts have got really loose on me though I eat like always, and my back aches",
    # A cancer survivor is a history, not a star sign.
    "I'm a cancer survivor and my back has started aching this week",
    # A lump said as a thing that grows there.
    "there is something like a marble growing under the skin on my lower back, my back aches",
])
def test_urgent_signs_in_other_words_are_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "I am trying to lose weight and my clothes are loose now, my back hurts from the gym",
    "I have slimmed down since I started dieting and my back is a bit sore",
    "I'm a cancer, typical crab, and my back aches after gardening",
    "we stayed up three nights watching films and my back is stiff from the sofa",
    "I get up at night to let the dog out and my back is sore in the morning",
    "I like my shirts loose fit, my back aches after the gym",
    "roll a massage ball along your back while the muscles are growing stronger",
])
def test_urgent_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A holiday said bare after the back, as Americans do: "pulled my back Fourth of July weekend" (five months).
    "I pulled my back fourth of july weekend and it is still sore every single day",
    # Semana Santa (Holy Week) is the week before Easter.
    "since Semana Santa my lower back hurts, every day",
    # "from when the year started", in Pidgin and elsewhere.
    "my waist don dey pain me since when the year start",
    # "bugged" is a complaint.
    "my back has bugged me since the spring",
    # An ending dated to its time ("cleared back then") does not end a pain said to go on "ever since".
    "ever since the crash in 2021 my back has ached, the hospital discharged me and I healed then",
    # A frequency is not a length: "every few weeks" beside "for three years".
    "every couple of weeks my back locks, this goes on for four years",
])
def test_durations_in_other_words_are_chronic(text: str) -> None:
    assert level(text) >= Level.CHRONIC, text


@pytest.mark.parametrize("text", [
    "I put my back christmas tree up yesterday and my back hurts a little",
    "had sciatica in 2019 but totally fine since then, just want to know about foam rollers",
    "my back was sore in 2020 but it cleared up then, how do I stretch",
])
def test_duration_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "control of my bowels has gone back to normal now, just the back is stiff",
    "my bladder went back to normal after the antibiotics, the back still aches a little",
])
def test_control_gone_back_to_normal_is_no_loss(text: str) -> None:
    assert level(text) is not Level.EMERGENCY, text


def test_control_gone_is_still_a_loss() -> None:
    assert level("my bladder control has gone, back pain is terrible") is Level.EMERGENCY


@pytest.mark.parametrize("text", [
    # A what-if whose sign is said to be there at this very moment.
    "what if both my legs are tingling and weak right now, is that bad",
    # The leg named in the writer's first language ("ma" is the French "my", not "Ma").
    "ma jambe droite is numb since two days and my back hurts",
    "mi pierna izquierda keeps giving way, and my lower back is very painful",
])
def test_signs_said_now_or_half_in_another_language_count(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "what if my legs went numb one day, would that be serious? mine are fine",
    "my ma is 80 and she loves a back rub",
])
def test_a_supposition_or_a_mother_stays_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # Exam seasons people date by, said with a possessive: board exams (February), GCSEs and A-levels (May).
    "my daughter's back has hurt since her board exams, she sits hunched all day",
    "ever since my GCSEs my lower back has ached, I'm at college now",
])
def test_exam_seasons_date_a_start(text: str) -> None:
    assert level(text) >= Level.CHRONIC, text


def test_an_exam_season_dated_otherwise_is_not_its_table_date() -> None:
    assert level("my back started hurting during my board exams last week, sitting so long") is not Level.CHRONIC


# Round 9's fixes of the recall pass's false alarms, kind by kind: each look-alike below must stay below its flag, and
# the real sign of the same kind beside it must still fire (our own wordings).
@pytest.mark.parametrize("text", [
    # Things named like vehicles: a drinks coaster, trolleys and carts pushed, a toy car, a car park barrier.
    "I flipped the drinks coaster over to write on it and my back cracked when I leant forward",
    "we rolled the supermarket trolleys back into the bay and my lower back feels tight",
    "rolled the wheelbarrow cart along the path all morning, back a bit achy",
    "my nephew's toy car spun into the skirting board and I strained my back reaching under the sofa",
    "lost control of the hand cart on the ramp at work, my back twinged holding it",
    "we lost control of the car park barrier arm in the wind, my back hurts from holding it",
    # A part of the body collides with a thing.
    "my head collided with the cupboard door while I was bending, back is fine",
    # A light bump by a person or a bag.
    "got bumped by a man with a rucksack on the tube, back is just stiff from sitting",
    "knocked by a lady's shopping bag in the queue, my back is a bit stiff from standing",
    # A sled ride said to be fun.
    "the toboggan spun into a drift with the kids on it, they laughed all the way, my back aches from dragging it up",
])
def test_things_and_light_bumps_are_no_vehicle_accident(text: str) -> None:
    assert "serious-accident" not in assess(text, today=TODAY).signs, text


@pytest.mark.parametrize("text", [
    "we rolled the jeep down the bank on the farm road, my back is agony",
    "flipped the quad on the hill yesterday and my back is killing me",
    "the matatu skidded into a ditch at speed, my back hurts badly",
    "lost control of the motorbike on the gravel, my back is very sore",
    "the van collided with a tractor on the lane, my back hurts",
    "got bumped by a lorry at the junction, back agony since",
    "knocked by a bus while crossing, lower back really sore",
    "got knocked over by someone on a bike and landed on my back, it really hurts",
    "the toboggan spun into a tree at speed and my back is in agony",
    # A modifier of a real vehicle is no thing: a drink driver, a garden tractor, a food truck.
    "hit by a drink driver on the way home, my back is agony",
    "we rolled the garden tractor on the slope, my back is killing me",
    "a food truck skidded into us at speed, my back hurts",
])
def test_vehicle_accidents_beside_the_look_alikes_are_still_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # Everyday senses: slack, burnout, a fear of an injury, getting off a vehicle early, burns from chores.
    "I need to start cutting myself a bit of slack with the stretches, my back is stiff",
    "the fear of hurting myself again puts me off the gym, my back is sore",
    "I keep burning myself out at work and my back is stiff from the desk",
    "I might jump off the tram a stop early to walk more, is that good for my back",
    "I'm going to jump out of the van at the lay-by to stretch my back on the long run",
    "sometimes I burn myself when I use the heat pad on my back, it gets too hot",
    "I often cut myself when I chop onions, my back is sore from standing at the counter",
])
def test_self_harm_words_in_everyday_senses_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "i keep thinking about cutting myself again, the back pain is unbearable",
    "I'm thinking to jump in front of the train, this back pain never ends",
    "I want to jump out of a moving car, this back pain is endless",
    "sometimes i cut myself when i feel low because of the pain",
    "I burn myself when things get too much with my back",
])
def test_self_harm_beside_the_everyday_senses_is_still_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # A thing growing in a place, clothes or hair said to shrink or thin, years of a trade, a pain that comes daily.
    "there's something growing in the back yard by the shed, my back aches from digging",
    "a thing grew on the back wall of the shed, I hurt my back scrubbing it",
    "my cotton shirt shrank in the tumble dryer, not dieting at all, back sore from ironing",
    "my eyebrows have thinned, not trying to pluck them, my back aches after cleaning",
    "I have 20 years experience as a builder and my back started hurting this week from lifting",
    "my wife has 30 years service in the NHS and her back started hurting on monday",
    "I'm 14, my back is a bit sore since the weekend, it happens often after football",
    "I'm 67 and have no pain until the afternoon, then my back is stiff after the garden, as usual",
    "I'm 72, no trouble until I stand for an hour, then it's stiff like it always is",
    # An exam season a supervisor stands through; a past pain over, "still" said of something else.
    "I'm a supervisor and my back aches standing at the A-level exams, any stretch between papers",
    "I had a bad back for 6 months in 2021, it settled at the time and I still cycle to work",
    # A supposition said to be one; "bein" for "being"; a cancer patient's relative.
    "if I lost feeling in both legs right now on the motorway what would I do? just in case",
    "sorry for english, my neck bein stiff and i feel tired after a cold",
    "I'm a cancer patient's daughter and my back started hurting from lifting her this week",
])
def test_recall_look_alikes_of_urgent_and_chronic_signs_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize(("text", "want"), [
    ("there's a hard thing growing on my lower back and it's getting bigger", Level.URGENT),
    ("something has come up near my spine, a hard bump, it's new", Level.URGENT),
    ("I've shrunk and I'm not dieting, my back aches at night", Level.URGENT),
    ("I have 58 years, my back started hurting last week for the first time", Level.URGENT),
    ("im 15 and my back has hurt for a week", Level.URGENT),
    ("I'm 63 and had no back problems until I lifted the wardrobe last week", Level.URGENT),
    ("I'm 58 and had no pain until this month, now my back really hurts", Level.URGENT),
    ("mein linkes bein is going weak and numb since yesterday, my back hurts", Level.URGENT),
    ("I'm a cancer survivor and my back pain started last week", Level.URGENT),
    # Years said with "have" of the pain itself are its length, not an age.
    ("my husband has 22 years bad back, what exercises help", Level.CHRONIC),
    ("I have 30 years suffering with my lower back, is yoga ok", Level.CHRONIC),
    ("I have 17 years sciatica down my left leg", Level.CHRONIC),
    ("my back has been sore since the GCSE exams, I sat hunched for weeks", Level.CHRONIC),
    ("my back was bad for 6 months after the fall in 2022, it healed at the time but it still hurts when I lift",
     Level.CHRONIC),
    ("if I lost feeling in both legs right now what should I do, it's happening as I type", Level.EMERGENCY),
])
def test_real_signs_beside_the_recall_look_alikes_still_fire(text: str, want: Level) -> None:
    assert level(text) is want, text


@pytest.mark.parametrize("text", [
    # Clothes hung up, new, or bought in the wrong size are no weight lost.
    "my blouses are hanging out on the airer and my back aches from bending to the basket",
    "my new jeans are too big, I ordered the wrong size, and my back is sore from the sofa",
    # One exam on a day is not the exam season.
    "my back went stiff during my A-level chemistry paper today, the chairs were awful",
    # A buggy pushed over a kerb; sleeping pills taken so as not to wake at night; a bin clipped, not a person.
    "pushed and rolled the pram over the step and my back twinged",
    "I take my sleeping tablets to not wake up at 4am, and my back is stiff in the morning",
    "a delivery van clipped our garden fence, my back hurts from fixing it",
    # A thing dropped onto a foot; "went straight on to" do something else.
    "the toddler dropped her cup right on my toe, and bending for it my back twinged",
    "the sale ended, so I went straight on to the next shop, my back aches from walking",
    # A teenager's old injury flaring again is not a first pain.
    "I'm 15 and my old football strain in my back is flaring up since monday",
])
def test_more_recall_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize(("text", "want"), [
    ("my trousers are hanging off me and I'm not dieting, my back aches", Level.URGENT),
    ("my back has hurt since my A-levels", Level.CHRONIC),
    ("i took all my pills to not wake up, my back pain is too much", Level.EMERGENCY),
    ("a lorry clipped our car on the bypass and my back really hurts", Level.EMERGENCY),
    ("my gran dropped right onto the kitchen floor and hurt her back", Level.EMERGENCY),
])
def test_real_signs_beside_the_more_look_alikes_still_fire(text: str, want: Level) -> None:
    assert level(text) is want, text
