"""The 公文 page (GB/T 9704-2012): sizes, margins, fonts with their fallbacks, document defaults and page numbers."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from assistant.settings import Settings

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




def set_fonts(r_pr, east_asia: str, latin: str = LATIN_FONT) -> None:
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


def set_lang(r_pr) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def set_up_defaults(document: DocxDocument, settings: Settings) -> None:
    styles_root = document.styles.element
    r_pr_default = styles_root.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr_default is not None:
        set_fonts(r_pr_default, settings.font_body)
        set_lang(r_pr_default)
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
    set_fonts(normal_r_pr, settings.font_body)
    set_lang(normal_r_pr)
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
    declare_fonts(document, settings)
    # Word 2010 reads its own copy of the styles from stylesWithEffects, still with Japanese defaults.
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rel_id)


def declare_fonts(document: DocxDocument, settings: Settings) -> None:
    """List the Chinese fonts in the font table with GB2312 charset and a fallback name (w:altName)."""
    font_table = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            font_table = rel.target_part
    if font_table is None:
        return
    from lxml import etree  # noqa: PLC0415 - python-docx brings lxml; only this rarely used path needs it

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


def set_up_page(document: DocxDocument) -> None:
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
    add_page_number(section.footer.paragraphs[0])


def add_page_number(paragraph: DocxParagraph) -> None:
    """Footer "— N —" with a live PAGE field, 宋体 四号, centred."""
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    paragraph_format = paragraph.paragraph_format
    paragraph_format.first_line_indent = Pt(0)
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    def run(text: str = ""):
        created = paragraph.add_run(text)
        style_run(created, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
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


def style_run(run, east_asia: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    r_pr = run._r.get_or_add_rPr()
    set_fonts(r_pr, east_asia)
    set_lang(r_pr)
