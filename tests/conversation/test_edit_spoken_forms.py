"""Families of spoken edit phrasings that new users type (our own sentences, built from general Chinese usage):
colloquial ordinals, positions, delete verbs and section pointers (老三, 倒数第二, 打头, 垫底, 整没了, 那嘎达); several
targets in one delete or move; a word replaced inside one item with a reason after the comma; a pointer back to
something said before; a measure told with no command word (added, not polished); an upload distilled in everyday
words; a new name given without the old one; and spoken words of an added measure written as plans write them."""

from __future__ import annotations

import itertools

import pytest

from assistant.conversation.edit_requests import EditParser
from assistant.conversation.edit_words import load_edit_words
from assistant.conversation.intent import load_exemplars, recognise
from assistant.conversation.measures import formalise
from assistant.domain.vocab import Intent
from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send


@pytest.fixture(scope="module")
def parser(offline) -> EditParser:
    return EditParser(offline.structure, load_edit_words())


def _edit(parser: EditParser, offline, message: str):
    found = recognise(message, offline.structure, parser, load_exemplars())
    return found.edit


# ---------------------------------------------------------------------------------------------------- ordinals

_SECTIONS = {"女工": "women", "文体": "culture", "退休": "retirees", "经费": "finance", "维权": "welfare"}
_POINTERS = ("那嘎达", "那疙瘩", "那一摊", "那头的", "那块儿", "那旮旯")
_VERBS = ("整没了", "给拿了", "撸掉", "干掉", "划了", "勾掉", "叉掉", "踢了", "毙掉", "给删了")
_ORDINALS = {"第四条": ("positions", [4]), "老三那条": ("positions", [3]), "倒数第二个": ("from_end", 2),
             "排老大的那项": ("positions", [1]), "最后头那个": ("from_end", 1), "老幺那条": ("from_end", 1)}


@pytest.mark.parametrize("section,pointer,verb,ordinal", [
    (s, p, v, o) for (s, p), v, o in zip(itertools.cycle(itertools.product(_SECTIONS, _POINTERS)),
                                          _VERBS * 5, itertools.cycle(_ORDINALS))
][:48])
def test_spoken_ordinals_pointers_and_verbs_delete_the_item_of_the_named_section(parser, offline, section, pointer,
                                                                                 verb, ordinal):
    message = f"{section}{pointer}{ordinal}{verb}，今年用不上"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete", message
    assert request.section == _SECTIONS[section], message
    field, value = _ORDINALS[ordinal]
    assert getattr(request.items, field) == value, message


@pytest.mark.parametrize("message,positions,from_end,dest", [
    ("排老三的那个挪到打头", [3], 0, "first"),
    ("把老四那条放到排头", [4], 0, "first"),
    ("第二条调到最前头", [2], 0, "first"),
    ("第一条搁到垫底", [1], 0, "last"),
    ("老大那个挪到最后头", [1], 0, "last"),
    ("倒数第二项放到最前边", [], 2, "first"),
    ("把排老二的放到垫底", [2], 0, "last"),
    ("老五那项调去打头", [5], 0, "first"),
    ("把第三条挪到排尾", [3], 0, "last"),
    ("从后头数第二条放到最前面", [], 2, "first"),
])
def test_spoken_positions_move_the_item(parser, offline, message, positions, from_end, dest):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "move", message
    assert (request.items.positions, request.items.from_end, request.dest) == (positions, from_end, dest)


def test_a_nickname_with_lao_in_an_item_is_no_position(parser, offline):
    request = _edit(parser, offline, "删掉老大难问题那条")
    assert request is not None and request.op == "delete" and not request.items.positions


def test_third_one_moved_first_on_the_plan(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "眼下排老三那项提到打头")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [before[2], before[0], before[1], *before[3:]]
    assert others_unchanged(start, conversation.plan, "culture")


def test_second_to_last_of_a_named_section_goes_while_another_is_open(offline, start):
    conversation = open_plan(offline, "democracy")
    reply = send(conversation, "文体那疙瘩倒数第二个整没了吧，今年不搞")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [*before[:-2], before[-1]]
    assert "文体活动" in reply.text
    assert others_unchanged(start, conversation.plan, "culture")


# ---------------------------------------------------------------------------------------------------- several targets

_JOINS = ("还有", "以及", "加上", "连同", "外加", "跟", "和")
_NAMED = {"书法": 4, "联欢会": 5, "乒乓球": 1}


@pytest.mark.parametrize("position,join,named,verb", [
    (p, j, n, v) for p, j, n, v in itertools.islice(zip(
        itertools.cycle((2, 3)), itertools.cycle(_JOINS), itertools.cycle(_NAMED),
        itertools.cycle(("都删了", "都划了", "一起拿掉", "都不要了", "都撸掉"))), 42)
])
def test_a_position_and_an_item_told_by_its_content_are_both_deleted(parser, offline, position, join, named, verb):
    for message in (f"第{position}条{join}{named}那条{verb}", f"{named}那条{join}第{position}条{verb}"):
        request = _edit(parser, offline, message)
        assert request is not None and request.op == "delete", message
        assert request.items.positions == [position] and request.items.text == named, message


def test_both_targets_are_deleted_on_the_plan(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第二条还有联欢会那项一起划掉，今年不办")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [before[0], before[2], before[3]]


@pytest.mark.parametrize("message,positions", [
    ("第1、第3俩条挪到最后", [1, 3]), ("第二、第四这俩条往后放到最后", [2, 4]), ("三、四俩条挪到最后面", [3, 4]),
    ("第2跟第3两条放到最后", [2, 3]), ("二三两条往最后挪", [2, 3]), ("把一、二两条放到末尾", [1, 2]),
    ("第1、第2仨条挪到最后", [1, 2]), ("第3、第4俩条放到垫底", [3, 4]),
])
def test_several_items_in_one_move(parser, offline, message, positions):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "move" and request.items.positions == positions, message
    assert request.dest == "last"


def test_two_items_moved_together_keep_their_order(offline, start):
    conversation = open_plan(offline, "finance")
    send(conversation, "女工那块，第3、第4俩条挪到末尾")
    before = items(start, "women")
    assert items(conversation.plan, "women") == [before[0], before[1], *before[4:], before[2], before[3]]


# ---------------------------------------------------------------------------------------------------- inside one item

_INSIDE = ("里", "里面的", "里头的", "中的", "里的")
_REASONS = ("太频繁了", "场地不够", "大家提议的", "经费有限", "时间冲突")


@pytest.mark.parametrize("n,inside,old,new,reason", [
    (n, i, o, w, r) for (n, i), (o, w), r in zip(itertools.product((1, 2, 3), _INSIDE),
                                                 itertools.cycle((("每周", "每月"), ("春季", "秋季"), ("区级", "市级"))),
                                                 itertools.cycle(_REASONS))
])
def test_a_word_inside_an_item_is_replaced_and_the_reason_is_no_new_text(parser, offline, n, inside, old, new, reason):
    message = f"第{n}条{inside}{old}换成{new}，{reason}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "replace", message
    assert (request.old, request.new, request.items.positions) == (old, new, [n]), message


def test_only_the_word_changes_inside_the_item(offline, start):
    conversation = open_plan(offline, "culture")
    send(conversation, "第2条里春季换成秋季，春天活动太多")
    before = items(start, "culture")
    assert items(conversation.plan, "culture") == [before[0], before[1].replace("春季", "秋季"), *before[2:]]


# ---------------------------------------------------------------------------------------------------- said before

_BACK = ("上次说的", "上回讲过的", "之前提的", "前几天商量的", "上礼拜定的", "刚才聊到的", "前两天说过的", "以前提到的")


@pytest.mark.parametrize("back,noun,verb", [
    (b, n, v) for b, n, v in zip(_BACK * 5, itertools.cycle(("比赛", "讲座", "联欢会", "培训", "活动")),
                                 itertools.cycle(("删掉", "不要了", "拿掉", "去掉吧")))
])
def test_a_pointer_back_looks_for_the_thing_named_not_the_pointer(parser, offline, back, noun, verb):
    message = f"{back}那个{noun}{verb}"
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "delete" and request.items.text == noun, message


@pytest.mark.parametrize("message", ["上次说的那个删掉", "之前提的那条不要了", "上回讲的那项拿掉"])
def test_a_pointer_back_with_nothing_named_is_asked(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is not None and request.items.vague and not request.items.text


def test_a_contest_said_before_that_several_sections_hold_is_asked_about(offline, start):
    conversation = open_plan(offline)
    reply = send(conversation, "前阵子聊过的那个比赛不搞了，删了吧")
    assert "哪" in reply.text and "删除" not in reply.text
    assert conversation.plan.sections == start.sections


# ---------------------------------------------------------------------------------------------------- told as a measure

_MEASURES = [
    "9月份工会组织新来的老师参观校史馆",
    "每学期末工会派人去看望生病住院的老同志",
    "教师节前后组织大家拍一张全家福，挂在教工之家",
    "五一前后工会组织一次登山，自愿报名",
    "天冷了，12月份给每位老师发一副手套",
    "女同志们体检以后，工会请医生来解读一下报告",
    "端午节工会组织包粽子，送给退休老同志",
    "期中考试后组织青年教师开个座谈会，听听他们的想法",
    "暑假工会安排人走访困难教职工家庭",
    "每个月最后一个周五工会组织读书分享",
    "重阳节前后工会带退休老师去公园转转",
    "寒假前组织女教职工学学防诈骗知识，出几道题考考大家",
    "开学初工会帮新老师办理入会手续",
    "11月工会组织教职工义务献血，自愿参加",
    "三八节让女老师们学插花，做得好的发个小礼品",
    "学期末工会给班主任们送一份慰问品",
    "6月份工会请律师来给大家讲讲劳动合同",
    "每年冬至工会组织大家包饺子",
    "中秋节前后工会给困难老师送月饼",
    "元旦前后工会组织迎新年趣味游戏",
    "植树节那天工会带领教职工去河边种树",
    "母亲节让女老师们写一封家书",
    "10月份工会组织教职工秋游，路线自己选",
    "开学初工会安排人帮新老师办好饭卡",
    "期末工会给退休的老校长送挂历",
    "4月份工会组织篮球友谊赛，年级组各出一队",
    "暑假前工会组织一次防溺水知识培训",
    "每周三下午工会组织瑜伽练习，自愿参加",
    "春节前工会上门慰问退休老同志",
    "5月份工会带女老师去学插花",
    "清明前后工会组织教职工祭扫烈士墓",
    "儿童节工会给教职工的孩子发点小礼物",
    "寒假工会安排人逐户走访困难职工",
    "每学期工会组织一次青年教师读书沙龙",
    "教师节工会组织表彰优秀班主任",
    "3月份工会组织大家学学新修订的工会法",
    "每个月工会派人慰问生病的老师",
    "期中后工会组织教职工打卡健步走",
    "劳动节前后工会评选一批劳动模范",
    "年底工会帮退休老师办理体检预约",
]


@pytest.mark.parametrize("message", _MEASURES)
def test_a_measure_told_with_no_command_is_an_addition(parser, offline, message):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == "add" and request.contents, message


@pytest.mark.parametrize("message,kind", [
    ("教代会一年开几次？", Intent.ASK),
    ("工会经费能不能用来买体检卡", Intent.ASK),
    ("这段话帮我改得正式一点：我们学校工会每年组织老师们体检", Intent.REWRITE),
    ("我们学校一共有60位老师，其中女老师48位", Intent.ASK),
    ("上学期工会组织过一次登山，大家反响很好", Intent.ASK),
    ("工会每学期组织几次活动比较合适", Intent.ASK),
    ("开始写女职工工作", Intent.DRAFT),
])
def test_questions_stories_and_commands_are_not_read_as_measures(parser, offline, message, kind):
    found = recognise(message, offline.structure, parser, load_exemplars())
    assert found.kind == kind and (found.edit is None or found.edit.op != "add"), message


def test_a_measure_told_is_added_where_it_belongs_in_plan_words(offline, start):
    conversation = open_plan(offline, "women")
    reply = send(conversation, "退下来的老教师年年要交认证材料，不少人弄不明白，到了9月工会派专人逐户去帮忙办")
    added = [i for i in items(conversation.plan, "retirees") if i not in items(start, "retirees")]
    assert len(added) == 1 and "退休" in reply.text
    assert all(w not in added[0] for w in ("帮忙办", "弄不明白", "老同志"))
    assert items(conversation.plan, "women") == items(start, "women")


# ---------------------------------------------------------------------------------------------------- rename

@pytest.mark.parametrize("message", [
    "上级工会改叫江城市教育科技工会，旧名字统一换成新的",
    "咱们的上级工会更名为江城市教育科技工会了，计划中以前那个称呼全部改掉",
    "区里机构改革，上级工会如今叫江城市教育科技工会，以前的叫法都改过来",
])
def test_a_new_name_without_the_old_one_replaces_the_name_of_the_same_kind(offline, start, message):
    conversation = open_plan(offline)
    send(conversation, message)
    assert conversation.plan.profile.upper_union == "江城市教育科技工会"
    assert "江城市第三小学工会" in conversation.plan.profile.union_name


def test_a_new_name_with_no_name_of_its_kind_changes_nothing(offline, start):
    conversation = open_plan(offline)
    reply = send(conversation, "食堂如今叫学生营养餐服务中心，老名字一律改掉")
    assert "原名称" in reply.text and conversation.plan.sections == start.sections


# ---------------------------------------------------------------------------------------------------- plan words

@pytest.mark.parametrize("spoken,banned", [
    ("委员们轮流盯现场", "盯"), ("活动当天委员们在现场盯着", "盯"), ("老人用手机刷脸总搞不定", "搞不定"),
    ("委员上门帮着弄一下", "帮着弄"), ("出份题目让大家答答", "答答"), ("得分高的送点小礼物", "送点"),
    ("工会张罗一场联欢", "张罗"), ("委员们帮忙跑腿", "跑腿"), ("给退休老师拉个微信群", "拉个"), ("找老同志唠唠嗑", "唠"),
    ("退休老师弄不了网上认证", "弄不了"), ("奖几个小礼品", "奖几个"),
])
def test_spoken_words_of_an_added_measure_are_written_as_plans_write_them(spoken, banned):
    assert banned not in formalise(spoken, load_edit_words()), spoken


def test_the_school_renamed_without_its_old_name_is_renamed_everywhere(offline, start):
    conversation = open_plan(offline)
    send(conversation, "学校合并后现在叫江城市育英小学，原来的校名都改过来")
    assert conversation.plan.profile.school == "江城市育英小学"
    assert "江城市第三小学" not in " ".join(p for s in conversation.plan.sections.values() for p in s.paragraphs)


@pytest.mark.parametrize("message,op", [
    ("那个第三条就别写了", "delete"), ("第三个不用留", "delete"), ("把第三条撂了", "delete"), ("第四条省了吧", "delete"),
    ("第四条就算了吧", "delete"), ("把第二条清了", "delete"), ("第一条和最后一条换一换", "swap"),
    ("第三条挪上去一个", "move"), ("第五项提到前面来", "move"), ("最上头那条删了", "delete"),
])
def test_more_everyday_verbs_of_dropping_moving_and_swapping(parser, offline, message, op):
    request = _edit(parser, offline, message)
    assert request is not None and request.op == op and (request.items.given() or request.op == "swap"), message


def test_the_place_said_as_a_clause_is_the_item_not_the_destination(parser, offline):
    request = _edit(parser, offline, "排在最后的那个调到最前面")
    assert request is not None and request.op == "move"
    assert (request.items.from_end, request.dest) == (1, "first")


@pytest.mark.parametrize("message,noun", [
    ("那个联欢会上回说了不办，删了吧", "联欢会"), ("上次开会说的那个讲座拿掉", "讲座"), ("我上次提的那个培训不搞了，去掉", "培训"),
    ("之前跟你说的那个活动取消了，删掉它", "活动"),
])
def test_a_pointer_back_said_after_the_thing_or_with_words_between(parser, offline, message, noun):
    request = _edit(parser, offline, message)
    assert request is not None and request.items.text == noun and request.items.earlier, message


def test_a_pointer_back_at_several_items_with_nothing_named_is_asked(parser, offline):
    request = _edit(parser, offline, "刚才聊的那两项都去掉")
    assert request is not None and request.items.vague and not request.items.text


@pytest.mark.parametrize("spoken,opening", [
    ("寒假前组织女教职工学习防诈骗知识", "寒假前"), ("期中后组织教职工健步走", "期中后"), ("开学之前组织新教师培训", "开学前"),
])
def test_a_point_of_the_school_year_with_its_side_stays_together(offline, spoken, opening):
    from assistant.conversation.measures import compose_measure
    from assistant.domain.calendar import load_calendar

    measure = compose_measure(spoken, "culture", load_edit_words(), load_calendar())
    assert measure.startswith(opening) and f"{opening[:-1]}期间，前" not in measure, measure
