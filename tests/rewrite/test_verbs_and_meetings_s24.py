"""Families of spoken phrasing (session 24 work): one-character verbs said doubled or with 一A (提提, 翻一翻, 陪陪),
a bare one-character verb after 统一/无需 (统一买, 无需带), 碰头 with its aspect inside (碰了下头), 抽不出空, and 约 said
twice with 来 (大概十来分钟). Sentences are the tests' own."""

import pytest

from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize("text, present, absent", [
    ("方案有不妥的地方，各组长提提。", ["提出"], ["提提"]),
    ("把上学期的台账翻一翻。", ["翻阅"], ["翻一翻"]),
    ("重阳节去敬老院陪陪老人。", ["老人"], ["陪陪"]),
    ("开学前把工作思路捋一捋。", ["梳理"], ["捋一捋"]),
    ("先把练习册数一数。", ["清点"], ["数一数"]),
])
def test_a_doubled_verb_becomes_its_written_verb(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, present, absent", [
    ("跳绳和毽子由工会统一买。", ["统一购买"], ["统一买"]),
    ("演出服统一租，费用工会出。", ["统一租用"], ["统一租，"]),
    ("茶杯自己不用带。", ["无需携带"], ["不用带"]),
    ("借的雨伞不用还。", ["无需归还"], ["不用还"]),
    ("押金一百元，用完退。", ["用完退还"], ["完退。"]),
])
def test_a_bare_verb_after_an_adverb_gets_two_characters(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, present, absent", [
    ("工会和后勤碰了下头，定在周五。", ["会商"], ["碰了下头"]),
    ("两位组长碰过头了，方案不变。", ["会商"], ["碰过头"]),
    ("年轻教师平时抽不出空锻炼。", ["无暇"], ["抽不出空"]),
    ("体检每人大概十来分钟。", ["约十分钟"], ["大概", "十来"]),
])
def test_spoken_meeting_and_time_words_are_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text, kept", [
    ("等等，先把名单核一下。", "等等"),  # 等等 lists or pauses: never a verb said twice
    ("碰头会安排在周一。", "碰头会"),  # a meeting's name
    ("统一订单由财务处理。", "统一订单"),  # 订单 is a noun, not 订 done together
])
def test_words_that_only_look_like_these_stay(text, kept):
    assert kept in rewrite(text, "formal").text
