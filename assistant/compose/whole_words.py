"""Word-for-word replacement that never breaks or makes a word across its edges.

A highlight's everyday words become their 公文 form (孩子 → 学生, 老师 → 教师), but a plain string replacement also
changes the word inside a longer one and can glue the new word to its neighbour: 老师傅 (a skilled worker) would
become 教师傅, and 大孩子 (older pupils) 大学生 (university students). Here a word is replaced only where it stands as
whole words of the text (jieba's segmentation: its start and end are word boundaries), and only when the new word
stands alone in the result too (大 + 学生 reads as 大学生, so 大孩子 is left as it is).

>>> replace_whole("带老师傅和老师们去", "老师", "教师")
'带老师傅和教师们去'
>>> replace_whole("大孩子大小便失禁", "孩子", "学生")
'大孩子大小便失禁'
"""

from __future__ import annotations

import re

from assistant.index.lexicon import word_bounds

_WINDOW = 4  # characters of context each side when the result is segmented again


def _stands_alone(left: str, new: str, right: str) -> bool:
    """True when the new word is whole words between its neighbours (not glued into 大学生)."""
    cuts = word_bounds(left + new + right)
    return len(left) in cuts and len(left) + len(new) in cuts


def replace_whole(text: str, old: str, new: str) -> str:
    """The text with each whole-word occurrence of `old` replaced by `new` (see the module's note)."""
    if not old or old not in text:
        return text
    cuts = word_bounds(text)
    spans = [m.span() for m in re.finditer(re.escape(old), text) if m.start() in cuts and m.end() in cuts]
    for start, end in reversed(spans):
        left, right = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
        if not new or _stands_alone(left, new, right):
            text = text[:start] + new + text[end:]
    return text
