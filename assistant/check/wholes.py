"""Parts that their whole contradicts, read by structure (a count with its measure word and what it counts) rather than
by phrasing: age groups that cannot overlap adding up to more than the staff (35岁以下118人、36岁以上106人 of 208), a
membership rate its own count does not give (已入会109人，入会率100% of 112 staff), a share in words the counts do not
give (78人占教职工总数的六成以上 of 164), a whole split into batches or groups whose sizes do not add up to it (34人分两批：
18人、20人), men and women who do not add up to the count they split (184人，男生97人、女生93人), and a stated number of sessions against the dates listed for them (共3次，分别在3月、5月).

All of it is arithmetic a reviewer redoes; the staff figure is the plan's own or the profile's, the larger of the two.
"""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.check.named_parts import named_parts
from assistant.check.sites import site_counts
from assistant.check.staff import division
from assistant.domain.numerals import count_of, count_pattern, parse_cn_number

_LINE = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = count_pattern(5, 4)
_STAFF_NOUN_AGE = r"(?:在编|在职|在岗)?(?:教职工|教职员工|职工|员工|会员|教师|老师)"
# 35周岁以下的有118人 / 50岁及以上教职工26名: an age bound and the count of staff on one side of it.
_AGE_COUNT = re.compile(
    rf"(\d{{2}})\s*(?:周岁|岁)\s*(及)?(以下|以上)(?:的)?(?:青年|中老年)?(?:教职工|教师|职工|教工|人员)?\s*(?:有|共|为|约)?\s*{_N}\s*(?:名|人|位)"
)
# The same bound said as people say it, before the age (年过45的有102人, 不到45岁的81人, 年满50的12人): 过/超过 an
# age are older than it, 不到/不满/未满 younger, 年满 that age or older.
_UNDER = ("不到", "不满", "未满", "未到", "没到", "不足")
_AGE_SPOKEN = re.compile(
    rf"(年过|超过|过了|年满|{'|'.join(_UNDER)})\s*(\d{{2}})\s*(?:周岁|岁)?(?:的)?(?:青年|中老年)?(?:教职工|教师|职工|教工|人员|老师)?"
    rf"\s*(?:有|共|为|约)?\s*{_N}\s*(?:名|人|位)(?!次)"
)
# 30岁以下的23人，31至45岁的21人，46岁以上的12人: age bands, each a bound or a range of ages and its count of staff.
_AGE = r"(\d{2})\s*(?:周岁|岁)?"
_AGE_BAND = re.compile(
    rf"(?:{_AGE}\s*(?:至|到|—|–|-|~|～)\s*(\d{{2}})\s*(?:周岁|岁)(?:之间)?|(\d{{2}})\s*(?:周岁|岁)\s*(?:及)?(以下|以上|以内))"
    rf"(?:的)?(?:青年|中年|中老年|老)?(?:教职工|教师|职工|教工|人员|老师|同志)?\s*(?:有|共|为|约|占)?\s*{_N}\s*(?:名|人|位)(?!次)"
)
# 园里52名教职工中 / 全校教职工88人中: the whole the bands share out, written before them in the sentence.
_AGE_WHOLE = re.compile(
    rf"(?:{_N}\s*(?:名|位)?\s*{_STAFF_NOUN_AGE}|{_STAFF_NOUN_AGE}\s*(?:共|共有|有)?\s*{_N}\s*(?:名|人|位))"
    r"[，,]?\s*(?:中|当中|之中|里头|里面|里|其中|按年龄分|从年龄看|从年龄上看|年龄结构)"
)
# 语文教师12人、数学教师10人，合计25人 / 一年级6个班、二年级5个班，共11个班: counts of one unit listed one after
# another, then the sum they are said to make.
_UNIT = r"(?:名|人|位|个班|个小组|个组|个社团|个项目|个|支|队|项|场|次|所)"
_LISTED_PARTS = re.compile(
    rf"((?:[\u4e00-\u9fff]{{1,12}}?{_N}\s*{_UNIT}\s*[、，,和及]\s*){{1,8}}[\u4e00-\u9fff]{{1,12}}?{_N}\s*{_UNIT})"
    rf"\s*[，,]?\s*(?:合计|共计|总计|一共|总共|共)\s*{_N}\s*({_UNIT})"
)
_COUNTED = re.compile(rf"{_N}\s*({_UNIT})")
_PEOPLE_UNITS = {"名", "人", "位"}
# 全园41名教职工中，本科学历的有35人: a count of the staff, then a group among them.
_AMONG = re.compile(
    rf"{_N}\s*(?:名|位)?\s*(?:在编|在职)?(?:教职工|教职员工|教师|职工|会员|女教职工)(?:中|当中|里)[，,]?"
    rf"([^。；\n]{{0,20}}?){_N}\s*(?:名|人|位)"
)
# 全园36名教职工，其中专任教师22人、保育员10人: a whole, then its parts after 其中, each a label and a count.
# The whole may be written noun first (教职工68人，其中…) and the parts may follow 中 (68名教职工中，住校41人、走读31人).
_STAFF_NOUN = r"(?:在编|在职|在岗)?(?:教职工|教职员工|教工|职工|员工|会员|工会会员|女教职工)"
_WHOLE_THEN_PARTS = re.compile(
    rf"(?:{_N}\s*(?:名|位)?\s*{_STAFF_NOUN}|{_STAFF_NOUN}\s*(?:共|共有|有)?\s*{_N}\s*(?:名|人|位))"
    r"(?:[，,]?\s*(?:其中|包括|当中|这当中|这其中|之中)[：:]?|(?:中|当中|之中|里头|里面|里边|里)[，,]?)"
)
# 全校教工61人，任课教师47人、生活老师9人、门卫7人: a whole, a comma, then counts listed with 、 — the list says
# how the whole divides, though no 其中 says so (a reviewer reads it so). Only when every part is a post, a sex, a kind
# of contract … of one division, so the parts cannot share a member.
_WHOLE_THEN_LIST = re.compile(
    rf"(?:{_N}\s*(?:名|位)?\s*{_STAFF_NOUN}|{_STAFF_NOUN}\s*(?:共|共有|有)?\s*{_N}\s*(?:名|人|位))[，,]\s*(?=[\u4e00-\u9fff]{{1,10}}?{_N}\s*(?:名|人|位)、)"
)
_LABELLED_COUNT = re.compile(rf"\s*[、，,和及]?\s*(?:有)?([\u4e00-\u9fff]{{1,8}}?)\s*(?:有|为|共)?\s*{_N}\s*(?:名|人|位)(?!次)")
# 全园68名教职工分布在三个园区：总园32人、东园19人、南园21人: a whole spread over named places, each with its count.
_SPREAD_OVER = re.compile(
    rf"{_N}\s*(?:名|位)?[\u4e00-\u9fff]{{0,8}}?(?:分布在|分布于|分散在|分在|分属)[^：:。；\n]{{0,12}}[：:]"
)
_PLACE_COUNT = re.compile(rf"\s*[、，,和及]?\s*[\u4e00-\u9fff]{{1,8}}?{_N}\s*(?:名|人|位)")
# 第一季度（1—4月）: a quarter is three months, the first one January–March.
_QUARTER = re.compile(r"第([一二三四1-4])季度\s*[（(]\s*(\d{1,2})\s*(?:月)?\s*[—–\-~～至到]+\s*(\d{1,2})\s*月\s*[）)]")
# 已入会109人，入会率100%: a count of members with the rate it gives of the staff.
_MEMBER_RATE = re.compile(
    rf"(?:已入会|入会(?:会员)?|会员(?:人数)?)\s*(?:有|共|为)?\s*{_N}\s*(?:名|人)[^。；\n]{{0,12}}?入会率\s*"
    r"(?:达到|达|为|保持在|保持|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]"
)
# Members added in the period (发展新会员7名, 新增会员3人, 吸收会员2名) are an increment, not the membership.
_NEWCOMERS = re.compile(r"(?:新|新增|新发展|发展|吸收|吸纳|新入会)$")
_ROUGH = re.compile(r"约|左右|以上|以下|超过|不少于|不低于|近|接近|力争|达到")
# 78人，占教职工总数的六成以上 / 占全体教职工的一半: a share of the staff in words.
_SHARE_WORDS = re.compile(
    rf"{_N}\s*(?:名|人)[^。；\n，,]{{0,4}}[，,]?\s*(?:在(?:全校|全园|全体|学校)?(?:教职工|教职员工|职工)(?:总数|队伍)?中\s*占了?|"
    r"占(?:全校|全园|全体|学校)?(?:教职工|教职员工|职工)(?:总数|总人数|人数)?的?)\s*"
    r"(过半|半数以上|一半以上|一半|半数|[一二三四五六七八九]成(?:以上|以下|多|左右)?|[二三四五]分之[一二三四](?:以上|以下|多|左右)?)"
)
# 34名教职工分两批体检，第一批18人、第二批20人: a whole, the number of parts, then each part's size.
_SPLIT = re.compile(
    rf"{_N}\s*(?:名|位)?[\u4e00-\u9fff]{{0,8}}?分(?:成|为)?\s*([两二三四五六七八九十\d]{{1,2}})\s*(批|组|队|轮|期|个组|个小组|个队)"
)
# 全校教职工分三批培训，第一批30人、第二批28人、第三批25人: a split of the staff without its whole written; the staff count is it.
_BARE_SPLIT = re.compile(r"分(?:成|为)?\s*([两二三四五六七八九十\d]{1,2})\s*(批|组|队|轮|期|个组|个小组|个队)")
# Who else a split may count (pupils, families, retirees, guests) or a count of attendances (人次): not the staff.
_NOT_STAFF = re.compile(r"学生|幼儿|家长|家属|子女|退休|离退休|来宾|嘉宾|人次|会员代表|校外")
_PART = re.compile(rf"第\s*[一二三四五六七八九十\d]{{1,2}}\s*(?:批|组|队|轮|期|小组)[^\d一二三四五六七八九十。；\n]{{0,6}}?{_N}\s*(?:名|人|位)")
# 共3次，分别在3月、5月 / 全年举办4期，时间为3月10日、4月14日、5月12日: a count of sessions and the dates listed.
_SESSIONS = re.compile(rf"(?:共|全年|本学期|全学期|计划)(?:举办|开展|组织|安排|召开)?\s*{_N}\s*(?:次|场|期|轮)")
_LISTED = re.compile(r"(?:分别(?:于|在|安排在|定在|为)|时间(?:分别)?为|安排在)\s*((?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:上旬|中旬|下旬|初|底|末)?\s*[、和及与]\s*)+\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)")


def wholes(doc: Document, staff: int) -> list[Finding]:
    """One finding per part or rate that its whole contradicts; `staff` is 0 when unknown."""
    out: list[Finding] = []
    for line in _LINE.finditer(doc.text):
        words, at = line.group(0), line.start()
        found = _splits(words) + _sessions(words) + _listed_sum(words) + _spread_over(words) + _quarters(words)
        if staff:
            found += _age_groups(words, staff) + _member_rate(words, staff) + _share_words(words, staff)
            found += _new(_staff_splits(words, staff), found)
        found += _new(_age_bands(words, staff), found)
        found += _new(_sexes(words), found)
        found += _new(_disjoint_parts(words), found)
        found += _new(_disjoint_shares(words), found)
        found += _new(_among(words), found)
        found += _new(site_counts(words), found)
        found += _new(named_parts(words), found)
        out += [doc.finding("impossible_figure", at + a, at + b, message, suggestion)
                for a, b, message, suggestion in found]
    return out


def _unit_of(unit: str) -> str:
    """名, 人 and 位 all count people."""
    return "人" if unit in _PEOPLE_UNITS else unit


def _listed_sum(words: str) -> list[tuple[int, int, str, str]]:
    """Counts listed one after another and the sum stated for them that they do not make."""
    out = []
    for m in _LISTED_PARTS.finditer(words):
        if re.search(r"其中|包括|含|以上|以下|约|多|余", m.group(1)):
            continue  # parts of parts, or rough figures: the sum is not theirs
        counted = list(_COUNTED.finditer(m.group(1)))
        unit = m.group(m.lastindex)
        if any(_unit_of(c.group(2)) != _unit_of(unit) for c in counted):
            continue  # 3个组、每组8人，共24人: parts in other units are not what is summed
        parts = [count_of(c.group(1)) for c in counted]
        stated = count_of(m.group(m.lastindex - 1))
        word = _unit_of(unit)
        if min(parts + [stated]) > 0 and sum(parts) != stated:
            out.append((m.start(), m.end(), f"所列各项合计{sum(parts)}{word}，与所写合计{stated}{word}不符",
                        "核对各项数字和合计，使两者一致"))
    return out


def _age_groups(words: str, staff: int) -> list[tuple[int, int, str, str]]:
    """Staff under one age and over a higher one (groups without a common member) adding up to more than the staff."""
    counts = [(m.start(), m.end(), m.group(3) == "以下", int(m.group(1)), bool(m.group(2)), count_of(m.group(4)))
              for m in _AGE_COUNT.finditer(words)]
    counts += [(m.start(), m.end(), m.group(1) in _UNDER, int(m.group(2)), m.group(1) == "年满", count_of(m.group(3)))
               for m in _AGE_SPOKEN.finditer(words)]
    counts.sort()
    for i, low in enumerate(counts):
        for high in counts[i + 1 :]:
            a, b = sorted((low, high), key=lambda c: not c[2])
            if not a[2] or b[2] or a[3] > b[3] or (a[3] == b[3] and a[4] and b[4]):
                continue  # 40岁及以下 and 40岁及以上 share the forty-year-olds
            total = a[5] + b[5]
            if total > staff:
                return [(low[0], high[1], f"不同年龄段的教职工合计{total}人，比教职工总数{staff}人还多",
                         "核对各年龄段人数：互不重叠的年龄段之和不会多于教职工总数")]
    return []


def _age_bands(words: str, staff: int) -> list[tuple[int, int, str, str]]:
    """Age bands of one sentence that share no one (30岁以下, 31至45岁, 46岁以上) counting more people than the whole
    they split (the count before them, else the staff), or, when they cover every age, not adding up to it."""
    out = []
    for sentence in _SENTENCE.finditer(words):
        text = sentence.group(0)
        bands = list(_AGE_BAND.finditer(text))
        if len(bands) < 2 or _ROUGH_AGE.search(text[bands[0].start() : bands[-1].end()]):
            continue
        ranges = [_age_range(m) for m in bands]
        ordered = sorted(ranges)
        if any(later[0] < earlier[1] for earlier, later in zip(ordered, ordered[1:], strict=False)):
            continue  # bands that overlap (35岁以下 and 30岁以上) may share people
        whole_match = [w for w in _AGE_WHOLE.finditer(text[: bands[0].start()])]
        whole = count_of(next(g for g in whole_match[-1].groups() if g)) if whole_match else staff
        counts = [count_of(m.group(m.lastindex)) for m in bands]
        if whole <= 0 or min(counts) <= 0:
            continue
        total = sum(counts)
        covered = ordered[0][0] == 0 and ordered[-1][1] >= 200 and all(
            later[0] - earlier[1] <= 1 for earlier, later in zip(ordered, ordered[1:], strict=False))
        if total > whole or (whole_match and covered and total != whole):
            at = sentence.start()
            out.append((at + bands[0].start(), at + bands[-1].end(),
                        f"各年龄段合计{total}人，与总数{whole}人不符",
                        "核对各年龄段人数：互不重叠的年龄段之和不会多于总数，覆盖全部年龄时应等于总数"))
    return out


_ROUGH_AGE = re.compile(r"约|左右|多人|余人|近|超过|不到|不足")


def _age_range(m: re.Match) -> tuple[int, int]:
    """(lowest, highest) age of a band: 30岁以下 → (0, 30), 31至45岁 → (31, 45), 46岁以上 → (46, 200)."""
    if m.group(1):
        return int(m.group(1)), int(m.group(2))
    age = int(m.group(3))
    return (age, 200) if m.group(4) == "以上" else (0, age)


def _member_rate(words: str, staff: int) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _MEMBER_RATE.finditer(words):
        if _NEWCOMERS.search(words[max(0, m.start() - 4) : m.start()]):
            continue  # 发展新会员7名: this term's newcomers, not the membership the rate is of
        members, rate = count_of(m.group(1)), float(m.group(2))
        if members <= 0 or members > staff or _ROUGH.search(words[m.start(2) - 4 : m.end() + 2]):
            continue
        actual = 100 * members / staff
        if (abs(actual - rate) >= 1) if rate < 100 else members != staff:
            out.append((m.start(), m.end(), f"教职工{staff}人中入会{members}人，入会率约{actual:.1f}%，不是{rate:g}%",
                        "核对入会人数、教职工总数或入会率，使三者一致"))
    return out


def _share_words(words: str, staff: int) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _SHARE_WORDS.finditer(words):
        count, said = count_of(m.group(1)), m.group(2)
        if count <= 0 or count > staff:
            continue
        share, bound = _fraction(said)
        actual = count / staff
        wrong = (actual < share if bound == "above" else actual >= share if bound == "below"
                 else abs(actual - share) > 0.05)
        if wrong:
            out.append((m.start(), m.end(), f"{count}人占教职工总数{staff}人的{100 * actual:.0f}%左右，不是“{said}”",
                        "核对人数或比例，使两者一致"))
    return out


def _fraction(said: str) -> tuple[float, str]:
    """(share, bound) of a share in words: 六成以上 → (0.6, above), 过半 → (0.5, above), 三分之二 → (2/3, about)."""
    bound = "above" if re.search(r"以上|多|过", said) else "below" if "以下" in said else "about"
    if "半" in said:
        return 0.5, bound
    tenths = re.match(r"([一二三四五六七八九])成", said)
    if tenths:
        return parse_cn_number(tenths.group(1)) / 10, bound
    whole, part = re.match(r"([二三四五])分之([一二三四])", said).groups()
    return parse_cn_number(part) / parse_cn_number(whole), bound


def _splits(words: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _SPLIT.finditer(words):
        whole, parts = count_of(m.group(1)), count_of(m.group(2))
        clause = re.match(r"[^。；\n]*", words[m.end() :]).group(0)
        sizes = list(_PART.finditer(clause))
        if whole <= 0 or len(sizes) < 2 or any(count_of(s.group(1)) <= 0 for s in sizes):
            continue
        total = sum(count_of(s.group(1)) for s in sizes)
        if total != whole or (parts > 0 and len(sizes) != parts):
            end = m.end() + sizes[-1].end()
            out.append((m.start(), end, f"分{len(sizes)}{m.group(3)}共{total}人，与总数{whole}人不符" if total != whole
                        else f"写的是分{m.group(2)}{m.group(3)}，列出的却有{len(sizes)}{m.group(3)}",
                        "核对总人数和各部分人数，使各部分之和等于总数"))
    return out


def _new(more: list[tuple[int, int, str, str]], found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The findings of `more` that overlap none already found (one finding per problem)."""
    return [f for f in more if not any(f[0] < b and a < f[1] for a, b, _, _ in found)]


def _staff_splits(words: str, staff: int) -> list[tuple[int, int, str, str]]:
    """A split of the staff whose parts add up to more than the staff (三批：30人、28人、25人 of 80 staff): no
    part of the staff is counted twice, so the batches cannot hold more people than the school has."""
    out = []
    for sentence in _SENTENCE.finditer(words):
        text = sentence.group(0)
        if _NOT_STAFF.search(text):
            continue
        for m in _BARE_SPLIT.finditer(text):
            if _SPLIT.search(text[: m.end()]):
                continue  # the whole is written: _splits compares the parts with it
            clause = re.match(r"[^。；\n]*", text[m.end() :]).group(0)
            sizes = list(_PART.finditer(clause))
            if len(sizes) < 2 or any(count_of(s.group(1)) <= 0 for s in sizes):
                continue
            total = sum(count_of(s.group(1)) for s in sizes)
            if total > staff:
                first, last = m.end() + sizes[0].start(), m.end() + sizes[-1].end()
                out.append((sentence.start() + first, sentence.start() + last,
                            f"分{len(sizes)}{m.group(2)}共{total}人，比教职工总数{staff}人还多",
                            "核对各部分人数：各部分之和不会多于教职工总数"))
    return out


def _sessions(words: str) -> list[tuple[int, int, str, str]]:
    out = []
    for sentence in _SENTENCE.finditer(words):
        text = sentence.group(0)
        stated, listed = _SESSIONS.search(text), _LISTED.search(text)
        if not stated or not listed:
            continue
        number = count_of(stated.group(1))
        dates = len(re.findall(r"\d{1,2}\s*月", listed.group(1)))
        if number > 0 and dates != number:
            a, b = min(stated.start(), listed.start()), max(stated.end(), listed.end())
            out.append((sentence.start() + a, sentence.start() + b,
                        f"写的是{number}次，列出的时间却有{dates}个", "核对次数和所列时间，使两者一致"))
    return out


# 寄宿生184人，男生97人、女生93人 / 共有会员56名（男22名，女34名）: a count of people, then its men and its women,
# which together are the whole (the one division every group of people has).
# 女的79人 is the spoken 女教职工79人 (《现代汉语词典》: 的 after a noun or adjective stands for the person it describes).
_SEX = r"(?:生|性|教师|老师|教职工|教工|职工|同志|同事|会员|员工|同学|队员|的)?"
# 96名教职工里 / 40位会员中: whom the count is of, before its men and women.
_WHO = r"(?:在编|在职|全体|退休|离退休)?(?:教职工|教职员工|职工|教师|老师|员工|会员|学生|寄宿生|住校生|同学|代表|队员)"
_SEXES = re.compile(
    rf"{_N}\s*(?:名|人|位)\s*(?:的)?{_WHO}?(?:里|中|当中|之中)?\s*[，,（(：:]?\s*(?:其中)?[：:]?\s*(男|女){_SEX}\s*(?:有|为|占)?\s*{_N}\s*(?:名|人|位)?"
    rf"\s*[、，,和及；;]\s*(?!\1)(男|女){_SEX}\s*(?:有|为|占)?\s*{_N}\s*(?:名|人|位)"
)


def _sexes(words: str) -> list[tuple[int, int, str, str]]:
    """A count of people whose men and women, given right after it, do not add up to it."""
    out = []
    for m in _SEXES.finditer(words):
        whole, first, second = count_of(m.group(1)), count_of(m.group(3)), count_of(m.group(5))
        if min(whole, first, second) > 0 and first + second != whole:
            out.append((m.start(), m.end(), f"男女合计{first + second}人，与总数{whole}人不符",
                        "核对总人数和男女人数，使两者之和等于总数"))
    return out


def _disjoint_parts(words: str) -> list[tuple[int, int, str, str]]:
    """A whole, then 其中 parts of one division that cannot share a member (posts, sexes, kinds of contract) adding up
    to more than the whole (36名教职工，其中教师22人、保育员10人、后勤6人)."""
    out = []
    listed = [(m, True) for m in _WHOLE_THEN_LIST.finditer(words)]
    for m, bare in [(m, False) for m in _WHOLE_THEN_PARTS.finditer(words)] + listed:
        whole, pos, parts = count_of(m.group(1) or m.group(2)), m.end(), []
        while (part := _LABELLED_COUNT.match(words, pos)) is not None and len(parts) < 12:
            parts.append((part.group(1), count_of(part.group(2))))
            pos = part.end()
        if whole <= 0 or len(parts) < 2 or min(n for _, n in parts) <= 0 or sum(n for _, n in parts) <= whole:
            continue
        kinds = {_division_of(label) for label, _ in parts}
        if (len(kinds) == 1 and "" not in kinds) or (not bare and _residual(parts)):
            out.append((m.start(), pos, f"其中各部分合计{sum(n for _, n in parts)}人，比总数{whole}人还多",
                        "核对总人数和各部分人数：同一种划分（岗位、性别、用工形式、住校或走读等）的各部分之和不会多于总数"))
    return out


def _division_of(label: str) -> str:
    """The division of a part's label, also of two labels joined (门卫和保洁员: both posts)."""
    pieces = [p for p in re.split(r"和|及|与|、", label) if p]
    kinds = {division(p) for p in pieces}
    return kinds.pop() if len(kinds) == 1 else ""


# The last part of a list named as the rest (其余12人, 其他人员5人, 保育员和厨工等10人): the list is meant to share the whole
# out, whatever division each part comes from, so its parts add up to at most the whole.
_REST = re.compile(r"^(?:其余|其他|其它|剩下|另有|另外)|等$")


def _residual(parts: list[tuple[str, int]]) -> bool:
    """The parts end with the rest of the whole and every earlier part is a part of some division (在编, 教师)."""
    *named, (last, _) = parts
    return bool(_REST.search(last)) and all(division(label) for label, _ in named)


def _among(words: str) -> list[tuple[int, int, str, str]]:
    """A group said to be among a count of people that is larger than that count (41名教职工中……有45人)."""
    out = []
    for m in _AMONG.finditer(words):
        whole, part = count_of(m.group(1)), count_of(m.group(3))
        if whole > 0 and part > whole and not re.search(r"人次|次|年|岁|元", words[m.end() : m.end() + 2]):
            out.append((m.start(), m.end(), f"{whole}人中的一部分却有{part}人，比总数还多",
                        "核对人数：其中一部分的人数不会多于总数"))
    return out


def _spread_over(words: str) -> list[tuple[int, int, str, str]]:
    """A whole spread over named places or groups whose counts do not add up to it."""
    out = []
    for m in _SPREAD_OVER.finditer(words):
        whole, parts, pos = count_of(m.group(1)), [], m.end()
        while (part := _PLACE_COUNT.match(words, pos)) is not None:
            parts.append(count_of(part.group(1)))
            pos = part.end()
        if whole > 0 and len(parts) >= 2 and min(parts) > 0 and sum(parts) != whole:
            out.append((m.end(), pos, f"各部分合计{sum(parts)}人，与总数{whole}人不符",
                        "核对总人数和各部分人数，使各部分之和等于总数"))
    return out


def _quarters(words: str) -> list[tuple[int, int, str, str]]:
    """A quarter given months that are not its three (第一季度 is January to March)."""
    out = []
    for m in _QUARTER.finditer(words):
        number = int(m.group(1)) if m.group(1).isdigit() else parse_cn_number(m.group(1))
        first, last = int(m.group(2)), int(m.group(3))
        if (first, last) != (3 * number - 2, 3 * number):
            out.append((m.start(), m.end(), f"第{m.group(1)}季度是{3 * number - 2}—{3 * number}月，不是{first}—{last}月",
                        f"改为“第{m.group(1)}季度（{3 * number - 2}—{3 * number}月）”"))
    return out


# 女教师占62%，男教师占45%: shares of the parts of one division (sex, contract, post …), each a label and its share.
_LABELLED_SHARE = re.compile(
    r"(?:^|[，,、；;：:])\s*(?:其中)?([\u4e00-\u9fff]{1,8}?)的?(?:占比|占到|占)\s*(?:为|达|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]"
)


def _disjoint_shares(words: str) -> list[tuple[int, int, str, str]]:
    """Shares of parts of one division that cannot share a member (男/女, 在编/编外 …) adding up to more than 100%."""
    out = []
    for sentence in _SENTENCE.finditer(words):
        shares: dict[str, list[re.Match]] = {}
        for m in _LABELLED_SHARE.finditer(sentence.group(0)):
            kind = division(m.group(1))
            if kind and not _ROUGH.search(sentence.group(0)[m.end() : m.end() + 2]):
                shares.setdefault(kind, []).append(m)
        for parts in shares.values():
            total = sum(float(m.group(2)) for m in parts)
            if len(parts) >= 2 and total > 100.5:
                at = sentence.start()
                out.append((at + parts[0].start(1), at + parts[-1].end(),
                            f"同一种划分的各部分合计占{total:g}%，超过了100%", "核对各部分所占比例：互不重叠的各部分之和不会超过100%"))
    return out
