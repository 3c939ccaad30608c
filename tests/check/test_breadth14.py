"""Fourteenth breadth pass of the checker (general families, not instances): education campaigns that reached their
goal (两基, 普九, 全面改薄, 基本均衡) named as this year's task; the union's re-election dropped and the head of the
school as its chair; the senior stage's teaching words in a school without one; allowances whose last word became a
look-alike; a contest's duties for each entrant, what its organisers hand out and its penalties; a weekday read in the
period's own calendar year; more people than rooms or vehicles can hold. Every sentence is written for these tests
from the statutes and common usage, not taken from an evaluation case."""

from __future__ import annotations

import pytest

from tests.check.conftest import found

FIRST_TERM = {"period": "第一学期", "year": 2026}

FLAGGED = [
    # outdated: a compulsory-education target met years ago, set as a task
    ("今年继续迎接“两基”复查，做好控辍保学台账。", "outdated", "两基”复查", {}),
    ("把全面改薄工程作为后勤保障的重点。", "outdated", "全面改薄工程", {}),
    ("配合教育局争创义务教育基本均衡发展县。", "outdated", "争创义务教育基本均衡发展县", {}),
    # rule: the re-election dropped; the head of the school as the union's chair
    ("本届工会委员会到期换届，不再组织选举，原班人马继续任职。", "rule", "不再组织选举", {}),
    ("工会主席暂由校长兼任，待条件成熟再议。", "rule", "工会主席暂由校长兼任", {}),
    # school_type_vocab: the senior stage's words in a lower secondary school's plan
    ("组织教师研讨选考科目的指导办法。", "school_type_vocab", "选考科目", {}),
    ("关心高考冲刺阶段任课教师的身体。", "school_type_vocab", "高考冲刺", {}),
    # garble: an allowance with a look-alike for its last word
    ("按时发放教职工伙食补救。", "garble", "伙食补救", {}),
    # pasted_notice: what each entrant must be, what the organisers hand out, the penalty for cheats
    ("参赛教师须为在职在岗人员，退休人员不得报名。", "pasted_notice", "参赛教师须为", {}),
    ("奖品和证书由承办单位统一颁发。", "pasted_notice", "证书由承办单位统一颁发", {}),
    ("一经查实弄虚作假，取消其获奖资格。", "pasted_notice", "一经查实弄虚作假，取消", {}),
    # impossible_figure: 15 October 2026 is a Thursday, whatever weekday it falls on in 2027
    ("10月15日（星期五）组织教职工秋季登山。", "impossible_figure", "10月15日（星期五）", FIRST_TERM),
    # impossible_figure: more people than the vehicles hold
    ("外出培训的58名教职工分乘2辆客车，每车限坐25人。", "impossible_figure", "58名教职工分乘2辆客车，每车限坐25人", {}),
]


@pytest.mark.parametrize("text, kind, span, changes", FLAGGED, ids=[f"{c[1]}-{c[2][:10]}" for c in FLAGGED])
def test_a_new_family_member_is_flagged(lawbook, text, kind, span, changes):
    got = found(lawbook, text, kind, **changes)
    assert any(span in t or t in span for t in got), got


FINE = [
    # building on a met target, or the current task
    ("巩固“两基”成果，推进县域义务教育优质均衡发展。", "outdated", {}),
    # an election held; the principal supporting the chair
    ("工会委员会任期届满，按期召开会员大会民主选举新一届委员会。", "rule", {}),
    ("校长支持工会主席依法履职，每学期听取一次工会工作汇报。", "rule", {}),
    # a school with a senior stage of its own
    ("组织高中部教师研讨选考科目的指导办法。", "school_type_vocab", {"school_type": "完全中学"}),
    # the allowance itself
    ("乡村教师生活补助按月足额发放。", "garble", {}),
    # the school's own team and its own prizes
    ("本校参赛教师赛前集中训练两周，奖品由工会统一发放。", "pasted_notice", {}),
    # the right weekday, and vehicles with room to spare
    ("10月15日（星期四）组织教职工秋季登山。", "impossible_figure", FIRST_TERM),
    ("外出培训的58名教职工分乘2辆客车，每车限坐45人。", "impossible_figure", {}),
]


@pytest.mark.parametrize("text, kind, changes", FINE, ids=[f"{c[1]}-{c[0][:8]}" for c in FINE])
def test_a_correct_family_look_alike_is_not_flagged(lawbook, text, kind, changes):
    assert found(lawbook, text, kind, **changes) == []
