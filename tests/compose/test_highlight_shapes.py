"""How a highlight is told decides its section when no keyword does (knowledge/highlights.yaml `shapes`). A
highlight that proposes something for the staff to do together for enjoyment is 文体活动 whatever the activity is
called (knowledge/highlights.yaml, shape `leisure`: a proposal frame plus a word of play or festivity,
《工会法》第三十一条). Not when it is about pupils, training or a burden. Texts written for these tests."""

from __future__ import annotations

import pytest

from assistant.compose.highlights import plain


def placed(composer, text: str) -> str:
    """The section a highlight lands in, read as the composer reads it (after the plain-word pass)."""
    taxonomy = composer.classifier.taxonomy
    return composer.classifier.place(plain(text, taxonomy.plain_words, taxonomy.plain_patterns)).section


@pytest.mark.parametrize("text", [
    "暑假前想带老师们去水库边学划皮划艇，放松一下，这个季节正合适",
    "冬至那天打算组织大家一起包汤圆，各组比一比谁包得圆，热闹一下",
    "秋天想约上各组的老师去果园摘苹果，图个乐呵，顺便看看乡下的风景",
    "准备请个懂行的师傅来教大家做手工皂，周五下午一起体验体验",
    "下学期打算组织教工去湖边钓鱼，比比谁钓得多，大家都挺想去玩的",
])
def test_a_proposal_of_staff_fun_goes_to_culture(composer, text):
    assert placed(composer, text) == "culture"


@pytest.mark.parametrize("text", [
    "想组织老师带学生去农场研学，孩子们肯定玩得开心，可路上的安全全靠老师盯",
    "打算请专家来给大家讲讲课件制作，年轻老师都想学，排在每周三下午",
    "想去外校学习人家的课后服务怎么排班，老师们晚上加班太多，吃不消",
])
def test_a_proposal_about_pupils_training_or_a_burden_is_not_recreation(composer, text):
    assert placed(composer, text) != "culture"


@pytest.mark.parametrize("text", [
    "学校要求每位老师开发一门校本课程，晚上编到凌晨两点，评职称时又不算成果",
    "开学后家长张嘴就投诉作业多，老师们写情况说明写到手软",
])
def test_work_into_the_night_that_does_not_count_or_answering_complaints_is_a_burden(composer, text):
    # the burden shape (knowledge/highlights.yaml): the union protects rest, workload and pay, 《教师法》第二十五条
    assert placed(composer, text) == "welfare"


@pytest.mark.parametrize("text", [
    "退休年龄往后推了，几位快五十五的女教师心里没底，想听听政策到底怎么算",
    "好几个老师盼着退休，结果赶上渐进式延迟，还得再教三年毕业班",
])
def test_retirement_as_a_concern_of_staff_still_at_work_is_not_retirees_work(composer, text):
    # knowledge/highlights.yaml `rights` keywords (延迟退休, 退休年龄, 盼着退休…; 全国人大常委会 2024 决定)
    assert placed(composer, text) != "retirees"


@pytest.mark.parametrize("text", [
    "开春想在学校后山搞一次野炊，各组自己带锅碗，烤点土豆红薯，大家松快松快",
    "腊月里想拉上同事们去镇上的温泉泡一泡，走之前在农家院聚餐，解解乏",
    "寒假前想在结冰的塘上整一场溜冰比赛，谁摔了谁唱歌，舒坦一天",
])
def test_an_outing_for_ease_food_or_a_sport_on_ice_is_culture(composer, text):
    # shape `leisure` reads rest and ease (松快, 解乏, 舒坦) and things done together on an outing (烤, 聚餐, 滑/溜冰),
    # and `sports` keywords take the outdoor and ice sports of 全民健身 (knowledge/highlights.yaml)
    assert placed(composer, text) == "culture"


@pytest.mark.parametrize("text", [
    "快到教师节了，总有家长把购物卡夹在作业本里递过来，老师退也不是收也不是",
    "毕业季学生家里想请班主任吃谢师宴，年轻老师推不掉，怕坏了规矩",
])
def test_parents_pressing_gifts_on_teachers_is_a_matter_of_integrity(composer, text):
    # kind `integrity` (《新时代中小学教师职业行为十项准则》第九条): 师德 first, not the union's own welfare goods
    assert placed(composer, text) == "ethics"


def test_a_few_of_something_stays_a_few_and_only_people_are_counted_with_ming(composer):
    taxonomy = composer.classifier.taxonomy
    things = plain("想去爬几个山头，走几个村子看看", taxonomy.plain_words, taxonomy.plain_patterns)
    people = plain("几个同事想一起报名", taxonomy.plain_words, taxonomy.plain_patterns)
    assert "多名山头" not in things and "几个山头" in things
    assert "几个同事" not in people and "名同事" in people
