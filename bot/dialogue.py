"""The transport-free conversation core: one message in, one reply out, as plain data.

The Telegram adapter, the console, ``backcare-bot ask``, the tests and the benchmarks all call
:meth:`Dialogue.respond`; none of this module knows about Telegram.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from bot import language
from bot.knowledge import Caution, Entry, KnowledgeBase
from bot.safety import Assessment, Level, assess, durations, numbers_for, safety_note
from bot.safety.matching import Pattern
from bot.safety.numbers import crisis_line
from bot.search import Match, Reading, SearchIndex, SearchResult, conditions, idioms, learned, parts
from bot.search.domain import off_domain, patients, standing
from bot.search.index import DOMAIN, WHETHER_SAFE, Search
from bot.text import normalise, stem, words

#: Questions offered as examples when a message is outside what the bot knows.
EXAMPLE_TOPICS = ("massage-frequency", "effleurage", "tennis-ball")
#: The entry that answers "is it safe to massage with <a condition>?" when a message asks nothing more specific.
CONDITION_TOPIC = "when-not-to-massage"
#: The entries for pain that is here now (weeks) and pain that has lasted about 12 weeks or more.
NOW_TOPIC = "back-hurts-now"
CHRONIC_TOPIC = "chronic-back-pain"
#: Pain that stops someone walking or moving ("cannot-move" caution) is answered by when to see a doctor, never by
#: the entries that say "keep moving gently".
CANNOT_MOVE, DOCTOR_TOPIC = "cannot-move", "see-a-doctor"
#: A back that has seized up and "can hardly move" keeps the spasm entry (the caution comes first); one that stops
#: the person walking or standing does not.
_KEEP_MOVING = frozenset({"rest-or-stay-active", "back-hurts-now", "after-gardening-or-lifting", "desk-work-posture",
                          "stretches", "massage-and-exercise"})
_SPASM_TOPIC = "back-locked-or-spasm"
_WALK = re.compile(r"\b(?:walk|stand)", re.IGNORECASE)
#: Words that say the message is about pain or a back that is not right.
_PAIN = re.compile(r"\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|stiff\w*|agony|twinge\w*|killing|bad back)\b", re.IGNORECASE)
_MASSAGE = stem("massage")
#: What a question about massaging asks with: a stated condition beside one of these is the question's context.
_MASSAGING = frozenset(stem(w) for w in "massage knead kneading roller rolling gun effleurage".split())
#: Which oil to use, beside a stated condition, asks about massaging too ("I have psoriasis, which oil can I use"),
#: unless another part of the body is what it is for ("eczema on my hands, which cream works" is skin care).
_OIL = re.compile(r"\b(?:massage )?oils?\b", re.IGNORECASE)
_ELSEWHERE = re.compile(r"\b(?:hands?|face|feet|foot|scalp|hair|arms?|legs?|knees?|elbows?|nails?|lips?|cooking|"
                        r"car|engine)\b", re.IGNORECASE)
#: A question of how often, how long or when: what a condition's own entry does not answer.
_HOW_OFTEN = re.compile(r"\bhow (?:often|long|many|much time)\b|\bwhat time\b|\bwhen (?:is|should|can|do)\b",
                        re.IGNORECASE)

NOT_MEDICAL_ADVICE = "This is self-care guidance, not medical advice."

_LANGUAGES = ("tagalog|filipino|hindi|urdu|punjabi|bengali|bangla|tamil|telugu|gujarati|marathi|malayalam|kannada|"
              "nepali|sinhala|spanish|portuguese|french|german|italian|polish|romanian|russian|ukrainian|arabic|turkish|"
              "persian|farsi|pashto|kurdish|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|indonesian|"
              "malay|swahili|yoruba|igbo|hausa|somali|amharic|dutch|greek|welsh|gaelic|irish|cebuano|ilocano")
#: What a person says about the languages they speak ("I'm a Tagalog speaker but English is fine", "sorry for my bad
#: English", "my English is not so good"): the context of a question, never its subject; read without it.
_LANGUAGE_NOTE = re.compile(
    rf"\b(?:i'?m|i am)\s+(?:a\s+)?(?:native\s+)?(?:{_LANGUAGES})\s+speaker\b"
    rf"|\bi\s+(?:mostly\s+|usually\s+|normally\s+|only\s+)?speak\s+(?:{_LANGUAGES})(?:\s+at\s+home)?\b"
    rf"|\b(?:my\s+)?(?:first|native|mother)\s+(?:language|tongue)\s+is\s+(?:{_LANGUAGES})\b"
    r"|\b(?:but|and|though)?\s*(?:my\s+)?english\s+(?:is\s+)?(?:fine|ok|okay|good|alright|all right|"
    r"not my first language|my second language|not (?:so |very |that |too )?good|bad|poor|weak|broken|limited)\b"
    r"|\b(?:sorry|excuse|pardon)\s+(?:for\s+|about\s+)?(?:my\s+)?(?:bad\s+|poor\s+|broken\s+|weak\s+)?english\b",
    re.IGNORECASE)


def without_language_note(text: str) -> str:
    """Return ``text`` without what it says about the languages the person speaks, when a question is left."""
    stripped = _LANGUAGE_NOTE.sub(" ", text)
    if stripped == text or not re.search(r"[a-z]{3}", stripped, re.IGNORECASE):
        return text
    return re.sub(r"^[\s,:;.!-]+", "", re.sub(r"\s+", " ", stripped)).strip()

#: Telegram allows 4096 characters; a second answer is appended only while the answers stay within this
#: (room is left for the safety notes).
MAX_SECOND_CHARS = 3000

#: What stops the cautions' patterns being joined into one: a back-reference or a reference to a group by number.
_BY_GROUP = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


#: Cautions about what is asked ("is it a slipped disc?"), not about the person.
_ASKED_CAUTIONS = frozenset({"self-diagnosis"})
#: How gently a massage is done: a condition's entry says that too, so it asks nothing more specific.
_MANNER = frozenset(stem(w) for w in "gently gentle lightly light softly soft carefully careful".split())
#: The verbs that only carry a massage ("give my back a massage", "still do it"): beside a stated condition, nothing
#: more specific.
_ON_BACK = frozenset(stem(w) for w in "self give get do have try still".split())
#: Where on the back or whose: nothing more specific in a question of whether ("is it ok to massage my lower back"),
#: but what a question of how asks about ("how do I massage my lower back" is the lower-back entry, caution first).
_WHERE_ON_BACK = frozenset(stem(w) for w in "lower upper middle mid own".split())
_HOW = re.compile(r"\bhow\b|\bwhat'?s the (?:best |right |proper )?way\b|\bwhat is the (?:best |right )?way\b",
                  re.IGNORECASE)
#: A question of how to massage one's own back ("how do I massage my own back", "how do I rub it myself"): the how-to
#: entry asks that, beside a stated condition too ("own" is a stop word, so no stem says it).
_OWN_BACK = re.compile(r"\b(?:own|myself|by my ?self|on my own|self)\b", re.IGNORECASE)
#: A question of when, beside a stated condition: the time-of-day entry's, the condition's caution first.
_WHEN_ASKED = re.compile(r"\b(?:best|right|good|ideal|better) time\b|\btime of (?:the )?day\b", re.IGNORECASE)
#: More ways to ask whether it is safe ("a good idea", "advisable", "should I avoid"), beside a stated condition.
_WHETHER_MORE = frozenset(stem(w) for w in "idea fine advisable recommended sensible avoid".split())
#: Beside a stated condition, the words that ask nothing more specific than whether (and how) to massage.
_NOT_SPECIFIC = WHETHER_SAFE | _MANNER | _ON_BACK | _WHETHER_MORE
#: Cautions about a place or a tool, not a condition: they do not make a message ask "is it safe for me".
_SITE_CAUTIONS = frozenset({"neck-tools"})
#: The caution for a health condition or medicine the knowledge base has no caution of its own for ("I have asthma,
#: is it ok to massage my back?"): said first when no other caution about the person is.
CONDITION_CAUTION = "health-condition"
#: The time since a condition ("a week after", "6 weeks post"): when, not how often or how long.
_SINCE_CONDITION = re.compile(r"\b(?:a|an|one|two|three|four|five|six|a few|a couple of|few|\d+)\s*"
                              r"(?:days?|weeks?|wks?|"
                              r"months?)\s+(?:after|since|post|out from|on from|ago)\b|\blast (?:week|month)\b",
                              re.IGNORECASE)
#: Before a number of weeks or months, a state ("I'm 22 weeks", "she is 7 months", the message's start) ...
_STATE_BEFORE = re.compile(r"(?:^|\b(?:i'?m|i am|she'?s|she is|is|am))\s*$")
#: ... unless these follow and make it a length ("3 months now", "6 weeks of pain", "a month ago").
_LENGTH_AFTER = re.compile(r"\s*(?:now|ago|of|with|since|straight|running|solid|in)\b")
#: "tennis ball or foam roller, which is better": the two things compared, each side of the "or".
_OR = re.compile(r"\s(?:or|vs\.?|versus)\s", re.IGNORECASE)
#: "before or after", "morning or evening": one entry answers both sides of these.
_WHEN_OR = re.compile(r"\b(?:before|after|during|morning|evening|night|day|now|later|daily|weekly|long|short|hard|soft|"
                      r"light|gentle|firm|hot|cold|warm)\s+(?:or|vs\.?|versus)\s", re.IGNORECASE)

#: Greetings of other languages, with the language each says it is: a message that is one of these alone (or one
#: that starts with one and finds nothing) is a greeting or another language, never a misspelt English word ("hola"
#: is not "hold"). "en" gets the English hello: "namaste" and "hallo" are said by English speakers too.
GREETINGS = {"hola": "es", "buenas": "es", "buenos dias": "es", "buenas tardes": "es", "bonjour": "fr",
             "bonsoir": "fr", "salut": "fr", "coucou": "fr", "ciao": "it", "buongiorno": "it", "buonasera": "it",
             "hallo": "en", "guten tag": "de", "guten morgen": "de", "servus": "de", "moin": "de",
             "ola": "pt", "bom dia": "pt", "boa tarde": "pt", "hoi": "nl", "goedemorgen": "nl",
             "hej": "sv", "merhaba": "tr", "czesc": "pl", "dzien dobry": "pl", "namaste": "en",
             "namaskar": "en", "holla": "en", "g day": "en", "gday": "en", "salaam": "en", "salam": "en",
             "shalom": "en", "konnichiwa": "ja", "assalam": "en", "assalamu": "en", "asalam": "en", "asalamu": "en",
             "as salam": "en", "as salaam": "en", "as salamu": "en", "salaam alaikum": "en", "salam alaikum": "en",
             "ni hao": "zh", "privet": "ru", "zdravstvuyte": "ru",
             "dia dhuit": "ga", "dia duit": "ga", "bore da": "cy", "prynhawn da": "cy", "noswaith dda": "cy",
             "shwmae": "en", "jambo": "sw", "hujambo": "sw", "habari": "sw", "sannu": "ha", "bawo ni": "yo",
             "ekaaro": "yo", "e kaaro": "yo", "ekaasan": "yo", "kedu": "ig", "ndewo": "ig", "kumusta": "tl",
             "kamusta": "tl", "magandang umaga": "tl", "magandang hapon": "tl", "magandang gabi": "tl",
             "xin chao": "vi", "selamat pagi": "ms", "apa kabar": "ms", "labas": "lt", "sveiki": "lt",
             "assalam o alaikum": "en", "assalamu alaikum": "en", "assalamualaikum": "en"}
_HELLO_TOPIC = "hello"
#: Massaging another person's back, and one's own: what a message about someone else asks when it asks nothing
#: more specific.
OTHERS_TOPIC, OWN_TOPIC = "help-someone-else", "how-to-massage-own-back"
#: Entries next to the domain (medicines, beds): they answer a message about a back or pain, or a short one ("does
#: ibuprofen help"), not a child's dose of paracetamol or a toddler's mattress.
NEAR_DOMAIN = frozenset({"painkillers", "sleep-and-mattress"})
_BACK_OR_PAIN = re.compile(r"\b(?:back\w*|spine|spinal|neck|shoulders?|hips?|sciatica|pain\w*|hurt\w*|ach\w*|sore\w*|"
                           r"stiff\w*|agony)\b", re.IGNORECASE)
#: Entries of the time of day: asked about a child or a pet with no back, pain or massage in it ("how do I get my
#: toddler to sleep through the night"), it is that one's day, not back care.
_TIME_OF_DAY = "best-time-of-day"
_MASSAGE_WORD = re.compile(r"\b(?:massag\w*|rub\w*|knead\w*|roll\w*|stretch\w*|it)\b", re.IGNORECASE)
_CHILD = re.compile(r"\b(?:child|children|kids?|toddlers?|baby|babies|infants?|son|daughter|dog|cat|pet)\b",
                    re.IGNORECASE)
#: A message's letters, accents folded ("olá" is "ola").
_LETTERS = re.compile(r"[^\W\d_]+")


#: Words after a greeting or thanks that add nothing to it ("Namaste ji", "good morning sir", "bye tc").
_FILLERS = frozenset("amigo amiga ami tutti a todos everyone there bot backcare sir ji madam maam mam dear all friend "
                     "friends mate guys folks tc so much very lot ton bunch again alaikum alaykum aleikum o u".split())
#: A message that opens with thanks, a goodbye or a greeting: the small talk it is when the rest asks nothing.
#: Thanks in the languages people mix with English ("salamat po!", "diolch yn fawr", "asante sana") are thanks.
_COURTESY = re.compile(r"^\W*(?:(?:ok|okay|oh|right|alright|aight|kk|k)\b\W*)?"
                       r"(?:(?P<thanks>thank you|thank u|thanks|thanx|thnx|thx|ty|ta|cheers|many thanks|salamat|"
                       r"asante|shukriya|shukria|dhanyavaa?d|dhanyawaa?d|diolch|go raibh maith agat|nagode|daalu|"
                       r"medaase|terima kasih)|"
                       r"(?P<goodbye>bye|goodbye|good night|goodnight|see ya|see you|see ye|cya|take care|adios|"
                       r"laters|later|ttyl|speak soon|speak tomorrow|talk later|talk soon|nos vemos|hasta luego)|"
                       r"(?P<hello>good (?:morning|afternoon|evening)|hello|hi|hiya|hey|namaste|namaskar))\b",
                       re.IGNORECASE)
_COURTESY_TOPICS = {"thanks": "thanks", "goodbye": "goodbye", "hello": "hello"}


def greeting_language(text: str) -> tuple[str | None, bool]:
    """Return the language of the foreign greeting ``text`` opens with (or None), and whether that is all it says."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    words = _LETTERS.findall(folded)
    for n in (3, 2, 1):
        if len(words) >= n and (code := GREETINGS.get(" ".join(words[:n]))) is not None:
            rest = [w for w in words[n:] if w not in _FILLERS]
            return code, not rest
    return None, False


#: Hopelessness said without thoughts of ending one's life: a gentle check-in with the crisis line, no alarm.
#: (Written with a plain apostrophe; a curly one, as phones type it, matches too.)
_DESPAIR = re.compile((
    r"\b(?:what'?s|whats|what is)\s+(?:even\s+|really\s+|actually\s+)?the point(?:\s+(?:any ?more|in anything|"
    r"of anything|of it all|of living|in living|of going on|in going on|in trying|of trying|in carrying on|"
    r"of carrying on|of me|in me)|(?=\s*(?:$|[.!?\u2026]|,\s*(?:honestly|really|seriously|tbh|it|it'?s|nothing|"
    r"i|i'?ll|i'?m|everything|the pain|my back|life)\b)))|"
    r"\b(?:i\s+)?(?:don'?t|dont|do not|can'?t|cant)\s+see\s+(?:the|any)\s+point\s+(?:in|of)\s+(?:anything|"
    r"living|going on|carrying on|it all|trying)\b|\bno point (?:in )?(?:anything|living|going on|carrying on|"
    r"trying any ?more)\b|"
    r"\bcan'?t (?:go on|cope|take (?:it|this|much more)|do this|keep (?:doing this|going on|going))\s+(?:like this|"
    r"any ?more|any longer)\b|"
    r"\b(?:nobody|no one|no-one|noone)(?:'?d| would| will| is going to)\s+(?:even\s+)?(?:miss|notice|care)\b"
    r"(?:\s+me)?(?:\s+if i (?:(?:was|were) (?:gone|dead|not here|no longer here)|wasn'?t here|weren'?t here|"
    r"disappeared|died|went))?(?=\s*(?:$|[.,;!?\u2026]|anyway\b))|"
    r"\b(?:i'?m|i am|i feel like|feel like) (?:such |just )?a (?:burden|waste of space)\b(?! (?:on|to) the\b)|"
    r"\b(?:feel(?:ing|s)?|i'?m|i am|it all (?:feels|seems)|everything (?:feels|seems|is))\s+(?:so |completely |totally "
    r"|utterly |just )?(?:hopeless|pointless|worthless)(?!\s+(?:at|with|about|when it comes)\b)|"
    r"\b(?:life|everything)(?:'s| is| feels| seems) (?:so |completely |totally |just )?(?:pointless|hopeless|"
    r"meaningless)\b|\b(?:no hope left|lost all hope|there'?s no hope|given up hope|no hope any ?more)\b|"
    r"\b(?:given|giving) up on (?:life|everything)\b|\bnothing to live for\b|"
    r"\b(?:had|have had) enough of (?:everything|it all|life)\b").replace("'", "['\u2019]"), re.I)
_CHECK_IN = ("That sounds really hard. If it ever feels like too much, you don't have to carry it alone: you can talk "
             "to {line}, any time.")
#: Between urgent advice and the answer asked for: the answer is for once a doctor has seen them.
AFTER_A_DOCTOR = "For later, once a doctor has checked you and says massage is fine:"
#: A message that only acknowledges ("ok", "hmm", "lol", "yes", "not sure") when nothing waits for an answer (the core
#: reads those as answers when a question does): no question to answer, and nothing off-topic about it either.
_ACKNOWLEDGED = re.compile(r"(?:ok+|okay+|okey|k+|kk|o\.?k\.?|ok then|okay then|hm+|h+m+|mhm+|um+|uh+|lol+|haha+|ha+|"
                          r"yes|yeah|yep|yup|ya|sure|not sure|unsure|idk|dunno|i see|right|fine|cool|noted|got it|"
                          r"understood|fair enough|oh|ah|oh ok|ah ok)[\s.!?,]*", re.I)
ACKNOWLEDGED_TEXT = "Okay. Send me a question about your back or self-massage whenever you like, or tap one below."
#: After the cautions an answer opens with: the entry below is written for everyone ("aim for a firm discomfort").
CAUTION_WINS = "Where the general advice below says otherwise, follow this."
#: The same after advice worded for someone else ("my wife has a fever and back pain, can I massage her?").
AFTER_A_DOCTOR_OTHER = "For later, once a doctor has checked them and says massage is fine:"


class ReplyKind(StrEnum):
    """What sort of reply the core decided on."""

    ANSWER = "answer"
    SMALLTALK = "smalltalk"
    DID_YOU_MEAN = "did_you_mean"
    NO_MATCH = "no_match"
    EMPTY = "empty"
    #: The message is in another language: said so (in it where possible), not counted as off-topic.
    OTHER_LANGUAGE = "other_language"


#: The replies the trained model may change: answers, small talk, "did you mean" and "I only know about back care".
_SECOND_KINDS = frozenset({ReplyKind.ANSWER, ReplyKind.SMALLTALK, ReplyKind.DID_YOU_MEAN, ReplyKind.NO_MATCH})


@dataclass(frozen=True)
class Suggestion:
    """A question the user can pick with one tap."""

    topic: str
    question: str


@dataclass(frozen=True)
class Reply:
    """Everything an adapter needs to show a reply: text, safety level, and buttons to offer."""

    kind: ReplyKind
    text: str
    topic: str | None
    score: float
    safety: Level
    suggestions: tuple[Suggestion, ...] = ()
    #: Answers to the other questions of the same message; their text is already appended to ``text``.
    also: tuple[Reply, ...] = ()
    #: The language of the message when it is not English, for OTHER_LANGUAGE replies: ISO 639-1, "hi-Latn" for
    #: Hindi or Urdu in Latin letters, "und" for one not named.
    language: str | None = None
    #: The person describes their own pain and neither how long it has lasted nor a red flag is known.
    asks_duration: bool = False

    def as_json(self, query: str) -> dict[str, object]:
        """Return the reply in the ``ask --json`` format."""
        return {
            "query": query,
            "topic": self.topic,
            "score": round(self.score, 1),
            "answer": self.text,
            "safety": str(self.safety),
            "suggestions": [{"topic": s.topic, "question": s.question} for s in self.suggestions],
        }


class _Seen:
    """What :meth:`Dialogue.respond` worked out for one message, for the second opinion to reuse: the search of the
    message as it is, and the cautions it states (None until made)."""

    __slots__ = ("condition", "search", "stated")

    def __init__(self) -> None:
        self.search: Search | None = None
        self.stated: list[Caution] | None = None
        #: Whether a condition the message states as the person's own, beside a question about massaging, chose the
        #: entry (:meth:`Dialogue._condition`).
        self.condition = False


#: A message that takes the safety triage through its rules, banks and booster (:meth:`Dialogue.prepare`).
_PREPARE = "my back is agony and both my legs feel funny, how often should I massage it?"


class Dialogue:
    """Decide the reply to a message: safety triage, search, and the follow-up questions."""

    def __init__(self, kb: KnowledgeBase, index: SearchIndex | None = None) -> None:
        self.kb = kb
        self.index = index or SearchIndex(kb)
        self._mentions: tuple[dict[str, Caution], Pattern | None] | None = None
        #: The last message respond() triaged with a given day, that day, and its assessment (see :meth:`assess`).
        self._assessed: tuple[str, dt.date, Assessment] | None = None

    def prepare(self) -> None:
        """Load now what the first message would: the safety triage's patterns, screen and banks, its trained
        booster, the answer model and the cautions' pattern; the replies are the same either way.

        ``backcare-bot run`` calls it before python-telegram-bot is imported and the heap is trimmed
        (:func:`bot.memory.release`): what reading them leaves free in the heap is then filled by those modules
        instead of staying free at rest (about 2.5 MB less at rest after the first message).
        """
        from bot.safety import learned as booster

        self.respond(_PREPARE, today=dt.date(2026, 1, 1))  # no state kept but caches (the cautions' pattern)
        booster.default_model()
        learned.default_model()

    def respond(self, text: str, *, country: str | None = None, today: dt.date | None = None) -> Reply:
        """Return the reply to one message from a user.

        The whole message is triaged before anything is cut to a length limit; ``country`` (an ISO
        code, see :func:`bot.safety.country_of_zone`) picks the numbers the safety note names, and
        ``today`` the date durations such as "since Easter" are counted from.
        """
        assessment = assess(text, today=today)
        if today is not None:
            self._assessed = (text, today, assessment)
        seen = _Seen()
        asked = without_language_note(text)  # "I'm a Tagalog speaker but English is fine: how do I ...": the question
        reply = self._second_opinion(asked, self._respond(asked, assessment, country, today or dt.date.today(), seen),
                                     assessment, country, seen)
        if _DESPAIR.search(text) and "self-harm" not in assessment.signs:
            # Not a sign to triage ("what's the point anymore, it never gets better"), but never left unanswered.
            check_in = _CHECK_IN.format(line=crisis_line(country))
            refused = reply.kind is ReplyKind.NO_MATCH and reply.safety is Level.NONE  # not "I only know about..."
            # ... and a check-in alone comes with no massage questions to tap
            # The person first, the massage after: the check-in opens the reply, unless urgent advice must come first
            text = (check_in if refused else f"{reply.text}\n\n{check_in}" if reply.safety >= Level.URGENT
                    else f"{check_in}\n\n{reply.text}")
            reply = replace(reply, text=text, suggestions=() if refused else reply.suggestions)
        return replace(reply, asks_duration=True) if assessment.asks_duration else reply

    def _respond(self, text: str, assessment: Assessment, country: str | None, today: dt.date,
                 seen: _Seen | None = None) -> Reply:
        if not normalise(text):
            return self._with_safety(ReplyKind.EMPTY, self._empty_text(), None, 0.0, assessment, self._examples(),
                                     country)
        if _ACKNOWLEDGED.fullmatch(text.strip()) and assessment.level is Level.NONE:
            return self._with_safety(ReplyKind.EMPTY, ACKNOWLEDGED_TEXT, None, 0.0, assessment, self._examples(),
                                     country)  # "ok", "hmm", "lol" with nothing waiting: not "I only know about..."
        greeted, alone = greeting_language(text)
        if greeted is not None and alone and assessment.level is Level.NONE:
            hello = self.kb.entry(_HELLO_TOPIC)
            if greeted != "en" and language.english_only_text(greeted) != language.FALLBACK:
                return self._other_language(greeted, country)
            if hello is not None:
                return self._answer(hello, 100.0, assessment, country)
        if greeted not in (None, "en") and assessment.level is Level.NONE and (other := language.detect(text)):
            return self._other_language(other, country)  # "hola! qué puedes hacer?": not "hold" and a question
        if assessment.level <= Level.CHRONIC and not _COURTESY.match(text) and (other := language.foreign(text)):
            # "pwede ba gumamit ng massage gun sa likod?": not answered; a long-term condition it names keeps its
            # referral
            return self._other_language(other, country, assessment)
        stated = self._stated(text)
        search = self.index.search(text)
        context = self._condition(text)
        if seen is not None:
            seen.search, seen.stated = search, stated
        before = self._past_length(text, search.result(), today)
        result = self._past_cautions(text, before, stated, context)
        if result.best is not None and patients(search.reading.words):
            result = SearchResult(None, ())  # "my dog has a slipped disc, can I massage him": the disc is the dog's
        if seen is not None:  # the condition chose the entry: on purpose, as a caution does
            seen.condition = context is not None and (result is not before or result.best is not None
                                                      and result.best.entry.id == CONDITION_TOPIC)
        if result.best is not None and result.best.entry.id in NEAR_DOMAIN and (
                _CHILD.search(text) or not _BACK_OR_PAIN.search(text) and len(text.split()) > 8):
            result = SearchResult(None, ())
        if result.best is not None and result.best.entry.id == _TIME_OF_DAY and _CHILD.search(text) and not (
                _BACK_OR_PAIN.search(text) or _MASSAGE_WORD.search(text)):
            result = SearchResult(None, ())
        result = self._whose(text, self._compared(text, self._by_parts(text, result)), search.reading)
        doctor = self.kb.entry(DOCTOR_TOPIC)
        if (result.best is not None and doctor is not None and any(c.id == CANNOT_MOVE for c in stated) and (
                result.best.entry.id in _KEEP_MOVING or result.best.entry.id == _SPASM_TOPIC and _WALK.search(text))):
            result = SearchResult(Match(doctor, result.best.score), (), result.also)
        best = result.best
        if best is None and assessment.level is Level.NONE and (polite := self._courtesy(text)) is not None:
            return polite
        if best is None and assessment.level is Level.NONE and greeted not in (None, "en") and not result.alternatives:
            return self._other_language(greeted, country)  # "ciao, mi fa male la schiena"
        if best is None and assessment.level <= Level.CHRONIC and (other := language.detect(text)) is not None:
            # "how ofen shoud i masage" is English: asked only then
            return self._other_language(other, country, assessment)
        if assessment.level is not Level.NONE and (best is None or best.entry.safety != "none"):
            # "I've had back pain for years, how often should I massage?" asks how often: look past
            # the signs (the safety note is added anyway) and take a specific answer that fits as well.
            without = assessment.without_signs(text)
            specific = self.index.find(without).best
            # ... when without them it asks something of its own: "for a long time, would massage help?" is
            # what the chronic-pain entry answers, not how to massage.
            if specific is not None and specific.entry.safety == "none" and self.index.specific_stems(without) and (
                    best is None or specific.score >= best.score):
                result = SearchResult(specific, ())
        if assessment.level >= Level.URGENT and (result.best is None or result.best.score < self.index.confident
                                                 or not any(parts.asks(t, p) for t in (text, context) if t
                                                            for p in parts.split(t))):
            # With a red flag, the urgent or emergency advice stands alone unless a clear question was asked:
            # "back pain, lost 10kg without trying" gets no massage routine after "hold off on massage". (A stated
            # condition's question is read without it: "diabetic here, am I ok to rub my back" asks.)
            return self._with_safety(ReplyKind.NO_MATCH, "", None, 0.0, assessment, (), country)
        return self._reply_to(result, assessment, country, text, self._shown(stated, context is not None))

    def answer(self, topic: str, *, original: str = "", country: str | None = None,
               today: dt.date | None = None) -> Reply | None:
        """Return the reply that opens entry ``topic`` (a button press), or None if it is gone."""
        entry = self.kb.entry(topic)
        if entry is None:
            return None
        assessment = assess(original, today=today) if original else Assessment(Level.NONE)
        return self._answer(entry, 100.0, assessment, country)

    def assess(self, text: str, *, today: dt.date) -> Assessment:
        """Return :func:`bot.safety.assess` of ``text`` on ``today``: the assessment respond() made when it was
        the last message it was given with that day (the core asks whose red flag a reply was about)."""
        last = self._assessed
        if last is not None and last[0] == text and last[1] == today:
            return last[2]
        return assess(text, today=today)

    def is_red_flag(self, text: str, *, today: dt.date | None = None) -> bool:
        """Return whether the text carries an urgent or emergency sign."""
        return assess(text, today=today).level >= Level.URGENT

    def safety_note(self, text: str, *, country: str | None = None, today: dt.date | None = None) -> str:
        """Return only the safety message a text calls for (a /log note, say), or "" when it needs none."""
        assessment = assess(text, today=today)
        if assessment.level is Level.NONE:
            return ""
        return self._with_safety(ReplyKind.NO_MATCH, "", None, 0.0, assessment, (), country).text

    def _second_opinion(self, text: str, reply: Reply, assessment: Assessment, country: str | None,
                        seen: _Seen | None = None) -> Reply:
        """Let the trained model (:mod:`bot.search.learned`) pick the entry where it is surer than the engine, and
        veto an answer to what it reads as off-topic.

        The engine's answer is replaced when the model gives another entry at least ``override``; a "did you mean"
        is answered at ``hedge``; a message the engine found nothing in at ``no_match``, when it has a back-care word
        or the entry is among the engine's runners-up.  Whatever would be answered is not when the model's
        probability of off-topic reaches ``off_topic`` ("how often should I change my car's oil").  Never for a
        message with a sign of any level, a stated condition (a caution), the doctor's entry, another language, or
        a message that is exactly one of the knowledge base's phrasings ("help" is what can you do).
        ``seen`` holds what the engine already worked out for this message (its search, its stated cautions).
        """
        seen = seen or _Seen()
        bars = learned.BARS
        # The engine's own rules for a stated condition, a sign or long-lasting pain, and for pain that stops someone
        # walking, choose on purpose ("slipped disc, how often?" is the frequency entry with the disc's caution).
        if (reply.safety is not Level.NONE or assessment.level is not Level.NONE or reply.kind not in _SECOND_KINDS
                or reply.topic == DOCTOR_TOPIC or (self._stated(text) if seen.stated is None else seen.stated)
                or seen.condition
                or self.index.is_exact(text)
                or (model := learned.default_model()) is None):
            return reply
        reading = self.index.read(text) if seen.search is None else seen.search.reading
        if (reply.kind is ReplyKind.NO_MATCH and standing(reading.words, off_domain(list(reading.words)))) \
                or patients(reading.words):
            # What the engine did not answer because another body part, an animal or an illness is the subject
            # ("can I use a massage gun on the dog") is not the model's to answer either.
            return reply
        proba = model.proba(learned.features(text, reading.words))
        best = max(range(len(proba)), key=proba.__getitem__)
        topic, p = model.classes[best], proba[best]
        off = proba[model.classes.index(learned.OFF_TOPIC)]
        answered = {t for t in (reply.topic, *(a.topic for a in reply.also)) if t is not None}
        entry = self.kb.entry(topic) if topic != learned.OFF_TOPIC and topic not in answered else None
        if entry is not None and (
                p >= bars.override if answered else p >= bars.hedge if reply.kind is ReplyKind.DID_YOU_MEAN
                else p >= bars.no_match and self._near(text, reading.stems, topic, seen.search)):
            reply, answered = self._answer(entry, round(100.0 * p, 1), assessment, country, text), {topic}
        if answered and off >= bars.off_topic:
            return self._with_safety(ReplyKind.NO_MATCH, self._no_match_text(), None, 0.0, assessment,
                                     self._examples(), country)
        return reply

    def _near(self, text: str, stems: tuple[str, ...], topic: str, search: Search | None = None) -> bool:
        """Return whether a message the engine found nothing in is near back care: a back-care word in it, or
        ``topic`` among the engine's runners-up for it (from ``search``, the engine's search of it, when given)."""
        if set(stems) & DOMAIN:
            return True
        found = (self.index.search(text) if search is None else search).result(5)
        return topic in {m.entry.id for m in (found.best, *found.alternatives) if m is not None}

    # --- building replies --------------------------------------------------------------------

    def _reply_to(self, result: SearchResult, assessment: Assessment, country: str | None, text: str = "",
                  stated: list[Caution] | None = None) -> Reply:
        if result.best is not None:
            return self._answer(result.best.entry, result.best.score, assessment, country, text, result.also, stated)
        if result.alternatives:
            # Offer back-care questions; small talk only when nothing else came close.
            matches = [m for m in result.alternatives if not m.entry.is_smalltalk] or list(result.alternatives)
            options = tuple(Suggestion(m.entry.id, m.entry.question) for m in matches)
            text = "I'm not sure I understood. Did you mean one of these? Tap one below."
            return self._with_safety(ReplyKind.DID_YOU_MEAN, text, None, result.alternatives[0].score,
                                     assessment, options, country)
        return self._with_safety(ReplyKind.NO_MATCH, self._no_match_text(), None, 0.0, assessment,
                                 self._examples(), country)

    def _answer(self, entry: Entry, score: float, assessment: Assessment, country: str | None, text: str = "",
                also: tuple[Match, ...] = (), stated: list[Caution] | None = None) -> Reply:
        follow_ups = tuple(Suggestion(e.id, e.question) for fid in entry.follow_ups
                           if (e := self.kb.entry(fid)) is not None)
        kind = ReplyKind.SMALLTALK if entry.is_smalltalk else ReplyKind.ANSWER
        level = max(assessment.level, Level.parse(entry.safety), *(Level.parse(m.entry.safety) for m in also))
        # A stated condition that changes the advice ("I have osteoporosis, can I use a massage gun?") comes first.
        if stated is None:
            stated = self._shown(self._stated(text), bool(text) and self._condition(text) is not None)
        cautions = [c.text for c in stated if not entry.is_smalltalk and entry.id not in c.not_for]
        if cautions:  # the entry is written for everyone: the caution wins where they differ ("firm pressure")
            cautions[-1] = f"{cautions[-1]} {CAUTION_WINS}"
        body = "\n\n".join([*(f"⚠️ {c}" for c in cautions), entry.answer])
        seconds: list[Reply] = []
        for m in also:  # a second question of the same message: its answer follows, under its own question
            more = f"{body}\n\n➕ {m.entry.question}\n{m.entry.answer}"
            if len(more) <= MAX_SECOND_CHARS:
                body = more
            else:  # too long for one message: offer it as the first button instead
                follow_ups = (Suggestion(m.entry.id, m.entry.question),
                              *(f for f in follow_ups if f.topic != m.entry.id))
            seconds.append(Reply(ReplyKind.ANSWER, m.entry.answer, m.entry.id, m.score, Level.parse(m.entry.safety)))
        reply = self._with_safety(kind, body, entry.id, score, replace(assessment, level=level), follow_ups, country)
        return replace(reply, also=tuple(seconds)) if seconds else reply

    def _shown(self, stated: list[Caution], condition: bool) -> list[Caution]:
        """Return the cautions an answer opens with: ``stated``, and the one for a health condition when the message
        states a condition of the person's own beside a question about massaging (``condition``) and no caution
        about the person is among them ("I'm diabetic, can I use a massage gun?" is not a plain yes)."""
        general = self.kb.cautions.get(CONDITION_CAUTION)
        if not condition or general is None or any(c.id not in _ASKED_CAUTIONS | _SITE_CAUTIONS for c in stated):
            return stated
        return [*stated, general]

    def _stated(self, text: str) -> list[Caution]:
        """Return the cautions whose condition ``text`` mentions, in the knowledge base's order.

        Most messages mention none: one search with all the cautions' patterns joined says so (on an ASCII message
        in lower case, where that search needs no case folding: :class:`bot.safety.matching.Pattern`).
        """
        cautions = self.kb.cautions
        if self._mentions is None or self._mentions[0] is not cautions:
            joined = _any_of(cautions)
            self._mentions = (cautions, None if joined is None else Pattern(joined))
        mentions = self._mentions[1]
        if mentions is not None:
            # An ASCII message is searched in lower case when case does not count anyway: the same match.
            probe = text.lower() if text.isascii() and mentions.flags & re.IGNORECASE else text
            if mentions.search(probe) is None:
                return []
        return [c for c in cautions.values() if c.applies(text)]

    def _past_cautions(self, text: str, result: SearchResult, stated: list[Caution],
                       context: str | None = None) -> SearchResult:
        """Look past a stated condition when it alone made the message ambiguous; its caution comes first anyway.

        "I'm 70 with osteoporosis, can I use a massage gun?" is torn between the massage-gun entry and
        the "when not to massage" one; without the condition it asks about the gun.
        """
        # A caution about where or with what ("a massage gun on the neck") is no condition of the person: it comes
        # first, and the message is searched as it is.
        stated = [c for c in stated if c.id not in _SITE_CAUTIONS]
        # A condition the knowledge base has no caution for ("I have asthma, is it ok to massage my back") is the
        # question's context as well, when what is left asks about massaging (``context``, :meth:`_condition`): it
        # is read without it, like a caution's.
        # "25 weeks pregnant, can my husband massage my back?": the entry about the condition itself, when it
        # is in the running, fits the person better than a general one with a caution on top.
        # Not when it asks how often, how long or when: "slipped disc, how often can I massage?" is answered by the
        # frequency entry, the disc's caution first.
        own = [m for m in (result.best, *result.alternatives) if m is not None and m.score >= self.index.match_cutoff
               and any(m.entry.id in c.not_for for c in stated)]
        if own and not _HOW_OFTEN.search(text):  # a second question's answer stays ("... and what about heat")
            return SearchResult(own[0], tuple(m for m in result.alternatives if m is not own[0]),
                                tuple(m for m in result.also if m.entry.id != own[0].entry.id))
        if not stated and (context is None or result.best is not None and result.best.entry.id == CONDITION_TOPIC):
            return result  # with no caution to say it, the entry about massaging with a condition stays
        stripped = text if context is None else context
        for caution in stated:
            for pattern in caution.patterns:  # whole words: "osteopor" takes "osteoporosis" with it
                stripped = re.sub(rf"\w*(?:{pattern.pattern})\w*", " ", stripped, flags=re.IGNORECASE)
        if stripped == text:
            return result
        # "a week after spinal surgery" says when, not how often: the time since the condition asks nothing.
        stripped = _SINCE_CONDITION.sub(" ", stripped)
        again = self.index.find(stripped)
        general = self.kb.entry(CONDITION_TOPIC)
        # What the question itself asks, when a story comes before it: "I have osteoporosis but no pain, just want to
        # loosen up. is massage safe for me?" asks whether it is safe, whatever the story says it is for.
        pieces = parts.split(stripped)
        asking = [p for p in pieces if parts.asks(stripped, p)]
        # (Not when the caution is the question itself, "is that sciatica": the story is then what is asked about.)
        question = " ".join(asking) if 0 < len(asking) < len(pieces) and not any(
            c.id in _ASKED_CAUTIONS for c in stated) else stripped
        specific = self.index.specific_stems(question) - _NOT_SPECIFIC - _WHERE_ON_BACK
        if _HOW.search(question):  # a question of how, not whether: "how do I massage my lower back"
            specific |= frozenset(self.index.query_stems(question)) & _WHERE_ON_BACK
            if _OWN_BACK.search(question):
                specific |= {"own"}
        if _WHEN_ASKED.search(question):  # "what is the best time of day to massage my back"
            specific |= {"time"}
        if general is not None and not specific:
            # Without the condition the message asks nothing specific: "I take warfarin, can I still massage my
            # back?" asks whether to massage, which the entry about massaging with a condition answers (its
            # caution comes first); "osteoporosis and a sore back" keeps what the whole message found, and a
            # message that is not about backs at all ("my dog is on warfarin") stays unanswered.
            if result.best is not None and (result.best.entry.id == general.id
                                            or _MASSAGE not in self.index.query_stems(stripped)):
                return result
            found = [m for m in (result.best, *result.alternatives, again.best, *again.alternatives) if m is not None]
            if not found:
                return result
            return SearchResult(Match(general, max(max(m.score for m in found), self.index.match_cutoff)), ())
        if result.best is None:
            return again if again.best is not None else result
        # The condition alone may have picked a general entry (when not to massage): the caution says that part,
        # so a confident answer to what is asked besides it fits better.
        best = again.best
        if best is not None and best.entry.id != result.best.entry.id and best.score >= self.index.confident:
            return again
        return result

    def condition_context(self, text: str) -> str | None:
        """Return what ``text`` asks without the health condition it states as the person's own, when that
        condition is read as the question's context (for ``ask --explain``); None when it states none."""
        return self._condition(text)

    def _condition(self, text: str) -> str | None:
        """Return ``text`` without the conditions it states as the person's own, when what is left asks about
        massaging (their back, or with a tool) and is about back care; otherwise None.

        "I have asthma, is it ok to massage my back": "is it ok to massage my back" is what is asked, with asthma as
        its context. "I have asthma, which inhaler is best" asks nothing about massaging, and "my dog has diabetes,
        can I massage him" states no condition of the person's: both stay what they are.
        """
        stripped = conditions.without(text)
        if stripped == text:
            return None
        reading = self.index.read(stripped)
        oil = bool(_OIL.search(stripped)) and not _ELSEWHERE.search(text)
        if (_MASSAGING.isdisjoint(reading.stems) and not oil) or not any(parts.asks(stripped, p)
                                                                          for p in parts.split(stripped)):
            return None
        if standing(reading.words, off_domain(list(reading.words))):  # "massage my dog's back": the dog's
            return None
        found = self.index.find(stripped)
        return stripped if found.best is not None or found.alternatives else None

    def _courtesy(self, text: str) -> Reply | None:
        """Return the reply to thanks, a goodbye or a greeting with words around it that the search found nothing in.

        "Thank you so much sir, God bless you": thanks. "Hello sir, what all you can do?": what the rest asks.
        """
        m = _COURTESY.match(text)
        if m is None or m.lastgroup is None:
            return None
        rest = re.sub(rf"^(?:[\W_]*\b(?:{'|'.join(_FILLERS)})\b)*", "", text[m.end():], flags=re.IGNORECASE)
        if "?" in rest or any(parts.asks(rest, p) for p in parts.split(rest)):
            found = self.index.find(rest).best
            return None if found is None else self._answer(found.entry, found.score, Assessment(Level.NONE), None,
                                                           rest)
        entry = self.kb.entry(_COURTESY_TOPICS[m.lastgroup])
        return None if entry is None else self._answer(entry, 100.0, Assessment(Level.NONE), None)

    def _by_parts(self, text: str, result: SearchResult) -> SearchResult:
        """Answer a message that is unsure as a whole when one of its questions, alone, is clearly answered.

        "my back hurts when I bend over and also how long should I massage for": the two halves pull the whole
        message two ways; each half alone is clear.
        """
        if result.best is not None or not result.alternatives:
            return result
        pieces = parts.split(text)
        if len(pieces) < 2:
            return result
        found = [(p, self.index.find(p).best) for p in pieces]
        sure = [(p, m) for p, m in found
                if m is not None and not m.entry.is_smalltalk and m.score >= self.index.confident]
        asked = [m for p, m in sure if parts.asks(text, p)]
        if not asked:
            return result
        first = asked[0]
        others = [m for _, m in sure if m.entry.id != first.entry.id]
        return SearchResult(first, (), tuple(others[:1]))

    def _whose(self, text: str, result: SearchResult, reading: Reading) -> SearchResult:
        """Answer what a message about someone else's back asks, and how to massage another person after it.

        The person's words ("my husband", "his back") pull towards the entry for massaging someone else however
        specific the question: "my husband has a knot in his back, should I press on it?" asks about a knot, as
        "I have a knot in my back" would. Told as the writer's own, a message that confidently asks for another
        entry gets that entry first; one that asks nothing more keeps the entry for someone else.
        """
        best = result.best
        if best is not None and best.entry.id == OWN_TOPIC and (others := self.kb.entry(OTHERS_TOPIC)) is not None \
                and idioms.SOMEONE_ELSE in reading.words:
            # "how do I rub her back gently?" after naming her: how to massage one's own back does not answer it.
            return SearchResult(Match(others, best.score), result.alternatives, result.also)
        if best is None or best.entry.id != OTHERS_TOPIC:
            return result
        told = " ".join(idioms.as_own(words(text)))
        own = self.index.find(told).best
        # ... when it asks something that the entry for someone else does not ("how gently", "her sore back" do not).
        if own is None or own.entry.id in (OTHERS_TOPIC, OWN_TOPIC) or own.entry.is_smalltalk \
                or own.score < self.index.confident \
                or not self.index.specific_stems(told) - self.index.entry_stems(OTHERS_TOPIC):
            return result
        return SearchResult(own, result.alternatives, (best, *(m for m in result.also if m.entry.id != own.entry.id)))

    def _compared(self, text: str, result: SearchResult) -> SearchResult:
        """Answer both sides of a comparison ("tennis ball or foam roller?") when each is an entry of its own.

        The comparison may be one question of two ("tennis ball or foam roller, which is better, and how long..."):
        its sentence is the one compared, and the other question's answer stays.
        """
        best = result.best
        if best is None or best.entry.is_smalltalk or _WHEN_OR.search(text):
            return result
        compared = [p for p in parts.split(text) if len(_OR.split(p)) == 2]
        sides = _OR.split(compared[0] if compared else text)
        if len(sides) != 2:
            return result
        first = self.index.find(sides[0]).best
        if first is None:  # a side that finds nothing: nothing to add (the other side is not searched)
            return result
        found = [first, self.index.find(sides[1]).best]
        ids = [m.entry.id if m is not None else None for m in found]
        answered = {best.entry.id, *(m.entry.id for m in result.also)}
        if answered.isdisjoint(ids) or ids[0] == ids[1] or None in ids:
            return result
        other = next((m for m in found if m is not None and m.entry.id not in answered), None)
        if other is None or other.entry.is_smalltalk or other.score < self.index.confident:
            return result
        return SearchResult(best, result.alternatives, (*result.also, other))

    def _past_length(self, text: str, result: SearchResult, today: dt.date) -> SearchResult:
        """Read a stated length of pain as a length, not as a question about weeks or time.

        "back pain for 6 weeks" asks neither how often to massage nor about pregnancy weeks: the message is read
        without the length. A length under about 12 weeks ("for a month") is not chronic: the entry for pain now
        answers it, never the chronic-pain one; from 12 weeks on the chronic-pain entry fits better than "most back
        pain gets better within a few weeks".
        """
        if not _PAIN.search(text):
            return result
        low = text.lower()
        # "22 weeks and my back is killing me", "my wife is 7 months": how far along someone is, not how long it hurt.
        found = [d for d in durations.find(low, today) if d.kind in ("length", "start")
                 and not (_STATE_BEFORE.search(low[:d.start]) and not _LENGTH_AFTER.match(low[d.end:]))]
        if not found or len(low) != len(text):
            return result
        stripped = text
        for d in sorted(found, key=lambda d: -d.start):
            stripped = f"{stripped[:d.start]} {stripped[d.end:]}"
        chronic = max(d.days for d in found) >= durations.CHRONIC_DAYS
        if result.best is not None and result.best.entry.id == (CHRONIC_TOPIC if chronic else NOW_TOPIC):
            return result  # the length is what picked the entry for it, and rightly
        again = self.index.find(stripped)
        if again.best is None and result.best is None and not again.alternatives and not result.alternatives:
            return result  # "my knee has hurt for a month": not about backs
        best = again.best
        if best is None or best.entry.id in (NOW_TOPIC, CHRONIC_TOPIC):
            wanted = self.kb.entry(CHRONIC_TOPIC if chronic else NOW_TOPIC)
            if wanted is None:
                return result
            scores = [m.score for m in (best, result.best, *again.alternatives) if m is not None]
            return SearchResult(Match(wanted, max([*scores, self.index.match_cutoff])), (), again.also)
        return again

    def _other_language(self, code: str, country: str | None, assessment: Assessment | None = None) -> Reply:
        """Return "I can only answer in English for now" in the message's language, with two examples.

        The triage reads English only, so the reply first names the emergency number, in English, in case the
        message described one ("je ne peux plus contrôler ma vessie").  A long-term condition the triage did read
        ("un brote de lupus") keeps its referral after it (``assessment``, chronic at most).
        """
        examples = self._examples()[:2]
        text = (f"(If this is an emergency, call {numbers_for(country).emergency}.)\n\n"
                f"{language.english_only_text(code)}")
        if assessment is not None and assessment.level is Level.CHRONIC:
            chronic = self._with_safety(ReplyKind.OTHER_LANGUAGE, text, None, 0.0, assessment, examples, country)
            return replace(chronic, language=code)
        return Reply(ReplyKind.OTHER_LANGUAGE, text, None, 0.0, Level.NONE, examples, language=code)

    def _with_safety(self, kind: ReplyKind, text: str, topic: str | None, score: float,
                     assessment: Assessment, suggestions: tuple[Suggestion, ...], country: str | None) -> Reply:
        """Put the safety note into the text: urgent and emergency advice first, the referral after the answer."""
        level = assessment.level
        note = safety_note(self.kb, assessment, country)
        if level >= Level.URGENT:
            if kind is ReplyKind.NO_MATCH:  # no massage examples to someone who needs help now
                text, suggestions = note, ()
            elif kind is ReplyKind.ANSWER:  # the advice says to hold off: the answer is for afterwards, not a "yes"
                after = AFTER_A_DOCTOR if assessment.subject == "self" else AFTER_A_DOCTOR_OTHER
                text = f"{note}\n\n{after}\n\n{text}"
            else:
                text = f"{note}\n\n{text}"
        elif level is Level.CHRONIC:
            text = note if kind is ReplyKind.NO_MATCH else f"{text}\n\n{note}"
        return Reply(kind, text, topic, score, level, suggestions)

    def _examples(self) -> tuple[Suggestion, ...]:
        examples = [e for t in EXAMPLE_TOPICS if (e := self.kb.entry(t)) is not None]
        if not examples:
            examples = [e for e in self.kb.entries.values() if not e.is_smalltalk][:3]
        return tuple(Suggestion(e.id, e.question) for e in examples)

    def _no_match_text(self) -> str:
        return ("Sorry, I only know about back care and self-massage, so I can't help with that. "
                "You could ask one of the questions below.")

    def _empty_text(self) -> str:
        return "Send me a question about your back or self-massage, or tap one below."


def _any_of(cautions: dict[str, Caution]) -> re.Pattern[str] | None:
    """Return one pattern that matches a text when any caution's pattern does, or None when they cannot be joined."""
    patterns = [p for c in cautions.values() for p in c.patterns]
    if not patterns or len({p.flags for p in patterns}) != 1 or any(_BY_GROUP.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:  # a pattern that only works alone (a flag of its own, a group name used twice)
        return None
