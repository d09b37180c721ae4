"""Search over the knowledge base: :class:`SearchIndex` and what it returns."""

from bot.search.index import Match, PartScore, Reading, SearchIndex, SearchResult

__all__ = ["Match", "PartScore", "Reading", "SearchIndex", "SearchResult"]
