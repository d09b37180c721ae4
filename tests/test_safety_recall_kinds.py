"""Round 8's recall kinds: signs the rules had found and then lost to a denial, a frame or an ending said beside them,
and signs told in wordings they had not met (our own wordings, none copied from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.safety import Level, assess

#: The day these messages are read on.
TODAY = dt.date(2026, 12, 1)


def level(text: str) -> Level:
    return assess(text, today=TODAY).level


@pytest.mark.parametrize("text", [
    # A denial ends at a turn to what is there: "no X, just Y".
    "no fever or anything, just both my legs gone numb since lunch",
    "nothing serious I hope - only I can't feel my bottom when I wipe",
    "no injury to speak of, only both feet have gone dead since the weekend",
    "not much pain really, just numb round my back passage",
    # A frame ("red flags", "warning signs") does not reach past a comma and "just my ...".
    "no warning signs as far as I know, just my legs both weak and tingly",
    # Passed without knowing is the sign, not its denial.
    "I'm peeing without noticing, I only find out when my jeans are damp, back's bad",
    # "passed" is an ending only in its other senses: not "passed motions in my trousers".
    "my dad passed motions in his trousers today and his back is agony",
])
def test_signs_beside_a_denial_or_a_frame_stay_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "no numbness, just a stiff lower back",
    "I don't have any tingling, only an ache",
    "not numb at all, just sore after the gym",
    "what are the warning signs, just curious, my back aches a bit",
])
def test_a_denial_without_a_sign_after_its_turn_stays_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A fall that lands on hard ground, "on" said plainly.
    "went over on the ice and fell on the concrete steps outside work, back is sore",
    "my son fell on the paving slabs at school and his back hurts",
    "came down on the edge of the bath, lower back aches",
    "lost my footing and landed on my tailbone on the flagstones",
    # A fall seen on the news is not had; a faint and a fall after it are, across the turn.
    "saw the pile-up on the news, then I blacked out and fell down the stairs",
])
def test_a_fall_onto_hard_ground_is_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # Older people named without an age.
    "my grandma slipped in the bathroom last night and her back is aching",
    "our elderly neighbour tripped over a step and now her back hurts",
    "my great-grandad had a fall in the garden and says his back is sore",
    # Landing on oneself is a fall told.
    "I'm 81 and landed flat on my back in the hallway, it hurts",
])
def test_an_older_persons_fall_named_without_an_age_is_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "dropped a bag of potatoes on my foot, back a bit stiff from carrying it",
    "tripped on the kerb but caught myself, back slightly stiff",
    "my grandma fell asleep in the car and her back is stiff",
    "my nan worries about falling, her back aches in the cold",
    "the kilos fell off him once he took up running, his back is a bit stiff",
    "on the telly a stuntman fell off a building, my back is a bit stiff",
])
def test_look_alikes_of_falls_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A loss of bladder or bowel control is not undone by an ending said after it.
    "had no control over my bowels on Saturday, it seems to have settled, lower back still bad",
    "I wet myself without realising twice this week, fine today though, back aches",
])
def test_a_loss_of_control_said_to_be_over_is_still_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


def test_a_loss_of_control_long_past_and_over_is_not() -> None:
    assert level("back in 2012 I had a few leaks after my first baby, all fixed with physio, my back aches now") \
        is Level.NONE


@pytest.mark.parametrize("text", [
    # Steroid tablets beside a steroid inhaler or cream: the tablets count.
    "I take prednisolone tablets and a steroid puffer for my asthma, my back is sore",
    "on dexamethasone plus steroid eye drops at the moment, lower back aching",
    # Weight lost, told in more ways.
    "the pounds have just melted away this autumn and my back aches, I'm eating normally",
    "I've lost about eight kilograms since July without trying and my back aches",
    "dropped 6 kilos since the summer and I wasn't trying to, my upper back aches",
    "I've lost my appetite and nearly a stone since September, back aching",
])
def test_urgent_kinds(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "my steroid inhaler is fine, back sore after lifting",
    "I lost 6 kilos on purpose with the gym, my back aches after deadlifts",
    "I lost my keys and my temper this morning, back sore from the bus",
])
def test_urgent_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A blow of a bat, a stick or a club to the back, or a hit said of the lower back.
    "took a whack from a baseball bat across the small of my back, it's agony",
    "he was clobbered with a hockey stick at the match and his back is swollen",
    "got belted right in the lower back during the game and it's really sore",
    # "by accident" is no crash, but the blow or the fall beside it still is.
    "my brother let a bag of cement drop on my back by accident, it really hurts",
    "accidentally went head first down the cellar steps, my back is killing me",
])
def test_blows_and_accidents_said_by_accident_are_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "twisted my back by accident reaching for the remote",
    "a happy accident: I found a stretch that helps my back",
    "I bat at number four for the club, back stiff after nets",
    "my toddler hit me with her toy, back a bit sore from carrying her",
])
def test_blow_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "my 13yo daughter is complaining of back ache, never had it before",
    "my nephew is 16 and keeps moaning about back pain, he's never had any before",
])
def test_a_young_persons_first_back_pain_told_by_another_is_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    # The passing not felt.
    "I can't really feel it when I wee now and my lower back is bad",
    "since my back went I don't notice the pee coming out",
    # Nigerian Pidgin "don die" (gone dead) of the seat or the legs.
    "my yansh don die since yesterday and my back dey pain me",
    "my two leg don die, waist dey pain me well well",
])
def test_numbness_and_passing_unfelt_are_emergencies(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize(("text", "want"), [
    # Injecting, the subject left out.
    ("used to inject, clean now mostly, and my back's been agony this week", Level.URGENT),
    ("my brother's back is killing him and he's sweaty, still injects now and then", Level.URGENT),
    # A fever mistyped.
    ("sore back and a fevor since yesterday", Level.URGENT),
    # Conditions by their capitals before a word of the condition, or misspelt.
    ("PsA flare again, lower back stiff", Level.CHRONIC),
    ("I've got scoliousis and my back aches", Level.CHRONIC),
    ("my arthritus in my spine is playing up", Level.CHRONIC),
])
def test_kinds_said_in_short(text: str, want: Level) -> None:
    assert level(text) >= want, text


@pytest.mark.parametrize("text", [
    "I don't notice it when I go to work, my back's only stiff at weekends",
    "I'm a nurse, I inject patients with antibiotics all shift, back sore from bending",
    "injecting the sheep all morning on the farm, back is sore",
    "AS soon as I sit down my back feels better",
])
def test_look_alikes_said_in_short_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # A thing's age is not the person's; a night spent at something is no night pain.
    "the sofa is only 2 years old and my back aches after sitting on it",
    "our bed's about 4 years old, is that why my back is stiff?",
    "binge-watched the whole series all night, back stiff this morning",
    "played Fortnite with my mates all night and my back is sore",
])
def test_things_ages_and_nights_up_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


def test_a_childs_age_still_counts() -> None:
    assert level("my 3 year old has been complaining of back pain since Sunday") >= Level.URGENT


@pytest.mark.parametrize("text", [
    # Events of a country's past and days of its year that people date a pain by.
    "my back's been bad ever since Brexit, honestly",
    "dad's had back trouble since the miners' strike",
    "lower back aching since Crop Over and it won't settle",
    "back has been sore since Kadooment Day",
    # "a good while" beside a start, as a bare reply.
    "been a while now, since last spring",
])
def test_dated_events_and_bare_replies_are_long_lasting(text: str) -> None:
    assert level(text) >= Level.CHRONIC, text


@pytest.mark.parametrize(("text", "want"), [
    # A first back pain at a young or an older age, or a child's, in the languages the lexicons read.
    ("mi hijo tiene 9 años y le duele la espalda", Level.URGENT),
    ("ho 72 anni ed è la prima volta che ho mal di schiena", Level.URGENT),
    ("j'ai 17 ans et c'est la première fois que j'ai mal au dos", Level.URGENT),
    ("tenho 55 anos e nunca tive dor nas costas assim", Level.URGENT),
    ("meri maa 68 saal ki hain aur pehli baar kamar mein dard hai", Level.URGENT),
    # Osteoporosis with a fall.
    ("tengo osteoporosis y me caí en la cocina, me duele la espalda", Level.URGENT),
    ("ich habe Osteoporose und bin gestern gestürzt, jetzt Rückenschmerzen", Level.URGENT),
    # Night pain, chest pain with an adjective, lengths and starts.
    ("boli mnie kręgosłup i budzi mnie co noc", Level.URGENT),
    ("mal au dos et une douleur forte dans la poitrine", Level.EMERGENCY),
    ("bolą mnie plecy już od kilku miesięcy", Level.CHRONIC),
    ("bolą mnie plecy od zimy", Level.CHRONIC),
    # Afrikaans beside the Dutch lexicon; Malay.
    ("my rug is seer en my boude voel gevoelloos", Level.EMERGENCY),
    ("dua belah kaki saya kebas, sakit pinggang sejak semalam", Level.EMERGENCY),
    ("sakit belakang dah lima bulan", Level.CHRONIC),
    ("sakit belakang dan demam sejak semalam", Level.URGENT),
])
def test_other_languages(text: str, want: Level) -> None:
    assert level(text) >= want, text
    if want is Level.EMERGENCY:
        assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "sakit belakang sikit, tak demam",
    "ho 35 anni e mal di schiena da tre giorni",
    "tengo osteoporosis y miedo de caerme, ¿puedo hacer masajes?",
    "bolą mnie plecy od wczoraj",
])
def test_other_languages_look_alikes(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    # The pain named right after a length, a job's length before it.
    "twenty years on the buses and twelve years of back pain from it",
    # Told it would settle, and it has not, with a start.
    "the physio said it would ease off but it hasn't, it's been like this since July",
])
def test_lengths_of_the_pain_told_beside_other_things(text: str) -> None:
    assert level(text) >= Level.CHRONIC, text


def test_a_jobs_length_alone_stays_none() -> None:
    assert level("25 years of plumbing, back sore since yesterday from under a sink") is Level.NONE


def test_weather_or_a_thing_landing_on_hard_ground_is_no_fall() -> None:
    assert level("the snow fell on the stone steps, my back aches from shovelling it") is Level.NONE


# --- the review of the recall commits: each kind tightened, its gains kept ------------------------------------------


@pytest.mark.parametrize("text", [
    # The pain told after "all night" makes a night sat up night pain.
    "sat up all night because my back was killing me, lying down makes it worse",
    "stayed up all night in agony with my lower back, can't lie down",
    "I sat up all night with the pain in my back, it's worse lying flat",
])
def test_a_night_sat_up_with_the_pain_is_night_pain(text: str) -> None:
    assert level(text) >= Level.URGENT, text


def test_a_night_sat_up_at_a_game_is_still_no_night_pain() -> None:
    assert level("stayed up all night gaming and my back is a bit stiff") is Level.NONE


@pytest.mark.parametrize("text", [
    # A thing falls or lands, not a person.
    "our plane landed on the tarmac and my back was stiff from the seat",
    "my phone case fell on the pavement and I bent to get it, back twinged",
    "the ball came down on the cobbles and I stretched for it, back sore",
    "the pain came down my leg while I was on the steps, is it sciatica?",
    # Nearly fell; down on one knee is no fall.
    "I almost fell on the stairs but caught the banister, pulled something in my back",
    "went down on one knee on the tiled floor to tie a shoe and my back twinged",
    # Told as harmless.
    "my little boy fell on the steps at the park, he's fine, but my back aches from lifting him",
])
def test_look_alikes_of_a_fall_on_hard_ground_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "I slipped and fell hard on the stone steps, landed on my back, it really hurts",
    "grandma fell on the pavement this morning and her back is really bad",
    "my husband fell on the concrete at work and his back is sore",
])
def test_a_persons_fall_on_hard_ground_stays_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # The fall is the writer's, the older person only named; a place, not a person.
    "I tripped on the kerb while pushing my nan's wheelchair, back a bit sore",
    "had a little slip on holiday in Gran Canaria, back slightly stiff",
    "I work at an old people's home and slipped on a wet floor, back aches a bit",
    "I look after old folks all day and I tripped on a rug yesterday, back is sore",
])
def test_an_older_person_named_beside_the_writers_fall_stays_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "my nan slipped in the bathroom yesterday and now her back hurts",
    "Grandad is staying with us and he fell yesterday, his back is sore",
])
def test_an_older_persons_own_fall_stays_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    # A bat, a club or a hammer swung at a ball or a nail, not at a person; a toy; the back garden.
    "my lower back twinges whenever I hit the ball with my driver club",
    "struck the ball with a hockey stick all session and my back is tight",
    "hit the shuttle with the racket for two hours, lower back stiff",
    "knocked fence posts in with a mallet all weekend, my back aches",
    "my son hit me with a foam bat in the back, but my back is sore from lifting him",
    "gave the soil a whack with the spade in the back garden, lower back tight",
    # An accidental knock is a small one.
    "I accidentally bumped my back on the door handle, it's a bit tender",
])
def test_a_blow_without_a_person_struck_stays_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "some lad hit my brother with a baseball bat across his back last night",
    "got whacked with a hurley across the lower back at training",
    "a whack from a cricket bat in the back, it's agony",
    "I accidentally fell down the stairs, my back hurts",
    "dropped a plate on my back by accident, it really hurts",
])
def test_a_blow_to_a_person_or_an_accidental_fall_stays_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # A stone dropped, not a stone of weight.
    "I dropped a stone on my toe in the garden, my back aches from limping",
    "dropped a stone slab while building the patio, back sore",
    "shed a stone of old paperbacks from the loft and my back hurt carrying them",
    # A minor loss with a passing cause, cleared.
    "had a tummy bug last week and didn't make it to the loo once, all cleared up now, back stiff",
    "had trouble weeing with a water infection last month, cleared with antibiotics, back aches",
])
def test_a_dropped_stone_or_a_cleared_minor_loss_stays_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "couldn't control my bladder for two days, it's better now but my back is bad",
    "I've lost a stone since September without trying and my back aches",
])
def test_a_loss_of_control_or_of_weight_still_counts(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    # "Don't feel anything when I pee" is no pain; injecting a medicine, or a clinician injecting.
    "no stinging, I don't feel anything when I pee, my back is just sore",
    "I don't notice anything when I wee, no blood, the back pain is muscular",
    "I have MS, inject Avonex once a week, my back aches after sitting",
    "the nurse used to inject my shoulder with cortisone years ago, now my back is just stiff",
    # "back" as a way, not the condition's back.
    "I work as an RA back at college and my lower back aches from the chair",
])
def test_passing_unfelt_and_injecting_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "I can't feel it when I pee anymore and my back hurts",
    "since my back went I don't notice the pee coming out",
])
def test_passing_unfelt_stays_an_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    # A parent carrying the child: the child's age, the parent's pain.
    "My back hurts from lifting my 4 year old son in and out of the car",
    "Me duele la espalda de llevar en brazos a mi hijo de 2 años",
    "Je porte ma fille de 2 ans toute la journée et j'ai mal au dos",
    "Ich trage meine Tochter, sie ist 3 Jahre alt, jetzt tut mein Rücken weh",
    "Porto in braccio mia figlia di 3 anni e mi fa male la schiena",
    "Carrego minha filha de 3 anos no colo e estou com dor nas costas",
    # An age and a first time that is not the pain's.
    "Tengo 58 años y es la primera vez que voy al fisioterapeuta, me duele la espalda",
    "J'ai 62 ans et c'est la première fois que j'utilise un pistolet de massage, j'ai mal au dos",
    "Ich bin 55 und war noch nie beim Physio, mein Rücken ist verspannt",
    "Ik ben 60 jaar en heb nog nooit een massage gehad, mijn rug is stijf",
    "Main 60 saal ka hoon, pehli baar yoga kar raha hoon, kamar me dard hai",
    "Soy enfermera con 20 años de experiencia y es la primera vez que me duele tanto la espalda",
    # Lengths of something else.
    "Przez wiele lat biegałem, teraz boli mnie plecy od tygodnia",
    "Anak saya dah 3 tahun, sakit belakang sebab dukung dia",
    "Saya mengandung dah 7 bulan, sakit pinggang",
    "Mijn dijen zijn lam van het wandelen en mijn rug doet pijn",
])
def test_lexicon_look_alikes_stay_none(text: str) -> None:
    assert level(text) is Level.NONE, text


@pytest.mark.parametrize("text", [
    "Tengo 16 años y es la primera vez que me duele la espalda",
    "mi hijo de 8 años tiene dolor de espalda",
    "my 8 year old says her back hurts",
    "de binnenkant van mijn dijen voelt gevoelloos en mijn rug doet pijn",
])
def test_lexicon_gains_stay(text: str) -> None:
    assert level(text) >= Level.URGENT, text
