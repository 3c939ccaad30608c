"""A phrase written twice in a row by a careless edit: 党的二十大精神和党的二十大精神, 教职工教职工, 工会工会委员会."""

from __future__ import annotations

import re

from assistant.check.findings import Document, Finding
from assistant.domain.policy import doubled_spans, load_policy_terms
from assistant.index.lexicon import base_tokenizer, word_bounds

# Two or three characters repeated back to back. A doubled verb (研究研究) is ordinary Chinese, and so is 一个一个 /
# 每天每天 (one after another).
_SHORT = re.compile(r"([\u4e00-\u9fff]{2,3}?)\1")
_ONE_BY_ONE = re.compile(r"^[一每逐各]")
# A two-character verb said twice after 来 / 去 / 好好 / 一起 and closing its clause (有空来摆谈摆谈, 大家一起乐呵乐呵) is
# the spoken "do it a little" (动词重叠, 吕叔湘《现代汉语八百词》), whatever the regional verb: no list can hold them all.
_DO_A_LITTLE_BEFORE = re.compile(r"(?:[来去]|好好|一起|一块儿?|再)$")
_DO_A_LITTLE_AFTER = re.compile(r"^(?:$|[\s，。；！？、,.;!?）)”」]|吧|呗|啊|呀)")
_JOINED = re.compile(r"^(.+?)(?:[和、与及]|以及)\1$")
_SPACED = re.compile(r"^(.+?)\s+\1$")  # 提振精气神 提振精气神: pasted twice with a space between
# A whole clause pasted twice, a comma between (让老师碰到难事先想起工会，让老师碰到难事先想起工会。): the clause must
# stand between punctuation (or a line's start and end) both times and hold six characters or more, so a short
# repeated call (加油，加油) is not one.
_CLAUSE = re.compile(r"(?:^(?:\s*(?:[-*+]|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]))?|(?<=[，。；：！？、\n]))\s*"
                     r"([^，。；：！？、,;\n]{6,80}?)\s*[，,；;]\s*\1(?=[，。；！？,;.!?\n]|$)", re.M)
# A clause's last words repeated as the whole of the next clause (继续实施暖心工程，暖心工程。): the tail pasted twice; four
# characters or more, the first copy starting at a word of its own (jieba's cut), the second ending its sentence.
_TAIL = re.compile(r"([\u4e00-\u9fff]{4,12})[，,]\s*\1(?=[。；！？;!?\n]|$)", re.M)
# A note in brackets given twice in a row (康复训练室（感统室）（感统室）): one paste too many; and a line's last words
# repeated at the start of the next (…把精气神攒足\n把精气神攒足，…): text wrapped by a PDF or a web page, pasted with
# the fold's words on both sides (four characters or more, so a rhyme of two lines is not one).
_BRACKETED = re.compile(r"([（(][^（）()\n]{1,20}[）)])\1")
_FOLD = re.compile(r"([\u4e00-\u9fff][^\s，。；：！？、,;:!?]{3,19})\n\1")
# After "X和X" the phrase must end: 教职工和教职工家属 names two groups, 精神和精神， is a slip.
_BOUNDARY = re.compile(r"^(?:$|[\s，。；、：！？,.;:!?）)”」』]|的)")


def doubled(doc: Document) -> list[Finding]:
    text = doc.text
    found: list[tuple[int, int, str]] = []
    for span in doubled_spans(text):
        joined = _JOINED.match(text[span.start : span.end])
        if joined and not _BOUNDARY.match(text[span.end : span.end + 1]):
            continue
        spaced = _SPACED.match(text[span.start : span.end])
        phrase = (joined or spaced).group(1) if joined or spaced else text[span.start : span.end][: (span.end - span.start) // 2]
        found.append((span.start, span.end, phrase))
    for m in _CLAUSE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(1), m.end(), m.group(1)))
    for m in _TAIL.finditer(text):
        line = doc.outline.line_at(m.start())
        if m.start() - line.start in word_bounds(line.raw) and not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), m.group(1)))
    for m in (*_BRACKETED.finditer(text), *_FOLD.finditer(text)):
        if not any(a < m.end() and m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), m.group(1)))
    verbs = set(load_policy_terms().reduplicated_verbs)
    for m in _SHORT.finditer(text):
        phrase = m.group(1)
        if phrase in verbs or _ONE_BY_ONE.match(phrase) or len(set(phrase)) == 1:
            continue
        if len(phrase) == 2 and _DO_A_LITTLE_BEFORE.search(text[max(0, m.start() - 3) : m.start()]) \
                and _DO_A_LITTLE_AFTER.match(text[m.end() : m.end() + 1]):
            continue
        if any(a < m.end() and m.start() < b for a, b, _ in found) or not _two_words(doc, m.start(), len(phrase)):
            continue
        found.append((m.start(), m.end(), phrase))
    found += [s for s in _particles(doc) if not any(a < s[1] and s[0] < b for a, b, _ in found)]
    return [
        doc.finding("doubled_phrase", a, b, f"“{phrase}”连着写了两遍", f"只保留一个“{phrase}”")
        for a, b, phrase in sorted(found)
    ]


def _two_words(doc: Document, start: int, size: int) -> bool:
    """True when both copies are words of their own: not 党组织|组织 (an organisation, then "to organise"). The second
    copy may begin a longer word that starts with it (切身|切身利益: jieba reads the word the slip runs into)."""
    line = doc.outline.line_at(start)
    bounds = word_bounds(line.raw)
    at = start - line.start
    return {at, at + size} <= bounds and (at + 2 * size in bounds or _starts_word(line.raw, at + size, size, bounds))


def _starts_word(raw: str, at: int, size: int, bounds: set[int]) -> bool:
    """True when the word that begins at `at` is longer than `size` and begins with the same characters as the word
    before it (切身利益 after 切身)."""
    end = min((b for b in bounds if b > at), default=at)
    return end - at > size and raw[at : at + size] == raw[at - size : at]


def _particles(doc: Document) -> list[tuple[int, int, str]]:
    """A function word typed twice, each copy a word of its own (教职工的的切身利益; 目的的 is 目的 + 的), with the
    characters around it: 教职工的的切身. A pair followed by another pair is an AABB word (的的确确)."""
    particles = load_policy_terms().doubled_particles  # knowledge/policy_terms.yaml `doubled_particles`
    out = []
    for _, offset, line in doc.lines():
        if not any(p * 2 in line for p in particles):
            continue
        words = base_tokenizer().lcut(line)
        pos = 0
        for i, (word, after) in enumerate(zip(words, words[1:], strict=False)):
            pair = i + 2 < len(words) and len(words[i + 2]) == 2 * len(word) and words[i + 2][: len(word)] * 2 == words[i + 2]
            if word == after and word in particles and not pair:
                start, end = offset + pos, offset + pos + 2 * len(word)
                context = len(words[i - 1]) if i else 0
                tail = len(words[i + 2]) if i + 2 < len(words) else 0
                out.append((start - context, end + tail, word))
            pos += len(word)
    return out
