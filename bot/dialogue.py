"""The transport-free conversation core: one message in, one reply out, as plain data.

The Telegram adapter, the console, ``backcare-bot ask``, the tests and the benchmarks all call
:meth:`Dialogue.respond`; none of this module knows about Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge import Entry, KnowledgeBase
from bot.safety import Assessment, Level, assess
from bot.search import SearchIndex, SearchResult
from bot.text import normalise

#: Questions offered as examples when a message is outside what the bot knows.
EXAMPLE_TOPICS = ("massage-frequency", "effleurage", "tennis-ball")

NOT_MEDICAL_ADVICE = "This is self-care guidance, not medical advice."


class ReplyKind(StrEnum):
    """What sort of reply the core decided on."""

    ANSWER = "answer"
    SMALLTALK = "smalltalk"
    DID_YOU_MEAN = "did_you_mean"
    NO_MATCH = "no_match"
    EMPTY = "empty"


@dataclass(frozen=True)
class Suggestion:
    """A question the user can pick with one tap."""

    topic: str
    question: str


@dataclass(frozen=True)
class Reply:
    """Everything an adapter needs to show a reply: text, safety level, and buttons to offer."""

    kind: ReplyKind
    text: str
    topic: str | None
    score: float
    safety: Level
    suggestions: tuple[Suggestion, ...] = ()

    def as_json(self, query: str) -> dict[str, object]:
        """Return the reply in the ``ask --json`` format."""
        return {
            "query": query,
            "topic": self.topic,
            "score": round(self.score, 1),
            "answer": self.text,
            "safety": str(self.safety),
            "suggestions": [{"topic": s.topic, "question": s.question} for s in self.suggestions],
        }


class Dialogue:
    """Decide the reply to a message: safety triage, search, and the follow-up questions."""

    def __init__(self, kb: KnowledgeBase, index: SearchIndex | None = None) -> None:
        self.kb = kb
        self.index = index or SearchIndex(kb)

    def respond(self, text: str) -> Reply:
        """Return the reply to one message from a user."""
        assessment = assess(text)
        if not normalise(text):
            return self._with_safety(ReplyKind.EMPTY, self._empty_text(), None, 0.0, assessment, self._examples())
        result = self.index.find(text)
        best = result.best
        if assessment.level is not Level.NONE and (best is None or best.entry.safety != "none"):
            # "I've had back pain for years, how often should I massage?" asks how often: look past
            # the signs (the safety note is added anyway) and take a specific answer that fits as well.
            specific = self.index.find(assessment.without_signs(text)).best
            if specific is not None and specific.entry.safety == "none" and (
                    best is None or specific.score >= best.score):
                result = SearchResult(specific, ())
        if assessment.level is Level.URGENT and (result.best is None or result.best.score < self.index.confident):
            # With a red flag, the urgent-care message stands alone unless the question is clear.
            return self._with_safety(ReplyKind.NO_MATCH, "", None, 0.0, assessment, ())
        return self._reply_to(result, assessment)

    def answer(self, topic: str, *, original: str = "") -> Reply | None:
        """Return the reply that opens entry ``topic`` (a button press), or None if it is gone."""
        entry = self.kb.entry(topic)
        if entry is None:
            return None
        assessment = assess(original) if original else Assessment(Level.NONE)
        return self._answer(entry, 100.0, assessment)

    def safety_note(self, text: str) -> str:
        """Return only the safety message a text calls for (a /log note, say), or "" when it needs none."""
        assessment = assess(text)
        if assessment.level is Level.NONE:
            return ""
        return self._with_safety(ReplyKind.NO_MATCH, "", None, 0.0, assessment, ()).text

    # --- building replies --------------------------------------------------------------------

    def _reply_to(self, result: SearchResult, assessment: Assessment) -> Reply:
        if result.best is not None:
            return self._answer(result.best.entry, result.best.score, assessment)
        if result.alternatives:
            # Offer back-care questions; small talk only when nothing else came close.
            matches = [m for m in result.alternatives if not m.entry.is_smalltalk] or list(result.alternatives)
            options = tuple(Suggestion(m.entry.id, m.entry.question) for m in matches)
            text = "I'm not sure I understood. Did you mean one of these?\n" + "\n".join(
                f"• {s.question}" for s in options)
            return self._with_safety(ReplyKind.DID_YOU_MEAN, text, None, result.alternatives[0].score,
                                     assessment, options)
        return self._with_safety(ReplyKind.NO_MATCH, self._no_match_text(), None, 0.0, assessment,
                                 self._examples())

    def _answer(self, entry: Entry, score: float, assessment: Assessment) -> Reply:
        follow_ups = tuple(Suggestion(e.id, e.question) for fid in entry.follow_ups
                           if (e := self.kb.entry(fid)) is not None)
        kind = ReplyKind.SMALLTALK if entry.is_smalltalk else ReplyKind.ANSWER
        level = max(assessment.level, Level.parse(entry.safety))
        return self._with_safety(kind, entry.answer, entry.id, score, Assessment(level, assessment.signs),
                                 follow_ups)

    def _with_safety(self, kind: ReplyKind, text: str, topic: str | None, score: float,
                     assessment: Assessment, suggestions: tuple[Suggestion, ...]) -> Reply:
        """Put the safety message into the text: urgent care first, the referral after the answer."""
        level = assessment.level
        if level is Level.URGENT:
            urgent = f"⚠️ {self.kb.safety_texts['urgent']}"
            if kind is ReplyKind.NO_MATCH:  # no massage examples to someone who needs help now
                text, suggestions = urgent, ()
            else:
                text = f"{urgent}\n\n{text}"
        elif level is Level.CHRONIC:
            note = self.kb.safety_texts["chronic"]
            text = note if kind is ReplyKind.NO_MATCH else f"{text}\n\n🩺 {note}"
        return Reply(kind, text, topic, score, level, suggestions)

    def _examples(self) -> tuple[Suggestion, ...]:
        examples = [e for t in EXAMPLE_TOPICS if (e := self.kb.entry(t)) is not None]
        if not examples:
            examples = [e for e in self.kb.entries.values() if not e.is_smalltalk][:3]
        return tuple(Suggestion(e.id, e.question) for e in examples)

    def _no_match_text(self) -> str:
        lines = "\n".join(f"• {s.question}" for s in self._examples())
        return ("Sorry, I only know about back care and self-massage, so I can't help with that. "
                f"You could ask me, for example:\n{lines}")

    def _empty_text(self) -> str:
        lines = "\n".join(f"• {s.question}" for s in self._examples())
        return f"Send me a question about your back or self-massage, for example:\n{lines}"
