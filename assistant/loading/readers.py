"""Read an uploaded or shipped document (.txt/.md, .docx, text PDF) into plain text, judged by content."""

from __future__ import annotations

import io
import zipfile

from assistant.errors import LoadError
from assistant.loading.decoding import decode_text
from assistant.loading.names import human_size, too_big, upload_name

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
PDF_MAGIC = b"%PDF"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"

# Zip-bomb guards: checked on the central directory before any member is decompressed.
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_UNCOMPRESSED = 50 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_PDF_PAGES = 1000


def read_document(data: bytes, filename: str, limit_bytes: int | None = None) -> str:
    """Return the text of a document; the format is decided by content; raises LoadError with a Chinese reason."""
    name = upload_name(filename)
    problem = too_big(len(data), limit_bytes, name)
    if problem:
        raise LoadError(problem)
    if not data or not data.strip():
        raise LoadError(f"文件「{name}」是空的，没有可读取的内容。")
    lower = name.lower()
    if data.startswith(OLE_MAGIC):
        raise LoadError(f"文件「{name}」是旧版 Word（.doc）或其他 Office 二进制格式，暂不支持。请在 Word 中“另存为” .docx 后再上传。")
    if data.startswith(ZIP_MAGIC):
        return read_docx(data, name)
    if data[:1024].lstrip().startswith(PDF_MAGIC):
        return read_pdf(data, name)
    if lower.endswith((".docx", ".docm")):
        raise LoadError(f"文件「{name}」的扩展名是 .docx，但内容不是有效的 Word 文档（可能已损坏或被改了扩展名）。")
    if lower.endswith(".pdf"):
        raise LoadError(f"文件「{name}」的扩展名是 .pdf，但内容不是有效的 PDF 文件（可能已损坏）。")
    text = decode_text(data, name)
    if not text.strip():
        raise LoadError(f"文件「{name}」是空的，没有可读取的内容。")
    return text


def _check_zip(data: bytes, name: str) -> None:
    """Refuse zip bombs, corrupt archives and macro-enabled documents without decompressing anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise LoadError(f"文件「{name}」已损坏或不完整（压缩结构无法读取），请重新保存或重新下载后再上传。") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise LoadError(f"文件「{name}」内部包含的部件过多（{len(infos)} 个），疑似异常文件，已拒绝读取。")
        total = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos)
        if total > MAX_ZIP_UNCOMPRESSED:
            raise LoadError(f"文件「{name}」解压后体积过大（{human_size(total)}），疑似“压缩炸弹”，已拒绝读取。")
        if total > 1024 * 1024 and total / max(packed, 1) > MAX_ZIP_RATIO:
            raise LoadError(f"文件「{name}」的压缩比异常（约 {total // max(packed, 1)} 倍），疑似“压缩炸弹”，已拒绝读取。")
        names = {info.filename for info in infos}
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise LoadError(f"文件「{name}」包含宏（VBA 代码），出于安全考虑不予读取。请另存为不含宏的 .docx 后再上传。")
        if "[Content_Types].xml" in names:
            content_types = archive.read("[Content_Types].xml")
            if len(content_types) < 1024 * 1024 and b"macroEnabled" in content_types:
                raise LoadError(f"文件「{name}」是启用宏的 Word 文档（.docm），出于安全考虑不予读取。请另存为 .docx 后再上传。")
        if "word/document.xml" not in names:
            raise LoadError(f"文件「{name}」是压缩包或其他 Office 文件，不是 Word（.docx）文档，无法读取。")


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs and tables of a .docx in body order; tables as rows of cells joined by ' | '."""
    _check_zip(data, name)
    try:
        from docx import Document  # noqa: PLC0415 - deferred heavy readers: plain-text users never load them
        from docx.table import Table  # noqa: PLC0415
        from docx.text.paragraph import Paragraph  # noqa: PLC0415

        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(visible_text(Paragraph(child, document)))
            elif tag == "tbl":
                lines.extend(_table_lines(Table(child, document)))
    except (LoadError, MemoryError):  # out of memory is the reading limit's business, not a damaged file
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds; the user needs one message
        if _out_of_memory(exc):
            raise MemoryError(str(exc)) from None
        raise LoadError(f"文件「{name}」无法作为 Word 文档解析（可能已损坏），请用 Word 打开后重新保存为 .docx 再上传。") from None
    text = "\n".join(lines).strip()
    if not text:
        raise LoadError(f"文件「{name}」中没有文字内容。")
    return text


def _out_of_memory(exc: Exception) -> bool:
    """libxml2 (under lxml) that cannot allocate reports a parse error: "Memory allocation failed", or, when even
    its error message cannot be allocated, "unknown error" at line 0."""
    text = str(exc)
    return type(exc).__name__ == "XMLSyntaxError" and ("Memory allocation failed" in text or text.startswith("unknown error"))


HIDDEN_MAX_PT = 2.0  # text this small (the issue saw 1 pt) cannot be read on paper: treated as hidden
_WHITE = ("FFFFFF", "FEFEFE")


def _hidden(run) -> bool:
    """Text a reader of the document never sees: hidden (w:vanish, directly or by its character style), tiny or
    white — yet a plain text extraction would index it and send it to the model."""
    if run._r.rPr is None:
        return False  # no run properties: plain text (the common case, checked cheaply)
    font = run.font
    style_font = run.style.font if run._r.rPr.rStyle is not None and run.style is not None else None
    if font.hidden or (style_font is not None and style_font.hidden):
        return True
    size = font.size or (style_font.size if style_font is not None else None)
    if size is not None and size.pt <= HIDDEN_MAX_PT:
        return True
    color = font.color.rgb if font.color is not None and font.color.type is not None else None
    return color is not None and str(color).upper() in _WHITE


def visible_text(paragraph) -> str:
    """A paragraph's text without its hidden runs (see _hidden), hyperlinked runs included."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - deferred heavy reader, as in read_docx
    from docx.text.run import Run  # noqa: PLC0415

    parts = []
    for element in paragraph._p.iter(qn("w:r")):
        run = Run(element, paragraph)
        if not _hidden(run):
            parts.append(run.text)
    return "".join(parts)


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join("\n".join(visible_text(p) for p in cell.paragraphs).split())
            # Merged cells repeat the same text in python-docx; keep one copy.
            if cells and cells[-1] == value:
                continue
            cells.append(value)
        line = " | ".join(c for c in cells if c)
        if line:
            lines.append(line)
    return lines


def read_pdf(data: bytes, name: str) -> str:
    """Text of a PDF with a text layer; scans and corrupt files raise LoadError."""
    try:
        from pypdf import PdfReader  # noqa: PLC0415 - deferred heavy reader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(f"文件「{name}」是加密的 PDF，请去除密码后再上传。")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise LoadError(f"文件「{name}」页数过多（{len(pages)} 页），请拆分后再上传。")
        texts = [(page.extract_text() or "") for page in pages]
    except (LoadError, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise LoadError(f"文件「{name}」已损坏或不是有效的 PDF，无法读取。") from None
    text = "\n".join(t.strip() for t in texts if t.strip())
    if not text.strip():
        raise LoadError(f"文件「{name}」是扫描件（只有图片，没有文字层），无法提取文字。请上传 Word 文档或带文字的 PDF。")
    return text
