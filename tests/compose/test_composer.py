"""The offline composer: whole plans for sample profiles, domain rules, nothing carried over from the examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.check.review import check_text
from assistant.compose.composer import Composer
from assistant.compose.text import pos_tokenizer
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.export.markdown import render
from assistant.loading.cleaning import normalize, split_plans
from assistant.loading.statutes import LawBook
from assistant.retrieval import Retriever

ROOT = Path(__file__).resolve().parents[2]
PROFILES = Path(__file__).resolve().parents[1] / "profiles"
# Words jieba tags as names that every school plan uses; they cannot identify an example's school.
_GENERIC = {"中国", "中华", "中共", "全国", "国家", "中国工会", "师德", "弘扬", "福利", "文明", "师生", "温馨", "卓越", "普及",
            "满意度", "练兵", "爱岗敬业", "爱岗", "关怀", "祝福", "道德", "育人", "拓宽", "公正", "才华", "祝贺", "崇高", "山区", "德育处"}


@pytest.fixture(scope="module")
def composer(shared_settings, shared_index):
    index = shared_index
    lawbook = LawBook.from_dir(shared_settings.knowledge_dir / "policy")
    return Composer(Retriever(index), load_structure(), lawbook)


@pytest.fixture(scope="module")
def example_names():
    """Proper names of the example schools: jieba person/place/organisation tokens and school/district names
    found in only one example plan and in none of the generic texts (structure, statutes)."""
    plans = []
    for path in sorted((ROOT / "knowledge" / "examples").glob("*.txt")):
        plans += [p.text for p in split_plans(normalize(path.read_text(encoding="utf-8")), path.stem)]
    generic = (ROOT / "knowledge" / "structure.yaml").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "knowledge" / "policy").glob("*.md")
    )
    text = "\n".join(plans)
    names = {w for w, f in pos_tokenizer().cut(text) if f[:2] in ("nr", "ns", "nt") and len(w) >= 2}
    names |= set(re.findall(r"[\u4e00-\u9fff]{2,3}[区县市]", text)) - {"社区", "校区", "山区", "地区"}
    names |= set(re.findall(r"[\u4e00-\u9fff]{2}(?:中学|小学)", text)) - {"各中学", "中小学"}
    return {n for n in names - _GENERIC if sum(n in p for p in plans) == 1 and n not in generic}


def _plan(composer, name: str):
    profile = Profile.from_toml(PROFILES / name)
    plan = composer.compose_plan(profile)
    return profile, plan, render(plan.to_blocks())


def _sentences(md: str) -> list[str]:
    body = [l for l in md.split("\n") if l and not l.startswith(("#", "|", "<!--"))]
    text = "\n".join(re.sub(r"^\d+\.\s*", "", l) for l in body)
    return [s for s in re.findall(r"[^。！？\n]+[。！？]", text) if len(s) > 6]


@pytest.mark.parametrize("name", ["large_school.toml", "kindergarten.toml", "anniversary.toml"])
def test_plan_is_complete_clean_and_specific_to_the_school(composer, example_names, name):
    profile, plan, md = _plan(composer, name)
    structure = composer.structure
    for spec in structure.sections:
        if spec.key in ("title", "signature"):
            continue
        assert spec.title in md, spec.title
        if not structure.is_container(spec.key):
            assert plan.sections[spec.key].paragraphs, spec.key
    assert md.startswith(f"# {profile.school}")
    assert profile.union_name in md and profile.sign_date in md
    assert f"{profile.staff}人" in md
    assert check_text(md, profile.year, composer.lawbook, profile=profile, structure=structure) == []
    leaked = sorted(n for n in example_names if n in md and n not in profile.school and n not in profile.upper_union)
    assert leaked == []
    for fixed in ("普陀区", "东丽区", "虹口区", "城东中学", "马宪华", "陈婕", "十八大", "三个代表", "20xx"):
        assert fixed not in md
    sentences = _sentences(md)
    assert len(sentences) == len(set(sentences)), [s for s in sentences if sentences.count(s) > 1]
    for draft in plan.sections.values():
        for paragraph in draft.paragraphs:
            assert paragraph.endswith("。"), paragraph


def test_domain_rules_follow_the_profile(composer):
    _, _, kindergarten = _plan(composer, "kindergarten.toml")
    assert "教职工大会" in kindergarten
    assert "教职工代表大会" not in kindergarten and "教代会" not in kindergarten
    assert "女职工委员会" in kindergarten  # 42 women: a committee
    assert "暂无退休教职工" in kindergarten
    _, _, large = _plan(composer, "large_school.toml")
    assert "教职工代表大会" in large and "46名退休教职工" in large
    assert "收好、管好、用好" in large and "经费审查委员会" in large
    assert "习近平新时代中国特色社会主义思想" in large and "党的二十大和二十届历次全会精神" in large
    small = Profile(school="青石村小学", year=2027, staff=9, female_staff=6)
    plan = composer.compose_plan(small)
    md = render(plan.to_blocks())
    assert "女职工委员" in md and "女职工委员会" not in md
    assert check_text(md, 2027, composer.lawbook, profile=small, structure=composer.structure) == []


def test_highlights_land_in_their_sections_and_the_schedule(composer):
    profile, plan, md = _plan(composer, "anniversary.toml")
    culture = " ".join(plan.sections["culture"].paragraphs)
    assert "建校60周年校庆" in culture
    assert "新校区启用" in " ".join(plan.sections["welfare"].paragraphs)
    assert "新校区启用" in " ".join(plan.sections["self"].paragraphs)
    october = [i for i in plan.schedule if i.month == 10]
    assert any("校庆" in i.activity for i in october)
    assert len(plan.schedule) >= 10
    for item in plan.schedule:
        assert item.month in range(1, 13) and item.activity and item.lead and item.participants
    assert "| 10月 |" in md
    # The school's focus gets one more measure than an ordinary area.
    assert len(plan.sections["women"].paragraphs) > len(plan.sections["finance"].paragraphs) or any(
        "女职工工作作为" in p for p in plan.sections["women"].paragraphs
    )


def test_school_year_schedule_runs_from_september(composer):
    profile, plan, md = _plan(composer, "kindergarten.toml")
    rows = plan.schedule_rows()
    assert rows[0][0] == "9月" and rows[-1][0] in ("7月", "8月")
    assert any("亲子迎新年" in r[1] and r[0] == "12月" for r in rows)


def test_variants_differ_but_stay_valid(composer):
    profile = Profile.from_toml(PROFILES / "large_school.toml")
    first = composer.compose_section(profile, "culture", variant=0)
    again = composer.compose_section(profile, "culture", variant=0)
    other = composer.compose_section(profile, "culture", variant=1)
    assert first.paragraphs == again.paragraphs
    assert first.paragraphs != other.paragraphs
    assert len(other.paragraphs) >= 4
    md = "\n".join(other.paragraphs)
    assert [f for f in check_text(md, 2027, composer.lawbook) if f.kind != "numbering"] == []

