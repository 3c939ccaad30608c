"""Formal rewriting on development round 104 (fifty-fifth session), where good words were garbled: what each makes is
counted with 个, not 名 (每人做6个); 蛮 before a one-character adjective is 很 (蛮甜 → 很甜, not 较为甜); a thing's
surface (表格上面要签字) is 上, not 上级; a photo sent to someone is 发送, not 发放; 完事儿了 is 结束后, not 完事项了;
people who look (同事们看看) are the subject, not the ones visited (看望); 么样报名 stays a question; 那种搞法 is a 做法,
not 开展法; 请X给讲讲 is 请X讲解. And regional words of the round's kind (回克, 嘿闹热, 也差人, 解不下, 甚也, 找X唠唠,
那叫一个, 杠好玩, 不搞…了) are written plainly. Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_what_each_makes_is_counted_as_things():
    out = formal("每个人包6个粽子，煮好了蛮甜。")
    assert "6个" in out and "6名" not in out and "很甜" in out and "较为甜" not in out, out


def test_a_surface_is_not_the_higher_ups_and_a_photo_is_sent():
    out = formal("报名表上面要写清楚手机号，填好后把表格连同照片发给小罗。")
    assert "上级" not in out and "表上" in out and "发送给" in out and "发放" not in out, out
    assert "上级" in formal("上面要求月底前把名单报齐。")


def test_done_is_after_the_event():
    out = formal("比赛完事儿了大家一起合影留念。")
    assert "结束后" in out and "事项" not in out, out


def test_people_who_look_are_not_the_people_visited():
    out = formal("方案我放群里了，同事们看看，有想法随时说。")
    assert "看望" not in out, out
    assert "看望" in formal("周五工会小组长到医院看看住院的老同志。")


def test_asking_how_stays_a_question_and_a_way_of_doing_is_a_way():
    out = formal("名额只有20个，么样报名？")
    assert "如何报名" in out, out
    assert "开展法" not in formal("今年还是照去年那种搞法。")


def test_a_teacher_asked_to_explain_explains():
    out = formal("到时候请书法组的孔老师给讲讲怎么运笔。")
    assert "讲解" in out and "为讲解" not in out, out


def test_regional_words_of_the_round_are_written_plainly():
    out = formal("工会要克结对的村小送书，到时候嘿闹热，摄影的也差人。")
    assert "去结对" in out and "十分热闹" in out and "缺人" in out and "克" not in out, out
    out = formal("解不下的地方当场问，甚也不用带。")
    assert "不懂" in out and "什么也" in out, out
    assert "唠" not in formal("有啥事找工会老宋唠唠。")
    assert "十分动听" in formal("她一唱起来那叫一个心疼。")
    assert "不再组织" in formal("今年不搞联欢了，改成读书分享。")
