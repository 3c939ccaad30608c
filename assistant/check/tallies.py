"""Figures a reviewer redoes by arithmetic the plan itself states: an age against a birth year and the plan's year
(born in 1950 and said to turn sixty this year), years of service against the year they began, an anniversary against the founding year;
teams times players against the staff (each team of 10 and 12 teams for a staff of 100); groups of staff by post that
add up to more than the staff (teachers 60, support staff 20 and office staff 15 for a staff of 80); the games of a round
robin against its teams (6 teams, single round robin: 15 games, not 20) and a round trip against its one-way distance
(单程5公里, 往返8公里)."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.check.staff import division
from assistant.domain.numerals import count_of, count_pattern

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = count_pattern(3, 4)
_YEAR = r"((?:19|20)\d\d)\s*年"
# A start year and the count of years since it, in either order within one clause. Ages: 1950年出生 … 今年77岁 /
# 七十大寿; service: 1998年参加工作 … 教龄29年; founding: 1957年建校 / 始建于1957年 … 70周年.
_AGE = rf"(?:今年|明年|届时|已|年满|将满|满|正好|刚好|迎来|喜迎)?\s*{_N}\s*(?:周岁|岁|大寿|寿辰|华诞|高寿|寿)"
_SERVICE = rf"(?:教龄|工龄|从教|执教|任教|党龄|坚守讲台)\s*(?:已经|已有|已满|已|满|达|有|整)?\s*{_N}\s*(?:年|周年)"
_FOUNDED = rf"{_N}\s*周年"
_STARTS = (
    ("age", re.compile(rf"{_YEAR}(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?)?\s*(?:出生|生人|生(?![产活日效育]))"), re.compile(_AGE)),
    ("service", re.compile(rf"{_YEAR}(?:\s*\d{{1,2}}\s*月)?\s*(?:参加工作|入职|从教|走上讲台|开始任教|参工|入党)"),
     re.compile(_SERVICE)),
    ("founded", re.compile(rf"(?:{_YEAR}(?:\s*\d{{1,2}}\s*月)?\s*(?:建校|建园|创办|创建|成立|建成)|(?:始建于|创办于|创建于|成立于|建于)\s*{_YEAR})"),
     re.compile(_FOUNDED)),
)
_WHAT = {"age": ("年龄", "岁"), "service": ("年数", "年"), "founded": ("周年数", "周年")}
# The size of each team (每队N人, 每组N名) and the number of teams (M支队, M个组), in one sentence.
_EACH = re.compile(rf"每(?:个|支)?(?:代表队|队伍|队|小组|组)\s*(?:各)?\s*(?:有|为|限|均为)?\s*{_N}\s*(?:人|名)")
_TEAMS = re.compile(rf"{_N}\s*(?:支|个)\s*(?:代表队|队伍|队|小组|组)(?![长员])")
_STAFF_WORD = re.compile(r"老师|教师|教职工|教工|职工|人人|全员|全体")
# Teams that also count pupils, families, retirees or other schools' staff (a district tournament), or attendances.
_NOT_STAFF = re.compile(r"学生|幼儿|家长|家属|子女|退休|来宾|嘉宾|人次|各校|各学校|兄弟学校|友校|全区|全市|全县|全镇|全乡|联队|校外")
# Staff split into groups by post, each post with its count (the posts of knowledge/policy_terms.yaml `staff_divisions`).
_SPLIT = re.compile(r"划分|分为|分成|编为|编成|编入|分\s*[两二三四五六七八九十\d]{1,2}\s*个?(?:组|小组)|各(?:一|1)个?(?:组|小组)|各编|成组|小组")
_POST_COUNT = re.compile(rf"([\u4e00-\u9fff]{{2,12}}){_N}\s*(?:人|名)")
_JOIN = re.compile(r"和|及|与|、")
# A round robin of N teams plays N(N-1)/2 games, a double one N(N-1) (the 单循环/双循环赛制 of every sports rulebook):
# 6支队伍单循环，共20场 cannot be.
_ROBIN = re.compile(rf"{_N}\s*(?:支|个|只)[^。；，,]{{0,14}}?(单|双)循环[^。；]{{0,10}}?(?:共|合计|总计|一共|计)\s*(?:需|要)?\s*"
                    rf"(?:打|赛|比赛|进行|举行)?\s*{_N}\s*场")
# A round trip on the route it went out on is twice the one way (单程5公里，往返全程8公里 cannot be); 10% either way is
# left for a detour.
_ONE_WAY = re.compile(r"单程\s*(?:约|大约|近|为|有)?\s*(\d+(?:\.\d+)?)\s*(公里|千米|km|里|米)")
_ROUND_TRIP = re.compile(r"往返\s*(?:全程|路程|距离|一趟)?\s*(?:共|约|大约|近|为|有|合计)?\s*(\d+(?:\.\d+)?)\s*(公里|千米|km|里|米)")


def tallies(doc: Document, year: int, staff: int) -> list[Finding]:
    """Findings for each stated count that its own start year, or the staff (`staff`, 0 when unknown), contradicts."""
    out: list[Finding] = []
    for sentence in _SENTENCE.finditer(doc.text):
        words, at = sentence.group(0), sentence.start()
        out += _since(doc, words, at, year) + _robins(doc, words, at) + _trips(doc, words, at)
        if staff:
            out += _teams(doc, words, at, staff) + _posts(doc, words, at, staff)
    return out


def _since(doc: Document, words: str, at: int, year: int) -> list[Finding]:
    out = []
    for kind, start_pattern, tally_pattern in _STARTS:
        for start in start_pattern.finditer(words):
            begun = int(start.group(1) or start.group(2))
            count = tally_pattern.search(words, start.end(), start.end() + 18)
            if count is None or re.search(r"[，,].*[，,]", words[start.end():count.start()]):
                continue  # the count must follow in the same or the next clause
            stated = count_of(count.group(1))
            low, high = year - begun - 1, year + 1 - begun + (1 if kind == "age" else 0)  # 虚岁 is one more
            if stated <= 0 or low <= stated <= high:
                continue
            right, (what, unit) = year - begun, _WHAT[kind]
            out.append(doc.finding(
                "impossible_figure", at + start.start(), at + count.end(),
                f"从{begun}年算起，到{year}年是{right}{unit}左右，与“{count.group(0).strip()}”对不上",
                f"核对{what}或起始年份：按{begun}年算，{year}年应为{right}{unit}左右",
            ))
    return out


def _teams(doc: Document, words: str, at: int, staff: int) -> list[Finding]:
    each, teams = _EACH.search(words), None
    if each is None or _NOT_STAFF.search(words) or not _STAFF_WORD.search(words):
        return []
    for m in _TEAMS.finditer(words):
        if not (m.start() < each.end() and each.start() < m.end()):
            teams = m
            break
    if teams is None:
        return []
    size, number = count_of(each.group(1)), count_of(teams.group(1))
    if size <= 0 or number <= 0 or size * number <= staff:
        return []
    a, b = min(each.start(), teams.start()), max(each.end(), teams.end())
    return [doc.finding(
        "impossible_figure", at + a, at + b, f"{number}支队、每队{size}人，共需{size * number}人，比教职工总数{staff}人还多",
        "核对队数和每队人数：参赛的教职工不会多于教职工总数",
    )]


def _posts(doc: Document, words: str, at: int, staff: int) -> list[Finding]:
    if not _SPLIT.search(words) or _NOT_STAFF.search(words):
        return []
    parts = []
    for m in _POST_COUNT.finditer(words):
        label = re.split(r"[：:，,]", m.group(1))[-1]
        pieces = [p for p in _JOIN.split(label) if p]
        if pieces and all(division(p) == "post" for p in pieces):
            parts.append((label, count_of(m.group(2)), m))
    if len(parts) < 2 or len({p[0] for p in parts}) < len(parts):
        return []
    total = sum(p[1] for p in parts)
    if total <= staff:
        return []
    first, last = parts[0][2], parts[-1][2]
    return [doc.finding(
        "impossible_figure", at + first.start(1), at + last.end(), f"按岗位分组的人数合计{total}人，比教职工总数{staff}人还多",
        "核对各岗位人数：各岗位之和不会多于教职工总数",
    )]


def _robins(doc: Document, words: str, at: int) -> list[Finding]:
    out = []
    for m in _ROBIN.finditer(words):
        teams, games = count_of(m.group(1)), count_of(m.group(3))
        right = teams * (teams - 1) // (2 if m.group(2) == "单" else 1)
        if teams < 2 or games <= 0 or games == right:
            continue
        out.append(doc.finding(
            "impossible_figure", at + m.start(), at + m.end(),
            f"{teams}支队{m.group(2)}循环应赛{right}场，不是{games}场", f"核对队数或场数：{teams}支队{m.group(2)}循环共{right}场",
        ))
    return out


def _trips(doc: Document, words: str, at: int) -> list[Finding]:
    one = _ONE_WAY.search(words)
    both = _ROUND_TRIP.search(words, one.end()) if one else None
    if not (one and both) or one.group(2) != both.group(2):
        return []
    single, total = float(one.group(1)), float(both.group(1))
    if not single or abs(total - 2 * single) <= 0.1 * 2 * single:
        return []
    unit = one.group(2)
    return [doc.finding(
        "impossible_figure", at + one.start(), at + both.end(),
        f"单程{single:g}{unit}，往返应为{2 * single:g}{unit}左右，不是{total:g}{unit}", "核对单程或往返的路程",
    )]
