"""How the safety triage reads a blind writer's lexicon of lay phrasings, flag by flag.

    python -m bench.lexicon                 # per flag: `says` found at the flag's level, `not` look-alikes flagged
    python -m bench.lexicon --show          # also list what is missed and what is flagged wrongly
    python -m bench.lexicon --detectors rules,bank
    python -m bench.lexicon --frame 'my back is really hurting and {p}'   # one frame for every phrase

The lexicon (``/work/corpus/lexicon/flags.yaml``, or ``--lexicon PATH``) was written by someone who saw no code and
no corpus: for each flag id, ``says`` (short lay phrasings of the sign in many Englishes) and ``not`` (look-alikes
that must not flag).  Its ``says`` were used to write the phrase banks, so it is now part of the project's content:
these figures are dev figures, not a measure of wordings the project has never seen.

Each phrase is read inside a frame sentence that gives it back pain (:data:`FRAMES`), the way a person would write
it to the bot: a phrase about someone else ("mum's lost control of her bladder") gets that person's back pain, and
osteoporosis, which counts only with a fall or a sudden pain, gets a frame with a sudden pain.  A ``says`` phrase is
found when every frame gives at least the flag's level; a ``not`` phrase is a false alarm when any frame is flagged
at all (the frames alone are none), and the last column counts those where the flag itself is among the signs (a
look-alike of one flag may rightly raise another: "had a car accident" is not a bladder sign).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import yaml

from bench.table import table
from bot.safety import DETECTORS, Level, assess
from bot.safety.flags import FLAG_BY_ID

LEXICON = Path("/work/corpus/lexicon/flags.yaml")
TODAY = dt.date(2026, 12, 1)
#: Frames per kind of phrase: the writer's own sign, and someone else's.  ``{p}`` is the phrase.
FRAMES = {
    "self": ("my back is really hurting and {p}", "{p}, and my lower back aches"),
    "other": ("{p}, and their back is really hurting", "their lower back aches and {p}"),
}
#: Flags that count only with a fall or a sudden pain: their frames give one.
SUDDEN = {
    "self": ("my back suddenly started hurting and {p}", "{p}, and my lower back suddenly started aching"),
    "other": ("{p}, and their back suddenly started hurting", "their lower back suddenly started aching and {p}"),
}
_OTHER = re.compile(r"\b(?:he|she|he's|she's|hes|shes|his|her|him|they|their|them|mum|mom|mother|mam|dad|father|"
                    r"husband|wife|partner|son|daughter|brother|sister|nan|nana|gran|granny|grandad|grandpa|grandma|"
                    r"grandmother|grandfather|uncle|aunt|auntie|friend|boyfriend|girlfriend|kid|child|baby|"
                    r"toddler)(?:'s)?\b", re.IGNORECASE)


def frames(flag: str, phrase: str, only: str | None = None) -> list[str]:
    """Return the messages ``phrase`` of ``flag`` is read in (``only``: that one frame for every phrase)."""
    if only:
        return [only.format(p=phrase)]
    who = "other" if _OTHER.search(phrase) else "self"
    chosen = SUDDEN if flag == "osteoporosis" else FRAMES
    return [f.format(p=phrase) for f in chosen[who]]


def load(path: Path) -> dict[str, dict[str, list[str]]]:
    """Return the lexicon: flag id -> {"says": [...], "not": [...]}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): {"says": [str(x) for x in v.get("says") or []], "not": [str(x) for x in v.get("not") or []]}
            for k, v in data.items() if isinstance(v, dict)}


def level_of(text: str, detectors: tuple[str, ...]) -> Level:
    """Return the level ``assess`` gives ``text``."""
    return assess(text, today=TODAY, detectors=detectors).level


def flags_of(text: str, detectors: tuple[str, ...]) -> tuple[Level, tuple[str, ...]]:
    """Return the level ``assess`` gives ``text`` and the flags that raised it."""
    a = assess(text, today=TODAY, detectors=detectors)
    return a.level, a.signs


def run(path: Path = LEXICON, detectors: tuple[str, ...] = DETECTORS, show: bool = False,
        only: str | None = None) -> tuple[int, int, int, int]:
    """Print the per-flag table; return (found, says, flagged, not)."""
    lexicon = load(path)
    for frame in (only,) if only else (*FRAMES["self"], *FRAMES["other"], *SUDDEN["self"], *SUDDEN["other"]):
        assert level_of(frame.format(p="that is all"), detectors) is Level.NONE, frame
    rows, misses, alarms = [], [], []
    totals = [0, 0, 0, 0, 0]
    for flag, parts in lexicon.items():
        need = FLAG_BY_ID[flag].level if flag in FLAG_BY_ID else Level.URGENT
        found = 0
        for phrase in parts["says"]:
            got = [level_of(t, detectors) for t in frames(flag, phrase, only)]
            if min(got) >= need:
                found += 1
            else:
                misses.append((flag, phrase, "/".join(str(g) for g in got)))
        flagged = itself = 0
        for phrase in parts["not"]:
            read = [flags_of(t, detectors) for t in frames(flag, phrase, only)]
            if max(lv for lv, _ in read) > Level.NONE:
                flagged += 1
                itself += any(flag in fs for _, fs in read)
                alarms.append((flag, phrase, "/".join(f"{lv}:{','.join(fs)}" if fs else str(lv) for lv, fs in read)))
        rows.append([flag, str(need), f"{found}/{len(parts['says'])}", f"{flagged}/{len(parts['not'])}",
                     f"{itself}/{len(parts['not'])}"])
        totals = [totals[0] + found, totals[1] + len(parts["says"]), totals[2] + flagged, totals[3] + len(parts["not"]),
                  totals[4] + itself]
    rows.append(["all", "", f"{totals[0]}/{totals[1]}", f"{totals[2]}/{totals[3]}", f"{totals[4]}/{totals[3]}"])
    framed = f"the frame {only!r}" if only else "every frame"
    table(f"Lexicon {path.name}: `says` found at the flag's level in {framed}, `not` flagged in any "
          f"(detectors {'+'.join(detectors)})", ["flag", "level", "says found", "not flagged", "not: that flag"],
          rows)
    if show:
        for flag, phrase, got in misses:
            print(f"MISS  {flag:18} {got:22} {phrase}")
        for flag, phrase, got in alarms:
            print(f"ALARM {flag:18} {phrase:40} {got}")
    return totals[0], totals[1], totals[2], totals[3]


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(prog="python -m bench.lexicon", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lexicon", type=Path, default=LEXICON, help="the lexicon file (default %(default)s)")
    parser.add_argument("--detectors", default=",".join(DETECTORS), help="comma-separated (default %(default)s)")
    parser.add_argument("--frame", help="read every phrase in this one frame, {p} standing for it (for example "
                        "'my back is really hurting and {p}')")
    parser.add_argument("--show", action="store_true", help="list the misses and the false alarms")
    args = parser.parse_args()
    if not args.lexicon.exists():
        parser.error(f"no lexicon at {args.lexicon}; pass --lexicon PATH")
    run(args.lexicon, tuple(args.detectors.split(",")), args.show, args.frame)


if __name__ == "__main__":
    main()
