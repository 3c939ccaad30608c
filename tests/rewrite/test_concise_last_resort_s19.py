"""The concise tone's last resort (assistant/rewrite/last_resort.py): a paragraph still longer than its target after
every other step loses the clauses that hold no fact — the speaker's framing first (工会开会商量过, 我一直记着), then
clauses naming nothing new — and keeps every number, time, name and place; a paragraph short enough keeps them all.
Sentences are the tests' own."""

from assistant.domain.vocab import Tone
from assistant.rewrite.apply import Notes
from assistant.rewrite.clauses import join, split
from assistant.rewrite.last_resort import drop_factless
from assistant.rewrite.rules import rewrite


def _length(clauses, show) -> int:
    return len(show(join(clauses)))


def _drop(clauses, i, notes, show) -> None:
    clauses.pop(i)


def _run(text: str, target: float, facts: tuple[str, ...]) -> str:
    clauses = split(text)
    fact = lambda cs, i: any(f in cs[i].text for f in facts)  # noqa: E731
    drop_factless(clauses, Notes(), lambda t: t, target, fact, fact, _length, _drop)
    return join(clauses)


def test_framing_goes_before_the_other_clauses():
    text = "游泳馆年卡每张90元，工会开会商量过，大家都觉得合适，每人限办一张。"
    out = _run(text, len(text) - 8, ("90元", "一张"))
    assert "商量过" not in out and "90元" in out and "一张" in out, out


def test_a_text_short_enough_keeps_every_clause():
    text = "游泳馆年卡每张90元，工会开会商量过，每人限办一张。"
    assert _run(text, len(text) + 5, ("90元",)) == text


def test_a_long_concise_paragraph_keeps_its_facts():
    text = ("跟各位说个事，去年就有好几位同事念叨过想学太极拳，我一直惦记着这件事。今年工会总算请到了区老年大学的太极拳"
            "教练，每周四傍晚在风雨操场上课，一共12次，学费工会包了，大家只要带一双布鞋，"
            "想学的请于9月8日之前去工会二楼找欧阳老师登记。")
    out = rewrite(text, Tone.CONCISE).text
    for fact in ("太极拳", "老年大学", "风雨操场", "12次", "布鞋", "9月8日", "欧阳"):
        assert fact in out, out
    assert "惦记着" not in out, out
    assert len(out) <= 0.75 * len(text), (len(out) / len(text), out)
