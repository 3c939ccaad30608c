"""Applying the lexicon to a masked text: replacement groups (leftmost-longest) and object-aware verbs, each change
noted in Chinese for the user."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.rewrite.lexicon import Group, VerbRule
from assistant.rewrite.pos import Token, tokens, word_frequency

_CLAUSE_STOP = re.compile(r"[，。；：！？\n、]")
_SENTENCE_STOP = re.compile(r"[。；！？\n]")

# Reasons whose changes are listed one by one (old → new); others are reported once.
DETAILED = {"口语改为公文用语", "删除口头语", "删除语气词", "口语称谓改为公文称谓", "口语动词按宾语改为公文动词",
            "动词重叠改为公文用语", "数量、日期、金额改为规范写法", "删除冗余表述", "方言词语改为规范用语"}


@dataclass
class Notes:
    """What changed, in Chinese, each note once; `show` puts protected spans back for display."""

    show: Callable[[str], str] = lambda s: s
    items: list[str] = field(default_factory=list)

    def add(self, reason: str, old: str, new: str) -> None:
        if not reason or old == new:
            return
        old_shown, new_shown = self.show(old).strip(), self.show(new).strip()
        if reason not in DETAILED or not old_shown:
            note = reason
        elif new_shown:
            note = f"{reason}：“{old_shown}”→“{new_shown}”"
        else:
            note = f"{reason}：删去“{old_shown}”"
        if note not in self.items:
            self.items.append(note)


_EDGE_MARKS = "，。；：！？、,.;:!? \n"


def cuts_word(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (its marks aside) would cut a word of the text in two: its last character
    begins a longer word (其实 in 其实际, 的话 in 的话语权), or a word runs across its start and ends inside it
    (其实 in 尤其实在). A word it ends (一下 in 检查一下) is not cut.

    >>> cuts_word("根据其实际困难", 2, 4), cuts_word("我们其实也想", 2, 4)
    (True, False)
    """
    while start < end and text[start] in _EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    if start >= end:
        return False
    for token in tokens(text):
        if token.start < end < token.end:
            return True
        if token.start < start < token.end < end:
            return True
    return False


# jieba flags of content words a rule may not cut: nouns, verbs, adjectives, idioms, abbreviations, distinctives.
# Names and places (nr, ns, nt) are facts, checked by value afterwards; numerals (m), time words (t) and jieba's
# long phrases (l: 检查一下, 比较忙) are compositions, not words.
_CONTENT_FLAGS = ("n", "nz", "ng", "vn", "v", "vd", "a", "ad", "an", "i", "j", "b", "z")


# jieba's rare entries (带饭, 回得, 群发 in 工作群发: fragments of speech it over-joins, seen fewer than 20 times in
# its corpus) are no fixed terms. Around regional words jieba does not know it joins their characters into rarer
# words (今晡日食昼 → 日食), so the dialect group protects only words common in writing (工会, 交流).
MIN_FREQUENCY = 20
MIN_FREQUENCY_NEAR_DIALECT = 500


def _protected_word(token: Token, min_frequency: int) -> bool:
    """A content word of jieba's dictionary seen at least `min_frequency` times, not a doubled verb (望望)."""
    word = token.word
    if len(word) < 2 or token.flag not in _CONTENT_FLAGS or len(set(word)) == 1:
        return False
    return word_frequency(word) >= min_frequency


def cuts_dictionary_word(text: str, start: int, end: int, min_frequency: int = MIN_FREQUENCY) -> bool:
    """True when text[start:end] takes a single character out of a content word of jieba's dictionary (交 out of
    交流, 工 out of 工会): a fixed term nobody listed is still a dictionary word. Taking a whole word out of a
    longer entry is fine (老师 out of 指导老师, 一下 out of 检查一下), and so are words jieba only guessed.

    >>> cuts_dictionary_word("与学生交流", 3, 4), cuts_dictionary_word("请指导老师", 3, 5)
    (True, False)
    """
    for token in tokens(text):
        if token.start >= end:
            break
        if not _protected_word(token, min_frequency):
            continue
        for edge in (start, end):
            if token.start < edge < token.end:
                inside = token.word[: edge - token.start] if edge == end else token.word[edge - token.start :]
                if len(inside) < 2:
                    return True
    return False


def group_changes(text: str, group: Group) -> list[tuple[int, int, str]]:
    """The changes a group makes, as (start, end, new) spans of text: at each position the longest match wins (ties:
    the earlier entry)."""
    changes, pos = [], 0
    while pos <= len(text):
        found = group.finder.search(text, pos)
        if not found:
            break
        start = found.start()
        best = None
        for entry in group.entries:
            m = entry.pattern.match(text, start)
            if m and group.whole_words and cuts_word(text, m.start(), m.end()):
                continue
            least = MIN_FREQUENCY_NEAR_DIALECT if group.name == "dialect" else MIN_FREQUENCY
            if m and m.end() > m.start() and cuts_dictionary_word(text, m.start(), m.end(), least):
                continue
            if m and (best is None or m.end() > best[0].end()):
                best = (m, entry)
        if best is None or best[0].end() == start and not best[1].replacement:
            pos = start + 1  # an empty match that deletes nothing: step on
            continue
        m, entry = best
        changes.append((start, m.end(), m.expand(entry.replacement)))
        pos = start + 1 if m.end() == start else m.end()
    return changes


def apply_changes(text: str, changes: list[tuple[int, int, str]], notes: Notes, reason: str) -> str:
    """The text with the (ordered, non-overlapping) changes made, each noted."""
    out, pos = [], 0
    for start, end, new in changes:
        out.append(text[pos:start])
        out.append(new)
        notes.add(reason, text[start:end], new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def apply_group(text: str, group: Group, notes: Notes) -> str:
    """Every entry of a group at once: at each position the longest match wins (ties: the earlier entry)."""
    return apply_changes(text, group_changes(text, group), notes, group.reason)


def _clause_after(text: str, end: int, window: int) -> str:
    stop = _CLAUSE_STOP.search(text, end)
    return text[end : min(stop.start() if stop else len(text), end + window)]


def _first(choices: tuple[tuple[str, re.Pattern], ...], text: str,
           skip: Callable[[re.Match], bool] | None = None) -> str | None:
    """The formal word of the choice whose pattern matches earliest in `text` (ties: the earlier choice); a match
    `skip` refuses does not count, the pattern's next one does."""
    best: tuple[int, int, str] | None = None
    for order, (formal, pattern) in enumerate(choices):
        m = next((m for m in pattern.finditer(text) if skip is None or not skip(m)), None)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, formal)
    return best[2] if best else None


# What may stand between a verb's subject and the verb (大家都看看, 老师们先去看看).
_SUBJECT_TO_VERB = re.compile(r"(?:都|也|先|再|就|还|要|可以|一起|自己)*$")


def _first_not_subject(choices: tuple[tuple[str, re.Pattern], ...], text: str, start: int) -> str | None:
    """_first over the sentence around text[start], not counting a match that is the verb's subject (大家看看: the
    people who look, not the people looked at)."""
    begin = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_STOP.search(text, start)
    sentence, at = text[begin : stop.start() if stop else len(text)], start - begin
    return _first(choices, sentence,
                  skip=lambda m: m.end() <= at and bool(_SUBJECT_TO_VERB.fullmatch(sentence, m.end(), at)))


def choose_verb(rule: VerbRule, text: str, start: int, end: int) -> str | None:
    """The formal verb for a colloquial verb at text[start:end], from its object, else the sentence, else default."""
    after = _clause_after(text, end, rule.window)
    formal = _first(rule.objects, after)
    if formal is None and rule.context:
        formal = _first_not_subject(rule.context, text, start)
    if formal is None and rule.paragraph and not after.strip():
        formal = _first(rule.paragraph, text)
    return formal if formal is not None else rule.default


def apply_verbs(text: str, rules: tuple[VerbRule, ...], notes: Notes) -> str:
    """Object-aware verbs (搞比赛 → 举办比赛, 搞活动 → 开展活动, 看看生病的教职工 → 看望生病的教职工)."""
    for rule in rules:
        out, pos = [], 0
        for m in rule.verb.finditer(text):
            if m.start() < pos or m.end() == m.start() or cuts_dictionary_word(text, m.start(), m.end()):
                continue
            formal = choose_verb(rule, text, m.start(), m.end())
            if formal is None:
                continue
            new = m.expand(rule.template.replace("{V}", formal))
            out.append(text[pos : m.start()])
            out.append(new)
            notes.add(rule.reason, m.group(0), new)
            pos = m.end()
        out.append(text[pos:])
        text = "".join(out)
    return text
