"""The engine against the blind corpus (a development and a held-out half), the shared development
queries and the project's own paraphrases.

Blind corpus bars (issue 11): >= 97% of in-domain messages answered with the right entry (an item
that also asks a second question counts when its main topic is answered, first or second), >= 97%
of off-topic ones rejected, and every message in another language told so, not called off-topic.
The shared queries are scored as ``../shared/eval/score.py`` does, with the same bars.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.dialogue import Dialogue, Reply, ReplyKind
from bot.safety import Level
from tests.corpora import corpus

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BLIND = {"dev": DATA / "queries_dev.yaml", "held-out": DATA / "queries_heldout.yaml"}
SHARED = ROOT.parent / "shared" / "eval" / "dev_queries.yaml"
PARAPHRASES = DATA / "paraphrases.yaml"


def topics(reply: Reply) -> set[str]:
    """Return every entry a reply answers: its own and a second question's."""
    return {t for t in (reply.topic, *(a.topic for a in reply.also)) if t is not None}


def blind_figures(dialogue: Dialogue, path: Path) -> tuple[dict[str, float], list[str]]:
    """Return the answered, rejected and other-language rates on a blind-corpus file, and the misses."""
    n = dict.fromkeys(["in", "in_ok", "out", "out_ok", "lang", "lang_ok"], 0)
    misses = []
    for item in corpus(path):
        reply = dialogue.respond(item["text"])
        if item.get("language"):
            n["lang"] += 1
            ok = reply.kind is ReplyKind.OTHER_LANGUAGE and reply.topic is None
            n["lang_ok"] += ok
            misses += [] if ok else [f"language not told: {item['text']!r} -> {reply.kind}"]
        elif item.get("topic"):
            n["in"] += 1
            ok = item["topic"] in topics(reply)
            n["in_ok"] += ok
            misses += [] if ok else [f"wrong: {item['text']!r} -> {reply.topic} ({reply.kind}, {reply.score:.0f}), "
                                     f"wanted {item['topic']}"]
        else:
            n["out"] += 1
            ok = not topics(reply)
            n["out_ok"] += ok
            misses += [] if ok else [f"not rejected: {item['text']!r} -> {reply.topic}"]
    rates = {"answered": n["in_ok"] / max(n["in"], 1), "rejected": n["out_ok"] / max(n["out"], 1),
             "other_language": n["lang_ok"] / max(n["lang"], 1)}
    return rates, misses


def shared_figures(dialogue: Dialogue, path: Path) -> tuple[dict[str, float], list[str]]:
    """Return the rates of ``score.py`` (answered with the expected content, rejected, flagged, false alarms)."""
    n = dict.fromkeys(["in", "in_ok", "out", "out_ok", "flag", "flag_ok", "none", "alarm"], 0)
    misses = []
    for item in corpus(path):
        expect, reply = item["expect"], dialogue.respond(item["q"])
        if expect.get("matched") is True:
            n["in"] += 1
            ok = reply.topic is not None and all(re.search(rx, reply.text, re.I)
                                                 for rx in expect.get("answer_has", []))
            n["in_ok"] += ok
            misses += [] if ok else [f"unanswered: {item['q']!r} -> {reply.topic}"]
        elif expect.get("matched") is False:
            n["out"] += 1
            n["out_ok"] += reply.topic is None
            misses += [] if reply.topic is None else [f"not rejected: {item['q']!r} -> {reply.topic}"]
        safety = expect.get("safety")
        if safety == "none":
            n["none"] += 1
            n["alarm"] += reply.safety is not Level.NONE
            misses += [] if reply.safety is Level.NONE else [f"false alarm: {item['q']!r}"]
        elif safety:
            n["flag"] += 1
            ok = reply.safety >= Level.parse("urgent" if safety == "emergency" else safety)
            n["flag_ok"] += ok
            misses += [] if ok else [f"missed {safety}: {item['q']!r}"]
    rates = {
        "answered": n["in_ok"] / max(n["in"], 1),
        "rejected": n["out_ok"] / max(n["out"], 1),
        "flagged": n["flag_ok"] / max(n["flag"], 1),
        "false_alarm": n["alarm"] / max(n["none"], 1),
    }
    return rates, misses


_scored: dict[Path, tuple[dict[str, float], list[str]]] = {}


def scored_once(dialogue: Dialogue, path: Path) -> tuple[dict[str, float], list[str]]:
    """Return :func:`blind_figures` for ``path``, computed once per test session (two tests read them)."""
    if path not in _scored:
        _scored[path] = blind_figures(dialogue, path)
    return _scored[path]


#: What the engine reaches today (docs/quality.md): a floor, so that a change that loses ground fails.
#: Writers w11 and w12 joined both halves (their rows scored untouched first: 0.762 right, 0.957 rejected).
#: After session 4's work (tuned on the dev half before w11-w12 joined it: 0.970 / 0.994 on w1-w8 rows), with w11-w12:
#: dev 0.930 / 0.981, held-out 0.851 / 0.966 (scored once).
#: Writers w13-w14 and w17-w18 (session 5) joined both halves (w17-w18 scored untouched first: 0.770 right, 0.923
#: rejected); with them, after session 5's answers pass: dev 0.898 / 0.967 / 0.970 (other language), held-out 0.835 /
#: 0.970 / 0.925 (totals); after a last pass on the new writers' dev rows: dev 0.914, held-out 0.839 (scored again).
#: With the trained answer model beside the engine (round 6, bot/search/learned.py): dev 0.933 / 0.983 (flattered: the
#: model is fitted on these items; 0.919 / 0.980 leaving each writer out), held-out 0.863 / 0.966 (scored once).
#: Writers w19-w22 (session 6) joined both halves (scored untouched first, whole files: 0.826 right, 0.928 rejected,
#: 0.944 other language); with them, dev 0.894 / 0.957 / 0.952; the held-out floors are set from those untouched figures
#: and the held-out half's last ones, without scoring it.
#: Writers w31-w35 (session 7) joined both halves (scored untouched first, whole files: 0.838 right, 0.939 rejected,
#: 0.961 other language); with them and the answer model refitted, dev 0.885 / 0.951 / 0.950; after the round's answers
#: pass (alternates, idioms and chat spellings, tuned on w31-w33's dev rows): dev 0.895 / 0.959 / 0.950, held-out
#: 0.844 / 0.954 / 0.944 (scored once). Session 8: w36-w38 joined (their dev rows untouched 0.852 / 0.941 / 0.958);
#: after the round's answers pass: dev 0.909 / 0.957 / 0.957, held-out 0.851 / 0.952 / 0.940 (scored once).
#: Session 9: w39-w43 joined both halves (their rows scored untouched first, whole files: 0.828 right, 0.930 rejected,
#: 0.816 other language); with them and the answer model refitted, dev 0.898 / 0.952 / 0.935 (the held-out floors set
#: from those untouched figures, without scoring the half).
#: After the round's passes (by kind on w39-w43's dev rows, off-topic rejection, other languages, stated conditions):
#: dev 0.922 / 0.991 / 0.980, held-out 0.860 / 0.957 / 0.947 (scored once; w39-w43's rows 0.860 / 0.954 / 0.872).
#: Session 10: w44-w46 (session 9's fresh set) joined both halves (scored untouched first, whole files: 0.837 right,
#: 0.931 rejected, 1.000 other language; their future held-out rows 0.844 / 0.885 / 1.000); with them and the answer
#: model refitted, dev 0.916 / 0.988 / 0.982; the held-out rejection floor lowered by those rows' weight (an estimate
#: of 0.950), without scoring the half. Then w47-w49 (session 10's new writers) joined (untouched, whole files: 0.849
#: right, 0.956 rejected, 0.935 other language; their held-out rows 0.822 / 0.967 / 0.913); with them and the model
#: refitted, dev 0.913 / 0.985 / 0.980 (the held-out estimate 0.856 / 0.952 / 0.949 stays above the floors).
#: After session 10's answers, rejection and language passes and the review's fixes: dev 0.926 / 0.999 / 0.996,
#: held-out 0.866 / 0.961 / 0.964 (scored once; w1-w43's rows 0.868 / 0.964 / 0.966, w44-w49's 0.849 / 0.944 / 0.957).
FLOORS = {"dev": (0.92, 0.99, 0.99), "held-out": (0.86, 0.96, 0.96)}


@pytest.mark.parametrize("name", list(BLIND))
def test_blind_corpus_keeps_its_ground(dialogue: Dialogue, name: str) -> None:
    path = BLIND[name]
    if not path.exists():
        pytest.skip(f"{path} is missing; build it with tests/data/build_queries.py")
    rates, misses = scored_once(dialogue, path)
    answered, rejected, other = FLOORS[name]
    detail = "\n".join(misses) if name == "dev" else "(held-out misses are not shown: do not tune on them)"
    assert rates["answered"] >= answered, detail
    assert rates["rejected"] >= rejected, detail
    assert rates["other_language"] >= other, detail


@pytest.mark.xfail(strict=True, reason="issue 11's bar is not met yet: in-domain 0.926 (dev with w1-w49, the answer "
                                       "model fitted on it) and 0.866 (held-out, scored once) against 0.97; "
                                       "see docs/quality.md")
@pytest.mark.parametrize("name", list(BLIND))
def test_blind_corpus_meets_the_bar(dialogue: Dialogue, name: str) -> None:
    path = BLIND[name]
    if not path.exists():
        pytest.skip(f"{path} is missing; build it with tests/data/build_queries.py")
    rates, misses = scored_once(dialogue, path)
    detail = "\n".join(misses) if name == "dev" else "(held-out misses are not shown: do not tune on them)"
    assert rates["answered"] >= 0.97, detail
    assert rates["rejected"] >= 0.97, detail
    assert rates["other_language"] >= 0.97, detail


@pytest.mark.parametrize("path", [
    SHARED,
    PARAPHRASES,
], ids=["shared-dev", "paraphrases"])
def test_query_sets_meet_the_bar(dialogue: Dialogue, path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not beside the project")
    rates, misses = shared_figures(dialogue, path)
    detail = "\n".join(misses)
    bar = 0.97 if path == SHARED else 0.95
    assert rates["answered"] >= bar, detail
    assert rates["rejected"] >= bar, detail
    assert rates["flagged"] == 1.0, detail
    assert rates["false_alarm"] <= 0.02, detail
