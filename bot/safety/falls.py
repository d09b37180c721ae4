"""Falls: the words that tell of one, and :func:`read`, which says of a message, one of its clauses or a find whether
it tells of a fall, whether the fall was had or only spoken of, whose it is, and whether it is serious.

The serious-accident flag of :mod:`bot.safety.flags` finds falls with the patterns here (down the stairs, off a
height, a vehicle or an animal, hard onto something, a distance, a fall that left the person down or knocked their
head) among its other accidents, and sets aside the look-alikes here (asleep, in love, onto the sofa, a little fall).
Triage keeps a fall the flag found only when :attr:`Fall.serious` says so (NHS: "a serious accident, such as a car
crash or a bad fall"), and asks :func:`read` whether a message tells of a fall for the older-fall flag (a fall at
about 70 or over, with pain) and of one had for the osteoporosis flag (brittle bones and a fall, with pain or not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.safety import people
from bot.safety.clauses import Clause
from bot.safety.matching import Pattern

#: Vehicles by their names in many Englishes: Indian (auto, rickshaw, scooty, tempo), Nigerian (okada, keke, danfo),
#: East African (boda boda, matatu), South African (bakkie), Australian (ute), North American (pickup, semi, ATV).
VEHICLE = (r"auto ?rickshaws?|auto-rickshaws?|rickshaws?|autos?|tuk[- ]?tuks?|scooty|tempos?|okadas?|keke(?: napep)?|"
           r"danfos?|molues?|boda[- ]?bodas?|bodas?|matatus?|tro-?tros?|jeepneys?|tricycles?|bakkies?|utes?|"
           r"pick-?ups?|pickup trucks?|suvs?|semis?|semi-?trucks?|18-?wheelers?|eighteen-?wheelers?|snowmobiles?|"
           r"sleds?|sledges?|toboggans?|jet-?skis?|golf carts?|trams?|streetcars?|school bus|minibus\w*|mini-?vans?|"
           r"tractors?|bullock carts?|carts?|wagons?|buggy|buggies|dirt bikes?|four-?wheelers?|side[- ]?by[- ]?sides?|"
           # Pakistani minibuses, the Latin American and African "moto" (a motorbike).
           r"coasters?|hiaces?|chingchis?|qingqis?|motos?|"
           r"motorcycle taxis?|bike taxis?|lorries|trucks|buses|cars|vans|taxis|cabs")
#: Things named like a vehicle that are none, said with the word before the vehicle's: a beer coaster, a shopping or
#: garden cart, a toy car, a roller coaster, a bumper car ("flipped the beer coaster", "lost control of his toy car");
#: the modifier said with its own head noun, so "a food truck", "a drink driver", "a garden tractor" stay vehicles.
NOT_A_THING = (r"(?!(?:(?:beer|drinks|cup|coffee|tea)\s+coasters?|(?:shopping|supermarket|grocery|garden|hand|luggage|"
               r"laundry|hospital|hostess|serving|book|tea)\s+(?:carts?|wagons?)|(?:baby|pram)\s+(?:buggy|buggies)|"
               r"roller\s+coasters?|(?:bumper|dodgem)\s+cars?|(?:toy|toys|kids'?|model|rc|lego|matchbox|"
               r"remote\s+control(?:led)?)\s)\b)")
#: The same modifiers as lookbehinds, for a vehicle said first ("the kids' toy cars skidded into the wall").
THING_WORDS = ("beer", "drinks", "shopping", "supermarket", "roller", "bumper", "dodgem", "toy",
               "toys", "kids'", "model", "rc", "lego", "matchbox", "remote control")
NOT_AFTER_A_THING = "".join(rf"(?<!{w} )" for w in THING_WORDS)
#: After a vehicle's word, a thing named from it: "the car boot sale stall", "the car park barrier", "the car seat".
NOT_A_THING_AFTER = r"(?!\s+(?:boot sale|boot fair|park|seat|keys?|door|wash|radio|stereo|alarm|boot sale stall)\b)"
#: High places people fall from: Indian and African English "terrace" (a flat roof), "chhat", a water tank; North
#: American porches, decks, bleachers and deer stands; trees, poles and building floors everywhere.
HEIGHT = (r"terraces?|rooftops?|roof tops?|chhat|chhath|chat roof|parapets?|water tanks?|overhead tanks?|"
          r"veranda(?:h)?s?|porch(?:es)?|decks?|decking|stoops?|fire escapes?|bleachers|stands?|deer stands?|"
          r"tree ?stands?|hunting stands?|monkey bars|jungle gyms?|climbing frames?|swings?|slides?|mezzanines?|"
          r"galler(?:y|ies)|upstairs|top floor|(?:\w+[- ])?stor(?:e)?y building|buildings?|poles?|electric poles?|"
          r"lamp ?posts?|pylons?|telegraph poles?|coconut trees?|palm trees?|mango trees?|trees|haystacks?|hay bales?|"
          r"silos?|grain bins?|lofts?|attics?|scaffolds?|cranes?|cherry pickers?|forklifts?|hoists?|"
          r"stepladders?|step ladders?|walls?|fences?|gates?|camels?|elephants?|mules?|donkeys?|ponies|horses|"
          r"bridges?|embankments?|ditch(?:es)?|quarr(?:y|ies)|mines?|wells?|pits?|manholes?|trenches?|"
          r"boats?|ships?|decks? of (?:a|the) (?:boat|ship)|platforms?|stages?|lorry beds?|truck beds?|"
          r"trailers?|bunks?|top bunks?|" + VEHICLE)

#: Not a fall: asleep, in love, apart, behind (with work), ill, for someone, pregnant, out with someone.
NOT_A_FALL = (r"(?!\s+(?:asleep|in love|apart|behind|ill|for|pregnant|out with|off (?:me|him|her|them)|"
              # a disc that slipped is no fall: "had a slipped disc in the 80s"
              r"(?:\w+\s+)?dis[ck]s?)\b)")

#: A fall said to be hard: "fell hard on my back", "slipped and landed flat on the ice".
HARD_ONTO = (
    # (not a thing dropped, nor "went straight on to buy": "the dog dropped his ball right on my foot")
    r"\b(?:fell|fall(?:en|ing)?|tumbled|dropped(?!\s+(?:his|her|my|the|a|an|their|our|its|it|them|some|\w+'s)\b)|"
    r"slipped|tripped)\b" + NOT_A_FALL + r"[^.;!?]{0,25}\b(?:hard|heavily|"
    r"badly|awkwardly|flat|right|straight)\b[^.;!?]{0,15}\b(?:on|onto)\b"
    r"(?!\s+to\s+(?!(?:the|my|a|an|his|her|its|our|their|some)\b)[a-z]+)")
# The serious-accident flag's falls, each a pattern :mod:`bot.safety.flags` runs among its other accidents.
#: Down a flight: "went right down the concrete steps outside the church".
DOWN_STAIRS = (
    r"\b(?:(?:fell|tumbled|falling|fall|slipped|rolled)\s+(?:right\s+|all the way\s+|straight\s+|head ?first\s+|"
    r"backwards\s+)?|(?:tumble|fell|fall|slipped|tripped|lost my footing)\b[^.;!?]{0,40}?\b(?:went|came)\s+"
    r"(?:right|all the way|straight|head ?first|backwards|flying|crashing)\s+)"
    r"down\s+(?:the\s+|a\s+|some\s+|a flight of\s+|a whole flight of\s+)?(?:\w+\s+)?(?:stairs|steps|"
    r"staircase|escalator)\b")
#: Off or from somewhere high, a vehicle or an animal, or onto something hard: "came off the ladder", "fell onto the
#: concrete".
OFF_HIGH = (
    r"\b(?:fell|fall(?:en|ing)?|came off|come off|coming off|tumbled|tumbling|thrown|flew|flown|dropped|"
    r"landed|slipped|slid|tripped|toppled|plummet\w*|plunged|went (?:head ?first|headlong|flying|tumbling|"
    r"head over heels|arse over tit))\b[^.;!?]{0,30}?\b(?:off|from|down|out of|through|"
    r"onto|on "
    r"to|over)\s+(?:a |an |the |my |his |her |our |some |two |three |\w+ )?(?:\w+\s+)?(?:ladder|roof|stairs|"
    r"staircase|steps|flight|balcony|scaffold\w*|height|horse|bike|motorbike|motorcycle|tree|wall|cliff|loft|"
    r"attic|window|trampoline|stage|platform|bunk|top bunk|chair|table|climbing wall|rocks?|ice|concrete|"
    r"pavement|floor|ground|back|tailbone|coccyx|bum|bottom|butt|metres?|meters?|feet|ft|foot|storey|story|floors?|"
    r"first floor|second floor|hard|skateboard|scooter|quad|ramp|ledge|edge|car|truck|lorry|van|shed|garage|"
    rf"hayloft|bannister|banister|landing|skis?|snowboard|slope|kerb|curb|step|{HEIGHT})\b")
#: "a fall from the loft hatch", "the tumble down the bank".
A_FALL_FROM = r"\b(?:a|the)\s+(?:fall|tumble)\s+(?:from|off|down)\b"
#: A fall onto something hard: "fell with my back on the post".
ONTO_HARD = (
    r"\b(?:fell|landed|came down|was thrown|got thrown)\s+(?:\w+\s+){0,3}(?:on|onto|against|across)\s+(?:the|a|an|"
    r"some)\s+(?:\w+\s+)?(?:post|goal ?post|kerb|curb|rock|rocks|edge|rail|railing|bar|beam|concrete|step|steps|"
    r"pipe|metal|bench|table edge|corner)\b")
#: Thrown or fallen off a vehicle, an animal or a height: "came off my bike", "thrown off the horse".
OFF = (
    r"\b(?:came|come|comes|coming|thrown|flew|fell|falling|got thrown)\s+off\s+(?:a |the |my |his |her |their |"
    r"our )?"
    r"(?:\w+\s+)?(?:bike|motorbike|motorcycle|scooter|moped|horse|pony|quad|skateboard|e-?scooter|e-?bike|"
    rf"bicycle|trampoline|ladder|roof|wall|quad bike|dirt bike|{VEHICLE})s?\b")
#: Hard ground a fall lands on: pavements, stone, steps and kerbs, the edge of something.
HARD_GROUND = (r"pavements?|sidewalks?|concrete|tarmac|asphalt|stone|stones|flagstones?|paving(?: slabs?)?|cobbles?|"
               r"cobblestones?|kerbs?|curbs?|rocks?|steps|stairs|(?:stone|concrete|marble|tiled|brick|metal|iron|"
               r"wooden) (?:floors?|steps?|stairs)|edge of (?:a|the|my) \w+|corner of (?:a|the|my) \w+")
#: Who a fall on hard ground is told of, said right before it: a person, or a turn with the subject left unsaid
#: ("lost my footing and landed ..."); not a thing ("my keys fell on the pavement", "our flight landed on the tarmac",
#: "the pain came down my leg") nor a fall nearly had ("I nearly fell on the stairs").
_FALLER_WORDS = ("i", "he", "she", "we", "they", "you", "who", "i've", "ive", "i'd", "he's", "she's", "they've",
                 "we've", "had", "has", "have", "and", "then", "but", "so", "when", "until", "before", "after",
                 *people.GRANDPARENTS.split("|"), *people.PARENTS.split("|"), "husband", "wife", "partner", "son",
                 "daughter", "kid", "child", "toddler", "boy", "girl", "brother", "sister", "friend", "neighbour",
                 "neighbor", "colleague", "man", "woman", "lady", "pensioner", "elderly", "patient", "someone")
_FALLER = ("(?:(?<![\\w' ])|(?<=[.,;:!?] )|" + "|".join(f"(?<=\\b{w} )" for w in _FALLER_WORDS) + ")"
           r"(?:(?:just|then|accidentally|literally|actually|suddenly|also|really|badly|completely|totally|properly|"
           r"both|all)\s+)?")
#: Said to be harmless after it: "she fell on the steps, she's fine", "he's ok", "no harm done".
_HARMLESS_AFTER = (r"(?![^.;!?]{0,80}?\b(?:(?:she|he|they|i|we|it)(?:'s|s| is| was|'re| are| were)\s+(?:\w+\s+)?"
                   r"(?:fine|ok|okay|alright|all right|unhurt|not hurt)|no harm done|unhurt|not hurt)\b)")
#: The words between a fall and the hard ground: "fell hard on", "landed on my tailbone on the flagstones".
_TO_HARD = (r"(?:\s+(?:hard|heavily|badly|flat|awkwardly|straight|right|backwards?|sideways|forwards?|over|down|"
            r"smack|bang))*\s+(?:(?:on|onto) (?:my|his|her|their) (?:\w+ )?(?:back|bum|bottom|backside|behind|butt|"
            r"tailbone|coccyx|side|hips?|front|face|knees?|head|shoulder|arm|wrist|elbow)\s+)?")
#: A person's fall that landed on hard ground: "fell on the stone steps", "landed on my back on the pavement" (not
#: "dropped a tin on my foot", nor "tripped on the kerb", where "on" is where the trip began; nor "went down on one
#: knee on the stone floor", nor a fall told as harmless).
LANDED_HARD = (
    _FALLER + r"\b(?:fell|fallen|landed|came down|come down|crashed down|hit the deck)\b" + NOT_A_FALL + _TO_HARD
    + r"(?:on|onto|on to|against)\s+(?:the |a |some |my |his |her |our |their )?(?:\w+\s+){0,2}?"
    rf"(?:{HARD_GROUND})\b" + _HARMLESS_AFTER)
#: A fall of a distance: "fell about 10 feet", "fell two storeys".
DISTANCE = (r"\bfell\s+(?:\w+\s+){0,2}(?:\d+|two|three|four|five|six|ten)\s*"
            r"(?:m|ft|feet|metres?|meters?|stor(?:e)?ys?)\b")
#: A fall that left them down: "slipped in the kitchen and can't get up", "fell and is lying on the floor".
LEFT_DOWN = (
    r"\b(?:fell|fallen|slipped|tripped|(?:had|taken|took) a (?:fall|tumble))\b" + NOT_A_FALL + r"[^.;!?]{0,60}?"
    r"\b(?:(?:can'?t|cannot|couldn'?t|could not|unable to|"
    r"not able to)\s+(?:get up|get back up|get off the floor|get herself up|get himself up|get myself up|"
    r"get (?:him|her) up|lift (?:him|her))|(?:lying|laid|stuck|still|been)\s+(?:\w+\s+)?(?:on the floor|"
    r"on the ground|at the bottom)|on the floor (?:for|till|until|all)\b)\b")
#: A fall that knocked the head or knocked the person out: "my nan fell and hit her head", "slipped on the ice and
#: banged my head", "tripped and was knocked out" (a head knock keeps any fall serious: :attr:`Fall.serious`).
HEAD_KNOCK = (
    r"\b(?:fell|fallen|slipped|tripped|stumbled|tumbled|(?:had|taken|took) a (?:fall|tumble))\b" + NOT_A_FALL
    + r"[^.;!?]{0,60}?\b(?:(?<!nearly )(?<!almost )(?<!narrowly )(?<!didn't )(?<!didnt )(?<!did not )(?<!not )"
    r"(?:hit|banged|bumped|knocked|smacked|bashed|cracked)\s+(?:the (?:back|side|front) of\s+)?"
    r"(?:my|his|her|their)\s+"
    r"(?:\w+\s+)?head|head injury|knocked (?:(?:myself|himself|herself|themselves)\s+)?out|blacked out|passed out|"
    r"unconscious|concuss\w*)\b")
#: A fall that broke a bone or took the breath: "fell on the ice and I've broken my back", "slipped and I think I
#: cracked my tailbone", "fell down in the street and can hardly breathe".
BROKE = (
    r"\b(?:fell|fallen|slipped|tripped|stumbled|tumbled|(?:had|taken|took) a (?:fall|tumble))\b" + NOT_A_FALL
    + r"[^.;!?]{0,60}?\b(?:(?:broken|broke|cracked|fractured)\s+(?:my|his|her|their)\s+(?:\w+\s+)?(?:back|spine|"
    r"hip|pelvis|tailbone|coccyx|vertebra\w*|ribs?)|(?:can'?t|cannot|can hardly|can barely|struggling to)\s+"
    r"breathe)\b")
#: Falls that are nothing, or nothing serious: asleep, in love, the season, a slipped disc, a soft or small landing,
#: onto the sofa (the serious-accident flag's look-alikes, with its others in :mod:`bot.safety.flags`).
LOOK_ALIKES = (
    r"\bfell (?:asleep|in love|"
    r"behind|apart|for|ill|pregnant)|\bfall(?:ing)? (?:asleep|in love|behind|apart|ill)|"
    r"\b(?:last|this|the|in the|since the|next) fall\b|\bslipped (?:a )?dis[ck]"
    # A soft or small fall: "landed on the sofa, soft landing", "only a little fall".
    r"|\bsoft landing\b|\blanded (?:on|in|onto) (?:the |a |my |some )?(?:\w+\s+)?(?:sofa|couch|bed|"
    r"grass|lawn|carpet|rug|cushions?|mattress|beanbag|pillows?|duvet|sand|snow|crash mat|mat)\b|"
    r"\b(?:small|little|minor|tiny|slight|silly|soft|gentle|slow)\s+(?:fall|tumble|slip|trip)\b|"
    r"\b(?:wasn'?t|was not|not|nothing like) (?:a |an )?(?:bad|big|hard|serious|nasty|heavy|"
    r"proper) (?:fall|crash|accident|landing)|\bfell (?:onto|on|into) (?:the |a |my )?"
    r"(?:sofa|couch|bed|grass|cushions?|mattress|beanbag)\b"
    # A slip or trip that did not end in a fall: "slipped off the kerb but didn't fall", "tripped without falling".
    r"|\b(?:slipped|tripped|stumbled|slid)\b[^.;!?]{0,40}?(?:\b(?:but|and|though)\s+(?:i\s+|he\s+|she\s+)?"
    r"(?:didn'?t|did not|didnt|never|managed not to)\s+(?:actually\s+|quite\s+)?(?:fall|go down|"
    r"hit the (?:ground|floor|deck))|\bwithout (?:actually )?falling)\b")


def _rx(pattern: str) -> Pattern:
    return Pattern(pattern, re.IGNORECASE)


#: Things that fall, said right before the word of falling: "my phone fell on the concrete", "stones fell off the
#: wall" (not "me and my bike fell off the kerb", nor a thing that fell on someone: "the shelf fell on my back").
_THING_BEFORE = _rx(r"(?:^\s*|[.!?;]\s*|\b(?:my|the|a|an|his|her|our|their|some|few|two|three|four|\d+|of|all)\s+"
                    r"(?:\w+\s+){0,2}?)"
                    r"(?:phones?|mobiles?|keys|stones|bricks|slates?|tiles|box|boxes|books?|shelf|shelves|pictures?|"
                    r"frames?|mirrors?|glass|glasses|cups?|mugs?|plates?|bottles?|bags?|laptops?|tablets|tv|telly|"
                    r"pots?|pans?|plants?|vases?|balls?|hats?|toys?|wallets?|purses?|food|washing|clothes|coats?|"
                    r"leaves|apples|branch|branches|panels?|gutters?|guttering|helmets?|suitcases?|cases|tins?|cans|"
                    r"jars?|ornaments?|clocks?|lamps?|remote|controller|headphones|earrings?|specs|dentures|"
                    r"plaster|bits|pieces|rocks|stuff|things|parcels?|packages?|groceries|shopping|baskets?|buckets?|"
                    r"crates?|trays?|bins?)\s+"
                    r"(?:had\s+|has\s+|just\s+|all\s+|then\s+)?$")
_WITH_A_PERSON = _rx(r"\b(?:me|i|we|he|she|they|and (?:me|i))\s+and\b|\b(?:with|and) (?:me|him|her|them)\b")
_ON_A_PERSON = _rx(r"\b(?:on|onto|at|into|over)\s+(?:(?:top|the top) of\s+)?(?:me|my|him|her|his|them|us|our|their|"
                   r"someone|somebody)\b")


def of_a_thing(low: str, start: int, end: int) -> bool:
    """Return whether the fall found at ``start:end`` is a thing's, not a person's: "my phone fell on the concrete"."""
    before = low[max(0, start - 45):start]
    return bool(_THING_BEFORE.search(before)) and not _WITH_A_PERSON.search(before) \
        and not _ON_A_PERSON.search(low, start, min(len(low), end + 15))


#: Landing on oneself is a fall told: "landed flat on my back", "landed on her bum".
_LANDED_ON = (r"landed (?:\w+ )?(?:on|onto) (?:my|his|her|their) (?:back|bum|bottom|backside|behind|arse|butt|tailbone|"
              r"coccyx|side|hips?|front|face|knees?|head|shoulder)")
#: A fall told without the word: "went down hard", "hit the deck", "came a cropper", "took a spill" (not "the swelling
#: went down", "went down the pub").
_WENT_DOWN = (r"went down (?:really |very |so |pretty |quite )?(?:hard|heavily|heavy|with a (?:thud|bang|crash|wallop|"
              r"thump))|hit the (?:deck|floor|ground|pavement)|came a cropper|(?:took|had) a (?:spill|header|purler)")
#: A fall spoken of, not sleep, love or the season: "fell", "falling", "slid out of her chair", "had a fall", "lost my
#: balance", "went over on the ice" (not "fell asleep", "fall behind", "last fall").
_SPOKEN = _rx(r"\b(?:fell|fall|falls|fallen|falling|slipped|tripped|tumbled|stumbled|slid|lost my (?:balance|footing)|"
              rf"went over|came down|(?:had|took) a (?:fall|tumble)|{_LANDED_ON}|{_WENT_DOWN})\b" + NOT_A_FALL
              + r"(?<!last fall)(?<!this fall)(?<!the fall)")
#: A fall told as had, not feared: "fell", "slid out of her chair", "had a fall" (not "scared of falling").
_HAD = _rx(rf"\b(?:fell|fallen|slipped|tripped|tumbled|slid|stumbled|(?:had|took) a (?:fall|tumble)|{_LANDED_ON}|"
           rf"{_WENT_DOWN})\b"
           + NOT_A_FALL)
#: The words that make a find of the serious-accident flag a fall (rather than a crash or a blow).
_IN_FIND = _rx(r"\b(?:fell|fall|falls|fallen|falling|slipped|slip|slid|tripped|trip|tumbled|tumble|stumbled|"
               r"landed|landing|went down|went (?:head ?first|headlong|flying|tumbling)|toppled)\b")
#: A fall from somewhere high, or off a vehicle or an animal: "off the ladder", "down the stairs", "10 feet".
_HIGH = _rx(r"\b(?:ladders?|roofs?|scaffold\w*|balcon(?:y|ies)|heights?|cliffs?|windows?|trampolines?|"
            r"top bunk|climbing|abseil\w*|lofts?|attics?|hay ?lofts?|sheds?|garages?|bannisters?|banisters?|"
            r"horses?|pony|ponies|bikes?|bicycles?|motorbikes?|motorcycles?|scooters?|mopeds?|quads?|skateboards?|"
            r"skis?|skiing|snowboard\w*|slopes?|cars?|trucks?|lorr(?:y|ies)|vans?|bus|buses|trains?|trams?|"
            r"stor(?:e)?ys?|storied|"
            r"(?:first|second|third|top) floor|metres?|meters?|feet|foot|ft|"
            r"(?:down|from|off|top of|whole|full|flight of|length of)\s+(?:\w+\s+){0,2}?(?:stairs|"
            r"staircase|steps|stairwell)|downstairs|staircase|flight|" + HEIGHT + r")\b")
#: A fall said to be bad in its own words: "fell hard", "a nasty fall", "landed flat on my back".
_BAD = _rx(r"\b(?:hard|heavily|badly|flat|(?:bad|nasty|big|serious|heavy|awful|terrible|horrible|huge|massive|"
           r"proper|major)\s+(?:fall|tumble|spill|landing))\b")
#: What a fall did that makes it serious, anywhere in the message: "can't get up", "heard a crack", "hit my head".
_HARM = _rx(r"\b(?:(?:can'?t|cant|cannot|can not|couldn'?t|could not|unable to|not able to|barely|hardly|"
            r"struggling to)\s+(?:even\s+)?(?:get up|get back up|get (?:myself|himself|herself|him|her) up|"
            r"lift (?:him|her)|get off the floor|move|stand|walk|sit|sit up|roll over|feel|"
            r"bear weight|put (?:any )?weight)|(?:stuck|still|been)\s+(?:\w+\s+)?on the (?:floor|ground)|"
            r"on the floor (?:for|till|until|all)|off the charts|unreal|insane|10/10|ten out of ten|"
            r"crying (?:with|in) (?:the )?pain|worst (?:\w+\s+)?pain|never felt (?:\w+\s+){0,2}pain like|"
            r"faint\w*|dizz\w*|(?:heard|felt)\s+(?:a|an|something)\s+(?:\w+\s+)?(?:crack|snap|"
            r"crunch|pop)|something\s+(?:cracked|snapped|crunched)|agony|agonis\w*|excruciating|unbearable|"
            r"severe|badly|worst pain|screaming|(?<!nearly )(?<!almost )(?<!narrowly )(?<!didn't )(?<!didnt )(?<!not )"
            r"(?:hit|banged|bumped|knocked|smacked|bashed|cracked)\s+"
            r"(?:my|his|her|their)\s+head|head injury|knocked out|blacked out|passed out|unconscious|concuss\w*|"
            r"(?:lying|laid|still)\s+(?:\w+\s+)?(?:on the floor|on the ground|at the bottom)|ambulance|"
            r"(?:broke|broken|cracked)\s+(?:(?:my|his|her|their|a|the)\s+)?(?:\w+\s+)?(?:bones?|back|spine|hip|"
            r"wrist|arm|leg|ribs?|ankle|coccyx|tailbone|pelvis|collarbone|vertebra\w*)|fractur\w*)\b")
#: Who fell, onto what, and what came with it, anywhere in the message, that keeps any fall serious (a review found
#: plain falls of older people, head knocks, real pain and other signs read as minor): "my 80 year old dad fell onto
#: the floor", "hit the back of my head", "my back is killing me", "I have osteoporosis and slipped on the ice".
_RISK = _rx(rf"\b(?:{people.OLDER}|{people.GRANDPARENTS}|{people.OLD_AGE}|"
            r"head|bleed\w*|blood|cut|killing|so much pain|a lot of pain|"
            r"lots of pain|really (?:bad|painful|hurts?|sore)|hurts? (?:a lot|so much|so bad|really bad)|"
            r"in (?:so much|a lot of|terrible|awful|real) pain|can'?t breathe|breath\w*|vomit\w*|being sick|"
            r"numb\w*|tingl\w*|"
            r"can'?t feel|wet (?:myself|himself|herself)|bladder|cancer|tumou?r|steroids?|osteopor\w*|"
            r"osteopenia|brittle bones|thin bones|wheelchair|zimmer|walking frame|care home|nursing home|dementia|"
            r"ledge|stool|step ?stool|counter|worktop|escalator|hole|"
            r"floorboards|treadmill|concrete|stone floor|tiles?|edge of|onto (?:the|a|my) (?:floor|ground)|"
            r"off (?:the|a|my) bed)\b")


#: Another's fall said to have done no harm, after it: "he's fine", "she was ok", "no harm done".
_SAID_FINE = _rx(r"\b(?:(?:she|he|they)(?:'s|s| is| was|'re| are| were)\s+(?:\w+\s+)?(?:fine|ok|okay|alright|"
                 r"all right|unhurt|not hurt)|no harm done|unhurt|not hurt)\b"
                 r"(?![^.;!?]{0,40}\b(?:but|though|except|apart from|although)\b)")
#: Low places a child falls from at play, which a fall said harmless is no emergency from.
_LOW = _rx(r"swings?|slides?|climbing|climbing frames?|monkey bars|jungle gyms?|trampolines?|bunks?|top bunk|bikes?|"
           r"bicycles?|scooters?|skateboards?|walls?|fences?|gates?|steps|ponies|pony|stands?|stages?|platforms?")
#: A landing on hard ground, said in the find or the sentence of a fall told: "fell on the stone steps".
_ON_HARD = _rx(LANDED_HARD)


@dataclass(frozen=True)
class Fall:
    """A fall told in a message: where, whose, and whether it is serious."""

    low: str
    start: int
    end: int
    #: Whose fall: the subject of the clause it is told in ("self", "other" or "pet"); "" when read without one.
    subject: str = ""
    #: The sentence it is told in (the whole message when read without a clause).
    sentence: tuple[int, int] = (0, 0)
    #: Where words that it was bad or hard count: the find itself, or the sentence of a fall told.
    said: tuple[int, int] = (0, 0)
    #: Told as had ("I fell", "she had a fall"), not only spoken of ("scared of falling", "a fall would be bad").
    had: bool = True

    @cached_property
    def serious(self) -> bool:
        """Whether the fall is an emergency (NHS: "a serious accident, such as a car crash or a bad fall"): said to be
        bad or hard, from a height or a vehicle in its sentence, or anywhere in the message it hurt the person badly,
        or the person is one a fall harms more (older, brittle bones, a head knock, bleeding, real pain, a hard
        floor)."""
        if _SAID_FINE.search(self.low, self.end, min(self.sentence[1], self.end + 80)) and self.subject == "other":
            # "he fell off the swing, he's fine"; not "landed hard, she says she's fine but it's very sore"
            # (a height is still a height: "fell off the roof, he's fine")
            high = [m.group() for m in _HIGH.finditer(self.low, *self.sentence)]
            return bool(_HARM.search(self.low) or _RISK.search(self.low) or _BAD.search(self.low, *self.sentence)
                        or any(not _LOW.fullmatch(h) for h in high))
        return bool(_BAD.search(self.low[self.said[0]:self.said[1]]) or _HIGH.search(self.low, *self.sentence)
                    or _HARM.search(self.low) or _RISK.search(self.low)
                    or any(m.start() < self.said[1] for m in _ON_HARD.finditer(self.low, self.said[0])))


#: A word of falling, in any sense ("fell asleep" too).
_FALL_WORD = _rx(r"\b(?:fell|fall|falls|fallen|falling)\b")


def only_look_alikes(low: str) -> bool:
    """Return whether the prepared message ``low`` speaks of falling only in senses that are no fall ("fell asleep on
    the sofa", "this fall"): the words are there, a fall is not."""
    return bool(_FALL_WORD.search(low)) and _SPOKEN.search(low) is None


def read(low: str, clause: Clause | None = None, find: tuple[int, int] | None = None) -> Fall | None:
    """Return the fall told in the prepared message ``low`` (:func:`bot.safety.clauses.prepare`), or None.

    With ``find``, a span the serious-accident flag found in ``clause``: the find, when it is a fall (not a crash or a
    blow). Otherwise the first fall spoken of in ``clause``, or in the whole message without one ("I fell off a chair",
    "she had a fall", "lost my balance", "scared of falling"; not "fell asleep" or "last fall"), and whether one there
    is told as had.
    """
    if clause is None:
        start, end, sentence, subject = 0, len(low), (0, len(low)), ""
    else:
        start, end, subject = clause.start, clause.end, clause.subject
        sentence = (clause.sentence_start, clause.sentence_start + len(clause.sentence))
    if find is not None:
        if not _IN_FIND.search(low[find[0]:find[1]]):
            return None
        return Fall(low, find[0], find[1], subject, sentence, find)
    m = _SPOKEN.search(low, start, end)
    if m is None:
        return None
    return Fall(low, m.start(), m.end(), subject, sentence, sentence, bool(_HAD.search(low, start, end)))
