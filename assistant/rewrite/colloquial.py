"""Spoken grammar that no word list covers, found by its shape and jieba's parts of speech: a person called by 小/老
and the surname (小韦 → 韦老师), a measure word 个 between a verb and its object (画个线 → 画线), a verb with 一遍 or
一声 (查一遍 → 检查), and doubled verbs the lexicon does not list (量量血压 → 量血压, 布置布置 → 布置).

Source of the shapes: 现代汉语词典 and 《现代汉语八百词》 on 个 after verbs (〈口〉, "用在动词和宾语之间"), on 一遍 / 一声
as verbal measures, and on the reduplication of verbs (AA, ABAB) as spoken; 《党政机关公文处理工作条例》 practice of
naming people by surname and post (韦老师, 蒋主任) rather than by nickname.
"""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.pos import pos_dictionary, tokens
from assistant.rewrite.spoken import REASON_DOUBLED, verb_form

_H = CLASS_CONTENTS["H"]
_N = CLASS_CONTENTS["N"]
REASON_SPOKEN = "口语改为公文用语"
REASON_ADDRESS = "称呼改为规范写法"
# Verbs before 个 whose phrase is not verb + object: 是个/有个 say "a" (是个好办法 → 是一个好办法), 来个 offers an
# activity (来个拔河 → 开展拔河), 整个/这个… are not verbs at all.
_ARTICLE_VERBS = {"是": "是一个", "有": "有一个", "来": "开展"}
# jieba tags of two-character words whose ABAB doubling is a verb said twice (jieba tags many verbs n: 布置, 商量).
_DOUBLING_TAGS = ("v", "vn", "a", "an", "ad", "n")


def surname_address(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """小韦 / 老蒋 → 韦老师 / 蒋老师: a colleague called by 小 or 老 and the surname, where jieba reads a person
    (小时, 老师, 小康, 老房子 are words, not people)."""
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        surname = ""
        if len(tok.word) == 2 and tok.flag == "nr" and tok.word[0] in "小老" and tok.word[1] in lexicon.surnames:
            surname, end = tok.word[1], tok.end
        elif (tok.word in ("小", "老") and i + 1 < len(toks) and toks[i + 1].flag == "nr"
              and len(toks[i + 1].word) == 1 and toks[i + 1].word in lexicon.surnames):
            surname, end = toks[i + 1].word, toks[i + 1].end
        if not surname:
            continue
        follower = text[end : end + 2]
        if follower.startswith(("老师", "师傅", "主任", "校长", "书记", "同志", "组长", "会计", "医生")):
            continue  # 小周老师: already named by post
        spans.append((tok.start, end, f"{surname}老师"))
    return _replace(text, spans, notes, REASON_ADDRESS)


def verb_measure_object(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """个 between a one-character verb and its object goes (画个线 → 画线, 开个短会 → 开短会); 是个/有个 → 是一个/
    有一个; 来个 → 开展."""
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if (tok.word[:1] in "来多几" and re.match(f"[{_N}]", text[tok.start - 1 : tok.start] or "x")
                and text[tok.start - 2 : tok.start - 1] not in ("周", "期", "拜")  # 周五来个…: a weekday
                or re.match(f"[{_N}]", text[tok.start + 2 : tok.start + 3])):
            continue  # 十来个 (about ten), 评个十来个: a count, not a verb with an object
        if tok.word[1:2] == "个" and len(tok.word) >= 2 and re.match(f"[{_H}]", text[tok.start + 2 : tok.start + 3]):
            if tok.word[0] in _ARTICLE_VERBS and len(tok.word) == 2:  # jieba reads 有个 / 是个 as one word
                spans.append((tok.start, tok.end, _ARTICLE_VERBS[tok.word[0]]))
            elif tok.flag.startswith("v") and len(tok.word) >= 3:  # 打个招呼 is one word to jieba
                spans.append((tok.start, tok.start + 2, tok.word[0]))
            continue
        if len(tok.word) != 1 or not tok.flag.startswith("v") or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        after_ge = text[tok.end + 1 : tok.end + 2]
        # 个 on its own (q) or glued to the object by jieba (个线); never 个人, 个别, 个体, 个性 (words of their own).
        if not nxt.word.startswith("个") or nxt.word in ("个人", "个别", "个体", "个性", "个案", "个子", "个头"):
            continue
        if not re.match(f"[{_H}]", after_ge) or (nxt.word == "个" and nxt.flag not in ("q", "m")):
            continue
        new = _ARTICLE_VERBS.get(tok.word, tok.word)
        spans.append((tok.start, tok.end + 1, new))
    return _replace(text, spans, notes, REASON_SPOKEN)


def verb_once(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """A one-character verb with 一遍 becomes its formal verb (查一遍 → 检查); 说一声 / 讲一声 → 沟通 after 跟/与/和/同 X,
    else 告知."""

    def once(m: re.Match) -> str:
        verb = m.group(1)
        if verb not in lexicon.single_verbs or (m.group(2) != "一" and masked.number(m.group(2)) != "一"):
            return m.group(0)
        new = verb_form(lexicon, verb, text, m.end())
        notes.add(REASON_DOUBLED, m.group(0), new)
        return new

    text = re.sub(rf"(?<![{_H}]{{2}}[的地])([{_H}])(.)遍(?![{_H}]{{0,1}}[又再])", once, text)

    def tell(m: re.Match) -> str:
        partner = re.search(r"[跟与和同][^，。；]{1,10}$", text[max(0, m.start() - 12) : m.start()])
        new = "沟通" if partner else "告知"
        notes.add(REASON_SPOKEN, m.group(0), new)
        return new

    return re.sub(r"(?:说|讲|打)(?:了)?一?声(?:招呼)?(?=[，。；！？\n]|$)", tell, text)


def doubled_any(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """Doubled verbs the lexicon does not list: ABAB where AB is a dictionary word (布置布置 → 布置, jieba tags many
    verbs n), and AA before an object where A is a verb in jieba's dictionary (量量血压 → 量血压)."""
    known = pos_dictionary()

    def abab(m: re.Match) -> str:
        word = m.group(1)
        tag = known.get(word, "")
        if tag not in _DOUBLING_TAGS:
            return m.group(0)  # a name, a number, an adverb doubled (一个一个, 渐渐渐渐) is not a verb said twice
        notes.add(REASON_DOUBLED, m.group(0), word)
        return word

    text = re.sub(rf"([{_H}]{{2}})\1", abab, text)
    listed = set(lexicon.single_verbs) | set(lexicon.doubling_verbs)
    starts = {t.start for t in tokens(text)}

    def aa(m: re.Match) -> str:
        verb = m.group(1)
        pair = verb * 2
        if verb in listed or m.start() not in starts or not known.get(verb, "").startswith("v"):
            return m.group(0)
        if pair in known and not known[pair].startswith("v"):
            return m.group(0)  # 常常, 天天, 娃娃, 谢谢 (tagged nr): words, not a verb said twice
        head = tokens(text[m.end() : m.end() + 6])[:1]
        if not head or not head[0].flag.startswith(("n", "vn")):
            return m.group(0)
        notes.add(REASON_DOUBLED, pair, verb)
        return verb

    return re.sub(rf"([{_H}])\1(?=[{_H}])", aa, text)


def _replace(text: str, spans: list[tuple[int, int, str]], notes: Notes, reason: str) -> str:
    out, pos = [], 0
    for start, end, new in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        notes.add(reason, text[start:end], new)
        pos = end
    out.append(text[pos:])
    return "".join(out)
