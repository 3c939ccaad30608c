"""The concise tone on a notice's lead-up (round 21 work): the opening announcement, a reason told inside a sentence
before its 因此, the old way of doing a thing the notice changes, and the topic of a lead-up sentence that goes.
Sentences are the tests' own."""

from assistant.rewrite.lead_up import is_topic
from assistant.rewrite.rules import rewrite


def _ratio(text: str, out: str) -> float:
    return len(out) / len(text)


def test_reason_inside_a_sentence_goes_with_its_therefore():
    text = ("本周工会要核对会员名册，主要是因为上学期有位同事调走了，名册一直没有更新，电话也联系不上本人，"
            "所以这次请各组认真核对。核对结果请于周五前交给工会办公室。")
    out = rewrite(text, "concise").text
    assert "调走" not in out and "所以" not in out and "因此" not in out, out
    assert "核对" in out and "周五" in out and _ratio(text, out) <= 0.7, out


def test_the_old_way_goes_when_the_notice_changes_it():
    text = ("说一下借书的事情，以前我们都是在图书室门口的本子上登记，常常有人忘了还，书找不回来，管理员也很为难。"
            "下学期起改为在校园网上登记借还，每人最多借三本，期限两周，逾期的由工会提醒。")
    out = rewrite(text, "concise").text
    assert "以前" not in out and "本子" not in out and out.startswith("借书："), out
    assert "校园网" in out and "三本" in out and "两周" in out and _ratio(text, out) <= 0.7, out


def test_the_topic_of_a_dropped_lead_up_is_kept():
    text = ("那个，最近三楼会议室那台投影仪，用的人越来越多了，这是好事，可是也出了不少毛病，有的人用完了不关机，"
            "有的人把灯泡弄坏了，很不应该。工会委员们商量了一下，定几条规矩：一是用前要登记；二是用完要关机断电；"
            "三是损坏照价赔偿。钥匙在小吴那里。")
    out = rewrite(text, "concise").text
    assert "投影仪" in out and "会议室" in out and "照价赔偿" in out, out
    assert _ratio(text, out) <= 0.7, out


def test_only_a_noun_phrase_is_a_topic():
    assert is_topic("近期三楼会议室那台投影仪")
    assert not is_topic("委员们一直想着如何丰富活动")
