"""Chat edits a user expects, third set: several items counted from the end, a range with one item kept, a review
told as a list of clauses (one per section), an item moved into another section at a place said there, a
misspelling told character by character fixed everywhere, undoing the edits of one message ("那两处"), and an item
brought back when the user points at it with 那. The plan is our own (tests/conversation/data/sample_plan.md); the
phrasings are ours."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        ("culture", "女工那节倒数第二条和倒数第四条去掉", "women", [1, 3, 5]),
        ("women", "文体里倒数第一条、倒数第五条都不要了", "culture", [2, 3, 4]),
        ("women", "文体那节第1到第4条删掉，第2条先留着", "culture", [2, 5]),
        ("culture", "女工那块二至五条拿掉，第三条别动", "women", [1, 3]),
    ],
)
def test_items_counted_from_the_end_or_a_range_with_one_kept(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    assert items(conversation.plan, key) == [items(start, key)[n - 1] for n in order], reply.text
    assert others_unchanged(start, conversation.plan, key)


def test_a_review_told_clause_by_clause_edits_each_section_named(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "挨个看一下：民主管理那节可以；师德那节第2条不要了；退休那节最后一条删掉")
    assert items(conversation.plan, "ethics") == [items(start, "ethics")[n - 1] for n in (1, 3, 4)], reply.text
    assert items(conversation.plan, "retirees") == items(start, "retirees")[:2]
    assert others_unchanged(start, conversation.plan, "ethics", "retirees")


def test_an_item_moved_into_another_section_goes_where_the_user_says(offline, start):
    conversation = open_plan(offline, "safeguards")
    reply = send(conversation, "第2条其实是工会自己的事，挪到工会自身建设那节去，当第一条")
    assert items(conversation.plan, "self") == [items(start, "safeguards")[1], *items(start, "self")], reply.text
    assert items(conversation.plan, "safeguards") == [items(start, "safeguards")[n - 1] for n in (1, 3)]
    assert "第1条" in reply.text
    assert others_unchanged(start, conversation.plan, "self", "safeguards")


def test_a_misspelling_told_by_its_characters_is_fixed_everywhere(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "把“落实”全部改成“洛实”")
    assert "洛实" in " ".join(items(conversation.plan, "safeguards"))
    reply = send(conversation, "有个错字，落实的“落”打成了洛阳的“洛”，全文都改一下")
    assert all(items(conversation.plan, k) == items(start, k) for k in ("women", "safeguards")), reply.text
    assert "落实" in reply.text


def test_undoing_the_two_changes_of_one_message_keeps_the_edit_before(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第1条删掉")
    send(conversation, "文体第2条删掉，再把保障措施第1条挪到最后")
    reply = send(conversation, "刚才那两处改动都撤回来，女工那条删了就删了")
    assert items(conversation.plan, "women") == items(start, "women")[1:], reply.text
    assert items(conversation.plan, "culture") == items(start, "culture")
    assert items(conversation.plan, "safeguards") == items(start, "safeguards")


def test_a_deleted_item_pointed_at_with_na_comes_back(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第5条删掉")
    send(conversation, "工会会费怎么交？")
    reply = send(conversation, "那联欢会那条还是放回来吧")
    assert items(conversation.plan, "culture") == items(start, "culture"), reply.text
    assert "恢复" in reply.text or "放回" in reply.text


def test_items_told_by_naming_a_month_go_and_the_table_stays(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "以“三八”国际妇女节为契机那条改成：3月组织女教职工开展风采展示活动")
    assert "3月" in items(conversation.plan, "women")[2], reply.text
    reply = send(conversation, "这节里带具体月份的那条删了，表里已经有了")
    assert items(conversation.plan, "women") == [items(start, "women")[n - 1] for n in (1, 2, 4, 5)], reply.text
    assert conversation.plan.schedule == start.schedule


def test_a_measure_for_retirees_goes_to_their_section_whatever_it_does(offline, start):
    conversation = open_plan(offline, "welfare")
    reply = send(conversation, "退休的老师们总接到推销电话，工会请社区民警来给退休老师讲讲怎么防诈骗，加进计划")
    assert len(items(conversation.plan, "retirees")) == len(items(start, "retirees")) + 1, reply.text
    assert "退休教职工工作" in reply.text
    assert others_unchanged(start, conversation.plan, "retirees")


def test_teaching_skills_practice_is_staff_development_not_a_hobby_group(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "青年老师普通话不太标准，工会配合教务处办个普通话训练营，期末搞个展示，写到计划里")
    assert len(items(conversation.plan, "ethics")) == len(items(start, "ethics")) + 1, reply.text
    assert others_unchanged(start, conversation.plan, "ethics")


def test_a_ba_clause_is_written_as_an_action_not_framed_as_an_activity(offline):
    conversation = open_plan(offline, "democracy")
    reply = send(conversation, "加一条：以后每学期把各人的绩效考核结果在公开栏里贴出来")
    added = items(conversation.plan, "democracy")[-1]
    assert "开展将" not in added and "开展把" not in added and "活动" not in added, reply.text
    assert "贴出来" not in added and "各人" not in added


SIGN_UP = """关于举办江城市教职工接力赛的通知

各基层工会：

为丰富教职工业余文化生活，经研究，市教育工会决定举办江城市教职工接力赛。现将有关事项通知如下：

一、比赛时间和地点
时间：2027年10月16日上午9:00。
地点：江城市体育中心田径场。

二、参赛办法
1. 各校组队参赛，每队6人，其中男女教职工各3人。
2. 参赛队员须为在职工会会员。

三、报名办法
请各单位工会于2027年9月30日前将报名表报送市教育工会。联系人：李老师，电话：8888 5678。

特此通知。
"""


@pytest.fixture(scope="module")
def with_relay(tmp_path_factory):
    from tests.conversation.edit_helpers import services_with_upload

    return services_with_upload(tmp_path_factory.mktemp("relay-data"), SIGN_UP, "接力赛通知.txt", "school-9")


def test_a_notice_summary_holds_the_details_asked_for_and_not_the_instructions(with_relay, start):
    conversation = open_plan(with_relay, "women", owner="school-9")
    reply = send(conversation, "接力赛的通知传了，几个人一队、在哪比要写上，整理成一条加进去，原文别贴上来")
    added = items(conversation.plan, "culture")[-1]
    for fact in ("接力赛", "10月16日", "江城市体育中心", "每队6人", "9月30日"):
        assert fact in added, added
    for pasted in ("请各单位", "联系人", "李老师", "特此通知", "原文"):
        assert pasted not in added
    assert others_unchanged(start, conversation.plan, "culture", "schedule"), reply.text


def test_a_new_order_told_item_by_item_puts_each_where_said_and_keeps_the_rest_in_order(offline, start):
    conversation = open_plan(offline, "welfare")
    reply = send(conversation, "文体那节排一下：第四条放到最前面，第二条接在后面当第二条，别的按原顺序")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (4, 2, 1, 3, 5)], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_an_addition_with_nothing_to_write_about_changes_nothing_and_says_so(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "经费那部分现在补上吧")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "没能" in reply.text and "写经费管理" in reply.text
    assert "开展目前活动" not in reply.text and "开展现在活动" not in reply.text


def test_closing_a_review_with_nothing_more_keeps_the_edits(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第二条删掉")
    reply = send(conversation, "就这些，存一下")
    assert items(conversation.plan, "women") == [items(start, "women")[n - 1] for n in (1, 3, 4, 5)]
    assert "无关" not in reply.text


def test_an_invited_talk_is_written_as_the_union_inviting_not_as_an_activity_frame(offline):
    conversation = open_plan(offline, "retirees")
    reply = send(conversation, "这节加一条：工会出面请社区医生给退休老同志上一堂防跌倒的课")
    added = items(conversation.plan, "retirees")[-1]
    assert "邀请社区医生" in added and "讲座" in added, reply.text
    for spoken in ("出面", "上一堂", "举办工会", "开展工会"):
        assert spoken not in added


def test_a_renamed_body_takes_its_new_name_in_each_form_it_has(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "把“工会在学校党支部领导下”改成“工会在市教育工会和学校党支部领导下”")
    reply = send(conversation, "市教育工会跟市体育总会合并了，现在全称叫“江城市教育体育工会”，简称就写“市教育体育工会”，计划里都换掉")
    plan = conversation.markdown()
    assert "市教育体育工会和学校党支部" in plan, reply.text
    assert "江城市教育体育工会" == conversation.plan.profile.upper_union
    assert "江城江城" not in plan and "市教育工会" not in plan


def test_a_situation_and_what_the_union_should_do_is_added_without_a_word_of_adding(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "几个新来的老师说课不太会，工会跟教研组一起办个说课培训")
    assert len(items(conversation.plan, "ethics")) == len(items(start, "ethics")) + 1, reply.text
    added = items(conversation.plan, "ethics")[-1]
    assert "工会联合教研组" in added and "一起" not in added
    assert others_unchanged(start, conversation.plan, "ethics")
