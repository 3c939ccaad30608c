"""Additions said with no word of adding: a situation and then what should be done ("…，工会跟教务处办个培训"), or
a proposal of something to set up or hold ("建个老同志联络群", "下学期想办一次插花沙龙"). The patterns are data
(knowledge/edits.yaml: duty, demand, proposal)."""

from __future__ import annotations

import re

from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import NUM, is_question
from assistant.conversation.edit_text import split_contents
from assistant.conversation.edit_words import EditWords


def told_duty(text: str, question: bool, words: EditWords) -> EditRequest | None:
    """"新来的老师手语不熟，工会跟教务处一块办个培训": a situation, then what the union should do, with no word of
    adding: the user wants that done, so it is added as one measure (a single sentence of chat, not a pasted
    passage, which stays a text to polish)."""
    parts = [c for c in re.split(r"[，,；;。！!]", text.rstrip("。！! ")) if c]
    if question or len(text) > 120 or is_question(text, words):
        return None
    if re.search(rf"第\s*{NUM}\s*(?:条|项|个|点|行)|(?:那|这)(?:一)?(?:条|项)", text):
        return None  # "第3条写得太虚，得落实到人": about an item the plan has, not a new measure
    asked = re.search(r"几(?:次|回|场|期|个|天|号|点|人|名|年)|多少|多久|多长", text)  # "教代会一年开几次": a question
    if not asked and any(p.search(c) for c in parts for p in words.proposal):
        # "建个老同志联络群，专人负责" / "再搞一次厨艺比赛": something to set up, said without 加
        return EditRequest("add", contents=split_contents(text.rstrip("。！! "), 0))
    if len(parts) < 2 or re.search(r"[。！!].", text.rstrip("。！! ")):
        return _as_measure(text, words)
    # what the union should do (工会跟教务处办个培训), or what should be done for them (路费补助得给落实)
    if not any(p.search(c) and re.sub(r"^(?:由|请|让|麻烦|希望|盼着|建议)", "", c).startswith("工会") for c in parts[1:] for p in words.duty) \
            and not any(p.search(c) for c in parts[1:] for p in words.demand):
        return _as_measure(text, words)
    return EditRequest("add", contents=split_contents(text.rstrip("。！! "), 0))


# A question said without a question mark: how many or how long (not 新来的几个老师, a count told), or whether it may be
# done (能不能, 可不可以, 行不行: the A-not-A question of 《现代汉语八百词》).
_ASKS = re.compile(r"(?<![这那好十前后头的])几(?:次|回|场|期|个|天|号|点|人|名|年)|多少|多久|多长|能不能|能否|可不可以|行不行|"
                   r"可以吗|要不要|该不该|是不是")


def _as_measure(text: str, words: EditWords) -> EditRequest | None:
    """"X月份工会安排人上门帮着办好" / "节前后组织她们学一学…": a message told as a measure (a word of action with a
    time or an actor of the union; knowledge/edits.yaml measure_cues) and no command is something to add to the plan
    (placed by what it is about), not a passage to polish. One or two sentences of chat; a longer pasted passage, or
    one that points at text already written (这段, 润色), is left to the router."""
    cues = words.measure_cues
    body = text.rstrip("。！! ")
    if _ASKS.search(body) or not cues or len(body) < 10 or len(re.findall(r"[。！!]", body)) > 1:
        return None
    if any(w in body for w in cues.get("text_words", ())):
        return None
    timed = any(re.search(p, body) for p in cues.get("times", ()))
    acted = any(w in body for w in cues.get("actors", ()))
    acting = [c for c in re.split(r"[，,；;。！!]", body) if any(re.search(p, c) for p in cues.get("actions", ()))]
    if not (timed or acted) or not any(not any(re.search(p, c) for p in cues.get("past", ())) for c in acting):
        return None
    return EditRequest("add", contents=split_contents(body, 0))
