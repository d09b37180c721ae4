"""Find an IANA time zone from what a person types: a city, a country, a zone name, or a close spelling.

:func:`resolve_timezone` answers with plain data (:class:`TimezoneAnswer`): one zone, a few choices
(a country with several zones, an unsure spelling, an abbreviation), or a sentence saying what to
type instead (a zone folder such as "Europe", an offset such as "GMT+1", text too long or unknown).
The data is the zone tables that ship with the ``tzdata`` package (zone.tab, iso3166.tab and the
zone and link names in tzdata.zi) plus a hand-kept table of big cities that are not zone names;
it is read once, on first use. :func:`country_of_zone` gives a zone's ISO 3166 country code.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

#: Longer input is not a place name; it is refused without searching.
MAX_CHARS = 64
#: At most this many zones are offered as choices.
MAX_CHOICES = 10
#: A fuzzy match scoring this (0-100) and clearly ahead of the next is taken; lower ones are offered.
SURE_SCORE = 88
FUZZY_CUTOFF = 78


class Kind(StrEnum):
    """What :func:`resolve_timezone` found."""

    ZONE = "zone"                  #: one zone: ``answer.zone``
    CHOICES = "choices"            #: several zones fit: ``answer.choices`` (a country, an unsure spelling)
    REGION = "region"              #: a zone folder such as "Europe": ask for the city
    ABBREVIATION = "abbreviation"  #: "EST", "CET", "GMT+1", "UTC-5": explained; choices may suggest places
    TOO_LONG = "too_long"          #: longer than :data:`MAX_CHARS`
    EMPTY = "empty"                #: nothing typed
    UNKNOWN = "unknown"            #: nothing close enough


@dataclass(frozen=True)
class ZoneChoice:
    """One zone to offer, with a label a person recognises ("Eastern - New York")."""

    zone: str
    label: str


@dataclass(frozen=True)
class TimezoneAnswer:
    """The result of :func:`resolve_timezone`: what was found and a plain-text sentence about it."""

    kind: Kind
    text: str
    zone: str | None = None
    choices: tuple[ZoneChoice, ...] = ()
    #: True when the zone or the choices come from a guessed spelling, not an exact name.
    fuzzy: bool = False

    @property
    def found(self) -> bool:
        """Return whether one zone was found."""
        return self.kind is Kind.ZONE


# --- hand-kept data -----------------------------------------------------------------------------

#: Big cities (and regions people type) that are not the city part of a zone name.
CITIES: dict[str, str] = {
    # Europe
    "frankfurt": "Europe/Berlin", "munich": "Europe/Berlin", "munchen": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "cologne": "Europe/Berlin", "koln": "Europe/Berlin", "stuttgart": "Europe/Berlin", "dusseldorf": "Europe/Berlin",
    "leipzig": "Europe/Berlin", "dresden": "Europe/Berlin", "hanover": "Europe/Berlin", "nuremberg": "Europe/Berlin",
    "manchester": "Europe/London", "birmingham": "Europe/London", "liverpool": "Europe/London",
    "leeds": "Europe/London", "glasgow": "Europe/London", "edinburgh": "Europe/London", "bristol": "Europe/London",
    "cardiff": "Europe/London", "belfast": "Europe/London", "oxford": "Europe/London", "cambridge": "Europe/London",
    "newcastle": "Europe/London", "sheffield": "Europe/London", "nottingham": "Europe/London",
    "barcelona": "Europe/Madrid", "valencia": "Europe/Madrid", "seville": "Europe/Madrid", "malaga": "Europe/Madrid",
    "bilbao": "Europe/Madrid", "milan": "Europe/Rome", "naples": "Europe/Rome", "turin": "Europe/Rome",
    "florence": "Europe/Rome", "venice": "Europe/Rome", "bologna": "Europe/Rome", "lyon": "Europe/Paris",
    "marseille": "Europe/Paris", "toulouse": "Europe/Paris", "nice": "Europe/Paris", "bordeaux": "Europe/Paris",
    "strasbourg": "Europe/Paris", "geneva": "Europe/Zurich", "basel": "Europe/Zurich", "bern": "Europe/Zurich",
    "lausanne": "Europe/Zurich", "rotterdam": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
    "utrecht": "Europe/Amsterdam", "eindhoven": "Europe/Amsterdam", "antwerp": "Europe/Brussels",
    "ghent": "Europe/Brussels", "porto": "Europe/Lisbon", "krakow": "Europe/Warsaw", "gdansk": "Europe/Warsaw",
    "wroclaw": "Europe/Warsaw", "salzburg": "Europe/Vienna", "graz": "Europe/Vienna", "gothenburg": "Europe/Stockholm",
    "malmo": "Europe/Stockholm", "bergen": "Europe/Oslo", "aarhus": "Europe/Copenhagen", "cork": "Europe/Dublin",
    "thessaloniki": "Europe/Athens", "brno": "Europe/Prague", "st petersburg": "Europe/Moscow",
    "kharkiv": "Europe/Kyiv", "odesa": "Europe/Kyiv", "odessa": "Europe/Kyiv", "lviv": "Europe/Kyiv",
    "ankara": "Europe/Istanbul", "izmir": "Europe/Istanbul", "antalya": "Europe/Istanbul",
    # Americas
    "new york city": "America/New_York", "nyc": "America/New_York", "boston": "America/New_York",
    "washington": "America/New_York", "washington dc": "America/New_York", "philadelphia": "America/New_York",
    "atlanta": "America/New_York", "miami": "America/New_York", "orlando": "America/New_York",
    "pittsburgh": "America/New_York", "baltimore": "America/New_York", "charlotte": "America/New_York",
    "cleveland": "America/New_York", "columbus": "America/New_York", "tampa": "America/New_York",
    "san francisco": "America/Los_Angeles", "sf": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "san diego": "America/Los_Angeles", "san jose": "America/Los_Angeles", "portland": "America/Los_Angeles",
    "sacramento": "America/Los_Angeles", "las vegas": "America/Los_Angeles", "oakland": "America/Los_Angeles",
    "la": "America/Los_Angeles", "houston": "America/Chicago", "dallas": "America/Chicago",
    "austin": "America/Chicago", "san antonio": "America/Chicago", "minneapolis": "America/Chicago",
    "st louis": "America/Chicago", "kansas city": "America/Chicago", "new orleans": "America/Chicago",
    "nashville": "America/Chicago", "milwaukee": "America/Chicago", "salt lake city": "America/Denver",
    "albuquerque": "America/Denver", "tucson": "America/Phoenix", "montreal": "America/Toronto",
    "ottawa": "America/Toronto", "quebec city": "America/Toronto", "calgary": "America/Edmonton",
    "rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "belo horizonte": "America/Sao_Paulo", "porto alegre": "America/Sao_Paulo", "curitiba": "America/Sao_Paulo",
    "salvador": "America/Bahia", "guadalajara": "America/Mexico_City", "puebla": "America/Mexico_City",
    "medellin": "America/Bogota", "cali": "America/Bogota", "valparaiso": "America/Santiago",
    "quito": "America/Guayaquil", "rosario": "America/Argentina/Cordoba",
    # Asia and Oceania
    "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata", "madras": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "ahmedabad": "Asia/Kolkata",
    "beijing": "Asia/Shanghai", "peking": "Asia/Shanghai", "shenzhen": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai", "chengdu": "Asia/Shanghai", "hangzhou": "Asia/Shanghai",
    "wuhan": "Asia/Shanghai", "nanjing": "Asia/Shanghai", "xian": "Asia/Shanghai", "tianjin": "Asia/Shanghai",
    "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "yokohama": "Asia/Tokyo", "nagoya": "Asia/Tokyo",
    "sapporo": "Asia/Tokyo", "fukuoka": "Asia/Tokyo", "busan": "Asia/Seoul", "incheon": "Asia/Seoul",
    "abu dhabi": "Asia/Dubai", "sharjah": "Asia/Dubai", "doha": "Asia/Qatar", "jeddah": "Asia/Riyadh",
    "mecca": "Asia/Riyadh", "tel aviv": "Asia/Jerusalem", "haifa": "Asia/Jerusalem", "lahore": "Asia/Karachi",
    "islamabad": "Asia/Karachi", "chittagong": "Asia/Dhaka", "hanoi": "Asia/Bangkok",
    "saigon": "Asia/Ho_Chi_Minh", "ho chi minh city": "Asia/Ho_Chi_Minh", "phuket": "Asia/Bangkok",
    "chiang mai": "Asia/Bangkok", "cebu": "Asia/Manila", "surabaya": "Asia/Jakarta", "bandung": "Asia/Jakarta",
    "bali": "Asia/Makassar", "denpasar": "Asia/Makassar", "penang": "Asia/Kuala_Lumpur",
    "canberra": "Australia/Sydney", "gold coast": "Australia/Brisbane", "wellington": "Pacific/Auckland",
    "christchurch": "Pacific/Auckland", "astana": "Asia/Almaty", "tashkent": "Asia/Tashkent",
    # Africa
    "cape town": "Africa/Johannesburg", "durban": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg",
    "marrakesh": "Africa/Casablanca", "rabat": "Africa/Casablanca", "alexandria": "Africa/Cairo",
    "abuja": "Africa/Lagos", "mombasa": "Africa/Nairobi", "zanzibar": "Africa/Dar_es_Salaam",
    # Names in their own languages
    "wien": "Europe/Vienna", "moskva": "Europe/Moscow", "moskau": "Europe/Moscow", "roma": "Europe/Rome",
    "milano": "Europe/Rome", "napoli": "Europe/Rome", "firenze": "Europe/Rome", "praha": "Europe/Prague",
    "warszawa": "Europe/Warsaw", "lisboa": "Europe/Lisbon", "bruxelles": "Europe/Brussels",
    "brussel": "Europe/Brussels", "geneve": "Europe/Zurich", "sevilla": "Europe/Madrid",
    "den haag": "Europe/Amsterdam", "kobenhavn": "Europe/Copenhagen", "athina": "Europe/Athens",
    "beograd": "Europe/Belgrade", "bucuresti": "Europe/Bucharest", "kiew": "Europe/Kyiv",
    "frankfurt am main": "Europe/Berlin", "koeln": "Europe/Berlin", "muenchen": "Europe/Berlin",
    "zuerich": "Europe/Zurich", "ciudad de mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
}

#: US states, Canadian provinces and Australian states, by their main zone.
REGIONS_OF_COUNTRIES: dict[str, str] = {
    **dict.fromkeys("connecticut, delaware, florida, maine, maryland, massachusetts, michigan, ohio, pennsylvania, "
                    "virginia, vermont, rhode island, new jersey, new hampshire, west virginia, north carolina, "
                    "south carolina, indiana, kentucky, new york state".split(", "), "America/New_York"),
    **dict.fromkeys("alabama, arkansas, illinois, iowa, kansas, louisiana, minnesota, mississippi, missouri, "
                    "nebraska, oklahoma, tennessee, texas, wisconsin, north dakota, south dakota".split(", "),
                    "America/Chicago"),
    **dict.fromkeys("colorado, idaho, montana, new mexico, utah, wyoming".split(", "), "America/Denver"),
    **dict.fromkeys("california, oregon, nevada, washington state".split(", "), "America/Los_Angeles"),
    "arizona": "America/Phoenix", "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
    "ontario": "America/Toronto", "quebec": "America/Toronto", "british columbia": "America/Vancouver",
    "alberta": "America/Edmonton", "manitoba": "America/Winnipeg", "saskatchewan": "America/Regina",
    "nova scotia": "America/Halifax", "new brunswick": "America/Moncton", "newfoundland": "America/St_Johns",
    "new south wales": "Australia/Sydney", "nsw": "Australia/Sydney", "victoria": "Australia/Melbourne",
    "queensland": "Australia/Brisbane", "tasmania": "Australia/Hobart", "south australia": "Australia/Adelaide",
    "western australia": "Australia/Perth", "northern territory": "Australia/Darwin",
}

#: Other names of countries (ISO 3166 codes), beside those in iso3166.tab.
COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US", "us": "US", "u s": "US", "u s a": "US", "united states of america": "US", "the us": "US",
    "the usa": "US", "the states": "US", "uk": "GB", "u k": "GB", "united kingdom": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "the uk": "GB",
    "south korea": "KR", "korea": "KR", "north korea": "KP", "uae": "AE", "emirates": "AE", "holland": "NL",
    "the netherlands": "NL", "czechia": "CZ", "russian federation": "RU", "turkiye": "TR", "persia": "IR",
    "burma": "MM", "ivory coast": "CI", "cote d ivoire": "CI", "swaziland": "SZ", "macedonia": "MK",
    "vatican": "VA", "timor leste": "TL", "bosnia": "BA", "trinidad": "TT", "drc": "CD", "dr congo": "CD",
    "deutschland": "DE", "espana": "ES", "italia": "IT", "nippon": "JP", "brasil": "BR", "mexico": "MX",
    "the philippines": "PH", "saudi": "SA", "ksa": "SA", "nz": "NZ", "aotearoa": "NZ", "schweiz": "CH",
    "suisse": "CH", "osterreich": "AT", "polska": "PL", "sverige": "SE", "norge": "NO", "danmark": "DK",
}

#: The zones to offer for countries with many, in the order to offer them, with labels.
COUNTRY_ZONES: dict[str, tuple[tuple[str, str], ...]] = {
    "US": (("America/New_York", "Eastern - New York"), ("America/Chicago", "Central - Chicago"),
           ("America/Denver", "Mountain - Denver"), ("America/Phoenix", "Arizona - Phoenix"),
           ("America/Los_Angeles", "Pacific - Los Angeles"), ("America/Anchorage", "Alaska - Anchorage"),
           ("Pacific/Honolulu", "Hawaii - Honolulu")),
    "CA": (("America/Toronto", "Eastern - Toronto, Montreal"), ("America/Vancouver", "Pacific - Vancouver"),
           ("America/Edmonton", "Mountain - Calgary, Edmonton"), ("America/Winnipeg", "Central - Winnipeg"),
           ("America/Regina", "Saskatchewan - Regina"), ("America/Halifax", "Atlantic - Halifax"),
           ("America/St_Johns", "Newfoundland - St. John's")),
    "AU": (("Australia/Sydney", "Sydney, Canberra"), ("Australia/Melbourne", "Melbourne"),
           ("Australia/Brisbane", "Brisbane (Queensland)"), ("Australia/Perth", "Perth (Western Australia)"),
           ("Australia/Adelaide", "Adelaide"), ("Australia/Hobart", "Hobart (Tasmania)"),
           ("Australia/Darwin", "Darwin (Northern Territory)")),
    "BR": (("America/Sao_Paulo", "Brasilia time - Sao Paulo, Rio"), ("America/Bahia", "Salvador, Bahia"),
           ("America/Fortaleza", "Fortaleza, Recife (northeast)"), ("America/Manaus", "Manaus (Amazonas)"),
           ("America/Cuiaba", "Cuiaba (Mato Grosso)"), ("America/Rio_Branco", "Rio Branco (Acre)"),
           ("America/Noronha", "Fernando de Noronha")),
    "RU": (("Europe/Moscow", "Moscow, St Petersburg"), ("Europe/Kaliningrad", "Kaliningrad"),
           ("Europe/Samara", "Samara"), ("Asia/Yekaterinburg", "Yekaterinburg"), ("Asia/Omsk", "Omsk"),
           ("Asia/Novosibirsk", "Novosibirsk"), ("Asia/Krasnoyarsk", "Krasnoyarsk"), ("Asia/Irkutsk", "Irkutsk"),
           ("Asia/Yakutsk", "Yakutsk"), ("Asia/Vladivostok", "Vladivostok"), ("Asia/Magadan", "Magadan"),
           ("Asia/Kamchatka", "Kamchatka")),
    "MX": (("America/Mexico_City", "Central - Mexico City, Guadalajara"), ("America/Monterrey", "Monterrey"),
           ("America/Cancun", "Cancun (Quintana Roo)"), ("America/Chihuahua", "Chihuahua"),
           ("America/Mazatlan", "Mazatlan (Sinaloa)"), ("America/Hermosillo", "Hermosillo (Sonora)"),
           ("America/Tijuana", "Tijuana (Baja California)")),
    "ID": (("Asia/Jakarta", "Western - Jakarta, Java, Sumatra"), ("Asia/Makassar", "Central - Bali, Sulawesi"),
           ("Asia/Jayapura", "Eastern - Papua, Moluccas")),
    "CN": (("Asia/Shanghai", "Beijing time - all of China"),),
}

#: Abbreviations people type for a time zone, with places that use them (the first is the usual one).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "est": ("America/New_York", "America/Toronto"), "edt": ("America/New_York", "America/Toronto"),
    "et": ("America/New_York", "America/Toronto"), "cst": ("America/Chicago", "America/Mexico_City", "Asia/Shanghai"),
    "cdt": ("America/Chicago", "America/Mexico_City"), "ct": ("America/Chicago",),
    "mst": ("America/Denver", "America/Phoenix", "America/Edmonton"), "mdt": ("America/Denver", "America/Edmonton"),
    "mt": ("America/Denver",), "pst": ("America/Los_Angeles", "America/Vancouver"),
    "pdt": ("America/Los_Angeles", "America/Vancouver"), "pt": ("America/Los_Angeles",),
    "akst": ("America/Anchorage",), "akdt": ("America/Anchorage",), "hst": ("Pacific/Honolulu",),
    "ast": ("America/Halifax", "Asia/Riyadh"), "adt": ("America/Halifax",), "nst": ("America/St_Johns",),
    "gmt": ("Europe/London", "Europe/Dublin", "UTC"), "bst": ("Europe/London",),
    "ist": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"), "wet": ("Europe/Lisbon",), "west": ("Europe/Lisbon",),
    "cet": ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"),
    "cest": ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome"), "met": ("Europe/Berlin",),
    "mez": ("Europe/Berlin",), "eet": ("Europe/Athens", "Europe/Helsinki", "Europe/Kyiv", "Africa/Cairo"),
    "eest": ("Europe/Athens", "Europe/Helsinki", "Europe/Kyiv"), "msk": ("Europe/Moscow",),
    "gst": ("Asia/Dubai",), "pkt": ("Asia/Karachi",), "npt": ("Asia/Kathmandu",), "ict": ("Asia/Bangkok",),
    "wib": ("Asia/Jakarta",), "sgt": ("Asia/Singapore",), "hkt": ("Asia/Hong_Kong",), "pht": ("Asia/Manila",),
    "jst": ("Asia/Tokyo",), "kst": ("Asia/Seoul",), "aest": ("Australia/Sydney", "Australia/Brisbane"),
    "aedt": ("Australia/Sydney", "Australia/Melbourne"), "acst": ("Australia/Adelaide", "Australia/Darwin"),
    "acdt": ("Australia/Adelaide",), "awst": ("Australia/Perth",), "nzst": ("Pacific/Auckland",),
    "nzdt": ("Pacific/Auckland",), "sast": ("Africa/Johannesburg",), "cat": ("Africa/Maputo",),
    "eat": ("Africa/Nairobi",), "wat": ("Africa/Lagos",), "brt": ("America/Sao_Paulo",),
    "art": ("America/Argentina/Buenos_Aires",),
}
#: Names that mean UTC itself: accepted as the zone "UTC".
UTC_NAMES = frozenset({"utc", "etc utc", "etc/utc", "z", "zulu", "uct", "universal", "coordinated universal time"})
#: Big places whose current offset is compared with a typed offset such as "GMT+1", to suggest some.
OFFSET_EXAMPLES = ("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
                   "America/Chicago", "America/New_York", "America/Halifax", "America/Sao_Paulo",
                   "Atlantic/Azores", "Europe/London", "Africa/Lagos", "Europe/Berlin", "Europe/Paris",
                   "Africa/Johannesburg", "Europe/Athens", "Europe/Kyiv", "Africa/Cairo", "Europe/Moscow",
                   "Europe/Istanbul", "Asia/Tehran", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata",
                   "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Singapore",
                   "Asia/Tokyo", "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney",
                   "Pacific/Auckland")

_OFFSET = re.compile(r"^(?:(?:utc|gmt|etc/gmt|z)\s*)?([+-])\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:h|hours?)?$")
_FILLER = frozenset("i im i'm am is in at my the a of from live living near city town zone time timezone tz "
                    "based currently now here".split())
_REGION_EXAMPLES = {"europe": "Berlin, London or Madrid", "america": "New York, Chicago or Sao Paulo",
                    "asia": "Tokyo, Dubai or Delhi", "africa": "Lagos, Nairobi or Cairo",
                    "pacific": "Auckland or Honolulu", "indian": "Mauritius or Maldives",
                    "atlantic": "Reykjavik or Azores"}
#: The zone folders that hold the world's zones; other top-level names in tzdata are legacy aliases.
_AREAS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


# --- the data, read once --------------------------------------------------------------------------

def key(text: str) -> str:
    """Return ``text`` as a lookup key: accents dropped, lower case, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['\u2019\u2018`\u00b4]", "", text).replace("&", " and ")
    text = " ".join(re.sub(r"[\W_]+", " ", text).split())
    return re.sub(r"^saint ", "st ", text)


def _tables_dir() -> Path | None:
    try:
        folder = Path(str(resources.files("tzdata").joinpath("zoneinfo")))
    except ModuleNotFoundError:
        folder = None
    if folder is not None and (folder / "zone.tab").is_file():
        return folder
    for base in zoneinfo.TZPATH:
        if (Path(base) / "zone.tab").is_file():
            return Path(base)
    return None


def _lines(name: str) -> Iterator[list[str]]:
    folder = _tables_dir()
    if folder is None or not (folder / name).is_file():
        return
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t") if "\t" in line else line.split()


@dataclass(frozen=True)
class _Data:
    canonical: dict[str, str]              # casefolded zone or link name -> canonical zone name
    folders: frozenset[str]                # casefolded zone folders ("europe", "america/argentina")
    countries: dict[str, tuple[str, ...]]  # ISO code -> zones in zone.tab order
    country_names: dict[str, str]          # ISO code -> name
    country_keys: dict[str, str]           # key -> ISO code
    codes: dict[str, str]                  # "de" -> DE: taken only when typed alone
    city_keys: dict[str, str]              # key -> zone
    zone_country: dict[str, str]           # zone -> ISO code
    comments: dict[str, str]               # zone -> zone.tab comment
    fuzzy_keys: tuple[str, ...]


def _names() -> tuple[set[str], dict[str, str]]:
    zones: set[str] = set()
    links: dict[str, str] = {}
    for row in _lines("tzdata.zi"):
        if row[0] == "Z":
            zones.add(row[1])
        elif row[0] == "L" and len(row) >= 3:
            links[row[2]] = row[1]
    if not zones:  # no tzdata.zi: every name that loads, without link resolution
        zones = set(zoneinfo.available_timezones())
    return zones, links


def _country_keys(code: str, name: str) -> Iterator[str]:
    yield key(name)
    base, _, inner = name.partition("(")
    inner = inner.rstrip(")").strip()
    if inner:
        yield key(base)
        yield key(f"{inner} {base}")
        if inner.isupper():
            yield key(inner)
    if "&" in name:
        yield key(name.split("&")[0])


@cache
def _data() -> _Data:
    countries: dict[str, list[str]] = {}
    comments: dict[str, str] = {}
    zone_country: dict[str, str] = {}
    for row in _lines("zone.tab"):
        if len(row) >= 3:
            countries.setdefault(row[0], []).append(row[2])
            zone_country[row[2]] = row[0]
            if len(row) >= 4:
                comments[row[2]] = row[3]
    zones, links = _names()
    canonical = {name.casefold(): name for name in zones}
    for link in links:
        # A link that zone.tab still lists (Europe/Oslo, Atlantic/Reykjavik) keeps its own name; an old
        # spelling (Asia/Calcutta, US/Eastern) becomes the current one.
        name = link
        while name not in zone_country and name in links:
            name = links[name]
        canonical[link.casefold()] = name
    canonical["utc"] = "UTC"
    folders = frozenset(name.casefold().rsplit("/", 1)[0] for name in canonical if "/" in name)
    country_names = {row[0]: row[1] for row in _lines("iso3166.tab") if len(row) >= 2}
    country_keys: dict[str, str] = {}
    for code, name in country_names.items():
        for k in _country_keys(code, name):
            country_keys.setdefault(k, code)
    country_keys.update({k: code for k, code in COUNTRY_ALIASES.items() if code in country_names})
    city_keys: dict[str, str] = {}
    for name in sorted(canonical):  # the city part of every zone and link in the world's folders
        zone = canonical[name]
        if "/" in name and zone.split("/")[0] in _AREAS and name.split("/")[0].title() in _AREAS:
            city_keys.setdefault(key(name.rsplit("/", 1)[1]), zone)
    city_keys.update(REGIONS_OF_COUNTRIES)
    city_keys.update(CITIES)
    fuzzy_keys = tuple(sorted({k for k in (*city_keys, *country_keys) if len(k) >= 4}))
    codes = {code.lower(): code for code in country_names}
    return _Data(canonical, folders, {c: tuple(z) for c, z in countries.items()}, country_names, country_keys,
                 codes, city_keys, zone_country, comments, fuzzy_keys)


# --- answers ------------------------------------------------------------------------------------

def _place(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _label(zone: str) -> str:
    comment = _data().comments.get(zone)
    return f"{_place(zone)} - {comment}" if comment else _place(zone)


def _signature(zone: str, year: int) -> tuple[dt.timedelta | None, ...]:
    tz = zoneinfo.ZoneInfo(zone)
    return tuple(dt.datetime(year, month, 15, 12, tzinfo=tz).utcoffset() for month in (1, 4, 7, 10))


def country_choices(code: str, *, year: int | None = None) -> tuple[ZoneChoice, ...]:
    """Return the zones to offer for a country: its main ones, or one for each different clock it has."""
    if code in COUNTRY_ZONES:
        return tuple(ZoneChoice(zone, label) for zone, label in COUNTRY_ZONES[code])
    year = year or dt.date.today().year
    seen: dict[tuple[dt.timedelta | None, ...], str] = {}
    for zone in _data().countries.get(code, ()):
        seen.setdefault(_signature(zone, year), zone)
    return tuple(ZoneChoice(zone, _label(zone)) for zone in seen.values())[:MAX_CHOICES]


def _country(code: str, *, fuzzy: bool = False) -> TimezoneAnswer:
    name = _data().country_names.get(code, code)
    choices = country_choices(code)
    if len(choices) == 1:
        zone = choices[0].zone
        return TimezoneAnswer(Kind.ZONE, f"{name} uses the {zone} time zone.", zone, fuzzy=fuzzy)
    return TimezoneAnswer(Kind.CHOICES, f"{name} has several time zones. Pick yours, or type your city:",
                          choices=choices, fuzzy=fuzzy)


def _city(zone: str, place: str, *, typed: str | None = None) -> TimezoneAnswer:
    place = place.strip()
    if key(place) == key(_place(zone)) or "/" in place:
        text = f"Time zone {zone}."
    else:
        text = f"{place[:1].upper()}{place[1:]} is in the {zone} time zone."
    if typed is not None:
        text = f"I took “{typed.strip()}” as {place}. " + text
    return TimezoneAnswer(Kind.ZONE, text, zone, fuzzy=typed is not None)


def _offset_choices(sign: str, hours: str, minutes: str | None, now: dt.datetime) -> tuple[ZoneChoice, ...]:
    offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0)) * (1 if sign == "+" else -1)
    fits = [zone for zone in OFFSET_EXAMPLES if now.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset() == offset]
    return tuple(ZoneChoice(zone, _place(zone)) for zone in fits[:4])


def _abbreviation(typed: str, now: dt.datetime) -> TimezoneAnswer | None:
    k = typed.strip().casefold()
    if k.replace(" ", "") in ABBREVIATIONS:
        zones = ABBREVIATIONS[k.replace(" ", "")]
        choices = tuple(ZoneChoice(z, "UTC" if z == "UTC" else _place(z)) for z in zones)
        example = _place(zones[0])
    elif match := _OFFSET.match(k):
        sign, hours, minutes = match.groups()
        if int(hours) > 14 or int(minutes or 0) >= 60:
            return None
        if k.startswith("etc/gmt"):  # the POSIX sign: Etc/GMT+5 is five hours behind UTC
            sign = "-" if sign == "+" else "+"
        choices = _offset_choices(sign, hours, minutes, now)
        example = choices[0].label if choices else "Berlin"
    else:
        return None
    shown = typed.strip().upper() if len(typed.strip()) <= 8 else typed.strip()
    text = (f"{shown} names a clock offset, not a place, and an offset does not follow summer time: reminders "
            f"set by it would be an hour off for part of the year. Type your city instead (for example {example})"
            + (", or pick one:" if choices else "."))
    return TimezoneAnswer(Kind.ABBREVIATION, text, choices=choices)


def _exact(k: str, typed: str) -> TimezoneAnswer | None:
    """Find a country, state or city named exactly (in any case, with or without accents)."""
    data = _data()
    if k in data.country_keys:
        return _country(data.country_keys[k])
    if len(k) == 2 and k in data.codes:
        return _country(data.codes[k])
    if k in data.city_keys:
        return _city(data.city_keys[k], typed)
    return None


def _windows(k: str) -> Iterator[str]:
    words = k.split()
    for size in range(min(len(words), 4), 0, -1):
        for start in range(len(words) - size + 1):
            part = words[start:start + size]
            if not all(w in _FILLER for w in part):
                yield " ".join(part)


def _within(k: str, typed: str) -> TimezoneAnswer | None:
    """Find a city or country named inside longer text ("Berlin, Germany", "I live in Paris")."""
    data = _data()
    cities = [w for w in _windows(k) if w in data.city_keys]
    countries = [w for w in _windows(k) if w in data.country_keys and w not in data.city_keys]
    if countries:
        code = data.country_keys[countries[0]]
        for city in cities:
            if data.zone_country.get(data.city_keys[city]) == code:
                return _city(data.city_keys[city], city)
        return _country(code)
    return _city(data.city_keys[cities[0]], cities[0]) if cities else None


def _fuzzy(k: str, typed: str) -> TimezoneAnswer | None:
    data = _data()
    if len(k) < 4:
        return None
    found = process.extract(k, data.fuzzy_keys, scorer=fuzz.ratio, limit=12, score_cutoff=FUZZY_CUTOFF)
    best: dict[str, tuple[float, str]] = {}  # zone or "country:XX" -> best score and key
    for name, score, _ in found:
        target = f"country:{data.country_keys[name]}" if name in data.country_keys else data.city_keys[name]
        if target not in best or score > best[target][0]:
            best[target] = (score, name)
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    if not ranked:
        return None
    (target, (score, name)), rest = ranked[0], ranked[1:]
    if score >= SURE_SCORE and (not rest or rest[0][1][0] <= score - 5):
        if target.startswith("country:"):
            return _country(target.removeprefix("country:"), fuzzy=True)
        return _city(target, name.title(), typed=typed)
    choices: list[ZoneChoice] = []
    for target, (_, name) in ranked:
        zones = country_choices(target.removeprefix("country:")) if target.startswith("country:") else ()
        if zones:
            choices.extend(ZoneChoice(z.zone, f"{name.title()}: {z.label}") for z in zones[:3])
        elif not target.startswith("country:"):
            choices.append(ZoneChoice(target, f"{name.title()} ({target})"))
    unique = tuple({c.zone: c for c in choices}.values())[:5]
    return TimezoneAnswer(Kind.CHOICES, f"I could not find “{typed.strip()}”. Did you mean:", choices=unique,
                          fuzzy=True)


def resolve_timezone(text: str, *, now: dt.datetime | None = None) -> TimezoneAnswer:
    """Return the time zone, the choices, or what to type instead, for what a person typed as their place.

    ``now`` (default: the current time) only picks the places suggested for an offset such as "GMT+1".
    """
    typed = text.strip().strip("/").strip()
    if not typed:
        return TimezoneAnswer(Kind.EMPTY, "Type your city, for example London, New York or Berlin.")
    if len(typed) > MAX_CHARS:
        return TimezoneAnswer(Kind.TOO_LONG, f"That is longer than a place name ({MAX_CHARS} characters at most). "
                                             "Type just your city, for example Berlin.")
    data = _data()
    if typed.casefold() in UTC_NAMES:
        return TimezoneAnswer(Kind.ZONE, "Time zone UTC. It does not follow summer time; if your clocks change, "
                                         "type your city instead.", "UTC")
    if (abbreviation := _abbreviation(typed, now or dt.datetime.now(dt.UTC))) is not None:
        return abbreviation
    k = key(typed)
    if (answer := _exact(k, typed)) is not None:
        return answer
    folded = re.sub(r"\s*/\s*", "/", typed).replace(" ", "_").casefold()
    if folded in data.canonical:
        return _city(data.canonical[folded], typed)
    if folded in data.folders:
        folder = typed.title() if "/" not in folded else typed
        example = _REGION_EXAMPLES.get(folded.split("/")[0], "Berlin, New York or Tokyo")
        return TimezoneAnswer(Kind.REGION, f"{folder} is a region with many time zones. Type your city instead, "
                                           f"for example {example}.")
    if "/" in folded:  # a misspelt zone name: match its last part
        k = key(folded.rsplit("/", 1)[1])
        if (answer := _exact(k, typed)) is not None:
            return answer
    answer = _within(k, typed) or _fuzzy(k, typed)
    if answer is not None:
        return answer
    return TimezoneAnswer(Kind.UNKNOWN, f"I could not find a time zone for “{typed}”. Type the nearest big city, "
                                        "for example Berlin, or a zone name such as Europe/London.")


def canonical_zone(name: str) -> str | None:
    """Return the current IANA name for a zone or link name in any case ("asia/calcutta" -> Asia/Kolkata)."""
    return _data().canonical.get(name.strip().casefold())


def country_of_zone(zone: str) -> str | None:
    """Return the ISO 3166 code of the country a zone is in (from zone.tab), or None (UTC, unknown)."""
    name = canonical_zone(zone)
    return _data().zone_country.get(name) if name else None


def describe(zone: str, *, now: dt.datetime | None = None) -> str:
    """Return the zone with its local time and offset now, e.g. "Europe/Berlin (14:05 now, UTC+01:00)"."""
    local = (now or dt.datetime.now(dt.UTC)).astimezone(zoneinfo.ZoneInfo(zone))
    offset = local.strftime("%z")
    return f"{zone} ({local:%H:%M} now, UTC{offset[:3]}:{offset[3:]})"


def all_zones() -> Iterable[str]:
    """Return every canonical zone name known to the data, sorted."""
    return sorted(set(_data().canonical.values()))
