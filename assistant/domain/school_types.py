"""Kinds of school (幼儿园, 小学, 中职 …) read from knowledge/school_types.yaml: inferred from a school's name, each
with the words it uses for itself, the words it avoids, and whether the school is rural or boarding."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.domain.data import read_yaml

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "school_types.yaml"
GENERAL = "学校"
# A word of a school that is part of a longer phrase this kind may well use (实习学生 in a kindergarten).


# Words before a rural place that make it a place the staff go to, not where the school is (到村小送教, 跑村里家访,
# 结对帮扶乡镇…).
_VISITED = re.compile(r"(?:到|去|赴|送|下|跑|进|回|入|走访|帮扶|结对|支教|对口)")

@dataclass(frozen=True)
class SchoolKind:
    key: str
    names: tuple[str, ...]
    self_word: str
    replace: tuple[tuple[str, str], ...]
    avoid: tuple[tuple[str, str], ...]
    flavour: tuple[str, ...]
    exams: tuple[str, ...]
    keep_around: tuple[tuple[str, tuple[str, ...]], ...] = ()  # word → phrases around it that make it another word
    grades: tuple[int, ...] | None = None  # the grades N年级 the kind has; None: not checked

    def adapt(self, text: str) -> str:
        """A school's wording in this kind's words (校务公开 → 园务公开 for a kindergarten); longest phrases first."""
        for wrong, right in sorted(self.replace, key=lambda pair: -len(pair[0])):
            text = _replace_word(text, wrong, right, dict(self.keep_around))
        return text

    def misused(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, word, advice) for each word that belongs to another kind of school."""
        out: list[tuple[int, int, str, str]] = []
        taken: list[tuple[int, int]] = []
        pairs = [(w, f"{self.key}应写“{r}”") for w, r in self.replace] + list(self.avoid)
        for word, advice in sorted(pairs, key=lambda pair: -len(pair[0])):
            for start, end in _word_spans(text, word, dict(self.keep_around)):
                if any(a < end and start < b for a, b in taken):
                    continue
                taken.append((start, end))
                out.append((start, end, word, advice))
        return sorted(out)


def _word_spans(text: str, word: str, keep_around: dict[str, tuple[str, ...]]) -> list[tuple[int, int]]:
    spans = []
    keep = keep_around.get(word, ())
    for m in re.finditer(re.escape(word), text):
        around = text[max(0, m.start() - 3) : m.end() + 2]
        if any(phrase in around for phrase in keep):
            continue
        spans.append((m.start(), m.end()))
    return spans


def _replace_word(text: str, wrong: str, right: str, keep_around: dict[str, tuple[str, ...]]) -> str:
    out, last = [], 0
    for start, end in _word_spans(text, wrong, keep_around):
        out += [text[last:start], right]
        last = end
    return "".join(out) + text[last:]


@dataclass(frozen=True)
class SchoolTypes:
    kinds: tuple[SchoolKind, ...]
    rural_names: tuple[str, ...]
    not_rural_names: tuple[str, ...]
    boarding_words: tuple[str, ...]
    rural_flavour: tuple[str, ...]
    rural_said: tuple[str, ...] = ()  # words of a highlight or focus that place the school itself in the countryside
    written_as: tuple[tuple[str, str, str], ...] = ()  # (phrase, kind, note) for kinds typed in other words
    boarding_kinds: tuple[str, ...] = ()  # kinds that house students unless the school says otherwise
    rural_boarding_kinds: tuple[str, ...] = ()  # kinds that house students when the school is rural
    day_school: tuple[str, ...] = ()  # words saying a school has no boarders
    # (kinds that do not use them, (word, advice) pairs): other stages' words, read by the checker (`stage_words`)
    stage_words: tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(k.key for k in self.kinds)

    def kind(self, key: str) -> SchoolKind:
        """The kind with that key; KeyError for an unknown one."""
        for kind in self.kinds:
            if kind.key == key:
                return kind
        raise KeyError(key)

    def infer(self, school_name: str) -> str:
        """The kind a school's name says (幼儿园, 职业中专 → 中职, 十二年一贯制 → 完全中学 …), else the general 学校."""
        written = self._written_as(school_name)
        if written is not None:
            return written[0]
        for kind in self.kinds:
            if any(name in school_name for name in kind.names):
                return kind.key
        return GENERAL

    def understand(self, typed: str) -> tuple[str, str] | None:
        """The kind a typed 学校类型 stands for and, when it is not a kind's own key, a note saying how the plan is
        written (十二年一贯制 → 完全中学, 职高 → 中职, 专门学校 → a general school); None when it names no school
        (大学, a word that is not a school's)."""
        if typed in self.keys:
            return typed, ""
        written = self._written_as(typed)
        if written is not None:
            return written[0], written[1] or f"学校类型“{typed}”按“{written[0]}”起草"
        key = self.infer(typed)
        if key != GENERAL:
            return key, f"学校类型“{typed}”按“{key}”起草"
        general = self.kind(GENERAL).names
        if typed in general:
            return key, f"学校类型“{typed}”未说明学段，按一般学校起草；可改为“初中”“高中”或“完全中学”等"
        if typed.endswith(general):  # a school of a kind not held here (专门学校, 工读学校): written as a school
            return key, f"学校类型“{typed}”不在已知类型中，已按一般学校起草，本类学校特有的工作请在相关部分补充"
        return None

    def _written_as(self, text: str) -> tuple[str, str] | None:
        """(kind, note) of the longest `written_as` phrase in the text, if any."""
        for phrase, key, note in sorted(self.written_as, key=lambda entry: -len(entry[0])):
            if phrase in text:
                return key, note
        return None

    def is_rural(self, school_name: str, *texts: str) -> bool:
        """True for a 乡/镇/村 school (not the county seat's 城关镇), or one whose highlights or focus speak of its own
        rural setting (村小, 镇卫生院…) — not of a visit to one (到村小送教)."""
        name = school_name
        for exempt in self.not_rural_names:
            name = name.replace(exempt, "")
        if any(mark in name for mark in self.rural_names):
            return True
        return any(_VISITED.search(text[max(0, m.start() - 4):m.start()]) is None
                   for text in texts for word in self.rural_said for m in re.finditer(re.escape(word), text))

    def stage_avoid(self, kind: str) -> tuple[tuple[str, str], ...]:
        """The words of other stages this kind does not use, as (word, advice)."""
        return tuple(pair for not_in, words in self.stage_words if kind in not_in for pair in words)

    def is_boarding(self, *texts: str, kind: str = "", rural: bool = False) -> bool:
        """True when the name, highlights or focus speak of boarding pupils, or the kind usually houses them
        (高中, 中职; a rural 初中 or 九年一贯制) and nothing says it is a day school."""
        if any(word in text for text in texts for word in self.boarding_words):
            return True
        usual = kind in self.boarding_kinds or (rural and kind in self.rural_boarding_kinds)
        return usual and not any(word in text for text in texts for word in self.day_school)


def parse_school_types(data: dict) -> SchoolTypes:
    kinds = tuple(
        SchoolKind(
            key=str(raw["key"]), names=tuple(str(n) for n in raw["names"]), self_word=str(raw["self"]),
            replace=tuple((str(a), str(b)) for a, b in raw.get("replace") or ()),
            avoid=tuple((str(a), str(b)) for a, b in raw.get("avoid") or ()),
            flavour=tuple(str(w) for w in raw.get("flavour") or ()),
            exams=tuple(str(e) for e in raw.get("exams") or ()),
            grades=tuple(int(g) for g in raw["grades"]) if raw.get("grades") is not None else None,
        )
        for raw in data["kinds"]
    )
    keep = tuple((str(w), tuple(str(p) for p in phrases or ())) for w, phrases in (data.get("keep_around") or {}).items())
    kinds = tuple(replace(kind, keep_around=keep) for kind in kinds)
    rural = data.get("rural") or {}
    return SchoolTypes(
        kinds=kinds, rural_names=tuple(rural.get("names") or ()), not_rural_names=tuple(rural.get("not_names") or ()),
        boarding_words=tuple(rural.get("boarding") or ()),
        boarding_kinds=tuple(rural.get("boarding_kinds") or ()),
        rural_boarding_kinds=tuple(rural.get("rural_boarding_kinds") or ()), day_school=tuple(rural.get("day_school") or ()),
        rural_flavour=tuple(rural.get("flavour") or ()),
        rural_said=tuple(rural.get("said") or ()),
        written_as=tuple((str(e["phrase"]), str(e["kind"]), str(e.get("note") or "")) for e in data.get("written_as") or ()),
        stage_words=tuple((tuple(str(k) for k in g.get("not_in") or ()),
                           tuple((str(w), str(why)) for w, why in g.get("words") or ()))
                          for g in data.get("stage_words") or ()),
    )


@functools.lru_cache(maxsize=4)
def load_school_types(path: str | None = None) -> SchoolTypes:
    """The kinds of school (knowledge/school_types.yaml by default), read once per process."""
    return parse_school_types(read_yaml(path or DEFAULT_PATH))
