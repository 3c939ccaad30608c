"""Markdown from plan blocks, and blocks back from Markdown (what render wrote, or a user's light edits)."""

from __future__ import annotations

import re

from assistant.domain.blocks import Block, Heading, Paragraph, Signature, Table, Title
from assistant.export.sanitize import clean_chars, sanitize

# Files written before the 落款 was recognised by its shape carry this marker; parse still honours it.
SIGNATURE_MARK = "<!-- 落款 -->"
_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_ITEM = re.compile(r"^[-*+]\s+")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4}|20[xX×]{2})\s*年.{1,6}月(?:.{1,4}日)?\s*$")
_HARD_BREAK = "  \n"  # two trailing spaces: a Markdown line break that is no character of the text
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…—]")
# Markdown and HTML-significant characters, escaped in the app preview so text shows literally.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")
# Characters that would make a paragraph's first line read as other Markdown.
_SPECIAL_START = ("#", "|", "-", "*", "+", ">", "\\", "<", "=")


def escape_markdown(text: str) -> str:
    """Escape every Markdown/HTML-significant character so `st.markdown` shows the text literally."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def md_text(text: str) -> str:
    """Escaped text whose line breaks survive Markdown rendering (hard breaks, blank lines kept); control, bidi and
    zero-width characters removed (assistant.export.sanitize)."""
    return escape_markdown(clean_chars(text)).replace("\n", "  \n")


def safe_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with every piece of text sanitised: no images, links, raw HTML, control or bidi characters."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, (Title, Paragraph)):
            out.append(type(block)(sanitize(block.text)))
        elif isinstance(block, Heading):
            out.append(Heading(sanitize(block.text), block.level))
        elif isinstance(block, Table):
            out.append(Table(tuple(sanitize(str(c)) for c in block.header),
                             tuple(tuple(sanitize(str(c)) for c in row) for row in block.rows)))
        elif isinstance(block, Signature):
            out.append(Signature(tuple(sanitize(line) for line in block.lines)))
    return out


def _escape_start(line: str) -> str:
    return "\\" + line if line.startswith(_SPECIAL_START) else line


def _unescape_start(line: str) -> str:
    if len(line) >= 2 and line[0] == "\\" and line[1] in "".join(_SPECIAL_START):
        return line[1:]
    return line


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render(blocks: list[Block], *, preview: bool = False) -> str:
    """Markdown: `# ` title, `## 一、…`, `### （一）…`, blank-line paragraphs, pipe tables, 落款 lines last.

    The file holds no HTML (no comment marks the 落款: parse knows it by its shape, a last block of short lines
    ending in a date). Its lines end in a hard break so a Markdown viewer shows them one under the other.
    `preview` renders for the app instead of a file: every piece of text escaped (nothing a model or an upload wrote
    can become a link, an image or HTML), the title and headings as small headings.
    """
    blocks = safe_blocks(blocks)
    if preview:
        return _preview(blocks)
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Title):
            parts.append(f"# {block.text}")
        elif isinstance(block, Heading):
            parts.append(f"{'#' * (min(max(block.level, 1), 5) + 1)} {block.text}")
        elif isinstance(block, Paragraph):
            # A line break inside a paragraph becomes a Markdown hard break (trailing backslash).
            lines = [_escape_start(line) for line in block.text.split("\n")]
            parts.append("\\\n".join(lines))
        elif isinstance(block, Table):
            rows = [block.header, tuple("---" for _ in block.header), *block.rows]
            parts.append("\n".join("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows))
        elif isinstance(block, Signature):
            parts.append(_HARD_BREAK.join(_escape_start(line) for line in block.lines))
    return "\n\n".join(parts) + "\n"


def _preview(blocks: list[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Title):
            out.append(f"### {escape_markdown(block.text)}")
        elif isinstance(block, Heading):
            out.append(f"**{escape_markdown(block.text)}**")
        elif isinstance(block, Paragraph):
            out.append(md_text(block.text))
        elif isinstance(block, Table):
            rows = [block.header, *block.rows]
            lines = ["| " + " | ".join(escape_markdown(str(c)).replace("\n", " ") for c in row) + " |" for row in rows]
            out.append("\n".join([lines[0], "|" + " --- |" * len(block.header), *lines[1:]]))
        elif isinstance(block, Signature):
            out.append("  \n".join(md_text(line) for line in block.lines))
    return "\n\n".join(out)


def _split_cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells, current, i = [], "", 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] in "|\\":
            current += line[i + 1]
            i += 2
            continue
        if ch == "|":
            cells.append(current.strip())
            current = ""
        else:
            current += ch
        i += 1
    cells.append(current.strip())
    return cells


def _join(lines: list[str]) -> str:
    """Join a paragraph's source lines: hard breaks keep a newline; soft wraps join (no space between CJK)."""
    text = ""
    for i, raw in enumerate(lines):
        last = i == len(lines) - 1
        hard = not last and (raw.endswith("\\") or raw.endswith("  "))
        line = raw[:-1] if hard and raw.endswith("\\") else raw
        line = _unescape_start(line.strip())
        if i == 0:
            text = line
        elif text.endswith("\n") or not text or not line or _CJK.match(line[0]) or _CJK.match(text[-1]):
            text += line
        else:
            text += " " + line
        if hard:
            text += "\n"
    return text


def _is_signature(lines: list[str], is_last: bool) -> bool:
    # The 落款 is the last block: two to four lines (the union's full name, the date), none a sentence, the last a date.
    if any(l.endswith("\\") or l.endswith(("。", "；", "，")) for l in lines):
        return False
    return is_last and 1 < len(lines) <= 4 and all(len(l) <= 80 for l in lines) and bool(_DATE_LINE.match(lines[-1]))


def parse(md: str) -> list[Block]:
    """Blocks from Markdown; parse(render(blocks)) == blocks."""
    lines = md.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Group into chunks separated by blank lines; headings are chunks of their own.
    chunks: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                chunks.append(current)
                current = []
            continue
        if _HEADING.match(stripped) and not stripped.startswith("\\"):
            if current:
                chunks.append(current)
            chunks.append([stripped])
            current = []
            continue
        current.append(line.rstrip("\n"))
    if current:
        chunks.append(current)

    blocks: list[Block] = []
    for index, chunk in enumerate(chunks):
        first = chunk[0].strip()
        is_last = index == len(chunks) - 1
        heading = _HEADING.match(first) if not first.startswith("\\") else None
        if heading and len(chunk) == 1:
            level = len(heading.group(1))
            text = heading.group(2)
            blocks.append(Title(text) if level == 1 else Heading(text, level - 1))
        elif first == SIGNATURE_MARK:
            blocks.append(Signature(tuple(_unescape_start(l.strip()) for l in chunk[1:] if l.strip())))
        elif first.startswith("<!--") and first.endswith("-->") and len(chunk) == 1:
            continue  # other HTML comments are notes, not content
        elif first.startswith("|"):
            blocks.extend(_table(chunk))
        elif _is_signature([l.strip() for l in chunk], is_last):
            blocks.append(Signature(tuple(_unescape_start(l.strip()) for l in chunk)))
        elif len(chunk) > 1 and all(_LIST_ITEM.match(l.strip()) or re.match(r"^\d+[.、]", l.strip()) for l in chunk):
            # A tight list a user typed: one paragraph per item ("- " bullets dropped, numbers kept).
            blocks.extend(Paragraph(_LIST_ITEM.sub("", l.strip(), count=1)) for l in chunk)
        elif _LIST_ITEM.match(first) and len(chunk) == 1:
            blocks.append(Paragraph(_LIST_ITEM.sub("", first, count=1)))
        else:
            blocks.append(Paragraph(_join(chunk)))
    return blocks


def _table(chunk: list[str]) -> list[Block]:
    rows = [_split_cells(l) for l in chunk if l.strip().startswith("|") and not _TABLE_RULE.match(l.strip())]
    rest = [l for l in chunk if not l.strip().startswith("|")]
    if not rows:
        return [Paragraph(_join(chunk))]
    header = tuple(rows[0])
    width = len(header)
    body = tuple(tuple((r + [""] * width)[:width]) for r in rows[1:])
    out: list[Block] = [Table(header=header, rows=body)]
    if rest:
        out.append(Paragraph(_join(rest)))
    return out
