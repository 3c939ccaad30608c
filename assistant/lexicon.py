"""Domain lexicon: jieba words, synonym groups, colloquial hints and topic cues from knowledge/lexicon.yaml."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jieba
import yaml

from assistant.passages import TOPICS

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "knowledge" / "lexicon.yaml"

# jieba logs its dictionary loading at DEBUG/INFO on every start; keep the CLI quiet.
logging.getLogger("jieba").setLevel(logging.WARNING)
jieba.setLogLevel(logging.WARNING)



def _is_wordlike(token: str) -> bool:
    """True for tokens with at least one letter, digit or CJK character (drops punctuation and spaces)."""
    return any(ch.isalnum() or unicodedata.category(ch).startswith("L") for ch in token)


@dataclass(frozen=True)
class Expansion:
    """Extra terms for a query: synonyms of terms it contains, and formal words for colloquial phrases."""

    synonyms: tuple[str, ...]  # other names of a concept the query names: nearly as good as the query's words
    hints: tuple[str, ...]  # formal words suggested by colloquial phrasing: weaker evidence
    topics: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        """All extra terms, synonyms first."""
        return self.synonyms + tuple(t for t in self.hints if t not in self.synonyms)


@dataclass(frozen=True)
class Lexicon:
    """Domain vocabulary used to tokenise passages and to expand queries."""

    words: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    hints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topic_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()

    def tokenizer(self) -> "Tokenizer":
        """A tokenizer with our own jieba instance (the global one is never touched)."""
        return Tokenizer(self)

    def expand(self, query: str) -> Expansion:
        """Synonyms and hints for a normalised query; terms already in the query are not repeated."""
        synonyms: list[str] = []
        for group in self.synonyms:
            if any(term in query for term in group):
                synonyms.extend(term for term in group if term not in query)
        hints: list[str] = []
        for phrase, formal in self.hints.items():
            if phrase in query:
                hints.extend(term for term in formal if term not in query)
        return Expansion(
            synonyms=tuple(dict.fromkeys(synonyms)), hints=tuple(dict.fromkeys(hints)), topics=self.topics_in(query)
        )

    def topics_in(self, query: str) -> tuple[str, ...]:
        """Plan topics that a query names through a cue word, in TOPICS order."""
        return tuple(topic for topic in TOPICS if any(cue in query for cue in self.topic_cues.get(topic, ())))


class Tokenizer:
    """jieba search-mode tokens (words plus their sub-words), lower-cased, without stopwords or punctuation."""

    def __init__(self, lexicon: Lexicon):
        self._stopwords = lexicon.stopwords
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        for word in lexicon.words:
            self._jieba.add_word(word, freq=200000)
        for group in lexicon.synonyms:
            for word in group:
                if len(word) > 1:
                    self._jieba.add_word(word, freq=50000)

    def tokens(self, text: str) -> list[str]:
        """Tokens of one text, in order (duplicates kept: BM25 counts term frequency)."""
        out: list[str] = []
        for token in self._jieba.cut_for_search(text.lower(), HMM=True):
            token = token.strip()
            if token and token not in self._stopwords and _is_wordlike(token):
                out.append(token)
        return out


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the lexicon YAML (the shipped one by default); unknown topics are ignored."""
    data = yaml.safe_load((path or DEFAULT_LEXICON).read_text(encoding="utf-8")) or {}
    cues = {topic: tuple(words or ()) for topic, words in (data.get("topic_cues") or {}).items() if topic in TOPICS}
    return Lexicon(
        words=tuple(str(w) for w in data.get("words") or ()),
        synonyms=tuple(tuple(str(t) for t in group) for group in data.get("synonyms") or () if group),
        hints={str(k): tuple(str(t) for t in v or ()) for k, v in (data.get("hints") or {}).items()},
        topic_cues=cues,
        stopwords=frozenset(str(w) for w in data.get("stopwords") or ()),
    )
