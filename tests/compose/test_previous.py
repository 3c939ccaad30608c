"""Starting from last year's plan (a messy one written for these tests): what a careful colleague would change,
and a change report that lists every change."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.compose.previous import previous_year, update_from_previous
from assistant.domain.policy import doubled_spans
from assistant.domain.profile import Profile
from assistant.export.markdown import render
from tests.compose.conftest import body, items_by_area

HERE = Path(__file__).resolve().parent / "previous"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def updated(composer):
    profile = Profile.from_toml(HERE / "profile.toml")
    plan, changes = update_from_previous((HERE / "last_year.md").read_text(encoding="utf-8"), profile, composer)
    return profile, plan, changes, render(plan.to_blocks())


def _kinds(changes) -> list[str]:
    return [c.kind for c in changes]


def test_years_move_exactly_once(updated):
    _, _, changes, md = updated
    assert md.startswith("# 青石岭中学2026年工会工作计划")
    assert "江城区教育工会2026年工作要点" in md  # 20xx filled with this year, not moved again
    assert "在2025年工作的基础上" in md
    assert "迎接2027年元旦" in md
    assert "2024" not in md and "2028" not in md
    assert "年份更新" in _kinds(changes) and "填写占位符" in _kinds(changes)


def test_wording_is_modernised_without_doubling(updated):
    _, _, _, md = updated
    guiding = body(md).split("## 二、")[0]
    assert "十九" not in guiding and "十七大" not in guiding
    assert "党的二十大" in guiding and "二十届历次全会" in guiding and "工会十八大" in guiding
    assert doubled_spans(guiding) == []
    assert all(s.count("二十大") <= 1 for s in re.split(r"[，。]", guiding))


def test_a_small_school_gets_its_staff_meeting_in_the_body_and_the_table(updated):
    profile, plan, _, md = updated
    assert not profile.has_congress
    assert "教代会" not in md and "三届二次" not in md
    assert any("教职工大会" in i.activity for i in plan.schedule)
    assert "我校现有教职工60人，其中女教职工35人" in md and "11名退休教职工" in md


def test_a_blank_is_kept_as_a_question(updated):
    _, _, changes, md = updated
    assert "做好提案的收集和〔待补充〕工作" in md and "____" not in md
    question = next(c for c in changes if c.kind == "待确认")
    assert "提案" in question.question and "请确认" in question.summary()


def test_recurring_ordinals_move_and_are_asked_about(updated):
    _, plan, changes, md = updated
    assert "第六届“青石杯”教职工乒乓球赛" in md and "第五届" not in md
    assert any(c.kind == "届次顺延" and c.question for c in changes)


def test_last_years_one_off_event_goes_with_a_question(updated):
    _, _, changes, md = updated
    assert "40周年" not in md
    assert any(c.kind == "删除一次性活动" and "40周年" in c.question for c in changes)


def test_duplicates_are_merged(updated):
    _, _, changes, md = updated
    checkups = [i for i in items_by_area(md)["welfare"] if "体检" in i]
    assert checkups == ["5月组织全体教职工进行健康体检。"]
    assert "合并重复" in _kinds(changes)


def test_table_rows_are_led_by_who_does_the_activity(updated, composer):
    profile, plan, changes, _ = updated
    rows = {i.activity: i for i in plan.schedule}
    women = next(i for a, i in rows.items() if "三八" in a)
    assert "女" in women.lead and "女" in women.participants
    assert "退休" in next(i for a, i in rows.items() if "重阳" in a).participants
    assert "经费审查" in next(i for a, i in rows.items() if "决算" in a).lead
    assert set(i.month for i in plan.schedule) == set(profile.months)
    assert "月度表" in _kinds(changes)


def test_this_years_highlights_and_focus_are_added_where_they_belong(updated):
    _, plan, changes, md = updated
    welfare = " ".join(plan.sections["welfare"].paragraphs)
    assert "新教学楼" in welfare and "中考" in welfare
    assert "青年教师" in " ".join(plan.sections["ethics"].paragraphs)
    assert any(i.month == 9 and "新教学楼" in i.activity for i in plan.schedule)
    assert "新增工作亮点" in _kinds(changes)


def test_every_change_is_described(updated):
    _, _, changes, _ = updated
    assert len(changes) >= 15
    for change in changes:
        assert change.kind and change.reason
        assert change.summary().startswith(f"【{change.kind}】")


def test_previous_year_from_title_or_body():
    assert previous_year("某校2024—2025学年工会工作计划\n一、指导思想", 2030) == 2024
    assert previous_year("工会工作计划\n2023年3月召开大会。2023年5月体检。", 2030) == 2023
    assert previous_year("工会工作计划", 2030) == 2030


def test_the_cli_prints_the_change_report(shared_settings, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "ASSISTANT_"))}
    env["ASSISTANT_DATA_DIR"] = str(shared_settings.data_dir)
    out = tmp_path / "plan.md"
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "draft", "--profile", str(HERE / "profile.toml"), "--from",
         str(HERE / "last_year.md"), "--out", str(out), "--no-save"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert re.search(r"共修改 \d+ 处", report)
    for words in ("【届次顺延】", "第六届", "【待确认】", "提案", "【删除一次性活动】", "40周年", "【合并重复】", "体检",
                  "【月度表】", "【人数更新】", "【落款】", "请确认"):
        assert words in report, words
    assert out.read_text(encoding="utf-8").startswith("# 青石岭中学2026年工会工作计划")
