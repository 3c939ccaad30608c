"""Articles ranked by the meaning of their everyday questions (knowledge/glosses), with the shipped e5-small.

The gloss bank matched a question with an article's everyday questions by words (BM25) and character bigrams; a
question told in other words than any gloss ("叫他卷铺盖" for 辞退, "合成一家" for 合并) found the article only when
a word happened to be shared. Two rankings by meaning join them:

- the article's everyday questions read together as one passage (what the article is asked about, as a whole);
- the article's closest single everyday question (one situation it settles).

Measured on the development rounds' statute questions (243, required article among the first three): BM25 and
bigrams alone 0.49; with both rankings by meaning fused in 0.80 (session 23, eval/RESULTS.md). Each text is
embedded as an e5 "passage" through the index's PassageMeaning, so their vectors ship with the passages'
(knowledge/vectors/passages-e5.npz, scripts/ship_vectors.py) and a fresh data dir embeds nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from assistant.index.meaning import PassageMeaning


def article_texts(glosses: Sequence) -> tuple[list[tuple[str, str]], list[str]]:
    """The articles (law, key) in the bank's order and, for each, its everyday questions joined as one passage."""
    joined: dict[tuple[str, str], list[str]] = {}
    for g in glosses:
        joined.setdefault((g.law, g.key), []).append(g.text)
    return list(joined), ["；".join(texts) for texts in joined.values()]


def gloss_passages(glosses: Sequence) -> list[str]:
    """Every text the ranking embeds: each article's questions joined, then each question alone."""
    return article_texts(glosses)[1] + [g.text for g in glosses]


class GlossMeaning:
    """Per article, the e5 cosine of a query with its everyday questions joined and with the closest one of them.

    The vectors are read on first use, not at start: a search that never reaches the bank pays nothing. When they
    are neither shipped nor cached (a knowledge dir of its own, without knowledge/vectors) they are not embedded at
    search time: `scores` gives None and the bank ranks by words and bigrams alone."""

    def __init__(self, glosses: Sequence, meaning: PassageMeaning):
        self.keys, self._joined = article_texts(glosses)
        self.position = {key: i for i, key in enumerate(self.keys)}  # (law, key) → its place in `keys`
        self._texts = [g.text for g in glosses]
        self._owner = np.array([self.position[(g.law, g.key)] for g in glosses], dtype=np.int64)
        self._meaning = meaning
        self._lock = threading.Lock()
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None
        self._read = False

    def _matrices(self) -> tuple[np.ndarray, np.ndarray] | None:
        with self._lock:
            if not self._read:
                joined = self._meaning.held_passages(self._joined)
                single = self._meaning.held_passages(self._texts) if joined is not None else None
                self._vectors = (joined, single) if single is not None else None
                self._read = True
            return self._vectors

    def scores(self, query: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(cosine with the joined questions, cosine with the closest question), one value per article of `keys`;
        None without the vectors."""
        held = self._matrices()
        if held is None or not len(self.keys):
            return None
        joined, single = held
        q = self._meaning.query_vector(query)
        best = np.full(len(self.keys), -1.0)
        np.maximum.at(best, self._owner, single @ q)
        return joined @ q, best
