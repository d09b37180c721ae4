"""What the tests build once per session and share: the answer engine over a knowledge base."""

from __future__ import annotations

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase

_dialogues: dict[int, tuple[KnowledgeBase, Dialogue]] = {}


def shared_dialogue(kb: KnowledgeBase) -> Dialogue:
    """Return one Dialogue (and search index) per knowledge base for the whole test session.

    Building the index takes about 0.2 s; the in-process bots, terminal chats and cores of the tests
    all answer from the same one (the kept reference to ``kb`` keeps its id from being reused).
    """
    kept = _dialogues.get(id(kb))
    if kept is None or kept[0] is not kb:
        kept = _dialogues[id(kb)] = (kb, Dialogue(kb))
    return kept[1]
