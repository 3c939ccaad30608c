"""Everyday words → the statutes' wording (knowledge/lexicon.yaml `statute_wording`), applied to whole phrases and
weighted in retrieval; and a lexicon that does not repeat the retrieval sets' own questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.index.lexicon import base_tokenizer, load_lexicon
from assistant.retrieval import Retriever

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def retriever(shared_index):
    return Retriever(shared_index)


def test_whole_phrases_longest_first():
    lexicon = load_lexicon()
    phrases = [p for _, _, p in lexicon.statute_phrases("学校要辞退老师，得先跟工会说吗")]
    assert phrases == ["学校", "辞退", "老师", "跟工会说"]
    assert "通知工会" in lexicon.statute_terms("得先跟工会说吗")


def test_wording_most_passages_hold_is_left_out_of_retrieval(retriever, shared_index):
    expansion = retriever.expansion("学校要辞退老师", shared_index.snapshot())
    assert "解除劳动合同" in expansion.statute
    assert "用人单位" not in expansion.statute  # every labour article says it: it would favour them all alike


@pytest.mark.parametrize(
    "question, article",
    [
        ("学校辞退老师前要不要跟工会说", ("劳动合同法", "第四十三条")),
        ("家里办红白喜事那几天工资怎么算", ("劳动法", "第五十一条")),  # 婚丧 is one token in 婚丧假
        ("孩子不满一岁的老师每天有喂奶的时间吗", ("女职工劳动保护特别规定", "第九条")),
        ("一直没签合同的临时工能要双倍工资吗", ("劳动合同法", "第八十二条")),
        # written for this test: accidents, insults and blows, part-time pay by the hour, the union's full-time staff
        ("学校实验室出事故伤了人，工会能参与调查处理吗", ("工会法", "第二十七条")),
        ("领导当众辱骂还推搡保安师傅，法律上怎么说", ("劳动法", "第九十六条")),
        ("按课时算钱的外聘老师能不能只口头约定", ("劳动合同法", "第六十九条")),
        ("工会专干的工资奖金由谁来发", ("工会法", "第四十二条")),
        ("学校拿超市卡抵一部分工资行不行", ("劳动法", "第五十条")),
        ("来例假的女同事能安排去冷水里清洗吗", ("劳动法", "第六十条")),
        # written for this test: carrying loads (负重), casual work paid by the hour (非全日制用工)
        ("食堂女师傅每天要搬重物进仓库，有没有不让女职工干的规定", ("女职工劳动保护特别规定", "附录")),
        ("学校请来打零工的保洁阿姨，工资多久必须结一次", ("劳动合同法", "第七十二条")),
    ],
)
def test_everyday_wording_finds_the_article(retriever, question, article):
    top = [(h.passage.law, h.passage.article) for h in retriever.search(question, k=3)]
    assert article in top, top


def test_a_question_for_a_quantity_favours_a_passage_that_states_one(retriever):
    lexicon = retriever.index.lexicon
    assert lexicon.asks_quantity("产假一共多少天") and not lexicon.asks_quantity("三年内不得调动吗")
    top = retriever.search("产假一共多少天", k=1)[0].passage
    assert lexicon.states_quantity(top.text)


def _queries() -> list[str]:
    files = [ROOT / "eval" / f"retrieval_{name}.jsonl" for name in ("public", "dev", "holdout")]
    files.append(ROOT.parent / "shared" / "eval" / "retrieval_public.jsonl")
    out = []
    for path in files:
        if path.exists():
            out += [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_no_lexicon_entry_repeats_a_phrase_of_the_retrieval_sets():
    """An entry that is a piece of an evaluation question (有没有限制, 从哪里来) helps that set and nothing else; a
    word of the dictionary or of the knowledge base may of course occur in a question."""
    lexicon = load_lexicon()
    knowledge = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "knowledge").rglob("*")
                        if p.suffix in (".md", ".txt", ".yaml") and p.name != "lexicon.yaml")
    dictionary = base_tokenizer().FREQ
    entries = {*lexicon.hints, *lexicon.statute_wording, *(t for group in lexicon.synonyms for t in group)}
    entries -= lexicon.stopwords  # question forms (能不能) are in every set's questions by nature
    queries = _queries()
    assert queries
    repeated = sorted(e for e in entries if len(e) >= 3 and not dictionary.get(e) and e not in knowledge
                      and any(e in q for q in queries))
    assert repeated == []
