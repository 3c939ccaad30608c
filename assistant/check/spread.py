"""Figures of one sentence that contradict each other, as a reviewer recomputes them: a youngest or oldest age on the
wrong side of the average, staff in post younger than the working age or older than any retirement age, groups times
their size that do not give the stated total (24个班，每班1名班主任，共30名), sessions per week times weeks that do not
give the stated number, a percentage of a small count that no whole number of people gives, an age range that runs
backwards.

Sources: 《劳动法》第十五条 (no one under sixteen is employed); the retirement ages of 《国务院关于工人退休、退职的暂行办法》
and the 2024 decision of the 全国人大常委会 on raising them gradually (at most 63 for men, 58 for women cadres) — an age
in post above 65 cannot be right; the rest is arithmetic.
"""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import count_of, count_pattern

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = count_pattern(4, 4)
_AGE = r"(\d{2})\s*(?:周)?岁"
_AVERAGE = re.compile(rf"平均年龄(?:为|是|约)?\s*{_AGE}")
_YOUNGEST = re.compile(rf"(?:最小年龄|年龄最小(?:的)?|最年轻(?:的)?|最小的?)(?:为|是|仅)?\s*{_AGE}")
_OLDEST = re.compile(rf"(?:最大年龄|年龄最大(?:的)?|最年长(?:的)?|最大的?)(?:为|是|已)?\s*{_AGE}")
_NOT_IN_POST = re.compile(r"退休|离休|返聘|老同志|老教师协会|家属|子女|学生|幼儿")
_WORKING_AGE, _OLDEST_IN_POST = 16, 65
# 24个班，每班配备班主任1名，共24名班主任 / 编为6个工会小组，每组15人，共计90人.
_GROUPS = re.compile(
    rf"{_N}\s*个\s*(?:教学班|班级|班|工会小组|小组|组|年级组|分会|代表团)[^。；]{{0,16}}?"
    rf"每(?:个)?(?:班|班级|组|小组|分会|团)[^。；\d一二两三四五六七八九十]{{0,8}}?{_N}\s*(?:名|人|位)[^。；]{{0,12}}?"
    rf"(?:共|共计|合计|总计|总共)\s*{_N}\s*(?:名|人|位)"
)
# A kindergarten class staffed by a formula (两教一保: two teachers and one care worker, 《幼儿园工作规程》第四十条 and
# the staffing standard 《幼儿园教职工配备标准（暂行）》: 全日制 classes 2 teachers + 1 care worker, 半日制 2 teachers):
# 6个班，每班两教一保，保教人员合计18名. The class's staff is the sum of the formula's two figures.
_STAFFED = re.compile(
    rf"{_N}\s*个\s*(?:教学班|班级|班)[^。；]{{0,16}}?每(?:个)?(?:班|班级)[^。；\d一二两三四五六七八九十]{{0,6}}?"
    rf"([一二两三1-3])\s*教\s*([一二两1-2])\s*保[^。；]{{0,12}}?(?:共|共计|合计|总计|总共)\s*{_N}\s*(?:名|人|位)"
)
# 住校生200人住8间寝室、每室最多20人 / 90名教职工分乘2辆大巴，每车限坐45人: people shared out over rooms,
# groups or vehicles, each holding at most so many — more people than the places can hold.
_UNIT = r"(?:宿舍|寝室|房间|间|室|小组|组|队|班|桌|辆|车|大巴|客车)"
_CAPACITY = re.compile(
    rf"{_N}\s*(?:名|人|位)[^。；\d]{{0,6}}?(?:分住|住进|入住|分在|分到|分为|分成|编为|编成|分乘|乘坐|安排在?|分)[^。；\d一二两三四五六七八九十]{{0,3}}?"
    rf"{_N}\s*(?:个|间|张|辆|支)?\s*{_UNIT}[^。；\d]{{0,8}}?每(?:个|间|张|辆|室)?{_UNIT}?[^。；\d一二两三四五六七八九十]{{0,3}}?"
    rf"(?:不超过|最多|至多|不多于|限住|限坐|限乘|限)\s*{_N}\s*(?:名|人|位)"
)
# 每周2次，共16周，共32次 / 每月1次，全年10个月，共10次.
_SESSIONS = re.compile(
    rf"每(周|月)\s*{_N}\s*次[^。；]{{0,10}}?(?:共|连续|为期|全学期|全年)?\s*{_N}\s*(?:个)?(周|月)[^。；]{{0,10}}?"
    rf"(?:共|共计|合计|总计|累计)\s*(?:开展|举办|安排)?\s*{_N}\s*次"
)
# 每周二、周四各练一次，全学期18周共40次: the weekdays listed are the sessions per week.
_WEEKDAY_SESSIONS = re.compile(
    rf"每(?:周|星期)((?:[一二三四五六日天](?:\s*[、和及与]\s*(?:周|星期)?)?){{2,6}})[^。；]{{0,16}}?各[^。；]{{0,6}}?{_N}\s*次"
    rf"[^。；]{{0,10}}?(?:共|连续|为期|全学期|全年|本学期)?\s*{_N}\s*(?:个)?周[^。；]{{0,6}}?(?:共|共计|合计|总计|累计)\s*"
    rf"(?:开展|举办|安排|练)?\s*{_N}\s*次"
)
# 每晚2名老师，全年40周、每周5晚，共需200人次: a stated total, and before it the rates and lengths that make it.
_TOTAL = re.compile(
    rf"(?:共|共需|共计|合计|总计|累计|一共|总共)(?:需要?|要|安排|值班|开展|举办|计|约)?[\u4e00-\u9fff]{{0,3}}?\s*{_N}\s*"
    r"(人次|班次|课时|节|次|晚|天|小时)"
)
_FACTOR = re.compile(
    r"(?<![\d第])(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:个)?"
    r"(名|人(?!次)|位|人次|班次|课时|节|次|晚|天|小时|场|周(?![一二三四五六日天末])|星期|月(?=[，,、共按计]|$)|学期)"
)
_PEOPLE = ("名", "人", "位")
_RATE_ROUGH = re.compile(r"约|左右|以上|以下|不少于|不低于|至少|超过|分别|或|至|到")


def _products(words: str) -> list[tuple[int, int, str, str]]:
    """A total of people-times or sessions that its rates times its lengths do not give: 人次 counts every factor
    (people × nights × weeks); a count of sessions counts all but the people."""
    totals = list(_TOTAL.finditer(words))
    if not totals or "每" not in words[: totals[-1].start()]:
        return []
    total = totals[-1]
    before = words[: total.start()]
    if _RATE_ROUGH.search(before) or _RATE_ROUGH.search(words[total.start() : total.end() + 2]):
        return []
    factors = [(count_of(m.group(1)), m.group(2)) for m in _FACTOR.finditer(before)]
    if total.group(2) != "人次":
        factors = [(n, unit) for n, unit in factors if unit not in _PEOPLE]
    elif not any(unit in _PEOPLE for _, unit in factors):
        return []
    if len(factors) < 3 or min(n for n, _ in factors) <= 0 or sum(1 for _ in re.finditer("每", before)) < 2:
        return []
    product, stated = 1, count_of(total.group(1))
    for n, _ in factors:
        product *= n
    if stated <= 0 or product == stated:
        return []
    said = "×".join(f"{n}{unit}" for n, unit in factors)
    return [(total.start(), total.end(), f"{said}应为{product}{total.group(2)}，与所写{stated}{total.group(2)}不符",
             "核对每次人数、次数和周数，使乘积与总数一致")]


# 8名女教师中37.5%…: a share of a count given with it.
_SHARE_OF_COUNT = re.compile(r"(\d{1,3})\s*(?:名|位|个)[\u4e00-\u9fff]{0,8}?中[，,]?\s*(?:有)?\s*(\d{1,3}(?:\.\d)?)\s*[%％]")
_ROUGH = re.compile(r"约|左右|以上|以下|超过|不少于|不低于|近|达到|力争|至少")
_AGE_RANGE = re.compile(r"(?<!\d)(\d{2})\s*(?:周岁|岁)?\s*(?:至|到|—|–|－|-|~|～)\s*(\d{2})\s*(?:周岁|岁)")
# 第12周至第8周: school weeks that run backwards.
_WEEK_RANGE = re.compile(r"第\s*(\d{1,2})\s*(?:周|教学周)?\s*(?:至|到|—|–|－|-|~|～)\s*第?\s*(\d{1,2})\s*(?:周|教学周)")

# 教了30年书以上的老教师19人（其中教龄25年以上的12人）: a part whose bound is looser than the whole's (25 years or
# more, of people who all have 30 or more) holds every one of them, so it cannot count fewer. Arithmetic of the
# sentence; the bound words are those plans write (以上/及以上/以下).
_BOUND = r"(\d{1,2})\s*(年|周岁|岁)[\u4e00-\u9fff]{0,2}?(以上|以下)"
_NESTED = re.compile(
    rf"{_BOUND}[^。；（(，,\d]{{0,10}}?{_N}\s*(?:名|人|位)[^。；\d]{{0,2}}?[（(，,]\s*其中[^。；，,）)\d]{{0,6}}?"
    rf"{_BOUND}[^。；，,）)\d]{{0,6}}?{_N}\s*(?:名|人|位)"
)


def spread(doc: Document) -> list[Finding]:
    """One finding per contradicting figure, found sentence by sentence."""
    out: list[Finding] = []
    for sentence in _SENTENCE.finditer(doc.text):
        words, at = sentence.group(0), sentence.start()
        for check in (_ages, _groups, _sessions, _shares, _age_ranges, _products, _capacity, _nested):
            for a, b, message, suggestion in check(words):
                out.append(doc.finding("impossible_figure", at + a, at + b, message, suggestion))
    return out


def _ages(words: str) -> list[tuple[int, int, str, str]]:
    """Ages that contradict each other (the span covers both figures: either may be the wrong one) or a working age
    the law does not allow."""
    out = []
    average = _AVERAGE.search(words)
    youngest, oldest = _YOUNGEST.search(words), _OLDEST.search(words)
    if average and youngest and int(youngest.group(1)) > int(average.group(1)):
        out.append((min(youngest.start(), average.start()), max(youngest.end(), average.end()),
                    f"最小年龄{youngest.group(1)}岁比平均年龄{average.group(1)}岁还大", "核对年龄：最小年龄不会大于平均年龄"))
    if average and oldest and int(oldest.group(1)) < int(average.group(1)):
        out.append((min(oldest.start(), average.start()), max(oldest.end(), average.end()),
                    f"最大年龄{oldest.group(1)}岁比平均年龄{average.group(1)}岁还小", "核对年龄：最大年龄不会小于平均年龄"))
    if youngest and oldest and int(youngest.group(1)) > int(oldest.group(1)) and not out:
        out.append((youngest.start(), oldest.end(), "最小年龄比最大年龄还大", "核对年龄"))
    if _NOT_IN_POST.search(words) or not re.search(r"教职工|教师|职工|员工|教工|在职|在岗", words):
        return out
    if youngest and int(youngest.group(1)) < _WORKING_AGE:
        out.append((youngest.start(), youngest.end(), f"在职教职工不会只有{youngest.group(1)}岁（《劳动法》第十五条：禁止招用未满十六周岁的未成年人）",
                    "核对年龄"))
    if oldest and int(oldest.group(1)) > _OLDEST_IN_POST:
        out.append((oldest.start(), oldest.end(), f"在职教职工{oldest.group(1)}岁已超过法定退休年龄", "核对年龄，或写明是退休返聘人员"))
    return out


def _groups(words: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _GROUPS.finditer(words):
        groups, size, total = (count_of(g) for g in m.groups())
        if min(groups, size, total) > 0 and groups * size != total:
            out.append((m.start(), m.end(), f"{groups}个×每个{size}人应为{groups * size}人，与所写合计{total}人不符",
                        "核对数量、每组人数和合计"))
    for m in _STAFFED.finditer(words):
        classes, teachers, carers, total = (count_of(g) for g in m.groups())
        if min(classes, teachers, carers, total) > 0 and classes * (teachers + carers) != total:
            size = teachers + carers
            out.append((m.start(), m.end(), f"{classes}个班×每班{size}人（{teachers}教{carers}保）应为{classes * size}人，"
                        f"与所写合计{total}人不符", "核对班数、每班配备和合计"))
    return out


def _sessions(words: str) -> list[tuple[int, int, str, str]]:
    """Sessions per week or month (or on listed weekdays) times the weeks or months that do not give the total."""
    out = []
    for m in _SESSIONS.finditer(words):
        unit, each = m.group(4), count_of(m.group(2))
        if m.group(1) == unit:
            span = "周" if unit == "周" else "个月"
            out += _count_off(m, f"每{unit}{each}次", each, count_of(m.group(3)), span, count_of(m.group(5)))
    for m in _WEEKDAY_SESSIONS.finditer(words):
        days, each = len(set(re.findall(r"[一二三四五六日天]", m.group(1)))), count_of(m.group(2))
        out += _count_off(m, f"每周{days}天、各{each}次", days * each, count_of(m.group(3)), "周", count_of(m.group(4)))
    return out


def _count_off(m: re.Match, said: str, per: int, length: int, span: str, total: int) -> list[tuple[int, int, str, str]]:
    if min(per, length, total) <= 0 or per * length == total:
        return []
    return [(m.start(), m.end(), f"{said}、共{length}{span}应为{per * length}次，与所写{total}次不符", "核对次数")]


def _shares(words: str) -> list[tuple[int, int, str, str]]:
    """A percentage of a small count that no whole number of people rounds to (8名女教师中30%: 2 is 25%, 3 is 37.5%)."""
    out = []
    for m in _SHARE_OF_COUNT.finditer(words):
        count, share = int(m.group(1)), float(m.group(2))
        if count <= 0 or share > 100 or _ROUGH.search(words[max(0, m.start(2) - 3) : m.end() + 3]):
            continue
        digits = len(m.group(2).partition(".")[2])
        if not any(round(100 * k / count, digits) == share or abs(100 * k / count - share) < 0.5 * 10 ** -digits
                   for k in range(count + 1)):
            out.append((m.start(), m.end(), f"{count}人的{share:g}%不是整数人数",
                        "核对比例或人数：可写实际人数"))
    return out


def _age_ranges(words: str) -> list[tuple[int, int, str, str]]:
    """Age ranges (50至40岁) and school-week ranges (第12周至第8周) whose start is past their end."""
    ages = [
        (m.start(), m.end(), f"年龄段“{m.group(0)}”起点大于终点", "核对年龄段：由小到大书写")
        for m in _AGE_RANGE.finditer(words)
        if int(m.group(1)) > int(m.group(2))
    ]
    return ages + [
        (m.start(), m.end(), f"“{m.group(0)}”起始周晚于结束周", "核对周次：由前到后书写")
        for m in _WEEK_RANGE.finditer(words)
        if int(m.group(1)) > int(m.group(2))
    ]


def _capacity(words: str) -> list[tuple[int, int, str, str]]:
    """200人住8间寝室、每室最多20人: the people are more than the units times what each may hold."""
    out = []
    for m in _CAPACITY.finditer(words):
        people, units, most = (count_of(g) for g in m.groups())
        if units and most and people > units * most:
            out.append((m.start(), m.end(), f"{people}人分到{units}处、每处最多{most}人，最多只能容纳{units * most}人",
                        "核对人数、间（组）数或每处人数"))
    return out


def _nested(words: str) -> list[tuple[int, int, str, str]]:
    """A part (其中…) counted under a bound looser than its whole's, yet fewer than the whole (_NESTED above)."""
    out = []
    for m in _NESTED.finditer(words):
        outer, unit, side, whole, inner, inner_unit, inner_side, part = m.groups()
        if unit != inner_unit or side != inner_side or count_of(whole) <= 0 or count_of(part) in (-1, count_of(whole)):
            continue
        looser = int(inner) <= int(outer) if side == "以上" else int(inner) >= int(outer)
        if looser:
            out.append((m.start(), m.end(),
                        f"“其中”的{inner}{inner_unit}{side}比总数的{outer}{unit}{side}范围更宽，人数应与总数{whole}人相同，"
                        f"不会只有{part}人", "核对年限和人数：“其中”一般写比总数条件更严的一部分人"))
    return out
