"""Twelfth breadth pass of the checker (general shapes, not instances): a template's field left in angle brackets of
any width, a blank marked 待定, the organisers' field lines of an activity notice, the pandemic-era measures of
2020–2022, the union's funds moved to the school (《工会法》第四十七条), the teachers' share of the delegates recomputed
from the counts (《学校教职工代表大会规定》: not under 60%), an article quoted right after a colon with a changed
condition, men and women who do not add up to the count they split when the count names whom it counts, and a price per
head whose product is not the stated sum when the people are counted before the price, sums of money listed one after
another that do not make the total said for them, shares of one division's parts past 100%. Every sentence is written for
these tests from the statutes, the school calendar and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FLAGGED = [
    # placeholder: angle brackets of any width holding a field, a blank marked as still to be decided
    ("6月的教工合唱排练由〈指导老师〉负责。", "placeholder", "〈指导老师〉", {}),
    ("秋季趣味运动会在<场地名称>举行。", "placeholder", "<场地名称>", {}),
    ("读书分享会请＜主持人＞串场。", "placeholder", "＜主持人＞", {}),
    ("困难教职工帮扶小组由（组长待定）牵头。", "placeholder", "（组长待定）", {}),
    ("心理讲座的主讲专家（待确认）由区教育工会推荐。", "placeholder", "（待确认）", {}),
    ("教工篮球友谊赛在（比赛地点）进行。", "placeholder", "（比赛地点）", {}),
    ("新春联欢由「联系人」统一协调。", "placeholder", "「联系人」", {}),
    # pasted_notice: the organisers' field lines of an activity notice
    ("5月参加区里的教工歌咏会，主办单位：区教育局；承办单位：区第三小学。", "pasted_notice", "主办单位：区教育局", {}),
    ("指导单位：区总工会", "pasted_notice", "指导单位：区总工会", {}),
    ("9月参加区教工拔河赛。检录时间：比赛前30分钟。", "pasted_notice", "检录时间：", {}),
    ("录取名次：各组取前六名。", "pasted_notice", "录取名次：", {}),
    # outdated: the pandemic-era measures a plan of 2027 still names
    ("做好教职工新冠疫苗接种工作，接种率达到九成。", "outdated", "新冠疫苗接种", {}),
    ("开学前组织教职工进行抗原自测。", "outdated", "抗原自测", {}),
    ("坚持每日健康打卡，发现异常及时上报。", "outdated", "每日健康打卡", {}),
    # rule: the union's funds moved to the school, the teachers' share of the delegates under 60%
    ("年底把工会经费余下的钱拨给学校添置教学用品。", "rule", "拨给学校", {}),
    ("工会经费可用于学校的办公设备采购。", "rule", "工会经费可用于学校的办公", {}),
    ("本届教代会代表共50名，其中教师代表26名。", "rule", "代表共50名，其中教师代表26名", {}),
    ("选出42名教职工代表，一线教师20名。", "rule", "42名教职工代表，一线教师20名", {}),
    # misquote: an article quoted after a colon, its law named earlier in the line, with a changed condition
    ("组织女教师学习《女职工劳动保护特别规定》，尤其是第九条：“对哺乳未满2周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动。”",
     "misquote", "对哺乳未满2周岁婴儿的女职工", {}),
    # impossible_figure: men and women of a count that names whom it counts; price per head counted before the price
    ("全校88位教职工当中男老师30位、女老师60位。", "impossible_figure", "88位教职工当中男老师30位、女老师60位", {}),
    ("24名困难教职工每人补助金500元，共计1万元。", "impossible_figure", "每人补助金500元，共计1万元", {}),
    # impossible_figure: sums of money listed one after another and a total they do not make
    ("教工运动会奖品2400元、场地布置600元，合计3500元。", "impossible_figure", "合计3500元", {}),
    # impossible_figure: shares of the parts of one division (contract, post) adding up past 100%
    ("在编人员占72%，编外人员占33%。", "impossible_figure", "编外人员占33%", {}),
    ("保育员占比30%，专任教师占比75%。", "impossible_figure", "专任教师占比75%", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    # a title nested in a title uses angle brackets; 另定 says when it will be told
    ("组织学习《关于〈中华人民共和国工会法〉修正草案的说明》。", "placeholder", {}),
    ("春游的具体日期另定，提前一周通知。", "placeholder", {}),
    ("健步走安排在（非工作时间），不占用上课。", "placeholder", {}),
    ("争创「模范职工之家」。", "placeholder", {}),
    # the school's own event says who runs it in a sentence, not as a notice's field line
    ("元旦联欢会由工会主办、各年级组协办。", "pasted_notice", {}),
    # looking back on the pandemic years, and other vaccines
    ("联系社区卫生服务中心为自愿的教职工接种季节性流感疫苗。", "outdated", {}),
    ("回顾疫情期间线上教学的经验。", "outdated", {}),
    # funds the school gives the union, and a rule stated as a ban (the audit written, so that rule is kept)
    ("学校每年划拨给工会的活动经费按时到位。账目按季度交经审委员会审核。", "rule", {}),
    ("工会经费不得划入学校行政经费。账目按季度交经审委员会审核。", "rule", {}),
    ("工会经费年度结余结转下年使用。账目按季度交经审委员会审核。", "rule", {}),
    # the teachers' share at or above 60%
    ("本届教代会代表共50名，其中教师代表32名。", "rule", {}),
    ("本届代表45名，一线教师30名，女代表20名。", "rule", {}),
    # a right quotation after a colon
    ("组织女教师学习《女职工劳动保护特别规定》，尤其是第九条：“对哺乳未满1周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动。”",
     "misquote", {}),
    # counts that add up, and a whole split by sex (no staff count is read from 男教职工)
    ("全校88位教职工当中男老师28位、女老师60位。", "impossible_figure", {}),
    ("120名教职工中，女教职工70人、男教职工50人。", "impossible_figure", {"staff": 120, "female_staff": 70}),
    ("24名困难教职工每人补助金500元，共计1.2万元。", "impossible_figure", {}),
    ("教工运动会奖品2400元、场地布置600元，合计3000元。", "impossible_figure", {}),
    ("读书会购书0.6万元、讲座4000元，合计1万元。", "impossible_figure", {}),
    ("在编人员占72%，编外人员占28%。", "impossible_figure", {}),
    ("女教职工占66%，党员占41%。", "impossible_figure", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
