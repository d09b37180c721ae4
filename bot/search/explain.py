"""Why an entry won: the reading of a message and each part's scores, as lines for ``ask --explain``."""

from __future__ import annotations

from bot.search.index import SearchIndex


def explain(index: SearchIndex, text: str, *, limit: int = 3) -> list[str]:
    """Return lines that show how ``text`` was read and scored, and why the result is what it is."""
    result = index.find(text, limit=limit)
    lines: list[str] = []
    if index.is_exact(text):
        return [f"exact phrasing of {result.best.entry.id if result.best else '?'}: answered at 100"]
    for n, part in enumerate(index.score_parts(text, with_chars=True)):
        label = "whole message" if n == 0 else f"sentence {n}{' (asks)' if part.asks else ''}"
        lines.append(f"{label}: {part.text!r}")
        reading = part.reading
        fixes = ", ".join(f"{c.typed}->{c.meant} (odds {c.odds:+.1f})" for c in reading.corrections) or "none"
        lines.append(f"  stems: {' '.join(reading.stems) or '(none)'}; corrections: {fixes}")
        anchor = "yes" if part.anchor == 1 else "no"
        marks = "".join([f", back or massage words: {' '.join(sorted(part.domain))}" if part.domain else "",
                         f", of another domain: {' '.join(sorted(part.cues))}" if part.cues else ""])
        lines.append(f"  gate: domain coverage {part.coverage:.2f}, back-care word {anchor}{marks}")
        for entry_id, (cues, coverage, _) in sorted(part.excused.items()):
            lines.append(f"  not against {entry_id} (its phrasings say it beside the same word): "
                         f"{' '.join(sorted(cues))}, coverage {coverage:.2f}")
        for r in part.ranked[: limit + 1]:
            lines.append(f"  {r.score:5.1f}  {r.entry_id}  (words {r.words:.0f}, characters {r.chars:.0f}, "
                         f"covers {r.covered:.0%} of the message's back-care words)")
    if result.best is not None:
        runner = result.alternatives[0].score if result.alternatives else 0.0
        lines.append(f"answer: {result.best.entry.id} at {result.best.score:.1f}, ahead of the next by "
                     f"{result.best.score - runner:.1f} (needs {index.match_cutoff:.0f} and a clear lead)")
        lines += [f"also: {m.entry.id} at {m.score:.1f} (another sentence asks for it)" for m in result.also]
    elif result.alternatives:
        lines.append("did you mean: the top entries are too close or too weak to answer: "
                     + ", ".join(f"{m.entry.id} {m.score:.1f}" for m in result.alternatives))
    else:
        lines.append(f"no match: nothing reached {index.suggest_cutoff:.0f}")
    return lines
