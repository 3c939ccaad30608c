"""Formal rewriting on development round 76 (forty-first session): Wu 伲 and 勿 before a verb of taking, 辰光 for a
length of time and a sign-up "closed when full"; Cantonese 朝早, 等齐, 系 before a weekday and 唔该晒; Jin and
Central Plains 前头 + rows, 散了场, 可红火, 起码得有, 整个 + an event, people counted with 个 in a match; south-western
晾起, 想耍的, 孃孃, 眼看 … 要到了, what is over a subsidy, 随便选; minutes said as speech (讨论了X的事, 过一遍, 办好); and
what rewriting broke: 老花镜 turned into "花老师镜" by the 老X → X老师 rule. Every sentence
is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_wu_pronouns_negation_and_a_sign_up_closed_when_full():
    out = _formal("重阳节伲工会请退休老师吃茶，位子有限，报满了就勿收。辰光大概一个钟头。")
    assert "伲" not in out and "勿" not in out and "额满为止" in out and "时间" in out, out


def test_cantonese_morning_gathering_weekday_and_thanks():
    out = _formal("4月18号，系礼拜六，朝早9点喺体育馆门口等齐，唔该晒！")
    for word in ("朝早", "等齐", "系", "晒"):
        assert word not in out, (word, out)
    assert "上午" in out and "集合" in out and "周六" in out, out


def test_jin_and_central_plains_words_of_a_show_and_a_match():
    out = _formal("学校礼堂前头两排留给退休老同志，散了场每人发一盒月饼，可红火哩。")
    assert "前两排" in out and "散了场" not in out and "红火" not in out, out
    out = _formal("工会5月要整个拔河比赛，每队10个人，8个上场2个替补，起码得有3名女老师。")
    assert "举办拔河比赛" in out and "8名上场" in out and "2名替补" in out and "至少有3名" in out, out


def test_south_western_words_and_what_is_over_a_subsidy():
    out = _formal("眼看端午要到了，工会在食堂包粽子，每人补贴30块，多了的各人自己补，馅料随便选，不会包的食堂的刘孃孃教。想耍的群里接龙。")
    assert "端午即将来临" in out and "超出部分由个人承担" in out and "自选" in out, out
    assert "刘师傅" in out and "孃" not in out and "想耍" not in out, out
    assert "晾干" in _formal("腊肉挂在阳台上晾起。")


def test_minutes_said_as_speech_are_written_formally():
    out = _formal("会上讨论了职工书屋的事。书屋账目交给经审委员会过一遍，一般5个工作日内办好。")
    assert "职工书屋事宜" in out and "审核" in out and "办结" in out and "过一遍" not in out, out


def test_reading_glasses_stay_when_the_old_x_rule_names_colleagues():
    out = _formal("看不清的老师把老花镜带上，找工会的老陆报名。")
    assert "老花镜" in out and "花老师" not in out and "陆老师" in out, out


def test_an_extension_number_in_a_paragraph_about_money_gets_no_yuan():
    out = _formal("每人补贴30块夜宵费。有事打工会办公室分机6312，或到302房间找我。")
    assert "6312元" not in out and "6312" in out and "30元" in out, out
    out = _formal("每人补贴30块，超过两千的部分自理，有事打分机6312。")
    assert "2000元" in out and "6312元" not in out, out  # the amount still gets its unit, the extension does not


def test_a_tag_question_seeking_agreement_closes_the_statement():
    out = _formal("全程不用一颗钉子，听着就很神奇对不对？材料费每人40块。")
    assert "对不对" not in out and "是否对" not in out and "很神奇。" in out, out


def test_a_concise_rewrite_keeps_how_few_places_are_given():
    out = rewrite("名额只有12个，因为场地小，先到先得，报名找工会小周。", "concise").text
    assert "先到先得" in out and "12" in out, out
