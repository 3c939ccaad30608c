"""A count of things and their names listed right after it (组建三个服务小组（东片组、西片组）: three groups, two named):
a reviewer counts the names, and a list that is meant to be whole (no 等, 如, 包括 or ……) must have as many as the
count says. Source: 《党政机关公文处理工作条例》 asks figures in a document to be exact; the rule is arithmetic."""

from __future__ import annotations

import re

from assistant.domain.numerals import count_of

# 三个小组 / 4支队伍 / 两所学校 / 五项活动: a count, a measure word and up to ten characters naming the things, then the
# names in brackets or after a colon.
_COUNTED = re.compile(
    r"(?<![第\d两二三四五六七八九十百])([两二三四五六七八九十]|\d{1,2})\s*(个|支|所|项|类|名|位|条|家|处|间|块)"
    r"([\u4e00-\u9fff]{1,6}?)\s*(?:[（(]([^（）()\n]{2,80})[）)]|[：:]([^。；;\n]{2,80}))"
)
_SEPARATORS = re.compile(r"[、，,；;]|和|及|与")
# A list that names only some of the things (等, 如, 例如, 包括, 其中, ……) or gives something else in the brackets (a
# time, a count, a condition).
_PARTIAL = re.compile(r"等|如|例如|包括|包含|其中|……|…|以上|以下|左右|含|每|共|分别|各|约|\d|月|日|时")
_NAME_MAX = 12  # characters of one listed name (东片组, 城区教学点); longer parts are clauses, not names
_COLON_NAME_MAX = 6  # after a colon the list runs on into the sentence: only short names are a list of names
_MOST = 10  # a count of named things a plan lists one by one
# What counts characters or words, not things (六个字：收好、管好、用好; 八个字的要求).
_WORDS = re.compile(r"^(?:个)?(?:字|词|句|方面|环节|步)")


def named_parts(words: str) -> list[tuple[int, int, str, str]]:
    """(start, end, message, suggestion) for each count whose listed names are more or fewer than it says."""
    out = []
    for m in _COUNTED.finditer(words):
        listed = m.group(4) or m.group(5)
        number = count_of(m.group(1))
        if not 2 <= number <= _MOST or _PARTIAL.search(listed) or _WORDS.match(m.group(3)):
            continue
        longest = _NAME_MAX if m.group(4) else _COLON_NAME_MAX
        names = [n.strip() for n in _SEPARATORS.split(listed) if n.strip()]
        if len(names) < 2 or any(len(n) > longest or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z“”\"]+", n) for n in names):
            continue
        if len(names) != number:
            out.append((m.start(), m.end(), f"写的是{m.group(1)}{m.group(2)}{m.group(3)}，列出的名称却有{len(names)}个",
                        "核对数量和所列名称，补齐或删去，使两者一致"))
    return out
