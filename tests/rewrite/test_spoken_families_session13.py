"""Spoken families written as grammar (thirteenth session): 完了 (= 然后) before any clause, the result of a survey
(统计下来 → 经统计，), a rise said with 涨, staying somewhere said with 躲/窝. Sentences are the tests' own."""

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_wanle_opening_a_clause_before_a_number():
    out = _formal("先抽签分组，完了以5人为一队轮流上场。")
    assert "完了" not in out and "随后" in out and "5人" in out, out


def test_result_of_a_survey():
    out = _formal("核查下来一共有7个老师没交材料。")
    assert out.startswith("经核查，") and "7名" in out and "下来" not in out, out


def test_a_rise_said_with_zhang():
    out = _formal("伙食标准比上学期涨了两块。")
    assert "涨" not in out and "增加" in out, out
    assert "涨工资" in _formal("涨工资的事情再议。")  # no amount after it: left alone


def test_hiding_or_huddling_says_where():
    out = _formal("冬天值班的老师只能躲在门卫室取暖。")
    assert "躲在" not in out and "在门卫室" in out, out
    assert "鸟窝在" in _formal("屋檐下的鸟窝在春天被清理了。")
