"""A stated percentage that its own two counts do not give: 代表60人，其中教师45人，占比90% (45 of 60 is 75%). The whole
is a count marked as one (现有, 共, 全校, 总数, or followed by 中/其中), the part a later count of the same sentence,
and the share follows the part directly (占比, 占, 比例为 …). A share said roughly (约, 左右, 以上) is left alone, and a
whole-number share may round its value to the nearest point."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.findings import Document, Finding
from assistant.domain.numerals import count_of, count_pattern

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_N = count_pattern(5, 4)
_COUNT = re.compile(rf"{_N}\s*(?:名|人|位)(?!次)")
_WHOLE_BEFORE = re.compile(r"(?:现有|共有|共计|共|一共|总共|总数|总计|合计|全校|全园|全体|全部|总人数|总数为|总数达)[\u4e00-\u9fff]{0,6}?\s*$")
_WHOLE_AFTER = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}?(?:中|当中)|[，,]\s*其中)")
# 占比78%, 占78%, 占总数的78%, 占代表总数的78% (the whole named again: it must be the whole counted before), 比例高达78%.
_SHARE = re.compile(
    r"^\s*[，,]?\s*(?:占比|所占比例|比例|比重|占(?:([\u4e00-\u9fff]{0,6}?)(?:总数|总人数|人数))?的?(?:到|了|据)?)\s*"
    r"(?:为|达|是|达到|高达|已达)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]"
)
_ROUGH = re.compile(r"约|左右|以上|以下|超过|不足|不到|接近|近|多")


# A share of all the staff named as its whole (占到教工总数的79%, 占全校教职工人数的…): with no whole counted in its
# sentence, the whole is the staff's number (the plan's own figure, else the profile's).
_STAFF_WHOLE = re.compile(r"^(?:到|了|据)?(?:全校|全园|全体)?(?:教职工|教职员工|教工|职工|员工)$")


def wrong_ratios(doc: Document, staff: int = 0) -> list[Finding]:
    """One finding per share that the part and whole counts of its sentence (or the staff's number) contradict."""
    out = []
    for at, words, counts in _counted_sentences(doc):
        for i, part in enumerate(counts):
            share = _SHARE.match(words[part.end():])
            if not share or not (i or staff):
                continue
            said = float(share.group(2))
            if _ROUGH.search(words[part.end() : part.end() + share.end() + 3]):
                continue
            whole = next((w for w in reversed(counts[:i]) if _is_whole(words, w)), None)
            of_staff = whole is None and staff and share.group(1) and _STAFF_WHOLE.match(share.group(1))
            if not of_staff and (whole is None or (share.group(1) and share.group(1) not in words[:whole.end()])):
                continue  # 占教职工总数的… after a count of delegates: a share of another whole
            n, total = count_of(part.group(1)), staff if of_staff else count_of(whole.group(1))
            if n <= 0 or total <= n:
                continue
            actual = 100 * n / total
            slack = 0.15 if "." in share.group(2) else 1.0
            if abs(actual - said) > slack:
                out.append(doc.finding(
                    "impossible_figure", at + _clause_start(words, (part if of_staff else whole).start()),
                    at + part.end() + share.end(),
                    f"{total}人中的{n}人约占{actual:.1f}%，不是{share.group(2)}%",
                    "核对人数或比例，使比例等于部分人数除以总人数",
                ))
    return out


# A part named by a clause without its own noun (持证书的有131名, 其中35岁以下的有20人): a part of the count just before.
_HEADLESS = re.compile(r"[，,]\s*(?:其中)?[^，,。；\d]{1,16}?的\s*(?:倒|竟|却|也|还|就|则|共|一共)?\s*(?:有|达|为|是)?\s*$")
_ELSE = re.compile(r"另|此外|以外|之外|外聘|校外|园外|加上|合计|总共|共计|还有|外加")
# A clause that moves to another year or term (去年……24人，今年报名的30人) counts anew, not a part of the count before.
_ANOTHER_TIME = re.compile(r"今年|本年|本学期|这学期|本学年|明年|下学期|去年|上学期|上学年")


def parts_over_counts(doc: Document) -> list[Finding]:
    """A part named by a headless clause (持“双师”证书的有131名) larger than the count right before it (专任教师118名)."""
    out = []
    for at, words, counts in _counted_sentences(doc):
        for before, part in zip(counts, counts[1:], strict=False):
            lead = _HEADLESS.search(words[before.end() : part.start()])
            if not lead or _ELSE.search(lead.group(0)) or _ANOTHER_TIME.search(lead.group(0)):
                continue
            n, whole = count_of(part.group(1)), count_of(before.group(1))
            if 0 < whole < n:
                out.append(doc.finding(
                    "impossible_figure", at + _clause_start(words, before.start()),
                    at + part.end(),
                    f"“{lead.group(0).strip('，, ')}”{n}人是前面{whole}人中的一部分，却比{whole}人还多",
                    "核对人数：其中一部分人不会多于总人数",
                ))
    return out


def _counted_sentences(doc: Document) -> Iterator[tuple[int, str, list[re.Match]]]:
    """Each sentence of the plan: where it starts, its words, and its counts of people (both checks read them)."""
    for sentence in _SENTENCE.finditer(doc.text):
        yield sentence.start(), sentence.group(0), list(_COUNT.finditer(sentence.group(0)))


def _is_whole(words: str, m: re.Match) -> bool:
    return bool(_WHOLE_BEFORE.search(words[max(0, m.start() - 10) : m.start()]) or _WHOLE_AFTER.match(words[m.end():]))


def _clause_start(words: str, pos: int) -> int:
    """Where the clause holding the whole's count begins (after the last comma before it): 现有代表58人 in full."""
    cut = max(words.rfind("，", 0, pos), words.rfind(",", 0, pos))
    return cut + 1 if cut >= 0 else len(words) - len(words.lstrip())
