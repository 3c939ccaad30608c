"""Misspelt words in a question, fixed by a homophone the knowledge base uses (罢勉 → 罢免, 产家 → 产假).

People type Chinese by pinyin, so a wrong character is nearly always one that sounds the same. A word is treated as
misspelt only when all of these hold: jieba's dictionary does not know it (jieba made it up from unknown characters),
no shared passage holds it as a word, and changing one of its characters for another with the same pinyin (tones
ignored; the typed character's usual reading, any reading of the knowledge base's characters) gives a word of jieba's
dictionary or of the domain that at least `MIN_OCCURRENCES` shared passages hold. Otherwise the word stays as typed,
so a correct question is never changed."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from assistant.index.lexicon import base_tokenizer

MIN_OCCURRENCES = 2  # the corrected word must be the knowledge base's own, not a chance pair of characters
# A term read across jieba's words (试用 + 其 for 试用期) must be one the knowledge base holds in this many passages: the
# statutes' own terms (试用期 12, 劳动者 138) do, a law's name said in passing (工会法 5) does not.
MIN_SPLIT_OCCURRENCES = 10
_DEMONSTRATIVES = frozenset("这那哪")
# Particles, auxiliaries and negations: jieba glues them to a neighbour into made-up words (要占, 配个, 事要) that are no typos.
FUNCTION_CHARS = frozenset("的了着过得地个要把被在是和与及就都也还又再将不没")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _readings(chars: list[str], every: bool = True) -> list[list[str]]:
    """Each character's readings (toneless pinyin): all of them, or only the usual one (`every=False`)."""
    # Deferred on purpose: pypinyin's dictionaries take about 0.3 s to import, and only a misspelt question needs them.
    from pypinyin import Style, pinyin  # noqa: PLC0415

    return pinyin(chars, style=Style.NORMAL, heteronym=every, errors="ignore")


class TypoFixer:
    """Fixes misspelt words of a question against the words of the knowledge base (built once per snapshot).

    `counts` gives, when first needed, each token of the shared knowledge and the number of passages holding it
    (IndexSnapshot.shared_token_counts), once per snapshot, at the first question that needs it."""

    def __init__(self, counts: Callable[[], Mapping[str, int]], words: Iterable[str] = ()):
        self._source = counts
        self._words = frozenset(words)  # domain words jieba's dictionary lacks (教代会), acceptable corrections too
        self._lock = threading.Lock()
        self._counts: Mapping[str, int] | None = None
        self._by_sound: dict[str, tuple[str, ...]] | None = None  # pinyin → the corpus's characters, most used first

    def fix(self, question: str) -> str:
        """The question with each misspelt word replaced by its homophone from the knowledge base."""
        dictionary = base_tokenizer()
        tokens = list(dictionary.cut(question, HMM=True))
        words: list[str] = []
        for i, token in enumerate(tokens):
            if _CJK_WORD.match(token) and not dictionary.FREQ.get(token):  # a word jieba made up: maybe a typo
                joined = ("".join(tokens[max(i - 1, 0) : i + 1]), "".join(tokens[i : i + 2]))
                if any(self._counts_table().get(w) or w in self._words for w in joined):
                    continue  # part of a term the knowledge base holds whole (竞业 of 竞业限制): written as meant
                # with its neighbours too: 教带 + 会, where the typo split a domain word
                words += [token, "".join(tokens[max(i - 1, 0) : i + 1]), "".join(tokens[i : i + 2])]
        for word in dict.fromkeys(words):
            if not _CJK_WORD.match(word) or FUNCTION_CHARS.intersection(word) or self._counts_table().get(word):
                continue
            better = self.homophone(word)
            if better:
                question = question.replace(word, better)
        return self._split_typos(question)

    def _split_typos(self, question: str) -> str:
        """A typo jieba reads as words it knows (试用其 as 试用 + 其, 适用期 as 适用 + 期): neighbouring words of three
        characters in all that jieba and the knowledge base do not know together, one same-sounding character away
        from a term the knowledge base uses often (`MIN_SPLIT_OCCURRENCES`). A demonstrative (劳动这一摊) is never the
        typo, and four characters are never read so (too many right phrases of four are one sound from another)."""
        dictionary = base_tokenizer()
        tokens = list(dictionary.cut(question, HMM=True))
        for i in range(len(tokens)):
            for j in (i + 2, i + 3):
                word = "".join(tokens[i:j])
                if j > len(tokens) or len(word) != 3 or not _CJK_WORD.match(word):
                    continue
                if dictionary.FREQ.get(word) or _DEMONSTRATIVES.intersection(word) or self._counts_table().get(word):
                    continue
                better = self.homophone(word)
                if better and self._counts_table().get(better, 0) >= MIN_SPLIT_OCCURRENCES:
                    question = question.replace(word, better)
        return question

    def homophone(self, word: str) -> str | None:
        """The knowledge base's most frequent word one same-sounding character away from `word`, if any: a word of
        jieba's dictionary or of the domain's own, never a chance pair of characters."""
        known = base_tokenizer().FREQ
        counts, sounds = self._counts_table(), self._sounds_table()
        best: tuple[int, str] | None = None
        for i, readings in enumerate(_readings(list(word), every=False)):  # what the user meant to type
            for reading in readings:
                for char in sounds.get(reading, ()):
                    if char == word[i]:
                        continue
                    candidate = word[:i] + char + word[i + 1 :]
                    if not known.get(candidate) and candidate not in self._words:
                        continue
                    count = counts.get(candidate, 0)
                    if count >= MIN_OCCURRENCES and (best is None or count > best[0]):
                        best = (count, candidate)
        return best[1] if best else None

    def _counts_table(self) -> Mapping[str, int]:
        with self._lock:
            if self._counts is None:
                self._counts = self._source()
            return self._counts

    def _sounds_table(self) -> dict[str, tuple[str, ...]]:
        """Built only for a word that may be misspelt: it needs pypinyin (0.3 s to import)."""
        counts = self._counts_table()
        with self._lock:
            if self._by_sound is None:
                self._by_sound = _by_sound(counts)
            return self._by_sound


def _by_sound(counts: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """pinyin → the characters of the knowledge base's words that have it, the most used first."""
    chars: Counter[str] = Counter()
    for word, n in counts.items():
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                chars[ch] += n
    ordered = [ch for ch, _ in chars.most_common()]
    groups: dict[str, list[str]] = {}
    for char, readings in zip(ordered, _readings(ordered), strict=True):
        for reading in readings:
            groups.setdefault(reading, []).append(char)
    return {reading: tuple(group) for reading, group in groups.items()}
