"""Formal and concise rewriting on development round 108 (fifty-seventh session). Formal: a colleague called by 阿 and
a given name (阿琳, as 闽、粤 speakers do) is 琳老师, as 阿 + surname already was; 越来越 with a one-character
adjective becomes a two-character one after 日益/日渐 (日渐寒冷, never 日益冷); who pays said with 是由…来出的 becomes
从…中列支 (never 为由…来出的). Concise: a request stressed (请大家一定要记住) keeps its 请 with 务必 (never 请须); a span
of days from … until … is written 至; the group chat a notice is posted in, a greeting to 各位 with 一个事情 (各位 is no
"each", so 一个 is no count) and small talk about the season go when the text is too long.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite

NOTICE = ("跟各位同事说一个事情：寒假马上就要到了，天气越来越冷了，工会跟县人民医院约好了，从1月8号开始到1月12号为止，"
          "每天下午4点在学校会议室给大家量血压、测血糖，不收费。这件事请大家一定要记住，空腹来测。")


def formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_growing_colder_and_busier_is_said_with_two_characters():
    out = formal("天气越来越冷了，大家手上的事越来越多，老师们也越来越忙。")
    assert "日益冷" not in out and "日渐寒冷" in out, out
    assert "日益增多" in out and "日益繁忙" in out and "日益忙" not in out, out


def test_who_pays_is_written_as_the_fund_it_comes_from():
    out = formal("订报的钱是由会费来出的，个人不用掏钱。")
    assert "从会费中列支" in out and "为由" not in out and "来出" not in out, out


def test_a_concise_notice_drops_the_chat_the_greeting_and_the_weather():
    result = rewrite(NOTICE, "concise")
    out = result.text
    assert "各位同事说" not in out and "一个事情" not in out, out
    assert "天气" not in out, out
    assert "1月8日至1月12日" in out or "1月8日至12日" in out, out
    assert "请须" not in out and "请务必" in out, out
    for fact in ("县人民医院", "下午4时", "会议室", "血压", "血糖", "空腹"):
        assert fact in out, (fact, out)
    assert len(out) <= 0.7 * len(NOTICE), (len(out), len(NOTICE), out)
    chat = rewrite("借工作群给各位说一声，周五下午3点在图书馆开读书会，每人带一本书。", "concise").text
    assert "群" not in chat and "下午3时" in chat and "图书馆" in chat, chat


def test_a_colleague_called_by_a_and_a_given_name_is_named_as_a_teacher():
    out = formal("交表找阿琳，她收齐了再转给阿峰。")
    assert "阿琳" not in out and "琳老师" in out and "峰老师" in out, out
    kin = formal("找阿婆问问老手艺，再请阿公讲讲当年的事。")
    assert "婆老师" not in kin and "公老师" not in kin, kin
