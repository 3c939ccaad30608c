"""Punctuation in 公文 form: full-width Chinese marks, no exclamation marks, emoji or tildes, no stray spaces, and no
marks left doubled or dangling after words were removed."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, OTHER_FIRST, OTHER_LAST

_CJK = CLASS_CONTENTS["H"] + CLASS_CONTENTS["P"]
# What may close a sentence before an ASCII mark: a Chinese character, a protected name or title, a bracket — not a
# number (1. is a list number).
_CLOSE = rf"[{CLASS_CONTENTS['H']}{chr(OTHER_FIRST)}-{chr(OTHER_LAST)}）)”》]"

_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"
# Chat apps (微信, QQ, 钉钉) copy their stickers as a name in ASCII brackets ([握手], [强], [OK]): a 公文 text writes
# its own brackets full-width (【】〔〕), so a short name in [ ] is a sticker, not text.
_STICKER = r"\[(?:[\u4e00-\u9fff]{1,4}|OK|NO|ok|666|Emm)\]"

# (pattern, replacement, reason) in order.
PUNCTUATION: tuple[tuple[str, str, str], ...] = (
    # A sticker or an emoji between two words ends what came before it (中秋快到了🌕工会…): a comma takes its place.
    (rf"(?<=[{CLASS_CONTENTS['H']}])(?:{_STICKER}|{_EMOJI})+(?=[{CLASS_CONTENTS['H']}])", "，", "删除表情符号"),
    (_STICKER, "", "删除表情符号"),
    (_EMOJI + "+", "", "删除表情符号"),
    (r"[:;]-?[)(DPp](?![\w])|\^_?\^|[（(][^()（）\n]{0,3}[•´`^ω][^()（）\n]{0,3}[)）]", "", "删除表情符号"),
    (r"[~～]+(?=\s*(?:[，。！？；]|$))|[~～]+$", "", "删除波浪号"),
    (rf"(?<={_CLOSE})\s*[!！]+[?？!！]*", "。", "感叹号改为句号"),
    (r"[!！]+", "。", "感叹号改为句号"),
    (r"[?？]{2,}|[?？][!！]+", "？", "标点改为中文全角符号"),
    (r"\.{3,}|。{3,}|…{1,2}", "……", "标点改为中文全角符号"),
    (rf"(?<={_CLOSE})\s*,\s*", "，", "标点改为中文全角符号"),
    (rf"(?<={_CLOSE})\s*;\s*", "；", "标点改为中文全角符号"),
    (rf"(?<={_CLOSE})\s*:\s*", "：", "标点改为中文全角符号"),
    (rf"(?<={_CLOSE})\s*\?", "？", "标点改为中文全角符号"),
    (rf"(?<={_CLOSE})\.(?![A-Za-z0-9_{CLASS_CONTENTS['N']}一二三四五六七八九十])", "。", "标点改为中文全角符号"),
    (r"\(([^()\n]*)\)", r"（\1）", "标点改为中文全角符号"),
    (rf"(?<=[{_CJK}，。；：？）])[ \t\u3000]+(?=[{_CJK}（“《])", "", "删除多余空格"),
)

# After words were removed: no mark before another, none at the start of a line, none doubled.
CLEANUP: tuple[tuple[str, str, str], ...] = (
    (r"[，、：]+(?=[。？！；])", "", ""),
    (r"[，、]+(?=[：，、])", "", ""),
    (r"(?<=[。？！；：，、])[，、]+", "", ""),
    (r"([，。；：])\1+", r"\1", ""),
    (r"(?m)^[ \t]*[，。；、：]+", "", ""),
    (r"（\s*）|【\s*】", "", ""),
)


def apply_rules(text: str, rules: tuple[tuple[str, str, str], ...], notes: Notes) -> str:
    """Apply (pattern, replacement, reason) rules in order, noting each reason once."""
    for pattern, replacement, reason in rules:
        new = re.sub(pattern, replacement, text)
        if new != text and reason:
            notes.add(reason, "", "")
            if reason not in notes.items:
                notes.items.append(reason)
        text = new
    return text


def formal_punctuation(text: str, notes: Notes) -> str:
    return apply_rules(text, PUNCTUATION, notes)


def cleanup(text: str) -> str:
    return apply_rules(text, CLEANUP, Notes())
