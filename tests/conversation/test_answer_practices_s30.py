"""Questions on what to write about an activity, asked in everyday words, are shown the practice a plan writes for it
(knowledge/practices.yaml, session 30): study visits in the holidays (参观考察, 开阔视野), a contest of tidy and
friendly offices (温馨办公室), and the union's part when posts are competed for again (竞聘上岗: 教代会审议, 调解).

Questions written for this test: none is an exemplar of knowledge/questions.yaml or a line of eval/.
"""

from __future__ import annotations

import pytest

PRACTICES = [
    ("寒假工会打算领大家去外地几所学校看看、交流交流，计划里这条该如何写？", ("参观考察", "开阔视野")),
    ("各个办公室乱糟糟的，工会想评一评哪间收拾得干净温馨，写进计划怎么提？", ("温馨办公室",)),
    ("明年岗位要全部重新竞聘，几位老师担心落聘，工会计划里该安排些什么？", ("调解",)),
]


@pytest.mark.parametrize(("question", "words"), PRACTICES)
def test_an_activity_in_everyday_words_is_shown_its_practice(answerer, question, words):
    answer = answerer.answer(question)
    assert answer.found, answer.text
    assert "《" not in answer.text.split("\n", 1)[0]  # no statute article leads an answer about the plan
    for word in words:
        assert word in answer.text, answer.text
