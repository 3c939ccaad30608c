"""Another school's people are kept out of quotes and measures; ordinary words that jieba's dictionary tags as a
person's name (公开栏, 公开监督, 单亲家庭) are not people, so the sentences holding them may be quoted."""

from __future__ import annotations

import pytest

from assistant.compose.text import name_tokens


@pytest.mark.parametrize("text", ["办好校务公开栏，接受教职工公开监督。", "关心单亲家庭的学生。"])
def test_ordinary_words_tagged_as_names_are_not_people(text):
    assert name_tokens(text) == []


@pytest.mark.parametrize(("text", "name"), [("号召教职工向优秀教师马宪华学习。", "马宪华"),
                                            ("由李明辉和赵丽萍负责签到。", "李明辉")])
def test_peoples_names_are_still_found(text, name):
    assert name in [w for w, _ in name_tokens(text)]
