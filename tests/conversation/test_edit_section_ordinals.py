"""Families of chat edits read as one grammar (our own sentences): a section named by its short name with a word of
place under it and then items counted (…底下2号到3号那几条, …下面第三条), while dates with 号 stay dates; an item told by
what is done to its thing in the user's own verb; an edit taken back by its step in the conversation (第一步不要了);
a renaming said as "A以后都叫B"; an upload condensed "into one item, put where it fits"; a notice whose heading sits
under the issuing body; and two spoken shapes of an added measure (the people first, or the union's bare verb last)."""

from __future__ import annotations

import copy

import pytest

from assistant.conversation.edit_ops import matching
from assistant.conversation.edit_refs import normalise, parse_items
from assistant.conversation.edit_requests import EditParser
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.measures import compose_measure, problems
from assistant.conversation.notices import notice_measure, read_facts, uploaded_notices
from assistant.domain.calendar import load_calendar
from assistant.domain.passages import KIND_UPLOAD, Passage
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.fixture(scope="module")
def parser(offline) -> EditParser:
    return EditParser(offline.structure, load_edit_words())


# ---------------------------------------------------------------------------------------------------- section + ordinals

_SHORT = {"女工": "women", "文体": "culture", "退休": "retirees", "经费": "finance", "维权": "welfare",
          "民主管理": "democracy"}
_UNDER = ("底下", "下面的", "下边", "里的", "下头")
_COUNTED = {"2号到3号那几条": [2, 3], "第三条": [3], "1号和3号两条": [1, 3], "2到3条": [2, 3], "第1、3条": [1, 3]}


@pytest.mark.parametrize("short,under,counted", [
    (s, u, c) for i, (s, u, c) in enumerate(
        (s, u, c) for s in _SHORT for u in _UNDER for c in _COUNTED) if i % 4 == 0])
def test_a_short_section_name_a_word_of_place_and_counted_items_are_one_reference(parser, short, under, counted):
    message = f"{short}{under}{counted}先拿掉，下个月再议"
    request = parser.parse(normalise(message, load_edit_words()), {})
    assert request is not None and request.op == "delete", message
    assert request.section == _SHORT[short], message
    assert request.items.positions == _COUNTED[counted], message


def test_the_delete_takes_the_counted_items_of_the_named_section_while_another_is_open(offline):
    conversation = open_plan(offline, current="women")
    before = copy.deepcopy(conversation.session.plan)
    culture = items(before, "culture")
    reply = send(conversation, "文体底下2号到4号那几条先去掉，场地还没落实")
    plan = conversation.session.plan
    assert items(plan, "culture") == [culture[0], *culture[4:]]
    assert "文体活动" in reply.text
    assert others_unchanged(before, plan, "culture")


@pytest.mark.parametrize("message,key,field,value", [
    ("退休那部分的第2号不要了", "retirees", "positions", [2]),
    ("女工下边头两条换换顺序", "women", "head", 2),
    ("经费下面后两条删了", "finance", "tail", 2),
    ("文体底下最后一条去掉", "culture", "from_end", 1),
])
def test_items_counted_from_either_end_or_by_a_bare_hao_stay_in_the_named_section(parser, message, key, field, value):
    request = parser.parse(normalise(message, load_edit_words()), {})
    assert request is not None and request.section == key, message
    said = request.items
    if request.op == "swap":  # the two places are kept as the items and the other item
        assert said.positions + request.other.positions == [1, 2], message
    else:
        assert getattr(said, field) == value, message


@pytest.mark.parametrize("message", ["请按第3号文件执行", "5月2号到4号那几天有考试", "运动会定在9月3号和5号两天", "10月1号到7号放假"])
def test_dates_said_with_hao_stay_dates(message):
    words = load_edit_words()
    assert parse_items(normalise(message, words), words).positions == []


# ---------------------------------------------------------------------------------------------------- told by its thing

@pytest.mark.parametrize("needle,expected", [("拉乒乓球队", [1]), ("弄联欢会", [5]), ("搞兴趣小组", [4])])
def test_an_item_told_by_a_verb_of_ones_own_and_its_thing_is_found_by_the_thing(needle, expected):
    texts = ["成立乒乓球队，每周训练一次。", "春天组织健步走。", "秋天办一次趣味运动会。", "书法、摄影兴趣小组定期活动。",
             "年底开一场迎新联欢会。"]
    assert matching(needle, texts) == expected


def test_a_delete_by_a_verb_and_thing_with_no_section_open_finds_the_item(offline):
    conversation = open_plan(offline, current=None)
    send(conversation, "建心理咨询室那条删了吧，区里统一安排了")
    assert "设立教职工心理咨询室，开展减压活动。" not in items(conversation.session.plan, "welfare")
    assert len(items(conversation.session.plan, "welfare")) == 3


# ---------------------------------------------------------------------------------------------------- undo by step

def test_the_first_step_taken_back_keeps_the_second(offline):
    conversation = open_plan(offline, current="culture")
    send(conversation, "删掉第2条")
    send(conversation, "保障措施的1、2两条互换")
    swapped = items(conversation.session.plan, "safeguards")
    reply = send(conversation, "不好意思，第一步不要了")
    assert "撤销" in reply.text
    assert len(items(conversation.session.plan, "culture")) == 5
    assert items(conversation.session.plan, "safeguards") == swapped


def test_the_last_step_named_by_its_number_is_a_plain_undo(offline):
    conversation = open_plan(offline, current="culture")
    start = items(conversation.session.plan, "safeguards")
    send(conversation, "删掉第2条")
    send(conversation, "保障措施的1、2两条互换")
    reply = send(conversation, "第二步的修改撤回，删的那条照旧")
    assert "撤销" in reply.text
    assert items(conversation.session.plan, "safeguards") == start
    assert len(items(conversation.session.plan, "culture")) == 4


def test_a_step_that_was_not_made_is_refused(offline):
    conversation = open_plan(offline, current="culture")
    send(conversation, "删掉第2条")
    before = items(conversation.session.plan, "culture")
    reply = send(conversation, "第三步不要了")
    assert "没有第3步" in reply.text
    assert items(conversation.session.plan, "culture") == before


@pytest.mark.parametrize("message", ["退返去", "改返去啦"])
def test_going_back_said_in_cantonese_is_an_undo(parser, message):
    request = parser.parse(message, {})
    assert request is not None and request.op == "undo"


# ---------------------------------------------------------------------------------------------------- renaming

@pytest.mark.parametrize("message", ["局里来了通知，心理咨询室从今往后一律叫心理驿站，处处都要改", "心理咨询室以后都叫心理驿站，通篇一率换掉"])
def test_a_name_that_holds_from_now_on_is_replaced_in_the_whole_plan(offline, message):
    conversation = open_plan(offline, current="culture")
    send(conversation, message)
    assert "设立教职工心理驿站，开展减压活动。" in items(conversation.session.plan, "welfare")


# ---------------------------------------------------------------------------------------------------- uploads

@pytest.mark.parametrize("message", ["上回那个文件你理成一条，放到哪块合适你定", "把区里那份通知汇总成一项，塞进合适的地方"])
def test_an_upload_condensed_into_one_item_is_an_addition_of_the_notice(parser, message):
    request = parser.parse(message, {})
    assert request is not None and request.op == "add" and request.notice


_RECOMMENDING = """江城市教育工会

江教工〔2027〕8号

关于做好2027年度江城市“最美班主任”推荐工作的通知

各学校工会：

现开展“最美班主任”推荐评选，每校限报1人。

一、推荐程序
1.学校工会组织民主推荐并公示；
2.请在2027年10月25日前把推荐表和个人简历报市教育工会。

联系人：某某
"""


def test_a_notice_heading_under_the_issuing_body_is_its_title_and_a_recommendation_is_written_as_such():
    passage = Passage(text=_RECOMMENDING, source="up.txt", title="up", section="", kind=KIND_UPLOAD, owner="school")
    [notice] = uploaded_notices([passage], "school")
    assert notice.title == "关于做好2027年度江城市“最美班主任”推荐工作的通知"
    facts = read_facts(notice)
    measure = notice_measure(facts, "教职工", ("教职工",), 150)
    assert "最美班主任" in measure and "推荐" in measure and "10月25日" in measure
    assert "关于" not in measure and "联系人" not in measure and "参加" not in measure


# ---------------------------------------------------------------------------------------------------- measure shapes

@pytest.fixture(scope="module")
def calendar():
    return load_calendar()


def test_people_told_first_are_written_as_for_whom_the_measure_is(calendar):
    words = load_edit_words()
    measure = compose_measure("在咱们学校干满二十年的班主任，教师节给发个纪念章表扬表扬", "ethics", words, calendar)
    assert measure.startswith("教师节") and "为在我校从教满二十年的班主任颁发纪念章" in measure
    assert not problems(measure, words)
    for spoken in ("干满", "发个", "咱们", "表扬表扬"):
        assert spoken not in measure


def test_the_unions_bare_verb_takes_the_action_the_situation_tells(calendar):
    words = load_edit_words()
    measure = compose_measure("社区医院说能帮退休教职工集中预约，去打流感的苗子，工会出个面张罗一哈，愿意的才报名，莫搞强制",
                              "retirees", words, calendar)
    assert "退休教职工打流感疫苗" in measure and "报名" in measure and measure.startswith("工会出面")
    for spoken in ("一哈", "苗子", "出个面", "莫搞"):
        assert spoken not in measure
