"""Characters that look right and are not (kind "script"): CJK compatibility ideographs (福 U+FA1B for 福 U+798F: they
come from old encodings and some input methods, sort and search as different characters, and NFKC maps each to its
unified form) and Cyrillic or Greek letters inside a word of Latin letters (АЕD with Cyrillic А and Е for AED: a
look-alike picked from a symbol table, which search and spell checks miss)."""

from __future__ import annotations

import re
import unicodedata

from assistant.check.findings import Document, Finding

# The CJK Compatibility Ideographs and their Supplement (Unicode blocks F900–FAFF, 2F800–2FA1F).
_COMPATIBILITY = re.compile(r"[\uf900-\ufaff\U0002f800-\U0002fa1f]+")
# A word of letters holding both Latin and Cyrillic or Greek ones (Unicode blocks 0370–03FF, 0400–04FF).
_MIXED_WORD = re.compile(r"[A-Za-z\u0370-\u03ff\u0400-\u04ff]{2,}")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def look_alike_codepoints(doc: Document) -> list[Finding]:
    out = []
    for m in _COMPATIBILITY.finditer(doc.text):
        fixed = unicodedata.normalize("NFKC", m.group())
        out.append(doc.finding("script", m.start(), m.end(),
                               f"“{m.group()}”用的是兼容区的汉字编码，看起来一样，检索和排版时却被当作另一个字",
                               f"改为标准编码的“{fixed}”"))
    for m in _MIXED_WORD.finditer(doc.text):
        word = m.group()
        if _OTHER.search(word) and _LATIN.search(word):
            out.append(doc.finding("script", m.start(), m.end(),
                                   f"“{word}”里混有形似拉丁字母的西里尔或希腊字母，检索和校对时认不出来",
                                   "用英文输入法重新输入这个词的字母"))
    return out
