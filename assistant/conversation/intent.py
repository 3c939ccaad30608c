"""What the user wants from a chat message, recognised by rules (the model refines it when there is one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.structure import Structure
from assistant.domain.vocab import Intent, Tone

# Ordered rules: the first match wins. Short button-like replies first, questions last.
_RULES: tuple[tuple[Intent, re.Pattern], ...] = (
    (Intent.ACCEPT, re.compile(r"^(采用|采纳|可以|好的?|行|确定|同意|就这样|没问题|ok|OK|👍)[。.!！]?$")),
    (Intent.SKIP, re.compile(r"^(跳过|略过|不写了?|先跳过|下一(节|部分|个))")),
    (Intent.REGENERATE, re.compile(r"(换一版|换个版本|重新(生成|写|起草)|再来一版|换一个|再写一版)")),
    (Intent.PROGRESS, re.compile(r"(进度|完成了?多少|还差(哪些|什么|几)|写到哪)")),
    (Intent.EXPORT, re.compile(r"(导出|下载|生成(word|Word|文档|docx)|保存为|\.docx|Word 文档|word文档)")),
    (Intent.REWRITE, re.compile(r"(改得?更?(正式|规范|简洁|精炼|具体)|更(正式|简洁|具体)|润色|改成公文|公文(语气|风格))")),
    (Intent.REVISE, re.compile(r"^(请)?(把|将)?.{0,12}(加上|加入|增加|补充|删去|删掉|去掉|删除|突出|强调|写得|改成|改为|换成|多写|少写)")),
    (Intent.DRAFT, re.compile(r"(开始|起草|写一?下?|生成|草拟|继续)(.{0,10})(部分|一节|章节|内容|计划|吧)?$")),
)
_QUESTION = re.compile(r"([?？]|什么|怎么|如何|哪些|多久|几次|多少|是否|吗|呢|为何|为什么|能否|可不可以|要不要)")



@dataclass(frozen=True)
class Recognised:
    """What a message asks for, the section it names, the tone of a rewrite and a passage it quotes."""

    kind: Intent
    section: str | None = None  # a section key the message names
    tone: Tone = Tone.FORMAL
    text: str = ""  # a passage quoted for rewriting, if any
    confident: bool = True  # False when no rule matched and the kind is a guess


def section_named(message: str, structure: Structure) -> str | None:
    """The structure section a message names (女工部分 → women), or None: titles and aliases before chat names."""
    for field in ("formal", "chat"):
        best: tuple[int, str] | None = None
        for spec in structure.sections:
            if spec.key in ("title", "signature", "main"):
                continue
            names = (spec.title, *spec.aliases) if field == "formal" else spec.chat_names
            for name in names:
                if name and name in message and (best is None or len(name) > best[0]):
                    best = (len(name), spec.key)
        if best:
            return best[1]
    return None


def recognise(message: str, structure: Structure) -> Recognised:
    """Classify a message by rules; never raises."""
    text = message.strip()
    section = section_named(text, structure)
    tone = Tone.named_in(text) or Tone.FORMAL
    quoted = _quoted_passage(text)
    for kind, pattern in _RULES:
        if pattern.search(text):
            if kind == Intent.DRAFT and _QUESTION.search(text) and not re.search(r"(开始|起草|继续)", text):
                break
            return Recognised(kind, section, tone, quoted)
    if _QUESTION.search(text):
        return Recognised(Intent.ASK, section, tone, quoted)
    if len(text) >= 40:
        # A long message with no command is most likely a passage the user wants polished.
        return Recognised(Intent.REWRITE, section, tone, text, confident=False)
    return Recognised(Intent.ASK if section is None else Intent.DRAFT, section, tone, quoted, confident=False)


def _quoted_passage(text: str) -> str:
    """Text after a colon or inside quotes in "把这段改得更正式：……"."""
    match = re.search(r"[：:]\s*(.{6,})$", text, flags=re.S)
    if match:
        return match.group(1).strip().strip("“”\"'")
    match = re.search(r"[“\"]([^”\"]{6,})[”\"]", text)
    return match.group(1).strip() if match else ""
