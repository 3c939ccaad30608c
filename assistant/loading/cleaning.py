"""Clean scraped plan text: Simplified script, no pinyin glosses or site chrome, one plan per RawPlan."""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.numerals import CN_DIGITS, parse_cn_number
from assistant.domain.script import to_simplified

log = logging.getLogger(__name__)

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
# CJK characters plus the full-width punctuation that sits between them.
CJK_OR_PUNCT = CJK + "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"


@dataclass(frozen=True)
class RawPlan:
    """One plan cut out of a file: its title and its cleaned text."""

    title: str
    text: str


# ---------------------------------------------------------------- bounded pieces, linear conversion

PIECE_CHARS = 2000  # normalize() never works on more characters than this at once
RUN_CHARS = 400  # OpenCC converts at most this many characters at once
SENTENCE_ENDS = "。！？；!?;"
# Characters after which OpenCC itself splits its input (a subset of its separators): cutting there changes nothing.
OPENCC_BREAKS = "\n 。，、；：？！,.?!"


def bounded_pieces(text: str, limit: int, breaks: str | tuple[str, ...]) -> Iterator[str]:
    """Consecutive slices of text, each at most `limit` long; joined back they are the text. Each is cut after the
    last character of `breaks` in its window (a tuple: the first kind of break found in the window's second half
    wins, so a sentence's end is preferred to a comma), else hard at `limit`. Linear in len(text).

    >>> list(bounded_pieces("一二。三四五六。七", 5, "。"))
    ['一二。', '三四五六。', '七']
    >>> list(bounded_pieces("一二。三四，五六", 6, ("。", "，")))
    ['一二。三四，', '五六']
    """
    levels = (breaks,) if isinstance(breaks, str) else breaks
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = 0
        for level in levels:
            found = max(window.rfind(ch) for ch in level) + 1 if level else 0
            if found > limit // 2:
                cut = found
                break
            cut = max(cut, found)
        end = start + (cut if cut > 0 else limit)
        yield text[start:end]
        start = end
    if start < n:
        yield text[start:]


@functools.lru_cache(maxsize=1)
def _t2s_marks() -> frozenset[str] | None:
    """Every character whose presence can make OpenCC's t2s change a text (a text without any of them converts to
    itself), read from the converter's own dictionaries; None when they cannot be read (then every text converts).

    Characters the single-character entries change are marks; a phrase entry adds a mark only when it holds none
    yet, and then only the characters it changes (反覆→反复 adds 覆), so common characters such as 反 or 么 are not.
    """
    try:
        import opencc  # noqa: PLC0415 - deferred with domain.script's converter, which loads the same dictionaries

        base = Path(opencc.__file__).resolve().parent
        config = json.loads((base / "config" / "t2s.json").read_text(encoding="utf-8"))
        files: list[str] = []

        def walk(entry: dict) -> None:
            if entry.get("type") == "group":
                for item in entry.get("dicts", []):
                    walk(item)
            elif entry.get("type") == "txt":
                files.append(entry["file"])

        for chain in config["conversion_chain"]:
            walk(chain["dict"])
        changing: list[tuple[str, str]] = []  # (key, a different value) of every entry that changes text
        for name in files:
            for line in (base / "dictionary" / name).read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                changing += [(key, value) for value in values.split(" ") if value != key]
        marks = {key for key, _ in changing if len(key) == 1}
        for key, value in changing:
            # A phrase matches only with all its characters present: one that holds a mark is covered by it.
            if len(key) > 1 and marks.isdisjoint(key):
                marks.update(key if len(value) != len(key) else (k for k, v in zip(key, value) if k != v))
        return frozenset(marks) if files else None
    except (ImportError, OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("OpenCC dictionaries not readable (%r): converting every text", exc)
        return None


def simplified(text: str) -> str:
    """Traditional → Simplified as domain.script.to_simplified does, in linear time: OpenCC (a pure-Python
    converter, quadratic on a long run without separators) sees at most RUN_CHARS characters at once, cut where it
    would split anyway, and pieces without a single convertible character are not converted at all.

    >>> simplified("繼續加強網絡化管理，反覆研究")
    '继续加强网络化管理，反复研究'
    """
    marks = _t2s_marks()
    if len(text) <= RUN_CHARS:
        return text if marks is not None and marks.isdisjoint(text) else to_simplified(text)
    return "".join(
        piece if marks is not None and marks.isdisjoint(piece) else to_simplified(piece)
        for piece in bounded_pieces(text, RUN_CHARS, OPENCC_BREAKS)
    )


# ---------------------------------------------------------------- pinyin glosses

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PLAIN = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", "aaaaeeeeiiiioooouuuuvvvv") | {ord("ü"): "v"}
_FINALS = (
    "a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|"
    "u|ua|uo|uai|ui|uan|un|uang|ueng|v|ve|van|vn|ue|n|ng|m"
)
_SYLLABLE = re.compile(rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:{_FINALS})")
_GLOSS_ASCII = re.compile(rf"(?<=[{CJK}])\(([a-z{_TONED}]{{1,6}})\)")
# Full-width brackets only when a tone mark proves it is pinyin (（an） could be anything).
_GLOSS_WIDE = re.compile(rf"(?<=[{CJK}])（([a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*)）")


def _is_pinyin(syllable: str) -> bool:
    return _SYLLABLE.fullmatch(syllable.translate(_PLAIN)) is not None


def remove_pinyin_glosses(text: str) -> str:
    """Drop `現(xiàn)`-style glosses: a CJK character followed by a bracketed pinyin syllable."""

    def repl(match: re.Match) -> str:
        return "" if _is_pinyin(match.group(1)) else match.group(0)

    previous = None
    while previous != text:  # a character may carry two glosses in a row
        previous = text
        text = _GLOSS_ASCII.sub(repl, text)
        text = _GLOSS_WIDE.sub(repl, text)
    return text


# ---------------------------------------------------------------- punctuation and whitespace

_WIDE_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_ASCII_PUNCT_NEAR_CJK = re.compile(rf"(?<=[{CJK_OR_PUNCT}])[,:;?!]|[,:;?!](?=[{CJK}])")
_PAREN_WITH_CJK = re.compile(rf"\(([^()（）\n]{{0,60}}[{CJK}][^()（）\n]{{0,60}}?)\)")
_PAREN_NUMBER_AT_START = re.compile(r"^\((\d{1,2})\)", re.MULTILINE)
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK_OR_PUNCT}])[ \t]+(?=[{CJK_OR_PUNCT}])")
# "第十一条 用人单位…", "## 第二章 工会组织": the space after a statute label is conventional, keep it.
_LABEL_BEFORE_SPACE = re.compile(rf"^(#+\s*)?第[{CN_DIGITS}千\d]+[条章节款编]$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _fullwidth_to_ascii(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _drop_space(match: re.Match) -> str:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return match.group(0) if _LABEL_BEFORE_SPACE.match(match.string[line_start : match.start()]) else ""


def normalize(text: str) -> str:
    """Simplified script, no pinyin glosses, Chinese punctuation, tidy whitespace; idempotent; linear in the length.

    Every rule works within one line, so the text is normalised a few lines at a time, and a line longer than
    PIECE_CHARS a piece at a time (cut after a sentence's end where there is one): no rule, and no OpenCC
    conversion, ever sees more than PIECE_CHARS characters at once, whatever one line of an upload holds.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    group: list[str] = []
    size = 0
    for line in text.split("\n"):
        if len(line) > PIECE_CHARS:
            if group:
                out.append(_fixed_point("\n".join(group)))
                group, size = [], 0
            out.append("".join(_fixed_point(piece) for piece in bounded_pieces(line, PIECE_CHARS, SENTENCE_ENDS)))
            continue
        if group and size + len(line) > PIECE_CHARS:
            out.append(_fixed_point("\n".join(group)))
            group, size = [], 0
        group.append(line)
        size += len(line) + 1
    if group:
        out.append(_fixed_point("\n".join(group)))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _fixed_point(text: str) -> str:
    # One pass can expose a new case for another rule (",," → "，," → "，，"); repeat to a fixed point.
    for _ in range(8):
        result = _normalize_lines(text)
        if result == text:
            break
        text = result
    return text


def _normalize_lines(text: str) -> str:
    """One pass of every rule over some whole lines (no line breaks added or removed)."""
    text = text.translate(_INVISIBLE)
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    text = remove_pinyin_glosses(text)
    text = simplified(text)
    text = _fullwidth_to_ascii(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    text = _ASCII_PUNCT_NEAR_CJK.sub(lambda m: _WIDE_PUNCT[m.group(0)], text)
    text = _PAREN_WITH_CJK.sub(r"（\1）", text)
    text = _PAREN_NUMBER_AT_START.sub(r"（\1）", text)
    return _SPACE_BETWEEN_CJK.sub(_drop_space, text)


# ---------------------------------------------------------------- site chrome

# Lines that open a block of links/teasers: it and what follows are not part of any plan.
_CHROME_BLOCK = re.compile(r"^(相关文章|精选文章|推荐文章|热门文章|相关推荐|猜你喜欢|延伸阅读|推荐度|点击下载文档|点击下载)")
_BREADCRUMB = re.compile(r"^[^。，！？]{0,60}(>[^。，！？>]{1,20}){2,}>?$")
_POSTED = re.compile(r"^时间[:：].{0,40}(分享|作者|来源)")
_EDITOR = re.compile(r"小编|希望(可以|能够?)?(帮|对)(到|助)?(大家|你|您)|供大家参考|仅供参考")
_PROVERB_INTRO = re.compile(r"^凡事预则立")
_NUMERIC_ID = re.compile(r"^\d{4,}$")
_PAGE_TITLE = re.compile(r"^.{2,40}(模板|范文|大全|精选|合集|汇总)?\s*\d+篇(大全|精选)?$")
_GLUED_TEASER = re.compile(r"(?<=\S)(?:20\d\d|20xx|\d{4})年?度?[^\s。，；：月日]{0,20}?工作计划(?:范文|模板|大全|精选|报告)?\s*$")
_MARKER = re.compile(rf"^(篇\s*\d+\s*[：:]|第[{CN_DIGITS}\d]+篇|.{{0,40}}[<＜〈][{CN_DIGITS}]+[>＞〉]\s*$)")
_SITE_NAMES = ("学习啦", "范文网", "第一范文", "文库")


def strip_chrome(text: str) -> str:
    """Remove web-page furniture: breadcrumbs, bylines, editor intros, link/teaser blocks, stray ids."""
    kept: list[str] = []
    skipping = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        simple = simplified(remove_pinyin_glosses(line))
        if skipping:
            if _MARKER.match(simple):
                skipping = False
            else:
                continue
        if not line:
            kept.append("")
            continue
        if _CHROME_BLOCK.match(simple):
            skipping = True
            continue
        if any(name in simple for name in _SITE_NAMES) and len(simple) < 80:
            continue
        if _BREADCRUMB.match(simple) or _POSTED.match(simple) or _NUMERIC_ID.match(simple):
            continue
        if _EDITOR.search(simple) or (_PROVERB_INTRO.match(simple) and len(simple) < 300):
            continue
        if _PAGE_TITLE.match(simple) and not _MARKER.match(simple):
            continue
        if not _MARKER.match(simple):
            trimmed = _GLUED_TEASER.sub("", raw.rstrip())
            if trimmed.strip():
                raw = trimmed
        kept.append(raw)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


# ---------------------------------------------------------------- splitting a file into plans

_MARK_PIAN = re.compile(r"^篇\s*(\d+)\s*[：:]\s*(.*)$")
_MARK_DI_PIAN = re.compile(rf"^第([{CN_DIGITS}\d]+)篇\s*[：:]?\s*(.*)$")
_MARK_ANGLE = re.compile(rf"^(.{{0,40}}?)\s*[<＜〈]([{CN_DIGITS}]+)[>＞〉]\s*$")
_LEVEL1 = re.compile(rf"^([{CN_DIGITS}]+)[、.．]")
_LEVEL2 = re.compile(rf"^[（(][{CN_DIGITS}]+[）)]")
_NUMBERED = re.compile(rf"^(\d{{1,2}}[、.．]|[（(][{CN_DIGITS}\d]+[）)]|[{CN_DIGITS}]+[、.．]|[a-z][)）]|[{CN_DIGITS}]是)")
_PREAMBLE_HINT = re.compile(r"指导|为指南|统领|精神|新的一年|本学期|本年度|新学期|新学年|围绕")
_TITLE_LIKE = re.compile(r"(计划|方案|要点|安排|规划|总结)")


def _cn_value(token: str) -> int:

    try:
        return parse_cn_number(token)
    except ValueError:
        return 0


def _marker(line: str) -> str | None:
    """The title a plan marker line carries ('' when it has none), or None when it is not a marker."""
    if m := _MARK_PIAN.match(line):
        return f"{m.group(2).strip()}（篇{m.group(1)}）" if m.group(2).strip() else f"（篇{m.group(1)}）"
    if m := _MARK_DI_PIAN.match(line):
        rest = m.group(2).strip()
        return f"{rest}（第{m.group(1)}篇）" if rest else f"（第{m.group(1)}篇）"
    if m := _MARK_ANGLE.match(line):
        return f"{m.group(1).strip()}（{m.group(2)}）"
    return None


def _split_headless(lines: list[str]) -> list[list[str]]:
    """Cut where first-level numbering restarts at 一、 after having reached 二、 or more."""
    parts: list[list[str]] = [[]]
    top = 0
    for line in lines:
        m = _LEVEL1.match(line)
        if m:
            n = _cn_value(m.group(1))
            if n == 1 and top >= 2:
                current = parts[-1]
                moved: list[str] = []
                body = [i for i, l in enumerate(current) if l.strip()]
                if body:
                    last = current[body[-1]]
                    before = current[body[-2]] if len(body) > 1 else ""
                    after_heading = bool(_LEVEL1.match(before) or _LEVEL2.match(before))
                    if (
                        not _NUMBERED.match(last)
                        and not after_heading
                        and (_NUMBERED.match(before) or _PREAMBLE_HINT.search(last))
                    ):
                        moved = current[body[-1]:]
                        del current[body[-1]:]
                parts.append(moved)
                top = 0
            top = max(top, n)
        parts[-1].append(line)
    return [p for p in parts if any(l.strip() for l in p)]


def _title_line(lines: list[str]) -> tuple[str, list[str]]:
    """Take a leading title line ('2023年学校工会工作计划') off a plan, if there is one."""
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        s = line.strip()
        if len(s) <= 40 and _TITLE_LIKE.search(s) and not _NUMBERED.match(s) and not re.search(r"[。；，]$", s):
            return s, lines[i + 1 :]
        break
    return "", lines


def split_plans(text: str, fallback_title: str) -> list[RawPlan]:
    """Split a file into its plans (篇1…, <一>…, or numbering restarts), each with a distinct title."""
    lines = strip_chrome(text).split("\n")
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        title = _marker(line.strip())
        if title is not None:
            segments.append((title, []))
        else:
            segments[-1][1].append(line)
    head_title, head_lines = segments[0]
    head_text = "\n".join(head_lines)
    # Text before the first marker is a plan only if it has structure or substance (else: page title).
    if len(segments) > 1 and not (_has_level1(head_lines) or len(head_text.strip()) > 200):
        segments = segments[1:]

    pieces: list[tuple[str, list[str]]] = []  # (marker title or "", lines)
    for marker_title, seg_lines in segments:
        for j, part in enumerate(_split_headless(seg_lines)):
            pieces.append(((marker_title or "") if j == 0 else "", part))

    base = _base_title(segments, fallback_title)
    plans: list[RawPlan] = []
    seen: set[str] = set()
    for position, (marker_title, part) in enumerate(pieces, start=1):
        own_title, body = _title_line(part)
        if marker_title and not marker_title.startswith("（"):
            title = marker_title
        elif marker_title:
            title = f"{own_title or base}{marker_title}"
        elif own_title:
            title = own_title
        elif len(pieces) > 1:
            title = f"{base}（篇{position}）"
        else:
            title = base
        body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
        if not body_text:
            continue
        title = _distinct(title, seen)
        plans.append(RawPlan(title=title, text=body_text))
    return plans


def _has_level1(lines: list[str]) -> bool:
    return any(_LEVEL1.match(l.strip()) for l in lines)


def _base_title(segments: list[tuple[str | None, list[str]]], fallback: str) -> str:
    """A title for headless plans: the markers' common title without its number, else the fallback."""
    for title, _ in segments:
        if title and not title.startswith("（"):
            return re.sub(r"（[^（）]*）$", "", title).strip() or fallback
    return fallback or "工作计划"


def _distinct(title: str, seen: set[str]) -> str:
    candidate, n = title, 2
    while candidate in seen:
        candidate = f"{title}（{n}）"
        n += 1
    seen.add(candidate)
    return candidate
