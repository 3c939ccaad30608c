"""Render plan blocks as a .docx laid out like a 公文 (GB/T 9704-2012): A4, set margins, fonts and line pitch."""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import IO

from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from assistant.domain.blocks import Block, Heading, Paragraph, Signature, Table, Title
from assistant.export.layout import (
    BODY_SIZE,
    LINE_PITCH,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    PAGE_WIDTH_MM,
    TABLE_SIZE,
    TITLE_LINE_PITCH,
    TITLE_SIZE,
    set_fonts,
    set_up_defaults,
    set_up_page,
    style_run,
)
from assistant.export.markdown import safe_blocks
from assistant.settings import Settings

# XML 1.0 forbids C0 controls (except tab, LF, CR), lone surrogates and U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Remove characters that cannot appear in a .docx (control characters, NUL, lone surrogates)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_XML.sub("", text)


def docx_bytes(blocks: list[Block], settings: Settings) -> bytes:
    """Render blocks to .docx and return the file's bytes (for a download button)."""
    buffer = io.BytesIO()
    write_docx(blocks, buffer, settings)
    return buffer.getvalue()


def write_docx(blocks: list[Block], path_or_stream: str | os.PathLike | IO[bytes], settings: Settings) -> None:
    """Render blocks to a .docx file (written atomically) or into a binary stream."""
    document = _build(blocks, settings)
    if isinstance(path_or_stream, (str, os.PathLike)):
        target = Path(path_or_stream)
        # Write beside the target then rename, so a crash never leaves a half-written file under the real name.
        handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".docx", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                document.save(stream)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    else:
        document.save(path_or_stream)


def _build(blocks: list[Block], settings: Settings) -> DocxDocument:
    blocks = safe_blocks(blocks)  # the same sanitiser as the Markdown file: no links, HTML, control or bidi characters
    document = new_document()
    set_up_defaults(document, settings)
    set_up_page(document)
    title = ""
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, Title):
            title = title or clean_text(block.text).strip()
            _add_title(document, block, settings)
        elif isinstance(block, Heading):
            _add_heading(document, block, settings)
        elif isinstance(block, Paragraph):
            _add_body(document, clean_text(block.text), settings)
        elif isinstance(block, Table):
            _add_table(document, block, settings)
        elif isinstance(block, Signature):
            _add_signature(document, block, settings)
        previous = block
    if isinstance(previous, Table):
        # Word needs a paragraph after a final table; keep it small and empty.
        _add_body(document, "", settings, indent=False)
    properties = document.core_properties
    properties.title = title
    properties.language = "zh-CN"
    properties.author = ""
    properties.comments = ""
    return document


# ---- blocks ---------------------------------------------------------------------------------


def _paragraph(document: DocxDocument, text: str, east_asia: str, size: float, bold: bool = False) -> DocxParagraph:
    paragraph = document.add_paragraph()
    if text:
        style_run(paragraph.add_run(text), east_asia, size, bold)
    else:
        # An empty paragraph takes its height from the paragraph mark's font, so give the mark one.
        mark = OxmlElement("w:rPr")
        set_fonts(mark, east_asia)
        for tag in ("w:sz", "w:szCs"):
            size_element = OxmlElement(tag)
            size_element.set(qn("w:val"), str(int(size * 2)))
            mark.append(size_element)
        paragraph._p.get_or_add_pPr().append(mark)
    paragraph_format = paragraph.paragraph_format
    paragraph_format.space_before = Pt(0)
    paragraph_format.space_after = Pt(0)
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = Pt(LINE_PITCH)
    return paragraph


def _indent_two_chars(paragraph: DocxParagraph, size: float = BODY_SIZE) -> None:
    paragraph.paragraph_format.first_line_indent = Pt(2 * size)
    # firstLineChars keeps the indent at two characters even if the reader changes the font size.
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    ind.set(qn("w:firstLineChars"), "200")


def _outline_level(paragraph: DocxParagraph, level: int) -> None:
    """Mark a heading for Word's navigation pane without using the theme-coloured built-in heading styles."""
    p_pr = paragraph._p.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(max(0, min(level, 9))))
    # Schema order: outlineLvl sits after jc/textAlignment; appending before rPr keeps Word happy.
    r_pr = p_pr.find(qn("w:rPr"))
    if r_pr is not None:
        r_pr.addprevious(outline)
    else:
        p_pr.append(outline)


# Where a long title may break into two lines, in order of preference (GB/T 9704-2012 7.3.3: a title that needs two
# lines breaks where the words allow, the lines balanced, set as a trapezoid or diamond).
_TITLE_BREAKS = (("工会工作计划", "before"), ("第一学期", "before"), ("第二学期", "before"), ("学年", "after"),
                 ("年", "after"), ("20", "before"))


def title_lines(title: str, width_em: float) -> list[str]:
    """The title as one line, or two balanced lines broken at a natural place when it is wider than a line.

    >>> title_lines("青禾区育才小学2026—2027学年第二学期工会工作计划", 19.0)
    ['青禾区育才小学2026—2027学年', '第二学期工会工作计划']
    """
    if _display_width(title) <= width_em:
        return [title]
    candidates = []
    for word, side in _TITLE_BREAKS:
        at = title.find(word)
        if at <= 0:
            continue
        cut = at if side == "before" else at + len(word)
        first, second = title[:cut], title[cut:]
        if first and second and max(_display_width(first), _display_width(second)) <= width_em:
            # Balanced lines first; a longer first line (a trapezoid) beats a longer second one.
            gap = abs(_display_width(first) - _display_width(second))
            candidates.append((gap + (0.5 if _display_width(second) > _display_width(first) else 0), cut))
    cut = min(candidates)[1] if candidates else len(title) // 2
    return [title[:cut], title[cut:]]


def _add_title(document: DocxDocument, block: Title, settings: Settings) -> None:
    width_em = Mm(PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / Pt(TITLE_SIZE)
    lines = title_lines(clean_text(block.text).strip(), width_em - 1.0)  # a character's slack for wider fallback fonts
    paragraph = _paragraph(document, lines[0], settings.font_title, TITLE_SIZE)
    for line in lines[1:]:
        run = paragraph.add_run()
        run.add_break()
        style_run(run, settings.font_title, TITLE_SIZE)
        style_run(paragraph.add_run(line), settings.font_title, TITLE_SIZE)
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    paragraph.paragraph_format.line_spacing = Pt(TITLE_LINE_PITCH)
    _outline_level(paragraph, 0)
    _paragraph(document, "", settings.font_body, BODY_SIZE)  # the customary blank line under the title


def _add_heading(document: DocxDocument, block: Heading, settings: Settings) -> None:
    text = clean_text(block.text).strip()
    if block.level <= 1:
        paragraph = _paragraph(document, text, settings.font_heading1, BODY_SIZE)
    elif block.level == 2:
        paragraph = _paragraph(document, text, settings.font_heading2, BODY_SIZE)
    else:
        # Third and fourth levels (1. / （1）) are set in the body font, as GB/T 9704 prescribes.
        paragraph = _paragraph(document, text, settings.font_body, BODY_SIZE)
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.JUSTIFY
    paragraph.paragraph_format.keep_with_next = True
    _indent_two_chars(paragraph)
    _outline_level(paragraph, block.level)


def _add_body(document: DocxDocument, text: str, settings: Settings, indent: bool = True) -> None:
    paragraph = _paragraph(document, text.strip(), settings.font_body, BODY_SIZE)
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.JUSTIFY
    if indent:
        _indent_two_chars(paragraph)


def _add_signature(document: DocxDocument, block: Signature, settings: Settings) -> None:
    _paragraph(document, "", settings.font_body, BODY_SIZE)
    for line in block.lines:
        paragraph = _paragraph(document, clean_text(line).strip(), settings.font_body, BODY_SIZE)
        paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
        # 落款 sits a little in from the right margin rather than flush against it.
        paragraph.paragraph_format.right_indent = Pt(2 * BODY_SIZE)


def _display_width(text: str) -> float:
    """Width of text in em: CJK characters count one, Latin letters and digits about a half."""
    return sum(1.0 if unicodedata.east_asian_width(char) in "WFA" else 0.55 for char in text)


def _column_widths(table: Table, total: int) -> list[int]:
    """Column widths (EMU) proportional to content, so a 月份 column stays narrow and 工作内容 gets the room."""
    columns = max([len(table.header)] + [len(row) for row in table.rows] or [1])
    longest: list[float] = []
    for index in range(columns):
        cells = [row[index] for row in (table.header, *table.rows) if index < len(row)]
        longest.append(max([_display_width(clean_text(cell)) for cell in cells] or [1.0]))
    em = Pt(TABLE_SIZE)
    padding = Pt(12)  # Word's default left+right cell margins are about 0.19 cm each
    minimums = []
    for index in range(columns):
        header_width = _display_width(table.header[index]) if index < len(table.header) else 1.0
        # Short columns (月份, 负责人) must fit their longest entry on one line; long ones wrap anyway.
        natural = max(header_width, min(longest[index], 6.0), 2.0) + 0.5  # slack for wider fallback fonts
        minimums.append(min(int(natural * em + padding), total // columns))
    weights = [min(width, 30.0) + 1.0 for width in longest]
    widths = [int(total * weight / sum(weights)) for weight in weights]
    # Raise any column below its minimum, taking the room from the widest column(s).
    for _ in range(columns):
        short = [i for i in range(columns) if widths[i] < minimums[i]]
        if not short:
            break
        for i in short:
            need = minimums[i] - widths[i]
            widest = max(range(columns), key=lambda j: widths[j] - minimums[j])
            give = min(need, widths[widest] - minimums[widest])
            widths[widest] -= give
            widths[i] += give
    return widths


def _add_table(document: DocxDocument, block: Table, settings: Settings) -> None:
    header = tuple(clean_text(cell).strip() for cell in block.header)
    rows = [tuple(clean_text(cell).strip() for cell in row) for row in block.rows]
    columns = max([len(header)] + [len(row) for row in rows] or [1])
    if columns == 0:
        return
    total = Mm(PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM)
    widths = _column_widths(Table(header, tuple(rows)), int(total))
    table = document.add_table(rows=1 + len(rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # fixed layout: Word keeps our widths instead of re-flowing them
    _set_table_width(table, sum(widths))
    narrow = [
        max([_display_width(row[i]) for row in [header, *rows] if i < len(row)] or [0]) <= 6 for i in range(columns)
    ]
    for row_index, values in enumerate([header, *rows]):
        row = table.rows[row_index]
        _keep_row_together(row)
        if row_index == 0:
            _repeat_header(row)
        for column in range(columns):
            cell = row.cells[column]
            cell.width = Emu(widths[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            text = values[column] if column < len(values) else ""
            if text:
                style_run(paragraph.add_run(text), settings.font_body, TABLE_SIZE, bold=row_index == 0)
            paragraph_format = paragraph.paragraph_format
            paragraph_format.space_before = Pt(0)
            paragraph_format.space_after = Pt(0)
            paragraph_format.first_line_indent = Pt(0)
            paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            if row_index == 0 or narrow[column]:
                paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
            else:
                paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.LEFT
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)


def _set_table_width(table, width_emu: int) -> None:
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        table._tbl.tblPr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(Emu(width_emu).twips)))


def _repeat_header(row) -> None:
    """Repeat the header row at the top of each page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _keep_row_together(row) -> None:
    """A row never splits across two pages (w:cantSplit)."""
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    tr_pr.append(cant_split)
