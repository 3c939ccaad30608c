"""Turn the bytes of a plain-text file into text, whatever common Chinese encoding it uses."""

from __future__ import annotations

import codecs
import functools
import unicodedata

from assistant.domain.script import to_traditional
from assistant.errors import LoadError

# Byte-order marks, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Frequent characters of Chinese prose (and of this domain), in Simplified form. Their Traditional
# forms are added at import time; a candidate decoding scores by how many of its characters are here.
_COMMON_SIMPLIFIED = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
    "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形"
    "相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展"
    "五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
    "先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且"
    "究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值"
    "号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严职校师谐"
    "校园教职工女会员代表大会民主管理务公开送温暖困难帮扶慰问文体育活动退休离健康福利权益维护计划总结年度学期春节三八妇女节教师节"
    "座谈培训读书评选先进模范工作目标指导思想主要措施保障经费财务审查监督组织建设队伍师德风气氛围和谐凝聚力桥梁纽带作用"
)

@functools.lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Common characters in both scripts (built lazily: OpenCC is slow to construct)."""
    return frozenset(set(_COMMON_SIMPLIFIED) | set(to_traditional(_COMMON_SIMPLIFIED)))


def _bad_char_ratio(text: str) -> float:
    """Share of characters that do not belong in a text document (controls, replacement, private use)."""
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch in "\n\r\t\f\v":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Co", "Cs", "Cn") or ch == "\ufffd":
            bad += 1
    return bad / len(text)


def _score(text: str) -> float:
    """How much a decoding looks like ordinary Chinese text (higher is better)."""
    common = _common_chars()
    score = 0.0
    for ch in text:
        if ch in common:
            score += 2
        elif ch.isascii():
            continue
        elif "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
            score += 0.2
        else:
            # Hangul, rare extensions, symbols: typical of a wrong guess.
            score -= 1
    return score - 20 * len(text) * _bad_char_ratio(text)


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from NUL bytes in alternate positions (ASCII-heavy text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _plausible_utf16(text: str) -> bool:
    """Whether ASCII-heavy BOM-less UTF-16 reads as text rather than binary (00 FF 00 FF… reads as "ÿÿÿ…")."""
    if not text or _bad_char_ratio(text) > 0.02:
        return False
    # Characters _score penalises (Latin-1 symbols, stray scripts) may be a few accented letters in a real text,
    # but not a fifth of it; general punctuation (“”…—) is common in Chinese text and is not counted.
    odd = 0
    for ch in text:
        if ch.isascii() or "\u2000" <= ch <= "\u206f" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef":
            continue
        odd += 1
    return odd <= 0.2 * len(text)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _binary_error(filename: str) -> LoadError:
    return LoadError(f"文件「{filename}」看起来不是文本文件（含有大量不可显示的二进制内容），无法读取。请上传 .txt、.md、.docx 或带文字层的 PDF。")


def _checked(text: str, filename: str) -> str:
    if _bad_char_ratio(text) > 0.02:
        raise _binary_error(filename)
    return text


def decode_text(data: bytes, filename: str = "") -> str:
    """Decode a text file: BOMs, UTF-8, BOM-less UTF-16, then GB18030 vs Big5; raises LoadError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom):], encoding)
            if text is not None:
                return _checked(text, filename)
    encoding16 = _looks_utf16(data)
    if encoding16:
        text = _try(data, encoding16)
        # NULs in alternate bytes also come from binary data (00 FF 00 FF… reads as "ÿÿÿ…"): accept only a
        # decoding that looks like text; otherwise the NUL branch below judges it (and refuses binary).
        if text is not None and _plausible_utf16(text):
            return text
    if b"\x00" in data:
        # BOM-less UTF-16 of mostly Chinese text has few NULs (only from ASCII such as newlines).
        guesses = [t for enc in ("utf-16-le", "utf-16-be") if (t := _try(data, enc)) is not None]
        good = [t for t in guesses if _bad_char_ratio(t) <= 0.02 and _score(t) > 0.5 * len(t)]
        if good:
            return max(good, key=_score)
        raise _binary_error(filename)
    text = _try(data, "utf-8")
    if text is not None:
        return _checked(text, filename)
    candidates = [(enc, t) for enc in ("gb18030", "big5") if (t := _try(data, enc)) is not None]
    clean = [(enc, t) for enc, t in candidates if _bad_char_ratio(t) <= 0.02]
    if clean:
        best = max(clean, key=lambda item: _score(item[1]))
        return best[1]
    return _checked(_last_resort(data, filename), filename)


def _last_resort(data: bytes, filename: str) -> str:
    """charset-normalizer, only when nothing else decoded cleanly (it misreads short GBK as Korean)."""
    try:
        from charset_normalizer import from_bytes  # noqa: PLC0415 - heavy, and only the last resort

        match = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - any failure of the guesser means "cannot decode"
        match = None
    if match is None:
        raise LoadError(f"无法识别文件「{filename}」的文字编码。请将文件另存为 UTF-8 编码的文本后再上传。")
    return str(match)
