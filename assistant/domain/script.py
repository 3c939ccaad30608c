"""Traditional ↔ Simplified Chinese (OpenCC), one converter per direction per process."""

from __future__ import annotations

import functools
import re

TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# 现(xiàn): a CJK character followed by a bracketed pinyin syllable with a tone mark.
PINYIN_GLOSS = re.compile(rf"([\u4e00-\u9fff])[（(]\s*([a-zü]*[{TONED_VOWELS}][a-zü{TONED_VOWELS}]*)\s*[)）]")


@functools.lru_cache(maxsize=4)
def _converter(config: str):
    # Constructing an OpenCC converter loads its dictionaries: do it once per config.
    import opencc  # noqa: PLC0415 - deferred: loading its dictionaries costs time most commands never need

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (OpenCC t2s)."""
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Simplified → Traditional Chinese (OpenCC s2t); used to recognise Big5 text."""
    return _converter("s2t").convert(text)


def has_script_noise(text: str) -> bool:
    """True when text holds Traditional characters or pinyin glosses (traces of a pasted web page)."""
    return bool(PINYIN_GLOSS.search(text)) or to_simplified(text) != text
