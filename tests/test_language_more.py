"""Languages people write beside the big European ones are told too, in them where the bot can say it.

Irish, Welsh, Scottish Gaelic, Swahili, Yoruba, Hausa, Igbo, Tagalog, Hindi or Urdu in Latin letters, Yiddish in
Latin letters, Haitian Creole, Afrikaans, Vietnamese, Lithuanian, Akan, the Nordic languages, Romanian, Czech,
Hungarian, Finnish and Croatian by their words (and letters); Urdu, Persian,
Nepali and Marathi by their script and words.  English with a
few words of these ("grabe", "yaar", "abeg") stays English.
"""

from __future__ import annotations

import pytest

from bot import language
from bot.dialogue import Dialogue, ReplyKind
from bot.safety import Level


@pytest.mark.parametrize(("text", "code", "phrase"), [
    ("Tá pian i mo dhroim, cad is féidir liom a dhéanamh?", "ga", "mBéarla"),
    ("Oes angen i mi dylino fy nghefn bob dydd?", "cy", "Saesneg"),
    ("Mgongo wangu unauma sana, nifanye nini?", "sw", "Kiingereza"),
    ("Masakit ang likod ko pag nakaupo, ano ang dapat gawin?", "tl", "Ingles"),
    ("meri peeth mein bahut dard ho raha hai, kya karoon?", "hi-Latn", "sirf English"),
    ("Tôi bị đau cổ, có nên xoa bóp không?", "vi", "tiếng Anh"),
    ("Man skauda nugarą, ar galiu masažuoti?", "lt", "angliškai"),
    ("मेरो ढाड धेरै दुख्छ, के गर्ने?", "ne", "अंग्रेजीमा"),
    ("माझी पाठ खूप दुखते, काय करू?", "mr", "इंग्रजीमध्ये"),
    ("میری کمر میں درد ہے، کیا کروں؟", "ur", "انگریزی"),
    ("کمرم درد می‌کند، چه کار کنم؟", "fa", "انگلیسی"),
    ("Hur ofta får jag massera ryggen själv?", "sv", "engelska"),
    ("Jeg har ondt i lænden, hvad kan jeg gøre?", "da", "engelsk"),
    ("Jeg har vondt i korsryggen, hva bør jeg gjøre?", "nb", "engelsk"),
    ("Mă doare spatele când mă aplec, ce să fac?", "ro", "engleză"),
    ("Bolí mě záda v kříži, co s tím mám dělat?", "cs", "anglicky"),
    ("Selkääni sattuu aamuisin, mitä voin tehdä?", "fi", "englanniksi"),
    ("Jako me bole leđa, što mogu raditi?", "hr", "engleskom"),
    ("Nagyon fáj a derekam, mit tegyek?", "hu", "angolul"),
    # Languages without a sentence of the bot's own are told in English.
    ("Ẹ̀yìn mi ń dùn mí, kí ni kí n ṣe?", "yo", "I can only answer in English"),
    ("Ina jin ciwon baya, me zan yi?", "ha", "I can only answer in English"),
    ("Azụ m na-egbu m mgbu, gịnị ka m ga-eme?", "ig", "I can only answer in English"),
    ("Me sisi yɛ me ya, ɛdɛn na menyɛ?", "ak", "I can only answer in English"),
])
def test_a_message_in_another_language_is_told_in_it_where_the_bot_can(dialogue: Dialogue, text: str, code: str,
                                                                       phrase: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code and reply.topic is None, (text, reply)
    assert phrase in reply.text and len(reply.suggestions) == 2


@pytest.mark.parametrize(("text", "code"), [
    ("Je, naweza kutumia foam roller kwenye mgongo wangu kila siku?", "sw"),
    ("foam roller sa likod ko, pwede ba araw-araw?", "tl"),
    ("kya roz tennis ball se kamar ki maalish kar sakte hain?", "hi-Latn"),
])
def test_english_words_inside_another_language_do_not_get_it_answered(dialogue: Dialogue, text: str,
                                                                      code: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code and reply.topic is None, (text, reply)


@pytest.mark.parametrize(("text", "code"), [("Bore da!", "cy"), ("Dia dhuit", "ga"), ("Jambo", "sw"),
                                            ("Kumusta", "tl"), ("Xin chào", "vi")])
def test_a_greeting_alone_in_another_language_is_told(dialogue: Dialogue, text: str, code: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code, (text, reply)


@pytest.mark.parametrize("text", ["Sannu", "Shwmae", "Assalamu alaikum"])
def test_a_greeting_the_bot_cannot_answer_in_gets_the_english_hello(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic == "hello"


@pytest.mark.parametrize("text", ["Salamat po, that helped a lot", "asante sana!", "Diolch yn fawr",
                                  "shukriya, very useful"])
def test_thanks_in_another_language_is_thanks(dialogue: Dialogue, text: str) -> None:
    assert dialogue.respond(text).topic == "thanks", text


@pytest.mark.parametrize("text", [
    "grabe sakit ng likod ko after gym, should I use ice or heat?",
    "bhai my lower back is killing me yaar, any stretches?",
    "abeg my back dey pain me since morning, wetin i fit do?",
    "kamar mein stiffness every morning, is that normal?",
    "the main pain is on one side, is it ok to massage there?",
    "ana told me to roll a tennis ball under my shoulder blade",
])
def test_english_with_words_of_another_language_is_never_told_it_is_one(dialogue: Dialogue, text: str) -> None:
    assert language.foreign(text) is None and language.detect(text) is None, text
    assert dialogue.respond(text).kind is not ReplyKind.OTHER_LANGUAGE


@pytest.mark.parametrize("text", ["Mu selg valutab, mida ma teha saan?", "Më dhemb shpina, çfarë të bëj?"])
def test_a_language_lingua_is_not_given_is_told_in_english_not_in_a_wrong_one(text: str) -> None:
    assert language.detect(text) == "und"
    assert language.english_only_text("und") == language.FALLBACK


def test_the_new_languages_need_no_model() -> None:
    language._detector.cache_clear()
    said = ["Mgongo wangu unauma sana", "Masakit ang likod ko", "Tá pian i mo dhroim", "Mae fy nghefn yn brifo",
            "mujhe kamar mein dard hai", "Tôi bị đau lưng", "Jag har ont i ryggen"]
    assert [language.detect(text) for text in said] == ["sw", "tl", "ga", "cy", "hi-Latn", "vi", "sv"]
    assert language._detector.cache_info().currsize == 0


@pytest.mark.parametrize("text", ["comment", "hindi?", "Dolores"])
def test_a_common_english_word_alone_is_not_another_language(text: str) -> None:
    assert language.by_lexicon(text) is None


@pytest.mark.parametrize(("text", "code"), [("ryggen?", "und"), ("posso massaggiare?", "it"), ("likod", "tl"),
                                            ("kamar dard", "hi-Latn")])
def test_one_or_two_words_tell_their_language_or_that_it_is_one_not_named(text: str, code: str) -> None:
    assert language.by_lexicon(text) == code


@pytest.mark.parametrize(("text", "code", "phrase"), [
    ("Tha mo dhruim goirt bho madainn an-dè, dè bu chòir dhomh?", "gd", "Beurla"),
    ("Ciamar a nì mi suathadh air mo dhruim fhèin?", "gd", "Beurla"),
    ("Do mwen fè m mal depi maten, kisa m ka fè?", "ht", "anglè"),
    ("Eske m ka fè masaj nan do m chak jou?", "ht", "anglè"),
    ("Ek het al 'n week lank rugpyn, wat moet ek doen?", "af", "Engels"),
    ("Hoe gereeld mag ek my onderrug masseer?", "af", "Engels"),
    ("mayn rukn tut mir shtark vey, vos zol ikh ton?", "yi-Latn", "english"),
    ("ken ikh masazhirn mayn rukn yedn tog?", "yi-Latn", "english"),
    ("Cum pot să-mi masez singur zona lombară?", "ro", "engleză"),
    ("Am dureri de spate de trei zile, ce pot face?", "ro", "engleză"),
    ("Boli mnie kręgosłup od tygodnia, co mogę zrobić?", "pl", "angielsku"),
    ("kamar ke neeche dard hai, kya main roz maalish kar sakta hoon?", "hi-Latn", "sirf English"),
    ("kya main hot water bag use kar sakti hoon peeth pe", "hi-Latn", "sirf English"),
    ("An mbeadh sé ceart go leor oighear a chur ar mo dhroim gach oíche?", "ga", "mBéarla"),
    ("Am bu chòir dhomh suathadh a dhèanamh air mo dhruim gach latha?", "gd", "Beurla"),
    ("Do m fè m mal chak maten, èske m ka mete glas?", "ht", "anglè"),
    ("Mgongo unaniuma tangu jana, nifanye nini?", "sw", "Kiingereza"),
])
def test_more_languages_are_told_in_them(dialogue: Dialogue, text: str, code: str, phrase: str) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == code and reply.topic is None, (text, reply)
    assert phrase in reply.text


def test_a_long_term_condition_named_in_another_language_keeps_its_referral(dialogue: Dialogue) -> None:
    reply = dialogue.respond("¿Puedo darme masajes en la espalda si tengo fibromialgia?", country="ES")
    assert reply.kind is ReplyKind.OTHER_LANGUAGE and reply.language == "es" and reply.topic is None
    assert reply.safety is Level.CHRONIC and "solo puedo responder en inglés" in reply.text and "GP" in reply.text


@pytest.mark.parametrize("text", [
    "ken at work swears by a foam roller, is he right?",
    "the main thing is my lower back, how do i ease it",
    "pot of tea and a hot water bottle on my back, good idea?",
    "wat do i do 4 my sore back",
])
def test_english_with_words_those_languages_spell_alike_stays_english(dialogue: Dialogue, text: str) -> None:
    assert language.foreign(text) is None and language.detect(text) is None, text
