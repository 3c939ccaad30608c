"""Chat edits a user notices go wrong easily (the section a request names, several items moved together and additions
that belong to another section are in test_edit_phrasings.py): a table row found by what it says, choosing and
summarising one of several uploaded notices, several items moved at once, a replacement across the whole plan
after a reason, undoing several steps, an empty section, and corrections said right after an edit ("删错了，是它
下面那条", "写错了，应该是乒乓球"). The plan is our own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import (
    items,
    open_plan,
    others_unchanged,
    send,
    services_with_upload,
)


@pytest.mark.parametrize("message", ["月度表里运动会那以行删掉吧", "表格里趣味运动会那一行去掉", "表里面有运动会的那行删了"])
def test_a_table_row_is_deleted_by_what_it_says_and_the_item_stays(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    months = [(r.month, r.activity) for r in conversation.plan.ordered_schedule()]
    assert (11, "举办教职工趣味运动会") not in months and len(months) == len(start.schedule) - 1, reply.text
    assert items(conversation.plan, "culture") == items(start, "culture")
    assert others_unchanged(start, conversation.plan, "schedule")


def test_a_replacement_said_to_include_the_table_too_changes_the_whole_plan(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "所有的健步走都换成登山，表格里也改")
    plan = conversation.plan
    assert items(plan, "culture")[1] == items(start, "culture")[1].replace("健步走", "登山"), reply.text
    assert [r.activity for r in plan.ordered_schedule() if r.month == 4] == ["组织教职工登山活动"]
    assert others_unchanged(start, plan, "culture", "schedule")


def test_a_time_word_before_the_verb_is_not_part_of_what_is_replaced(offline, start):
    conversation = open_plan(offline, "self")
    reply = send(conversation, "乒乓球这学期改成羽毛球，全部都改")
    assert items(conversation.plan, "culture")[0] == items(start, "culture")[0].replace("乒乓球", "羽毛球"), reply.text
    assert others_unchanged(start, conversation.plan, "culture")


def test_a_replacement_after_a_reason_changes_the_whole_plan(offline, start):
    conversation = open_plan(offline, "self")
    reply = send(conversation, "操场要施工，健步走换成登山，整个计划都换")
    plan = conversation.plan
    assert items(plan, "culture")[1] == items(start, "culture")[1].replace("健步走", "登山"), reply.text
    assert [r.activity for r in plan.ordered_schedule() if r.month == 4] == ["组织教职工登山活动"]
    assert "健步走" not in conversation.markdown()
    assert others_unchanged(start, plan, "culture", "schedule")


@pytest.mark.parametrize("undo", ["算了，这两步都撤销掉", "全部撤销，回到原来的", "回到最开始的样子", "连撤两步"])
def test_undoing_several_steps_goes_back_to_the_start(offline, start, undo):
    conversation = open_plan(offline, "finance")
    send(conversation, "退休教职工工作第三项删了")
    send(conversation, "女职工工作那块的第一项也去掉")
    reply = send(conversation, undo)
    assert conversation.plan.to_dict() == start.to_dict(), reply.text
    assert "撤销" in reply.text


def test_an_item_of_an_empty_section_is_refused_and_the_open_section_is_kept(offline, start):
    conversation = open_plan(offline, "welfare")
    conversation.plan.set_section("self", [], status="empty")
    before = conversation.plan.to_dict()
    reply = send(conversation, "自身建设那节的第2项拿掉")
    assert conversation.plan.to_dict() == before
    assert "没有内容" in reply.text and "已在" not in reply.text


def test_a_delete_said_to_be_wrong_is_redone_on_the_item_meant(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第3条删掉")
    reply = send(conversation, "不好意思弄错了，应该删它下面那条，原来那条保留")
    assert items(conversation.plan, "women") == [items(start, "women")[n - 1] for n in (1, 2, 3, 5)], reply.text
    assert others_unchanged(start, conversation.plan, "women")
    send(conversation, "撤销")
    assert conversation.plan.to_dict() == start.to_dict()


@pytest.mark.parametrize(
    "messages, order",
    [
        (["删掉第2条", "删错了，是第3条"], [1, 2, 4, 5]),
        (["删掉第2条", "撤销", "不对，应该是第4条"], [1, 2, 3, 5]),
        (["最后一条删了", "弄错了，是它前面那条"], [1, 2, 3, 5]),
        (["第1条删掉", "删错了，我要删的是联欢会那条"], [1, 2, 3, 4]),
    ],
)
def test_a_correction_names_the_item_meant_and_the_first_one_comes_back(offline, start, messages, order):
    conversation = open_plan(offline, "culture")
    for message in messages:
        reply = send(conversation, message)
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in order], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


@pytest.mark.parametrize("correction", ["打错了，是排球赛", "写错了，应该是排球", "说错了，是排球，不是篮球"])
def test_the_right_word_alone_corrects_the_item_just_added(offline, start, correction):
    conversation = open_plan(offline, "culture")
    send(conversation, "加一条：组织教职工参加市里的篮球赛")
    reply = send(conversation, correction)
    after = items(conversation.plan, "culture")
    assert after[:-1] == items(start, "culture") and "排球赛" in after[-1] and "篮球" not in after[-1], reply.text


def test_a_new_request_after_a_correction_word_is_not_read_as_a_correction(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "删掉第2条")
    send(conversation, "不对，把第1条改成：组织教职工开展羽毛球训练")
    after = items(conversation.plan, "culture")
    assert after[0] == "组织教职工开展羽毛球训练。" and after[1:] == items(start, "culture")[2:]


def test_a_word_of_the_item_just_added_is_corrected_in_place(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "再加一条：组织教职工参加市级羽毛球联赛")
    reply = send(conversation, "写错了，不是羽毛球，应该是乒乓球联赛")
    after = items(conversation.plan, "culture")
    assert after[:-1] == items(start, "culture") and len(after) == len(items(start, "culture")) + 1, reply.text
    assert "乒乓球联赛" in after[-1] and "联赛联赛" not in after[-1]
    assert "羽毛球" not in conversation.markdown()
    assert others_unchanged(start, conversation.plan, "culture", "schedule")


AUDIT_NOTICE = """关于开展2027年基层工会账目和票据管理专项督查的通知

各学校工会：

为规范基层工会财务管理，市教育工会决定对各学校工会账目和票据管理情况开展专项督查。现将有关事项通知如下：

一、督查内容
2027年上半年工会账目、票据和报销审批情况。

二、时间安排
1. 自查阶段：各学校工会于2027年6月10日前完成自查，形成自查报告。
2. 督查阶段：2027年6月15日至6月25日，市教育工会到各校实地督查。

三、有关要求
请指定专人负责，联系人：周老师，电话：8888 1234，邮箱：jcjygh@example.com。

特此通知。

江城市教育工会
2027年5月20日
"""

RELAY_NOTICE = """关于举办2027年教职工迎国庆接力赛的通知

各学校工会：

为丰富教职工文化生活，市教育工会决定举办2027年教职工迎国庆接力赛。现将有关事项通知如下：

一、比赛时间
2027年9月20日。

二、比赛地点
江城市体育中心田径场。

三、参赛对象
全市各学校在职教职工。

四、报名办法
请于2027年9月5日前报名。联系人：孙老师，电话：8888 4321。

江城市教育工会
2027年8月20日
"""


@pytest.fixture(scope="module")
def with_two_notices(tmp_path_factory):
    services = services_with_upload(tmp_path_factory.mktemp("two-notices"), AUDIT_NOTICE, "督查通知.txt", "school-7")
    assert services.add_upload(RELAY_NOTICE.encode(), "接力赛通知.txt", owner="school-7").added
    return services


@pytest.mark.parametrize(
    "message",
    ["两份文件都上传了，接力跑那份先不用管，财务督查那份整理一条放进计划，写短点就好", "比赛的先别加，把另一个通知写进去",
     "接力赛那份不要，督查那份放进计划", "把财务督查的通知加进去，别的先不管"],
)
def test_one_of_two_notices_is_summed_up_in_its_section(with_two_notices, start, message):
    conversation = open_plan(with_two_notices, "safeguards", owner="school-7")
    reply = send(conversation, message)
    before, after = items(start, "finance"), items(conversation.plan, "finance")
    assert after[: len(before)] == before and len(after) == len(before) + 1, reply.text
    added = after[-1]
    assert "自查" in added and "6月10日" in added, added
    assert not any(w in added for w in ("关于开展", "各学校工会", "联系人", "周老师", "8888", "特此通知")), added
    assert "接力" not in conversation.markdown()
    assert "经费管理" in reply.text
    assert others_unchanged(start, conversation.plan, "finance", "schedule")


def test_a_word_inside_a_numbered_item_is_replaced_there_only(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "把第二条的健步走换成登山")
    assert items(conversation.plan, "culture")[1] == items(start, "culture")[1].replace("健步走", "登山"), reply.text
    assert [r.activity for r in conversation.plan.ordered_schedule() if r.month == 4] == ["组织教职工健步走活动"]
    assert others_unchanged(start, conversation.plan, "culture")


def test_asking_for_one_more_item_of_a_section_without_saying_what_asks_for_it(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "帮我再写一条目标")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "加什么内容" in reply.text
