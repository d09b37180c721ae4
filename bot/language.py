"""Tell a message in another language from English, and say in that language that the bot answers in English.

Most messages are plainly English (most of their words are English words), and for them nothing is
loaded.  A message in another script is told by its letters.  A short Latin-script message is told by a small
lexicon first: the common words of each language the bot can answer in, and its words for the back, pain and
massage ("mi fa male la schiena", "dor nas costas", "j'ai mal au dos").  Lingua's low-accuracy mode guesses
these wrong or not at all (Italian at 0.55 for the first, Portuguese 0.45 against Spanish 0.42 for the second,
Turkish for the third), and its high-accuracy models cost hundreds of MB.  What the lexicon does not settle and
is not plainly English goes to ``lingua`` (low-accuracy mode, the few languages below), loaded on first use:
about 0.1 s and 25 MB, which a bot that only ever sees English never pays.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from bot.search.spelling import english_words
from bot.text import CHAT_WORDS, words

#: A message counts as English when at least this share of its words are English words.
ENGLISH_SHARE = 0.6
#: Below this confidence, lingua's guess is not trusted and the message is treated as English.
MIN_CONFIDENCE = 0.6
#: A Latin-script message shorter than this is taken as English ("whats 17 x 23", "ok thx").
MIN_WORDS = 3

#: "I can only answer in English for now", in the languages the bot can say it in.
ENGLISH_ONLY: dict[str, str] = {
    "es": "Por ahora solo puedo responder en inglés. Puedes preguntarme, por ejemplo:",
    "de": "Ich kann vorerst nur auf Englisch antworten. Du kannst mich zum Beispiel fragen:",
    "fr": "Pour l'instant, je ne peux répondre qu'en anglais. Vous pouvez par exemple me demander :",
    "it": "Per ora posso rispondere solo in inglese. Puoi chiedermi, per esempio:",
    "pt": "Por enquanto só consigo responder em inglês. Você pode me perguntar, por exemplo:",
    "nl": "Ik kan voorlopig alleen in het Engels antwoorden. Je kunt me bijvoorbeeld vragen:",
    "pl": "Na razie mogę odpowiadać tylko po angielsku. Możesz zapytać na przykład:",
    "tr": "Şimdilik yalnızca İngilizce yanıt verebiliyorum. Örneğin şunları sorabilirsiniz:",
    "ru": "Пока я могу отвечать только на английском. Вы можете спросить, например:",
    "uk": "Поки що я можу відповідати лише англійською. Ви можете запитати, наприклад:",
    "ar": "لا يمكنني الرد إلا باللغة الإنجليزية حاليًا. يمكنك أن تسألني مثلًا:",
    "hi": "अभी मैं केवल अंग्रेज़ी में जवाब दे सकता हूँ। आप मुझसे उदाहरण के लिए पूछ सकते हैं:",
    "zh": "目前我只能用英语回答。你可以这样问我：",
    "ja": "今のところ英語でしか答えられません。例えば次のように聞いてください：",
    "ko": "지금은 영어로만 답할 수 있어요. 예를 들어 이렇게 물어보세요:",
    "el": "Προς το παρόν μπορώ να απαντώ μόνο στα αγγλικά. Μπορείτε να με ρωτήσετε, για παράδειγμα:",
    "he": "כרגע אני יכול לענות רק באנגלית. אפשר לשאול אותי, למשל:",
    "th": "ตอนนี้ฉันตอบได้เฉพาะภาษาอังกฤษเท่านั้น คุณลองถามได้ เช่น:",
    "bn": "এখন আমি শুধু ইংরেজিতে উত্তর দিতে পারি। আপনি আমাকে উদাহরণস্বরূপ জিজ্ঞাসা করতে পারেন:",
    "ta": "இப்போதைக்கு என்னால் ஆங்கிலத்தில் மட்டுமே பதிலளிக்க முடியும். உதாரணமாக நீங்கள் என்னிடம் கேட்கலாம்:",
}
FALLBACK = "I can only answer in English for now. You could ask me, for example:"

#: Scripts told by their letters (the first word of a letter's Unicode name); a letter of any other script
#: that is not Latin still says the message is not English ("und": the language is not named).
_SCRIPTS = {"CYRILLIC": "ru", "ARABIC": "ar", "DEVANAGARI": "hi", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja",
            "HANGUL": "ko", "GREEK": "el", "HEBREW": "he", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
            "SINHALA": "si", "TELUGU": "te", "GUJARATI": "gu", "GURMUKHI": "pa", "KANNADA": "kn", "MALAYALAM": "ml",
            "ORIYA": "or", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am", "KHMER": "km", "LAO": "lo",
            "MYANMAR": "my", "TIBETAN": "bo", "SYRIAC": "syr", "THAANA": "dv"}
_UKRAINIAN_LETTERS = frozenset("іїєґ")
#: Words of each Latin-script language the bot can answer in, accents folded ("ç" is "c", "ı" is "i"): its common
#: short words and its words for the back, pain and massage.  Words that are common English words ("me", "no",
#: "die", "hat", "a") are left out; a word two languages share counts for both.
_LEXICON: dict[str, frozenset[str]] = {code: frozenset(ws.split()) for code, ws in {
    "es": "el los las del por para muy tengo tiene estoy como puedo duele dolor dolores espalda cuello hombro "
          "hombros columna masaje masajes masajear mi mis que una desde hace mucho cuando pero donde cual "
          "debo hacer lumbares baja zona mejor quiero necesito ayuda gracias hola si la de y es en se lo",
    "it": "il lo gli della dello nella alla sono ho hai ha mi fa male schiena dolore dolori collo spalla spalle "
          "massaggio massaggi massaggiare che una da per molto quando ma dove posso devo fare bassa "
          "colonna vertebrale lombare mal di la non si e ciao grazie aiuto",
    "pt": "os as da dos das nas nos na no por para muito tenho tem estou como posso doi dor dores costas "
          "pescoco ombro ombros coluna massagem massagens massajar massagear minha meu que uma um com desde "
          "quando mas onde qual devo fazer lombar baixo obrigado obrigada ola de e em se",
    "fr": "le la les de du des au aux je jai suis est mon ma mes tres mal dos douleur douleurs cou epaule epaules "
          "colonne masser une un avec depuis quand mais ou comment puis dois faire bas reins "
          "lombaires merci bonjour aide pour dans et en se ne pas",
    "de": "ich mir mich mein meine meinen tut der das und ist habe hab wie kann soll sehr seit mit nicht rucken "
          "ruckenschmerzen schmerzen schmerz weh nacken schulter schultern wirbelsaule massieren "
          "massiere unteren oberen eine einen wann warum danke hilfe bitte",
    "nl": "ik mijn heb het een en van de rug rugpijn pijn nek schouder schouders masseren wervelkolom "
          "onderrug hoe kan ik moet vaak sinds doet zeer niet wat waarom bedankt dank",
    "pl": "mnie mi moje moj moja jest boli bol bolu plecy plecach plecow kregoslup szyja szyi ramie masaz "
          "masowac masazu jak czy moge od sie nie dlaczego dziekuje czesc pomocy",
    "tr": "ben benim sirt sirtim sirtimda bel belim belimde agri agrim agriyor boyun boynum omuz omzum masaj "
          "masaji nasil ne zaman neden cok var yok mi mu icin ile tesekkurler merhaba",
}.items()}
#: A message this short (in words) may be told by one word of a lexicon that is a back, pain or massage word.
_ONE_WORD_MAX = 2
_LEXICON_SHARE = 0.4
#: The lexicon's words that by themselves say the language ("schiena", "costas", "rückenschmerzen").
_SHARED = frozenset(w for code, ws in _LEXICON.items() for w in ws
                    if any(w in other for c, other in _LEXICON.items() if c != code))
_TELLING = {code: frozenset(w for w in ws if len(w) >= 5 and w not in _SHARED) for code, ws in _LEXICON.items()}
_FOLD = str.maketrans("ıł", "il")
_LATIN_LANGUAGES = ("ENGLISH", "SPANISH", "GERMAN", "FRENCH", "ITALIAN", "PORTUGUESE", "DUTCH", "POLISH", "TURKISH")


def english_only_text(language: str) -> str:
    """Return "I can only answer in English for now" in ``language`` (an ISO 639-1 code), or in English."""
    return ENGLISH_ONLY.get(language, FALLBACK)


def _script(text: str) -> str | None:
    """Return the language told by a non-Latin script that most letters are in, or None for Latin."""
    counts: dict[str, int] = {}
    latin = 0
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin += 1
            continue
        code = _SCRIPTS.get(name.split(" ", 1)[0], "und") if name else "und"
        counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    if n <= latin:
        return None
    if code == "ja" or (code == "zh" and counts.get("ja")):
        return "ja"
    if code == "ru" and _UKRAINIAN_LETTERS & set(text.casefold()):
        return "uk"
    return code


def plainly_english(text: str) -> bool:
    """Return whether most words of ``text`` are English words or chat spellings (no model needed)."""
    ws = [w for w in words(text) if not w.isdigit()]
    if not ws:
        return True
    known = english_words()
    english = sum(1 for w in ws if w.isascii() and (w in known or w in CHAT_WORDS))
    return english >= ENGLISH_SHARE * len(ws)


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LATIN_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _folded(word: str) -> str:
    """Return ``word`` with its accents folded ("pescoço" is "pescoco", "sırtım" "sirtim")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_FOLD)) if not unicodedata.combining(c))


def by_lexicon(text: str) -> str | None:
    """Return the language whose common words most of a short message is (see _LEXICON), or None.

    At least two words of that language and more than of any other, and at least two in five of the message's
    words; or, in a message of one or two words, one word that tells the language by itself.  English words
    that are no word of the lexicon ("my back hurts, ciao") keep a message English.
    """
    ws = [_folded(w) for w in words(text) if not w.isdigit()]
    if not ws:
        return None
    hits = sorted(((sum(w in lexicon for w in ws), code) for code, lexicon in _LEXICON.items()), reverse=True)
    (best, code), (second, _) = hits[0], hits[1]
    if best >= 2 and best > second and best >= _LEXICON_SHARE * len(ws):
        return code
    if len(ws) <= _ONE_WORD_MAX:
        told = [c for c, telling in _TELLING.items() if not telling.isdisjoint(ws)]
        known = english_words()
        if len(told) == 1 and not any(w in known and w not in _LEXICON[told[0]] for w in ws):
            return told[0]
    return None


def detect(text: str) -> str | None:
    """Return the ISO 639-1 code of the language of ``text`` when it is not English, or None."""
    by_script = _script(text)
    if by_script is not None:
        return by_script
    lexicon = by_lexicon(text)
    if lexicon is not None:
        return lexicon
    if plainly_english(text) or sum(1 for w in words(text) if not w.isdigit()) < MIN_WORDS:
        return None
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None
    top = values[0]
    code = top.language.iso_code_639_1.name.lower()
    return code if code != "en" and top.value >= MIN_CONFIDENCE else None
