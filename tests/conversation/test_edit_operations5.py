"""Chat edits a user expects, fifth set: an item described in other words is deleted when the user also says it is
in this section (and only asked about otherwise); a one-character pinyin slip of a word of the knowledge base that
jieba's dictionary lacks is not copied; the words of the school day (课后服务), regional words for young colleagues
(后生) and a doubled 评 are written as plans write them; a situation followed by what should be done for the people,
with no word of adding, is added as one measure; manner words (不利索) name no topic. The plan is our own
(tests/conversation/data/sample_plan.md) and the phrasings are ours."""

from __future__ import annotations

import pytest

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send

# ---------------------------------------------------------------------------------------------------- deletes


def test_an_item_described_in_other_words_in_this_section_is_deleted(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "春天快走那个今年场地借不到，本节里的那条删了")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (1, 3, 4, 5)], reply.text
    assert conversation.plan.schedule == start.schedule
    assert others_unchanged(start, conversation.plan, "culture")


def test_an_item_described_in_other_words_without_a_place_is_still_asked_about(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "春天快走那个今年场地借不到，删了")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "第2条" in reply.text


def test_a_description_naming_another_thing_is_asked_about_even_in_this_section(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "排球训练那个本节里的删了吧")  # item 1 trains 乒乓球, not 排球
    assert conversation.plan.to_dict() == start.to_dict()
    assert "第1条" in reply.text


def test_a_remark_on_an_item_is_not_added_as_a_measure(offline, start):
    conversation = open_plan(offline, "welfare")
    send(conversation, "第3条写得太虚，得落实到人")
    assert conversation.plan.to_dict() == start.to_dict()


# ---------------------------------------------------------------------------------------------------- additions


def _added(conversation, start) -> tuple[str, str]:
    changed = [k for k in start.sections if items(start, k) != items(conversation.plan, k)]
    assert len(changed) == 1, changed
    return changed[0], items(conversation.plan, changed[0])[-1]


@pytest.mark.parametrize(
    "message, present, absent",
    [
        # 桩 typed as a same-sounding 庄 / 妆: 充电桩 is a word of the knowledge base, not of jieba's dictionary
        ("车棚里一直没法充电，工会跟总务处商量，在车棚装几个充电庄，写进计划", ["充电桩"], ["充电庄"]),
        ("车棚里一直没法充电，工会跟总务处商量，给车棚配几个充电妆，加一条", ["充电桩"], ["充电妆"]),
    ],
)
def test_a_slip_of_a_knowledge_word_is_not_copied(offline, start, message, present, absent):
    conversation = open_plan(offline, "self")
    reply = send(conversation, message)
    _, added = _added(conversation, start)
    assert all(w in added for w in present), (added, reply.text)
    assert not any(w in added for w in absent), added


def test_a_slip_fix_keeps_a_longer_real_word():
    from assistant.conversation.slips import fix_slips

    # 装置 is a word: the 装 of 充电装置 is no slip of 充电桩
    assert fix_slips("车棚加装充电装置", "", ("充电桩",)) == "车棚加装充电装置"
    assert fix_slips("车棚加几个充电装", "", ("充电桩",)) == "车棚加几个充电桩"


@pytest.mark.parametrize(
    "current, message, key, present, absent",
    [
        # 课后服务 stays whole (课 alone becomes 课程, never inside 课后); it names the matter of the measure
        ("finance", "课后服务的补助大家搞不清怎么算的，以后每月发放前在公开栏公示明细，加一条", "democracy",
         ["课后服务", "公示"], ["课程后", "搞不清"]),
        # 后生 is the young colleague of southern speech; 评一评 of a practice is 评比
        ("culture", "刚来的几个后生硬笔字写得歪歪扭扭，工会配合教务处办个书写训练，学期末评一评，加上", "ethics",
         ["新入职", "评比"], ["后生", "评一评", "歪歪扭扭"]),
        # what should be done for them, said with 得 and no verb of adding, is a measure of its own
        ("democracy", "住得远的几个老师每天坐公交来回要两个钟头，班车补贴得给落实", "welfare",
         ["落实", "班车补贴"], ["得给", "钟头"]),
        # 不利索 says how well, not about what: the measure is about 普通话
        ("culture", "新来的老师普通话说得不利索，工会找教导处一块搞个培训，写进计划", "ethics",
         ["普通话", "培训"], ["利索", "一块"]),
        # someone invited to speak to staff on a topic gives a talk; 大夫 is spoken for 医生
        ("welfare", "女工那块加个，请社区卫生站大夫给女老师讲讲春季防过敏", "women", ["讲座", "医生"], ["大夫", "讲讲"]),
        # 要干的活 is the work to be done
        ("self", "每周开个工会小组碰头会，商量下周要干的活，写进计划", "self", ["工作"], ["干的活"]),
    ],
)
def test_a_request_in_everyday_words_becomes_a_measure_where_it_belongs(offline, start, current, message, key,
                                                                       present, absent):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    changed, added = _added(conversation, start)
    assert changed == key, reply.text
    assert all(w in added for w in present), added
    assert not any(w in added for w in absent), added
    assert conversation.plan.sections[key].title in reply.text


# ---------------------------------------------------------------------------------------------------- naming, moves


def test_a_short_section_name_with_a_generic_word_names_the_section(offline, start):
    conversation = open_plan(offline, None)
    reply = send(conversation, "师德建设那块第2条删了，重复了")
    assert items(conversation.plan, "ethics") == [items(start, "ethics")[n - 1] for n in (1, 3, 4)], reply.text
    assert others_unchanged(start, conversation.plan, "ethics")


def test_the_replacement_asked_is_the_one_over_the_plan_not_the_news_before_it(offline, start):
    conversation = open_plan(offline, "schedule")
    reply = send(conversation, "兴趣小组下学期改成社团，全文里所有乒乓球都换成羽毛球")
    culture = items(conversation.plan, "culture")
    assert "羽毛球" in culture[0] and "乒乓球" not in " ".join(culture), reply.text
    assert "兴趣小组" in culture[3]


def test_a_move_to_a_place_counted_from_the_end(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "本节头一条往下放，放到倒数第二条")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (2, 3, 4, 1, 5)], reply.text


def test_a_renaming_told_with_the_new_name_quoted_changes_it_everywhere(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "运动会改名了，叫“教职工健康运动会”，计划里所有趣味运动会都改过来")
    assert "教职工健康运动会" in items(conversation.plan, "culture")[2], reply.text
    assert any("教职工健康运动会" in r.activity for r in conversation.plan.schedule)
    assert not any("趣味运动会" in r.activity for r in conversation.plan.schedule)


def test_positions_counted_back_are_taken_from_the_end(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "倒着数第一、第二条都删了，年底排不开")
    assert items(conversation.plan, "culture") == items(start, "culture")[:3], reply.text


def test_a_notice_put_into_the_plan_with_a_general_verb(tmp_path_factory, start):
    from tests.conversation.edit_helpers import services_with_upload

    notice = ("关于举办江城市教职工象棋友谊赛的通知\n\n各基层工会：\n\n一、时间和地点\n2027年11月5日，地点在江城市老年活动中心。\n\n"
              "二、参加对象\n全市在职教职工。\n\n三、报名\n请于2027年10月20日前报名。\n\n江城市教育工会\n2027年9月1日")
    services = services_with_upload(tmp_path_factory.mktemp("chess"), notice, "象棋通知.txt", "school-5")
    conversation = open_plan(services, "finance", owner="school-5")
    reply = send(conversation, "市里那个象棋的通知，帮忙整到计划里去")
    assert len(items(conversation.plan, "culture")) == len(items(start, "culture")) + 1, reply.text
    assert "象棋" in items(conversation.plan, "culture")[-1]


def test_rows_of_a_span_of_months_are_deleted(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "表里三到四月那几行先去掉，等校历定了再排")
    assert [r.month for r in conversation.plan.ordered_schedule()] == [1, 9, 11], reply.text
    assert items(conversation.plan, "culture") == items(start, "culture")


def test_the_delete_just_made_is_taken_back_when_pointed_at_by_when(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "第二条删了")
    send(conversation, "第9条也删掉")  # refused: nothing changes
    reply = send(conversation, "不删了，刚删那条也帮我撤回来")
    assert items(conversation.plan, "finance") == items(start, "finance"), reply.text


def test_one_step_further_back(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第五条删了")
    send(conversation, "第一条挪到最后")
    send(conversation, "撤销")
    reply = send(conversation, "再往前撤一步")
    assert items(conversation.plan, "culture") == items(start, "culture"), reply.text


def test_a_duty_from_now_on_with_its_reason_after(offline, start):
    conversation = open_plan(offline, "democracy")
    reply = send(conversation, "以后校务会讨论职称、评优这些跟老师切身利益相关的事，叫工会副主席去列席，省的大家有意见。写进计划")
    changed, added = _added(conversation, start)
    assert changed == "democracy", reply.text
    assert "安排工会副主席列席" in added and "今后" in added, added
    assert not any(w in added for w in ("叫", "省的", "这条")), added
