"""Figures the physical world rules out: a walk of 12 km done in 40 minutes, 58 people held in a room of 15 m², thirty
years of teaching by someone of forty-one, 118 riders in two 45-seat coaches, an average of 10.3 on a ten-point scale.

Bounds, generous so that only the impossible is flagged (sources: brisk walking 5–7 km/h and race walking's world
records near 15 km/h; marathon records near 21 km/h; 《建筑设计防火规范》 GB 50016 and 《民用建筑设计统一标准》
GB 50352 reckon 0.5–1 m² per person for assembly rooms, and a crowd standing packed needs about 0.25 m² each):
"""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import count_of

WALK_KMH = 10.0  # faster than this no group on foot goes (走完, 步行, 徒步, 健步走, 登山)
RUN_KMH = 25.0  # ... nor a runner (跑完, 长跑, 越野跑)
RIDE_KMH = 45.0  # ... nor a cyclist (骑行, 骑完)
ROOM_M2 = 0.5  # square metres a person needs at least in a room that holds everyone at once
# Nobody starts teaching before 17 (the youngest 中师 graduates of the old system; 《教师法》第十一条 asks 中师 or more
# for a primary teacher): years of teaching that reach back before that age are impossible.
START_AGE = 17

_NUMBER = r"(\d+(?:\.\d+)?|[一二三四五六七八九十两百]+)"
_SENTENCE = re.compile(r"[^。；！？\n]+")
_DISTANCE = re.compile(rf"{_NUMBER}\s*(?:公里|千米|km|KM)")
TIME = r"(\d+(?:\.\d+)?|[一二三四五六七八九十两]+|半)\s*(分钟|个?小时|个半小时)"  # a length of time
_TIME = re.compile(TIME)
_WALK = re.compile(r"走完|走到|走一圈|步行|徒步|健步走|登山|爬山|走下来")
_RUN = re.compile(r"跑完|跑到|长跑|越野跑|慢跑|马拉松|跑下来")
_RIDE = re.compile(r"骑完|骑行|骑车|骑到")
_WAYS = ((_RUN, RUN_KMH, "跑"), (_RIDE, RIDE_KMH, "骑行"), (_WALK, WALK_KMH, "步行"))
_AREA = re.compile(rf"{_NUMBER}\s*(?:平方米|平米|㎡|平方)")
_SERVICE = r"(?:教书|教龄|工龄|从教|执教|任教|教了)"
# 教龄满30年的……最年轻的41岁 (the youngest of those with that service) and 38岁的……教龄25年 (one person).
_YOUNGEST = re.compile(rf"{_SERVICE}(?:满|超过|达到?|已有?|都有)?\s*{_NUMBER}\s*年[^。；]{{0,24}}?(?:最年轻的|年纪最小的|最小的)[^。；，]{{0,4}}?{_NUMBER}\s*(?:周)?岁")
_ONE_PERSON = re.compile(rf"{_NUMBER}\s*(?:周)?岁[^。；，,]{{0,10}}?{_SERVICE}(?:已|已有|已经)?\s*{_NUMBER}\s*年")
# Vehicles by seats: 租45座大巴2辆 … 118名教职工全部乘车 (every rider needs a seat: 《道路交通安全法》第四十九条 forbids
# carrying more passengers than the vehicle's rated number).
_SEATS = re.compile(rf"{_NUMBER}\s*座[^，。；]{{0,8}}?{_NUMBER}\s*(?:辆|台)")
_RIDERS = re.compile(rf"{_NUMBER}\s*(?:名|人|位)[^，。；]{{0,10}}?(?:全部|全体|都|一起|统一)?(?:乘车|坐车|乘坐|上车)")
# A score out of a scale (10分制, 满分100分) exceeded by the score reported under it (平均得分达到10.3分).
_SCALE = re.compile(rf"(?:{_NUMBER}\s*分制|满分(?:为|是)?\s*{_NUMBER}\s*分)")
_SCORE = re.compile(rf"(?:得分|分数|成绩|打分|评分)(?:为|是|达到?|达|在|有|高达|均为)?\s*{_NUMBER}\s*分")
_HOLDS = re.compile(rf"(?:容纳|坐下|坐得下|装下|站下|同时(?:进行|开展|活动|就座|参加)?)[^，。；]{{0,8}}?{_NUMBER}\s*(?:名|人|位)")


def _value(raw: str) -> float:
    if raw == "半":
        return 0.5
    try:
        return float(raw)
    except ValueError:
        return float(count_of(raw) or 0)


def hours_of(time: re.Match) -> float:
    """Hours of a length of time matched by TIME (40分钟, 三个半小时, 半小时)."""
    value, unit = _value(time.group(1)), time.group(2)
    return value / 60 if unit == "分钟" else value + (0.5 if "半" in unit else 0)


def physical(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for s in _SENTENCE.finditer(doc.text):
        sentence = s.group(0)
        out += _speeds(doc, s.start(), sentence) + _rooms(doc, s.start(), sentence) + _careers(doc, s.start(), sentence)
        out += _seats(doc, s.start(), sentence) + _scores(doc, s.start(), sentence)
    return out


def _in_order(sentence: str, first: re.Pattern, then: re.Pattern) -> tuple[re.Match, re.Match] | None:
    """The first match of `first` and the first of `then` after it (a distance and its time, seats and riders)."""
    a = first.search(sentence)
    b = then.search(sentence, a.end()) if a else None
    return (a, b) if a and b else None


def _seats(doc: Document, at: int, sentence: str) -> list[Finding]:
    found = _in_order(sentence, _SEATS, _RIDERS)
    if not found:
        return []
    bus, riders = found
    seats, vehicles, people = _value(bus.group(1)), _value(bus.group(2)), _value(riders.group(1))
    if not (seats and vehicles and people) or seats * vehicles >= people:
        return []
    return [doc.finding(
        "impossible_figure", at + bus.start(), at + riders.end(),
        f"{vehicles:g}辆{seats:g}座的车只有{seats * vehicles:g}个座位，坐不下{people:g}人", "核对车辆数或乘车人数",
    )]


def _scores(doc: Document, at: int, sentence: str) -> list[Finding]:
    scale = _SCALE.search(sentence)
    if not scale:
        return []
    top = _value(scale.group(1) or scale.group(2))
    out = []
    for m in _SCORE.finditer(sentence, scale.end()):
        if top and _value(m.group(1)) > top:
            out.append(doc.finding(
                "impossible_figure", at + m.start(), at + m.end(),
                f"满分{top:g}分，得分不可能是{_value(m.group(1)):g}分", "核对得分或计分办法",
            ))
    return out


def _speeds(doc: Document, at: int, sentence: str) -> list[Finding]:
    found = _in_order(sentence, _DISTANCE, _TIME)
    if not found:
        return []
    distance, time = found
    hours = hours_of(time)
    km = _value(distance.group(1))
    # the first way of going the sentence names sets the bound (a run is not held to walking's)
    bound = next(((limit, how) for pattern, limit, how in _WAYS if pattern.search(sentence)), None)
    if not (hours and km and bound) or km / hours <= bound[0]:
        return []
    return [doc.finding(
        "impossible_figure", at + distance.start(), at + time.end(),
        f"{km:g}公里用{time.group(0)}，每小时要{bound[1]}{km / hours:.0f}公里，做不到", "核对路程或用时",
    )]


def _rooms(doc: Document, at: int, sentence: str) -> list[Finding]:
    found = _in_order(sentence, _AREA, _HOLDS)
    if not found:
        return []
    area, held = found
    m2, people = _value(area.group(1)), _value(held.group(1))
    if people and m2 / people < ROOM_M2:
        return [doc.finding(
            "impossible_figure", at + area.start(), at + held.end(),
            f"{m2:g}平方米的场地要容纳{people:g}人，每人不到{ROOM_M2:g}平方米，容纳不下",
            "核对面积或人数，或改为分批使用",
        )]
    return []


def _careers(doc: Document, at: int, sentence: str) -> list[Finding]:
    out = []
    for m, years, age, said in (
        *((m, m.group(1), m.group(2), "从教{y}年的人里最年轻的{a}岁") for m in _YOUNGEST.finditer(sentence)),
        *((m, m.group(2), m.group(1), "{a}岁而教龄{y}年") for m in _ONE_PERSON.finditer(sentence)),
    ):
        y, a = _value(years), _value(age)
        if y and a and a - y < START_AGE:
            out.append(doc.finding(
                "impossible_figure", at + m.start(), at + m.end(),
                f"{said.format(y=f'{y:g}', a=f'{a:g}')}，等于{a - y:g}岁就开始教书，不可能", "核对教龄或年龄",
            ))
    return out
