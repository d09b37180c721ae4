"""Safety triage: four levels, durations from a fixed today, whose sign it is, negation, numbers, corpus figures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.safety import DETECTORS, Level, assess, country_of_zone, numbers_for, safety_note
from bot.safety.durations import easter, holiday

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_QUERIES = ROOT.parent / "shared" / "eval" / "dev_queries.yaml"
#: The corpus was written as if sent on this day ("since Easter" = about 8 months).
TODAY = dt.date(2026, 12, 1)


def level(text: str, **kwargs: object) -> Level:
    return assess(text, today=TODAY, **kwargs).level  # type: ignore[arg-type]


# --- the levels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my back hurts and I suddenly can't control my bladder",
    "I've lost control of my bowels and my back is killing me",
    "I wet myself this morning and my back is agony",
    "numbness between my legs and terrible back pain",
    "my groin and buttocks feel numb",
    "both my legs feel weak and my back hurts",
    "my legs keep giving way since my back went",
    "I fell down the stairs and now my back hurts a lot",
    "back pain after a car accident yesterday",
    "Not sure if it matters, I have numbness in my groin",
    "I don't know what to do, I've wet myself twice",
    "I don't want to overreact, my legs keep giving way",
    "never had this before, both legs are numb",
    "I can't control when I need to go to the toilet since the back pain started",
    "my bum feels numb since my back went",
    "i was rear-ended last week and my back hurts",
    "my legs are numb and tingly",
    "back pain with chest pain",
    "I can't feel the toilet paper when I wipe and my back aches",
    "my husband suddenly can't feel his legs and his back is killing him",
])
def test_emergency_signs_are_emergency(text: str) -> None:
    assert level(text) is Level.EMERGENCY, text


@pytest.mark.parametrize("text", [
    "back pain with a high fever",
    "I had breast cancer five years ago and now my back aches",
    "losing weight without trying and my back hurts",
    "severe back pain at night that wakes me up",
    "no idea what happened, I had a fever yesterday with back pain",
    "not sure if related, I lost weight without trying",
    "I've got a temperature and my back really hurts",
    "I feel hot and shivery and my back is sore",
    "I've lost a stone without trying and my back aches",
    "I can't sleep, the pain at night is unbearable",
    "my left leg has gone numb since my back went this morning",
    "my foot slaps the floor when I walk and my back hurts",
    "I've been on steroid tablets for years and my back started hurting",
    "I'm 58 and this is the first time I've ever had back pain",
    "I have osteoporosis and slipped yesterday, now my back hurts",
    "there's a new lump on my spine and it aches",
])
def test_red_flags_are_at_least_urgent(text: str) -> None:
    assert level(text) >= Level.URGENT, text


@pytest.mark.parametrize("text", [
    "I've had lower back pain for over a year now, what can I do?",
    "my back has been hurting every day for 4 months",
    "I live with chronic back pain, how often should I massage",
    "back pain for years, nothing helps",
    "persistent ache in my lower back",
    "my back has been sore for ages",
    "stiff back since last winter",
    "back pain that never goes away",
    "aching back for 14 weeks",
    "six months of back trouble",
    "my back has bothered me since my teens",
    "my back's been bad since my pregnancy two years ago",
    "my back has hurt since Easter",
    "it started in 2021 and my back still aches",
    "sore back since the autumn",
    "my back has been bad for donkey's years",
    "half a year of back pain",
    "since my operation in the spring my back hasn't been right",
    "my physio says it's chronic",
    "I have ankylosing spondylitis",
    "degenerative disc disease, what massage is safe?",
    "my mum has had back pain for a year",
])
def test_long_lasting_pain_is_chronic(text: str) -> None:
    assert level(text) is Level.CHRONIC, text


@pytest.mark.parametrize("text", [
    "how often should I massage my back?",
    "no numbness, just a stiff back from yesterday",
    "I don't have a fever, my back is just tight",
    "my pain went away after a week, how do I keep it away",
    "I fell asleep on the sofa and my neck is stiff",
    "I've been doing self massage for years, any new techniques?",
    "no bladder or bowel problems, just an achy back",
    "how long should a session last",
    "I used to have back pain for months but it is gone now",
    "is it ok to massage twice a week",
    "my back only hurt for two days last month",
    "what stretch can I do sitting with both legs straight out",
    "I lie on my back with both feet flat on the floor, then what",
    "does massage help with weight loss",
    "can massage help me lose weight",
    "I want to lose weight and fix my posture",
    "is it normal that my back is worse when I lie down",
    "I fell off the pace in my running club and my back is stiff",
    "massage for cancer patients?",
    "my partner is doing chemo, can I massage her back",
    "I lost 5 kg on purpose by dieting and my back feels better",
    "no fever, numbness or bladder problems, just a stiff back",
    "I don't have a fever or any numbness",
    # look-alikes, other people's history, ages, habits, ended pain
    "hay fever is making me sneeze and my back is a bit stiff since Monday",
    "my dog had cancer last year; my back is sore from carrying him yesterday",
    "my grandad had a fever last week and I pulled my back lifting him",
    "I'm 34 and my back aches after the gym",
    "I'm 30 weeks pregnant, is massage ok for my back?",
    "desk job for twenty years, my back got sore yesterday",
    "I had back pain for 6 months in 2019 but it went away",
    "numbness? none. fever - no. just a stiff back since Saturday",
    "my butt isn't numb and my pee is normal, back just hurts since the gym on Thursday",
    "I crashed on the sofa all weekend and now my back is stiff",
])
def test_ordinary_messages_raise_nothing(text: str) -> None:
    a = assess(text, today=TODAY)
    assert a.level is Level.NONE, (text, a.signs)


def test_levels_are_ordered_and_print_lowercase() -> None:
    assert Level.NONE < Level.CHRONIC < Level.URGENT < Level.EMERGENCY
    assert [str(x) for x in Level] == ["none", "chronic", "urgent", "emergency"]
    assert Level.parse("Emergency") is Level.EMERGENCY
    with pytest.raises(ValueError, match="use none, chronic, urgent or emergency"):
        Level.parse("severe")


# --- durations from today ----------------------------------------------------------------------

def test_easter_and_moving_holidays_are_computed() -> None:
    assert easter(2026) == dt.date(2026, 4, 5) and easter(2025) == dt.date(2025, 4, 20)
    assert holiday("thanksgiving", 2026) == dt.date(2026, 11, 26)
    assert holiday("diwali", 2026) == dt.date(2026, 11, 8)


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("my back has hurt since Easter", dt.date(2026, 12, 1), Level.CHRONIC),
    ("my back has hurt since Easter", dt.date(2026, 5, 1), Level.NONE),  # four weeks after Easter 2026
    ("my back has hurt since Diwali", dt.date(2026, 12, 1), Level.NONE),  # Diwali 2026 was 8 November
    ("my back has hurt since Diwali last year", dt.date(2026, 12, 1), Level.CHRONIC),
    ("back pain since October", dt.date(2026, 12, 1), Level.NONE),
    ("back pain since September", dt.date(2026, 12, 1), Level.CHRONIC),
    ("back pain since September", dt.date(2026, 10, 1), Level.NONE),
    ("sore back since Thanksgiving", dt.date(2026, 12, 1), Level.NONE),
    ("sore back since the summer holidays", dt.date(2026, 12, 1), Level.CHRONIC),
])
def test_starts_are_counted_from_the_given_today(text: str, today: dt.date, expected: Level) -> None:
    assert assess(text, today=today).level is expected, text


# --- whose symptom, and the wording for them ---------------------------------------------------

def test_another_persons_red_flag_is_worded_for_them(kb: KnowledgeBase) -> None:
    a = assess("my partner suddenly can't feel their legs, his back is agony", today=TODAY)
    assert a.level is Level.EMERGENCY and a.subject == "other"
    note = safety_note(kb, a, "GB")
    assert "your partner" in note and "999" in note and "Because you said your partner" in note


def test_reasons_say_why_in_one_line() -> None:
    a = assess("my back aches and my bum feels numb", today=TODAY)
    assert a.reasons and a.reasons[0].startswith("Because you mentioned numbness around your bottom")


# --- numbers ----------------------------------------------------------------------------------

def test_local_numbers_when_the_country_is_known(kb: KnowledgeBase) -> None:
    a = assess("back pain and chest pain", today=TODAY)
    assert "911" in safety_note(kb, a, "US") and "999" not in safety_note(kb, a, "US")
    assert "000" in safety_note(kb, a, "AU")
    common = safety_note(kb, a)
    assert all(n in common for n in ("112", "911", "999", "000"))
    urgent = assess("my back hurts and I have a fever", today=TODAY)
    assert "111" in safety_note(kb, urgent, "GB") and "116117" in safety_note(kb, urgent, "DE")


def test_country_from_the_time_zone_table() -> None:
    assert country_of_zone("Europe/London") == "GB"
    assert country_of_zone("America/Chicago") == "US"
    assert country_of_zone("Australia/Perth") == "AU"
    assert country_of_zone("Etc/UTC") is None and country_of_zone(None) is None
    assert numbers_for(country_of_zone("Pacific/Auckland")).emergency == "111"


# --- the conversation core -----------------------------------------------------------------------

def test_a_red_flag_at_the_end_of_a_long_paste_is_found(dialogue: Dialogue) -> None:
    text = "how often should I massage my back? " * 200 + "also I have wet myself and my back hurts"
    reply = dialogue.respond(text, today=TODAY)
    assert len(text) > 4096 and reply.safety is Level.EMERGENCY


def test_dialogue_names_the_numbers_for_the_country(dialogue: Dialogue) -> None:
    reply = dialogue.respond("I fell off a ladder and my back hurts", country="NZ", today=TODAY)
    assert reply.safety is Level.EMERGENCY and reply.text.startswith("⚠️") and "111" in reply.text


def test_asks_duration_only_for_own_current_pain_of_unknown_length() -> None:
    assert assess("my back hurts, what should I do?", today=TODAY).asks_duration
    assert not assess("my back hurts since Monday", today=TODAY).asks_duration
    assert not assess("how do I massage my wife's sore back?", today=TODAY).asks_duration
    assert not assess("my back hurts and I have a fever", today=TODAY).asks_duration
    assert not assess("how often should I massage", today=TODAY).asks_duration


def test_signs_are_named_and_can_be_removed_for_search() -> None:
    text = "I've had back pain for years, how often should I massage"
    result = assess(text, today=TODAY)
    assert result.signs == ("long-duration",)
    assert "for years" not in result.without_signs(text)
    assert "how often should I massage" in result.without_signs(text)


def test_emergency_outranks_urgent_and_chronic() -> None:
    assert level("chronic back pain for years and now a fever") is Level.URGENT
    assert level("chronic back pain for years, a fever, and now chest pain") is Level.EMERGENCY


@pytest.mark.parametrize("text", ["", "🙂" * 5000, "a" * 10_000, "fever " * 2000, "\u202e\u0000"])
def test_odd_input_never_raises(text: str) -> None:
    assert assess(text).level in Level


@pytest.mark.parametrize("text", [
    "fever " * 700,
    "no numbness but " * 256,
    "my back hurts and my legs are numb, " * 120,
    "numb" + " x" * 2046 + " groin",
    " ".join(f"for {n} months my back hurt and my husband had a fever" for n in range(80)),
])
def test_a_full_length_paste_is_read_with_bounded_work(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 4096-character message is read a clause at a time, each clause short, at most once per word."""
    import bot.safety.triage as triage
    from bot.safety.clauses import MAX_CLAUSE, Clause

    spans: dict[str, list[int]] = {"denied": [], "bank": []}
    real_denied, real_find = triage.denied, triage.banks.find

    def counted_denied(clause: Clause, *args: object, **kwargs: object) -> bool:
        spans["denied"].append(len(clause.text))
        return real_denied(clause, *args, **kwargs)  # type: ignore[arg-type]

    def counted_find(low: str, start: int, end: int) -> object:
        spans["bank"].append(end - start)
        return real_find(low, start, end)

    monkeypatch.setattr(triage, "denied", counted_denied)
    monkeypatch.setattr(triage.banks, "find", counted_find)
    text = text[:4096]
    assert assess(text, today=TODAY).level in Level
    words = len(text.split())
    for name, seen in spans.items():
        assert len(seen) <= words and max(seen, default=0) <= MAX_CLAUSE, (name, len(seen), max(seen, default=0))


def test_a_repeated_clause_is_read_once() -> None:
    once = assess("I've wet myself and my back hurts.", today=TODAY)
    many = assess("I've wet myself and my back hurts. " * 117, today=TODAY)
    assert many.level is once.level is Level.EMERGENCY and many.signs == once.signs


@pytest.mark.parametrize(("line", "expected"), [("my back has hurt since Easter", "chronic"),
                                                 ("back pain with chest pain", "emergency")])
def test_ask_json_reports_the_level(line: str, expected: str, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    import io

    import bot.safety.triage as triage

    class _December(dt.date):
        @classmethod
        def today(cls) -> _December:
            return cls(2026, 12, 1)

    monkeypatch.setattr(triage.dt, "date", _December)
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["safety"] == expected


# --- the labelled corpora --------------------------------------------------------------------------

def _corpus(path: Path) -> list[tuple[str, Level]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(str(i["text"]), Level.parse(str(i["level"]))) for i in items]


def _dev_queries() -> list[tuple[str, Level]]:
    if not DEV_QUERIES.exists():
        pytest.skip(f"{DEV_QUERIES} is not beside the project")
    items = yaml.safe_load(DEV_QUERIES.read_text(encoding="utf-8"))
    return [(str(i["q"]), Level.parse(str(i["expect"]["safety"]))) for i in items if "safety" in i["expect"]]


def test_dev_queries_carry_their_safety_level(dialogue: Dialogue) -> None:
    """Through the whole reply, as ``../shared/eval/score.py`` scores it (an entry may carry a level)."""
    misses = []
    items = _dev_queries()
    for text, expected in items:
        got = dialogue.respond(text, today=TODAY).safety
        if (expected is Level.NONE and got is not Level.NONE) or got < expected:
            misses.append(f"{text!r}: {got}, expected {expected}")
    assert not misses, "\n".join(misses)


def figures(items: list[tuple[str, Level]],
            detectors: tuple[str, ...] = DETECTORS) -> tuple[float, float, float, list[str]]:
    """Return (flagged at least at level, emergency at emergency, false alarms) and the misses."""
    flagged = emergency = alarms = n_flag = n_em = n_none = 0
    misses: list[str] = []
    for text, expected in items:
        got = assess(text, today=TODAY, detectors=detectors).level
        if expected is Level.NONE:
            n_none += 1
            alarms += got is not Level.NONE
            if got is not Level.NONE:
                misses.append(f"false alarm {got}: {text!r}")
            continue
        n_flag += 1
        flagged += got >= expected
        if got < expected:
            misses.append(f"missed {expected} (got {got}): {text!r}")
        if expected is Level.EMERGENCY:
            n_em += 1
            emergency += got is Level.EMERGENCY
    return flagged / max(n_flag, 1), emergency / max(n_em, 1), alarms / max(n_none, 1), misses


#: Scored once, untuned: 0.922 flagged, 54/56 emergencies, 0.126 false alarms (rules 0.898 / 0.096, bank 0.721 /
#: 0.104). Scored once more after the by-kind generalisation (what-if and general questions, look-alikes, lengths of
#: roles and habits, ended episodes; tuned on the dev part and tests/data/safety_probes.yaml only): 0.914 flagged,
#: 54/56 emergencies, 0.111 false alarms (rules 0.889 / 0.081, bank 0.721 / 0.089). Leave-one-writer-out on the dev
#: part + probes (python -m bench.safety_cv): rules+banks 1.000 / 0.004 (tuned on those messages, so not out of
#: writer); a trained char-n-gram model alone, out of writer, 0.847 flagged, 0.679 emergencies, 0.162 false alarms;
#: added to rules+banks it raises no CV recall and adds false alarms below 0.8 confidence, so it stays opt-in ("model"
#: detector) and the held-out part, scored once more with rules+banks, is unchanged: 0.914 / 54/56 / 0.111. It stays
#: strict: the mark must go as soon as the held-out part meets the bar.
HELD_OUT_BELOW_BAR = pytest.mark.xfail(strict=True, reason="the held-out part does not meet the bar yet "
                                                           "(0.850 flagged, 0.919 emergencies, 0.128 false alarms "
                                                           "with w5-w8 in it; writer-out CV: bench/safety_cv.py)")


#: Writers w5 and w6 (the previous round's fresh set, scored then only as totals: 0.829 flagged, 49/56 emergencies,
#: 0.153 false alarms) and two new writers, w7 and w8, joined both parts; the dev part stands at 0.917 / 0.896 / 0.059
#: until it is tuned again.
DEV_BELOW_BAR = pytest.mark.xfail(strict=True, reason="writers w5-w8 joined the dev part: 0.917 flagged, "
                                                      "0.896 emergencies, 0.059 false alarms")


@pytest.mark.parametrize("name", [pytest.param("safety_dev.yaml", marks=DEV_BELOW_BAR), "safety_probes.yaml",
                                  pytest.param("safety_heldout.yaml", marks=HELD_OUT_BELOW_BAR)])
def test_corpus_figures(name: str) -> None:
    items = _corpus(DATA / name)
    flagged, emergency, alarms, misses = figures(items)
    detail = "\n".join(misses)
    assert flagged == 1.0, detail
    assert emergency == 1.0, detail
    assert alarms <= 0.02, detail


def test_corpus_covers_every_level_from_several_writers() -> None:
    rows = yaml.safe_load((DATA / "safety_dev.yaml").read_text(encoding="utf-8")) + yaml.safe_load(
        (DATA / "safety_heldout.yaml").read_text(encoding="utf-8"))
    assert len(rows) >= 600 and len({r["writer"] for r in rows}) >= 3
    assert {r["level"] for r in rows} == {"none", "chronic", "urgent", "emergency"}


@pytest.mark.parametrize(("text", "level"), [
    ("hot or cold for back ache", Level.NONE),
    ("should I use ice or heat on my lower back", Level.NONE),
    ("hot or cold? I have a fever and my back hurts", Level.URGENT),
])
def test_heat_or_cold_is_a_treatment_question_not_a_fever(text: str, level: Level) -> None:
    assert assess(text, today=dt.date(2026, 12, 1)).level is level
