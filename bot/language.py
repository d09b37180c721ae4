"""Tell a message in another language from English, and say in that language that the bot answers in English.

Most messages are plainly English (most of their words are English words), and for them nothing is
loaded.  A message in another script is told by its letters; a Latin-script message that is not
plainly English goes to ``lingua`` (low-accuracy mode, the few languages below), loaded on first use:
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


def detect(text: str) -> str | None:
    """Return the ISO 639-1 code of the language of ``text`` when it is not English, or None."""
    by_script = _script(text)
    if by_script is not None:
        return by_script
    if plainly_english(text) or sum(1 for w in words(text) if not w.isdigit()) < MIN_WORDS:
        return None
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None
    top = values[0]
    code = top.language.iso_code_639_1.name.lower()
    return code if code != "en" and top.value >= MIN_CONFIDENCE else None
