"""Fixed terms broken by a careless substitution: 帮教 → 帮助教, 帮带 → 帮助带 (knowledge/policy_terms.yaml), phrases a
synonym spinner garbled (knowledge/spinner.yaml), words a kindergarten's find-and-replace 校 → 园 broke (专人园对 for
专人校对, knowledge/school_types.yaml `self_replace_breaks`), and any fixed phrase of the knowledge texts with one
character changed (劳模精力 for 劳模精神, nearmiss.py), or a set word's part swapped for a look-alike (swaps.py,
threes.py), or an idiom with one character of like meaning put in (后顾之愁 for 后顾之忧, idioms.py)."""

from __future__ import annotations

import functools
import re

from assistant.check.clipped import clipped
from assistant.check.feelings import made_up_feelings
from assistant.check.findings import Document, Finding, add_uncovered_slips
from assistant.check.idioms import idiom_slips
from assistant.check.leftovers import copy_leftovers
from assistant.check.mojibake import mojibake_spans
from assistant.check.nearmiss import NearMiss, near_misses
from assistant.check.swaps import word_swaps
from assistant.check.thesaurus import thesaurus_swaps
from assistant.check.threes import three_swaps
from assistant.check.transposed import transposed
from assistant.domain.data import read_yaml
from assistant.domain.policy import Slip, garbled_spans, load_policy_terms, slips_in
from assistant.domain.school_types import DEFAULT_PATH as SCHOOL_TYPES_PATH
from assistant.domain.spinner import DEFAULT_PATH as SPINNER_PATH
from assistant.index.lexicon import base_tokenizer


def garbles(doc: Document, kind: str = "") -> list[Finding]:
    """One finding per broken term, with the fixed term as the suggestion."""
    real = _real_spans(doc.text)
    out = [
        doc.finding("garble", s.start, s.end, s.message, s.suggestion)
        for s in garbled_spans(doc.text)
        if not any(a <= s.start and s.end <= b for a, b in real)
    ]
    for start, end, fixed in mojibake_spans(doc.text):
        out.append(doc.finding(
            "garble", start, end, f"“{doc.text[start:end]}”是乱码（UTF-8 文字被当作 GBK 读出），原文应为“{fixed}”", f"改为“{fixed}”",
        ))
    for broken, word, start in _self_replace_breaks(doc.text, kind):
        out.append(doc.finding(
            "garble", start, start + len(broken),
            f"“{broken}”是“{word}”被整篇替换（“校”换成“园”）后的错误写法", f"改为“{word}”",
        ))
    for start, end, noun in _stutters(doc.text):
        if not any(f.start < end and start < f.end for f in out):
            out.append(doc.finding(
                "garble", start, end, f"“{doc.text[start:end]}”多打了一个“{noun[0]}”", f"改为“{noun}”",
            ))
    for start, end, message, suggestion in clipped(doc.text):
        if not any(f.start < end and start < f.end for f in out):
            out.append(doc.finding("garble", start, end, message, suggestion))
    terms = load_policy_terms()
    add_uncovered_slips(doc, out, _slips(doc.text, terms.sound_slips), "“{text}”是“{fixed}”的同音错字")
    add_uncovered_slips(doc, out, _slips(doc.text, terms.typing_slips), "“{text}”是“{fixed}”的错别字")
    add_uncovered_slips(doc, out, near_misses(doc.text), "“{text}”与固定说法“{fixed}”只差一字，像是同义词替换或录入错误")
    add_uncovered_slips(doc, out, word_swaps(doc.text) + three_swaps(doc.text) + thesaurus_swaps(doc.text),
                        "“{text}”像是把固定说法“{fixed}”中的词换成了近义词（“伪原创”改写）")
    add_uncovered_slips(doc, out, idiom_slips(doc.text), "“{text}”与成语（固定说法）“{fixed}”只差一字，像是记错或写错了字")
    add_uncovered_slips(doc, out, transposed(doc.text), "“{text}”像是把“{fixed}”中的两个字打颠倒了")
    out += [f for f in copy_leftovers(doc) if not any(g.start < f.end and f.start < g.end for g in out)]
    for start, end, kin in made_up_feelings(doc.text):
        if not any(f.start < end and start < f.end for f in out):
            out.append(doc.finding(
                "garble", start, end, f"“{doc.text[start:end]}”不是通行的词语，像是“{kin}”一类词被同义词替换后的写法",
                f"改为“{kin}”等通行说法",
            ))
    return _series(doc, out)


def _series(doc: Document, found: list[Finding]) -> list[Finding]:
    """Garbled words side by side in one set series (获取感、幸运感 for 获得感、幸福感: words of one head listed with 、,
    run through a spinner together) are one problem: one finding over the series, its messages and suggestions
    joined. Two slips in two different terms (随班就续和控缀保学) stay two."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: f.start):
        last = out[-1] if out else None
        if (last and f.start - last.end == 1 and doc.text[last.end] == "、" and last.text and f.text
                and last.text[-1] == f.text[-1]):
            joined = doc.finding("garble", last.start, f.end, f"{last.message}；{f.message}",
                                 f"{last.suggestion}；{f.suggestion}")
            out[-1] = joined
        else:
            out.append(f)
    return out


@functools.lru_cache(maxsize=1)
def _real_phrases() -> tuple[str, ...]:
    """Real phrases that look like spun variants (政务公开 beside 校务公开): knowledge/spinner.yaml `real`."""
    return tuple(str(p) for p in (read_yaml(SPINNER_PATH) or {}).get("real") or ())


def _real_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in _real_phrases() for m in re.finditer(re.escape(p), text)]


@functools.lru_cache(maxsize=4)
def _breaks(kind: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """The kind's (broken form, word) pairs, and the characters after which a broken form is a break."""
    entry = ((read_yaml(SCHOOL_TYPES_PATH) or {}).get("self_replace_breaks") or {}).get(kind) or {}
    old, new = str(entry.get("from", "")), str(entry.get("to", ""))
    pairs = tuple((str(w).replace(old, new), str(w)) for w in entry.get("words") or ()) if old else ()
    return pairs, "".join(str(c) for c in entry.get("after") or ())


def _self_replace_breaks(text: str, kind: str) -> list[tuple[str, str, int]]:
    pairs, after = _breaks(kind) if kind else ((), "")
    out = []
    for broken, word in pairs:
        for m in re.finditer(re.escape(broken), text):
            if m.start() and text[m.start() - 1] not in after:
                continue  # 我园对…, 开园准备: a word ending in 园, then the next word
            out.append((broken, word, m.start()))
    return out


def _stutters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) of a lone character typed twice before a union noun: 征集教教职工提案."""
    nouns = load_policy_terms().stutter_nouns  # knowledge/policy_terms.yaml `stutter_nouns`
    out = []
    for run in re.finditer(r"[\u4e00-\u9fff]{3,}", text):
        if not any(noun[0] * 2 + noun[1:] in run.group(0) for noun in nouns):
            continue  # cut into words only a run that holds a doubled first character
        pos, words = run.start(), base_tokenizer().lcut(run.group(0))
        for i, (word, after) in enumerate(zip(words, words[1:], strict=False)):
            # The lone character must stand apart: after a single character it may end a word jieba does not know
            # (走教|教师: an itinerant teacher).
            apart = i == 0 or len(words[i - 1]) > 1
            if len(word) == 1 and after in nouns and after[0] == word and apart:
                out.append((pos, pos + 1 + len(after), after))
            pos += len(word)
    return out


def _slips(text: str, slips: tuple[Slip, ...]) -> list[NearMiss]:
    """A word typed with a wrong character (公会小组长 for 工会小组长, 期未考试 for 期末考试: knowledge/policy_terms.yaml
    `sound_slips`, `typing_slips`), with the word it stands for."""
    return [NearMiss(start, end, s.slip, s.word) for start, end, s in slips_in(text, slips)]
