"""The shipped knowledge loads into clean, citable passages; uploads load or fail with a reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.domain.passages import KIND_DIGEST, KIND_LAW, KIND_PLAN, KIND_UPLOAD, TOPICS
from assistant.domain.script import to_simplified
from assistant.errors import LoadError
from assistant.loading.cleaning import normalize
from assistant.loading.knowledge import iter_knowledge_files, load_file, load_plans, load_upload
from tests.loading_fixtures import make_docx

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
EXAMPLES = KNOWLEDGE / "examples"
GLOSS = re.compile(r"[\u4e00-\u9fff]\([a-zü]+\)")
CHROME = ("学习啦", "相关文章", "精选文章", "推荐度", "点击下载", "小编", "希望可以帮到大家", "275246")


@pytest.fixture(scope="module")
def all_passages():
    return [p for path in iter_knowledge_files(KNOWLEDGE) for p in load_file(path, KNOWLEDGE)]


def test_example_files_yield_ten_plans_with_distinct_titles():
    plans_000 = load_plans(EXAMPLES / "000_378b3479bbbb14a0.txt", KNOWLEDGE)
    plans_003 = load_plans(EXAMPLES / "003_dfa1114e08482e2e.txt", KNOWLEDGE)
    assert len(plans_000) == 3
    assert len(plans_003) == 7
    for plans in (plans_000, plans_003):
        titles = [p.title for p in plans]
        assert len(set(titles)) == len(titles)
        for title in titles:
            assert "工会工作计划" in title and len(title) <= 30
            assert not any(word in title for word in ("学习啦", ">", "时间", "3篇"))
    assert plans_003[0].title == "学校工会工作计划范文（篇1）"
    assert plans_000[1].title == "学校工会工作计划报告（二）"


def test_headless_plans_in_003_start_where_they_should():
    plans = load_plans(EXAMPLES / "003_dfa1114e08482e2e.txt", KNOWLEDGE)
    lines = [[line for line in plan.text.split("\n") if line] for plan in plans]
    assert lines[2][:1] == ["一、指导思想"] and lines[2][1].startswith("以“三个代表”重要思想和科学发展观为指导")
    assert lines[3][0].startswith("以科学发展观统领工会工作") and lines[3][1] == "一、加强自身建设，创建学习型工会"
    assert plans[1].text.rstrip().endswith("促进教职工的发展和福祉。")
    assert plans[6].text.rstrip().endswith("2017年x月x日")


def test_plans_keep_placeholders_for_the_checker():
    text = "\n".join(p.text for p in load_plans(EXAMPLES / "003_dfa1114e08482e2e.txt", KNOWLEDGE))
    assert "____" in text and "20xx" in text and "十八大" in text


def test_no_passage_carries_glosses_traditional_script_or_site_chrome(all_passages):
    assert len(all_passages) > 100
    for p in all_passages:
        assert not GLOSS.search(p.text), p.text[:80]
        assert normalize(p.text) == p.text, p.text[:80]
        assert to_simplified(p.text) == p.text, p.text[:80]
        for chrome in CHROME:
            assert chrome not in p.text, (chrome, p.source, p.section)
            assert chrome not in p.title


def test_passages_are_citable(all_passages):
    kinds = {p.kind for p in all_passages}
    assert kinds == {KIND_PLAN, KIND_LAW, KIND_DIGEST}
    for p in all_passages:
        assert p.source and not p.source.startswith("/")
        assert p.topic in TOPICS or p.topic == ""
        if p.kind == KIND_PLAN:
            assert p.source.startswith("examples/") and p.section and p.title
        if p.kind == KIND_LAW:
            assert p.source.startswith("policy/") and p.article and p.text.startswith(p.article)
    assert len({p.id for p in all_passages}) == len(all_passages)
    topics = {p.topic for p in all_passages if p.kind == KIND_PLAN}
    assert {"指导思想", "民主管理与校务公开", "师德与队伍建设", "维权与送温暖", "文体活动", "工会自身建设"} <= topics


def test_iter_knowledge_files_skips_readme_and_data(tmp_path):
    (tmp_path / "examples").mkdir()
    (tmp_path / "policy").mkdir()
    for name in ("examples/b.txt", "examples/a.docx", "policy/x.md", "README.md", "SOURCES.md", "lexicon.yaml", "notes.json"):
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_knowledge_files(tmp_path)]
    assert found == ["examples/a.docx", "examples/b.txt", "policy/x.md"]


def test_load_file_reads_gbk_plan_from_any_folder(tmp_path):
    path = tmp_path / "mine" / "我校计划.txt"
    path.parent.mkdir()
    path.write_bytes("2024年学校工会工作计划\n一、指导思想\n以人为本，服务教职工，关心女职工，维护合法权益。".encode("gbk"))
    passages = load_file(path, tmp_path)
    assert passages[0].source == "mine/我校计划.txt"
    assert passages[0].title == "2024年学校工会工作计划"
    assert passages[0].section == "一、指导思想"


def test_upload_docx_becomes_owned_upload_passages():
    data = make_docx(["一、指导思想", "坚持以人为本，切实维护教职工合法权益。", "二、女职工工作", "组织三八妇女节活动，做好女教职工妇检。"])
    passages = load_upload(data, "我校计划.docx", owner="实验小学")
    assert {p.kind for p in passages} == {KIND_UPLOAD}
    assert {p.owner for p in passages} == {"实验小学"}
    assert {p.source for p in passages} == {"我校计划.docx"}
    assert "组织三八妇女节活动" in "\n".join(p.text for p in passages)


def test_upload_without_text_is_refused():
    with pytest.raises(LoadError) as err:
        load_upload("学习啦>实用范文>工作计划>\n275246\n".encode(), "空壳.txt")
    assert "未能从文件中提取到正文" in err.value.message


def test_upload_limit_is_enforced():
    with pytest.raises(LoadError) as err:
        load_upload(("一、指导思想\n" * 1000).encode("utf-8"), "大.txt", limit_bytes=1000)
    assert "大.txt" in err.value.message
