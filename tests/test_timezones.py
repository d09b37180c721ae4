"""Finding a time zone from what a person types, without Telegram."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.timezones import (
    MAX_CHARS,
    Kind,
    all_zones,
    canonical_zone,
    country_of_zone,
    describe,
    resolve_timezone,
)

WINTER = dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(("typed", "zone"), [
    ("london", "Europe/London"), ("Berlin", "Europe/Berlin"), ("new york", "America/New_York"),
    ("NEW YORK", "America/New_York"), ("São Paulo", "America/Sao_Paulo"), ("sao paulo", "America/Sao_Paulo"),
    ("Zürich", "Europe/Zurich"), ("st. john's", "America/St_Johns"), ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("Kiev", "Europe/Kyiv"), ("Calcutta", "Asia/Kolkata"), ("  Tokyo  ", "Asia/Tokyo"),
    ("los angeles", "America/Los_Angeles"), ("Amsterdam", "Europe/Amsterdam"), ("Oslo", "Europe/Oslo"),
    ("Reykjavik", "Atlantic/Reykjavik"),
])
def test_a_city_in_a_zone_name_is_found_in_any_case_and_spelling_of_accents(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert answer.kind is Kind.ZONE and answer.found
    assert answer.zone == zone
    assert not answer.fuzzy
    assert zone in answer.text


@pytest.mark.parametrize(("typed", "zone"), [
    ("frankfurt", "Europe/Berlin"), ("Manchester", "Europe/London"), ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"), ("Boston", "America/New_York"),
    ("Washington", "America/New_York"), ("Munich", "Europe/Berlin"), ("München", "Europe/Berlin"),
    ("Barcelona", "Europe/Madrid"), ("Mumbai", "Asia/Kolkata"), ("Delhi", "Asia/Kolkata"),
    ("Beijing", "Asia/Shanghai"), ("Shanghai", "Asia/Shanghai"), ("Rio", "America/Sao_Paulo"),
    ("Saint Petersburg", "Europe/Moscow"), ("Wien", "Europe/Vienna"), ("texas", "America/Chicago"),
    ("California", "America/Los_Angeles"), ("Ontario", "America/Toronto"),
])
def test_a_big_city_that_is_not_a_zone_name_is_found(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert (answer.kind, answer.zone) == (Kind.ZONE, zone)
    assert typed.strip().lower() in answer.text.lower()  # the reply names what was typed, so a slip shows


@pytest.mark.parametrize(("typed", "zone"), [
    ("Germany", "Europe/Berlin"), ("japan", "Asia/Tokyo"), ("France", "Europe/Paris"), ("india", "Asia/Kolkata"),
    ("UK", "Europe/London"), ("England", "Europe/London"), ("China", "Asia/Shanghai"), ("DE", "Europe/Berlin"),
    ("Argentina", "America/Argentina/Buenos_Aires"), ("South Korea", "Asia/Seoul"), ("Ireland", "Europe/Dublin"),
])
def test_a_country_with_one_clock_gets_its_zone(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert (answer.kind, answer.zone) == (Kind.ZONE, zone)


@pytest.mark.parametrize(("typed", "first", "includes"), [
    ("United States", "America/New_York", {"America/Chicago", "America/Denver", "America/Los_Angeles",
                                           "America/Phoenix", "America/Anchorage", "Pacific/Honolulu"}),
    ("usa", "America/New_York", {"America/Los_Angeles"}),
    ("Australia", "Australia/Sydney", {"Australia/Perth", "Australia/Brisbane", "Australia/Adelaide"}),
    ("Canada", "America/Toronto", {"America/Vancouver", "America/Halifax", "America/St_Johns"}),
    ("Brazil", "America/Sao_Paulo", {"America/Manaus"}),
    ("Russia", "Europe/Moscow", {"Europe/Kaliningrad", "Asia/Vladivostok"}),
    ("Spain", "Europe/Madrid", {"Atlantic/Canary"}),
    ("Portugal", "Europe/Lisbon", {"Atlantic/Azores"}),
])
def test_a_country_with_several_clocks_offers_its_main_zones(typed: str, first: str, includes: set[str]) -> None:
    answer = resolve_timezone(typed)
    assert answer.kind is Kind.CHOICES and answer.zone is None
    zones = [choice.zone for choice in answer.choices]
    assert zones[0] == first
    assert includes <= set(zones)
    assert len(zones) == len(set(zones)) <= 12
    assert all(choice.label for choice in answer.choices)


def test_zones_with_the_same_clock_are_offered_once() -> None:
    spain = [choice.zone for choice in resolve_timezone("Spain").choices]
    assert "Africa/Ceuta" not in spain  # same clock as Madrid all year


def test_country_choices_label_the_places() -> None:
    labels = {choice.zone: choice.label for choice in resolve_timezone("United States").choices}
    assert "New York" in labels["America/New_York"] and "Eastern" in labels["America/New_York"]


@pytest.mark.parametrize(("typed", "zone"), [
    ("Londn", "Europe/London"), ("frankfort", "Europe/Berlin"), ("sao paolo", "America/Sao_Paulo"),
    ("Amsterdm", "Europe/Amsterdam"), ("Barcelonna", "Europe/Madrid"),
])
def test_a_close_spelling_is_taken_and_said(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert (answer.kind, answer.zone) == (Kind.ZONE, zone)
    assert answer.fuzzy
    assert typed in answer.text  # "I took “Londn” as London."


@pytest.mark.parametrize(("typed", "zone"), [("Berlni", "Europe/Berlin"), ("Tokio", "Asia/Tokyo"),
                                             ("Sidney", "Australia/Sydney"), ("Jermany", "Europe/Berlin")])
def test_a_less_sure_spelling_is_offered_not_set(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert answer.kind is Kind.CHOICES and answer.fuzzy
    assert zone in [choice.zone for choice in answer.choices]
    assert "Did you mean" in answer.text


@pytest.mark.parametrize("typed", ["Europe", "America", "europe/", "Asia", "America/Argentina", "Etc"])
def test_a_zone_folder_asks_for_the_city(typed: str) -> None:
    answer = resolve_timezone(typed)
    assert answer.kind is Kind.REGION and answer.zone is None
    assert "region" in answer.text and "city" in answer.text


def test_over_long_input_is_refused_without_searching() -> None:
    answer = resolve_timezone("Europe/" + "x" * 300)
    assert answer.kind is Kind.TOO_LONG and answer.zone is None
    assert str(MAX_CHARS) in answer.text and "city" in answer.text


@pytest.mark.parametrize(("typed", "place"), [
    ("EST", "America/New_York"), ("est", "America/New_York"), ("CET", "Europe/Berlin"), ("PST", "America/Los_Angeles"),
    ("IST", "Asia/Kolkata"), ("BST", "Europe/London"), ("GMT", "Europe/London"), ("JST", "Asia/Tokyo"),
])
def test_an_abbreviation_is_explained_and_places_are_suggested(typed: str, place: str) -> None:
    answer = resolve_timezone(typed)
    assert answer.kind is Kind.ABBREVIATION and answer.zone is None
    assert "summer time" in answer.text and "city" in answer.text
    assert answer.choices[0].zone == place


@pytest.mark.parametrize(("typed", "winter", "summer"), [
    ("GMT+1", "Europe/Berlin", "Europe/London"), ("UTC-5", "America/New_York", "America/Chicago"),
    ("utc+5:30", "Asia/Kolkata", "Asia/Kolkata"), ("+05:30", "Asia/Kolkata", "Asia/Kolkata"),
    ("Etc/GMT+5", "America/New_York", "America/Chicago"),  # the POSIX sign: five hours behind UTC
])
def test_an_offset_is_explained_with_places_on_that_clock_now(typed: str, winter: str, summer: str) -> None:
    for now, place in ((WINTER, winter), (SUMMER, summer)):
        answer = resolve_timezone(typed, now=now)
        assert answer.kind is Kind.ABBREVIATION and answer.zone is None
        assert "summer time" in answer.text
        assert place in [choice.zone for choice in answer.choices]


def test_utc_itself_is_accepted_with_a_note() -> None:
    for typed in ("UTC", "utc", "Etc/UTC"):
        answer = resolve_timezone(typed)
        assert (answer.kind, answer.zone) == (Kind.ZONE, "UTC")
        assert "summer time" in answer.text


@pytest.mark.parametrize(("typed", "zone"), [
    ("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"), ("EUROPE/LONDON", "Europe/London"),
    ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"), ("asia/calcutta", "Asia/Kolkata"),
    ("US/Eastern", "America/New_York"), ("America/New York", "America/New_York"), ("Europe/Londn", "Europe/London"),
])
def test_iana_names_in_any_case_and_old_links_give_the_current_name(typed: str, zone: str) -> None:
    answer = resolve_timezone(typed)
    assert (answer.kind, answer.zone) == (Kind.ZONE, zone)


@pytest.mark.parametrize(("typed", "zone"), [
    ("I live in Paris", "Europe/Paris"), ("Berlin, Germany", "Europe/Berlin"), ("Toronto, Canada", "America/Toronto"),
    ("new york city", "America/New_York"),
])
def test_a_place_inside_a_longer_phrase_is_found(typed: str, zone: str) -> None:
    assert resolve_timezone(typed).zone == zone


def test_a_city_in_another_country_than_the_one_named_gives_that_country() -> None:
    answer = resolve_timezone("London, Canada")  # London, Ontario
    assert answer.kind is Kind.CHOICES and answer.choices[0].zone == "America/Toronto"


def test_unknown_and_empty_input_say_what_to_type() -> None:
    for typed, kind in (("narnia", Kind.UNKNOWN), ("", Kind.EMPTY), ("   ", Kind.EMPTY), ("/", Kind.EMPTY)):
        answer = resolve_timezone(typed)
        assert answer.kind is kind and answer.zone is None and not answer.choices
        assert "city" in answer.text


@given(st.text(max_size=120))
def test_any_text_gets_an_answer_whose_zones_load(text: str) -> None:
    answer = resolve_timezone(text)
    assert answer.text
    for zone in [answer.zone, *(choice.zone for choice in answer.choices)]:
        if zone is not None:
            ZoneInfo(zone)
    assert (answer.zone is not None) == (answer.kind is Kind.ZONE)


def test_every_offered_country_zone_loads() -> None:
    for typed in ("United States", "Canada", "Australia", "Brazil", "Russia", "Mexico", "Indonesia", "Antarctica"):
        for choice in resolve_timezone(typed).choices:
            ZoneInfo(choice.zone)


def test_country_of_zone() -> None:
    assert country_of_zone("Europe/Berlin") == "DE"
    assert country_of_zone("europe/london") == "GB"
    assert country_of_zone("Asia/Calcutta") == "IN"  # an old name
    assert country_of_zone("America/New_York") == "US"
    assert country_of_zone("UTC") is None
    assert country_of_zone("Europe") is None
    assert country_of_zone("x" * 500) is None


def test_canonical_names_and_description() -> None:
    assert canonical_zone("europe/kiev") == "Europe/Kyiv"
    assert canonical_zone("nowhere") is None
    assert "Europe/Berlin" in all_zones()
    assert describe("Europe/Berlin", now=WINTER) == "Europe/Berlin (13:00 now, UTC+01:00)"
    assert describe("America/St_Johns", now=SUMMER) == "America/St_Johns (09:30 now, UTC-02:30)"
