"""Each school reads as its own: the kind's vocabulary and measures, the size rules, focus areas with concrete
measures, text that differs from school to school, and nothing copied from the example plans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.domain.policy import doubled_spans, garbled_spans, placeholder_spans
from assistant.loading.cleaning import normalize, split_plans
from tests.compose.conftest import body, items_by_area

ROOT = Path(__file__).resolve().parents[2]


def test_a_kindergarten_speaks_as_a_kindergarten(plans):
    _, plan, md = plans["kindergarten_autumn"]
    text = body(md)
    for word in ("园务公开", "保教", "幼儿", "我园"):
        assert word in text, word
    for word in ("校务公开", "校领导", "校长", "我校", "全校", "学校教育教学中心工作", "学生", "家校"):
        assert word not in text, word
    assert "民主管理与园务公开" in md


def test_a_vocational_school_has_its_own_work(plans):
    _, _, md = plans["vocational_spring"]
    found = {w for w in ("实训", "校企合作", "技能大赛", "双师型", "专业课教师", "企业实践") if w in md}
    assert len(found) >= 3, found
    assert "少先队" not in md and "幼儿" not in md


def test_a_rural_boarding_school_has_its_own_work(plans):
    _, _, md = plans["village_boarding"]
    assert "乡村" in md and ("寄宿" in md or "住校" in md)
    assert "周转宿舍" in md


def test_a_special_school_has_its_own_work(plans):
    _, _, md = plans["special_semester"]
    assert "送教上门" in md and ("康复" in md or "特殊教育" in md)


@pytest.mark.parametrize(
    ("name", "congress", "not_congress", "women"),
    [("village_boarding", "教职工大会", "教职工代表大会", "女职工委员"),
     ("kindergarten_autumn", "教职工大会", "教代会", "女职工委员会"),
     ("vocational_spring", "教职工代表大会", None, "女职工委员会")],
)
def test_size_rules(plans, name, congress, not_congress, women):
    profile, _, md = plans[name]
    assert congress in md
    if not_congress:
        assert not_congress not in md.replace("《学校教职工代表大会规定》", "")
    assert women in md
    if women == "女职工委员":
        assert "女职工委员会" not in md
    assert f"{profile.staff}人" in md


# Words by which a reader recognises each focus area of our profiles (a measure naming none of them is not about it).
FOCUS_WORDS = {
    "保育员队伍稳定": ("保育员",),
    "专业课教师的职业倦怠": ("倦怠", "心理"),
    "乡村教师留得住": ("乡村教师", "青年教师"),
    "教职工心理健康": ("心理",),
    "班主任工作负担": ("班主任", "负担"),
    "特教教师专业成长": ("特教", "特殊教育", "专业成长"),
}


def test_each_focus_gets_at_least_two_concrete_measures(plans):
    """Who does what and when: a time or frequency, and a person in charge or a concrete form."""
    when = re.compile(r"学期初|学期末|年初|年末|学年初|学年末|每学期|每月|每周|每季度|期中|期末|\d+月")
    how = re.compile(r"工会主席|工会[\u4e00-\u9fff]{0,2}委员|女职工委员|工会小组|心理健康教师|伙委会|经费审查委员会|骨干教师|"
                     r"座谈|讲座|团体辅导|慰问|结对|体检|补助|清单|台账|咨询|沙龙|走访|培训|评选|轮休")
    for name, (profile, _, md) in plans.items():
        items = [i for area in items_by_area(md).values() for i in area]
        for focus in profile.focus:
            named = [i for i in items if any(w in i for w in FOCUS_WORDS[focus])]
            concrete = [i for i in named if when.search(i) and how.search(i)]
            assert len(concrete) >= 2, (name, focus, named)


def test_different_schools_read_differently(plans):
    """Fewer than a third of the numbered items of a plan appear word for word in two other plans."""
    def norm(item: str, school: str) -> str:
        item = item.replace(school, "").replace("我园", "我校").replace("园务", "校务")
        return re.sub(r"[\d\W]", "", item)

    items = {n: {norm(i, p.school) for a in items_by_area(md).values() for i in a} for n, (p, _, md) in plans.items()}
    for name, own in items.items():
        shared = [i for i in own if sum(i in other for n, other in items.items() if n != name) >= 2]
        assert len(shared) <= len(own) / 3, (name, shared)


def test_clean_text_without_garbles_blanks_or_doubled_phrases(plans):
    for name, (_, plan, md) in plans.items():
        text = body(md)
        assert garbled_spans(text) == [], name
        assert placeholder_spans(text) == [], name
        assert doubled_spans(text) == [], name
        assert "{" not in md and "[" not in text, name
        for draft in plan.sections.values():
            for paragraph in draft.paragraphs:
                assert paragraph.endswith("。"), paragraph


def test_nothing_is_copied_from_the_example_plans(plans):
    examples = ""
    for path in sorted((ROOT / "knowledge" / "examples").glob("*.txt")):
        examples += "\n".join(p.text for p in split_plans(normalize(path.read_text(encoding="utf-8")), path.stem))
    flat = re.sub(r"\W", "", examples)
    for name, (_, _, md) in plans.items():
        for sentence in re.findall(r"[^。；！？\n]{16,}", body(md)):
            core = re.sub(r"\W", "", re.sub(r"^\d+\.\s*", "", sentence))
            assert len(core) < 16 or core not in flat, (name, sentence)


@pytest.mark.parametrize("name", ["senior_year", "village_boarding"])
def test_current_wording_and_the_finance_rules(plans, name):
    profile, plan, md = plans[name]
    guiding = " ".join(plan.sections["guiding"].paragraphs)
    assert "习近平新时代中国特色社会主义思想" in guiding and "党的二十大和二十届历次全会精神" in guiding
    assert "中国工会第十八次全国代表大会精神" in guiding
    finance = " ".join(plan.sections["finance"].paragraphs)
    assert "收好、管好、用好" in finance and "经费审查委员会" in finance
    assert f"{profile.retirees}名" in " ".join(plan.sections["retirees"].paragraphs)
