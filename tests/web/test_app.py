"""The Streamlit app driven through AppTest: profile form, guided drafting, answers, rewrites, uploads, the section
editors and findings, versions, the schedule table, drafts, settings — each where the user is, in Chinese."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")
SCHOOL = "江城市实验中学"


def _plain(markdown: str) -> str:
    """What the reader sees of the app's escaped Markdown (coloured spans and strike-through shown as their words)."""
    markdown = re.sub(r":(?:red|green)-background\[(.*?)(?<!\\)\]", r"\1", markdown).replace("~~", "")
    return re.sub(r"\\(.)", r"\1", markdown.replace("**", "").replace("  \n", "\n"))


@pytest.fixture(scope="session")
def app_data_dir(tmp_path_factory, shared_settings):
    """A data dir holding a copy of the shared index (the app writes drafts and accounts into it)."""
    data_dir = tmp_path_factory.mktemp("app-data") / "data"
    shutil.copytree(shared_settings.data_dir, data_dir)
    return data_dir


@pytest.fixture
def app(app_data_dir, monkeypatch):
    """A fresh browser session of the app, first screen drawn."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(app_data_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    return run(at)


def run(at):
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def submit_profile(at, school: str = SCHOOL, highlights: str = "10月建校60周年校庆"):
    at.text_input(key="f_school").set_value(school)
    at.number_input(key="f_year").set_value(2027)
    at.number_input(key="f_staff").set_value(126)
    at.number_input(key="f_female_staff").set_value(78)
    at.text_area(key="f_highlights").set_value(highlights)
    next(b for b in at.button if b.label == "开始起草").click()
    return run(at)


def chat_texts(at) -> list[str]:
    return [_plain("\n".join(m.value for m in message.markdown)) for message in at.chat_message]


def send(at, text: str):
    at.chat_input(key="chat_text").set_value(text)
    return run(at)


def click(at, label: str, index: int = 0):
    [b for b in [*at.button, *at.sidebar.button] if b.label == label][index].click()
    return run(at)


def open_tab(at, name: str):
    at.session_state["plan_tab"] = name
    return run(at)


def shown(at) -> str:
    """Every piece of text the page shows (Markdown, captions, messages, labels)."""
    parts = [_plain(m.value) for m in [*at.markdown, *at.caption, *at.sidebar.markdown, *at.sidebar.caption]]
    parts += [_plain(m.value) for m in [*at.success, *at.warning, *at.error, *at.info]]
    parts += [e.label for e in at.expander] + [b.label for b in at.button]
    return "\n".join(parts)


def test_first_screen_greets_and_asks_for_the_school(app):
    assert "起草助手" in chat_texts(app)[0]
    labels = {w.label for w in [*app.text_input, *app.number_input, *app.text_area, *app.selectbox]}
    for label in ("学校名称", "年份", "计划类型", "教职工人数", "女教职工人数", "退休教职工人数", "上级工会",
                  "本年度重点事项（每行一项）", "希望突出的方面（可选，每行一项）"):
        assert label in labels
    assert app.selectbox(key="f_period").options == ["年度", "学年", "第一学期", "第二学期"]
    assert "学校类型" in labels and app.selectbox(key="f_school_type").options[:2] == ["按校名判断", "幼儿园"]
    assert [c.value for c in app.sidebar.caption][0] == "当前：离线模式"
    # Model set-up is the administrator's business, in 设置: no configuration names on the working screens.
    assert ".env" not in shown(app) and "OPENAI" not in shown(app) and "ASSISTANT_" not in shown(app)
    assert [t.label for t in app.tabs][:3] == ["起草", "知识库", "设置"]


def test_invalid_profile_is_explained_and_nothing_is_lost(app):
    submit_profile(app, school=" ", highlights="新校区启用")
    assert [e.value for e in app.error] == ["学校名称不能为空"]
    assert app.text_area(key="f_highlights").value == "新校区启用"
    assert app.number_input(key="f_staff").value == 126
    assert len(app.chat_message) == 1  # still only the greeting


def test_accepted_section_appears_in_preview_and_survives_reload(app):
    submit_profile(app)
    proposal = chat_texts(app)[-1]
    assert "江城市实验中学2027年工会工作计划" in proposal and "【指导思想】" in proposal
    assert {"采用", "换一版", "改得更正式", "跳过"} <= {b.label for b in app.button}
    first = re.search(r"^1\. (.+)$", proposal, flags=re.M).group(1)

    app.button(key="act_accept").click()
    run(app)
    preview = "\n".join(_plain(m.value) for m in app.markdown)
    assert first in preview
    assert app.get("progress")[0].proto.text.startswith("进度：1/")
    assert chat_texts(app)[-2:][0] == "采用"
    assert "已采用“指导思想”，并已自动保存" in chat_texts(app)[-1]
    draft_id = app.query_params["draft"]
    assert draft_id and not app.error

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_resource.clear()  # as after a server restart: a new Services, only the store remembers the draft
    reloaded = AppTest.from_file(APP, default_timeout=60)
    reloaded.query_params["draft"] = draft_id
    run(reloaded)
    restored = chat_texts(reloaded)
    assert "已打开草稿" in restored[-1]
    assert any("已采用“指导思想”" in text for text in restored)  # the conversation comes back with the draft
    assert first in "\n".join(_plain(m.value) for m in reloaded.markdown)
    assert {b.label for b in reloaded.download_button} == {"下载 Word 文档", "下载 Markdown"}


def test_question_is_answered_with_sources_by_title_and_quote(app):
    send(app, "女工部分应该写什么？")
    answer = app.chat_message[-1]
    assert "女职工" in _plain("\n".join(m.value for m in answer.markdown))
    outer = answer.expander[0]
    assert re.fullmatch(r"来源（\d+）", outer.label)
    titles = [e.label for e in outer.expander]
    assert titles and all(re.match(r"\\\[\d+\\\] \S", t) for t in titles), titles
    quotes = [_plain(m.value) for m in outer.markdown]
    assert quotes and all(q.startswith("“") for q in quotes)
    everything = "\n".join(titles + quotes)
    assert "examples/" not in everything and ".txt" not in everything and "policy/" not in everything
    assert chat_texts(app)[-2] == "女工部分应该写什么？"


def test_colloquial_text_is_rewritten_formally(app):
    send(app, "把这段改得更正式：咱们学校老师们要搞好师德建设")
    reply = chat_texts(app)[-1]
    assert "我校" in reply and "广大教职工" in reply
    assert "开展" in reply or "做好" in reply
    assert "咱们" not in reply and "搞好" not in reply


def test_user_text_is_shown_as_text_not_markup(app):
    send(app, "<script>alert(1)</script>[点我](javascript:alert(1))")
    question = app.chat_message[-2].markdown[0].value
    assert "<script>" not in question and "](" not in question
    assert _plain(question) == "<script>alert(1)</script>[点我](javascript:alert(1))"


def test_whitespace_message_gets_a_reply_not_an_error(app):
    send(app, "   ")
    assert "消息是空的" in chat_texts(app)[-1]
    assert not app.error


def test_gbk_upload_is_added_and_found(app):
    app.session_state["main_tab"] = "知识库"
    run(app)
    passages_before = int(app.metric[2].value)
    text = "组织女教职工开展“书香巾帼”读书沙龙，每月一次，由女工委员负责。\n"
    app.file_uploader(key="kb_files").set_value(("女工活动.txt", text.encode("gbk"), "text/plain"))
    click(app, "加入知识库")
    assert [s.value for s in app.success] == ["女工活动\\.txt：已加入知识库：1 段。"]
    assert int(app.metric[2].value) == passages_before + 1
    app.text_input(key="kb_query").set_value("书香巾帼")
    run(app)
    found = [m.value for m in app.markdown if "书香巾帼" in _plain(m.value)]
    assert any("**书香巾帼**" in m for m in found), found
    assert "uploads/" not in shown(app)  # results are named by title, not by where the file is kept


def test_empty_and_unreadable_uploads_are_refused_in_chinese(app):
    app.session_state["main_tab"] = "知识库"
    run(app)
    app.file_uploader(key="kb_files").set_value([("空白.txt", b"", "text/plain"),
                                                 ("安装程序.exe", b"MZ\x90\x00" * 64, "application/octet-stream")])
    click(app, "加入知识库")
    warnings = [_plain(w.value) for w in app.warning]
    assert warnings == ["空白.txt：未加入：文件是空的，没有可读取的内容。",
                        "安装程序.exe：未加入：不能读取这种文件，请上传 Word（.docx）、PDF、TXT 或 Markdown（.md）文件。"]


def test_pressing_add_without_a_file_says_so(app):
    app.session_state["main_tab"] = "知识库"
    run(app)
    click(app, "加入知识库")
    assert [_plain(w.value) for w in app.warning] == ["请先选择要上传的文件。"]


def test_oversized_upload_is_refused(app_data_dir, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(app_data_dir))
    monkeypatch.setenv("ASSISTANT_UPLOAD_LIMIT_MB", "0.01")
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["main_tab"] = "知识库"
    run(at)
    at.file_uploader(key="kb_files").set_value(("大文件.txt", "工会".encode() * 4000, "text/plain"))
    click(at, "加入知识库")
    warnings = [_plain(w.value) for w in at.warning]
    assert warnings == ["大文件.txt：未加入：文件太大（23 千字节），超过了 10 千字节的上限，请删减或拆分后再上传。"]


def test_formalize_button_rewrites_the_proposal(app):
    submit_profile(app)
    app.button(key="act_formalize").click()
    run(app)
    assert chat_texts(app)[-2] == "改得更正式"
    assert "已按更正式的要求改写“指导思想”" in chat_texts(app)[-1]


def test_section_edit_is_saved_where_the_user_is_and_findings_lead_back_to_it(app):
    submit_profile(app)
    open_tab(app, "逐节修改")
    app.text_area(key="edit_welfare").set_value("全年组织教职工参加20xx年度体检。")
    app.button(key="save_welfare").click()
    run(app)
    assert app.session_state["plan_tab"] == "逐节修改"  # no jump to the preview
    assert app.session_state["sec_welfare"] is True  # the editor stays open
    assert [s.value for s in app.success] == ["已保存修改。"]
    assert app.text_area(key="edit_welfare").value == "全年组织教职工参加20xx年度体检。"

    tab = next(t for t in app.tabs if t.label.startswith("检查结果"))
    open_tab(app, tab.label)
    finding = next(m for m in app.markdown if "20xx" in _plain(m.value))
    assert "维权与送温暖" in _plain(finding.value)  # located by section …
    assert not re.search(r"第\s*\d+\s*行", _plain(finding.value))  # … never by a line the user never sees
    link = next(b for b in app.button if b.label == "在逐节修改中打开" and b.key in _link_keys(app, "20xx"))
    link.click()
    run(app)
    assert app.session_state["plan_tab"] == "逐节修改" and app.session_state["sec_welfare"] is True


def _link_keys(at, words: str) -> set[str]:
    """Keys of the link buttons of the findings whose text holds `words` (findings and buttons come in order)."""
    findings = [m for m in at.markdown if "建议：" in _plain(m.value) or "原文：" in _plain(m.value)]
    buttons = [b for b in at.button if b.key and b.key.startswith("find_")]
    return {b.key for m, b in zip(findings, buttons) if words in _plain(m.value)}


def test_a_chosen_school_type_shapes_the_plan_and_an_inferred_one_is_shown(app):
    app.selectbox(key="f_school_type").set_value("幼儿园")
    submit_profile(app, school="江城市向阳花园")  # a name that does not say it is a kindergarten
    assert "我园工会" in chat_texts(app)[-1] and "保教中心工作" in chat_texts(app)[-1]
    open_tab(app, "学校信息")
    assert app.selectbox(key="p_school_type").value == "幼儿园"
    app.selectbox(key="p_school_type").set_value("")
    click(app, "保存学校信息")
    assert "学校类型按校名判断为“学校”；如不准确，请在上面选择。" in [c.value for c in app.caption]


def test_school_form_keeps_its_tab_and_its_message(app):
    submit_profile(app)
    open_tab(app, "学校信息")
    app.number_input(key="p_female_staff").set_value(500)
    click(app, "保存学校信息")
    assert app.session_state["plan_tab"] == "学校信息"
    assert [e.value for e in app.error] == ["女教职工人数不能超过教职工总数"]
    assert app.number_input(key="p_female_staff").value == 500  # what the user typed stays to be corrected
    app.number_input(key="p_female_staff").set_value(70)
    click(app, "保存学校信息")
    assert app.session_state["plan_tab"] == "学校信息" and not app.error
    assert [s.value for s in app.success] == ["学校信息已更新并保存。"]


def test_versions_say_when_and_what_happened_and_show_the_change(app):
    submit_profile(app)
    first = re.search(r"^1\. (.+)$", chat_texts(app)[-1], flags=re.M).group(1)
    app.button(key="act_accept").click()
    run(app)
    app.button(key="act_regenerate").click()
    run(app)
    app.button(key="act_skip").click()
    run(app)
    open_tab(app, "版本")
    listing = _plain(next(m.value for m in app.markdown if "第 1 版" in _plain(m.value)))
    lines = listing.split("\n")
    assert [re.sub(r" · 今天 \d\d:\d\d", "", line) for line in lines] == [
        "第 4 版 · 跳过“工作目标”", "第 3 版 · 换一版“工作目标”", "第 2 版 · 采用“指导思想”", "第 1 版 · 开始起草"]

    app.selectbox(key="draft_version").set_value(2)
    run(app)
    change = _plain(next(m.value for m in app.markdown if "指导思想" in _plain(m.value) and "＋" in m.value))
    assert "状态：未起草 → 已采用" in change and f"＋ {first}" in change
    click(app, "恢复此版本")
    assert [s.value for s in app.success] == ["已恢复第 2 版（另存为最新版本）。"]
    assert app.selectbox(key="draft_version").options[0].startswith("第 5 版 · 今天")
    assert app.selectbox(key="draft_version").options[0].endswith("恢复第 2 版")


def test_schedule_proposal_is_the_table_edited_row_by_row(app):
    submit_profile(app)
    open_tab(app, "逐节修改")
    app.button(key="draft_schedule").click()
    run(app)
    tables = [m.value for m in app.markdown if m.value.startswith("| 月份 | 工作内容 | 负责 | 参与 |")]
    assert tables, "the proposed schedule is shown as its table"
    first_row = tables[0].split("\n")[2]
    app.selectbox(key="chat_sched_pick").set_value(0)
    run(app)
    assert app.text_input(key="chat_sched_activity").value and app.text_input(key="chat_sched_activity").value in first_row
    app.text_input(key="chat_sched_activity").set_value("组织教职工观看校史展览")
    app.text_input(key="chat_sched_lead").set_value("工会主席")
    click(app, "保存这一行")
    assert [s.value for s in app.success] == ["已保存：编辑“月度工作安排”第1行。"]
    table = next(m.value for m in app.markdown if m.value.startswith("| 月份 |"))
    assert "组织教职工观看校史展览 | 工会主席 |" in table.split("\n")[2]

    rows = len(table.split("\n"))
    app.selectbox(key="chat_sched_pick").set_value(0)
    run(app)
    click(app, "删除这一行")
    assert [s.value for s in app.success] == ["已保存：删除“月度工作安排”第1行。"]
    after = next(m.value for m in app.markdown if m.value.startswith("| 月份 |"))
    assert len(after.split("\n")) == rows - 1 and "组织教职工观看校史展览" not in after

    app.session_state["chat_sched_activity"] = ""
    click(app, "保存这一行")  # a new row without an activity
    assert [e.value for e in app.error] == ["工作内容不能为空。"]


def test_drafts_can_be_renamed_opened_and_deleted(app):
    submit_profile(app, school="江城市第二小学")
    app.button(key="act_accept").click()
    run(app)
    draft_id = app.query_params["draft"]
    app.text_input(key="draft_name").set_value("二小计划（初稿）")
    click(app, "重命名")
    assert any("二小计划（初稿）" in o for o in app.selectbox(key="draft_pick").options)

    click(app, "新建草稿")
    assert "draft" not in app.query_params
    assert app.text_input(key="f_school").value == ""

    picker = app.selectbox(key="draft_pick")
    picker.set_value(draft_id)
    click(app, "打开")
    assert app.query_params["draft"] == draft_id
    assert "已打开草稿“二小计划（初稿）”" in chat_texts(app)[-1]

    app.checkbox(key="draft_confirm").check()
    click(app, "删除草稿")
    assert [s.value for s in app.success] == ["草稿已删除。"]
    assert "draft" not in app.query_params
    listed = [o for s in app.sidebar.selectbox for o in s.options]
    assert all("二小计划（初稿）" not in o for o in listed)


def test_settings_panel_reports_offline_mode(app):
    app.session_state["main_tab"] = "设置"
    run(app)
    panel = shown(app)
    assert "离线模式：未接入大模型" in panel and "测试连接" in panel
    assert next(b for b in app.button if b.label == "测试连接").disabled


def test_unreachable_model_falls_back_with_a_visible_notice(app_data_dir, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.fake_openai import FAKE_KEY, closed_port

    port = closed_port()
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(app_data_dir))
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("ASSISTANT_MODEL", "fake-model")
    monkeypatch.setenv("ASSISTANT_LLM_MAX_RETRIES", "0")
    at = run(AppTest.from_file(APP, default_timeout=60))
    assert [c.value for c in at.sidebar.caption][0] == "当前：已接入大模型"
    send(at, "女工部分应该写什么？")
    notices = [w.value for w in at.chat_message[-1].warning]
    assert len(notices) == 1 and "离线" in notices[0], notices
    assert "女职工" in chat_texts(at)[-1]
    assert FAKE_KEY not in " ".join(chat_texts(at) + notices)

    at.session_state["main_tab"] = "设置"
    run(at)
    assert f"本机上的模型服务（端口 {port}）" in shown(at) and "fake-model" in shown(at)
    click(at, "测试连接")
    assert [_plain(e.value) for e in at.error] == ["连接失败：无法连接模型服务。在修好之前，助手会继续用离线引擎工作。"]
    assert FAKE_KEY not in shown(at)


def test_quick_messages_are_throttled_per_browser_session(app_data_dir, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(app_data_dir))
    monkeypatch.setenv("ASSISTANT_THROTTLE_MESSAGES", "2")
    monkeypatch.setenv("ASSISTANT_THROTTLE_SECONDS", "600")  # slow refill: a slow test run cannot earn a message back
    at = run(AppTest.from_file(APP, default_timeout=60))
    send(at, "教代会一般什么时候开？")
    send(at, "女工部分应该写什么？")
    answered = chat_texts(at)
    assert len(answered) == 4 and not at.warning

    send(at, "工会经费怎么用？")
    assert chat_texts(at) == answered  # not sent, not answered
    warnings = [_plain(w.value) for w in at.warning]
    assert len(warnings) == 1 and warnings[0].startswith("发送太频繁"), warnings
    assert "已放回输入框" in warnings[0]
    assert at.chat_input(key="chat_text").proto.value == "工会经费怎么用？"  # the typed text is back in the box

    other = run(AppTest.from_file(APP, default_timeout=60))  # another browser session has its own budget
    send(other, "工会经费怎么用？")
    assert not other.warning
    assert chat_texts(other)[-2] == "工会经费怎么用？"
    assert other.chat_message[-1].name == "assistant" and "经费" in chat_texts(other)[-1]
