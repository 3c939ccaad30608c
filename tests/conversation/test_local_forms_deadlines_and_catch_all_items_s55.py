"""Answers on development round 104's kinds of question (fifty-fifth session). What goes on a district's application
form and when it is due are in the district's notice, never in a statute, even when a statute covers the award's
subject: the assistant declines and says where to look; the same place with a question a statute answers is still
answered. An article's catch-all item (其他情形) is quoted with the list it closes.
The questions are written for this test, not taken from any evaluation set."""

from __future__ import annotations

from assistant.conversation.engine import ask_once


def test_a_local_form_and_its_deadline_are_declined(offline):
    # (the duties of teachers in 《教师法》第八条 cover much of a 师德 award's subject: the form and date they do not)
    reply = ask_once(offline, "区里评师德标兵，学校推荐的人选推荐表要填些啥、最晚几号交上去？")
    assert reply.text.startswith("知识库中没有关于"), reply.text[:120]
    assert "当地" in reply.text and "《教师法》第" not in reply.text, reply.text[:200]


def test_the_same_place_with_a_question_a_statute_answers_is_answered(offline):
    reply = ask_once(offline, "县里一所初中的工会，会员大会多久开一次，按法律怎么规定？")
    assert not reply.text.startswith("知识库中没有关于"), reply.text[:120]


def test_a_statutes_catch_all_item_is_shown_with_its_list(offline):
    # the article that lifts the overtime limit names emergencies and repairs in its list; its last item, "other cases
    # the laws name", says nothing alone, so the list is quoted whole
    reply = ask_once(offline, "寒潮把宿舍楼的暖气管子冻裂了，后勤和男老师一连好几天修管子，一个月加班早超了规定那个数，算违法吗？")
    assert reply.text.startswith("根据《劳动法》第四十二条"), reply.text[:80]
    assert "抢修" in reply.text and "其他情形" in reply.text, reply.text[:300]
