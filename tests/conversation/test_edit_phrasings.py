"""Chat edits said the many ways people say them: items counted from either end or listed with 、, items by what
they are about (跟X有关的), a slip in a section's name, moves relative to another item, a correction after 撤销,
不适用 versus dropping one item, putting a section off, formatting the plan cannot carry, and additions that
belong to another section; the section a request names (or a reason clause that names another), several items
moved together. The plan is our own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

import re

import pytest

from tests.conversation.edit_helpers import (
    items,
    numbering,
    open_plan,
    others_unchanged,
    send,
    services_with_upload,
)


@pytest.mark.parametrize(
    "current, message, key, order",
    [
        ("culture", "第四个不用写了", "culture", [1, 2, 3, 5]),
        ("self", "经费那快的第1—2条删掉", "finance", [3]),
        ("culture", "女工那快的2到4条去掉", "women", [1, 5]),
        ("culture", "这部分跟教职工相关的都删了", "culture", [4, 5]),
        ("women", "和讲座有关的那条拿掉", "women", [1, 2, 3, 4]),
        ("welfare", "带慰问的都删掉", "welfare", [3, 4]),
        ("culture", "末尾两项去掉", "culture", [1, 2, 3]),
        ("culture", "最后的那两条不要了", "culture", [1, 2, 3]),
        ("culture", "前面两条不要了", "culture", [3, 4, 5]),
        ("women", "1、3两条删掉", "women", [2, 4, 5]),
        ("women", "第二、五两项去掉", "women", [1, 3, 4]),
        ("women", "倒数第二条挪到最前头", "women", [4, 1, 2, 3, 5]),
        ("culture", "健步走那条放最上面", "culture", [2, 1, 3, 4, 5]),
        ("women", "把妇科检查那条挪到风采展示那条前面", "women", [1, 2, 4, 3, 5]),
        ("self", "女工那块，委员会那条放到家庭教育那条后面", "women", [2, 3, 4, 5, 1]),
        # The reason clause names another section; the clause with the verb says 这部分.
        ("women", "这部分第2条删了，跟维权那块有点重了", "women", [1, 3, 4, 5]),
        ("culture", "这节第1点去掉，和女工那边的重复", "culture", [2, 3, 4, 5]),
        ("welfare", "第3项拿掉，经费那边已经写了", "welfare", [1, 2, 4]),
        ("welfare", "跟退休那块差不多，第2项删了", "welfare", [1, 3, 4]),
        ("self", "先弄女工的，第4条删掉", "women", [1, 2, 3, 5]),
        # The section is named in a clause of its own, before the items.
        ("safeguards", "经费那一节，前两条都删了吧", "finance", [3]),
        ("welfare", "女职工那节的第五条删掉", "women", [1, 2, 3, 4]),
        # Several items moved together keep their order.
        ("women", "第四、五条一起挪到开头", "women", [4, 5, 1, 2, 3]),
        ("culture", "前两条一起放到最后", "culture", [3, 4, 5, 1, 2]),
        ("culture", "把2、3条挪到第4条后面", "culture", [1, 4, 2, 3, 5]),
        ("culture", "第1、2条放到趣味运动会那条后面", "culture", [3, 1, 2, 4, 5]),
    ],
)
def test_items_are_found_however_they_are_pointed_at(offline, start, current, message, key, order):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    plan = conversation.plan
    assert items(plan, key) == [items(start, key)[n - 1] for n in order], reply.text
    assert others_unchanged(start, plan, key)
    assert numbering(conversation.markdown(), plan.sections[key].title) == list(range(1, len(order) + 1))


def test_a_correction_after_undo_redoes_the_edit_on_the_item_named(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "删掉第2条")
    send(conversation, "不对，撤回")
    assert conversation.plan.to_dict() == start.to_dict()
    send(conversation, "应该是第3条")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n] for n in (0, 1, 3, 4)]
    assert others_unchanged(start, conversation.plan, "culture")


def test_a_correction_after_undo_counts_in_the_section_the_edit_touched(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "把提到妇科检查的那条删了")  # found in 女职工工作 while 文体活动 is open
    send(conversation, "撤销")
    send(conversation, "我说的是第5条")
    assert items(conversation.plan, "women") == items(start, "women")[:4]
    assert others_unchanged(start, conversation.plan, "women")
    send(conversation, "撤销")
    send(conversation, "是文体那块的第1条")
    assert items(conversation.plan, "culture") == items(start, "culture")[1:]
    assert others_unchanged(start, conversation.plan, "culture")


def test_not_applicable_is_said_of_a_section_and_the_plan_then_says_so(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "我们学校还没有退休人员，退休那块标成不适用")
    assert "退休教职工工作" in reply.text
    block = re.split(r"^#+ \S*退休教职工工作$", conversation.markdown(), flags=re.M)[1].split("\n#", 1)[0]
    assert block.strip() == "本部分不适用。"
    assert others_unchanged(start, conversation.plan, "retirees")
    send(conversation, "退休那部分加一条：春节前组织工会委员看望退休教职工")
    now = items(conversation.plan, "retirees")
    assert len(now) == 1 and "不适用" not in now[0] and "看望" in now[0]


def test_a_section_put_off_stays_missing_through_later_edits_and_accept(offline, start):
    conversation = open_plan(offline, "finance")
    conversation.plan.set_section("finance", [], status="empty")
    reply = send(conversation, "经费这部分先放一放，过两天再写")
    assert "经费管理" in reply.text and conversation.session.proposal is None
    send(conversation, "女工那块的第1条删掉")
    send(conversation, "好，就这样")
    markdown = conversation.markdown()
    assert "经费管理" not in markdown and "不适用" not in markdown and "收好、管好、用好" not in markdown
    assert "finance" in conversation.plan.missing()
    assert items(conversation.plan, "women") == items(start, "women")[1:]


def test_a_written_section_is_not_hidden_by_putting_it_off(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "文体那部分先略过，以后再写")
    assert "已经写好" in reply.text and conversation.plan.to_dict() == start.to_dict()


@pytest.mark.parametrize("message", ["把第2条加粗", "第三条标黄，要重点看", "这部分的字号大一点", "把“乒乓球”标成红色"])
def test_formatting_is_refused_and_changes_nothing(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    assert "无法" in reply.text and "不支持" in reply.text
    assert conversation.plan.to_dict() == start.to_dict() and "**" not in conversation.markdown()


@pytest.mark.parametrize(
    "current, message, key, present, absent",
    [
        ("democracy", "加一条：去外地跟岗学习的老师，工会每人给买个交通意外险", "welfare", ["意外伤害保险", "购买"],
         ["给买", "买个", "老师"]),
        ("culture", "三八节给做了妈妈的女同事每人送盒巧克力，这个也加上", "women", ["三八", "已育女教职工", "赠送一盒"],
         ["做了妈妈", "送盒", "女同事", "也，"]),
        ("culture", "加一条：给怀了孕的女同事每周发些牛奶", "women", ["孕期女教职工", "发放"], ["怀了孕", "发些"]),
        (None, "目标那部分补一条：争取评为市里的先进职工之家", "goals", ["争创", "市级"], ["评为", "市里"]),
        (None, "目标那部分补一条：会员对工会工作的满意率达到九成以上", "goals", ["满意率达到九成以上"], ["组织", "开展"]),
        ("culture", "女工那块加上：给哺乳期的妈妈们准备个微波炉", "women", ["哺乳期女教职工", "配备微波炉"],
         ["妈妈们", "准备个", "给"]),
        ("culture", "再加一项：暑假安排老师们去疗养几天", "welfare", ["暑期", "疗养"], ["老师们"]),
        ("democracy", "想加一条：每月请个律师来坐班，大家有啥法律上的事都可以来问", "welfare", ["律师", "法律"],
         ["请个", "啥", "都可以来问", "大家"]),
        ("culture", "再写一条：退休的老同志过大寿，工会派人去家里说几句问候的话", "retirees", ["退休教职工", "问候"],
         ["老同志", "派人", "说几句", "家里"]),
        ("culture", "加一条：新来的老师由骨干教师一对一带教", "ethics", ["新入职教师", "带教"], ["新来的"]),
        ("democracy", "再写一条：教职工子女考上大学的，工会送个红包表示祝贺", "welfare", ["子女", "祝贺"], ["送个"]),
        ("culture", "再加一条吧：给退休老教师每年订一份老年报", "retirees", ["为退休教职工", "老年报"], ["吧", "老教师"]),
    ],
)
def test_an_addition_goes_where_it_belongs_in_plan_wording(offline, start, current, message, key, present, absent):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    before, after = items(start, key), items(conversation.plan, key)
    assert after[: len(before)] == before and len(after) == len(before) + 1, reply.text
    added = after[-1]
    assert added.endswith("。") and all(w in added for w in present) and not any(w in added for w in absent), added
    assert others_unchanged(start, conversation.plan, key)
    assert conversation.plan.sections[key].title in reply.text


CARE_NOTICE = """关于开展2027年教职工子女寒假看护服务的通知

各学校工会：

为帮助教职工解决寒假期间子女无人看护的困难，市教育工会联合江城市青少年宫开展教职工子女寒假看护服务。现将有关事项通知如下：

一、服务时间
2027年1月25日至2月5日，每天8:30—17:00。

二、服务地点
江城市青少年宫（人民路12号）。

三、服务对象
全市各学校在职教职工的7至12周岁子女。

四、服务内容
安排作业辅导、阅读、体育游戏和手工等活动，提供午餐。

五、报名办法
请于2027年1月10日前报送名单。联系人：李老师，电话：8888 5678。

江城市教育工会
2027年1月3日
"""


@pytest.fixture(scope="module")
def with_care_notice(tmp_path_factory):
    return services_with_upload(tmp_path_factory.mktemp("care-notice"), CARE_NOTICE, "看护服务通知.txt", "school-9")


def test_a_notice_for_staff_childrens_care_goes_to_welfare(with_care_notice, start):
    conversation = open_plan(with_care_notice, None, owner="school-9")
    reply = send(conversation, "区里下发了看护服务的文件，已经上传，帮我放进计划相应的部分")
    added = items(conversation.plan, "welfare")[-1]
    assert "1月25日" in added and "江城市青少年宫" in added and "子女" in added, reply.text
    assert not any(w in added for w in ("关于开展", "各学校工会", "联系人", "李老师", "8888"))
    assert others_unchanged(start, conversation.plan, "welfare", "schedule")


def test_a_word_that_only_looks_like_a_move_is_read_as_what_it_is(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "国庆放假之前，加一条：组织教职工开展趣味投篮比赛")
    after = items(conversation.plan, "culture")
    assert after[:-1] == items(start, "culture") and "开展趣味投篮" in after[-1], after[-1]
