"""Emergency, non-emergency and crisis-line numbers per country, and a user's country from their time zone.

Numbers: the European Commission's 112 pages (112 works in every EU country and most of Europe),
Wikipedia's "List of emergency telephone numbers", and each service's own page (NHS 111,
healthdirect Australia, Healthline New Zealand, HealthLink/811 Canada, 116117 Germany, 1177 Sweden).
Time zone to country: the IANA tz database's ``zone.tab`` (shipped by the ``tzdata`` package, or
``/usr/share/zoneinfo``), which gives each zone its ISO 3166 country code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

SOURCES = (
    "European Commission: 112, the European emergency number (digital-strategy.ec.europa.eu/en/policies/112)",
    "Wikipedia: List of emergency telephone numbers (en.wikipedia.org/wiki/List_of_emergency_telephone_numbers)",
    "NHS 111 (111.nhs.uk); healthdirect (healthdirect.gov.au); Healthline NZ (healthify.nz); "
    "HealthLink BC 811; 116117.de; 1177.se",
    "IANA time zone database, zone.tab (iana.org/time-zones)",
)
#: Where the crisis lines (thoughts of suicide) come from: each service's own page, and findahelpline.com.
CRISIS_SOURCES = (
    "Find A Helpline, the directory of crisis lines by country (findahelpline.com)",
    "988lifeline.org (US); 988.ca (Canada); samaritans.org (UK and Ireland); giveusashout.org; 50808.ie; "
    "lifeline.org.au; 1737.org.nz; telefonseelsorge.de; telefonseelsorge.at; 143.ch; 3114.fr; 113.nl; "
    "zelfmoord1813.be; preventionsuicide.be; sanidad.gob.es (024); mind.se; mentalhelse.no; livslinien.dk; "
    "mieli.fi; telemanas.mohfw.gov.in; sadag.org; sos.org.sg; cvv.org.br; gob.mx (Línea de la Vida)",
)
#: The crisis lines, listed when the country is not known.
COMMON_CRISIS = ("a crisis line (988 in the US and Canada, 116 123 in the UK and Ireland, 13 11 14 in Australia; "
                 "findahelpline.com lists others)")
#: A known country without a line listed here.
LOCAL_CRISIS = "a local crisis line (findahelpline.com lists them)"
CRISIS: dict[str, str] = {
    "US": "the 988 Suicide & Crisis Lifeline (call or text 988)",
    "CA": "the 9-8-8 Suicide Crisis Helpline (call or text 988)",
    "GB": "Samaritans on 116 123 (free, day or night) or the Shout text line (text SHOUT to 85258)",
    "IE": "Samaritans on 116 123 (free, day or night) or the 50808 text line (text HELLO to 50808)",
    "AU": "Lifeline on 13 11 14",
    "NZ": "Need to talk? (call or text 1737)",
    "DE": "the TelefonSeelsorge on 0800 111 0 111 or 0800 111 0 222",
    "AT": "the Telefonseelsorge on 142",
    "CH": "Die Dargebotene Hand / La Main Tendue on 143",
    "FR": "the national suicide prevention line on 3114",
    "NL": "113 Zelfmoordpreventie on 113 or 0800 0113",
    "BE": "the Zelfmoordlijn on 1813 or the Centre de Prévention du Suicide on 0800 32 123",
    "ES": "the 024 line (call 024)",
    "SE": "Mind Självmordslinjen on 90101",
    "NO": "Mental Helse on 116 123",
    "DK": "Livslinien on 70 201 201",
    "FI": "the MIELI Crisis Helpline on 09 2525 0111",
    "IN": "Tele-MANAS on 14416",
    "ZA": "SADAG on 0800 567 567",
    "SG": "Samaritans of Singapore (SOS) on 1767",
    "BR": "CVV on 188",
    "MX": "Línea de la Vida on 800 911 2000",
}


@dataclass(frozen=True)
class Numbers:
    """The numbers to name for one country."""

    emergency: str
    non_emergency: str = ""


#: The common numbers, listed when the country is not known.
COMMON = Numbers(
    "your local emergency number (112 in Europe and many other countries, 911 in the US and Canada, "
    "999 in the UK, 000 in Australia)",
    "your doctor or a non-emergency health line (such as NHS 111 in England, 811 in most of Canada, "
    "healthdirect 1800 022 222 in Australia)",
)

_EU112 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH".split()

NUMBERS: dict[str, Numbers] = {cc: Numbers("112") for cc in _EU112}
NUMBERS.update({
    "GB": Numbers("999 (or 112)", "NHS 111 (call 111 or go to 111.nhs.uk)"),
    "IE": Numbers("112 or 999", "your GP or the GP out-of-hours service"),
    "US": Numbers("911", "your doctor or an urgent care clinic"),
    "CA": Numbers("911", "811 (the provincial health line) or your doctor"),
    "AU": Numbers("000", "healthdirect on 1800 022 222 or your GP"),
    "NZ": Numbers("111", "Healthline on 0800 611 116 or your GP"),
    "DE": Numbers("112", "116117 (the on-call doctor service) or your GP"),
    "AT": Numbers("112 or 144", "1450 (the health line) or your doctor"),
    "CH": Numbers("144 or 112", "your doctor or the cantonal medical on-call line"),
    "FR": Numbers("15 or 112", "116 117 (the on-call doctor) or your doctor"),
    "SE": Numbers("112", "1177 or your health centre"),
    "NO": Numbers("113 or 112", "116117 (the out-of-hours clinic, legevakt) or your doctor"),
    "FI": Numbers("112", "116117 or your health centre"),
    "DK": Numbers("112", "your doctor or the out-of-hours doctor (1813 in the Capital Region)"),
    "NL": Numbers("112", "your GP or the out-of-hours GP post (huisartsenpost)"),
    "BE": Numbers("112", "1733 (the out-of-hours GP) or your doctor"),
    "PT": Numbers("112", "SNS 24 on 808 24 24 24 or your health centre"),
    "IN": Numbers("112 (or 108 for an ambulance)"),
    "ZA": Numbers("10177 (or 112 from a mobile)"),
    "SG": Numbers("995"),
    "HK": Numbers("999"),
    "MY": Numbers("999"),
    "JP": Numbers("119", "#7119 where it is available, or your doctor"),
    "KR": Numbers("119"),
    "CN": Numbers("120"),
    "TW": Numbers("119"),
    "BR": Numbers("192 (SAMU)"),
    "MX": Numbers("911"),
    "AR": Numbers("107 or 911"),
    "CL": Numbers("131"),
    "CO": Numbers("123"),
    "RU": Numbers("112 or 103"),
    "UA": Numbers("103 or 112"),
    "TR": Numbers("112"),
    "IL": Numbers("101 (Magen David Adom)"),
    "AE": Numbers("998 (ambulance) or 999"),
    "SA": Numbers("997 (ambulance) or 911"),
    "EG": Numbers("123"),
    "NG": Numbers("112"),
    "KE": Numbers("999 or 112"),
    "PH": Numbers("911"),
    "TH": Numbers("1669"),
    "ID": Numbers("112 or 119"),
    "PK": Numbers("1122 or 115"),
})

#: Old zone names that ``zone.tab`` no longer lists, as people still set them.
_LEGACY = {"GB": "GB", "GB-Eire": "GB", "Eire": "IE", "Europe/Belfast": "GB", "Europe/Kiev": "UA",
           "Asia/Calcutta": "IN", "Asia/Saigon": "VN", "Asia/Katmandu": "NP", "Asia/Rangoon": "MM",
           "NZ": "NZ", "Japan": "JP", "ROK": "KR", "PRC": "CN", "Singapore": "SG", "Hongkong": "HK",
           "Israel": "IL", "Turkey": "TR", "Egypt": "EG", "Poland": "PL", "Portugal": "PT", "Iceland": "IS"}
_PREFIXES = {"US/": "US", "Canada/": "CA", "Australia/": "AU", "Brazil/": "BR", "Mexico/": "MX", "Chile/": "CL"}


def _tab_text() -> str:
    for name in ("zone.tab", "zone1970.tab"):
        try:
            return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            pass
        path = Path("/usr/share/zoneinfo") / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """Return each IANA time zone's ISO country code, from the tz database's zone table."""
    out: dict[str, str] = {}
    for line in _tab_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out.setdefault(parts[2], parts[0].split(",")[0])
    return out


def country_of_zone(zone: str | None) -> str | None:
    """Return the ISO 3166 code of the country a time zone ("Europe/London") belongs to, or None."""
    if not zone:
        return None
    zone = zone.strip()
    found = zone_countries().get(zone) or _LEGACY.get(zone)
    if found is None:
        found = next((cc for prefix, cc in _PREFIXES.items() if zone.startswith(prefix)), None)
    return found


def numbers_for(country: str | None) -> Numbers:
    """Return the numbers to name for an ISO country code, or the common ones when it is unknown."""
    if not country:
        return COMMON
    known = NUMBERS.get(country.strip().upper())
    if known is None:
        return COMMON
    return Numbers(known.emergency, known.non_emergency or f"your doctor, or {known.emergency} if it gets worse")


def crisis_line(country: str | None) -> str:
    """Return the crisis line to name for an ISO country code (thoughts of suicide), or the common ones."""
    if not country:
        return COMMON_CRISIS
    return CRISIS.get(country.strip().upper(), LOCAL_CRISIS)
