"""A focus complaint that names its concern as a quality in 感 (存在感, 边界感: jieba splits the newer ones) or as a
term the staff put in quotation marks is named by that word, not by a noun of its story (a gift of oil, a night-time
call); a lack or a wish makes it a 诉求, a trouble stays a 问题 (assistant/compose/concern.py). Counts of an action
(一跤) and the staff said as parents (当妈的) name nothing. Thirty-fifth session, from development rounds 62 and 64;
every complaint is written for this test."""

from __future__ import annotations

from assistant.compose.concern import candidates, concern, concern_stop
from assistant.domain.profile import Profile
from assistant.export.markdown import render


def _named(composer, complaint: str) -> str:
    return concern(complaint, composer.classifier.likeness, requests=True).name


def test_a_missed_quality_in_gan_names_the_concern_as_a_wish(composer):
    said = "每年就发两回洗衣粉，工会在年轻同事心里一点归属感都没有，开会也叫不动人"
    assert _named(composer, said) == "教职工提出的归属感诉求"
    split = "毕业班老师一门心思扑在学生身上，下了班还在回消息，想让大家慢慢有点松弛感"  # jieba: 松弛 + 感
    assert _named(composer, split) == "教职工提出的松弛感诉求"


def test_a_quality_felt_as_a_trouble_stays_a_problem(composer):
    said = "教研组里比来比去，谁的课评差了就抬不起头，一股挫败感憋在心里"
    assert _named(composer, said) == "教职工反映的挫败感问题"


def test_a_term_the_staff_quote_is_the_concern_and_keeps_its_marks(composer):
    said = "想在每个年级组都有个会调解的“和事佬”，同事之间闹了别扭，先有人能从中说和"
    assert _named(composer, said) == "教职工提出的“和事佬”诉求"


def test_a_count_of_a_fall_or_the_staff_as_mothers_are_no_concern():
    stop = concern_stop()
    fell = candidates("老同志家里楼梯陡，扶手也松了，上回一跤摔得住了院", stop)
    assert "一跤" not in fell and "楼梯" in fell
    mothers = candidates("孩子在本校念书的同事不少，当妈的最怕期中排名一出来脸上挂不住", stop)
    assert "当妈" not in mothers


def test_the_plan_names_the_quality_in_the_focus_measures(composer):
    profile = Profile(school="青石岭中心小学", year=2027, period="第一学期", staff=46,
                      focus=["工会平时就发点米面油，年轻人觉得工会跟自己没关系，一点存在感都没有"])
    md = render(composer.compose_plan(profile).to_blocks())
    assert md.count("存在感") >= 2
    assert "米面油问题" not in md
