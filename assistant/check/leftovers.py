"""Marks a copy from a web page or a printed page leaves inside the words (kind "garble"): HTML character entities
(&ldquo;教工小家&rdquo;, &nbsp;, &#8220;: a page's source pasted instead of its text) and a page number of the printed
plan caught in the middle of a word (台— 3 —账: GB/T 9704-2012 7.5 puts the page number as "— 3 —" at the foot of
each page, and text copied from a PDF keeps it where the page broke)."""

from __future__ import annotations

import html
import re

from assistant.check.findings import Document, Finding

_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")
_NEAR = 12
_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[—－-]\s*\d{1,3}\s*[—－-]\s*(?=[\u4e00-\u9fff])")


def copy_leftovers(doc: Document) -> list[Finding]:
    out = []
    runs: list[list[int]] = []  # entities a few characters apart (&ldquo;教工小家&rdquo;) are one paste, one finding
    for m in _ENTITY.finditer(doc.text):
        if html.unescape(m.group()) == m.group():
            continue  # not an entity HTML knows: a word that happens to sit between & and ;
        if runs and m.start() - runs[-1][1] <= _NEAR and "\n" not in doc.text[runs[-1][1]:m.start()]:
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    for start, end in runs:
        written = doc.text[start:end]
        shown = html.unescape(written)
        out.append(doc.finding("garble", start, end, f"“{written}”里有网页源代码的字符编码，应显示为“{shown}”",
                               f"改为“{shown}”"))
    for m in _PAGE_NUMBER.finditer(doc.text):
        joined = doc.text[m.start() - 1] + doc.text[m.end()]
        out.append(doc.finding("garble", m.start() - 1, m.end() + 1,
                               f"“{doc.text[m.start() - 1:m.end() + 1]}”中间夹着页码，是从排好版的文件里复制时带进来的",
                               f"删去页码，改为“{joined}”"))
    return out
