"""The app's non-drawing logic: form → Profile, safe Markdown, sources, uploads, file names, draft restore, accounts."""

from __future__ import annotations

import re

import pytest

from assistant.conversation.engine import Conversation
from assistant.conversation.session import Done, Reply, Session, Token
from assistant.domain.blocks import Heading, Paragraph, Signature, Table, Title
from assistant.domain.passages import Citation
from assistant.domain.profile import Profile
from assistant.errors import ProfileError
from assistant.export.markdown import render
from assistant.services import Services, build_services
from assistant.web import accounts as web_accounts
from assistant.web import forms, uploads
from assistant.web import support as ui


def _render(markdown: str) -> str:
    """What a reader sees of escaped Markdown: backslash escapes removed, bold markers and hard breaks gone."""
    return re.sub(r"\\(.)", r"\1", markdown.replace("**", "").replace("  \n", "\n"))


FORM = {
    "school": " 江城市实验中学 ", "year": 2027.0, "period": "学年", "staff": 126.0, "female_staff": None,
    "retirees": 40.0, "upper_union": "", "highlights": "10月建校60周年校庆\n\n新校区启用\n", "focus": "",
}


# ---------------------------------------------------------------------------------------------------- Markdown


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "[点我](javascript:alert(1))",
        "**粗体** _斜体_ `代码` # 标题",
        ":red[红字] $x^2$ &lt;b&gt;",
        "1. 第一条\n2. 第二条\n- 列表",
    ],
)
def test_escaped_text_has_no_live_markup_and_reads_the_same(text):
    escaped = ui.md_text(text)
    # Every Markdown/HTML-significant character is preceded by a backslash.
    for match in re.finditer(r"[<>\[\]()*_`#:$&]", escaped):
        assert escaped[match.start() - 1] == "\\", (escaped, match.group())
    assert _render(escaped) == text


def test_line_breaks_survive_as_hard_breaks():
    assert ui.md_text("第一行\n第二行") == "第一行  \n第二行"


def test_highlight_bolds_query_terms_and_escapes_everything_else():
    text = "召开<b>教代会</b>，审议[工会](javascript:x)经费报告。"
    marked = ui.highlight(text, "教代会 经费")
    assert "**教代会**" in marked and "**经费**" in marked
    assert "<b>" not in marked and "](" not in marked
    assert _render(marked) == text


def test_highlight_splits_a_chinese_query_into_words():
    marked = ui.highlight("每学年至少召开一次教职工代表大会。", "教职工代表大会召开")
    assert "**" in marked
    assert _render(marked) == "每学年至少召开一次教职工代表大会。"


def test_highlight_without_matches_is_plain_escaped_text():
    assert ui.highlight("女职工委员会", "红烧肉") == ui.md_text("女职工委员会")


# ---------------------------------------------------------------------------------------------------- profile form


def test_form_values_become_a_profile():
    profile = ui.profile_from_form(FORM)
    assert profile.school == "江城市实验中学"
    assert profile.year == 2027 and profile.staff == 126 and profile.retirees == 40
    assert profile.female_staff is None
    assert profile.upper_union == "区教育工会"
    assert profile.highlights == ["10月建校60周年校庆", "新校区启用"]
    assert profile.plan_title == "江城市实验中学2027—2028学年工会工作计划"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"school": "  "}, "学校名称不能为空"),
        ({"staff": 0.0}, "教职工人数应在1到20000之间"),
        ({"female_staff": 200.0}, "女教职工人数不能超过教职工总数"),
        ({"period": "全年"}, "计划类型应为"),
    ],
)
def test_invalid_form_gives_the_chinese_reason(change, message):
    with pytest.raises(ProfileError, match=message):
        ui.profile_from_form({**FORM, **change})


def test_school_type_is_chosen_in_the_form_or_read_from_the_name():
    assert forms.school_types()[0] == "" and forms.school_type_label("") == "按校名判断"
    assert {"幼儿园", "小学", "初中", "九年一贯制", "高中", "中职"} <= set(forms.school_types())
    chosen = ui.profile_from_form({**FORM, "school_type": "幼儿园"})
    assert chosen.kind == "幼儿园" and forms.inferred_kind(chosen) == ""
    read = ui.profile_from_form({**FORM, "school": "桐溪镇中心小学", "school_type": ""})
    assert read.kind == "小学" and forms.inferred_kind(read) == "学校类型按校名判断为“小学”；如不准确，请在上面选择。"
    # A profile saved with a kind typed in other words shows that kind in the form.
    typed = Profile.from_dict({**ui.profile_from_form(FORM).to_dict(), "school_type": "十二年一贯制"})
    assert ui.form_defaults(typed, 2030)["school_type"] == "完全中学"


def test_form_defaults_round_trip_a_profile():
    profile = ui.profile_from_form(FORM)
    assert ui.profile_from_form(ui.form_defaults(profile, 2030)) == profile
    assert ui.form_defaults(None, 2030)["year"] == 2030


# ---------------------------------------------------------------------------------------------------- replies


def test_reply_stream_yields_escaped_tokens_and_keeps_the_reply():
    reply = Reply("<b>完</b>", "ask")
    stream = ui.ReplyStream(iter([Token("<b>"), Token(""), Token("完</b>\n"), Done(reply)]))
    assert "".join(stream) == ui.md_text("<b>完</b>\n")
    assert stream.reply is reply


def test_law_citation_shows_its_title_and_the_quote_never_the_file():
    citation = Citation(n=2, source="policy/工会法.md", title="中华人民共和国工会法", section="第二章",
                        quote="学校工会<应当>依法", kind="law", law="工会法", article="第十一条",
                        label="《工会法》第十一条")
    shown = _render(ui.citation_markdown(citation.to_json()))
    assert shown == "[2] 《工会法》第十一条\n“学校工会<应当>依法”"
    assert "<应当>" not in ui.citation_markdown(citation)
    assert "policy" not in shown and ".md" not in shown


@pytest.mark.parametrize(
    "citation, label",
    [
        (Citation(1, "examples/000_378b3479bbbb14a0.txt", "学校工会工作计划范文（篇4）", "二、主要工作", "开展活动",
                  label="范文（篇4）「二、主要工作」"), "范文（篇4）「二、主要工作」"),
        (Citation(1, "examples/000_378b3479bbbb14a0.txt", "某校工会工作计划", "二、主要工作", "开展活动"),
         "《某校工会工作计划》"),
        (Citation(1, "examples/000_378b3479bbbb14a0.txt", "", "", "开展活动"), "知识库中的一段文字"),
    ],
)
def test_a_source_is_named_by_its_title_even_without_a_label(citation, label):
    from assistant.web.sources import sources

    [source] = sources([citation])
    assert source.label == label and "examples/" not in _render(source.heading)
    assert _render(source.quote_markdown) == "“开展活动”"


def test_plan_preview_keeps_structure_and_escapes_text():
    blocks = [
        Title("<i>实验中学</i>工会工作计划"), Heading("一、指导思想", 1), Paragraph("1. 坚持*以人为本*"),
        Table(header=("月份", "工作内容"), rows=(("3月", "三八|节"),)), Signature(lines=("实验中学工会委员会", "2027年1月4日")),
    ]
    markdown = render(blocks, preview=True)
    assert markdown.startswith("### 实验中学工会工作计划")  # raw HTML is removed by the sanitiser, its words kept
    assert "**一、指导思想**" in markdown
    assert "1\\. 坚持\\*以人为本\\*" in markdown
    assert "| 3月 | 三八\\|节 |" in markdown
    assert "实验中学工会委员会  \n2027年1月4日" in markdown


# ---------------------------------------------------------------------------------------------------- file names


@pytest.mark.parametrize(
    "title, expected",
    [
        ("江城市实验中学2027年工会工作计划", "江城市实验中学2027年工会工作计划.docx"),
        ("../../etc/passwd", "etc_passwd.docx"),
        ("A/B:C*D?<E>", "A_B_C_D_E.docx"),
        ("  ", "工会工作计划.docx"),
    ],
)
def test_download_names_are_safe(title, expected):
    assert ui.download_name(title, "docx") == expected


def test_download_name_keeps_the_academic_year_dash():
    assert ui.download_name("某校2027—2028学年工会工作计划", ".md") == "某校2027—2028学年工会工作计划.md"


# ---------------------------------------------------------------------------------------------------- uploads and drafts


@pytest.fixture(scope="module")
def assistant(shared_settings, tmp_path_factory):
    """Services over a copy of the shared index (uploads change it), with a tiny upload limit."""
    import shutil

    from assistant.settings import load_settings

    data_dir = tmp_path_factory.mktemp("ui-upload") / "data"
    shutil.copytree(shared_settings.data_dir, data_dir)
    return build_services(load_settings(data_dir=data_dir, knowledge_dir=shared_settings.knowledge_dir,
                                   upload_limit_mb=0.01), model=None)


def test_oversized_upload_is_refused_before_reading(shared_settings):
    from assistant.settings import load_settings

    class Refuser(Services):
        def add_upload(self, *args, **kwargs):
            pytest.fail("add_upload must not be called for an oversized file")

    small = Refuser(load_settings(data_dir=shared_settings.data_dir, upload_limit_mb=0.01), model=None)
    outcome = ui.handle_upload(small, b"x" * 20_000, "大文件.txt")
    assert not outcome.ok
    assert outcome.message == "未加入：文件太大（20 千字节），超过了 10 千字节的上限，请删减或拆分后再上传。"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("安装程序.exe", b"MZ\x90\x00" * 10, "不能读取这种文件，请上传 Word（.docx）、PDF、TXT 或 Markdown（.md）文件。"),
        ("旧计划.doc", b"\xd0\xcf\x11\xe0" * 10, "这是旧版 Word 文件"),
        ("照片.JPG", b"\xff\xd8\xff" * 10, "不能读取这种文件"),
        ("没有扩展名", b"text", "不能读取这种文件"),
        ("空白.txt", b"", "文件是空的，没有可读取的内容。"),
    ],
)
def test_files_we_cannot_read_are_refused_in_chinese_before_reading(shared_settings, name, data, reason):
    from assistant.settings import load_settings

    class Refuser(Services):
        def add_upload(self, *args, **kwargs):
            pytest.fail("add_upload must not be called for a refused file")

    outcome = ui.handle_upload(Refuser(load_settings(data_dir=shared_settings.data_dir), model=None), data, name)
    assert not outcome.ok and outcome.message.startswith("未加入：") and reason in outcome.message
    assert not re.search(r"[A-Za-z]{2,}", outcome.message.replace("Word", "").replace("PDF", "").replace(
        "TXT", "").replace("Markdown", "").replace("docx", "").replace("md", ""))


def test_upload_hint_names_the_kinds_and_the_limit_in_chinese():
    assert uploads.upload_hint(10) == "可上传 Word（.docx）、PDF、TXT 或 Markdown（.md）文件，可一次选多个，每个不超过 10 兆字节。"


def test_gbk_upload_is_added_then_duplicate_is_reported(assistant):
    data = "三、女职工工作\n组织女教职工开展“巾帼建功”读书沙龙活动，邀请心理专家举办讲座。\n".encode("gbk")
    first = ui.handle_upload(assistant, data, "C:\\文档\\女工计划.txt")
    assert first.ok and first.added >= 1, first
    assert first.filename == "女工计划.txt"
    assert f"已加入知识库：{first.added} 段" in first.message
    again = ui.handle_upload(assistant, data, "副本.txt")
    assert not again.ok and "相同" in again.message
    hits = assistant.search("巾帼建功读书沙龙", k=3)
    assert any("读书沙龙" in h.passage.text for h in hits)


def test_unreadable_upload_is_refused_with_reason(assistant):
    outcome = ui.handle_upload(assistant, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "图片.txt")
    assert not outcome.ok and outcome.message.startswith("未加入：")


def test_draft_is_restored_from_the_store(shared_settings, tmp_path):
    from assistant.settings import load_settings

    settings = load_settings(data_dir=shared_settings.data_dir, knowledge_dir=shared_settings.knowledge_dir)
    assistant = build_services(settings, model=None)
    session = Session()
    conversation = Conversation(assistant, session)
    list(conversation.start(ui.profile_from_form(FORM)))
    list(conversation.accept())
    restored, notice = ui.restore_session(build_services(settings, model=None), session.draft_id)
    assert notice is None
    assert restored.draft_id == session.draft_id and restored.version == session.version
    first = restored.plan.sections[restored.plan.draftable()[0]]
    assert first.status == "accepted" and first.paragraphs
    # The saved conversation comes back, followed by a note that the draft was reopened.
    assert "已打开草稿" in restored.history[-1].text and "已完成 1/" in restored.history[-1].text
    saved = [t.text for t in restored.history[:-1]]
    assert saved and saved == [t.text for t in session.history][: len(saved)]  # as saved with the accepted version


def test_missing_draft_gives_a_fresh_session_and_a_reason(shared_settings):
    assistant = build_services(shared_settings, model=None)
    session, notice = ui.restore_session(assistant, "no-such-draft")
    assert session.plan is None and session.draft_id is None
    assert notice == "无法打开草稿：找不到该草稿"
    fresh, none = ui.restore_session(assistant, None)
    assert fresh.plan is None and none is None


# ---------------------------------------------------------------------------------------------------- accounts


@pytest.fixture
def accounts(tmp_path):
    from argon2 import PasswordHasher

    from assistant.drafts.accounts import AccountStore
    from assistant.settings import load_settings

    fast = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # tests only: real defaults are slower
    return AccountStore(load_settings(data_dir=tmp_path / "data", multi_user=True), hasher=fast)


def test_sign_in_refuses_wrong_password_and_unknown_user_with_the_same_words(accounts):
    registered, error = web_accounts.register_account(accounts, "Wang.Li", "Plum-blossom-27", "Plum-blossom-27", "江城市实验中学")
    assert error is None and registered.school == "江城市实验中学"
    assert web_accounts.sign_in(accounts, "wang.li", "Plum-blossom-27") == (registered, None)
    assert web_accounts.sign_in(accounts, "wang.li", "Plum-blossom-28") == (None, "用户名或密码错误")
    assert web_accounts.sign_in(accounts, "zhao.min", "Plum-blossom-27") == (None, "用户名或密码错误")
    assert web_accounts.sign_in(accounts, "  ", "Plum-blossom-27") == (None, "请输入用户名和密码。")
    assert web_accounts.sign_in(accounts, "wang.li", None) == (None, "请输入用户名和密码。")


@pytest.mark.parametrize(
    "username, password, confirm, school, words",
    [
        ("zhao", "Plum-blossom-27", "Plum-blossom-28", "江城二中", "两次输入的密码不一致"),
        ("zhao", "12345678", "12345678", "江城二中", "过于简单"),
        ("zhao", "Plum-blossom-27", "Plum-blossom-27", " ", "学校名称不能为空"),
        ("a/b", "Plum-blossom-27", "Plum-blossom-27", "江城二中", "用户名需为"),
    ],
)
def test_bad_registration_is_explained(accounts, username, password, confirm, school, words):
    account, error = web_accounts.register_account(accounts, username, password, confirm, school)
    assert account is None and words in error
    assert web_accounts.sign_in(accounts, username, password)[0] is None  # nothing was created


def test_the_signed_in_school_owns_everything_and_single_user_mode_owns_nothing():
    from assistant.drafts.accounts import Account

    account = Account("wang.li", "sch_0123456789abcdef", "江城市实验中学")
    assert web_accounts.owner_for(account) == "sch_0123456789abcdef"  # the school's id, never its name
    assert web_accounts.owner_for(None) == ""
    assert web_accounts.needs_sign_in(True, None) and not web_accounts.needs_sign_in(True, account)
    assert not web_accounts.needs_sign_in(False, None)
    assert web_accounts.author_of(account) == "wang.li" and web_accounts.author_of(None) == ""
    assert not web_accounts.is_admin(account) and not web_accounts.is_admin(None)


# ---------------------------------------------------------------------------------------------------- throttle


def test_throttle_notice_refuses_a_flood_per_session_and_says_the_message_is_kept():
    from assistant.web.throttle import MessageThrottle

    now = [0.0]
    throttle = MessageThrottle(2, 10.0, clock=lambda: now[0])
    first, second = ui.new_session_key(), ui.new_session_key()
    assert first != second and len(first) >= 32
    assert ui.throttle_notice(throttle, first, "第一条") is None
    assert ui.throttle_notice(throttle, first, "第二条") is None
    refused = ui.throttle_notice(throttle, first, "第三条")
    assert refused.startswith("发送太频繁") and "已放回输入框" in refused
    assert ui.throttle_notice(throttle, second, "别的会话") is None  # another browser session is not affected
    now[0] = 5.0  # the budget refills over time
    assert ui.throttle_notice(throttle, first, "第三条") is None
