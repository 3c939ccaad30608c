"""Thirteenth breadth pass of the checker (general mechanisms, not instances): words quoted verbatim from a statute are
the law's, not the plan's own arrangement; a women's member named at some task is not the union's women's body set
up; an election dropped or an audit skipped in any words; an attendance rate recomputed from its counts (digits or
words); classes times a kindergarten staffing formula; a day of month in Chinese numerals checked against its weekday;
costs put on a notice's entrant units and its attachment list; an ended campaign set as this year's main task. Every sentence is written for these tests from the statutes and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FIRST_TERM = {"period": "第一学期", "year": 2026}

FLAGGED = [
    # the same festival as the school's own event in a first-semester plan is still out of the period
    ("五一国际劳动节安排教工爬山。", "out_of_period", "劳动节", FIRST_TERM),
    # the women's body set up as one member where the women are many
    ("工会委员会中配备一名女工委员，分管女教职工工作。", "rule", "女工委员", {}),
    # rule: an election dropped, whoever then picks the delegate; the union's books kept from its audit committee
    ("补选的两名代表由年级组长直接圈定，不另行组织选举。", "rule", "由年级组长直接圈定，不另行组织选举", {}),
    ("工会委员出缺一名，经研究无需补选，由副主席兼任。", "rule", "无需补选", {}),
    ("工会的账本期末让出纳看一下即可，不必请经审委员会过目。", "rule", "不必请经审委员会过目", {}),
    # impossible_figure: an attendance rate its counts do not give, in digits or in words
    ("第三次会员代表大会应到代表36人，实到35人，到会率100%。", "impossible_figure", "实到35人，到会率100%", {}),
    ("本届代表40名。大会实际出席37名，出席率百分之九十八。", "impossible_figure", "实际出席37名，出席率百分之九十八", {}),
    # impossible_figure: any rate of taking part against the nearest count that holds the part
    ("女教职工64人，参加筛查60人，筛查率100%。", "impossible_figure", "参加筛查60人，筛查率100%", {}),
    ("换届大会共有会员90名，投票85人，投票率百分之九十九。", "impossible_figure", "投票85人，投票率百分之九十九", {}),
    # impossible_figure: classes times a kindergarten staffing formula against the stated total
    ("园内12个班级，每班按两教一保配置，带班人员共计40人。", "impossible_figure", "带班人员共计40人", {}),
    # impossible_figure: a weekday against a date whose day of month is written in Chinese numerals
    ("2026年十二月二十四日（星期一）教工跨年茶话会开场。", "impossible_figure", "二十四日（星期一）", FIRST_TERM),
    # pasted_notice: costs put on the entrant units, an attachment list of forms and scoring rules
    ("区里的广场舞展演，各参演单位的演出服装自行承担。", "pasted_notice", "参演单位的演出服装自行承担", {}),
    ("附件：1. 推荐人选登记表 2. 回执", "pasted_notice", "附件：1. 推荐人选登记表", {}),
    # outdated: an ended campaign set as this year's main task
    ("把精准扶贫作为本学年工会的重点任务。", "outdated", "精准扶贫", {}),
    ("把党纪学习教育当作今年全部工作的主线。", "outdated", "党纪学习教育", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    # a statute's list of holidays quoted word for word names months outside the semester
    ("休息权的依据见劳动法的节日条款：“国际劳动节; (四) 国庆节”。", "out_of_period", FIRST_TERM),
    # a women's member named at a task (a person's role, a cell of who is in charge), not the body set up
    ("孕晚期教师的值周安排，由年级组长与女工委员商量后确定。", "rule", {}),
    ("妇女节插花沙龙请女职工委员牵头。", "rule", {}),
    # elections held, audits done
    ("代表出缺时，由原选区教职工补选。账目按季度交经审委员会审核。", "rule", {}),
    ("工会账目半年一次送经审委员会核查。", "rule", {}),
    # rates that the counts give, or said roughly
    ("应到代表40人，实到39人，到会率97.5%。", "impossible_figure", {}),
    ("应到40人，实到38人，到会率约95%。", "impossible_figure", {}),
    ("园内12个班级，每班配两教一保，带班人员共计36人。", "impossible_figure", {}),
    ("2026年十二月二十四日（星期四）教工跨年茶话会开场。", "impossible_figure", FIRST_TERM),
    ("教工总数120人，女教工64人，参加筛查62人，筛查率97%。", "impossible_figure", {}),
    # the school's own costs
    ("工会为参加比赛的老师定做服装，费用由工会经费列支。", "pasted_notice", {}),
    ("参赛老师的路费由工会按规定报销。", "pasted_notice", {}),
    # building on an ended campaign's results, or looking back on it
    ("巩固拓展脱贫攻坚成果，继续做好结对帮扶。", "outdated", {}),
    ("党史学习教育期间形成的好做法要坚持。", "outdated", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
