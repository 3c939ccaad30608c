"""Statute texts as one passage per article, and a LawBook answering which laws and articles exist."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.domain.citations import LAW_CITATION, article_tokens
from assistant.domain.numerals import normalize_article, short_law_name
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, Passage
from assistant.loading.chunking import classify_topic
from assistant.loading.cleaning import normalize

INFO_END = "<!-- INFO END -->"

_ARTICLE = re.compile(r"^第([零一二三四五六七八九十百千〇两\d]+)条(?:[ \u3000]+|$)(.*)$")
_CHAPTER = re.compile(r"^##\s+(第[零一二三四五六七八九十百千\d]+章)\s*(.*)$")
_SECTION = re.compile(r"^###\s+(第[零一二三四五六七八九十百千\d]+节)\s*(.*)$")
_APPENDIX = re.compile(r"^附(录|件)\s*[一二三四五六七八九十\d]*\s*[:：]?\s*$")


def _tidy_heading(label: str, name: str) -> str:
    # "第一章 总 则" → "第一章 总则": spaces inside short names are typesetting, not words.
    name = re.sub(r"\s+", "", name)
    return f"{label} {name}".strip()


def parse_statute(text: str, source: str) -> list[Passage]:
    """One passage per article (kind=law); a digest file gives one passage per `##` heading (kind=digest)."""
    text = normalize(text)
    title_match = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    raw_title = title_match.group(1).strip() if title_match else Path(source).stem
    if "摘编" in raw_title or "摘编" in source or (INFO_END not in text and not _ARTICLE.search(text)):
        return _parse_digest(text, source, raw_title)
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
    chapters: dict[str, set[str]] = field(default_factory=dict)  # short law → its chapters (第一章, 第二章 …)
    sections: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # short law → chapter → its 节
    appendix_items: dict[str, int] = field(default_factory=dict)  # short law → items of its appendix (一、二、…)
    article_chapters: dict[str, dict[str, str]] = field(default_factory=dict)  # short law → article → its chapter

    @classmethod
    def from_passages(cls, passages) -> LawBook:
        """Build from law and digest passages (other kinds are ignored)."""
        book = cls()
        for p in passages:
            if p.kind == KIND_LAW:
                law = short_law_name(p.law or p.title)
                book.titles.setdefault(law, p.title)
                if p.article:
                    book.articles.setdefault(law, {})[p.article] = p.text
                if p.chapter:
                    chapter = p.chapter.split()[0]
                    book.chapters.setdefault(law, set()).add(chapter)
                    if p.article:
                        book.article_chapters.setdefault(law, {})[p.article] = chapter
                    parts = [part.split()[0] for part in p.section.split(" > ") if part.startswith("第") and "节" in part.split()[0]]
                    if parts:
                        book.sections.setdefault(law, {}).setdefault(chapter, set()).add(parts[0])
                if p.article == "附录":
                    book.appendix_items[law] = len(re.findall(r"^[一二三四五六七八九十]+、", p.text, re.MULTILINE))
            elif p.kind == KIND_DIGEST:
                law = short_law_name(p.law or p.title)
                book.titles.setdefault(law, p.title)
                book.digests.add(law)
        return book

    @classmethod
    def from_dir(cls, policy_dir: Path) -> LawBook:
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

    def unknown_citations(self, text: str) -> list[str]:
        """Articles a text cites that cannot be verified: of a law not in the book, or missing from a law that is.

        A digest has no articles of its own, so an article number cited from it is not checked here.
        """
        unknown = []
        for m in LAW_CITATION.finditer(text):
            law, tokens = m.group(1).strip(), article_tokens(m.group(2) or "")
            if not self.has_law(law):
                unknown += [f"《{law}》{token}" for _, _, token in tokens]
            elif not self.is_digest(law):
                unknown += [f"《{law}》{token}" for _, _, token in tokens if not self.has_article(law, token)]
        return unknown

    def chapter_count(self, law: str) -> int:
        """How many chapters (章) the law has; 0 when it is not divided into chapters or not in the book."""
        return len(self.chapters.get(self._key(law), ()))

    def section_count(self, law: str, chapter: str) -> int:
        """How many sections (节) a chapter (第五章) of the law has; 0 when it has none or is unknown."""
        return len(self.sections.get(self._key(law), {}).get(chapter, ()))

    def chapter_of(self, law: str, article: str) -> str:
        """The chapter (第四章) an article (第二十一条) of the law stands in; "" when unknown or not in chapters."""
        return self.article_chapters.get(self._key(law), {}).get(article, "")

    def appendix_count(self, law: str) -> int:
        """How many numbered items (一、二、…) the law's appendix has; 0 when it has none."""
        return self.appendix_items.get(self._key(law), 0)

    def article_texts(self, law: str) -> list[str]:
        """The wording of every article of a law, in the book's order (empty for an unknown law)."""
        return list(self.articles.get(self._key(law), {}).values())

    def laws(self) -> list[str]:
        """Short names of all laws and digests in the book."""
        return sorted(self.titles)

    def title(self, law: str) -> str | None:
        """Full title (中华人民共和国工会法) of a law, or None."""
        return self.titles.get(self._key(law))

    def is_digest(self, law: str) -> bool:
        """True when the law is only present as our own digest (never quote it as official text)."""
        return self._key(law) in self.digests
