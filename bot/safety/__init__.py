"""Safety triage of every message: none, chronic, urgent or emergency (NICE NG59, NHS back pain).

* ``emergency``: call the emergency number now (bladder or bowel control lost, saddle numbness, both
  legs weak or numb, chest pain, a serious accident, new trouble peeing, signs of a heart attack, a
  sudden tearing pain).
* ``urgent``: see a doctor today or call a non-emergency line (fever, unexplained weight loss, cancer
  history, night pain or pain not eased by rest, a lump or change of shape, foot drop or one leg
  weaker, long-term steroids, injecting drugs, low immunity, first back pain over 50 or under 20 or
  any in a child, osteoporosis with a fall or sudden pain, a fall at about 70 or over, blood in the pee,
  being sick, pain on breathing in, pain worse on sneezing, coughing or pooing).
* ``chronic``: see a professional (about 12 weeks or longer, or a named long-term condition).

A serious accident is a crash, or a fall from a height, off a vehicle or down the stairs, or one that left the person
hurt badly (can't get up, hit their head); a minor fall ("tripped over the dog") is urgent only with osteoporosis or at
about 70 or over (or named older: "my nan"). Signs and lengths said in Spanish, French, German, Italian, Portuguese,
Polish, Dutch, Hinglish, Tagalog, Swahili or Malay are read by the small lexicons of :mod:`bot.safety.lexicons`.

Public interface: :func:`assess`, :class:`Assessment`, :class:`Level`, :func:`safety_note`, and
:func:`country_of_zone` to turn a user's time zone into the country whose numbers to name.
"""

from __future__ import annotations

from typing import Protocol

from bot.safety.levels import Level
from bot.safety.numbers import country_of_zone, numbers_for
from bot.safety.texts import SafetyTexts, default_texts, render
from bot.safety.triage import ALL_DETECTORS, DETECTORS, Assessment, Finding, assess

__all__ = ["ALL_DETECTORS", "DETECTORS", "Assessment", "Finding", "Level", "SafetyTexts", "assess", "country_of_zone",
           "numbers_for", "safety_note"]


class _HasSafety(Protocol):
    @property
    def safety(self) -> SafetyTexts: ...


def safety_note(kb: _HasSafety | None, assessment: Assessment, country: str | None = None) -> str:
    """Return the note a reply carries for ``assessment`` ("" at none), with ``country``'s numbers.

    ``country`` is an ISO 3166 code ("GB"); see :func:`country_of_zone`.  Without one the note lists
    the common emergency numbers (112, 911, 999, 000).
    """
    texts = getattr(kb, "safety", None) if kb is not None else None
    if not isinstance(texts, SafetyTexts) or not texts.levels:
        texts = default_texts()
    return render(texts, assessment, country)
