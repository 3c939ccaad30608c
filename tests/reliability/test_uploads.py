"""Hostile and unusual uploads through the real KnowledgeIndex: refused with a Chinese reason, nothing half-added."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from dataclasses import dataclass

import pytest

from assistant.index.knowledge_index import KnowledgeIndex
from assistant.retrieval import Retriever
from assistant.settings import load_settings
from tests.loading_fixtures import make_docx, make_many_members_zip, make_pdf, make_zip_bomb, with_extra_member
from tests.reliability.conftest import PLAN_BODY, has_cjk, make_small_kb, tree

LIMIT_MB = 1.0  # a small limit so the over-limit case stays cheap
GENERATED_NAME = re.compile(r"^[0-9a-f]{20,64}\.(bin|json)$")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """One real index (small knowledge dir) shared by the table: each case counts passages before and after."""
    base = tmp_path_factory.mktemp("uploads")
    kb = make_small_kb(base / "kb")
    settings = load_settings(data_dir=base / "data", knowledge_dir=kb, upload_limit_mb=LIMIT_MB)
    index = KnowledgeIndex(settings)
    index.ensure_built()
    return base, settings, index


def _plan(marker: str) -> str:
    return PLAN_BODY + f"（三）{marker}\n认真组织{marker}，确保活动取得实效。\n"


def _docx_plan(marker: str) -> bytes:
    return make_docx(_plan(marker).splitlines())


def _truncated_docx() -> bytes:
    data = _docx_plan("截断标记")
    return data[: len(data) // 2]


def _docm() -> bytes:
    docx = _docx_plan("宏文档标记")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
            dst.writestr(info, data)
    return out.getvalue()


def _random_bytes(n: int, seed: int = 7) -> bytes:
    import random

    return random.Random(seed).randbytes(n)


@dataclass(frozen=True)
class Case:
    id: str
    data: object  # bytes, or a zero-argument callable building them
    filename: str
    refused: str | None = None  # a word the Chinese reason must contain
    searchable: str | None = None  # for accepted uploads: a phrase that must then be found

    def bytes(self) -> bytes:
        return self.data() if callable(self.data) else self.data


BIG5_TEXT = "一、指導思想\n加強教職工讀書會建設，舉辦校園繁體讀書節。\n二、主要工作\n（一）組織繁體讀書節\n評選書香教師，營造良好氛圍。\n"

CASES = [
    Case("empty", b"", "空文件.txt", refused="空"),
    Case("whitespace", b"  \r\n\t \n", "空白.txt", refused="空"),
    Case("binary", lambda: b"\x00\x01\x02\xff" * 500 + _random_bytes(2000), "数据.txt", refused="二进制"),
    Case("random-docx", lambda: _random_bytes(4096), "计划.docx", refused="docx"),
    Case("zip-bomb-huge-xml", lambda: make_zip_bomb(60 * 1024 * 1024), "炸弹.docx", refused="压缩"),
    Case("zip-bomb-members", lambda: make_many_members_zip(5000), "部件.docx", refused="过多"),
    Case("truncated-docx", _truncated_docx, "截断.docx", refused="损坏"),
    Case("legacy-doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "旧版.doc", refused=".doc"),
    Case("vba-docx", lambda: with_extra_member(_docx_plan("宏标记"), "word/vbaProject.bin", b"\x00" * 64), "宏.docx", refused="宏"),
    Case("docm-content-type", _docm, "宏文档.docm", refused="宏"),
    Case("corrupt-pdf", b"%PDF-1.4\n" + b"\x8f garbage " * 200, "坏.pdf", refused="PDF"),
    Case("scanned-pdf", lambda: make_pdf(None), "扫描件.pdf", refused="扫描"),
    Case("over-limit-txt", lambda: ("一、指导思想\n" * 80_000).encode("utf-8"), "超大.txt", refused="上限"),
    # Over the limit by content length, whatever the name says.
    Case("over-limit-named-md", lambda: ("二、主要工作\n" * 80_000).encode("utf-8"), "小文件.md", refused="上限"),
    Case("gbk", lambda: _plan("国标读书月").encode("gbk"), "gbk计划.txt", searchable="国标读书月"),
    Case("gb18030", lambda: _plan("扩展读书周𠀀").encode("gb18030"), "gb18030计划.txt", searchable="扩展读书周"),
    Case("big5", BIG5_TEXT.encode("big5"), "繁体计划.txt", searchable="繁体读书节"),
    Case("utf16", lambda: _plan("双字节读书会").encode("utf-16"), "utf16计划.txt", searchable="双字节读书会"),
    Case("docx-ok", lambda: _docx_plan("文档读书沙龙"), "正常.docx", searchable="文档读书沙龙"),
    Case("path-traversal", lambda: _plan("穿越标记甲").encode(), "../../escape.txt", searchable="穿越标记甲"),
    Case("windows-path", lambda: _plan("反斜杠标记").encode(), "..\\..\\Windows\\win.ini", searchable="反斜杠标记"),
    Case("absolute-path", lambda: _plan("绝对路径标记").encode(), "/etc/cron.d/evil", searchable="绝对路径标记"),
    Case("dotdot-only", lambda: _plan("点点标记").encode(), "..", searchable="点点标记"),
    Case("nul-in-name", lambda: _plan("空字符标记").encode(), "bad\x00name.txt", searchable="空字符标记"),
    Case("markup-name", lambda: _plan("脚本名标记").encode(), "<script>alert(1)</script>.txt", searchable="脚本名标记"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_upload_table(env, case: Case):
    base, settings, index = env
    data = case.bytes()
    before_passages = index.passages()
    outside_before = {k: v for k, v in tree(base).items() if not k.startswith(("data/uploads/", "data/index/"))}

    result = index.add_upload(data, case.filename, owner="学校甲")

    # Nothing is ever written outside the uploads dir and the index dir, whatever the file name says.
    outside_after = {k: v for k, v in tree(base).items() if not k.startswith(("data/uploads/", "data/index/"))}
    assert outside_after == outside_before
    if settings.uploads_dir.exists():
        assert all(GENERATED_NAME.match(p.name) for p in settings.uploads_dir.iterdir()), list(settings.uploads_dir.iterdir())
    for escaped in ("escape.txt", "win.ini", "evil"):
        assert not list(base.parent.rglob(escaped)), f"{escaped} written outside the data dir"

    # The name shown back is a display name: no separators, no control characters, not a path component.
    shown = result.filename
    assert "/" not in shown and "\\" not in shown
    assert shown not in ("", ".", ".."), f"the display name {shown!r} is a path component, not a name"
    assert not re.search(r"[\x00-\x1f\x7f]", shown), f"control character in the display name {shown!r}"

    if case.refused:
        assert result.added == 0
        assert result.error and has_cjk(result.error) and case.refused in result.error, result.error
        assert "Traceback" not in result.error and "Error" not in result.error
        if case.id.startswith("zip-bomb"):
            # Refused again under tracemalloc (slower, so not timed): nothing gets inflated.
            tracemalloc.start()
            try:
                index.add_upload(data, case.filename, owner="学校甲")
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            assert peak < 8 * 1024 * 1024, f"refusing allocated {peak / 1e6:.1f} MB"
        assert index.passages() == before_passages  # no partial passages remain
    else:
        assert result.error is None, result.error
        assert result.added > 0
        mine = [p for p in index.passages(owner="学校甲") if p.kind == "upload" and case.searchable in p.text]
        assert mine, f"{case.searchable} not in the index"
        assert all(p.source == shown for p in mine)
        hits = Retriever(index).search(case.searchable, k=5, owner="学校甲")
        assert any(case.searchable in h.passage.text for h in hits)


def test_duplicate_upload_adds_nothing_and_says_so(env):
    _, _, index = env
    data = _plan("重复上传标记").encode("utf-8")
    first = index.add_upload(data, "第一次.txt", owner="学校乙")
    assert first.added > 0
    count = len(index.passages())
    again = index.add_upload(data, "第二次.txt", owner="学校乙")
    assert again.added == 0 and again.error is None
    assert again.message and "第一次.txt" in again.message and has_cjk(again.message)
    assert len(index.passages()) == count


def test_refusal_leaves_the_index_usable_for_the_next_upload(env):
    _, _, index = env
    assert index.add_upload(b"\x00\x01\x02\xff" * 300, "坏.txt", owner="学校丙").error
    good = index.add_upload(_plan("下一次上传正常").encode("utf-8"), "好.txt", owner="学校丙")
    assert good.added > 0 and good.error is None


def test_alternating_nul_binary_is_not_accepted_as_text(env):
    """00 FF 00 FF… looks like BOM-less UTF-16 to the decoder and came back as a passage of 'ÿÿÿ…'."""
    _, _, index = env
    count = len(index.passages())
    result = index.add_upload(b"\x00\xff" * 100, "二进制.txt", owner="学校丙")
    assert result.added == 0 and result.error and "二进制" in result.error, result
    assert len(index.passages()) == count
