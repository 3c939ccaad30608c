"""Two shapes of a spoken request that a measure is written in another order (parts of speech by jieba):

- the people a measure is for told first as a clause of their own ("在本校工作满二十年的老教师，重阳节送束花"): written
  "[time,] 为 + the people + what is done" (为 "表示行为的对象", 《现代汉语八百词》);
- what is to be done told in the situation and the union's part told last with a verb that has no object of its own
  ("医院可以上门给老同志量血压，工会出面联系一下"): the verb takes the situation's action as its object, and the
  people the situation names, so the measure says what the union organises, not only that it does.
"""

from __future__ import annotations

import re

from assistant.domain.calendar import Calendar
from assistant.index.segmentation import pos_tokenizer

# The last word of a phrase naming people (教师, 教职工, 班主任…): a clause ending so, with 的 in it, describes a group.
_PEOPLE_END = re.compile(r"(?:教师|老师|教职工|职工|员工|同志|会员|班主任|校医|人员|干部|党员|家属|子女)$")
_ACTOR = re.compile(r"^(?:工会|学校|我校|我园|幼儿园|女职工委员会)")
# Words before a situation's action that are not part of it (去接种, 可以帮…体检, 要去…).
_LEAD = re.compile(r"^(?:去|来|要|可以|能|能够|会|帮忙|帮|给|替|统一|专门|上门)+")


def for_people(clauses: list[str], calendar: Calendar) -> list[str]:
    """The clauses with a leading clause that only names a group of people merged into the action after it
    ("……的乡村教师", "教师节颁发荣誉证书" → "教师节为……的乡村教师颁发荣誉证书"); as they are otherwise."""
    if len(clauses) < 2:
        return clauses
    group, action = clauses[0], clauses[1]
    tokens = list(pos_tokenizer().cut(group))
    if not (_PEOPLE_END.search(group) and "的" in group and not _ACTOR.match(group)
            and tokens and tokens[-1].flag.startswith("n") and not _PEOPLE_END.search(action)):
        return clauses
    time = ""
    found = calendar.festivals_in(action)
    if found and found[0][1] == 0:
        end = found[0][2]
        tail = re.match(r"(?:节)?(?:前夕|前后|前|后|期间|当天|那天|时)?(?:的)?[，,]?", action[end:])
        time, action = action[: end + tail.end()], action[end + tail.end() :]
    words = list(pos_tokenizer().cut(action))
    if not words or not words[0].flag.startswith("v"):
        return clauses
    return [f"{time}为{group}{action}", *clauses[2:]]


def with_object(wanted: list[str], situation: list[str], people: tuple[str, ...]) -> tuple[list[str], bool]:
    """(`wanted` with its first clause's bare verb given the situation's action as object, True) when the union's part
    is only the union taking charge ("工会牵头组织", "工会出面联系") and the situation tells an action on a thing ("去接种
    ……疫苗": its last verb and what follows it); (`wanted`, False) otherwise."""
    if not wanted or not situation:
        return wanted, False
    actor = _ACTOR.match(wanted[0])
    rest = [t for t in pos_tokenizer().cut(wanted[0][actor.end() :])] if actor else []
    if not rest or not all(t.word in _CHARGE or t.flag == "v" for t in rest):
        return wanted, False
    for clause in reversed(situation):
        parts = list(pos_tokenizer().cut(_LEAD.sub("", clause)))
        verbs = [i for i, t in enumerate(parts) if t.flag == "v" and t.word not in _NOT_ACTION
                 and any(p.flag.startswith(("n", "eng")) for p in parts[i + 1 :])]
        if not verbs:
            continue
        action = "".join(t.word for t in parts[verbs[-1] :])
        said = "".join(situation)
        whom = next((p for p in sorted(people, key=len, reverse=True) if p in said and p not in action), "")
        return [wanted[0] + whom + action, *wanted[1:]], True
    return wanted, False


# The union taking a matter in hand (牵头, 出面, 联系, 协调, 张罗…: the verbs of 工会 "组织协调" in union work reports):
# said with nothing after them, they leave what is organised to the situation told before.
_CHARGE = ("牵头", "出面", "组织", "联系", "协调", "对接", "安排", "落实", "负责", "张罗", "操办", "统筹", "组织一下", "来", "去")
# Verbs of saying, being able or wanting, and 帮/给 before a beneficiary: never the action itself.
_NOT_ACTION = ("说", "讲", "说能", "能", "会", "要", "想", "是", "有", "帮", "给", "可以", "愿意", "表示", "答应", "同意")
