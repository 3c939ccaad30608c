"""Families of edit phrasings new users type, written from general Chinese usage (our own sentences): an activity
said not to happen any more (不搞了, 不消再组织, 免了, 取消吧) is a deletion; table rows named by a list of months; keeping
the first or last items and dropping the rest; a complaint then what the union should do for them (工会替她们反映) is a
measure to add; an unquoted renaming (A更名B了) everywhere; "不按A排了，换成按B排" in one item; a new name for an item's
quoted name; an upload summed up "变成单独一项"."""

from __future__ import annotations

import itertools

import pytest

from assistant.conversation.edit_requests import EditParser
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.intent import load_exemplars, recognise
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.fixture(scope="module")
def parser(offline) -> EditParser:
    return EditParser(offline.structure, load_edit_words())


def _edit(parser: EditParser, offline, message: str):
    return recognise(message, offline.structure, parser, load_exemplars()).edit


# ---------------------------------------------------------------------------------------------------- called off

_THINGS = {"趣味运动会": "culture", "健步走": "culture", "乒乓球队": "culture", "迎新年联欢会": "culture",
           "家庭教育讲座": "women", "心理咨询室": "welfare"}
_CALLED_OFF = ("今年不搞了", "不消再组织了", "就不办了", "莫搞了噻", "甭再弄了", "不用再举办了", "别再组织了", "不整了哈",
               "不必再开展了", "无需再举行了")


@pytest.mark.parametrize("thing,ending", list(itertools.product(_THINGS, _CALLED_OFF))[:48])
def test_an_activity_said_not_to_happen_is_a_deletion_of_that_item(parser, offline, thing, ending):
    message = f"{thing}{ending}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete", message
    assert thing.startswith(request.items.text) or request.items.text in thing, (message, request.items.text)


_POINTED = ("那个免了", "那条取消吧", "那项算了吧", "那个不要了", "那个莫搞了", "那条停掉吧")


@pytest.mark.parametrize("section,pointer", list(itertools.product(("文体那块", "文体活动里头", "文体那节"), _POINTED)))
def test_a_named_item_called_off_in_a_named_section_is_deleted(parser, offline, section, pointer):
    message = f"{section}运动会{pointer}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete", message
    assert request.section == "culture" and request.items.text == "运动会", message


@pytest.mark.parametrize("message", ["今年不搞了", "孕期别安排夜班", "把通知加进去，电话邮箱不要", "这学期先不组织了"])
def test_calling_off_with_nothing_named_or_beside_an_addition_deletes_nothing(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is None or request.op != "delete" or not request.items.text, message


def test_calling_an_activity_off_deletes_that_item_only(offline):
    conversation = open_plan(offline, current="retirees")
    reply = send(conversation, "文体那节健步走今年不消再组织了，天太热")
    culture = items(conversation.session.plan, "culture")
    assert not any("健步走" in i for i in culture), reply.text
    assert len(culture) == 4 and "文体活动" in reply.text
    assert others_unchanged(open_plan(offline).session.plan, conversation.session.plan, "culture")


def test_calling_off_an_activity_the_plan_lacks_changes_nothing(offline):
    conversation = open_plan(offline, current="culture")
    reply = send(conversation, "拔河比赛今年不搞了")
    assert len(items(conversation.session.plan, "culture")) == 5
    assert "没有" in reply.text


# ---------------------------------------------------------------------------------------------------- month rows

_MONTH_LISTS = {"三月和九月": [3, 9], "1月、11月": [1, 11], "四月跟十一月": [4, 11], "三月以及四月": [3, 4],
                "九月还有十一月": [9, 11], "1月、3月、9月": [1, 3, 9]}
_ROW_VERBS = ("两行拿下来", "那几行删掉", "的行拿掉", "这几行去掉", "那些行都删了", "几行划掉", "的行不要了")


@pytest.mark.parametrize("months,verb", list(itertools.product(_MONTH_LISTS, _ROW_VERBS)))
def test_table_rows_named_by_a_list_of_months(parser, offline, months, verb):
    message = f"月度表里{months}{verb}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.rows, message
    assert request.items.months == _MONTH_LISTS[months], message


@pytest.mark.parametrize("message,month", [("九月那行删掉", 9), ("表里十一月那一行拿掉", 11), ("表格里一月的那行不要了", 1),
                                           ("月度表十二月那行去掉", 12), ("表里3月那行删了", 3)])
def test_one_row_named_by_a_month_in_chinese_numerals(parser, offline, message, month):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.items.month == month, message


def test_rows_of_two_months_are_deleted_and_the_rest_stay(offline):
    conversation = open_plan(offline, current="finance")
    send(conversation, "月度表上一月和九月的两行拿下来")
    months = [r.month for r in conversation.session.plan.ordered_schedule()]
    assert months == [3, 3, 4, 11]
    assert items(conversation.session.plan, "finance") == items(open_plan(offline).session.plan, "finance")


# ---------------------------------------------------------------------------------------------------- keep some

_KEEPS = {"留前两条就够，下面的统统拿掉": ("head", 2), "只保留前三条，其余删掉": ("head", 3),
          "前两条留着，剩下的删了": ("head", 2), "只要最后两条，其他的去掉": ("tail", 2),
          "除了第一条，别的都删掉": ("positions", [1]), "只留第2条，其余的划掉": ("positions", [2]),
          "除了第一、三条以外，其他的都拿掉": ("positions", [1, 3]), "保留头一条，往后的都不要了": ("positions", [1])}
_KEEP_SECTIONS = {"": None, "这一节": None, "女工那块": "women", "文体那节": "culture", "维权那部分": "welfare"}


@pytest.mark.parametrize("section,phrase", list(itertools.product(_KEEP_SECTIONS, _KEEPS)))
def test_keeping_some_items_deletes_every_other(parser, offline, section, phrase):
    message = section + phrase
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.items.others, message
    field, value = _KEEPS[phrase]
    assert getattr(request.items, field) == value, message
    if _KEEP_SECTIONS[section]:
        assert request.section == _KEEP_SECTIONS[section], message


@pytest.mark.parametrize("message", ["第三条删掉，第一条留着", "第二至第四条拿掉，第3条先留着", "第一条删了"])
def test_a_deletion_beside_an_item_kept_is_not_a_keep_only(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and not request.items.others, message


def test_keeping_the_first_three_deletes_the_rest_of_the_open_section(offline):
    conversation = open_plan(offline, current="women")
    start = items(conversation.session.plan, "women")
    send(conversation, "这部分留前三条够了，往后几条一律拿掉")
    assert items(conversation.session.plan, "women") == start[:3]


def test_keeping_every_item_changes_nothing(offline):
    conversation = open_plan(offline, current="retirees")
    reply = send(conversation, "只保留前三条，其余删掉")
    assert len(items(conversation.session.plan, "retirees")) == 3
    assert "没有可以删去" in reply.text


# ---------------------------------------------------------------------------------------------------- union acts for them

_STORIES = ("怀孕的老师一上午站着上课，腰都直不起来", "食堂的师傅天天五点就到岗，手都冻裂了", "新来的青年教师住得远，每天路上两个钟头",
            "哺乳期的老师中午没地方休息，只能趴桌子")
_ACTS = ("工会替她们向校长反映一下，尽量别排早读", "工会帮他们去争取一下，把班次调整调整", "工会给大家跟后勤协调协调，安排个休息室",
         "工会替老师们向校长呼吁一下，减少晚上值班", "由工会出面帮她们申请调整课表", "工会帮忙跟教务处沟通，课尽量排在上午",
         "工会替他们反映一下，冬天发点防冻用品", "请工会为大家争取弹性上下班", "工会给她们问问学校，能不能安排午休室",
         "工会代表大家同校方商量，夜里别再排值班", "工会替她们说说，晚上值班少排一点")


@pytest.mark.parametrize("story,act", list(itertools.product(_STORIES, _ACTS))[:44])
def test_a_complaint_then_what_the_union_should_do_is_an_addition(parser, offline, story, act):
    message = f"{story}，{act}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "add", message


def test_a_complaint_for_pregnant_staff_becomes_a_measure_of_the_women_section(offline):
    conversation = open_plan(offline, current="welfare")
    reply = send(conversation, "怀孕的老师在走廊里站一整天，腿肿得厉害，工会帮老师们向校方说说，孕期尽量不要排晚上值班")
    added = items(conversation.session.plan, "women")[-1]
    assert len(items(conversation.session.plan, "women")) == 6, reply.text
    assert "孕期" in added and "不安排" in added and "夜间值班" in added, added
    assert not any(w in added for w in ("腿都肿", "说说", "不要排", "晚上")), added


# ---------------------------------------------------------------------------------------------------- renamed

_OLD_NEW = (("东校区", "滨江校区"), ("教工之家", "职工书屋"), ("篮球队", "飞鹰队"), ("心理咨询室", "心灵驿站"),
            ("健步走", "健康走"), ("乒乓球队", "银球社"))
_RENAMINGS = ("{a}下个学期开始正式更名{b}了，计划中凡是写{a}的，全换掉", "{a}明年起改名叫{b}，计划里都改一下",
              "{a}已经更名为{b}了，全文都换过来", "{a}从9月起改称{b}，所有地方都改掉", "咱们{a}现在易名为{b}了，通篇改一下",
              "原来的{a}正式改名为{b}，全都换掉", "{a}今年起更名为{b}")


@pytest.mark.parametrize("names,frame", list(itertools.product(_OLD_NEW, _RENAMINGS))[:42])
def test_an_unquoted_renaming_replaces_the_old_name_everywhere(parser, offline, names, frame):
    old, new = names
    message = frame.format(a=old, b=new)
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "replace" and request.whole, message
    assert (request.old, request.new) == (old, new), message


def test_a_renaming_reaches_every_section_and_the_table(offline):
    conversation = open_plan(offline, current="guiding")
    send(conversation, "健步走从本学期起改名为健康走，计划中凡是有的全换掉")
    plan = conversation.session.plan
    assert all("健步走" not in " ".join(p for p in d.paragraphs) for d in plan.sections.values())
    assert any("健康走" in r.activity for r in plan.ordered_schedule())
    assert any("健康走" in i for i in items(plan, "culture"))


# ---------------------------------------------------------------------------------------------------- not A but B

_CONTRASTS = (("不按年级排了，改成按学科排", "年级", "学科"), ("不再由办公室负责了，改由工会负责", "办公室", "工会"),
              ("不去人民医院了，换成中医院", "人民医院", "中医院"), ("不搞拔河了，改成跳绳", "拔河", "跳绳"),
              ("不用纸质表了，改成用电子表", "纸质", "电子"), ("不放在周二了，改成放在周四", "周二", "周四"),
              ("不叫兴趣小组了，改成叫兴趣社团", "小组", "社团"))
_WHERE = ("第二条，", "文体那节第4条，", "女工那部分第3条里，", "维权第1条，", "自身建设第2条，", "第五条里")


@pytest.mark.parametrize("where,contrast", list(itertools.product(_WHERE, _CONTRASTS)))
def test_not_a_but_b_replaces_a_inside_the_item_named(parser, offline, where, contrast):
    said, old, new = contrast
    message = where + said + "。别的条目不改"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "replace", message
    assert (request.old, request.new) == (old, new), message
    assert request.items.positions, message


def test_not_a_but_b_changes_one_item_of_the_named_section(offline):
    conversation = open_plan(offline, current="culture")
    send(conversation, "维权第4条，不叫心理咨询室了，改成叫心理驿站，其余不改")
    welfare = items(conversation.session.plan, "welfare")
    assert welfare[3].startswith("设立教职工心理驿站"), welfare[3]
    assert items(conversation.session.plan, "culture") == items(open_plan(offline).session.plan, "culture")


# ---------------------------------------------------------------------------------------------------- quoted names

@pytest.mark.parametrize("message", [
    "第一条制度的名称改为“五必访八必到”", "维权第1条那个制度的名字改成“六必访”", "第一条的叫法改为“暖心五访”",
    "维权那节第一条的名称改为“六必访”"])
def test_a_new_name_for_an_item_changes_only_its_quoted_name(offline, message):
    conversation = open_plan(offline, current="welfare")
    send(conversation, message)
    first = items(conversation.session.plan, "welfare")[0]
    assert first.startswith("坚持“") and first.endswith("工会及时看望慰问。"), first
    assert "五必访”" not in first or "八必到" in first


def test_a_new_name_for_an_item_without_a_quoted_name_is_asked(offline):
    conversation = open_plan(offline, current="culture")
    reply = send(conversation, "第二条活动的名字改为“春日行”")
    assert items(conversation.session.plan, "culture")[1] == "春季组织教职工健步走活动。"
    assert "没有带引号的名称" in reply.text


@pytest.mark.parametrize("message", ["第三条改成：举办全体教工跳绳赛。", "把第二条换成“组织教职工登山活动”"])
def test_a_whole_item_rewritten_is_not_a_renaming(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "set_item" and request.hint != "name", message


# ---------------------------------------------------------------------------------------------------- uploads distilled

_UPLOAD_OPENERS = ("区里发的那份文件已经上传", "登山那个通知我传了", "上级那篇通知", "刚传的文件")
_MADE_INTO = ("归纳一下，弄成计划里的一条", "提炼提炼，单独列一项", "总结总结，变为计划中独立的一条", "概括成单独的一项",
              "整理整理，单独成一条", "帮我概括下，转成计划里的一项")
_LEFT_OUT = ("", "，放进对口的部分，落款电话都不用写", "，联系人邮箱一概别要", "，归到相应的板块里")


@pytest.mark.parametrize("opener,made,left", list(itertools.product(_UPLOAD_OPENERS, _MADE_INTO, _LEFT_OUT))[:48])
def test_an_upload_made_into_one_item_is_a_notice_summary(parser, offline, opener, made, left):
    message = f"{opener}，{made}{left}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "add" and request.notice, message
    assert not any("别要" in c or "不用写" in c for c in request.contents), message


@pytest.mark.parametrize("message", [
    "我算了下，全校一共九十来个教职工，分四个小组刚好，每组二十多人，组长由各教研组长兼任",
    "这次活动大家多费点心，莫搞砸了，器材提前一天到位，报名表周五前交到工会",
    "元旦的登高这回就不办了，换成室内的飞镖和投壶，放在体育馆，十二月中旬举行，每个教研组出一支队伍参加，"
    "前三名工会发点奖品",
    "书法班一共招二十人，招够拉倒，周三下午在美术教室上课，老师从区文化馆请来，笔墨纸砚工会负责买齐"])
def test_a_passage_that_mentions_calling_off_is_no_deletion(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is None or request.op != "delete", message


@pytest.mark.parametrize("message,expected", [
    ("篮球社团那个没必要搞了", "篮球社团"), ("合唱那个犯不着再办了", "合唱"), ("读书会那条没有必要再组织了", "读书会")])
def test_no_need_to_hold_it_is_a_deletion(parser, offline, message, expected):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.items.text == expected, message


@pytest.mark.parametrize("message,months", [("表里头四月五月两行删掉", [4, 5]), ("表里四月那行跟六月那行都不要了", [4, 6]),
                                            ("表格中三月、九月的安排撤掉", [3, 9])])
def test_months_run_together_or_each_pointed_at(parser, offline, message, months):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.items.months == months, message


@pytest.mark.parametrize("message,old,new", [
    ("文体第1条，乒乓球队不再周二训练了，改成周四训练", "周二", "周四"),
    ("第2条不是每月一次了，改成每季度一次", "每月", "每季度"),
    ("自身建设第二条，会员发展不由办公室管了，改由组织委员管", "办公室", "组织委员")])
def test_not_a_but_b_keeps_the_shared_frame(parser, offline, message, old, new):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "replace" and (request.old, request.new) == (old, new), message


@pytest.mark.parametrize("message", ["第三项评选活动的名称，换成“园丁奖”", "第3条那个比赛名称换为“技能之星”",
                                     "把第三条那个奖的名字改成最美园丁"])
def test_a_new_name_said_in_other_ways(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "set_item" and request.hint == "name", message
    assert request.section is None and request.items.positions == [3], message


def test_a_request_asked_of_the_union_drops_the_asking_word(offline):
    conversation = open_plan(offline, current="finance")
    send(conversation, "保洁阿姨冬天手都冻裂了，麻烦工会帮她们跟后勤争取一下防冻手套")
    plan = conversation.session.plan
    added = [i for k in plan.sections if k not in ("title", "signature") for i in items(plan, k) if "防冻手套" in i]
    assert added and not any("麻烦" in a for a in added), added
