"""Chat edits over a conversation: added measures in 公文 register and in the right section, notices summarised,
undo, 采用 after an edit, saved versions, skipped and 不适用 sections, and the model writing only the text."""

from __future__ import annotations

import re

import pytest

from assistant.conversation.session import Proposal, Session
from assistant.domain.vocab import Intent
from assistant.services import build_services
from tests.conversation.edit_helpers import (
    items,
    open_plan,
    others_unchanged,
    send,
    services_with_upload,
)
from tests.fakes import ScriptedChatModel

# ---------------------------------------------------------------------------------------------------- adding


@pytest.mark.parametrize(
    "current, message, key, present, absent",
    [
        ("women", "女工这块加一条：母亲节给女老师们每人送一支康乃馨吧", "women", ["母亲节", "女教职工", "康乃馨"],
         ["老师们", "吧", "女工这块", "给女"]),
        ("culture", "加上重阳节带退休的老同志去公园赏菊", "retirees", ["重阳", "退休教职工", "赏菊"], ["老同志", "加上"]),
        ("welfare", "再加一条，冬天给困难老师送棉被", "welfare", ["冬季", "困难教职工", "棉被"], ["冬天", "老师"]),
        (None, "在保障措施里加一条，关于安全的，搞活动之前要有应急预案", "safeguards", ["安全", "应急预案"],
         ["搞活动", "关于安全的"]),
        ("self", "加个新老师入会仪式", "self", ["新入职教师", "入会仪式"], ["新老师", "加个"]),
        ("finance", "加上暑假组织大伙去疗休养", "welfare", ["暑期", "疗休养"], ["大伙", "暑假组织大伙"]),
    ],
)
def test_added_content_is_a_measure_in_the_right_section(offline, start, current, message, key, present, absent):
    conversation = open_plan(offline, current)
    reply = send(conversation, message)
    before, after = items(start, key), items(conversation.plan, key)
    assert after[: len(before)] == before and len(after) == len(before) + 1, reply.text
    added = after[-1]
    assert added.endswith("。") and 20 <= len(added) <= 150
    assert all(word in added for word in present), added
    assert not any(word in added for word in absent), added
    assert others_unchanged(start, conversation.plan, key)
    assert conversation.plan.sections[key].title in reply.text


def test_two_items_in_one_request_become_two_measures(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "文体这块加两条：一个是教工合唱团每月排练，一个是每周五的羽毛球活动")
    added = items(conversation.plan, "culture")[len(items(start, "culture")):]
    assert len(added) == 2 and "合唱" in added[0] and "羽毛球" in added[1]
    assert not any("一个是" in text or "教工合唱" in text for text in added)


NOTICE = """关于举办江城市教育系统第二届教职工书法比赛的通知

各基层工会：

为弘扬中华优秀传统文化，丰富教职工精神文化生活，经研究，市教育工会决定举办江城市教育系统第二届教职工书法比赛。现将有关事项通知如下：

一、比赛时间
2027年5月15日（星期六）上午9:00。

二、比赛地点
江城市青少年宫三楼书画室（人民路12号）。

三、参赛对象
全市教育系统在职教职工（工会会员），每校限报3人。

四、报名办法
请于2027年4月30日前将报名表报送市教育工会。联系人：张老师，电话：8888 1234，邮箱：jcjygh@example.com。

江城市教育工会
2027年4月6日
"""


@pytest.fixture(scope="module")
def with_notice(tmp_path_factory):
    return services_with_upload(tmp_path_factory.mktemp("notice-data"), NOTICE, "书法比赛通知.txt", "school-3")


def test_an_uploaded_notice_is_summarised_into_the_fitting_section(with_notice, start):
    conversation = open_plan(with_notice, "women", owner="school-3")
    reply = send(conversation, "上周传的那个通知帮我加到计划里")
    added = items(conversation.plan, "culture")[-1]
    for fact in ("书法比赛", "5月15日", "江城市青少年宫", "4月30日"):
        assert fact in added, added
    markdown = conversation.markdown()
    for pasted in ("关于举办", "各基层工会", "通知如下", "联系人", "张老师", "8888", "@", "人民路"):
        assert pasted not in markdown
    assert others_unchanged(start, conversation.plan, "culture")
    assert "文体活动" in reply.text


def test_a_notice_that_is_not_there_changes_nothing(with_notice, offline, start):
    conversation = open_plan(with_notice, "women", owner="school-3")
    reply = send(conversation, "把体检的通知加进去")
    assert "没有与“体检”有关的通知" in reply.text and conversation.plan.to_dict() == start.to_dict()
    conversation = open_plan(offline, "women", owner="nobody")
    reply = send(conversation, "把我上传的通知加进计划")
    assert "没有找到您上传的" in reply.text and conversation.plan.to_dict() == start.to_dict()


# ---------------------------------------------------------------------------------------------------- undo, 采用, versions


def test_undo_takes_back_only_the_last_change_and_survives_a_reload(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "删掉第1条")
    send(conversation, "把“乒乓球”都改成“气排球”")
    reloaded = Session.from_content(conversation.session.content(), owner="", draft_id=conversation.session.draft_id,
                                    version=conversation.session.version)
    conversation = type(conversation)(offline, reloaded)
    reply = send(conversation, "撤回上一步")
    assert "撤销" in reply.text
    assert "乒乓球" in conversation.markdown() and "气排球" not in conversation.markdown()
    assert items(conversation.plan, "women") == items(start, "women")[1:]
    send(conversation, "还原")
    assert conversation.plan.to_dict() == start.to_dict()


def test_every_edit_is_a_new_saved_version_and_accept_keeps_it(offline, start):
    conversation = open_plan(offline, "self")
    send(conversation, "删掉第2条")
    first = conversation.session.version
    send(conversation, "第1条挪到最后")
    assert conversation.session.version == first + 1
    reply = send(conversation, "好的，就这样吧")
    assert reply.intent == Intent.ACCEPT and "已自动保存" in reply.text
    saved = offline.store.get(conversation.session.draft_id).content["plan"]
    assert [d for d in saved["sections"] if d["key"] == "self"][0]["paragraphs"] == [
        items(start, "self")[2], items(start, "self")[0]]


def test_an_edit_of_the_proposal_on_screen_is_what_accept_adopts(offline, start):
    conversation = open_plan(offline, "women")
    session = conversation.session
    session.proposal = Proposal("women", "女职工工作", ["健全女职工委员会。", "开展三八节活动。", "组织妇科检查。"])
    reply = send(conversation, "删掉第2条")
    assert reply.proposal is not None and reply.proposal.paragraphs == ["健全女职工委员会。", "组织妇科检查。"]
    assert items(conversation.plan, "women") == items(start, "women")  # not adopted yet
    send(conversation, "采用")
    assert conversation.plan.sections["women"].paragraphs == ["健全女职工委员会。", "组织妇科检查。"]


def test_opening_a_written_section_to_look_then_accepting_keeps_its_edits(offline, start):
    # Opening a section the plan already holds shows what is written, edits included; 采用 then keeps it, and only
    # 换一版 drafts a new version (before, opening it drafted anew and 采用 put the draft over the user's edit).
    conversation = open_plan(offline, "women")
    send(conversation, "文体活动里的第1条删掉")
    edited = items(conversation.plan, "culture")
    assert edited == items(start, "culture")[1:]
    send(conversation, "转到退休教职工工作")
    reply = send(conversation, "打开文体活动那部分我再看看")
    assert reply.proposal is not None and reply.proposal.key == "culture" and "已写入计划" in reply.text
    send(conversation, "采用")
    assert items(conversation.plan, "culture") == edited
    send(conversation, "打开文体活动")
    reply = send(conversation, "换一版")
    assert reply.proposal is not None and reply.proposal.paragraphs != conversation.plan.sections["culture"].paragraphs


# ---------------------------------------------------------------------------------------------------- skipped, 不适用


def test_a_skipped_section_stays_missing_until_written_or_not_applicable(offline):
    conversation = open_plan(offline, "retirees")
    conversation.plan.set_section("retirees", [], status="empty")
    reply = send(conversation, "跳过")
    done, total = conversation.plan.progress()
    assert done == total - 1
    assert "退休教职工工作" in reply.text and "尚未完成" in reply.text and "全部部分都已完成" not in reply.text
    assert any("退休教职工工作" in w for w in conversation.export_warnings())
    assert "退休教职工工作（已跳过）" in send(conversation, "进度").text
    reply = send(conversation, "退休教职工工作不适用")
    assert conversation.plan.progress() == (total, total)
    # The plan says so, in the section's place and with no measures, so a reader sees it was not forgotten.
    block = re.split(r"^#+ \S*退休教职工工作$", conversation.markdown(), flags=re.M)[1].split("\n#", 1)[0]
    assert conversation.export_warnings() == [] and block.strip() == "本部分不适用。"
    send(conversation, "撤销")
    assert conversation.plan.sections["retirees"].status == "skipped"


# ---------------------------------------------------------------------------------------------------- with a model


def test_with_a_model_only_the_measure_text_is_written_by_it(shared_settings, shared_index, start):
    model = ScriptedChatModel().enqueue("每周四下午组织教职工参加瑜伽健身课程，丰富教职工业余文化生活。")
    services = build_services(shared_settings, model=model, index=shared_index)
    conversation = open_plan(services, "women")
    send(conversation, "删掉第1条")
    assert model.history == []  # routing and the operation never ask the model
    reply = send(conversation, "文体活动加一条：周四下午的瑜伽课")
    assert reply.mode == "llm"
    assert items(conversation.plan, "culture")[-1] == "每周四下午组织教职工参加瑜伽健身课程，丰富教职工业余文化生活。"
    prompt = model.text_sent("human")
    assert "周四下午的瑜伽课" in prompt and "文体活动" in prompt and len(model.history) == 1


def test_a_model_measure_that_fails_the_checks_is_replaced_by_the_offline_one(shared_settings, shared_index, start):
    model = ScriptedChatModel().enqueue("咱们每周四下午搞个瑜伽课吧！")
    services = build_services(shared_settings, model=model, index=shared_index)
    conversation = open_plan(services, "culture")
    reply = send(conversation, "加一条：周四下午的瑜伽课")
    added = items(conversation.plan, "culture")[-1]
    assert reply.mode == "offline" and "未通过检查" in (reply.notice or "")
    assert "瑜伽" in added and not any(w in added for w in ("咱们", "搞", "吧", "！"))


def test_a_question_asked_by_the_engine_survives_a_reload(offline, start):
    conversation = open_plan(offline, None)
    send(conversation, "删掉第2条")
    content = conversation.session.content()
    assert content["pending"] is not None
    reloaded = type(conversation)(offline, Session.from_content(content, owner="", draft_id="x", version=1))
    reloaded.session.draft_id = None  # save as a new draft: this one only lives in the test
    send(reloaded, "经费那部分")
    assert items(reloaded.plan, "finance") == [items(start, "finance")[n] for n in (0, 2)]
