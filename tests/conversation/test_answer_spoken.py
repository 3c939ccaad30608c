"""Spoken questions over the real knowledge base: fragments jieba glues from a particle never make the assistant
decline; a question that names a statute the base holds is answered from it even when a local word (省里, 市里) sets
the scene; a question for a way out of a dispute is answered with the remedies; two amounts asked get the whole
article. Every question here is our own wording."""

from __future__ import annotations

import pytest

# jieba's HMM glues a particle to its neighbour into a "word" its dictionary does not list (的要, 得发): a fragment,
# never a subject the base lacks, so it neither weighs against an answer nor is named in a decline.
GLUED = [
    ("刚调来的要干满几年才能休带薪年休假？", "的要"),
    ("代课的要签劳动合同吗", "的要"),
]


@pytest.mark.parametrize("question, fragment", GLUED)
def test_fragments_glued_from_a_particle_are_not_what_is_asked(answerer, question, fragment):
    surfaces = {c.surface for c in answerer.kit.gate.reader.concepts(question)}
    assert fragment not in surfaces
    assert f"“{fragment}”" not in answerer.answer(question).text


def test_a_question_the_base_cannot_answer_is_still_declined(answerer):
    answer = answerer.answer("新来的要休婚假，到底能休多少天？")
    assert not answer.found
    assert answer.text.startswith("知识库中没有关于")
    assert "“的要”" not in answer.text


# knowledge/questions.yaml's `local` gap: a province or city named in passing does not make a question about a statute
# the base holds a question about a local rule.
NAMED = [
    ("劳动合同法里对试用期有没有说法？还是市里自己定", "《劳动合同法》"),
    ("工会法有没有讲工会经费从哪来，还是县里说了算", "《工会法》"),
    ("女职工劳动保护特别规定里产假是怎么定的？我们省里另外有没有", "《女职工劳动保护特别规定》"),
    ("劳动法里加班费是怎么算的？还是各地自己定", "《劳动法》"),
]


@pytest.mark.parametrize("question, law", NAMED)
def test_a_question_naming_a_statute_is_answered_from_it(answerer, question, law):
    answer = answerer.answer(question)
    assert answer.found
    assert answer.citations[0].label.startswith(law)


# knowledge/questions.yaml `law_cues`: a question asking what national law says (法律上, 国家规定) asks the statutes,
# whatever place or season it names in passing.
ASKS_LAW = [
    ("本县教师的培训，从法律上讲该由哪一级政府负责？", ("《教师法》",)),
    ("全县的老师都在问，按法律讲，教师每年的体检该由谁来组织？", ("《教师法》",)),
]


@pytest.mark.parametrize("question, laws", ASKS_LAW)
def test_a_question_asking_what_the_law_says_is_answered_from_the_statutes(answerer, question, laws):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert answer.citations[0].label.startswith(laws), [c.label for c in answer.citations]


def test_a_local_standard_without_a_statute_named_is_still_declined(answerer):
    answer = answerer.answer("我们市里教师的交通补贴标准是多少")
    assert not answer.found


# Two quantities asked in two clauses: the whole article, which states both, is quoted rather than one sentence of it.
TWO_AMOUNTS = [
    ("产假一共多少天？碰上难产能多休几天？", ("98天", "增加产假15天")),
    ("加班一天最多能加几个小时？一个月加起来最多多少小时？", ("三小时", "三十六小时")),
    ("喂奶的老师每天有多少哺乳时间？生了双胞胎的话每天多几个小时？", ("1小时哺乳时间", "增加1小时")),
]


@pytest.mark.parametrize("question, amounts", TWO_AMOUNTS)
def test_two_amounts_asked_are_both_answered(answerer, question, amounts):
    answer = answerer.answer(question)
    assert answer.found
    for amount in amounts:
        assert amount in answer.text


# knowledge/questions.yaml `asks_recourse`: a question asking for a way out of a dispute is answered by an article
# that names the remedies (协商, 调解, 仲裁, 诉讼), not by the one matching the story's details.
RECOURSE = [
    "学校欠着老师半年的绩效工资，老师想讨个说法，有哪些途径？",
    "被学校无故辞退了，能去哪讨说法？",
    "学校不按集体合同给老师体检，工会交涉没用，能不能去起诉？",
    "女老师怀孕被调岗降薪，能不能打官司？",
]


@pytest.mark.parametrize("question", RECOURSE)
def test_a_question_for_a_way_out_is_answered_with_the_remedies(answerer, question):
    answer = answerer.answer(question)
    assert answer.found
    assert any(remedy in answer.text for remedy in ("仲裁", "诉讼", "人民法院", "调解"))


# knowledge/lexicon.yaml: the spoken family of 闹矛盾 (闹僵, 闹翻, 谈不拢, 扯皮…) is the statutes' 劳动争议.
DISPUTES = [
    "老师和学校因为绩效的事闹翻了，法律上怎么解决？",
    "保育员跟园里为加班的事谈不拢，这种情况依法该咋处理？",
    "教职工跟学校扯皮扯了半年，能找谁来调解？",
]


@pytest.mark.parametrize("question", DISPUTES)
def test_a_falling_out_is_read_as_a_labour_dispute(answerer, question):
    answer = answerer.answer(question)
    assert answer.found
    assert "劳动争议" in answer.text
