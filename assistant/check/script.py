"""Traditional characters and pinyin glosses left by pasting from a web page (kind "script")."""

from __future__ import annotations

import re
import unicodedata

from assistant.check.codepoints import look_alike_codepoints
from assistant.check.findings import Document, Finding
from assistant.check.mojibake import mojibake_spans
from assistant.domain.policy import load_policy_terms
from assistant.domain.script import PINYIN_GLOSS, TONED_VOWELS, to_simplified

_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# A toned pinyin syllable (tàn, wàng, lǜ); no plan writes one, so one left after Chinese is a pasted gloss.
_SYLLABLE = rf"[a-zü]*[{TONED_VOWELS}][a-zü{TONED_VOWELS}]*"
# A word glossed whole, in brackets of either width (探望(tàn wàng), 探望（tànwàng）), or with no brackets at all
# (探望tànwàng): the single-character form 现(xiàn) is PINYIN_GLOSS.
_WORD_GLOSS = re.compile(rf"([\u4e00-\u9fff]{{1,4}})\s*(?:[（(]\s*((?:{_SYLLABLE}\s*){{1,4}})[)）]|((?:{_SYLLABLE}\s?){{1,4}})(?![a-zA-Z]))")
# ... or with the tone as a digit after each syllable (磨砺(mo2 li4), 龃龉（ju3yu3）: the numbered pinyin of dictionaries
# and input tools that cannot type tone marks, 《汉语拼音方案》 tones 1–4 and 5 for the neutral tone).
_NUMBERED_GLOSS = re.compile(r"([\u4e00-\u9fff]{1,4})\s*[（(]\s*((?:[a-zü]{1,6}[1-5]\s*){1,4})[)）]")


def script(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    # mojibake (鎱伴棶) holds traditional-looking characters: it is one garble, not a traditional character
    covered: set[int] = {i for start, end, _ in mojibake_spans(doc.text) for i in range(start, end)}
    for m in PINYIN_GLOSS.finditer(doc.text):
        covered.update(range(m.start(), m.end()))
        simple = to_simplified(m.group(1))
        out.append(
            doc.finding("script", m.start(), m.end(), "字后带有拼音注音，是网页转贴留下的痕迹", f"改为“{simple}”")
        )
    for m in _WORD_GLOSS.finditer(doc.text):
        gloss_start = m.start(2) if m.group(2) is not None else m.start(3)
        if gloss_start in covered:
            continue
        # the word glossed is as long as the gloss has syllables (探望 of 及时探望(tàn wàng), also glued: tànwàng)
        syllables = sum(ch in TONED_VOWELS for ch in m.group(2) or m.group(3))  # one tone mark per syllable
        word = m.group(1)[-syllables:]
        start = m.end(1) - len(word)
        covered.update(range(start, m.end()))
        out.append(doc.finding("script", start, m.end(), "词后带有拼音注音，是网页转贴留下的痕迹",
                               f"改为“{to_simplified(word)}”"))
    for m in _NUMBERED_GLOSS.finditer(doc.text):
        if m.start(2) in covered:
            continue
        word = m.group(1)[-sum(ch.isdigit() for ch in m.group(2)):]
        start = m.end(1) - len(word)
        covered.update(range(start, m.end()))
        out.append(doc.finding("script", start, m.end(), "词后带有拼音注音，是网页转贴留下的痕迹",
                               f"改为“{to_simplified(word)}”"))
    out += _look_alikes(doc) + _kana(doc, covered) + _bopomofo(doc) + _japanese_forms(doc, covered)
    out += _second_round(doc, covered) + _ligatures(doc, covered) + _slang(doc) + _zhe(doc) + _typed_pinyin(doc)
    out += look_alike_codepoints(doc)
    for _, offset, line in doc.lines():
        converted = to_simplified(line)
        if len(converted) == len(line):
            changed = [i for i, (a, b) in enumerate(zip(line, converted)) if a != b]
            simple_of = dict(zip(range(len(line)), converted))
        else:  # phrase conversions changed the length: compare character by character
            per_char = [to_simplified(ch) for ch in line]
            changed = [i for i, (a, b) in enumerate(zip(line, per_char)) if a != b]
            simple_of = {i: per_char[i] for i in range(len(line))}
        # A character whose simplified form lies outside the Basic Multilingual Plane (鮀 → U+2CD8D, 鲃 …: forms the
        # 通用规范汉字表 of 2013 added from Extension B on) is written in its old form in practice, since common fonts and
        # input methods lack the new one (汕头's 鮀江, 鮀浦): not a character left by pasting.
        changed = [i for i in changed if offset + i not in covered and all(ord(c) <= 0xFFFF for c in simple_of[i])]
        for a, b in _group(changed, line):
            simple = "".join(simple_of[i] for i in range(a, b))
            out.append(doc.finding("script", offset + a, offset + b, "含繁体字", f"改为简体“{simple}”"))
    return out


def _group(positions: list[int], line: str) -> list[tuple[int, int]]:
    """Merge changed positions separated by at most two unchanged Chinese characters into spans."""
    spans: list[list[int]] = []
    for i in positions:
        if spans and i - spans[-1][1] <= 2 and all(_CJK_CHAR.match(ch) for ch in line[spans[-1][1] : i]):
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    return [(a, b) for a, b in spans]


# Radicals of the 康熙部首 and CJK 部首补充 blocks, which a PDF's copied text holds in place of characters.
_RADICAL = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")
# Japanese kana within Chinese text (教工の家): the middle dot ・ and the long mark ー stand in for Chinese punctuation
# and are not counted.
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]+")
# Zhuyin (注音符号, the phonetic letters of 《注音字母》 1918, used in Taiwan) glossing a word, in brackets or not, with
# the tone marks ˊ ˇ ˋ ˙ they carry: copied from a Taiwanese page or dictionary; no plan writes one.
_BOPOMOFO = re.compile(r"[（(]?\s*[\u3105-\u312f\u31a0-\u31bf][\u3105-\u312f\u31a0-\u31bfˊˇˋ˙ \u3000]*[)）]?")


def _look_alikes(doc: Document) -> list[Finding]:
    """Radical look-alikes (⼯会⼩组⻓), the run of text they sit in, with the characters they stand for."""
    forms = load_policy_terms().radical_forms  # knowledge/policy_terms.yaml `radical_forms`
    out = []
    for _, offset, line in doc.lines():
        changed = [i for i, ch in enumerate(line) if _RADICAL.match(ch)]
        for a, b in _group(changed, line):
            fixed = "".join(forms.get(ch, unicodedata.normalize("NFKC", ch)) for ch in line[a:b])
            suggestion = f"改为“{fixed}”" if not _RADICAL.search(fixed) else "换成正常输入的汉字"
            out.append(doc.finding("script", offset + a, offset + b,
                                   "含从PDF复制带来的部首字符，外形像汉字，检索和排版会出错", suggestion))
    return out


def _kana(doc: Document, covered: set[int]) -> list[Finding]:
    """Japanese kana in a line of Chinese (教工の家), with the Chinese characters next to it; not kana of a mojibake
    run (宸ヤ細 for 工会: one garble)."""
    out = []
    for _, offset, line in doc.lines():
        if not _CJK_CHAR.search(line):
            continue
        for m in _KANA.finditer(line):
            if offset + m.start() in covered:
                continue
            a, b = m.start(), m.end()
            while a > 0 and _CJK_CHAR.match(line[a - 1]) and m.start() - a < 2:
                a -= 1
            while b < len(line) and _CJK_CHAR.match(line[b]) and b - m.end() < 2:
                b += 1
            fix = "改为“之”或“的”" if m.group(0) == "の" else "改用中文表述"
            out.append(doc.finding("script", offset + a, offset + b, f"夹有日文假名“{m.group(0)}”", fix))
    return out


def _bopomofo(doc: Document) -> list[Finding]:
    """Zhuyin letters glossing a word (巴适(ㄅㄚ ㄕˋ)): the gloss with the word before it."""
    out = []
    for _, offset, line in doc.lines():
        for m in _BOPOMOFO.finditer(line):
            letters = len(re.findall(r"[\u3105-\u312f\u31a0-\u31bf]+", m.group(0)))  # one run per syllable
            a = m.start()
            while a > 0 and _CJK_CHAR.match(line[a - 1]) and m.start() - a < max(1, letters):
                a -= 1
            word = line[a : m.start()]
            fix = f"改为“{word}”" if word else "删去注音符号"
            out.append(doc.finding("script", offset + a, offset + m.end(), "词后带有注音符号，是网页转贴留下的痕迹", fix))
    return out


def _japanese_forms(doc: Document, covered: set[int]) -> list[Finding]:
    """Japanese forms of characters (労模 for 劳模: knowledge/policy_terms.yaml `japanese_forms`) and variant forms the
    converter keeps (爱囯 for 爱国: `variant_forms`), in a line of Chinese; a character repeated with the iteration mark
    (个々 for 个个)."""
    terms = load_policy_terms()
    out = _forms(doc, covered, terms.japanese_forms, "含日文汉字写法")
    out += _forms(doc, covered, terms.variant_forms, "含已淘汰的异体字")
    for m in _ITERATION.finditer(doc.text):
        if m.start() not in covered:
            out.append(doc.finding("script", m.start(), m.end(), f"“{m.group(0)}”用了日文的叠字符号“々”，中文不用",
                                   f"改为“{m.group(1) * 2}”"))
    return out


# A character and the iteration mark after it (個々, 人々: 踊り字 of Japanese writing, U+3005), which Chinese text
# replaces by writing the character twice (个个, 人人).
_ITERATION = re.compile(r"([\u3400-\u9fff])\u3005")


def _forms(doc: Document, covered: set[int], forms: dict[str, str], message: str) -> list[Finding]:
    out = []
    for _, offset, line in doc.lines():
        changed = [i for i, ch in enumerate(line) if ch in forms and offset + i not in covered]
        covered.update(offset + i for i in changed)  # not also reported as a traditional character
        for a, b in _group(changed, line):
            fixed = "".join(forms.get(ch, ch) for ch in line[a:b])
            out.append(doc.finding("script", offset + a, offset + b, f"{message}“{line[a:b]}”", f"改为“{fixed}”"))
    return out


def _second_round(doc: Document, covered: set[int]) -> list[Finding]:
    """Words in the withdrawn second-round simplification (歺厅 for 餐厅: knowledge/policy_terms.yaml
    `second_round_forms`); 亍 in 彳亍 is a word of its own."""
    forms = load_policy_terms().second_round_forms
    if not forms:
        return []
    pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
    out = []
    for m in pattern.finditer(doc.text):
        if m.group(0) == "亍" and doc.text[max(0, m.start() - 1) : m.start()] == "彳":
            continue
        a, b = m.start(), m.end()
        if len(m.group(0)) == 1 and _CJK_CHAR.match(doc.text[b : b + 1]):
            b += 1  # a lone form with the character after it (歺厅), as readers see the word
        covered.update(range(a, b))
        fixed = forms[m.group(0)] + doc.text[m.end() : b]
        out.append(doc.finding("script", a, b, f"“{doc.text[a:b]}”用的是1986年已废止的“二简字”", f"改为“{fixed}”"))
    return out


def _ligatures(doc: Document, covered: set[int]) -> list[Finding]:
    """One character standing for a word (圕 for 图书馆, 瓩 for 千瓦: knowledge/policy_terms.yaml `ligature_forms`)."""
    forms = load_policy_terms().ligature_forms
    out = []
    for i, ch in enumerate(doc.text):
        if ch in forms and i not in covered:
            covered.add(i)
            message = f"“{ch}”是把“{forms[ch]}”几个字合写成一个字的旧写法（合文），不是规范汉字"
            out.append(doc.finding("script", i, i + 1, message, f"改为“{forms[ch]}”"))
    return out


def _slang(doc: Document) -> list[Finding]:
    """Pinyin-initial internet slang in a line of Chinese (yyds: knowledge/policy_terms.yaml `web_slang`)."""
    slang = load_policy_terms().web_slang
    if not slang:
        return []
    pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, slang)) + r")(?![A-Za-z0-9])", re.IGNORECASE)
    out = []
    for _, offset, line in doc.lines():
        if not _CJK_CHAR.search(line):
            continue
        for m in pattern.finditer(line):
            meaning = slang[m.group(0).lower()]
            out.append(doc.finding("script", offset + m.start(), offset + m.end(),
                                   f"夹有网络缩写“{m.group(0)}”（{meaning}），不是公文用语", "改用规范的中文表述"))
    return out


def _zhe(doc: Document) -> list[Finding]:
    """著 for the particle 着 after a verb (围绕著: knowledge/policy_terms.yaml `zhe_verbs`), not 著名 / 著作."""
    verbs = load_policy_terms().zhe_verbs
    if not verbs:
        return []
    pattern = re.compile("(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + ")著(?![名作称述录者书有])")
    return [doc.finding("script", m.start(), m.end(), f"“{m.group(0)}”的“著”是繁体用法，简体写“着”",
                        f"改为“{m.group(0)[:-1]}着”") for m in pattern.finditer(doc.text)]


_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
# One or two toneless pinyin syllables typed between Chinese characters (慰wen问, 慰wen住院的).
_TYPED_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])((?:{_INITIAL}?{_FINAL}){{1,2}})(?=[\u4e00-\u9fff])")


def _typed_pinyin(doc: Document) -> list[Finding]:
    """Pinyin left in a word when the input method was not switched (慰wen for 慰问), with the character before it."""
    kept = set(load_policy_terms().latin_words_kept)
    out = []
    for m in _TYPED_PINYIN.finditer(doc.text):
        if len(m.group(1)) < 2 or m.group(1) in kept:
            continue
        out.append(doc.finding("script", m.start() - 1, m.end(), f"“{doc.text[m.start() - 1 : m.end()]}”夹着拼音，像是输入法没切换",
                               "改为对应的汉字"))
    return out
