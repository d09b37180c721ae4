"""Tell a message in another language from English, and say in that language that the bot answers in English.

Most messages are plainly English (most of their words are English words), and for them nothing is
loaded.  A message in another script is told by its letters.  A short Latin-script message is told by a small
lexicon first: the common words of each language the bot can answer in, and its words for the back, pain and
massage ("mi fa male la schiena", "dor nas costas", "j'ai mal au dos").  Lingua's low-accuracy mode guesses
these wrong or not at all (Italian at 0.55 for the first, Portuguese 0.45 against Spanish 0.42 for the second,
Turkish for the third), and its high-accuracy models cost hundreds of MB.  The lexicon also holds languages
lingua is not given (Irish, Welsh, Swahili, Yoruba, Hausa, Igbo, Tagalog, Hindi and Urdu in Latin letters,
Malay, Vietnamese, the Nordic languages and more), with the letters that tell some of them (Vietnamese's horned
vowels, Yoruba's dotted letters).  A message mostly in one of them is told so even before the search
(:func:`foreign`), unless its English words are grammar ("masakit ang likod ko, what stretches po?" is English
that borrows).  What the lexicon does not settle and is not plainly English goes to ``lingua`` (low-accuracy mode,
the few languages below), loaded on first use: about 0.1 s and 25 MB, which a bot that only ever sees English never
pays (all 49 Latin-script languages would cost 63 MB); its guess is named only when the lexicon backs it, else
"und" and the English sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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
    "ur": "فی الحال میں صرف انگریزی میں جواب دے سکتا ہوں۔ آپ مجھ سے مثال کے طور پر پوچھ سکتے ہیں:",
    "fa": "فعلاً فقط می‌توانم به انگلیسی پاسخ بدهم. می‌توانید برای مثال از من بپرسید:",
    "ne": "अहिलेलाई म अंग्रेजीमा मात्र जवाफ दिन सक्छु। उदाहरणका लागि तपाईं मलाई सोध्न सक्नुहुन्छ:",
    "mr": "सध्या मी फक्त इंग्रजीमध्ये उत्तर देऊ शकतो. उदाहरणार्थ तुम्ही मला विचारू शकता:",
    # Hindi and Urdu as written in Latin letters ("mujhe kamar dard hai"): answered in the same letters.
    "hi-Latn": "Abhi main sirf English mein jawab de sakta hoon. Aap mujhse udaharan ke liye pooch sakte hain:",
    "cy": "Dim ond yn Saesneg y galla i ateb am y tro. Gallwch chi ofyn i mi, er enghraifft:",
    "ga": ("Ní féidir liom freagra a thabhairt ach i mBéarla faoi láthair. "
           "Is féidir leat ceist a chur orm, mar shampla:"),
    "sw": "Kwa sasa ninaweza kujibu kwa Kiingereza tu. Unaweza kuniuliza, kwa mfano:",
    "tl": "Sa ngayon, sa Ingles lang ako makakasagot. Puwede mo akong tanungin, halimbawa:",
    "vi": "Hiện tại tôi chỉ có thể trả lời bằng tiếng Anh. Bạn có thể hỏi tôi, ví dụ:",
    "lt": "Kol kas galiu atsakyti tik angliškai. Galite manęs paklausti, pavyzdžiui:",
    "sv": "Just nu kan jag bara svara på engelska. Du kan till exempel fråga mig:",
    "da": "Lige nu kan jeg kun svare på engelsk. Du kan for eksempel spørge mig:",
    "nb": "Foreløpig kan jeg bare svare på engelsk. Du kan for eksempel spørre meg:",
    "ro": "Deocamdată pot răspunde doar în engleză. Mă poți întreba, de exemplu:",
    "cs": "Zatím umím odpovídat jen anglicky. Můžete se mě zeptat například:",
    "fi": "Toistaiseksi voin vastata vain englanniksi. Voit kysyä minulta esimerkiksi:",
    "hr": "Za sada mogu odgovarati samo na engleskom. Možete me pitati, na primjer:",
    "hu": "Egyelőre csak angolul tudok válaszolni. Kérdezhetsz például ilyeneket:",
    "gd": "Chan urrainn dhomh freagairt ach ann am Beurla an-dràsta. Faodaidh tu faighneachd dhomh, mar eisimpleir:",
    "ht": "Pou kounye a, mwen ka reponn sèlman an anglè. Ou ka mande m, pa egzanp:",
    "af": "Ek kan vir eers net in Engels antwoord. Jy kan my byvoorbeeld vra:",
    # Yiddish as written in Latin letters ("mayn rukn tut mir vey"): answered in the same letters.
    "yi-Latn": "Dervayl ken ikh nor entfern af english. Du kenst mikh fregn, tsum bayshpil:",
}
#: Also the reply to a message in no language at all ("asdfghjkl qwerty zxcv"): lingua's unbacked guess is "und" too.
FALLBACK = ("Sorry, I didn't understand that, or it is in a language I can't read yet: I can only answer in English "
            "for now. You could ask me, for example:")

#: Scripts told by their letters (the first word of a letter's Unicode name); a letter of any other script
#: that is not Latin still says the message is not English ("und": the language is not named).
_SCRIPTS = {"CYRILLIC": "ru", "ARABIC": "ar", "DEVANAGARI": "hi", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja",
            "HANGUL": "ko", "GREEK": "el", "HEBREW": "he", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
            "SINHALA": "si", "TELUGU": "te", "GUJARATI": "gu", "GURMUKHI": "pa", "KANNADA": "kn", "MALAYALAM": "ml",
            "ORIYA": "or", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am", "KHMER": "km", "LAO": "lo",
            "MYANMAR": "my", "TIBETAN": "bo", "SYRIAC": "syr", "THAANA": "dv"}
_UKRAINIAN_LETTERS = frozenset("іїєґ")
#: Words of each Latin-script language people write to the bot in (with a sentence above or not), accents folded
#: ("ç" is "c", "ı" is "i"): its common short words and its words for the back, pain and massage.  Words that are
#: common English words ("me", "no", "die", "hat", "a", "go", "main", "fun") are left out; a word two languages
#: share counts for both.
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
    # Irish
    "ga": "ta bhfuil fuil conas cen ce cathain fath canathaoi mo droim dhroim droma dhroma pian phian tinn "
          "tinneas suathadh shuathadh suaithireacht muineal gualainn guailli ag agus agam orm liom leat "
          "duit dhuit dia maidin mhaith raibh maith agat nios fearr feidir fheidir ni nach oighear uisce fuar "
          "laimh lamh taobh iochtair uachtair bheith deanaim dheanamh ba cheart ceart mba mbeadh slan gach leor "
          "seachtain inne",
    # Welsh
    "cy": "mae fy nghefn cefn gefn yn brifo poen boen poenus tylino ar ol beth sut pam pryd ddylwn dylwn alla "
          "galla gallaf gallwn allaf wneud gwneud gwaelod gwddf ysgwydd ysgwyddau asgwrn diolch bore da "
          "prynhawn noswaith dda shwmae sydd ydy ydw oes dw dwi rwy rydw wedi gyda heb hefyd iawn ond neu ei "
          "eich bod yr mewn efo ydi hwn yma rhaid angen ddim",
    # Swahili
    "sw": "je ni nina una ana kuna sana mgongo mgongoni kiuno kiunoni maumivu uchungu inauma naumwa nauma kuuma "
          "masaji kukanda kumkanda kanda kuchua nawezaje naweza unaweza vipi gani kwa nini lini wangu yangu "
          "changu langu mke mume mjamzito vizuri kutumia barafu maji baridi habari jambo asante hujambo sijambo "
          "shingo bega mabega ya wa za katika hapa pia lakini mimi wewe yeye kila siku mara ngapi nifanye "
          "tafadhali ndiyo hapana unaniuma inaniuma tangu wiki iliyopita kwenye moto",
    # Yoruba (tones folded)
    "yo": "se mo le fi ororo ra eyin mi emi iwo ni ti si pelu bawo kini nitori ki ba dun irora egungun ifowora "
          "ifarapa wo je ko rara beeni daadaa dada ese ekaaro ekasan ekale jowo abi sugbon ati ninu yi yii naa "
          "wa awa omi gbona tutu yinyin epo orun ejika ibadi lojoojumo igba melo nko emelo",
    # Hausa
    "ha": "sau nawa ya kamata yi tausa baya bayana bayata mako ina kana kina zan zai iya ciwo ciwon yaya mene "
          "menene wane wace yaushe saboda da ba na ne ce kuma amma ko ni shi ita sannu nagode gode kwana lafiya "
          "yau gobe jiya ruwa zafi sanyi kankara wuya kafada kugu jikina jiki",
    # Igbo (tones and dots folded)
    "ig": "kedu ka ga esi hia azu onwe nonwe mu gi ya anyi unu na nke bu di ihe ebee gini olee mgbe maka nihi "
          "nwere enwere ahu mgbu egbu oria ukwu olu ubu daalu ndewo ututu oma biko nwoke nwanyi mmiri oku oyi "
          "kwesiri kwa ubochi",
    # Tagalog
    "tl": "pwede puwede ba gumamit ng sa likod ang ko mo ako ikaw siya ito iyan yung yun mga na naman po opo "
          "hindi oo paano bakit ano kailan saan sakit masakit sumasakit nananakit hilot masahe magpahilot "
          "magmasahe gamitin gawin dapat kailangan araw gabi umaga salamat maraming kumusta kamusta meron wala "
          "walang akin aking ka kayo namin natin talaga sobra sobrang ngayon kasi pero ay baywang balakang leeg "
          "balikat binti paa mainit malamig yelo langis buntis asawa nangangalay ngalay tuwing lagi palagi "
          "gulugod",
    # Hindi and Urdu in Latin letters
    "hi-Latn": "mujhe mujhko mujhse mera meri mere hai hain hoon hu hun tha thi kya kyun kyon kaise kaisa kab "
               "kahan kitna kitni kitne kar karo karna karu karoon karein kare sakta sakti sakte mein ki ka ke "
               "ko se aur ya nahi nahin nhi bahut bohot bhot bhi sirf kuch koi dard kamar kamr peeth gardan "
               "kandha kandhe maalish malish maalis garam thanda thandi pani paani laga lagana lagaun raha rahi "
               "rahe gaya gayi hua hui raat subah shaam baar roz rozana haan accha acha theek thik dhanyavaad "
               "dhanyawad shukriya shukria aap tum mai apni apna apne khud sikai dawai dawa ilaaj ilaj chahiye "
               "behtar chaiye liye wala wali pe akdan akdi dukh",
    # Malay and Indonesian
    "ms": "saya aku sakit punggung pinggang belakang tulang boleh bisa bagaimana macam mana cara apakah apa ada "
          "tidak tak nggak gak untuk dengan yang dari ini itu sudah belum mau ingin pijat pijit urut berapa "
          "kali sehari seminggu hari minggu terima kasih selamat pagi siang malam tolong leher bahu kaki panas "
          "dingin minyak hamil kenapa mengapa bila kapan",
    # Lithuanian
    "lt": "kaip nugara nugarai nugaros skauda skausmas masazas masazuoti pasimasazuoti masazo mano ar "
          "kodel kada galiu labas sveiki aciu yra ir kai",
    # Vietnamese (its accents folded; its letters tell it too)
    "vi": "lam sao xoa bop nha toi ngay nen dau qua ngoi viec phong moi khong duoc minh cua voi cho nhu "
          "nhung gi nao bao lau lan mot tu xin chao",
    # Swedish
    "sv": "jag har ont ryggen rygg ryggont smarta smartor nacken axeln axlarna massera massagen hur kan ska mig "
          "mitt mina vad varfor nar ofta efter och att det ar inte tack hej gora borja ligga sova varje dag "
          "ryggraden nedre ovre",
    # Danish
    "da": "jeg har ondt ryggen ryg rygsmerter smerter nakken skulderen massere hvordan kan skal mig mit hvad "
          "hvorfor hvornar siden efter og det er ikke tak hej hver dag lige laenden",
    # Norwegian
    "nb": "jeg har vondt ryggen rygg ryggsmerter smerter nakken skulderen massere hvordan kan skal meg mitt hva "
          "hvorfor nar ofte siden etter og det er ikke takk hei gjore hver dag korsryggen",
    # Romanian
    "ro": "ma doare spatele spate spatelui durere dureri masaj masez masa gatul umarul sa fac ce cand des dupa "
          "si este nu mi imi meu mea multumesc buna ziua zile trei foarte pentru pot poti singur cu minge de "
          "saptamana gheata caldura folosesc bine sau cum ar trebui zi noapte lombar dimineata",
    # Scottish Gaelic
    "gd": "tha mo dhruim druim dhroma goirt goirteas pian phian ciamar carson cuin ciod choir dhomh dheanamh "
          "suathadh shuathadh suathaidh fhein thu sinn agus chan eil bheil robh bho chionn seachdain latha oidhche "
          "madainn mhath tapadh leat leibh feumaidh faodaidh faod urrainn nam nad gle fada agam orm dhut dhuibh "
          "gortachadh gortaich cnamh ceart leor gach gu cho",
    # Haitian Creole
    "ht": "mwen ou nou fe mal anpil kisa kijan kouman koman ka kapab eske doule depi jodi chak jou masaj mase frote "
          "pou avek ak gen genyen bezwen mesi bonjou bonswa tanpri kounye kounyeya dwe vant tet ko pye janm zepol "
          "ren ap te fret cho glas sa ki le maten leve sou mete",
    # Afrikaans
    "af": "ek jy ons hulle nie het kan moet sal wil rug rugpyn onderrug pyn seer baie hoe wat waarom hoekom "
          "wanneer gereeld masseer vryf eie van die vir met doen dankie asseblief goeie nek skouer skouers heup "
          "oefeninge strek ys hitte koud werk ook maar elke",
    # Yiddish in Latin letters
    "yi-Latn": "mayn mayne maynem rukn ruken rikn tut vey vos vi ven farvos ikh hob hobn zol zoln ken kenen kenst "
               "nisht shlekhtn shlekht masazhirn masazh masirn der un oykh shoyn zeyer danken sholem aleykhem mikh "
               "dikh oyf tog teg vokh nakht morgn vu veyt gevorn vaytik shmerts",
    # Czech
    "cs": "boli mne zada zad bolest bolesti masaz masirovat krk rameno jak mohu muzu mam delat proc kdy casto "
          "uz od po je ne mi moje muj dekuji ahoj dobry kazdy",
    # Hungarian
    "hu": "faj hatam derekam fajdalom fajdalmat masszazs masszirozni nyakam vallam hogyan mit tegyek lehet kell "
          "miert mikor milyen gyakran ota utan es nem koszonom szia jo napot nagyon",
    # Finnish
    "fi": "selka selkaa selkaani selkani sattuu kipu kipua kipeana hieronta hieroa niska olkapaa miten voin "
          "voinko mita tehda miksi milloin kuinka usein jalkeen ja ei minun minulla kiitos hei paivaa todella",
    # Croatian, Bosnian and Serbian in Latin letters
    "hr": "boli bole leda ledja ledima bol bolovi masaza masirati vrat rame kako mogu sto sta da radim zasto "
          "kada koliko cesto nakon od je nije mi moja moje moj hvala bok dobar jako",
    # Akan (Twi, Fante)
    "ak": "sisi medaase akwaaba mepa kyɛw ɛte sɛn sɛ yɛ ɛyɛ ebeyɛ bɛyɛ dɛ dee",
}.items()}
#: Letters that only some languages write, and those languages: a word with one of them counts as a word of each
#: (Vietnamese's stacked accents and horned vowels; Yoruba's dotted s and e; Igbo's dotted i and u; Hausa's hooked
#: letters; the open e and o of Akan and its neighbours).  The dotted o is Yoruba's and Igbo's both.
_LETTERS: dict[str, frozenset[str]] = {
    "vi": frozenset("ơưăđ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA)) + "ƠƯĂĐ") - frozenset("ẸẹỌọỊịỤụ"),
    "yo": frozenset("ṣṢẹẸọỌ"),
    "ig": frozenset("ịỊụỤọỌṅṄ"),
    "ha": frozenset("ɓƁɗƊƙƘƴƳ"),
    "ak": frozenset("ɛƐɔƆ"),
}
#: A message this short (in words) may be told by one word of a lexicon that is a back, pain or massage word.
_ONE_WORD_MAX = 2
_LEXICON_SHARE = 0.4
#: Before the search, a message is another language's only when that language's words are at least this many, at
#: least this share of its words, and at least twice its English words ("Pwede ba gumamit ng massage gun sa
#: likod?"); English with a few words of another language stays English ("nangangalay ang binti ko when i sit on
#: the floor, why?", "kamar akad gayi hai, cant move properly").
_FOREIGN_MIN, _FOREIGN_SHARE = 3, 0.5
#: ... and when its English words are names of things ("massage gun", "foam roller"), not the words a sentence is
#: built with ("what", "how", "can", "my": this common or more), which make it English that borrows words
#: ("masakit ang likod ko, what stretches po?").
_GRAMMAR_ZIPF = 5.5
#: Words of a language's own grammar that are spelt as common English words, not counted as English grammar among
#: that language's words: Hindi's "main" (I), "to" (then), "par" (on) in "kya main garam pani laga sakta hoon".
_OWN_GRAMMAR: dict[str, frozenset[str]] = {"hi-Latn": frozenset("main to par use".split())}
#: The lexicon's words that by themselves say the language ("schiena", "costas", "rückenschmerzen"): five letters
#: or more, of one language only, and no common English word ("comment", "della", "hindi").
_SHARED = frozenset(w for code, ws in _LEXICON.items() for w in ws
                    if any(w in other for c, other in _LEXICON.items() if c != code))
_TELLING = {code: frozenset(w for w in ws if len(w) >= 5 and w not in _SHARED) for code, ws in _LEXICON.items()}
_COMMON_ENGLISH_ZIPF = 3.0
_CODES = tuple(dict.fromkeys([*_LEXICON, *_LETTERS]))
#: Each word of a lexicon, and the languages it is a word of.
_WHERE: dict[str, tuple[str, ...]] = {}
for _code, _ws in _LEXICON.items():
    for _w in _ws:
        _WHERE[_w] = (*_WHERE.get(_w, ()), _code)
_FOLD = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})
_LATIN_LANGUAGES = ("ENGLISH", "SPANISH", "GERMAN", "FRENCH", "ITALIAN", "PORTUGUESE", "DUTCH", "POLISH", "TURKISH")
#: A word of letters (and the accents that follow them, which Unicode may keep apart: Yoruba's "ẹ̀yìn").
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_ASCII_WORD = re.compile(r"[a-z]+")
_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4\u02bc]")
#: Arabic-script letters of Urdu, then of Pashto, then of Persian (which Urdu and Pashto write too).
_URDU_LETTERS = frozenset("ٹڈڑںےہھ")
_PASHTO_LETTERS = frozenset("ټډړږښځڅېۍګڼ")
_PERSIAN_LETTERS = frozenset("پچژگکی")
#: Common words of the languages written in Devanagari besides Hindi (Hindi when neither has more).
_DEVANAGARI_WORDS = {
    "ne": frozenset("छ छु छन् छौं हो हुन्छ मलाई मेरो गर्न गर्दा गर्ने भयो दुख्छ दुखेको दुखिरहेको छैन कसरी किन कहिले "
                    "तपाईं तपाईंलाई म पनि मात्र धेरै ढाड कम्मर मिल्छ सक्छु सक्नुहुन्छ गर्नुहोस् आफैं".split()),
    "mr": frozenset("आहे आहेत मला माझी माझा माझे माझ्या नाही करू करावे करावी कसे कसा काय पाठ पाठीत दुखते दुखत "
                    "आणि पण खूप मी तुम्ही".split()),
    "hi": frozenset("है हैं में मैं क्या नहीं का की के को से कैसे मेरी मेरा मुझे कर करूँ सकता सकती हूँ पीठ कमर दर्द "
                    "बहुत और भी".split()),
}


def english_only_text(language: str) -> str:
    """Return "I can only answer in English for now" in ``language`` (an ISO 639-1 code), or in English."""
    return ENGLISH_ONLY.get(language, FALLBACK)


def _script(text: str) -> str | None:
    """Return the language told by a non-Latin script that most letters are in, or None for Latin."""
    if text.isascii():
        return None
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
    if code == "ar":
        letters = set(text)
        return next((c for c, telling in (("ur", _URDU_LETTERS), ("ps", _PASHTO_LETTERS), ("fa", _PERSIAN_LETTERS))
                     if telling & letters), "ar")
    if code == "hi":
        ws = re.findall(r"[\u0900-\u0963\u0966-\u097f]+", text)
        hits = {c: sum(w in said for w in ws) for c, said in _DEVANAGARI_WORDS.items()}
        best = max(hits, key=hits.__getitem__)
        return best if hits[best] > hits["hi"] else "hi"
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


def _words(text: str) -> list[str]:
    """Return the words of ``text`` in lower case, apostrophes dropped ("j'ai" is "jai"), accents kept."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower().replace("'", "").replace("`", ""))
    return _WORD.findall(_APOSTROPHES.sub("", unicodedata.normalize("NFC", text).casefold()))


def _hits(ws: list[str]) -> list[tuple[int, str]]:
    """Return, best first, how many of the words ``ws`` each language has (by its lexicon or its letters)."""
    counts: dict[str, int] = {}
    for w in ws:
        if w.isascii():
            codes: Iterable[str] = _WHERE.get(w, ())
        else:
            codes = {*_WHERE.get(_folded(w), ()), *(code for code, letters in _LETTERS.items()
                                                    if not letters.isdisjoint(w))}
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
    return [*sorted(((n, code) for code, n in counts.items()), reverse=True), (0, ""), (0, "")]


def _english(ws: list[str], code: str) -> list[str]:
    """Return the words of ``ws`` that are English words (or chat spellings) and no word of ``code``'s lexicon."""
    known, lexicon = english_words(), _LEXICON.get(code, frozenset())
    return [w for w in ws if _folded(w) not in lexicon and (w in known or w in CHAT_WORDS)]


def _told(ws: list[str]) -> str | None:
    """Return the language that the one or two words ``ws`` tell by themselves, or None.

    A word of five letters or more, of a lexicon, and no common English word tells its language; one that
    neighbours share ("ryggen", "sakit", "posso") tells the language the other word names too, or else that the
    message is in a language not named ("und").  An English word of no lexicon keeps the message English.
    """
    folded = {_folded(w) for w in ws}
    known = english_words()
    telling = [set(_WHERE[w]) for w in folded
               if len(w) >= 5 and w in _WHERE and (known.zipf(w) or 0.0) < _COMMON_ENGLISH_ZIPF]
    if not telling:
        return None
    named = set.union(*telling)
    if any(w in known and named.isdisjoint(_WHERE.get(w, ())) for w in folded):
        return None
    both = set.intersection(*telling)
    return next(iter(both)) if len(both) == 1 else "und"


def by_lexicon(text: str) -> str | None:
    """Return the language whose common words most of a short message is (see _LEXICON), or None.

    At least two words of that language and more than of any other, and at least two in five of the message's
    words, and more than its English words that are no word of the lexicon ("my back hurts, ciao", "kamar akad
    gayi hai, cant move properly" stay English); or, in a message of one or two words, one word that tells the
    language by itself.
    """
    ws = _words(text)
    if not ws:
        return None
    hits = _hits(ws)
    (best, code), (second, _) = hits[0], hits[1]
    if best >= 2 and best > second and best >= _LEXICON_SHARE * len(ws) and best > len(_english(ws, code)):
        return code
    return _told(ws) if len(ws) <= _ONE_WORD_MAX else None


def foreign(text: str) -> str | None:
    """Return the language of a message that is plainly not English, whatever English words the search may find.

    Its script says so, or the words of one language are most of it, outnumber its English words two to one, and
    those are no grammar words of English (see _FOREIGN_MIN).  Asked before the search; :func:`detect` is asked
    only when nothing was found.
    """
    by_script = _script(text)
    if by_script is not None:
        return by_script
    ws = _words(text)
    hits = _hits(ws)
    (best, code), (second, _) = hits[0], hits[1]
    if best < _FOREIGN_MIN or best <= second or best < _FOREIGN_SHARE * len(ws):
        return None
    own = _OWN_GRAMMAR.get(code, frozenset())
    english = [w for w in _english(ws, code) if w not in own]  # "kya main heating pad use kar sakta hoon"
    known = english_words()
    if best < 2 * len(english) or any((known.zipf(w) or 0.0) >= _GRAMMAR_ZIPF for w in english):
        return None
    return code


def detect(text: str) -> str | None:
    """Return the language code of ``text`` when it is not English, or None.

    ISO 639-1 codes, "hi-Latn" for Hindi or Urdu in Latin letters, and "und" for a language not named: lingua
    only knows the few languages above, so its guess is taken only when two words of that language's lexicon (or
    one that tells it) back it: a Welsh, Swedish or Croatian message is not answered in Spanish or Portuguese.
    """
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
    if code == "en" or top.value < MIN_CONFIDENCE:
        return None
    folded = {_folded(w) for w in _words(text)}
    backed = len(folded & _LEXICON[code]) >= 2 or not folded.isdisjoint(_TELLING[code])
    return code if backed else "und"
