"""Is a message about backs and self-massage at all?  Back-care anchors, and the cues of another domain.

Most words a person uses are neither: "wardrobe", "handbag", "market" say nothing about the topic,
so a word the knowledge base does not know costs little.  What does mark a message as off-topic is a
word of another domain that gives a shared word its other sense: the *car's* oil, bread *dough*, a
*book's* spine, to back up a *phone*.  The cues are listed by kind (vehicles, cooking, jewellery,
devices and software, home and DIY, animals, plants, sport and the arts, books, shopping, baby gear,
work, trivia, medicines, other body parts), broader than any one wording, and the shared words used in
another sense are told by their neighbours: "back" that is not the body ("back up my files", "the back
seat", "get back into my account", "backing into a space"), "pressure" of blood or tyres, "stretch" of
shoes, wages or the skin's marks, a knee that clicks, lotion for hands, flat feet.

A cue usually weighs little beside a message that is surely about the back (a story's "top shelf"), but
one that stays the subject does not (:func:`standing`): another body part, illness or medicine, an animal
that is what is massaged ("a massage gun for my horse's shoulder"), a chain at the neck.
"""

from __future__ import annotations

#: Words of other domains, by kind.  Kept out: words a back-care story uses ("laptop", "desk", "chair",
#: "car seat" aside, "garden", "gym", "golf", "shoes", "wardrobe", "baby", "wife"), and meals.
_KINDS = {
    "vehicles": "car cars van vans truck trucks lorry bike bikes bicycle motorbike motorcycle scooter engine engines "
                "tyre tyres tire tires windscreen windshield bumper gearbox brake brakes clutch exhaust mileage "
                "petrol diesel garage mechanic parking",
    "cooking": "bread dough pizza pasta noodles chicken wings pork beef steak bacon sausage fish salmon sushi rice "
               "cake cakes cookie cookies biscuit biscuits recipe recipes cook cooked cooking cooker baking fry "
               "frying fried roast roasting oven saucepan salad soup sauce coffee espresso beer wine cocktail "
               "pudding flour butter cheese egg eggs chocolate olive vinegar garlic onion onions potato potatoes "
               "marinade grill barbecue bbq brew",
    "jewellery and clothes": "necklace chain bracelet earring earrings jewellery jewelry pendant jeans shirt shirts "
                             "leather suede dress trousers dryer sweater jumper wool knitting",
    "devices and software": "phone phones iphone android ipad smartphone photos whatsapp backup backups software "
                            "dvd dvds cd cds vinyl "
                            "code coding python postgres postgresql sql database server router wifi printer "
                            "bluetooth email password browser autocorrect bitcoin crypto stocks "
                            "spreadsheet excel website github account accounts login username",
    "home and diy": "carpet rug room rooms lounge chopping cutting board boards ceiling ceilings "
                    "paint painting painted canvas brush patio paving slabs "
                    "builder plumber plumbing sink toilet drill nail nails glue screw screws hammer lamp furniture "
                    "cabinet shelf shelves fridge freezer boiler roof gutter fence hedge topper diffuser "
                    "candle candles curtains blind blinds leak leaks leaking leaky squeaky squeaking repair repairs",
    "animals": "dog dogs puppy cats kitten kittens horse horses pony rabbit hamster bird birds parrot vet pet pets "
               "goat goats sheep lamb pig pigs donkey ferret guinea chickens hen hens mare mares foal stallion gelding "
               "pup pups puppies greyhound labrador spaniel terrier collie",
    "plants": "watering succulent succulents plant plants flower flowers tomato tomatoes seeds lawn weeds weed killer "
              "houseplant cactus tree trees",
    "sport and the arts": "racket racquet football soccer rugby basketball baseball match goal goals trampoline flip "
                          "skate skates skating ski skiing surf surfing chess choir singing sing song songs guitar "
                          "piano violin playlist poem poems poetry novel story plot book books film movie movies "
                          "tv episode strictly concert notes backstroke breaststroke freestyle oboe flute clarinet "
                          "trumpet saxophone trombone harmonica bagpipes instrument",
    "books": "paperback paperbacks hardback hardbacks hardcover bible bibles binding bookbinding",
    "shopping": "refund refunds warranty receipt shipping postage discount voucher "
                "coupon",
    "babies": "cot cots crib cribs pram prams pushchair buggy stroller nappy nappies diaper diapers",
    "work and money": "meeting meetings team membership cancel cv resume interview salon business brand brands "
                      "customers clients invoice tax taxes excuse salary loan mortgage refund refunds "
                      "warranty receipt",
    "trivia and language": "capital translate translation arabic japanese french spanish weather forecast rain "
                           "convert miles km kilometres ounces cup cups price joke jokes cube cubes freeze "
                           "president election",
    "medicines": "acetaminophen tramadol dose doses dosage mg prescription prescriptions inhaler inhalers asthma "
                 "supplement supplements creatine",
    "other body parts": "eyelid eyelids eye eyes tooth teeth toothache hair nails tattoo skin acne dry chapped "
                        "moisturiser moisturizer eczema lips ankle ankles wrist wrists hamstring hamstrings shin "
                        "shins jaw scalp throat stomach tummy",
    "other illnesses": "headache headaches migraine migraines flu influenza covid hangover earache snoring snore "
                       "snores",
}
OFF_DOMAIN = frozenset(w for kind in _KINDS.values() for w in kind.split())
ANIMALS = frozenset(_KINDS["animals"].split())
#: Cue words that stay the subject however sure the back is: an animal's back, a complaint of another part of
#: the body, a medicine ("what painkiller for back pain").
#: Words of the body or of daily life that are a cue only in a sense their neighbours give (see off_domain): "my knee
#: cracks" is about the knee, "knee to chest" is a back stretch; "lotion for dry hands" is skin care.
_SOMETIMES_SUBJECTS = frozenset("knee knees hand hands feet".split())
SUBJECT_CUES = frozenset(w for k in ("animals", "other body parts", "other illnesses", "medicines")
                         for w in _KINDS[k].split()) | _SOMETIMES_SUBJECTS

#: Words of a person's everyday story, by kind: who, when, where, how they feel.  They say nothing about
#: the topic either way ("my mum's back", "since the wedding", "at the depot"), so in the gate a word of
#: these that the knowledge base lacks weighs little, while the subject of a message ("lego", "hinge") does not.
_CONTEXT = {
    "people": "mum mums mom moms mother mothers mam mammy ma dad dads father fathers husband husbands wife wives "
              "partner partners boyfriend girlfriend fiance fiancee son sons daughter daughters grandson granddaughter "
              "grandchildren grandkids grandchild kids kid child children toddler sister sisters brother brothers "
              "cousin cousins aunt auntie uncle nan nana gran granny grandma grandmother grandad grandpa grandfather "
              "friend friends mate mates pal roommate flatmate housemate colleague colleagues coworker coworkers "
              "neighbour neighbor chap bloke guy guys lady ladies man men woman women fella lad lads lass family "
              "folks parents wee one dear pet love hun hon darling sweetie",
    "times": "morning mornings evening evenings night nights afternoon afternoons weekend weekends week weeks month "
             "months year years monday tuesday wednesday thursday friday saturday sunday days hour hours tomorrow "
             "tonight lately christmas xmas easter holiday holidays birthday wedding anniversary summer winter "
             "spring autumn shift shifts lunchtime lunch break earlier later ago since",
    "work": "job jobs career workplace boss teacher teachers tutor",
    "numbers": "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen "
               "couple few several",
    "places": "home house flat driveway kitchen bedroom bathroom stairs upstairs downstairs shop shops supermarket "
              "town village hall centre center hotel ward depot warehouse site factory farm school uni university "
              "college church amazon ebay station stations railway market mall bazaar pharmacy chemist",
    "feelings": "tired busy exhausted worried worry scared nervous anxious bored glad happy lucky mad daft silly "
                "stupid idiot eejit annoyed fed grumpy",
}
CONTEXT = frozenset(w for kind in _CONTEXT.values() for w in kind.split())
#: The times and numbers of a story: a message of only these ("how many weeks are there in a year") asks about time.
TIMES = frozenset(w for kind in ("times", "numbers") for w in _CONTEXT[kind].split())

#: "cat" is the pet except in the cat-cow (or cat-camel) stretch, which the knowledge base names.
_CAT_STRETCH = frozenset("cow cows camel stretch stretches pose".split())
#: "back" before these is a place or a direction, not the body ("the back seat", "a back flip").
_BACK_PLACES = frozenset("button buttons seat seats garden yard window door doors flip flips handspring end office "
                         "story pay payment payments burner road roads into".split())
#: Words before "back into" that make it the body's ("put my back into it", "twisted her lower back into ...").
_BODY_BEFORE = frozenset("my your his her our their the a lower upper mid middle bad sore whole".split())
#: "pressure" after these is not a massage's ("blood pressure", "tyre pressure", "peer pressure").
_PRESSURE_OTHER = frozenset("blood tyre tire water air peer cabin".split())
#: What "stretch" is done to when it is not a body: shoes, clothes, money.
_STRETCHED_THINGS = frozenset("shoe shoes boots boot trainers sneakers heels jumper sweater jeans leggings gloves "
                              "canvas budget paycheck paycheque wages money pennies".split())
#: After "pre workout", a word that makes it the massage's time ("pre workout self massage"), not a product.
_WORKOUT_MASSAGE = frozenset("massage self stretch stretches stretching roll rolling foam warm routine or and".split())
#: A knee that is the subject: "my knee cracks", "my knee is swollen"; not "knee to chest", "with his knee".
_KNEE_DOES = frozenset("is are crack cracks cracking cracked click clicks clicking pops popping hurts hurt hurting "
                       "aches ache aching pain swollen swelling keeps gave injury".split())
_ANIMAL_BODY = frozenset("back backs neck shoulder shoulders spine hip hips leg legs muscles".split())
_OWNER = frozenset("my your his her the their our".split())
#: Skin care: "lotion for dry hands", "hand cream", "hand sanitiser".
_SKIN_STATE = frozenset("dry cracked cracking chapped rough sore peeling".split())
_SKIN_CARE = frozenset("lotion lotions oil oils cream creams moisturiser moisturizer balm".split())

#: "trigger" before these is not a trigger point.
_TRIGGER_OTHER = frozenset("warning warnings happy finger word words list".split())
#: "back up" before these is a copy of data.
_BACKUP_OBJECTS = frozenset("my the your all photos files data phone chats messages computer".split())
#: "stroke" beside these is the illness, not the massage stroke ("signs of a stroke", "had a stroke", "heat stroke").
_STROKE_BEFORE = frozenset("mini heat had having have has after of from".split())
_STROKE_AFTER = frozenset("symptoms symptom signs sign patient patients victim survivor risk unit ward".split())


#: A knee is the subject when the back is not named ("heat or ice for a sore knee"); beside the back, only a knee that
#: does something is (``_KNEE_DOES`` in :func:`off_domain`: "my knee cracks", not "cracks my back with his knee").
_KNEES = frozenset("knee knees".split())
_BACK_ITSELF = frozenset("back backs spine shoulder shoulders neck hip hips lumbar sciatica".split())
#: Cue words that are where the massage is rather than its subject ("thin skin", "dry hands"): never standing.
_SKIN = frozenset("skin dry chapped eczema moisturiser moisturizer acne".split())
_ANIMALS = ANIMALS | {"cat"}
_JEWELLERY = frozenset("necklace chain bracelet earring earrings jewellery jewelry pendant".split())
#: Before an animal, words that make it what is massaged ("a massage gun on the dog", "massage my cat").
_ON_ANIMAL = frozenset("on for massage massaging rub rubbing".split())
#: After an animal, a complaint that is its own ("my horse has a bad back", "the dog is stiff", "our cat's got a limp"):
#: the animal is then the one whose back is asked about.
_ANIMAL_HAS = frozenset("has have is got gets seems keeps".split())
_ANIMAL_COMPLAINT = frozenset("bad sore stiff stiffness pain painful aching achy hurt hurts hurting limp limping lame "
                              "arthritis injured injury".split())


def _animal_complains(ws: list[str] | tuple[str, ...], i: int) -> bool:
    """Return whether the animal at ``i`` has the complaint that follows it ("my horse has a bad back"), and the person
    names no back of their own ("since the dog's bad leg I walk less and my back is stiff" is the person's story)."""
    after = ws[i + 1: i + 6]
    own = any(a in ("my", "me") and b in _ANIMAL_BODY for a, b in zip(ws, ws[1:], strict=False))
    return bool(after) and after[0] in _ANIMAL_HAS and not _ANIMAL_COMPLAINT.isdisjoint(after[1:]) and not own


def standing(ws: list[str] | tuple[str, ...], at: list[int]) -> list[int]:
    """Return the positions among ``at`` (cue words) that stay the message's subject however sure the back is.

    Another body part, illness or medicine always does ("lower back tattoo ideas"); an animal when it is what is
    massaged ("my horse's shoulder", "a massage gun on the dog"), not when it is the story ("the dog's ball").
    """
    out = []
    for i in at:
        w = ws[i]
        if w not in SUBJECT_CUES and w[-1:] == "s" and w[:-1] in _ANIMALS:  # "my pony's neck", written "ponys"
            w = w[:-1]
        if (w not in SUBJECT_CUES and w not in _JEWELLERY) or w in _SKIN:  # "my neck chain is stuck"
            continue
        if w in _ANIMALS and not ((i + 1 < len(ws) and ws[i + 1] in _ANIMAL_BODY)
                                  or _ON_ANIMAL & set(ws[max(i - 3, 0): i]) or _animal_complains(ws, i)):
            continue
        out.append(i)
    return out


def complaining(ws: list[str] | tuple[str, ...], at: list[int]) -> list[int]:
    """Return the positions among ``at`` of animals with a complaint of their own ("my pony has a stiff back")."""
    out = []
    for i in at:
        w = ws[i][:-1] if ws[i] not in _ANIMALS and ws[i][-1:] == "s" else ws[i]
        if w in _ANIMALS and _animal_complains(ws, i):
            out.append(i)
    return out


def _stretches_a_thing(after: list[str]) -> bool:
    """Return whether the words after "stretch" name a thing stretched before any body part ("my new boots")."""
    for w in after:
        if w in _STRETCHED_THINGS:
            return True
        if w in _ANIMAL_BODY:  # "stretch my back in my work boots"
            return False
    return False


def off_domain(ws: list[str]) -> list[int]:
    """Return the positions of the words in ``ws`` that mark another domain (a cue word, or "back" in another sense)."""
    out = [i for i, w in enumerate(ws) if w in OFF_DOMAIN]
    out += [i for i, w in enumerate(ws) if w not in OFF_DOMAIN and w[-1:] == "s" and w[:-1] in ANIMALS]  # "ponys"
    if not _KNEES.isdisjoint(ws) and _BACK_ITSELF.isdisjoint(ws):
        out += [i for i, w in enumerate(ws) if w in _KNEES]
    out += [i for i, w in enumerate(ws) if w == "cat" and (i + 1 == len(ws) or ws[i + 1] not in _CAT_STRETCH)]
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if w == "water" and nxt in ("the", "my", "plants", "lawn", "garden"):  # to water the garden
            out.append(i)
        if nxt in ("stroke", "strokes") and (w in _STROKE_BEFORE or (w == "a" and i and ws[i - 1] in _STROKE_BEFORE)):
            out.append(i + 1)
        if w in ("stroke", "strokes") and nxt in _STROKE_AFTER:
            out.append(i)
        if w == "trigger" and nxt in _TRIGGER_OTHER:  # "a trigger warning", "trigger happy": not a knot
            out.append(i)
        if w == "back" and ((nxt in _BACK_PLACES and (nxt != "into" or not i or ws[i - 1] not in _BODY_BEFORE))
                            or (nxt == "up" and i + 2 < len(ws) and ws[i + 2] in _BACKUP_OBJECTS)):
            out.append(i)
        if w in ("backing", "backed") and nxt in ("up", "into", "out"):  # reversing a car, a copy of files
            out.append(i)
        if nxt == "pressure" and w in _PRESSURE_OTHER:
            out.append(i + 1)
        if w in ("stretch", "stretching") and (nxt in ("marks", "mark") or _stretches_a_thing(ws[i + 1: i + 4])):
            out.append(i)
        if w == "pre" and nxt in ("workout", "workouts") and i and ws[i - 1] in ("a", "good", "best", "my", "some") \
                and (i + 2 == len(ws) or ws[i + 2] not in _WORKOUT_MASSAGE):  # a pre-workout drink
            out.append(i)
        if (w == "flat" and nxt in ("feet", "foot")) or (w in ("tennis", "running") and nxt in ("shoes", "trainers")):
            out.append(i + 1)  # "flat feet", "tennis shoes": the feet's, not a ball
        if (w in ("side", "a") and nxt in ("stitch", "stitches")) or (w == "front" and nxt == "crawl"):
            out.append(i + 1)  # a stitch when running, the swimming stroke
        if w == "changing" and nxt in ("bag", "bags", "mat", "table"):  # a baby's changing bag
            out.append(i)
        if w in ("knee", "knees") and (i == 0 or ws[i - 1] in _OWNER and ws[i - 2: i - 1] != ["with"]) \
                and nxt in _KNEE_DOES:  # not "cracks my back with his knee"
            out.append(i)
        if w in ("hand", "hands") and nxt in ("sanitiser", "sanitizer", "wash"):
            out.append(i)
    out += [i for i, w in enumerate(ws) if w in ("hand", "hands") and _SKIN_CARE & set(ws[max(i - 6, 0): i])
            and "for" in ws[max(i - 4, 0): i] and _SKIN_STATE & set(ws[max(i - 3, 0): i])]  # "lotion for dry hands"
    return sorted(set(out))
