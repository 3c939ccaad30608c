"""Families of spoken phrasing a chair types (regional degree words, 就是的, doubled VO verbs, 谁想…, a decision
put off until the number is known, double negation, 东…西…, 别字) rewritten formally, with every fact kept and
standard wording left alone. Sentences are the tests' own."""

import pytest

from assistant.rewrite.facts import facts
from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten

FORMAL = [
    # (spoken, must appear, must not appear)
    ("这次合唱服穿上怪排场哩。", ["很好看"], ["排场", "哩"]),
    ("饭后大家在草坪上喷喷空。", ["交流"], ["喷"]),
    ("有事提前跟组长说一声就是的。", ["即可"], ["就是的"]),
    ("周末组织会员去植物园看看花。", ["赏花"], ["看望", "看看"]),
    ("没有球鞋的，工会帮着借。", ["协助借用"], ["帮着", "帮助着"]),
    ("演出前请小周给演员化化妆。", ["化妆", "周老师"], ["化化妆", "小周"]),
    ("上学期迟到过的也不是没有。", ["也曾迟到过"], ["不是没有"]),
    ("午休时就让值班的两位老师轮流在门口那儿看着。", ["由值班", "监督"], ["就让", "那儿", "看着"]),
    ("很多人普通话不太行。", ["欠佳"], ["不太行"]),
    ("谁想借书登个记就行。", ["有意借书者", "登记"], ["谁想"]),
    ("先试办一期，人多了再看。", ["人数"], ["再看", "人多"]),
    ("有兴趣的请尽快报明。", ["报名"], ["报明"]),
    ("资料东堆一点西堆一点，柜子里乱七八糟的。", ["分散存放", "杂乱"], ["东堆", "乱七八糟"]),
    ("新来的老师要参加岗前培训。", ["新入职教师"], ["新来的"]),
    ("每件九十块，学校补五十，剩下的四十个人出。", ["90元", "50元", "40元", "个人"], ["块", "剩下"]),
    ("放假前一天工会先给大家过个节。", ["组织教职工欢度节日"], ["过个节"]),
    ("夫妻有一个是本校的就可以申请。", ["一方为"], ["有一个是"]),
    ("那天中午的盒饭学校请。", ["由学校提供"], ["学校请"]),
    ("今年组个志愿服务队。", ["组建志愿服务队"], ["组个"]),
    ("暑假里把图书室改一个阅读角。", ["暑假期间", "改建"], ["暑假里"]),
    ("旅费算下来两千多元。", ["合计"], ["算下来"]),
    ("同事出了车祸在家休养。", ["交通事故"], ["车祸"]),
    ("总务处也没意见。", ["无异议"], ["没意见"]),
    ("没进决赛的也有纪念品。", ["未进入决赛"], ["没进"]),
    ("想学的把笔记本带起就是了。", ["带上即可"], ["带起", "就是了"]),
    ("跑完喝杯姜茶暖暖身子。", ["驱寒"], ["暖暖"]),
    ("报多了就抽签。", ["报名人数超出名额时"], ["报多了"]),
    ("请在门口排对。", ["排队"], ["排对"]),
    ("钱不多，图个热闹。", ["以求热闹"], ["图个"]),
    ("今年的拔河比赛就不搞了，改成跳绳。", ["不再举办"], ["不搞了"]),
    ("这事请刘师傅他们几个商量。", ["刘师傅等人"], ["他们几个"]),
    ("小卖部的水啊面包啊学校买单。", ["水、面包"], ["啊"]),
    ("谁有空谁来，不点名。", ["有空者均可参加"], ["谁有空"]),
    ("值班的报纸自己去拿。", ["自行领取"], ["自己去拿"]),
    ("考场内一根也不准抽。", ["严禁吸烟"], ["一根"]),
    ("比完了把成绩贴在公告栏。", ["比赛结束后"], ["比完了"]),
    ("旧书就算了。", ["除外"], ["就算了"]),
]


@pytest.mark.parametrize("text, present, absent", FORMAL)
def test_spoken_family_is_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text", [
    "活动从简，不讲排场，不摆排场。",  # 排场 as ostentation: the standard word
    "请各组报明理由。",  # 报明 is a word of its own here
    "操场东西两侧设置休息区。",  # 东 and 西 as directions
])
def test_standard_wording_is_left_alone(text):
    assert rewrite(text, "formal").text == text


def test_here_and_there_is_no_clock_time():
    assert not [f for f in facts("材料东塞一点西塞一点") if f.unit == "time"]
    assert [f for f in facts("下午一点集合") if f.unit == "time"]


def test_an_amount_before_geren_chu_is_money_not_people():
    # 四十个人出: 四十 is what is left to pay, 个人 who pays; no count of 40 people to keep.
    assert not [f for f in facts("剩下的四十个人出") if f.unit == "count"]


def test_concise_drops_the_complaint_and_writes_the_rule():
    text = ("资料管理一直做得不好，每次检查都找都找不到，特别被动。因此本学期工会立个规矩：各项活动办完以后三天之内，"
            "由负责的委员把照片交给工会办公室统一归档。")
    out = rewrite(text, "concise").text
    assert "规定" in out and "被动" not in out and "规矩" not in out
    assert "三天" in out and "归档" in out
    assert len(out) <= 0.7 * len(text)


@pytest.mark.parametrize("text, gone, kept", [
    ("学校经过认真研究，决定本学期增设两个兴趣小组，名单由各教研组推荐。", "经过认真研究", "决定本学期增设"),
    ("退休教师座谈会安排在会议室里进行，会后合影。", "会议室里", "会议室进行"),
    ("检查结果将在月底的例会上向全体教职工通报，整改名单同时公示。", "向全体教职工", "通报"),
])
def test_concise_phrases(text, gone, kept):
    out = rewrite(text, "concise").text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text, amount", [
    ("球拍工会统一买，一副一百二，坏了再换。", "120元"),  # buying in the paragraph: a per-piece price
    ("优秀学员每人发一张两百的书店卡。", "200元的"),  # an amount naming a card is money
])
def test_per_piece_price_gets_its_unit(text, amount):
    assert amount in rewrite(text, "formal").text


def test_a_count_per_table_is_no_price():
    assert "元" not in rewrite("每桌十，共五桌。", "formal").text


def test_one_per_group_opening_a_clause_is_each():
    out = rewrite("报告厅坐不下，分三批，一批四十个人。", "formal").text
    assert "每批四十人" in out, out
    # 一 inside a clause, after a verb, is one group: it stays.
    assert "一组" in rewrite("目前只有一组三个人报名。", "formal").text
