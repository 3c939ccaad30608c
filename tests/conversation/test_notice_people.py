"""The people an uploaded notice is for, read from its 对象 part: a list number and a lead-in (参加对象为) are not part of
them, and a line on quotas or priority under a heading such as 名额和对象 is not read as the people. Notices of our
own."""

from __future__ import annotations

from assistant.conversation.notices import Notice, read_facts

_HEAD = "关于做好2030年教职工秋季健康讲座报名工作的通知\n\n各学校工会：\n\n有关安排通知如下：\n\n一、时间和地点\n2030年10月9日，地点在江城市文化馆。\n\n"


def _facts(part: str):
    text = _HEAD + part + "\n\n江城市教育工会\n2030年9月1日"
    return read_facts(Notice("n.txt", "关于做好2030年教职工秋季健康讲座报名工作的通知", text))


def test_a_quota_line_is_not_the_people():
    facts = _facts("二、名额和对象\n1. 名额依各校会员数确定，每满30名会员推荐1人。\n2. 优先推荐一线班主任。")
    assert facts.who == ""


def test_the_people_without_list_number_and_lead_in():
    facts = _facts("二、名额和对象\n1. 名额依各校会员数确定。\n2. 参加对象为全市在职女教职工（限工会会员）。")
    assert facts.who == "全市在职女教职工"


def test_a_plain_people_line_is_kept():
    facts = _facts("二、参加对象\n本市在编在岗的会员教师。")
    assert facts.who == "本市在编在岗的会员教师"


def test_a_due_date_with_the_hour_of_that_day_is_the_deadline():
    facts = _facts("二、报名\n请各校工会在9月25日中午前把报名回执发到市教育工会邮箱。")
    assert facts.deadline == "于9月25日前完成报名"
    facts = _facts("二、报名\n请各校工会于9月26日17:00前将参加人员名单报送市教育工会。")
    assert facts.deadline == "于9月26日前报送参加人员名单"
