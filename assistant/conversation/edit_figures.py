"""Correcting a headcount the plan states ("教职工其实是68个，女的52个，计划里的数改一下", "退休人数改成15"): each
group the user names with its number (knowledge/edits.yaml `figures`) has its figure replaced wherever the plan writes
it (现有女教职工49人, 12名退休教职工); the rest of each item stays word for word. A headcount the plan does not state
is said so, and nothing changes. This module reads the request; edit_headcounts carries it out."""

from __future__ import annotations

import re

from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import number
from assistant.conversation.edit_text import add_verb
from assistant.conversation.edit_words import EditWords, alternation

_SAID = r"(?:的)?(?:那个|这个)?(?:人数|总人数|总数|数量|数)?(?:不对|有误|错了|写错了|搞错了)?[，,\s]*(?:其实|实际上?|现在|目前|核实后|应该|应当|应)?(?:是|有|为|改成|改为|变成|写成|" \
        r"调成|一共|共|总共|共有|核实为|核定为)?[:：\s]*"
# A count in Chinese numerals only where it counts people: a measure word of people or the clause end after it, not a
# span of time ("老师一上午站着", "一个学期").
_COUNT = r"(\d{1,4}|[一二三四五六七八九十百两]{1,5}(?=\s*(?:(?:个|人|名|位|口)(?!上午|下午|晚上|月|学期|星期|钟头|小时|礼拜)|" \
         r"[，,。；;！!\s]|$)))\s*(?:个|人|名|位|口)?"


def read_figures(text: str, words: EditWords) -> list[tuple[str, int]]:
    """(group, number) for each headcount a correction gives ("女的52个" → ("women", 52)); [] when the message is no
    correction of a headcount (no cue such as 人数/不对/改, or no group said with a number)."""
    figures = words.figures
    if not figures or not re.search(alternation(figures.get("cues", ())), text):
        return []
    names = {w: key for key, spoken in figures.get("groups", {}).items() for w in spoken}
    if not names:
        return []
    found: list[tuple[str, int]] = []
    for m in re.finditer(rf"({alternation(list(names))}){_SAID}{_COUNT}", text):
        n = int(m.group(2)) if m.group(2).isdigit() else number(m.group(2))
        key = names[m.group(1)]
        if n and key not in (k for k, _ in found):
            found.append((key, n))
    return found


_CN_COUNT = "一二三四五六七八九十百两"  # a count in Chinese numerals after a verb of replacing (改成六十八)


class FigureReaders:
    """The reader of headcount corrections (mixed into the parser of edit_requests, whose `words` it uses)."""

    def _headcounts(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        """"教职工其实是68个，女的52个": headcounts put right (edit_figures), not an addition or a replacement of words."""
        if add_verb(text, self.words) or any(not re.match(rf"\s*(?:\d|[{_CN_COUNT}])", text[v.end() :])
                                              for v in re.finditer(self.words.verb("replace"), text)):
            return None
        figures = read_figures(text, self.words)
        return EditRequest("figures", figures=[list(f) for f in figures]) if figures else None
