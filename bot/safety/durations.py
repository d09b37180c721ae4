"""How long a pain has lasted, read as a person means it, counted from an injectable ``today``.

:func:`find` returns every stated length ("for 4 months", "half a year", "donkey's years") and every
stated start ("since Easter", "since the autumn", "it started in 2021", "since my operation in spring")
as a number of days.  Ages, pregnancy weeks and the length of a job or habit are left out by
:func:`bot.safety.triage` from the words around them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.matching import Pattern, Screen, fold

#: About 12 weeks: from here a pain is long-lasting (NICE NG59, NHS).
CHRONIC_DAYS = 84
#: Used for stretches that are long without a number: "for ages", "since I was a kid".
LONG = 10_000

_UNITS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5, "fortnight": 14}
_UNIT = (r"(?P<unit>days?|dayz|d|weeks?|weeeks?|wee?kk?s|wks?|w|fortnights?|months?|monthes|mounths?|montsh|monts|"
         r"mon?ths?|mnths?|mths?|mos?|monhts?|motnhs?|years?|yrs?|yrz|yr|y|yeras?|yaers?|yeers?|yers|yearz|yeres|"
         r"decades?)")
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "couple": 2, "a couple": 2, "a couple of": 2,
          "couple of": 2, "few": 3, "a few": 3, "several": 4, "some": 3, "many": 5, "a number of": 3,
          "half a dozen": 6, "a dozen": 12, "dozen": 12, "tons of": 5, "lots of": 5, "loads of": 5}
_NUMBER = (r"(?P<num>\d+(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty|sixty)[\s-]+(?:one|two|three|four|five|six|seven|"
           r"eight|nine)|half a dozen|a dozen|a couple of|a couple|couple of|couple|a few|few|"
           r"several|many|a number of|tons of|lots of|loads of|an|a|one|two|three|four|five|six|seven|eight|nine|"
           r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
           r"fifty|sixty)")
_FRACTION = r"(?P<frac>\s*(?:and a half|and a bit|\+|plus|½|and a quarter|and three quarters|odd|ish|-ish))?"


def _unit_days(unit: str) -> float:
    u = unit.lower()
    if u in ("d",) or u.startswith("day"):
        return 1
    if u in ("w", "wk", "wks") or u.startswith("week"):
        return 7
    if u.startswith("fortnight"):
        return 14
    if u.startswith("dec"):
        return 3652.5
    if u.startswith("y"):
        return 365.25
    return 30.44


def _number(num: str) -> float:
    num = num.strip().lower()
    tens = re.match(r"(\w+)[\s-]+(\w+)$", num)
    if tens and tens.group(1) in _WORDS and tens.group(2) in _WORDS:
        return _WORDS[tens.group(1)] + _WORDS[tens.group(2)]
    if num in _WORDS:
        return _WORDS[num]
    return float(num.replace(",", "."))


@dataclass(frozen=True)
class Duration:
    """A stated length or start of pain, in days up to ``today``, and where it was said."""

    days: float
    start: int
    end: int
    kind: str  # "length", "start" or "ago"


def _rx(pattern: str) -> Pattern:
    return Pattern(pattern, re.IGNORECASE)


_COUNT = _rx(rf"\b{_NUMBER}[\s-]*{_FRACTION}[\s-]*(?:\+\s*)?{_UNIT}\b(?P<frac2>\s*(?:and a half|and a bit|plus|\+))?"
             r"(?P<ago>\s+(?:ago|back|before now|prior))?")
_FRACTIONAL = _rx(r"\b(?:(?P<half>half|1/2|½)\s+(?:a|an|of a)?\s*|(?:(?:a|one)\s+)?(?P<quarter>quarter)\s+of\s+an?\s+|"
                  r"(?P<three>three quarters|3/4)\s+of\s+an?\s+)(?P<unit>year|yr|month|decade)\b"
                  r"|\b(?P<half2>half)[\s-](?P<unit2>year|decade)\b")
_BARE = _rx(
    r"\b(?:for|over|past|last|about|nearly|almost|like|literally|all|the|been|it'?s been|its been|many|several|"
    # The length said with "for" left out: "I've had it ages", "had this pain years", "been like this months".
    r"few|countless|endless|(?:had|have|having|got|suffered|been like)\s+(?:it|this|that|these|them|mine|the pain)"
    r"(?:\s+(?:pain|ache|back|now))?)\s+(?P<unit>months|years|yrs|decades|ages|yonks|donkey'?s(?: years)?|donkeys|"
    r"forever|an eternity|eternity|a lifetime|the longest time|a long time|a long while|a very long time|"
    r"so long|too long)\b"
    r"|\b(?:months|years|decades) (?:and (?:months|years)|now|on end|of (?:it|this|pain|agony|trouble|problems)|"
    r"at a time|not weeks)\b"
    r"|\b(?:donkey'?s years|yonks|since forever|for ever|forever and a day|all my (?:adult )?life|my whole (?:adult )?"
    r"life|most of my (?:adult )?life|as long as i (?:can )?remember|for as long as|since i was (?:a |an |little|young|"
    r"small|at |in )\w*|since (?:my )?(?:childhood|teens|twenties|thirties|forties|fifties|school|uni|college|"
    r"university|youth|school days|teenage years|a kid|a child|a teen|a teenager)|since (?:i was )?(?:a )?"
    r"(?:kid|child|teen|teenager|little|young))\b"
    r"|\bmonths(?: and months)?\b(?=[^.]*\b(?:now|already)\b)"
    # A sentence of its own: "Been hurting a coon's age. Years."
    r"|(?:^|(?<=[.!?] ))(?P<alone>years|months|decades)(?=\s*[.!?]|\s*$)"
    r"|\b(?:a coon'?s age|a month of sundays)\b"
    # Indian and African English: "paining from long time", "suffering since long", "from a very long time".
    r"|\b(?:from|since)\s+(?:a\s+)?(?:very\s+|so\s+|quite\s+)?long(?:\s+time)?\b(?!\s+(?:ago|before|back|distance|"
    r"drives?|flights?|walks?|hours|shifts?|days?|runs?|haul|journeys?|sitting|standing|periods?|commutes?|trips?|"
    r"weekend|queue|line|meeting|session|game|match|ride|rides|car|bus|train)\b)")
_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb", "febuary", "feburary"), ("march", "mar"), ("april", "apr"),
     ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for m in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASONS = {"spring": (3, 1), "summer": (6, 1), "autumn": (9, 1), "fall": (9, 1), "winter": (12, 1)}
_PART = r"(?P<part>early|mid|late|the start of|the beginning of|the middle of|the end of|start of|beginning of|end of)"
_SINCE = (r"(?:since|ever since|from|starting|started|start|began|begun|begin|beginning|started back|"
          r"kicked off|came on|it's been since|been going on since|back in|all the way back in|onwards from)")
_BEFORE = r"(?:in\s+|around\s+|about\s+|before\s+|just before\s+)"
_START_MONTH = _rx(rf"\b{_SINCE}\s+(?:{_BEFORE}|the\s+)?(?:{_PART}\s+)?(?P<last>last\s+|this\s+)?"
                   rf"(?P<month>{_MONTH})\b(?![\s-]+(?:bank|half))(?:\s+(?P<year>(?:19|20)\d\d))?"
                   rf"|\b(?P<month2>{_MONTH})\s+(?P<year2>(?:19|20)\d\d)\b")
_START_SEASON = _rx(rf"\b{_SINCE}\s+{_BEFORE}?(?:{_PART}\s+)?(?:the\s+)?(?P<last>last\s+|this\s+)?"
                    # "sore from the fall off the bike" is a fall, not the autumn
                    r"(?P<season>spring|summer|autumn|fall(?!\s+(?:off|on|onto|down|from|at|in|into|over|i|he|she|"
                    r"we|they|you|my|his|her|last|yesterday|today|this|earlier)\b)|winter)(?:time)?\b"
                    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)|"
                    r"\s+(?:of\s+)?(?P<ly>last year|the year before))?"
                    r"|\b(?P<last2>last|this past)\s+(?P<season2>spring|summer|autumn|fall|winter)\b")
_START_YEAR = _rx(r"\b(?:since|ever since|from|started|starting|began|begun|back in|all the way back in|in|around|"
                  r"circa|as far back as)\s+(?:the\s+)?(?:(?:start|beginning|end|middle|spring|summer|autumn|fall|"
                  r"winter)\s+of\s+)?(?P<year>(?:19|20)\d\d|'\d\d)\b"
                  r"|\b(?P<year2>(?:19|20)\d\d)\s+(?:onwards|on)\b")
_START_RELATIVE = _rx(r"\b(?:since|from|started|starting|began|back in|in|(?:since|from) when)\s+(?:the\s+)?"
                      r"(?:start of\s+|"
                      r"beginning of\s+)?"
                      r"(?P<which>last year|last yr|lst yr|lst year|last yeer|"
                      r"the year before|the previous year|this year|the new year|new year|"
                      r"the start of the year|the beginning of the year|the year|early this year|last|"
                      r"earlier this year|the turn of the year|year start)\b")

_HOLIDAYS = (r"easter|christmas|xmas|x-mas|chrimbo|crimbo|new year'?s?(?: eve| day)?|thanksgiving|halloween|"
             r"bonfire night|guy fawkes|diwali|deepavali|ramadan|eid(?: al[- ]fitr)?|hanukkah|chanukah|"
             r"chinese new year|lunar new year|valentine'?s(?: day)?|st\.? patrick'?s(?: day)?|paddy'?s day|"
             r"(?:the )?(?:may |spring |august |late )?bank holiday|summer (?:holidays?|hols|break|vacation|vacay)|"
             r"the summer hols|easter (?:holidays?|hols|break)|christmas (?:holidays?|hols|break)|spring break|"
             r"(?:october |february |feb )?half[- ]term|labou?r day|memorial day|(?:the )?(?:4th|fourth) of july|"
             r"july (?:4th|fourth)|independence day|canada day|australia day|black friday|mother'?s day|"
             r"mothering sunday|father'?s day|the holidays|the hols|the clocks (?:went back|changed|went forward)|"
             r"covid|lockdown|the pandemic|the first lockdown|the school holidays|school holidays|back to school|"
             r"holi|navratri|dussehra|dasara|durga puja|onam|pongal|vishu|puthandu|pohela boishakh|"
             r"lohri|makar sankranti|raksha bandhan|rakhi|ganesh chaturthi|janmashtami|karva chauth|passover|"
             r"rosh hashanah|yom kippur|orthodox easter|carnival|carnaval|carnevale|karneval|mardi gras|"
             r"songkran|golden week|obon|"
             r"mid-autumn festival|burns night|hogmanay|eid al[- ]adha|bakri eid|"
             r"the new school year|the start of term|the world cup|the euros|the olympics|"
             # National days and seasons people date things by, in many countries.
             r"freedom day|heritage day|youth day|women'?s day|anzac day|waitangi day|boxing day|good friday|"
             r"easter monday|whitsun|pentecost|bastille day|cinco de mayo|juneteenth|mlk day|martin luther king day|"
             r"presidents'? day|columbus day|veterans'? day|remembrance (?:day|sunday)|armistice day|victoria day|"
             r"republic day|day of the dead|dia de (?:los )?muertos|all saints'? day|oktoberfest|glastonbury|"
             r"wimbledon|the super ?bowl|super ?bowl|vesak|purim|lent|shrove tuesday|pancake day|christmas eve|"
             r"notting hill carnival|the jubilee|the coronation|"
             # Dated events of a country's past, and local fairs and days: "since the foot and mouth", "from
             # emancipation till now", "since Appleby Fair", "since Crop Over".
             r"(?:the )?foot and mouth(?: outbreak| crisis)?|the miners'? strike|the millennium|y2k|9/11|"
             r"the queen'?s funeral|when the queen died|brexit|the london olympics|emancipation(?: day)?|"
             r"august monday|crop over|kadooment(?: day)?|appleby(?: horse)? fair|appleby|"
             r"the heatwave|the harvest|harvest(?: time| festival)?|"
             r"lambing(?: season)?|haymaking|planting (?:time|season)|seeding time|sowing time|"
             r"the twelfth(?: of july)?|the glorious twelfth|"
             r"the (?:school|summer|christmas|easter|spring|autumn|winter) term|"
             # Not a personal event whose date is anyone's guess (a marathon, a graduation): the bot asks.
             r"freshers'?(?: week)?|"
             # Seasons and events of other countries people date by: South Asia and Africa (the monsoon, the
             # harmattan, Sallah, Ramzan, Baisakhi, Chhath), North America (tax season, the Stanley Cup final, the
             # World Series, March Madness, Canadian Thanksgiving), Australia and New Zealand (the AFL grand final,
             # the Melbourne Cup, the Queen's or King's birthday, Matariki), sport everywhere (the IPL, the Masters).
             r"(?:the )?(?:monsoons?|monsoon season|rainy season|the rains|rains|harmattan(?: season)?|dry season|"
             r"summer vacations?|winter vacations?|puja (?:holidays|vacation)|pooja (?:holidays|vacation)|"
             r"diwali (?:holidays|vacation)|dussehra (?:holidays|vacation)|sallah|salah|ramzan|ramazan|ramadhan|"
             r"eid[- ]ul[- ](?:fitr|adha|azha)|bakr[ai]?[- ]?eid|bakrid|baisakhi|vaisakhi|bihu|ugadi|gudi padwa|"
             r"chhath(?: puja)?|dashain|tihar|kwanzaa|jamhuri day|madaraka day|mashujaa day|democracy day|"
             r"workers'? day|may day|hajj|tax (?:season|time|day)|stanley cup(?: finals?| playoffs)?|"
             r"nba finals|world series|march madness|opening day|kentucky derby|the masters|coachella|"
             r"canadian thanksgiving|family day|civic holiday|(?:afl |nrl )?grand final|melbourne cup|"
             r"state of origin|(?:the )?(?:queen'?s|king'?s) birthday(?: weekend)?|matariki|schoolies|"
             r"(?:the )?ipl|grand national|cheltenham|six nations|hunting season|deer season|"
             r"easter long weekend|holy week|semana santa|semana da p[aá]scoa|wielkanoc|pascua|"
             # Feasts, fairs and seasons of Britain, Ireland, the Philippines, East Africa, Italy, the Netherlands,
             # Korea and Vietnam: "since the Galway Races", "since Sinulog", "since the long rains", "since
             # Ferragosto", "since Sinterklaas", "since Michaelmas" (nine weeks in December: not yet long), "since the
             # Commonwealth Games".
             r"sinulog(?: festival)?|ati-?atihan|simbang gabi|misa de gallo|(?:the )?(?:long|short) rains|"
             r"(?:the )?(?:national |urdd )?eisteddfod|(?:the )?galway races|ferragosto|sinterklaas(?:avond)?|"
             r"pakjesavond|saint nicholas(?:'? day)?|st\.? nicholas(?:'? day)?|michaelmas|martinmas|candlemas|lammas|"
             r"twelfth night|epiphany|ascension day|corpus christi|st\.? david'?s day|st\.? george'?s day|"
             r"st\.? andrew'?s day|bloomsday|midsummer(?:'?s)?(?: eve| day)?|midsommar|juhannus|koningsdag|"
             r"king'?s day|chuseok|t[eế]t|hari raya(?: puasa| aidilfitri)?|hari raya haji|undas|"
             r"(?:the )?commonwealth games|(?:the )?edinburgh (?:festival|fringe)|(?:the )?fringe|"
             r"(?:the )?all-?ireland(?: final)?|(?:the )?royal welsh(?: show)?|"
             r"p[aá]scoa|"
             # Exam seasons people date by: India's and Pakistan's board exams (February to March), the GCSEs and
             # A-levels (May), West Africa's WAEC (May).
             r"board exams?|boards exams?|gcses?|a-?levels?|a-?level exams|waec(?: exams?)?|neco(?: exams?)?)")
_START_HOLIDAY = _rx(rf"(?:\b(?:since before|(?P<since>since|ever since)|from|"
                     rf"started (?:at|around|over|during|in|on|after|before)|"
                     rf"began (?:at|around|over|during|in|on|after)|around|over|at|during|after|before|in|"
                     rf"on)\s+"
                     # Said bare after the back, as Americans do: "hurt my back Memorial Day weekend".
                     rf"|(?<=\bmy back )|(?<=\bhis back )|(?<=\bher back ))"
                     rf"(?:(?:about|around|roughly|approximately|like|maybe|just after|right after|shortly after)\s+)?"
                     rf"(?:(?:the|my|his|her|our|their)\s+)?(?:(?:start|beginning|end|middle|run-up|week|weekend) "
                     rf"(?:of|to|before|after)\s+"
                     rf"(?:(?:the|my|his|her|our|their)\s+)?)?(?P<last>last\s+|this\s+|this past\s+|this year'?s\s+|"
                     rf"last year'?s\s+)?"
                     rf"(?P<holiday>{_HOLIDAYS})\b(?P<ly>\s+(?:of\s+)?last year)?"
                     # Its month said with it dates it (a national day is on another date in each country):
                     # "since Independence Day for October", "since Republic Day in January".
                     rf"(?:\s+(?:in|for|of|on|during)\s+(?:the month of\s+)?(?P<hmonth>{_MONTH})\b)?"
                     # "at the Christmas market on Saturday" names an outing, not the day; the holiday's own meal
                     # after "since" is the day ("since Thanksgiving dinner", "ever since Christmas lunch")
                     # "since the Super Bowl party" too, unless the party is dated itself ("since the Christmas party
                     # last week")
                     r"(?(since)(?!\s+(?:party|parties)\s+(?:last|this|on|at|yesterday|the other|\d))"
                     r"|(?!\s+(?:dinner|meal|lunch|feast)\b))"
                     r"(?!\s+(?:market|markets|do|dos|"
                     r"(?(since)(?:(?<=christmas )|(?<=xmas )|(?<=crimbo )|(?<=chrimbo ))(?:party|parties)"
                     r"|(?:party|parties))|shopping|lights|fair|concert|play|show|"
                     r"decorations|tree|jumper|cards?|presents?|food|rush|sales?|film|movie|special|cake|pudding|"
                     r"parades?|"
                     r"eggs?|hunt|fireworks|display|panto|pantomime|night out|drinks|trip|rehearsal|fete|fayre|bazaar|"
                     r"service|carols?|nativity|bash|raffle|sale|get-together|gathering|disco|ball|dance|"
                     # dated another way: "during my board exams last week"
                     r"last (?:week|month)|this (?:week|month)|yesterday|today|\d+ days ago|a few days ago)\b)")
#: Exam seasons among the holidays, and the words that make one a start: a strong start word, or the exams said to be
#: someone's ("since her board exams", "during my GCSEs"), not "at the GCSE exams" a teacher invigilates.
_EXAMS = _rx(r"board exams?|boards exams?|gcses?|a-?levels?|a-?level exams|waec(?: exams?)?|neco(?: exams?)?")
#: One exam, not the season: "the start of my GCSE English exam this morning", "my A-level maths paper today".
_ONE_EXAM = _rx(r"\s+(?!exams?\b)[a-z]+\s+(?:exam|paper|test|mock)s?\b|(?:\s+exams?)?\s+(?:this morning|this "
                r"afternoon|today|yesterday|tomorrow|last night|tonight|next week)\b")
_EXAM_START = _rx(r"(?:since|ever since|from|started|began)\b|[^,.;]*\b(?:my|his|her|their|our)\s")
#: Life events with no date: long ago as people mean it.
_IN_SEASON = _rx(r"\b(?:in|during|over|around|last|this past|back in)\s+(?:the\s+)?(?:(?P<part>early|late|mid)\s+)?"
                 r"(?P<season>spring|summer|autumn|fall|winter)(?:time)?\b(?:\s+(?P<year>(?:19|20)\d\d))?")
#: A start said before a date: "it started in 2021", "since my operation in the spring".
_STARTED_BEFORE = _rx(r"(?:\b(?:started|starting|began|begun|begin|start|kicked off|came on|first (?:hurt|noticed|got)|"
                      r"since|ever since)\b(?:\s+(?!since\b)[\w']+){0,8}?|\bsince\s+(?:my|the|that|an?|i had)\s+"
                      r"(?:[\w'-]+\s+){0,3}?)[\s,]*$")
_IN_MONTH = _rx(r"\b(?:in|during|last|this past|back in|around|early|late|mid|the end of|the start of|the beginning of)"
                r"[\s-]+(?:(?P<part>early|late|mid)[\s-]+)?(?P<month>january|february|march|april|may|june|july|august|"
                r"september|october|november|december|sept|sep|jan|feb|febuary|feburary|apr|jun|jul|aug|oct|nov|dec)\b"
                r"(?![\s-]+(?:bank|half))(?:\s+(?P<year>(?:19|20)\d\d))?")
_IN_RELATIVE = _rx(r"\b(?P<which>last year|the year before last|a year ago|the previous year|earlier this year|"
                   r"early this year|at the start of the year|at the beginning of the year)\b")
#: "since the harvest last year", "since my fall two years ago": whatever the event, it was before this year.
_SINCE_PAST_YEAR = _rx(r"\b(?:since|ever since|from|started (?:at|around|in|after|with)|"
                       r"began (?:at|around|in|after|with))\s+(?:the |my |our |that |a |an |his |her )?"
                       r"(?:[\w'-]+\s+){0,4}?(?P<which>last year|the year before(?: last)?|"
                       r"(?:two|three|four|five|a couple of|\d+) years (?:ago|back)|a year ago)\b")
#: A start whose month or holiday is misspelt: "since septmber", "since chrismas", "from ocotber".
_SINCE_TYPO = _rx(r"\b(?:since|ever since|from|started in|began in|back in|started at|since the)\s+(?P<last>last\s+)?"
                  r"(?:(?P<part>early|mid|late|end of|start of)\s+)?(?P<word>[a-z]{4,11})\b")
_SPELT = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
          "december", "christmas", "easter", "halloween", "thanksgiving", "diwali", "ramadan", "hanukkah", "passover")


def _misspelt(word: str) -> str | None:
    """Return the month or holiday ``word`` is one slip away from (not itself a correct spelling), or None."""
    if word in _MONTHS or len(word) < 5:
        return None
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extractOne(word, _SPELT, scorer=OSA.distance, score_cutoff=1 if len(word) < 8 else 2)
    return found[0] if found is not None and found[0][0] == word[0] else None


#: Also an event dated just after it: "since the inventory count last week", "since the match on Saturday".
_RECENT_START = _rx(r"\b(?:since|from|started|starting|began)\s+(?:(?:the|my|our|that|a|an)\s+(?:[\w'-]+\s+){1,3}?"
                    r"(?:on\s+)?(?=(?:last week|last night|yesterday|the other day|a few days ago|this morning|today|"
                    r"this afternoon|earlier today|(?:last\s+|this\s+)?"
                    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b))?"
                    r"(?:last\s+|this\s+|on\s+)?(?P<when>monday|tuesday|"
                    r"wednesday|"
                    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|yesterday|today|"
                    r"this morning|"
                    r"last night|the weekend|this week|last week|the other day|a few days ago|tonight|this afternoon|"
                    r"the day before yesterday|earlier)\b")
_START_EVENT = _rx(r"\bsince\s+(?:i\s+had\s+)?(?:my|the)\s+(?:\w+\s+)?(?P<event>kids|children|pregnancy|pregnancies|"
                   r"babies|first baby|first child|second baby|youngest|eldest|twins|teens|twenties|thirties|"
                   r"forties|fifties)\b|\bsince i had (?:my )?(?:kids|children|the kids|my son|my daughter|"
                   r"the twins)\b")

_AGE_FOLLOWS = (r"(?=[^.;!?]{0,40}?\b(?:he|she|they|who)(?:'s|'re| is| are| turned| has turned)?\s+(?:now\s+|just\s+|"
                r"nearly\s+|almost\s+)?\d)")
#: The child named with an age after a birth: "my baby is 7 months now", "she's 5 months".
_CHILD_AGE_FOLLOWS = (r"(?=[^.;!?]{0,60}?\b(?:he|she|they|(?:my|our|the) (?:baby|son|daughter|little one)|baby)"
                      r"(?:'s|'re| is| are| turned| has turned)?\s+(?:now\s+|just\s+|nearly\s+|almost\s+)?\d)")
#: A child's birth as the start, with the child's age when it is said.
_BORN = _rx(rf"\b(?:since|ever since|from when|started when)\s+(?:(?:my|our|the|her|his)\s+(?:\w+\s+)?"
            rf"(?:son|daughter|baby|child|kid|boy|girl|twins|youngest|eldest|little one|first|second|third)\s+"
            # "since the baby came, she's 7 months now", "since I was pregnant with my youngest, he's 4 now": only
            # with the child's age after it
            rf"(?:(?:was|were)\s+born\b|(?:came|arrived)\b{_AGE_FOLLOWS})|i was pregnant with (?:my|our|the|him|her)"
            rf"(?:\s+(?:son|daughter|youngest|eldest|first|second|third|baby|twins|little one))?\b{_AGE_FOLLOWS}"
            # the birth itself, with the child's age said after it: "since my C-section ..., my baby is 7 months now"
            rf"|(?:my|the|her|our)\s+(?:c-?section|c section|caesarean|cesarean|delivery|labou?r)\b"
            rf"{_CHILD_AGE_FOLLOWS})"
            rf"(?:[^.;!?]{{0,60}}?\b(?:he|she|they|who|and he|and she|(?:my|our|the) (?:baby|son|daughter|little one)|"
            rf"baby)(?:'s|'re| is| are| turned| has turned)?\s+"
            rf"(?:now\s+|just\s+|nearly\s+|almost\s+)?{_NUMBER}\s*{_UNIT}\b)?")
#: The date said right after "born": "last week", "10 days ago", "on Monday", "in March", "at Christmas".
_BORN_DATE = _rx(r"\s*,?\s*(?:(?:in (?:the )?hospital|at home|by (?:c-?section|caesarean)|early|prematurely|"
                 r"premature|safely|healthy)\s+)?(?:(?P<prep>on|in|at|around|about|just|only|back in)\s+)?(?=\S)")


def _born_when(text: str, end: int, today: dt.date) -> float | None:
    """Return how many days ago a birth was when its date follows "born", or None when none is said there."""
    m = _BORN_DATE.match(text, end)
    tail = text[m.end() if m else end:][:40]
    if m is None or re.match(r"(?:and|but|so|,|my|i|it|the pain|me)\b", tail):
        return None
    prep = (m.group("prep") or "").replace("just", "").replace("only", "").strip()
    said = f"since {prep} {tail}" if prep in ("in", "at", "around", "about", "back in") else f"since {tail}"
    found = [d for d in find(said, today) if d.start <= len("since ") + len(prep) + 1]
    if not found and re.match(r"\w+ (?:days?|weeks?|months?|years?) ago\b|(?:a|an|one|two|three|four|five|six|seven|"
                              r"eight|nine|ten|a few|a couple of) \w+ ago\b", tail):
        found = [d for d in find(tail, today) if d.start == 0]
    return found[0].days if found else None


#: A whole year or most of it: "all of 2026", "the whole of last year", "most of this year", "throughout 2025".
_WHOLE_YEAR = _rx(r"\b(?:(?:pretty much |basically |nearly |almost )?all (?:of |through |thru )?|"
                  r"(?:the )?whole (?:of )?|"
                  r"throughout |most of |the best part of |the better part of |the bulk of )(?:the year )?"
                  r"(?:(?P<year>(?:19|20)\d\d)|(?P<which>this year|last year|the year|the past year|the last year))\b")
#: A whole season, or two in a row: "for the whole of winter", "all through the summer", "winter and now spring".
_WHOLE_SEASON = _rx(r"\b(?:(?:for |through |thru )?(?:the )?whole (?:of )?(?:the )?|(?:pretty much |basically )?"
                    r"all (?:of |"
                    r"through |thru )?(?:the )?|throughout (?:the )?)(?P<season>spring|summer|autumn|fall|winter|"
                    r"monsoon|rainy season|wet season|dry season)\b(?P<more>\s+(?:and|&|into|then)\s+(?:now\s+|into\s+|"
                    r"the\s+|all\s+)?(?:spring|summer|autumn|fall|winter)\b)?")
#: Seasons counted like years, as in Indian and African English: "since two winters", "for three monsoons".
_SEASON_COUNT = _rx(rf"\b{_NUMBER}\s+(?:whole\s+|full\s+|long\s+|straight\s+)?(?:winters|summers|springs|autumns|"
                    r"falls|monsoons|rainy seasons|harmattans|dry seasons|christmases|easters|ramadans|diwalis)\b")
#: An undated start with its length after it: "since the army, so like 15 years", "since my accident, that's 2 years".
_SINCE_SO = _rx(rf"\b(?:since|ever since|from)\s+(?:the|my|our|that|his|her|i\s+(?:was|left|had|got|did|started|"
                rf"joined|quit|moved)|(?:a|an))\s+(?:[\w'-]+\s+){{0,5}}?[\w'-]+\s*[,;:-]*\s*(?:so|that'?s|thats|which "
                rf"(?:is|was)|i\.?e\.?|so that'?s|so it'?s been|it'?s been|its been|which makes it|making it|about|"
                rf"around|roughly)\s+(?:like\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|"
                rf"basically\s+|a good\s+|at least\s+)?{_NUMBER}\s*{_FRACTION}\s*{_UNIT}\b")
#: An event, then its date in the next words or sentence: "since my bachelor party in Vegas. that was May".
_SINCE_THEN = _rx(r"\b(?:since|ever since)\s+(?:the|my|our|that|his|her|a|an)\s+(?:[\w'-]+\s+){0,6}?[\w'-]+"
                  r"\s*[.,;:!-]*\s*(?:that|which|it|this)(?:'s|'s been| was| were| is| would have been| must have been"
                  r"| must be)\s+(?P<tail>.{1,40})")

#: A decade of one's life or of the century: "since the seventies", "since the 90s".
_DECADE = _rx(r"\b(?:since|from|ever since|back in)\s+(?:the\s+)?(?:early\s+|mid\s+|late\s+)?"
              r"(?:(?:19)?[2-9]0'?s|'[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
              r"noughties|millennium)\b")

_AGE_WORD = (r"\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[\s-]+(?:one|two|three|four|five|six|"
             r"seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
#: A start told as an age, with the age now said beside it: "since I were 40 and I'm 66 now", "from age 30 (52
#: now)", "I'm 61, had it since I was fifty".
_SINCE_AGE = _rx(rf"\b(?:since|ever since|from|started when|began when|from when)\s+(?:i|he|she|we|they)\s+"
                 rf"(?:was|were|turned|hit|got to)\s+(?:about\s+|around\s+|roughly\s+)?(?P<then>{_AGE_WORD})\b"
                 rf"(?!\s*(?:weeks?|months?|days?|kg|kilos|stone|st|lbs|pounds|%|am|pm|:))"
                 rf"|\b(?:since|from|ever since)\s+(?:the\s+)?age\s+(?:of\s+)?(?P<then2>{_AGE_WORD})\b")
_AGE_NOW = _rx(rf"\b(?:i'?m|im|i am|i be|he'?s|she'?s|he is|she is|they'?re|turned|aged?|now)\s+(?:now\s+|just\s+|"
               rf"nearly\s+|almost\s+|about\s+)?(?P<now>{_AGE_WORD})\b(?!\s*(?:weeks?|months?|days?|kg|kilos|stone|st|"
               r"lbs|pounds|%|am|pm|:|times|percent|mins?|minutes|hours?))")

#: Approximate dates of moving holidays (Diwali, Ramadan and the like move with the moon).
_MOVING: dict[str, dict[int, tuple[int, int]]] = {
    "diwali": {2020: (11, 14), 2021: (11, 4), 2022: (10, 24), 2023: (11, 12), 2024: (10, 31), 2025: (10, 20),
               2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5), 2030: (10, 26)},
    "ramadan": {2020: (4, 24), 2021: (4, 13), 2022: (4, 2), 2023: (3, 23), 2024: (3, 11), 2025: (3, 1),
                2026: (2, 18), 2027: (2, 8), 2028: (1, 28), 2029: (1, 16), 2030: (1, 6)},
    "eid": {2020: (5, 24), 2021: (5, 13), 2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30),
            2026: (3, 20), 2027: (3, 10), 2028: (2, 27), 2029: (2, 15), 2030: (2, 5)},
    "hanukkah": {2020: (12, 10), 2021: (11, 28), 2022: (12, 18), 2023: (12, 7), 2024: (12, 25), 2025: (12, 14),
                 2026: (12, 4), 2027: (12, 24), 2028: (12, 12), 2029: (12, 1), 2030: (12, 20)},
    "holi": {2024: (3, 25), 2025: (3, 14), 2026: (3, 4), 2027: (3, 22), 2028: (3, 11)},
    "navratri": {2024: (10, 3), 2025: (9, 22), 2026: (10, 11), 2027: (9, 30)},
    "dussehra": {2024: (10, 12), 2025: (10, 2), 2026: (10, 20), 2027: (10, 9)},
    "durga puja": {2024: (10, 9), 2025: (9, 28), 2026: (10, 17), 2027: (10, 6)},
    "onam": {2024: (9, 15), 2025: (9, 5), 2026: (8, 26), 2027: (9, 12)},
    "raksha bandhan": {2024: (8, 19), 2025: (8, 9), 2026: (8, 28), 2027: (8, 17)},
    "ganesh chaturthi": {2024: (9, 7), 2025: (8, 27), 2026: (9, 14), 2027: (9, 4)},
    "janmashtami": {2024: (8, 26), 2025: (8, 16), 2026: (9, 4), 2027: (8, 25)},
    "karva chauth": {2024: (10, 20), 2025: (10, 10), 2026: (10, 29), 2027: (10, 18)},
    "passover": {2024: (4, 22), 2025: (4, 12), 2026: (4, 1), 2027: (4, 21)},
    "rosh hashanah": {2024: (10, 2), 2025: (9, 22), 2026: (9, 11), 2027: (10, 1)},
    "yom kippur": {2024: (10, 11), 2025: (10, 1), 2026: (9, 20), 2027: (10, 10)},
    "orthodox easter": {2024: (5, 5), 2025: (4, 20), 2026: (4, 12), 2027: (5, 2)},
    "carnival": {2024: (2, 13), 2025: (3, 4), 2026: (2, 17), 2027: (2, 9)},
    "eid al-adha": {2024: (6, 16), 2025: (6, 6), 2026: (5, 27), 2027: (5, 16)},
    "mid-autumn festival": {2024: (9, 17), 2025: (10, 6), 2026: (9, 25), 2027: (9, 15)},
    "lunar new year": {2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
                       2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3)},
}


def easter(year: int) -> dt.date:
    """Return Easter Sunday of ``year`` (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """Return the ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday(name: str, year: int) -> dt.date | None:
    """Return the date a holiday starts in ``year``, or None when it is not one this module knows."""
    n = re.sub(r"\s+", " ", name.lower().replace("'", "")).strip()
    n = re.sub(r"^the ", "", n)
    fixed = {"christmas": (12, 25), "xmas": (12, 25), "x-mas": (12, 25), "chrimbo": (12, 25), "crimbo": (12, 25),
             "halloween": (10, 31), "bonfire night": (11, 5), "guy fawkes": (11, 5), "valentines": (2, 14),
             "valentines day": (2, 14), "st patricks": (3, 17), "st patricks day": (3, 17), "st. patricks": (3, 17),
             "st. patricks day": (3, 17), "paddys day": (3, 17), "fourth of july": (7, 4), "4th of july": (7, 4),
             "july 4th": (7, 4), "july fourth": (7, 4), "independence day": (7, 4), "canada day": (7, 1),
             "australia day": (1, 26), "vishu": (4, 14), "puthandu": (4, 14), "pohela boishakh": (4, 14),
              "holidays": (12, 24), "hols": (12, 24), "covid": (3, 1),
             "lockdown": (3, 23), "pandemic": (3, 1), "first lockdown": (3, 23), "back to school": (9, 1),
             "new school year": (9, 1), "start of term": (9, 1), "world cup": (6, 11), "euros": (6, 14),
             "olympics": (7, 26)}
    if n.startswith(("new year", "new years")):
        return dt.date(year, 1, 1) if "eve" not in n else dt.date(year - 1, 12, 31)
    if n.startswith(("christmas ", "xmas ")):
        return dt.date(year, 12, 20)
    if n in fixed:
        if n in ("covid", "pandemic", "lockdown", "first lockdown"):
            return dt.date(2020, *fixed[n])
        if n == "world cup":
            return dt.date(2026, 6, 11) if year >= 2026 else dt.date(2022, 11, 20)
        if n == "olympics":
            return dt.date(2024, 7, 26)
        return dt.date(year, *fixed[n])
    if n.startswith("easter"):
        return easter(year) - dt.timedelta(days=7 if n != "easter" else 0)
    if n.startswith(("summer", "school holidays")):
        return dt.date(year, 7, 20)
    if n == "spring break":
        return dt.date(year, 3, 15)
    if "half" in n and "term" in n:
        return dt.date(year, 2, 16) if n.startswith("feb") else dt.date(year, 10, 24)
    if "bank holiday" in n:
        if "august" in n or "late" in n:
            return _nth_weekday(year, 8, 0, -1)
        return _nth_weekday(year, 5, 0, 1 if "spring" not in n else -1)
    if n == "thanksgiving":
        return _nth_weekday(year, 11, 3, 4)
    if n.startswith(("labor day", "labour day")):
        return _nth_weekday(year, 9, 0, 1)
    if n == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if n == "black friday":
        return _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1)
    if n.startswith(("mothers day", "mothering sunday")):
        return easter(year) - dt.timedelta(days=21)
    if n.startswith("fathers day"):
        return _nth_weekday(year, 6, 6, 3)
    if n.startswith("the clocks") or n.startswith("clocks"):
        return _nth_weekday(year, 10, 6, -1) if "forward" not in n else _nth_weekday(year, 3, 6, -1)
    fixed_more = {"lohri": (1, 13), "pongal": (1, 14), "makar sankranti": (1, 14), "songkran": (4, 13),
                  "golden week": (4, 29), "obon": (8, 13), "burns night": (1, 25), "hogmanay": (12, 31),
                  "freedom day": (4, 27), "heritage day": (9, 24), "youth day": (6, 16), "womens day": (3, 8),
                  "anzac day": (4, 25), "waitangi day": (2, 6), "boxing day": (12, 26), "bastille day": (7, 14),
                  "cinco de mayo": (5, 5), "juneteenth": (6, 19), "veterans day": (11, 11),
                  "remembrance day": (11, 11), "remembrance sunday": (11, 8), "armistice day": (11, 11),
                  "victoria day": (5, 18), "republic day": (1, 26), "day of the dead": (11, 1),
                  "dia de muertos": (11, 1), "dia de los muertos": (11, 1), "all saints day": (11, 1),
                  "oktoberfest": (9, 19), "glastonbury": (6, 24), "wimbledon": (6, 29), "superbowl": (2, 8),
                  "super bowl": (2, 8), "vesak": (5, 1), "purim": (3, 3), "lent": (2, 18), "shrove tuesday": (2, 17),
                  "pancake day": (2, 17), "christmas eve": (12, 24), "notting hill carnival": (8, 30),
                  "heatwave": (7, 15), "harvest": (9, 15), "harvest time": (9, 15), "harvest festival": (9, 20),
                  "lambing": (3, 1), "lambing season": (3, 1), "haymaking": (6, 20), "planting time": (4, 15),
                  "planting season": (4, 15), "seeding time": (4, 15), "sowing time": (4, 1), "twelfth": (7, 12),
                  "twelfth of july": (7, 12), "glorious twelfth": (8, 12), "school term": (9, 3),
                  "summer term": (4, 20), "christmas term": (9, 3), "easter term": (4, 20), "spring term": (1, 5),
                  "autumn term": (9, 3), "winter term": (1, 5), "freshers": (9, 20), "freshers week": (9, 20),
                  "monsoon": (6, 15), "monsoons": (6, 15), "monsoon season": (6, 15), "rainy season": (6, 1),
                  "rains": (6, 15), "the rains": (6, 15), "harmattan": (11, 20), "harmattan season": (11, 20),
                  "dry season": (11, 1), "summer vacation": (5, 1), "summer vacations": (5, 1),
                  "winter vacation": (12, 24), "winter vacations": (12, 24), "puja holidays": (10, 15),
                  "pooja holidays": (10, 15), "puja vacation": (10, 15), "pooja vacation": (10, 15),
                  "diwali holidays": (10, 25), "diwali vacation": (10, 25), "dussehra holidays": (10, 10),
                  "dussehra vacation": (10, 10), "baisakhi": (4, 14), "vaisakhi": (4, 14), "bihu": (4, 14),
                  "ugadi": (3, 19), "gudi padwa": (3, 19), "chhath": (11, 15), "chhath puja": (11, 15),
                  "dashain": (10, 10), "tihar": (11, 8), "kwanzaa": (12, 26), "jamhuri day": (12, 12),
                  "madaraka day": (6, 1), "mashujaa day": (10, 20), "democracy day": (6, 12),
                  "workers day": (5, 1), "may day": (5, 1), "hajj": (5, 25), "tax season": (3, 1),
                  "tax time": (3, 1), "tax day": (4, 15), "stanley cup": (6, 10), "stanley cup final": (6, 10),
                  "stanley cup finals": (6, 10), "stanley cup playoffs": (4, 20), "nba finals": (6, 5),
                  "world series": (10, 25), "march madness": (3, 17), "opening day": (3, 26),
                  "kentucky derby": (5, 2), "masters": (4, 9), "coachella": (4, 12), "family day": (2, 16),
                  "civic holiday": (8, 3), "grand final": (9, 26), "afl grand final": (9, 26),
                  "nrl grand final": (10, 4), "melbourne cup": (11, 3), "state of origin": (6, 3),
                  "queens birthday": (6, 8), "kings birthday": (6, 8), "queens birthday weekend": (6, 6),
                  "kings birthday weekend": (6, 6), "matariki": (7, 10), "schoolies": (11, 21), "ipl": (3, 28),
                  "board exams": (2, 20), "board exam": (2, 20),
                  "boards exams": (2, 20), "boards exam": (2, 20), "gcses": (5, 11), "gcse": (5, 11),
                  "a-levels": (5, 11), "alevels": (5, 11), "a-level": (5, 11), "alevel": (5, 11),
                  "a-level exams": (5, 11), "alevel exams": (5, 11), "waec": (5, 1), "waec exams": (5, 1),
                  "waec exam": (5, 1), "neco": (6, 1), "neco exams": (6, 1), "neco exam": (6, 1),
                  "grand national": (4, 11), "cheltenham": (3, 10), "six nations": (2, 7),
                  "hunting season": (10, 1), "deer season": (11, 15), "emancipation": (8, 1),
                  "emancipation day": (8, 1), "august monday": (8, 3), "crop over": (8, 3), "kadooment": (8, 3),
                  "kadooment day": (8, 3), "appleby fair": (6, 4), "appleby horse fair": (6, 4), "appleby": (6, 4)}
    n = re.sub(r"^(?:national|urdd) eisteddfod$", "eisteddfod", re.sub(r"^(?:saint|st\.?) nicholas(?:s? day)?$",
                                                                       "sinterklaas", n))
    round_10 = {"sinterklaas": (12, 5), "sinterklaasavond": (12, 5), "pakjesavond": (12, 5),
                "simbang gabi": (12, 16), "misa de gallo": (12, 16), "long rains": (3, 15), "short rains": (10, 15),
                "eisteddfod": (8, 1), "ferragosto": (8, 15), "michaelmas": (9, 29), "martinmas": (11, 11),
                "candlemas": (2, 2), "lammas": (8, 1), "twelfth night": (1, 5), "epiphany": (1, 6),
                "st davids day": (3, 1), "st. davids day": (3, 1), "st georges day": (4, 23),
                "st. georges day": (4, 23), "st andrews day": (11, 30), "st. andrews day": (11, 30),
                "bloomsday": (6, 16), "midsommar": (6, 19), "juhannus": (6, 19), "koningsdag": (4, 27),
                "kings day": (4, 27), "chuseok": (9, 25), "tet": (2, 17), "tết": (2, 17), "undas": (11, 1),
                "edinburgh festival": (8, 7), "edinburgh fringe": (8, 7), "fringe": (8, 7),
                "all-ireland": (7, 19), "allireland": (7, 19), "all-ireland final": (7, 19),
                "allireland final": (7, 19), "all ireland": (7, 19), "all ireland final": (7, 19),
                "royal welsh": (7, 20), "royal welsh show": (7, 20)}
    if n in round_10:
        return dt.date(year, *round_10[n])
    if n.startswith("midsummer"):
        return dt.date(year, 6, 20)
    if n.startswith(("sinulog", "ati-atihan", "atiatihan")):
        return _nth_weekday(year, 1, 6, 3)  # the third Sunday of January
    if n == "galway races":
        return _nth_weekday(year, 7, 0, -1)  # the race week opens on the last Monday of July
    if n in ("ascension day", "corpus christi"):
        return easter(year) + dt.timedelta(days=39 if n.startswith("asc") else 60)
    if n == "commonwealth games":
        return dt.date(2026, 7, 23) if year >= 2026 else dt.date(2022, 7, 28)
    if n.startswith("hari raya"):
        n = "eid al-adha" if n.endswith("haji") else "eid"
    n = re.sub(r"^super bowl$", "superbowl", n)
    if n in ("good friday", "easter monday", "whitsun", "pentecost"):
        return easter(year) + dt.timedelta(days={"good friday": -2, "easter monday": 1}.get(n, 49))
    if n in ("mlk day", "martin luther king day"):
        return _nth_weekday(year, 1, 0, 3)
    if n in ("presidents day", "columbus day"):
        return _nth_weekday(year, 2, 0, 3) if n.startswith("pres") else _nth_weekday(year, 10, 0, 2)
    if n == "jubilee":
        return dt.date(2022, 6, 2)
    past = {"foot and mouth": (2001, 2, 20), "foot and mouth outbreak": (2001, 2, 20),
            "foot and mouth crisis": (2001, 2, 20), "miners strike": (1984, 3, 6), "millennium": (2000, 1, 1),
            "y2k": (2000, 1, 1), "9/11": (2001, 9, 11), "queens funeral": (2022, 9, 19),
            "when the queen died": (2022, 9, 8), "brexit": (2020, 1, 31), "london olympics": (2012, 7, 27)}
    if n in past:
        return dt.date(*past[n])
    if n == "coronation":
        return dt.date(2023, 5, 6)
    if n in fixed_more:
        return dt.date(year, *fixed_more[n])
    if n in ("mardi gras", "carnaval", "carnevale", "karneval"):
        n = "carnival"
    if n in ("rakhi",):
        n = "raksha bandhan"
    if n in ("dasara",):
        n = "dussehra"
    if n.startswith(("eid al adha", "eid al-adha", "bakri eid", "eid ul adha", "eid-ul-adha", "eid ul azha",
                     "eid-ul-azha", "bakra eid", "bakraeid", "bakrid", "bakr eid", "bakri-eid")):
        n = "eid al-adha"
    if n in ("sallah", "salah") or n.startswith(("eid ul fitr", "eid-ul-fitr")):
        n = "eid"
    if n in ("ramzan", "ramazan", "ramadhan"):
        n = "ramadan"
    if n == "canadian thanksgiving":
        return _nth_weekday(year, 10, 0, 2)
    if n in ("easter long weekend", "holy week", "semana santa", "semana da pascoa", "semana da páscoa", "wielkanoc",
             "pascua", "pascoa", "páscoa"):
        return easter(year) - dt.timedelta(days=2 if n.startswith("easter") else 7)
    if n in _MOVING and n not in ("diwali", "ramadan", "eid", "hanukkah", "lunar new year"):
        table = _MOVING[n]
        return dt.date(year, *table[year]) if year in table else dt.date(year, *table[2026])
    for key, aliases in (("diwali", ("diwali", "deepavali")), ("ramadan", ("ramadan",)), ("eid", ("eid",)),
                         ("hanukkah", ("hanukkah", "chanukah")), ("lunar new year", ("chinese new year",
                                                                                     "lunar new year"))):
        if n.startswith(aliases):
            table = _MOVING[key]
            return dt.date(year, *table[year]) if year in table else dt.date(year, *table[2026])
    return None


def _last(when: dt.date | None, today: dt.date, *, back: int = 0) -> dt.date | None:
    """Return the latest of ``when`` and its earlier yearly repeats that is not after today."""
    if when is None:
        return None
    for _ in range(back):
        when = when.replace(year=when.year - 1)
    while when > today:
        when = when.replace(year=when.year - 1) if not (when.month == 2 and when.day == 29) else when.replace(
            year=when.year - 1, day=28)
    return when


def _late(month: int, year: int | None) -> tuple[int, int | None]:
    """Return the month (and year) two months on: late winter 2024 is February 2025."""
    if month + 2 <= 12:
        return month + 2, year
    return month + 2 - 12, None if year is None else year + 1


def _part_day(part: str | None) -> int:
    if not part:
        return 1
    if "mid" in part or "middle" in part:
        return 15
    if "late" in part or "end" in part:
        return 25
    return 1


def _dated(month: int, day: int, year: int | None, last: bool, today: dt.date) -> dt.date:
    if year is not None:
        return dt.date(year, month, day)
    when = dt.date(today.year, month, day)
    if when > today or (last and when.month == today.month and when.year == today.year):
        when = when.replace(year=today.year - 1)
    return when


def _year(text: str, today: dt.date) -> int:
    text = text.strip("'")
    year = int(text)
    if year < 100:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


#: Long without a number, but not years: counted as about four months.
_LONGISH = ("a long while", "the longest time", "a long time", "a very long time", "so long", "too long")


#: A length in clinical shorthand, after "x", "for" or a symptom's abbreviation: "LBP x 6/12", "back pain 2/52",
#: "sx for 3/7" (months as n/12, weeks as n/52, days as n/7); not a date ("on 6/12", "since 3/7").
_CLINICAL = _rx(r"(?:\bx\s*|\bfor\s+|\b(?:lbp|pain|backache|sx|symptoms|onset|hx)\s+(?:x\s*)?)"
                r"(?P<n>\d{1,2})\s*/\s*(?P<per>12|52|7)\b(?!\s*/|\d)")


@lru_cache(maxsize=1)
def _screen() -> Screen:
    """Return the screen of the patterns :func:`find` runs over the whole text (built on first use)."""
    return Screen([_START_MONTH, _START_SEASON, _START_HOLIDAY, _START_YEAR, _START_RELATIVE, _IN_SEASON, _IN_MONTH,
                   _IN_RELATIVE, _RECENT_START, _SINCE_TYPO, _SINCE_PAST_YEAR, _BORN, _DECADE, _START_EVENT,
                   _FRACTIONAL, _COUNT, _BARE])


#: A holiday dated by the words right after it: "since the carnival last week", "from the bank holiday 3 days ago".
#: After a comma the words may instead open a clause of their own, a recent change of the pain: "it's hurt since
#: Easter, last week it got worse", "since Thanksgiving last year, last week was the worst".
_RECENTLY = _rx(r"\s*(?P<comma>,)?\s*(?:(?P<week>last (?:week|weekend)|this (?:week|weekend)|the other week)|"
                r"(?P<day>yesterday|last night|the other day)|"
                r"(?P<n>\d+|a|an|one|two|three|four|five|six|a few|a couple of|few|couple of)\s+"
                r"(?P<u>days?|weeks?)\s+ago)\b"
                r"(?(comma)(?!\s*,?\s*(?:it|its|it'?s|the pain|the ache|my (?:\w+ )?back|i|i'?ve|ive|i'?m|im|things|"
                r"this|that|she|he|they|was|were|got|has|had|is|became|went|flared)\b))")


def find(text: str, today: dt.date) -> list[Duration]:
    """Return every length or start of something stated in ``text`` (prepared, lower-case), in days."""
    return list(_find(text, today))


#: One message's text is read for lengths by the triage, the dialogue ("back pain for 6 weeks" read without the
#: length) and the core (whether to ask how long it has hurt): the same text and day, the same (frozen) findings.
FIND_CACHE = 32


@lru_cache(maxsize=FIND_CACHE)
def _find(text: str, today: dt.date) -> tuple[Duration, ...]:
    out: list[Duration] = []
    cannot = _screen().cannot(fold(text))

    def each(pattern: Pattern) -> Iterable[re.Match[str]]:
        """Return the matches of ``pattern`` in ``text`` (none where the words it needs are not all there)."""
        return () if pattern in cannot else pattern.finditer(text)

    def add(days: float, m: re.Match[str], kind: str) -> None:
        if days >= 0 and not any(d.start <= m.start() < d.end for d in out):
            out.append(Duration(days, m.start(), m.end(), kind))

    for m in each(_START_MONTH):
        month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
        year_text = m.group("year") or m.group("year2")
        if m.group("month2") and not year_text:
            continue
        if (m.group("month") or "").lower() in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                                                "apr", "feb") and not year_text and not re.match(
                r"\b(?:since|ever since|from|started|began|back in)\b", m.group(0)):
            continue
        when = _dated(month, _part_day(m.group("part")), int(year_text) if year_text else None,
                      bool(m.group("last")), today)
        add((today - when).days, m, "start")
    for m in each(_START_SEASON):
        season = (m.group("season") or m.group("season2")).lower()
        month, day = _SEASONS[season]
        day = _part_day(m.group("part")) if m.group("part") else day
        year = int(m.group("year")) if m.group("year") else None
        if m.group("ly"):
            year = today.year - 1
        if m.group("part") and ("late" in m.group("part") or "end" in m.group("part")):
            month, year = _late(month, year)
            day = 1
        when = _dated(month, day, year, bool(m.group("last") or m.group("last2")), today)
        if year is None and (today - when).days < 14:
            when = when.replace(year=when.year - 1)
        add((today - when).days, m, "start")
    for m in each(_START_HOLIDAY):
        name = m.group("holiday")
        if _EXAMS.fullmatch(name) and (not _EXAM_START.match(m.group()) or _ONE_EXAM.match(text, m.end())):
            continue  # "sore invigilating at the GCSE exams": an exam season dates a start only as the writer's own
        back = 1 if (m.group("last") and "last" in m.group("last")) or m.group("ly") else 0
        found = holiday(name, today.year)
        if m.group("hmonth"):
            month = _MONTHS[m.group("hmonth")]
            found = dt.date(today.year, month, found.day if found is not None and found.month == month else 1)
        if found is not None and found.year != today.year:  # a fixed past event: covid, lockdown
            add((today - found).days, m, "start")
            continue
        recent = _RECENTLY.match(text, m.end())
        if recent is not None:  # "since the carnival last week": the holiday's date is told with it
            n = recent.group("n") or "1"
            count = int(n) if n.isdigit() else 2 if ("few" in n or "couple" in n) else _WORDS.get(n, 1)
            per = 7 if (recent.group("u") or "").startswith("week") else 1
            add(7 if recent.group("week") else 1 if recent.group("day") else count * per, m, "start")
            continue
        last = _last(found, today, back=back)
        if last is not None:
            add((today - last).days, m, "start")
    for m in each(_START_YEAR):
        year = _year(m.group("year") or m.group("year2"), today)
        if year > today.year or year < 1930:
            continue
        when = dt.date(year, 1, 1) if year < today.year else dt.date(year, 1, 1)
        if year < today.year and not m.group(0).startswith(("since", "ever", "from", "start", "began", "begun",
                                                             "back", "all", "as far", "circa", "around")) \
                and not m.group("year2"):
            # "in 2019" alone is a date, not a start; the caller decides with the words around it.
            add((today - dt.date(year, 12, 31)).days, m, "in")
            continue
        add((today - when).days, m, "start")
    for m in each(_START_RELATIVE):
        which = m.group("which")
        if which in ("last", ):
            continue
        if "last" in which or "before" in which or "previous" in which:
            add((today - dt.date(today.year - 1, 6, 30)).days, m, "start")
        else:
            add((today - dt.date(today.year, 1, 1)).days, m, "start")
    for m in each(_IN_SEASON):
        month, day = _SEASONS[m.group("season").lower()]
        year = int(m.group("year")) if m.group("year") else None
        if m.group("part") in ("late",):
            month, year = _late(month, year)
            day = 1
        when = _dated(month, day, year, m.group(0).startswith("last"), today)
        add((today - when).days, m, "in")
    for m in each(_IN_MONTH):
        part = m.group("part") or (m.group(0).split()[0] if m.group(0).startswith(("early", "late", "mid")) else None)
        when = _dated(_MONTHS[m.group("month")], _part_day(part), int(m.group("year")) if m.group("year") else None,
                      m.group(0).startswith("last"), today)
        add((today - when).days, m, "in")
    for m in each(_IN_RELATIVE):
        which = m.group("which")
        year = today.year - (2 if "before last" in which else 1 if ("last" in which or "ago" in which
                                                                     or "previous" in which) else 0)
        add((today - dt.date(year, 6, 30 if year < today.year else 1) if year < today.year
             else today - dt.date(year, 1, 1)).days, m, "in")
    for m in each(_RECENT_START):
        said = m.group("when")
        days = 1 if said in ("yesterday", "last night") else 0 if said in ("today", "this morning", "tonight",
                                                                          "this afternoon", "earlier") else 7
        add(days if "week" not in said else 10, m, "start")
    for m in each(_SINCE_TYPO):
        name = _misspelt(m.group("word"))
        if name in _MONTHS:
            when = _dated(_MONTHS[name], _part_day(m.group("part")), None, bool(m.group("last")), today)
            add((today - when).days, m, "start")
        elif name is not None:
            last = _last(holiday(name, today.year), today, back=1 if m.group("last") else 0)
            if last is not None:
                add((today - last).days, m, "start")
    for m in each(_SINCE_PAST_YEAR):
        which = m.group("which")
        add(365 if "year ago" in which else 700 if ("years" in which or "before" in which) else 335, m, "start")
    for m in _WHOLE_YEAR.finditer(text):
        which = m.group("which") or ""
        year = int(m.group("year")) if m.group("year") else today.year - (1 if ("last" in which or "past" in which)
                                                                            else 0)
        if year > today.year:
            continue
        add(365 if year < today.year or "past" in which or "the last" in which else (today - dt.date(year, 1, 1)).days,
            m, "start")
    for m in _WHOLE_SEASON.finditer(text):
        add(182 if m.group("more") else 91, m, "length")  # a season is about three months
    for m in _SEASON_COUNT.finditer(text):
        add(max(_number(m.group("num")) - 1, 0) * 365.25 + 90, m, "length")
    for m in _SINCE_SO.finditer(text):
        value = _number(m.group("num")) + (0.5 if (m.group("frac") or "").strip() in ("and a half", "½") else 0)
        add(value * _unit_days(m.group("unit")), m, "start")
    for m in _SINCE_THEN.finditer(text):
        tail = re.sub(r"^(?:in|back in|around|about|at|on|during|over)\s+", "", m.group("tail"))
        base = m.start("tail") + len(m.group("tail")) - len(tail)  # where ``tail`` starts in ``text``
        dated = [(d, base - len("since ")) for d in find(f"since {tail}", today) if d.start == 0 and d.kind == "start"]
        if not dated and re.match(r"\w+ (?:\w+ )?(?:days?|weeks?|months?|years?) ago\b", tail):
            dated = [(d, base) for d in find(tail, today) if d.start == 0]
        if dated and not any(d.start <= m.start() < d.end for d in out):
            first, shift = dated[0]
            out.append(Duration(first.days, m.start(), max(base, shift + first.end), "start"))
    for m in each(_BORN):  # "since my son was born, and he is now 2 years"
        age = m.group("num")
        ago = None if age else _born_when(text, m.end(), today)  # "born last week", "born 10 days ago"
        add(_number(age) * _unit_days(m.group("unit")) if age else LONG if ago is None else ago, m, "start")
    for m in each(_DECADE):
        add(LONG, m, "start")
    for m in each(_SINCE_AGE):
        then = _number(m.group("then") or m.group("then2"))
        ages = [_number(a.group("now")) for a in _AGE_NOW.finditer(text, max(0, m.start() - 80), m.end() + 80)
                if not m.start() <= a.start() < m.end()]
        if ages and then < max(ages) <= 110:
            add((max(ages) - then) * 365.25, m, "start")
    for m in each(_START_EVENT):
        add(LONG, m, "start")
    for m in each(_FRACTIONAL):
        unit = m.group("unit") or m.group("unit2")
        factor = 0.5 if (m.group("half") or m.group("half2")) else 0.25 if m.group("quarter") else 0.75
        add(factor * _unit_days(unit), m, "length")
    for m in each(_COUNT):
        num = m.group("num")
        if m.group("unit") in ("d", "w", "y", "mo") and not num[0].isdigit():
            continue
        value = _number(num)
        if any(f and f.strip() in ("and a half", "½") for f in (m.group("frac"), m.group("frac2"))):
            value += 0.5
        add(value * _unit_days(m.group("unit")), m, "ago" if m.group("ago") else "length")
    for m in each(_BARE):
        unit = (m.group("unit") or "").lower()
        if unit == "months" or m.group(0).startswith("months") or unit in _LONGISH:
            add(120, m, "length")
        else:
            add(LONG, m, "length")
    out = [Duration(d.days, d.start, d.end, "start") if d.kind in ("in", "ago") and _STARTED_BEFORE.search(
        text[max(0, d.start - 60):d.start]) else d for d in out]
    # A short stretch said as how often is no length: "every few weeks my back locks" ("every few months" over
    # years still reads as long).
    out = [d for d in out if not (d.kind == "length" and d.days < 84
                                  and _EVERY.search(text, max(0, d.start - 20), d.start))]
    for m in _CLINICAL.finditer(text):  # a clinician's shorthand: "LBP x 6/12" (6 months), "pain 2/52" (2 weeks)
        add(int(m.group("n")) * {"12": 30.44, "52": 7.0, "7": 1.0}[m.group("per")], m, "length")
    return tuple(sorted(out, key=lambda d: d.start))


_EVERY = _rx(r"\b(?:every|once every|once in|each)\s+(?:other\s+|single\s+|couple of\s+)?$")


#: Words that may stand beside a length in a reply that is only the length: "going on 14 weeks now", "since
#: last Christmas", "a year and a half of this crap", "three months and counting, every single morning".
_FILLER = frozenset(
    "it its it's this that these those i i've ive i'm im i'd id me my mine been being be has have had having is was "
    "are were going gone goin on off and or so like about around roughly approximately nearly almost over more than "
    "just now already still really honestly tbh tbf ngl basically literally probably maybe prob definitely counting "
    "every single day days morning mornings night nights daily same lol haha lmao omg ugh sigh crap shit rubbish "
    "nonsense junk bs stuff thing the a an of with w dealing living putting up suffering struggling coping battling "
    "since for then ever yeah yes yep yup um uh erm hmm well say guess think reckon at least ok okay ish give take "
    "plus longer long time too way dunno sure not oh hi hello sir madam mate please pls plz thanks thank you u "
    "straight solid pretty much most whole entire all last past bit little quite good part best point ago "
    "constantly constant nonstop non-stop on-off sometimes mostly always bad worse hell misery agony pain "
    "thereabouts give-or-take odd if anything least it'll weekend weekends holiday holidays break "
    # "a quarter of a year, that's how long it's been", "the guts of a year", "still hanging around"
    "thats that's how hurting hurt hurts aching sore bothering guts hanging while awhile".split())
_WORD = re.compile(r"[a-z][a-z'-]*")


def bare(text: str, today: dt.date, *, known: Callable[[], list[Duration]] | None = None) -> bool:
    """Return whether a short message (prepared, lower-case) is only a length or a start, as a reply to "how long
    has it been hurting?" is: every word left beside what :func:`find` reads is a filler word. ``known``, when
    given, returns what ``find(text, today)`` returns (a caller that has it already)."""
    if len(text) > 90 or "?" in text:
        return False
    found = find(text, today) if known is None else known()
    if not found:
        return False
    rest = list(text)
    for d in found:
        rest[d.start:d.end] = " " * (d.end - d.start)
    return all(w.strip("'-") in _FILLER for w in _WORD.findall("".join(rest)))
