"""Questions: answers from the knowledge base with their buttons, "did you mean" picks, 👍 / 👎."""

from __future__ import annotations

from bot.core.actor import Actor
from bot.core.deps import Deps
from bot.core.outcome import Button, Keyboard, Outcome
from bot.dialogue import Reply, ReplyKind, Suggestion
from bot.knowledge import Entry
from bot.safety import Level
from bot.safety.flags import mentions_history
from bot.storage.interfaces import StorageError

STALE = "That button is from an older conversation. Please ask your question again."
MAX_BUTTON_TEXT = 60


def label(text: str) -> str:
    """Return ``text`` short enough for a button."""
    return text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"


def suggestion_buttons(suggestions: tuple[Suggestion, ...], action: str, owner: int, *extra: str) -> Keyboard:
    """Return one button row per suggested question."""
    return tuple((Button(label(s.question), action, (s.topic, *extra), owner),) for s in suggestions)


class Questions:
    """Answer questions and the buttons under answers."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps

    async def reply(self, actor: Actor, text: str, reply: Reply) -> Outcome:
        """Return the outcome showing ``reply`` to ``text``, and count it (kept text only when it helps the KB)."""
        d = self.deps
        out = Outcome()
        if reply.kind is ReplyKind.DID_YOU_MEAN:
            try:
                kept = {"text": text[:500], "topics": [x.topic for x in reply.suggestions]}  # "2" typed picks
                prompt_id = (await d.store.prompts.put(actor.chat_id, actor.user_id, "did_you_mean", kept,
                                                       at=d.clock())).id
            except StorageError:  # the choices still work; the pick just isn't kept to improve the KB
                prompt_id = 0
            out.send(reply.text, suggestion_buttons(reply.suggestions, "dym", actor.user_id, str(prompt_id)))
        else:
            out.send(reply.text, self.buttons(actor, reply))
        if reply.kind in (ReplyKind.NO_MATCH, ReplyKind.DID_YOU_MEAN):
            d.stats.count("unanswered")
            if reply.safety is Level.NONE and not mentions_history(text):  # health details are never kept
                d.stats.keep(d.stats.unanswered, (text[:500], reply.score, d.clock()))
        elif reply.kind is ReplyKind.ANSWER:
            d.stats.count("answered")
        return out

    def buttons(self, actor: Actor, reply: Reply) -> Keyboard:
        """Return the buttons under a reply: follow-ups and 👍/👎 for answers, choices otherwise."""
        rows = suggestion_buttons(reply.suggestions, "ans", actor.user_id)
        if reply.kind is ReplyKind.ANSWER and reply.topic:
            rows += ((Button("👍 Helpful", "fb", (reply.topic, "1"), actor.user_id),
                      Button("👎 Not helpful", "fb", (reply.topic, "0"), actor.user_id)),)
        return rows

    async def open(self, actor: Actor, topic: str) -> Outcome:
        """Open the entry behind a follow-up, technique or example button."""
        reply = self.deps.dialogue.answer(topic)
        if reply is None:
            return Outcome().toast(STALE).send(STALE)
        return Outcome().toast("").send(reply.text, self.buttons(actor, reply))

    async def pick(self, actor: Actor, topic: str, prompt_id: int) -> Outcome:
        """Answer the question picked from "did you mean", keeping the pick to improve the knowledge base."""
        d = self.deps
        prompt = await d.store.prompts.take(prompt_id) if prompt_id else None
        if prompt_id and prompt is None:  # the other tap of a double tap already answered it
            return Outcome().toast("")
        original = str(prompt.data.get("text", "")) if prompt is not None else ""
        reply = d.dialogue.answer(topic, original=original)
        if reply is None:
            return Outcome().toast(STALE).send(STALE)
        if original and reply.safety is Level.NONE:
            d.stats.keep(d.stats.confirmed, (original, topic, d.clock()))
        return Outcome().toast("").edit(buttons=()).send(reply.text, self.buttons(actor, reply))

    def near(self, topic: str, limit: int = 3) -> list[Entry]:
        """Return the entries closest to ``topic``'s question, best first (not itself, no small talk)."""
        d = self.deps
        entry = d.kb.entry(topic)
        if entry is None:
            return []
        index = d.dialogue.index
        # The ranking itself, not find(): the question is one of the entry's own phrasings, and find() answers
        # those outright, with no runners-up. When the question alone finds too few, its other wordings fill in.
        found: list[str] = []
        for phrasings in ((entry.question,), entry.alternates[:4]):
            best: dict[str, float] = {}
            for phrasing in phrasings:
                for r in index.score_parts(phrasing)[0].ranked:
                    if r.entry_id not in found and r.entry_id != topic and r.score >= index.suggest_cutoff:
                        best[r.entry_id] = max(best.get(r.entry_id, 0.0), r.score)
            found += [i for i in sorted(best, key=lambda i: (-best[i], i))
                      if (e := d.kb.entry(i)) is not None and not e.is_smalltalk]
            if len(found) >= limit:
                break
        return [e for i in found[:limit] if (e := d.kb.entry(i)) is not None]

    async def feedback(self, actor: Actor, topic: str, helpful: bool) -> Outcome:
        """Store a 👍 or 👎; after a 👎 offer the closest other answers and how to rephrase."""
        d = self.deps
        entry = d.kb.entry(topic)
        if entry is None:
            return Outcome().toast(STALE)
        d.stats.keep(d.stats.feedback, (topic, helpful, d.clock()))
        follow_ups = suggestion_buttons(tuple(Suggestion(e.id, e.question) for f in entry.follow_ups
                                              if (e := d.kb.entry(f)) is not None), "ans", actor.user_id)
        if helpful:  # the answer keeps its follow-ups; the 👍/👎 row goes, so it is rated once
            return Outcome().toast("Thanks for telling me!").edit(buttons=follow_ups)
        near = self.near(topic)
        text = ("Sorry that didn't help. Try asking in other words, with what you want to know first "
                "(for example “how hard should I press on a knot?”)")
        text += ", or pick one of these:" if near else "."
        out = Outcome().toast("Thanks, I'll use that to improve.").edit(buttons=follow_ups)
        return out.send(text, suggestion_buttons(tuple(Suggestion(e.id, e.question) for e in near), "ans",
                                                 actor.user_id))
