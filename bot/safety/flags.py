"""The red flags and long-term conditions, each with its level and the rule patterns that find it.

Levels follow NICE NG59 and the NHS back-pain, sciatica and cauda equina pages (see
``knowledge/safety.yaml``).  ``acute`` flags are symptoms happening now; ``risk`` flags are part of a
person's history (cancer, steroids, osteoporosis...) and count only with back pain in the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import falls, people
from bot.safety.falls import VEHICLE
from bot.safety.levels import Level
from bot.safety.matching import Pattern
from bot.safety.people import AGES, OLDER_PERSON


@dataclass(frozen=True)
class Flag:
    """One reason to raise the level of a reply."""

    id: str
    level: Level
    kind: str  # "acute", "risk" or "condition"
    patterns: tuple[Pattern, ...]


def _rx(*patterns: str) -> tuple[Pattern, ...]:
    """Return the patterns, case-insensitive, compiled when first run (:class:`~bot.safety.matching.Pattern`)."""
    return tuple(Pattern(p, re.IGNORECASE) for p in patterns)


_CANT = (r"(?:can'?t|cant|cannot|can not|cannae|canna|cannie|couldn'?t|couldnt|could not|couldnae|unable to|"
         r"not able to|(?:haven'?t|havent|hasn'?t|"
         r"have not|has not) been able to|wasn'?t able to|struggl\w* to|struggl\w* with|trouble|difficulty|"
         r"difficulties|problems?|hard to|hard time|issues?)")
_NUMB = (r"(?:numb\w*|nub|numm|numbb|par(?:a)?esthesi\w*|(?:an|hypo)a?esthesi\w*|altered sensation|dead|no feeling|"
         r"no sensation|lost (?:the )?(?:feeling|sensation)|"
         r"loss of (?:feeling|sensation)|los\w* (?:feeling|sensation)|(?:can'?t|cant|cannot|can not|don'?t|dont|"
         r"couldn'?t) (?:really )?feel(?: anything| much| a thing| it| properly)?|tingl\w*|pins and needles|"
         r"pins (?:n|'n'|'n|an|&|\+) needles|pins ?n ?needles|"
         r"pins & needles|prickl\w*|fizz\w*|buzz\w*|weird|strange|odd|funny|different|asleep|reduced feeling|"
         r"less feeling|feel(?:s|ing)? (?:like )?(?:nothing|rubber|cardboard|wood))")
_SADDLE = (r"(?:genital\w*|groin|crotch|saddle|buttock\w*|buttox|butt?ocks?|bumbum|bum|bums|butt|butts|bottom|booty|"
           r"tuchus|tuches|tuchis|tochis|tush|tushy|yansh|nyash|nyansh|pwet|puwet|singit|"
           r"backside|"
           r"behind|rear|arse|"
           r"ass|between (?:my|the|his|her|their) (?:legs|thighs|cheeks)|private(?:s| parts| area| bits)?|bits|"
           r"perine\w*|taint|anus|anal|back passage|rectum|rectal|inner thighs?|thighs? on the inside|down there|"
           r"down below|nether regions?|lady parts|vagina\w*|vulva|labia|penis|willy|scrotum|testic\w*|balls|"
           r"nuts|cock|dick|fanny|front bottom|pubic|around the toilet seat|seat area|where i sit|sitting area|"
           r"sit bones?|sitting bones?|tailbone area|bum cheeks?|butt cheeks?|cheeks|"
           r"insides? of (?:my |his |her |their |the |both )?(?:upper )?(?:thighs?|legs)|inner (?:legs?|thigh area)|"
           r"(?:the )?top of (?:my |his |her |the )?inner thighs?|"
           r"where (?:you|i|one|he|she|they)(?:'?d| would| normally| usually)? sits?(?: down)?|(?:bike|bicycle|horse|"
           r"toilet|loo)\s+(?:seat|saddle) area|the bits? (?:that )?(?:touch|touches|on) the (?:seat|chair|saddle)|"
           r"(?:my |his |her )?nethers|undercarriage|lady bits|man bits|privates|"
           # The anus in lay words, and the seat said as a periphrase: "the bit I sit on", "the area you sit on",
           # "the part of me that touches the chair".
           r"butt ?holes?|bum ?holes?|arse ?holes?|ass ?holes?|back ?door|ring piece|jacksie|"
           r"(?:the )?(?:bits?|parts?|area|region|spot)(?: of me)? (?:that )?(?:i|you|one|he|she|we|they) "
           r"(?:\w+ )?sits? "
           r"on|(?:the )?(?:bits?|parts?|area)(?: of me)? (?:that )?(?:touch|touches|sits on) the (?:chair|seat|saddle|"
           r"toilet))")
_LEG_SIGN = (r"(?:weak\w*|numb\w*|par(?:a)?esthesi\w*|tingl\w*|paralys\w*|paralyz\w*|giv(?:e|es|ing) (?:way|out)|"
             r"gave (?:way|out)|"
             r"buckl\w*|collaps\w*|no feeling|no sensation|no strength|dead|don die|don dead|like jelly|jelly|heavy|"
             r"useless|floppy|"
             r"not working|won'?t work|wont work|don'?t work|dont work|stopped working|not moving (?:properly|right|"
             r"well|at all)|won'?t move|wont move|(?:can'?t|cant|cannot) "
             r"(?:feel|move|lift|walk|stand)|pins and needles|asleep|unsteady|wobbly|failing|lost strength|"
             r"(?:are |is )?not feeling(?: anything)?(?=\s*(?:[,.;!?]|$|and|anything|at all))|no feel(?:ing)?|"
             r"(?:like|as if) (?:they'?re|they are|it'?s|it is|they were) (?:stuffed with|full of|"
             r"made of) (?:cotton wool|"
             r"wood|rubber|jelly|concrete|lead|sand)|cotton wool)")
#: Things named like vehicles (a beer coaster, a shopping cart, a toy car): a lookahead for the word before a vehicle's,
#: lookbehinds for a vehicle said first, a lookahead after it ("the car boot sale stall").
_THING, _AFTER_THING, _THING_AFTER = falls.NOT_A_THING, falls.NOT_AFTER_A_THING, falls.NOT_A_THING_AFTER
#: A part of the body or a thing pushed that collides with a wall, not a vehicle: "my elbow collided with the wall".
_NOT_A_LIMB = "".join(rf"(?<!{w} )" for w in ("elbow", "elbows", "head", "knee", "knees", "arm", "hand", "shoulder",
                                               "foot", "hip", "leg", "trolley", "cart", "ball", "pram", "buggy"))
_BOTH = (r"(?:both (?:of )?(?:my |his |her |their |the )?(?:legs|feet|thighs|knees)|both legs|my legs|his legs|"
         # "my two leg", "both my leg", "two of my legs": both, in the grammar of many Englishes.
         r"(?:my |his |her |me |their |the )?two (?:of (?:my |his |her )?)?(?:legs?|foots?|feet)|"
         r"both (?:my |his |her )?leg|"
         r"(?:legs|feet) both|me legs|"
         r"her legs|"
         r"their legs|the legs|legs|(?:both|my|his|her) feet|legs and feet|either leg)")
_ONE_LEG = (r"(?:(?:my|his|her|their|the|one|a|left|right|l|r)\s+(?:\w+\s+)?(?:leg|foot|thigh|calf|shin)|"
            # The leg in the writer's first language, the rest in English: "ma jambe gauche is going weak".
            # (not "bein" for "being": "my back bein sore")
            r"(?:my|ma|mi|minha|moja|mein|la|una|uma)\s+(?:(?!(?:back|spine|neck|body|self|english|head|whole)\b)"
            r"\w+\s+)?(?:jambe|pierna|perna|noga|bein(?!\s+(?:so|a|an|the|too|very|really|bad|sore|stiff|weird|off|on|"
            r"up|down|out|in|like|told|careful|honest|silly|lazy|\w+ed|\w+ing)\b)|gamba)"
            r"(?:\s+(?:gauche|droite|izquierda|derecha|esquerda|direita|lewa|prawa|linkes|rechtes|sinistra|destra))?|"
            r"one side of my leg)")
_PEE = (r"(?:pee|wee|wee-wee|piss|urinat\w*|urine|waterworks|pass (?:urine|water)|go to the (?:toilet|loo|bathroom|"
        r"washroom|restroom)|go|tinkle|short calls?|small toilet|susu|su-su|"
        r"pee pee)")
_POO = (r"(?:poo|poop|potty|bowels?|bowls|stools?|number two|number 2|crap|shit|bowel movements?|motions?|long calls?|"
        r"big toilet|latrine)")

#: Heavy things that hurt a back they fall on or swing into.
_HEAVY = (r"beams?|girders?|poles?|posts?|scaffold\w*|pallets?|crates?|"
          # Not "a load of washing fell on me"
          r"loads?(?! of (?:washing|laundry|clothes|towels|toys|stuff|pillows|cushions|paper|leaves|bedding))|"
          r"shel(?:f|ves)|shelving|bricks?|"
          # Furniture that topples: "the whole bookshelf came down on top of me", "the dresser tipped onto her".
          r"bookshel(?:f|ves)|bookcases?|dressers?|chests? of drawers|sideboards?|(?:tv|telly|television) (?:stand|"
          r"unit|cabinet)|cupboards?|display cabinets?|pianos?|"
          r"rocks?|boulders?|logs?|pipes?|slabs?|planks?|joists?|branch(?:es)?|tree|trunk|barbells?|bars?|"
          r"dumbbells?|kettlebells?|plates?|weights?|machines?|forklifts?|cabinets?|wardrobes?|fridges?|"
          r"engines?|panels?|"
          # A door or gate that swings into one is an everyday knock; a heavy one that falls is not
          r"(?:garage|metal|steel|iron|heavy|fire|barn|security|field|farm|shutter|roller)\s+(?:doors?|gates?)|bales?|"
          r"sacks?|(?:bags?|sacks?) of (?:cement|sand|gravel|concrete)|"
          r"(?:\d+\s*(?:kg|kilos?|lbs?|pounds?)\s*)(?:plates?|weights?|bars?|bags?|sacks?|boxes?)?|"
          r"girders?|steels?|tiles?|roof tiles?|ladders?|tyres?|tires?|anvils?|safes?|furniture")

#: Bats, sticks and clubs whose blow to the back is a serious injury.
_IMPLEMENT = (r"bats?|cricket bat|baseball bat|club|golf club|hurleys?|hurls?|hurling stick|camans?|hockey stick|"
              r"lacrosse stick|shinty stick|sticks?|racket|racquet|paddle|cane|crowbar|iron bar|metal bar|bar|pipe|"
              r"shovel|spade|hammer|mallet|plank|pole|oar|baton|truncheon|cosh|bottle|chair")

#: The small hours, when night pain wakes people: "at 3am", "three in the morning", "the early hours".
_SMALL_HOURS = (r"at (?:like |around |about |roughly |maybe )?(?:12|1|2|3|4|5)(?::\d\d)? ?(?:am|a\.m\.?)|"
                r"(?:12|1|2|3|4|5)(?::\d\d)? ?(?:am|a\.m\.?) every (?:night|morning)|"
                r"(?:at )?(?:one|two|three|four|1|2|3|4) (?:o'?clock )?in the morning|in the (?:early|wee|small) hours|"
                r"after midnight|past midnight|before dawn|middle of the night|dead of night")

#: Said of a nerve sign, it is getting worse: "getting worse since Friday", "spreading down to my foot".
_WORSENING = (r"(?:getting worse|(?:getting|got|grown|gone) (?:much |a lot |even )?(?:worse|stronger|more intense)|"
              r"worse and worse|worsening|worsened|spreading|spread(?:s)? (?:down|further|to)|increasing|more and more|"
              r"keeps? (?:getting worse|spreading|increasing)|each day|every day (?:it'?s )?worse|by the day)")

#: "neck" the noun before "myself": a determiner, then the neck's adjective ("a stiff neck myself", "my sore neck
#: myself"); not "the pain is so bad neck myself", "my back is so sore neck myself" (the slang after a complaint).
_NOUN_NECK = "".join(f"(?<!\\b{det} {adj} )" for det in ("a", "my", "the", "me", "his", "her", "your")
                     for adj in ("stiff", "sore", "bad", "achy", "cricked", "painful", "tight"))


FLAGS: tuple[Flag, ...] = (
    Flag("bladder-bowel", Level.EMERGENCY, "acute", _rx(
        # Control said to be gone: "control of my bladder, its gone".
        r"\bcontrol\s+(?:of|over)\s+(?:my|his|her|their)\s+(?:bladder|bowels?|wee|pee|poo)\b[\s,]*(?:it'?s|its|is|has|"
        r"'s)?\s*(?:just\s+|completely\s+|totally\s+|all\s+)?(?:gone|went|disappeared)\b"
        r"(?!\s+(?:back|away|to normal|normal|up|down|better|from|into|off))",
        # Wetting the bed without knowing: "peeing the bed and she doesn't even wake up".
        r"\b(?:pee\w*|wee\w*|wet\w*|piss\w*|(?:did|passed|done|does|doing) (?:urine|pee|wee|susu|potty|toilet)"
        r"(?: in)?)\s+(?:the\s+|her\s+|his\s+|my\s+)?bed\b[^.;!?]{0,80}?\b(?:doesn'?t|doesnt|"
        r"didn'?t|didnt|don'?t|dont|not|never|without)\s+(?:even\s+)?(?:wake|waking|woke|notice|noticing|feel|feeling|"
        r"know|knowing|realis\w*|realiz\w*)",
        # The passing itself not felt: "I don't feel it when I pee, it just comes out" (NHS: loss of sensation when
        # passing urine); passed unawares with words between, and Nigerian Pidgin "I don piss for body" (wet myself).
        r"\b(?:can'?t|cant|cannot|don'?t|dont|do not|not|no longer|didn'?t|didnt|never)\s+(?:even\s+|really\s+)?"
        r"(?:feel|notice|sense)\s+(?:it|myself)\s+(?:when|while|as)\s+(?:i|you|he|she)\s+(?:pee|wee|"
        r"urinate|piss|poo)\b(?=[^.;!]{0,40}?\b(?:just (?:comes?|came|runs?|ran|leaks?|dribbles?|flows?)|"
        r"comes? out (?:on its own|by itself)|any ?more|no longer|at all)\b)|"
        r"\b(?:piss|pee|wee|shit|poo|pupu|urin)\w*\b[^.;!?]{0,25}?\bwithout (?:noticing|knowing|realising|realizing|"
        r"feeling it|my knowledge)\b|\b(?:don |dey |just )?(?:piss|pee|shit|poo|pupu)\w*\s+(?:for|inside)\s+"
        r"(?:my\s+)?(?:body|cloth|clothes|trouser|trousers|pant|pants|wrapper)\b",
        # The waterworks given up, and the urge no longer felt: "my waterworks have packed in", "I've stopped knowing
        # when I need the loo".
        r"\b(?:waterworks|bladder)\s+(?:have|has|'s|'ve|is|are)?\s*(?:just\s+|completely\s+|totally\s+)?(?:packed in|"
        r"packed up|given up|gave up|shut down|seized up|gone on strike|conked out|stopped (?:working|completely))\b|"
        r"\b(?:stopped|stop|no longer)\s+(?:knowing|feeling|sensing|noticing|getting the urge|being able to tell) when "
        r"(?:i|he|she|they) (?:need|needs|have|has) (?:to go|to pee|to wee|a wee|a pee|the (?:loo|toilet|bathroom))\b",
        # "I think I peed without noticing", "wet myself without realising".
        r"\b(?:peed|pee'?d|wee'?d|weed|wet|soiled|pooed)\s+(?:myself\s+|herself\s+|himself\s+)?without (?:noticing|"
        r"knowing|realising|realizing|feeling it)\b",
        # Passed unawares, with a few words between: "pooped a lil and didnt notice", "peed a bit without realising",
        # "wee'd slightly in my sleep and never felt it".
        r"\b(?:peed|pee'?d|wee'?d|wet|wetted|soiled|pooed|poo'?d|pooped|poop'?d|shat|crapped|leaked|dribbled)\b"
        r"(?:\s+[\w']+){0,5}?\s*,?\s+(?:(?:and|but)\s+)?(?:i\s+|he\s+|she\s+|they\s+)?(?:without (?:even )?(?:noticing|"
        r"knowing|realis\w*|realiz\w*|feeling|meaning|being aware)|(?:didn'?t|didnt|did not|never|couldn'?t|could not|"
        r"don'?t|dont)\s+(?:even\s+|really\s+)?(?:notic\w*|realis\w*|realiz\w*|feel\w*|felt|know\w*|knew|wak\w*|woke|"
        r"sens\w*|clock\w*))\b"
        # What was not noticed is the passing, not something in it: not "pooped a bit and didn't notice any blood".
        r"(?!\s+(?:any\s+(?!thing)\w+|blood|pain|mucus|red|a difference|much (?:pain|difference)|the (?:blood|pain|"
        r"colour|color)))",
        # Done in the clothes or the bed, as many Englishes say it: "did potty in my pant", "passed urine in the bed".
        # "made caca in the bed", "made pipi in my pants", as Spanish, Portuguese and Filipino speakers say it.
        r"\b(?:did|done|doing|does|passed|passing|pass|went|go(?:ne)?|made|make|makes|making)\s+(?:the\s+|a\s+)?"
        r"(?:potty|latrine|toilet|susu|su-su|pee|wee|urine|motions?|stools?|shi?t|poo|poop|caca|kaka|ca-ca|pipi|pupu|"
        r"tae|ihi|xixi|coco|number (?:one|two|1|2))\s+(?:in|on|into)\s+(?:my|his|her|their|the)\s+(?:pants?|"
        r"clothes|bed|trousers?|underwear|lungi|dhoti|wrapper|shorts|jeans|knickers|undies|sheets|dress|skirt)\b",
        # Stopped coming: "my urine stopped coming since morning", "the pee has not come since last night".
        r"\b(?:urine|pee|wee|piss)\s+(?:has\s+|have\s+|is\s+|had\s+|just\s+)?(?:stopped|stop|stops|not|no more|isn'?t|"
        r"hasn'?t|has not|is not|won'?t|will not)\s+(?:\w+\s+)?(?:coming|come|passing|passed|flowing)\b"
        r"(?!\s+(?:\w+\s+)?(?:easily|properly|freely|well|smoothly|fully|normally|quickly|like before|as much))",
        # Leaking: "I lose my pee when walking", "I've become leaky since the back went".
        r"\b(?:los(?:e|es|ing)|lost|leak(?:s|ing|ed)?)\s+(?:my |his |her |some |a bit of |a little |a few drops of )?"
        r"(?:pee|wee|urine|bladder)\b(?!\s+(?:infection|weight|bottle))"
        r"|\b(?:become|gone|got|getting|am|i'?m|been|is|she'?s|he'?s)\s+(?:a bit |very |really |so |quite )?leaky\b",
        # "cannot control potty", "can't control urine".
        rf"\b(?:can'?t|cant|cannot|can not|unable to|not able to)\s+control\s+(?:my\s+)?(?:{_PEE}|{_POO})\b"
        r"(?![^.;!?]{0,12}\byet\b)",
        # "the wee just comes by itself", "toilet comes out on its own".
        rf"\b(?:pee|wee|urine|poo|toilet|{_PEE}|{_POO})\s+(?:just\s+)?(?:comes?|came|coming|leaks?|leaking|leaked"
        rf"|runs?|"
        r"ran|dribbles?|dribbling)\s+(?:out\s+)?(?:by itself|on its own|without (?:me|my) (?:knowing|feeling|noticing|"
        r"trying))\b",
        r"\b(?:los[a-z]*|lost|no|poor|less|little|reduced|without)\s+(?:\w+\s+)?controll?\s+(?:of|over|on)\s+(?:my |"
        r"his |"
        rf"her |their |the )?(?:bladder|bowels?|pee|wee|urine|toilet|poo|bum|peeing|weeing|pooing|{_PEE}|{_POO})",
        rf"\b(?:bladder|bowels?|toilet|{_PEE}|{_POO})\s+(?:control\s+)?(?:is |are |has |have )?(?:gone|lost|"
        rf"not working|"
        r"stopped working|giving way|leaking|leaks?|failing|out of control|control (?:problems?|issues?|gone|lost))"
        r"(?!\s+(?:\w+\s+)?(?:red|pink|brown|dark|cloudy|orange|yellow|clear|bloody|a funny colou?r|a weird colou?r))",
        r"\b(?:can'?t|cant|cannot|can not|cannae|couldn'?t|couldnae|unable to|not able to|trouble|difficulty|"
        r"struggl\w* to|hard to)\s+(?:controll?|hold(?: in| on| it in)?|stop)\s+(?:my |his |her |the |it\b|(?:when|"
        r"whether|if|how often) (?:i|he|she|they) (?:need (?:to |a )?|have (?:to |a )?|want (?:to |a )?)?(?:go|"
        r"pee|wee|poo|poop|piss|wee-wee|number two|crap)|(?:my )?(?:bladder|bowels?|pee|wee|urine|poo|peeing|wee-ing|"
        r"weeing|pooing|toilet trips|it in))",
        r"\bincontinen\w*|\bincontinent\b",
        # The passing not felt: "I don't feel it when I pee any more", "can't feel the wee coming out".
        # "Don't feel anything when I pee" or "don't notice anything" is most often no pain: those take a "can't".
        r"\b(?:(?:can'?t|cant|cannot|can not|couldn'?t|no longer|barely|hardly)\s+(?:really\s+|even\s+|properly\s+)?"
        r"(?:feel|notice|sense)\s+(?:it|anything|a thing|the (?:pee|wee|urine|flow|stream|poo|stool)|"
        r"(?:my )?(?:pee|wee|urine|poo))|(?:don'?t|dont|do not|doesn'?t|does not|not|never)\s+"
        r"(?:really\s+|even\s+|properly\s+)?"
        r"(?:(?:feel|sense)\s+it|(?:feel|sense|notice)\s+(?:the (?:pee|wee|urine|flow|stream|poo|stool)|"
        r"(?:my )?(?:pee|wee|urine|poo))))"
        r"\s+(?:\w+\s+)?(?:when|while|as|if|whenever|"
        r"coming|come|passing|going)\b(?:\s+(?:i|he|she|you|they))?\s*(?:pee\w*|wee|wees|weeing|piss\w*|urinat\w*|"
        r"poo|poos|pooing|poop\w*|go to the (?:toilet|loo|bathroom)|pass (?:urine|water)|empty|out|through)\b",
        # Nothing passed: "no urine came since this morning", "no wee for 12 hours".
        r"\bno\s+(?:urine|pee|wee|piss|water)\s+(?:has\s+|have\s+)?(?:came|come|coming|comes|passed|since|for|all day|"
        r"at all|in (?:\d+|twelve|ten|eight|six|hours)|out)\b",
        r"\b(?:haven'?t|havent|hasn'?t|hasnt|have not|has not|not|no|didn'?t)\s+(?:had|done|been able to have|managed|"
        r"passed|been for)\s+(?:a |to |any )?(?:wee|pee|piss|poo|urine|water)\b",
        # Bursting or desperate for the loo (not "desperate for relief, nothing works").
        r"\b(?:bursting(?! with)|desperate(?=[^.;!?]{0,15}\b(?:pee|wee|piss|toilet|loo|go|bladder)\b))\b[^.;!?]{0,40}"
        r"\b(?:can'?t|cant|nothing|won'?t|wont)\b|\b(?:can'?t|cant|nothing)"
        r"\b[^.;!?]{0,30}\bcomes? out\b",
        r"\b(?:wet|wetting|wets|wetted|peed|pee'?d|peeing|pissed|pissing|weed|wee'?d|weeing|pooed|pooped|poo'?d|"
        r"pooing|pooping|soiled|soiling|soil|shat|shit|crapped|messed|leaked|leaking|leak)\s+(?:my|him|her|them)?self\b"
        r"|\b(?:wet|wetted|soiled|messed|peed|pooed|pooped)\s+(?:the |my |his |her )?(?:bed|pants|trousers|knickers|"
        r"underwear|undies|jeans|pyjamas|pajamas|sheets)\b",
        r"\b(?:accidents?|leak\w*|dribbl\w*)\s+(?:in|into|on)\s+(?:my|his|her|the)\s+(?:pants|underwear|trousers|"
        r"knickers|"
        r"undies|bed|sheets|jeans)\b|\b(?:had|having|keep having|have had|there were|there have been)\s+(?:an? |some "
        r"|a few |two |several )?(?:little )?(?:accidents?|leaks?)\b(?!\s+(?:at work|in the car|with the car|on the "
        r"road|at the gym|in the garden))",
        r"\b(?:didn'?t|didnt|don'?t|dont|never|not|couldn'?t)\s+(?:make it|get there|reach it|get)\s+(?:to the )?"
        r"(?:toilet|loo|bathroom|restroom|in time)",
        rf"\b(?:can'?t|cant|cannot|can not|couldn'?t|don'?t|dont|didn'?t|no longer|not)\s+(?:really )?(?:tell|feel|"
        rf"sense|notice|know)\s+(?:when|if|that)\s+(?:i|he|she|they)\s+(?:need|have|want|am about|'?m about)?\s*"
        rf"(?:to |a |an )?(?:go|pee|wee|poo|{_PEE}|{_POO}|urinate|empty)",
        # No warning before it: "I don't feel the need to wee any more, I just find I'm wet".
        r"\b(?:don'?t|do not|can'?t|cannot|no longer|never|doesn'?t|does not)\s+(?:really |even )?(?:feel|get|have|"
        r"notice|sense)\s+(?:the |any |an )?(?:need|urge|feeling|sensation|warning)\s+(?:to|of needing to|that i need "
        r"to|before i)\s+(?:go|pee|wee|poo|urinate|empty|need)",
        r"\b(?:find|found|realise|realize|realised|realized|notice|noticed)\s+(?:that )?(?:i'?m|i am|i was|i'?d|myself|"
        r"he'?s|she'?s|he was|she was|i had)\s+(?:all |been |already )?(?:wet|soaked|damp|wet myself|soiled)\b",
        # Changing clothes after an accident: "had to change my underwear twice, didn't feel it coming".
        r"\b(?:change|changed|changing)\s+(?:my|his|her|their)\s+(?:underwear|pants|knickers|undies|trousers|pyjamas|"
        r"sheets|bedding|pad)\b[^.;!?]{0,50}?\b(?:twice|again|three times|(?:didn'?t|did not|don'?t|couldn'?t|never) "
        r"(?:even )?(?:feel|notice|realise|realize|know)|without (?:feeling|noticing|knowing)|accident)",
        # Passing it unawares: "passed water in the bed without waking", "it just comes out", "emptied by itself".
        r"\b(?:bladder|bowels?)\s+(?:\w+\s+)?(?:emptied|empties|went|goes|let go|lets go|gave way|gives way|opened|"
        r"released|just went)\b(?:[^.;!?]{0,25}?\b(?:by (?:it|them)sel(?:f|ves)|on (?:its|their) own|without (?:me|my)|"
        r"by accident|no warning|unexpectedly))?",
        r"\b(?:pass(?:ed|ing)? (?:water|urine)|pee(?:d|'d|ing)?|wee(?:d|'d|ing)?|urinat\w*|wet|wetted|pooed|pooped)\s+"
        r"(?:in|into)\s+(?:the |my |his |her |their )?(?:bed|sleep|pants|trousers|knickers|underwear|undies|sheets)\b",
        r"\b(?:pee|wee|urine|water|poo|stool|it)\b[^.;!?]{0,30}?\bwithout (?:me |him |her )?(?:even )?(?:waking|"
        r"noticing|realising|realizing|knowing|feeling|meaning to|being aware)",
        r"\b(?:pee|wee|poo|urine|bladder|bowels?|toilet|loo)\b[^.;!?]{0,60}?\b(?:it|that|stuff)?\s*(?:just )?"
        r"(?:comes?|came|leaks?|leaked|dribbles?|dribbled|slips?|slipped|falls?) out\b",
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to|not able to|haven'?t been able to|havent been able to|"
        r"hasn'?t been able to|not been able to|wasn'?t able to|no|not)\s+(?:\w+\s+)?(?:pee|wee|piss|urinate|pass "
        r"(?:urine|water)|empty (?:my|his|her|the) bladder|go to the toilet|go for a wee|go for a pee|poo|poop)"
        r"(?:ed|ing)?\b",
        r"\b(?:bladder|bowel)s?\s+(?:problems?|issues?|accidents?|trouble|weakness|dysfunction|changes?|"
        r"symptoms?|isn'?t working|not working|won'?t empty|not emptying|feels? full)\b"
        r"|\b(?:changes?|change|trouble|problems?|issues?|difficulty)\s+(?:with|in)\s+(?:my |his |her )?(?:bladder|"
        r"bowels?|"
        r"peeing|weeing|going to the toilet|toilet habits|toileting)\b",
        r"\b(?:urinary|fecal|faecal|bowel|stool)\s+(?:retention|incontinence|leakage|leaking|urgency)\b"
        r"|\bretention\b|\b(?:nappy|nappies|pad|pads|adult diapers?|diapers?|depends|tena)\b(?=.{0,40}\b(?:now|since|"
        r"need|have to|started|wear|wearing)\b)",
        r"\b(?:no|not|don'?t|dont|can'?t|cant)\s+(?:\w+\s+)?(?:urge|feeling|sensation)\s+(?:to|when i|of needing to)\s+"
        r"(?:go|pee|wee|poo|need)",
        # Passing it unawares, in the words of many Englishes: "urine is coming on its own", "passing motions without
        # control", "found the bed wet", "woke to wet sheets", "leaking unknowingly".
        # (not the pain hoped to pass: "I thought it would go on its own")
        rf"\b(?:{_PEE}|{_POO}|it(?!\s+(?:would|will|should|might|may|could|'?d|'?ll)\s+(?:just\s+)?(?:go|settle|"
        r"clear)))\s+(?:\w+\s+)?(?:is |are |was |were |keeps |kept |has been |have been |just |now )?"
        r"(?:com\w*|came|pass\w*|go|goes|going|went|leak\w*|flow\w*|drip\w*|run\w*|escap\w*|drain\w*|dribbl\w*)"
        r"\s+(?:out\s+)?(?:on (?:its|their) own|by (?:it|them)sel(?:f|ves)|of (?:its|their) own(?: accord)?|"
        r"automatically|unknowingly|involuntarily|alone|without (?:my |his |her |any )?(?:control|knowledge|"
        r"knowing|feeling|noticing|warning|permission)|without (?:me|him|her) (?:knowing|noticing|feeling))",
        rf"\b(?:pass\w*|leak\w*|wet\w*|soil\w*|{_PEE}|{_POO})\b[^.;!?]{{0,30}}?\b(?:unknowingly|involuntarily|"
        r"without (?:my |any )?(?:control|knowledge)|unaware|without being aware|before i (?:can|could) (?:get|reach|"
        r"make it))\b",
        r"\b(?:saw|see|seen|found|find|finding|woke(?: up)?(?: to| in| with)?|wake(?: up)?(?: to| in| with)?|waking "
        r"(?:up )?(?:to|in|with)|noticed|notice)\s+(?:that\s+)?(?:the |my |his |her |a )?(?:bed|sheets?|bed ?sheets?|"
        r"mattress|pants|underwear|trousers|clothes|lungi|dhoti|wrapper|nightie|nightdress|pyjamas|pajamas|shorts)"
        r"\s+(?:was |were |is |are |all |had (?:become|got) |been |got )?(?:wet|soaked|damp|soiled|dirty|stained)\b"
        r"(?!\s+(?:with|in|from|by) (?:sweat|perspiration|rain|water from|tea|coffee|the dog|the cat))"
        r"|\b(?:bed|sheets?|bed ?sheets?|mattress)\s+(?:was|were|is|are|had been|has been)\s+(?:all\s+)?(?:wet|"
        r"soaked|soiled)\b(?!\s+(?:with|in|from) (?:sweat|perspiration|rain|tea|coffee))",
        r"\b(?:wetting|soiling|wet|wets|wetted)\s+(?:the|my|his|her)\s+(?:bed|pants|trousers|sheets|clothes|"
        r"underwear|lungi|dhoti|wrapper)\b|\bbed[- ]?wetting\b",
        rf"\b(?:no|lost|losing|without|little|poor|not much)\s+(?:\w+\s+)?control\s+(?:of|over|on)\s+(?:my |his |"
        rf"her |the )?(?:{_PEE}|{_POO})",
    )),
    Flag("trouble-peeing", Level.EMERGENCY, "acute", _rx(
        # A bladder that does not empty: "feel like I haven't emptied properly after a wee".
        r"\b(?:haven'?t|havent|have not|not|never|don'?t|dont|didn'?t|didnt)\s+(?:fully |properly |completely |quite "
        r"|really )?emptied\b(?!\s+(?:out|the|a|an|my|his|her|our|their|your|it|them|bins?)\b(?!\s+bladder))|"
        r"\bbladder (?:doesn'?t|does not|never|won'?t) (?:feel )?(?:fully |properly )?empty\b|"
        r"\bnot emptying (?:my |his |her |the )?(?:bladder )?(?:fully|properly|completely)\b",
        # Waiting or straining before it starts: "strain and wait a long time before the water will start".
        r"\b(?:strain\w*|wait\w*|push\w*|stand\w* there)\b[^.;!?]{0,40}?\bbefore\s+(?:the\s+|any\s+)?(?:water|pee|wee|"
        r"urine|stream|flow|anything)\s+(?:will\s+|would\s+|can\s+)?(?:start|starts|come|comes|go|goes|flow)\b",
        # Went to go and could not: "went to pee after my back went and I literally couldn't".
        r"\b(?:went|tried|go|going|trying|try)\s+(?:to\s+)?(?:go\s+)?(?:pee|wee|piss|urinate|the toilet|the loo|"
        r"for a (?:pee|wee))\b"
        r"[^.;!?]{0,60}?\b(?:couldn'?t|could not|can'?t|cannot|nothing (?:came|would come|comes)|nothing(?:'s| is) "
        r"(?:coming|come)(?: out)?|nothing will come|wouldn'?t come|"
        r"won'?t come|(?:e |it )?no (?:dey )?come)\b"
        r"(?!\s+(?:\w+\s+)?(?:get|sit|stand|wipe|bend|reach|move|walk|lift|find|stop|be bothered))",
        # "bladder full but nothing comes", "bursting for a wee and only a dribble comes out".
        r"\b(?:bladder|(?:bursting|desperate|dying|need\w*) (?:for a |to )(?:pee|wee|piss"
        r"|go))\b[^.;!?]{0,30}\b(?:but|and|yet)\s+(?:nothing|hardly anything|only a (?:dribble|"
        r"trickle|little|drop|few drops)|just a (?:dribble|trickle|few drops))\s+(?:\w+\s+)?(?:comes?|came|happens|"
        r"happened|will come)\b",
        rf"\b{_CANT}\s+(?:\w+\s+){{0,2}}(?:peeing|weeing|pee|wee|urinat\w*|passing (?:urine|water))\b",
        # Pressing the belly to pass it, or only drops coming: "I have to press my tummy to pass urine", "when I
        # wee only a few drops come".
        r"\b(?:press\w*|push\w*|squeez\w*)\s+(?:on\s+)?(?:my|his|her|the)\s+(?:lower\s+)?(?:tummy|belly|stomach|"
        r"abdomen|bladder)\s+(?:\w+\s+){0,3}?(?:to|so|before|for|and)\s+(?:\w+\s+)?(?:pee|wee|urinat\w*|pass (?:urine|"
        r"water)|the (?:pee|wee|urine) (?:to )?(?:come|start)|go)\b|"
        r"\b(?:pee|wee|urin\w*|pass(?:ing)? water|piss)\b[^.;!?]{0,40}?\b(?:only|just)\s+(?:a\s+)?(?:few\s+|"
        r"couple of\s+|tiny\s+)?drops?\b|\b(?:only|just)\s+(?:a\s+)?(?:few\s+|couple of\s+)?drops?\s+(?:of\s+)?"
        r"(?:pee|wee|urine)\b",
        # Starting or finishing, said of the pee (not "can't get going in the morning").
        rf"\b{_CANT}\s+(?:\w+\s+){{0,2}}(?:start(?:ing)?|get(?:ting)? (?:it )?going|get(?:ting)? (?:it )?started|"
        rf"going|to go|emptying|empty|finishing)\b(?:\s+(?:to |a )?(?:pee|wee|urinat\w*|stream|flow)\b"
        rf"|(?=[^.,;!?]{{0,30}}"
        rf"\b(?:pee|wee|urin\w*|stream|flow|bladder)\b))"
        # "on the loo and I can't go", "bursting for a wee, but can't get it started": the verb ends the clause.
        rf"|\b(?:pee|wee|urin\w*|toilet|loo|bladder|urinal|stream|flow)\b[^.;!?]{{0,40}}?\b{_CANT}\s+(?:\w+\s+){{0,2}}"
        rf"(?:start(?:ing)?|get(?:ting)? (?:it )?going|get(?:ting)? (?:it )?started|going|go|emptying|empty|"
        rf"finishing)\b(?=\s*(?:$|[.,;:!?)]|"
        rf"(?:and|but|even|at all|though|no matter|properly|when|however|anything)\b))",
        r"\b(?:pee|wee|urine|stream|flow|piss)\s+(?:\w+\s+){0,2}(?:won'?t|wont|doesn'?t|doesnt|takes? ages to|takes? "
        r"forever to|slow to|hard to|struggl\w* to)\s+(?:start|come|flow|get going)",
        r"\b(?:weak|slow|poor|reduced|dribbly|trickle|stop[- ]start|interrupted|feeble)\s+(?:pee|wee"
        r"|urine\s+)?(?:stream|"
        r"flow)\b|\b(?:weak|feeble|slow)\s+(?:wee|pee)\b(?!\s+(?:a lot|often|more|all))"
        # "my pee stream is really slow", "the wee is weak" (not a shower's stream, not a period's flow).
        r"|\b(?:(?:pee|wee|urine|piss)(?:\s+(?:stream|flow))?|my stream)\s+(?:is|has been|'s|feels|seems|has got|"
        r"has gone|got|gone|is getting)\s+(?:really |very |so |a bit |much |quite |dead )?(?:slow|slower|weak|weaker|"
        r"feeble|poor|a trickle|a dribble|dribbly)\b"
        r"|\b(?:hesitan\w*)\b.{0,30}\b(?:pee|wee|urin\w*|bladder|toilet)|\b(?:pee|wee|urin\w*|"
        r"toilet)\b.{0,30}\bhesitan",
        r"\b(?:peeing|weeing|urinating|going for a wee|going for a pee|going to the toilet|pee|wee)(?:'s|s)?\s+"
        r"(?:\w+\s+){0,2}"
        r"(?:is|has become|became|got|feels?|has been|gone|has gone|'s gone|getting|has got|seems?)\s+(?:\w+\s+)?"
        r"(?:hard|difficult|tricky|weird|strange|different|a struggle|slow|slower|harder|weak|weaker|a trickle|"
        r"dribbly|sluggish)\b",
        r"\b(?:straining|strain|push|pushing)\s+to\s+(?:pee|wee|urinate|go)\b",
        r"\b(?:strain\w*|push\w*|forc\w*|bear(?:ing)? down)\b[^.;!?]{0,25}?\b(?:pee|wee|urin\w*|stream|flow)\b",
        r"\b(?:bladder)\b.{0,30}\b(?:won'?t|doesn'?t|not|never|can'?t)\s+(?:fully )?empt(?:y|ies|ying)",
        # Slow to start, in any order: "difficult to begin the urine", "ages to get the wee started".
        r"\b(?:difficult|hard|tricky|struggl\w*|trouble|ages|forever|a long time|slow|an age|a while|effort)\b"
        r"[^.;!?]{0,30}?\b(?:begin|start|get)\w*\b[^.;!?]{0,25}?\b(?:pee|wee|urin\w*|piss|stream|flow|bladder)\b",
        r"\b(?:pee|wee|urin\w*|piss|stream|flow)\b[^.;!?]{0,30}?\b(?:ages|forever|a long time|a while|slow|difficult|"
        r"hard|a struggle|won'?t|doesn'?t|refuses)\b[^.;!?]{0,15}?\b(?:begin|start|come|get going|flow|happen)",
        r"\b(?:urinal|toilet|loo|bathroom|pee|wee)\b[^.;!?]{0,40}?\b(?:waiting|wait|stand(?:ing)? there|ages|"
        r"forever)\b[^.;!?]{0,40}?\b(?:happen\w*|comes?|coming|starts?|anything|something|flows?)\b",
        r"\b(?:stand(?:ing)? there|wait\w*|ages|forever|a long time|a while)\b[^.;!?]{0,40}?\b(?:happen\w*|comes?|"
        r"coming|starts?|flows?)\b[^.;!?]{0,25}?\b(?:pee|wee|urinat\w*|toilet|loo|urinal)\b",
        # Not coming freely, slowly or in drops: "urine is not coming easily", "the pee comes drop by drop".
        r"\b(?:urine|pee|wee|stream|flow|piss|water)\b\s+(?:\w+\s+)?(?:is not|isn'?t|isnt|is n't|not|doesn'?t|"
        r"does not|won'?t|will not|hardly|barely|never|no longer)\s+(?:\w+\s+)?(?:com\w*|flow\w*|pass\w*|go|goes|"
        r"going|start\w*|releas\w*)\s*(?:out\s+)?(?:easily|properly|freely|well|smoothly|fully|normally|quickly|"
        r"like before|at once|straight away|nicely|the way it used to)\b"
        r"|\b(?:urine|pee|wee|stream|flow|piss)\b[^.;!?]{0,25}?\b(?:drop by drop|in drops|little by little|bit by "
        r"bit|in (?:a )?trickles?|trickl\w*|in fits and starts|very slowly|so slowly|takes (?:long|a long time|"
        r"too long))",
        # The toilet left unsaid, as in a back-care chat (triage counts these only in a message about the back):
        # "can't go even though I'm bursting", "keep trying to go but it won't come", "need to go but nothing comes".
        # "I can't go at all": no place to go to, said of the toilet; "when I go nothing happens".
        r"\bwhen i (?:go|try to go|try)\s*,?\s*(?:there'?s\s+)?nothing (?:happens|comes(?: out)?)\b|"
        rf"\b{_CANT}\s+go\s+at all\b(?!\s+(?:to|out|for|on|in)\b)|"
        rf"\b{_CANT}\s+(?:seem to\s+|actually\s+|even\s+)?go\b(?=\s*(?:$|[.,;:!?)]|(?:even though|even tho|though|"
        r"although|despite|but|and nothing|at all|properly|no matter)\b))"
        r"(?=[^.;!?]*\b(?:desperate|bursting|need(?:ing|ed)? to|urge|trying|tried|try|strain\w*|push\w*|sat there|"
        r"nothing (?:comes|came|happens|happened|will come|is coming))\b)"
        r"|\b(?:desperate|bursting|need(?:ing|ed)? to|trying|tried|sat there|sitting there|stood there|standing "
        r"there)\b[^.;!?]{0,40}?\b" + _CANT + r"\s+go\b"
        r"(?=\s*(?:$|[.,;:!?)]|(?:even|though|although|despite|but|and|at all|properly|no matter)\b))",
        rf"\b{_CANT}\s+(?:\w+\s+)?get (?:it|anything|any) (?:started|going|out|to (?:start|come|flow))\b"
        r"(?![^.;!?]{0,40}\b(?:car|engine|mower|van|bike|laptop|computer|boiler|routine|day|morning|mornings|"
        r"workout|session|fire|business|project)\b)",
        r"\b(?:trying|tried|try|tries|been trying|keep trying|kept trying|need(?:ing|ed)? to|want(?:ing)? to|"
        r"desperate to|bursting to|dying to)\s+(?:to\s+)?go\b(?=\s*(?:$|[.,;:!?)]|(?:all (?:day|night|morning|"
        r"afternoon|evening)|for hours|since|but|and|yet|again|every)\b))[^.;!?]{0,50}?\b(?:nothing|hardly anything|"
        r"only a (?:dribble|trickle|drop|few drops)|(?:it|that)\s+(?:just\s+)?(?:won'?t|wouldn'?t|doesn'?t|didn'?t|"
        r"will not|does not) (?:come|start|happen|flow))\b(?!\s+(?:of|from|to|for|about|else|on|with|wrong|helps?|"
        r"works?|worked)\b)|\b(?:trying|tried|try|tries|been trying|keep trying|kept trying|need(?:ing|ed)? to|"
        r"want(?:ing)? to|desperate to|bursting to|dying to)\s+(?:to\s+)?go\b[,\s]+(?:but|and|yet)\s+(?:i\s+|he\s+|"
        r"she\s+|just\s+|still\s+)*" + _CANT + r"(?:\s+go)?(?=\s*(?:$|[.,;:!?)]|(?:even|though|although|at all|"
        r"properly|no matter|anything)\b))"
        r"|\b(?:been trying|keep trying|kept trying|tried|trying)\s+to\s+go\s+(?:all (?:day|night|morning|"
        r"afternoon|evening)|for hours|since (?:this morning|last night|yesterday|\w+day))\b(?!\s+(?:to|for|out|"
        r"back|home|on))",
        # Waiting at the toilet for it to come: "I have to wait long time in toilet", "stand at the urinal for ages".
        r"\b(?:wait|waits|waiting|waited|stand|standing|stood|sit|sitting|sat)\s+(?:for\s+)?(?:a\s+|so\s+|very\s+|"
        r"too\s+)?"
        r"(?:long(?:\s+(?:time|while))?|ages|forever|minutes|a while|an age)\s+(?:\w+\s+){0,2}?(?:in|at|on|over)\s+"
        r"(?:the\s+)?(?:toilet|loo|bathroom|washroom|restroom|urinal|commode|lavatory|wc|latrine)\b"
        r"(?![^.;!?]{0,30}\b(?:phone|reading|book|queue|line|scroll\w*|constipat\w*))",
    )),
    Flag("saddle-numbness", Level.EMERGENCY, "acute", _rx(
        rf"\b{_NUMB}\s+(?:\w+\s+)?(?:right |just )?between (?:my|the|his|her|their) (?:legs|thighs|cheeks)\b",
        rf"\b{_NUMB}\b[^.;!?]{{0,45}}?\b(?:in|around|round|on|of|near|down|across|by|between|at|over|under)\b"
        rf"[^.;!?]{{0,20}}?\b{_SADDLE}\b(?!\s+(?:of (?:the|my) (?:leg|back|foot|spine)|line))",
        rf"\b(?:can'?t|cant|cannot|can not|cannae|canna|couldn'?t|couldnae|could not|don'?t|dont|barely|hardly) "
        rf"(?:really |properly )?feel (?:my |his |"
        rf"her |ma |mah |me |mi )?{_SADDLE}\b",
        rf"\b{_SADDLE}\b(?:\s+(?:area|region|cheeks?|parts?|bits))?[^.;!?]{{0,45}}?\b(?:is|are|feels?|feeling|felt|"
        rf"went|"
        rf"goes|gone|going|got|getting|has gone|have gone|has been|have been|seems?|kinda|kind of|a bit|all|totally|"
        # Nigerian Pidgin "don die" (has died): "my bumbum don die".
        rf"completely|slightly|bit)?\s*(?:numb\w*|tingl\w*|dead|don die|don dey die|don dead|no feeling|asleep|"
        rf"pins and needles|(?:feels?|feel)"
        rf" (?:weird|strange|odd|funny|different|nothing|like nothing)|(?:feels?|felt|feeling) "
        rf"(?:like|as if|as though) "
        rf"(?:[\w']+ ){{0,5}}?(?:the dentist|dentist'?s|an? (?:anaesthetic|anesthetic|local|injection)|novocaine|"
        rf"anaesthetised|anesthetized|numbing (?:cream|gel|jab)))",
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|don'?t|dont|barely|hardly|not)\s+(?:really |properly |fully |"
        r"even )?"
        r"(?:feel|sense|notice)\s+(?:the |when i |it when i )?(?:toilet (?:paper|roll|tissue)|loo (?:paper|roll)|"
        r"tissue|"
        r"paper|wip\w*|the seat|toilet seat|myself when i wipe|when i wipe|myself wip\w*|(?:it|anything) when i "
        r"(?:wipe|sit))",
        r"\bwip(?:e|es|ing)\b[^.;!?]{0,40}\b(?:(?:can'?t|cant|couldn'?t|wouldn'?t|wouldnt|would not|don'?t|dont) "
        r"(?:even )?(?:tell|know)\b(?! (?:what|which|how|where|who|why))|like (?:it'?s|it is|it was) (?:not mine|"
        r"someone "
        r"else'?s)|(?:like|as if|as though) (?:i'?m |i am |i was )?(?:wiping|touching|cleaning|wiping off) "
        r"(?:someone|somebody|a stranger|another person)(?: else)?'?s?\b|numb\w*|can'?t feel|cant feel|cannot feel|"
        r"no feeling|feels? (?:weird|strange|"
        r"odd|different|nothing|funny)|don'?t feel|dont feel|not feel|barely feel|hardly feel)",
        r"\bsaddle (?:area|anaesthesia|anesthesia|numbness|region|sensation)\b|\bsaddle\b.{0,20}\bnumb",
        rf"\b(?:numb|dead|tingly)\s+{_SADDLE}\b",
        # Felt as not one's own: "my nether regions feel like they belong to someone else".
        rf"\b{_SADDLE}\b[^.;!?]{{0,20}}?\b(?:feels?|felt|feeling)\s+(?:like|as if|as though)\s+(?:they|it)\s+"
        r"(?:belongs?|belonged|are|is|were|was)\s+(?:to\s+)?(?:someone|somebody|a stranger)(?:\s+else)?(?:'?s)?\b",
        # "eggs" for the testicles, as Spanish and Portuguese speakers say it: "numbness in my eggs".
        r"\b(?:numb\w*|no feeling|no sensation|tingl\w*|pins and needles)\s+(?:in|of|on|around)\s+(?:my|his|the)\s+"
        r"eggs\b|\b(?:my|his) eggs\s+(?:are|were|is|feel\w*|gone|went|have gone)\s+(?:\w+\s+)?(?:numb|dead|tingl\w*)",
        r"\b(?:sit|sitting|sat) on (?:the )?(?:toilet|loo|seat|chair)\b[^.;!?]{0,40}\b(?:numb\w*|can'?t feel|cant feel|"
        r"no feeling|feels? (?:weird|strange|odd|different))",
    )),
    Flag("both-legs", Level.EMERGENCY, "acute", _rx(
        # The feeling or the strength said to be gone: "the feeling in both my legs, its gone".
        # (The feeling itself, not a described one that is over: "the burning feeling in my feet is gone".)
        r"(?:(?<=^)|(?<=\bthe )|(?<=\ball the )|(?<=\ball )|(?<=\bany )|(?<=[,.;:!?] ))"
        r"(?:feeling|sensation|strength|power)\s+(?:in|of)\s+(?:both\s+(?:of\s+)?(?:my|his|her|their)\s+|both\s+|"
        r"(?:my|his|her|their)\s+)?(?:legs|feet)\b[\s,]*(?:it'?s|its|is|has|have|are|'s)?\s*(?:just\s+|completely\s+|"
        r"totally\s+|all\s+)?(?:gone|went|vanished)\b"
        r"(?!\s+(?:back|away|to normal|normal|up|down|from|better|into|off|once|when|after))",
        # Legs that suddenly give: "gran's legs just folded", "his legs suddenly went from under him".
        r"(?<!with )(?<!with my )(?<!with his )(?<!with her )\b(?:legs|knees)\s+(?:just|suddenly|both)\s+(?:folded|"
        r"crumpled|collapsed|buckled|gave way|gave out|went(?: from under (?:me|him|her|them))?)\b",
        rf"\b{_BOTH}\b[^.;!?]{{0,35}}?\b(?:are|is|feel|feels|feeling|felt|went|go|going|gone|keep|keeps|kept|have|"
        rf"getting|got|been|have been|seem|just|suddenly|started|start)?\s*(?:\w+\s+)?{_LEG_SIGN}",
        rf"\b{_LEG_SIGN}\b[^.;!?]{{0,30}}?\b(?:in|of|down|through|into|to|on|across|along)\s+(?:\w+\s+)?{_BOTH}\b",
        # "i no fit feel my two leg", "cannot able to move my two legs" (Nigerian Pidgin, Indian English).
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|could not|unable to|not able to|no fit|no dey fit|no go fit|"
        r"cannot able to|not able)\s+(?:really |properly |even )?(?:feel|move|lift|stand on|control|wiggle)\s+"
        r"(?:my |his |her |their |me |the )?two (?:legs?|feet|foots?)\b",
        r"\b(?:can'?t|cant|cannot|can not|cannae|canna|couldn'?t|could not|unable to|not able to)\s+(?:really |"
        r"properly "
        r"|even )?(?:feel|move|lift|stand on|control|wiggle)\s+(?:either of\s+)?(?:my |his |her |their |both |either "
        r"|me )?(?:legs?|feet|foot)\b(?<!my leg)(?<!his leg)(?<!her leg)(?<!their leg)(?<!me leg)(?<! leg)|"
        r"\b(?:can'?t|cant|cannot|can not|cannae|canna|couldn'?t|could not|unable to)\s+(?:really |properly |even )?"
        r"(?:feel|move|lift)\s+either (?:leg|foot)\b",
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to|not able to)\s+(?:really |properly |even )?(?:stand|walk|"
        r"stand up|get up|weight bear|bear weight)\b[^.;!?]{0,40}\b(?:legs|numb|weak|give way|gave way|no strength|"
        r"feeling)\b",
        r"\b(?:paralys\w*|paralyz\w*|paraplegi\w*)\b(?! (?:by|with) (?:fear|indecision|anxiety))",
        r"\b(?:legs|knees)\s+(?:gave|give|giving|went|keep going|keep giving)\s+(?:way|out|from under)",
        # Numb or weak from the hips or bottom down (not "zapping pain from my bum down my leg": one leg's sciatica).
        rf"\b(?:{_LEG_SIGN}|can'?t feel|cannot feel)\b[^.;!?]{{0,30}}?\bfrom (?:the|my|his|her) (?:belly ?button|"
        r"hips?|navel|tummy|bum|bottom|butt) down(?:wards)?\b|\bfrom (?:the|my|his|her) (?:belly ?button|hips?|navel|"
        rf"tummy|bum|bottom|butt) down(?:wards)?\b(?![^.;!?]{{0,20}}?\b(?:my|his|her|the|one) (?:left |right )?leg\b)"
        rf"[^.;!?]{{0,25}}?\b{_LEG_SIGN}|"
        r"\bfrom (?:the|my|his|her) waist down(?:wards)?\b|"
        r"\bfrom the waist down\b|\bwaist down\b|\bbelow (?:the|my|his|her) (?:waist|hips?|belly ?button)\b",
        r"\b(?:jelly|rubber|wobbly|dead|weak|numb|heavy)\s+legs\b",
        r"\bbilateral(?:ly)?\b[^.;!?]{0,25}\b(?:legs?|lower limbs?|feet|sciatica|numb\w*|weak\w*|tingl\w*)\b",
    )),
    Flag("chest-pain", Level.EMERGENCY, "acute", _rx(
        r"\b(?:weight|elephant|something heavy|someone|somebody|a brick|bricks|a ton|a band|a belt|a vice|pressure)\s+"
        r"(?:is |was |were |are )?(?:sitting|sat|pressing|pushing|standing|stood|crushing|squeezing|tightening|wrapped|"
        r"on|round|around)\s+(?:on |round |around )?(?:my|his|her|their|the) chest\b",
        r"\bchest\b(?!\s+(?:of drawers|freezer|press|day|muscles? (?:stretch|workout|day)|workout|exercises?))"
        r"(?:\s+\w+){0,3}\s+(?:pain\w*|hurt\w*|ache\w*|aching|tight\w*|pressure|squeez\w*|discomfort|crush\w*|heav\w*|"
        r"burn\w*|sore\w*|pains?|agony|stabb\w*|sharp|pounding|constrict\w*|twinge\w*|pangs?|funny|weird|dard)",
        r"\b(?:seene|seena|sine) (?:mein|me|main|mai) dard\b",
        r"\b(?:pain\w*|hurt\w*|ache\w*|aching|tight\w*|pressure|squeez\w*|discomfort|crush\w*|heav\w*|burn\w*|"
        r"sore\w*|agony|stabb\w*|sharp|twinge\w*|spread\w*|radiat\w*|goes|going|moves|moving|shoot\w*|travel\w*)"
        r"(?:\s+\w+){0,5}\s+(?:in|into|across|around|on|to|through|at|over|behind|of|under|and|&|plus)\s+(?:my |his |"
        r"her |their "
        r"|the |his whole |my whole )?(?:chest|breast ?bone|sternum|heart|ribcage|rib cage)\b",
        r"\bchest\b[^.;!?]{0,25}\b(?:in|gripped by|caught in|squeezed (?:in|by)) a vice\b|\bvice[- ]like\b[^.;!?]{0,20}"
        r"\bchest\b|\b(?:clutch\w*|grabb\w*|holding) (?:at )?(?:my|his|her|their) chest\b",
        r"\b(?:heart (?:attack|pain)|angina|cardiac|tight chest|chest tightness|crushing|palpitations|my heart hurts|"
        r"pain (?:in|down) (?:my|his|her) (?:left )?arm and (?:my |his |her )?(?:jaw|chest))\b",
        # Not past a word that says the chest is well: "chest is fine, only a dull ache between my shoulder blades".
        r"\bchest\b(?!\s+(?:of drawers|freezer|press|day|workout|exercises?))"
        r"(?:(?!\b(?:fine|ok|okay|alright|all right|normal)\b)[^.;!?]){0,25}\b(?:pain|hurts?|hurting|ach\w*|tight|"
        r"pressure)",
    )),
    # The falls are bot.safety.falls's patterns (its Fall.serious decides which stay emergencies), in this order among
    # the other accidents.
    Flag("serious-accident", Level.EMERGENCY, "acute", _rx(
        falls.DOWN_STAIRS,
        r"\b(?:car|road|traffic|motorbike|motorcycle|moped|scooter|bike|cycling|biking|bicycle|skiing|ski|"
        r"snowboard\w*|horse|riding|rugby|football|sports?|work|workplace|building site|construction|train|bus|"
        r"lorry|truck|van|vehicle|auto|quad|atv|trampoline|climbing|diving|industrial|serious|bad|big|nasty|major|"
        rf"head-on|hit and run|terrible|awful|horrible|horrific|high speed|high-speed|{VEHICLE})\s+(?:accident|crash|"
        r"collision|"
        r"smash|wreck|pile-?up|incident|fall|injury)\b",
        # "by accident" and "a happy accident" are no crash, but the word only: "dropped a plate on my back by
        # accident" is still the blow.
        r"\b(?:crash(?:ed)?|(?<!by )(?<!happy )(?<!by an )accident|collision|wreck|pile-?up|smash(?:ed)? (?:my|the|"
        r"into)|"
        r"totalled|totaled|"
        r"t-?boned|rear[- ]?ended|whiplash|airbags? (?:went off|deployed)|side-swiped|sideswiped)\b",
        r"\b(?:hit|knocked (?:down|over|off)|struck|run over|ran over|mowed down|mown down|rammed|ploughed into|"
        rf"plowed into)\s+by\s+(?:a |an |the |some )?(?:{_THING}\w+\s+)?(?:car|van|bus|lorry|truck|"
        rf"vehicle|bike|cyclist|motorbike|train|taxi|cab|driver|someone|motorcyclist|biker|rider|{VEHICLE})\b"
        # A lighter word only of a vehicle's blow: "got bumped by a taxi", "clipped by a van" (not "bumped by someone
        # in the queue", "knocked by someone's bag", "bumped by a shopping cart").
        r"|\b(?:knocked|clipped|side-?swiped|bumped)\s+by\s+(?:a |an |the |some )?"
        rf"(?:{_THING}\w+\s+)?(?:car|van|bus|lorry|truck|vehicle|motorbike|train|taxi|cab|motorcyclist|"
        rf"{VEHICLE})\b{_THING_AFTER}"
        r"|\b(?:was|got|been|getting|get)\s+"
        r"(?:knocked (?:down|over|off)|run over|hit|tackled|kicked|punched|assaulted|attacked|beaten up|mugged|"
        r"thrown|crushed|trampled|struck|jumped)\b",
        falls.OFF_HIGH,
        falls.HARD_ONTO,
        r"\b(?:bad|nasty|big|serious|heavy|hard|awful|terrible|horrible|huge|massive|proper|major)\s+(?:fall|tumble|"
        r"crash|spill|wipe ?out|knock|blow|hit|impact|landing)\b",
        falls.A_FALL_FROM,
        # Collisions in lay words: "we had a smash on the A9", "a van went into the side of us at about 50".
        r"\b(?:had|was in|were in|been in|got in|involved in)\s+(?:a|an)\s+(?:bit of a\s+|little\s+)?(?:\w+\s+)?"
        r"(?:smash|prang|shunt|bump|"
        r"collision|"
        r"wreck|pile-?up|fender[- ]bender|rta|rtc)\b",
        rf"\b(?:car|van|lorry|truck|bus|vehicle|driver|someone|somebody|taxi|cab|tractor|motorbike|bike|he|she|they|"
        rf"{VEHICLE})\s+"
        r"(?:went|drove|ran|ploughed|plowed|crashed|smashed|slammed|rammed|piled|reversed|backed|hit|careered|"
        r"veered)\s+"
        r"(?:straight\s+|right\s+)?(?:into|in to|through)\s+(?:the (?:side|back|front) of\s+)?(?:us|me|my|our|him|her|"
        r"them|the car|the van)\b",
        # "the bakkie rolled", "the car flipped over" (not "rolled back into a post"); "the scrum collapsed on me".
        rf"\b(?:car|van|bakkie|ute|truck|jeep|suv|4x4|quad|tractor|lorry|bus|{VEHICLE})\s+(?:rolled|flipped"
        rf"|overturned)"
        r"(?:\s+over)?\b(?!\s+(?:back|forward|forwards|down|into|onto|away|off|slowly|gently|a bit))"
        r"|\bscrum\s+(?:\w+\s+)?collapsed\s+on\s+(?:top of\s+)?(?:me|him|her|us|them)\b"
        r"|\b(?:had|was in|were in|been in|involved in|in)\s+(?:an?\s+)?(?:rta|rtc)\b|\b(?:rta|rtc)\s+(?:last|this|"
        r"yesterday|today|on the|on my|on the way|a few|two|three|\d+ (?:days?|weeks?) ago)\b",
        r"\b(?:rolled|flipped|overturned|turned over|wrote off|written off|totalled|totaled)\s+(?:the|my|our|his|her|"
        r"a)\s+"
        rf"(?:{_THING}\w+\s+)?(?:car|van|tractor|quad|truck|jeep|lorry|motorbike|vehicle|atv|buggy|mower|{VEHICLE})\b"
        # (not a cart pushed along, a sled turned over to wax it: "rolled the cart back to the shed")
        rf"{_THING_AFTER}(?!\s+(?:back|up|along|across|round|around)\b|\s+over\s+(?:to|for|so)\b|\s+over\s+(?:the |a )?"
        r"(?:kerb|curb|step|steps|bump|threshold|doorstep|lip|ramp)\b)",
        # Collided, skidded or lost control at speed: "the bus collided with a lorry", "the bike skidded at high speed",
        # "lost control of the car on the bend".
        # (not a toy car, a roller coaster, a sled ride said to be fun)
        rf"{_AFTER_THING}\b(?:{VEHICLE}|car|van|bus|lorry|truck|motorbike|motorcycle|bike|scooter|moped|we)\s+"
        r"(?![^.;!?]{0,80}\b(?:great fun|such fun|so much fun|good fun|(?:he|she|they|we|i|kids) loved it|laugh\w*|"
        r"giggl\w*)\b)"
        r"(?:(?<!we )collided|(?:skidded|skid|spun|swerved|aquaplaned|went into a (?:skid|spin))\b"
        r"(?=[^.;!?]{0,40}?\b(?:speed|fast|"
        r"off the road|into (?:a|an|the|on\w*)|and (?:crashed|flipped|rolled|fell|came off|overturned|hit)|over the "
        r"(?:edge|barrier|side))\b))\b|{_NOT_A_LIMB}\bcollided with (?:a|an|the|another|some|our|my) "
        rf"(?:{_THING}\w+\s+)?(?:car|van|bus|"
        rf"lorry|truck|trailer|tractor|motorbike|bike|vehicle|train|wall|tree|{VEHICLE})\b{_THING_AFTER}|\blost "
        rf"control of (?:the|my|our|his|her|their) (?:{_THING}\w+\s+)?(?:car|van|bus|lorry|truck|motorbike|"
        rf"motorcycle|bike|scooter|vehicle|{VEHICLE})\b{_THING_AFTER}",
        # Struck by a vehicle, said actively: "an okada knocked me down", "a pickup clipped him", "a car ran me over".
        rf"\b(?:{VEHICLE}|car|van|bus|lorry|truck|motorbike|motorcycle|bike|cyclist|taxi|cab|driver|train)\s+"
        r"(?:\w+\s+)?(?:knocked|hit|struck|ran (?:me |him |her |us |them )?over|ran into|crashed into|rammed|"
        r"bumped into|clipped|side-?swiped|mowed down|dragged|flattened|ploughed into|plowed into)\s+(?:me|him|her|us|"
        r"them|my|his|our)\b"
        # (a thing of ours, not us: "the bin lorry clipped our wheelie bin")
        r"(?!\s+(?:\w+\s+)?(?:bins?|wing mirrors?|mirrors?|fences?|walls?|gates?|hedges?|letterbox|mailbox|post|"
        r"bollards?|kerb|curb|wheelie bins?|recycling|bumper)\b)",
        # Struck by something heavy: "a steel beam hit my back", "a pallet fell on me".
        r"\b(?:beam|girder|pole|post|branch|tree|pallet|crate|load|shelf|shelving|scaffold\w*|brick|bricks|rock|"
        r"boulder|"
        r"log|pipe|steel|metal|slab|machine|forklift|cabinet|wardrobe|ladder|door|gate|horse|cow|bull)\s+(?:\w+\s+)?"
        r"(?:hit|struck|fell on|landed on|came down on|crushed|pinned|knocked|smashed into|slammed into|kicked)\s+"
        r"(?:me|my|him|his|her|them|us)\b",
        # A hard hit in sport or a fall onto something hard: "ran into me very hard", "fell with my back on the post".
        r"\b(?:ran|crashed|slammed|smashed|barrelled|barreled|clattered|flew|charged|piled)\s+(?:right\s+|straight\s+)?"
        r"into\s+(?:me|him|her|us)\s+(?:\w+\s+)?(?:hard|at full speed|full pelt|at speed|flat out)\b",
        falls.ONTO_HARD,
        falls.LANDED_HARD,
        falls.OFF,
        falls.DISTANCE,
        falls.LEFT_DOWN,
        falls.HEAD_KNOCK,
        falls.BROKE,
        r"\b(?:hit|struck|whacked|smacked|bashed|slammed|belted|walloped|thumped|clobbered|clattered|clouted|"
        r"speared|kneed)\s+(?:hard\s+|right\s+|square\s+|full\s+)?(?:in|on|across|into)\s+(?:the|my|his|her)\s+"
        r"(?:lower\s+|upper\s+|low\s+|mid\s+|middle\s+|small of (?:the|my|his|her)\s+)?(?:back|spine)\b|"
        # A blow of a bat, a stick or a club: "got a belt of a hurley across the lower back", "a whack from a cricket
        # bat in the back".
        rf"\b(?:belt|whack|smack|crack|blow|thump|wallop|clatter|clout|swipe|hit|shot|dig|knock)\s+(?:of|from|with)\s+"
        rf"(?:a|an|the|his|her|their|my|some\w*'s)\s+(?:\w+\s+)?(?:{_IMPLEMENT})\b[^.;!?]{{0,25}}?\b(?:across|in|on|"
        rf"into|to)"
        r"\s+(?:the|my|his|her)\s+(?:lower\s+|upper\s+|low\s+|mid\s+|small of (?:the|my|his|her)\s+)?(?:back|spine)\b"
        r"(?!\s+(?:garden|yard|door|seat|room|field|lane|street|step|wall|fence|end|pocket|office))|"
        # A person struck with one (not the ball, the nails, nor a toy): "he hit me with a cricket bat", "got whacked
        # with a hurley".
        r"\b(?:(?:got|get|gets|getting|was|were|been|being)\s+(?:\w+\s+)?(?:hit|struck|whacked|smacked|bashed|belted|"
        r"walloped|thumped|clobbered|clouted|battered|beaten)|(?:hit|struck|whacked|smacked|bashed|belted|walloped|"
        r"thumped|clobbered|clouted|battered|beat)\s+(?:me|him|her|them|us|(?:my|his|her|their)\s+(?:lower\s+|upper\s+)?"
        r"(?:back|spine)|(?:my|his|her|their|our|a|the|some|this)\s+(?:\w+\s+)?(?:brother|sister|son|daughter|husband|"
        r"wife|partner|dad|mum|mom|father|mother|friend|mate|boyfriend|girlfriend|man|woman|guy|lad|bloke|kid|boy|girl|"
        r"neighbou?r|player|opponent|person|colleague|cousin|uncle|nephew)))\b"
        rf"[^.;!?]{{0,30}}?\b(?:with|by)\s+(?:a|an|the|his|her|their|some\w*'s)\s+"
        rf"(?!(?:plastic|toy|foam|inflatable|rubber|paper|cardboard|pool|pretend|little|tiny|soft)\b)(?:\w+\s+)?"
        rf"(?:{_IMPLEMENT})\b|"
        rf"\bhit (?:my|his|her) (?:back|spine) (?:hard|badly|on)\b|\b(?:blow|impact) to (?:the|my|his|"
        r"her) (?:back|spine)\b",
        # Something heavy dropped or swung onto the back: "dropped a 45 plate on my back", "a bag of cement fell
        # across his back", "clouted by a swinging scaffold pole", "got whacked by a falling plank".
        # (The object alone is the find, so that the fall readers do not take "fell on my back" for a person's fall.)
        # The thing is what falls: no person nor a new clause between it and the verb ("slipped at the bar and fell on
        # my back" is a person's fall, for the fall readers).
        rf"\b(?:{_HEAVY})\b(?=(?:\s+(?!(?:i|he|she|we|they|you|and|then|but|so|when|while|as|me|my)\b)[\w'-]+){{0,3}}"
        r"\s+(?:drop|drops|dropped|dropping|fell|fall|falls|falling|came down|"
        r"come down|crashed|landed|slammed|swung|toppled|tipped|rolled|slid|slipped|slide)\b[^.;!?]{0,30}?\b"
        r"(?:on|onto|across|into|against)\s+(?:(?:my|his|her|their|the)\s+"
        r"(?:lower\s+|upper\s+)?(?:back|spine|neck)|(?:on )?top of (?:me|him|her|(?:my|our) (?:\w+ )?(?:"
        rf"{people.RELATIVES}))|me|him|her|(?:my|our) (?:\w+ )?(?:{people.RELATIVES}))\b)",
        rf"\b(?:dropped|dropping|drops|dropt)\s+(?:a|an|the|some|his|her|their|a whole)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_HEAVY})\s+(?:right\s+|straight\s+)?(?:on|onto|across)\s+(?:(?:my|his|her|their|the)\s+(?:lower\s+|"
        r"upper\s+)?(?:back|spine|neck)|me|him|her)\b",
        r"\b(?:hit|struck|clouted|whacked|smacked|walloped|thumped|clobbered|bashed|smashed|clipped|crushed|pinned|"
        r"belted|twatted|cracked|knocked)\s+(?:hard\s+|badly\s+)?(?:\w+\s+){0,4}?by\s+(?:a|an|the|some|one of the)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_HEAVY})\b",
        # A hard hit in sport: "took a hit straight into the boards", "got slammed into the wall at hockey".
        r"\b(?:took|taken|taking|got|had|copped)\s+(?:a\s+)?(?:\w+\s+)?(?:hit|check|tackle|knock|smash|slam|shoulder)"
        r"\s+(?:\w+\s+){0,2}?(?:into|against|onto)\s+(?:the|a)\s+(?:boards|barrier|wall|post|goal ?post|fence|"
        r"railings?|rail|ice|deck|crossbar)\b"
        r"|\b(?:slammed|smashed|checked|thrown|crashed|hurled|flung|boarded|rammed|driven|launched)\s+(?:\w+\s+)?"
        r"(?:into|against)\s+(?:the|a)\s+(?:boards|barrier|wall|post|goal ?post|fence|railings?|crossbar)\b",
        # A fall at speed in lay words: "wiped out hard on a black run", "stacked it badly on the bike".
        r"\b(?:wip(?:ed|e|es|ing) ?out|stack(?:ed|s)? it|came a cropper|bail(?:ed|s)?|biffed it|ate it)\b"
        r"[^.;!?]{0,12}?\b(?:hard|badly|big time|at speed|at full speed|going fast|flat out|at \d+)\b",
    )),
    # Signs of a heart attack with back or chest pain (NHS: Heart attack): pain spreading to the jaw, neck or arm,
    # said with sweating, breathlessness, feeling sick or dizzy (triage checks the message holds one of those, or
    # both the jaw and the arm).
    Flag("heart-attack", Level.EMERGENCY, "acute", _rx(
        r"\b(?:pain\w*|hurt\w*|ach\w*|sore|tight\w*|pressure|heav\w*|squeez\w*|spread\w*|radiat\w*|goes|going|went|"
        r"moves?|moving|travel\w*|shoot\w*)\b[^.;!?]{0,40}?\b(?:in|into|to|up to|down|through|across|and|&|plus|"
        r"too|also)\s+(?:my |his |her |their |the |both )?(?:left |right )?(?:jaw|jawline|jaw bone|arms?|neck and "
        r"(?:my |his |her )?(?:left )?arm|left shoulder and arm)\b",
        r"\b(?:jaw|jawline|left arm|arms)\b[^.;!?]{0,30}?\b(?:pain\w*|hurt\w*|ach\w*|sore|tight\w*|heavy|numb)",
        # Pain between the shoulder blades (NHS: Heart attack lists it beside chest pain), which triage counts only
        # with another sign: the jaw or the left arm, breathlessness, sweating, sickness or dizziness, not after effort.
        r"\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|tight\w*|pressure|heav\w*|squeez\w*|burn\w*|stabb\w*|sharp|discomfort|"
        r"crush\w*)\b[^.;!?]{0,30}?\bbetween\s+(?:my |his |her |their |the |your )?shoulder[- ]?blades\b"
        r"|\bbetween\s+(?:my |his |her |their |the |your )?shoulder[- ]?blades\b[^.;!?]{0,30}?\b(?:pain\w*|hurt\w*|"
        r"ach\w*|sore|tight\w*|pressure|heav\w*|squeez\w*|burn\w*|crush\w*)",
        # Breathless, which triage counts only with sweating or sickness and back pain, not after effort.
        r"\b(?:short of breath|breathless\w*|can'?t (?:catch my |get my )?breath\w*|(?:hard|difficult|struggl\w*) to "
        r"(?:breathe|catch my breath))\b",
    )),
    # A sudden tearing or ripping pain through the back (NHS: Abdominal aortic aneurysm: sudden, severe pain in the
    # tummy or back is an emergency); triage checks the message says it is sudden or severe.
    Flag("tearing-pain", Level.EMERGENCY, "acute", _rx(
        r"\b(?:tearing|ripping|shredding|splitting open)\s+(?:\w+\s+)?(?:pain|feeling|sensation|ache|agony)\b",
        r"\b(?:pain|feel\w*|felt|sensation|agony)\b[^.;!?]{0,25}?\blike (?:something|someone|i'?m|i am|it'?s|it is|"
        r"my (?:back|insides?|spine)|i was|it was|i'?d been|i had been)\s+(?:is |was |being |been |getting |got )?"
        r"(?:\w+\s+)?(?:tearing|ripping|torn|ripped|being torn|being ripped|splitting)\b",
    )),
    # Blood in the pee (NHS: Blood in urine: "ask for an urgent GP appointment or get help from NHS 111").
    Flag("blood-in-urine", Level.URGENT, "acute", _rx(
        r"\bblood\w*\b[^.;!?]{0,25}?\b(?:in|on|when|while|after|with|from)\b[^.;!?]{0,12}?\b(?:pee|peeing|wee|weeing|"
        r"urine|urinat\w*|piss|pissing|toilet bowl|the toilet)\b",
        r"\b(?:pee|wee|urine|piss)\b[^.;!?]{0,20}?\b(?:is|was|has|had|looks?|looking|looked|gone|turned|came out|"
        r"comes out|coming out|been)\s+(?:\w+\s+)?(?:bloody|blood|red|reddish|pink|pinkish|brown|dark brown|"
        r"cola[- ]colou?red|rusty|rust[- ]colou?red|tea[- ]colou?red|coca[- ]cola)\b",
        r"\b(?:bloody|red|pink|brown|cola[- ]colou?red)\s+(?:pee|wee|urine|piss)\b|\b(?:haematuria|hematuria|"
        r"hematuira|blood in (?:the |my )?(?:pee|wee|urine))\b|\b(?:peeing|pissing|weeing|passing)\s+blood\b",
    )),
    # Being sick over and over with back pain (NHS: Kidney infection: back or side pain with being sick needs an
    # urgent GP appointment or 111); "sick of it", "off sick", "sick leave" are not it.
    Flag("vomiting", Level.URGENT, "acute", _rx(
        r"\b(?:vomit\w*|throwing up|threw up|thrown up|throw up|puk(?:e|es|ed|ing)|spewing|chucking up|chucked up|"
        r"retching|being sick|keep being sick|been sick (?:all|every|twice|three|several|loads|a few|all over)|"
        r"(?:can'?t|cannot|can not|couldn'?t|unable to) (?:stop being sick|keep (?:any(?:thing)?|food|water|fluids?|"
        r"drinks?|it|a thing)(?: \w+)? down))\b",
    )),
    # Pain that catches on breathing in, or high between the shoulders with it (NHS: Back pain lists pain from the
    # top of the back, between the shoulders, among the urgent signs; NHS: Pleurisy). Plain upper-back aches from
    # posture are the commonest ordinary message: they need the breathing.
    Flag("breathing-pain", Level.URGENT, "acute", _rx(
        r"\b(?:pain\w*|hurt\w*|ach\w*|sore|agony|sharp|stab\w*|catch\w*|twinge\w*|worse)\b[^.;!?]{0,30}?\b(?:when|"
        r"whenever|every time|each time|if|as|while)\s+(?:i |he |she |they )?(?:take (?:a |in a )?(?:deep |big )?"
        r"breaths?|breathe?s?(?: in| deeply| deep| out)?|breathing(?: in| deeply)?|inhal\w*|try to breathe|draw "
        r"(?:a )?breath)\b",
        r"\b(?:hurts?|hurting|painful|agony|sore|difficult|hard|sharp|stabbing)\s+(?:for me\s+)?to (?:take a (?:deep "
        r"|big |full )?breath|breathe?(?: in| deeply| deep)?|inhale)\b"
        r"|\b(?:breathing in|deep breaths?|every breath|each breath|breathing deeply|inhaling)\s+(?:\w+\s+)?"
        r"(?:hurts?|is painful|is agony|kills|stabs|catches|makes it worse|makes (?:it|the pain) (?:worse|sharper))\b",
    )),
    # Pain made worse by sneezing, coughing or pooing (NHS: Back pain, urgent): said of now, not a sneeze that set it
    # off ("my back went when I sneezed").
    Flag("cough-sneeze", Level.URGENT, "acute", _rx(
        r"(?<!throat )(?<!head )(?<!ears )(?<!ear )(?<!nose )(?<!sinuses )(?<!eyes )(?<!tummy )(?<!stomach )"
        r"(?<!belly )(?<!throat is )(?<!head is )\b(?:hurts?|hurting|kills|killing|agony|pain\w*|worse|shoot\w*"
        r"|stabs?|excruciating|unbearable|murder)\s+"
        r"(?:\w+\s+){0,3}?(?:when(?:ever)?|every time|each time|if|as soon as)\s+(?:i |he |she |they )?(?:\w+\s+)?"
        r"(?:sneeze|sneezes|cough|coughs|poo|poos|go for a poo|go to the toilet for a poo|strain|strains|open my "
        r"bowels|have a (?:poo|bowel movement|number two|dump)|laugh hard)\b",
        r"\b(?:sneezing|coughing|pooing|straining (?:on|at) the (?:toilet|loo)|every (?:sneeze|cough))\s+(?:\w+\s+)?"
        r"(?:makes? (?:it|the pain|my back)|is|hurts|kills|sends|shoots)\s+(?:\w+\s+)?(?:worse|agony|agonising|"
        r"agonizing|unbearable|excruciating|murder|hell|through the roof|pain|shooting|me)\b",
        # "it hurts my back to cough", "when I sneeze my back screams".
        r"\b(?:hurts?|kills|agony|agonising|agonizing|painful|sore)\s+(?:for\s+)?(?:my (?:lower |upper |low )?back)\s+"
        r"(?:to|when(?:ever)? i|if i|every time i)\s+(?:cough|sneeze|laugh|poo|strain)\b"
        r"|\b(?:when(?:ever)?|every time|each time|if)\s+i\s+(?:cough|sneeze|poo|strain)\b,?\s+(?:it\s+|my (?:lower "
        r"|upper "
        r"|low )?back\s+|the pain\s+)(?:really\s+|just\s+)?(?:hurts|kills|shoots|stabs|is agony|screams|twinges"
        r"|is worse|"
        r"gets worse|goes through me)\b",
    )),
    Flag("fever", Level.URGENT, "acute", _rx(
        r"(?<!hay )(?<!hay-)(?<!cabin )(?<!spring )(?<!yellow )(?<!scarlet )(?<!glandular )(?<!night )(?<!football )"
        r"(?<!world cup )(?<!saturday night )(?<!election )(?<!gold )(?<!jungle )(?<!valley )\b(?:fever\w*|fevr|"
        # and its slips of the thumb: "fevet", "fevor", "fevah"
        # and the word of other languages said inside English: "j'ai de la fièvre and back pain", "febbre alta"
        r"feaver|feverish|fevers|fevet|fevor|fevar|fevah|fevere|feverr|fver|calentura|fiebre|"
        r"(?<!pas de )(?<!pas de la )(?<!sans )(?<!sin )(?<!senza )(?<!kein )(?<!keine )(?<!sem )(?<!no )(?<!niente )"
        r"(?<!nessuna )(?<!ohne )(?<!non ho )(?<!non ha )"
        r"(?:fi[eè]vre|febbre|fieber))\b"
        r"(?!\s+(?:pitch|dream|tree))",
        r"\b(?:a|high|running a|run a|got a|have a|had a|with a|slight|bit of a|raised|high-ish|mild|low[- ]grade|"
        r"spiking a|spiked a)\s+(?:temp|temperature|tempreture|temprature)\b|"
        r"\btemperature\b(?=[^.;!?]{0,30}\b(?:3[7-9]|"
        r"4[0-2]|9[89]|10[0-6])(?:[.,]\d)?\b)|\b(?:3[89]|4[01])(?:[.,]\d)?\s*(?:°|degrees?|c\b|deg)|\b(?:99|10[0-5])"
        r"(?:[.,]\d)?\s*(?:°|degrees?|f\b)",
        r"\b(?:chills|chilly and|shiver\w*|shivery|shakes|the shakes|rigors?|night sweats?|sweating at night|"
        r"(?:hot|boiling) and (?:cold|shivery)|(?:cold|shivery) and (?:hot|sweaty)|hot (?:then|and then) cold|"
        r"burning up|"
        r"hot flushes and chills|clammy|sweat\w* (?:buckets |loads |a lot |like mad |heavily |badly )?(?:at night|"
        r"in bed|"
        r"in the night|overnight|in my sleep)|(?:wak\w*|woke) up (?:soaked|drenched|soaking|wet through|in a sweat)|"
        r"drenched (?:sheets|pyjamas|pajamas)|(?:soaked|drenched|soaking|wet|dripping) (?:in|with) (?:sweat|"
        r"perspiration)|(?:sheets|bed|pyjamas|pajamas|t-?shirt|nightie|clothes|pillow)\s+(?:\w+\s+)?(?:soaked|drenched|"
        r"soaking|wet through) (?:in|with|from) (?:sweat|perspiration)|feel(?:ing)? (?:hot|feverish|flu-?ish|fluey|"
        r"flu-like|"
        r"like i have (?:the )?flu|"
        r"poorly and hot)|flu[- ]?like|fluey|flu-ish|sweats)\b",
        r"\b(?:infection|infected|septic|sepsis|abscess|uti|kidney infection|pyelonephritis|discitis|meningitis|"
        r"pyrexi\w*|febrile)\b"
        r"|\b(?:have|has|got|having|down with|caught|suffering from|being treated for|positive for|tested positive "
        r"for)\s+(?:a\s+|the\s+)?(?:malaria|typhoid|dengue|chikungunya)\b",
        # A reading without its unit: "temp is 102", "fever 101", "thermometer said 38.4", "102 temp".
        r"\b(?:temp|temps|temperature|tempreture|temprature|fever|thermometer|reading)\b[^.;!?\d]{0,20}?"
        r"(?<![\d.,])(?:37[.,][5-9]|3[89](?:[.,]\d)?|4[0-2](?:[.,]\d)?|99[.,][5-9]|10[0-6](?:[.,]\d)?)(?![\d.,]*\d)"
        r"(?!\s*(?:%|percent|kg|kgs|kilos|lbs?|pounds|minutes|mins|km|miles|steps|times|days|years|hours|hrs|ml|mg|"
        r"cm|watts?|w\b|rpm))"
        r"|\b(?:3[89]|4[01]|10[0-5])(?:[.,]\d)?\s*(?:°\s*)?(?:c\s+|f\s+)?(?:temp|temperature|fever"
        r"|on the thermometer)\b",
        # "feels like malaria", "woke up wringing wet", "shaking under the duvet".
        r"\b(?:feels?|felt|feeling) like (?:i'?ve got |i have |i'?ve |i got |i'?m getting |i am getting )?(?:the "
        r"|a )?(?:malaria|typhoid|dengue)\b(?! (?:jab|vaccine|tablets?|shot|injection))|\bwringing wet\b|\bshaking "
        r"(?:under|in) (?:the|my) (?:duvet|covers|blankets?|quilt)\b",
        # The body hot, said as people say a fever in Indian, Nigerian and other Englishes: "my body is hot",
        # "whole body feels hot", "high body temperature", "running hot" (not "my back is hot": that is pain).
        r"\b(?:my|his|her|their|the|whole|full)\s+(?:whole\s+|full\s+)?(?:body|forehead)\s+(?:is|was|feels?|felt|"
        r"has been|have been|'s|s|gets|getting|got|went|became|becoming|keeps|is getting)?\s*(?:\w+\s+)?(?:hot|"
        r"burning|on fire|feverish|like fire|like an oven)\b|\b(?:body|bodily)\s+(?:heat|temperature|temp)"
        r"\s+(?:is\s+)?(?:\w+\s+)?(?:high|up|raised|rising|too much)\b|\bhigh body (?:heat|temperature|temp)\b"
        r"|(?:\b(?:i'?m|im|i am|i'?ve been|ive been|been|he'?s|she'?s|he is|she is|they'?re)\s+|(?:^|[,.;+&]\s*))"
        r"running (?:a bit |really |very |kinda |kind of |pretty |super |quite )?(?:hot|warm)\b",
        # Shaking with cold that will not go: "teeth chattering", "can't get warm under two blankets".
        r"\b(?:teeth (?:are |were |keep )?chattering|(?:can'?t|cannot|couldn'?t|can not) (?:seem to )?(?:get|stay|"
        r"keep) "
        r"warm|shaking (?:all over|uncontrollably|like a leaf)|freezing cold (?:and|but) (?:sweating|sweaty|hot))\b",
        # Swinging between hot and cold: "boiling hot then freezing", "freezing one minute and sweating the next".
        r"\b(?:hot|boiling|burning|roasting|sweating|sweaty|baking)\b[^.;!?]{0,15}?\b(?:then|one minute|and then|"
        r"the next|next minute)\b[^.;!?]{0,15}?\b(?:freezing|cold|shivering|shivery|chills?|icy)\b"
        r"|\b(?:freezing|cold|shivering|shivery)\b[^.;!?]{0,15}?\b(?:then|one minute|and then|the next|next minute)"
        r"\b[^.;!?]{0,15}?\b(?:hot|boiling|burning|roasting|sweating|sweaty|baking)\b",
    )),
    Flag("weight-loss", Level.URGENT, "acute", _rx(
        # "looking gaunt", "slimmed without trying", "jeans are baggy now", "weak and thin", "kilos just vanishing".
        r"\b(?:look\w*|gone|getting|got|so|very|really)\s+(?:\w+\s+)?(?:gaunt|skeletal|emaciated|scrawny)\b"
        r"|\bbony now\b|\b(?:slimmed"
        r"|thinned|"
        r"shrunk|shrank|lost weight)\s+(?:down\s+)?without (?:trying|dieting|meaning to)\b|\bnothing fits,? (?:it'?s |"
        r"everything'?s )?all too big\b|\b(?:jeans|trousers|clothes|pants|skirts?|dresses)\s+(?:are|have got|have gone|"
        r"'re)\s+(?:all\s+|so\s+|really\s+)?(?:baggy|loose) (?:now|on me)\b|\b(?:getting|gone|grown|becoming"
        r"|looking) (?:so |very |really )?(?:weak|frail) and "
        r"(?:thin|skinny|thinner)\b|\b(?:weight|kilos|kgs|pounds|stones?)\s+(?:is\s+"
        r"|are\s+)?(?:just\s+)?(?:vanish\w*|disappear\w*|"
        r"melting off|falling off)\b",
        r"\b(?:unexplained|unintentional|unintended|unexpected|sudden|rapid|strange|weird|mysterious|unplanned|"
        r"random|big|lots of|significant|dramatic)\s+(?:\w+\s+)?(?:weight[- ]?loss|loss of weight|drop in weight)\b",
        # Slimmer, and said not to be dieting: "I have slimmed down but I am not dieting", "got thinner, not trying".
        # (thinned or shrunk said of a person, not "my jumper shrank in the wash", "my hair has thinned")
        r"\b(?:slimmed|(?<=\bi )(?:thinned|shrunk|shrank)|(?:i|he|she|we|they|you)(?:'?ve|'?s| have| has| had)?"
        rf"\s+(?:really |just |kind of |sort of |kinda )?(?:thinned|shrunk|shrank)|(?:{people.RELATIVES})"
        r"(?:'?s| has| have| had)?\s+(?:really |just )?(?:thinned|shrunk|shrank)|lost weight|got (?:thinner|skinnier|"
        r"slimmer)|(?:become|gone|grown) "
        r"(?:thin|thinner|slim|slimmer|skinny))(?:\s+down)?\b(?=[^.;!?]{0,50}\b(?:not|n'?t|nt|never|without|no) "
        r"(?:\w+ ){0,2}?(?:dieting|trying|on a diet|diet|meaning to|exercising|changed))",
        # Said as non-native English words it: "weight drop 6 kilos in 1 month", "my weight reduce 5 kg".
        r"\b(?:los[a-z]*|lost|loos(?:ing|t|e)|dropp[a-z]*|dropped|drops?|reduc\w*|decreas\w*|shed|shedding|gone down|"
        r"went down|down|come down|came down|coming down|fell|fallen)\s+"
        r"(?:\w+\s+){0,4}?"
        r"(?:\d+(?:[.,]\d+)?\s*)?(?:weight|stones?|st|kg|kgs|kilos?|kilogram(?:me)?s?|pounds|lbs?|dress sizes?|"
        r"sizes?)\b"
        r"(?=[^.;!?]{0,60}\b(?:without|for no|no "
        r"(?:idea|reason|clue)|(?:don'?t|do not|dont) know why|(?:can'?t|cannot|cant|couldn'?t) (?:work out|figure out|"
        r"explain|understand|think) why\b(?!\s+(?:my|the|his|her|it|i|this)\b)|dunno why|no explanation|"
        r"not (?:trying|dieting|sure why)|(?:not|n'?t|"
        r"nt) (?:been )?(?:trying|"
        r"dieting|on a diet)|(?:was|were|is|am|are|have|has|had)(?:n'?t| not) (?:been )?(?:trying|dieting|on a diet)|"
        r"not on (?:a |any )?diet|unexplained|by itself|on "
        r"its own|not on a diet|haven'?t (?:changed|been dieting|been trying|tried)|havent|no diet|didn'?t (?:try|mean|"
        r"change|diet)|eating (?:the same|normally|normal|as usual|more)|even though|despite|randomly|strange|weird|"
        r"mysteriously|not meaning|unintentional|not intentional|no change|worried|worrying|concern|not on purpose|"
        r"not deliberately|not intentionally))",
        r"\b(?:weight|kilos?|kg|pounds)\s+(?:is |has been |keeps |just |seems to be |are )?(?:falling|dropping|"
        r"coming|melting|flying|disappearing|dropped|fallen)\s+(?:off|away)?\b",
        # Said in the past: "the weight fell off me", "the pounds just melted away", "kilos came off without trying".
        r"\b(?:weight|kilos?|kgs?|kilograms?|pounds|lbs|stones?)\s+(?:(?:has|have|had|just|simply|all|really|"
        r"literally)\s+){0,2}"
        r"(?:fell|fall|falls|came|come|comes|melted|melts|flew|dropped|slid|dripped|peeled|fallen|dropping)\s+"
        r"(?:right |straight |just )?(?:off|away)\b"
        # (stones off a wall, a roof or a cart are stones: "a few stones fell off the garden wall")
        r"(?!\s+(?:the|a|an|our|their|his|her|its|some)\s+(?:\w+\s+)?(?:walls?|roofs?|carts?|trucks?|lorry|"
        r"buildings?|towers?|edges?|path|cliffs?|piles?|heaps?|tops?))",
        # (not new clothes, clothes hung up, or bought in the wrong size: "my shirts are hanging on the line", "my new
        # uniform is too big, they sent the wrong size")
        r"(?<!new )\b(?:clothes|jeans|trousers|pants|belt|shirts|tops|dresses|skirts|kurtas|uniform|salwars?|blouses)"
        r"\s+(?:are|is|have|has|got|getting|feel)?\s*(?:\w+\s+){0,2}?(?:loose|looser|hanging(?!\s+(?:on (?!me\b|him\b|"
        r"her\b|them\b)|in|up|out|from|over|to dry|off (?:the|a|my)|around (?:the|in))\b)|falling off|too big)\b"
        r"(?!\s*(?:fit|fitting|style|cut)\b)(?![^.;!?]{0,50}\b(?:wrong size|bought|ordered|sent|online|sized up|"
        r"size up|second-?hand|hand-?me-?downs?|borrowed|shrank|stretched)\b)",
        r"\b(?:losing|lost|loosing|loosed|dropping|dropped|shedding|shed)\s+"
        # "lost my appetite and about half a stone": another loss said first
        r"(?:(?:my|his|her|their|all)\s+(?:\w+\s+)?(?:and|&|plus)\s+)?(?:(?:a lot of |loads of |a load of |"
        r"so much |lots of |a fair bit of |a bunch of |a heap of |tons of |"
        r"heaps of |a ton of )?(?:weight|wieght)|(?:about |nearly |almost |over |like )?(?:(?:\d+(?:[.,]\d+)?|two|"
        r"three|four|five|six|several|half a)\s*(?:stones?|st)|"
        # a stone of weight, not one dropped: "dropped a stone on my foot", "a stone slab", "shed a stone of books"
        r"a stone(?!\s+(?:on|onto|off|into|at|from|out|slabs?|walls?|steps?|blocks?|of (?!weight)))|"
        r"(?:[5-9]|\d\d|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|"
        r"fifteen|twenty)(?:[.,]\d+)?\s*(?:kg|kgs|kilos?|kilogram(?:me)?s?)|(?:1\d"
        r"|[2-9]\d)"
        r"\s*(?:pounds|lbs?))(?:\s+of weight)?)\b(?![^.;!?]{0,50}"
        r"\b(?:on purpose|deliberately|intentionally|dieting|diet|by eating|gym|exercis\w*|running|calorie|"
        r"slimming|weight watchers|keto|fasting|trying to|want|wanted|plan|goal|tips|help|does|can|will|would|"
        r"should|how to|how do|to lose|ozempic|wegovy|mounjaro|surgery|baby|pregnan\w*|feel\w* (?:better|great|"
        r"good|lighter)|proud|pleased|happy|finally|helped)\b)(?<!want to losing weight)",
        # The body wasting, in lay words: "getting thinner and thinner", "skin and bone", "ribs showing now".
        r"(?<!hair )(?<!hair is )(?<!hair's )\b(?:getting|gone|going|grown|becoming|got)\s+(?:so\s+|really\s+|very\s+)?"
        r"(?:thin|thinner|skinny|skinnier|scrawny|gaunt|bony|frail)\b(?!\s+on top)(?!\s+(?:bones|skin|hair|walls?|"
        r"blood|discs?|cartilage|soles?)\b)(?:\s+and\s+(?:thinner|thin))?"
        r"|\b(?:wasting away|withering away|fading away|melting away|skin and bones?|bag of bones|"
        r"thin as a (?:rake|stick|"
        r"rail)|ribs (?:are )?(?:showing|sticking out)|cheeks? (?:are |have )?(?:sunken|hollow\w*|sunk)|"
        r"face (?:has |is )?(?:gone |got |getting |looks? )?(?:thin|thinner|gaunt|hollow)|(?:rings?|watch(?:es)?|"
        r"dentures)\s+(?:\w+\s+)?(?:falling|slid\w*|slipping|coming|fall|slide|slip)\s+off|"
        r"(?:dentures|rings?|watch(?:es)?) (?:are |is |have |has )?(?:\w+\s+)?loose|new holes? in (?:my|his|her) belt|"
        r"(?:nothing|none of my clothes) fits? (?:me )?(?:any ?more|now)|"
        r"(?:clothes|everything) (?:is |are )?(?:all )?too big (?:on|for) me|"
        r"(?:jeans|trousers|clothes|dresses|shirts|pants|skirts?)\s+(?:are |is )?(?:\w+\s+)?(?:hanging off|"
        r"falling down)|(?:scales?|weight)\s+(?:\w+\s+){0,2}?(?:going|gone|goes|coming|keeps? going) down|"
        r"lost (?:flesh|muscle and weight)|weight (?:has )?dropped (?:a lot|loads|"
        r"so much|massively))\b",
    )),
    Flag("cancer-history", Level.URGENT, "risk", _rx(
        # "had the C word", "stage 4", "treated at the Marsden", "my Macmillan nurse".
        r"\bhad (?:the )?(?:big )?c[- ]?word\b|\bstage (?:4|four|iv)\b(?!\s+(?:of|in)\b)|\b(?:treated|treatment|chemo|"
        r"radiotherapy|oncology|under)\b[^.;!?]{0,20}\b(?:(?:royal )?marsden|the christie|clatterbridge|tata memorial|"
        r"md anderson|sloan kettering|dana farber|peter mac\w*)\b|\b(?:my|have a|got a|seeing (?:a|my)|from (?:my|the)|"
        r"his|her) macmillan nurse\b",
        # A clinician's shorthand: "hx of bowel ca", "PMH breast ca 2019", "h/o prostate ca".
        r"\b(?:hx|h/o|pmh|history)\s*(?:of\s+)?(?:\w+\s+)?ca\b(?!\s*(?:\+|2\+|channel|levels?|supplements?))",
        r"\b(?:cancer|cancers|tumou?rs?|tumou?r|malignan\w*|metasta\w*|carcinoma|sarcoma|lymphoma|leuk(?:a)?emia|"
        r"myeloma|melanoma|oncolog\w*|the big c|mastectomy|lumpectomy|radiotherapy|radiation therapy|"
        r"in remission|remission|chemo\w*|chemotherapy|hodgkin'?s?|neoplasm|secondar(?:y|ies) in)\b"
        r"(?!\s+(?:research|awareness|charity|fundraiser|run|walk|sign|star ?sign|crab|zodiac))",
    )),
    Flag("night-pain", Level.URGENT, "acute", _rx(
        r"\b(?:lying(?: down)?|lie down|resting|rest|sitting still|keeping still|changing position|any position|sleep|"
        r"painkillers)\s+(?:\w+\s+)?(?:makes?|made|is making|does|did)\s+(?:no|zero|little|not? (?:any|much))\s+"
        r"(?:\w+\s+)?"
        r"difference\b",
        r"\b(?:wakes?|waking|woke|woken|keeps?|kept)\s+(?:me|him|her|them|us)\s+(?:up\s+)?(?:up|at night|in the night|"
        r"during the night|all night|every night|awake|from sleep)\b",
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to|not able to|hardly|barely|struggl\w* to)\s+(?:get to\s+|"
        r"go "
        r"to\s+|fall\s+)?(?:sleep|asleep|rest|lie down|lie still|get comfortable|find a comfortable position|get comfy)"
        r"\b[^.;!?]{0,40}\b(?:pain|hurt\w*|ache|aching|agony|sore)",
        r"\b(?:pain|hurt\w*|ache|aching|agony|sore)\b[^.;!?]{0,40}\b(?:can'?t|cant|cannot|couldn'?t|unable to)\s+"
        r"(?:sleep|get to sleep|rest)\b",
        r"\b(?:worse|worst|bad|terrible|awful|unbearable|excruciating|agonising|agonizing|intense|severe|throbbing|"
        r"constant|horrible|killing)\s+(?:\w+\s+){0,3}(?:at night|in the night|during the night|overnight|night ?time|"
        r"for night|"
        r"in bed "
        rf"at night|when i'?m in bed at night|every night|all night|at nite|at nyt|{_SMALL_HOURS})\b",
        rf"\b(?:at night|in the night|during the night|overnight|night ?time|nights|{_SMALL_HOURS})\b[^.;!?]{{0,30}}"
        r"\b(?:worse|worst|"
        r"unbearable|excruciating|agonising|agonizing|intense|severe|terrible|awful|horrible|throbbing|agony|killer|"
        r"hell)\b",
        r"\bnight (?:pain|pains|time pain|-time pain|ache)\b|\bpain (?:at|in the) (?:night|nite|nyt)\b|\bpain all "
        r"night\b",
        # "woken by the pain", "the pain wakes her", "tossing and turning with the pain", "have to get up and walk
        # around at night", "no relief lying down", "pain at rest", "haven't slept in days from the pain".
        r"\bwoken (?:up )?by (?:the |my |this )?(?:pain|back|ache)\b|\b(?:pain|ache|back)\s+wakes?\s+(?:me|him|her"
        r"|them|"
        r"us)\b|\btossing and turning (?:with|from|because of|in) (?:the |my )?(?:pain|back)\b|\b(?:get|got|getting|"
        r"gets) up (?:and|to) (?:walk|pace)\w*(?: around| about| up and down)?[^.;!?]{0,20}\b(?:at night|in the night|"
        r"during the night|every night)\b|\bpac(?:es|ing|e) (?:the floor |the house |around )?(?:at night|in the night|"
        r"all night)\b|\bno relief (?:from |when |while |even )?(?:lying|resting|rest|in bed)\b|\bpain (?:at|even at|"
        r"when at) rest\b|\b(?:haven'?t|have not|not|hardly|barely) (?:slept|had any sleep|been sleeping) (?:in|for) "
        r"(?:days|nights|weeks|\w+ (?:days|nights))\b[^.;!?]{0,25}\b(?:pain|back|ache|hurt\w*)",
        # "sleep in the recliner now", "sleeping sitting up", "can't lie on either side", "bed is torture",
        # "painkillers don't touch it at night", "wake in a sweat with the pain", "dreading bedtime".
        r"\b(?:sleep|sleeping|slept|sleeps)\s+(?:in|on)\s+(?:a|the|my)\s+(?:chair|recliner|armchair)\b[^.;!?]{0,25}"
        r"\b(?:because of (?:it|the pain|my back)|now|every night|to get any sleep|it'?s the only)|\bsleep\w* sitting "
        r"up\b|\bsleep\w* (?:propped )?upright\b|\bcan'?t (?:lie|lay|sleep) on (?:either|any) side\b|\bnot getting any "
        r"sleep\b[^.;!?]{0,20}\b(?:pain|back|ache)|\bpainkillers? (?:don'?t|doesn'?t|won'?t) (?:even )?touch (?:it|the "
        r"pain)[^.;!?]{0,10}\b(?:at night|in the night|overnight)|\bwak\w* (?:up )?in a sweat (?:with|from|because of) "
        r"(?:the )?pain|\b(?:bed|bedtime|lying in bed|the nights?) (?:is|are) (?:torture|hell|agony|a nightmare)\b|"
        r"\bdread\w* (?:bedtime|going to bed|the nights?)\b",
        r"\b(?:doesn'?t|doesnt|does not|don'?t|dont|won'?t|wont|never|not|isn'?t|isnt|no)\s+(?:\w+\s+){0,2}"
        r"(?:eas(?:e|es|ed|ing)|gets? better|improv\w*|go(?:es)? away|going away|settl\w*|lets? up|stop\w*|chang\w*|"
        r"relieved|better|help\w*|budg\w*|shift\w*|lessen\w*|calm\w*|easier|difference)\b"
        r"[^.;!?]{0,40}\b(?:rest\w*|lying|lie|lay|laying|in bed|sleep\w*|still|sitting|position|stay still|keeping "
        r"still|not moving|off my feet|sofa|couch|at night|day or night|whatever i do|what i do|no matter)",
        r"\b(?:rest\w*|lying (?:down|still|flat)?|lie (?:down|still)|lay down|laying down|staying in bed|bed rest|"
        r"sleep\w*|sitting still|keeping still|staying still|(?:changing|"
        r"change) position\w*)\b[^.;!?]{0,45}\b(?:doesn'?t|"
        r"doesnt|does not|don'?t|dont|won'?t|wont|never|not|isn'?t|nothing|no)\s+(?:\w+\s+){0,2}(?:help\w*|ease\w*|"
        r"relieve\w*|improv\w*|make (?:it|any|a) (?:any )?(?:better|difference)|do (?:anything|a thing)|work\w*|"
        r"change|stop|touch|(?:any |much |a bit |one bit )?better|(?:any |much )?easier|go(?:es)? away|settle\w*|"
        r"let up|reduc\w*|less\w*)\b",
        # Only able to sleep sitting up: "have to sleep in the recliner", "sleeping upright just to get a few hours".
        r"\b(?:can only|can only get to|only able to|only way (?:i|he|she) can|have to|had to|having to|forced to|"
        r"need to|been having to|end up|ended up|resorted to)\s+(?:\w+\s+)?(?:sleep\w*|slept|doz\w*|nap\w*)\s+"
        r"(?:sitting up|sat up|upright|propped up|in (?:a|the|my) (?:recliner|armchair|arm chair|chair|lazy ?boy|"
        r"la-?z-?boy))\b|\b(?:sleep\w*|slept|doz\w*)\s+(?:sitting up|sat up|upright|propped up|in (?:a|the|my) "
        r"(?:recliner|armchair|arm chair|chair|lazy ?boy|la-?z-?boy))\b[^.;!?]{0,30}?\b(?:just to|only way|to get "
        r"(?:any|some|a few|a bit of|a couple)|because (?:lying|i can'?t lie|it hurts)|can'?t lie|cannot lie)",
        r"\b(?:no|not any|any)\s+(?:\w+\s+)?(?:position|way of lying|way to lie|amount of rest)\s+(?:\w+\s+){0,2}"
        r"(?:helps?|eases?|comfortable|works?|relieves?|is comfortable|makes (?:it|a) (?:better|difference))\b"
        r"|\bnothing (?:helps|eases|works|relieves|touches)\b[^.;!?]{0,40}\b(?:rest|lying|lie|position|bed|"
        r"sleep|night|day)",
        r"\b(?:all|day and|day or|night and|every|each|24/7|24 ?hours?|round the clock|around the clock|"
        r"constant(?:ly)?|"
        r"relentless|unrelenting|non-?stop)\b[^.;!?]{0,25}\b(?:night|24/7|rest|resting|still|lying)\b"
        r"(?=[^.;!?]{0,40}\b(?:pain|hurt|ache|agony))",
        # Worse lying down or in bed, not eased by rest: "the pain is worse lying flat", "hurts more in bed", "pain
        # comes on when I go to bed", "can't get comfy in bed" (not a position: "hurts when I lie on my front").
        r"\b(?:pain\w*|hurt\w*|ach(?:e|es|ing|y)|agony|sore|it|it'?s|back)\b[^.;!?]{0,25}?\b(?:worse|more|most|worst|"
        r"bad|terrible|awful)\s+(?:\w+\s+){0,2}?(?:(?:when|while|if|whenever)\s+(?:i'?m\s+|i\s+|i am\s+)?)?(?:lying|"
        r"lie|lay|laying|in bed|at rest|resting|trying to sleep)\b(?!\s+(?:on my (?:front|stomach|tummy|side|left|"
        r"right)|on (?:the|a|that) (?:floor|sofa|couch|mattress)|on my back on))"
        r"|\b(?:pain\w*|hurt\w*|ach(?:e|es|ing)|agony)\s+(?:(?!(?:go|goes|gone|eases?|stops?|settles?|disappears?|"
        r"vanish\w*|fades?|improves?|better|fine|ok|okay|less|lessens?|calms?)\b)\w+\s+){0,2}?(?:when|while|"
        r"as soon as|once|whenever|to)\s+"
        r"(?:i\s+|i'?m\s+)?(?:lie|lay|go to bed|get into bed|get in bed|am in bed|'?m in bed|lie down|lay down|lying "
        r"down|laying down)\b(?!\s+(?:down\s+)?(?:on (?:my|the|a|that) (?:front|stomach|tummy|side|left|right|floor|"
        r"sofa|couch|mattress|hard)|after (?:a|the) (?:run|gym|workout|massage)))"
        r"|\b(?:can'?t|cannot|can not|couldn'?t|never)\s+(?:\w+\s+)?(?:get|find a|feel)\s+(?:comfy|comfortable|"
        r"a comfortable position)\b[^.;!?]{0,30}\b(?:in bed|at night|lying|lying down|to sleep|night)\b",
        # The pain first: "it hurts constantly, day and night" (not "is it fine to do it every night").
        r"\b(?:pain\w*|hurt\w*|ach(?:e|es|ing|y)|agony|sore|throbb\w*)\b[^.;!?]{0,40}?\b(?:all|day and|day or|"
        r"night and|24/7|24 ?hours?|round the clock|around the clock|constant(?:ly)?|relentless|unrelenting|"
        r"non-?stop)\b[^.;!?]{0,25}\b(?:night|24/7)\b",
        r"\b(?:doesn'?t|does not|no|doesnt) matter (?:if|whether|what|how|which)\b[^.;!?]{0,50}\b(?:lie|lying|sit|"
        r"sitting|stand|standing|rest|resting|position|do|bed)\b|\bwhether (?:i|he|she) (?:sit|stand|lie|rest|"
        r"(?:am|is) (?:sitting|standing|lying|resting|in bed))\b|"
        # Never letting up at rest or at night (alone, "won't let up" is how long it lasts: "it's never let up since
        # June", "this spasm won't let up")
        r"\b(?:never|doesn'?t|won'?t|wont|doesnt) (?:\w+ )?lets? up\b(?=[^.;!?]{0,40}\b(?:rest\w*|lying|lie|lay|"
        r"bed|night|sleep\w*|still|position)\b)|\b(?:rest\w*|lying|lie|lay|bed|night|sleep\w*|still|position)\b"
        r"[^.;!?]{0,40}\b(?:never|doesn'?t|won'?t|wont|doesnt) (?:\w+ )?lets? up\b|"
        r"\bnothing makes (?:it|the pain) (?:any )?"
        r"(?:better|easier|go)\b|\bnothing (?:helps|works|eases)\b[^.;!?]{0,50}\b(?:lying|lie|flat|position|curl\w*|"
        r"rest\w*|bed|sleep\w*)",
        r"\b(?:pain|hurts?|hurting|ache\w*|aching|agony|throbb\w*)\b[^.;!?]{0,30}\b(?:every night|each night|nightly|"
        r"all night|at \d+ ?am|in the early hours|middle of the night|wee hours|small hours)\b",
        r"\beven\s+(?:when|while|if)\s+(?:i'?m\s+|i\s+am\s+|he'?s\s+|she'?s\s+)?(?:\w+\s+)?(?:resting|lying|lie|lying "
        r"down|laying|still|asleep|sleeping|in bed|sitting still|not moving|doing nothing)\b"
        r"|\beven\s+(?:at rest|lying (?:down|still|flat)|in bed|at night|resting|when still)\b",
    )),
    Flag("lump-or-shape", Level.URGENT, "acute", _rx(
        # The back or spine said to curve or lean more than before: "her back has started curving more than it used
        # to", "my spine is bending to one side now" (not "curving my back in cat-cow").
        r"\b(?:back|spine|backbone)\s+(?:has\s+|is\s+|'s\s+|keeps\s+)?(?:started\s+|starting\s+|begun\s+|been\s+)?"
        r"(?:curving|bending|leaning|twisting|tilting|hunching)\s+(?:more|over more|to one side|sideways|to the "
        r"(?:left|right)|forward more)\b",
        # A hump, a curve or a step in lay words: "developing a hump", "a dowager's hump", "a step in my spine",
        # "back bone is coming out", "clothes hang crooked now", "scoliosis getting worse".
        r"\b(?:developing|getting|got|grown|growing|have|has|there'?s)\s+(?:a\s+)?(?:\w+\s+)?(?:hump|hunchback)\b"
        r"(?!\s+(?:with|about|at|over|on)\b)|\b(?:dowager'?s?|buffalo|widow'?s?) hump\b|\bhunchback(?:ed)?\b(?! of)|"
        r"\bhump between (?:my |his |her |the )?shoulders\b|\bstoop\w* (?:more and more|badly|worse|much more)\b",
        r"(?<!natural )(?<!normal )\b(?:curve|bend|kink|step|ridge|dip|knobble|knobbly bit|raised (?:area|bit"
        r"|patch))\s+"
        r"(?:in|on) (?:my|his|her|the) (?:lower )?(?:spine|back ?bone|backbone|lower back)\b|\bback ?bone (?:is |has )?"
        r"(?:coming|sticking|poking) out\b|\b(?:back|spine)\s+(?:is\s+)?bulging\b|\b(?:clothes|tops?|shirts?|dresses?|"
        r"jackets?) (?:hang|hangs|sit|sits|fit|fits) (?:\w+ )?(?:crooked|wonky|lopsided|unevenly|off)\b|\bhips "
        r"(?:look|looks|are|seem) (?:\w+ )?uneven\b|\b(?:scoliosis|kyphosis|curve|hunch)\s+(?:is\s+"
        r"|has\s+)?(?:getting|got|"
        r"gone|become)\s+worse\b|\bs-shaped (?:spine|back)\b",
        r"\b(?:lump|lumps|bump|bumps|swelling|swollen|swelled|growth|mass|bulge|bulging (?:bit|area|part)|"
        r"protrusion|protruding|sticking out|lumpy bit|cyst|nodule)\b(?!\s+(?:sum|age|of (?:sugar|clay|coal)))"
        r"(?<!speed bump)(?<!goose bumps)(?<!bump into)",
        # A lump said as a thing that grows there: "a ball growing near my spine", "a pea getting bigger on her back".
        r"\b(?:ball|marble|pea|egg|knot|thing|something|bit)\s+(?:\w+\s+)?(?:growing|grown|grows|that grows|getting "
        r"bigger|coming up|come up|popped up|appeared)\s+(?:\w+\s+)?(?:(?:under|beneath) the skin\s+)?(?:near|on|in|"
        r"under|beside|next to|along|by|at)\s+"
        r"(?:my|his|her|the)\s+(?:\w+\s+)?(?:spine|back|backbone|back ?bone)\b"
        # (a place, not the body: "growing in the back garden", "on the back of the fridge", "by the back door")
        r"(?!\s+(?:garden|gardens|yard|door|doors|fence|porch|room|seat|seats|step|steps|wall|field|lawn|shed|lane|"
        r"kitchen|gate|patio|deck|bedroom|office|bench|border|beds?|of (?!(?:my|his|her)\b)))",
        r"\b(?:spine|back|shoulder|hump|curve|posture)\b[^.;!?]{0,40}\b(?:changed shape|change (?:of|in) shape|"
        r"different shape|looks? (?:different|wonky|crooked|bent|curved|odd|strange|weird|deformed|misshapen|twisted)|"
        r"(?:is|has gone|gone|going|got|become|becoming|getting) (?:crooked|curved|bent|wonky|twisted|deformed|"
        r"misshapen|out of shape|hunched|lopsided)|sticks out|sticking out|hump|curving|crooked|lopsided|"
        # Bent or shifted to one side: "my back is looking bent to one side", "spine seems tilted to the left now".
        r"(?:look\w*|appear\w*|seem\w*|gone|going|got|getting|become|becoming|is|are|has|have|started|starting|"
        r"now|suddenly|visibly|all)\s+(?:\w+\s+)?(?:bent|tilted|tilting|leaning|skewed|shifted|slanted|slanting|"
        r"twisted|curved|crooked|lopsided|pulled|listing)\s+(?:over\s+)?(?:to|towards|toward|on|to the)\s+(?:one|"
        r"the left|the right|the side|my left|my right|a|left|right|one) ?(?:side)?|not straight (?:any ?more|now|like "
        r"before)|(?:is|looks?|looking|seems?)\s+(?:\w+\s+)?(?:uneven|out of line|out of alignment|s-shaped|"
        r"c-shaped|like an s))\b",
        r"\b(?:now|permanently|always|these days|getting (?:more )?|more and more|increasingly|becoming|become|gone)"
        r"\s+(?:\w+\s+)?bent (?:over|double|forward)\b|\bbent (?:over|double|forward)\s+(?:now|these days|all the "
        r"time|permanently|more and more)\b|\bcan'?t (?:stand|sit|walk) (?:up )?straight (?:any ?more|now)\b",
        r"\bone (?:shoulder|shoulder blade|hip|side of (?:my|the) (?:back|ribs|waist))\s+(?:is |looks |has (?:got |"
        r"become )?|now |sits |seems )?(?:\w+\s+){0,2}(?:higher|lower|sticking out|sticks out|more prominent|bigger)\b"
        r"(?=[^.;!?]{0,60}\b(?:new|now|suddenly|recently|lately|noticed|started|than before|wasn'?t|didn'?t|never))",
        r"\b(?:change|changes|changed|changing)\s+(?:in|to|of)\s+(?:the\s+)?(?:shape|curve|alignment)\b"
        r"|\b(?:new|growing|odd|strange|weird|hard|big|visible)\s+(?:hump|curve|bend|hunch)\b"
        r"|\b(?:getting|got|become|becoming|growing|more)\s+(?:more\s+)?(?:hunched|stooped|bent|curved|shorter)\b"
        # Shrinking is a person's (not "jeans that shrunk in the wash").
        r"|\bshrunk\b(?![^.;!?]{0,25}\b(?:wash\w*|dryer|laundry|tumble))"
        r"(?<!jeans that shrunk)(?<!jumper that shrunk)(?<!clothes that shrunk)"
        r"|\bshrinking\b|\blost (?:\w+\s+)?(?:height|inches|cm)\b",
        # A shape said with "gone" or "turned" and a lay adjective: "me back's gone a funny shape", "spine has turned a
        # weird shape", "my back is a different shape now" (not "I'm out of shape", "in good shape").
        r"\b(?:back|spine|backbone|back ?bone)(?:'s|s)?\s+(?:has |have |is |was |'s )?(?:\w+\s+)?(?:gone|went|going|"
        r"turned|turning|become|becoming|got|getting|grown|is|looks?|looking)\s+(?:into\s+)?(?:a|an|all)?\s*(?:bit\s+|"
        r"really\s+|very\s+|totally\s+|completely\s+)?(?:of a\s+)?(?:funny|odd|weird|strange|different|wrong|new|"
        r"wonky|bent|twisted|crooked|lopsided|peculiar|unusual)\s+shape\b"
        r"|\b(?:funny|odd|weird|strange|wonky|crooked|lopsided)[- ]shaped\s+(?:back|spine)\b",
    )),
    Flag("foot-drop", Level.URGENT, "acute", _rx(
        # A clinician's words: "can't dorsiflex L foot", "weak dorsiflexion on the right", "dorsiflexion 3/5".
        r"\b(?:can'?t|cannot|unable to|not able to|difficulty|trouble|weak(?:ness)?(?: of| on| in)?|reduced|no)\s+"
        r"(?:\w+\s+)?dorsiflex\w*|\bdorsiflexion\s+(?:is\s+)?(?:weak\w*|reduced|absent|lost|[0-3]/5)\b",
        # "my left foot's not lifting right", "can't stand on my toes on the right side any more".
        r"\b(?:left|right|one)\s+foot'?s?\s+(?:is\s+)?(?:not|n'?t|isn'?t|won'?t|wont)\s+(?:lifting|lift|coming up|"
        r"picking up)\b|\b(?:can'?t|cant|cannot|unable to)\s+(?:stand|walk|go|get up)\s+on\s+(?:my\s+)?(?:tip)?toes\s+"
        r"on\s+(?:the|my)\s+(?:left|right)\b|\b(?:can'?t|cant|cannot)\s+(?:stand on|tiptoe on|go up on)\s+(?:my\s+)?"
        r"(?:left|right)\s+(?:tip)?toes?\b",
        # "can't pull my toes up", "the front of my foot won't come up", "foot flapping", "high-stepping walk",
        # "flip-flops keep falling off", "scuffing the toe of one shoe", "keep stubbing my toe".
        r"\b(?:can'?t|cant|cannot|couldn'?t|unable to)\s+(?:pull|lift|bring|get)\s+(?:my|his|her|the)\s+toes\s+up\b"
        r"|\b(?:foot|front of (?:my|his|her|the) foot|toes?|ankle)\s+(?:doesn'?t|does not|won'?t|will not|wont|don'?t|"
        r"can'?t)\s+(?:come|go|bend|lift|point)\s+up\b|\bfoot\s+(?:flap\w*|flaps)\b|\bhigh[- ]stepping\b"
        r"|\blift (?:my|his|"
        r"her) knees? (?:up )?high to walk\b|\btoes? (?:point|points|pointing|hang\w*) down when (?:i|he|she) walk",
        # A flip-flop or slipper that one foot loses: "my right slipper keeps coming off", "off my left foot".
        r"\b(?:(?:left|right|one) (?:flip[- ]?flops?|slippers?|sandals?|chappals?|shoes?)\s+(?:keeps?|kept)\s+"
        r"(?:falling|coming|slipping|flying) off|(?:flip[- ]?flops?|slippers?|sandals?|chappals?|shoes?)\s+"
        r"(?:keeps?|kept)\s+"
        r"(?:falling|coming|"
        r"slipping|flying) off (?:my |his |her )?(?:left|right|one) foot|(?:flip[- ]?flops?|slippers?|sandals?|"
        r"chappals?|chappal|shoes?)\s+(?:\w+\s+)?(?:comes|coming|falls|falling|slips|slipping)"
        r" off (?:from )?(?:my |his |her )(?:left|right) foot|can'?t keep (?:my|his|her) (?:left |right )"
        r"(?:slippers?|flip[- ]?flops?|sandals?|shoe) on)\b|\b(?:scuff\w*|scrap\w*|wearing out)\s+(?:the "
        r"toe of (?:my |his |her |one )?(?:\w+\s+)?shoe|one shoe|(?:my|his|her) (?:left |right )?(?:foot|toes))\b|"
        r"\bkeep\w* stubbing (?:my|his|her) toes? (?:when|while|as) (?:i |he |she )?walk",
        r"\bfoot\s*drop\b|\bdrop\s*foot\b|\bdropped foot\b|\bfoot (?:is )?(?:drops|dropping|flops|flopping|floppy|"
        r"drags|dragging|slaps|slapping|catching|catches|hangs|hanging|droops|drooping|won'?t lift|doesn'?t lift|"
        r"doesnt lift|won'?t go up|slaps down)\b",
        r"\b(?:slap\w*|flop\w*|drag\w*|scuff\w*|catch\w*|droop\w*)\s+(?:\w+\s+)?(?:my|his|her|their|the|left|right|one)"
        r"\s+(?:\w+\s+)?(?:foot|feet|toes?)\b",
        r"\b(?:trip\w*|stumbl\w*|catch\w*|snag\w*)\s+(?:\w+\s+){0,2}(?:over|on)\s+(?:my|his|her|their|the)\s+"
        r"(?:own\s+)?(?:toes|foot|feet)\b|\btoes? (?:catch|catches|catching|keep catching|drag|dragging|scrape|"
        r"scraping|scuff)\b",
        r"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to|not able to|struggl\w* to|hard to|trouble|difficulty)\s+"
        r"(?:\w+\s+){0,2}(?:lift|raise|pull up|bend up|point up|flex|walk on)\s+(?:my|his|her|their|the|one|left|right)"
        r"\s+(?:\w+\s+)?(?:foot|feet|toes|heel|heels|ankle)\b",
        r"\b(?:lift|raise|pull up|bring up)\s+(?:up\s+)?the (?:front|toes|ball) of (?:my|his|her|their|the) (?:left |"
        r"right )?"
        r"(?:foot|feet)\b",
        r"\b(?:foot|feet)\b[^.;!?]{0,40}\b(?:drags?|dragging|slaps?|slapping|flops?|flopping|scuffs?|scuffing|"
        r"catch(?:es)?|catching|hangs? down|droops?)\b",
        r"\b(?:foot|feet|ankle)\s+(?:is |feels |has gone |went |has been |getting |got )?(?:\w+\s+)?(?:weak|"
        r"weaker|floppy|limp|dead|useless|not working|won'?t work)\b",
    )),
    Flag("one-leg", Level.URGENT, "acute", _rx(
        # "one leg feels heavier than the other".
        r"\b(?:one|left|right) leg\s+(?:feels?\s+|is\s+|gets?\s+|getting\s+|has\s+gone\s+)?(?:heavier|weaker)\b",
        # "leg won't hold my weight", "no power in my right leg", "losing strength in my leg", "dragging her left
        # leg", "one leg thinner than the other", "leg feels wooden", "leg won't do what I tell it".
        r"\b(?:leg|thigh|calf|knee)\s+(?:won'?t|will not|wont|can'?t|cannot|doesn'?t)\s+(?:hold|take|bear|support)\s+"
        r"(?:my|his|her|the|any)\s+weight\b|\bno (?:power|strength) in (?:my|his|her|the|one)\s+(?:\w+\s+)?(?:leg"
        r"|thigh|"
        r"calf)\b|\blosing (?:strength|power|feeling) in (?:my|his|her|one|the)\s+(?:\w+\s+)?(?:leg|thigh|calf)\b|"
        r"\b(?:dragging|drags) (?:my|his|her|their|me|ma) (?:left |right |l |r )?leg\b|"
        r"\bweak (?:thigh|calf|leg) on one side\b|"
        r"\b(?:leg|thigh|calf)\s+(?:is|feels|has gone|went)\s+(?:\w+\s+)?wooden\b|\bleg won'?t do what (?:i|he|she) "
        r"(?:tell|want)|\bone leg (?:is |looks |has got |got )?(?:thinner|smaller|skinnier|wasted) than the other\b|"
        r"\b(?:thigh|calf) (?:muscle )?(?:is )?wasting\b",
        # "can't push off with my right leg", "leg is useless", "wobbly leg on one side", "calf weak, can't go on
        # tiptoe", "mum's left leg keeps going".
        r"\bcan'?t (?:push off|climb (?:the )?stairs|step up|hop|kick) (?:with|on) (?:my|his|her) (?:left|right) leg\b|"
        r"\bleg (?:is|feels) (?:\w+ )?useless\b|\bleg (?:feels|is|has gone|went) (?:\w+ and )?(?:weak|not strong)\b|"
        r"\bwobbly (?:leg|knee) on one side\b|\bcan'?t (?:go on |stand on |walk on )?tip ?toes? on (?:one side|my "
        r"(?:left|right))|\bcalf (?:is |feels )?weak\w*,? (?:and )?(?:i )?can'?t (?:go|stand|walk) on tip ?toes?\b"
        r"|\b(?:left|right) leg keeps (?:going|giving)\b",
        rf"\b{_ONE_LEG}\b[^.;!?]{{0,30}}?\b(?:is|are|feels?|feeling|felt|went|goes|gone|going|keeps?|kept|has|have|"
        rf"getting|got|been|has been|seems?|just|suddenly|started|starting)?\s*(?:\w+\s+)?(?:weak\w*|numb\w*|dead|"
        rf"giv(?:e|es|ing) (?:way|out)|gave (?:way|out)|buckl\w*|collaps\w*|no feeling|no strength|no sensation|"
        rf"like jelly|useless|heavy|floppy|not working|won'?t work|losing (?:strength|feeling)|lost (?:strength|"
        rf"feeling)"
        rf"|paralys\w*|paralyz\w*)",
        rf"\b(?:weak\w*|numb\w*|no feeling|loss of (?:feeling|sensation|strength|power)|lost (?:the )?(?:feeling"
        rf"|strength|"
        rf"sensation|power)|dead feeling)\b[^.;!?]{{0,30}}?\b(?:in|of|down|through|into|on"
        rf"|along)\s+(?:\w+\s+)?{_ONE_LEG}\b",
        rf"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to|not able to)\s+(?:really |properly |even )?(?:feel|move|"
        rf"lift|"
        rf"stand on|put weight on|bear weight on|control)\s+(?:\w+\s+)?{_ONE_LEG}\b",
        r"\b(?:leg|knee)\s+(?:keeps?|kept|has|just|suddenly)?\s*(?:gave|giv(?:e|es|ing)|went|buckl\w*|collaps\w*)"
        r"\s*(?:way|out|from under|under)?",
        # Tingling in one leg that is getting worse (a worsening nerve sign; tingling alone is common sciatica).
        rf"\b(?:pins (?:and|&|n) needles|tingl\w*|prickl\w*|buzz\w*|electric\w*|par(?:a)?esthesi\w*)\b"
        rf"(?:[^.;!?]{{0,40}}?\b{_ONE_LEG}\b)?[^.;!?]{{0,40}}?\b{_WORSENING}"
        rf"|\b{_ONE_LEG}\b[^.;!?]{{0,30}}?\b(?:pins (?:and|&|n) needles|tingl\w*|prickl\w*|par(?:a)?esthesi\w*)\b"
        rf"[^.;!?]{{0,40}}?\b{_WORSENING}",
    )),
    Flag("steroids", Level.URGENT, "risk", _rx(
        r"\b(?:steroids?|steriods?|steriod|steroidal|prednis\w*|pred|dexamethasone|hydrocortisone|methylpred\w*|"
        r"corticosteroids?|cortisone tablets|cortisone pills|cortisone tabs|dexa (?:tablets|tabs|pills)|budesonide|"
        # Brand and generic names of steroid tablets in India (Wysolone, Omnacortil, Defcort, Betnesol, Dexona), the
        # US (Deltasone, Medrol, Orapred, Rayos, Emflaza, Cortef) and elsewhere (Decadron, Kenacort, Celestone).
        r"wysolone|omnacortil|defcort|deflazacort|betnesol|betamethasone tablets?|dexona|decadron|medrol|"
        r"medrol dose ?pack|kenacort|triamcinolone tablets?|deltasone|orapred|millipred|rayos|prelone|pediapred|"
        r"entocort|uceris|celestone|cortef|hydrocortone|florinef|fludrocortisone|emflaza|solu-?medrol|"
        r"dexamethasone tablets?)\b"
        r"(?!\s+(?:cream|creams|inhaler|inhalers|nasal|nose spray|spray|drops|eye drops|ointment|forte|lotion|gel|"
        r"enema|foam|injections?|shots?|jabs?))"
        r"(?<!anabolic steroids)(?<!steroid injection)",
    )),
    Flag("injecting-drugs", Level.URGENT, "risk", _rx(
        r"\b(?:inject\w*|shoot(?:ing)? up|shot up|iv|intravenous\w*|needles?|mainlin\w*|skin[- ]?popp\w*|"
        r"slamm\w*)\b[^.;!?]{0,30}\b(?:drugs?|heroin|smack|gear|meth|crystal|cocaine|coke|speed|opiates?|opioids?|"
        r"fentanyl|ketamine|user|use|using|habit|junkie|needles?|substances?)\b",
        # Another named as the one who injects, said bare: "my brother injects and his back is in agony".
        rf"\b(?:my|our|his|her) (?:\w+ )?(?:{people.RELATIVES}|mate|friend|pal|flatmate|housemate)\s+(?:still\s+)?"
        r"injects\b(?=\s*(?:[,.;!?]|$|and\b|again\b|now\b|too\b|drugs\b|heroin\b))",
        # With the subject left out too: "used to inject, still do sometimes", "my mate's on it, injects".
        # ("the physio used to inject my back": "used to" and "still" take no subject only at a clause's start)
        r"(?:\b(?:i|he|she|i still|he still|she still|they|they still)\s+|(?:^|(?<=[,;:(])|(?<=[,;:(] ))"
        r"(?:(?:used to|still)\s+)?)"
        r"(?:still |sometimes |occasionally |do |did |used to )?inject"
        r"(?:s|ed|ing)?\b(?!\s+(?:insulin|my insulin|b12|vitamin|hormones?|testosterone|ozempic|wegovy|mounjaro|"
        r"fertility|heparin|my medication|methotrexate|epipen|botox|(?:my |his |her |the |our )?(?:patients?|clients?|"
        r"residents?|animals?|cattle|cows|horses|dogs?|cats?|pets?|people|kids|babies|children)\b"
        # a medicine named, or a part of the body: "inject Copaxone every other day", "inject my knee with cortisone"
        r"|(?:my |his |her |the |a |an )?(?:copaxone|glatiramer|interferon|avonex|rebif|betaferon|plegridy|kesimpta|"
        r"humira|adalimumab|enbrel|etanercept|stelara|cosentyx|taltz|cimzia|simponi|biologics?|clexane|fragmin|"
        r"enoxaparin|saxenda|victoza|trulicity|byetta|forteo|forsteo|teriparatide|prolia|denosumab|cortisone|steroids?|"
        r"emgality|aimovig|ajovy|dupixent|imitrex|sumatriptan|meds|medicine|medication|pens?|jabs?)\b"
        r"|(?:my |his |her |the |your |their |into (?:my |his |her |the ) ?)?(?:back|spine|knees?|joints?|hips?|"
        r"shoulders?|"
        r"necks?|bums?|thighs?|tummy|stomach|belly|arms?|legs?)\b))",
        r"\b(?:heroin|smack|junkie|iv drug|ivdu|pwid|drug user|drug use|addicts?|addiction|using drugs|used drugs|"
        # "addicted" with a drug, not "lowkey addicted" to a massage gun
        r"addicted to (?!(?:the |my |this |a |it\b|massag|foam|stretch|coffee|tea\b|caffeine|chocolate|sugar|"
        r"tv|netflix|gam|my phone|social media|running|gym|yoga|pilates|exercise|work|shopping|crisps|it\b))|"
        r"methadone|subutex|needle exchange|shooting up|shoot up|injecting|injector)\b",
        # Slang: "banging up", "shooting dope", "slamming tina", "speedballs", "track marks", "shared works".
        r"\b(?:shoot\w*|banging|bang|slamming|slam)\s+(?:up\s+)?(?:coke|dope|h|heroin|smack|gear|brown|tina|meth|"
        r"crystal|speed|speedballs?)\b|\b(?:banging|jacking) up\b(?!\s+(?:the|a|my|his|her|prices?)\b)|\bspeedballs?\b|"
        r"\btrack marks\b|\b(?:shared|sharing|share) (?:works|needles|syringes|pins)\b|\bworks from the (?:chemist|"
        r"pharmacy)\b|\binject\w* (?:into|in) (?:my|his|her) (?:veins?|groin)\b|\bchemsex\b|\bpentazocine\b|"
        r"\bsyringes? for drugs\b|\bmainlin(?:e|es|ed|ing)\b|\bskin[- ]?popp\w*\b|\busing needles(?: again)?\b(?!\s+"
        r"(?:for|to) (?:knit|sew|acupunct))",
    )),
    Flag("low-immunity", Level.URGENT, "risk", _rx(
        r"\b(?:weak(?:ened)?|low|poor|compromised|suppressed|bad|rubbish|crap|lowered|reduced|damaged|no|weak-ish|"
        r"lower|lowers|lowering|weaken|weakens|weakening|suppress|suppresses|suppressing|dampen|dampens|dampening)\s+"
        r"(?:my |his |her |their )?immun\w*(?:\s+system)?\b(?<!lowers immune)(?<!lowers immune system)",
        r"\bimmun\w*\s+(?:system\s+)?(?:is |are |was )?(?:\w+\s+)?(?:weak\w*|low|poor|compromised|suppressed|down|shot|"
        r"rubbish|bad|not great|not good|not strong|knackered|damaged)\b",
        r"\b(?:immunocompromised|immuno-?compromised|immunosuppress\w*|immune[- ]?suppress\w*|immunodeficien\w*|"
        r"hiv|aids|hiv\+|hiv positive|transplant\w*|anti-?rejection|methotrexate|azathioprine|tacrolimus|"
        r"ciclosporin|cyclosporine|mycophenolate|biologics?|humira|adalimumab|infliximab|rituximab|etanercept|"
        r"enbrel|chemo\w*|neutropeni\w*|dialysis|splenectomy|no spleen|sickle cell)\b",
        # "I'm poz", "on ARVs", "JAK inhibitors", "my spleen removed", "CD4 is low", "Prograf", "rejection drugs".
        r"\b(?:i'?m|he'?s|she'?s|am|is) poz\b|\bantiretroviral\w*|\b(?:on|taking) arvs?\b|\bjak inhibitors?\b|\blow "
        r"neutrophils?\b|\bneutrophils? (?:are |is )?(?:low|down)\b|\bspleen (?:removed|out|taken out)\b"
        r"|\bcd4 (?:count )?"
        r"(?:is |are )?(?:low|down)\b|\blow cd4\b|\bprograf\b|\bcellcept\b|\bclinically (?:extremely )?vulnerable\b|"
        r"\brejection (?:drugs|meds|tablets|medication|medicines)\b|\bcatch everything going\b",
    )),
    Flag("age-onset", Level.URGENT, "acute", _rx(*AGES)),
    # A fall at about 70 or over, when a small fall can break a bone (NICE NG59 and CKS: minor trauma in older
    # people); triage checks the age and the fall.
    Flag("older-fall", Level.URGENT, "risk", _rx(*AGES, OLDER_PERSON)),
    Flag("osteoporosis", Level.URGENT, "risk", _rx(
        r"\b(?:osteoporo\w*|osteopeni\w*|brittle bones?|thin(?:ning)? bones?|weak bones?|fragile bones?|bone "
        r"(?:density|thinning|loss)|low bone density|porous bones?)\b",
        # Its treatments and fractures: "on alendronic acid", "Prolia injections", "a crush fracture", "T-score is
        # minus 3", "bones like chalk", "DEXA scan showed thinning".
        r"\b(?:alendron\w*|fosamax|risedron\w*|ibandron\w*|zoledron\w*|bisphosphonates?|prolia|denosumab|actonel|"
        r"(?:crush|compression|wedge|fragility|insufficiency) fractures?|vertebrae? (?:has |have )?collapsed|collapsed "
        r"vertebrae?|vertebroplasty|kyphoplasty|t-?score (?:is |of |was )?(?:minus |-\s?)[2-4]|bones? (?:are "
        r"|is )?(?:like "
        r"chalk|like glass|porous)|break bones easily|bones break easily|weekly bone tablets?)\b|\bdexa scan\b"
        r"[^.;!?]{0,20}\b(?:thinning|thin|low|osteo\w*)\b",
        # A break from a small fall: "broke my wrist from a little fall"; "calcium is less in my bones".
        r"\b(?:broke|broken|fractured|cracked)\s+(?:my|his|her)\s+(?:wrist|hip|spine|vertebra\w*|back|ribs?)\s+(?:from|"
        r"in|after|with)\s+(?:a|just a)\s+(?:\w+\s+)?(?:little|small|minor|tiny|simple|silly)\s+(?:fall|trip|slip|"
        r"knock)\b|"
        r"\bcalcium (?:is )?(?:less|low) in (?:my|his|her) bones\b",
    )),
    # Not a sign of the back, but never to be answered with massage advice: thoughts of ending one's life
    # (NHS: "Help for suicidal thoughts"). "This pain is killing me" and "I hurt myself lifting" are not it;
    # wordings that hold their own negation ("don't want to live", "life isn't worth living") are read as
    # such (triage's _NEGATED_WORDING); a negation before them still denies them ("I'm not suicidal").
    Flag("self-harm", Level.EMERGENCY, "acute", _rx(
        # Said without the words: "nobody would miss me if I died", "better off if I wasn't here", "go to sleep and
        # not wake up".
        r"\b(?:nobody|no one|noone|no-one) (?:would|will|'d) (?:miss|notice|care)\b[^.;!?]{0,20}?\bif i "
        r"(?:died|was gone|were gone|wasn'?t here|weren'?t here|wasn'?t around)\b|"
        r"\bbetter off (?:without me|if i (?:wasn'?t|weren'?t|"
        r"was not|were not) (?:here|around|alive))\b|\b(?:go to sleep|fall asleep) and (?:not|never) wake up\b|"
        # Enough pills not to wake: "how many painkillers would it take to never wake up".
        r"\b(?:pills|tablets|painkillers|meds|sleeping pills|paracetamol|co-?codamol)\b[^.;!?]{0,40}?\b(?:to|and|so i|"
        r"i'?d|would i) (?:never|not) wake up\b"
        # (not sleeping pills taken "to not wake up at 3am", "so early")
        r"(?!\s+(?:at|so|too|early|in the|during|before|until|till|every|through|\d))",
        r"\b(?:kill(?:ing)? (?:my ?self|meself|him ?self|her ?self|them ?selves)|"
        r"end(?:ing|ed|s)? (?:it all|(?:my|his|her|their) (?:own )?life)|take (?:my|his|her|their) (?:own )?life|"
        r"suicid\w*|self[- ]?harm\w*|(?:want|wanna|wish|going|ready) (?:to|i could|i was|i were) (?:just )?"
        r"(?:die|be dead|dead)|better off dead|overdos\w*)\b",
        r"\b(?:don'?t|dont|do not|no longer|not) (?:really )?(?:want to|wanna|wish to) (?:live|be alive|"
        r"be here anymore|be here any more|exist|wake up|carry on living|go on living)\b"
        r"(?:\s+(?:no more|no longer|any ?more))?",
        r"\b(?:no|not any|nothing to|no more) (?:reason|point) (?:to|in|for) (?:liv\w*|going on|being alive|"
        r"being here|carrying on)\b|\b(?:life|living)(?: is| isn'?t| isnt| is not|'s not| ain'?t)? (?:not )?worth "
        r"(?:living|it any ?more)\b|\bnot worth living\b",
        r"\bwish (?:i|he|she|they) (?:was|were|wasn'?t|weren'?t|had never been|'?d never been|could just) "
        r"(?:dead|alive|here any ?more|born|disappear|not wake up)\b|\b(?:can'?t|cant|cannot) go on living\b|"
        r"\b(?:want|wanna|going|thinking (?:of|about)|think about|plan(?:ning)? to) (?:to )?end(?:ing)? "
        r"(?:it|things|everything)(?: all)?(?=\s*(?:[,.;!?]|$|now\b|tonight\b|soon\b|because\b|cos\b))",
        # Said plainly, in slang and about someone else; "I could kill for a cup of tea" and "dead tired" are not it.
        r"\b(?:su?icid\w*|sucid\w*|suicd\w*|suiside\w*|unaliv\w*|sewer ?slide|"
        # Ways of dying looked up: "reading up on painless ways to die", "least painful way to die" (not "the quickest
        # way to end it" of a backache, "best way to die laughing", "easiest way to die my hair").
        r"(?:painless|easy|easiest|quick|quickest|best|surest|simplest|peaceful|least painful) ways? (?:to|of) "
        r"(?:die|dying|end it all|end things|end my life|kill (?:my|your) ?self)\b"
        r"(?! (?:laughing|my|your|his|her|their|the|hair|of laughter))|painless ways? to go\b|"
        # "neck" the verb, not the noun: "I have a stiff neck myself" ("myself" there stresses who has it)
        # ("do myself" only with "in": not "a stretch I can do myself"; a neck after "and" or "or" is the noun: "rub my
        # shoulders and neck myself")
        r"(?:top|off|(?<!\ba )(?<!\bmy )(?<!\bthe )(?<!\band )(?<!\bor )(?<!&)(?<!& )" + _NOUN_NECK
        + r"neck|hang|hanging|hanged|drown|drowning) "
        r"(?:my ?self|meself|him ?self|her ?self)"
        r"(?: in)?|(?:do|doing|did) (?:my ?self|meself|him ?self|her ?self) in\b|"
        r"(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|starve|starving) (?:my ?self|meself|him ?self|"
        r"her ?self|them ?selves) on purpose|"
        r"(?:want|wanna|wants|going|tempted|urge) to (?:hurt|harm|cut|burn) (?:my ?self|meself|him ?self|her ?self)|"
        r"(?:been|keeps?|started|is|was|am) cutting (?:my ?self|him ?self|her ?self|my (?:arms|wrists|legs))|"
        r"(?:everyone|everybody|they|my family|the kids|family)(?:'?d| would| will| are)? (?:be )?better off "
        r"without (?:me|him|her)|(?:wants?|wanted|wanna|wishes) to die|(?:i'?d|i would) rather (?:be dead|die)|"
        r"might as well be dead|(?:tired|sick) of (?:living|being alive|life)|done with (?:life|living)|"
        r"give up on (?:life|living)|nothing (?:left )?to live for|no (?:reason|point) (?:to )?(?:keep going|"
        r"go on|carry on|live|living|being alive)|(?:can'?t|cannot|cant) be bothered (?:living|being alive)|"
        r"(?:wouldn'?t|would not) (?:care|mind) if i (?:died|was dead|didn'?t wake up)|"
        r"(?:wish|hope|hoping|pray) (?:i|he|she) (?:wouldn'?t|won'?t|don'?t|doesn'?t|didn'?t|never) wake up|"
        r"(?:go to )?sleep (?:forever|and never wake up)|(?:can'?t|cannot|cant) see a way out|"
        r"(?:(?:thinking (?:of|about)|want(?:ed|s)? to|wanna|going to|gonna|tempted to|urge to|plan\w* to|could "
        r"just) (?:just )?(?:taking|take|swallow\w*) all (?:of )?(?:my |the |his |her )?(?:pills|tablets|meds|"
        r"painkillers)|(?:taking|take|took|swallow\w*) all (?:of )?(?:my |the |his |her )?(?:pills|tablets|meds|"
        r"painkillers) (?:at once|in one go)|(?:stockpil\w*|hoarding) (?:my |the |his |her )?(?:pills|tablets|meds|"
        r"painkillers))|"
        r"(?:thought|thinking|think|thinks|talks?|talking|talked) (?:about|of) (?:jumping|hanging|drowning|"
        r"ending it|ending things|taking all|drinking (?:poison|bleach)|not being here|killing)|"
        r"(?:praying|pray|want|wish) (?:for )?(?:god|the lord) (?:would |to )?takes? me|meet my maker|"
        r"(?:want|wanna) to (?:join|be with) my (?:late|dead) (?:wife|husband|partner|son|daughter|mum|mother|dad|"
        r"father))\b",
        # kilometres, not "kill myself": "how many kms is the trail", "a few kms from town", "kms away" (a pattern of
        # its own: the screen reads what a pattern needs, and this one needs only "kms")
        r"(?<!\d)(?<!\d\s)(?<!\bmany )(?<!\bfew )(?<!\bof )(?<!\bthe )(?<!\bin )(?<!\bper )"
        r"(?<!\bsome )(?<!\bmore )(?<!\bextra )(?<!\bcouple )(?<!\bseveral )(?<!\bhundred )(?<!\bthousand )\bkms\b"
        r"(?!\s*(?:away|from|to|long|of|per|an? (?:hour|day|week)|/h|ph|each|a day|a week|round|return|walk\w*|"
        r"hike|run|drive|ride|trail|loop|uphill|downhill)\b)",
        r"\b(?:life|it)(?:'s| is)? (?:isn'?t|is not|not|ain'?t) worth it(?:\s+any ?more)?(?=\s*(?:[,.;!?]|$))|"
        r"\b(?:don'?t|dont|do not) want to (?:carry on|go on|keep going)(?=\s*(?:[,.;!?]|$|any ?more\b|like this\b))",
        r"\b(?:i'?ve been|i have been|i keep|started|i'?m) burning myself\b(?!\s+(?:on|with|in|when|while|cooking|at|"
        r"out))|"
        r"\b(?:i'?ve|i have) (?:already )?(?:written|wrote) (?:a|my) (?:goodbye |suicide "
        r"|farewell )?note(?=\s*(?:[,.;!?]|"
        r"$|and\b|already\b))",
        # Thoughts of a crash on purpose, despair at going on, goodbye letters and cutting again: "I keep picturing
        # steering the van into a pillar", "what's the point in carrying on", "drafting farewell notes to my kids",
        # "been self-harming again because of it" (not "what's the point of going on with physio", "a farewell note
        # for my colleague's leaving do", "started cutting again for the summer" at the gym).
        r"\b(?:think\w*|thought|tempted|urges?|want|wanna|feel like|fantasi[sz]\w*|daydream\w*|pictur\w*|imagin\w*)"
        r"\s+(?:\w+\s+){0,3}?(?:driving|drive|steering|steer|swerving|swerve|crashing|crash|ploughing|plowing)\s+"
        r"(?:(?:the|my|our)\s+(?:\w+\s+)?)?(?:into|off)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:bridge|wall|tree|lorry|truck|"
        r"cliff|river|pillar|barrier|pylon|oncoming \w+)\b|\b(?:drive|driving|steer|steering|swerve|swerving) into "
        r"oncoming traffic\b|"
        r"\bwhat'?s the point (?:of|in) (?:going on|carrying on|living|being alive|being here|life|it all|anything "
        r"any ?more)\b(?!\s+(?:with|to|at|in|for|through|past|beyond)\b)|"
        r"\b(?:writ\w*|wrote|written|draft\w*|compos\w*)\s+(?:\w+\s+){0,2}?(?:goodbye|farewell|suicide)\s+"
        # a letter to the writer's people, or to no one named, is theirs; one to an old job, a landlord, a flat or
        # a colleague is a move or a leaving
        r"(?:letters?|notes?)\b(?!\s+(?:for|to)\s+(?:my|our|the|a|an|her|his)\s+(?:old\s+|former\s+|lovely\s+)?"
        r"(?!(?:kids|children|family|wife|husband|partner|mum|mom|mam|mother|dad|father|son|sons|daughters?|parents|"
        r"loved|friends?|boyfriend|girlfriend|babies|baby|grandchildren|grandkids|sister|brother)\b)\w+)|"
        r"\b(?:started|been|back to|gone back to|went back to|relapsed into|relapsed)\s+(?:self[- ]?harming|"
        r"cutting|burning)\s+again\b(?=\s*(?:[,.;!?]|$|bc\b|because|cos\b|coz\b|cause\b|due\b|from\b|when\b|and\b|"
        r"after\b|over\b))",
        # "want it all to stop for good", "thinking of drinking sniper" (a pesticide), "I've been cutting again",
        # "I don't see a future any more".
        r"\b(?:want|wanna|need|wish)\s+(?:it|everything|things)\s+(?:all\s+)?to (?:stop|end) (?:for good|forever|"
        r"for ever|permanently)\b|\b(?:drink\w*|drank|swallow\w*|take|taking)\s+(?:some\s+)?(?:sniper|"
        r"(?:weed ?killer|rat poison|pesticide|paraquat))\b|\b(?:i'?ve|i have|i)\s+(?:been|started|keep) cutting"
        r"(?:\s+again)?(?=\s*(?:[,.;!?]|$|and\b))|\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:a|any) future"
        r"(?:\s+(?:for me|any ?more))?(?=\s*(?:[,.;!?]|$|and\b|any ?more\b|with\b|for me\b))",
        # Thoughts of harm or of a way to die, in many Englishes: "thoughts of hurting myself", "I think to jump from
        # the balcony", "took a bunch of pills on purpose", "sometimes I cut myself when the pain is too much".
        r"\b(?:(?:thoughts?|urges?|ideas?|thinking|thought|think) (?:of|about) (?:hurting|harming|cutting|burning|"
        r"killing|ending) "
        r"(?:my ?self|meself|him ?self|her ?self|my life|it all)(?!\s+(?:less|by|while|when|doing|lifting|training|"
        r"playing|at the gym|in the gym|again at|with (?:the|a|my|this) (?:foam|roller|ball|gun|massage)|"
        # (everyday senses: "cutting myself some slack", "burning myself out", "the thought of hurting myself again
        # makes me nervous to lift" is a fear of an injury)
        r"(?:some |a bit of |a little )?slack|a break|out|short|loose|(?:again )?(?:makes?|made|scares?|scared|"
        r"worries|worried|puts?|frightens?|terrifies|stops?) (?:me|him|her)\b))|"
        r"(?:(?:(?:i|i'?m|im|i am) (?:\w+ )?(?:want|wanna|going|planning|tempted)|think|thinking|thought) to (?:jump|"
        r"throw (?:my ?self|him ?self|her ?self))|feel(?:ing)? like (?:jumping|throwing (?:my ?self|him ?self|"
        r"her ?self))) (?:(?:off|from|out of|in front of) (?:a |an |the |my |our )?(?:\w+ )?"
        r"(?:balcony|bridge|roof|building|window|terrace|cliff|tower|flyover|rooftop)|"
        # A vehicle only in front of it or moving: not "jump off the bus a stop early", "jump out of the car at the
        # services".
        r"in front of (?:a |an |the |my |our )?(?:\w+ )?(?:train|bus|lorry|truck|car)|(?:off|from|out of) "
        r"(?:a |an |the |my |our )?(?:moving|speeding) (?:train|bus|lorry|truck|car))\b"
        r"(?![^.;!?]{0,30}?\b(?:into|in|onto) (?:the |a )?(?:\w+ )?(?:pool|water|river|lake|sea|snow|hay|mattress|"
        r"trampoline))|"
        r"(?:took|taken|take|swallowed|swallow) (?:(?:(?:a|the) (?:bunch|load|lot|handful|pile|heap|whole \w+) of |"
        r"loads of |"
        r"lots of |too many |all (?:of )?)(?:my |the |his |her )?(?:\w+ )?(?:pills|tablets|meds|painkillers|"
        r"paracetamol|medicines?|medication) (?:on purpose|deliberately|intentionally)|(?:my |the |his |her |some )?"
        r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|medicines?|medication) to (?:die|end it|"
        # (not sleeping pills "to not wake up at 3am", "so early")
        r"not wake up(?!\s+(?:at|so|too|early|in the|during|before|until|till|every|through|\d))|"
        r"sleep forever|end my life))|"
        r"(?:sometimes|often|i still|i keep|still|again|i) (?:i )?(?:cut|burn|harm) (?:my ?self|meself)\b"
        r"(?! (?:shaving|cooking|chopping|by accident|accidentally|on|with|while|when (?:i )?(?:shav|cook|chop)\w*|"
        # a chore said after "when": "I burn myself when I iron", "when I take the tray out of the oven" (not "when I
        # feel low", "when it gets too much")
        r"when (?:i |using |taking )?(?!(?:i|feel|felt|get|gets|got|am|was|can'?t|cant|think|panic|cry|hurt|the|it|its|"
        r"it'?s|things|my|life|everything|i'?m|im|stressed|upset|sad|low|angry|overwhelmed|alone|anxious|"
        r"depressed|nobody|no one|people)\b)[a-z]+\b))"
        r"(?= (?:when|whenever|because|cos|to (?:cope|feel|forget|stop|get through|deal)|if|again|sometimes|"
        r"at night)))\b",
    )),
)

#: Long-term conditions that get the referral (GUIDE: a named long-term condition).
CONDITIONS = re.compile(
    r"\b(?:spinal|spine|back|lumbar|facet(?: joint)?|lower back)\s+(?:\w+\s+)?(?:arthritis|osteoarthritis|oa|stenosis)"
    r"|\b(?:arthritis|osteoarthritis|oa)\s+(?:in|of|on)\s+(?:my |his |her |their |the )?(?:\w+\s+)?(?:spine|back|"
    r"neck|vertebrae|lumbar|lower back|facet joints?|joints)\b"
    r"|\b(?:ankylosing|ankylosis|ankylosed|anklyosing|ankolysing|ankylosing\w*|spondyl\w*|spondilo\w*|spondilitis|"
    r"spondylosis|spondylitis|spondylolisthesis|spondyloarthritis|axspa|axial spa|bechterew\w*|bekhterev\w*|"
    r"degenerative dis[ck]\w*|degenerated dis[ck]\w*|degenerating dis[ck]\w*|dis[ck] degenerat\w*|ddd|"
    r"degeneration (?:of|in) (?:the|my) (?:spine|discs?|disks?)|degenerative (?:spine|back|changes|arthritis)|"
    r"fibromyalgia|fibromyalgi\w*|fibro|fibromialgia|fibromyalga|scolios\w*|scolio\w*|skolios\w*|scolos\w*|"
    r"scholios\w*|scoleos\w*|scoliso\w*|skolios\w*|kyphos\w*|athritis|arthritus|arthiritis|artheritis|arthrites|"
    r"kyphot\w*|lordos\w*|hyperlordos\w*|scheuermann\w*|rheumatoid|psoriatic arthritis|reactive arthritis|"
    r"spinal stenosis|stenosis|sacroilii\w*|si joint (?:dysfunction|problems?|arthritis)|polymyalgia|"
    r"ehlers[- ]danlos|eds|hypermobility|hypermobile|chronic pain syndrome|failed back (?:surgery )?syndrome|"
    r"arachnoiditis|spina bifida|tethered cord|cauda equina syndrome|syringomyelia|paget'?s disease|"
    r"osteoarthritis|arthritis|crumbling spine|wear and tear|worn (?:out )?(?:discs?|disks?|spine|joints)|"
    # The spine's wear said of it: "my discs are worn", "the vertebrae are degenerating".
    r"(?:discs?|disks?|spine|vertebrae|vertebras) (?:are|is|have|has|'re|'s) (?:\w+ )?(?:worn|"
    r"wearing (?:out|away|thin)|"
    r"degenerat\w*|crumbling)|"
    r"(?:multiple|several|two|three) (?:bulging|herniated|slipped|prolapsed) dis[ck]s|"
    r"lupus|osteochondros\w*|spondyloarthros\w*|osteoarthros\w*|arthros[ie]s|facet (?:joint )?(?:arthropathy|"
    r"syndrome|hypertrophy|arthrosis)|coccydynia|discopath\w*|dis[ck] protrusions?|protrusions? of (?:the )?dis[ck]s?|"
    r"schmorl'?s nodes?|bechterew|radiculopathy|chronic sciatica|piriformis syndrome)\b", re.IGNORECASE)

#: Saying the pain is long-lasting or keeps coming back.
CHRONIC_WORDS = re.compile(
    r"\b(?:chronic\w*|chronical\w*|cronic|chronis|persistent\w*|persisting|long[- ]?(?:term|standing|lasting|running)|"
    r"longstanding|longterm|lifelong|life-long|never[- ]ending|neverending|endless|ongoing|on-going|"
    r"never (?:goes|went|really goes|fully goes|completely goes|seems to go|truly goes) away|won'?t (?:go away|"
    r"ever go away|shift|leave me)|doesn'?t (?:ever )?go away|doesnt go away|never (?:goes|gone|leaves|stops|"
    r"shifts|(?:really |fully )?lets? up|"
    r"fully heals|fully healed|really healed|got better|gets better|improves|improved|clears)|keeps? (?:on )?"
    r"(?:coming back|recurring|returning|flaring(?: up)?|happening|coming and going)|recurr\w*|reccur\w*|recurent|"
    r"flares? ups?|flare-ups?|flareups?|relapses?|relapsing|(?:on|off) and (?:off|on)|comes? and goes?|come and go|"
    r"came and went|every (?:winter|summer|spring|autumn|year|few months|couple of months|now and then)|"
    r"again and again|over and over|time and again|never been (?:right|the same|good|ok|okay) since|"
    r"always (?:comes? back|hurts|had|have had|been|aching|sore|there)|"
    r"back again|returns? every|every so often|all the time)\b", re.IGNORECASE)

#: Not remembering a time without it: "can't remember a day my back didn't ache", "can't recall being pain free".
NO_TIME_WITHOUT = re.compile(
    r"\b(?:can'?t|cannot|don'?t|do not|couldn'?t) (?:even |really )?(?:remember|recall|think of) "
    r"(?:a time|the last time|when|what it'?s like|what it was like|a day|a week|a month|a year|life|being|"
    r"ever being|ever)\b[^.;!?]{0,30}?"
    r"\b(?:without|didn'?t|did not|wasn'?t|was not|not|free|normal|fine|okay|ok)\b", re.IGNORECASE)

#: Vague words that need no number but say nothing of length when a short one is given.
VAGUE_CHRONIC = re.compile(r"\b(?:never been (?:right|the same|good|ok|okay) since|ongoing|on-going|constant\w*|"
                           r"all the time|persist\w*|comes? and goes?|come and go|"
                           r"flare\w*|again and again|over and over|every so often|back again|always hurts|keeps? "
                           r"happening|relapse\w*)\b", re.IGNORECASE)

FLAG_BY_ID = {f.id: f for f in FLAGS}


def mentions_history(text: str) -> bool:
    """Return whether ``text`` names a part of someone's medical history that raises the level only with back pain
    (cancer, steroids, injecting drugs, a weakened immune system, osteoporosis): "I had breast cancer 5 years ago" is
    a health detail even when it raises nothing, so the bot never keeps it as an unanswered question."""
    low = text.lower()
    return any(p.search(low) for f in FLAGS if f.kind == "risk" and f.id != "older-fall" for p in f.patterns)

#: Working at a clinic or a charity is not having what it treats: "I work in an HIV clinic as a counsellor".
#: Only the clinic's name (group "at") is cancelled: "stopped work for chemo at the cancer clinic" keeps "chemo".
WORKPLACE = (r"\b(?:work\w*|volunteer\w*|nurse|nursing|job|placement|counsell?or|doctor|researcher|student)\b"
             r"[^.;!?]{0,25}?\b(?P<at>(?:hiv|aids|cancer|oncology|chemo|transplant|diabetes|dialysis|sexual health|"
             r"drug|addiction|needle exchange|osteoporosis|rheumatology|steroid)\s+(?:(?:outpatients?|inpatient|day|"
             r"research|support|specialist|children'?s|local|nhs)\s+)?(?:clinic|ward|unit|charity|centre|"
             r"center|department|team|service|research|project|programme|program|lab|trust|hospital|nurse)s?)\b"
             # The place named first: "the chemo ward where I volunteer has a massage chair".
             r"|\b(?:hiv|aids|cancer|oncology|chemo|transplant|dialysis|haematology)\s+(?:\w+\s+)?(?:clinic|ward|"
             r"unit|charity|centre|center|department|hospital|hospice|shop)s?\s+(?:where|that|which)\s+(?:i|we|he|she|"
             r"my \w+)\s+(?:\w+\s+)?(?:work\w*|volunteer\w*|help\w*|temp\w*|train\w*|clean\w*|nurs\w*)\b"
             # A job title or a task of the job: "oncology nurse", "I mix chemo all day", "giving chemo to patients".
             r"|\b(?:oncology|chemo(?:therapy)?|cancer|hiv|aids|transplant|dialysis|haematology|hematology|"
             r"radiotherapy|"
             r"radiation|infusion)\s+(?:nurse|nursing|doctor|physician|pharmacist|pharmacy|tech|technician|worker|"
             r"researcher|scientist|specialist|consultant|counsell?or|social worker|volunteer|porter|receptionist|"
             r"secretary|administrator|coordinator|navigator|therapist|radiographer|registrar|resident|fellow|aide|"
             r"assistant|carer|care worker|hca|suite|chair (?:nurse|side))s?\b"
             r"|\b(?:mix\w*|prepar\w*|compound\w*|administer\w*|dispens\w*|hang(?:s|ing)?|deliver\w*|handl\w*)\s+"
             r"(?:the\s+|out\s+|all\s+)?(?:chemo\w*|radiotherapy|infusions?|cytotoxics?)\b"
             r"|\b(?:giv(?:e|es|ing)|gave)\s+(?:the\s+)?(?:chemo\w*|radiotherapy|infusions?)\s+(?:to\s+)?(?:patients|"
             r"people|kids|children|clients)\b")
#: A test for an illness is not having it: "HIV test came back negative", "cancer screening all clear".
_TESTED = (r"\b(?:hiv|aids|diabet\w*|sugar|hba1c|cancer|tumou?r|leuk(?:a)?emia|lymphoma|bowel cancer|breast cancer|"
           r"prostate|psa)\s+(?:tests?|testing|screening|screen|checks?|check-?ups?|bloods)\b"
           r"(?![^.;!?]{0,40}\b(?:positive|confirmed|showed (?:it|that|i|the)|came back (?:positive|bad|abnormal)|"
           r"found "
           r"(?:it|a|some|cancer)|diagnos\w*))"
           r"|\b(?:hiv|aids)[- ]?(?:negative|neg)\b|\b(?:tested|came back|test (?:was|came back)|results? (?:were|was|"
           r"came "
           r"back))\s+negative\s+(?:for|on)\s+(?:an?\s+)?(?:hiv|aids|cancer)\b")

#: A young child's or a pet's toilet accidents are not a sign: "potty training, four accidents a day", "the puppy had
#: an accident on the rug", "my 4 year old is bedwetting again".
_LITTLE_ONES = (r"(?:potty|toilet)[- ]?train\w*|toddlers?|bab(?:y|ies)|infants?|newborns?|little ones?|lil ones?|"
                r"preschoolers?|nursery|nappies|nappy|diapers?|pull-?ups|puppy|puppies|pup|dog|kitten|cat|"
                r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ]?(?:year|yr)s?[- ]?old|[1-9] ?(?:yo|y/o)")
#: Numb or asleep from sitting on it: "no feeling in my legs after sitting cross legged", "leg went numb after sitting
#: on it".
_SAT_ON = (r"\b(?:no feeling|numb\w*|asleep|dead|pins and needles|tingl\w*)\b[^.;!?]{0,30}\b(?:after|from|when|while|"
           r"if)\s+(?:i\s+|you\s+)?(?:sitting|sat|sit|kneel\w*|squat\w*)\s+(?:cross[- ]?legged|on (?:the|my) (?:floor|"
           r"heels|toilet|loo|knees|feet)|on (?:it|them|my legs?|my foot|my feet)|for (?:too long|ages|hours"
           r"|a long time)|"
           r"like that)"
           # Numb from how one sits, asked in general or gone on standing: "why does my leg go numb when I sit", "leg
           # went numb sitting on the loo, fine once I got up", "goes numb in long meetings" (not with a weakness, a
           # dragging foot or a worsening told in the sentence: "numb when I sit and now my foot drags").
           r"|\b(?:no feeling|numb\w*|asleep|dead|pins and needles|tingl\w*)\b[^.;!?]{0,30}?(?:\b(?:after|from|when|"
           r"while|whenever|if|once)\s+(?:i\s+|you\s+|i'?ve\s+|i'?m\s+|i am\s+)?(?:been\s+)?(?:sit|sits|sitting|sat|"
           r"kneel\w*|squat\w*|cross[- ]?legg?(?:ed|s)?)\b(?!\s+up\b)|\b(?:sitting|sat|sit)\s+(?:on|in) "
           r"(?:the |my |a )?(?:toilet|loo|dunny|bog|john|throne|floor|ground|bus|train|plane|car|sofa|couch|"
           r"lecture)|"
           r"\bin (?:long |boring |all-day )?(?:lectures?|meetings?|flights?|drives?|car journeys?|church|classes|"
           r"exams?))\b"
           r"(?![^.;!?]*\b(?:drag\w*|weak\w*|worse|worsening|giv\w* way|gave way|trip\w*|catch\w* my (?:foot|toe)|"
           r"won'?t go|doesn'?t go|all the time|constant\w*|even (?:when|while) (?:i'?m |i am )?(?:standing|walking|"
           r"lying))\b)"
           r"|\b(?:fine|normal|ok|okay|gone|went away|back to normal)\s+(?:again\s+)?(?:once|when|after|as soon as)\s+"
           r"(?:i\s+)?(?:got|get|stood|stand|moved|move|walked|walk|shook|shake)\b")
_NERVES = (r"\b(?:jelly|wobbly|shaky|weak at the knees)\b[^.;!?]{0,30}\b(?:propos\w*|nerv\w*|stage fright|interview|"
           r"exam|kiss\w*|first date|wedding|speech)\b"
           # or tired after effort: "my calf feels weak after the run".
           r"|\b(?:weak|tired|heavy|jelly|wobbly|shaky|dead)\b[^.;!?]{0,20}\b(?:after|from)\s+(?:the |a |my "
           r"|all the |that "
           r")?(?:run|running|gym|workout|squats|lunges|hike|hiking|cycle|ride|match|game|training|leg day|marathon|"
           r"class|spin)\b")
_LITTLE_ACCIDENTS = (rf"\b(?:{_LITTLE_ONES})\b[^.;!?]{{0,50}}?\b(?:(?:had|has|have|having|keeps? having|another|an|"
                     r"a few|few|some|several|little|lots of|loads of|(?:like |about |maybe )?(?:\d+|two|three|four|"
                     r"five|six|seven|"
                     r"eight|nine|ten|a couple of|couple of|a dozen))\s+(?:little\s+|more\s+|"
                     r"lil\s+)?accidents?|bed[- ]?wetting|wet (?:the bed|(?:him|her|them|it)sel(?:f|ves)|(?:his|her|"
                     r"their) "
                     r"(?:pants|bed|nappy))|wets|wetting|soil\w*|pooed|peed|weed|pooped|(?:did|done|does|doing) "
                     r"(?:a |the "
                     r"|his |her )?(?:potty|poo|poop|pee|wee|susu|toilet|latrine))\b"
                     r"|\baccidents? (?:a|per|every) day\b|\baccidents? (?:on|in) (?:the|her|his|its) (?:nappy|carpet|"
                     r"rug|"
                     r"floor|mat|kitchen floor|crate)\b")

#: Parts of the body whose lump or swelling is not the back's.
ELSEWHERE = (r"(?:ankles?|foot|feet|knees?|toes?|fingers?|thumbs?|hands?|wrists?|elbows?|face|eyes?|eyelids?|gums?|"
              r"veins?|glands?|varicose veins?|"
              r"lips?|"
              r"jaw|teeth|tooth|ears?|nose|shins?|calf|calves|legs?|arms?|forearms?|cheeks?|tongue|throat|tonsils?|"
              r"finger ?nails?|toe ?nails?|heels?|knuckles?|joints? (?:of|in) (?:my|the) (?:hands?|fingers?|feet|"
              r"toes?))")

#: Look-alikes that are not the sign, per flag, checked against the words around a find by either detector.
#: Legs dead tired, unless real numbness is told after it in the sentence: "legs feel dead tired" (not "... dead
#: tired and I can't feel either of them from the knees down").
_DEAD_TIRED = (r"\blegs?\s+(?:are|is|were|was|feel|feels|felt)\s+(?:\w+\s+)?dead\s+(?:tired|beat)\b"
               r"(?![^.;!?]*\b(?:numb\w*|tingl\w*|pins and needles|no feeling|no sensation|(?:can'?t|cannot|cant|"
               r"couldn'?t|could not) (?:feel|move|lift|stand)|lost (?:all )?(?:the )?(?:feeling|sensation|power|"
               r"control)|giv(?:e|es|ing) way|gave way)\b)")
EXCLUDE: dict[str, Pattern] = {k: Pattern(v, re.IGNORECASE) for k, v in {
    # Taps and films: "the hot and cold taps", "got chills watching the film".
    "fever": r"\bfeverish\s+(?:with|from)\s+(?:excitement|anticipation|nerves|joy)\b|"
             # Chilli is a food; wet and cold is the weather: "chilli crab", "soaked and shivering at the bus stop".
             r"\bchill?(?:i|ies|is|i's)\b|\b(?:soaked|drenched|wet through|in the rain|bus stop|sea|swim\w*|snow\w*)"
             r"\b[^.;!?]{0,30}\b(?:shiver\w*|shaking|shaky|chills)\b|\b(?:shiver\w*|shaking|shaky)\b[^.;!?]{0,30}"
             r"\b(?:in the rain|at the bus stop|soaked|drenched|wet through|in the sea|after (?:a |my |the )?(?:swim|"
             r"cold shower|ice bath))\b|"
             # A thrill and a figure of speech: "shivers down my spine at the concert", "a fever of transfers".
             r"\b(?:shiver\w*|chills?|tingles?)\s+(?:\w+\s+)?(?:down|up|in|through|along)\s+(?:my|your|the|our)\s+"
             r"spines?\b|\b(?:a|the)\s+fever\s+of\s+(?!(?:about|around|over|nearly|almost|up to|at least)\b)"
             r"(?!(?:[a-z]+\s+)?(?:days?|weeks?|hours?|nights?|degrees?|temperatures?|temps?)\b)(?:[a-z]+\s+)?[a-z]+(?:s|ment|ness|tion|ity)\b|"
             r"\bhot and cold (?:taps?|water|running water|drinks?)\b|\b(?:chills|shivers)\b[^.;!?]{0,10}\b(?:watching|"
             r"listening|reading)\b|"
             r"\btemp(?:ing|s)?\s+(?:jobs?|work|agency|agencies|worker|workers|contract|role|position|staff|staffing|"
             r"cover|shifts?|gig)\b|\btemping\b|\bshak(?:es|ing|e)\s+(?:my |the |your )?(?:teeth|fillings|house|"
             r"windows|"
             r"bones|brain)\b|"
             r"\b(?:hay|cabin|spring|yellow|scarlet|glandular|football|bieber|beatle|world cup|cup|election|gold|"
             r"saturday night|disco|jungle|valley|rugby|christmas|xmas|holiday|baby|wedding|bridal|shopping|spending|"
             r"olympic|band|swift|k-?pop|festival|dengue|lassa|rheumatic|typhoid|fan|puppy|mania|travel)[\s-]+fever"
             r"|\b(?:skin|eye|ear|tooth|dental|gum|fungal|yeast|nail|toe|toenail|finger|wound)\s+infections?\b|"
             r"\binfected (?:cut|wound|spot|tooth|toe|toenail|nail|piercing|tattoo|bite|blister|hair follicle)\b"
             r"|\b(?:hot|cold|heat|temp|temperature)(?:[\s-]+(?:and|&|or)[\s-]+(?:hot|cold))?[\s-]+(?:showers?|"
             r"baths?|water|"
             r"packs?|pads?|compress\w*|therapy|treatments?|stones?|settings?|controlled|control|dial|gauge|"
             r"plunge|tubs?|"
             r"towels?|bottles?|wraps?|creams?|gels?|oils?|massage|setting)\b|\b(?:pad|pack|setting|dial|device|"
             r"gun|machine|"
             r"oil|water|bath|sauna|shower|room)s?\b[^.;!?]{0,25}\b(?:temperature|temp)\b"
             r"|\b(?:temperature|temp)\b[^.;!?]{0,25}\b(?:oil|water|bath|room|pad|pack|gun|device|towel|stones?|shower|"
             r"sauna|wax|pool)\b|\bwhat temp(?:erature)?\b"
             r"|\b(?:room|water|bath|shower|oven|fridge|outside|weather|body temperature of the room)\s+"
             r"(?:temp|temperature)(?:\s*(?:is|was|of|at|'s|s|reads?|read|reached|hit|hits|about|around)?\s*"
             r"\d+(?:[.,]\d)?\s*(?:°\s*)?(?:degrees?|c\b|f\b)?)?|temperature (?:of|in) the (?:room|water|bath|house|"
             r"office|oil)|fever[- ]?(?:pitch|dreams?|tree)"
             # Hot from the room or the weather, shaky from coffee or the cold, hot and bothered: not a fever.
             r"|\bhot and bothered\b|\b(?:feel|feels|feeling|felt|am|i'?m|get|gets|getting|gone|going)\s+(?:so\s+|"
             r"really\s+|"
             r"very\s+|too\s+|a bit\s+)?(?:hot|warm|sweaty|boiling|roasting)\s+(?:in|at|on|from|during|"
             r"with)\s+(?:this|the|"
             r"my|our|that|these|all)\s+(?:\w+\s+)?(?:office|room|house|flat|heat|sun|weather|heatwave|car|bus|"
             r"train|tube|"
             r"kitchen|gym|summer|humidity|shop|warehouse|classroom|sauna|jumper|coat|layers)\b"
             r"|\b(?:the )?(?:shakes|shaky|shaking|shivers?|shivering|chills|chilly|sweats?|sweating|sweaty|hot "
             r"flush\w*|hot flash\w*)\b"
             # A fever named between them is still a fever: "shivering with a fever after coffee".
             r"(?:(?!fever|temp|febrile|burning up|\d\d[.,]\d)[^.;!?]){0,20}\b(?:from|after|because of|with|due to|"
             r"in)\s+(?:(?!fever|temp|febrile)\w+\s+){0,3}?(?:coffee|coffees|caffeine|espressos?|energy drinks?|"
             r"red bull|nerves|hunger|hangover|the cold(?! (?:i|i'?ve|ive) (?:caught|got|have|had))|cold water|"
             r"adrenaline|low sugar|withdrawal|air ?con|aircon|air conditioning|a/c|the fan|"
             r"(?:the )?(?:peri)?menopause|hrt)\b"
             # A fever of excitement, not of the body: "fever-level hype", "the hype is at fever levels".
             r"|\bfever(?:[\s-]+(?:level|levels|grade|high|like|hot))?[\s-]+(?:of\s+)?(?:hype|excitement|enthusiasm|"
             r"anticipation|frenzy|buzz|hysteria|euphoria)\b|\b(?:hype|excitement|enthusiasm|anticipation|"
             r"frenzy|buzz|hysteria)\b[^.;!?]{0,15}\b(?:at|to|reached|reaching|hit|hits|of)\s+(?:a\s+)?fever\b"
             # A setting or the weather, not a body: "set the pad temp to 40", "39 degrees outside".
             r"|\bset(?:s|ting)?\s+(?:the\s+|my\s+|it\s+)?(?:[\w-]+\s+){0,3}?(?:temp|temperature|heat)\b"
             r"[^.;!?]{0,15}|\b(?:temp|temperature)\s+(?:setting|settings|dial|to \d)"
             r"|\b\d+(?:[.,]\d)?\s*(?:°\s*)?(?:degrees?|c\b|f\b)\s*(?:c\b|f\b)?\s*(?:outside|out there|here|"
             r"in the shade|"
             r"in (?:the )?(?:house|room|office|city|summer|sun)|today|heat\b|weather|heatwave)"
             r"|\b(?:heatwave|weather|outside|summer|sun|humid\w*)\b[^.;!?]{0,25}\b\d+(?:[.,]\d)?\s*(?:°|degrees?)"
             # The body warmed by a thing: "the sauna makes my body hot", "my body gets hot in the bath".
             r"|\b(?:makes?|made|making|keeps?|kept|leaves?|left)\s+(?:my|his|her|the)\s+(?:whole\s+)?(?:body|forehead)"
             r"\s+(?:\w+\s+)?(?:hot|warm|burning)|\b(?:sauna|bath|shower|heat pad|heating pad|hot water|steam|gym|"
             r"workout|run|running|exercise|jacuzzi|hot tub|blanket|sun|deep heat|tiger balm|balm|cream|gel|oil)\b"
             r"[^.;!?]{0,40}\b(?:body|forehead)\b[^.;!?]{0,20}\b(?:hot|warm|burning)\b"
             r"|\b(?:body|forehead)\b[^.;!?]{0,20}\b(?:hot|warm|burning)\b[^.;!?]{0,30}\b(?:sauna|bath|shower|"
             r"heat pad|heating pad|hot water|steam|gym|workout|run|exercise|jacuzzi|hot tub|blanket|sun|deep heat|"
             r"tiger balm|balm|cream|gel|oil)\b",
    # A lump or swelling of another part of the body: "the swelling is in my ankle", "a swollen knee".
    "lump-or-shape": r"\b(?:got|get|gets|getting|has|have|had) the hump\b|\bover the hump\b|"
                     rf"\b(?:lumps?|bumps?|swelling|swollen|swelled|puffy|puffed up|cysts?)\b[^.;!?]{{0,20}}?\b(?:in|"
                     rf"on|"
                     rf"of|around|at|under|above|behind)\s+(?:my|his|her|their|the|both|"
                     rf"one)\s+(?:\w+\s+)?{ELSEWHERE}\b"
                     rf"|\b{ELSEWHERE}\s+(?:is |are |was |were |got |gets |has |have |went |has gone |looks? |feels? |"
                     rf"been |all )?(?:\w+\s+)?(?:swollen|swelling|swelled|puffy|puffed up|lumpy|bumpy)\b"
                     rf"|\b(?:swollen|puffy|lumpy)\s+{ELSEWHERE}\b|\bdis[ck]s? bulg\w*|\bbulg\w* dis[ck]s?|"
                     rf"\bbulge (?:in|of) (?:my |the )?dis[ck]|\b(?:big|fat|"
                     r"lazy|great|old|soft|useless|sugar|lump sum|clay|coal)\s+lump\b|lump sum|"
                     r"\blump (?:in|of) (?:my |the |his |her )?(?:throat|sugar|clay|wood|coal|metal|butter|cheese)|"
                     # A bump in the road: "the van shakes when I go over a speed bump".
                     r"\b(?:pass|passes|passing|passed|over|hit|hits|hitting|across)\s+(?:a |the |any |every |each "
                     r"|some )?(?:speed )?bumps?\b|\bspeed bumps?\b|\bbumps? in the road\b|\bbumpy (?:road|ride|"
                     r"track)\b|"
                     # Knocked, not a lump: "I bumped my back on the door".
                     r"\bbump(?:ed|ing)\b(?!\s+(?:out|up|outwards?))|"
                     # Growth and mass that are not a lump: "oil for hair growth", "muscle mass", "a growth spurt".
                     r"\b(?:hair|muscle|nail|beard|lash|eyelash|economic|personal|business|plant|lawn|grass|weed|"
                     r"career|spiritual)\s+growth\b|\bgrowth\s+(?:spurts?|mindset|hormones?|plates?|charts?|rates?|"
                     r"oils?|serums?|supplements?)\b|\b(?:muscle|body|bone|lean|fat|critical|catholic)\s+mass\b|"
                     r"\bmass\s+(?:gainer|index|effect|market|produced|email|text)\b|"
                     # A lump of a stuff: "a lump of ice", "lumps of plaster" (not "a lump of tissue").
                     r"\blumps? of (?!(?:\w+\s+)?(?:flesh|tissue|skin|muscle|bone|gristle)\b)(?:\w+\s+)?(?:ice|snow|"
                     r"plaster|concrete|rock|stone|mud|dough|rubble|brick|earth|soil|wax|fat|cake|bread|meat|food)\b|"
                     r"\blumpy (?:mattress|pillow|bed|sofa|couch)|\bbump into\b|\bbaby bump\b|\bbump(?:ed)? (?:in|"
                     r"into)|"
                     r"goose ?bumps|speed bumps?|\bmy bump\b|\bbump is\b|\bthe bump\b"
                     # The road's bumps: "sore from the bumps on the bus", "every bump in the road", "a bumpy ride".
                     r"|\b(?:from|over|on|with|by|hit|hitting|hits|all|every|each)\s+(?:the\s+|all the\s+|those\s+|"
                     r"these\s+|"
                     r"every\s+)?(?:\w+\s+)?bumps?\b(?!\s+(?:on|in|near|over|along) (?:my|his|her|the) (?:lower |"
                     r"upper )?"
                     r"(?:back|spine|tailbone|neck))|\bbumps? (?:in|on|of) the (?:road|track|path|lane|ride)\b|"
                     r"\bpot-?holes?\b"
                     # A lump in a thing, not in the body: "the mattress has a lump", "lumps in the pillow".
                     # The thing follows the lump directly, no part of a body between: not "a lump on my back that
                     # rubs on the chair".
                     r"|\b(?:lumps?|bumps?|lumpy|bumpy)\b(?:\s+(?:all over|everywhere|right|just|that i can feel|"
                     r"sticking (?:up|out)|coming up|in the middle|in the centre|at the edge|at one end))?"
                     r"\s+(?:in|on|of|under|inside)\s+(?:the |my |a |our |"
                     r"this |that |his |her )?(?:\w+\s+)?(?:mattress|pillow|bed|sofa|couch|cushion|topper|seat|chair|"
                     r"duvet|porridge|gravy|sauce|custard|road|carpet|rug|futon|car seat|foam|yoga mat|mat)s?\b|"
                     r"\b(?:lumpy|bumpy)\s+(?:[\w-]+\s+){0,2}(?:mattress|pillow|bed|sofa|couch|cushion|topper|seat|"
                     r"chair|duvet|futon|mat|road|ride|track|path)s?\b|"
                     r"\b(?:mattress|pillow|bed|sofa|couch|cushion|topper|seat|chair|duvet|futon|"
                     r"mat)s?\b[^.;!?]{0,25}?\b(?:has|had|"
                     r"have|with|got|is|are|gone|went|all)\b[^.;!?]{0,15}?\b(?:lumps?|lumpy|bumps?|bumpy)\b"
                     # A knot in a muscle, to be worked out: "hard lump in my muscle", "tight little lump under my
                     # shoulder blade, how to loosen it", "muscle knots".
                     r"|\b(?:lumps?|bumps?)\b[^.;!?]{0,12}\b(?:in|of|within|inside) (?:the |my |a |this )?muscles?\b"
                     r"|\bmuscle (?:lumps?|knots?|bumps?)\b|\b(?:tight|knotted|knotty|tense)\s+(?:\w+\s+)?(?:lumps?|"
                     r"bumps?)\b|\b(?:lumps?|bumps?)\b[^.;!?]{0,50}\b(?:loosen|release|work (?:it|them) (?:out|loose)|"
                     r"knead (?:it|them) out|trigger points?|knots?)\b"
                     # Asking about massage over a lump in general: "can I massage over a mole or a lump".
                     r"|\b(?:massag\w*|rub\w*|press\w*|roll\w*)\s+(?:over|on|around|near|round)\s+(?:a|an|any)\s+"
                     r"(?:\w+\s+){0,3}?(?:lumps?|bumps?|swellings?)\b(?!\s*(?:i|that i|which i|i'?ve)\s+(?:\w+\s+)?"
                     r"(?:found|have|noticed|got|felt)|\s+(?:on|in) my)"
                     # The spine's own bumps: "the bumps down the middle of my back".
                     r"|\bthe\s+(?:\w+\s+)?bumps\s+(?:down|along|up|in|of)\s+(?:the\s+)?(?:middle|centre|center|"
                     r"length|spine|backbone)\b|\b(?:bony\s+)?bumps of (?:my|the) (?:spine|vertebrae|backbone)\b"
                     # Bent over by a spasm, not a change of shape: "back locked, stuck bent over".
                     r"|\b(?:lock\w*|seiz\w*|spasm\w*|stuck|frozen|froze|went|gave way|twing\w*|put (?:my|his|her) "
                     r"back out|pulled)\b[^.;!?]{0,60}\bbent (?:over|double|forward)\b|\bbent (?:over|double|forward)"
                     r"\b[^.;!?]{0,60}\b(?:lock\w*|seiz\w*|spasm\w*|stuck|frozen|went|gave way|twing\w*)\b"
                     r"|\b(?:when|while|as|after|from) (?:i |he |she )?(?:was |were )?bent (?:over|down|forward)\b",
    # An accident with a thing: "had an accident with my coffee on the keyboard", "a little kitchen accident".
    # Laughing or a fright, nearly, and children's bedwetting: "peed myself laughing", "nearly wet myself".
    "bladder-bowel": r"\b(?:pee|wee|poo|go to the toilet|go to the loo) in peace\b|"
                     # a little one's, passed unawares: "my toddler pees in his pants without knowing"
                     rf"\b(?:{_LITTLE_ONES}|kids?|children|son|daughter|boy|girl)\b[^.;!?]{{0,30}}?\b(?:pees?|peed|"
                     r"wees?|weed|wets?|wetting|poos?|pooed|soils?)\b[^.;!?]{0,30}?\bwithout (?:noticing|knowing|"
                     r"realising|realizing)\b|"
                     r"\b(?:wet|peed|pee'?d|weed|wee'?d|shat|shit|crapped|pooed|soiled)\s+(?:my|him|her|them)?(?:self|"
                     r"selves)\s+(?:laughing|with laughter|from laughing|in fright|with fright|in shock|when i saw|"
                     r"when he|when she|at the (?:film|movie|bill|price|news)|watching)|\b(?:nearly|almost|practically|"
                     r"could have|could've|nigh on)\s+(?:wet|peed|shat|pooed|soiled|wee'?d)\b|\b(?:kids?|children|"
                     r"toddlers?|little ones?|son|daughter|boy|girl)\s+(?:\w+\s+)?(?:wet|wets|wetting|wetted) (?:the|"
                     r"his|her|their) beds?\b(?![^.;!?]*\b(?:(?:his|her|their)\s+(?:\w+\s+)?(?:back|spine|legs?)|"
                     r"numb\w*|1[3-9]|teen\w*)\b)|"
                     + _LITTLE_ACCIDENTS + r"|\b(?:wet|soaked|drenched|damp|soaking"
                     r"|dripping)\s+(?:through\s+)?(?:with|"
                                         r"in|"
                     r"from)\s+(?:sweat|perspiration|rain|the rain|tea|coffee)\b|\baccidents?\s+(?:with|"
                     r"involving)\s+(?:my|the|a|his|her|our)\s+(?:\w+\s+)?(?:phone|laptop|"
                     r"tablet|cup|mug|coffee|tea|drink|paint|glass|plate|washing|carpet|rug|keyboard|cake|dinner|hair|"
                     r"nails|car|bike|van|motorbike|ladder|knife|oven|iron|stairs|saw|drill|hammer|pan)\b|"
                     r"\b(?:car|road|traffic|bike|work|kitchen|coffee|phone|cooking|baking|paint|ladder|diy|garden)\s+"
                     r"accidents?\b",
    "serious-accident": _LITTLE_ACCIDENTS + r"|\baccident[- ]prone\b|"
                        # Hit with something soft: "got hit in the back with a pillow", "a snowball hit me".
                        r"\b(?:hit|struck|whacked|thumped|smacked|knocked|pelted)\b[^.;!?]{0,30}?\bwith (?:a |an |the |"
                        r"some |his |her |my )?(?:\w+\s+)?(?:pillows?|cushions?|balloons?|snowballs?|nerf\w*|"
                        r"foam\s+\w+|"
                        r"teddy|soft toys?|towels?|socks?|paper|newspaper|beanbags?)\b|\b(?:pillow|cushion|snowball|"
                        r"balloon|nerf|water)[\s-]+(?:fight|fights|gun|guns|dart|darts|bullet|bullets)\b|"
                        r"\b(?:heart|panic|anxiety|asthma) attacks?\b|"
                        # A shoe falling off the foot (the foot-drop flag reads it): "my slipper keeps falling off".
                        r"\b(?:slippers?|shoes?|sandals?|flip-?flops?|thongs|boots?|socks?|crocs|clogs|mules)\s+"
                        r"(?:\w+\s+)?(?:fall\w*|fell|slip\w*|com\w* off|came off)\b|"
                        # A toy or a trolley wrecked in play: "we totalled the shopping cart racing it".
                        r"\b(?:totall?ed|wrecked|trashed|wrote off|written off)\s+(?:the |a |my |his |her |our )?"
                        r"(?:\w+\s+)?(?:shopping (?:cart|trolley)|trolley|cart|go-?kart|kart|pram|buggy|scooter|"
                        r"skateboard|toy \w+|"
                        r"controller|game|phone|laptop|drone|rc car|bumper car|dodgems?)\b|"
                        # Hit by a ball or a toy: "got hit by a football at training", "a toy car my son threw".
                        r"\b(?:hit|struck|whacked|smacked|clipped|caught|bonked|pinged)\b[^.;!?]{0,20}?\b(?:by|with) "
                        r"(?:a |an |the |some |his |her |my |their |a stray |a flying )?(?:(?:\w+\s+)?(?:balls?|"
                        r"football|footy|rugby ball|netball|basketball|frisbee|shuttlecock|puck)|toy\s+\w+|"
                        r"(?:\w+\s+)?toys?)\b|"
                        # A crash that is a feeling or a figure of speech: "sugar crash", "the match was a car crash".
                        r"\b(?:sugar|caffeine|energy|carb|insulin|adrenaline|afternoon|post-lunch|emotional|market|"
                        r"stock|crypto|dopamine)\s+crash\w*|\bcrash(?:ed|ing)?\s+(?:and burn|after (?:the )?(?:coffee|"
                        r"caffeine|sugar))\b|"
                        r"\b(?:was|is|it'?s|its|been|be|like|what|watching)\s+(?:such\s+)?(?:a|an)\s+(?:total\s+|"
                        r"complete\s+|absolute\s+|utter\s+|bit of a\s+|slow[- ]motion\s+)?car[- ]?crash\b"
                        r"(?!\s*(?:on|at|in|near|last|yesterday|today|this|that|and|with|involving|when)\b)|"
                        r"\bcar[- ]?crash (?:scenes?|sequences?|videos?|clips?|footage|games?|sims?|simulators?)\b|"
                        # A crash in a game: "crashed my car in gran turismo", "wrecked on mario kart".
                        r"\b(?:in|on|playing)\s+(?:gran turismo|mario ?kart|forza|gta|grand theft auto|need for speed|"
                        r"rocket league|fortnite|call of duty|the game|a game|a video ?game|the sim|a sim|my sim|"
                        r"sim racing|the simulator|a simulator|vr|virtual reality|(?:my|the) (?:playstation|ps5|ps4|"
                        r"xbox|"
                        r"switch|console)|minecraft|roblox)\b|"
                        # Watched, not had: "car crash TV", "watched the crash in the F1".
                        r"\b(?:watch\w*|on (?:the )?(?:tv|telly|news))\b[^.;!?]{0,30}\b(?:crash|crashes|accidents?|"
                        r"pile-?ups?)\b|"
                        # Seen or dreamt, not had: "on the news a man fell off a roof", "I dreamt I was in a crash".
                        r"\bon (?:the )?(?:tv|telly|television|news|radio|youtube|tiktok)\b"
                        # not across a turn to the writer's own: "watching it on tv, I fainted and fell down the stairs"
                        r"(?:(?![,;]|\b(?:and|then|but|so|when)\s+(?:i|he|she|we|they|my)\b)[^.;!?]){0,30}\b(?:fell|"
                        r"falls?|"
                        r"crash\w*|accidents?)\b|\b(?:dream\w*|dreamt|nightmares?)\b[^.;!?]{0,40}\b(?:crash\w*|"
                        r"accidents?|"
                        r"fell|falling|pile-?up)\b|\b(?:crash|accident|pile-?up)(?:es|s)?\s+(?:was|were|is|"
                        r"are)\s+(?:only\s+|just\s+)?"
                        r"(?:on|in)\s+(?:the\s+)?(?:tv|telly|television|news|film|movie|game|show|programme|youtube)\b"
                        r"|\bcrash(?:es)? (?:tv|telly|programmes?|shows?|videos?|test)\b"
                        r"|\bcar crash (?:tv|telly|"
                        r"of an?)\b|"
                        # The back is bad, not the fall: "back's been bad since my fall" (the fall may still count).
                        r"\b(?:bad|nasty|terrible|awful|horrible|rough|heavy|hard)\s+(?:ever\s+)?since\s+(?:my|the|a|"
                        r"that|"
                        r"his|her)\s+(?:\w+\s+)?(?=fall\b)|"
                        # A vehicle meeting the road, not the writer: "the bus hit a pothole and my back jarred".
                        r"\b(?:hit|went over|drove over|go over|going over|hitting)\s+(?:a|an|the|some|every|each|"
                        r"all the)\s+"
                        r"(?:\w+\s+)?(?:bumps?|pot-?holes?|speed bumps?|ramps?|dips?|kerbs?|curbs?|rough patch)\b|"
                        r"\baccident\w*\s+(?:was\s+|is\s+)?(?:only\s+|just\s+)?(?:with|"
                        r"involving|to)\s+(?:my|the|a|"
                        r"his|her)\s+"
                        r"(?:\w+\s+)?(?:phone|laptop|tablet|cup|mug|coffee|tea|drink|paint|glass|plate|toilet|washing|"
                        r"kitchen|carpet|rug|sofa|keyboard|cake|dinner|hair|nails)\b|"
                        r"\b(?:phone|coffee|tea|paint|kitchen|baking|cooking|hair|toilet)\s+accident|"
                        # Slept: "crashed on my mate's floor", "crashing at her brother's place".
                        r"\bcrash(?:ed|ing)?\s+(?:on (?:the |my |a |his |her |their |our |your )?(?:[\w']+\s+)?(?:sofa|"
                        r"couch|settee|bed|floor|futon|airbed|air bed|mattress|beanbag|bunk|spare bed|lilo|"
                        r"blow-up bed)|"
                        r"out|at (?:a |my |his |her |our |their |your )?(?:[\w']+\s+)?(?:mate|friend|place|house|flat|"
                        r"pad|gaff)|"
                        r"in bed|diet|course|mat|pad|and burn|the party)|crash diet|"
                        r"\b(?:parked|empty|nobody (?:was )?in (?:it|the car)|no one (?:was )?in (?:it|the car)|"
                        r"wasn'?t in (?:it|the car)|(?:film|movie|show|series|documentary|news|video|game|book|novel|"
                        r"podcast|story|dream)s? (?:about|of|with|where|showing)\b)|\b(?:computer|system|laptop|phone|"
                        r"app|server|market|stock|website|pc)s?\s+(?:\w+\s+)?crash\w*|"
                        r"crash course|\b(?:fell|fall|falling|fallen) off the (?:wagon|bandwagon)\b|"
                        r"\bby accident\b|\baccidental\w*|\bhappy accident|" + falls.LOOK_ALIKES,
    # A stream or flow that is not the pee's: "the shower stream is weak", "blood flow".
    "trouble-peeing": r"\b(?:pee|wee|poo|go to the toilet|go to the loo) in peace\b|"
                      r"\b(?:shower|hose|hosepipe|tap|river|water|jet|spa|jacuzzi|fountain|air|traffic|cash|income|"
                      r"blood|work|energy|lymph|lymphatic)\s+(?:stream|flow|pressure|jet)\b",
    "night-pain": r"\b(?:on|doing|working|work|works|do) nights\b(?=[^.;!?]{0,60}\bshifts?\b)|\bnight ?shifts?\b|"
                  # On getting up in the morning, not in the night: "it hurts in the morning when I wake up".
                  r"\b(?:hurts?|aches?|aching|stiff\w*|sore)\s+(?:\w+\s+){0,4}?(?:when|after|as soon as|once) "
                  r"(?:i|he|she) "
                  r"(?:first )?(?:wake|wakes|woke|get up|gets up|got up)\b(?:\s+up)?(?:\s+in the morning)?"
                  r"(?![^.;!?]{0,25}\b(?:night|nights|in the night|at \d|early hours|small hours|from sleep|"
                  r"wakes? me|woken))|"
                  r"\b(?:can'?t|cant|cannot|unable to|couldn'?t)\s+(?:reach|get to|get at|touch|find)\b[^.;!?]{0,50}?"
                  r"\bno matter what\b|"
                  r"\b(?:gam(?:ing|ed|e)|play(?:ing|ed)?|work(?:ing|ed)|partying|partied|danc(?:ing|ed)|drinking|drank|"
                  r"study(?:ing)?|studied|revis(?:ing|ed)|stream(?:ing|ed)|driv(?:ing|e)|drove|clubbing|raving|"
                  r"watch(?:ing|ed)|binge(?:d|ing)?|binge-watch\w*|cod(?:ing|ed)|edit(?:ing|ed)|decorat(?:ing|ed)|"
                  r"pack(?:ing|ed)|travell?(?:ing|ed)|fl(?:ying|ew)|sat up|stayed up|chatting|chatted|talking|"
                  r"talked)\s+(?:(?!(?:in|with|from)\s+(?:pain|agony)\b)[\w']+\s+){0,4}?all night\b"
                  # nor the pain told after it: "sat up all night because my back was killing me", "in agony"
                  r"(?![^.;!?]{0,40}?\b(?:in (?:pain|agony)|(?:because|cos|as) (?:of )?(?:the |my )?(?:pain|back)|"
                  r"with (?:the |my )?(?:pain|back)|agony|can'?t lie|cannot lie|lying down makes)\b)|"
                  r"\b(?:will|would|could|might|does|can|should|won'?t|doesn'?t)\s+(?:it|this|that|massage|the massage|"
                  r"a massage|rubbing|the routine|foam rolling|rolling)\s+(?:\w+\s+)?(?:keep|wake)\s+(?:me|you|him|"
                  r"her)\b|"
                  r"\b(?:baby|babies|newborn|toddler|kids?|child|son|daughter|\d+[- ](?:month|week|year)[- ]old|"
                  r"dog|cat|puppy|kitten|neighbou?rs?|noise|partner|husband|wife|snoring|traffic|alarm|insomnia|"
                  r"bladder|"
                  r"teething|feeds?|feeding)\b[^.;!?]{0,20}\b(?:keeps?|kept|wakes?|woke|waking)\s+(?:me|us|him|her)\b|"
                  r"\b(?:bonfire|hen|stag|date|game|quiz|opening|movie|film|girls|boys|karaoke|poker|wedding) night|"
                  r"\bnight (?:out|shift|shifts|before)|\blast night\b(?!.{0,20}\b(?:woke|wake|awake))|"
                  r"\btonight\b|"
                  # Awake for other reasons: the heat, the kids; a restful night, a night off.
                  r"\b(?:can'?t|cant|couldn'?t) (?:get to )?sleep (?:because of|for|with|in) the (?:heat|noise|kids"
                  r"|baby|"
                  r"dog|neighbours|snoring)\b|\bup (?:at night|all night|in the night) with (?:the )?(?:kids|baby|"
                  r"children|toddler|dog|puppy)\b|\brestful night\b|\bnight off\b",
    # Idioms and knocks: "dragging my feet on the decision", "dropped a tin on my foot".
    "foot-drop": r"\bdrag\w* (?:my|his|her|their|our) feet (?:on|over|about|with)\b|\bdropped (?:a|an|the|something)"
                 r"\s+(?:\w+\s+)?on (?:my|his|her) (?:foot|toes?|feet)\b",
    # A good scan: "good bone density on my scan".
    "osteoporosis": r"\b(?:good|normal|fine|healthy|great|strong|high) bone density\b|\bbone density (?:is |was |came "
                    r"back )?(?:good|normal|fine|ok|okay|healthy)\b",
    # A numb bum from a long flight or drive: "numb bum after a long flight".
    "saddle-numbness": r"\bnumb\s+(?:bum|butt|bottom|backside|arse|behind)\s+(?:after|from)\s+(?:a |the |my )?(?:long |"
                       r"\w+ )?(?:flight|drive|journey|car ride|bike ride|ride|cycle|sitting|sit|coach trip|train)\b",
    # Legs asleep from sitting: "my feet fell asleep when I sat cross-legged", "no feeling in my legs after sitting
    # on the floor", "legs went to sleep lol"; jelly legs from nerves: "legs went to jelly when he proposed".
    "both-legs": _NERVES + rf"|{_DEAD_TIRED}"
                           r"|\b(?:legs?|feet|foot)\b[^.;!?]{0,20}\b(?:fell|fall|falls|went|go|goes|gone|going"
                           r"|keep going|keeps "
                 r"going)\s+(?:to sleep|asleep)\b(?:[^.;!?]{0,40}\b(?:sitting|sat|sit|cross[- ]?legged|kneel\w*|"
                 r"squat\w*|on the (?:floor|toilet|loo)|lol|haha|lmao|hehe)\b|\W*(?:lol|haha|lmao|hehe)\b)"
                 rf"|{_SAT_ON}|\bleg day\b|\b(?:freezing|frozen|from the cold|with (?:the )?cold|cold weather"
                 rf"|in the snow|ice bath|"
                 r"cold water|frostbit\w*)\b|\b(?:brain|mind|head|thoughts?|i was|i'?m|i am|we were|froze|"
                 r"frozen)\b[^.;!?]{0,15}"
                 r"\bparaly\w*(?! (?:from|below|down|legs))|\bparaly\w* (?:with|by) (?:fear|indecision|anxiety|"
                 r"shock|terror|boredom|choice|options|nerves|embarrassment|doubt|worry|stress|panic|analysis)|"
                 r"analysis paralysis|"
                 r"\b(?:squats|lunges|deadlifts|marathon|spin class|hike|hiking|long run|leg workout|massage|"
                 r"massage gun|"
                 r"foam roll\w*|sauna|hot tub|jacuzzi|hot bath|"
                 r"leg press)\b.{0,40}\b(?:jelly|heavy|tired|dead|wobbly|weak)|\b(?:jelly|heavy|tired|dead|wobbly|weak)"
                 r"\b.{0,40}\b(?:leg day|squats|lunges|gym|workout|marathon|run|running|hike|hiking|cycling|"
                 r"training)\b",
    "one-leg": _NERVES + rf"|{_DEAD_TIRED}"
               rf"|{_SAT_ON}|\bleg day\b|\b(?:freezing|frozen|from the cold|with (?:the )?cold|cold weather"
               rf"|in the snow|ice bath|"
               r"cold water|frostbit\w*)\b|\b(?:squats|lunges|marathon|gym|workout|hike|hiking|running|massage|"
               r"massage gun|foam roll\w*|sauna|hot tub|jacuzzi|hot bath|"
               r"run)\b.{0,45}\b(?:tired|"
               r"heavy|dead|jelly|wobbly|shaky|weak)|\bdead leg\b|\bleg (?:is |was )?asleep|\bleg (?:went|goes|"
               r"has gone|fell) (?:to sleep|"
               r"asleep)\b.{0,30}\b(?:sitting|sat|cross)"
               # A knee or ankle giving way in a game is a sports injury: "my knee gave way playing football".
               r"|\b(?:knee|ankle)\b[^.;!?]{0,30}\b(?:playing|during|at|in)\s+(?:the\s+)?(?:football|rugby|netball|"
               r"basketball|tennis|squash|badminton|hockey|volleyball|skiing|dance|dancing|game|match|training|"
               r"five-a-side)",
    "steroids": r"\b(?:like|is|it'?s|its|was)\s+(?:a |an |the )?(?:\w+\s+){0,2}on steroids\b|steroids?\s+(?:cream|"
                r"creams|inhaler|inhalers|nasal|nose|spray|drops|eye|ointment|injection|"
                r"injections|jab|shot)(?!s?\s+and\s+(?:pills|tablets|oral))|\b(?:anabolic|roids)\b"
                # "my inhaler is a steroid one", "the cream's a steroid"
                r"|\b(?:inhalers?|puffers?|creams?|ointments?|nasal sprays?|eye drops)(?:'s|\s+(?:is|are|was))\s+"
                r"(?:a |an |also a )?(?:mild )?steroids?\b",
    "cancer-history": r"\b(?:run|walk|race|ride|swim|fundraiser|fundraising|event|bake sale|ball|gala|raffle|appeal|"
                      r"marathon|5k|10k|relay|hike|sponsored \w+|collection)\s+(?:\w+\s+)?for\s+(?:the\s+)?(?:\w+\s+)?"
                      r"cancer(?:\s+(?:survivors|patients|research|charity|charities|kids|children|ward|care|trust|"
                      r"support|awareness))?\b|"
                      r"\bcancer (?:research|awareness|charity|fundraiser|run|walk|sign|star ?sign|crab|zodiac|sticks?|"
                      r"documentar\w*|programmes?|films?|books?|novels?)|\btropic of cancer\b|"
                      r"\bi'?m a cancer\b(?!\s+(?:survivor|patient|sufferer|warrior|thriver)(?!'|s\b))|\bstar sign|"
                      r"\b(?:zodiac|sign|horoscope) (?:is |says |'s )?(?:a )?cancer\b|"
                      r"\bcancerian\b|"
                      # A worry is not a history: "is my headache a brain tumour", "could it be cancer?".
                      r"\b(?:could|might|can|may|would|is|are|isn'?t)\s+(?:it|this|that|they|these|my\s+\w+"
                      r"(?:\s+\w+)?|the\s+\w+)\s+(?:be\s+)?(?:a\s+|an\s+)?(?:sign\s+of\s+|symptom\s+of\s+)?"
                      r"(?:brain\s+|bone\s+|spinal\s+|back\s+)?(?:cancer|tumou?r)\b|"
                      r"\b(?:worried|worry|worrying|scared|afraid|frightened|terrified|fear|wonder\w*|think|"
                      r"convinced|paranoid|possible|chance|likely)\b"
                      r"[^.;!?]{0,40}\b(?:is|be|it'?s|its|might be|could be|like|as|mean\w*)\s+(?:a\s+|an\s+)?"
                      r"(?:brain\s+|bone\s+|spinal\s+)?(?:cancer|tumou?r)\b"
                      r"(?![^.;!?]*\b(?:had|have had|survivor|history|remission|treated|diagnosed|chemo\w*|"
                      r"radiotherapy|came back|returned|spread)\b)|"
                      # Asked of back pain in general: "is back pain ever cancer", "can sciatica be a tumour".
                      r"\b(?:is|are|can|could|does|do)\s+(?:back\s+|lower back\s+)?(?:pain|ache|aches|backache|"
                      r"sciatica)\s+(?:\w+\s+)?(?:ever|sometimes|always|usually|often|really)?\s*(?:be\s+|mean\s+)?"
                      r"(?:a\s+)?(?:sign of\s+|symptom of\s+)?(?:cancer|tumou?r)s?\b|"
                      r"\b(?:something|anything)\s+(?:sinister|serious|nasty|bad|worse)\s+(?:like|such as)\s+(?:a\s+)?"
                      r"(?:cancer|tumou?r)\b(?![^.;!?]*\b(?:had|survivor|history|remission|treated|diagnosed)\b)"
                      r"|" + _TESTED + "|" + WORKPLACE,
    # A heart attack had long ago is a history to tell the doctor of, not chest pain now.
    "chest-pain": r"\bhad (?:a |my )?(?:\w+ )?heart attack\b(?=[^.;!?]{0,30}\b(?:last year|years? ago|months ago|"
                  r"in (?:19|20)\d\d|back in|a while (?:ago|back))\b)|"
                  # The chest said to be well: "chest is fine, only an ache between my shoulder blades".
                  r"\bchest(?:'s| is| feels| seems)\s+(?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|"
                  r"alright|all right|normal)\b|"
                  r"\b(?:get|got|getting|gets)\s+(?:\w+\s+){0,2}off (?:my|your|his|her) chest|\btreasure chest|"
                  r"\bchest (?:of drawers|freezer|press|day|workout|exercises?)|\bheartburn|\bheart ?break"
                  # "a hairy chest", "cards close to my chest", "puffing my chest out", "my heart set on a mattress".
                  r"|\bhairy chest|\bchest hairs?\b|\bcards (?:close|near) to (?:my|his|her|the|your) chest"
                  r"|\b(?:puff\w*|"
                  r"stick\w*|push\w*|push\w*) (?:my|his|her|your|their) chest out|\bchest x-?rays?\b|\bheart (?:was "
                  r"|is )?"
                  r"set on\b|\bheart of (?:the|my|it)\b|\bchesty cough",
    # Needles that are not a drug user's: pins and needles, acupuncture, knitting, a fear of needles, a jab.
    "injecting-drugs": r"\bpins?\s*(?:and|&|n|'n'|an|nd)\s*needl\w*|\bacupunctur\w*[^.;!?]{0,40}\bneedl\w*|"
                       r"\bneedl\w*[^.;!?]{0,40}\bacupunctur\w*|\bdry[- ]?needl\w*|\b(?:knitting|sewing|crochet|"
                       r"embroidery|darning|tapestry)\s+needles?|\bneedle ?(?:work|point|craft)|\b(?:scared|afraid|"
                       r"terrified|frightened|phobic) of (?:the )?needles|\bneedle[- ]?phobi\w*|\bhate needles\b|"
                       r"\bneedle in a haystack|\b(?:vaccin\w*|jabs?|flu shots?|blood tests?|blood draws?|insulin|"
                       r"epidural|cannula|drip|iv line|tattoo\w*|piercing)\b[^.;!?]{0,30}\bneedl\w*|\bneedl\w*"
                       r"[^.;!?]{0,30}\b(?:vaccin\w*|jabs?|blood tests?|insulin|epidural|cannula|tattoo\w*|piercing)\b|"
                       r"\b(?:pain\w*|ache\w*|it|twinge\w*|hurt\w*|agony|sciatica|spasms?)\s+(?:\w+\s+)?(?:shoot\w*|"
                       r"shot)"
                       r"\s+up\b|\bshoot\w* up (?:my|his|her|the|into|through|along|to|from|and down)\b|"
                       r"\binject\w* (?:him|her|them|it|the dog|the cat|my dog|my cat|our dog|our cat|daily|every day|"
                       r"twice|once)\b|\binject\w* (?:the |my |our |his |her |all the )?(?:patients?|clients?|"
                       r"residents?|"
                       r"animals?|cattle|cows|sheep|lambs|calves|pigs|horses|dogs|cats|pets|livestock|herd|flock)\b|"
                       r"\binject\w* (?:insulin|my insulin|b12|vitamin|hormones?|testosterone|ozempic|"
                       r"wegovy|"
                       r"mounjaro|fertility|heparin|my medication|methotrexate|epipen|botox)"
                       # A vaccine or a medicine's jab, and insulin's injecting: "covid booster injection today", "I
                       # inject insulin, does that count as injecting?"
                       r"|\b(?:covid|flu|booster|vaccin\w*|tetanus|b12|vitamin|cortisone|steroid|epidural|botox|"
                       r"filler|fertility|contracepti\w*|depo|hpv|shingles|travel|allergy)\b[^.;!?]{0,12}\binjections?\b"
                       r"|\binsulin\b[^.;!?]{0,60}\binject\w*|\binject\w*[^.;!?]{0,60}\binsulin\b",
    "low-immunity": r"\b(?:immune system is (?:good|strong|fine|great)|boost (?:my|your) immun\w*)|" + _TESTED + "|"
                    # Gardening: "transplanted all my irises", "transplanting seedlings".
                    r"\btransplant\w*\s+(?:\w+\s+){0,3}?(?:irises|plants?|flowers?|seedlings?|bulbs?|roses?|shrubs?|"
                    r"bushes|trees?|tomato\w*|veg\w*|lilies|daylilies|hostas?|perennials|dahlias|tulips|strawberr\w*|"
                    r"peppers?|lettuces?|herbs?|pots?|garden|beds?|borders?)\b|"
                    + WORKPLACE,
    # (not "I am not trying to lose weight": the loss came without trying)
    "weight-loss": r"\b(?<!not )(?<!n't )(?<!nt )(?<!never )(?:want|wanted|trying|try|tried|plan|planning|hoping|hope|"
                   r"need|needs|goal|help|helps|does|can|"
                   r"will|would|should|how to|how do|tips to|way to)\b[^.;!?]{0,20}\blos\w* (?:some )?weight|"
                   r"(?<!not )(?<!n't )(?<!nt )\b(?:on purpose|deliberately|intentionally)\b",
}.items()}
