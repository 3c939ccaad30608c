"""`python -m assistant draft / check / drafts` as a user runs them, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from assistant.loading.readers import read_document

ROOT = Path(__file__).resolve().parents[2]
PROFILES = Path(__file__).resolve().parents[1] / "profiles"

PREVIOUS = [
    "银杏树实验中学2025年工会工作计划",
    "一、指导思想",
    "以党的十九大精神为指导，在学校党支部和区教育工会的领导下，围绕学校中心工作，全心全意为教职工服务。",
    "二、主要工作",
    "（一）民主管理",
    "1、2025年3月召开教职工代表大会，审议学校工作报告。",
    "（二）文体活动",
    "1、举办一年一度的“银杏杯”教职工羽毛球赛。",
    "2、2025年10月18日组织教职工秋游活动。",
    "三、保障措施",
    "1、加强领导，明确分工，确保各项工作落到实处。",
    "银杏树实验中学工会委员会",
    "2025年1月6日",
]
PROFILE = """school = "银杏树实验中学"
year = 2026
staff = 120
female_staff = 80
retirees = 20
upper_union = "滨江区教育工会"
"""


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "ASSISTANT_"))}
    env["ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def data_dir(shared_settings):
    return shared_settings.data_dir


def test_draft_writes_a_clean_plan_and_saves_a_draft(data_dir, tmp_path):
    out = tmp_path / "plan.md"
    result = run(data_dir, "draft", "--profile", str(PROFILES / "anniversary.toml"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# 明德实验小学2027年工会工作计划")
    assert "建校60周年校庆" in md and "| 10月 |" in md
    assert "已生成《明德实验小学2027年工会工作计划》" in result.stdout

    checked = run(data_dir, "check", str(out), "--year", "2027", "--json", "--profile", str(PROFILES / "anniversary.toml"))
    assert checked.returncode in (0, 1), checked.stdout + checked.stderr
    findings = json.loads(checked.stdout)  # the checker is a second pair of eyes: whatever it finds comes as JSON
    assert all({"kind", "text", "location", "message", "suggestion"} <= set(f) for f in findings)

    listed = run(data_dir, "drafts", "list")
    assert listed.returncode == 0 and "明德实验小学2027年工会工作计划" in listed.stdout
    draft_id = next(line.split()[0] for line in listed.stdout.splitlines() if "明德实验小学" in line)
    shown = run(data_dir, "drafts", "show", draft_id, "--version", "1")
    assert shown.returncode == 0 and "建校60周年校庆" in shown.stdout
    exported = tmp_path / "export.docx"
    result = run(data_dir, "drafts", "export", draft_id, "--out", str(exported))
    assert result.returncode == 0, result.stderr
    assert "明德实验小学2027年工会工作计划" in read_document(exported.read_bytes(), exported.name)


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_draft_from_last_years_plan(data_dir, tmp_path, fmt):
    previous = tmp_path / f"last.{fmt}"
    if fmt == "docx":
        document = docx.Document()
        for line in PREVIOUS:
            document.add_paragraph(line)
        document.save(previous)
    else:
        previous.write_text("\n".join(PREVIOUS), encoding="gb18030")
    profile = tmp_path / "school.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    out = tmp_path / "plan.docx"
    result = run(data_dir, "draft", "--profile", str(profile), "--from", str(previous), "--out", str(out), "--no-save")
    assert result.returncode == 0, result.stderr
    text = read_document(out.read_bytes(), out.name)
    assert "“银杏杯”教职工羽毛球赛" in text
    assert "2026年10月18日" in text and "2025年" not in text
    assert "十九大" not in text and "二十大" in text
    assert "女职工" in text
    for kind in ("年份更新", "表述更新", "补充章节"):
        assert f"【{kind}】" in result.stdout
    assert "女职工工作" in result.stdout


def test_a_school_type_typed_in_other_words_drafts_and_says_how_it_was_read(data_dir, tmp_path):
    profile = tmp_path / "twelve.toml"
    profile.write_text('school = "海湾实验学校"\nschool_type = "十二年一贯制"\nyear = 2027\nstaff = 150\n', encoding="utf-8")
    out = tmp_path / "plan.md"
    result = run(data_dir, "draft", "--profile", str(profile), "--out", str(out), "--no-save")
    assert result.returncode == 0, result.stderr
    assert "十二年一贯制学校按“完全中学”的用语和安排起草" in result.stdout
    assert out.read_text(encoding="utf-8").startswith("# 海湾实验学校2027年工会工作计划")
    refused = tmp_path / "college.toml"
    refused.write_text('school = "海湾学院"\nschool_type = "大学"\nyear = 2027\nstaff = 150\n', encoding="utf-8")
    result = run(data_dir, "draft", "--profile", str(refused), "--out", str(tmp_path / "x.md"), "--no-save")
    assert result.returncode != 0 and "学校类型应为" in result.stderr and "Traceback" not in result.stderr


def test_check_reports_findings_with_exit_code_1(data_dir, tmp_path):
    plan = tmp_path / "old.txt"
    plan.write_text("某校20xx年工会工作计划\n一、指导思想\n以“三个代表”重要思想为指导，学习十九大精神。\n", encoding="utf-8")
    result = run(data_dir, "check", str(plan), "--year", "2027", "--json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    kinds = {f["kind"] for f in findings}
    assert {"placeholder", "outdated"} <= kinds
    assert all(set(f) == {"kind", "text", "line", "location", "section", "item", "message", "suggestion", "also"}
               for f in findings)
    text = run(data_dir, "check", str(plan), "--year", "2027")
    assert text.returncode == 1 and "十九大" in text.stdout


def test_bad_output_name_is_a_chinese_error(data_dir, tmp_path):
    result = run(data_dir, "draft", "--profile", str(PROFILES / "kindergarten.toml"), "--out", str(tmp_path / "plan.pdf"))
    assert result.returncode == 2
    assert "输出文件应以 .md 或 .docx 结尾" in result.stderr
    missing = run(data_dir, "check", str(tmp_path / "nope.md"), "--year", "2027")
    assert missing.returncode == 2 and "找不到文件" in missing.stderr
