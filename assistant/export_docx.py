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
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Emu
from docx.text.paragraph import Paragraph as DocxParagraph

from .blocks import Block, Heading, Paragraph, Signature, Table, Title
from .settings import Settings

# Western glyphs (digits, Latin letters) inside Chinese text are set in Times New Roman, as is customary.
LATIN_FONT = "Times New Roman"
PAGE_NUMBER_FONT = "宋体"

BODY_SIZE = 16.0  # 三号
TITLE_SIZE = 22.0  # 二号
TABLE_SIZE = 14.0  # 四号
PAGE_NUMBER_SIZE = 14.0  # 四号
LINE_PITCH = 28.9  # 22 lines in the 225 mm type area
TITLE_LINE_PITCH = 36.0  # a 22 pt title would be clipped at 28.9 pt exact spacing

PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
MARGIN_TOP_MM = 37
MARGIN_BOTTOM_MM = 35
MARGIN_LEFT_MM = 28
MARGIN_RIGHT_MM = 26
# The page number's top sits about 7 mm under the type area: 35 mm margin − 7 mm − one 14 pt line (≈ 6 mm).
FOOTER_DISTANCE_MM = 22

# Fonts a Chinese Word falls back to when the preferred 公文 font is not installed.
_FALLBACKS = {
    "方正小标宋简体": "宋体",
    "方正小标宋_GBK": "宋体",
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "仿宋": "仿宋_GB2312",
    "楷体": "楷体_GB2312",
}

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
    document = new_document()
    _set_up_defaults(document, settings)
    _set_up_page(document)
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


# ---- document-wide set-up -------------------------------------------------------------------


def _set_fonts(r_pr, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Name the fonts explicitly: East Asian text must not fall back to the theme (Japanese) font."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def _set_lang(r_pr) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def _set_up_defaults(document: DocxDocument, settings: Settings) -> None:
    styles_root = document.styles.element
    r_pr_default = styles_root.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr_default is not None:
        _set_fonts(r_pr_default, settings.font_body)
        _set_lang(r_pr_default)
        for tag in ("w:sz", "w:szCs"):
            element = r_pr_default.find(qn(tag))
            if element is not None:
                element.set(qn("w:val"), str(int(BODY_SIZE * 2)))
    p_pr_default = styles_root.find(qn("w:docDefaults") + "/" + qn("w:pPrDefault") + "/" + qn("w:pPr"))
    if p_pr_default is not None:
        spacing = p_pr_default.find(qn("w:spacing"))
        if spacing is not None:
            p_pr_default.remove(spacing)

    # Other template styles (header, footer, table) name theme fonts too; theme fonts would win over names.
    for fonts in styles_root.iter(qn("w:rFonts")):
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)

    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    normal_r_pr = normal.element.get_or_add_rPr()
    _set_fonts(normal_r_pr, settings.font_body)
    _set_lang(normal_r_pr)
    normal_format = normal.paragraph_format
    normal_format.space_before = Pt(0)
    normal_format.space_after = Pt(0)
    normal_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal_format.line_spacing = Pt(LINE_PITCH)
    normal_format.widow_control = False  # 公文 keep a fixed 22-line grid; widow control breaks it

    # Word reads this to decide the language of East Asian text typed later; the template says Japanese.
    settings_root = document.settings.element
    theme_lang = settings_root.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
    _declare_fonts(document, settings)
    # Word 2010 reads its own copy of the styles from stylesWithEffects, still with Japanese defaults.
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rel_id)


def _declare_fonts(document: DocxDocument, settings: Settings) -> None:
    """List the Chinese fonts in the font table with GB2312 charset and a fallback name (w:altName)."""
    font_table = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            font_table = rel.target_part
    if font_table is None:
        return
    from lxml import etree

    root = etree.fromstring(font_table.blob)
    existing = {font.get(qn("w:name")) for font in root.findall(qn("w:font"))}
    names = [settings.font_title, settings.font_heading1, settings.font_heading2, settings.font_body, PAGE_NUMBER_FONT]
    for name in dict.fromkeys(names):
        if name in existing:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        fallback = _FALLBACKS.get(name)
        if fallback:
            alt = etree.SubElement(font, qn("w:altName"))
            alt.set(qn("w:val"), fallback)
        charset = etree.SubElement(font, qn("w:charset"))
        charset.set(qn("w:val"), "86")  # GB2312
        family = etree.SubElement(font, qn("w:family"))
        family.set(qn("w:val"), "modern" if "黑" in name else "roman")
        pitch = etree.SubElement(font, qn("w:pitch"))
        pitch.set(qn("w:val"), "variable")
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_up_page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)
    _add_page_number(section.footer.paragraphs[0])


def _add_page_number(paragraph: DocxParagraph) -> None:
    """Footer "— N —" with a live PAGE field, 宋体 四号, centred."""
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    paragraph_format = paragraph.paragraph_format
    paragraph_format.first_line_indent = Pt(0)
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    def run(text: str = ""):
        created = paragraph.add_run(text)
        _style_run(created, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
        return created

    run("— ")
    begin = run()
    field_begin = OxmlElement("w:fldChar")
    field_begin.set(qn("w:fldCharType"), "begin")
    begin._r.append(field_begin)
    instruction = run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    instruction._r.append(instr)
    separate = run()
    field_separate = OxmlElement("w:fldChar")
    field_separate.set(qn("w:fldCharType"), "separate")
    separate._r.append(field_separate)
    run("1")  # shown until the field is updated
    end = run()
    field_end = OxmlElement("w:fldChar")
    field_end.set(qn("w:fldCharType"), "end")
    end._r.append(field_end)
    run(" —")


# ---- blocks ---------------------------------------------------------------------------------


def _style_run(run, east_asia: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    r_pr = run._r.get_or_add_rPr()
    _set_fonts(r_pr, east_asia)
    _set_lang(r_pr)


def _paragraph(document: DocxDocument, text: str, east_asia: str, size: float, bold: bool = False) -> DocxParagraph:
    paragraph = document.add_paragraph()
    if text:
        _style_run(paragraph.add_run(text), east_asia, size, bold)
    else:
        # An empty paragraph takes its height from the paragraph mark's font, so give the mark one.
        mark = OxmlElement("w:rPr")
        _set_fonts(mark, east_asia)
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


def _add_title(document: DocxDocument, block: Title, settings: Settings) -> None:
    paragraph = _paragraph(document, clean_text(block.text).strip(), settings.font_title, TITLE_SIZE)
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
        if row_index == 0:
            _repeat_header(row)
        for column in range(columns):
            cell = row.cells[column]
            cell.width = Emu(widths[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            text = values[column] if column < len(values) else ""
            if text:
                _style_run(paragraph.add_run(text), settings.font_body, TABLE_SIZE, bold=row_index == 0)
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
