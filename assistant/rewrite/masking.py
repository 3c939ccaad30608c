"""Protected spans: numbers, names, 《titles》, quotes, URLs and fixed terms are replaced by placeholders before any
rule runs, so no rule can change them, and put back afterwards."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from assistant.domain.policy import protected_terms
from assistant.rewrite.lexicon import NUMBER_FIRST, NUMBER_LAST, OTHER_FIRST, OTHER_LAST, Lexicon
from assistant.rewrite.numbers import ARABIC, CN_NUMERAL, FRACTION
from assistant.rewrite.pos import pos_dictionary as _pos_dictionary
from assistant.rewrite.pos import tokens

_TITLE = r"《[^《》\n]*》"
_MARKED = r"【[^【】\n]*】"  # a note in 【】 (ours: 【请核实：…】) is the writer's, never rewritten
_QUOTES = r"“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」|『[^『』\n]*』|\"[^\"\n]*\""
_URL = r"https?://[^\s，。；、“”《》]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PRIVATE = r"[\ue000-\uf8ff]"
# A document number (发文字号, GB/T 9704-2012 7.2.4: 机关代字〔年份〕序号号, also written with [] or ()) and an
# ordinal 第N号 (第3号令): their 号 is never a day of the month.
_DOC_NUMBER = (
    r"[\u4e00-\u9fff]{0,8}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:第\s*)?\d+\s*号"
    r"|第\s*[\d一二三四五六七八九十百零〇]+\s*号"
)
# Words after which a Chinese numeral is a count, a date or an amount (and so a fact): classifiers and units.
CLASSIFIERS = (
    "个工作日|个学期|个星期|个礼拜|个月|个小时|个人|小时|分钟|学期|学年|星期|课时|学时|公里|周岁|人次|"
    "[个名人位次场项件条款所台本张份套批组队支户家届期轮篇盒袋桶瓶箱桌间层楼节周天年月日号时点分秒岁元块角毛"
    "万千百亿倍成级等米斤克双对把杯束套部门辆趟遍回半拨]"
)
_APPROX = "(?:来|多|余|几)?"
# 一 as an article or "each" is not a count: 一个(老师), 每一名, 这一块 (but 一个月 is a duration).
INDEFINITE = (
    r"(?<=[每这那])一(?![十百千万亿零〇一二两三四五六七八九])|(?<![十百千万亿零〇一二两三四五六七八九])"
    r"一(?=[个项件种名位](?!月|小时|学期|学年|工作日|星期|季度|半))|(?<=[帮拉扶推搭])一(?=把)|(?<=老)一(?=套)|一(?=份(?:心意|力量|爱心|责任|温暖|关爱))"
    # 查一遍, 说一声: a verbal measure right after a verb says "once", not a count (现代汉语八百词: 遍、声 动量词).
    r"|(?<=[\u4e00-\u9fff])(?<![十百千万亿零〇一二两三四五六七八九第每这那])一(?=[遍声](?![\d一二两三四五六七八九十]))"
    # 一块儿 (现代汉语词典 一块儿 ② 一起): "together", not one 块 of money.
    r"|(?<![十百千万亿零〇一二两三四五六七八九])一(?=块儿(?!钱))"
    # 一分钱也不收, 掏一分钱 (现代汉语词典 一分钱: the least money, said with a negation): "nothing", not a count.
    r"|(?<![十百千万亿零〇一二两三四五六七八九])一(?=分(?:钱)?(?:也|都)?不|分钱(?:也|都)?不)|(?<=[掏花出收要])一(?=分钱)"
    # 一瓶二十五, 一人150元: a price per unit, 一 means 每 (not 一人一档: an amount follows, not a word).
    r"|(?<![十百千万亿零〇一二两三四五六七八九])一(?=[盒箱份张桌位餐套件瓶袋人斤次回趟罐条只双本把台]"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]{2,})\s*(?:元|块|多|余|几|来|左右|上下|出头|[，。；、报交出补付的]|$))"
    # 一 = 每 opening a clause before a group and its head count (分三批，一批四十人; 现代汉语词典 一 ⑥ 每).
    r"|(?:(?<=[，,；。])|^)一(?=[场队组桌班批拨车轮](?:\d+|[一二两三四五六七八九十]+)(?:来|多|余)?(?:个人|个|名|人|位))"
    # 东塞一点西塞一点 (东…西…, here and there, 现代汉语词典 东): 一点/一些 is "a little", not one o'clock.
    r"|(?<=东[\u4e00-\u9fff])一(?=点儿?西|些西)|(?<=东[\u4e00-\u9fff]一点西[\u4e00-\u9fff])一(?=点)"
    r"|(?<=东[\u4e00-\u9fff]一点儿西[\u4e00-\u9fff])一(?=点)|(?<=东[\u4e00-\u9fff]一些西[\u4e00-\u9fff])一(?=些)"
)
# 十分 before an adjective is "very" (十分重要), not ten minutes or points (十分钟, 十分之一 stay numbers); 千万 (千万千万
# 要记得) is "by all means" (现代汉语词典 千万 副词), not ten million.
# After 礼拜/星期 the first numeral is the weekday (礼拜三两天跑完: Wednesday, then 两天), not part of a count — unless
# a count of times follows it (一个星期三次: three times a week).
_CN_COUNTED = rf"(?!{INDEFINITE})(?!十分(?!钟|之|制))(?<!千)(?!(?<=礼拜|星期)[一二三四五六日天](?![次回趟遍]))(?!千万)[{CN_NUMERAL}]+(?={_APPROX}(?:{CLASSIFIERS}|左右|上下))"
_CN_AFTER = rf"(?<=[第每共约近超达逾满])(?!{INDEFINITE})[{CN_NUMERAL}]+"
# A Chinese numeral with a digit before a unit (一百五, 二百, 三万, 一百二十八) is a number wherever it stands; 十分,
# 千万, 万一 and 百花 have no digit before their unit and stay words.
_CN_UNITED = rf"[{CN_NUMERAL}]*[一二两三四五六七八九][十百千万][{CN_NUMERAL}]*"
# The day of a month said 十 + digit (十月十六, 三月十二礼拜二): the day, a fact like any number (GB/T 15835: 10月16日);
# not 十分 (very) after a month.
_CN_DAY = r"(?<=[月])十[一二三四五六七八九]?(?![分万百千])"
_NUMBER = rf"{FRACTION}|{ARABIC}|{_CN_UNITED}|{_CN_COUNTED}|{_CN_AFTER}|{_CN_DAY}"
# jieba guesses a name for 费由 in 购书费由工会承担: a two-character "name" ending in a preposition or particle is not one.
_NOT_GIVEN_NAMES = frozenset("由在和与给的是为从向对把被将于及")
# A surname and a kin term (梁婶, 蒋嫂, 周姨; 何叔 alone) that jieba guesses as a name with what follows (蒋婶帮): the
# person is addressed by kinship, not named; the formal tone writes surname and 师傅 (colloquial.kin_address).
_KIN_AFTER_SURNAME = frozenset("婶嫂姨")
_KIN_ALONE = frozenset("叔伯姐哥")  # 陈姐, 王哥: a colleague called older sister or brother
# Duties named with a verb and a one-character noun that is also a surname (现代汉语词典 跟车: 随车照料或押运; 跟班,
# 跟岗, 值班, 值周, 带班, 押车): jieba cuts 跟 + 车 (值 + 周), so 车老师 would read as a name; before 老师 they name the teacher's duty.
_DUTY_WORDS = frozenset(("跟车", "押车", "带车", "随车", "跟班", "带班", "值班", "值周", "跟岗", "驻校", "陪餐"))
# jieba reads 小蒋会补齐 as 小 + 蒋会 (a guessed name): after 小/老 + surname, a modal or adverb (会 要 能 再 先 还 就 也
# 都) or a verb of coming and telling is the next word, not a given name; the colleague is 小蒋 (colloquial.py).
AFTER_A_NICKNAME = frozenset("会要能再先还就也都来去说讲帮负教")
_TITLES_OF_PEOPLE = "老师|主任|校长|书记|主席|副主席|园长|老先生|先生|女士|师傅|医生|教授|同志|科长|处长|局长|组长"


@dataclass
class Masked:
    """A text with its protected spans replaced by placeholders, and those spans."""

    text: str
    saved: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # "number" or "other", per saved span

    def spans(self) -> int:
        return len(self.saved)

    def number(self, ch: str) -> str | None:
        """The number a placeholder stands for, or None when it is not a number placeholder."""
        code = ord(ch) - NUMBER_FIRST
        if NUMBER_FIRST <= ord(ch) <= NUMBER_LAST and code < len(self.saved):
            return self.saved[code]
        return None

    def set_number(self, ch: str, text: str) -> None:
        """Change how a number is written (一万三 → 一万三千); the value check after the rewrite guards it."""
        self.saved[ord(ch) - NUMBER_FIRST] = text

    def show(self, text: str) -> str:
        """Any text with the placeholders it contains put back (for change notes)."""
        return "".join(self._span(ch) if self._index(ch) is not None else ch for ch in text)

    def restore(self, text: str) -> str | None:
        """Put every protected span back; None when a placeholder was duplicated, or lost while no other
        placeholder keeps the same span (a repeated 5月 may be said once)."""
        seen = [i for i in (self._index(ch) for ch in text) if i is not None]
        if len(seen) != len(set(seen)):
            return None
        kept = {self.saved[i] for i in seen}
        if any(i not in seen and span not in kept for i, span in enumerate(self.saved)):
            return None
        return self.show(text)

    def _index(self, ch: str) -> int | None:
        code = ord(ch)
        if NUMBER_FIRST <= code <= NUMBER_LAST:
            index = code - NUMBER_FIRST
        elif OTHER_FIRST <= code <= OTHER_LAST:
            index = code - OTHER_FIRST
        else:
            return None
        return index if index < len(self.saved) else None

    def _span(self, ch: str) -> str:
        index = self._index(ch)
        return self.saved[index] if index is not None else ch


@functools.lru_cache(maxsize=4)
def _fixed_terms(lexicon: Lexicon) -> re.Pattern:
    """Fixed terms (knowledge/policy_terms.yaml) and the lexicon's KEEP words, except those a lexicon entry replaces
    whole (帮着 → 协助 rewrites the whole word, so it cannot break it)."""
    replaced = {t for t in protected_terms() for g in lexicon.groups for e in g.entries if e.pattern.fullmatch(t)}
    words = [t for t in protected_terms() if t not in replaced] + list(lexicon.sets.get("KEEP", ()))
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _rewritten_by_lexicon(word: str, lexicon: Lexicon) -> bool:
    return any(e.pattern.search(word) for g in lexicon.groups for e in g.entries)


# Prepositions and verbs of addressing someone that jieba glues to a surname after them (跟马, 找白, 给钱, 向高), and
# the particles and measure word before a person (艺术团的常老师: jieba reads 的常, as in 非常; 这位常老师).
_GLUED_BEFORE = "跟给和同向找请让叫问由与陪帮替对的是位"


def name_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """People's names: jieba's person names (赵敏, 李建国) and a surname with a title (周老师, 马主任)."""
    spans = []
    toks = tokens(text)
    known = _pos_dictionary()
    for i, token in enumerate(toks):
        # jieba's dictionary tags some common words nr (毛巾, 老同志): a name starts with a surname and is either
        # unknown to the dictionary (guessed as a name from context) or three characters long.
        # After 小/老 a guessed two-character name is the nickname's surname glued to the next word (老冯签个名,
        # 小谭带队): people are called 小X / 老X by surname alone (现代汉语词典 老 ⑫, 小 ⑧), never surname + given name.
        if (
            token.flag == "nr" and 2 <= len(token.word) <= 4 and token.word[0] in lexicon.surnames
            and (token.word not in known or len(token.word) >= 3) and not _rewritten_by_lexicon(token.word, lexicon)
            and not (len(token.word) == 2 and token.word[1] in _NOT_GIVEN_NAMES)
            and not (token.word[1] in _KIN_AFTER_SURNAME or len(token.word) == 2 and token.word[1] in _KIN_ALONE)
            and not (len(token.word) == 2 and text[token.start - 1 : token.start] in ("小", "老") and token.start > 0)
        ):
            end = token.end
            follower = toks[i + 1].word if i + 1 < len(toks) else ""
            if re.fullmatch(_TITLES_OF_PEOPLE, follower):
                end += len(follower)
            spans.append((token.start, end))
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    for m in re.finditer(rf"[{lexicon.surnames}](?:{_TITLES_OF_PEOPLE})", text):
        if text[max(m.start() - 1, 0) : m.start() + 1] in _DUTY_WORDS:
            continue  # 跟车老师 is the teacher riding along, not a 车老师
        if m.start() in starts or (m.start() > 0 and not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1])):
            spans.append((m.start(), m.end()))
        elif text[m.start() - 1 : m.start()] in _GLUED_BEFORE and (m.start() + 1) in ends:
            spans.append((m.start(), m.end()))  # 跟马老师: jieba reads 跟马 as one word, the person is 马老师
    return spans


def mask(text: str, lexicon: Lexicon) -> Masked:
    """The text with every protected span replaced by a placeholder (numbers and the rest in separate ranges)."""
    candidates: list[tuple[int, int, str]] = []
    for pattern in (_PRIVATE, _URL, _TITLE, _QUOTES, _MARKED, _DOC_NUMBER):
        candidates += [(m.start(), m.end(), "other") for m in re.finditer(pattern, text)]
    candidates += [(m.start(), m.end(), "other") for m in _fixed_terms(lexicon).finditer(text)]
    candidates += [(s, e, "other") for s, e in name_spans(text, lexicon)]
    candidates += [(m.start(), m.end(), "number") for m in re.finditer(_NUMBER, text)]
    # Leftmost first; of spans starting together the longest; a span inside a kept one is dropped.
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    for span in candidates:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    masked = Masked("")
    parts, pos = [], 0
    for start, end, kind in kept:
        first, last = (NUMBER_FIRST, NUMBER_LAST) if kind == "number" else (OTHER_FIRST, OTHER_LAST)
        index = len(masked.saved)
        if first + index > last:
            break  # more spans than placeholders: leave the rest as text (the fact check still guards them)
        parts.append(text[pos:start])
        parts.append(chr(first + index))
        span = text[start:end]
        if len(span) >= 2 and span[0] == span[-1] == '"':
            span = f"“{span[1:-1]}”"  # straight quotes become Chinese ones; what they quote never changes
        masked.saved.append(span)
        masked.kinds.append(kind)
        pos = end
    parts.append(text[pos:])
    masked.text = "".join(parts)
    return masked
