"""Rewriting without a model, in a tone: formal (公文 register), concise (formal and about 70% of the length or
less) or specific (formal, plus grounded concrete elements marked 【请核实：…】).

Every fact is protected before any rule runs (numbers, names, 《titles》, quotes, fixed terms become placeholders;
see masking) and checked afterwards by value (see facts.problems): a line whose rewrite would lose or change a
fact, invent a number, break a fixed term or double a word is given back unchanged, with a notice saying why.

    >>> rewrite("咱们3月7号搞个座谈会吧", "formal").text
    '我们3月7日举办座谈会'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.vocab import Tone
from assistant.rewrite.apply import Notes
from assistant.rewrite.concise import TARGET_RATIO, shorten
from assistant.rewrite.corrections import apply_corrections
from assistant.rewrite.digits import amounts_in_digits, counts_in_digits
from assistant.rewrite.facts import Fact, facts, missing_facts, one_each, problems
from assistant.rewrite.formal import formalize
from assistant.rewrite.lexicon import Lexicon, load_lexicon
from assistant.rewrite.masking import mask
from assistant.rewrite.misspellings import fix_misspellings
from assistant.rewrite.specific import MARK_OPEN, Context, additions, mark

__all__ = ["Context", "Fact", "RewriteResult", "apply_tone", "facts", "missing_facts", "problems", "rewrite"]


@dataclass(frozen=True)
class RewriteResult:
    """Rewritten text, a Chinese description of each kind of change, and a notice when a rewrite was withheld."""

    text: str
    changes: list[str] = field(default_factory=list)
    notice: str | None = None


class RewriteBug(Exception):
    """A rule removed or duplicated a protected span (never expected; the line is then left as it was)."""


def is_heading(line: str) -> bool:
    """A heading line (一、… （三）… 1. 短标题, or a short line without punctuation): the specific tone skips it."""
    s = line.strip()
    if re.match(r"^(#+\s|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]\s*\S{0,20}$)", s):
        return len(s) <= 30 and not re.search(r"[。；]", s[:-1] if s.endswith("。") else s)
    return len(s) <= 15 and not re.search(r"[，。；：！？]", s)


def _length(text: str) -> int:
    return len(re.sub(r"\s", "", text))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEADING_MARKS = re.compile(r"^\s*[，。；、：,.;:]+")


def _line(line: str, tone: Tone, context: Context, lexicon: Lexicon, notes: list[str]) -> str:
    if not _CJK.search(line):
        return line  # nothing to rewrite (a line of marks, a number, a code)
    each = one_each(line)  # 一人一张 → 每人一张 before masking reads 一人 as a count
    masked = mask(each, lexicon)
    line_notes = Notes(show=masked.show)
    for i, (a, b) in enumerate(zip(line, each)):
        if a != b:
            line_notes.add("数量、日期、金额改为规范写法", line[i : i + 2], each[i : i + 2])

    def keeps(body: str) -> bool:
        restored = masked.restore(body)
        return restored is not None and not problems(line, restored, lexicon)

    body = formalize(masked, lexicon, line_notes, keeps, concise=tone is Tone.CONCISE)
    if tone is Tone.CONCISE:
        body = shorten(body, masked, lexicon, line_notes, _length(line))
    restored = masked.restore(body)
    if restored is None:
        raise RewriteBug(line)
    digits = Notes(show=masked.show)
    in_digits = amounts_in_digits(restored, digits)
    # Amounts in digits (八千元 → 8000元) may be longer: a concise text that reached its length keeps its words.
    longer = tone is Tone.CONCISE and _length(in_digits) > TARGET_RATIO * _length(line) >= _length(restored)
    if in_digits != restored and not longer and not problems(line, in_digits, lexicon):
        restored = in_digits
        line_notes.items.extend(n for n in digits.items if n not in line_notes.items)
    if tone is Tone.CONCISE and _length(restored) > TARGET_RATIO * _length(line):
        # Still over its length: counts and dates said in Chinese numerals go to digits (二十六间 → 26间).
        counted = Notes(show=masked.show)
        in_digits = counts_in_digits(restored, counted)
        if in_digits != restored and not problems(line, in_digits, lexicon):
            restored = in_digits
            line_notes.items.extend(n for n in counted.items if n not in line_notes.items)
    lead = _LEADING_MARKS.match(line)
    if lead and not restored.startswith(lead.group(0).strip()):
        restored = lead.group(0).strip() + restored  # a mark the line began with is the writer's, not a leftover
    if tone is Tone.SPECIFIC and MARK_OPEN not in line and not is_heading(line):
        found = additions(restored, context, lexicon)
        if found:
            restored = restored.rstrip() + mark(found)
            line_notes.items.append("已补充时间、牵头人、参加对象等具体要素（据学校信息、计划结构和知识库），标在【请核实：…】中，请确认后保留")
        else:
            line_notes.items.append("原文已写明时间、牵头人和参加对象，未补充")
    notes.extend(n for n in line_notes.items if n not in notes)
    return restored


def apply_tone(text: str, tone: Tone | str = Tone.FORMAL, context: Context | None = None) -> RewriteResult:
    """The rules of a tone applied line by line, without the final check (rewrite() adds it)."""
    tone = Tone.parse(tone)
    lexicon = load_lexicon()
    context = context or Context()
    notes: list[str] = []
    lines = []
    for line in text.split("\n"):
        line, spelt = fix_misspellings(line)
        line, corrected = apply_corrections(line)
        notes.extend(spelt + corrected)
        lines.append(_line(line, tone, context, lexicon, notes) if line.strip() else line)
    return RewriteResult("\n".join(lines), notes)


def rewrite(text: str, tone: Tone | str = Tone.FORMAL, context: Context | None = None) -> RewriteResult:
    """Rewrite text in a tone (formal / concise / specific, or 更正式 / 更简洁 / 更具体), keeping every fact.

    Each line is checked after its rewrite; a line that fails the check is kept as it was (a self-correction in it
    resolved), and `notice` says so.
    """
    tone = Tone.parse(tone)
    lexicon = load_lexicon()
    context = context or Context()
    out, changes, withheld = [], [], []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        # Misspelt words (期未考试) and a self-correction (五个——哦不对，是三个) are resolved first: the corrected words
        # are the original.
        line, spelt = fix_misspellings(line)
        line, corrected = apply_corrections(line)
        corrected = spelt + corrected
        notes: list[str] = list(corrected)
        try:
            new = _line(line, tone, context, lexicon, notes)
        except RewriteBug:
            new, notes = line, []
            withheld.append("改写时保护的内容出现异常")
        trouble = problems(line, new, lexicon) if new != line else []
        if trouble:
            withheld.append(trouble[0])
            new, notes = line, list(corrected)
        out.append(new)
        changes.extend(n for n in notes if n not in changes)
    notice = None
    if withheld:
        notice = f"有 {len(withheld)} 段改写未采用（{withheld[0]}），已保留原文。"
    return RewriteResult("\n".join(out), changes, notice)
