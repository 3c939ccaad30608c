"""Statute texts as one passage per article, and a LawBook answering which laws and articles exist."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.passages import KIND_DIGEST, KIND_LAW, Passage

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_CN_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}

INFO_END = "<!-- INFO END -->"
COUNTRY_PREFIX = "中华人民共和国"

_ARTICLE = re.compile(r"^第([零一二三四五六七八九十百千〇两\d]+)条(?:[ \u3000]+|$)(.*)$")
_CHAPTER = re.compile(r"^##\s+(第[零一二三四五六七八九十百千\d]+章)\s*(.*)$")
_SECTION = re.compile(r"^###\s+(第[零一二三四五六七八九十百千\d]+节)\s*(.*)$")
_APPENDIX = re.compile(r"^附(录|件)\s*[一二三四五六七八九十\d]*\s*[:：]?\s*$")


def cn_number(n: int) -> str:
    """Chinese numeral as used in article numbers: 11→十一, 20→二十, 101→一百零一."""
    if n < 0 or n >= 10000:
        raise ValueError(f"out of range: {n}")
    if n < 10:
        return _DIGITS[n]
    out = ""
    rest = n
    need_zero = False
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if need_zero:
                out += "零"
            # 10–19 read 十一, not 一十一, when it is the leading part.
            out += ("" if (value == 10 and digit == 1 and not out) else _DIGITS[digit]) + unit
            need_zero = False
        elif out:
            need_zero = True
    if rest:
        if need_zero:
            out += "零"
        out += _DIGITS[rest]
    return out


def parse_cn_number(s: str) -> int:
    """Parse 十一 / 一百零一 / 21 into an int; raises ValueError when it is not a number."""
    s = s.strip()
    if not s:
        raise ValueError("empty")
    if s.isdigit():
        return int(s)
    total, digit = 0, None
    for ch in s:
        if ch in _CN_VALUES:
            digit = _CN_VALUES[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {s}")
    return total + (digit or 0)


def short_law_name(name: str) -> str:
    """工会法 from 《中华人民共和国工会法》 or 中华人民共和国工会法."""
    name = re.sub(r"[《》〈〉\s]", "", name)
    name = re.sub(r"（[^（）]*）$|\([^()]*\)$", "", name)  # trailing "(2021修正)"
    if name.startswith(COUNTRY_PREFIX):
        name = name[len(COUNTRY_PREFIX):]
    return name


def normalize_article(article: str) -> str:
    """第11条 / 十一 / 11 → 第十一条; '' when it is not an article number."""
    a = re.sub(r"\s", "", article)
    m = re.fullmatch(r"第?([零一二三四五六七八九十百千〇两\d]+)条?", a)
    if not m:
        return ""
    try:
        return f"第{cn_number(parse_cn_number(m.group(1)))}条"
    except ValueError:
        return ""


def _tidy_heading(label: str, name: str) -> str:
    # "第一章 总 则" → "第一章 总则": spaces inside short names are typesetting, not words.
    name = re.sub(r"\s+", "", name)
    return f"{label} {name}".strip()


def parse_statute(text: str, source: str) -> list[Passage]:
    """One passage per article (kind=law); a digest file gives one passage per `##` heading (kind=digest)."""
    from assistant.cleaning import normalize

    text = normalize(text)
    title_match = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    raw_title = title_match.group(1).strip() if title_match else Path(source).stem
    if "摘编" in raw_title or "摘编" in source or (INFO_END not in text and not _ARTICLE.search(text)):
        return _parse_digest(text, source, raw_title)
    from assistant.chunking import classify_topic

    title = re.sub(r"[《》]", "", raw_title)
    law = short_law_name(title)
    body = text.split(INFO_END, 1)[1] if INFO_END in text else text[title_match.end():] if title_match else text
    passages: list[Passage] = []
    chapter = section = ""
    article = ""
    lines: list[str] = []

    def flush() -> None:
        if article and lines:
            path = " > ".join(p for p in (chapter, section, article) if p)
            article_text = "\n".join(lines).strip()
            passages.append(
                Passage(
                    text=article_text,
                    source=source,
                    title=title,
                    section=path,
                    topic=classify_topic("", article_text),
                    kind=KIND_LAW,
                    law=law,
                    chapter=chapter,
                    article=article,
                )
            )

    for raw in body.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if m := _CHAPTER.match(line):
            flush()
            article, lines = "", []
            chapter, section = _tidy_heading(m.group(1), m.group(2)), ""
            continue
        if m := _SECTION.match(line):
            flush()
            article, lines = "", []
            section = _tidy_heading(m.group(1), m.group(2))
            continue
        if _APPENDIX.match(line):
            flush()
            chapter, section = "", ""
            article, lines = "附录", ["附录"]
            continue
        if m := _ARTICLE.match(line):
            flush()
            article = normalize_article(m.group(1)) or f"第{m.group(1)}条"
            rest = m.group(2).strip()
            lines = [f"{article} {rest}".strip()]
            continue
        if line.startswith("#"):
            continue
        if article:
            lines.append(line)
    flush()
    return passages


def _parse_digest(text: str, source: str, raw_title: str) -> list[Passage]:
    """A digest in our own words: passages by `##` heading, always marked kind=digest."""
    from assistant.chunking import classify_topic

    name = re.search(r"《([^》]+)》", raw_title)
    title = name.group(1) if name else re.sub(r"要点摘编|摘编", "", raw_title).strip(" -—")
    passages: list[Passage] = []
    heading = "来源与说明"
    lines: list[str] = []

    def flush() -> None:
        body = "\n".join(lines).strip()
        if body:
            passages.append(
                Passage(
                    text=f"{heading}\n{body}",
                    source=source,
                    title=title,
                    section=heading,
                    topic=classify_topic(heading, body),
                    kind=KIND_DIGEST,
                    law=title,
                )
            )

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if line.startswith("# "):
            continue
        if line.startswith("## "):
            flush()
            heading, lines = line[3:].strip(), []
            continue
        if line:
            lines.append(line)
    flush()
    return passages


@dataclass
class LawBook:
    """Which laws and articles exist in the shipped policy texts, and their wording."""

    articles: dict[str, dict[str, str]] = field(default_factory=dict)  # short law → article → text
    titles: dict[str, str] = field(default_factory=dict)  # short law → full title
    digests: set[str] = field(default_factory=set)

    @classmethod
    def from_passages(cls, passages) -> "LawBook":
        """Build from law and digest passages (other kinds are ignored)."""
        book = cls()
        for p in passages:
            if p.kind == KIND_LAW:
                law = short_law_name(p.law or p.title)
                book.titles.setdefault(law, p.title)
                if p.article:
                    book.articles.setdefault(law, {})[p.article] = p.text
            elif p.kind == KIND_DIGEST:
                law = short_law_name(p.law or p.title)
                book.titles.setdefault(law, p.title)
                book.digests.add(law)
        return book

    @classmethod
    def from_dir(cls, policy_dir: Path) -> "LawBook":
        """Build from the .md statute files of a directory."""
        passages: list[Passage] = []
        for path in sorted(Path(policy_dir).glob("*.md")):
            if path.name.upper().startswith(("README", "SOURCES")):
                continue
            passages.extend(parse_statute(path.read_text(encoding="utf-8"), f"policy/{path.name}"))
        return cls.from_passages(passages)

    def _key(self, name: str) -> str:
        return short_law_name(name)

    def has_law(self, name: str) -> bool:
        """True for 工会法, 中华人民共和国工会法 or 《工会法》 when that law is in the book."""
        return self._key(name) in self.titles

    def has_article(self, law: str, article: str) -> bool:
        """True when the law has that article (第十一条 or 第11条)."""
        return self.article_text(law, article) is not None

    def article_text(self, law: str, article: str) -> str | None:
        """The article's wording, or None."""
        key = normalize_article(article) or article
        return self.articles.get(self._key(law), {}).get(key)

    def laws(self) -> list[str]:
        """Short names of all laws and digests in the book."""
        return sorted(self.titles)

    def title(self, law: str) -> str | None:
        """Full title (中华人民共和国工会法) of a law, or None."""
        return self.titles.get(self._key(law))

    def is_digest(self, law: str) -> bool:
        """True when the law is only present as our own digest (never quote it as official text)."""
        return self._key(law) in self.digests
