"""`python -m assistant check` as a user runs it: .md, .txt and .docx plans, JSON for tools, last year's plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from tests.check.conftest import PLAN, SCHOOL, planted

ROOT = Path(__file__).resolve().parents[2]
LAST_YEAR = planted(
    ("2026—2027学年第二学期", "2025—2026学年第二学期"),
    ("党的二十大和二十届历次全会精神", "党的二十大精神"),
    ("第五届教职工代表大会第二次会议", "第五届教职工代表大会第一次会议"),
    ("2027年2月22日", "2026年2月24日"),
)


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "ASSISTANT_"))}
    env["ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def data_dir(shared_settings):
    return shared_settings.data_dir


@pytest.fixture
def school(tmp_path) -> Path:
    path = tmp_path / "school.toml"
    path.write_text("".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in SCHOOL.items()), encoding="utf-8")
    return path


def test_json_findings_carry_kind_span_line_location_and_advice(data_dir, tmp_path, school):
    plan = tmp_path / "plan.md"
    plan.write_text(planted(("师徒结对帮教", "师徒结对帮助教")), encoding="utf-8")
    result = run(data_dir, "check", str(plan), "--profile", str(school), "--json")
    assert result.returncode == 1, result.stderr
    (finding,) = json.loads(result.stdout)
    assert finding == {
        "kind": "garble", "text": "帮助教", "line": PLAN.splitlines().index("2. 继续开展师徒结对帮教，做好青年教师培养。") + 1,
        "location": "三、（二）第2条", "section": "ethics", "item": 2, "message": "“帮助教”是“帮教”被错误替换后的写法",
        "suggestion": "改为“帮教”", "also": [],
    }


def test_text_output_names_the_place_not_the_line(data_dir, tmp_path, school):
    plan = tmp_path / "plan.md"
    plan.write_text(planted(("中考前慰问九年级教师", "高考前慰问九年级教师")), encoding="utf-8")
    result = run(data_dir, "check", str(plan), "--profile", str(school))
    assert result.returncode == 1
    assert "- 三、（四）第2条【不符合学校类型的用语】“高考”：初中的计划里出现了“高考”" in result.stdout
    assert "行" not in result.stdout.split("：", 1)[0]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_plain_text_and_word_plans_are_checked(data_dir, tmp_path, school, fmt):
    text = planted(("深入学习贯彻党的二十大和二十届历次全会精神", "深入学习贯彻党的十九大精神")).replace("#", "")
    path = tmp_path / f"plan.{fmt}"
    if fmt == "docx":
        document = docx.Document()
        for line in text.splitlines():
            if line.strip() and not line.startswith("| ---"):
                document.add_paragraph(line.strip().strip("|").strip())
        document.save(path)
    else:
        path.write_text(text, encoding="gb18030")
    result = run(data_dir, "check", str(path), "--profile", str(school), "--json")
    findings = json.loads(result.stdout)
    assert [(f["kind"], f["text"], f["location"]) for f in findings] == [("outdated", "党的十九大精神", "一、指导思想")]


def test_year_and_period_come_from_the_title_without_a_profile(data_dir, tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(planted(("组建羽毛球、瑜伽兴趣小组。", "组建羽毛球、瑜伽兴趣小组，10月举办教职工合唱比赛。")), encoding="utf-8")
    findings = json.loads(run(data_dir, "check", str(plan), "--json").stdout)
    assert [(f["kind"], f["text"]) for f in findings] == [("out_of_period", "10月")]
    untitled = tmp_path / "untitled.txt"
    untitled.write_text("一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。\n", encoding="utf-8")
    result = run(data_dir, "check", str(untitled))
    assert result.returncode == 2 and "--year" in result.stderr


def test_previous_plan_finds_stale_ordinals_and_lists_what_from_will_change(data_dir, tmp_path, school):
    plan, last = tmp_path / "plan.md", tmp_path / "last.txt"
    plan.write_text(PLAN, encoding="utf-8")
    last.write_text(LAST_YEAR, encoding="utf-8")
    findings = json.loads(run(data_dir, "check", str(plan), "--profile", str(school), "--previous", str(last),
                              "--json").stdout)
    assert [(f["kind"], f["text"]) for f in findings] == [("stale_ordinal", "第三届“晨光杯”青年教师基本功比赛")]
    result = run(data_dir, "check", str(plan), "--profile", str(school), "--previous", str(last))
    report = result.stdout.split("用 draft --from 生成《雁塔区晨光初级中学2026—2027学年第二学期工会工作计划》时，")[1]
    assert report.startswith("将在上一年度计划的基础上修改") and "\n- 【" in report


def test_last_years_plan_checked_for_the_new_year_says_what_from_will_change(data_dir, tmp_path, school):
    last = tmp_path / "last.md"
    last.write_text(LAST_YEAR, encoding="utf-8")
    result = run(data_dir, "check", str(last), "--profile", str(school))
    assert "用 draft --from 生成" in result.stdout and "修改" in result.stdout
