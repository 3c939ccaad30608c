"""Hybrid retrieval over the shipped knowledge: statutes by article, Traditional and colloquial queries, filters."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.index.embedders import HashEmbedding
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.index.visibility import Visibility
from assistant.retrieval import Retriever, articles_in
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shipped_index(shared_index) -> KnowledgeIndex:
    """The shipped knowledge (hash embedder), built once for the whole session (tests/conftest.py)."""
    assert isinstance(shared_index.embedder, HashEmbedding)
    return shared_index


@pytest.fixture
def retriever(shipped_index) -> Retriever:
    return Retriever(shipped_index)


@pytest.mark.parametrize("query", ["女职工委员会怎么设立", "工会法第十一条", "工会法第11条"])
def test_statute_question_finds_article_with_metadata(retriever, query):
    hits = retriever.search(query, k=3)
    top = [h.passage for h in hits]
    article = next((p for p in top if p.law == "工会法" and p.article == "第十一条"), None)
    assert article is not None, [p.citation for p in top]
    assert article.kind == "law" and article.chapter.startswith("第二章")
    assert "女职工委员会" in article.text
    assert hits[0].to_json()["citation"].startswith("《")


def test_named_article_comes_first(retriever):
    assert retriever.search("工会法第十一条", k=1)[0].passage.article == "第十一条"


def test_traditional_query_matches_simplified_query(retriever):
    traditional = retriever.search("女職工委員會", k=5)
    simplified = retriever.search("女职工委员会", k=5)
    assert [h.passage.id for h in traditional] == [h.passage.id for h in simplified]
    assert any("女职工委员会" in h.passage.text for h in traditional)


def test_colloquial_question_about_a_plan_section(retriever):
    hits = retriever.search("女工部分写啥", k=5)
    assert hits
    women = ("女职工", "女教职工", "女教工", "女教师", "三八")
    assert sum(any(w in h.passage.text for w in women) for h in hits) >= 4
    # The question is about a plan section: example plans' women-worker passages come first.
    assert hits[0].passage.kind == "plan" and any(w in hits[0].passage.text for w in women)


def test_results_are_deterministic_and_sorted(retriever):
    first = retriever.search("工会经费怎么管", k=8)
    second = retriever.search("工会经费怎么管", k=8)
    assert [(h.passage.id, h.score) for h in first] == [(h.passage.id, h.score) for h in second]
    assert [h.score for h in first] == sorted((h.score for h in first), reverse=True)
    assert len(first) == 8


def test_kinds_and_topic_arguments(retriever):
    laws = retriever.search("女职工的权益", k=6, kinds=("law",))
    assert laws and all(h.passage.kind == "law" for h in laws)
    plans = retriever.search("开展活动", k=3, topic="文体活动", kinds=("plan",))
    assert plans[0].passage.topic == "文体活动"


def test_empty_query_returns_nothing(retriever):
    assert retriever.search("   ", k=5) == []


def test_articles_in_understands_digits_and_characters():
    assert articles_in("工会法第11条和第一百零五条") == {"第十一条", "第一百零五条"}
    assert articles_in("第20条") == {"第二十条"}


def test_a_school_never_sees_another_schools_upload(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "plan.txt").write_text("一、女职工工作\n组织女教职工开展三八节健步走活动。\n", encoding="utf-8")
    index = KnowledgeIndex(load_settings(data_dir=tmp_path / "data", knowledge_dir=kb))
    index.ensure_built()
    secret = "一、特色工作\n红枫中学工会筹办紫藤读书会，每周三下午活动。\n".encode()
    assert index.add_upload(secret, "红枫.txt", owner="school-a").added == 1
    retriever = Retriever(index)

    def sources(owner):
        return {h.passage.source for h in retriever.search("紫藤读书会", k=10, owner=owner)}

    assert "红枫.txt" in sources("school-a")
    assert "红枫.txt" not in sources("school-b")
    assert "红枫.txt" not in sources(None)
    assert "plan.txt" in sources("school-b")  # shared knowledge stays visible
    assert all(p.owner in ("", "school-b") for p in index.passages(owner="school-b"))


def eval_scores(index, name: str) -> tuple[tuple[float, float], dict]:
    """(hit@5, MRR@5) of our retriever and of the baselines on eval/{name}, via eval/evaluate.py."""
    sys.path.insert(0, str(ROOT / "eval"))
    try:
        from evaluate import evaluate, load_queries, systems
    finally:
        sys.path.remove(str(ROOT / "eval"))
    queries = load_queries(ROOT / "eval" / name)
    scores = {label: evaluate(fn, queries) for label, fn in systems(Retriever(index)).items()}
    return scores.pop("ours (hybrid)"), scores


def test_public_eval_meets_target_and_beats_baselines(shipped_index):
    ours, scores = eval_scores(shipped_index, "retrieval_public.jsonl")
    assert ours[0] == 1.0 and ours[1] >= 0.9
    assert all(baseline[1] < ours[1] for baseline in scores.values())


def test_in_process_vector_search_matches_chromas_own_filtered_query(tmp_path):
    import shutil

    import numpy as np

    kb = tmp_path / "kb"
    (kb / "policy").mkdir(parents=True)
    shutil.copy(ROOT / "knowledge" / "policy" / "女职工劳动保护特别规定(2012-04-28).md", kb / "policy")
    (kb / "plan.txt").write_text("一、女职工工作\n组织女教职工开展三八节健步走活动。\n", encoding="utf-8")
    # Chroma keeps the vectors we search (not a fold of them) only when both dimensions agree.
    embedder = HashEmbedding(dim=1024, store_dim=1024)
    index = KnowledgeIndex(load_settings(data_dir=tmp_path / "data", knowledge_dir=kb), embedder=embedder)
    index.ensure_built()
    for owner in ("school-a", "school-b"):
        text = f"一、女职工工作\n{owner}工会为女教职工举办产假政策讲座和健康体检。\n"
        assert index.add_upload(text.encode("utf-8"), f"{owner}.txt", owner=owner).added == 1
    snap = index.snapshot()
    query = "女职工产假和健康检查"
    vector = np.asarray(index.embedder.embed_query([query], idf=snap.idf)[0], dtype=np.float32)
    # Chroma's own filter, written out independently of Visibility: the oracle for our rows and cosines.
    cases = [
        ((None, None), {"owner": ""}),
        (("school-a", None), {"owner": {"$in": ["", "school-a"]}}),
        ((None, ("law",)), {"$and": [{"owner": ""}, {"kind": "law"}]}),
        (("school-b", ("upload", "plan")), {"$and": [{"owner": {"$in": ["", "school-b"]}}, {"kind": {"$in": ["upload", "plan"]}}]}),
    ]
    for (owner, kinds), where in cases:
        allowed = snap.visible(Visibility(owner, kinds))
        ours = snap.nearest(index.embedder, query, 5, allowed)
        theirs = index.store.collection.query(
            query_embeddings=[vector], n_results=min(5, int(allowed.sum())), where=where, include=["distances"]
        )
        assert [snap.passages[row].id for row, _ in ours] == theirs["ids"][0]
        assert np.allclose([score for _, score in ours], [1 - d for d in theirs["distances"][0]], atol=2e-3)
        assert all(snap.passages[row].owner in ("", owner or "") for row, _ in ours)


def test_holdout_eval_stays_ahead_of_baselines(shipped_index):
    ours, scores = eval_scores(shipped_index, "retrieval_holdout.jsonl")
    # A floor against regressions, not a target (0.90, eval/RESULTS.md): 0.860 fell to 0.848 when a gloss sharing seven
    # characters with a hold-out query was reworded (no copying the exam), so the floor is 0.84.
    assert ours[0] >= 0.95 and ours[1] >= 0.84
    assert all(baseline[1] < ours[1] for baseline in scores.values())


def test_how_long_question_is_not_read_as_a_meeting_frequency(retriever):
    # "多久" alone asks for a duration; only "多久开/开几次" should pull in meeting words.
    assert "召开" not in retriever.index.lexicon.expand("试用期最长能定多久").terms
    assert all("试用期" in h.passage.text for h in retriever.search("试用期最长能定多久", k=3))
    meetings = retriever.search("教代会一年至少要开几次", k=3)
    assert any("每学年至少召开一次" in h.passage.text for h in meetings)


def test_senior_teachers_mentoring_is_not_taken_for_retirement(retriever):
    # "老教师" is ambiguous (senior colleague or retiree): it must not outweigh the mentoring words.
    top = retriever.search("新老师怎么安排老教师带", k=1)[0].passage
    assert any(w in top.text for w in ("师徒", "青蓝工程")), top.text[:60]


def test_plan_section_wording_variants(retriever):
    assert "疗休养" in retriever.search("暑假组织老师出去疗养", k=1)[0].passage.text
    top = retriever.search("计划最后的保障措施怎么写", k=1)[0].passage
    assert top.kind == "plan" and top.topic == "保障措施"
