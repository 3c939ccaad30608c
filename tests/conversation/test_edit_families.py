"""Families of chat phrasings for edits: an adverb of totality said right before the verb (全删了, 一概去掉), a
rename said of one section only, a verb of writing it down (记上), putting an upload "where it fits", a manner of
writing after 整成 that is no replacement text, and additions told with spoken festival and team words. The plan is our
own (tests/conversation/data/sample_plan.md); the phrasings are ours."""

from __future__ import annotations

from assistant.conversation.edit_requests import EditParser
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


def _parser(offline) -> EditParser:
    from assistant.conversation.edit_words import load_edit_words

    return EditParser(offline.structure, load_edit_words())


def test_all_said_before_the_verb_deletes_every_item_mentioning_the_word(offline, start):
    conversation = open_plan(offline, "welfare")
    send(conversation, "这节提到慰问的全删了")
    assert items(conversation.plan, "welfare") == [items(start, "welfare")[2], items(start, "welfare")[3]]
    assert others_unchanged(start, conversation.plan, "welfare")


def test_a_word_ending_in_quan_is_not_taken_for_all(offline):
    request = _parser(offline).parse("把保障措施里写安全的那条删掉")
    assert request is not None and request.op == "delete" and not request.items.every


def test_all_after_the_old_word_is_not_part_of_it(offline, start):
    conversation = open_plan(offline, "self")
    send(conversation, "计划里的乒乓球全换成羽毛球")
    assert "乒乓球" not in " ".join(items(conversation.plan, "culture"))
    assert "羽毛球" in items(conversation.plan, "culture")[0]


def test_a_rename_said_of_this_section_leaves_the_others(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "这一节写的“教职工”改叫“职工”，别的节先别改")
    after = items(conversation.plan, "culture")
    assert all("教职工" not in item for item in after) and any("职工" in item for item in after)
    assert others_unchanged(start, conversation.plan, "culture")


def test_writing_it_down_is_adding(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "五月份弄一场羽毛球友谊赛，年级组分别派一队，也帮着记上")
    added = items(conversation.plan, "culture")[len(items(start, "culture")):]
    assert len(added) == 1
    assert all(w not in added[0] for w in ("弄一场", "派一队", "记上"))
    assert items(conversation.plan, "women") == items(start, "women")


def test_spoken_festival_words_are_written_as_plans_write_them(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "过年回不了老家的老师，年三十晚上由工会上门慰问，补充进去")
    added = [i for i in items(conversation.plan, "welfare") if i not in items(start, "welfare")]
    assert len(added) == 1
    assert all(w not in added[0] for w in ("年三十", "回不了", "过年"))
    assert "除夕" in added[0] and "春节期间" in added[0]


def test_an_upload_put_where_it_fits_is_summed_up(offline):
    request = _parser(offline).parse("文件已经传好了，你整理成计划的语气，放在相应的位置")
    assert request is not None and request.op == "add" and request.notice


def test_a_manner_of_writing_after_zhengcheng_is_no_replacement(offline):
    request = _parser(offline).parse("把这段整成公文的语气")
    assert request is None or request.op != "replace"


def test_slips_of_the_ordinal_and_the_verb_are_read(offline):
    parser = _parser(offline)
    for message in ("弟二条去掉", "第二项珊掉", "第二条刪了", "排第二的那条删了"):
        request = parser.parse(message)
        assert request is not None and request.op == "delete" and request.items.positions == [2], message


def test_the_last_item_said_with_mo(offline):
    request = _parser(offline).parse("末一项拿掉")
    assert request is not None and request.items.from_end == 1
    request = _parser(offline).parse("学期末那条拿掉")
    assert request is not None and request.items.from_end == 0


def test_a_clause_putting_the_other_thing_off_is_not_content(offline):
    request = _parser(offline).parse("先把体检那个加进计划，讲座那个回头再说")
    assert request is not None and request.op == "add"
    assert all("再说" not in c for c in request.contents)


def test_not_managing_something_is_written_as_a_difficulty(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "不少退休老同志电子社保卡都弄不明白，工会安排人上门指导，写进去")
    added = [i for i in items(conversation.plan, "retirees") if i not in items(start, "retirees")]
    # the difficulty stated in the plan's words: as such, or as the problem a measure answers ("针对…存在的问题")
    assert len(added) == 1 and "弄不明白" not in added[0] and ("存在困难" in added[0] or "存在的问题" in added[0])
    assert "社保卡" in added[0] and "上门指导" in added[0]


def test_the_first_and_last_said_with_tou_and_mo_are_swapped(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "头一条跟末一条掉换一下")
    before = items(start, "women")
    assert items(conversation.plan, "women") == [before[-1], *before[1:-1], before[0]]


def test_the_top_items_said_as_a_place_on_the_page(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "最上边那两项去掉")
    assert items(conversation.plan, "women") == items(start, "women")[2:]


def test_putting_a_moved_item_back_is_an_undo(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "第二项挪到最后")
    assert items(conversation.plan, "women") != items(start, "women")
    send(conversation, "不合适，挪回原位")
    assert items(conversation.plan, "women") == items(start, "women")


def test_a_condition_on_what_items_say_deletes_every_one_that_meets_it(offline, start):
    for message in ("凡是写了慰问的都删了", "只要提了慰问就删"):
        conversation = open_plan(offline, "welfare")
        send(conversation, message)
        assert items(conversation.plan, "welfare") == items(start, "welfare")[2:], message
        assert others_unchanged(start, conversation.plan, "welfare")


def test_a_whole_plan_replacement_passes_by_the_table_the_user_keeps(offline, start):
    conversation = open_plan(offline, "self")
    send(conversation, "全文的教职工都换成职工，表格先不要改")
    assert conversation.plan.schedule == start.schedule
    assert all("教职工" not in item for item in items(conversation.plan, "culture"))


def test_the_table_changed_together_with_the_plan(offline, start):
    conversation = open_plan(offline, "self")
    send(conversation, "“健步走”改成“徒步”，月度表一块改了")
    assert "健步走" not in " ".join(items(conversation.plan, "culture"))
    assert any("徒步" in item for item in items(conversation.plan, "culture"))


def test_a_thing_told_then_this_too_must_be_written_is_added(offline, start):
    conversation = open_plan(offline, "women")
    send(conversation, "年底开一次会员代表大会，通报全年经费，这事也要写")
    added = [i for k in conversation.plan.sections for i in items(conversation.plan, k)
             if k != "schedule" and i not in items(start, k)]
    assert len(added) == 1 and "召开会员代表大会" in added[0] and "这事" not in added[0]


def test_everyday_spoken_words_of_care_are_written_as_plans_write_them(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "有位女同事生了宝宝以后回校上班，工会去家里瞧瞧，再送点营养品，写进计划")
    added = [i for i in items(conversation.plan, "women") if i not in items(start, "women")]
    assert len(added) == 1
    assert all(w not in added[0] for w in ("生了宝宝", "瞧瞧", "家里")) and "登门看望" in added[0]


def test_people_told_by_what_they_know_keep_their_name_in_the_invitation(offline, start):
    conversation = open_plan(offline, "ethics")
    send(conversation, "退休的几名老同事对本地非遗剪纸很在行，请他们回校办个展示，写进计划")
    added = [i for k in conversation.plan.sections for i in items(conversation.plan, k)
             if k != "schedule" and i not in items(start, k)]
    assert len(added) == 1 and "请其" not in added[0] and added[0].startswith("邀请熟悉")
