"""Misspelt questions (a homophone typed for the right character) are read as meant; correct ones are untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.conversation.engine import ask_once
from assistant.domain.data import read_yaml
from assistant.index.typos import TypoFixer
from assistant.loading.cleaning import normalize
from assistant.services import build_services
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fixer(shared_index):
    return TypoFixer(shared_index.snapshot().shared_token_counts, shared_index.lexicon.words)


@pytest.mark.parametrize(("typed", "meant"), [
    ("工汇经费能发购物卡吗", "工会经费能发购物卡吗"),  # 汇 for 会
    ("教代会的题案谁来收", "教代会的提案谁来收"),  # 题 for 提
    ("罢勉工会主席要走啥程序", "罢免工会主席要走啥程序"),  # 勉 for 免
    ("教带会一年开几次", "教代会一年开几次"),  # a domain word jieba's dictionary lacks
    # typos jieba reads as words it knows: 试用 + 其, 适用 + 期 (a statute's term read across two words)
    ("民办学校给新来的老师定了一年试用其，行吗", "民办学校给新来的老师定了一年试用期，行吗"),
    ("他的适用期还剩两个月，学校能辞退他吗", "他的试用期还剩两个月，学校能辞退他吗"),
])
def test_a_homophone_typed_for_the_right_character_is_read_as_meant(fixer, typed, meant):
    assert fixer.fix(typed) == meant


def test_no_question_written_correctly_is_changed(fixer):
    """Every question of the router's own bank and of the public retrieval set is left exactly as written."""
    bank = read_yaml(ROOT / "knowledge" / "questions.yaml")
    questions = [q for route in bank["routes"].values() for q in route.get("exemplars", [])]
    public = ROOT.parent / "shared" / "eval" / "retrieval_public.jsonl"
    if public.exists():
        questions += [json.loads(line)["q"] for line in public.read_text(encoding="utf-8").splitlines() if line]
    assert len(questions) > 50
    changed = {q: fixer.fix(normalize(q)) for q in questions if fixer.fix(normalize(q)) != normalize(q)}
    assert changed == {}


def test_words_that_only_sound_like_a_term_across_two_words_are_left_alone(fixer):
    # 工会 + 发 (a verb) next to 工会法, and a demonstrative (劳动这一块) next to 劳动者: written as meant
    for question in ("过节工会发什么慰问品合适", "分管劳动这一块的是哪个部门", "试用其他办法行不行"):
        assert fixer.fix(question) == question


def test_no_everyday_question_of_the_glosses_is_changed(fixer):
    """The glosses (knowledge/glosses) are questions in everyday words written as meant: none is 'corrected'."""
    questions = [q for path in sorted((ROOT / "knowledge" / "glosses").glob("*.yaml"))
                 for qs in (read_yaml(path).get("articles") or {}).values() for q in qs or ()]
    assert len(questions) > 1000
    changed = {q: fixer.fix(normalize(q)) for q in questions if fixer.fix(normalize(q)) != normalize(q)}
    assert changed == {}


def test_the_answer_to_a_misspelt_question_is_the_answer_to_the_right_one(shared_settings, shared_index):
    services = build_services(shared_settings, model=None, index=shared_index)
    typed = ask_once(services, "难产的话产家能多几天")
    assert "增加产假15天" in typed.text and typed.citations[0].label == "《女职工劳动保护特别规定》第七条"


def test_words_of_a_schools_upload_are_never_what_another_question_is_corrected_to(tmp_path):
    services = build_services(load_settings(data_dir=tmp_path / "data"), model=None)
    before = services.index.snapshot().shared_token_counts()
    notice = "珊瑚礁研学活动安排\n组织教职工参加珊瑚礁研学，珊瑚礁研学分两批进行。\n"
    assert services.add_upload(notice.encode("utf-8"), "研学.txt", owner="学校甲").added > 0
    after = services.index.snapshot().shared_token_counts()
    assert after == before and "珊瑚礁" not in after  # counted from shared passages only
