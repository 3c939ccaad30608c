"""Chat edits a user expects, fourth set, one group per kind of request that used to fail on new wording:
an addition told as a story is written from what is to be done (who, which action, on what, how often) in the plan's
register, the story and the chatter left out; it goes to the section its meaning belongs to, whatever section is
open; an uploaded notice is summarised with the facts asked for (in everyday or regional question words), whatever
the user says to leave out; a move to the front said with 头; a body renamed everywhere when the user says its new
name without quotes; the addition just made taken back while the edit before it stays, and after an undo the item
meant deleted by what it says. The plan is our own (tests/conversation/data/sample_plan.md) and the phrasings are
ours, in several regional habits and with pinyin slips."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.profile import Profile
from assistant.export.importing import plan_from_markdown
from tests.conversation.edit_helpers import (
    PROFILE,
    SAMPLE,
    items,
    open_plan,
    others_unchanged,
    send,
    services_with_upload,
)

# ---------------------------------------------------------------------------------------------------- additions


@pytest.mark.parametrize(
    "current, message, key, present, absent",
    [
        # a facility staff need every day is welfare (办实事), not the union's own building, whatever is open
        ("self", "学校门口停车太乱，老师们每天早上找不到车位，工会出面跟总务处商量一下，划几个教职工专用车位，写进计划",
         "welfare", ["车位"], ["出面", "老师们", "找不到", "太乱", "写进计划"]),
        # a room for nursing mothers is women staff's work; "我们学校这块" is the school, not the section on screen
        ("welfare", "我们学校这块一直没有哺乳室，哺乳期的女老师只能躲在厕所里，工会牵头跟学校建个爱心妈咪小屋，给加一条",
         "women", ["妈咪小屋", "建立"], ["建个", "女老师", "厕所", "躲", "给加"]),
        # help for retirees is retirees' work; 一回 is written 一次, 整一条进去 is no content
        ("welfare", "好些退休老同志不会用智能手机，挂号都挂不上，工会找几个年轻老师一个月上门教一回，整一条进去",
         "retirees", ["智能手机", "一次"], ["老同志", "一回", "整一条", "挂不上"]),
    ],
)
def test_a_story_and_a_request_become_a_measure_where_it_belongs(offline, start, current, message, key, present,
                                                                  absent):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    before, after = items(start, key), items(conversation.plan, key)
    assert after[: len(before)] == before and len(after) == len(before) + 1, reply.text
    added = after[-1]
    assert added.endswith("。") and 20 <= len(added) <= 150, added
    assert all(word in added for word in present), added
    assert not any(word in added for word in absent), added
    assert others_unchanged(start, conversation.plan, key)
    assert conversation.plan.sections[key].title in reply.text  # the reply says where it went


@pytest.mark.parametrize(
    "message, present, absent",
    [
        # a pinyin slip of the user's (意件 for 意见) is not copied into the plan
        ("每学期工会挨个找大家收集意件，汇总后反馈给校长，写一条", ["意见"], ["意件", "挨个"]),
        # 申诉 said as a channel to be set up is what is done, not the story of a complaint
        ("有些老师受了处分不服也没处说理，工会跟学校建个申诉渠道，再设个意见箱，加上", ["申诉渠道", "意见箱"],
         ["建个", "设个", "没处说理"]),
        # the effect told after the action ("…就不用跑了") is the user's reason, not part of the measure
        ("工会联系银行每月派人到学校办业务，老师们就不用请假跑银行了，搁计划里", ["银行"], ["就不用", "请假跑"]),
    ],
)
def test_an_addition_keeps_what_is_done_and_drops_slips_and_reasons(offline, start, message, present, absent):
    conversation = open_plan(offline, "welfare")
    reply = send(conversation, message)
    changed = [k for k in start.sections if items(start, k) != items(conversation.plan, k)]
    assert len(changed) == 1, reply.text
    added = items(conversation.plan, changed[0])[-1]
    assert all(word in added for word in present), added
    assert not any(word in added for word in absent), added


# ---------------------------------------------------------------------------------------------------- notices


RECITAL = """关于举办江城市教育系统教职工诗词朗诵会的通知

各基层工会：

为弘扬中华优秀传统文化，经研究，市教育工会决定举办江城市教育系统教职工诗词朗诵会。现将有关事项通知如下：

一、活动时间和地点
2027年10月22日（星期五）下午2:30，地点在江城市文化馆小剧场。

二、参加对象
全市教育系统在职教职工，须为工会会员。

三、参加办法
1. 以学校为单位报名，每校限报4个节目，每个节目不超过6分钟。
2. 名额按学校会员人数分配，每100名会员可增报1个节目。

四、报名办法
请于2027年9月30日前将报名表报送市教育工会宣传部。联系人：周老师，电话：8765 4321，邮箱：jcjygh_xc@example.com。

特此通知。

附件：报名表

江城市教育工会
2027年9月8日
"""


@pytest.fixture(scope="module")
def with_recital(tmp_path_factory):
    return services_with_upload(tmp_path_factory.mktemp("recital-data"), RECITAL, "朗诵会通知.txt", "school-9")


@pytest.mark.parametrize(
    "message, asked",
    [
        # Cantonese question words and what to leave out, after the verb: how to sum it up, not content
        ("市里发咗个朗诵会的文件，我上载咗，帮手写入计划，喺边度搞、每间学校报几个节目讲清楚，联系人电话唔使要",
         ["文化馆", "4个节目"]),
        # northern 咋/啥 and "得有": the facts asked for
        ("前几天发给你的那份朗诵会通知，提炼一下写进计划，在哪办、名额咋分得有，别整段照抄", ["文化馆", "100名会员"]),
        # southwestern 哪哈 and 莫要: the same
        ("朗诵会那个文件帮我整理成一条放进计划，啥时候报名、报几个节目要写明，电话邮箱莫要", ["9月30日", "4个节目"]),
    ],
)
def test_a_notice_summary_holds_the_facts_asked_and_none_of_the_notice_chatter(with_recital, start, message, asked):
    conversation = open_plan(with_recital, "finance", owner="school-9")
    reply = send(conversation, message)
    added = items(conversation.plan, "culture")[-1]
    assert len(items(conversation.plan, "culture")) == len(items(start, "culture")) + 1, reply.text
    for fact in ("朗诵会", "10月22日", *asked):
        assert fact in added, added
    markdown = conversation.markdown()
    for pasted in ("关于举办", "各基层工会", "经研究", "通知如下", "联系人", "周老师", "8765", "@", "特此通知", "附件",
                   "唔使", "咋", "莫要"):
        assert pasted not in markdown, pasted
    assert items(conversation.plan, "finance") == items(start, "finance")


def test_approving_the_item_just_added_adds_nothing_more(with_recital, start):
    conversation = open_plan(with_recital, "finance", owner="school-9")
    send(conversation, "把朗诵会的通知写进计划")
    after_add = items(conversation.plan, "culture")
    send(conversation, "刚才加的朗诵会那条挺好，采用")
    assert items(conversation.plan, "culture") == after_add


# ---------------------------------------------------------------------------------------------------- moves


@pytest.mark.parametrize(
    "message",
    ["第3条挪到头一个去，这个最要紧", "把第三条放头一条，先说这个", "3条给我搁最头上"],
)
def test_an_item_moved_to_the_front_said_with_tou(offline, start, message):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, message)
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (3, 1, 2, 4, 5)], reply.text
    assert others_unchanged(start, conversation.plan, "culture")


# ---------------------------------------------------------------------------------------------------- renames


def _with_hospital(structure):
    """The sample plan with a partner hospital named in two sections and one table row."""
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("组织女教职工参加年度妇科检查。", "组织女教职工到江城市人民医院参加年度妇科检查。")
    text = text.replace("配合学校组织教职工年度健康体检。", "配合学校组织教职工到江城市人民医院进行年度健康体检。")
    text = text.replace("| 9月 | 教师节表彰优秀教职工 |", "| 9月 | 到江城市人民医院健康体检 |")
    return plan_from_markdown(text, Profile(**PROFILE), structure)


@pytest.mark.parametrize(
    "message",
    [
        "市人民医院前阵子换了牌子，现在叫江城市第一人民医院，计划里都换成新名字",
        "市人民医院更名为江城市第一人民医院了，整个计划里都改过来，别光改这一节",
        "跟你说下，市人民医院已经改名叫江城市第一人民医院，全文提到的地方都改",
    ],
)
def test_a_body_renamed_without_quotes_is_renamed_everywhere(offline, message):
    plan = _with_hospital(offline.structure)
    conversation = Conversation(offline, Session(plan=plan, current="women"))
    reply = send(conversation, message)
    markdown = conversation.markdown()
    assert markdown.count("江城市第一人民医院") == 3, reply.text
    assert "江城市人民医院" not in markdown
    assert "第一第一" not in markdown and "江城市江城市" not in markdown


# ---------------------------------------------------------------------------------------------------- undo


@pytest.mark.parametrize("take_back", ["刚加的那条先撤了，档案那条就当删了", "后来补的这一条不要了", "新添的那条撤回吧"])
def test_taking_back_the_addition_keeps_the_deletion_before_it(offline, start, take_back):
    conversation = open_plan(offline, "self")
    send(conversation, "第3条删掉")
    send(conversation, "再补一条：工会委员每学期到各年级组听取一次教职工意见")
    reply = send(conversation, take_back)
    assert items(conversation.plan, "self") == items(start, "self")[:2], reply.text
    assert others_unchanged(start, conversation.plan, "self")


@pytest.mark.parametrize(
    "oops, meant, gone",
    [
        ("哎呀删错哩，快给恢复", "我要删的其实是练书法那条", 4),  # 哩 (中原/西南) for 了; 练 said with the activity
        ("删错喽，改回去", "想去掉的是打乒乓那条", 1),
        ("不好意思删错啰，撤销", "要删的是学摄影那个", 4),
    ],
)
def test_after_undoing_a_wrong_delete_the_item_meant_goes(offline, start, oops, meant, gone):
    conversation = open_plan(offline, "culture")
    send(conversation, "第二条删掉")
    send(conversation, oops)
    assert items(conversation.plan, "culture") == items(start, "culture")
    reply = send(conversation, meant)
    kept = [t for n, t in enumerate(items(start, "culture"), start=1) if n != gone]
    assert items(conversation.plan, "culture") == kept, reply.text


# ---------------------------------------------------------------------------------------------------- deletes


def test_an_item_described_in_other_words_is_asked_about_not_guessed(offline, start):
    conversation = open_plan(offline, "culture")
    reply = send(conversation, "把健身快走那条拿掉，今年不搞了")
    assert conversation.plan.to_dict() == start.to_dict()
    assert "第2条" in reply.text and "健步走" in reply.text  # the item it may mean, as a question
    send(conversation, "第2条")
    assert items(conversation.plan, "culture") == [items(start, "culture")[n - 1] for n in (1, 3, 4, 5)]
    reply = send(conversation, "踢足球那个删掉")  # nothing like it: refused, nothing changed
    assert "没有找到" in reply.text and len(items(conversation.plan, "culture")) == 4


@pytest.mark.parametrize(
    "current, message, key, present, absent",
    [
        # the people's wish is what the measure does for them; 个 after a verb of arranging goes
        ("culture", "退下来的老教师想搞个书画班，工会帮着联系个场地，每周活动一次，加上", "retirees",
         ["为退休教职工举办书画班", "联系场地"], ["想", "退下来", "联系个"]),
        ("culture", "女老师们都希望有个瑜伽班，工会跟学校借间教室，每周练两回，加一条", "women",
         ["为女教职工开设瑜伽班", "两次"], ["希望", "女老师", "两回", "借鉴"]),
    ],
)
def test_a_wish_of_the_people_becomes_what_is_done_for_them(offline, start, current, message, key, present, absent):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    added = items(conversation.plan, key)[-1]
    assert len(items(conversation.plan, key)) == len(items(start, key)) + 1, reply.text
    assert all(word in added for word in present), added
    assert not any(word in added for word in absent), added
