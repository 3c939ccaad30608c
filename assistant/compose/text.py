"""Measures out of example passages: split, strip numbering, drop anything dated or specific to another school."""

from __future__ import annotations

import re

from assistant.domain.passages import Passage
from assistant.domain.text import strip_item_marks
from assistant.index.segmentation import pos_tokenizer
from assistant.rewrite.lexicon import load_lexicon

# Name-like tokens that are generic in a Chinese union plan (jieba tags some of them nr/ns/nt).
NAME_ALLOW = frozenset(
    ("中国", "中华", "中共", "全国", "国家", "中国工会", "中华全国总工会", "全总", "中华人民共和国", "中央", "党中央")
)
# Provinces and municipalities: any of them marks a plan of a particular place.
PLACES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_GENERIC_AREA = ("校区", "社区", "山区", "园区", "片区", "辖区", "小区", "地区", "城区", "市区", "学区", "示范区",
                 "开发区", "景区", "新区", "城市", "都市", "城乡", "农村", "乡村", "县城")
_AREA_TOKEN = re.compile(r"^[\u4e00-\u9fff]{2,5}[省市区县镇乡]$")
_SCHOOL_NAME = re.compile(r"([\u4e00-\u9fff]{2,6}?)(中学|小学|幼儿园|学校|大学|学院)")
_GENERIC_SCHOOL_PREFIX = re.compile(
    r"(?:^|[我本全各该每所中小初高职普])$|^(?:中小|初级|高级|完全|职业|示范|特殊|民办|公办|寄宿|九年一贯制|十二年一贯制|"
    r"全体|所在|相关|兄弟|其他|城乡|农村|乡村|山区|城区|普通|重点|一所|这所|整个)$"
)
_QUOTED = re.compile(r"[“\"‘「]([^”\"’」\n]{2,16})[”\"’」]")
# Wording that only fits the example's own circumstances: a given year, "各校" (a district's plan), the past.
_SPECIFIC = re.compile(
    r"20\d\d|19\d\d|\d{1,2}月\d{1,2}日|上学期|去年|今年|明年|本学期|下学期|各校|各学校|各基层|各级工会|我们|你们|"
    r"首届|第[一二三四五六七八九十\d]+届|[?？�□■…]|\.{3}|xx|XX|某某|____|十x大|（略）|\(略\)"
)
_HEADING_LINE = re.compile(r"^[^。；;]{0,30}[：:]?$")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")


def name_tokens(text: str) -> list[tuple[str, str]]:
    """(word, flag) for tokens jieba tags as person, place or organisation names (length ≥ 2)."""
    return [
        (w, f) for w, f in pos_tokenizer().cut(text)
        if len(w) >= 2 and f[:2] in ("nr", "ns", "nt") and w not in NAME_ALLOW and not (f[:2] == "nr" and _compound(w))
    ]


def _compound(word: str) -> bool:
    """True for a word tagged as a person's name (jieba's dictionary tags 公开栏, 公开监督 and 单亲家庭 nr) which opens
    with a word of another kind (公开, 单亲): a name opens with its surname (张建国: 张建 is no word)."""
    tag = pos_tokenizer().word_tag_tab.get(word[:2], "")
    if len(word) < 3 or not tag or tag.startswith("nr"):
        return False
    return len(word) >= 4 or word[0] not in load_lexicon().surnames  # 高明亮 is 高 + 明亮, a three-character name


def quoted_phrases(text: str) -> list[str]:
    """Short phrases in quotation marks (project names, slogans, terms)."""
    return [m.group(1) for m in _QUOTED.finditer(text)]


def area_names(text: str) -> list[str]:
    """District/city/county/town names (普陀区-style tokens) and province names in the text."""
    found = [w for w in pos_tokenizer().tokenizer.cut(text) if _AREA_TOKEN.match(w) and w not in _GENERIC_AREA
             and not any(w.endswith(g) for g in _GENERIC_AREA)]
    return found + [p for p in PLACES if p in text]


def school_names(text: str, own_school: str = "") -> list[str]:
    """Named schools (城东中学-style) other than the profile's own."""
    out = []
    for m in _SCHOOL_NAME.finditer(text):
        prefix = m.group(1)
        # Shorten to the last word-like part so "全校各中学" style phrases stay generic.
        if _GENERIC_SCHOOL_PREFIX.search(prefix) or re.search(r"[的和与及、，在为到对]", prefix):
            continue
        name = prefix + m.group(2)
        if own_school and (name in own_school or own_school.endswith(name)):
            continue
        out.append(name)
    return out


class NameFilter:
    """Decides whether a sentence names another school's people, places, organisations or local projects.

    A name-like token counts as specific when it occurs in at most one example plan: a word every plan uses
    (师德, 福利 — which jieba sometimes tags as names) is generic, a teacher's or district's name is not.
    """

    def __init__(self, passages: list[Passage], own_school: str = "", generic_phrases: tuple[str, ...] = ()):
        self.own_school = own_school
        self.generic = set(generic_phrases)
        docs: dict[str, set[str]] = {}
        for p in passages:
            docs.setdefault(f"{p.source}\x1f{p.title}", set()).add(p.text)
        self._docs = ["\n".join(sorted(texts)) for texts in docs.values()]
        self._counts: dict[str, int] = {}

    def plans_with(self, word: str) -> int:
        """In how many example plans the word occurs."""
        if word not in self._counts:
            self._counts[word] = sum(word in doc for doc in self._docs)
        return self._counts[word]

    def specific(self, text: str) -> list[str]:
        """The specific names in a text (empty when it is generic)."""
        found = [w for w, _ in name_tokens(text) if self.plans_with(w) <= 1 and w not in self.generic]
        found += area_names(text)
        found += school_names(text, self.own_school)
        found += [q for q in quoted_phrases(text) if q not in self.generic and self.plans_with(q) <= 1]
        return found


def finish_sentence(text: str) -> str:
    """End a measure with 。 (replacing a trailing ；, ，, ： or ASCII punctuation)."""
    text = text.strip().rstrip("；;，,：: ")
    if not text:
        return ""
    return text if text[-1] in "。！？" else text + "。"


def split_measures(passage: Passage, max_chars: int = 110, min_chars: int = 14) -> list[str]:
    """Candidate measures of a passage: its numbered items, or their sentences when an item is long."""
    out: list[str] = []
    lines = [l.strip() for l in passage.text.split("\n") if l.strip()]
    for i, raw in enumerate(lines):
        line = strip_item_marks(raw)
        if not line or (_HEADING_LINE.match(line) and len(line) <= 30):
            continue  # a heading ("二、主要工作：" or "（一）加强队伍建设")
        if i == 0 and raw != line and "。" not in line[:-1] and len(line) <= 40:
            continue  # the passage's own heading line
        pieces = [line] if len(line) <= max_chars else [s.group(0) for s in _SENTENCE.finditer(line)]
        for piece in pieces:
            piece = finish_sentence(piece)
            # A short lead clause ("加强学习，提高认识。") says nothing on its own.
            if min_chars <= len(piece) <= max_chars:
                out.append(piece)
    return out


def is_dated_or_local(text: str) -> bool:
    """True for wording tied to a particular year, term or to a district-level plan."""
    return bool(_SPECIFIC.search(text))


def trigrams(text: str) -> set[str]:
    """Character 3-grams of the text without punctuation."""
    chars = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", text)
    return {chars[i : i + 3] for i in range(max(0, len(chars) - 2))} or {chars}


def similarity(a: str | set[str], b: str | set[str]) -> float:
    """Jaccard similarity of character 3-grams."""
    ga = a if isinstance(a, set) else trigrams(a)
    gb = b if isinstance(b, set) else trigrams(b)
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / len(ga | gb)


def sentences(text: str) -> list[str]:
    """Sentences of a text (split at 。！？ and line breaks), stripped of numbering."""
    out = []
    for line in text.split("\n"):
        line = strip_item_marks(line.strip())
        out += [s.group(0).strip() for s in _SENTENCE.finditer(line) if len(s.group(0).strip()) > 1]
    return out
