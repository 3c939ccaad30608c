"""Everyday questions each statute article answers (knowledge/glosses/*.yaml, a doc2query bank).

A user asks in school words (老师辞职要提前多久说); the statute speaks of 劳动者 and 解除劳动合同. The bank holds, per
article (or per section of a digest), questions written in everyday words; a query close to one of them points at
that article even when it shares no telling word with the article's text. Closeness is BM25 over the same jieba
tokens the index uses, fused with a character-bigram cosine that survives typos and odd word splits and, when a
likeness by meaning is given (e5-small, see index/likeness.py), with that too.

>>> bank = GlossBank([Gloss("劳动法", "第三十一条", "老师想辞职要提前多久跟学校说"),
...                   Gloss("劳动法", "第五十一条", "家里办红白喜事请假工资照发吗")], str.split)
>>> bank.targets("辞职 提前 多久")[0][:2]
('劳动法', '第三十一条')
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import math
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.domain.data import read_yaml
from assistant.index.bm25 import Bm25Index
from assistant.index.gloss_meaning import GlossMeaning
from assistant.index.likeness import Likeness

log = logging.getLogger(__name__)

GLOSS_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "glosses"
RRF_K = 10.0  # the two closeness rankings are fused by reciprocal rank, like the passage rankings
# An article found by meaning alone (its bigram cosine below the caller's cut-off: retrieval's 0.35) still counts
# when its closest everyday question is this near the query (e5 query/passage cosine) and within MEANING_MARGIN of
# the closest question of any article (the one asked about, not one of its neighbours). On the development rounds'
# statute questions the article asked about lies at 0.907 or more for 90% of them, half of the others at 0.898 or
# more. Retrieval pooled over the development sets (610 queries), hit@5/MRR@5: 0.693/0.528 without this route;
# floor 0.88 0.751/0.588, 0.90 0.751/0.592, 0.93 0.728/0.588; with 0.90, margin 0 0.731/0.583, 0.01 0.751/0.608,
# 0.02 0.752/0.598, 0.05 0.751/0.592; with 0.01 the public set keeps its MRR (0.922), with 0.02 it falls to 0.891
# (session 23, eval/RESULTS.md).
MEANING_FLOOR = 0.90
MEANING_MARGIN = 0.01
_HAN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")


@dataclass(frozen=True)
class Gloss:
    law: str  # the passage's `law` (工会法, or the digest's title)
    key: str  # the article label (第三条), or a digest's section heading
    text: str
    story: bool = False  # a question told as a situation (the files' `stories`): matched by BM25, not by the cosine


def load_glosses(directory: Path | None = None) -> tuple[Gloss, ...]:
    """Every gloss of the YAML files in a directory (the shipped knowledge/glosses by default), in file order."""
    folder = directory or GLOSS_DIR
    out: list[Gloss] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        data = read_yaml(path) or {}
        law = str(data.get("law") or "").strip()
        groups = data.get("articles") or data.get("sections") or {}
        if not law or not isinstance(groups, dict):
            continue
        stories = data.get("stories") if isinstance(data.get("stories"), dict) else {}
        for story, mapping in ((False, groups), (True, stories)):
            for key, texts in mapping.items():
                for text in texts or ():
                    if isinstance(text, str) and text.strip():
                        out.append(Gloss(law, str(key).strip(), text.strip(), story))
    return tuple(out)


def _cached_tokens(
    texts: tuple[str, ...], tokens: Callable[[str], list[str]], cache: tuple[Path, str] | None
) -> list[list[str]]:
    """Each text's tokens, read from the cache file when it holds these texts under this tokenizer."""
    if cache is None:
        return [tokens(t) for t in texts]
    directory, key = cache
    digest = hashlib.sha256("\x1f".join((key, *texts)).encode("utf-8")).hexdigest()[:24]
    path = directory / f"gloss_tokens_{digest}.marshal"
    try:
        held = marshal.loads(path.read_bytes())
        if isinstance(held, list) and len(held) == len(texts):
            return held
    except (OSError, ValueError, EOFError, TypeError):
        pass  # absent or unreadable: cut again
    out = [tokens(t) for t in texts]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps(out))
        tmp.replace(path)
    except OSError as exc:  # a read-only data dir: cut again next time
        log.info("gloss tokens not cached (%s)", exc)
    return out


def _reciprocal_ranks(scores: np.ndarray) -> np.ndarray:
    """1 / (RRF_K + rank + 1) of every row of one ranking (best score first, ties by row)."""
    order = np.lexsort((np.arange(len(scores)), -scores))
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(len(scores))
    return 1.0 / (RRF_K + ranks + 1)


def _bigrams(text: str) -> dict[str, float]:
    grams: dict[str, float] = defaultdict(float)
    for run in _HAN.findall(text.lower()):
        for i in range(max(len(run) - 1, 1)):
            grams[run[i : i + 2]] += 1.0
    return grams


class _BigramCosine:
    """TF-IDF cosine over character bigrams, through an inverted index (the bank has a few thousand lines)."""

    def __init__(self, texts: Sequence[str]):
        grams = [_bigrams(t) for t in texts]
        df: dict[str, int] = defaultdict(int)
        for g in grams:
            for gram in g:
                df[gram] += 1
        n = max(sum(1 for t in texts if t), 1)  # empty texts (left out of the cosine) do not count
        self.idf = {gram: math.log(1 + n / d) for gram, d in df.items()}
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for row, g in enumerate(grams):
            weights = {gram: tf * self.idf[gram] for gram, tf in g.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for gram, w in weights.items():
                self.postings[gram].append((row, w / norm))
        self.size = len(texts)

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(self.size, dtype=np.float64)
        weights = {gram: tf * self.idf[gram] for gram, tf in _bigrams(query).items() if gram in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for gram, w in weights.items():
            for row, v in self.postings[gram]:
                out[row] += v * w / norm
        return out


class GlossBank:
    """Articles ranked by how close a query is to their everyday questions."""

    def __init__(
        self,
        glosses: Sequence[Gloss],
        tokens: Callable[[str], list[str]],
        likeness: Likeness | None = None,
        cache: tuple[Path, str] | None = None,
        meaning: GlossMeaning | None = None,
    ):
        """`cache`: (directory, key of the tokenizer) where the glosses' tokens are kept between processes (a cold
        search then reads them instead of cutting some 1,300 sentences with jieba)."""
        self.glosses = tuple(glosses)
        self._tokens = tokens
        self._likeness = likeness
        self._meaning = meaning  # the articles by the meaning of their questions (e5); None: words and bigrams only
        self._texts = tuple(g.text for g in self.glosses)
        vocab: dict[str, int] = {}
        ids: list[int] = []
        offsets = [0]
        for words in _cached_tokens(self._texts, tokens, cache):
            ids += [vocab.setdefault(t, len(vocab)) for t in words]
            offsets.append(len(ids))
        self._by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        for g in self.glosses:
            self._by_key[(g.law, g.key)].append(g.text)
        self._near: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # query → (fused ranks, cosines), bounded
        self._lock = threading.Lock()
        self._bm25 = Bm25Index.build(np.asarray(ids, dtype=np.int32), np.asarray(offsets, dtype=np.int64), list(vocab))
        # The cosine (and its cut-off, RetrievalWeights.gloss_min_cosine) is for the everyday questions; the stories
        # are matched by BM25 only, so adding them leaves those questions' cosines — what passes the cut-off — as
        # they were.
        self._cosine = _BigramCosine(["" if g.story else g.text for g in self.glosses])

    def __len__(self) -> int:
        return len(self.glosses)

    def targets(self, query: str, limit: int = 3, min_cosine: float = 0.0,
                asked: str | None = None) -> list[tuple[str, str, float]]:
        """(law, key, cosine) of the articles whose glosses are closest to the query, best first.

        The order is the fused reciprocal rank of each article's best gloss; the cosine is that gloss's character-
        bigram cosine with the query. A gloss whose cosine is below `min_cosine` does not count (a query on something
        else still has a nearest gloss). `asked`: the question as the user wrote it, read by meaning when `query`
        is its core of telling words (the words match better cut down, the meaning whole)."""
        if not self.glosses or not query.strip():
            return []
        scores = self._meaning.scores(asked or query) if self._meaning is not None else None
        if scores is not None:
            return self._targets_by_meaning(query, limit, min_cosine, scores)
        fused, cosine = self._closeness(query)
        fused = np.where(cosine >= min_cosine, fused, 0.0)
        best: dict[tuple[str, str], float] = {}
        for row in np.lexsort((np.arange(len(fused)), -fused)):
            if fused[row] <= 0 or len(best) >= limit:
                break
            g = self.glosses[row]
            best.setdefault((g.law, g.key), float(cosine[row]))
        return [(law, key, score) for (law, key), score in best.items()]

    def _targets_by_meaning(self, query: str, limit: int, min_cosine: float,
                            scores: tuple[np.ndarray, np.ndarray]) -> list[tuple[str, str, float]]:
        """targets() with the rankings by meaning: the words-and-bigrams order of the articles (by their best
        gloss), the order by their questions read together and the order by their closest question, fused by
        reciprocal rank. An article passes the cut-off by its bigram cosine, or by meaning alone (MEANING_FLOOR)."""
        keys, position = self._meaning.keys, self._meaning.position
        total = np.zeros(len(keys), dtype=np.float64)
        bigram = np.zeros(len(keys), dtype=np.float64)
        fused, cosine = self._closeness(query)
        rank = 0
        for row in np.lexsort((np.arange(len(fused)), -fused)):
            if fused[row] <= 0:
                break
            i = position[(self.glosses[row].law, self.glosses[row].key)]
            if total[i] == 0:
                total[i] = 1.0 / (RRF_K + rank + 1)
                bigram[i] = cosine[row]
                rank += 1
        joined, single = scores
        total += _reciprocal_ranks(joined) + _reciprocal_ranks(single)
        out: list[tuple[str, str, float]] = []
        for i in np.lexsort((np.arange(len(total)), -total)):
            if len(out) >= limit:
                break
            if bigram[i] >= min_cosine or single[i] >= max(MEANING_FLOOR, float(single.max()) - MEANING_MARGIN):
                out.append((keys[i][0], keys[i][1], float(bigram[i])))
        return out

    def texts_of(self, law: str, key: str) -> tuple[str, ...]:
        """The everyday questions of one article (or digest section)."""
        return tuple(self._by_key.get((law, key), ()))

    def _closeness(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """(fused reciprocal rank, bigram cosine) of every gloss, worked out once per query: one answer searches
        several times and asks the gate's context too."""
        with self._lock:
            held = self._near.get(query)
        if held is not None:
            return held
        cosine = self._cosine.scores(query)
        rankings = [self._bm25.scores(self._tokens(query)), cosine]
        if self._likeness is not None:
            rankings.append(np.asarray(self._likeness.similarities(query, self._texts), dtype=np.float64))
        fused = np.zeros(len(self.glosses), dtype=np.float64)
        for scores in rankings:
            fused += np.where(scores > 0, _reciprocal_ranks(scores), 0.0)
        with self._lock:
            if len(self._near) > 256:
                self._near.clear()
            self._near[query] = (fused, cosine)
        return fused, cosine
