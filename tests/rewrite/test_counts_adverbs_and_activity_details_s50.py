"""Formal, concise and specific rewriting on development round 94 (fiftieth session): 千万 as "by all means" is no
number (千万千万要记得 → 务必), 贴 a sheet is no allowance (贴一张封条 stays), a pair's size is 人 (两个人一对 → 两人一对),
俩 at a clause's end is 两个, a floor's room loses its 的, thanks said to someone are 致谢, 男老师女老师 is one noun,
an opener asking the listeners is dropped (never 询问); regional words of an outing are written plainly; a specific
paragraph about an outing gets its place, sign-up, safety and cost, and its own group as who takes part.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_qianwan_as_an_adverb_is_no_number():
    out = rewrite("下班前千万千万要记得关好门窗和电源。", "concise").text
    assert "务必" in out and "千万" not in out, out
    out = rewrite("实验室千万别一个人加班到深夜。", "formal").text
    assert "切勿" in out and "千万" not in out, out


def test_pasting_a_sheet_is_no_allowance():
    out = rewrite("评上的班级会在门口贴一张“文明办公室”的牌子。", "formal").text
    assert "贴一张" in out and "补贴" not in out, out
    out = rewrite("外出学习的车费学校贴三百块。", "formal").text
    assert "补贴300元" in out, out


def test_counts_in_pairs_and_at_a_clauses_end():
    out = rewrite("羽毛球双打两个人一对，自由组合。", "formal").text
    assert "两人一对" in out and "两名" not in out, out
    out = rewrite("做好的灯笼每人拿走俩，其余挂在校门口。", "formal").text
    assert "两个" in out and "俩" not in out, out


def test_spoken_courtesies_and_places_are_written_plainly():
    out = rewrite("各位，问一下哈，周五谁有空帮忙布置会场？", "formal").text
    assert "询问" not in out and "问一下" not in out, out
    out = rewrite("义诊就在办公楼三楼的会议室，看完记得给医生们说声谢谢。", "formal").text
    assert "三楼会议室" in out and "向医生们致谢" in out, out
    out = rewrite("男老师女老师一律欢迎。", "formal").text
    assert "男女教师" in out, out


def test_regional_words_of_an_outing():
    out = rewrite("周末想耍乒乓球的老师，到体育馆集合，简单得很，巴适惨了！", "formal").text
    assert "打乒乓球" in out and "巴适" not in out and "惨了" not in out, out
    out = rewrite("笔墨纸砚甚的由工会准备，写得可不赖。", "formal").text
    assert "等由工会" in out and "甚的" not in out, out


def test_a_specific_outing_gets_its_details_and_its_own_group():
    out = rewrite("工会打算带新入职教师去参观市博物馆，了解本地历史。", "specific").text
    assert "参加对象为新入职教师" in out and "全体教职工" not in out, out
    for detail in ("报名", "安全", "经费"):
        assert detail in out, (detail, out)
    visit = rewrite("工会委员轮流去医院探视住院的同事，带去慰问金。", "specific").text
    assert "保险" not in visit and "报名" not in visit, visit


def test_a_clock_hour_after_zai_keeps_its_hour_in_a_concise_text():
    out = rewrite("值周领导会在晚上九点以后到各楼层巡查一遍。", "concise").text
    assert "21时" in out or "9时" in out, out
    assert "九点" not in out and "9后" not in out, out
