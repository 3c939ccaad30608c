"""Fifth breadth pass of the checker (families, not instances): a year's span named outside the period, blanks in
angle brackets and to-do markers, a superseded theory leading the work, overtime said as 延长工作时间, holiday work
paid in time off, pay cut for a birth, a committee appointed instead of elected, a count's share said in words, a sum
of listed counts, orders to 各校 inside a sentence, a contest's rules for entries. Every sentence is written for these
tests from the statutes and the calendar, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

YEAR_PLAN = {"period": "年度"}  # January – December 2027
SCHOOL_YEAR = {"period": "学年"}  # September 2027 – August 2028
AUTUMN = {"period": "第一学期"}  # September 2027 – January 2028
PRIMARY = {"school": "青石镇中心小学", "school_type": "小学"}

FLAGGED = [
    # A span of the year named with its year (knowledge/calendar.yaml `dated_spans`).
    ("2025年寒假组织青年教师外出研修。", "out_of_period", "2025年寒假", YEAR_PLAN),
    ("2029年春季举办教职工气排球赛。", "out_of_period", "2029年春季", SCHOOL_YEAR),
    ("2027年上半年完成会员信息采集。", "out_of_period", "2027年上半年", AUTUMN),
    # Blanks by their shape (knowledge/policy_terms.yaml placeholders).
    ("邀请〈单位名称〉的专家来校讲座。", "placeholder", "〈单位名称〉", {}),
    ("读书分享会由<负责人>主持。", "placeholder", "<负责人>", {}),
    ("场地安排：TODO。", "placeholder", "TODO", {}),
    ("自○月起每周三下午开放职工书屋。", "placeholder", "○月", {}),
    # A superseded theory as what leads (knowledge/policy_terms.yaml outdated).
    ("坚持以“三个代表”重要思想为指导，做好新学期工会工作。", "outdated", "以“三个代表”重要思想为指导", {}),
    # Statutory limits and duties (knowledge/policy_terms.yaml statutory_limits).
    ("期末阅卷时每天延长工作时间不超过5小时。", "rule", "延长工作时间不超过5小时", {}),
    ("国庆等法定节假日值班的，统一安排补休，不再发放加班工资。", "rule", "补休", {}),
    ("哺乳期教师的绩效工资按八成发放。", "rule", "按八成", {}),
    ("工会委员会到期后不再改选，由原委员继续任职。", "rule", "不再改选", {}),
    ("新一届工会主席由校长直接任命后接任。", "rule", "由校长直接任命后接任", {}),
    # Figures (assistant/check/figures.py, sums.py).
    ("我校教职工120人，其中青年教师50人，占一半以上。", "impossible_figure", "50人，占一半以上", {}),
    ("语文组8人、数学组7人、英语组6人，共20人。", "impossible_figure", "8人、数学组7人、英语组6人，共20人", {}),
    # A notice's orders and a contest's entry rules (knowledge/policy_terms.yaml notice).
    ("决赛评委由区工会统一聘请，各校不得另行推荐。", "pasted_notice", "各校不得", {}),
    ("征文请用A4纸打印，并在首页注明单位和联系电话。", "pasted_notice", "A4纸打印", {}),
    # Words of another kind of school (knowledge/school_types.yaml).
    ("元旦前组织全体幼儿为老师送贺卡。", "school_type_vocab", "全体幼儿", PRIMARY),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    assert any(span in t or t in span for t in found(lawbook, text, kind, **changes)), found(lawbook, text, kind, **changes)


FINE = [
    ("2027年暑假组织教职工分批疗休养。", "out_of_period", YEAR_PLAN),
    ("2028年春季学期开学前完成宿舍维修。", "out_of_period", SCHOOL_YEAR),
    ("2026年暑假以来，工会已走访新入职教师12人。", "out_of_period", YEAR_PLAN),
    ("二〇二七年三月召开教职工大会。", "placeholder", {}),
    ("学习《〈工会法〉释义》，提高依法维权能力。", "placeholder", {}),
    ("坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。",
     "outdated", {}),
    ("延长工作时间每日不超过1小时、每月不超过30小时，并依法支付报酬。", "rule", {}),
    ("周末加班的优先安排补休；法定节假日加班的，依法支付加班工资。", "rule", {}),
    ("产假期间的工资和绩效照常发放。", "rule", {}),
    ("工会委员会任期届满，按期召开会员大会换届选举。", "rule", {}),
    ("我校教职工120人，其中女教职工70人，占一半以上。", "impossible_figure", {}),
    ("语文组8人、数学组7人、英语组6人，共21人。", "impossible_figure", {}),
    ("组织各年级组参加，确保每位教职工都有项目。", "pasted_notice", {}),
    ("参赛作品由工会统一收集，报送区教育工会。", "pasted_notice", {}),
    ("到幼儿园开展幼小衔接交流。", "school_type_vocab", PRIMARY),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
