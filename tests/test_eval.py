"""The engine against the development queries and a held-out set of other wordings.

Bars (the issue's): >= 95% of in-scope items answered with the expected content, >= 95% of
out-of-scope items rejected, every chronic and urgent item flagged, <= 2% false alarms.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.dialogue import Dialogue
from bot.safety import Level

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ROOT.parent / "shared" / "eval" / "dev_queries.yaml",
    "held-out": ROOT / "tests" / "data" / "paraphrases.yaml",
}


def figures(dialogue: Dialogue, path: Path) -> tuple[dict[str, float], list[str]]:
    n = dict.fromkeys(["in", "in_ok", "out", "out_ok", "flag", "flag_ok", "none", "alarm"], 0)
    misses = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
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
            ok = reply.safety >= Level.parse(safety)
            n["flag_ok"] += ok
            misses += [] if ok else [f"missed {safety}: {item['q']!r}"]
    rates = {
        "answered": n["in_ok"] / max(n["in"], 1),
        "rejected": n["out_ok"] / max(n["out"], 1),
        "flagged": n["flag_ok"] / max(n["flag"], 1),
        "false_alarm": n["alarm"] / max(n["none"], 1),
    }
    return rates, misses


@pytest.mark.parametrize("name", list(SETS))
def test_engine_meets_the_bar(dialogue: Dialogue, name: str) -> None:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} is not beside the project")
    rates, misses = figures(dialogue, path)
    detail = "\n".join(misses)
    assert rates["answered"] >= 0.95, detail
    assert rates["rejected"] >= 0.95, detail
    assert rates["flagged"] == 1.0, detail
    assert rates["false_alarm"] <= 0.02, detail
