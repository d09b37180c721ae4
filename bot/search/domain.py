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
that is what is massaged ("a massage gun for my horse's shoulder"), a chain at the neck.  An animal or a baby
that is the patient (:func:`patients`: "my goat has a sore back", "how do I massage my newborn") refuses the whole
message; a limb that is the subject of a message naming no part of the back (:func:`_limbs`: "a foot massage", "my
hands ache", "a pulled calf muscle") is a cue; and so are the phrases of a shop ("where can I buy ..."), a device's
trouble, getting to sleep, the calendar ("what day is it"), a car's oil and a couch's cover.
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
                            "spreadsheet excel website github account accounts login username overheating "
                            "overheats overheat netflix sitcom",
    "home and diy": "carpet rug room rooms lounge chopping cutting board boards ceiling ceilings "
                    "paint painting painted canvas brush patio paving slabs "
                    "builder plumber plumbing sink toilet drill nail nails glue screw screws hammer lamp furniture "
                    "cabinet shelf shelves fridge freezer boiler roof gutter fence hedge topper diffuser "
                    "candle candles curtains blind blinds leak leaks leaking leaky squeaky squeaking repair repairs "
                    "descale knob knobs lever levers adjuster adjusters stain stains",
    "animals": "dog dogs puppy puppies pup pooch doggy doggie greyhound labrador spaniel terrier dachshund collie "
               "collies cats kitten kittens kitty horse horses pony ponies mare mares stallion gelding foal foals "
               "equine rabbit bunny hamster bird birds parrot budgie vet pet pets pups goat goats sheep lamb pig pigs "
               "donkey mule ferret guinea chickens hen hens cow cows cattle heifer bull livestock tortoise",
    "plants": "watering succulent succulents plant plants flower flowers tomato tomatoes seeds lawn weeds weed killer "
              "houseplant cactus tree trees",
    "sport and the arts": "racket racquet football soccer rugby basketball baseball match goal goals trampoline flip "
                          "skate skates skating ski skiing surf surfing chess choir singing sing song songs guitar "
                          "piano violin playlist poem poems poetry novel story plot book books film movie movies "
                          "tv episode strictly concert notes backstroke breaststroke freestyle oboe flute clarinet "
                          "trumpet saxophone trombone harmonica bagpipes instrument",
    "books": "paperback paperbacks hardback hardbacks hardcover bible bibles binding bookbinding",
    "shopping": "refund refunds warranty receipt shipping postage discount voucher "
                "coupon bargain bargains stockist stockists retailer retailers",
    "babies": "cot cots crib cribs pram prams pushchair buggy stroller nappy nappies diaper diapers",
    "work and money": "meeting meetings team membership cancel cv resume interview salon business brand brands "
                      "customers clients invoice tax taxes excuse salary loan mortgage refund refunds "
                      "warranty receipt finances debt debts",
    "trivia and language": "capital translate translation arabic japanese french spanish weather forecast rain "
                           "convert miles km kilometres ounces cup cups price joke jokes cube cubes freeze "
                           "president election",
    "medicines": "acetaminophen tramadol dose doses dosage mg prescription prescriptions inhaler inhalers asthma "
                 "supplement supplements creatine",
    "other body parts": "eyelid eyelids eye eyes tooth teeth toothache hair nails tattoo skin acne dry chapped "
                        "moisturiser moisturizer eczema lips ankle ankles wrist wrists hamstring hamstrings shin "
                        "shins jaw scalp throat stomach tummy reflexology bunion bunions verruca",
    "other illnesses": "headache headaches migraine migraines flu influenza covid hangover earache snoring snore "
                       "snores colic colicky teething insomnia melatonin",
}
OFF_DOMAIN = frozenset(w for kind in _KINDS.values() for w in kind.split())
ANIMALS = frozenset(_KINDS["animals"].split())
#: Cue words that stay the subject however sure the back is: an animal's back, a complaint of another part of
#: the body, a medicine ("what painkiller for back pain").
#: Words of the body or of daily life that are a cue only in a sense their neighbours give (see off_domain): "my knee
#: cracks" is about the knee, "knee to chest" is a back stretch; "lotion for dry hands" is skin care.
_SOMETIMES_SUBJECTS = frozenset("knee knees hand hands feet foot toe toes finger fingers calf calves forearm forearms "
                                 "palm palms heel heels head face facial baby babies newborn newborns infant "
                                 "infants".split())
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
                         "story pay payment payments burner road roads into pack packs".split())
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
_BACK_ITSELF = frozenset("back backs spine shoulder shoulders neck hip hips lumbar sciatica bum buttock buttocks "
                         "glute glutes".split())
#: Cue words that are where the massage is rather than its subject ("thin skin", "dry hands"): never standing.
_SKIN = frozenset("skin dry chapped eczema moisturiser moisturizer acne".split())
_ANIMALS = ANIMALS | {"cat"}
_JEWELLERY = frozenset("necklace chain bracelet earring earrings jewellery jewelry pendant".split())
_BABY_GEAR = frozenset(_KINDS["babies"].split())
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
    return bool(after) and after[0] in _ANIMAL_HAS and not _ANIMAL_COMPLAINT.isdisjoint(after[1:]) and not _own_body(ws)


#: Between "my" and the body part: "my own lower back", "my upper back", "me poor back".
_OWN_BEFORE_BODY = frozenset("own lower upper middle mid poor bad sore stiff achy aching whole".split())


def _own_body(ws: list[str] | tuple[str, ...]) -> bool:
    """Return whether the person names a back or body part of their own ("my back", "me shoulders")."""
    for i, w in enumerate(ws):
        if w in ("my", "me"):
            j = i + 1
            while j < len(ws) and j - i <= 2 and ws[j] in _OWN_BEFORE_BODY:
                j += 1
            if j < len(ws) and ws[j] in _ANIMAL_BODY:
                return True
    return False


#: Who may be what is massaged, or whose back it is, when it is not a person the knowledge base is for: an animal, or
#: a baby ("massage my newborn for colic").  A baby is a back-care story's word too ("lifting the baby"), so only
#: where it is the patient (:func:`patients`) is it a cue.
_INFANTS = frozenset("baby babies babys newborn newborns infant infants".split())
_PATIENT_BODY = _ANIMAL_BODY | frozenset("tummy belly tum".split())
#: Verbs of massaging: what follows them (a pet, a baby, a foot) is what is massaged.
_RUB_VERBS = frozenset("massage massages massaging massaged rub rubs rubbing rubbed knead kneading stroke stroking "
                       "roll rolling".split())
#: Between a rub verb and what it rubs: "massage my dog", "rub the poor old horse", "knead her tired feet".
_RUB_BETWEEN = frozenset("my our your his her their the a an this that poor old little tired sore aching achy stiff "
                         "cold swollen own".split())
#: What the patient "has" or "is" before the complaint: "my goat has a sore back", "our mare is stiff".
_PATIENT_HAS = frozenset("has have had got gets is are was seems seem keeps been".split())
_PATIENT_COMPLAINS = frozenset("sore stiff bad tight tense hurt hurts hurting aching achy ache aches pain lame limping "
                               "limps weak arthritis arthritic stiffness knots knot colic colicky windy slipped disc "
                               "injury injured pulled strained sciatica spasm spasms".split())
#: After "horse back", a ride: "sore after horse back riding" is the rider's back.
_RIDES = frozenset("riding ride rides rode".split())


def _rubbed(ws: list[str] | tuple[str, ...], i: int) -> bool:
    """Return whether the word at ``i`` is what a rub verb before it rubs ("massage my tired feet", "rub the dog")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and ws[j] in _RUB_BETWEEN:
        j -= 1
    return j >= 0 and ws[j] in _RUB_VERBS


def patients(ws: list[str] | tuple[str, ...]) -> list[int]:
    """Return the positions of an animal or a baby that is what is massaged, or whose back or body it is.

    "my horse's back is sore", "massage my dog", "our goat has a bad back", "a massage gun on the dog", "baby
    massage", "how do I massage my newborn": none of these is a person's own back, whatever else they say.  Not
    the story ("my back hurts after lifting the baby", "walking the dog", "cat cow stretch").
    """
    out = []
    n = len(ws)
    for i, w in enumerate(ws):
        base = w[:-1] if w not in _ANIMALS and w not in _INFANTS and w[-1:] == "s" and w[:-1] in _ANIMALS else w
        if base not in _ANIMALS and len(base) > 4 and base.endswith(("dog", "dogs")):
            base = "dog"  # "my sheepdog's hips", "the sausage dogs back"
        if base == "cat" and i + 1 < n and ws[i + 1] in _CAT_STRETCH:
            continue
        if base in ("cow", "cows") and i and ws[i - 1] == "cat":
            continue
        animal, infant = base in _ANIMALS, base in _INFANTS
        if not (animal or infant):
            continue
        nxt = ws[i + 1] if i + 1 < n else ""
        if infant and nxt in ("bump", "bumps"):
            continue  # "can I massage my baby bump": the pregnancy's
        if nxt in _PATIENT_BODY and not (nxt == "back" and i + 2 < n and ws[i + 2] in _RIDES):
            out.append(i)  # "my horse's back", "the dogs hips", "baby's tummy"
        elif _rubbed(ws, i) or nxt in ("massage", "massages", "massaging"):
            out.append(i)  # "massage my dog", "baby massage"
        elif animal and ("on" in ws[max(i - 3, 0): i] or "for" in ws[max(i - 3, 0): i]) and {
                "massage", "massager", "massaging", "gun"} & set(ws[max(i - 6, 0): i]):
            out.append(i)  # "a massage gun on the dog", "is a massager ok for my horse"
        elif animal and "give" in ws[max(i - 3, 0): i] or animal and {"gave", "giving"} & set(ws[max(i - 3, 0): i]):
            out.append(i)  # "give my old cat a back massage"
        elif infant and _BACK_ITSELF.isdisjoint(ws) and (not _BABY_GEAR.isdisjoint(ws)
                                                         or "for" in ws[max(i - 2, 0): i]):
            out.append(i)  # "a hot water bottle in the baby's cot", "is this oil safe for my baby"
        elif nxt in _PATIENT_HAS and i and ws[i - 1] in _OWNER | {"our", "a"} and not _own_body(ws):
            # (not beside the person's own back: "our dog has a bad hip so walks are slow and now my back is stiff")
            rest = ws[i + 2: i + 6]
            for r in rest:
                if r in ("my", "i", "me", "im", "and", "but"):
                    break
                if r in _PATIENT_COMPLAINS or r in _PATIENT_BODY:
                    out.append(i)  # "my goat has a sore back", "our mare is stiff"
                    break
    return out


def standing(ws: list[str] | tuple[str, ...], at: list[int]) -> list[int]:
    """Return the positions among ``at`` (cue words) that stay the message's subject however sure the back is.

    Another body part, illness or medicine always does ("lower back tattoo ideas"); an animal when it is what is
    massaged ("my horse's shoulder", "a massage gun on the dog"), not when it is the story ("the dog's ball").
    """
    out = []
    rubbed = set(patients(ws))
    for i in at:
        w = ws[i]
        if i in rubbed:
            out.append(i)
            continue
        if w not in SUBJECT_CUES and w[-1:] == "s" and w[:-1] in _ANIMALS:  # "my pony's neck", written "ponys"
            w = w[:-1]
        if (w not in SUBJECT_CUES and w not in _JEWELLERY and w not in _BABY_GEAR) or w in _SKIN:
            # "my neck chain is stuck", "a hot water bottle in the baby's cot"
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


#: Parts of the body the knowledge base does not cover, that a back-care message names too ("feet flat on the floor",
#: "with my hands", "my foot goes numb when I sit"): the subject only as :func:`_limbs` tells.
_LIMBS = frozenset("calf calves foot feet toe toes finger fingers hand hands forearm forearms palm palms heel heels "
                   "head face facial".split())
#: Parts named in full as what hurts whether the back is named or not: the calf ("a pulled calf", "heat on my calf").
_LIMBS_ALWAYS = frozenset("calf calves".split())
#: A limb that hurts: "my feet ache", "my hands are sore" (numbness is the sitting entry's: "my foot goes numb").
_LIMB_HURTS = frozenset("ache aches aching achy hurt hurts hurting sore swollen throb throbbing throbs cramp cramps "
                        "cramping pulled".split())
_LIMB_BETWEEN = frozenset("is are keep keeps really so very always get gets feel feels".split())
#: Hands sore from massaging are the tools-or-hands entry's: "my fingers are sore from kneading, is there a gadget".
_MASSAGING_HANDS = frozenset("hand hands finger fingers thumb thumbs palm palms forearm forearms".split())
_MASSAGING = frozenset("massage massaging massager kneading knead tool tools gadget gadgets".split())
_NUMB = frozenset("numb numbness tingle tingles tingling tingly asleep pins needles dead".split())


def _limbs(ws: list[str]) -> list[int]:
    """Return the positions of a limb that is the subject of a message that names no part of the back.

    The one massaged ("how do I massage my tired feet", "a foot massage", "rub my hands after typing"), the one
    that hurts ("my feet ache after my shift"), and the calf whatever is said of it ("ice or heat for a pulled
    calf"); not the hands or feet a back massage is done with or from ("with my hands", "feet flat", "my foot goes
    numb when I sit": the sitting entry's).
    """
    if not _NUMB.isdisjoint(ws):
        return []
    out = []
    for i, w in enumerate(ws):
        if w not in _LIMBS:
            continue
        nxt = ws[i + 1: i + 3]
        if w in _LIMBS_ALWAYS or _rubbed(ws, i) or nxt[:1] in (["massage"], ["massages"], ["rub"], ["rubs"]):
            out.append(i)
            if nxt[:1] in (["muscle"], ["muscles"]):
                out.append(i + 1)  # "a pulled calf muscle": the calf's, not the back's
        elif w not in ("head", "face", "facial") and not (w in _MASSAGING_HANDS and _MASSAGING & set(ws)) and (
                _LIMB_HURTS & set(nxt[:1]) or (
                nxt[:1] and nxt[0] in _LIMB_BETWEEN and _LIMB_HURTS & set(nxt[1:]))):
            out.append(i)
    return out


#: A shop question: "where" and, soon after it, buying ("where can I buy a foam roller", "where to get a massage chair
#: cheap"): where to buy it is not what the knowledge base says, whatever the thing is.
_BUYING = frozenset("buy buying order purchase cheap cheaper cheapest".split())
#: A device that misbehaves ("my laptop is heating up"), not the desk it is used at.
_DEVICES = frozenset("laptop laptops computer pc phone tablet ipad console".split())
_DEVICE_TROUBLE = frozenset("heating hot overheating battery charger charging crashing crashes freezing freezes slow "
                            "fan".split())
#: Sleep itself, not sleeping with a bad back: "how do I get to sleep after nights", "tips to drop off".
_SLEEP_ONSET = {("get", "to", "sleep"), ("fall", "asleep"), ("falling", "asleep"), ("drop", "off"), ("nod", "off"),
                ("go", "to", "sleep"), ("stay", "asleep")}
#: What a clock or a calendar says: "what day is it", "what's the date today".
#: Beside these, getting to sleep is back care's, or a limb "falling asleep" is the sitting entry's.
_SLEEP_CARE = frozenset("pain heat heating pad pads massage massager roller ball stretch stretches pillow pillows "
                        "mattress posture leg legs foot feet arm arms hand hands bum butt toes effleurage kneading "
                        "stretching foam".split())
_CALENDAR = frozenset("day date time year month".split())
_CALENDAR_AFTER = frozenset("today now there here".split())


def _sleep_onset(ws: list[str]) -> list[int]:
    """Return the positions of a phrase of getting to sleep, in a message that names no back or pain."""
    if not (_BACK_ITSELF.isdisjoint(ws) and _PATIENT_COMPLAINS.isdisjoint(ws) and _SLEEP_CARE.isdisjoint(ws)):
        return []  # "is it ok to fall asleep on the heating pad": the pad's question
    return [i + k for i in range(len(ws)) for phrase in _SLEEP_ONSET
            if tuple(ws[i: i + len(phrase)]) == phrase for k in range(len(phrase))]


def _asks_the_calendar(ws: list[str]) -> bool:
    """Return whether the message asks what day, date or time it is ("what day is it today", "what's the date")."""
    if not ws or ws[0] not in ("what", "whats"):
        return False
    rest = ws[1:]
    if rest[:2] == ["is", "the"] or rest[:1] == ["the"]:
        rest = rest[rest.index("the") + 1:]
    if not rest or rest[0] not in _CALENDAR:
        return False
    rest = rest[1:]
    if rest[:2] == ["is", "it"]:
        rest = rest[2:]
    elif rest[:1] == ["is"]:
        rest = rest[1:]
    return all(r in _CALENDAR_AFTER for r in rest)


#: Animals in English idioms, no animal at all: "a pig's ear of it", "for donkey's years", "dog tired".
_ANIMAL_IDIOMS = frozenset({("pig", "ear"), ("pigs", "ear"), ("dogs", "dinner"), ("dogs", "breakfast"),
                            ("dog", "tired"), ("donkeys", "years"), ("donkey", "years"), ("horses", "mouth"),
                            ("cats", "pyjamas"), ("cats", "whiskers"), ("sheep", "dip")})


def off_domain(ws: list[str]) -> list[int]:
    """Return the positions of the words in ``ws`` that mark another domain (a cue word, or "back" in another sense)."""
    idiom = {i for i in range(len(ws) - 1) if (ws[i], ws[i + 1]) in _ANIMAL_IDIOMS}
    return [i for i in _off_domain(ws) if i not in idiom]


def _off_domain(ws: list[str]) -> list[int]:
    out = [i for i, w in enumerate(ws) if w in OFF_DOMAIN and not (w in ("cow", "cows") and i and ws[i - 1] == "cat")]
    out += [i for i, w in enumerate(ws) if w not in OFF_DOMAIN and w[-1:] == "s" and w[:-1] in ANIMALS]  # "ponys"
    out += [i for i in patients(ws) if ws[i] not in OFF_DOMAIN]  # "how do I massage my newborn"
    if not _KNEES.isdisjoint(ws) and _BACK_ITSELF.isdisjoint(ws):
        out += [i for i, w in enumerate(ws) if w in _KNEES]
    if _BACK_ITSELF.isdisjoint(ws):
        out += _limbs(ws)
    out += _sleep_onset(ws)
    if not _JEWELLERY.isdisjoint(ws) and _BACK_ITSELF.isdisjoint(w for w in ws if w != "neck"):
        out += [i for i, w in enumerate(ws) if w in ("knot", "knots", "knotted", "tangled")]  # a chain's knot
    at = next((i for i, w in enumerate(ws[:4]) if w in ("where", "wheres", "whereabouts")), None)
    if at is not None:
        out += [i for i in range(at + 1, min(at + 8, len(ws))) if ws[i] in _BUYING]  # "where to buy a foam roller"
    out += [i for i, w in enumerate(ws) if w in _DEVICES and _DEVICE_TROUBLE & set(ws[i + 1: i + 5])]
    if _asks_the_calendar(ws):
        out += [i for i, w in enumerate(ws) if w in _CALENDAR]
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
        if nxt in ("cover", "covers") and w in ("bottle", "cushion", "pillow", "bag", "couch", "sofa", "duvet", "seat"):
            out.append(i + 1)  # a hot water bottle's cover: a thing to buy, a couch's cover: upholstery
        if ((w in ("change", "changing", "changed") and nxt == "the" and ws[i + 2: i + 3] == ["oil"]) or (
                w == "oil" and nxt in ("change", "changes", "filter", "leak", "light"))) and "massage" not in ws:
            out.append(i + 2 if w != "oil" else i)  # a car's oil
        if w in ("ice", "cold") and nxt in ("bath", "baths", "plunge", "plunges", "dip", "swim", "swimming") \
                and _BACK_ITSELF.isdisjoint(ws):
            out.append(i + 1)  # an ice bath for a winter swim, not ice on the back
        if w == "neck" and nxt in _JEWELLERY:
            out.append(i)  # "my neck chain": the chain's
        if w == "between" and nxt in ("sets", "reps", "rounds", "laps", "races", "matches", "games") \
                and not {"foam", "roll", "roller", "massage", "massager", "gun"} & set(ws):
            out.append(i + 1)  # "rest between sets at the gym"
        if w == "worth" and nxt in ("watching", "reading", "visiting"):
            out.append(i + 1)  # "is that series worth watching"
        if w in ("knee", "knees") and (i == 0 or ws[i - 1] in _OWNER and ws[i - 2: i - 1] != ["with"]) \
                and nxt in _KNEE_DOES:  # not "cracks my back with his knee"
            out.append(i)
        if w in ("hand", "hands") and nxt in ("sanitiser", "sanitizer", "wash"):
            out.append(i)
    out += [i for i, w in enumerate(ws) if w in ("hand", "hands") and _SKIN_CARE & set(ws[max(i - 6, 0): i])
            and "for" in ws[max(i - 4, 0): i] and _SKIN_STATE & set(ws[max(i - 3, 0): i])]  # "lotion for dry hands"
    return sorted(set(out))
