"""How long a knowledge base of 100,000 or 1,000,000 phrasings takes to be ready, and the memory it takes.

Each size is written as YAML files (``bench.kbfiles``: the shipped knowledge base grown by
``bench.search.synthetic``), then read by a fresh process that loads and checks it, builds the search
index and answers one question. The peer, in the same run, is a process that only parses the same files
with PyYAML's libyaml loader (the floor for reading them); peak memory is each process's VmHWM.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.kbfiles import write_synthetic
from bench.table import fmt, progress, table

ROOT = Path(__file__).resolve().parent.parent
SIZES = tuple(int(s) for s in os.environ.get("BENCH_READY_SIZES", "100000,1000000").split(","))
QUESTION = "how often should I massage my back?"

_OURS = """
import json, sys, time
t0 = time.perf_counter()
from bot.dialogue import Dialogue
from bot.knowledge import load
t1 = time.perf_counter()
kb = load(sys.argv[1])
t2 = time.perf_counter()
dialogue = Dialogue(kb)
t3 = time.perf_counter()
reply = dialogue.respond(sys.argv[2])
t4 = time.perf_counter()
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "index": t3 - t2, "first": t4 - t3, "topic": reply.topic,
                  "rss": int(status["VmRSS"].split()[0]) / 1024, "peak": int(status["VmHWM"].split()[0]) / 1024}))
"""

_YAML = """
import json, sys, time
from pathlib import Path
import yaml
t0 = time.perf_counter()
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
t1 = time.perf_counter()
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({"load": t1 - t0, "peak": int(status["VmHWM"].split()[0]) / 1024}))
"""


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> None:
    """Print the ready-time table."""
    rows = []
    for size in SIZES:
        with tempfile.TemporaryDirectory(prefix="backcare-ready-") as tmp:
            progress(f"ready: writing a synthetic knowledge base of {size:,} phrasings")
            write_synthetic(Path(tmp), size)
            progress(f"ready: {size:,} phrasings: BackCare")
            ours = _run(_OURS, tmp, QUESTION)
            progress(f"ready: {size:,} phrasings: parsing alone")
            floor = _run(_YAML, tmp)
        ready = ours["load"] + ours["index"] + ours["first"]
        rows.append([fmt(size), fmt(ours["load"] * 1000), fmt(ours["index"] * 1000), fmt(ready * 1000),
                     fmt(ours["peak"]), fmt(ours["rss"]), fmt(floor["load"] * 1000), fmt(floor["peak"]),
                     f"{ready / floor['load']:.1f}"])
    table(
        "Knowledge base ready: load, check, index, first answer (fresh process)",
        ["phrasings", "load + check ms", "index ms", "ready ms", "peak MB", "RSS after MB", "libyaml parse ms",
         "libyaml peak MB", "ready / parse"],
        rows,
        ["the shipped knowledge base grown by bench.search.synthetic, written as YAML files of 10,000 entries",
         "ready = load and check the files + build the search index + answer one question; imports not counted",
         "peer: the same files parsed by yaml.load(..., Loader=yaml.CSafeLoader) and nothing else",
         "targets: 100,000 phrasings ready in <= 5 s and <= 250 MB"],
    )
