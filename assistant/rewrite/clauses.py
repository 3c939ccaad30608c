"""Clauses: splitting a paragraph into them, and restructuring spoken sentence structure into 公文 clauses — a
phrase said twice is said once, items counted out (一个是…一个是…) are numbered (一是…二是…), 如…就 becomes
如…则, a long run-on sentence breaks before 此外, and a word two substitutions wrote twice in a row is written once.
(Topics set off by 的话/这一块/呢 are the lexicon's: 元旦的话， → 元旦期间，)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS

_H = CLASS_CONTENTS["H"]
_P = CLASS_CONTENTS["P"]
_DELIMITER = re.compile(r"[，。；：！？、\n]")
REASON = "调整为公文句式"
_FUNCTION = "的和在是与及将为把被向于并由对"


@dataclass
class Clause:
    """A clause and the mark that ends it (，。；：！？、 or a line break; '' at the end of the text)."""

    text: str
    mark: str

    @property
    def core(self) -> str:
        return re.sub(r"\s", "", self.text)


def split(text: str) -> list[Clause]:
    """A text as clauses, each with its closing mark; "".join of text+mark gives the text back."""
    out, pos = [], 0
    for m in _DELIMITER.finditer(text):
        out.append(Clause(text[pos : m.start()], m.group(0)))
        pos = m.end()
    if pos < len(text):
        out.append(Clause(text[pos:], ""))
    return out


def join(clauses: list[Clause]) -> str:
    return "".join(c.text + c.mark for c in clauses)


def merge_restatement(text: str, show) -> str:
    """A phrase said again and extended after a comma (定于5月，5月的中下旬) is said once: 定于5月中下旬."""
    out = text
    for m in reversed(list(re.finditer("，", text))):
        left, right = out[: m.start()], out[m.start() + 1 :]
        for k in range(min(5, len(left), len(right)), 1, -1):
            if show(left[-k:]) == show(right[:k]) and not re.search(r"[，。；]", left[-k:]):
                rest = right[k:]
                if re.search(f"[{_P}]", left[-k:]) and not re.match("的|[上中下]旬|[初底末中]", rest):
                    continue  # a number said again must be narrowed (5月，5月的中下旬); 80元，80元一 are two amounts
                rest = rest[1:] if rest.startswith("的") else rest
                if len(re.split(r"[，。；：！？\n]", rest, maxsplit=1)[0]) > 4:
                    continue  # the word starts a new clause (检查，检查结果要通报), not a restatement
                out = left + rest
                break
    return out


def restructure(text: str, original: str, notes: Notes, show=lambda s: s) -> str:
    """Spoken clause structure in 公文 form (see the module docstring)."""
    merged = merge_restatement(text, show)
    if merged != text:
        notes.add(REASON, "重复的说法", "合并")
        text = merged
    # 如…，就… → 如…，则… (a condition's 如, not the 如 of 如下, 如何, 如此, 如今: 通知如下：雨季一到…就 has no condition)
    text = re.sub(rf"(如(?![下何此今期实同意])[^，。；：]{{1,24}}?)，?就(?=[{_H}])", lambda m: m.group(1) + "，则", text)
    text = enumerate_items(text, notes)
    # A long sentence breaks before 此外 (and its comma becomes a full stop).
    text = re.sub(r"，(此外|另外)，?", lambda m: "。此外，", text)
    return collapse_doubles(text, original)


_ITEM = re.compile(rf"(?:还有|另外|另|再)?一个(?:就)?是(?=[{_H}{_P}])")
_ORDINALS = "一二三四五六七八九十"


def enumerate_items(text: str, notes: Notes) -> str:
    """Items counted out in speech (一个是…，一个是…，再一个是…) become 一是…，二是…，三是…."""
    items = list(_ITEM.finditer(text))
    if len(items) < 2 or len(items) > len(_ORDINALS):
        return text
    out, pos = [], 0
    for n, m in enumerate(items):
        out.append(text[pos : m.start()])
        out.append(f"{_ORDINALS[n]}是")
        pos = m.end()
    out.append(text[pos:])
    notes.add(REASON, "一个是…一个是…", "一是…二是…")
    return "".join(out)


def collapse_doubles(text: str, original: str) -> str:
    """A function word or a short word written twice in a row by two substitutions meeting (为为, 教职工教职工);
    doubles the original has (目的的, 研究研究) stay."""

    def once(m: re.Match) -> str:
        return m.group(0) if m.group(0) in original else m.group(1)

    text = re.sub(rf"([{_FUNCTION}])\1", once, text)
    return re.sub(rf"([{_H}]{{2,4}})\1", once, text)
