"""Red flags said in Spanish, French, German, Italian, Portuguese, Polish, Dutch (and its Afrikaans look-alikes),
Hinglish (Hindi and Urdu in Latin letters), Tagalog, Swahili or Malay: a few plain phrasings per flag, and how long
the pain has lasted ("desde hace dos años", "sono mesi che", "do saal se", "desde o carnaval", counted from today by
the triage).

The triage reads English; a message in one of these languages about back pain would otherwise get only
"I answer in English" and the emergency number.  These lexicons find the emergency and urgent signs that
matter most there (NICE NG59 and the NHS pages the English flags follow: cauda equina, both legs, chest
pain, a serious accident, thoughts of ending one's life; fever, unexplained weight loss, a history of
cancer; long-term steroids), in the wording of patient leaflets and standard medical phrase lists in each
language (first person: "no puedo orinar", "je ne sens plus mes jambes", "taub im Genitalbereich", "perdo urina").

Few terms and only plain ones, so that an ordinary question ("¿cómo me doy un masaje en la espalda?")
finds nothing.  Accents are optional (the text is read with them taken off, offsets kept).  A sign that
needs back pain to be a red flag counts only when the message names the back or its pain in that
language; a negation just before a sign denies it ("no tengo fiebre", "pas de fièvre", "kein Fieber").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.matching import Pattern, Screen, fold


def _first_pain(age: str, first: str, pain: str) -> str:
    """An age, then in its sentence a first time said of the pain, no comma between the two: "tengo 16 anos y es la
    primera vez que me duele" (not "tengo 55 anos y es la primera vez que uso una pistola de masaje")."""
    return (rf"{age}[^.!?]{{0,80}}?\b(?:(?:{first})\b[^.!?,;]{{0,30}}?\b(?:{pain})|(?:{pain})\b[^.!?,;]{{0,30}}?"
            rf"\b(?:{first}))\b")


def _child_not_carried(child: str, carry: str) -> str:
    """A child's age in a sentence that does not tell of the writer carrying the child ("me duele la espalda de
    cargar a mi hija de 3 anos": the pain is the writer's, not the child's)."""
    return rf"(?:^|(?<=[.!?]))(?![^.!?]*\b(?:{carry}))[^.!?]*?{child}"


#: Flags that count without the back being named (as in English: chest pain, an accident, ending one's life).
ANYWHERE = frozenset({"chest-pain", "serious-accident", "self-harm"})


@dataclass(frozen=True)
class Lexicon:
    """One language's words: the back and its pain, the negations, and the phrasings of each flag."""

    back: str
    negation: str
    #: "If" opening the find's clause: a question asked in general ("si tengo fiebre, ¿puedo...?").
    conditional: str
    flags: dict[str, tuple[str, ...]]


#: Letters whose accent-free form is not their first decomposed character.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "a", "œ": "o", "’": "'", "‘": "'"})


def plain(text: str) -> str:
    """Return lower-case ``text`` without accents, one character for one (so offsets are kept)."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        low = ch.lower()
        low = (ch if len(low) != 1 else low).translate(_PLAIN)
        out.append(low if low.isascii() else unicodedata.normalize("NFKD", low)[0])
    return "".join(out)


# Every pattern below is written without accents and in lower case, as :func:`plain` leaves the text.

#: Three months or more, and a year or more, in each language's words (a long-lasting pain: about 12 weeks).  The
#: adjective alone ("cronico", "chronique") is left out: it is how a question in general is asked ("il massaggio aiuta
#: con il mal di schiena cronico?").
_LONG_MONTHS = {
    "es": r"[3-9]|1\d|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varios|muchos",
    "fr": r"[3-9]|1\d|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs",
    "de": r"[3-9]|1\d|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf|mehreren|vielen|einigen",
    "it": r"[3-9]|1\d|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|parecchi|molti|diversi",
    "pt": r"[3-9]|1\d|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|varios|muitos",
    "pl": r"[3-9]|1\d|trzech|czterech|pieciu|szesciu|siedmiu|osmiu|dziewieciu|dziesieciu|kilku|wielu",
    "nl": r"[3-9]|1\d|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|een paar|enkele|vele",
}
_YEARS = {
    "es": r"\d+|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos",
    "fr": r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs",
    "de": r"\d+|einem|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|mehreren|vielen|einigen",
    "it": r"\d+|un|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|parecchi|molti|diversi",
    "pt": r"\d+|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|muitos",
    "pl": r"roku|(?:\d+|dwoch|dwu|trzech|czterech|pieciu|szesciu|kilku|wielu|kilkunastu) lat",
    "nl": r"\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|een paar|enkele|vele",
}

_ES = Lexicon(
    back=r"\b(?:espalda|lumbar\w*|lumbago|ciatica|columna|cintura|rinones)\b",
    negation=r"\b(?:no|sin|ni|nunca|tampoco|nada de)\b",
    conditional=r"\b(?:si|en caso de que)\b",
    flags={
        "bladder-bowel": (
            r"\b(?:no (?:puedo|puede|pude|podia|consigo|logro) (?:orinar|hacer pis|hacer pipi|mear)|"
            r"no (?:he|ha) (?:podido )?orinad[oa])\b",
            r"\b(?:se me (?:escapa|sale|salio) (?:la orina|el pis|el pipi|la caca)|me (?:hago|he hecho|hice|orino|"
            r"estoy orinando) (?:pis |pipi |caca )?(?:encima|sin darme cuenta|sola?\b)|incontinencia|perdida de orina|"
            r"no (?:controlo|puedo controlar|aguanto) (?:la vejiga|la orina|el pis|el intestino|los esfinteres)|"
            r"perdi el control de (?:la vejiga|la orina|el intestino|los esfinteres))",
        ),
        "trouble-peeing": (
            r"\b(?:me cuesta (?:mucho )?orinar|dificultad (?:para|al) orinar|retencion (?:de orina|urinaria))\b",
        ),
        "saddle-numbness": (
            r"\b(?:adormecid[oa]s?|dormid[oa]s?|entumecid[oa]s?|insensibles?|hormigueo|no siento (?:nada )?)"
            r"[^.;!?]{0,30}?\b(?:genitales|entrepierna|ingle|gluteos|nalgas|zona intima|perine\w*|ano|"
            r"entre las piernas)\b",
            r"\b(?:genitales|entrepierna|gluteos|nalgas|zona intima|perine\w*)\b[^.;!?]{0,25}?\b(?:adormecid[oa]s?|"
            r"dormid[oa]s?|entumecid[oa]s?|insensibles?|hormigueo|sin sensibilidad)\b",
        ),
        "both-legs": (
            r"\bno (?:siento|puedo mover|siente|puede mover) (?:las|mis|ambas|las dos) (?:dos )?piernas\b",
            r"\b(?:las|mis|ambas|las dos) (?:dos )?piernas (?:estan |se me han |se me )?(?:adormecid\w*|dormid\w*|"
            r"entumecid\w*|paralizad\w*|sin fuerza|no me responden|fallan|flojas|debiles)\b",
            r"\bparalizad[oa] de (?:la )?cintura para abajo\b",
        ),
        "chest-pain": (
            r"\b(?:dolor|presion|opresion|me duele) (?:en el|de|del|el) pecho\b|\bdolor toracico\b|"
            r"\b(?:infarto|ataque (?:al|de) corazon)\b",
        ),
        "serious-accident": (
            r"\baccidente (?:de (?:coche|carro|auto|trafico|transito|moto|bici\w*|trabajo)|grave)\b|"
            r"\b(?:me atropell\w*|atropellad[oa])\b",
            r"\b(?:me cai|se cayo|me he caido|se ha caido|cai)\s+por\s+(?:las |la )?escaleras?\b",
            r"\b(?:me cai|se cayo|me he caido|se ha caido|cai)\s+(?:de|del|desde)\s+(?:la |el |un |una )?(?:escalera|"
            r"tejado|techo|andamio|arbol|caballo|moto|altura|balcon)\b",
        ),
        "self-harm": (
            r"\b(?:quiero|quisiera|me quiero|voy a) (?:morir(?:me)?|matarme|suicidarme|quitarme la vida)\b|"
            r"\bsuicid(?:arme|arse|io|a)\b|\bno quiero (?:seguir )?vivir\b|\bacabar con mi vida\b|"
            r"\bme voy a matar\b|\bganas de morir(?:me)?\b|\bpienso en (?:matarme|quitarme la vida|suicidarme)\b",
        ),
        "fever": (r"\b(?:fiebre|calentura)\b",),
        "weight-loss": (
            r"\b(?:perdido|bajado|adelgazado)\b[^.;!?]{0,25}?\bsin (?:querer|razon|motivo|hacer dieta|buscarlo|"
            r"explicacion)\b",
        ),
        "cancer-history": (r"\b(?:tuve|he tenido|tengo|tenia|antecedentes de) (?:un )?(?:cancer|tumor)\b",
                           r"\bquimio(?:terapia)?\b",),
        "night-pain": (r"\b(?:empeora|peor|aumenta) (?:por|de|en) la noche\b|\bno (?:se )?(?:mejora|alivia|calma|"
                       r"pasa) (?:con|en) (?:el )?(?:reposo|descanso)\b|\bme despierta (?:por la noche|de noche)\b",),
        "steroids": (r"\b(?:corticoides|corticoesteroides|esteroides|cortisona|prednison\w*|prednisolon\w*)\b",),
        # A first back pain told with an age under 20 or over 50 (or a child's any): "tengo 16 anos y es la primera
        # vez"; osteoporosis with a fall.
        "age-onset": (_first_pain(r"\b(?:tengo|tiene|con) (?:1\d|[5-9]\d) anos\b(?! de (?!edad))",
                                  r"primera vez|nunca (?:me|le) habia|nunca (?:he|ha) tenido",
                                  r"duel\w*|dolor\w*|dolid[oa]|lumbago|molest\w*"),
                      _child_not_carried(r"\b(?:hij[oa]|nin[oa])\b[^.!?]{0,20}?\b(?:tiene|de) (?:[2-9]|1[0-2]) anos\b",
                                         r"(?:carg|llev|cog|levant|aup|alz)\w* (?:a|al)\b|en brazos|a cuestas"),),
        "osteoporosis": (r"\bosteoporosis\b[^.!?]{0,60}?\b(?:me cai|se cayo|me he caido|caida|cai)\b|"
                         r"\b(?:me cai|se cayo|me he caido|caida)\b[^.!?]{0,60}?\bosteoporosis\b",),
        "long-duration": (rf"\b(?:desde hace|hace|llevo|lleva|durante|por)\s+(?:mas de\s+|casi\s+|unos\s+|unas\s+)?"
                          rf"(?:(?:{_LONG_MONTHS['es']})\s+meses|(?:{_YEARS['es']})\s+anos?)\b|"
                          r"\b(?:desde hace|hace|llevo) (?:meses|anos|mucho tiempo)\b",),
    },
)

_FR = Lexicon(
    back=r"\b(?:(?:au|du|mon|le|son|les) dos|lombaires?|lombalgie|lumbago|sciatique|colonne|reins)\b",
    negation=r"\b(?:pas|sans|jamais|aucun\w*|ni|plus de)\b",
    conditional=r"\b(?:si|s'il|s'ils|au cas ou)\b",
    flags={
        "bladder-bowel": (
            r"\b(?:je ne (?:peux|parviens|sais) (?:plus|pas) (?:a )?(?:uriner|faire pipi|pisser)|"
            r"(?:je )?n'?(?:arrive|arrivais) (?:plus|pas) a (?:uriner|faire pipi|pisser)|impossible d'uriner)\b",
            r"\b(?:fuites? (?:urinaires?|d'urine)|je (?:me suis|me) (?:fait dessus|urine dessus|"
            r"pisse dessus)|perte de (?:controle|sensation) (?:de la vessie|des sphincters|urinaire)|"
            r"je ne (?:controle|maitrise|retiens) plus (?:ma vessie|mes sphincters|mes selles|mon urine))\b",
        ),
        "trouble-peeing": (r"\b(?:retention (?:urinaire|d'urine)|du mal a uriner|difficultes? a uriner)\b",),
        "saddle-numbness": (
            r"\b(?:engourdi\w*|insensibles?|fourmill\w*|je ne sens (?:plus|pas|rien))[^.;!?]{0,30}?\b(?:parties "
            r"genitales|organes genitaux|entrejambe|fesses|perinee|anus|aine|entre les jambes|zone intime|sexe)\b",
            r"\b(?:parties genitales|organes genitaux|entrejambe|fesses|perinee|zone intime)\b[^.;!?]{0,25}?"
            r"\b(?:engourdi\w*|insensibles?|fourmill\w*)\b|\banesthesie en selle\b",
        ),
        "both-legs": (
            r"\bje ne (?:sens|peux) plus (?:bouger )?(?:mes|les) (?:deux )?jambes\b",
            r"\b(?:mes|les|ses) (?:deux )?jambes (?:sont |se sont )?(?:engourdies|paralysees|ne repondent plus|"
            r"lachent|ont lache|sans force|tres faibles)\b",
        ),
        "chest-pain": (
            r"\b(?:douleur|mal|oppression|serrement|pression)(?: \w+)? (?:a la|dans la|de la|de|sur la) poitrine\b|"
            r"\b(?:douleur|oppression) thoracique\b|\b(?:crise cardiaque|infarctus)\b",
        ),
        "serious-accident": (
            r"\baccident (?:de (?:voiture|la route|moto|velo|travail)|grave)\b|\b(?:renverse|percute)e? par une "
            r"(?:voiture|moto)\b",
            r"\b(?:je suis|il est|elle est) tombee? dans (?:les |l')escaliers?\b",
            r"\b(?:je suis|il est|elle est) tombee? (?:d'une|d'un|de l'|du|de la|des) ?(?:echelle|toit|escaliers?|"
            r"echafaudage|hauteur|arbre|cheval|balcon)\b",
        ),
        "self-harm": (
            r"\b(?:je veux|j'ai envie de|envie de|je vais) (?:mourir|me tuer|en finir|me suicider)\b|\bsuicidaire\b|"
            r"\bmettre fin a (?:mes jours|ma vie)\b|\bje ne veux plus vivre\b",
        ),
        "fever": (r"\bfievre\b",),
        "weight-loss": (
            r"\b(?:perdu|maigri)\b[^.;!?]{0,25}?\bsans (?:raison|le vouloir|regime|faire de regime|explication)\b",
        ),
        "cancer-history": (r"\b(?:j'ai eu|j'ai|antecedents? de) (?:un )?(?:cancer|tumeur)\b",
                           r"\bchimio(?:therapie)?\b"),
        "night-pain": (r"\b(?:pire|empire|augmente) (?:la|pendant la|de) nuit\b|\b(?:me )?reveille (?:la nuit|"
                       r"la nuit)\b|\bne (?:passe|se calme|s'ameliore) pas au repos\b",),
        "steroids": (r"\b(?:corticoides|corticotherapie|cortisone|prednison\w*|prednisolon\w*|solupred|cortancyl)\b",),
        "age-onset": (_first_pain(r"\b(?:j'ai|il a|elle a) (?:1\d|[5-9]\d) ans\b(?! d'(?!age))",
                                  r"premiere fois|jamais eu", r"mal|douleur\w*|lumbago"),
                      _child_not_carried(r"\b(?:fils|fille|enfant)\b[^.!?]{0,20}?\b(?:a|de) (?:[2-9]|1[0-2]) ans\b",
                                         r"port(?:e|es|er|ant|ais|ait)\b|soulev\w*|dans (?:les|mes) bras"),),
        "osteoporosis": (r"\bosteoporose\b[^.!?]{0,60}?\b(?:tombee?|chute)\b|\b(?:tombee?|chute)\b[^.!?]{0,60}?"
                         r"\bosteoporose\b",),
        "long-duration": (rf"\bdepuis\s+(?:plus de\s+|presque\s+|environ\s+|pres de\s+)?(?:(?:{_LONG_MONTHS['fr']})\s+"
                          rf"mois|(?:{_YEARS['fr']})\s+(?:ans?|annees?))\b|\bdepuis (?:des|quelques) (?:mois|annees)\b|"
                          r"\bdepuis (?:tres )?longtemps\b",),
    },
)

_DE = Lexicon(
    back=r"\b(?:rucken\w*|ruecken\w*|kreuz\w*|lenden\w*|bandscheibe\w*|ischias|hexenschuss|wirbelsaule\w*)",
    negation=r"\b(?:kein\w*|nicht|ohne|nie)\b",
    conditional=r"\b(?:wenn|falls|ob)\b",
    flags={
        "bladder-bowel": (
            r"\b(?:kann|konnte) (?:ich |er |sie )?(?:seit \w+ (?:\w+ )?)?(?:nicht|kaum) (?:mehr )?(?:richtig )?"
            r"(?:pinkeln|urinieren|wasser ?lassen)\b|"
            r"\bkann (?:ich |er |sie )?kein wasser (?:mehr )?lassen\b",
            r"\b(?:harnverhalt|inkontinenz|urinverlust|harnverlust)\b|\b(?:verliere|verlier) (?:urin|harn|stuhl)\b|"
            r"\bkeine kontrolle (?:uber|ueber) (?:meine |die )?(?:blase|darm|stuhl)\b|"
            r"\b(?:habe|hab) (?:mir )?in die hose gemacht\b|\beingenasst\b",
        ),
        "saddle-numbness": (
            r"\b(?:taub\w*|gefuhllos\w*|gefuehllos\w*|kribbel\w*|eingeschlafen|kein gefuhl)[^.;!?]{0,30}?"
            r"\b(?:genital\w*|intimbereich|gesa(?:ss|ß)|gesaess|po|hintern|damm|after|leiste|zwischen den "
            r"beinen)\b",
            r"\b(?:genital\w*|intimbereich|gesa(?:ss|ß)|gesaess|damm|hintern)\b[^.;!?]{0,25}?\b(?:taub\w*|"
            r"gefuhllos\w*|gefuehllos\w*|kribbel\w*|eingeschlafen)\b|\breithose\w*",
        ),
        "both-legs": (
            r"\b(?:beide|meine) beine (?:sind |werden )?(?:ganz )?(?:taub|gefuhllos|gelahmt|lahm|kraftlos|schwach)\b",
            r"\b(?:spure|spuere|fuhle|fuehle) (?:meine|die|beide) beine nicht\b|\bkann (?:meine|die) beine nicht "
            r"(?:mehr )?bewegen\b",
        ),
        "chest-pain": (
            r"\b(?:brustschmerz\w*|schmerz\w* in der brust|engegefuhl in der brust|brustenge|herzinfarkt)\b",
        ),
        "serious-accident": (
            r"\b(?:auto|verkehrs|motorrad|fahrrad|arbeits)unfall\w*\b",
            r"\b(?:von|vom) (?:der |einer |dem |einem )?(?:leiter|dach|gerust|baum|pferd|balkon)\b[^.;!?]{0,15}?"
            r"\b(?:gefallen|gesturzt|gestuerzt)\b",
            r"\b(?:die |der )?treppe (?:runter|hinunter|herunter|hinab)?\s?(?:gefallen|gesturzt|gestuerzt)\b|"
            r"\btreppe (?:runter|hinunter|herunter)gefallen\b",
        ),
        "self-harm": (
            r"\b(?:will|mochte|moechte) (?:nicht mehr leben|sterben|mich umbringen)\b|\b(?:suizid\w*|selbstmord\w*)|"
            r"\bmir das leben nehmen\b|\bich bringe mich um\b",
        ),
        "fever": (r"\bfieber\b",),
        "weight-loss": (
            r"\b(?:ungewollt|ohne grund|ohne diat|unerklarlich)\w*\b[^.;!?]{0,25}?\b(?:abgenommen|gewicht "
            r"verloren)\b",
        ),
        "cancer-history": (r"\b(?:hatte|habe) (?:krebs|einen tumor)\b", r"\bchemo(?:therapie)?\b"),
        "night-pain": (r"\bnachts (?:\w+ )?(?:schlimmer|starker|staerker)\b|\bin ruhe (?:\w+ )?nicht besser\b",),
        "steroids": (r"\b(?:kortison|cortison|steroide|prednison\w*|prednisolon\w*)\b",),
        "age-onset": (_first_pain(r"\b(?:ich bin|er ist|sie ist) (?:1\d|[5-9]\d)(?: jahre alt)?\b",
                                  r"zum ersten mal|erstes mal|noch nie",
                                  r"schmerz\w*|weh|tut|hexenschuss|ru?e?ckenschmerz\w*"),
                      _child_not_carried(r"\b(?:sohn|tochter|kind)\b[^.!?]{0,20}?\b(?:ist )?(?:[2-9]|1[0-2]) jahre\b",
                                         r"trag\w*|getragen|trug\w*|heb(?:e|en|t)\b|hochheb\w*|gehoben|auf dem arm|"
                                         r"auf den arm"),),
        "osteoporosis": (r"\bosteoporose\b[^.!?]{0,60}?\b(?:gesturzt|gestuerzt|hingefallen|gefallen|sturz)\b|"
                         r"\b(?:gesturzt|gestuerzt|hingefallen|gefallen|sturz)\b[^.!?]{0,60}?\bosteoporose\b",),
        "long-duration": (rf"\bseit\s+(?:uber\s+|ueber\s+|fast\s+|etwa\s+|mehr als\s+)?(?:(?:{_LONG_MONTHS['de']})\s+"
                          rf"monaten|(?:{_YEARS['de']})\s+jahr(?:en|e)?|(?:einem )?halben jahr|anderthalb jahren)\b|"
                          r"\bseit (?:monaten|jahren|langem)\b",),
    },
)

_IT = Lexicon(
    back=r"\b(?:schiena|lombar\w*|lombi|sciatica|colonna|reni)\b",
    negation=r"\b(?:non|senza|mai|niente|nessun\w*)\b",
    conditional=r"\b(?:se|nel caso)\b",
    flags={
        "bladder-bowel": (
            r"\bnon (?:riesco|posso|riusciva|riesce) (?:piu )?(?:a )?(?:urinare|fare (?:la )?pipi|pisciare)\b",
            r"\b(?:perdo (?:urina|la pipi|pipi|feci)|perdite di urina|incontinenza|(?:me la faccio|mi faccio la pipi|"
            r"mi sono fatt[oa] la pipi) addosso|non controllo (?:piu )?(?:la vescica|l'intestino|gli sfinteri))\b",
        ),
        "trouble-peeing": (r"\b(?:ritenzione urinaria|fatica a urinare|difficolta a urinare)\b",),
        "saddle-numbness": (
            r"\b(?:intorpidit\w*|addormentat\w*|formicol\w*|insensibil\w*|non sento (?:piu )?)[^.;!?]{0,30}?"
            r"\b(?:genitali|inguine|glutei|natiche|perineo|ano|zona intima|tra le gambe|sedere)\b",
            r"\b(?:genitali|glutei|natiche|perineo|zona intima)\b[^.;!?]{0,25}?\b(?:intorpidit\w*|addormentat\w*|"
            r"formicol\w*|insensibil\w*)\b|\banestesia a sella\b",
        ),
        "both-legs": (
            r"\bnon (?:sento|riesco a muovere) (?:piu )?(?:le|le mie|entrambe le) (?:due )?gambe\b",
            r"\b(?:le|le mie|entrambe le) (?:due )?gambe (?:sono )?(?:intorpidite|paralizzate|addormentate|non "
            r"rispondono|cedono|senza forza)\b",
        ),
        "chest-pain": (
            r"\b(?:dolore|male|oppressione) (?:al|nel) petto\b|\bdolore toracico\b|\b(?:infarto|attacco di cuore)\b",
        ),
        "serious-accident": (
            r"\bincidente (?:stradale|in (?:macchina|moto|bici)|d'auto|con la (?:macchina|moto)|sul lavoro|grave)\b",
            r"\bcadut[oa] (?:dalle|per le|giu dalle) scale\b",
            r"\bcadut[oa] (?:da|dalla|dal|dall'|dallo) ?(?:una |un )?(?:scala|tetto|impalcatura|albero|cavallo|"
            r"altezza|balcone|moto)\b",
        ),
        "self-harm": (
            r"\b(?:voglio|vorrei) (?:morire|uccidermi|farla finita|togliermi la vita)\b|\bsuicid(?:armi|io|a)\b|"
            r"\bnon voglio (?:piu )?vivere\b",
        ),
        "fever": (r"\bfebbre\b",),
        "weight-loss": (
            r"\b(?:perso|dimagrit\w*)\b[^.;!?]{0,25}?\bsenza (?:motivo|volerlo|dieta|ragione|spiegazione)\b",
        ),
        "cancer-history": (r"\b(?:ho avuto|avuto|ho) (?:un )?(?:cancro|tumore)\b", r"\bchemio(?:terapia)?\b"),
        "night-pain": (r"\b(?:peggiora|aumenta|piu forte) (?:di|la|durante la) notte\b|\bnon (?:migliora|passa) "
                       r"(?:con il|col|a) riposo\b|\bmi sveglia (?:di|la) notte\b",),
        "steroids": (r"\b(?:cortisone|cortisonici|steroidi|prednison\w*|prednisolon\w*|deltacortene)\b",),
        "age-onset": (_first_pain(r"\b(?:ho|ha) (?:1\d|[5-9]\d) anni\b(?! di (?!eta))", r"prima volta|mai avuto",
                                  r"mal\w*|dolor\w*"),
                      _child_not_carried(r"\b(?:figli[oa]|bambin[oa])\b[^.!?]{0,20}?\b(?:ha|di) (?:[2-9]|1[0-2]) "
                                         r"anni\b",
                                         r"port(?:o|are|ando|avo|ato)\b|in braccio|sollev\w*"),),
        "osteoporosis": (r"\bosteoporosi\b[^.!?]{0,60}?\b(?:cadut[oa]|caduta)\b|\b(?:cadut[oa]|caduta)\b[^.!?]{0,60}?"
                         r"\bosteoporosi\b",),
        "long-duration": (rf"\bda\s+(?:piu di\s+|quasi\s+|circa\s+|oltre\s+)?(?:(?:{_LONG_MONTHS['it']})\s+mesi|"
                          rf"(?:{_YEARS['it']})\s+ann[io])\b|\bsono (?:mesi|anni) che\b|"
                          r"\bda (?:mesi|anni|tanto tempo)\b",),
    },
)

_PT = Lexicon(
    back=r"\b(?:costas|lombar\w*|coluna|ciatic[oa])\b",
    negation=r"\b(?:nao|sem|nunca|nem|nada de|nenhum\w*)\b",
    conditional=r"\b(?:se (?:eu |ele |ela |voce )?(?:tiver|estiver|sentir|ficar|tenho|for|nao)|caso)\b",
    flags={
        "bladder-bowel": (
            r"\bnao (?:consigo|posso|estou conseguindo|consegui|conseguia|consegue) (?:mais )?(?:urinar|fazer xixi|"
            r"mijar)\b",
            r"\b(?:perdendo urina|perco urina|perda de urina|incontinencia|(?:fiz|faco|estou fazendo) xixi "
            r"(?:nas calcas|na roupa|sem perceber|sem querer)|(?:sem|perdi o) controle (?:da|de|do) (?:bexiga|urina|"
            r"intestino))\b",
        ),
        "trouble-peeing": (r"\b(?:retencao urinaria|dificuldade (?:para|em|de) urinar)\b",),
        "saddle-numbness": (
            r"\b(?:dormente\w*|dormencia|formigamento|formigando|sem sensibilidade|nao sinto (?:mais )?)"
            r"[^.;!?]{0,30}?\b(?:genitais|virilha|nadegas|bumbum|perineo|anus|entre as pernas|regiao intima|partes "
            r"intimas)\b",
            r"\b(?:genitais|virilha|nadegas|bumbum|perineo|regiao intima|partes intimas)\b[^.;!?]{0,25}?"
            r"\b(?:dormente\w*|formigando|sem sensibilidade|adormecid\w*)\b",
        ),
        "both-legs": (
            r"\bnao (?:sinto|consigo mexer|consigo mover) (?:mais )?(?:as|minhas|as minhas|as duas|ambas as) "
            r"(?:duas )?pernas\b",
            r"\b(?:as|minhas|as duas|ambas as) (?:duas )?pernas (?:estao |ficaram |estao muito |ficaram muito )?"
            r"(?:dormentes|paralisadas|sem forca|nao obedecem|falhando|fracas|bambas)\b",
        ),
        "chest-pain": (r"\b(?:dor|aperto|pressao) no peito\b|\bdor toracica\b|\b(?:infarto|ataque cardiaco)\b",),
        "serious-accident": (
            r"\bacidente (?:de (?:carro|moto|transito|bicicleta|trabalho)|grave)\b|\batropelad[oa]\b",
            r"\b(?:cai|caiu|levei um tombo) (?:do|da|de) (?:uma |um )?(?:telhado|escada|andaime|arvore|cavalo|altura|"
            r"moto|laje)\b",
        ),
        "self-harm": (
            r"\b(?:quero|queria|vou) (?:morrer|me matar|acabar com (?:tudo|a minha vida|minha vida))\b|"
            r"\b(?:me suicidar|suicidio|suicida)\b|"
            r"\bnao quero (?:mais )?viver\b|\btirar (?:a )?minha (?:propria )?vida\b|\bpenso em (?:me matar|morrer)\b",
        ),
        "fever": (r"\bfebre\b",),
        "weight-loss": (
            r"\b(?:perdi|perdendo|emagreci)\b[^.;!?]{0,25}?\bsem (?:motivo|querer|dieta|razao|explicacao)\b",
        ),
        "cancer-history": (r"\b(?:tive|tenho|ja tive) (?:um )?(?:cancer|cancro|tumor)\b", r"\bquimio(?:terapia)?\b"),
        "night-pain": (r"\b(?:piora|pior|aumenta) (?:a|de|durante a) noite\b|\bnao (?:melhora|passa|alivia) "
                       r"(?:com|em) (?:o )?(?:repouso|descanso)\b|\bme acorda (?:a|de) noite\b",),
        "steroids": (r"\b(?:corticoides|corticoide|esteroides|cortisona|prednison\w*|prednisolon\w*)\b",),
        "age-onset": (_first_pain(r"\b(?:tenho|tem|com) (?:1\d|[5-9]\d) anos\b(?! de (?!idade))",
                                  r"primeira vez|nunca tive|nunca teve",
                                  r"dor|dores|doi\w*|doendo|lombalgia|lumbago"),
                      _child_not_carried(r"\b(?:filh[oa]|crianca)\b[^.!?]{0,20}?\b(?:tem|de) (?:[2-9]|1[0-2]) anos\b",
                                         r"carreg\w*|no colo|ao colo|levant\w*"),),
        "osteoporosis": (r"\bosteoporose\b[^.!?]{0,60}?\b(?:cai|caiu|queda|tombo)\b|\b(?:cai|caiu|queda|tombo)\b"
                         r"[^.!?]{0,60}?\bosteoporose\b",),
        "long-duration": (rf"\b(?:ha|faz|desde ha|a|durante|por)\s+(?:mais de\s+|quase\s+|uns\s+|umas\s+)?"
                          rf"(?:(?:{_LONG_MONTHS['pt']})\s+meses|(?:{_YEARS['pt']})\s+anos?)\b|"
                          r"\b(?:ha|faz) (?:meses|anos|muito tempo)\b",),
    },
)

_PL = Lexicon(
    back=r"\b(?:plec(?:y|ow|ach|ami)|kregoslup\w*|ledzw\w*|krzyz\w*|rwa kulszowa)\b",
    negation=r"\b(?:nie|bez|brak|ani)\b",  # "ani" is "nor": "nie mam dretwienia ani goraczki"
    conditional=r"\b(?:jesli|jezeli|gdyby|gdy|czy)\b",
    flags={
        "bladder-bowel": (
            r"\bnie (?:moge|mogl\w*|potrafie|daje rady) (?:oddac moczu|oddawac moczu|sikac|sie wysikac|zrobic siku)\b",
            r"\b(?:nietrzymanie moczu|(?:popuszczam|gubie|trace) mocz|nie kontroluje (?:pecherza|moczu|stolca|"
            r"zwieraczy)|(?:zsikal\w*|posikal\w*|zmoczyl\w*) sie)\b",
        ),
        "trouble-peeing": (r"\b(?:zatrzymanie moczu|trudnosci z oddawaniem moczu)\b",),
        "saddle-numbness": (
            r"\b(?:dretwi\w*|zdretwial\w*|odretwi\w*|mrowi\w*|brak czucia|nie czuje)[^.;!?]{0,30}?\b(?:krocz\w*|"
            r"genitali\w*|narzad\w* plciow\w*|posladk\w*|pup\w*|odbyt\w*|pachwin\w*|miedzy nogami|okolic\w* intymn\w*)",
            r"\b(?:krocz\w*|genitali\w*|posladk\w*|okolic\w* intymn\w*)[^.;!?]{0,25}?\b(?:dretwi\w*|zdretwial\w*|"
            r"mrowi\w*|bez czucia)",
        ),
        "both-legs": (
            r"\bnie czuje (?:obu |swoich |moich )?nog\b|\bnie moge (?:ruszac|ruszyc|poruszac) nogami\b",
            r"\b(?:obie|moje) nogi (?:mi )?(?:dretwieja|zdretwialy|sa (?:slabe|bezwladne|sparalizowane)|odmawiaja)\b",
        ),
        "chest-pain": (r"\b(?:bol\w* (?:w )?klat\w*|ucisk w klatce|klatk\w* piersiow\w*|zawal\w*)",),
        "serious-accident": (
            r"\bwypad(?:ek|ku) (?:samochodow\w*|drogow\w*|na motorze|w pracy|komunikacyjn\w*)",
            r"\b(?:spadl\w*|spadlam|spadlem) ze schodow\b",
            r"\b(?:spadl\w*|spadlam|spadlem) z (?:drabiny|dachu|rusztowania|drzewa|konia|wysokosci|schodow|balkonu)\b",
        ),
        "self-harm": (
            r"\b(?:chce|chcialbym|chcialabym) (?:umrzec|sie zabic|skonczyc ze soba)\b|\bsamobo\w*|"
            r"\bodebrac sobie zycie\b|\bnie chce (?:juz )?zyc\b",
        ),
        "fever": (r"\b(?:goraczk\w*|mam (?:wysoka )?temperature)\b",),
        "weight-loss": (
            r"\b(?:schudl\w*|stracil\w* na wadze|trace na wadze|chudne)\b[^.;!?]{0,25}?\bbez (?:powodu|przyczyny|"
            r"diety|odchudzania)\b",
        ),
        "cancer-history": (r"\b(?:mialem|mialam|mam) (?:raka|nowotwor)\b", r"\bchemi\w* ?terapi\w*|\bchemii\b"),
        "night-pain": (r"\b(?:w nocy|nocami|noca) (?:\w+ )?(?:gorzej|nasila|mocniej)\w*|\bnie (?:mija|przechodzi) "
                       r"(?:w|po) (?:spoczynku|odpoczynku)\b",
                       # "budzi mnie w nocy", "nie mija, kiedy leze"
                       r"\bbudzi mnie (?:\w+ )?(?:w nocy|noca|nocami|co noc|kazdej nocy)\b|\bnie (?:mija|przechodzi|"
                       r"ustepuje),? (?:nawet )?"
                       r"(?:kiedy|gdy|jak) (?:leze|odpoczywam|sie poloze)\b",),
        "steroids": (r"\b(?:steryd\w*|kortykosteryd\w*|encorton\w*|prednizon\w*|prednison\w*|sterydy)\b",),
        "age-onset": (_first_pain(r"\b(?:mam|ma) (?:1\d|[5-9]\d) lat\b", r"pierwszy raz|nigdy (?:wczesniej )?nie",
                                  r"bol\w*"),
                      _child_not_carried(r"\b(?:syn|corka|dziecko)\b[^.!?]{0,20}?\b(?:ma|lat) (?:[2-9]|1[0-2])\b",
                                         r"nosz\w*|nosic|nosil\w*|dzwig\w*|podnosz\w*|podnios\w*|na rekach"),),
        "osteoporosis": (r"\bosteoporoz\w*[^.!?]{0,60}?\b(?:upadl\w*|przewrocil\w*|upadek)\b|\b(?:upadl\w*|"
                         r"przewrocil\w*|"
                         r"upadek)\b[^.!?]{0,60}?\bosteoporoz\w*",),
        "long-duration": (rf"\bod\s+(?:ponad\s+|prawie\s+|okolo\s+)?(?:(?:{_LONG_MONTHS['pl']})\s+miesiecy|"
                          rf"(?:{_YEARS['pl']}))\b|\bod (?:miesiecy|lat|dawna)\b|"
                          r"\b(?:juz|to juz) (?:ponad |prawie )?(?:kilka|kilku|pare|paru|wiele|trzy|cztery|piec) "
                          r"(?:miesiecy|lat|miesiace)\b",),
    },
)

_NL = Lexicon(
    back=r"\b(?:rug\w*|onderrug|lage rug|hernia|ischias|wervelkolom)\b",
    negation=r"\b(?:geen|niet|zonder|nooit|noch)\b",
    conditional=r"\b(?:als|indien|wanneer)\b",
    flags={
        "bladder-bowel": (
            r"\b(?:kan|kon) (?:ik |hij |ze )?(?:\w+ ){0,3}?(?:niet|nauwelijks) (?:meer )?(?:plassen|urineren)\b|"
            r"\b(?:incontinent\w*|urineverlies|ongewild urine)\b|\bgeen controle (?:meer )?over (?:mijn )?(?:blaas|"
            r"ontlasting|darmen)\b|\bin mijn broek geplast\b",
        ),
        "saddle-numbness": (
            r"\b(?:gevoelloos|doof|verdoofd|tintel\w*|geen gevoel)[^.;!?]{0,30}?\b(?:kruis|billen|boude|geslachtsdelen|"
            r"schaamstreek|anus|liezen?|tussen mijn benen|binnenkant van (?:mijn |zijn |haar )?dijen)\b",
            # and in Afrikaans: "haar boude en die binnekant van haar dye voel gevoelloos"
            # (thighs only on their inner side, and not tired: "mijn dijen zijn lam van het fietsen")
            r"\b(?:kruis|billen|boude|geslachtsdelen|schaamstreek|binne(?:n)?kant van (?:mijn |zijn |haar |die )?"
            r"(?:dijen|dye))\b[^.;!?]{0,25}?\b(?:gevoelloos|doof|verdoofd|tintel\w*|lam(?! van))\b",
        ),
        "both-legs": (
            r"\b(?:ik )?voel (?:mijn|beide|allebei mijn) benen niet\b|\bkan mijn benen niet (?:meer )?bewegen\b|"
            r"\b(?:beide|mijn|allebei mijn) benen (?:zijn |voelen |worden |raken )?(?:(?:heel |erg |zo )?(?:\w+ )?"
            r"(?:en|,) )?(?:heel |erg |zo )?(?:gevoelloos|verlamd|krachteloos|doof|slap)\b",
        ),
        "chest-pain": (r"\b(?:pijn op de borst|pijn in (?:mijn|de) borst|beklemming op de borst|hartaanval)\b",),
        "serious-accident": (
            r"\b(?:auto-?ongeluk|verkeersongeluk|motorongeluk|aangereden)\b|\bgevallen van (?:de |een |het )?(?:ladder|"
            r"dak|steiger|trap|boom|paard|balkon)\b",
            r"\bvan (?:de |een |het )?(?:ladder|dak|steiger|trap|boom|paard|balkon) (?:af )?gevallen\b",
        ),
        "self-harm": (r"\b(?:ik wil (?:dood|niet meer leven|er een eind aan maken)|zelfmoord\w*)\b",),
        "fever": (r"\b(?:koorts\w*)\b",),
        "steroids": (r"\b(?:prednison\w*|prednisolon\w*|corticosteroiden)\b",),
        "cancer-history": (r"\b(?:had|heb) (?:ik )?(?:kanker|een tumor)\b", r"\bchemo(?:therapie|kuur)?\b"),
        "night-pain": (r"\b'?s nachts (?:\w+ )?erger\b|\bin rust (?:\w+ )?niet (?:beter|minder)\b",),
        "age-onset": (_first_pain(r"\b(?:ik ben|hij is|zij is|ze is) (?:1\d|[5-9]\d)(?: jaar)?\b",
                                  r"eerste keer|nog nooit",
                                  r"pijn\w*|last|zeer"),),
        "osteoporosis": (r"\bosteoporose\b[^.!?]{0,60}?\b(?:gevallen|gestruikeld|uitgegleden|val)\b|"
                         r"\b(?:gevallen|gestruikeld|uitgegleden)\b[^.!?]{0,60}?\bosteoporose\b",),
        "long-duration": (rf"\b(?:al|sinds|ruim|bijna|meer dan)\s+(?:(?:{_LONG_MONTHS['nl']})\s+maanden|"
                          rf"(?:{_YEARS['nl']})\s+jaar)\b|\b(?:al|sinds) (?:maanden|jaren)\b",),
    },
)

#: Hindi and Urdu as typed in Latin letters (Hinglish): "kamar mein dard", "bukhar hai", "peshab nahi aa raha".
#: The negation comes after the verb ("bukhar nahi hai"), so each sign that can be denied looks ahead for it.
_NOT_AFTER_HI = r"\b(?!\s+(?:\w+\s+){0,2}?(?:nahi|nahin|nhi|nai|na)\b)"
_HI = Lexicon(
    back=r"\b(?:kamar|kamr|qamar|peeth|pith|reedh|reed ki haddi)\b",
    negation=r"\b(?:nahi|nahin|nhi|bina|mat)\b",
    conditional=r"\b(?:agar|yadi|kya)\b",
    flags={
        "bladder-bowel": (
            r"\b(?:peshab|pesab|peshaab|pishab|pisab|mutra|susu|toilet|latrine|potty)\b[^.;!?]{0,25}?\b(?:nahi|nahin|"
            r"nhi) (?:aa|ho|utar|nikal)(?: raha| rahi| pa raha| pa rahi| raha hai| rahi hai| rha)?\b",
            r"\b(?:peshab|pesab|peshaab|pishab|susu|latrine|potty)\b[^.;!?]{0,25}?\b(?:apne aap|khud se|khud hi|"
            r"pata nahi chalta|rok nahi pa|control nahi|kabu nahi|kaboo nahi)",
        ),
        "saddle-numbness": (
            r"\b(?:gaand|gand|chutad|chootad|nitamb|guptang|pichwade)\b[^.;!?]{0,25}?\b(?:sunn|sun|sunnpan|jhunjhuni|"
            r"mehsoos nahi)" + _NOT_AFTER_HI,
        ),
        "both-legs": (
            r"\b(?:dono|donon|dono hi)\s+(?:pair|pairon|pairo|paon|paaon|pao|taang|taange|tangen|taangon|tangon)\b"
            r"[^.;!?]{0,30}?\b(?:sunn|sun|kamzor\w*|kamjor\w*|jaan nahi|bejaan|uth nahi|hil nahi|chal nahi)"
            + _NOT_AFTER_HI,
        ),
        "one-leg": (
            r"\bek\s+(?:hi\s+)?(?:pair|paon|pao|taang)\b[^.;!?]{0,30}?\b(?:kamzor\w*|kamjor\w*|sunn|jhunjhuni)"
            + _NOT_AFTER_HI,
            r"\b(?:left|right|baaye|baye|daaye|daye|dahine|baen|daen)\s+(?:wale\s+|wala\s+)?(?:pair|paon|taang)\b"
            r"[^.;!?]{0,30}?\b(?:kamzor\w*|kamjor\w*|sunn)" + _NOT_AFTER_HI,
        ),
        "chest-pain": (r"\b(?:seene|seena|sine|sina|chhati|chati|chhaati)\s+(?:mein|me|main|mai)\s+(?:\w+\s+){0,2}?"
                       r"dard\b" + _NOT_AFTER_HI,),
        "serious-accident": (
            r"\b(?:chhat|chat|chhath|chhad|seedhi|sidhi|seedhiyon|sidhiyon|pedh|ped|chhajje)\s+se\s+(?:\w+\s+)?gir\w*",
            r"\b(?:accident|hadsa|durghatna|takkar)\s+(?:ho gaya|ho gayi|hua|huwa|ho gya)\b",
        ),
        "fever": (r"\b(?:bukhar|bukhaar|bukaar|bukhar|taap|jwar)\b" + _NOT_AFTER_HI,
                  r"\b(?:kaanp\w*|kanp\w*|kapkapi|thand lag\w*)\b" + _NOT_AFTER_HI),
        "weight-loss": (r"\b(?:vajan|vazan|wajan|wazan|weight)\s+(?:\w+\s+){0,3}?(?:kam|ghat)\w*\b[^.;!?]{0,40}?"
                        r"\b(?:bina|apne aap|pata nahi kyun|bina diet|bina koshish|bina kisi)\b",),
        "cancer-history": (r"\b(?:cancer|kainsar|kensar)\s+(?:tha|thi|hua tha|ho chuka|hai)\b",),
        "age-onset": (_first_pain(r"\b(?:1\d|[5-9]\d) (?:saal|sal|varsh|baras) (?:ke|ki|ka)\b",
                                  r"(?:pehli|pahli|pehili) (?:baar|bar)",
                                  r"dard|dukh\w*|pain|takleef|taklif"),),
        "long-duration": (r"\b(?:\d+|ek|do|teen|char|chaar|paanch|panch|chhe|chhah|saat|aath|nau|das|kai|bahut)\s+"
                          r"(?:saal|sal|saalon|salon|varsh|baras|barason)\s+se\b"
                          r"|\b(?:[3-9]|1\d|teen|char|chaar|paanch|panch|chhe|chhah|saat|aath|nau|das|kai|bahut)\s+"
                          r"(?:mahine|mahino|mahinon|mahina|maheene)\s+se\b|\b(?:saalon|mahinon|mahino|barson) se\b",),
    },
)

#: Tagalog (and Taglish): "masakit ang likod", "nilalagnat", "nahulog sa hagdan".
_TL = Lexicon(
    back=r"\b(?:likod|balakang|gulugod|baywang)\b",
    negation=r"\b(?:hindi|wala|walang|di|ayaw)\b",
    conditional=r"\b(?:kung|kapag|pag)\b",
    flags={
        "bladder-bowel": (r"\b(?:hindi|di) (?:ako |siya )?(?:maka|makaka)-?(?:ihi|dumi|tae)\b",
                          r"\bnaiihi (?:ako |siya )?(?:nang )?(?:hindi|di) (?:namamalayan|alam)\b"),
        "saddle-numbness": (r"\b(?:manhid|namamanhid|walang pakiramdam)\b[^.;!?]{0,20}?\b(?:pwet|puwet|singit|ari|"
                            r"puke|pepe|titi|bayag)\b|\b(?:pwet|puwet|singit)\b[^.;!?]{0,15}?\b(?:manhid|namamanhid)\b",),
        "both-legs": (r"\b(?:dalawang|parehong|pareho kong|pareho niyang)\s+(?:binti|paa|hita)\b[^.;!?]{0,30}?"
                      r"\b(?:manhid|namamanhid|mahina|nanghihina)\b",),
        "chest-pain": (r"\b(?:masakit (?:ang |yung )?dibdib|sakit sa dibdib|sumasakit (?:ang |yung )?dibdib)\b",),
        "serious-accident": (
            r"\b(?:nahulog|nalaglag|bumagsak|nadulas|natumba)\b[^.;!?]{0,30}?\b(?:hagdan\w*|bubong|puno|mataas|motor|"
            r"metro|palapag|bintana|scaffolding|ladder)\b",
            r"\b(?:naaksidente|nabangga|nasagasaan)\b",
        ),
        "fever": (r"\b(?:lagnat|nilalagnat|nagkalagnat|nilagnat|sinat|sinisinat|giniginaw)\b",),
        "long-duration": (r"\b(?:\d+|isang|dalawang|tatlong|apat na|limang|ilang|maraming)\s+taon\b"
                          r"|\b(?:[3-9]|1\d|tatlong|apat na|limang|anim na|pitong|walong|siyam na|sampung|ilang|"
                          r"maraming)\s+buwan\b",
                          # English units in Taglish: "mga 5 months na", "halos 2 years na".
                          r"\b(?:mga |halos |mahigit |lagpas )?(?:[3-9]|1\d)\s+months?\s+na\b"
                          r"|\b(?:mga |halos |mahigit |lagpas )?(?:\d+)\s+years?\s+na\b",),
    },
)

#: Swahili: "mgongo unauma", "nina homa", "miguu yote ina ganzi".
_SW = Lexicon(
    back=r"\b(?:mgongo|mgongoni|kiuno|kiunoni)\b",
    negation=r"\b(?:sina|hana|hakuna|sijawa|bila|si)\b",
    conditional=r"\b(?:kama|ikiwa)\b",
    flags={
        "bladder-bowel": (r"\b(?:siwezi|hawezi|sikuweza|hakuweza) (?:ku)?kojoa\b",
                          r"\bmkojo (?:unatoka|unanitoka|unajitokea) (?:wenyewe|bila kujua)\b"),
        "both-legs": (r"\bmiguu (?:yote|yangu yote|yote miwili)\b[^.;!?]{0,25}?\b(?:ganzi|dhaifu|haina nguvu)\b",
                      r"\bganzi (?:kwenye |katika )?miguu (?:yote|yangu yote)\b"),
        "chest-pain": (r"\b(?:maumivu ya kifua|kifua (?:kinauma|kinaniuma))\b",),
        "serious-accident": (r"\b(?:ajali ya (?:gari|pikipiki|barabarani|bodaboda)|(?:nilianguka|alianguka|"
                             r"nimeanguka|ameanguka) (?:kutoka|toka) (?:juu|ngazi|mti|paa|ghorofa))\b",),
        "fever": (r"\b(?:homa|joto (?:kali|jingi)|ninatetemeka)\b",),
        "long-duration": (r"\bmiezi (?:mitatu|minne|mitano|sita|saba|minane|tisa|kumi|mingi|[3-9]|1\d)\b"
                          r"|\bmiaka (?:miwili|mitatu|minne|mitano|mingi|\d+)\b|\bmwaka (?:mzima|mmoja)\b",),
    },
)

#: Malay words of the pain, and lengths ("dah 3 bulan"), for the Malay lengths.
_MS_PAIN = r"sakit|pinggang|belakang|punggung|kebas|ngilu|sengal"
_MS_LENGTH = (r"\b(?:dah|sudah|selama|lebih) (?:hampir |lebih )?(?:bertahun-tahun|bertahun|berbulan-bulan|"
              r"(?:[3-9]|1\d|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh) bulan|(?:\d+|setahun|satu|dua|tiga|"
              r"empat|lima) tahun)\b")

#: Malay (and Indonesian where they share the words): "sakit belakang", "kaki kebas", "demam", "dah bertahun-tahun".
_MS = Lexicon(
    back=r"\b(?:sakit belakang|belakang (?:saya |aku |sy )?sakit|sakit pinggang|pinggang|tulang belakang|"
         r"punggung)\b",
    negation=r"\b(?:tak|tidak|bukan|tiada|takde|tak ada|xde|x)\b",
    conditional=r"\b(?:kalau|jika|sekiranya|kalo)\b",
    flags={
        "bladder-bowel": (r"\b(?:tak|tidak) (?:boleh|dapat|dpt|blh) (?:kencing|buang air(?: kecil| besar)?|tahan "
                          r"kencing)\b|\bterkencing\b|\bterberak\b",),
        "saddle-numbness": (r"\b(?:kebas|tak rasa|mati rasa|kesemutan)\b[^.;!?]{0,30}?\b(?:punggung|bontot|kemaluan|"
                            r"celah kangkang|dubur)\b|\b(?:punggung|bontot|kemaluan|celah kangkang)\b[^.;!?]{0,25}?"
                            r"\b(?:kebas|tak rasa|mati rasa)\b",),
        "both-legs": (r"\b(?:kedua-dua|dua-dua|dua dua|kedua|kedua belah|dua belah)\s+kaki\b[^.;!?]{0,30}?\b(?:kebas|"
                      r"lemah|lumpuh|mati rasa|tak boleh gerak)\b|\bkaki\s+(?:saya\s+|aku\s+)?(?:kedua-dua|dua-dua|"
                      r"dua dua|kedua|dua belah)\b[^.;!?]{0,30}?\b(?:kebas|lemah|lumpuh|mati rasa|tak boleh gerak)\b",),
        "chest-pain": (r"\b(?:sakit|nyeri|sesak|ketat) dada\b|\bdada (?:saya |aku )?(?:sakit|sesak|ketat)\b|"
                       r"\bserangan jantung\b",),
        "fever": (r"\b(?:demam|deman)\b",),
        # a length in the pain's clause ("sakit belakang dah 3 bulan"; not "anak saya dah 2 tahun", "mengandung dah
        # 6 bulan", "kerja dah lima tahun")
        "long-duration": (rf"\b(?:{_MS_PAIN})\b[^.;!?,]{{0,30}}?{_MS_LENGTH}|{_MS_LENGTH}[^.;!?,]{{0,30}}?"
                          rf"\b(?:{_MS_PAIN})\b|\bbertahun-tahun\b|\bberbulan-bulan\b",),
    },
)

LEXICONS: dict[str, Lexicon] = {"es": _ES, "fr": _FR, "de": _DE, "it": _IT, "pt": _PT, "pl": _PL, "nl": _NL,
                                "hi": _HI, "tl": _TL, "sw": _SW, "ms": _MS}
#: A negation counts only in the find's own clause, after the last of these ("no sé, pero no puedo orinar").
_CLAUSE_BREAK = re.compile(r"[,.;:!?]|\b(?:pero|mais|aber|ma|mas|ale|maar|y|et|und|e|i|oraz|en|aur|lekin|par|"
                           r"pero|at|pero|na|lakini|tapi|tetapi|dan)\b")


#: The back named in English, as a message that mixes two languages may name it.
_ENGLISH_BACK = re.compile(r"\b(?:my|the|his|her|me|mera|meri|mere|ang|yung) (?:lower |upper )?back\b|\b(?:back ?pain|"
                           r"backache)\b")

#: A start said as a holiday or season in a language, and its English name for :mod:`bot.safety.durations`
#: ("desde o carnaval" is "since carnival": ten months in December, two weeks in March).
STARTS: dict[str, tuple[str, dict[str, str]]] = {
    "es": (r"\bdesde (?:el |la |las )?(?P<name>carnaval|navidad|semana santa|pascua|verano|invierno|otono|primavera)\b",
           {"carnaval": "carnival", "navidad": "christmas", "semana santa": "easter", "pascua": "easter",
            "verano": "the summer", "invierno": "the winter", "otono": "the autumn", "primavera": "the spring"}),
    "pt": (r"\bdesde (?:o |a )?(?P<name>carnaval|natal|pascoa|verao|inverno|outono|primavera|ano novo)\b",
           {"carnaval": "carnival", "natal": "christmas", "pascoa": "easter", "verao": "the summer",
            "inverno": "the winter", "outono": "the autumn", "primavera": "the spring", "ano novo": "new year"}),
    "it": (r"\bda(?:l|lla|ll')? ?(?P<name>carnevale|natale|pasqua|estate|inverno|autunno|primavera)\b",
           {"carnevale": "carnival", "natale": "christmas", "pasqua": "easter", "estate": "the summer",
            "inverno": "the winter", "autunno": "the autumn", "primavera": "the spring"}),
    "fr": (r"\bdepuis (?:le |la |l'|les )?(?P<name>carnaval|noel|paques|ete|hiver|automne|printemps)\b",
           {"carnaval": "carnival", "noel": "christmas", "paques": "easter", "ete": "the summer", "hiver": "the winter",
            "automne": "the autumn", "printemps": "the spring"}),
    "pl": (r"\bod (?P<name>wielkanocy|swiat|bozego narodzenia|wakacji|lata|zimy|jesieni|wiosny|sylwestra|"
           r"nowego roku)\b",
           {"wielkanocy": "easter", "swiat": "christmas", "bozego narodzenia": "christmas",
            "wakacji": "the summer holidays", "lata": "the summer", "zimy": "the winter", "jesieni": "the autumn",
            "wiosny": "the spring", "sylwestra": "new year's eve", "nowego roku": "new year"}),
    "de": (r"\bseit (?:dem |der )?(?P<name>karneval|fasching|weihnachten|ostern|sommer|winter|herbst|fruhling)\b",
           {"karneval": "carnival", "fasching": "carnival", "weihnachten": "christmas", "ostern": "easter",
            "sommer": "the summer", "winter": "the winter", "herbst": "the autumn", "fruhling": "the spring"}),
}


def back_words(text: str) -> list[str]:
    """Return the words naming the back in any of the languages ("espalda", "kamar", "rug")."""
    low = plain(text)
    return [m.group() for lex in LEXICONS.values() for m in re.finditer(lex.back, low)]


def starts(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield the English words of each start said as a holiday or season in one of :data:`STARTS`' languages, with
    where it was said, when the message names the back in that language ("dor nas costas desde o carnaval")."""
    low = plain(text)
    for lang, (pattern, names) in STARTS.items():
        if not re.search(LEXICONS[lang].back, low):
            continue
        for m in re.finditer(pattern, low):
            yield "since " + names[m.group("name")], m.start(), m.end()


def _compile(p: str) -> Pattern:
    return Pattern(p, re.IGNORECASE)


@lru_cache(maxsize=1)
def _table() -> tuple[Screen, tuple[tuple[str, str], ...], dict[str, tuple[Pattern, Pattern, Pattern]]]:
    rows = [(lang, flag, _compile(p)) for lang, lex in LEXICONS.items() for flag, ps in lex.flags.items() for p in ps]
    context = {lang: (_compile(lex.back), _compile(lex.negation + r"(?:\s+\S+){0,2}\s*$"),
                      _compile(lex.conditional)) for lang, lex in LEXICONS.items()}
    return Screen(p for _, _, p in rows), tuple((lang, flag) for lang, flag, _ in rows), context


@dataclass(frozen=True)
class Found:
    """A red flag found in one of the languages, where it was said."""

    flag: str
    language: str
    start: int
    end: int


def find(text: str) -> Iterator[Found]:
    """Yield the red flags said in ``text`` in one of the languages, once a flag and language, in order."""
    low = plain(text)
    screen, ids, context = _table()
    seen: set[tuple[str, str]] = set()
    for i in screen.candidates(fold(low)):
        lang, flag = ids[i]
        if (lang, flag) in seen:
            continue
        back, negated, conditional = context[lang]
        if flag not in ANYWHERE and not back.search(low) and not _ENGLISH_BACK.search(low):
            continue  # the back may be named in English in a mixed message: "nilalagnat ako and my back aches"
        for m in screen.patterns[i].finditer(low):
            before = low[max(0, m.start() - 30):m.start()]
            breaks = list(_CLAUSE_BREAK.finditer(before))
            clause = before[breaks[-1].end():] if breaks else before
            if negated.search(clause) or conditional.search(clause):
                continue  # "no tengo fiebre", "pas de fièvre", "kein Fieber"; "si tengo fiebre, ¿puedo...?"
            seen.add((lang, flag))
            yield Found(flag, lang, m.start(), m.end())
            break
