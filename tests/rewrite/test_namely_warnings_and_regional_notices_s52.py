"""Formal, concise and specific rewriting on development round 98 (fifty-second session): 即 names what a thing is, it
draws no conclusion, so the concise tone keeps the clause before it; what the reader must not do (不要自己拆, 千万别
碰) is a rule a short notice keeps; a notice's spoken words are written plainly (that 那种 before a thing, 都给 before
a verb, 千万别 as 切勿, 是三个月换一次 as 每三个月, 箱子里面 as 箱内); the regional words of a notice (江淮 往家来, 可照;
东北 合计 before a plan, 大客, 给报, 几点来钟, 二十来度, 头一回; 西南 姐妹伙, 要得, 克接; 吴 搭, 伐; 自个儿, 按人头, 备下)
are written plainly, and who pays (都是工会出的) and no sign-up (不要报名) are said as a notice says them; an outing the
union takes the staff to is an activity whose notice says where, sign-up, safety and cost.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_the_clause_before_namely_is_kept():
    text = ("说个事，这学期开始呢，各年级组原来的那种老式打印机，工会统一都给换成了新的激光一体机，就是能扫描能复印的那种，"
            "不用再排队去文印室了。墨粉的话是两个月换一次，换墨粉这个事情由电教组的师傅来弄，大家千万别自己去拆它。")
    out = rewrite(text, "concise").text
    assert "激光一体机" in out and "打印机" in out, out
    assert "拆" in out, out
    assert "那种" not in out and "都给" not in out, out


def test_spoken_words_of_a_notice_are_written_plainly():
    out = rewrite("大家千万别碰配电箱，滤网是三个月换一次，旧书放到门口纸箱子里面。", "formal").text
    assert "切勿" in out and "每三个月" in out and "纸箱内" in out, out


def test_regional_words_of_a_notice_are_written_plainly():
    out = rewrite("5月9号组织去凤阳看花鼓，下午4点往家来，限35个人，可照？", "formal").text
    assert "往家来" not in out and "可照" not in out and "返回" in out, out
    out = rewrite("工会合计组织看冰灯，坐学校大客去，门票工会给报，晚上7点来钟回，零下十来度，头一回去的多穿点。", "formal").text
    for word in ("合计", "大客", "给报", "来钟", "十来度", "头一回"):
        assert word not in out, (word, out)
    assert "拟组织" in out and "由工会报销" in out and "约十度" in out and "第一回" in out, out
    out = rewrite("姐妹伙些，周五瑜伽课男老师也要得哈，行动不便的工会派车克接。", "formal").text
    assert "姐妹伙" not in out and "要得" not in out and "克接" not in out, out
    out = rewrite("拍子搭球都是工会出的，自个儿带水，不会打也没关系伐，按人头领号码牌，器材都备下了。", "formal").text
    assert "拍子和球" in out and "由工会承担" in out and "伐" not in out, out
    assert "自个" not in out and "按人数" in out and "备下" not in out, out


def test_no_sign_up_is_said_as_a_notice_says_it():
    out = rewrite("周三下午在阅览室包粽子，人数不限，不要报名，直接来。", "formal").text
    assert "无需报名" in out, out


def test_an_outing_the_union_takes_the_staff_to_gets_its_notice_details():
    out = rewrite("初夏时节，工会准备带领教职工去果园摘杨梅，放松身心、增进交流。", "specific").text
    assert "报名" in out and "安全" in out and "经费" in out, out
