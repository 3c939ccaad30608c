"""Plans become passages along their headings, each with a readable section path and a topic."""

from __future__ import annotations

from assistant.domain.passages import KIND_UPLOAD, TOPICS
from assistant.loading.chunking import MAX_PASSAGE_CHARS, TOPIC_KEYWORDS, chunk_plan, classify_topic
from assistant.loading.cleaning import RawPlan

BODY = "认真组织开展各项工作，切实维护教职工的合法权益，努力为教职工办实事、做好事、解难事。"

PLAN = RawPlan(
    title="2024年某某小学工会工作计划",
    text="\n".join(
        [
            "以习近平新时代中国特色社会主义思想为指导，围绕学校中心工作，团结动员全体教职工。" * 2,
            "一、指导思想",
            "坚持以人为本，" + BODY,
            "二、主要工作",
            "（一）民主管理",
            "1、加强学习，提高认识。认真学习教代会相关文件，" + BODY,
            "2、深化校务公开。" + BODY,
            "（二）女职工工作",
            "1、组织三八妇女节活动。" + BODY,
            "2、做好女教职工妇检工作。" + BODY,
            "三、工作安排",
            "3月：召开教代会；9月：教师节慰问；12月：年终总结。" + BODY,
        ]
    ),
)


def test_sections_get_heading_paths_and_topics():
    passages = chunk_plan(PLAN, "examples/plan.txt")
    by_section = {p.section: p for p in passages}
    assert list(by_section) == [
        "前言",
        "一、指导思想",
        "二、主要工作 > （一）民主管理",
        "二、主要工作 > （二）女职工工作",
        "三、工作安排",
    ]
    assert by_section["前言"].topic == "指导思想"
    assert by_section["一、指导思想"].topic == "指导思想"
    assert by_section["二、主要工作 > （一）民主管理"].topic == "民主管理与校务公开"
    assert by_section["二、主要工作 > （二）女职工工作"].topic == "女职工"
    assert by_section["三、工作安排"].topic == "工作安排"
    for p in passages:
        assert p.title == PLAN.title and p.source == "examples/plan.txt"


def test_passage_text_starts_with_its_heading_and_keeps_items():
    passages = {p.section: p for p in chunk_plan(PLAN, "x")}
    women = passages["二、主要工作 > （二）女职工工作"].text
    assert women.startswith("（二）女职工工作")
    assert "1、组织三八妇女节活动" in women and "2、做好女教职工妇检工作" in women
    # The bare first-level heading is not lost: it opens its first child's passage.
    assert passages["二、主要工作 > （一）民主管理"].text.startswith("二、主要工作\n（一）民主管理")


def test_numbered_sentences_are_items_not_headings():
    passages = chunk_plan(PLAN, "x")
    assert not any("加强学习" in p.section for p in passages)


def test_short_numbered_heading_with_sub_items_is_a_section():
    plan = RawPlan(
        "计划",
        "\n".join(["三、工作重点", "1.加强合法权益的维护", "（1）" + BODY, "（2）" + BODY, "2.提高教职工福利", "（1）" + BODY, "（2）" + BODY]),
    )
    sections = [p.section for p in chunk_plan(plan, "x")]
    assert sections == ["三、工作重点 > 1.加强合法权益的维护", "三、工作重点 > 2.提高教职工福利"]


def test_long_sections_are_split_at_item_boundaries_with_heading_repeated():
    items = [f"{i}、第{i}项工作。{BODY}{BODY}" for i in range(1, 12)]
    plan = RawPlan("计划", "\n".join(["一、加大送温暖工作力度", *items]))
    passages = chunk_plan(plan, "x", kind=KIND_UPLOAD, owner="某校")
    assert len(passages) > 1
    for p in passages:
        assert p.text.startswith("一、加大送温暖工作力度\n")
        assert len(p.text) < MAX_PASSAGE_CHARS + 250
        assert p.topic == "维权与送温暖" and p.kind == KIND_UPLOAD and p.owner == "某校"
    joined = "\n".join(p.text for p in passages)
    for item in items:
        assert joined.count(item) == 1


def test_tiny_sections_are_merged_into_a_neighbour():
    plan = RawPlan("计划", "\n".join(["一、工作目标", "（一）增强意识", "1、增强服务意识；", "（二）营造氛围", "1、营造和谐氛围；", BODY * 2]))
    passages = chunk_plan(plan, "x")
    assert len(passages) == 1
    assert "增强服务意识" in passages[0].text and "营造和谐氛围" in passages[0].text


def test_classify_topic_by_heading_then_body():
    assert classify_topic("（三）女职工工作", "") == "女职工"
    assert classify_topic("五、加大送温暖工作力度", "") == "维权与送温暖"
    assert classify_topic("四、加强工会自身建设", "") == "工会自身建设"
    assert classify_topic("六、经费管理", "") == "经费管理"
    assert classify_topic("七、关心退休教职工", "") == "退休教职工"
    assert classify_topic("二、其他工作", "组织乒乓球比赛、羽毛球比赛和趣味运动会。") == "文体活动"
    assert classify_topic("二、其他工作", "做好常规工作。") == ""


def test_keyword_table_covers_only_known_topics():
    assert {topic for topic, _, _ in TOPIC_KEYWORDS} <= set(TOPICS)
