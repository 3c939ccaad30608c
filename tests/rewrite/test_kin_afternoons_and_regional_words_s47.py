"""Formal rewriting on development round 88 (forty-seventh session): a colleague called older sister or brother
(陈姐, 王哥) is X老师, after a worker's post X师傅; a clock time after school or work is on the 24-hour clock; yuan
before 全部/都 and a payer are money; 有点 before a noun is 有些, never 略; walking on (往上走走) is no visit; an adverb
or verb doubled as ABAB (亲近亲近) is said once; 来年 before a month is 次年; 公式 of days posted is 公示; a call of good
news alone goes; the regional words of carrying home (端回家), a power strip (拖板) and one by one (挨个) are written
plainly. Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_a_colleague_called_sister_or_brother_is_addressed_as_a_teacher():
    out = rewrite("报销单据交给刘姐，她统一送财务室。", "formal").text
    assert "刘老师" in out and "刘姐" not in out, out
    out = rewrite("横幅请孙哥提前挂好。", "formal").text
    assert "孙老师" in out, out
    kin = rewrite("我哥哥也在本校任教。", "formal").text
    assert "哥哥" in kin, kin
    worker = rewrite("钥匙放在门卫赵哥那里。", "formal").text
    assert "赵师傅" in worker and "赵老师" not in worker, worker


def test_a_time_after_school_is_written_on_the_24_hour_clock():
    out = rewrite("活动室每天放学以后5点到7点开放。", "formal").text
    assert "17时" in out and "19时" in out, out


def test_an_amount_before_all_of_it_paid_is_yuan():
    out = rewrite("车票一个人45块全部工会出。", "formal").text
    assert "45元" in out and "45块" not in out, out


def test_a_little_of_a_thing_is_some_of_it_and_a_little_of_a_state_is_slight():
    out = rewrite("油漆刚刷完，楼道里有点味道，开窗就好。", "formal").text
    assert "略味道" not in out and "有些味道" in out, out


def test_walking_on_is_no_visit_and_a_doubled_word_is_said_once():
    out = rewrite("大家沿着河堤往前走走，亲近亲近大自然。", "formal").text
    assert "参观" not in out and "亲近亲近" not in out and "亲近大自然" in out, out


def test_the_year_after_before_a_month_and_a_posting_typed_as_a_formula():
    out = rewrite("补贴从11月发到来年3月。", "formal").text
    assert "次年3月" in out and "明年" not in out, out
    out = rewrite("评选结果在公示栏公式3个工作日。", "formal").text
    assert "公示3个工作日" in out and "公式" not in out, out


def test_a_call_of_good_news_alone_goes():
    out = rewrite("好消息！好消息！工会活动室添了两台跑步机，欢迎大家来用。", "concise").text
    assert "好消息" not in out and "跑步机" in out, out


def test_regional_words_of_carrying_home_a_power_strip_and_one_by_one():
    out = rewrite("种好的花苗自己端回家，记得带个拖板来，后勤挨个检查线路。", "formal").text
    assert "带回" in out and "插线板" in out and "逐一" in out, out
    assert "端回" not in out and "拖板" not in out and "挨个" not in out, out
