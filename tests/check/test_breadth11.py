"""Eleventh breadth pass of the checker (families, not instances): a contest's rules for the teams on the day and its
judging pasted from the organiser's notice, a name left as stars, a group of workers barred from the union, a meeting
let open or vote with half of its members, an event two years on, a statute named
again by reference (该规定第八条) and quoted wrongly, a part named by a clause without its noun larger than the count
before it, a share its counts do not give, set phrases of education with one character changed, and the real words
beside union and hardship phrases (工会干事, 家境困难). Every sentence is written for these tests from the statutes, the
school calendar and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

SCHOOL_YEAR = {"period": "学年"}  # September 2027 – August 2028
KINDERGARTEN = {"school": "雁塔区晨光幼儿园", "school_type": "幼儿园", "staff": 45, "female_staff": 43}

FLAGGED = [
    # pasted_notice: the teams' kit, what the host brings, the check-in and the judging of a contest's rules
    ("区里6月办教工气排球赛，我校组队参加。各参赛队统一着装，器材由承办学校统一配备。", "pasted_notice", "各参赛队统一着装", {}),
    ("请于比赛开始前15分钟到检录处报到。", "pasted_notice", "前15分钟到检录", {}),
    ("市教育工会的朗诵会我们报一个节目，朗诵会实行当场亮分，获奖名单现场揭晓。", "pasted_notice", "实行当场亮分", {}),
    ("评委由市教育工会从高校邀请专家担任。", "pasted_notice", "评委由市教育工会从高校邀请专家担任", {}),
    # placeholder: a name written as stars
    ("慰问名单由＊＊＊同志汇总。", "placeholder", "＊＊＊", {}),
    ("本学期的会议记录请**主任整理。", "placeholder", "**", {}),
    # rule: a group barred from the union (《工会法》第三条), a meeting opened or put to the vote with half present
    ("学校聘用的校车司机和宿管员均不能加入学校工会。", "rule", "不能加入学校工会", {}),
    ("劳务派遣的保育员暂不吸收入会。", "rule", "暂不吸收入会", {}),
    ("召开教代会时，出席的代表达到一半就可以进行表决。", "rule", "出席的代表达到一半就可以进行表决", {}),
    ("教职工大会到场人数超过半数即可开会。", "rule", "到场人数超过半数即可开会", {}),
    # out_of_period: two years on from a school-year plan
    ("新体育馆落成后，计划在后年5月举办校友教工联谊赛。", "out_of_period", "后年5月", SCHOOL_YEAR),
    ("大后年秋季组织一次教工研学。", "out_of_period", "大后年秋季", SCHOOL_YEAR),
    ("后年元旦组织一次迎新长跑。", "out_of_period", "后年元旦", SCHOOL_YEAR),
    # misquote: a statute named again by reference and quoted wrongly
    ("工会小组先学《女职工劳动保护特别规定》第四条。该规定第六条说得清楚：“对怀孕9个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动。”",
     "misquote", "对怀孕9个月以上的女职工", {}),
    # unknown_article through the same reference
    ("组织学习《劳动合同法》第十二条，同法第一百二十条也要讲清楚。", "unknown_article", "同法第一百二十条", {}),
    # impossible_figure: a part named by a clause without its noun larger than the count before it; a share
    ("学校有班主任36名，年龄在四十岁以上的倒有41名。", "impossible_figure", "年龄在四十岁以上的倒有41名", {}),
    ("全校90名教职工中党员27人，比例高达40%。", "impossible_figure", "党员27人，比例高达40%", {}),
    ("每位选手限报一个项目，每队限报两支。", "pasted_notice", "每队限报两支", {}),
    ("参赛队员一律自带球拍，着装自理。", "pasted_notice", "参赛队员一律自带球拍", {}),
    ("工会通讯由△△老师编辑。", "placeholder", "△△", {}),
    ("会员资格只面向编制内教职工。", "rule", "会员资格只面向编制内", {}),
    ("学校暂不吸纳物业公司的保洁员入会。", "rule", "不吸纳物业公司的保洁员入会", {}),
    ("教职工大会有一半的人到场就可以投票。", "rule", "一半的人到场就可以投票", {}),
    ("全校80名教职工中女教师52人，占到70%。", "impossible_figure", "女教师52人，占到70%", {}),
    # garble: set phrases of education with one character changed
    ("倡导老师们言传身范，做学生的榜样。", "garble", "言传身范", {}),
    ("全园坚持保教接合，科学安排一日生活。", "garble", "保教接合", KINDERGARTEN),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    ("本校运动会由工会委员负责检录和计分。", "pasted_notice", {}),
    ("工会给参加比赛的老师每人买一副球拍。", "pasted_notice", {}),
    ("编外教师和在编教师一样可以入会。", "rule", {}),
    ("创建四星级职工之家，评比结果用★表示。", "placeholder", {}),
    ("校内演讲比赛请退休教师担任评委，比赛成绩当天在教工群公布。", "pasted_notice", {}),
    ("5月组织教职工参加区气排球赛，工会给参赛老师统一订购队服。", "pasted_notice", {}),
    ("**工作重点**老师们要落实。", "placeholder", {}),
    ("由**张老师**负责联络。", "placeholder", {}),
    ("哪个部门都不许阻挠派遣员工入会。", "rule", {}),
    ("值班的老师不能参加工会活动的，另行补发纪念品。", "rule", {}),
    ("不得以聘用身份为由拒绝教职工入会。", "rule", {}),
    ("工会不同意把会费挪作他用。", "rule", {}),
    ("全校80名教职工中女教师52人，占到65%。", "impossible_figure", {}),
    ("教代会到会代表要达到全体代表的三分之二以上才能开会。", "rule", {}),
    ("今后年度继续开展教工读书会。", "out_of_period", SCHOOL_YEAR),
    ("为后年的换届选举做好准备。", "out_of_period", SCHOOL_YEAR),
    ("明年4月带老师们去参加区里的教工运动会。", "out_of_period", SCHOOL_YEAR),
    ("工会小组先学《女职工劳动保护特别规定》第四条。该规定第十一条写明：“在劳动场所，用人单位应当预防和制止对女职工的性骚扰。”",
     "misquote", {}),
    ("青年教师20人，参加过市级比赛的有15人。", "impossible_figure", {}),
    ("全校90名教职工中党员27人，比例为30%。", "impossible_figure", {}),
    ("本届提案的办结率要在九成以上，提案办结情况及时反馈。", "garble", {}),
    ("组织教职工到区保健院体检。", "garble", {}),
    ("满意度调查表请工会干事发到各年级组。", "garble", {}),
    ("春节前走访家境困难的教职工。", "garble", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
