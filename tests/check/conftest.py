"""A correct plan written for these tests (not taken from any evaluation set), its school, and a helper that plants a
defect into it by replacing text."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.check.review import check_text
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.loading.statutes import LawBook

ROOT = Path(__file__).resolve().parents[2]

SCHOOL = {
    "school": "雁塔区晨光初级中学", "school_type": "初中", "year": 2027, "period": "第二学期",
    "staff": 92, "female_staff": 60, "retirees": 25, "upper_union": "雁塔区教育工会",
}

# A second-semester (February–July) plan of a lower secondary school with 92 staff: Markdown as the app exports it,
# a table between two items of a list, the 落款 after a blank line.
PLAN = """# 雁塔区晨光初级中学2026—2027学年第二学期工会工作计划

## 一、指导思想

本学期，学校工会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会精神，认真落实中国工会第十八次全国代表大会部署，在学校党总支和雁塔区教育工会的领导下，围绕学校教育教学中心工作，竭诚服务教职工。

## 二、工作目标

1. 教代会按期召开，提案办理及时反馈。
2. 师德师风建设常态化，青年教师成长有平台。
3. 困难教职工帮扶到位，教职工满意度稳步提升。

## 三、主要工作

### （一）民主管理与校务公开

1. 我校现有教职工92人，3月召开第五届教职工代表大会第二次会议，审议学校工作报告和绩效工资分配方案。
2. 会前征集提案，会后跟踪办理，推进校务公开。

### （二）师德与队伍建设

1. 4月举办第三届“晨光杯”青年教师基本功比赛。
2. 继续开展师徒结对帮教，做好青年教师培养。

| 师傅 | 徒弟 | 学科 |
| --- | --- | --- |
| 王老师 | 李老师 | 语文 |

3. 组织教职工学习《新时代中小学教师职业行为十项准则》。

### （三）女职工工作

1. 我校现有女教职工60人，发挥工会女职工委员会作用。
2. “三八”国际妇女节期间组织女教职工健康讲座。

### （四）维权与送温暖

1. 坚持“五必访”，教职工生病住院及时探望。
2. 中考前慰问九年级教师。

### （五）文体活动

1. 5月举办教职工趣味运动会。
2. 组建羽毛球、瑜伽兴趣小组。

### （六）工会自身建设

1. 组织工会委员学习2021年修正的《工会法》。
2. 做好会员会籍管理，新入职教职工及时入会。

### （七）经费管理

1. 坚持“收好、管好、用好”工会经费，严格执行预算。
2. 经费收支接受工会经费审查委员会审查，学期末向会员公开。

### （八）退休教职工工作

1. 端午节前走访慰问25名退休教职工。

## 四、月度工作安排

| 月份 | 工作内容 | 负责 | 参与 |
| --- | --- | --- | --- |
| 2月 | 开学慰问；征集提案 | 工会主席 | 全体教职工 |
| 3月 | 召开教代会；“三八”节活动 | 工会主席、女职工委员会 | 全体教职工代表 |
| 4月 | 青年教师基本功比赛 | 工会委员会 | 青年教师 |
| 5月 | 教职工趣味运动会 | 工会文体委员 | 全体教职工 |
| 6月 | 中考慰问；端午慰问退休教职工 | 工会主席 | 九年级教师、退休教职工 |
| 7月 | 学期工作总结 | 工会委员会 | 工会委员 |

## 五、保障措施

在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。

雁塔区晨光初级中学工会委员会
2027年2月22日
"""

# Lines of PLAN that tests replace with a planted defect (planted((WELFARE_ITEM, …))), named once here.
TITLE = "# 雁塔区晨光初级中学2026—2027学年第二学期工会工作计划"
GOALS = "1. 教代会按期召开，提案办理及时反馈。\n2. 师德师风建设常态化，青年教师成长有平台。\n3. 困难教职工帮扶到位，教职工满意度稳步提升。"
GOAL_ITEM = "3. 困难教职工帮扶到位，教职工满意度稳步提升。"
REPORT_ITEM = "1. 我校现有教职工92人，3月召开第五届教职工代表大会第二次会议，审议学校工作报告和绩效工资分配方案。"
CONGRESS_ITEM = "2. 会前征集提案，会后跟踪办理，推进校务公开。"
WOMEN_ITEM = "2. “三八”国际妇女节期间组织女教职工健康讲座。"
WELFARE_ITEM = "1. 坚持“五必访”，教职工生病住院及时探望。"
SPORTS_ITEM = "1. 5月举办教职工趣味运动会。"
GROUPS_ITEM = "2. 组建羽毛球、瑜伽兴趣小组。"
STUDY_ITEM = "1. 组织工会委员学习2021年修正的《工会法》。"
# The same school under the 80-staff threshold (62 staff): its goals, report and table hold the 教职工大会.
SMALL_SCHOOL = (
    ("1. 教代会按期召开，提案办理及时反馈。", "1. 教职工大会按期召开，提案办理及时反馈。"),
    (REPORT_ITEM, "1. 我校现有教职工62人，3月召开教职工大会，审议学校工作报告和绩效工资分配方案。"),
    ("| 3月 | 召开教代会；", "| 3月 | 召开教职工大会；"),
)


def planted(*replacements: tuple[str, str], text: str = PLAN) -> str:
    """The plan with each (old, new) replaced once; fails loudly when `old` is not in it."""
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} should occur exactly once"
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="session")
def lawbook() -> LawBook:
    return LawBook.from_dir(ROOT / "knowledge" / "policy")


@pytest.fixture(scope="session")
def review(lawbook):
    """check_text with the real statutes and structure and the school above (fields can be changed per call)."""

    def run(text: str, previous: str | None = None, **changes):
        profile = Profile(**{**SCHOOL, **changes})
        return check_text(text, profile.year, lawbook, profile=profile, structure=load_structure(), previous=previous)

    return run


def found(lawbook, text: str, kind: str, **changes) -> list[str]:
    """The texts the checker flags as `kind` in `text`, for the test school with some fields changed."""
    profile = Profile(**{**SCHOOL, **changes})
    return [f.text for f in check_text(text, profile.year, lawbook, profile=profile) if f.kind == kind]
