"""What the user wants from a chat message: rules first, then the nearest examples of knowledge/intents.yaml.

Edits are read by assistant.conversation.edit_requests (the same rules whether or not a model is configured: the
model never routes a message or chooses an operation). A message that no rule settles goes to the action of its
most similar examples; an edit-like message the parser could not read becomes an edit that says so.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.conversation.edit_refs import normalise, parse_items
from assistant.conversation.edit_requests import EditParser, EditRequest
from assistant.conversation.edit_words import EditWords
from assistant.domain.data import read_yaml
from assistant.domain.structure import Structure
from assistant.domain.vocab import Intent, Tone
from assistant.errors import LoadError

DEFAULT_EXEMPLARS = Path(__file__).resolve().parents[2] / "knowledge" / "intents.yaml"

# Ordered rules: the first match wins (after acceptance, which is a whole-message test).
_SKIP = re.compile(r"^(跳过|略过|不写了?|先跳过|下一(节|部分|个))")
_REGENERATE = re.compile(r"(换一版|换个版本|重新(生成|写|起草)|再来一版|换一个|再写一版)")
_PROGRESS = re.compile(r"(进度|完成了?多少|还差(哪些|什么|几)|写到哪)")
_EXPORT = re.compile(r"(导出|下载|生成(word|Word|文档|docx)|保存为|\.docx|Word 文档|word文档)")
_REWRITE = re.compile(r"(改得?更?(正式|规范|简洁|精炼|具体)|更(正式|简洁|具体)|润色|改成公文|公文(语气|风格))")
_REVISE = re.compile(r"^(请)?(把|将)?.{0,12}(突出|强调|写得|多写|少写|充实|丰富)")
_DRAFT = re.compile(r"(开始|起草|写一?下?|生成|草拟|继续)(.{0,10})(部分|一节|章节|内容|计划|吧)?$")
QUESTION = re.compile(r"([?？]|什么|怎么|如何|哪些|多久|几次|多少|是否|吗|呢|为何|为什么|能否|可不可以|要不要)")
_EDIT_KINDS = ("delete", "add", "move", "replace", "undo")
_SIMILAR = 0.45  # cosine of character n-grams from which an example is taken as the message's kind


@dataclass(frozen=True)
class Recognised:
    """What a message asks for, the section it names, the tone of a rewrite and a passage it quotes."""

    kind: Intent
    section: str | None = None  # a section key the message names
    tone: Tone = Tone.FORMAL
    text: str = ""  # a passage quoted for rewriting, if any
    confident: bool = True  # False when no rule matched and the kind is a guess
    edit: EditRequest | None = None  # the operation, for an edit of the plan


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


def is_acceptance(message: str, words: EditWords) -> bool:
    """True for a message made only of words of agreement (好，采纳 / 没问题，就用这一版)."""
    rest = re.sub(r"[\s，,。.!！~～、👍]+", "", message)
    for word in sorted((*words.accept_words, *words.accept_fillers), key=len, reverse=True):
        rest = rest.replace(word, "")
    return bool(message.strip()) and not rest


# ---------------------------------------------------------------------------------------------------- examples


def _grams(text: str) -> Counter:
    t = re.sub(r"[\s，。！？,.!?、：:；;“”\"'（）()]", "", text)
    return Counter([*t, *(t[i : i + 2] for i in range(len(t) - 1))])


class Exemplars:
    """Example messages per kind, compared with a message by TF-IDF weighted character uni- and bigrams."""

    def __init__(self, examples: dict[str, tuple[str, ...]]):
        self.examples = [(kind, text, _grams(text)) for kind, texts in examples.items() for text in texts]
        df = Counter(g for _, _, grams in self.examples for g in grams)
        n = len(self.examples) or 1
        self.idf = {g: math.log((n + 1) / (c + 1)) + 1 for g, c in df.items()}
        self.vectors = [(kind, self._weigh(grams)) for kind, _, grams in self.examples]

    def _weigh(self, grams: Counter) -> dict[str, float]:
        vector = {g: c * self.idf.get(g, math.log(len(self.examples) + 1) + 1) for g, c in grams.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {g: v / norm for g, v in vector.items()}

    def nearest(self, message: str) -> tuple[str | None, float]:
        """The kind of the most similar example and its similarity (None when there are no examples)."""
        vector = self._weigh(_grams(message))
        best: tuple[str | None, float] = (None, 0.0)
        for kind, other in self.vectors:
            score = sum(w * other.get(g, 0.0) for g, w in vector.items())
            if score > best[1]:
                best = (kind, score)
        return best


def load_exemplars(path: Path | str | None = None) -> Exemplars:
    """The example bank of knowledge/intents.yaml (or another file), read once per path."""
    return _exemplars(str(Path(path) if path else DEFAULT_EXEMPLARS))


@functools.lru_cache(maxsize=4)
def _exemplars(path: str) -> Exemplars:
    try:
        data = read_yaml(path)
        examples = {str(k): tuple(str(t) for t in v) for k, v in data["exemplars"].items()}
    except OSError as exc:
        raise LoadError(f"无法读取意图示例文件：{path}") from exc
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise LoadError(f"意图示例文件格式有误：{exc}") from exc
    return Exemplars(examples)


# ---------------------------------------------------------------------------------------------------- routing


def recognise(message: str, structure: Structure, parser: EditParser | None = None,
              exemplars: Exemplars | None = None, titles: dict[str, str] | None = None) -> Recognised:
    """Classify a message by rules (edits through `parser`), then by the nearest examples; never raises."""
    text = message.strip()
    section = section_named(text, structure)
    tone = Tone.named_in(text) or Tone.FORMAL
    quoted = _quoted_passage(text)
    if parser is not None and is_acceptance(text, parser.words):
        return Recognised(Intent.ACCEPT, section, tone, quoted)
    if parser is None and re.match(r"^(采用|采纳|可以|好的?|行|确定|同意|就这样|没问题|ok|OK|👍)[。.!！]?$", text):
        return Recognised(Intent.ACCEPT, section, tone, quoted)
    if _SKIP.search(text):
        return Recognised(Intent.SKIP, section, tone, quoted)
    if _REGENERATE.search(text):
        return Recognised(Intent.REGENERATE, section, tone, quoted)
    if _REWRITE.search(text) and (quoted or not re.search(r"第\s*\S{1,3}\s*[条项个点]", text)):
        return Recognised(Intent.REWRITE, section, tone, quoted)
    for kind, pattern in ((Intent.PROGRESS, _PROGRESS), (Intent.EXPORT, _EXPORT)):
        if pattern.search(text):
            return Recognised(kind, section, tone, quoted)
    if parser is not None:
        edit = parser.parse(text, titles)
        if edit is not None:
            return Recognised(Intent.REVISE, edit.section or section, tone, quoted, edit=edit)
    if _REVISE.search(text):
        return Recognised(Intent.REVISE, section, tone, quoted)
    if _DRAFT.search(text) and not (QUESTION.search(text) and not re.search(r"(开始|起草|继续)", text)):
        return Recognised(Intent.DRAFT, section, tone, quoted)
    if QUESTION.search(text):
        return Recognised(Intent.ASK, section, tone, quoted)
    guessed = _by_example(text, section, tone, quoted, parser, exemplars)
    if guessed is not None:
        return guessed
    if len(text) >= 40:
        # A long message with no command is most likely a passage the user wants polished.
        return Recognised(Intent.REWRITE, section, tone, text, confident=False)
    return Recognised(Intent.ASK if section is None else Intent.DRAFT, section, tone, quoted, confident=False)


def _by_example(text: str, section: str | None, tone: Tone, quoted: str, parser: EditParser | None,
                exemplars: Exemplars | None) -> Recognised | None:
    """The action of the most similar example, when one is similar enough."""
    if exemplars is None:
        return None
    kind, score = exemplars.nearest(text)
    if kind is None or score < _SIMILAR:
        return None
    if kind in _EDIT_KINDS:
        if parser is None:
            return Recognised(Intent.REVISE, section, tone, quoted, confident=False)
        items = parse_items(normalise(text, parser.words), parser.words)
        op = kind if kind != "replace" else "unclear"
        # An edit the rules could not read: the engine asks for it again rather than guessing an operation,
        # except a deletion whose items are plain ("第二条没必要留").
        request = EditRequest("delete", items=items) if kind == "delete" and items.given() else EditRequest(
            "unclear", message=text, hint=op)
        return Recognised(Intent.REVISE, section, tone, quoted, confident=False, edit=request)
    mapping = {"ask": Intent.ASK, "draft": Intent.DRAFT, "rewrite": Intent.REWRITE, "accept": Intent.ACCEPT,
               "skip": Intent.SKIP, "progress": Intent.PROGRESS, "export": Intent.EXPORT}
    intent = mapping.get(kind)
    return Recognised(intent, section, tone, quoted, confident=False) if intent else None


def _quoted_passage(text: str) -> str:
    """Text after a colon or inside quotes in "把这段改得更正式：……"."""
    match = re.search(r"[：:]\s*(.{6,})$", text, flags=re.S)
    if match:
        return match.group(1).strip().strip("“”\"'")
    match = re.search(r"[“\"]([^”\"]{6,})[”\"]", text)
    return match.group(1).strip() if match else ""
