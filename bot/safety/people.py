"""Words for people that the safety readers share: relatives, older people, and ages as people tell them.

:mod:`bot.safety.clauses` reads whose a clause is by the relatives; :mod:`bot.safety.flags` finds ages (the
age-onset and older-fall flags); :mod:`bot.safety.falls` keeps a fall serious for an older person.
"""

from __future__ import annotations

#: Grandparents, by the names people call them.
GRANDPARENTS = r"grandma|grandmother|gran|granny|nan|nana|nanna|grandad|granddad|grandpa|grandfather"
#: Parents.
PARENTS = r"mum|mom|mother|mam|mommy|mummy|ma|dad|father|daddy|papa"
#: Older people named without an age: "my elderly neighbour", "an old lady", "a pensioner".
OLDER = r"elderly|old (?:man|lady|woman)|pensioner"
#: People older by what they are called, with no age said: grandparents, "my elderly neighbour", "an OAP".
#: (not a place: "Gran Canaria", "an old folks home")
OLDER_PERSON = (rf"\b(?:great[- ]?)?(?:{GRANDPARENTS}|grandparents?)\b(?! canaria)|\b(?:{OLDER}|senior citizen|oap|"
                rf"old age pensioner|"
                r"old folks?|old people)\b(?!'?s? (?:homes?|care home))")
#: An age of 65 or more: "in her eighties", "82 years old", "he's 90".
OLD_AGE = (r"in (?:her|his|my) (?:[6-9]0s|sixties|seventies|eighties|nineties)|"
           r"(?:6[5-9]|[7-9]\d|1[01]\d)[- ]?(?:years?|yrs?|y/?o)|(?:i'?m|im|i am|he'?s|she'?s|aged?)\s+"
           r"(?:6[5-9]|[7-9]\d|1[01]\d)")

#: The people a clause may be about instead of the writer: family, partners, friends, people at work.
RELATIVES = (PARENTS + r"|da(?=\s|'s)|husband|hubby|wife|partner|boyfriend|"
             # in the family words of other languages people write English with
             r"abuela|abuelo|abuelita|abuelito|mami|papi|tia|tio|nonna|nonno|oma|opa|yiayia|bubbe|zayde|ammi|abbu|"
             r"amma|appa|dadi|nani|lola|lolo|tita|tito|"
             r"girlfriend|bf|gf|fianc[ée]e?|spouse|son|daughter|kid|kids|child|children|baby|toddler|teen|teenager|"
             r"brother|sister|bro|sis|sibling|" + GRANDPARENTS + r"|grandparent|grandparents|grandson|granddaughter|"
             r"uncle|aunt|auntie|aunty|"
             r"cousin|nephew|niece|friend|mate|buddy|pal|colleague|coworker|co-worker|boss|neighbour|neighbor|"
             r"flatmate|roommate|housemate|client|patient|missus|missis|other half|in-law|mother-in-law|"
             r"father-in-law|stepdad|stepmum|stepmom|parent|parents|family|relative|guy|lady|man|woman|"
             r"nipper|nippers|kiddo|bairn|bairns|little one|wee one|"
             r"someone|somebody|elderly|old man|old lady")

#: A person's age, said in the ways people say it: "I'm 58", "my 13 yr old", "in my seventies", "16 here", and told
#: another way: "in 84 years" (of one's life), "our Gran's 84".
AGES = (
    r"\b(?:i'?m|im|i am|aged?|at|he'?s|she'?s|he is|she is|turned|turning|just turned|i'?ve just turned|"
    r"approaching|nearly|almost|over|over the age of)\s+(?P<age>\d{1,3}|fifty|sixty|seventy|eighty|ninety|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|fourteen|thirteen|twelve|eleven|ten)\b(?!\s*(?:(?:weeks|wks|"
    r"months|days|minutes|mins|hours|hrs|kg|kilos|lbs|pounds|percent|times|degrees|cm|km|miles|steps|reps|"
    r"sets|stone|st|p|pm|am|min|x|past|to|o'?clock|ish)\b|%|:))(?:\s*(?:years?|yrs?|y/?o|yo)(?:\s*old)?)?",
    r"\b(?P<age>\d{1,3}|fifty|sixty|seventy|eighty|ninety|fifteen|sixteen|seventeen|eighteen|nineteen|fourteen|"
    r"thirteen)[\s-]*(?:years?|yrs?|y|yr)[\s-]*(?:old|o|/o)\b|\b(?P<age3>\d{1,2})\s*(?:yo|y/o|y\.o\.?|m|f)\b"
    r"(?=[^.;!?]{0,80}\b(?:back|pain|hurt|ache))",
    r"(?<!\bthis )(?<!\bthat )(?<!\bit )(?<!\bnow )\b(?:is|was|turned)\s+(?P<age4>\d{1,2})\b(?!\s+(?:years?|yrs?) "
    r"(?:now|like|of|since|on|with|ago)\b)(?!\s*(?:/|out of|of|percent|%|kg|kilos|lbs|pounds|weeks|months|"
    r"days|minutes|mins|hours|degrees|times|am|pm|:|\.|,\d))(?:\s*(?:years?|yrs?)(?:\s*old)?)?",
    # A bare age opening the message: "17 and my back hurts", "16 here, first time", "58, never had this".
    r"^\W*(?P<age5>\d{1,2})\s*(?:,|\band\b|\bhere\b|-|&|\+|\bm\b|\bf\b|\byrs?\b|\byears?\b)"
    r"(?!\s*(?:weeks?|days?|months?|hours?|mins?|minutes?|kg|lbs?|times|reps|sets|km|miles))",
    r"\b(?:in my|in his|in her)\s+(?P<age2>fifties|sixties|seventies|eighties|nineties|50s|60s|70s|80s|90s|"
    r"teens|late forties|late 40s)\b|\b(?:in my|in his|in her)\s+(?:early|mid|late)[- ]?"
    r"(?P<age8>fifties|sixties|seventies|eighties|nineties|50s|60s|70s|80s|90s)\b|\b(?:pensioner|retired|retiree|oap|"
    r"teenager|teen|schoolgirl|schoolboy|"
    r"in year \d+|at school|sixth form|high school|secondary school|my gcses|a-levels)\b",
    # A child's age after them: "my lad's 15", "our daughter is 17".
    r"\b(?:lad|son|daughter|girl|boy|kid|child|grandson|granddaughter|nephew|niece|lass|youngest|eldest)(?:'s|\s+is)\s+"
    r"(?P<age7>\d{1,2})\b(?!\s*(?:weeks|wks|months|days|minutes|mins|hours|hrs|kg|kilos|lbs|pounds|%|times|stone|"
    r"st|cm|inches|ft|feet|percent))",
    # An age said with "have", as Spanish, Portuguese, Italian and French speakers say it: "I have 56 years" (not "I
    # have 5 years of this", "he has 20 years with the company").
    r"\b(?:i|he|she|my \w+)\s+(?:have|has)\s+(?P<age9>1[3-9]|[5-9]\d|1[01]\d)\s+(?:years|yrs)\b(?:\s+old\b)?"
    # (only where the clause goes on, not "I have 15 years experience", "she has 20 years sciatica")
    r"(?=\s*(?:$|[,.;:!?)\-]|(?:and|but|so|now|my|i|i'?m|im|age|of age)\b))",
    # A life counted in years: "first time in my 78 years", "never in all her 80 years".
    r"\bin (?:all )?(?:my|his|her)\s+(?P<age6>\d{2,3})\s+years\b(?!\s+(?:of|as|at|in|on|with|doing|working))",
    r"\bin (?:all )?(?:my |his |her )?(?P<age>[5-9]\d|1[01]\d) years\b",
    # A grandparent's or a parent's age beside them: "my mother (91) fell", "Gran, 92, took a tumble".
    rf"\b(?:{GRANDPARENTS}|{PARENTS}|da|husband|wife|neighbou?r|aunt|auntie|uncle)\s*(?:\(\s*|,\s*)"
    r"(?P<age>[5-9]\d|1[01]\d)\s*(?:\)|,)",
    # A grandparent's or a parent's age after them: "our Gran's 84", "me da's 79".
    rf"\b(?:{GRANDPARENTS}|{PARENTS}|da)'?s\s+(?P<age>[5-9]\d|1[01]\d)"
    r"\b(?!\s*(?:%|kg|kilos|lbs|pounds|stone|st|mins?|minutes|times)\b)",
)
