"""The .docx export reads back with 公文 layout (GB/T 9704-2012): page, margins, fonts, spacing, table, page numbers."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.export.docx import clean_text, docx_bytes, write_docx
from assistant.settings import load_settings

TITLE = "某某市第一中学工会2027年工作计划"
BODY = "坚持以习近平新时代中国特色社会主义思想为指导，全心全意依靠教职工办好学校，维护教职工合法权益。"
SCHEDULE = Table(
    header=("月份", "工作内容", "负责部门"),
    rows=(
        ("1月", "召开第五届教职工代表大会第二次会议，审议学校工作报告、财务工作报告和工会经费审查报告", "工会办公室"),
        ("2—3月", "开展“三八”国际妇女节系列活动，组织女教职工健康体检", "女工委"),
        ("9月", "慰问新入职教师，组织教师节表彰活动", "工会、校办"),
    ),
)


def _blocks():
    return [
        Title(TITLE),
        Heading("一、指导思想", 1),
        Paragraph(BODY),
        Heading("二、主要工作", 1),
        Heading("（一）加强民主管理", 2),
        Paragraph("1. 按时召开教代会，落实教职工的知情权、参与权、表达权和监督权。"),
        SCHEDULE,
        Signature(("某某市第一中学工会委员会", "2027年1月5日")),
    ]


@pytest.fixture
def doc(settings, tmp_path):
    path = tmp_path / "plan.docx"
    write_docx(_blocks(), path, settings)
    return Document(str(path))


def _paragraph(doc, text):
    for paragraph in doc.paragraphs:
        if paragraph.text == text:
            return paragraph
    raise AssertionError(f"paragraph {text!r} not found in {[p.text for p in doc.paragraphs]}")


def _run_fonts(paragraph):
    fonts = []
    for run in paragraph.runs:
        r_fonts = run._r.rPr.find(qn("w:rFonts"))
        fonts.append(r_fonts)
    assert fonts, f"no runs in {paragraph.text!r}"
    return fonts


def _assert_font(paragraph, east_asia, size_pt, bold=False):
    for r_fonts, run in zip(_run_fonts(paragraph), paragraph.runs):
        assert r_fonts.get(qn("w:eastAsia")) == east_asia
        assert r_fonts.get(qn("w:ascii")) == "Times New Roman"
        for theme_attr in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme"):
            assert r_fonts.get(qn(theme_attr)) is None
        assert run.font.size == Pt(size_pt)
        assert bool(run.font.bold) is bold


def _assert_body_spacing(paragraph):
    fmt = paragraph.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert abs(fmt.line_spacing.pt - 28.9) < 0.1


def _assert_two_char_indent(paragraph):
    assert abs(paragraph.paragraph_format.first_line_indent.pt - 32) < 0.1
    ind = paragraph._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"


def test_page_is_a4_with_gbt9704_margins(doc):
    section = doc.sections[0]
    for actual, expected in [
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ]:
        assert abs(actual - Mm(expected)) <= Mm(0.5), (actual.mm, expected)


def test_title_is_centred_22pt_in_the_title_font_with_blank_line_after(doc):
    title = _paragraph(doc, TITLE)
    assert title.alignment == WD_PARAGRAPH_ALIGNMENT.CENTER
    _assert_font(title, "方正小标宋简体", 22)
    texts = [p.text for p in doc.paragraphs]
    assert texts[texts.index(TITLE) + 1] == ""
    assert doc.core_properties.title == TITLE
    assert doc.core_properties.language == "zh-CN"


def test_headings_use_heiti_and_kaiti_at_16pt_indented(doc):
    level1 = _paragraph(doc, "一、指导思想")
    _assert_font(level1, "黑体", 16, bold=False)
    _assert_two_char_indent(level1)
    _assert_body_spacing(level1)
    level2 = _paragraph(doc, "（一）加强民主管理")
    _assert_font(level2, "楷体", 16, bold=False)
    _assert_two_char_indent(level2)


def test_body_is_fangsong_16pt_justified_exact_28_9pt_two_char_indent(doc):
    for text in (BODY, "1. 按时召开教代会，落实教职工的知情权、参与权、表达权和监督权。"):
        body = _paragraph(doc, text)
        _assert_font(body, "仿宋_GB2312", 16)
        assert body.alignment == WD_PARAGRAPH_ALIGNMENT.JUSTIFY
        _assert_body_spacing(body)
        _assert_two_char_indent(body)


def test_configured_fonts_are_used(tmp_path):
    settings = load_settings(
        data_dir=tmp_path, font_title="宋体", font_heading1="黑体", font_heading2="楷体_GB2312", font_body="仿宋"
    )
    doc = Document(io.BytesIO(docx_bytes(_blocks(), settings)))
    _assert_font(_paragraph(doc, TITLE), "宋体", 22)
    _assert_font(_paragraph(doc, "（一）加强民主管理"), "楷体_GB2312", 16)
    _assert_font(_paragraph(doc, BODY), "仿宋", 16)


def test_east_asian_text_is_marked_chinese_not_japanese(doc):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsiaTheme")) is None
    normal = doc.styles["Normal"].element.rPr
    assert normal.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert normal.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert normal.find(qn("w:rFonts")).get(qn("w:asciiTheme")) is None
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    assert theme_lang.get(qn("w:eastAsia")) == "zh-CN"
    # Not one run anywhere may carry a theme font or a Japanese language tag.
    xml = etree.tostring(doc.element).decode()
    assert "eastAsiaTheme" not in xml and "ja-JP" not in xml


def test_font_table_names_a_fallback_for_the_title_font(doc):
    font_table = next(rel.target_part for rel in doc.part.rels.values() if rel.reltype.endswith("/fontTable"))
    root = etree.fromstring(font_table.blob)
    fonts = {font.get(qn("w:name")): font for font in root.findall(qn("w:font"))}
    assert fonts["方正小标宋简体"].find(qn("w:altName")).get(qn("w:val")) == "宋体"
    assert fonts["仿宋_GB2312"].find(qn("w:charset")).get(qn("w:val")) == "86"


def test_schedule_is_a_real_table_with_bold_header_and_borders(doc):
    assert len(doc.tables) == 1
    table = doc.tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == list(SCHEDULE.header)
    assert cells[1:] == [list(row) for row in SCHEDULE.rows]
    assert table.style.name == "Table Grid"
    style_xml = etree.tostring(table.style.element).decode()
    assert "w:tblBorders" in style_xml and 'w:val="single"' in style_xml
    header_run = table.rows[0].cells[0].paragraphs[0].runs[0]
    assert header_run.font.bold is True
    body_run = table.rows[1].cells[1].paragraphs[0].runs[0]
    assert not body_run.font.bold
    assert body_run.font.size in (Pt(14), Pt(12))
    assert body_run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    # 月份 is narrow, 工作内容 gets most of the width, and the whole fits the type area.
    widths = [cell.width for cell in table.rows[0].cells]
    assert widths[0] < widths[2] < widths[1]
    assert widths[0] >= Pt(14 * 2)  # "月份" still fits on one line
    assert abs(sum(widths) - Mm(210 - 28 - 26)) <= Mm(1)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)  # no row splits across pages


def test_signature_is_right_aligned_after_a_blank_line(doc):
    texts = [p.text for p in doc.paragraphs]
    first = texts.index("某某市第一中学工会委员会")
    assert texts[first - 1] == ""
    for text in ("某某市第一中学工会委员会", "2027年1月5日"):
        paragraph = _paragraph(doc, text)
        assert paragraph.alignment == WD_PARAGRAPH_ALIGNMENT.RIGHT
        _assert_font(paragraph, "仿宋_GB2312", 16)


def test_footer_has_page_field_between_dashes(doc):
    footer = doc.sections[0].footer
    paragraph = footer.paragraphs[0]
    xml = etree.tostring(paragraph._p).decode()
    assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    instructions = [el.text for el in paragraph._p.iter(qn("w:instrText"))]
    assert [text.strip() for text in instructions] == ["PAGE"]
    assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
    assert paragraph.alignment == WD_PARAGRAPH_ALIGNMENT.CENTER
    run = paragraph.runs[0]
    assert run.font.size == Pt(14)
    assert run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"


def test_control_characters_from_model_output_are_stripped(settings):
    blocks = [
        Title("工会\x00工作\x1f计划"),
        Paragraph("第一段\x07含有\x0b控制字符\ufffe。"),
        Table(header=("月份\x01", "内容"), rows=(("1月", "慰问\x08活动"),)),
        Signature(("工会\x0c委员会",)),
    ]
    doc = Document(io.BytesIO(docx_bytes(blocks, settings)))
    texts = [p.text for p in doc.paragraphs]
    assert "工会工作计划" in texts
    assert "第一段含有控制字符。" in texts
    assert "工会委员会" in texts
    assert [cell.text for cell in doc.tables[0].rows[0].cells] == ["月份", "内容"]
    assert doc.tables[0].rows[1].cells[1].text == "慰问活动"
    assert clean_text("a\x00b\tc\nd") == "ab\tc\nd"


def test_write_to_stream_matches_bytes_and_leaves_no_temp_files(settings, tmp_path):
    stream = io.BytesIO()
    write_docx(_blocks(), stream, settings)
    assert zipfile.is_zipfile(io.BytesIO(stream.getvalue()))
    write_docx(_blocks(), tmp_path / "out.docx", settings)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["out.docx"]


def test_plan_without_table_or_title_still_exports(settings):
    doc = Document(io.BytesIO(docx_bytes([Paragraph("只有一段正文。")], settings)))
    assert [p.text for p in doc.paragraphs] == ["只有一段正文。"]
    assert doc.core_properties.title == ""


def _office() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


LONG_TITLE = "青禾区育才小学2026—2027学年第二学期工会工作计划"


def test_a_long_title_breaks_into_two_balanced_lines_at_a_natural_place(settings, tmp_path):
    path = tmp_path / "plan.docx"
    write_docx([Title(LONG_TITLE), Paragraph(BODY)], path, settings)
    title = Document(str(path)).paragraphs[0]
    assert len(title._p.findall(".//" + qn("w:br"))) == 1
    first, second = title.text.split("\n")
    assert (first, second) == ("青禾区育才小学2026—2027学年", "第二学期工会工作计划")
    _assert_font(title, "方正小标宋简体", 22)


def _office_pdf_text(path, tmp_path) -> list[str]:
    from pypdf import PdfReader

    profile = tmp_path / "lo-profile"
    subprocess.run(
        [_office(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120,
    )
    reader = PdfReader(str(path.with_suffix(".pdf")))
    return [line.strip() for page in reader.pages for line in (page.extract_text() or "").splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.skipif(_office() is None, reason="LibreOffice is not installed")
def test_libreoffice_leaves_no_title_character_alone_on_a_line(settings, tmp_path):
    path = tmp_path / "long.docx"
    write_docx([Title(LONG_TITLE), Paragraph(BODY)], path, settings)
    lines = _office_pdf_text(path, tmp_path)
    title_lines = [line.replace(" ", "") for line in lines[:3] if line.replace(" ", "") in LONG_TITLE]
    assert "".join(title_lines) == LONG_TITLE
    assert all(len(line) >= 4 for line in title_lines)  # no orphaned character such as 「划」


@pytest.mark.slow
@pytest.mark.skipif(_office() is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_chinese_title(settings, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "plan.docx"
    write_docx(_blocks(), path, settings)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            _office(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    reader = PdfReader(str(tmp_path / "plan.pdf"))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert TITLE in text.replace(" ", "").replace("\n", "")
    assert "月份" in text
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
