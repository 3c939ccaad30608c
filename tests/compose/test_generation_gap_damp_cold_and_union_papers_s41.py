"""Concerns and highlights the plan now places and serves (forty-first session, development round 76): young and old
colleagues who cannot get on get the cohesion measures, never "教职工反映的嫌老问题"; a couple of only children with four
parents to look after keep their own words (双独) in the measures; damp cold in unheated offices is weather protection;
the union's name, seal and bank account changed after a renaming is the union's own organisation and funds, not
welfare; a pupils' sports meeting that swallows the teachers' weekends is a burden, not staff recreation. Every
complaint is written for this test."""

from __future__ import annotations

from assistant.domain.profile import Profile
from tests.compose.conftest import numbered_lines

GAP = "这两年新来的年轻老师多，跟老教师说不到一块，老的看不惯小的，小的嫌老的管得宽，教研组里冷冰冰的"
ELDERS = "不少同事是双独夫妻，上面四个老人，哪个一生病住院，两口子就得轮流请假陪床"
COLD = "一到冬天教学楼又湿又冷，老师们改作业手脚冰凉，只能揣着热水袋"
PAPERS = "学校四月改名，工会的牌子、公章、银行账户都得跟着换，手续不知道从哪下手"
WEEKENDS = "十月要和兄弟学校合办学生篮球联赛，场地、裁判、接送全是我们老师干，三个周末都搭进去了"


def _profile(*, focus: tuple[str, ...] = (), highlights: tuple[str, ...] = (), kind: str = "小学") -> Profile:
    return Profile(school="宜宾市翠屏区南岸小学", school_type=kind, year=2027, period="第一学期", staff=64,
                   female_staff=45, focus=list(focus), highlights=list(highlights))


def test_young_and_old_colleagues_at_odds_get_the_cohesion_measures(composer):
    area = composer.understand(_profile(focus=(GAP,))).focus[0]
    assert area.topic is not None and area.topic.name == "教职工团队凝聚力"
    assert not any("嫌老" in item for item in numbered_lines(composer, _profile(focus=(GAP,))))


def test_a_couple_of_only_children_keep_their_own_words_in_the_measures(composer):
    area = composer.understand(_profile(focus=(ELDERS,))).focus[0]
    assert area.topic is not None and "赡养老人" in area.topic.name and "双独" in area.own
    assert sum("双独" in item for item in numbered_lines(composer, _profile(focus=(ELDERS,)))) >= 2


def test_damp_cold_in_unheated_offices_is_protection_against_the_cold(composer):
    area = composer.understand(_profile(focus=(COLD,))).focus[0]
    assert area.topic is not None and area.topic.name == "高温严寒天气劳动保护"


def test_the_unions_papers_after_a_renaming_are_its_own_organisation(composer):
    placed = composer.understand(_profile(highlights=(PAPERS,))).highlights[0]
    assert placed.kind.key == "union_papers" and placed.sections[0] == "self"


def test_a_pupils_meeting_that_swallows_the_weekends_is_a_burden_not_recreation(composer):
    placed = composer.understand(_profile(highlights=(WEEKENDS,))).highlights[0]
    assert placed.sections[0] == "welfare" and "culture" not in placed.sections


def test_a_staff_woodwork_club_and_a_hobby_taught_by_a_youth_centre_are_recreation(composer):
    woodwork = "学校劳技室周末空着，想办个教工木工坊，做个小凳子、置物架，大家一起动动手"
    models = "五月想请市青少年宫的老师教教工们做风筝，做好了到操场上比比谁放得高"
    placed = composer.understand(_profile(highlights=(woodwork, models))).highlights
    assert [h.sections[0] for h in placed] == ["culture", "culture"]


def test_a_sanction_a_teacher_thinks_unjust_is_a_matter_of_rights(composer):
    appeal = "上学期有位老师被家长投诉后受了处分，他觉得冤，想申述又不知道流程，希望工会帮忙"
    placed = composer.understand(_profile(highlights=(appeal,))).highlights[0]
    assert placed.sections[0] == "welfare"
