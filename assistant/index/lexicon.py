"""Domain lexicon: jieba words, synonym groups, colloquial hints and topic cues from knowledge/lexicon.yaml."""

from __future__ import annotations

import functools
import logging
import marshal
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.passages import TOPICS
from assistant.index.jieba_import import jieba

DEFAULT_LEXICON = Path(__file__).resolve().parents[2] / "knowledge" / "lexicon.yaml"

# jieba logs its dictionary loading at DEBUG/INFO on every start; keep the CLI quiet.
logging.getLogger("jieba").setLevel(logging.WARNING)
jieba.setLogLevel(logging.WARNING)

_BASE_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _load_base_tokenizer() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    # jieba's initialize() reads its prefix-dictionary cache with marshal.load(file), which reads the 9 MB file in
    # small pieces (about 0.8 s); read whole and unmarshalled in one go it takes about 0.2 s. Same file, same
    # contents; when it is missing or unreadable, jieba builds (and caches) it as usual.
    cache = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    try:
        freq, total = marshal.loads(cache.read_bytes())
        if not isinstance(freq, dict) or not isinstance(total, int) or not freq:
            raise ValueError("not a jieba prefix dictionary")
    except (OSError, ValueError, EOFError, TypeError):
        tokenizer.initialize()
        return tokenizer
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return tokenizer


def base_tokenizer() -> jieba.Tokenizer:
    """jieba's default dictionary, loaded once per process (about half a second) and shared.

    Never add words to it: it is the pristine default segmentation. A tokenizer with extra words starts from a copy
    of its dictionary (`extended_tokenizer`); one without extra words may use it as it is.
    """
    with _BASE_LOCK:  # two threads asking at once load the dictionary once
        return _load_base_tokenizer()


@functools.lru_cache(maxsize=4096)
def word_bounds(text: str, hmm: bool = True) -> frozenset[int]:
    """The offsets where the words of jieba's default dictionary start and end in a text (0 and its end included);
    `hmm=False` keeps to the dictionary's own words, without guessing unknown ones.

    >>> sorted(word_bounds("拿到会上说", hmm=False))
    [0, 2, 4, 5]
    """
    cuts, at = {0}, 0
    for token in base_tokenizer().cut(text, HMM=hmm):
        at += len(token)
        cuts.add(at)
    return frozenset(cuts)


def extended_tokenizer(words: list[tuple[str, int]]) -> jieba.Tokenizer:
    """A new jieba tokenizer: the default dictionary plus (word, frequency) added in order, without reading it again.

    The result segments exactly as `jieba.Tokenizer()` + `initialize()` + the same `add_word` calls would.
    """
    base = base_tokenizer()
    tokenizer = jieba.Tokenizer(base.dictionary)
    tokenizer.FREQ = dict(base.FREQ)
    tokenizer.total = base.total
    tokenizer.initialized = True
    for word, freq in words:
        tokenizer.add_word(word, freq=freq)
    return tokenizer


def _is_wordlike(token: str) -> bool:
    """True for tokens with at least one letter, digit or CJK character (drops punctuation and spaces)."""
    return any(ch.isalnum() or unicodedata.category(ch).startswith("L") for ch in token)


@dataclass(frozen=True)
class Expansion:
    """Extra terms for a query: synonyms of terms it contains, and formal words for colloquial phrases."""

    synonyms: tuple[str, ...]  # other names of a concept the query names: nearly as good as the query's words
    hints: tuple[str, ...]  # formal words suggested by colloquial phrasing: weaker evidence
    topics: tuple[str, ...]
    statute: tuple[str, ...] = ()  # the statutes' wording of the query's everyday phrases, whole (通知工会)

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
    statute_wording: dict[str, tuple[str, ...]] = field(default_factory=dict)  # everyday phrase → statute wording
    story_setting: frozenset[str] = frozenset()  # words that only set a story's scene (the kind of school, who acts)
    quantity_question: str = ""  # a query asking how much / many / long (regex)
    quantity: str = ""  # a quantity a passage states (regex)
    asking_modals: frozenset[str] = frozenset()  # 必须, 能不能: how a question asks, not what it asks about
    asked_time: tuple[str, ...] = ()  # 时间, 时候 after 多长/什么: the time a question asks for

    def asking_words(self, question: str) -> frozenset[str]:
        """The words of a question that say how it asks (a modal; 时间 in 多长时间), not what it asks about."""
        timed = {w for w in self.asked_time if re.search(rf"(?:多长|多少|什么|啥|哪个){re.escape(w)}", question)}
        return self.asking_modals | timed

    def tokenizer(self) -> Tokenizer:
        """A tokenizer with our own jieba instance (the global one is never touched)."""
        return Tokenizer(self)

    def jieba_words(self) -> list[tuple[str, int]]:
        """(word, frequency) to add to jieba, in order: domain words, multi-character synonyms, then the statutes'
        wording the lexicon leads to (婚丧 stays one token in 婚丧假 as in a query, so BM25 can match it)."""
        words = [(word, 200000) for word in self.words]
        words += [(word, 50000) for group in self.synonyms for word in group if len(word) > 1]
        words += [(term, 20000) for terms in self.statute_wording.values() for term in terms if len(term) > 1]
        return list(dict.fromkeys(words))

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
            synonyms=tuple(dict.fromkeys(synonyms)), hints=tuple(dict.fromkeys(hints)), topics=self.topics_in(query),
            statute=self.statute_terms(query),
        )

    def statute_phrases(self, query: str) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of the everyday phrases of `statute_wording` in a query: longest first, a phrase
        inside one already matched is not matched again (跟工会打招呼 is not also 打招呼).

        >>> Lexicon(statute_wording={"打招呼": ("通知",), "跟工会打招呼": ("通知工会",)}).statute_phrases("要跟工会打招呼吗")
        [(1, 7, '跟工会打招呼')]
        """
        taken = [False] * len(query)
        found = []
        for phrase in sorted(self.statute_wording, key=len, reverse=True):
            start = query.find(phrase)
            while start >= 0:
                end = start + len(phrase)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * len(phrase)
                    found.append((start, end, phrase))
                start = query.find(phrase, end)
        return sorted(found)

    def statute_terms(self, query: str) -> tuple[str, ...]:
        """The statute wording of a query's everyday phrases (辞退 → 解除劳动合同), without terms it already has."""
        terms = [t for _, _, phrase in self.statute_phrases(query) for t in self.statute_wording[phrase]]
        return tuple(dict.fromkeys(t for t in terms if t not in query))

    def asks_quantity(self, query: str) -> bool:
        """True for a query that asks how much, how many or how long (多少, 几天, 比例)."""
        return bool(self.quantity_question) and re.search(self.quantity_question, query) is not None

    def states_quantity(self, text: str) -> bool:
        """True for a text that states a quantity (98天, 百分之二, 60%)."""
        return bool(self.quantity) and re.search(self.quantity, text) is not None

    def topics_in(self, query: str) -> tuple[str, ...]:
        """Plan topics that a query names through a cue word, in TOPICS order."""
        return tuple(topic for topic in TOPICS if any(cue in query for cue in self.topic_cues.get(topic, ())))


class Tokenizer:
    """jieba search-mode tokens (words plus their sub-words), lower-cased, without stopwords or punctuation."""

    def __init__(self, lexicon: Lexicon):
        self._stopwords = lexicon.stopwords
        self._words = lexicon.jieba_words()
        self._jieba: jieba.Tokenizer | None = None  # built on first use: a process that never tokenises skips it
        self._lock = threading.Lock()

    def _segmenter(self) -> jieba.Tokenizer:
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    self._jieba = extended_tokenizer(self._words)
        return self._jieba

    def words(self, text: str) -> list[str]:
        """The distinct words of a text in jieba's precise mode (no sub-words), without stopwords or punctuation."""
        out: list[str] = []
        for word in self._segmenter().cut(text.lower(), HMM=True):
            word = word.strip()
            if word and word not in self._stopwords and _is_wordlike(word) and word not in out:
                out.append(word)
        return out

    def tokens(self, text: str) -> list[str]:
        """Tokens of one text, in order (duplicates kept: BM25 counts term frequency)."""
        out: list[str] = []
        for token in self._segmenter().cut_for_search(text.lower(), HMM=True):
            token = token.strip()
            if token and token not in self._stopwords and _is_wordlike(token):
                out.append(token)
        return out


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read the lexicon YAML (the shipped one by default); unknown topics are ignored."""
    data = read_yaml(path or DEFAULT_LEXICON) or {}  # libyaml: a tenth of the pure-Python parser's time
    cues = {topic: tuple(words or ()) for topic, words in (data.get("topic_cues") or {}).items() if topic in TOPICS}
    return Lexicon(
        words=tuple(str(w) for w in data.get("words") or ()),
        synonyms=tuple(tuple(str(t) for t in group) for group in data.get("synonyms") or () if group),
        hints={str(k): tuple(str(t) for t in v or ()) for k, v in (data.get("hints") or {}).items()},
        topic_cues=cues,
        stopwords=frozenset(str(w) for w in data.get("stopwords") or ()),
        story_setting=frozenset(str(w) for w in data.get("story_setting") or ()),
        statute_wording={str(k): tuple(str(t) for t in v or ()) for k, v in (data.get("statute_wording") or {}).items()},
        quantity_question=str((data.get("quantities") or {}).get("ask") or ""),
        quantity=str((data.get("quantities") or {}).get("held") or ""),
        asking_modals=frozenset(str(w) for w in (data.get("asking") or {}).get("modals") or ()),
        asked_time=tuple(str(w) for w in (data.get("asking") or {}).get("time") or ()),
    )
