"""The safety notes shown in replies, read from ``knowledge/safety.yaml``, and how they are filled in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bot.safety.levels import Level
from bot.safety.numbers import crisis_line, numbers_for

if TYPE_CHECKING:
    from bot.safety.triage import Assessment

LEVELS = ("chronic", "urgent", "emergency")
#: Messages for one situation rather than a level: ``precheck`` answers a "yes" at the routine's safety check,
#: ``crisis`` replaces the emergency text when thoughts of ending one's life are the only sign.
SITUATIONS = ("precheck", "crisis")
ICONS = {Level.CHRONIC: "🩺", Level.URGENT: "⚠️", Level.EMERGENCY: "⚠️"}
#: The sign with advice of its own (the ``crisis`` message) when it is the only one.
CRISIS_FLAG = "self-harm"
#: At most this many reasons are named in one note.
MAX_REASONS = 2


@dataclass(frozen=True)
class LevelText:
    """What a reply says at one level, to the person themself and about someone else."""

    text: str
    other: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class SafetyTexts:
    """Every level's text and every flag's one-line reason."""

    levels: Mapping[str, LevelText] = field(default_factory=dict)
    #: flag id -> (reason about the writer, reason about another person with ``{person}``)
    reasons: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def level_text(self, level: Level, *, subject: str = "self", person: str = "", country: str | None = None) -> str:
        """Return the text for ``level`` with the numbers for ``country`` (the common ones when unknown)."""
        entry = self.levels.get(str(level))
        if entry is None:
            return ""
        template = entry.other if subject == "other" and entry.other else entry.text
        return fill(template, person=person, country=country)

    def message(self, name: str, *, subject: str = "self", person: str = "", country: str | None = None) -> str:
        """Return the situation message ``name`` (see :data:`SITUATIONS`) with ``country``'s numbers, or ""."""
        entry = self.levels.get(name)
        if entry is None:
            return ""
        template = entry.other if subject == "other" and entry.other else entry.text
        return fill(template, person=person, country=country)

    def reason(self, flag: str, *, subject: str = "self", person: str = "", country: str | None = None) -> str:
        """Return the one-line reason for ``flag``, worded for the writer or the other person."""
        mine, theirs = self.reasons.get(flag, ("", ""))
        template = theirs if subject == "other" and theirs else mine
        return fill(template, person=person, country=country) if template else ""

    def reasons_for(self, assessment: Assessment, country: str | None = None) -> tuple[str, ...]:
        """Return the reasons for the signs at the assessment's level, most important first."""
        out: list[str] = []
        for f in assessment.findings:
            if f.level != assessment.level:
                continue
            line = self.reason(f.flag, subject=f.subject, person=f.person, country=country)
            if line and line not in out:
                out.append(line)
        return tuple(out)


def fill(template: str, *, person: str = "", country: str | None = None) -> str:
    """Fill ``{emergency}``, ``{non_emergency}``, ``{crisis}``, ``{person}`` and ``{Person}`` in a template."""
    numbers = numbers_for(country)
    who = person or "the person you mention"
    values = {"emergency": numbers.emergency, "non_emergency": numbers.non_emergency, "crisis": crisis_line(country),
              "person": who, "Person": who[:1].upper() + who[1:]}
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


def from_mapping(data: Mapping[str, Any]) -> SafetyTexts:
    """Build the texts from the loaded YAML mapping (already checked by :mod:`bot.knowledge`)."""
    levels: dict[str, LevelText] = {}
    for name in (*LEVELS, *SITUATIONS):
        node = data.get(name)
        if isinstance(node, Mapping) and isinstance(node.get("text"), str):
            levels[name] = LevelText(" ".join(node["text"].split()), " ".join(str(node.get("other", "")).split()),
                                     tuple(str(s) for s in node.get("sources", ()) or ()))
    reasons: dict[str, tuple[str, str]] = {}
    for flag, node in (data.get("reasons") or {}).items():
        if isinstance(node, Mapping):
            reasons[str(flag)] = (" ".join(str(node.get("self", "")).split()),
                                  " ".join(str(node.get("other", "")).split()))
    return SafetyTexts(levels, reasons)


@lru_cache(maxsize=1)
def default_texts() -> SafetyTexts:
    """Return the texts of the project's own ``knowledge/safety.yaml`` (empty if it is missing)."""
    path = Path(__file__).resolve().parents[2] / "knowledge" / "safety.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return SafetyTexts()
    return from_mapping(data if isinstance(data, Mapping) else {})


#: How a reason after the first begins, so "Because ..." is said once: "You also mentioned ...".
_ALSO = (("Because you mentioned ", "You also mentioned "), ("Because you said ", "You also said "),
         ("Because you told me ", "You also told me "), ("Because you described ", "You also described "),
         ("Because what you describe ", "Also, what you describe "), ("Because this is ", "Also, this is "),
         ("Because your ", "Also, your "), ("Because ", "Also, "))


def join_reasons(reasons: tuple[str, ...] | list[str], *, person: str = "") -> str:
    """Return the reasons as one lead that says "Because" once: two signs told the same way become one sentence
    ("Because you mentioned A, and B, which ..."), another begins "You also mentioned ..."."""
    if not reasons:
        return ""
    out = [reasons[0]]
    for reason in reasons[1:]:
        merged = _merge(out[-1], reason, person)
        if merged is not None:
            out[-1] = merged
            continue
        opener = next((o for o in _ALSO if reason.startswith(o[0])), None)
        out.append(opener[1] + reason[len(opener[0]):] if opener else reason)
    return " ".join(out)


def _merge(first: str, second: str, person: str) -> str | None:
    """Return two reasons with the same opening as one sentence, or None when they do not read well joined."""
    for opener in ("Because you mentioned ", f"Because you said {person} has "):
        if not (first.startswith(opener) and second.startswith(opener)) or ":" in first + second:
            continue
        a, b = first[len(opener):].rstrip("."), second[len(opener):].rstrip(".")
        if ", and " in a:  # already two signs in one sentence
            return None
        tail_a, tail_b = a.partition(", which ")[2], b.partition(", which ")[2]
        if tail_a and tail_a == tail_b:  # the same "which ..." once, after both
            a = a.partition(", which ")[0]
        elif tail_a:
            return None
        return f"{opener}{a}, and {b}."
    return None


def render(texts: SafetyTexts, assessment: Assessment, country: str | None = None) -> str:
    """Return the safety note for a reply: icon, the one-line reasons, and the level's advice."""
    level = assessment.level
    if level is Level.NONE:
        return ""
    top = [f for f in assessment.findings if f.level == level]
    subject = "self" if not top or any(f.subject == "self" for f in top) else "other"
    who = next((f.person for f in top if f.subject == "other" and f.person), "")
    if top and all(f.flag == CRISIS_FLAG for f in top) and "crisis" in texts.levels:
        # Thoughts of ending one's life alone: the crisis advice, worded for it, with the local crisis line.
        return f"{ICONS[level]} {texts.message('crisis', subject=subject, person=who, country=country)}"
    reasons = texts.reasons_for(assessment, country)[:MAX_REASONS]
    body = texts.level_text(level, subject=subject, person=who, country=country)
    lead = join_reasons(reasons, person=who or "the person you mention")
    return f"{ICONS[level]} {lead} {body}".strip() if lead else f"{ICONS[level]} {body}"
