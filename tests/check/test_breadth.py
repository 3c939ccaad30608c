"""Each defect kind on instances written from the sources (statutes, calendar, school system, 公文 practice), not from
any evaluation case: what a reviewer would send back, and the correct look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

SENIOR = {"school": "东湖高级中学", "school_type": "高中"}
AUTUMN = {"period": "第一学期"}  # September 2027 – January 2028
SPRING = {"period": "第二学期"}  # February – July 2027


FLAGGED = [
    # Named days of the other semester (knowledge/calendar.yaml festivals).
    ("结合全国消防日组织教职工疏散演练。", "out_of_period", "全国消防日", SPRING),
    ("敬老月走访退休教职工。", "out_of_period", "敬老月", SPRING),
    ("结合全国爱眼日开展护眼讲座。", "out_of_period", "全国爱眼日", AUTUMN),
    ("龙抬头时请理发师为教职工义剪。", "out_of_period", "龙抬头", AUTUMN),
    ("全国防灾减灾日组织应急疏散演练。", "out_of_period", "全国防灾减灾日", AUTUMN),
    ("中国农民丰收节组织教职工采摘。", "out_of_period", "中国农民丰收节", SPRING),
    # School-year events of the other semester (calendar.yaml period_events).
    ("高考期间做好送考教师的后勤服务。", "out_of_period", "高考", {**AUTUMN, **SENIOR}),
    ("做好新生军训期间教官和班主任的慰问。", "out_of_period", "新生军训", {**SPRING, **SENIOR}),
    ("组织毕业典礼的教职工合唱。", "out_of_period", "毕业典礼", AUTUMN),
    # A deadline after the semester ends.
    ("4月底前完成会员信息核对。", "out_of_period", "4月", AUTUMN),
    ("2027年8月前完成会员信息核对。", "out_of_period", "2027年8月", AUTUMN),
    # Words of other kinds of school (knowledge/school_types.yaml).
    ("关心选科走班后教师的工作量。", "school_type_vocab", "选科", {"school": "青石镇中心小学", "school_type": "小学"}),
    ("组织骨干教师赴实训基地交流。", "school_type_vocab", "实训基地", {}),
    ("做好小升初衔接阶段教师的关怀。", "school_type_vocab", "小升初", SENIOR),
    ("减轻教师批改作业的负担。", "school_type_vocab", "批改作业", {"school": "城南幼儿园", "school_type": "幼儿园"}),
    ("开展园本培训，提升教师素养。", "school_type_vocab", "园本培训", {"school": "河西职业中专", "school_type": "中职"}),
    # The shape of a 通知 (knowledge/policy_terms.yaml notice).
    ("各参赛队：", "pasted_notice", "各参赛队：", {}),
    ("交通、食宿费用由各单位承担。", "pasted_notice", "交通、食宿费用由各单位承担", {}),
    ("未尽事宜另行通知。", "pasted_notice", "未尽事宜另行通知", {}),
    ("参赛人员自行购买意外伤害保险。", "pasted_notice", "自行购买意外伤害保险", {}),
    ("请于4月15日前将报名表发送至区工会。", "pasted_notice", "请于4月15日前", {}),
    ("接到本通知后，请认真组织。", "pasted_notice", "接到本通知后", {}),
    # Spun fixed phrases (knowledge/spinner.yaml).
    ("发扬艰苦搏斗的精神。", "garble", "艰苦搏斗", {}),
    ("建设书籍香校园。", "garble", "书籍香校园", {}),
    ("发挥骨头教师的示范作用。", "garble", "骨头教师", {}),
    # Procedure rules of the statutes (knowledge/procedures.yaml).
    ("教代会决议经到会代表过半数同意即可通过。", "rule", "到会代表过半数同意", {}),
    ("工会委员会由党支部研究决定。", "rule", "工会委员会由党支部研究决定", {}),
    ("学校按工资总额的1%拨缴工会经费。", "rule", "工资总额的1%拨缴工会经费", {}),
    ("经费审查委员会每学期向校长报告审查情况。", "rule", "经费审查委员会每学期向校长报告", {}),
    ("由校长决定罢免工会副主席。", "rule", "由校长决定罢免工会副主席", {}),
    ("女职工委员会在校长室领导下开展工作。", "rule", "女职工委员会在校长室领导下", {}),
    ("落实女教职工生育享受产假90天的规定。", "rule", "产假90天", {}),
    ("保障哺乳时间每天半小时。", "rule", "哺乳时间每天半小时", {}),
    ("闭会期间由工会委员会代行教代会职权。", "rule", "工会委员会代行教代会职权", {}),
    ("教代会代表不得连选连任。", "rule", "教代会代表不得连选连任", {}),
    # Figures that cannot be (assistant/check/figures.py).
    ("我校骨干教师98人。", "impossible_figure", "骨干教师98人", {}),
    ("15月8日召开工会委员会。", "impossible_figure", "15月8日", {}),
    ("定于二月三十日召开座谈会。", "impossible_figure", "二月三十日", {}),
    ("每周星期八开放职工书屋。", "impossible_figure", "星期八", {}),
    ("力争120%的教职工参加健步走。", "impossible_figure", "120%的教职工", {}),
    ("女教职工30人，占教职工总数的80%。", "impossible_figure", "30人，占教职工总数的80%", {}),
    ("3月15日至3月10日开展读书月。", "impossible_figure", "3月15日至3月10日", {}),
    ("我校工会会员86人，女会员90人。", "impossible_figure", "女会员90人", {}),
    ("选出教职工代表45名，教师代表50名。", "impossible_figure", "教师代表50名", {}),
    ("女教职工60人，哺乳期女教职工70人。", "impossible_figure", "哺乳期女教职工70人", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2]}" for c in FLAGGED])
def test_a_new_instance_of_a_known_defect_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in t for t in found(lawbook, text, kind, **changes))


FINE = [
    ("腊八节为教职工送上腊八粥。", "out_of_period", AUTUMN),
    ("全国中小学生安全教育日开展安全培训。", "out_of_period", SPRING),
    ("父亲节前后组织男教职工座谈。", "out_of_period", SPRING),
    ("关心高三教师，做好高考备考阶段的服务。", "out_of_period", {**AUTUMN, **SENIOR}),
    ("2月前完成困难教职工名单上报。", "out_of_period", AUTUMN),
    ("2028年2月前完成会员信息核对。", "out_of_period", AUTUMN),
    ("组织教师到实训基地锻炼。", "school_type_vocab", {"school": "河西职业中专", "school_type": "中职"}),
    ("配合做好幼小衔接。", "school_type_vocab", {"school": "城南幼儿园", "school_type": "幼儿园"}),
    ("正月初一前走访慰问退休教职工。", "school_type_vocab", {"school": "青石镇中心小学", "school_type": "小学"}),
    ("组织教职工参加体检，费用由工会承担。", "pasted_notice", {}),
    ("3月10日前完成困难教职工摸底。", "pasted_notice", {}),
    ("发扬艰苦奋斗精神，建设书香校园。", "garble", {}),
    ("工会主席由工会委员会选举产生，候选人由党支部提名。", "rule", {}),
    ("按工资总额的1.5%提取职工教育经费。", "rule", {}),
    ("女教职工生育享受产假158天，难产的增加产假15天。", "rule", {}),
    ("女职工委员会在校工会领导下开展工作。", "rule", {}),
    ("闭会期间由工会负责日常工作，代表可以连选连任。", "rule", {}),
    ("选举和表决须经全体代表过半数通过。", "rule", {}),
    ("女教职工60人，占教职工总数的65%。", "impossible_figure", {}),
    ("12月28日至1月3日安排教职工轮休。", "impossible_figure", {}),
    ("我校工会会员86人，女会员52人，教职工代表45名，教师代表30名。", "impossible_figure", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
