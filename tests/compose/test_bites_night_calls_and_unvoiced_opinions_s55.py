"""Focus areas of development round 104's kinds (fifty-fifth session): small children who bite and scratch their
carers get measures of protection and care after an injury; parents phoning teachers late at night get measures on
night calls, not only on chat groups; opinions kept back at meetings get a fixed place to voice them; and a plan never
names a concern by a word that finds it but names nothing ("教职工反映的半夜问题", "…有意见…问题"); a stroll to
watch birds is an outing (文体).
Every sentence is written for this test; none is an exemplar of knowledge/*.yaml."""

from __future__ import annotations

from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import items_by_area


def _items(composer, school: str, school_type: str, focus: str) -> list[str]:
    profile = Profile(school=school, school_type=school_type, year=2027, period="学年", staff=64, female_staff=58,
                      focus=[focus])
    return [i for items in items_by_area(render(composer.compose_plan(profile).to_blocks())).values() for i in items]


def test_carers_bitten_by_small_children_get_protection_and_care(composer):
    items = _items(composer, "东湖镇第一幼儿园", "幼儿园", "中班有两个孩子一急就下嘴，老师们胳膊被咬得青一块紫一块")
    bitten = [i for i in items if "咬伤" in i or "抓伤" in i]
    assert len(bitten) >= 2, items
    assert not any("反映的牙印" in i or "反映的被咬" in i for i in items), bitten


def test_late_night_calls_get_measures_of_their_own(composer):
    items = _items(composer, "东湖县第二高级中学", "高中", "家长夜里十点多还打电话来问作业，老师们手机一响就心慌")
    assert any("夜间来电" in i for i in items), items
    assert not any("反映的夜里" in i or "反映的打电话" in i or "反映的半夜" in i for i in items), items


def test_opinions_kept_back_at_meetings_get_a_place_to_be_voiced(composer):
    items = _items(composer, "东湖县第三中学", "初中", "全校大会上老师们都不吭声，有意见只在办公室里嘀咕")
    voiced = [i for i in items if "提意见" in i or "意见征集" in i or "意见箱" in i]
    assert len(voiced) >= 2, items
    assert not any("有意见、" in i or "嘀咕问题" in i or "不吭声问题" in i for i in items), voiced


def test_a_stroll_to_watch_birds_is_an_outing(composer):
    profile = Profile(school="东湖县职业中专", school_type="中职", year=2027, period="学年", staff=120, female_staff=60,
                      highlights=["开春想带老师们去水库边观鸟，再到草甸子上随便溜达溜达"])
    areas = items_by_area(render(composer.compose_plan(profile).to_blocks()))
    placed = [name for name, items in areas.items() if any("观鸟" in i for i in items)]
    assert placed and placed[0] == "culture", placed
