"""Fixed phrases with one character changed, found by their shape rather than by a list of known garbles: a synonym
spinner or careless retyping turns 劳模精神 into 劳模精力, 心理健康 into 心思健康, 职工之家 into 职工之屋.

The fixed phrases are read from the knowledge texts themselves (knowledge/examples as the knowledge base cleans them,
knowledge/policy, and the knowledge files the composer writes from): word-aligned runs of 4–8 characters written at
least three times, whose changed place holds the same character in nearly all the texts' runs of that shape (a slot
with many fillers, 开展教职工 / 开展女职工, is not fixed), plus the phrases of knowledge/spinner.yaml and the fixed terms of
knowledge/policy_terms.yaml. A plan's span one character away from such a phrase is a garble only when all of these
hold, so that a writer's own wording is never flagged:

- the span occurs nowhere in the knowledge texts (knowledge/*.yaml included: the composer writes from them), is not a
  word of jieba's dictionary, holds no real look-alike (spinner.yaml `real`) and does not hold the phrase with a
  word added (巾帼建新功 holds 巾帼建功);
- it starts and ends where the plan's own words start and end (学年|工会 inside 本学年工会 is not 学校工会);
- the changed characters are not interchangeable (spinner.yaml `interchangeable`: 全体 / 全市, 满意度 / 满意率) nor
  numerals;
- the word holding the changed character is a dictionary word (a spinner's synonym, not a fragment of the next
  clause) that the knowledge texts hardly use (精力, 心思 — not 学年 or 主要);
- the changed word is not a function word, a verb (the writer's choice: 应用 / 运用) or the object of a leading verb.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.domain.policy import load_policy_terms
from assistant.domain.spinner import DEFAULT_PATH as SPINNER_PATH
from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer
from assistant.loading.knowledge import plans_from_text
from assistant.loading.readers import read_document

_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
SHIPPED_DIR = _KNOWLEDGE / "vectors"  # the phrase table of the shipped knowledge (scripts/ship_vectors.py)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_LENGTHS = range(4, 9)
_MIN_COUNT = 3  # written three times in the knowledge texts: a fixed phrase, not a one-off
_TIGHT = 0.9  # the phrase's character fills its place in nearly all the knowledge texts' runs of that shape
_RARE = 4  # a replacing word the knowledge texts use more often than this is a writer's word, not a garble
# Characters whose change makes a different, equally real phrase: numbers and ordinals (第三届 / 第四届), and the
# parts of speech that open a slot (jieba tags: verbs, prepositions, pronouns, numerals, measure words, conjunctions).
# The knowledge files written in a plan's own wording (measures and topics the composer writes from); the lexicons of
# colloquial, dialect and spun words are known text but no source of fixed phrases.
_PLAN_WORDING = ("measures", "focus_topics", "highlights", "structure", "calendar", "school_types")
_NUMERALS = set("〇零一二两三四五六七八九十百千万亿第")
_DICTIONARY = 5  # jieba's count of a word a spinner would put in: a real word, not a fragment
# jieba tags of function words: locatives, place words, prepositions, pronouns, numerals, measure words, conjunctions,
# particles, adverbs.
_FUNCTION_TAGS = ("f", "s", "p", "r", "m", "q", "c", "u", "d")


@dataclass(frozen=True)
class NearMiss:
    start: int
    end: int
    text: str
    fixed: str


@dataclass(frozen=True)
class _Phrases:
    counts: dict[str, int]  # fixed phrase → times written in the knowledge texts
    keys: dict[tuple[str, str], tuple[str, ...]]  # (before, after) a fixed place → phrases of that shape
    known: str  # every knowledge text, joined
    real: tuple[str, ...]  # real look-alikes (knowledge/spinner.yaml `real`)
    listed: frozenset[str]  # the curated fixed phrases (spinner.yaml `phrases`, policy_terms.yaml fixed terms)
    interchangeable: tuple[str, ...]  # characters that make equally real phrases (spinner.yaml `interchangeable`)
    actions: frozenset[str] = frozenset()  # what a body does to those under it (spinner.yaml `actions`: 调度, 部署)


def near_misses(text: str) -> list[NearMiss]:
    """Spans of `text` one character away from a fixed phrase of the knowledge texts, longest first where they
    overlap."""
    data = _phrases()
    found: list[NearMiss] = []
    for at, words, start, end, _, tokens in word_spans(text, _LENGTHS):
        fixed = next((p for p in _fixed_phrases(words, start, end, data)
                      if _garbled(words, start, p, tokens, data)), None)
        if fixed and end == len(words) and _BENEFIT.search(_clause_before(text, at + start)):
            continue  # 为…教学出力: the clause's verb closes a 为 phrase (为学校发展出力), not a noun changed
        if fixed:
            found.append(NearMiss(at + start, at + end, words[start:end], fixed))
    return _longest(found, text, data.real)


def _clause_before(text: str, at: int) -> str:
    """The clause's text before `at` (from the last ，。；！？ or line break; a 、 inside a list does not end it)."""
    cut = max(text.rfind(mark, 0, at) for mark in "，。；！？,;!?\n")
    return text[cut + 1 : at]


def _fixed_phrases(words: str, start: int, end: int, data: _Phrases) -> list[str]:
    """The fixed phrases one character away from words[start:end], most written first; none when the span is itself
    written in the knowledge texts or a dictionary word."""
    span = words[start:end]
    if span in data.counts:
        return []
    out = []
    for place in range(len(span)):
        key = (span[:place], span[place + 1 :])
        for phrase in data.keys.get(key, ()):
            if {span[place], phrase[place]} & _NUMERALS or _inserted(words, start, end, phrase):
                continue
            out.append(phrase)
    if not out or span in data.known or base_tokenizer().FREQ.get(span):
        return []
    return sorted(out, key=lambda p: -data.counts[p])


def _inserted(words: str, start: int, end: int, phrase: str) -> bool:
    """The phrase is there with a word added inside it (巾帼建新功 holds 巾帼建功): a writer's variation."""
    longer = (words[start : end + 1], words[max(0, start - 1) : end])
    return any(len(text) == len(phrase) + 1 and any(text[:i] + text[i + 1 :] == phrase for i in range(len(text)))
               for text in longer)


# A clause of doing for someone or something (为…出力, 给…添彩, 替…分忧: 介词 为/给/替 + the beneficiary, 《现代汉语八百词》)
# ends with its verb, whatever tag jieba gives it. 为 as the last part of a word (作为, 成为, 认为, 以为, 因为, 行为, 称为,
# 视为) is no preposition.
_BENEFIT = re.compile(r"(?:(?<![作成认以因行称视])为|[给替])(?!了)")
# Words of negation that open a word (不力, 无力, 未果, 非法: 否定副词 as a bound first part, 《现代汉语八百词》).
NEGATIONS = "不无未非没"


# The aspect particles (着, 了, 过: 《现代汉语八百词》 动态助词), which follow a verb and replace none of its characters.
ASPECT = "着了过"


def spoken_verb(old: str, new: str) -> bool:
    """`new` is the first character of the two-character word `old` with an aspect particle after it (围着 beside 围绕,
    对着 beside 对照): the writer's spoken verb, not a synonym put in place of `old`."""
    return len(new) == 2 and new[0] == old[:1] and new[1] in ASPECT


def _garbled(words: str, start: int, fixed: str, tokens: list[tuple[int, int]], data: _Phrases) -> bool:
    """The plan's word holding the changed character is a dictionary word (a synonym, as a spinner puts in) that the
    knowledge texts hardly use, and the phrase's changed place is not a slot a writer fills freely."""
    place = next(i for i, (a, b) in enumerate(zip(words[start:], fixed, strict=False)) if a != b)
    if _interchangeable(words[start + place], fixed[place], data):
        return False  # 全体 / 全市教职工, 满意度 / 满意率, 来校 / 来园
    at, end = start + place, start + len(fixed)
    word = next(words[max(a, start) : min(b, end)] for a, b in tokens if a <= at < b)
    if len(word) == 1 or data.known.count(word) > _RARE:
        return False
    if word in data.actions:
        return False  # 教育工会调度: a body and what it does (spinner.yaml `actions`), not 工会制度 changed
    if len(word) == 2 and word[0] == word[1]:
        return False  # a verb said twice (电话问问, 看看: 动词重叠, 《现代汉语八百词》) is the writer's spoken doing, not a synonym
    if place == 0 and fixed[1:] in data.known and base_tokenizer().FREQ.get(words[start]):
        return False  # a one-character word before a known term (报|校工会), not 学校工会 changed
    parts = base_tokenizer().lcut(fixed)
    ends = [sum(len(p) for p in parts[: i + 1]) for i in range(len(parts))]
    changed = next(i for i, end in enumerate(ends) if place < end)
    if pos_tokenizer().word_tag_tab.get(word, "").startswith(_FUNCTION_TAGS):
        return False  # a function or place word put in is grammar, not a synonym (教职工身心 / 教职工身上)
    freq = base_tokenizer().FREQ
    if _across(tokens, at, start + (ends[changed - 1] if changed else 0), start + ends[changed], words):
        return False  # the plan's own word reaches over the phrase's parts (财务室|作 is not 财务|工作 changed)
    if len(parts[changed]) > 1 and freq.get(parts[changed]) and freq.get(word, 0) < _DICTIONARY:
        return False  # a spinner puts a dictionary word in place of a word (心往 is a fragment of 心往一处想)
    tags = [pos_tokenizer().word_tag_tab.get(part, "") for part in parts]
    new = pos_tokenizer().word_tag_tab.get(word, "")
    if tags[changed].startswith("n") and new.startswith("v") and new != "vn":
        return False  # a noun's place taken by a verb is the writer's own clause (工会主抓 beside 工会主席), not a synonym
    if len(word) == 2 and word[1] == "人" and pos_tokenizer().word_tag_tab.get(word[0], "").startswith("v"):
        return False  # a verb with 人 as its object (老师待人 beside 老师待遇, 助人, 育人) is conduct, whatever jieba tags it
    if word[0] in NEGATIONS and parts[changed][0] not in NEGATIONS:
        return False  # a negated word (履职不力 beside 履职能力) says the opposite: a writer's judgement, not a synonym
    if place and word == words[at - 1 : at + 1] and spoken_verb(fixed[place - 1 : place + 1], word):
        return False  # a verb with its aspect particle (围着中心转 beside 围绕中心) is the writer's spoken verb
    if fixed in data.listed:
        return True
    if len(parts[changed]) == 1 and changed == len(parts) - 1 and not freq.get(word) and len(word) > 1:
        return False  # an unlisted phrase's last character in a word jieba made up (实训|课多 / 实训课是)
    if tags[changed].startswith(_FUNCTION_TAGS) and len(parts) > 1:
        return False  # a function word changed is another phrase (党的领导 / 党委领导)
    if any(tag.startswith(_FUNCTION_TAGS) for tag in tags):
        return False  # a run with a function word (内由工会, 凝聚力和) is a piece of a sentence, not a fixed phrase
    if tags[0].startswith("v") and tags[0] != "vn" and len(parts) > 1:
        return False  # a verb's object is open (报告工会 / 报告校长)
    # A verb is the writer's choice (信息技术应用 / 运用, 工会做好 / 定好, 教职工信赖 / 依赖).
    return not (len(parts) > 1 and len(parts[changed]) > 1 and "v" in (tags[changed], new))


def _across(tokens: list[tuple[int, int]], at: int, part_start: int, part_end: int, words: str) -> bool:
    """The plan's dictionary word holding the changed character takes in characters of the phrase's other parts while
    the rest of the changed part stands as a word of its own: the plan's words are cut elsewhere than the phrase's, so
    the span is two of the writer's words side by side (听财务室作报告), not one word of the phrase swapped for a
    synonym, which keeps the phrase's cut (心理健康 / 心思健康)."""
    a, b = next((a, b) for a, b in tokens if a <= at < b)
    if (a >= part_start and b <= part_end) or base_tokenizer().FREQ.get(words[a:b], 0) < _DICTIONARY:
        return False
    return any(part_start <= c < part_end and not (a <= c < b) for c in range(part_start, part_end))


def _interchangeable(new: str, old: str, data: _Phrases) -> bool:
    return any(new in group and old in group for group in data.interchangeable)


def _bounds(words: str) -> tuple[set[int], list[tuple[int, int]]]:
    """Where the words of a run of characters start and end, and each word's (start, end). jieba joins characters it
    does not know into one word (集力谋 in 凝心集力谋发展), so the ends of dictionary words count as ends too."""
    tokens, pos = [], 0
    for word in base_tokenizer().cut(words):
        tokens.append((pos, pos + len(word)))
        pos += len(word)
    ends, pos = {0} | {b for _, b in tokens}, 0
    for word in base_tokenizer().cut(words, HMM=False):
        pos += len(word)
        ends.add(pos)
    return ends, tokens


def longest_apart(found: list[NearMiss]) -> list[NearMiss]:
    """The longest of overlapping near misses, in text order (one finding per span)."""
    kept: list[NearMiss] = []
    for miss in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(k.start < miss.end and miss.start < k.end for k in kept):
            kept.append(miss)
    return sorted(kept, key=lambda m: m.start)


def _longest(found: list[NearMiss], text: str, real: tuple[str, ...]) -> list[NearMiss]:
    """The longest of overlapping spans, none inside a real look-alike; spans that touch are one garble
    (新年代中国特征社会主义思想 for 新时代中国特色社会主义思想)."""
    spans = [(m.start(), m.end()) for p in real for m in re.finditer(re.escape(p), text)]
    kept: list[NearMiss] = []
    for miss in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if any(a < miss.end and miss.start < b for a, b in spans):
            continue
        if not any(k.start < miss.end and miss.start < k.end for k in kept):
            kept.append(miss)
    joined: list[NearMiss] = []
    for miss in sorted(kept, key=lambda m: m.start):
        if joined and joined[-1].end == miss.start:
            last = joined.pop()
            miss = NearMiss(last.start, miss.end, last.text + miss.text, last.fixed + miss.fixed)
        joined.append(miss)
    return joined


@functools.lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    sources, known = _texts()
    spinner = read_yaml(SPINNER_PATH) or {}
    listed = _listed(spinner)
    path = SHIPPED_DIR / table_file_name(sources, listed)
    table = json.loads(path.read_text(encoding="utf-8")) if path.exists() else build_table(sources, listed)
    keys: dict[tuple[str, str], list[str]] = defaultdict(list)
    for phrase, (_, places) in table.items():
        for place in places:
            keys[(phrase[:place], phrase[place + 1 :])].append(phrase)
    real = tuple(str(p) for p in spinner.get("real") or ())
    groups = tuple(str(g) for g in spinner.get("interchangeable") or ())
    actions = frozenset(str(w) for w in spinner.get("actions") or ())
    return _Phrases({p: count for p, (count, _) in table.items()}, {k: tuple(v) for k, v in keys.items()}, known,
                    real, frozenset(listed), groups, actions)


def _texts() -> tuple[list[str], str]:
    """The texts fixed phrases are read from, and every knowledge text joined (what a plan may repeat)."""
    sources = [_example(path) for path in sorted(_KNOWLEDGE.glob("examples/*.txt"))]
    files = sorted(_KNOWLEDGE.glob("policy/*.md")) + [_KNOWLEDGE / f"{name}.yaml" for name in _PLAN_WORDING]
    sources += [p.read_text(encoding="utf-8") for p in files if p.exists()]
    known = "\n".join(sources + [p.read_text(encoding="utf-8") for p in sorted(_KNOWLEDGE.glob("*.yaml"))])
    return sources, known


def shipped_table() -> tuple[str, dict[str, list]]:
    """The phrase table of the shipped knowledge: its file name and content (scripts/ship_vectors.py writes it)."""
    sources, _ = _texts()
    listed = _listed(read_yaml(SPINNER_PATH) or {})
    return table_file_name(sources, listed), build_table(sources, listed)


def _listed(spinner: dict) -> list[str]:
    """The curated fixed phrases: spinner.yaml `phrases` and the fixed terms of policy_terms.yaml."""
    return [str(p) for p in spinner.get("phrases") or ()] + [t.term for t in load_policy_terms().fixed_terms]


def table_file_name(sources: list[str], listed: list[str]) -> str:
    """Named by a digest of what the table is built from, so a table of other texts is never read."""
    digest = hashlib.sha256()
    for text in [repr((list(_LENGTHS), _MIN_COUNT, _TIGHT)), *sources, "\x00", *listed]:
        digest.update(text.encode("utf-8") + b"\x00")
    return f"nearmiss-{digest.hexdigest()[:24]}.json"


def build_table(sources: list[str], listed: list[str]) -> dict[str, list]:
    """Fixed phrase → [times written, the places whose character is fixed]: a place is fixed when the phrase's
    character fills it in nearly all the texts' runs of that shape (开展教职工 / 开展女职工 share a free slot). Takes
    seconds (every run of the texts is cut into words), hence shipped."""
    counts, aligned = _ngrams(sources)
    phrases = {g: c for g, c in counts.items() if c >= _MIN_COUNT and g in aligned}
    for phrase in listed:
        if len(phrase) >= 4 and _CJK.fullmatch(phrase):
            phrases[phrase] = max(phrases.get(phrase, 0), counts.get(phrase, 0), _MIN_COUNT)
    wanted = {(p[:i], p[i + 1 :]) for p in phrases for i in range(len(p))}
    slots: Counter[tuple[str, str]] = Counter()
    for gram, count in counts.items():
        for place in range(len(gram)):
            key = (gram[:place], gram[place + 1 :])
            if key in wanted:
                slots[key] += count
    return {p: [c, [i for i in range(len(p)) if c >= _TIGHT * max(slots[(p[:i], p[i + 1 :])], c)]]
            for p, c in sorted(phrases.items())}


def _example(path: Path) -> str:
    """A seed plan's text as the knowledge base reads it (web chrome stripped, traditional characters simplified)."""
    plans = plans_from_text(read_document(path.read_bytes(), path.name), path.name)
    return "\n".join(f"{plan.title}\n{plan.text}" for plan in plans)


def _ngrams(sources: list[str]) -> tuple[Counter[str], set[str]]:
    """Every run of 4–8 characters of the texts with its count, and those that start and end between words."""
    counts: Counter[str] = Counter()
    aligned: set[str] = set()
    for text in sources:
        for run in _CJK.finditer(text):
            words = run.group(0)
            bounds, _ = _bounds(words)
            for length in _LENGTHS:
                for start in range(len(words) - length + 1):
                    gram = words[start : start + length]
                    counts[gram] += 1
                    if start in bounds and start + length in bounds:
                        aligned.add(gram)
    return counts, aligned


def phrase_data() -> _Phrases:
    """The fixed phrases of the knowledge texts and the curated lists, built once per process (check/swaps.py)."""
    return _phrases()


def bounds_of(words: str) -> tuple[set[int], list[tuple[int, int]]]:
    """Where the words of a run of characters start and end, and each word's (start, end)."""
    return _bounds(words)


def word_spans(text: str, lengths: range):
    """Every span of a run of Chinese characters in `text` that starts and ends between two words and is one of
    `lengths` long: (the run's offset in text, the run, start, end, the run's word boundaries, its words' spans)."""
    for run in _CJK.finditer(text):
        words = run.group(0)
        ends, tokens = _bounds(words)
        for start in sorted(ends):
            for length in lengths:
                end = start + length
                if end <= len(words) and end in ends:
                    yield run.start(), words, start, end, ends, tokens
