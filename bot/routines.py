"""Guided self-massage routines: the data and the timing of their steps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One timed step of a routine."""

    title: str
    minutes: float
    do: str
    stop_if: str
    breathing: str | None = None


@dataclass(frozen=True)
class Routine:
    """A named sequence of steps, loaded from ``knowledge/routines.yaml``."""

    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]

    @property
    def minutes(self) -> float:
        """Return the routine's total length in minutes."""
        return sum(step.minutes for step in self.steps)


#: Asked before the first step; a "yes" must not start the routine.
PRECHECK_QUESTION = (
    "Before we start, a quick safety check. Do any of these apply to you right now?\n"
    "• a recent fall, accident or injury to your back\n"
    "• loss of bladder or bowel control, or numbness around your genitals or buttocks\n"
    "• weakness or numbness in both legs\n"
    "• fever, unexplained weight loss, a history of cancer, or severe pain at night"
)

#: Shown when the pre-check is answered "yes" and no urgent-care text is loaded from the knowledge base.
PRECHECK_YES = (
    "Please don't massage today. These symptoms need a medical check: contact your GP or NHS 111 "
    "today, or call 999 / go to A&E if they came on suddenly or are severe."
)

HURTS_MORE = (
    "I've stopped the routine. Ease off: no more pressure on that area today. Rest in a comfortable "
    "position and keep gently moving when you can. If the pain persists for more than a few days, keeps "
    "getting worse, or spreads down a leg, see a GP or physiotherapist. If you notice numbness, weakness, "
    "or problems with your bladder or bowel, get urgent medical help."
)


def minutes_label(minutes: float) -> str:
    """Return a duration like "4 min" or "1.5 min"."""
    return f"{minutes:g} min"


def routine_label(routine: Routine) -> str:
    """Return a short label for a routine button, like "Quick reset (5 min)"."""
    return f"{routine.title} ({minutes_label(routine.minutes)})"


def opening_text(routine: Routine) -> str:
    """Return the message that starts a session, before its first step."""
    return (f"{routine_label(routine)}: {len(routine.steps)} steps.\n{routine.summary}\n\n"
            "Get comfortable. Each step arrives when it is time; you can pause, skip or stop at any time. "
            "Use moderate pressure and stop if anything hurts more.")


def step_text(routine: Routine, index: int, *, late: bool = False) -> str:
    """Return step ``index`` (0-based) as "Step 2/4 — Kneading (4 min)" followed by what to do."""
    if not 0 <= index < len(routine.steps):
        raise IndexError(f"routine {routine.id!r} has steps 0 to {len(routine.steps) - 1}, not {index}")
    step = routine.steps[index]
    lines = [f"Step {index + 1}/{len(routine.steps)} — {step.title} ({minutes_label(step.minutes)})"]
    if late:
        lines.append("(Sorry, this step comes late.)")
    lines += ["", step.do]
    if step.breathing:
        lines.append(f"Breathing: {step.breathing}")
    lines.append(f"Stop if: {step.stop_if}")
    return "\n".join(lines)


def end_text(routine: Routine) -> str:
    """Return the end-of-session question (answered 0-10)."""
    return (f"That's the end of {routine.title}. Well done!\n"
            "How does your back feel now, from 0 (no pain) to 10 (worst pain)?")


def scaled_seconds(minutes: float, time_scale: float) -> float:
    """Return ``minutes`` as seconds, multiplied by ``time_scale`` (BACKCARE_TIME_SCALE)."""
    if time_scale <= 0:
        raise ValueError("time_scale must be greater than 0 (1 is real time, 0.01 runs 100 times faster)")
    return minutes * 60.0 * time_scale
