"""The two uploads of issue 15, item 2, rebuilt deterministically: one for the benchmark row "hostile uploads" and
one for the security tests (tests/security/test_uploads.py), so both measure and test the same bytes.

- `single_line_text()`: just under 10 MB of plan-like Chinese words in one unbroken run (no line break, space or
  punctuation); the old code kept it as one passage of ~3.5 M characters, and OpenCC and jieba never finished it.
- `many_paragraph_docx()`: a .docx of 24,000 paragraphs, about 9 MB: legitimate structure, just long (the old code
  took 423 s and left every later process at 1.44 GB).

Usage: python bench/hostile.py DEST_DIR   (writes both files there)
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

MB = 1024 * 1024
TEXT_BYTES = 10 * MB - 4096  # under the default 10 MB upload limit, so the size check alone does not refuse it
DOCX_PARAGRAPHS = 24_000

# Words of an ordinary plan; sentences are drawn from them so the text reads like one (and converts, tokenises and
# compresses like one) without copying any shipped or evaluation text.
_WORDS = (
    "工会", "教职工", "学校", "组织", "开展", "活动", "加强", "建设", "做好", "落实", "服务", "民主管理", "校务公开",
    "教代会", "女职工", "权益", "慰问", "帮扶", "困难", "师德", "培训", "读书", "文体", "比赛", "健康", "体检",
    "经费", "审查", "制度", "会员", "小组", "委员会", "青年教师", "退休", "关爱", "职工之家", "提案", "意见",
    "积极", "认真", "进一步", "切实", "扎实", "有序", "推进", "完善", "提高", "增强", "凝聚力", "满意度",
)
_STOPS = "，，，，。；、"
# Characters for the .docx body: common CJK (random picks compress like real prose does not, which is what makes
# 24,000 ordinary paragraphs about 9 MB).
CJK_POOL = "".join(dict.fromkeys("".join(_WORDS) + "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同"
                                  "工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
                                  "使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研"))


def _sentence(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 9))) + rng.choice(_STOPS)


def single_line_text(size: int = TEXT_BYTES, seed: int = 15) -> bytes:
    """`size` bytes (UTF-8) of plan-like words in one unbroken run: no line break, space or punctuation anywhere."""
    rng = random.Random(seed)
    pool = [_sentence(rng)[:-1] for _ in range(4000)]
    out = io.StringIO()
    written = 0
    while written < size:
        piece = rng.choice(pool)
        out.write(piece)
        written += len(piece.encode("utf-8"))
    data = out.getvalue().encode("utf-8")
    return data[: size - size % 3] if len(data) > size else data  # whole characters: 3 bytes each


def _paragraph(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(CJK_POOL) if (i + 1) % 17 else "，" for i in range(n)) + "。"


def many_paragraph_docx(paragraphs: int = DOCX_PARAGRAPHS, chars: int = 245, seed: int = 15) -> bytes:
    """A valid .docx (document.xml written directly, as Word would lay it out) of `paragraphs` paragraphs."""
    rng = random.Random(seed)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = io.StringIO()
    body.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>')
    for i in range(paragraphs):
        text = f"{i % 9 + 1}、{_paragraph(rng, chars)}" if i % 50 == 0 else _paragraph(rng, chars)
        body.write(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
    body.write("</w:body></w:document>")
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", body.getvalue().encode("utf-8"))
    return out.getvalue()


def write_files(dest: Path) -> dict[str, Path]:
    """Both files under dest, named as a user would name them."""
    dest.mkdir(parents=True, exist_ok=True)
    files = {"single-line.txt": single_line_text(), "many-paragraphs.docx": many_paragraph_docx()}
    paths = {}
    for name, data in files.items():
        (dest / name).write_bytes(data)
        paths[name] = dest / name
    return paths


if __name__ == "__main__":
    for path in write_files(Path(sys.argv[1])).values():
        print(f"{path}  {path.stat().st_size / MB:.1f} MB")
