"""The concise tone inside the clause (assistant/rewrite/squeeze.py): while a paragraph is still too long, words that
carry no fact go (我们 as subject, 就, degree words, a closing 了, 是…的); a time said in characters (三点三十分) is
never read as the degree word 十分. Sentences are the tests' own."""

from assistant.domain.vocab import Tone
from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import load_lexicon
from assistant.rewrite.squeeze import squeeze


def _squeezed(text: str, target: int) -> str:
    return squeeze(text, load_lexicon(), Notes(), lambda t: len(t) > target, lambda t: t)


def test_words_without_facts_go_while_too_long():
    text = "我们包了一辆大巴，车票就由工会统一买了，活动室是新装修的，场地非常宽敞。"
    out = _squeezed(text, 20)
    assert "我们" not in out and "就" not in out and "非常" not in out, out
    assert "大巴" in out and "工会统一买" in out and "宽敞" in out, out


def test_a_text_short_enough_keeps_its_words():
    text = "我们包了一辆大巴，场地非常宽敞。"
    assert _squeezed(text, 100) == text


def test_a_time_in_characters_is_not_a_degree_word():
    text = "报名下午三点三十分截止，场地非常宽敞，我们就不另行通知了。"
    out = _squeezed(text, 10)
    assert "三十分" in out and "非常" not in out, out


def test_a_concise_paragraph_full_of_facts_loses_words_not_facts():
    from assistant.rewrite.rules import rewrite

    text = ("秋季登山活动，我们今年定在10月18日，星期六，早上7点在学校正门集合，路线是鸡公山北坡，全程大概8公里，"
            "山路是比较陡的，体力不好的老师就走半程，工会给每人准备一瓶水和一份干粮，费用由工会经费出，"
            "想去的老师请在10月12日前找本年级联络员登记。")
    out = rewrite(text, Tone.CONCISE).text
    assert "我们" not in out and "就走" not in out and "是较陡的" not in out, out
    for fact in ("10月18日", "星期六", "7时", "8公里", "半程", "10月12日"):
        assert fact in out, (fact, out)
