"""Rule-based rewriting without a model: colloquial → formal 公文 register, more concise, or hints to be specific.

Facts are never touched: numbers with their units, dates, and everything inside 《》 or quotes are
protected before any rule runs, and the result is checked with `facts()` before it is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.vocab import Tone

# --- facts ------------------------------------------------------------------------------------------

_UNIT = (
    r"(?:个月|小时|学期|课时|公里|周岁|人次|"
    r"[年月日号时点分秒个名人位次项场期届元万亿千百批类条款章节篇所支家门课周天岁轮组队座台套本册份张件倍%％])"
)
_ARABIC = rf"\d+(?:[.,:：．/\-]\d+)*{_UNIT}?"
_CN_NUMERAL = rf"[零〇一二三四五六七八九十百千万亿两]+{_UNIT}"
_BOOK = r"《[^《》\n]*》"
_QUOTES = r"“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』|\"[^\"\n]*\""
_URL = r"https?://[^\s，。；、“”《》]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PUA = r"[\ue000-\uf8ff]"  # private-use characters: our placeholders (and any already in the text)

_FACT = re.compile(rf"{_BOOK}|{_QUOTES}|{_ARABIC}|{_CN_NUMERAL}")
_PROTECTED = re.compile(rf"{_URL}|{_BOOK}|{_QUOTES}|{_ARABIC}|{_CN_NUMERAL}|{_PUA}")
_QUOTE_CONTENT = re.compile(r"^[“‘「『\"](.*)[”’」』\"]$", re.S)

HINT = "【建议补充：时间、责任人、参与对象、预期成效】"



def facts(text: str) -> list[str]:
    """Facts a rewrite must keep, in order: numbers with units, dates, 《titles》 and quoted words (content only)."""
    out = []
    for match in _FACT.finditer(text):
        token = match.group(0)
        quoted = _QUOTE_CONTENT.match(token) if token[0] in "“‘「『\"" else None
        out.append(quoted.group(1) if quoted else token)
    return [f for f in out if f]


def missing_facts(original: str, rewritten: str) -> list[str]:
    """Facts of the original that do not appear, in the same order, in the rewritten text."""
    missing, pos = [], 0
    for fact in facts(original):
        found = rewritten.find(fact, pos)
        if found < 0:
            missing.append(fact)
        else:
            pos = found + len(fact)
    return missing


# --- rule tables: (pattern, replacement, reason), applied in order ------------------------------------

_CJK = r"\u4e00-\u9fff\ue000-\uf8ff"  # Chinese characters and placeholders of protected facts
_END = r"(?=\s*(?:[，。！？；、,.!?;~～…]|$))"  # end of a clause

FILLER_RULES: list[tuple[str, str, str]] = [
    (r"[嗯呃]+[，,、]?", "", "删除口头语"),
    (r"然后呢[，,]?", "", "删除口头语"),
    (r"(?<!也)就是说[，,]?", "", "删除口头语"),
    (r"(?m)(?:^|(?<=[，。！？；,.!?;]))[ \t]*那个[，,]", "", "删除口头语"),
    (r"其实[，,]?", "", "删除口头语"),
    (r"反正[，,]?", "", "删除口头语"),
    (r"哈{2,}", "", "删除口头语"),
    (rf"(?<=[{_CJK}”》）])(?<![酒网贴])[啊呀吧呢嘛哈啦哦哟噢]+{_END}", "", "删除语气词"),
    (rf"(?<=[{_CJK}])[呢嘛](?=[，,])", "", "删除语气词"),
]

FORMAL_RULES: list[tuple[str, str, str]] = [
    *FILLER_RULES,
    (r"(?:咱们|我们|咱)学校的?(?:老师们|老师|教职工们|教职工)", "我校广大教职工", "口语改为公文用语"),
    (r"(?:咱们|我们)学校|咱学校|咱校", "我校", "口语改为公文用语"),
    (r"咱们的?老师们?|老师们|大伙儿|大家伙儿?|大伙", "广大教职工", "口语改为公文用语"),
    (r"咱们|咱(?!们)", "我们", "口语改为公文用语"),
    (rf"(?<=[们家校会都还就也工师])得(?=[{_CJK}])(?![到以分出了很好多少知益力当体罪奖意])", "须", "口语改为公文用语"),
    (r"搞好", "做好", "口语改为公文用语"),
    (r"搞活动", "开展活动", "口语改为公文用语"),
    (r"[搞弄]清楚?", "厘清", "口语改为公文用语"),
    (r"搞定|弄完", "完成", "口语改为公文用语"),
    (r"搞个|搞一场", "举办", "口语改为公文用语"),
    (r"搞搞|搞", "开展", "口语改为公文用语"),
    (r"弄好", "做好", "口语改为公文用语"),
    (r"弄(?![虚])", "做", "口语改为公文用语"),
    (r"挺好的|挺不错的?", "良好", "口语改为公文用语"),
    (rf"(?:挺|非常)([{_CJK}]{{1,2}})的(?=\s*(?:[，。；！？,.!?;]|$))", r"十分\1", "口语改为公文用语"),
    (r"挺(?![身拔立进举])|非常(?!时期|规|态)|特别(?=[好棒大多强高])", "十分", "口语改为公文用语"),
    (r"特别(?=重要|关键|必要)", "尤为", "口语改为公文用语"),
    (r"特别(?=需要|注意|要)", "切实", "口语改为公文用语"),
    (r"想想?办法|想方设法地?", "积极探索", "口语改为公文用语"),
    (r"帮忙", "协助", "口语改为公文用语"),
    (r"帮帮|帮(?![助扶忙])", "帮助", "口语改为公文用语"),
    (r"看一看|看看|瞧瞧", "了解", "口语改为公文用语"),
    (r"啥", "什么", "口语改为公文用语"),
    (r"咋办", "怎么办", "口语改为公文用语"),
    (r"咋样", "怎样", "口语改为公文用语"),
    (r"咋", "如何", "口语改为公文用语"),
    (r"让(?=[^，。；！？\n]{0,10}(?:满意|感受|感到|得到|体会|享受|更加|充分|受益|安心|放心|舒心|开心))", "使", "口语改为公文用语"),
    (r"蛮(?=[好多大])", "较", "口语改为公文用语"),
]

PUNCTUATION_RULES: list[tuple[str, str, str]] = [
    (r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+", "", "删除表情符号"),
    (r"[:;]-?[)(DPp](?![\w])|\^_?\^|[（(][^()（）\n]{0,3}[•´`^ω][^()（）\n]{0,3}[)）]", "", "删除表情符号"),
    (r"[~～]+(?=\s*(?:[，。！？；]|$))|[~～]+$", "", "删除波浪号"),
    (rf"(?<=[{_CJK}）)”》])\s*[!！]+[?？!！]*", "。", "感叹号改为句号"),
    (r"[!！]+", "。", "感叹号改为句号"),
    (r"[?？]{2,}|[?？][!！]+", "？", "标点改为中文全角符号"),
    (r"\.{3,}|。{3,}|…{1,2}", "……", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}）)”》])\s*,\s*", "，", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}）)”》])\s*;\s*", "；", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}）)”》])\s*:\s*", "：", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}）)”》])\s*\?", "？", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}）)”》])\.(?![A-Za-z0-9_])", "。", "标点改为中文全角符号"),
    (r"\(([^()\n]*)\)", r"（\1）", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}，。；：？）])[ \t\u3000]+(?=[{_CJK}（“《])", "", "删除多余空格"),
]

CLEANUP_RULES: list[tuple[str, str, str]] = [
    (r"[，、]+(?=[。？！；：])", "", ""),
    (r"(?<=[。？！；：，、])[，、]+", "", ""),
    (r"([，。；：])\1+", r"\1", ""),
    (r"(?m)^[ \t]*[，。；、]+", "", ""),
]

CONCISE_RULES: list[tuple[str, str, str]] = [
    *FILLER_RULES,
    (rf"(进一步|认真|切实|积极|扎实|深入|全面|努力|不断|有效|充分|主动|及时|广泛|大力)地(?=[{_CJK}])", r"\1", "删除多余的“地”"),
    (r"一定要|务必要", "要", "删除冗余修饰"),
    (r"必须要", "必须", "删除冗余修饰"),
    (r"的话(?=[，。；,])", "", "删除冗余修饰"),
    (r"等等|之类的?", "等", "删除冗余修饰"),
    (r"各种各样的?", "各类", "删除冗余修饰"),
    (r"方方面面", "各方面", "删除冗余修饰"),
    (r"基本上", "基本", "删除冗余修饰"),
    (r"非常非常|十分十分", "十分", "删除重复词语"),
    (rf"([{_CJK}]{{2,4}})\1+", r"\1", "删除重复词语"),
]


@dataclass(frozen=True)
class RewriteResult:
    """Rewritten text and a Chinese description of each kind of change made."""

    text: str
    changes: list[str] = field(default_factory=list)


def _protect(text: str, *, chinese_quotes: bool = False) -> tuple[str, list[str]]:
    """Replace facts, quotes, titles and URLs by private-use placeholders so no rule can touch them.

    With chinese_quotes, a straight-quoted span "…" is restored as “…” (its content unchanged).
    """
    saved: list[str] = []

    def hide(match: re.Match) -> str:
        span = match.group(0)
        if chinese_quotes and len(span) >= 2 and span[0] == span[-1] == '"' and not re.search("[“”]", span):
            span = f"“{span[1:-1]}”"
        saved.append(span)
        return chr(0xE000 + len(saved) - 1)

    return _PROTECTED.sub(hide, text), saved


def _restore(text: str, saved: list[str]) -> str | None:
    """Put protected spans back; None if a placeholder was lost or duplicated (a rule bug)."""
    seen = [ord(ch) - 0xE000 for ch in text if 0xE000 <= ord(ch) < 0xE000 + len(saved)]
    if seen != list(range(len(saved))):
        return None
    return "".join(saved[ord(ch) - 0xE000] if 0xE000 <= ord(ch) < 0xE000 + len(saved) else ch for ch in text)


# Reasons whose changes are listed one by one (old → new); other reasons are reported once.
_DETAILED = {"口语改为公文用语", "删除口头语", "删除语气词", "删除冗余修饰", "删除重复词语", "删除多余的“地”"}


def _apply(text: str, rules: list[tuple[str, str, str]], changes: list[str]) -> str:
    """Apply rules in order, noting each change (in Chinese) once."""
    for pattern, replacement, reason in rules:

        def sub(match: re.Match, replacement=replacement, reason=reason) -> str:
            old, new = match.group(0), match.expand(replacement)
            if reason and old != new:
                shown = old.strip()
                if reason not in _DETAILED or re.search(_PUA, shown):
                    note = reason
                elif new:
                    note = f"{reason}：“{shown}”→“{new}”"
                else:
                    note = f"{reason}：“{shown}”"
                if note not in changes:
                    changes.append(note)
            return new

        text = re.sub(pattern, sub, text)
    return text


def _is_heading(line: str) -> bool:
    s = line.strip()
    if re.match(r"^(#+\s|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]\s*\S{0,20}$)", s):
        return len(s) <= 30 and not re.search(r"[。；]", s[:-1] if s.endswith("。") else s)
    return len(s) <= 15 and not re.search(r"[，。；：！？]", s)


def _has_specifics(line: str) -> bool:
    return bool(re.search(rf"\d|{_CN_NUMERAL}|[上中下]旬|月份?|学期|每周|每月|每年|负责人|责任人|××", line))


def _specific(text: str, changes: list[str]) -> str:
    lines = text.split("\n")
    flagged = 0
    for i, line in enumerate(lines):
        if not line.strip() or HINT in line or _is_heading(line) or _has_specifics(line):
            continue
        lines[i] = line.rstrip() + HINT
        flagged += 1
    if flagged:
        changes.append(
            f"离线模式无法补写具体事实，已在 {flagged} 段缺少时间、数量等信息的文字后加“【建议补充】”提示，请人工补充"
        )
    return "\n".join(lines)


class RewriteBug(Exception):
    """A rule damaged a protected span (never expected; rewrite() then keeps the original text)."""


def apply_tone(text: str, tone: Tone | str = Tone.FORMAL) -> RewriteResult:
    """Apply the rule tables of a tone, without the final fact check (rewrite() adds it)."""
    tone = Tone.parse(tone)
    changes: list[str] = []
    if tone == "specific":
        return RewriteResult(text=_specific(text, changes), changes=changes)
    hidden, saved = _protect(text, chinese_quotes=tone == "formal")
    if len(saved) > 0xF8FF - 0xE000:
        return RewriteResult(text=text, changes=[])  # more facts than placeholders: leave untouched
    if tone == "formal":
        hidden = _apply(hidden, FORMAL_RULES, changes)
        hidden = _apply(hidden, PUNCTUATION_RULES, changes)
    else:
        hidden = _apply(hidden, CONCISE_RULES, changes)
    hidden = _apply(hidden, CLEANUP_RULES, changes)
    restored = _restore(hidden, saved)
    if restored is None:
        raise RewriteBug("a rule removed or duplicated a protected span")
    return RewriteResult(text=restored, changes=changes)


def rewrite(text: str, tone: Tone | str = Tone.FORMAL) -> RewriteResult:
    """Rewrite text in the given tone (formal / concise / specific, or 更正式 / 更简洁 / 更具体), keeping every fact."""
    try:
        result = apply_tone(text, tone)
    except RewriteBug:
        return RewriteResult(text=text, changes=[])
    if missing_facts(text, result.text):
        # Safety net: a rewrite that loses a fact is worse than no rewrite.
        return RewriteResult(text=text, changes=[])
    return result
