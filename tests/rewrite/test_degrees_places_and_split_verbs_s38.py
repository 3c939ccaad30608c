"""Formal rewriting on development round 70 (thirty-eighth session): 通知如下：…一到…就 was read as a condition
(如…就 → 如…，则) and garbled; 发个言 became 发放言; a colleague before 从 was read as a shop (老孙从…庄上); 值周老师
was kept whole as a person named 周; 那家老店 lost only its 那; and regional degree words, plans, places and
questions to the listener of Shanxi, Henan, Sichuan, Yunnan and Shanghai were left as spoken. Every sentence is
written for this test."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_the_ru_of_rushang_is_no_condition():
    out = _formal("跟大家说一下，天一热蚊子就多了，请各办公室关好纱窗。")
    assert "，则" not in out and "蚊子就多了" in out, out
    assert "如有疑问，则" in _formal("如有疑问就找工会办公室。")  # a condition still reads 如…，则


def test_a_separable_verb_keeps_its_halves_together():
    out = _formal("开学典礼上新教师代表要发个言，三分钟以内。")
    assert "发言" in out and "发放" not in out, out
    assert "签字" in _formal("领慰问品的时候签个字就行。")


def test_a_colleague_before_a_preposition_is_named_by_post():
    out = _formal("桂花是后勤老孙从他们村里采的，一共三斤。")
    assert "孙老师" in out and "老孙" not in out, out
    assert "孙师傅" in _formal("桂花是门卫老孙从他们村里采的，一共三斤。")  # a worker's post: 师傅
    assert "老王烧烤" in _formal("聚餐定在老王烧烤，每人60块。")  # a shop named after its owner stays


def test_a_duty_teacher_is_no_person_called_zhou():
    out = _formal("门卫和几个值周老师负责放学时的路队。")
    assert "若干名值周教师" in out, out


def test_a_demonstrative_with_its_measure_word_goes_whole():
    out = _formal("活动后工会请大家去学校东边那家面馆吃碗面。")
    assert "东边面馆" in out and "边家" not in out, out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("昨天那阵风刮得可猛了，操场一地树叶。", "可猛了", "十分猛"),
        ("这次请的师傅手艺老好了。", "老好了", "十分好"),
        ("工会寻摸着下个月组织一次包饺子。", "寻摸", "拟"),
        ("鸡蛋是从他们庄上买的。", "庄上", "村里"),
        ("放学路上莫骑快车。", "莫骑", "不要骑"),
        ("每人交20块，报名找小普登机。", "登机", "普老师登记"),
        ("报名表交给工会的小葛，晓得伐？", "晓得伐", "葛老师。"),
        ("大人小人都可以报名，小囡要大人陪牢。", "陪牢", "成人和儿童"),
    ],
)
def test_regional_words_are_written_in_standard_form(text, gone, kept):
    out = _formal(text)
    assert gone not in out and kept in out, out


def test_a_call_to_listen_and_a_question_to_the_listener_go():
    out = _formal("各位老师听我摆两句。周六去敬老院包饺子，给是要去？要去的找小邓。")
    assert "摆两句" not in out and "给是" not in out and "邓老师" in out, out


def test_the_rest_paid_by_the_staff_is_theirs_to_bear():
    out = _formal("每桌标准500块，超出的大家自己凑。")
    assert "自理" in out and "凑" not in out, out
